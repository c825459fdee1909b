//! Issue 11 item 5: an `Esc` followed quickly by a key — a fast typist, or a
//! slow SSH link delivering both in one read — arrives as an Alt chord.
//! Where nothing takes that chord it is the two keys typed, each applied on
//! the screen it meets.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::i18n::Lang;
use peka::tui::app::{App, Loaded, Msg};
use peka::tui::keymap::Screen;
use peka::tui::run::{event_msgs, split_alt_chord};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// Feeds one terminal event as the runner does.
fn feed(app: &mut App, ev: Event) {
    for e in split_alt_chord(app, ev) {
        for msg in event_msgs(app, e) {
            send(app, msg);
        }
    }
}

fn alt(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))
}

#[test]
fn esc_then_a_tab_number_in_one_read_leaves_the_detail_and_switches_tab() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, peka::tui::keymap::Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(detail(1))))),
    );
    assert_eq!(app.screen(), Screen::EmployeeDetail);
    feed(&mut app, alt('2'));
    assert!(app.employees.detail.is_none(), "Esc closed the detail");
    assert_eq!(app.screen(), Screen::TrainingList, "then 2 went to tab 2");
}

#[test]
fn esc_then_a_key_in_a_form_closes_the_clean_form_then_moves_in_the_list() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, peka::tui::keymap::Action::New);
    assert_eq!(app.screen(), Screen::Form);
    let before = app.employees.list.position().0;
    feed(&mut app, alt('j'));
    assert_eq!(
        app.screen(),
        Screen::EmployeeList,
        "Esc closed the clean form"
    );
    assert_eq!(
        app.employees.list.position().0,
        before + 1,
        "then j moved down"
    );
}

#[test]
fn chords_that_are_taken_stay_chords() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, peka::tui::keymap::Action::New);
    // Alt-Enter breaks a line in a multi-line field: it stays one key.
    let alt_enter = Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    assert_eq!(split_alt_chord(&app, alt_enter.clone()), vec![alt_enter]);
    // Plain keys and Ctrl chords are never split.
    let plain = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE));
    assert_eq!(split_alt_chord(&app, plain.clone()), vec![plain]);
    let ctrl = Event::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL));
    assert_eq!(split_alt_chord(&app, ctrl.clone()), vec![ctrl]);
}
