//! The model, the messages and the one `update` that changes the model.
//! `update` does no IO: it returns effects that the runner carries out (reads
//! from the database, file writes) and whose results come back as messages.

mod form_flow;
mod navigation;

use crate::db::model::*;
use crate::db::reference_read::{CompetencyRow, StandardRow, UnitRow};
use crate::db::retirement::RetirementRow;
use crate::db::write::WriteError;
use crate::domain::enums::EmployeeStatus;
use crate::domain::retirement::StatusTimeline;
use crate::i18n::Lang;
use crate::i18n::io::WriteCause;
use crate::tui::forms::{FormScreen, FormTarget, Stored, Values};
use crate::tui::keymap::{Action, Screen};
use crate::tui::tabs::{
    employees::EmployeesState, evaluation::EvaluationState, monitoring::MonitoringState,
    partnerships::PartnershipsState, training::TrainingState,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::form::{LookupItem, LookupSource};
use chrono::{Datelike, NaiveDate};
use form_flow::{on_delete_info, on_form_key, on_form_outcome, on_record_for_edit, on_saved};
use navigation::{back, current_filter, export, go_tab, move_cursor, open, page, set_filter, sub};
use ratatui::crossterm::event::KeyEvent;

/// The five tabs of the contract, in key order 1–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Employees,
    Training,
    Partnerships,
    Evaluation,
    Monitoring,
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Employees,
        Tab::Training,
        Tab::Partnerships,
        Tab::Evaluation,
        Tab::Monitoring,
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    /// The tab's name as the tab bar shows it.
    pub fn title(self) -> crate::i18n::T {
        use crate::i18n::tui as tx;
        match self {
            Tab::Employees => tx::TAB_EMPLOYEES,
            Tab::Training => tx::TAB_TRAINING,
            Tab::Partnerships => tx::TAB_PARTNERSHIPS,
            Tab::Evaluation => tx::TAB_EVALUATION,
            Tab::Monitoring => tx::TAB_MONITORING,
        }
    }
}

/// A read the runner performs for `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    Employees {
        year: i32,
        include_inactive: bool,
    },
    EmployeeDetail(i64),
    Trainings,
    Participants(i64),
    Partners,
    Agreements,
    Internships,
    EvaluationPeriods,
    Evaluations(PeriodRef),
    Compliance {
        year: i32,
        target: f64,
    },
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
    },
    /// Employees with this name and birth date (before a new one is saved).
    Namesakes {
        name: String,
        birth_date: String,
    },
}

/// The result of a `Request`.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    Employees(Vec<EmployeeRow>),
    EmployeeDetail(i64, Option<Box<EmployeeDetail>>),
    Trainings(Vec<TrainingRow>),
    Participants(i64, Vec<ParticipantRow>),
    Partners(Vec<PartnerRow>),
    Agreements(Vec<AgreementRow>),
    Internships(Vec<InternshipRow>),
    EvaluationPeriods(Vec<PeriodRef>),
    Evaluations(PeriodRef, Vec<EvaluationRow>),
    Compliance(Vec<UnitCompliance>),
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
    /// Save a new employee although someone with the same name and birth
    /// date is stored (the form's pending save goes ahead on `y`).
    SaveNamesake { others: Vec<Namesake> },
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
}

/// What a successful save reports back.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The record saved (for an assessment or a status change: the employee).
    pub id: i64,
    pub then_new: bool,
}

/// A list written to a CSV file (`x`).
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
    Export(ExportJob),
    Save(Save),
    Suspend,
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

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 12;

/// The model.
#[derive(Debug, Clone)]
pub struct App {
    pub lang: Lang,
    pub theme: Theme,
    pub read_only: bool,
    /// Database file name shown in the title bar.
    pub db_label: String,
    pub tab: Tab,
    pub width: u16,
    pub height: u16,
    pub settings: Settings,
    /// "Today" for statuses: the reference date of a seeded database, or the real date.
    pub today: NaiveDate,
    /// The filter of the current list has the keyboard.
    pub filtering: bool,
    pub help: bool,
    pub help_scroll: usize,
    pub status: Option<Status>,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    pub employees: EmployeesState,
    pub training: TrainingState,
    pub partnerships: PartnershipsState,
    pub evaluation: EvaluationState,
    pub monitoring: MonitoringState,
    /// The open form, if any (it has the keyboard).
    pub form: Option<FormScreen>,
    /// A yes/no question, if any (it has the keyboard).
    pub question: Option<Question>,
    /// Keys typed into a form while its save was under way: they go to the
    /// form (or the screen after it) once the save is answered, so none is
    /// lost (a save-and-new series goes on typing the next record).
    pub queued_keys: Vec<KeyEvent>,
}

/// How the app starts.
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub lang: Lang,
    pub theme: Theme,
    pub read_only: bool,
    pub db_label: String,
    pub settings: Settings,
    pub real_today: NaiveDate,
    pub width: u16,
    pub height: u16,
}

impl App {
    /// The model and the reads for the first screen.
    pub fn new(cfg: AppConfig) -> (App, Vec<Effect>) {
        let today = cfg.settings.today(cfg.real_today);
        let app = App {
            lang: cfg.lang,
            theme: cfg.theme,
            read_only: cfg.read_only,
            db_label: cfg.db_label,
            tab: Tab::Employees,
            width: cfg.width,
            height: cfg.height,
            settings: cfg.settings,
            today,
            filtering: false,
            help: false,
            help_scroll: 0,
            status: None,
            quit: false,
            dirty: true,
            employees: EmployeesState::default(),
            training: TrainingState::default(),
            partnerships: PartnershipsState::default(),
            evaluation: EvaluationState::default(),
            monitoring: MonitoringState::default(),
            form: None,
            question: None,
            queued_keys: Vec::new(),
        };
        let effects = app.loads_for(Tab::Employees);
        (app, effects)
    }

    /// The year whose JP the lists show.
    pub fn year(&self) -> i32 {
        self.today.year()
    }

    pub fn too_small(&self) -> bool {
        self.width < MIN_WIDTH || self.height < MIN_HEIGHT
    }

    /// Rows available to the body (between the tab bar and the two bottom lines).
    pub fn body_height(&self) -> usize {
        self.height.saturating_sub(3) as usize
    }

    /// Where the keyboard focus is.
    pub fn screen(&self) -> Screen {
        if self.help {
            return Screen::Help;
        }
        if self.question.is_some() {
            return Screen::Question;
        }
        if self.form.is_some() {
            return Screen::Form;
        }
        if self.filtering {
            return Screen::Filter;
        }
        self.list_screen()
    }

    /// The screen of the current tab, ignoring the help popup and the filter input.
    pub fn list_screen(&self) -> Screen {
        match self.tab {
            Tab::Employees if self.employees.detail.is_some() => Screen::EmployeeDetail,
            Tab::Employees if self.employees.is_reference() => Screen::Reference,
            Tab::Employees if self.employees.is_retiring() => Screen::Retiring,
            Tab::Employees => Screen::EmployeeList,
            Tab::Training if self.training.participants.is_some() => Screen::Participants,
            Tab::Training => Screen::TrainingList,
            Tab::Partnerships if self.partnerships.on_partners() => Screen::Partners,
            Tab::Partnerships => Screen::Partnerships,
            Tab::Evaluation => Screen::EvaluationList,
            Tab::Monitoring => Screen::Monitoring,
        }
    }

    /// Reads a tab needs before it can show anything.
    fn loads_for(&self, tab: Tab) -> Vec<Effect> {
        let year = self.year();
        let reqs: Vec<Request> = match tab {
            Tab::Employees if self.employees.is_retiring() => {
                if self.employees.retiring.list.loaded {
                    vec![]
                } else {
                    vec![Request::Retirements {
                        today: self.today,
                        months: self.settings.retirement_months,
                    }]
                }
            }
            Tab::Employees if self.employees.is_reference() => {
                use crate::tui::tabs::reference::Sub;
                let r = &self.employees.reference;
                match r.sub {
                    Sub::Units if !r.is_loaded(Sub::Units) => vec![Request::Units],
                    Sub::Competencies if !r.is_loaded(Sub::Competencies) => {
                        vec![Request::Competencies]
                    }
                    Sub::Standards if !r.is_loaded(Sub::Standards) => vec![Request::Standards],
                    _ => vec![],
                }
            }
            Tab::Employees if !self.employees.list.loaded => vec![Request::Employees {
                year,
                include_inactive: self.employees.include_inactive,
            }],
            Tab::Training if !self.training.list.loaded => vec![Request::Trainings],
            Tab::Partnerships if !self.partnerships.loaded() => {
                vec![Request::Partners, Request::Agreements, Request::Internships]
            }
            Tab::Evaluation if !self.evaluation.periods_loaded => vec![Request::EvaluationPeriods],
            Tab::Monitoring if !self.monitoring.loaded() => vec![
                Request::Compliance {
                    year,
                    target: self.settings.target_jp,
                },
                Request::Agreements,
            ],
            _ => vec![],
        };
        reqs.into_iter().map(Effect::Load).collect()
    }

    /// Reads that refresh what is on screen (after another session wrote).
    fn reloads(&mut self) -> Vec<Effect> {
        let year = self.year();
        self.employees.list.loaded = false;
        self.employees.retiring.list.loaded = false;
        self.employees.reference.mark_stale();
        self.training.list.loaded = false;
        self.partnerships.mark_stale();
        self.evaluation.periods_loaded = false;
        self.monitoring.mark_stale();
        let mut effects = self.loads_for(self.tab);
        if let Some(id) = self.employees.detail.as_ref().map(|d| d.id)
            && self.tab == Tab::Employees
        {
            effects.push(Effect::Load(Request::EmployeeDetail(id)));
        }
        if let Some(id) = self.training.participants.as_ref().map(|p| p.training.id)
            && self.tab == Tab::Training
        {
            effects.push(Effect::Load(Request::Participants(id)));
        }
        let _ = year;
        effects
    }
}

/// The one place the model changes.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    app.dirty = true;
    match msg {
        Msg::Resize(w, h) => {
            app.width = w;
            app.height = h;
            let hh = app.body_height();
            app.employees.fit(hh);
            app.training.fit(hh);
            app.partnerships.fit(hh);
            app.evaluation.fit(hh);
            app.monitoring.fit(hh);
            vec![]
        }
        Msg::Loaded(data) => on_loaded(app, data),
        Msg::LoadFailed(err) => {
            app.status = Some(Status::Error(crate::i18n::tui::load_failed(app.lang, &err)));
            vec![]
        }
        Msg::Exported(result) => {
            use crate::i18n::tui as tx;
            app.status = Some(match result {
                Exported::Written {
                    rows,
                    path,
                    moved: None,
                } => Status::Info(tx::exported(app.lang, rows, &path)),
                // Written, but not where `x` promises: worth the warning colour.
                Exported::Written {
                    rows,
                    path,
                    moved: Some(cause),
                } => Status::Error(tx::exported_elsewhere(app.lang, rows, &path, cause)),
                Exported::Failed { folders, cause } => {
                    Status::Error(tx::export_failed(app.lang, &folders, cause))
                }
            });
            vec![]
        }
        Msg::SaveWaiting { seconds } => {
            let text = crate::i18n::tui::save_waiting(app.lang, seconds);
            app.status = Some(Status::Info(text));
            vec![]
        }
        Msg::DataChanged => {
            // The answer to the key just pressed (a refusal, "saved"…) matters
            // more than the note about the reload; keep it when there is one.
            if app.status.is_none() {
                let text = crate::i18n::tui::DATA_REFRESHED.get(app.lang).to_string();
                app.status = Some(Status::Info(text));
            }
            app.reloads()
        }
        Msg::Key(action) => {
            // A message stays until the next key.
            app.status = None;
            on_key(app, action)
        }
        Msg::FormKey(key) => on_form_key(app, key),
        Msg::FormPaste(text) => {
            if let Some(fs) = app.form.as_mut() {
                // Line breaks and tabs from a copied block become spaces, so
                // pasted words never run together.
                let text: String = text
                    .chars()
                    .map(|c| if c.is_control() { ' ' } else { c })
                    .collect();
                let outcome = fs.form.paste(&text);
                return on_form_outcome(app, outcome);
            }
            vec![]
        }
        Msg::Saved(save, result) => on_saved(app, save, result),
    }
}

fn on_loaded(app: &mut App, data: Loaded) -> Vec<Effect> {
    let h = app.body_height();
    let today = app.today;
    let warn = app.settings.warn_days;
    match data {
        Loaded::Employees(rows) => app.employees.set_rows(rows, h),
        Loaded::EmployeeDetail(id, detail) => app.employees.set_detail(id, detail),
        Loaded::Trainings(rows) => app.training.set_rows(rows, h),
        Loaded::Participants(id, rows) => app.training.set_participants(id, rows, h),
        Loaded::Partners(rows) => app.partnerships.set_partners(rows, h),
        Loaded::Agreements(rows) => {
            app.monitoring.set_agreements(&rows, today, warn, h);
            app.partnerships.set_agreements(rows, h);
        }
        Loaded::Internships(rows) => app.partnerships.set_internships(rows, h),
        Loaded::EvaluationPeriods(periods) => return app.evaluation.set_periods(periods),
        Loaded::Evaluations(p, rows) => app.evaluation.set_rows(p, rows, h),
        Loaded::Compliance(rows) => app.monitoring.set_compliance(rows, h),
        Loaded::Retirements(rows) => app.employees.retiring.set_rows(rows, h),
        Loaded::PensionForm { id, date, info } => form_flow::on_pension_info(app, id, date, info),
        Loaded::EmployeeState {
            id,
            for_status,
            info,
        } => on_delete_info(app, id, for_status, info),
        Loaded::Units(rows) => app.employees.reference.set_units(rows, h),
        Loaded::Competencies(rows) => app.employees.reference.set_competencies(rows, h),
        Loaded::Standards(rows) => app.employees.reference.set_standards(rows, h),
        Loaded::RecordForEdit(target, data) => on_record_for_edit(app, target, data),
        Loaded::Lookup { field, items } => {
            if let Some(fs) = app.form.as_mut() {
                fs.form.set_lookup_results(field, items);
            }
        }
        Loaded::Namesakes(others) => return form_flow::on_namesakes(app, others),
    }
    vec![]
}

fn on_key(app: &mut App, action: Action) -> Vec<Effect> {
    let h = app.body_height();
    if app.help {
        match action {
            Action::Help => app.help = false,
            // Over a form, quitting goes through the form: it asks before
            // anything typed is lost.
            Action::Quit if app.form.is_some() => {
                app.help = false;
                let ctrl_c = KeyEvent::new(
                    ratatui::crossterm::event::KeyCode::Char('c'),
                    ratatui::crossterm::event::KeyModifiers::CONTROL,
                );
                return on_form_key(app, ctrl_c);
            }
            Action::Quit => app.quit = true,
            Action::Up => app.help_scroll = app.help_scroll.saturating_sub(1),
            Action::Down => {
                app.help_scroll = (app.help_scroll + 1).min(crate::tui::view::help_max_scroll(app))
            }
            Action::PageUp => app.help_scroll = app.help_scroll.saturating_sub(h),
            Action::PageDown => {
                app.help_scroll = (app.help_scroll + h).min(crate::tui::view::help_max_scroll(app))
            }
            Action::Home => app.help_scroll = 0,
            Action::End => app.help_scroll = crate::tui::view::help_max_scroll(app),
            Action::Suspend => return vec![Effect::Suspend],
            _ => {}
        }
        return vec![];
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Suspend => return vec![Effect::Suspend],
        Action::Help => {
            app.help = true;
            app.help_scroll = 0;
        }
        Action::GoTab(i) => return go_tab(app, Tab::ALL[i.min(4)]),
        Action::NextTab => return go_tab(app, Tab::ALL[(app.tab.index() + 1) % 5]),
        Action::PrevTab => return go_tab(app, Tab::ALL[(app.tab.index() + 4) % 5]),
        Action::Up => move_cursor(app, -1),
        Action::Down => move_cursor(app, 1),
        Action::PageUp => move_cursor(app, -(page(app) as isize)),
        Action::PageDown => move_cursor(app, page(app) as isize),
        Action::Home => move_cursor(app, isize::MIN / 2),
        Action::End => move_cursor(app, isize::MAX / 2),
        Action::Filter => app.filtering = true,
        Action::FilterChar(c) => {
            let mut f = current_filter(app);
            f.push(c);
            set_filter(app, &f);
        }
        Action::FilterBackspace => {
            let mut f = current_filter(app);
            f.pop();
            set_filter(app, &f);
        }
        Action::FilterAccept => app.filtering = false,
        Action::FilterClear => {
            app.filtering = false;
            set_filter(app, "");
        }
        Action::Open => return open(app),
        Action::Back => back(app),
        Action::PrevSub => return sub(app, -1),
        Action::NextSub => return sub(app, 1),
        Action::Export => return export(app),
        Action::Yes => match app.question.take() {
            Some(Question::DeleteEmployee {
                id, version, name, ..
            }) => {
                let target = FormTarget::edit(&crate::tui::forms::employee::KIND, id, version);
                return vec![Effect::Save(Save::Delete { target, name })];
            }
            Some(Question::DeleteRecord { target, name }) => {
                return vec![Effect::Save(Save::Delete { target, name })];
            }
            Some(Question::SaveNamesake { .. }) => return form_flow::save_pending(app),
            None => {}
        },
        Action::NotHere(c) => {
            let screen = app.tab.title().get(app.lang);
            app.status = Some(Status::Info(crate::i18n::tui::not_here(
                app.lang, c, screen,
            )));
        }
        Action::No => {
            if let Some(Question::SaveNamesake { .. }) = app.question.take() {
                form_flow::drop_pending(app);
            }
        }
        Action::New | Action::Edit | Action::Delete | Action::Status | Action::Assess => {
            return form_flow::on_record_action(app, action);
        }
        Action::ToggleInactive => {
            app.employees.include_inactive = !app.employees.include_inactive;
            app.employees.list.loaded = false;
            let text = if app.employees.include_inactive {
                crate::i18n::tui::SHOWING_ALL
            } else {
                crate::i18n::tui::SHOWING_IN_SERVICE
            };
            app.status = Some(Status::Info(text.get(app.lang).to_string()));
            return app.loads_for(Tab::Employees);
        }
    }
    vec![]
}
