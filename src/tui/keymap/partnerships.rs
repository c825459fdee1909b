//! The keys of tab 3's partners, agreements and internships and their
//! details (issue 9). Consulted before the general table, so a key bound
//! here wins on these screens.

use super::{Action, Binding, MAJOR, MINOR, NORMAL, Screen, back_keys, ch, line_keys};
use crate::i18n::partnership_detail as px;
use crate::i18n::tui as tx;
use ratatui::crossterm::event::KeyCode;

fn lists(s: Screen) -> bool {
    matches!(
        s,
        Screen::Partners | Screen::Agreements | Screen::Internships
    )
}

pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: tx::KEY_ENTER,
        short: px::DO_OPEN,
        long: px::DO_OPEN_LONG,
        footer: MAJOR,
        when: lists,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: tx::DO_NEW,
        long: tx::DO_NEW_RECORD_LONG,
        footer: NORMAL,
        when: lists,
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: tx::DO_EDIT,
        long: tx::DO_EDIT_RECORD_LONG,
        footer: NORMAL,
        when: |s| lists(s) || matches!(s, Screen::PartnerDetail | Screen::AgreementDetail),
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: tx::DO_DELETE,
        long: tx::DO_DELETE_RECORD_LONG,
        footer: NORMAL,
        when: lists,
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: px::KEY_RENEW,
        short: px::DO_RENEW,
        long: px::DO_RENEW_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::Agreements | Screen::AgreementDetail),
        map: |k| (ch(k) == Some('r')).then_some(Action::Renew),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: px::DO_NEW_ENTRY,
        long: px::DO_NEW_ENTRY_LONG,
        footer: MAJOR,
        when: |s| s == Screen::InternDetail,
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: px::DO_EDIT_ENTRY,
        long: px::DO_EDIT_ENTRY_LONG,
        footer: NORMAL,
        when: |s| s == Screen::InternDetail,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: px::DO_DELETE_ENTRY,
        long: px::DO_DELETE_ENTRY_LONG,
        footer: MINOR,
        when: |s| s == Screen::InternDetail,
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: px::KEY_FEEDBACK,
        short: px::DO_FEEDBACK,
        long: px::DO_FEEDBACK_LONG,
        footer: MAJOR,
        when: |s| s == Screen::InternDetail,
        map: |k| (ch(k) == Some('f')).then_some(Action::Feedback),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: px::DO_EDIT_INTERN,
        long: px::DO_EDIT_INTERN_LONG,
        footer: MINOR,
        when: |s| s == Screen::InternDetail,
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: px::DO_PICK_ENTRY,
        long: px::DO_PICK_ENTRY,
        footer: MINOR,
        when: |s| s == Screen::InternDetail,
        map: line_keys,
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_SCROLL,
        long: tx::DO_SCROLL,
        footer: MINOR,
        when: |s| matches!(s, Screen::PartnerDetail | Screen::AgreementDetail),
        map: line_keys,
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_BACK,
        long: tx::DO_BACK_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::PartnerDetail | Screen::AgreementDetail | Screen::InternDetail
            )
        },
        map: back_keys,
    },
];
