//! The keys of tab 4's entry (issue 10): `n` / `e` / `d` and `u` on the
//! evaluations of a period, and the grid of a unit. Consulted before the
//! general table.

use super::{Action, Binding, MAJOR, MINOR, NORMAL, Screen, back_keys, ch, line_keys};
use crate::domain::enums::Rating;
use crate::i18n::evaluation_keys as ex;
use crate::i18n::follow_ups as fx;
use crate::i18n::tui as tx;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

fn grid(s: Screen) -> bool {
    s == Screen::EvaluationGrid
}

pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: tx::KEY_ENTER,
        short: crate::i18n::evaluation_form::DO_OPEN_EVAL,
        long: crate::i18n::evaluation_form::DO_OPEN_EVAL_LONG,
        // Its text gives way first at 80 columns: `t` and `u` need theirs more.
        footer: MINOR,
        when: |s| s == Screen::EvaluationList,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: fx::KEY_QUEUE,
        short: fx::DO_QUEUE,
        long: fx::DO_QUEUE_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EvaluationList,
        map: |k| (ch(k) == Some('t')).then_some(Action::FollowUps),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: fx::DO_RECORD,
        long: fx::DO_RECORD_LONG,
        footer: MAJOR,
        when: |s| s == Screen::FollowUps,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: fx::DO_BACK,
        long: fx::DO_QUEUE_LONG,
        footer: NORMAL,
        when: |s| s == Screen::FollowUps,
        map: |k| (k.code == KeyCode::Esc || ch(k) == Some('t')).then_some(Action::FollowUps),
    },
    Binding {
        keys: ex::KEY_UNIT,
        short: ex::DO_UNIT,
        long: ex::DO_UNIT_LONG,
        footer: MAJOR,
        when: |s| s == Screen::EvaluationList,
        map: |k| (ch(k) == Some('u')).then_some(Action::UnitGrid),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: tx::DO_NEW,
        long: ex::DO_NEW_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EvaluationList,
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: tx::DO_EDIT,
        long: ex::DO_EDIT_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EvaluationList | Screen::EvaluationDetail),
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_SCROLL,
        long: tx::DO_SCROLL,
        footer: MINOR,
        when: |s| s == Screen::EvaluationDetail,
        map: line_keys,
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_BACK,
        long: tx::DO_BACK_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EvaluationDetail,
        map: back_keys,
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: tx::DO_DELETE,
        long: tx::DO_DELETE_RECORD_LONG,
        footer: MINOR,
        when: |s| s == Screen::EvaluationList,
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: ex::KEY_RATE,
        short: ex::DO_RATE,
        long: ex::DO_RATE_LONG,
        footer: MAJOR,
        when: grid,
        map: |k| match ch(k) {
            Some('a' | 'A') => Some(Action::Rate(Rating::DiAtas)),
            Some('s' | 'S') => Some(Action::Rate(Rating::Sesuai)),
            Some('b' | 'B') => Some(Action::Rate(Rating::DiBawah)),
            _ => None,
        },
    },
    Binding {
        keys: ex::KEY_COLUMN,
        short: ex::DO_COLUMN,
        long: ex::DO_COLUMN,
        footer: MINOR,
        when: grid,
        map: |k| match k.code {
            KeyCode::Right | KeyCode::Tab => Some(Action::CellMove(1)),
            KeyCode::Left | KeyCode::BackTab => Some(Action::CellMove(-1)),
            _ => None,
        },
    },
    Binding {
        keys: ex::KEY_ROWS,
        short: ex::DO_ROWS,
        long: ex::DO_ROWS_LONG,
        footer: MINOR,
        when: grid,
        map: |k| match (k.code, ch(k)) {
            (KeyCode::Down, _) | (_, Some('j')) => Some(Action::RowLeave(1)),
            (KeyCode::Up, _) | (_, Some('k')) => Some(Action::RowLeave(-1)),
            (KeyCode::PageDown, _) => Some(Action::RowLeave(10)),
            (KeyCode::PageUp, _) => Some(Action::RowLeave(-10)),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: ex::DO_FULL_FORM,
        long: ex::DO_FULL_FORM_LONG,
        footer: NORMAL,
        when: grid,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: ex::KEY_ORG,
        short: ex::DO_ORG,
        long: ex::DO_ORG_LONG,
        footer: NORMAL,
        when: grid,
        map: |k| (ch(k) == Some('o')).then_some(Action::OrgPredicate),
    },
    Binding {
        keys: tx::KEY_SUB,
        short: ex::DO_OTHER_UNIT,
        long: ex::DO_OTHER_UNIT,
        footer: MINOR,
        when: grid,
        map: |k| match ch(k) {
            Some('[') => Some(Action::PrevSub),
            Some(']') => Some(Action::NextSub),
            _ => None,
        },
    },
    Binding {
        keys: ex::KEY_PERIOD,
        short: ex::DO_PERIOD,
        long: ex::DO_PERIOD,
        footer: MINOR,
        when: grid,
        map: |k| match ch(k) {
            Some('<' | ',') => Some(Action::Period(-1)),
            Some('>' | '.') => Some(Action::Period(1)),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_ESC,
        short: ex::DO_CLOSE_GRID,
        long: ex::DO_CLOSE_GRID_LONG,
        footer: NORMAL,
        when: grid,
        map: |k| (k.code == KeyCode::Esc).then_some(Action::RowLeave(0)),
    },
    Binding {
        keys: ex::KEY_HELP,
        short: tx::DO_HELP,
        long: tx::DO_HELP_LONG,
        footer: MINOR,
        when: grid,
        map: |k| {
            (k.code == KeyCode::F(1)
                || (ch(k) == Some('?') && !k.modifiers.contains(KeyModifiers::ALT)))
            .then_some(Action::Help)
        },
    },
];
