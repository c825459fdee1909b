//! A training's participants from the keyboard of tab 2: results one key
//! per person (`l` `t` `i` `m` in the participants), and `a` in the list of
//! candidates — the people shown (the filter narrows them, e.g. to one
//! unit) become participants at once, after a question that counts them,
//! all or none, the quota holding.

use super::{App, Effect, FormTarget, Question, Request, Save, Saved, Status, Tab};
use crate::db::write::WriteError;
use crate::domain::enums::ProposalSource;
use crate::domain::recommend::Candidates;
use crate::i18n::development as dx;
use crate::tui::forms;

/// `a`: asks before enrolling everyone the list shows.
pub(super) fn ask_add_shown(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(needs) = app.training.needs.as_ref() else {
        return vec![];
    };
    let list = &needs.list;
    let ids: Vec<i64> = (0..list.len())
        .filter_map(|i| list.get(i))
        .map(|r| r.employee_id)
        .collect();
    if !list.loaded || ids.is_empty() {
        app.status = Some(Status::Info(dx::NOBODY_SHOWN.get(lang).to_string()));
        return vec![];
    }
    // From the gaps: a proposal of the competency-needs analysis (AKPK);
    // from the other lists: the office's own (OPD).
    let source = match needs.source {
        Candidates::Gaps => ProposalSource::Akpk,
        Candidates::UnderTarget | Candidates::All => ProposalSource::Opd,
    };
    app.question = Some(Question::AddParticipants {
        training: needs.training.id,
        name: needs.training.name.clone(),
        ids,
        filter: list.filter().to_string(),
        source,
    });
    vec![]
}

/// `y` to the question: the save.
pub(super) fn add_shown(
    training: i64,
    name: String,
    ids: Vec<i64>,
    source: ProposalSource,
) -> Vec<Effect> {
    vec![Effect::Save(Save::AddParticipants {
        training,
        name,
        ids,
        source,
    })]
}

/// `v`: the next list of candidates, read at once.
pub(super) fn next_candidates(app: &mut App) -> Vec<Effect> {
    let Some(needs) = app.training.needs.as_mut() else {
        return vec![];
    };
    needs.next_source();
    app.filtering = false;
    let req = app.with_ctx(|app, ctx| {
        let needs = app.training.needs.as_ref().expect("just switched");
        crate::tui::tabs::screen::needs_request(needs, ctx)
    });
    vec![Effect::Load(req)]
}

/// The answer: how many were enrolled, or why nobody was; the participants,
/// the list of who needs it and the catalogue's counts are read again.
pub(super) fn on_added_shown(
    app: &mut App,
    training: i64,
    name: &str,
    ids: &[i64],
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(saved) => {
            let added = usize::try_from(saved.id).unwrap_or(ids.len());
            app.status = Some(Status::Info(dx::added_shown(lang, added, name)));
            app.training.list.loaded = false;
            app.monitoring.mark_stale();
            let mut effects = vec![
                Effect::Load(Request::Trainings),
                Effect::Load(Request::Participants(training)),
            ];
            if let Some(needs) = app.training.needs.as_mut() {
                needs.list.loaded = false;
                effects.push(Effect::Load(Request::TrainingNeeds {
                    id: training,
                    today: app.today,
                    targets: app.settings.jp_targets,
                    source: needs.source,
                }));
            }
            effects
        }
        Err(e) => {
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
            vec![]
        }
    }
}

/// `l` `t` `i` `m` in a training's participants: the selected participant's
/// result is saved at once (version-checked, audited) and the cursor moves to
/// the next row, so a training's results go in one key per person. Passing
/// credits the training's JP only once it has ended and was not cancelled.
pub(super) fn on_set_result(
    app: &mut App,
    status: crate::domain::enums::EnrollmentStatus,
) -> Vec<Effect> {
    use crate::domain::enums::TrainingStatus;
    let h = app.body_height();
    let Some(p) = app.training.participants.as_ref() else {
        return vec![];
    };
    let Some(row) = p.list.selected() else {
        return vec![];
    };
    let ended = crate::domain::dates::parse_iso(&p.training.end)
        .is_some_and(|end| end <= app.today)
        && p.training.status != TrainingStatus::Batal;
    let jp = if status.is_completed() && ended {
        p.training.jp
    } else {
        0.0
    };
    let target =
        FormTarget::edit(&forms::enrollment::KIND, row.id, row.version).owned_by(p.training.id);
    let save = Save::SetResult {
        target,
        status,
        jp,
        name: format!("{} ({})", row.name, row.nip),
    };
    app.tab_screen_mut(Tab::Training).move_cursor(1, h);
    vec![Effect::Save(save)]
}

pub(super) fn on_result_saved(
    app: &mut App,
    target: &FormTarget,
    status: crate::domain::enums::EnrollmentStatus,
    name: &str,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    use crate::i18n::labels::Label;
    let lang = app.lang;
    match result {
        Ok(_) => {
            let text = crate::i18n::tui::result_saved(lang, name, status.label(lang));
            app.status = Some(Status::Info(text));
            let training = target.owner.unwrap_or(0);
            app.training.list.loaded = false;
            app.monitoring.mark_stale();
            vec![
                Effect::Load(Request::Trainings),
                Effect::Load(Request::Participants(training)),
            ]
        }
        Err(e) => {
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
            vec![]
        }
    }
}
