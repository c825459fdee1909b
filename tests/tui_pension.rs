//! A pension recorded ahead of its date, inside the app: `update` fed with
//! keys and loads (no terminal, no database).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::model::ScheduledStatus;
use peka::domain::enums::EmployeeStatus;
use peka::domain::retirement::StatusTimeline;
use peka::i18n::Lang;
use peka::tui::app::{App, DeleteInfo, Effect, Loaded, Msg, Save};
use peka::tui::forms::RecordInput;
use peka::tui::keymap::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn info(timeline: StatusTimeline) -> Option<Box<DeleteInfo>> {
    Some(Box::new(DeleteInfo {
        version: 4,
        name: "Marzuki Anwar".into(),
        birth_date: "1968-12-11".into(),
        has_history: true,
        status: EmployeeStatus::Aktif,
        appointed: Some("1994-03-01".into()),
        timeline,
    }))
}

fn ctrl_s(app: &mut App) -> Vec<Effect> {
    send(
        app,
        Msg::FormKey(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
    )
}

#[test]
fn s_takes_a_date_ahead_and_saves_it_as_it_is() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Status);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: true,
            info: info(StatusTimeline::fixed(EmployeeStatus::Aktif)),
        }),
    );
    for c in "pens".chars() {
        send(
            &mut app,
            Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    send(
        &mut app,
        Msg::FormKey(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)),
    );
    for c in "01-01-2030".chars() {
        send(
            &mut app,
            Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    let effects = ctrl_s(&mut app);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Save(Save::Record { input: RecordInput::Status(c), .. })]
                if c.status == EmployeeStatus::Pensiun && c.date == "2030-01-01"
        ),
        "{effects:?} {:?}",
        app.form.as_ref().map(|f| f.form.error("tanggal_mulai"))
    );
}

#[test]
fn the_detail_and_the_list_show_a_pension_dated_ahead() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let mut rows = employees(3);
    rows[1].scheduled = Some(ScheduledStatus {
        status: EmployeeStatus::Pensiun,
        date: "2030-01-01".into(),
    });
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    let text = screen_text(&draw(&app));
    assert!(text.contains("[→Pensiun] "), "{text}");
    key(&mut app, Action::Open);
    let mut det = detail(1);
    det.scheduled = Some(ScheduledStatus {
        status: EmployeeStatus::Pensiun,
        date: "2030-01-01".into(),
    });
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(det.clone())))),
    );
    let text = screen_text(&draw(&app));
    assert!(text.contains("Aktif · pensiun per 01-01-2030"), "{text}");
    app.lang = Lang::En;
    let text = screen_text(&draw(&app));
    assert!(text.contains("Active · retires on 01-01-2030"), "{text}");
}
