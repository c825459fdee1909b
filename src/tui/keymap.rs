//! The key table: (screen, key) → action. The footer and the help popup are
//! rendered from this same table, so what they say is what the keys do.

use crate::i18n::T;
use crate::i18n::development as dx;
use crate::i18n::results as rx;
use crate::i18n::tui as tx;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    NextTab,
    PrevTab,
    /// Go to tab 0..=4.
    GoTab(usize),
    Up,
    Down,
    PageUp,
    PageDown,
    Home,
    End,
    /// Start typing a filter.
    Filter,
    /// Open the detail of the selected row.
    Open,
    /// Leave a detail (or clear a filter).
    Back,
    PrevSub,
    NextSub,
    /// Export the list as shown to an Excel file (`x`).
    Export,
    /// Export the list as shown to a CSV file (`X`).
    ExportCsv,
    /// Show or hide employees who left the service.
    ToggleInactive,
    /// Open an empty form for a new record.
    New,
    /// Open the form of the selected record.
    Edit,
    /// Delete (no history, after a question) or archive the selected record.
    Delete,
    /// Change the employment status (leave, retirement, transfer…).
    Status,
    /// Record a competency assessment (employee detail).
    Assess,
    /// The result of the selected participant, then the next row (the
    /// participants view: one key per row).
    SetResult(crate::domain::enums::EnrollmentStatus),
    /// The development plan's lines take the keyboard, or give it back
    /// (employee detail, `r`).
    Plan,
    /// Add the best recommendation not yet planned to the plan (`t`).
    FillPlan,
    /// Enroll every employee the list shows (the filter narrows it) in the
    /// training, after a question that counts them (`a`, tab 2's list of
    /// who needs a training most).
    AddShown,
    /// Type the selected participant's score, certificate number and JP in
    /// the row (Enter in a training's participants).
    EditRow,
    /// A character typed into the row's current column.
    CellChar(char),
    CellBackspace,
    CellClear,
    /// The next (+1) or previous (−1) column of the row.
    CellMove(i8),
    /// Leave the row — saved when changed — for the next (+1) or previous
    /// (−1) row, or back to the participants (0).
    RowLeave(i8),
    /// The next list of a training's candidates (`v`: who needs it, who is
    /// under their JP target, everyone in service).
    NextCandidates,
    /// A key that means something elsewhere (`n` `e` `d` `Enter` `/`) but
    /// not yet on this screen: answered with one line saying so, never
    /// silence. The char names the key (`\r` for Enter).
    NotHere(char),
    /// Answers to a yes/no question.
    Yes,
    No,
    Help,
    /// `r` on an agreement: its renewal's form.
    Renew,
    /// `f` in an internship: its final evaluation's form.
    Feedback,
    /// `u` in tab 4: the entry grid of a unit.
    UnitGrid,
    /// `t` in tab 4: the follow-ups due, or back to the evaluations.
    FollowUps,
    /// `h` on a record: its history.
    History,
    /// `Esc` / `h` in the history: close it.
    CloseHistory,
    /// `a` / `s` / `b` in the grid: the rating under the cursor.
    Rate(crate::domain::enums::Rating),
    /// `o` in the grid: the unit's organisation predicate, next value.
    OrgPredicate,
    /// `<` / `>` in the grid: another period of the same kind.
    Period(i8),
    Suspend,
    /// Ctrl-L: draw the whole screen again (after line noise or another
    /// program wrote over it).
    Redraw,
    /// Filter input: a typed character.
    FilterChar(char),
    FilterBackspace,
    /// Keep the filter and return to the list.
    FilterAccept,
    /// Drop the filter and return to the list.
    FilterClear,
}

/// Where the keyboard focus is; decides which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    EmployeeList,
    EmployeeDetail,
    /// The employee detail with its plan lines selectable (`r`).
    EmployeePlan,
    TrainingList,
    Participants,
    /// Tab 2: the employees one training helps most (`]` on its participants).
    TrainingNeeds,
    EvaluationList,
    Monitoring,
    /// Monitoring's finished trainings (`Enter` opens their effect).
    EffectTrainings,
    /// The participants of one training: predicates around it, follow-ups.
    EffectParticipants,
    /// Typing into the filter of a list.
    Filter,
    /// A form has the keyboard (its own key table: `widgets::form`).
    Form,
    /// A yes/no question has the keyboard.
    Question,
    /// Tab 1 reference lists: competency dictionary, standards.
    Reference,
    /// Tab 1's Unit kerja sub-list (`Enter` lists a unit's employees).
    Units,
    /// Tab 3's Mitra sub-list (partners are entered there).
    Partners,
    /// Tab 3's Perjanjian sub-list.
    Agreements,
    /// Tab 3's Magang sub-list.
    Internships,
    /// A partner open in tab 3 (its agreements and internships).
    PartnerDetail,
    /// An agreement open in tab 3 (its PKS and internships).
    AgreementDetail,
    /// An internship open in tab 3 (its logbook and final evaluation).
    InternDetail,
    /// Tab 4: the entry grid of a unit for a period.
    EvaluationGrid,
    /// Tab 4: the post-training follow-ups due (`t`).
    FollowUps,
    /// Tab 4: one evaluation open (`Enter`).
    EvaluationDetail,
    /// A record's history over the screen (`h`).
    History,
    /// Tab 1: employees reaching their retirement age (BUP) soon.
    Retiring,
    /// Tab 2: a participant's row open for typing its results.
    ResultRow,
    Help,
}

impl Screen {
    fn is_list(self) -> bool {
        matches!(
            self,
            Screen::EmployeeList
                | Screen::Reference
                | Screen::Units
                | Screen::Retiring
                | Screen::TrainingList
                | Screen::Participants
                | Screen::TrainingNeeds
                | Screen::Partners
                | Screen::Agreements
                | Screen::Internships
                | Screen::EvaluationList
                | Screen::FollowUps
                | Screen::Monitoring
                | Screen::EffectTrainings
                | Screen::EffectParticipants
        )
    }
    fn is_browse(self) -> bool {
        self.is_list()
            || matches!(
                self,
                Screen::EmployeeDetail
                    | Screen::EmployeePlan
                    | Screen::PartnerDetail
                    | Screen::AgreementDetail
                    | Screen::InternDetail
                    | Screen::EvaluationDetail
            )
    }
}

/// Footer ranks: not in the footer; in it, text dropped first when narrow;
/// in it; in it, text kept longest.
pub const HIDDEN: u8 = 0;
pub const MINOR: u8 = 1;
pub const NORMAL: u8 = 2;
pub const MAJOR: u8 = 3;

/// One line of the key table.
pub struct Binding {
    /// Key names as shown.
    pub keys: T,
    /// Short text for the footer.
    pub short: T,
    /// Text for the help popup.
    pub long: T,
    /// Shown in the footer (the few keys that matter there) when above 0;
    /// when the line is too narrow the texts of the lowest ranks go first
    /// (`FOOTER_*`), the keys stay.
    pub footer: u8,
    /// Screens where the binding applies.
    pub when: fn(Screen) -> bool,
    /// The action for a key, if this binding takes it.
    pub map: fn(&KeyEvent) -> Option<Action>,
}

fn plain(k: &KeyEvent) -> bool {
    !k.modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}
fn ch(k: &KeyEvent) -> Option<char> {
    match k.code {
        KeyCode::Char(c) if plain(k) => Some(c),
        _ => None,
    }
}
fn ctrl(k: &KeyEvent, c: char) -> bool {
    k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char(c)
}

/// The whole table, in the order the help lists it.
pub static BINDINGS: &[Binding] = &[
    Binding {
        keys: tx::KEY_TABS,
        short: tx::DO_TABS,
        long: tx::DO_TABS,
        // The tab bar shows the numbers already; the footer keeps its room.
        footer: HIDDEN,
        when: Screen::is_browse,
        map: |k| match ch(k) {
            Some(c @ '1'..='5') => Some(Action::GoTab(c as usize - '1' as usize)),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_TAB,
        short: tx::DO_NEXT_TAB,
        long: tx::DO_NEXT_TAB,
        footer: HIDDEN,
        when: Screen::is_browse,
        map: |k| match k.code {
            KeyCode::Tab => Some(Action::NextTab),
            KeyCode::BackTab => Some(Action::PrevTab),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_SCROLL,
        long: tx::DO_SCROLL,
        footer: MINOR,
        when: |s| s == Screen::EmployeeDetail || s == Screen::Help,
        map: line_keys,
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: dx::DO_PICK_LINE,
        long: dx::DO_PICK_LINE,
        footer: MINOR,
        when: |s| s == Screen::EmployeePlan,
        map: line_keys,
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_MOVE,
        long: tx::DO_MOVE,
        footer: HIDDEN,
        when: |s| s.is_list() || s == Screen::Filter,
        map: |k| match (k.code, ch(k)) {
            (KeyCode::Up, _) => Some(Action::Up),
            (KeyCode::Down, _) => Some(Action::Down),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_MOVE,
        short: tx::DO_MOVE,
        long: tx::DO_MOVE,
        footer: HIDDEN,
        // j/k move only when browsing: while filtering they are letters.
        when: Screen::is_list,
        map: |k| match ch(k) {
            Some('k') => Some(Action::Up),
            Some('j') => Some(Action::Down),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_PAGE,
        short: tx::DO_PAGE,
        long: tx::DO_PAGE,
        footer: HIDDEN,
        when: |s| s.is_browse() || s == Screen::Filter || s == Screen::Help,
        map: |k| match k.code {
            KeyCode::PageUp => Some(Action::PageUp),
            KeyCode::PageDown => Some(Action::PageDown),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_HOME_END,
        short: tx::DO_HOME_END,
        long: tx::DO_HOME_END,
        footer: HIDDEN,
        when: |s| s.is_browse() || s == Screen::Help,
        map: |k| match (k.code, ch(k)) {
            (KeyCode::Home, _) | (_, Some('g')) => Some(Action::Home),
            (KeyCode::End, _) | (_, Some('G')) => Some(Action::End),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_FILTER,
        short: tx::DO_FILTER,
        long: tx::DO_FILTER_LONG,
        footer: MINOR,
        when: Screen::is_list,
        map: |k| (ch(k) == Some('/')).then_some(Action::Filter),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: tx::DO_OPEN_EMPLOYEE,
        long: tx::DO_OPEN_EMPLOYEE_LONG,
        footer: MAJOR,
        when: |s| matches!(s, Screen::EmployeeList | Screen::Retiring),
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: tx::DO_OPEN_TRAINING,
        long: tx::DO_OPEN_TRAINING_LONG,
        footer: MAJOR,
        when: |s| s == Screen::TrainingList,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: tx::DO_OPEN_UNIT,
        long: tx::DO_OPEN_UNIT_LONG,
        footer: MAJOR,
        when: |s| s == Screen::Units,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: tx::DO_OPEN_COMPETENCY,
        long: tx::DO_OPEN_COMPETENCY_LONG,
        footer: HIDDEN,
        when: |s| s == Screen::Reference,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::Open),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_BACK,
        long: tx::DO_BACK_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EmployeeDetail | Screen::Participants),
        map: back_keys,
    },
    Binding {
        keys: tx::KEY_ESC,
        short: dx::DO_BACK_PARTICIPANTS,
        long: dx::DO_BACK_PARTICIPANTS_LONG,
        footer: NORMAL,
        when: |s| s == Screen::TrainingNeeds,
        map: back_keys,
    },
    Binding {
        keys: tx::KEY_ESC,
        short: dx::DO_PLAN_DONE,
        long: dx::DO_PLAN_DONE_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EmployeePlan,
        map: back_keys,
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_FILTER_CLEAR,
        long: tx::DO_FILTER_CLEAR,
        footer: HIDDEN,
        when: |s| {
            s.is_list()
                && !matches!(
                    s,
                    Screen::Participants
                        | Screen::TrainingNeeds
                        | Screen::EffectParticipants
                        | Screen::EmployeeList
                        | Screen::Retiring
                        | Screen::Internships
                )
        },
        map: |k| (k.code == KeyCode::Esc).then_some(Action::Back),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_FILTER_CLEAR,
        long: tx::DO_CLEAR_UNIT_LONG,
        footer: HIDDEN,
        when: |s| {
            matches!(
                s,
                Screen::EmployeeList | Screen::Retiring | Screen::Internships
            )
        },
        map: |k| (k.code == KeyCode::Esc).then_some(Action::Back),
    },
    Binding {
        keys: tx::KEY_SUB,
        short: tx::DO_SUB_PARTNERS,
        long: tx::DO_SUB_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::Partners
                    | Screen::Agreements
                    | Screen::Internships
                    | Screen::PartnerDetail
                    | Screen::AgreementDetail
                    | Screen::InternDetail
            )
        },
        map: sub_keys,
    },
    Binding {
        keys: tx::KEY_SUB,
        short: dx::DO_SUB_NEEDS,
        long: dx::DO_SUB_NEEDS_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::Participants | Screen::TrainingNeeds),
        map: sub_keys,
    },
    Binding {
        keys: tx::KEY_SUB,
        short: tx::DO_SUB_PERIOD,
        long: tx::DO_SUB_PERIOD_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EvaluationList,
        map: sub_keys,
    },
    Binding {
        keys: tx::KEY_SUB,
        short: tx::DO_SUB_MONITORING,
        long: crate::i18n::monitoring_review::DO_SUB_LONG,
        footer: NORMAL,
        when: |s| s == Screen::Monitoring,
        map: sub_keys,
    },
    Binding {
        keys: dx::KEY_PLAN,
        short: dx::DO_PLAN,
        long: dx::DO_PLAN_LONG,
        // The way into the plan and its keys: its text stays.
        footer: MAJOR,
        when: |s| s == Screen::EmployeeDetail,
        map: |k| (ch(k) == Some('r')).then_some(Action::Plan),
    },
    Binding {
        keys: dx::KEY_FILL,
        short: dx::DO_FILL,
        long: dx::DO_FILL_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EmployeeDetail | Screen::EmployeePlan),
        map: |k| (ch(k) == Some('t')).then_some(Action::FillPlan),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: tx::DO_NEW,
        long: dx::DO_NEW_LINE_LONG,
        footer: MAJOR,
        when: |s| s == Screen::EmployeePlan,
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: tx::DO_EDIT,
        long: dx::DO_EDIT_LINE_LONG,
        footer: MAJOR,
        when: |s| s == Screen::EmployeePlan,
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: tx::DO_DELETE,
        long: dx::DO_DELETE_LINE_LONG,
        footer: MAJOR,
        when: |s| s == Screen::EmployeePlan,
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: tx::DO_NEW,
        long: tx::DO_NEW_EMPLOYEE_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EmployeeList | Screen::EmployeeDetail),
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: tx::DO_EDIT,
        long: tx::DO_EDIT_EMPLOYEE_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EmployeeList | Screen::EmployeeDetail),
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: tx::DO_DELETE,
        long: tx::DO_DELETE_EMPLOYEE_LONG,
        footer: NORMAL,
        when: |s| matches!(s, Screen::EmployeeList | Screen::EmployeeDetail),
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: tx::KEY_STATUS,
        short: tx::DO_STATUS,
        long: tx::DO_STATUS_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::EmployeeList | Screen::EmployeeDetail | Screen::EmployeePlan
            )
        },
        map: |k| (ch(k) == Some('s')).then_some(Action::Status),
    },
    Binding {
        keys: tx::KEY_STATUS,
        short: crate::i18n::retirement::DO_RECORD_PENSION,
        long: crate::i18n::retirement::DO_RECORD_PENSION_LONG,
        footer: NORMAL,
        when: |s| s == Screen::Retiring,
        map: |k| (ch(k) == Some('s')).then_some(Action::Status),
    },
    Binding {
        keys: tx::KEY_ASSESS,
        short: tx::DO_ASSESS,
        long: tx::DO_ASSESS_LONG,
        footer: MAJOR,
        when: |s| matches!(s, Screen::EmployeeDetail | Screen::EmployeePlan),
        map: |k| (ch(k) == Some('p')).then_some(Action::Assess),
    },
    Binding {
        keys: tx::KEY_NEW,
        short: tx::DO_NEW,
        long: tx::DO_NEW_RECORD_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::Reference | Screen::Units | Screen::TrainingList | Screen::Participants
            )
        },
        map: |k| (ch(k) == Some('n')).then_some(Action::New),
    },
    Binding {
        keys: tx::KEY_EDIT,
        short: tx::DO_EDIT,
        long: tx::DO_EDIT_RECORD_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::Reference | Screen::Units | Screen::TrainingList | Screen::Participants
            )
        },
        map: |k| (ch(k) == Some('e')).then_some(Action::Edit),
    },
    Binding {
        keys: tx::KEY_DELETE,
        short: tx::DO_DELETE,
        long: tx::DO_DELETE_RECORD_LONG,
        footer: NORMAL,
        when: |s| {
            matches!(
                s,
                Screen::Reference | Screen::Units | Screen::TrainingList | Screen::Participants
            )
        },
        map: |k| (ch(k) == Some('d')).then_some(Action::Delete),
    },
    Binding {
        keys: tx::KEY_SUB,
        short: tx::DO_SUB_REFERENCE,
        long: tx::DO_SUB_REFERENCE_LONG,
        footer: HIDDEN,
        when: |s| {
            matches!(
                s,
                Screen::EmployeeList | Screen::Retiring | Screen::Reference | Screen::Units
            )
        },
        map: sub_keys,
    },
    Binding {
        keys: tx::KEY_YES,
        short: tx::DO_YES,
        long: tx::DO_YES,
        footer: NORMAL,
        when: |s| s == Screen::Question,
        map: |k| matches!(ch(k), Some('y' | 'Y')).then_some(Action::Yes),
    },
    Binding {
        keys: tx::KEY_NO,
        short: tx::DO_NO,
        long: tx::DO_NO,
        footer: NORMAL,
        when: |s| s == Screen::Question,
        map: |k| {
            (matches!(ch(k), Some('n' | 'N' | 't' | 'T')) || k.code == KeyCode::Esc)
                .then_some(Action::No)
        },
    },
    Binding {
        keys: tx::KEY_INACTIVE,
        short: tx::DO_INACTIVE,
        long: tx::DO_INACTIVE_LONG,
        footer: NORMAL,
        when: |s| s == Screen::EmployeeList,
        map: |k| (ch(k) == Some('a')).then_some(Action::ToggleInactive),
    },
    Binding {
        keys: tx::KEY_EXPORT,
        short: tx::DO_EXPORT,
        long: tx::DO_EXPORT_LONG,
        footer: MINOR,
        when: Screen::is_list,
        map: |k| (ch(k) == Some('x')).then_some(Action::Export),
    },
    Binding {
        keys: tx::KEY_EXPORT_CSV,
        short: tx::DO_EXPORT_CSV,
        long: tx::DO_EXPORT_CSV_LONG,
        footer: HIDDEN,
        when: Screen::is_list,
        map: |k| (ch(k) == Some('X')).then_some(Action::ExportCsv),
    },
    Binding {
        keys: tx::KEY_TYPE,
        short: tx::DO_FILTER_TYPE,
        long: tx::DO_FILTER_TYPE,
        footer: HIDDEN,
        when: |s| s == Screen::Filter,
        map: |k| match ch(k) {
            Some(c) if !c.is_control() => Some(Action::FilterChar(c)),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_BACKSPACE,
        short: tx::DO_FILTER_BACKSPACE,
        long: tx::DO_FILTER_BACKSPACE,
        footer: HIDDEN,
        when: |s| s == Screen::Filter,
        map: |k| (k.code == KeyCode::Backspace).then_some(Action::FilterBackspace),
    },
    Binding {
        keys: tx::KEY_ENTER,
        short: tx::DO_FILTER_ACCEPT,
        long: tx::DO_FILTER_ACCEPT,
        footer: NORMAL,
        when: |s| s == Screen::Filter,
        map: |k| matches!(k.code, KeyCode::Enter | KeyCode::Tab).then_some(Action::FilterAccept),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_FILTER_CLEAR,
        long: tx::DO_FILTER_CLEAR,
        footer: NORMAL,
        when: |s| s == Screen::Filter,
        map: |k| (k.code == KeyCode::Esc).then_some(Action::FilterClear),
    },
    Binding {
        keys: tx::KEY_RESULT,
        short: tx::DO_RESULT,
        long: tx::DO_RESULT_LONG,
        footer: MAJOR,
        when: |s| s == Screen::Participants,
        map: |k| {
            use crate::domain::enums::EnrollmentStatus as E;
            match ch(k) {
                Some('l') => Some(Action::SetResult(E::Lulus)),
                Some('t') => Some(Action::SetResult(E::TidakLulus)),
                Some('i') => Some(Action::SetResult(E::Mengikuti)),
                Some('m') => Some(Action::SetResult(E::MengundurkanDiri)),
                _ => None,
            }
        },
    },
    Binding {
        keys: dx::KEY_ADD_SHOWN,
        short: dx::DO_ADD_SHOWN,
        long: dx::DO_ADD_SHOWN_LONG,
        footer: MAJOR,
        when: |s| s == Screen::TrainingNeeds,
        map: |k| (ch(k) == Some('a')).then_some(Action::AddShown),
    },
    Binding {
        keys: dx::KEY_CANDIDATES,
        short: dx::DO_CANDIDATES,
        long: dx::DO_CANDIDATES_LONG,
        footer: NORMAL,
        when: |s| s == Screen::TrainingNeeds,
        map: |k| (ch(k) == Some('v')).then_some(Action::NextCandidates),
    },
    Binding {
        keys: rx::KEY_EDIT_ROW,
        short: rx::DO_EDIT_ROW,
        long: rx::DO_EDIT_ROW_LONG,
        footer: NORMAL,
        when: |s| s == Screen::Participants,
        map: |k| (k.code == KeyCode::Enter).then_some(Action::EditRow),
    },
    Binding {
        keys: rx::KEY_CELL,
        short: rx::DO_CELL,
        long: rx::DO_CELL_LONG,
        footer: NORMAL,
        when: |s| s == Screen::ResultRow,
        map: |k| match k.code {
            KeyCode::Tab => Some(Action::CellMove(1)),
            KeyCode::BackTab => Some(Action::CellMove(-1)),
            _ => None,
        },
    },
    Binding {
        keys: rx::KEY_ROW_NEXT,
        short: rx::DO_ROW_NEXT,
        long: rx::DO_ROW_NEXT_LONG,
        footer: MAJOR,
        when: |s| s == Screen::ResultRow,
        map: |k| match k.code {
            KeyCode::Enter | KeyCode::Down => Some(Action::RowLeave(1)),
            KeyCode::Up => Some(Action::RowLeave(-1)),
            _ => None,
        },
    },
    Binding {
        keys: rx::KEY_ROW_DONE,
        short: rx::DO_ROW_DONE,
        long: rx::DO_ROW_DONE_LONG,
        footer: NORMAL,
        when: |s| s == Screen::ResultRow,
        map: |k| (k.code == KeyCode::Esc).then_some(Action::RowLeave(0)),
    },
    Binding {
        keys: rx::KEY_CELL_CLEAR,
        short: rx::DO_CELL_CLEAR,
        long: rx::DO_CELL_CLEAR_LONG,
        footer: HIDDEN,
        when: |s| s == Screen::ResultRow,
        map: |k| match k.code {
            KeyCode::Char('u') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::CellClear)
            }
            KeyCode::Backspace => Some(Action::CellBackspace),
            _ => None,
        },
    },
    Binding {
        keys: rx::KEY_CELL_CLEAR,
        short: rx::DO_CELL_CLEAR,
        long: rx::DO_CELL_CLEAR_LONG,
        footer: HIDDEN,
        when: |s| s == Screen::ResultRow,
        map: |k| match k.code {
            KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) => {
                Some(Action::CellChar(c))
            }
            _ => None,
        },
    },
    Binding {
        keys: rx::KEY_HELP,
        short: tx::DO_HELP,
        long: tx::DO_HELP_LONG,
        footer: MINOR,
        when: |s| s == Screen::ResultRow,
        map: |k| (k.code == KeyCode::F(1)).then_some(Action::Help),
    },
    Binding {
        keys: tx::KEY_NOT_HERE,
        short: tx::DO_NOT_HERE,
        long: tx::DO_NOT_HERE_LONG,
        footer: HIDDEN,
        when: |s| {
            matches!(
                s,
                Screen::TrainingList
                    | Screen::Retiring
                    | Screen::Participants
                    | Screen::TrainingNeeds
                    | Screen::EmployeePlan
                    | Screen::Agreements
                    | Screen::Internships
                    | Screen::PartnerDetail
                    | Screen::AgreementDetail
                    | Screen::InternDetail
                    | Screen::Partners
                    | Screen::EvaluationList
                    | Screen::EvaluationDetail
                    | Screen::FollowUps
                    | Screen::Monitoring
                    | Screen::Reference
                    | Screen::Units
            )
        },
        map: |k| match (k.code, ch(k)) {
            (KeyCode::Enter, _) => Some(Action::NotHere('\r')),
            (_, Some(c @ ('n' | 'e' | 'd' | '/' | 's' | 'p' | 'a'))) => Some(Action::NotHere(c)),
            _ => None,
        },
    },
    Binding {
        keys: tx::KEY_HELP,
        short: tx::DO_HELP,
        long: tx::DO_HELP_LONG,
        footer: MAJOR,
        when: Screen::is_browse,
        map: |k| (ch(k) == Some('?') || k.code == KeyCode::F(1)).then_some(Action::Help),
    },
    Binding {
        keys: tx::KEY_ESC,
        short: tx::DO_CLOSE_HELP,
        long: tx::DO_CLOSE_HELP,
        footer: NORMAL,
        when: |s| s == Screen::Help,
        map: |k| {
            (matches!(k.code, KeyCode::Esc | KeyCode::F(1) | KeyCode::Enter)
                || matches!(ch(k), Some('?' | 'q')))
            .then_some(Action::Help)
        },
    },
    Binding {
        keys: tx::KEY_QUIT,
        short: tx::DO_QUIT,
        long: tx::DO_QUIT,
        footer: MAJOR,
        when: Screen::is_browse,
        map: |k| (ch(k) == Some('q')).then_some(Action::Quit),
    },
    Binding {
        keys: tx::KEY_CTRL_C,
        short: tx::DO_QUIT,
        long: tx::DO_QUIT,
        footer: HIDDEN,
        when: |_| true,
        map: |k| ctrl(k, 'c').then_some(Action::Quit),
    },
    Binding {
        keys: tx::KEY_CTRL_Z,
        short: tx::DO_SUSPEND,
        long: tx::DO_SUSPEND,
        footer: HIDDEN,
        when: |_| cfg!(unix),
        map: |k| ctrl(k, 'z').then_some(Action::Suspend),
    },
    Binding {
        keys: tx::KEY_CTRL_L,
        short: tx::DO_REDRAW,
        long: tx::DO_REDRAW,
        footer: HIDDEN,
        when: |_| true,
        map: |k| ctrl(k, 'l').then_some(Action::Redraw),
    },
];

/// `↑`/`↓` and `k`/`j`: one line or row up or down.
fn line_keys(k: &KeyEvent) -> Option<Action> {
    match (k.code, ch(k)) {
        (KeyCode::Up, _) | (_, Some('k')) => Some(Action::Up),
        (KeyCode::Down, _) | (_, Some('j')) => Some(Action::Down),
        _ => None,
    }
}

/// `Esc`, `Backspace` or `←`: back from a detail to its list.
fn back_keys(k: &KeyEvent) -> Option<Action> {
    matches!(k.code, KeyCode::Esc | KeyCode::Backspace | KeyCode::Left).then_some(Action::Back)
}

fn sub_keys(k: &KeyEvent) -> Option<Action> {
    match ch(k) {
        Some('[') => Some(Action::PrevSub),
        Some(']') => Some(Action::NextSub),
        _ => None,
    }
}

/// Every binding in the order keys are matched and the help lists them: the
/// tables of particular screens first, then the general one.
pub fn all_bindings() -> &'static [&'static Binding] {
    static ALL: std::sync::OnceLock<Vec<&'static Binding>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        partnerships::BINDINGS
            .iter()
            .chain(evaluation::BINDINGS)
            .chain(monitoring::BINDINGS)
            .chain(BINDINGS)
            // Last: `h` is free on the screens it is bound on, and the help
            // lists it after the keys of the screen.
            .chain(history::BINDINGS)
            .collect()
    })
}

/// The action for a key press on `screen` (releases and repeats of other kinds are ignored).
pub fn resolve(screen: Screen, key: &KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    all_bindings()
        .iter()
        .filter(|b| (b.when)(screen))
        .find_map(|b| (b.map)(key))
}

/// The bindings that apply on `screen`, for the help popup (each key text once).
pub fn help_for(screen: Screen) -> Vec<&'static Binding> {
    let mut out: Vec<&'static Binding> = Vec::new();
    for b in all_bindings().iter().copied().filter(|b| (b.when)(screen)) {
        if !out.iter().any(|o| o.keys == b.keys && o.long == b.long) {
            out.push(b);
        }
    }
    out
}

impl Action {
    /// The action changes data: refused with a sentence in `--read-only`
    /// (and its keys are not offered there). A property of the action, so a
    /// new key bound to one of these is refused too.
    pub fn writes(self) -> bool {
        matches!(
            self,
            Action::New
                | Action::Edit
                | Action::Delete
                | Action::Status
                | Action::Assess
                | Action::SetResult(_)
                | Action::FillPlan
                | Action::AddShown
                | Action::EditRow
                | Action::Renew
                | Action::Feedback
                | Action::Rate(_)
                | Action::OrgPredicate
        )
    }
}

/// Every key a binding could be pressed as: the printable ASCII characters
/// (plain and with Ctrl) and the named keys.
fn probe_keys() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (0x20u8..0x7f)
        .flat_map(|b| {
            let c = KeyCode::Char(b as char);
            [
                KeyEvent::new(c, KeyModifiers::NONE),
                KeyEvent::new(c, KeyModifiers::CONTROL),
            ]
        })
        .collect();
    keys.extend(
        [
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Delete,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]
        .into_iter()
        .chain((1..=12).map(KeyCode::F))
        .map(|c| KeyEvent::new(c, KeyModifiers::NONE)),
    );
    keys
}

/// The binding's keys lead to an action that writes ([`Action::writes`]).
pub fn is_write_key(b: &Binding) -> bool {
    static WRITES: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    let all = WRITES.get_or_init(|| {
        let keys = probe_keys();
        all_bindings()
            .iter()
            .map(|b| keys.iter().any(|k| (b.map)(k).is_some_and(Action::writes)))
            .collect()
    });
    all_bindings()
        .iter()
        .position(|x| std::ptr::eq(*x, b))
        .and_then(|i| all.get(i).copied())
        .unwrap_or(false)
}

/// The bindings shown in the footer on `screen`.
pub fn footer_for(screen: Screen) -> Vec<&'static Binding> {
    help_for(screen)
        .into_iter()
        .filter(|b| b.footer > HIDDEN)
        .collect()
}

mod evaluation;
mod history;
mod monitoring;
mod partnerships;

#[cfg(test)]
mod tests;
