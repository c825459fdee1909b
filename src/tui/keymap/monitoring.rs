//! The keys of Monitoring's training effect (issue 10): `Enter` on the
//! finished trainings opens one's participants, `Esc` goes back; `[` / `]`
//! move to the other reports from both. `Enter` on a report that lists
//! records (agreements, internships, students' suggestions, data-quality
//! rows) opens the record in its own tab. Consulted before the general table.

use super::{Action, Binding, HIDDEN, MAJOR, NORMAL, Screen, back_keys, ch, sub_keys};
use crate::i18n::monitoring_review as rx;
use crate::i18n::tui as tx;
use ratatui::crossterm::event::KeyCode;

fn effect(s: Screen) -> bool {
    matches!(s, Screen::EffectTrainings | Screen::EffectParticipants)
}

pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: tx::KEY_ENTER,
        short: rx::DO_OPEN_RECORD,
        long: rx::DO_OPEN_RECORD_LONG,
        // Five of the eleven reports list records to open: the footer
        // offers it on those only (`view::render_footer`), the help says where.
        footer: HIDDEN,
        when: |s| s == Screen::Monitoring,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: rx::DO_OPEN_EFFECT,
        long: rx::DO_OPEN_EFFECT_LONG,
        footer: MAJOR,
        when: |s| s == Screen::EffectTrainings,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: rx::DO_BACK_TRAININGS,
        long: rx::DO_BACK_TRAININGS_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EffectParticipants,
        map: back_keys,
    },
    Binding {
        keys: tx::KEY_SUB,
        short: tx::DO_SUB_MONITORING,
        long: rx::DO_SUB_LONG,
        footer: NORMAL,
        when: effect,
        map: sub_keys,
    },
    Binding {
        keys: tx::KEY_NOT_HERE,
        short: tx::DO_NOT_HERE,
        long: tx::DO_NOT_HERE_LONG,
        footer: HIDDEN,
        when: effect,
        map: |k| match (k.code, ch(k)) {
            (KeyCode::Enter, _) => Some(Action::NotHere('\r')),
            (_, Some(c @ ('n' | 'e' | 'd' | 's' | 'p' | 'a'))) => Some(Action::NotHere(c)),
            _ => None,
        },
    },
];
