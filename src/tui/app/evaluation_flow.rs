//! The part of `update` behind tab 4's entry (issue 10 items 1–2): `n` / `e`
//! / `d` on the evaluations of a period, and the grid of a unit (`u`) whose
//! rows take two keys and are saved as they are left.

use super::*;
use crate::db::evaluations_write::{GridTarget, UnitGrid};
use crate::domain::enums::{OrgPredicate, Rating};
use crate::i18n::evaluation_grid as gx;
use crate::i18n::labels::Label;
use crate::tui::forms;
use crate::tui::tabs::evaluation_grid::{GridState, table_rows};

/// The period `u` opens the grid for: the one shown, else the one due.
fn period_for_grid(app: &App) -> PeriodRef {
    app.evaluation.period().unwrap_or_else(|| {
        let kind = crate::domain::enums::PeriodKind::Triwulan;
        let (year, no) = crate::domain::period::due(app.today, kind);
        PeriodRef { year, kind, no }
    })
}

/// `u`: the grid of the selected row's unit (the first unit when the list
/// is empty) for the period shown.
pub(super) fn open_grid(app: &mut App) -> Vec<Effect> {
    let period = period_for_grid(app);
    let target = match app.evaluation.list.selected() {
        Some(r) => GridTarget::Employee(r.employee_id),
        None => GridTarget::Step { from: 0, delta: 0 },
    };
    app.evaluation.grid = Some(GridState {
        data: None,
        row: 0,
        col: 0,
        offset: 0,
        stored: Vec::new(),
    });
    vec![Effect::Load(Request::EvaluationGrid { target, period })]
}

/// The grid's data arrived (or was read again): keep the cursor's row.
pub(super) fn on_grid(app: &mut App, data: Option<Box<UnitGrid>>) {
    let h = table_rows(app.body_height());
    let Some(g) = app.evaluation.grid.as_mut() else {
        return;
    };
    let Some(data) = data else {
        app.evaluation.grid = None;
        app.status = Some(Status::Error(
            crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
        ));
        return;
    };
    let same_unit = g
        .data
        .as_ref()
        .is_some_and(|d| d.unit_id == data.unit_id && d.period == data.period);
    // Read again while the user types on (a save's answer, another `o`):
    // ratings typed and not stored yet stay as typed — their saves are on
    // their way, or they are still half given.
    let typed: Vec<(i64, Option<Rating>, Option<Rating>)> = match (same_unit, g.data.as_ref()) {
        (true, Some(d)) => d
            .rows
            .iter()
            .enumerate()
            .filter(|(i, _)| g.changed(*i))
            // A leader's work result filled from the old organisation
            // predicate is no typing: the new one fills it again.
            .filter(|(_, r)| !(r.behaviour.is_none() && r.work_result == r.leader_default))
            .map(|(_, r)| (r.employee_id, r.work_result, r.behaviour))
            .collect(),
        _ => Vec::new(),
    };
    let keep = if same_unit { (g.row, g.col) } else { (0, 0) };
    let mut fresh = GridState::new(data);
    if let Some(d) = fresh.data.as_mut() {
        for (employee, work, behaviour) in typed {
            if let Some(r) = d.rows.iter_mut().find(|r| r.employee_id == employee) {
                r.work_result = work;
                r.behaviour = behaviour;
            }
        }
    }
    fresh.row = keep.0.min(fresh.rows().saturating_sub(1));
    fresh.fit(h);
    // The keys go on where they were; a row whose work result is there and
    // behaviour not (a leader's, filled from the organisation predicate just
    // set) takes the behaviour next.
    fresh.enter_row();
    if same_unit {
        let half = fresh
            .data
            .as_ref()
            .and_then(|d| d.rows.get(fresh.row))
            .is_some_and(|r| r.work_result.is_some() && r.behaviour.is_none());
        fresh.col = if half { 1 } else { keep.1 };
    }
    *g = fresh;
}

/// The save of row `row` when it changed and is complete; a message when it
/// changed but only one rating is given.
fn leave_row(app: &mut App, row: usize) -> Vec<Effect> {
    let lang = app.lang;
    let Some(g) = app.evaluation.grid.as_ref() else {
        return vec![];
    };
    let Some(d) = g.data.as_ref() else {
        return vec![];
    };
    let Some(r) = d.rows.get(row) else {
        return vec![];
    };
    if !g.changed(row) {
        return vec![];
    }
    match (r.work_result, r.behaviour) {
        (Some(work), Some(behaviour)) => {
            let save = Effect::Save(Save::GridRatings {
                employee: r.employee_id,
                period: d.period,
                existing: r.evaluation,
                work,
                behaviour,
                name: r.name.clone(),
            });
            // Counted as stored from now on: leaving the row again (the
            // last row, then `t` or `Esc`) before the save answers must not
            // send the same new evaluation twice. A refused save reads the
            // grid again.
            if let Some(g) = app.evaluation.grid.as_mut()
                && let Some(s) = g.stored.get_mut(row)
            {
                *s = (Some(work), Some(behaviour));
            }
            vec![save]
        }
        _ => {
            app.status = Some(Status::Info(gx::incomplete(lang, &r.name)));
            vec![]
        }
    }
}

/// `a` / `s` / `b`: the rating under the cursor; the behaviour completes the
/// row, which is saved and the next one taken.
pub(super) fn rate(app: &mut App, r: Rating) -> Vec<Effect> {
    let h = table_rows(app.body_height());
    let Some(g) = app.evaluation.grid.as_mut() else {
        return vec![];
    };
    if !g.rate(r) {
        return vec![];
    }
    let row = g.row;
    if !g.complete(row) {
        return vec![];
    }
    let effects = leave_row(app, row);
    if let Some(g) = app.evaluation.grid.as_mut() {
        if row + 1 < g.rows() {
            g.move_row(1, h);
        } else {
            g.col = 1;
        }
    }
    effects
}

/// `↑` / `↓` / PgUp / PgDn: the row left is saved when it changed; `Esc`
/// (0) saves it and closes the grid.
pub(super) fn row_leave(app: &mut App, delta: i8) -> Vec<Effect> {
    let h = table_rows(app.body_height());
    let Some(row) = app.evaluation.grid.as_ref().map(|g| g.row) else {
        return vec![];
    };
    let mut effects = leave_row(app, row);
    if delta == 0 {
        // The periods are read again (a save may have opened one); the
        // period's list only when a save went into it (`on_row_saved`): a
        // province's period is 100,000 rows, not read twice over for nothing.
        app.evaluation.grid = None;
        app.evaluation.periods_loaded = false;
        effects.extend(app.loads_for(Tab::Evaluation));
        return effects;
    }
    if let Some(g) = app.evaluation.grid.as_mut() {
        g.move_row(delta as isize, h);
    }
    effects
}

pub(super) fn cell_move(app: &mut App, delta: i8) {
    if let Some(g) = app.evaluation.grid.as_mut() {
        g.move_col(delta);
    }
}

/// `[` / `]` another unit, `<` / `>` another period: the row left is saved
/// first.
pub(super) fn switch(app: &mut App, unit_delta: i64, period_delta: i64) -> Vec<Effect> {
    let Some((unit, period, row)) = app
        .evaluation
        .grid
        .as_ref()
        .and_then(|g| g.data.as_ref().map(|d| (d.unit_id, d.period, g.row)))
    else {
        return vec![];
    };
    let mut effects = leave_row(app, row);
    let period = step_period(period, period_delta);
    let target = if unit_delta == 0 {
        GridTarget::Unit(unit)
    } else {
        GridTarget::Step {
            from: unit,
            delta: unit_delta,
        }
    };
    effects.push(Effect::Load(Request::EvaluationGrid { target, period }));
    effects
}

/// The period `delta` periods of the same kind away.
fn step_period(p: PeriodRef, delta: i64) -> PeriodRef {
    let n = i64::from(p.kind.periods_per_year());
    let index = i64::from(p.year) * n + i64::from(p.no) - 1 + delta;
    PeriodRef {
        year: index.div_euclid(n) as i32,
        kind: p.kind,
        no: (index.rem_euclid(n) + 1) as u32,
    }
}

/// `o`: the unit's organisation predicate, cycled (Istimewa → Baik → … →
/// not set → Istimewa) and saved at once.
pub(super) fn cycle_org(app: &mut App) -> Vec<Effect> {
    let Some(d) = app.evaluation.grid.as_mut().and_then(|g| g.data.as_mut()) else {
        return vec![];
    };
    let all = OrgPredicate::ALL;
    let next = match d.org {
        None => Some(all[0]),
        Some(o) => all
            .iter()
            .position(|x| *x == o)
            .and_then(|i| all.get(i + 1))
            .copied(),
    };
    // Shown at once, so a second `o` pressed before the save's answer takes
    // the next value (the grid is read again when the save is done).
    d.org = next;
    vec![Effect::Save(Save::OrgPredicate {
        unit: d.unit_id,
        name: d.unit.clone(),
        period: d.period,
        value: next,
    })]
}

/// `Enter` on a row: its full form (appraisers, feedback, BerAKHLAK notes)
/// — the stored evaluation, or a new one prefilled with the ratings typed.
pub(super) fn open_row_form(app: &mut App) -> Vec<Effect> {
    let Some(g) = app.evaluation.grid.as_ref() else {
        return vec![];
    };
    let Some(d) = g.data.as_ref() else {
        return vec![];
    };
    let Some(r) = d.rows.get(g.row) else {
        return vec![];
    };
    app.pending_subject = r.name.clone();
    match r.evaluation {
        Some((id, _)) => {
            let target = FormTarget::edit(&forms::evaluation::KIND, id, 0);
            vec![Effect::Load(Request::RecordForEdit(target))]
        }
        None => vec![Effect::Load(Request::NewEvaluation {
            target: FormTarget::new(&forms::evaluation::KIND),
            employee: r.employee_id,
            period: d.period,
        })],
    }
}

/// A row saved: it is stored as typed now; a refusal reads the grid again
/// (another session may have changed it) and says so.
pub(super) fn on_row_saved(
    app: &mut App,
    (employee, period): (i64, PeriodRef),
    existing: Option<(i64, i64)>,
    ratings: (Rating, Rating),
    name: &str,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    // The list is read again only when it shows the period saved in (a
    // province's period is 100,000 rows); a new period joins the periods.
    if app.evaluation.period() == Some(period) {
        app.evaluation.list.loaded = false;
    }
    app.evaluation.periods_loaded = false;
    app.monitoring.mark_stale();
    match result {
        Ok(saved) => {
            let p = crate::domain::predicate::predicate(ratings.0, ratings.1);
            app.status = Some(Status::Info(gx::saved(lang, name, p.label(lang))));
            if let Some(g) = app.evaluation.grid.as_mut()
                && let Some(d) = g.data.as_mut()
                && let Some(i) = d.rows.iter().position(|r| r.employee_id == employee)
            {
                let version = existing.map_or(1, |(_, v)| v + 1);
                d.rows[i].evaluation = Some((saved.id, version));
                if let Some(s) = g.stored.get_mut(i) {
                    *s = (Some(ratings.0), Some(ratings.1));
                }
            }
            vec![]
        }
        Err(e) => {
            let msg = format!("{name}: {}", crate::i18n::write::write_error(lang, &e));
            app.status = Some(Status::Error(msg));
            grid_reload(app)
        }
    }
}

/// The organisation predicate saved: the grid again (limits, the leader's
/// rating).
pub(super) fn on_org_saved(
    app: &mut App,
    name: &str,
    value: Option<OrgPredicate>,
    result: Result<Saved, WriteError>,
) -> Vec<Effect> {
    let lang = app.lang;
    app.monitoring.mark_stale();
    match result {
        Ok(_) => {
            app.status = Some(Status::Info(gx::org_saved(
                lang,
                name,
                value.map(|v| v.label(lang)),
            )));
        }
        Err(e) => {
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
        }
    }
    grid_reload(app)
}

/// The open grid read again.
pub(super) fn grid_reload(app: &App) -> Vec<Effect> {
    match app.evaluation.grid.as_ref().and_then(|g| g.data.as_ref()) {
        Some(d) => vec![Effect::Load(Request::EvaluationGrid {
            target: GridTarget::Unit(d.unit_id),
            period: d.period,
        })],
        None => vec![],
    }
}

/// `n` on the evaluations of a period: a new evaluation of that period.
pub(super) fn new_evaluation(app: &mut App) {
    let target = FormTarget::new(&forms::evaluation::KIND);
    let mut fs = FormScreen::new_record(target, app.lang, "", app.today);
    if let Some(p) = app.evaluation.period() {
        fs.form.set_value("tahun", &p.year.to_string());
        fs.form.set_value("jenis_periode", p.kind.as_code());
        fs.form.set_value("periode_ke", &p.no.to_string());
        fs.form.mark_clean();
    }
    app.form = Some(fs);
}

/// `Enter` on the queue: the follow-up form of the selected participation,
/// the training's first target competency proposed.
pub(super) fn open_follow_up(app: &mut App) {
    let Some(r) = app.evaluation.follow_ups.selected() else {
        return;
    };
    let Some(ended) = crate::domain::dates::parse_iso(&r.ended) else {
        return;
    };
    let context = forms::follow_up::FollowUpContext {
        ended,
        competency: r.competency.clone(),
    };
    let subject = format!("{} · {}", r.name, r.training_code);
    let competency = r.competency.clone();
    let target = FormTarget::new(&forms::follow_up::KIND)
        .owned_by(r.enrollment_id)
        .with_context(context);
    let mut fs = FormScreen::new_record(target, app.lang, &subject, app.today);
    if let Some((id, label)) = competency {
        fs.form.set_picked(
            "kompetensi_id",
            Some(crate::tui::widgets::form::LookupItem {
                id,
                label,
                detail: String::new(),
            }),
        );
        fs.form.mark_clean();
    }
    app.form = Some(fs);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::enums::PeriodKind;

    #[test]
    fn periods_step_across_years() {
        let q = |year, no| PeriodRef {
            year,
            kind: PeriodKind::Triwulan,
            no,
        };
        assert_eq!(step_period(q(2026, 1), -1), q(2025, 4));
        assert_eq!(step_period(q(2025, 4), 1), q(2026, 1));
        assert_eq!(step_period(q(2026, 3), 0), q(2026, 3));
    }
}
