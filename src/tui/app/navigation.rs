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
