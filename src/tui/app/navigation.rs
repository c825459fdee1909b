//! The part of `update` that moves around lists: tabs, cursor, filter,
//! details, sub-lists and the `x` export of what is shown.

use super::*;

pub(super) fn go_tab(app: &mut App, tab: Tab) -> Vec<Effect> {
    app.tab = tab;
    app.filtering = false;
    app.loads_for(tab)
}

pub(super) fn page(app: &App) -> usize {
    app.body_height().saturating_sub(2).max(1)
}

pub(super) fn move_cursor(app: &mut App, delta: isize) {
    let h = app.body_height();
    match app.tab {
        Tab::Employees => app.employees.move_cursor(delta, h),
        Tab::Training => app.training.move_cursor(delta, h),
        Tab::Partnerships => app.partnerships.move_cursor(delta, h),
        Tab::Evaluation => app.evaluation.move_cursor(delta, h),
        Tab::Monitoring => app.monitoring.move_cursor(delta, h),
    }
}

pub(super) fn current_filter(app: &App) -> String {
    match app.tab {
        Tab::Employees => app.employees.filter().to_string(),
        Tab::Training => app.training.filter().to_string(),
        Tab::Partnerships => app.partnerships.filter().to_string(),
        Tab::Evaluation => app.evaluation.list.filter().to_string(),
        Tab::Monitoring => String::new(),
    }
}

pub(super) fn set_filter(app: &mut App, text: &str) {
    let h = app.body_height();
    match app.tab {
        Tab::Employees => app.employees.set_filter(text, h),
        Tab::Training => app.training.set_filter(text, h),
        Tab::Partnerships => app.partnerships.set_filter(text, h),
        Tab::Evaluation => app.evaluation.set_filter(text, h),
        Tab::Monitoring => {}
    }
}

pub(super) fn open(app: &mut App) -> Vec<Effect> {
    if app.tab == Tab::Employees && app.employees.is_reference() && app.employees.detail.is_none() {
        // Reference lists: the dictionary opens a competency in full; the
        // other two say Enter does nothing there, as every such key does.
        if !app.employees.reference.toggle_expanded() {
            let screen = app.tab.title().get(app.lang);
            let text = crate::i18n::tui::not_here(app.lang, '\r', screen);
            app.status = Some(Status::Info(text));
        }
        return vec![];
    }
    match app.tab {
        Tab::Employees => app.employees.open().map(Request::EmployeeDetail),
        Tab::Training => app.training.open().map(Request::Participants),
        _ => None,
    }
    .map(|r| vec![Effect::Load(r)])
    .unwrap_or_default()
}

pub(super) fn back(app: &mut App) {
    let h = app.body_height();
    match app.tab {
        Tab::Employees if app.employees.detail.is_some() => app.employees.detail = None,
        Tab::Training if app.training.participants.is_some() => app.training.participants = None,
        Tab::Employees if app.employees.is_reference() && app.employees.reference.expanded => {
            app.employees.reference.expanded = false
        }
        _ => set_filter(app, ""),
    }
    let _ = h;
}

pub(super) fn sub(app: &mut App, delta: isize) -> Vec<Effect> {
    match app.tab {
        Tab::Employees if app.employees.detail.is_none() => {
            app.employees.switch(delta);
            app.filtering = false;
            app.loads_for(Tab::Employees)
        }
        Tab::Partnerships => {
            app.partnerships.switch(delta);
            app.filtering = false;
            vec![]
        }
        Tab::Evaluation => app
            .evaluation
            .switch(delta)
            .map(|p| vec![Effect::Load(Request::Evaluations(p))])
            .unwrap_or_default(),
        Tab::Monitoring => {
            app.monitoring.switch(delta);
            vec![]
        }
        _ => vec![],
    }
}

pub(super) fn export(app: &mut App) -> Vec<Effect> {
    let job = match app.screen() {
        Screen::EmployeeList | Screen::Reference | Screen::Retiring => Some(app.employees.export(
            app.lang,
            app.settings.target_jp,
            app.today,
        )),
        Screen::TrainingList | Screen::Participants => Some(app.training.export(app.lang)),
        Screen::Partnerships | Screen::Partners => Some(app.partnerships.export(
            app.lang,
            app.today,
            app.settings.warn_days,
        )),
        Screen::EvaluationList => Some(app.evaluation.export(app.lang)),
        Screen::Monitoring => Some(app.monitoring.export(app.lang, app.today)),
        _ => None,
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
        Some(j) => vec![Effect::Export(j)],
        None => vec![],
    }
}
