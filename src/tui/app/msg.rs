//! The messages of the model: what `update` asks the runner for (reads,
//! saves, exports), what comes back, and the questions and status lines it
//! shows. Split from `app.rs` so the model and its loop stay short.

use super::*;
use crate::domain::jp::JpTargets;

/// A read the runner performs for `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    Employees {
        year: i32,
        include_inactive: bool,
    },
    EmployeeDetail(i64),
    /// The list's rows of these employees (the rows on screen, read again
    /// after another session saved).
    EmployeeRows {
        year: i32,
        ids: Vec<i64>,
    },
    /// After one's own save of an employee already in a province-sized
    /// list: the rows on screen (`ids`, the saved one among them) read
    /// again, and whether the saved row kept its place between its
    /// neighbours (else the whole list is read again, beside the keys).
    SavedEmployee {
        year: i32,
        ids: Vec<i64>,
        place: ListPlace,
    },
    /// The development section of employee `id`'s detail (plan and
    /// recommendations) as of `today`, with the yearly JP target of each
    /// kind of ASN.
    Development {
        id: i64,
        today: NaiveDate,
        targets: JpTargets,
    },
    Trainings,
    Participants(i64),
    /// The employees training `id` helps most (tab 2, `]` on its participants).
    TrainingNeeds {
        id: i64,
        today: NaiveDate,
        targets: JpTargets,
        source: crate::domain::recommend::Candidates,
    },
    Partners,
    Agreements,
    Internships,
    /// Unit `id` and its sub-units, with their employees (tab 1's list
    /// kept to a unit).
    UnitScope(i64),
    /// Partner `id` in full (tab 3 detail).
    PartnerDetail(i64),
    /// Evaluation `id` in full (tab 4 detail).
    EvaluationDetail(i64),
    /// Agreement `id` in full (tab 3 detail).
    AgreementDetail(i64),
    /// Internship `id` in full with its logbook and final evaluation.
    InternDetail(i64),
    /// The values a new record of `target`'s kind starts from, made from
    /// record `from` (the renewal of an agreement).
    RecordTemplate {
        target: FormTarget,
        from: i64,
    },
    EvaluationPeriods,
    Evaluations(PeriodRef),
    /// The audit history of record `id` of table `entity`.
    History {
        entity: &'static str,
        id: i64,
    },
    /// Post-training follow-ups due on `today` (`months` after the end).
    FollowUps {
        today: NaiveDate,
        months: u32,
    },
    /// The entry grid of a unit for a period (tab 4, `u`).
    EvaluationGrid {
        target: crate::db::evaluations_write::GridTarget,
        period: PeriodRef,
    },
    /// A new evaluation's form for `employee` and `period`, prefilled with
    /// the appraisers the structure gives (and a leader's work result).
    NewEvaluation {
        target: FormTarget,
        employee: i64,
        period: PeriodRef,
    },
    /// JP compliance of `year`, each person against the target of their
    /// kind of ASN.
    Compliance {
        year: i32,
        targets: crate::domain::jp::JpTargets,
    },
    /// A Monitoring report on partnerships (issue 9) as of `today`;
    /// `logbook_days` is the setting `hari_tanpa_logbook`.
    Partnership {
        report: crate::db::monitoring::PartnershipReport,
        today: NaiveDate,
        logbook_days: i64,
    },
    /// A Monitoring report of issue 10 (gaps, evaluations outstanding,
    /// predicate distribution, finished trainings, data quality) as of `today`.
    Review {
        report: crate::db::monitoring_eval::ReviewReport,
        today: NaiveDate,
    },
    /// The participants of finished training `id` with the predicates
    /// around it and the follow-up scores (Monitoring's training effect).
    TrainingEffect(i64),
    /// Employees in service whose pension date falls within `months` after
    /// `today` (the list of those retiring soon).
    Retirements {
        today: NaiveDate,
        months: u32,
    },
    /// The status form of employee `id`, to record the pension that takes
    /// effect on `date` ahead of its date.
    PensionForm {
        id: i64,
        date: NaiveDate,
    },
    /// What `d` (delete or archive) or `s` (status) may do with an employee.
    EmployeeState {
        id: i64,
        for_status: bool,
    },
    Units,
    Competencies,
    Standards,
    /// A stored record for its edit form (`target.id`), of any kind.
    RecordForEdit(FormTarget),
    /// Records of `source` matching what was typed in lookup field `field`
    /// of the open form.
    Lookup {
        field: usize,
        source: LookupSource,
        query: String,
        /// The language the offers' details are written in.
        lang: crate::i18n::Lang,
    },
    /// Participants of training `id` whose result is still open.
    OpenResults(i64),
    /// Employees with this name and birth date (before a new one is saved).
    Namesakes {
        name: String,
        birth_date: String,
    },
}

impl Request {
    /// Reads that may take a while on a large file and that nothing typed
    /// next depends on: Monitoring's whole-city reports. (A training's
    /// candidates are not among them: `a` enrols the list shown.) They run
    /// on a second connection while the keys and the
    /// screen go on; their view says "Memuat…" until the answer comes (an
    /// answer for a view left meanwhile fills that view, or is dropped).
    pub fn runs_aside(&self) -> bool {
        matches!(
            self,
            Request::Compliance { .. }
                | Request::Partnership { .. }
                | Request::Review { .. }
                | Request::TrainingEffect(_)
        )
    }
}

/// A saved employee and the rows that were before and after it in the list
/// (none at either end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListPlace {
    pub id: i64,
    pub before: Option<i64>,
    pub after: Option<i64>,
}

impl ListPlace {
    /// The three ids in the order the list had them.
    pub fn ids(&self) -> Vec<i64> {
        [self.before, Some(self.id), self.after]
            .into_iter()
            .flatten()
            .collect()
    }
}

/// The result of a `Request`.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Employees(Vec<EmployeeRow>),
    /// The first rows of the employee list, while the rest is read.
    EmployeesHead(Vec<EmployeeRow>),
    /// Rows of the employee list read again (patched in place).
    EmployeeRows(Vec<EmployeeRow>),
    /// The rows of [`Request::SavedEmployee`]; `kept`: the saved row still
    /// sorts between the neighbours it had.
    SavedEmployee {
        rows: Vec<EmployeeRow>,
        place: ListPlace,
        kept: bool,
    },
    EmployeeDetail(i64, Option<Box<EmployeeDetail>>),
    Development(i64, Box<crate::db::recommend::Development>),
    Trainings(Vec<TrainingRow>),
    /// The top of the training catalogue, while the rest is read.
    TrainingsHead(Vec<TrainingRow>),
    Participants(i64, Vec<ParticipantRow>),
    TrainingNeeds(i64, Vec<crate::db::recommend::EmployeeNeed>),
    Partners(Vec<PartnerRow>),
    Agreements(Vec<AgreementRow>),
    Internships(Vec<InternshipRow>),
    UnitScope(i64, Option<crate::db::units::UnitScope>),
    PartnerDetail(i64, Option<Box<crate::db::model::PartnerDetail>>),
    EvaluationDetail(i64, Option<Box<crate::db::evaluations::EvaluationDetail>>),
    AgreementDetail(i64, Option<Box<crate::db::model::AgreementDetail>>),
    InternDetail(i64, Option<Box<crate::db::model::InternDetail>>),
    EvaluationPeriods(Vec<PeriodRef>),
    EvaluationGrid(Option<Box<crate::db::evaluations_write::UnitGrid>>),
    FollowUps(Vec<crate::db::follow_ups::FollowUpDue>),
    History(Vec<crate::db::audit::HistoryEntry>),
    Evaluations(PeriodRef, Vec<EvaluationRow>),
    /// The first evaluations of a period, while the rest is read.
    EvaluationsHead(PeriodRef, Vec<EvaluationRow>),
    Compliance(Vec<UnitCompliance>),
    Partnership(crate::db::monitoring::PartnershipRows),
    Review(crate::db::monitoring_eval::ReviewRows),
    TrainingEffect(i64, Vec<crate::db::monitoring_eval::ParticipantEffect>),
    Retirements(Vec<RetirementRow>),
    /// What the status form needs to record a pension on `date`.
    PensionForm {
        id: i64,
        date: NaiveDate,
        info: Option<Box<DeleteInfo>>,
    },
    Lookup {
        field: usize,
        items: Vec<LookupItem>,
        /// More records match than `items` holds (typing more narrows).
        more: bool,
    },
    EmployeeState {
        id: i64,
        for_status: bool,
        info: Option<Box<DeleteInfo>>,
    },
    Units(Vec<UnitRow>),
    Competencies(Vec<CompetencyRow>),
    Standards(Vec<StandardRow>),
    /// The record asked for by `RecordForEdit(target)`; None when it is gone.
    RecordForEdit(FormTarget, Option<Box<Stored>>),
    /// The answer to `Request::Namesakes`.
    Namesakes(Vec<Namesake>),
    /// Participants of a training still without a result (the answer to
    /// `Request::OpenResults`).
    OpenResults(i64),
}

/// An employee who has the name and birth date of one about to be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namesake {
    pub nip: String,
    pub name: String,
    pub unit: String,
}

/// What the database says about deleting an employee or changing its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeleteInfo {
    pub version: i64,
    pub name: String,
    /// Named with the name in the question (two people may share a name).
    pub nip: String,
    pub birth_date: String,
    pub has_history: bool,
    /// The status in effect on the reference date.
    pub status: EmployeeStatus,
    /// TMT pengangkatan (ISO), when stored.
    pub appointed: Option<String>,
    /// The recorded changes (some may lie ahead).
    pub timeline: StatusTimeline,
}

/// A yes/no question that has the keyboard.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// Hard delete of an employee entered by mistake (no history).
    DeleteEmployee {
        id: i64,
        version: i64,
        name: String,
        nip: String,
    },
    /// Delete record `target` of any other kind (refused by the database
    /// while it is in use).
    DeleteRecord { target: FormTarget, name: String },
    /// A kind's question before its save (a namesake of a new employee,
    /// participants without a result…); the form's pending save goes ahead
    /// on `y`.
    ConfirmSave { text: String },
    /// Enroll the employees `ids` (those the list shows) in `training`.
    AddParticipants {
        training: i64,
        name: String,
        ids: Vec<i64>,
        filter: String,
        source: crate::domain::enums::ProposalSource,
    },
}

/// A write for the runner.
#[derive(Debug, Clone, PartialEq)]
pub enum Save {
    /// A form's values.
    Record {
        target: FormTarget,
        values: Values,
        then_new: bool,
    },
    /// Delete record `target.id` made on `target.version`; `name` names it
    /// in the answer.
    Delete { target: FormTarget, name: String },
    /// The result of one participation (`target`: the enrollment, owned by
    /// its training): its status, and `jp` credited (0 unless completed).
    SetResult {
        target: FormTarget,
        status: crate::domain::enums::EnrollmentStatus,
        jp: f64,
        name: String,
    },
    /// A new record added without a form (`t`: a recommendation into the
    /// plan); `name` names it in the answer.
    Add {
        target: FormTarget,
        values: Values,
        name: String,
    },
    /// The score, certificate number and JP credited typed in a
    /// participant's row (`target`: the enrollment, owned by its training);
    /// `typed` is what the row showed, for the answer.
    RowResult {
        target: FormTarget,
        score: Option<f64>,
        certificate: String,
        jp: f64,
        name: String,
        typed: String,
    },
    /// The two ratings of one row of the evaluation grid (employee
    /// `employee`, period `period`; `existing`: the stored evaluation's id
    /// and version); the answer's `Saved::id` is the evaluation.
    GridRatings {
        employee: i64,
        period: PeriodRef,
        existing: Option<(i64, i64)>,
        work: crate::domain::enums::Rating,
        behaviour: crate::domain::enums::Rating,
        name: String,
    },
    /// The organisation predicate of `unit` (named `name`) for `period`.
    OrgPredicate {
        unit: i64,
        name: String,
        period: PeriodRef,
        value: Option<crate::domain::enums::OrgPredicate>,
    },
    /// Employees `ids` enrolled in `training` (named `name`) at once, all or
    /// none; the answer's `Saved::id` is how many were added.
    AddParticipants {
        training: i64,
        name: String,
        ids: Vec<i64>,
        source: crate::domain::enums::ProposalSource,
    },
}

/// What a successful save reports back.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The record saved (for an assessment or a status change: the employee).
    pub id: i64,
    pub then_new: bool,
    /// The record's version after the save, where the screen keeps the row
    /// it showed instead of reading it again (a row of the results grid).
    pub version: Option<i64>,
}

/// The kind of file an `x` export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// Excel (`x`): typed cells, so an 18-digit NIP stays text and dates are dates.
    Xlsx,
    /// CSV (`X`): UTF-8 with a BOM, like `peka export`'s.
    Csv,
}

impl ExportFormat {
    /// The file name extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Csv => "csv",
        }
    }
}

/// A list written to a file (`x` Excel, `X` CSV).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportJob {
    /// File name stem, e.g. `pegawai` or `evaluasi-2026-triwulan-3`.
    pub stem: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Where an `x` export went. Paths are as shown to the user (the home folder as `~`).
#[derive(Debug, Clone, PartialEq)]
pub enum Exported {
    /// `rows` written to `path`; `moved` says why the current folder could not
    /// take it when the file went to another folder.
    Written {
        rows: usize,
        path: String,
        moved: Option<WriteCause>,
    },
    /// No folder could take it: the folders tried, and why the first refused.
    Failed {
        folders: Vec<String>,
        cause: WriteCause,
    },
}

/// Work for the runner.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Load(Request),
    /// A read again because another session saved: it runs beside the
    /// keys (nothing typed depends on it) and its answer replaces what is
    /// shown, the cursor staying on its row.
    Refresh(Request),
    Export(ExportJob, ExportFormat),
    Save(Save),
    Suspend,
    /// Clear the terminal and draw the whole frame again (Ctrl-L).
    Repaint,
    /// Stop retrying the save that waits for another session's lock (it
    /// then answers `Busy`; the form keeps everything typed).
    CancelSave,
}

/// Everything `update` reacts to.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Key(Action),
    /// A key while a form is open: the form engine reads it.
    FormKey(KeyEvent),
    /// Text pasted while a form is open.
    FormPaste(String),
    /// A save finished.
    /// The answer to a save, with the save it answers.
    Saved(Save, Result<Saved, WriteError>),
    Resize(u16, u16),
    /// The runner's answer to a read, with the read it answers.
    Answer {
        request: Request,
        answer: Result<Loaded, String>,
    },
    /// Data that arrived (tests and tools feed it directly).
    Loaded(Loaded),
    LoadFailed(String),
    /// An export finished.
    Exported(Exported),
    /// `PRAGMA data_version` moved: another session wrote.
    DataChanged,
    /// The save under way has waited `seconds` for another session's lock
    /// and is being retried.
    SaveWaiting {
        seconds: u64,
    },
}

/// A one-line message in the status line until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Info(String),
    Error(String),
}
