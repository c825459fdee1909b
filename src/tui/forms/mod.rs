//! Record forms built on the one form engine (`widgets::form`): which fields a
//! record has, how form values become a db input, and the cross-field rules.

pub mod assessment;
pub mod competency;
pub mod employee;
pub mod standard;
pub mod status;
pub mod unit;

use crate::tui::widgets::form::Form;

/// What an open form edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormTarget {
    NewEmployee,
    EditEmployee { id: i64, version: i64 },
}

/// An open form and what it is for.
#[derive(Debug, Clone)]
pub struct FormScreen {
    pub form: Form,
    pub target: FormTarget,
    /// Birth date / sex were filled from the NIP (and may be again).
    pub prefilled_birth: bool,
    pub prefilled_gender: bool,
    /// A save is under way (keys wait for its answer).
    pub saving: bool,
    /// The last save was refused because another session changed the record:
    /// `Ctrl-R` reloads it.
    pub conflict: bool,
    /// Records saved since the form opened (save-and-new series).
    pub saved_count: usize,
}

impl FormScreen {
    pub fn new(form: Form, target: FormTarget) -> FormScreen {
        FormScreen {
            form,
            target,
            prefilled_birth: false,
            prefilled_gender: false,
            saving: false,
            conflict: false,
            saved_count: 0,
        }
    }
}
