//! The part of `update` behind the development plan in the employee detail
//! (issue 8 item 6): `n` / `e` / `d` on the plan lines (`r`), and `t`, which
//! puts the best recommendation not yet planned into the plan without a form.

use super::form_flow::{reload_after_save, selected_employee};
use super::*;
use crate::tui::forms::{self, RecordForm};

/// `n` / `e` / `d` while the plan lines of the open detail have the
/// keyboard: a new line of this employee's plan, or the selected line.
pub(super) fn on_plan_action(app: &mut App, action: Action) -> Vec<Effect> {
    let lang = app.lang;
    let Some((id, name)) = selected_employee(app) else {
        return vec![];
    };
    let kind: &'static dyn RecordForm = &forms::plan::KIND;
    let line = app
        .employees
        .detail
        .as_ref()
        .and_then(|d| d.selected_plan_line())
        .map(|l| (l.id, l.version, l.activity.clone()));
    match (action, line) {
        (Action::New, _) => {
            let target = FormTarget::new(kind).owned_by(id);
            app.form = Some(FormScreen::new_record(target, lang, &name, app.today));
        }
        (Action::Edit, Some((line, _, _))) => {
            let target = FormTarget::edit(kind, line, 0).owned_by(id);
            return vec![Effect::Load(Request::RecordForEdit(target))];
        }
        (Action::Delete, Some((line, version, activity))) => {
            app.question = Some(Question::DeleteRecord {
                target: FormTarget::edit(kind, line, version).owned_by(id),
                name: activity,
            });
        }
        _ => {
            let text = crate::i18n::development::NO_PLAN_LINE.get(lang);
            app.status = Some(Status::Info(text.to_string()));
        }
    }
    vec![]
}

/// `t` in the employee detail: the best recommendation not yet in the plan
/// becomes a plan line (proposed, in the year the training starts), saved
/// at once — one line per press.
pub(super) fn fill_plan(app: &mut App) -> Vec<Effect> {
    use crate::i18n::development as dx;
    let lang = app.lang;
    let Some(d) = app.employees.detail.as_mut() else {
        return vec![];
    };
    let Some(dev) = d.development.as_ref() else {
        app.status = Some(Status::Info(dx::STILL_LOADING.get(lang).to_string()));
        return vec![];
    };
    let Some(rec) = dev.next_to_plan(&d.pending_plan) else {
        let text = if dev.recommendations.is_empty() {
            dx::NO_RECOMMENDATION_TO_ADD
        } else {
            dx::NOTHING_TO_ADD
        };
        app.status = Some(Status::Info(text.get(lang).to_string()));
        return vec![];
    };
    let values = Values::new(rec.plan_line(d.id, dev.year));
    let name = rec.name.clone();
    d.pending_plan.push(rec.training_id);
    let target = FormTarget::new(&forms::plan::KIND).owned_by(d.id);
    vec![Effect::Save(Save::Add {
        target,
        values,
        name,
    })]
}

/// The answer to `t`'s save: say what went into the plan (or why not) and
/// show it in the detail.
pub(super) fn on_added(
    app: &mut App,
    target: &FormTarget,
    values: &Values,
    name: &str,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    let line = values.get::<crate::db::plans::PlanInput>();
    match result {
        Ok(saved) => {
            let year = line.map_or(0, |l| l.tahun);
            let text = crate::i18n::development::added_to_plan(lang, year, name);
            app.status = Some(Status::Info(text));
            reload_after_save(app, target.kind.home(), target.owner.unwrap_or(saved.id))
        }
        Err(e) => {
            // Not added: `t` may offer it again.
            let training = line.and_then(|l| l.pelatihan_id);
            if let Some(d) = app.employees.detail.as_mut() {
                d.pending_plan.retain(|t| Some(*t) != training);
            }
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
            vec![]
        }
    }
}
