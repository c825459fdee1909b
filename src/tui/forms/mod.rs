//! Record forms built on the one form engine (`widgets::form`): which fields a
//! record has, how form values become a db input, and the cross-field rules.
//! This module also dispatches on what a form edits, so `update` stays short.

pub mod assessment;
pub mod competency;
pub mod employee;
pub mod standard;
pub mod status;
pub mod unit;

use crate::db::employees_write::{EmployeeInput, StatusChange};
use crate::db::profile_write::{AssessmentInput, StandardInput};
use crate::db::reference_read::UnitRow;
use crate::db::reference_write::{CompetencyInput, UnitInput};
use crate::db::write::WriteError;
use crate::i18n::Lang;
use crate::tui::widgets::form::Form;
use chrono::NaiveDate;

/// What an open form edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormTarget {
    NewEmployee,
    EditEmployee {
        id: i64,
        version: i64,
    },
    /// A status change (leaving the service…) of employee `id`, possibly
    /// dated ahead (scheduled).
    ChangeStatus {
        id: i64,
        version: i64,
        /// The status in effect on the reference date (the form's title).
        current: crate::domain::enums::EmployeeStatus,
        /// Birth date, appointment and recorded changes: what the date and a
        /// change to the status already in effect are checked against.
        subject: status::StatusSubject,
    },
    /// A new competency assessment of employee `pegawai_id`.
    NewAssessment {
        pegawai_id: i64,
    },
    NewUnit,
    EditUnit {
        id: i64,
        version: i64,
    },
    NewCompetency,
    EditCompetency {
        id: i64,
        version: i64,
    },
    NewStandard,
    EditStandard {
        id: i64,
        version: i64,
    },
}

impl FormTarget {
    /// The record a stale-edit reload asks for again (edit forms only).
    pub fn reload(&self) -> Option<ReloadKind> {
        match *self {
            FormTarget::EditEmployee { id, .. } => Some(ReloadKind::Employee(id)),
            FormTarget::EditUnit { id, .. } => Some(ReloadKind::Unit(id)),
            FormTarget::EditCompetency { id, .. } => Some(ReloadKind::Competency(id)),
            FormTarget::EditStandard { id, .. } => Some(ReloadKind::Standard(id)),
            _ => None,
        }
    }

    /// Values a series of new records usually shares ("save and new").
    pub fn keep_on_new(&self) -> &'static [&'static str] {
        match self {
            FormTarget::NewEmployee => &employee::KEEP_ON_NEW,
            FormTarget::NewAssessment { .. } => &assessment::KEEP_ON_NEW,
            FormTarget::NewUnit => &unit::KEEP_ON_NEW,
            FormTarget::NewCompetency => &competency::KEEP_ON_NEW,
            FormTarget::NewStandard => &standard::KEEP_ON_NEW,
            _ => &[],
        }
    }

    /// Whether the form edits an employee record itself.
    pub fn is_employee(&self) -> bool {
        matches!(
            self,
            FormTarget::NewEmployee | FormTarget::EditEmployee { .. }
        )
    }
}

/// Which stored record an edit form shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReloadKind {
    Employee(i64),
    Unit(i64),
    Competency(i64),
    Standard(i64),
}

/// A form's values as the db layer takes them.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordInput {
    Employee(Box<EmployeeInput>),
    Status(StatusChange),
    Assessment(AssessmentInput),
    Unit(UnitInput),
    Competency(Box<CompetencyInput>),
    Standard(StandardInput),
}

/// What the cross-field rules need besides the form.
pub struct CheckContext<'a> {
    pub today: NaiveDate,
    pub lang: Lang,
    /// The loaded unit list (parent-cycle rule of the unit form).
    pub units: &'a [UnitRow],
}

/// Layer 3 and the conversion to a db input: the errors to show at the fields,
/// or the input to save.
pub fn prepare(
    screen: &FormScreen,
    ctx: &CheckContext<'_>,
) -> Result<RecordInput, Vec<(&'static str, String)>> {
    let form = &screen.form;
    let (lang, today) = (ctx.lang, ctx.today);
    let errors = match &screen.target {
        FormTarget::NewEmployee | FormTarget::EditEmployee { .. } => {
            employee::cross_check(form, today, lang)
        }
        FormTarget::ChangeStatus { subject, .. } => status::cross_check(form, subject, today, lang),
        FormTarget::NewAssessment { .. } => assessment::cross_check(form, today, lang),
        FormTarget::NewUnit => unit::cross_check(form, None, ctx.units, lang),
        FormTarget::EditUnit { id, .. } => unit::cross_check(form, Some(*id), ctx.units, lang),
        FormTarget::NewCompetency | FormTarget::EditCompetency { .. } => {
            competency::cross_check(form, lang)
        }
        FormTarget::NewStandard | FormTarget::EditStandard { .. } => {
            standard::cross_check(form, lang)
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let input = match &screen.target {
        FormTarget::NewEmployee | FormTarget::EditEmployee { .. } => {
            employee::to_input(form).map(|i| RecordInput::Employee(Box::new(i)))
        }
        FormTarget::ChangeStatus { .. } => status::to_input(form).map(RecordInput::Status),
        FormTarget::NewAssessment { pegawai_id } => {
            assessment::to_input(form, *pegawai_id).map(RecordInput::Assessment)
        }
        FormTarget::NewUnit | FormTarget::EditUnit { .. } => {
            unit::to_input(form).map(RecordInput::Unit)
        }
        FormTarget::NewCompetency | FormTarget::EditCompetency { .. } => {
            competency::to_input(form).map(|c| RecordInput::Competency(Box::new(c)))
        }
        FormTarget::NewStandard | FormTarget::EditStandard { .. } => {
            standard::to_input(form).map(RecordInput::Standard)
        }
    };
    // Every field passed layer 2, so a missing input means a lookup not picked.
    input.ok_or_else(|| {
        vec![(
            form.focus_key(),
            crate::i18n::tui::PICK_FROM_LIST.get(lang).to_string(),
        )]
    })
}

/// The field a refused save points at (layer 4).
pub fn db_error_field(target: &FormTarget, e: &WriteError) -> Option<&'static str> {
    match target {
        FormTarget::NewEmployee | FormTarget::EditEmployee { .. } => employee::db_error_field(e),
        FormTarget::ChangeStatus { .. } => status::db_error_field(e),
        FormTarget::NewAssessment { .. } => assessment::db_error_field(e),
        FormTarget::NewUnit | FormTarget::EditUnit { .. } => unit::db_error_field(e),
        FormTarget::NewCompetency | FormTarget::EditCompetency { .. } => {
            competency::db_error_field(e)
        }
        FormTarget::NewStandard | FormTarget::EditStandard { .. } => standard::db_error_field(e),
    }
}

/// An open form and what it is for.
#[derive(Debug, Clone)]
pub struct FormScreen {
    pub form: Form,
    pub target: FormTarget,
    /// Birth date / sex were filled from the NIP (and may be again).
    pub prefilled_birth: bool,
    pub prefilled_gender: bool,
    /// TMT pengangkatan was filled from the NIP's TMT CPNS (and may be again).
    pub prefilled_tmt: bool,
    /// A save is under way (keys wait for its answer).
    pub saving: bool,
    /// A new employee's save waiting for the namesake check (name and birth
    /// date already stored?) or for the user's yes.
    pub pending: Option<Box<crate::tui::app::Save>>,
    /// The user agreed to save this record despite a namesake.
    pub namesake_ok: bool,
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
            prefilled_tmt: false,
            saving: false,
            pending: None,
            namesake_ok: false,
            conflict: false,
            saved_count: 0,
        }
    }
}
