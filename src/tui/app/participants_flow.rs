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

// ------------------------------------------------------------ results grid

/// The participants' row edit, when one is open.
fn row_edit(app: &mut App) -> Option<&mut crate::tui::tabs::training::RowEdit> {
    app.training.participants.as_mut()?.edit.as_mut()
}

/// Enter in the participants: the selected row opens for typing, in its
/// score column.
pub(super) fn edit_row(app: &mut App) {
    use crate::tui::tabs::training::RowEdit;
    if let Some(p) = app.training.participants.as_mut()
        && let Some(row) = p.list.selected()
    {
        p.edit = Some(RowEdit::of(row, 0));
    }
}

pub(super) fn cell_char(app: &mut App, c: char) {
    let lang = app.lang;
    let Some(e) = row_edit(app) else {
        return;
    };
    if e.accepts(c) {
        if !e.typed {
            e.typed = true;
            e.start = e.col;
        }
        if e.fresh {
            e.cells[e.col].clear();
            e.fresh = false;
        }
        e.cells[e.col].push(c);
    } else if e.col == 1 {
        let max = crate::tui::tabs::training::CERTIFICATE_MAX;
        app.status = Some(Status::Info(crate::i18n::results::long_certificate(
            lang, max,
        )));
    }
}

pub(super) fn cell_backspace(app: &mut App) {
    if let Some(e) = row_edit(app) {
        if e.fresh {
            e.cells[e.col].clear();
            e.fresh = false;
        } else {
            e.cells[e.col].pop();
        }
    }
}

pub(super) fn cell_clear(app: &mut App) {
    if let Some(e) = row_edit(app) {
        e.cells[e.col].clear();
        e.fresh = false;
    }
}

pub(super) fn cell_move(app: &mut App, delta: i8) {
    if let Some(e) = row_edit(app) {
        e.col = (e.col as i8 + delta).rem_euclid(3) as usize;
        e.fresh = true;
    }
}

/// A typed number: `,` or `.` as the decimal mark; empty is `None`.
fn number(text: &str) -> Result<Option<f64>, ()> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(Some)
        .ok_or(())
}

/// Leaving the row (Enter/↓ +1, ↑ −1, Esc 0): a bad number keeps the row
/// open with a message at it; a changed row is saved (version-checked,
/// audited); then the next or previous row opens in the column typing
/// began in (score, then Tab to the certificate, Enter: the next row's
/// score), or
/// the grid closes (Esc, or past the last row).
pub(super) fn row_leave(app: &mut App, delta: i8) -> Vec<Effect> {
    use crate::i18n::results as rx;
    let lang = app.lang;
    let h = app.body_height();
    let Some(p) = app.training.participants.as_mut() else {
        return vec![];
    };
    let Some(e) = p.edit.clone() else {
        return vec![];
    };
    let score = match number(&e.cells[0]) {
        Ok(s) if s.is_none_or(|v| v <= 100.0) => s,
        _ => {
            app.status = Some(Status::Error(rx::bad_score(lang, &e.cells[0])));
            if let Some(open) = p.edit.as_mut() {
                open.col = 0;
                open.fresh = true;
            }
            return vec![];
        }
    };
    let Ok(jp) = number(&e.cells[2]) else {
        app.status = Some(Status::Error(rx::bad_jp(lang, &e.cells[2])));
        if let Some(open) = p.edit.as_mut() {
            open.col = 2;
            open.fresh = true;
        }
        return vec![];
    };
    // The JP rule at the row, before the database says it: only a completed
    // participation earns JP, never more than the training has.
    let jp_bad = {
        use crate::i18n::enrollment_form as ex;
        let completed = p
            .list
            .all()
            .iter()
            .find(|r| r.id == e.id)
            .is_some_and(|r| r.status.is_completed());
        let jp = jp.unwrap_or(0.0);
        if jp > 0.0 && !completed {
            Some(ex::JP_WITHOUT_COMPLETION)
        } else if jp > p.training.jp {
            Some(ex::JP_ABOVE_TRAINING)
        } else {
            None
        }
    };
    if let Some(why) = jp_bad {
        app.status = Some(Status::Error(why.get(lang).to_string()));
        if let Some(open) = p.edit.as_mut() {
            open.col = 2;
            open.fresh = true;
        }
        return vec![];
    }
    let mut effects = vec![];
    if e.cells != e.stored {
        let target =
            FormTarget::edit(&forms::enrollment::KIND, e.id, e.version).owned_by(p.training.id);
        effects.push(Effect::Save(Save::RowResult {
            target,
            score,
            certificate: e.cells[1].trim().to_string(),
            jp: jp.unwrap_or(0.0),
            name: e.name.clone(),
            typed: format!("{} · {} · {}", e.cells[0], e.cells[1], e.cells[2]),
        }));
    }
    p.edit = None;
    if delta != 0 {
        let before = p.list.selected().map(|r| r.id);
        app.tab_screen_mut(Tab::Training)
            .move_cursor(delta as isize, h);
        let p = app.training.participants.as_mut().expect("still open");
        if let Some(row) = p.list.selected().filter(|r| Some(r.id) != before) {
            p.edit = Some(crate::tui::tabs::training::RowEdit::of(row, e.start));
        }
    }
    effects
}

/// The answer to a row's save: said on the status line; a refusal names
/// the row and repeats what was typed, so nothing typed is lost unseen.
/// Saved, the row shows what was written at its new version, in place:
/// nothing else the screen shows changed (the catalogue counts
/// participants and completions, which a result does not change), so
/// nothing is read again — the next row answers at once however many
/// participants the training has. Refused (someone else changed the row, a
/// rule), the participants and the catalogue are read again.
pub(super) fn on_row_saved(
    app: &mut App,
    target: &FormTarget,
    (score, certificate, jp): (Option<f64>, String, f64),
    name: &str,
    typed: &str,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    use crate::i18n::results as rx;
    let lang = app.lang;
    let h = app.body_height();
    app.status = Some(match &result {
        Ok(_) => Status::Info(rx::row_saved(lang, name)),
        Err(e) => Status::Error(rx::row_not_saved(
            lang,
            name,
            &crate::i18n::write::write_error(lang, e),
            typed,
        )),
    });
    let training = target.owner.unwrap_or(0);
    app.monitoring.mark_stale();
    if let (Ok(saved), Some(id)) = (&result, target.id)
        && let Some(version) = saved.version
    {
        let row = crate::tui::tabs::training::SavedResult {
            id,
            version,
            score,
            certificate: certificate.trim().to_string(),
            jp,
        };
        if app.training.patch_participant(training, row, h) {
            return vec![];
        }
    }
    app.training.list.loaded = false;
    vec![
        Effect::Load(Request::Trainings),
        Effect::Load(Request::Participants(training)),
    ]
}
