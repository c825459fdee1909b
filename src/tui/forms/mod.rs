//! Record forms built on the one form engine (`widgets::form`): one module per
//! record kind, each implementing `kind::RecordForm` and registered once in
//! `kind::kinds`. The app drives every kind through that trait: this module
//! holds only the open form's state and the generic save preparation.

pub mod agreement;
pub mod assessment;
pub mod competency;
pub mod employee;
pub mod enrollment;
pub mod evaluation;
pub mod follow_up;
pub mod intern_log;
pub mod internship;
pub mod kind;
pub mod partner;
pub mod plan;
pub mod standard;
pub mod status;
pub mod training;
pub mod unit;

pub use kind::{CheckContext, FormTarget, Home, RecordForm, Stored, Values};

use crate::tui::widgets::form::Form;
use std::collections::HashSet;

/// Layer 3 and the conversion to a db input: the errors to show at the fields,
/// or the values to save.
pub fn prepare(
    screen: &FormScreen,
    ctx: &CheckContext<'_>,
) -> Result<Values, Vec<(&'static str, String)>> {
    let form = &screen.form;
    let kind = screen.target.kind;
    let errors = kind.cross_check(form, &screen.target, ctx);
    if !errors.is_empty() {
        return Err(errors);
    }
    // Every field passed layer 2, so a missing input means a lookup not picked.
    kind.read(form, &screen.target).ok_or_else(|| {
        vec![(
            form.focus_key(),
            crate::i18n::tui::PICK_FROM_LIST.get(ctx.lang).to_string(),
        )]
    })
}

/// An open form and what it is for.
#[derive(Debug, Clone)]
pub struct FormScreen {
    pub form: Form,
    pub target: FormTarget,
    /// Fields a kind's hook filled (the NIP's birth date…): it may fill them
    /// again until the user types into them.
    pub prefilled: HashSet<&'static str>,
    /// The name of the record the form is about (an employee), for titles.
    pub subject: String,
    /// A save is under way (keys wait for its answer).
    pub saving: bool,
    /// A new employee's save waiting for the namesake check (name and birth
    /// date already stored?) or for the user's yes.
    pub pending: Option<Box<crate::tui::app::Save>>,
    /// The user agreed to the kind's question before saving this record (a
    /// namesake, open results…): the save goes without asking again.
    pub confirmed: bool,
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
            prefilled: HashSet::new(),
            subject: String::new(),
            saving: false,
            pending: None,
            confirmed: false,
            conflict: false,
            saved_count: 0,
        }
    }

    /// A form for a new record of `target`'s kind, with the kind's defaults.
    pub fn new_record(
        target: FormTarget,
        lang: crate::i18n::Lang,
        subject: &str,
        today: chrono::NaiveDate,
    ) -> FormScreen {
        let form = kind::new_form(target.kind, &target, lang, subject, today);
        let mut fs = FormScreen::new(form, target);
        fs.subject = subject.to_string();
        fs
    }

    /// A form holding a stored record of `target`'s kind.
    pub fn edit_record(
        target: FormTarget,
        lang: crate::i18n::Lang,
        subject: &str,
        stored: &Stored,
    ) -> FormScreen {
        let form = kind::edit_form(target.kind, &target, lang, subject, stored);
        let mut fs = FormScreen::new(form, target);
        fs.subject = subject.to_string();
        fs
    }
}
