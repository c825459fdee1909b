//! The part of `update` that moves around lists: tabs, cursor, filter,
//! details, sub-lists and the `x` export of what is shown.

use super::*;
use crate::tui::tabs::partnerships::Sub as PartnerSub;
use crate::tui::tabs::screen::Jump;

pub(super) fn go_tab(app: &mut App, tab: Tab) -> Vec<Effect> {
    if app.tab != tab && app.tab_screen_mut(app.tab).leave() {
        app.released = true;
    }
    app.tab = tab;
    app.filtering = false;
    let effects = app.loads_for(tab);
    if tab == Tab::Evaluation && std::mem::take(&mut app.evaluation.let_go) {
        // A period let go when the tab was left comes back beside the keys.
        return effects
            .into_iter()
            .map(|e| match e {
                Effect::Load(r @ Request::Evaluations(_)) => Effect::Refresh(r),
                e => e,
            })
            .collect();
    }
    effects
}

impl App {
    /// True for a key that only moves the cursor within the top of the
    /// employee list while the rest of a long list is still being read (a
    /// province: about a second after start). Such a key can act at once:
    /// the rows it moves over are the ones on screen, and the whole list,
    /// when it comes, keeps the cursor on the same employee. Any other key
    /// (End, `/`, Enter, a tab…) waits for the whole list, as before.
    pub fn moves_within_head(&self, event: &ratatui::crossterm::event::Event) -> bool {
        use ratatui::crossterm::event::{Event, KeyEventKind};
        let Event::Key(k) = event else {
            return false;
        };
        if k.kind == KeyEventKind::Release
            || !self.employees.head_only
            || self.screen() != Screen::EmployeeList
        {
            return false;
        }
        let (cursor, shown, _) = self.employees.list.position();
        match crate::tui::keymap::resolve(self.screen(), k) {
            Some(Action::Up | Action::PageUp | Action::Home) => true,
            Some(Action::Down) => cursor + 1 < shown,
            Some(Action::PageDown) => cursor + page(self) < shown,
            _ => false,
        }
    }
}

pub(super) fn page(app: &App) -> usize {
    app.body_height().saturating_sub(2).max(1)
}

pub(super) fn move_cursor(app: &mut App, delta: isize) {
    let h = app.body_height();
    let tab = app.tab;
    app.tab_screen_mut(tab).move_cursor(delta, h);
}

pub(super) fn current_filter(app: &App) -> String {
    app.tab_screen(app.tab).filter().to_string()
}

pub(super) fn set_filter(app: &mut App, text: &str) {
    let h = app.body_height();
    let tab = app.tab;
    app.tab_screen_mut(tab).set_filter(text, h);
}

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let tab = app.tab;
    match app.tab_screen_mut(tab).open() {
        Opened::Loads(reqs) => reqs.into_iter().map(Effect::Load).collect(),
        Opened::Elsewhere(jump) => open_elsewhere(app, jump),
        Opened::NotHere => {
            let text = crate::i18n::tui::not_here(app.lang, '\r', &app.place_name());
            app.status = Some(Status::Info(text));
            vec![]
        }
    }
}

/// `Enter` on a report row: the record it stands for, opened in its own tab
/// as `Enter` there would open it; `Esc` there goes to that tab's list.
fn open_elsewhere(app: &mut App, jump: Jump) -> Vec<Effect> {
    let h = app.body_height();
    match jump {
        Jump::Employee(id) => {
            app.employees.open_id(id, h);
            let mut effects = go_tab(app, Tab::Employees);
            effects.push(Effect::Load(Request::EmployeeDetail(id)));
            effects
        }
        Jump::Training(id) => {
            let open = app.training.open_id(id, h);
            if !open {
                // The catalogue is not read yet: opened when it comes.
                app.training.open_after_load = Some(id);
            }
            let mut effects = go_tab(app, Tab::Training);
            if open {
                effects.push(Effect::Load(Request::Participants(id)));
            }
            effects
        }
        Jump::Agreement(id) => {
            app.partnerships.open_record(PartnerSub::Agreements, id, h);
            go_tab(app, Tab::Partnerships)
        }
        Jump::Internship(id) => {
            app.partnerships.open_record(PartnerSub::Internships, id, h);
            go_tab(app, Tab::Partnerships)
        }
        Jump::HostUnit(id) => {
            let name = app
                .monitoring
                .per_unit
                .all()
                .iter()
                .find(|u| u.unit_id == id)
                .map(|u| u.unit.clone())
                .unwrap_or_default();
            app.filtering = false;
            app.partnerships.keep_to_host_unit(id, name, h);
            go_tab(app, Tab::Partnerships)
        }
        Jump::Unit(id) => {
            app.filtering = false;
            app.employees.choose_unit(id, h);
            let mut effects = go_tab(app, Tab::Employees);
            effects.push(Effect::Load(Request::UnitScope(id)));
            effects
        }
        Jump::Evaluation(id) => {
            if app.evaluation.grid.is_some() {
                // A unit's grid holds the keyboard in tab 4 (a row may be
                // half rated): it is closed there first.
                let text = crate::i18n::monitoring_review::GRID_OPEN.get(app.lang);
                app.status = Some(Status::Info(text.to_string()));
                return vec![];
            }
            app.evaluation.queue = false;
            app.evaluation.detail =
                Some(crate::tui::tabs::evaluation_detail::EvaluationView::new(id));
            go_tab(app, Tab::Evaluation)
        }
    }
}

pub(super) fn back(app: &mut App) {
    let tab = app.tab;
    if app.tab_screen_mut(tab).back() {
        return;
    }
    // A list kept to a unit (tab 1's employees and those retiring, tab 3's
    // interns): `Esc`
    // clears what was typed first, then lets the unit go.
    let h = app.body_height();
    let let_go = match app.screen() {
        Screen::EmployeeList | Screen::Retiring => {
            app.employees.filter().is_empty() && app.employees.clear_unit(h)
        }
        Screen::Internships => {
            app.partnerships.filter().is_empty() && app.partnerships.clear_host_unit(h)
        }
        _ => false,
    };
    if let_go {
        return;
    }
    set_filter(app, "");
}

pub(super) fn sub(app: &mut App, delta: isize) -> Vec<Effect> {
    let tab = app.tab;
    app.filtering = false;
    app.with_ctx(|app, ctx| app.tab_screen_mut(tab).switch(delta, ctx))
        .into_iter()
        .map(Effect::Load)
        .collect()
}

pub(super) fn export(app: &mut App, format: ExportFormat) -> Vec<Effect> {
    // Lists export; a detail does not (`x` is not bound there).
    let tab = app.tab;
    let job = match app.screen() {
        Screen::EmployeeDetail
        | Screen::EmployeePlan
        | Screen::Form
        | Screen::Question
        | Screen::Help => None,
        _ => Some(app.with_ctx(|app, ctx| app.tab_screen(tab).export(ctx))),
    };
    match job {
        Some(j) if j.rows.is_empty() => {
            app.status = Some(Status::Info(
                crate::i18n::tui::NOTHING_TO_EXPORT
                    .get(app.lang)
                    .to_string(),
            ));
            vec![]
        }
        Some(j) => vec![Effect::Export(j, format)],
        None => vec![],
    }
}
