//! The part of `update` that drives forms and questions: keys into the open
//! form, save requests out, save results and reloads back in. Every record
//! kind goes through its `forms::kind::RecordForm`: nothing here names one,
//! except the employee's own questions (delete or archive, namesakes).

use super::*;
use crate::tui::forms::kind::Home;
use crate::tui::forms::status::{StatusContext, StatusSubject};
use crate::tui::forms::{self, CheckContext, RecordForm};
use crate::tui::widgets::form::FormOutcome;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

pub(super) fn on_form_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    app.status = None;
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    if fs.saving {
        // Esc stops a save that waits for another session's lock; any other
        // key waits for the save's answer (nothing typed is lost).
        if key.code == KeyCode::Esc && app.queued_keys.is_empty() {
            return vec![Effect::CancelSave];
        }
        app.queued_keys.push(key);
        return vec![];
    }
    // After a refused save (another session changed the record): Ctrl-R loads
    // the newer values; what was typed is replaced, on purpose and on request.
    let ctrl_r = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('r');
    if ctrl_r && fs.conflict && fs.target.id.is_some() {
        return vec![Effect::Load(Request::RecordForEdit(fs.target.clone()))];
    }
    let outcome = fs.form.handle(key);
    on_form_outcome(app, outcome)
}

pub(super) fn on_form_outcome(app: &mut App, outcome: FormOutcome) -> Vec<Effect> {
    let lang = app.lang;
    let today = app.today;
    let units = app.employees.reference.units.all();
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    match outcome {
        FormOutcome::None => {}
        FormOutcome::Changed { key } => {
            // The user typed it: a hook no longer fills it.
            fs.prefilled.remove(key);
            fs.target.kind.on_change(fs, key);
        }
        FormOutcome::Lookup {
            field,
            source,
            query,
            ..
        } => {
            return vec![Effect::Load(Request::Lookup {
                field,
                source,
                query,
                lang,
            })];
        }
        FormOutcome::Save | FormOutcome::SaveAndNew => {
            let then_new = outcome == FormOutcome::SaveAndNew;
            let ctx = CheckContext { today, lang, units };
            match forms::prepare(fs, &ctx) {
                Err(errors) => {
                    fs.form.set_errors(errors);
                }
                Ok(values) => {
                    let save = Save::Record {
                        target: fs.target.clone(),
                        values,
                        then_new,
                    };
                    // Some saves first read what may need the user's yes (a
                    // namesake of a new employee, open results…).
                    if !fs.confirmed
                        && let Some(read) = fs.target.kind.confirm_read(fs)
                    {
                        fs.pending = Some(Box::new(save));
                        return vec![Effect::Load(read)];
                    }
                    fs.saving = true;
                    return vec![Effect::Save(save)];
                }
            }
        }
        FormOutcome::Cancel => app.form = None,
        FormOutcome::Quit => app.quit = true,
    }
    vec![]
}

/// The answer to a save, with the save it answers.
pub(super) fn on_saved(
    app: &mut App,
    save: Save,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let mut effects = match save {
        Save::Delete { target, name } => on_deleted(app, &target, &name, result),
        Save::SetResult {
            target,
            status,
            name,
            ..
        } => super::participants_flow::on_result_saved(app, &target, status, &name, result),
        Save::Record { target, .. } => on_record_saved(app, &target, result),
        Save::Add {
            target,
            values,
            name,
        } => super::plan_flow::on_added(app, &target, &values, &name, result),
        Save::RowResult {
            target,
            score,
            certificate,
            jp,
            name,
            typed,
        } => super::participants_flow::on_row_saved(
            app,
            &target,
            (score, certificate, jp),
            &name,
            &typed,
            result,
        ),
        Save::AddParticipants {
            training,
            name,
            ids,
            ..
        } => super::participants_flow::on_added_shown(app, training, &name, &ids, result),
        Save::GridRatings {
            employee,
            period,
            existing,
            work,
            behaviour,
            name,
        } => super::evaluation_flow::on_row_saved(
            app,
            (employee, period),
            existing,
            (work, behaviour),
            &name,
            result,
        ),
        Save::OrgPredicate { name, value, .. } => {
            super::evaluation_flow::on_org_saved(app, &name, value, result)
        }
    };
    // Keys typed while the save was under way, in order: into the form that
    // is open now, or the screen after it.
    for key in std::mem::take(&mut app.queued_keys) {
        let more = if app.form.is_some() {
            on_form_key(app, key)
        } else {
            match crate::tui::keymap::resolve(app.screen(), &key) {
                Some(action) => super::update(app, Msg::Key(action)),
                None => vec![],
            }
        };
        effects.extend(more);
    }
    effects
}

fn on_record_saved(
    app: &mut App,
    target: &FormTarget,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    // The form it answers may have been closed meanwhile (quit, resize…).
    let Some(fs) = app.form.as_mut().filter(|fs| fs.target == *target) else {
        return vec![];
    };
    fs.saving = false;
    let kind = target.kind;
    match result {
        Ok(saved) => {
            fs.saved_count += 1;
            fs.conflict = false;
            fs.confirmed = false;
            let name = kind.saved_name(&fs.form);
            app.status = Some(Status::Info(crate::i18n::tui::saved(
                lang,
                &name,
                fs.saved_count,
            )));
            if saved.then_new {
                fs.form.reset_for_new(kind.keep_on_new());
                fs.prefilled.clear();
                kind.on_reset(fs);
            } else {
                app.form = None;
            }
            // An assessment or a status change shows in its employee.
            let row = target.owner.unwrap_or(saved.id);
            if target.is("logbook_magang") {
                app.partnerships.select_entry_after_load = Some(saved.id);
            }
            reload_after_save(app, kind.home(), row)
        }
        Err(e) => {
            let msg = crate::i18n::write::write_error(lang, &e);
            match (&e, kind.db_error_field(&e)) {
                (
                    WriteError::Conflict {
                        changed_by,
                        changed_at,
                    },
                    _,
                ) => {
                    fs.conflict = target.id.is_some();
                    // One status line: who, when, and what to do, within 80 columns.
                    let text = crate::i18n::tui::conflict(
                        lang,
                        changed_by.as_deref(),
                        changed_at.as_deref(),
                        fs.conflict,
                    );
                    app.status = Some(Status::Error(text));
                }
                (_, Some(field)) => {
                    fs.form.set_errors([(field, msg)]);
                }
                _ => app.status = Some(Status::Error(msg)),
            }
            vec![]
        }
    }
}

/// Reads what a save changed on screen, with the cursor on the saved row.
pub(super) fn reload_after_save(app: &mut App, home: Home, id: i64) -> Vec<Effect> {
    use crate::tui::tabs::reference::Sub;
    app.monitoring.mark_stale();
    let mut effects = vec![];
    match home {
        Home::Employees => {
            app.employees.select_after_load = Some(id);
            // A pension recorded (or a position changed) moves the list of
            // those retiring soon too.
            app.employees.retiring.list.loaded = false;
            match app.long_list_after_save(id) {
                Some(quick) => effects.extend(quick),
                None => app.employees.list.loaded = false,
            }
            effects.extend(app.loads_for(Tab::Employees));
            if app.employees.detail.as_ref().is_some_and(|d| d.id == id) {
                effects.push(Effect::Load(Request::EmployeeDetail(id)));
            }
        }
        Home::Units => {
            app.employees.reference.select_after_load = Some((Sub::Units, id));
            effects.push(Effect::Load(Request::Units));
        }
        Home::Competencies => {
            app.employees.reference.select_after_load = Some((Sub::Competencies, id));
            effects.push(Effect::Load(Request::Competencies));
        }
        Home::Standards => {
            app.employees.reference.select_after_load = Some((Sub::Standards, id));
            effects.push(Effect::Load(Request::Standards));
        }
        Home::Partners => {
            // The partner's name shows in the agreements and internships
            // too, and its detail may be open: all of tab 3 is read again.
            app.partnerships.select_partner_after_load = Some(id);
            app.partnerships.mark_stale();
            effects.extend(app.loads_for(Tab::Partnerships));
        }
        Home::Evaluations => {
            // The period's list (and the periods: a new one may have come),
            // the grid when open, and the employee's detail.
            app.evaluation.select_after_load = Some(id);
            if let Some(v) = app.evaluation.detail.as_mut() {
                v.data = None;
            }
            app.evaluation.follow_ups.loaded = false;
            app.employees.list.loaded = false;
            app.evaluation.list.loaded = false;
            app.evaluation.periods_loaded = false;
            effects.extend(app.loads_for(Tab::Evaluation));
            effects.extend(super::evaluation_flow::grid_reload(app));
            if let Some(d) = app.employees.detail.as_ref() {
                effects.push(Effect::Load(Request::EmployeeDetail(d.id)));
            }
        }
        Home::Agreements | Home::Internships => {
            // Counts per partner, the agreements' statuses and the open
            // detail all follow from what was saved; a mentor's detail in
            // tab 1 too.
            if home == Home::Agreements {
                app.partnerships.select_agreement_after_load = Some(id);
            } else {
                app.partnerships.select_intern_after_load = Some(id);
            }
            app.partnerships.mark_stale();
            app.employees.list.loaded = false;
            effects.extend(app.loads_for(Tab::Partnerships));
            if let Some(d) = app.employees.detail.as_ref() {
                effects.push(Effect::Load(Request::EmployeeDetail(d.id)));
            }
        }
        Home::Trainings => {
            app.training.select_after_load = Some(id);
            effects.push(Effect::Load(Request::Trainings));
        }
        Home::Participants => {
            // `id` is the training (the owner): its list and its counts.
            app.training.list.loaded = false;
            effects.push(Effect::Load(Request::Trainings));
            effects.push(Effect::Load(Request::Participants(id)));
        }
    }
    effects
}

/// The open form now shows the stored record of version `target`.
fn refreshed(app: &mut App, target: FormTarget) {
    if let Some(fs) = app.form.as_mut() {
        fs.form.mark_clean();
        fs.form.clear_errors();
        fs.target = target;
        fs.conflict = false;
    }
    app.status = Some(Status::Info(
        crate::i18n::tui::RELOADED.get(app.lang).to_string(),
    ));
}

/// A stored record arrived for its edit form: a reload after a conflict
/// refreshes the open form in place, else its form opens.
pub(super) fn on_record_for_edit(app: &mut App, target: FormTarget, data: Option<Box<Stored>>) {
    let lang = app.lang;
    let Some(stored) = data else {
        app.status = Some(Status::Error(
            crate::i18n::tui::RECORD_NOT_FOUND.get(lang).to_string(),
        ));
        return;
    };
    let target = FormTarget {
        version: stored.version,
        ..target
    };
    if let Some(fs) = app
        .form
        .as_mut()
        .filter(|fs| fs.target.is(target.kind.name()) && fs.target.id == target.id)
    {
        target
            .kind
            .fill(&mut fs.form, &stored.values, &stored.picks);
        refreshed(app, target);
        return;
    }
    // Whom the form is about: as the list that asked for it said, else the
    // employee whose detail is open (a plan line, an assessment).
    let pending = std::mem::take(&mut app.pending_subject);
    let subject = match (&app.employees.detail, target.owner) {
        _ if !pending.is_empty() => pending,
        (Some(d), Some(owner)) if d.id == owner => {
            d.data.as_ref().map(|x| x.name.clone()).unwrap_or_default()
        }
        _ => String::new(),
    };
    app.form = Some(FormScreen::edit_record(target, lang, &subject, &stored));
}

/// `d` or `s` on an employee: the database said what is possible.
pub(super) fn on_delete_info(
    app: &mut App,
    id: i64,
    for_status: bool,
    info: Option<Box<DeleteInfo>>,
) {
    let lang = app.lang;
    let Some(info) = info else {
        app.status = Some(Status::Error(
            crate::i18n::tui::DETAIL_NOT_FOUND.get(lang).to_string(),
        ));
        return;
    };
    use crate::tui::forms::status::{DeleteChoice, delete_or_archive};
    if !for_status && delete_or_archive(info.has_history) == DeleteChoice::HardDeleteAsk {
        app.question = Some(Question::DeleteEmployee {
            id,
            version: info.version,
            name: info.name,
            nip: info.nip,
        });
        return;
    }
    // An employee with a history is never deleted: the status form lets them
    // leave the service (pensiun, mutasi keluar, berhenti, meninggal).
    let Some(birth_date) = crate::domain::dates::parse_iso(&info.birth_date) else {
        return;
    };
    let context = StatusContext {
        current: info.status,
        scheduled: info.timeline.scheduled(app.today),
        subject: StatusSubject {
            birth_date,
            appointed: info
                .appointed
                .as_deref()
                .and_then(crate::domain::dates::parse_iso),
            timeline: info.timeline,
        },
    };
    let target = FormTarget {
        version: info.version,
        ..FormTarget::new(&forms::status::KIND)
    }
    .owned_by(id)
    .with_context(context);
    app.form = Some(FormScreen::new_record(target, lang, &info.name, app.today));
    if !for_status {
        app.status = Some(Status::Info(
            crate::i18n::tui::HAS_HISTORY_ARCHIVE.get(lang).to_string(),
        ));
    }
}

/// `s` on the list of those retiring soon: the status form of employee `id`,
/// filled with PENSIUN from `date` — unless a change that leaves the service
/// is already recorded ahead, which the status line then names (the form
/// still opens, empty, for a correction).
pub(super) fn on_pension_info(
    app: &mut App,
    id: i64,
    date: NaiveDate,
    info: Option<Box<DeleteInfo>>,
) {
    let recorded = info
        .as_ref()
        .and_then(|i| i.timeline.scheduled(app.today))
        .filter(|(s, _)| !s.is_in_service());
    on_delete_info(app, id, true, info);
    let Some(fs) = app
        .form
        .as_mut()
        .filter(|fs| fs.target.is(forms::status::KIND.name()) && fs.target.owner == Some(id))
    else {
        return;
    };
    match recorded {
        Some((status, on)) => {
            let text = crate::i18n::retirement::already_scheduled(app.lang, status, on);
            app.status = Some(Status::Info(text));
        }
        None => crate::tui::forms::status::prefill_pension(&mut fs.form, date),
    }
}

/// A delete finished: say what went, or why not.
fn on_deleted(
    app: &mut App,
    target: &FormTarget,
    name: &str,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(saved) => {
            app.status = Some(Status::Info(crate::i18n::tui::deleted(lang, name)));
            match target.kind.home() {
                Home::Employees => {
                    // A record of an employee (a plan line) goes from the
                    // open detail, which stays; the employee itself closes it.
                    let open = app.employees.detail.as_ref().map(|d| d.id);
                    if target.owner.is_none() && open == Some(saved.id) {
                        app.employees.detail = None;
                    }
                    app.employees.list.loaded = false;
                    app.employees.retiring.list.loaded = false;
                    app.monitoring.mark_stale();
                    let mut effects = app.loads_for(Tab::Employees);
                    if let Some(owner) = target.owner.filter(|o| open == Some(*o)) {
                        effects.push(Effect::Load(Request::EmployeeDetail(owner)));
                    }
                    effects
                }
                Home::Evaluations => {
                    app.evaluation.list.loaded = false;
                    app.evaluation.periods_loaded = false;
                    app.monitoring.mark_stale();
                    let mut effects = app.loads_for(Tab::Evaluation);
                    effects.extend(super::evaluation_flow::grid_reload(app));
                    effects
                }
                Home::Partners | Home::Agreements | Home::Internships => {
                    app.partnerships.mark_stale();
                    app.monitoring.mark_stale();
                    app.loads_for(Tab::Partnerships)
                }
                Home::Trainings => {
                    app.training.list.loaded = false;
                    app.monitoring.mark_stale();
                    app.loads_for(Tab::Training)
                }
                Home::Participants => {
                    app.training.list.loaded = false;
                    app.monitoring.mark_stale();
                    let mut effects = app.loads_for(Tab::Training);
                    if let Some(training) = target.owner {
                        effects.push(Effect::Load(Request::Participants(training)));
                    }
                    effects
                }
                Home::Units | Home::Competencies | Home::Standards => {
                    app.employees.reference.mark_stale();
                    app.monitoring.mark_stale();
                    app.loads_for(Tab::Employees)
                }
            }
        }
        Err(e) => {
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
            vec![]
        }
    }
}

/// The record the keys act on in tab 1: the open detail or the selected row.
pub(super) fn selected_employee(app: &App) -> Option<(i64, String)> {
    match (&app.employees.detail, app.employees.list.selected()) {
        (Some(d), _) => {
            let name = d.data.as_ref().map(|x| x.name.clone()).unwrap_or_default();
            Some((d.id, name))
        }
        (None, Some(r)) => Some((r.id, r.name().to_string())),
        _ => None,
    }
}

/// A listed record: id, version, name.
type RowRef = (i64, i64, String);

/// The kind of record a list screen holds (as the target of a new one: its
/// owner and context), its selected row as (id, version, name), and whom the
/// form is about (for its title) — for `n`, `e` and `d`.
fn list_record(app: &App) -> Option<(FormTarget, Option<RowRef>, String)> {
    if app.list_screen() == Screen::Participants {
        let p = app.training.participants.as_ref()?;
        let target = FormTarget::new(&forms::enrollment::KIND)
            .owned_by(p.training.id)
            .with_context(forms::enrollment::TrainingContext { jp: p.training.jp });
        let row = p
            .list
            .selected()
            .map(|r| (r.id, r.version, format!("{} ({})", r.name, r.nip)));
        return Some((
            target,
            row,
            format!("{} {}", p.training.code, p.training.name),
        ));
    }
    let (kind, row) = list_kind(app)?;
    Some((FormTarget::new(kind), row, String::new()))
}

/// The kind of record a plain list holds and its selected row.
fn list_kind(app: &App) -> Option<(&'static dyn RecordForm, Option<RowRef>)> {
    use crate::tui::tabs::reference::Sub;
    match app.list_screen() {
        Screen::Reference | Screen::Units => {
            let r = &app.employees.reference;
            Some(match r.sub {
                Sub::Units => (
                    &forms::unit::KIND as &dyn RecordForm,
                    r.selected_unit().map(|u| (u.id, u.version, u.nama.clone())),
                ),
                Sub::Competencies => (
                    &forms::competency::KIND,
                    r.selected_competency()
                        .map(|c| (c.id, c.version, format!("{} {}", c.kode, c.nama))),
                ),
                Sub::Standards => (
                    &forms::standard::KIND,
                    r.selected_standard()
                        .map(|s| (s.id, s.version, forms::standard::row_competency_label(s))),
                ),
            })
        }
        Screen::TrainingList => Some((
            &forms::training::KIND as &dyn RecordForm,
            app.training
                .list
                .selected()
                .map(|t| (t.id, t.version, format!("{} {}", t.code, t.name))),
        )),
        Screen::Partners | Screen::PartnerDetail => {
            Some((&forms::partner::KIND, app.partnerships.current_partner()))
        }
        Screen::EvaluationList | Screen::EvaluationDetail => {
            Some((&forms::evaluation::KIND, app.evaluation.current()))
        }
        Screen::Agreements | Screen::AgreementDetail => Some((
            &forms::agreement::KIND,
            app.partnerships.current_agreement(),
        )),
        Screen::Internships => Some((&forms::internship::KIND, app.partnerships.current_intern())),
        _ => None,
    }
}

/// `n` / `e` / `d` / `s` / `p`: open the right form or question.
pub(super) fn on_record_action(app: &mut App, action: Action) -> Vec<Effect> {
    let lang = app.lang;
    let screen = app.list_screen();
    if let Some((template, selected, subject)) = list_record(app) {
        match (action, selected) {
            (Action::New, _) => {
                app.form = Some(FormScreen::new_record(template, lang, &subject, app.today));
            }
            (Action::Edit, Some((id, _, _))) => {
                let target = FormTarget {
                    id: Some(id),
                    ..template
                };
                app.pending_subject = subject;
                return vec![Effect::Load(Request::RecordForEdit(target))];
            }
            (Action::Delete, Some((id, version, name))) => {
                let target = FormTarget {
                    id: Some(id),
                    version,
                    ..template
                };
                app.question = Some(Question::DeleteRecord { target, name });
            }
            _ => {}
        }
        return vec![];
    }
    if app.tab != Tab::Employees {
        let key = match action {
            Action::New => 'n',
            Action::Edit => 'e',
            Action::Delete => 'd',
            Action::Status => 's',
            _ => 'p',
        };
        app.status = Some(Status::Info(crate::i18n::tui::not_here(
            lang,
            key,
            &app.place_name(),
        )));
        return vec![];
    }
    if screen == Screen::Retiring {
        // `s` records the pension of the selected row ahead of its date.
        if action == Action::Status
            && let Some(r) = app.employees.retiring.list.selected()
            && let Some(date) = crate::domain::dates::parse_iso(&r.pension_date)
        {
            return vec![Effect::Load(Request::PensionForm { id: r.id, date })];
        }
        return vec![];
    }
    if screen == Screen::EmployeePlan
        && matches!(action, Action::New | Action::Edit | Action::Delete)
    {
        return super::plan_flow::on_plan_action(app, action);
    }
    let selected = selected_employee(app);
    let employee: &'static dyn RecordForm = &forms::employee::KIND;
    match action {
        Action::New => {
            let target = FormTarget::new(employee);
            let mut fs = FormScreen::new_record(target, lang, "", app.today);
            // The list is kept to one unit: the new employee works there.
            if let Some((id, name)) = app.employees.unit_for_new() {
                let item = crate::tui::widgets::form::LookupItem {
                    id,
                    label: name,
                    detail: String::new(),
                };
                fs.form.set_picked("unit_kerja_id", Some(item));
                fs.form.mark_clean();
            }
            app.form = Some(fs);
        }
        Action::Edit => {
            if let Some((id, _)) = selected {
                let target = FormTarget::edit(employee, id, 0);
                return vec![Effect::Load(Request::RecordForEdit(target))];
            }
        }
        Action::Delete | Action::Status => {
            if let Some((id, _)) = selected {
                let for_status = action == Action::Status;
                return vec![Effect::Load(Request::EmployeeState { id, for_status })];
            }
        }
        Action::Assess => {
            let in_detail = matches!(screen, Screen::EmployeeDetail | Screen::EmployeePlan);
            if let Some((id, name)) = selected.filter(|_| in_detail) {
                let target = FormTarget::new(&forms::assessment::KIND).owned_by(id);
                app.form = Some(FormScreen::new_record(target, lang, &name, app.today));
            }
        }
        _ => {}
    }
    vec![]
}

/// The read a kind makes before saving came back: ask its question, or
/// save at once.
pub(super) fn on_confirm_answer(app: &mut App, answer: Loaded) -> Vec<Effect> {
    let Some(fs) = app.form.as_ref().filter(|fs| fs.pending.is_some()) else {
        return vec![];
    };
    match fs.target.kind.confirm_question(fs, &answer, app.lang) {
        Some(text) => {
            app.question = Some(crate::tui::app::Question::ConfirmSave { text });
            vec![]
        }
        None => save_pending(app),
    }
}

/// `y` to the question before a save (or nothing to ask): the pending save goes.
pub(super) fn save_pending(app: &mut App) -> Vec<Effect> {
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    let Some(save) = fs.pending.take() else {
        return vec![];
    };
    fs.confirmed = true;
    fs.saving = true;
    vec![Effect::Save(*save)]
}

/// `n` to the question before a save: nothing is saved, the form stays as typed.
pub(super) fn drop_pending(app: &mut App) {
    if let Some(fs) = app.form.as_mut() {
        fs.pending = None;
    }
    app.status = Some(Status::Info(
        crate::i18n::tui::NAMESAKE_NOT_SAVED
            .get(app.lang)
            .to_string(),
    ));
}

/// `h`: the history of the record the keys act on — the employee (list or
/// detail), the open agreement or internship, else the selected row.
pub(super) fn open_history(app: &mut App) -> Vec<Effect> {
    let screen = app.list_screen();
    let found: Option<(&'static str, i64, String)> = match screen {
        Screen::EmployeeList | Screen::EmployeeDetail => {
            selected_employee(app).map(|(id, name)| ("pegawai", id, name))
        }
        Screen::InternDetail => app
            .partnerships
            .current_intern()
            .map(|(id, _, name)| ("magang", id, name)),
        _ => list_record(app)
            .and_then(|(target, row, _)| row.map(|(id, _, name)| (target.kind.name(), id, name))),
    };
    let Some((entity, id, name)) = found else {
        return vec![];
    };
    app.history = Some(crate::tui::tabs::history::HistoryView {
        name,
        entries: None,
        scroll: 0,
    });
    vec![Effect::Load(Request::History { entity, id })]
}
