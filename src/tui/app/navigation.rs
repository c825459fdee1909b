//! The part of `update` that moves around lists: tabs, cursor, filter,
//! details, sub-lists and the `x` export of what is shown.

use super::*;

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
        Opened::Elsewhere(jump) => {
            let h = app.body_height();
            app.partnerships.open_record(jump, h);
            go_tab(app, Tab::Partnerships)
        }
        Opened::NotHere => {
            let screen = tab.title().get(app.lang);
            let text = crate::i18n::tui::not_here(app.lang, '\r', screen);
            app.status = Some(Status::Info(text));
            vec![]
        }
    }
}

pub(super) fn back(app: &mut App) {
    let tab = app.tab;
    if !app.tab_screen_mut(tab).back() {
        set_filter(app, "");
    }
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
