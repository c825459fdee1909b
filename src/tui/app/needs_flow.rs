//! `a` in tab 2's list of who needs a training most: the people shown (the
//! filter narrows them, e.g. to one unit) become participants at once,
//! after a question that counts them — all or none, the quota holding.

use super::{App, Effect, Question, Request, Save, Saved, Status};
use crate::db::write::WriteError;
use crate::domain::enums::ProposalSource;
use crate::domain::recommend::Candidates;
use crate::i18n::development as dx;

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
