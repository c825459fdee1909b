//! `h`: a record's history (issue 11 item 4), on every list and detail that
//! shows records one can change; `Esc` or `h` closes it.

use super::{Action, Binding, HIDDEN, MINOR, NORMAL, Screen, ch, line_keys};
use crate::i18n::history as hx;
use crate::i18n::tui as tx;
use ratatui::crossterm::event::KeyCode;

/// Screens whose selected row or open detail is a record with a history.
pub fn has_records(s: Screen) -> bool {
    matches!(
        s,
        Screen::EmployeeList
            | Screen::EmployeeDetail
            | Screen::Reference
            | Screen::Units
            | Screen::TrainingList
            | Screen::Participants
            | Screen::Partners
            | Screen::PartnerDetail
            | Screen::Agreements
            | Screen::AgreementDetail
            | Screen::Internships
            | Screen::InternDetail
            | Screen::EvaluationList
            | Screen::EvaluationDetail
    )
}

pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: hx::KEY_HISTORY,
        short: hx::DO_HISTORY,
        long: hx::DO_HISTORY_LONG,
        // In the help (F1); the footer keeps its room for the screen's keys.
        footer: HIDDEN,
        when: has_records,
        map: |k| (ch(k) == Some('h')).then_some(Action::History),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: hx::DO_CLOSE,
        long: hx::DO_CLOSE,
        footer: NORMAL,
        when: |s| s == Screen::History,
        map: |k| {
            (matches!(k.code, KeyCode::Esc | KeyCode::Enter) || ch(k) == Some('h'))
                .then_some(Action::CloseHistory)
        },
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_SCROLL,
        long: tx::DO_SCROLL,
        footer: MINOR,
        when: |s| s == Screen::History,
        map: line_keys,
    },
];
