//! The model, the messages and the one `update` that changes the model.
//! `update` does no IO: it returns effects that the runner carries out (reads
//! from the database, file writes) and whose results come back as messages.

mod evaluation_flow;
mod form_flow;
mod msg;
mod navigation;
mod participants_flow;
mod partnership_flow;
mod plan_flow;

pub use msg::*;

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
use crate::tui::tabs::screen::{Opened, TabCtx, TabScreen};
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
    /// A record's history shown over the screen (`h`).
    pub history: Option<crate::tui::tabs::history::HistoryView>,
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
    /// Whom the edit form being loaded is about (for its title).
    pub pending_subject: String,
    /// A tab left let its long list go: the main loop gives the freed
    /// memory back to the system and clears this.
    pub released: bool,
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
        let mut app = App {
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
            history: None,
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
            pending_subject: String::new(),
            released: false,
        };
        let effects = app.loads_for(Tab::Employees);
        (app, effects)
    }

    /// The year whose JP the lists show.
    /// The list on screen shows only its first rows while the rest is read
    /// (a long list: the count waits, the frame does not).
    pub fn shows_head_only(&self) -> bool {
        match self.tab {
            Tab::Employees => self.employees.head_only,
            Tab::Training => {
                self.training.head_only
                    && self.training.participants.is_none()
                    && self.training.needs.is_none()
            }
            Tab::Evaluation => {
                self.evaluation.head_only
                    && self.evaluation.grid.is_none()
                    && !self.evaluation.queue
            }
            _ => false,
        }
    }

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

    /// The tab shown and its sub-list where it has several ("Pegawai ·
    /// Standar kompetensi"), as a key that does nothing names the place.
    pub fn place_name(&self) -> String {
        let tab = self.tab.title().get(self.lang);
        match self.tab_screen(self.tab).place(self.lang) {
            Some(sub) => format!("{tab} · {sub}"),
            None => tab.to_string(),
        }
    }

    /// Where the keyboard focus is.
    pub fn screen(&self) -> Screen {
        if self.help {
            return Screen::Help;
        }
        if self.history.is_some() {
            return Screen::History;
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
            Tab::Employees if self.employees.detail.as_ref().is_some_and(|d| d.plan_focus) => {
                Screen::EmployeePlan
            }
            Tab::Employees if self.employees.detail.is_some() => Screen::EmployeeDetail,
            Tab::Employees if self.employees.is_units() => Screen::Units,
            Tab::Employees if self.employees.is_reference() => Screen::Reference,
            Tab::Employees if self.employees.is_retiring() => Screen::Retiring,
            Tab::Employees => Screen::EmployeeList,
            Tab::Training if self.training.needs.is_some() => Screen::TrainingNeeds,
            Tab::Training
                if self
                    .training
                    .participants
                    .as_ref()
                    .is_some_and(|p| p.edit.is_some()) =>
            {
                Screen::ResultRow
            }
            Tab::Training if self.training.participants.is_some() => Screen::Participants,
            Tab::Training => Screen::TrainingList,
            Tab::Partnerships if self.partnerships.on_partners() => Screen::Partners,
            Tab::Partnerships if self.partnerships.partner.is_some() => Screen::PartnerDetail,
            Tab::Partnerships if self.partnerships.on_agreements() => Screen::Agreements,
            Tab::Partnerships if self.partnerships.on_internships() => Screen::Internships,
            Tab::Partnerships if self.partnerships.agreement.is_some() => Screen::AgreementDetail,
            Tab::Partnerships => Screen::InternDetail,
            Tab::Evaluation if self.evaluation.grid.is_some() => Screen::EvaluationGrid,
            Tab::Evaluation if self.evaluation.queue => Screen::FollowUps,
            Tab::Evaluation if self.evaluation.detail.is_some() => Screen::EvaluationDetail,
            Tab::Evaluation => Screen::EvaluationList,
            Tab::Monitoring if self.monitoring.sub == crate::tui::tabs::monitoring::Sub::Effect => {
                if self.monitoring.effect.is_some() {
                    Screen::EffectParticipants
                } else {
                    Screen::EffectTrainings
                }
            }
            Tab::Monitoring => Screen::Monitoring,
        }
    }

    /// Reads a tab needs before it can show anything.
    /// What a tab needs from the app (lang, reference date, settings).
    fn with_ctx<T>(&mut self, f: impl FnOnce(&mut Self, &TabCtx<'_>) -> T) -> T {
        let settings = self.settings.clone();
        let ctx = self.tab_ctx(&settings);
        f(self, &ctx)
    }

    /// The context tabs load, draw and export with.
    pub fn tab_ctx<'a>(&self, settings: &'a crate::db::model::Settings) -> TabCtx<'a> {
        TabCtx {
            lang: self.lang,
            today: self.today,
            settings,
            theme: self.theme,
        }
    }

    /// Tab `tab` behind the one list-screen interface.
    pub fn tab_screen(&self, tab: Tab) -> &dyn TabScreen {
        match tab {
            Tab::Employees => &self.employees,
            Tab::Training => &self.training,
            Tab::Partnerships => &self.partnerships,
            Tab::Evaluation => &self.evaluation,
            Tab::Monitoring => &self.monitoring,
        }
    }

    pub fn tab_screen_mut(&mut self, tab: Tab) -> &mut dyn TabScreen {
        match tab {
            Tab::Employees => &mut self.employees,
            Tab::Training => &mut self.training,
            Tab::Partnerships => &mut self.partnerships,
            Tab::Evaluation => &mut self.evaluation,
            Tab::Monitoring => &mut self.monitoring,
        }
    }

    /// Reads of what tab `tab` shows that are not loaded yet.
    fn loads_for(&mut self, tab: Tab) -> Vec<Effect> {
        self.with_ctx(|app, ctx| app.tab_screen(tab).loads(ctx))
            .into_iter()
            .map(Effect::Load)
            .collect()
    }

    /// Reads that refresh what is on screen (after another session wrote):
    /// every tab is stale, the one shown reads again now.
    fn reloads(&mut self) -> Vec<Effect> {
        for tab in Tab::ALL {
            self.tab_screen_mut(tab).mark_stale();
        }
        let tab = self.tab;
        let mut reqs = self.with_ctx(|app, ctx| app.tab_screen_mut(tab).reloads(ctx));
        // A province-sized employee list is not read again whole in every
        // session each time someone saves (a hundred sessions would each
        // read 100,000 rows): the rows on screen now, the rest at the next
        // key — beside the keys either way.
        if self.employees.list.total() > LONG_LIST {
            let ids = self.employees.ids_on_screen(self.body_height());
            for r in &mut reqs {
                if let Request::Employees { year, .. } = *r {
                    *r = Request::EmployeeRows {
                        year,
                        ids: ids.clone(),
                    };
                    self.employees.list.loaded = true;
                    self.employees.rest_stale = true;
                }
            }
        }
        reqs.into_iter().map(Effect::Refresh).collect()
    }

    /// After one's own save of employee `id` in a province-sized list: the
    /// saved row and the rows on screen are read at once (the keys wait for
    /// those few rows, so `e` next edits what was saved), the whole list
    /// beside the keys (a new row, or one whose name or unit moved it, takes
    /// its place when it comes, with the cursor on it). `None` for a list
    /// short enough to read again whole while the keys wait.
    pub(super) fn long_list_after_save(&mut self, id: i64) -> Option<Vec<Effect>> {
        if self.employees.list.total() <= LONG_LIST || !self.employees.list.loaded {
            return None;
        }
        let mut ids = self.employees.ids_on_screen(self.body_height());
        if !ids.contains(&id) {
            ids.push(id);
        }
        let year = self.year();
        // A row edited where it is: if it keeps its place (name, unit and
        // position unchanged, or changed within its neighbours) the list is
        // not read again at all.
        if let Some((before, after)) = self.employees.list.neighbours(|r| r.id == id) {
            let place = ListPlace {
                id,
                before: before.map(|r| r.id),
                after: after.map(|r| r.id),
            };
            return Some(vec![Effect::Load(Request::SavedEmployee {
                year,
                ids,
                place,
            })]);
        }
        Some(vec![
            Effect::Load(Request::EmployeeRows { year, ids }),
            Effect::Refresh(Request::Employees {
                year,
                include_inactive: self.employees.include_inactive,
            }),
        ])
    }
}

// Above this many rows the employee list is refreshed by the rows on
// screen when another session saves (see `App::reloads`).
use crate::tui::list::LONG_LIST;

/// The one place the model changes.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    if app.too_small() && !heard_while_too_small(app, &msg) {
        // The screen says only "too small": a key acting on what the user
        // cannot see (a `y` answering a hidden delete question, letters
        // typed into a hidden form) waits for a window they can read.
        return vec![];
    }
    app.dirty = true;
    match msg {
        Msg::Resize(w, h) => {
            app.width = w;
            app.height = h;
            let hh = app.body_height();
            for tab in Tab::ALL {
                app.tab_screen_mut(tab).fit(hh);
            }
            vec![]
        }
        Msg::Answer { request, answer } => match answer {
            Ok(data) if still_wanted(app, &request) => on_loaded(app, data),
            Ok(_) => vec![],
            Err(err) => {
                app.status = Some(Status::Error(crate::i18n::tui::load_failed(app.lang, &err)));
                vec![]
            }
        },
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
        // Suspending is no answer to anything: the message shown and the
        // form stay as they are for `fg`.
        Msg::Key(Action::Suspend) => vec![Effect::Suspend],
        // Nor is drawing the screen again.
        Msg::Key(Action::Redraw) => vec![Effect::Repaint],
        Msg::Key(action) => {
            // A message stays until the next key.
            app.status = None;
            let mut effects = vec![];
            if std::mem::take(&mut app.employees.rest_stale) {
                effects.push(Effect::Refresh(Request::Employees {
                    year: app.year(),
                    include_inactive: app.employees.include_inactive,
                }));
            }
            effects.extend(on_key(app, action));
            effects
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

/// The employee list was read (again): so are the employees of the unit it
/// keeps to, who may have changed with it (someone saved into or out of it).
fn unit_again(app: &App) -> Vec<Effect> {
    app.employees
        .unit
        .as_ref()
        .map(|u| Effect::Load(Request::UnitScope(u.id)))
        .into_iter()
        .collect()
}

/// Whether the answer to `request` still concerns what is on screen: the
/// results of a lookup whose field holds other text now (typed on meanwhile)
/// are dropped, as is the detail of an employee no longer open.
fn still_wanted(app: &App, request: &Request) -> bool {
    match request {
        Request::Lookup { field, query, .. } => app.form.as_ref().is_some_and(|fs| {
            fs.form.focus() == *field
                && fs
                    .form
                    .field(*field)
                    .is_some_and(|f| f.display.trim() == query)
        }),
        Request::EmployeeDetail(id) | Request::Development { id, .. } => {
            app.employees.detail.as_ref().is_some_and(|d| d.id == *id)
        }
        Request::EvaluationDetail(id) => {
            app.evaluation.detail.as_ref().is_some_and(|v| v.id == *id)
        }
        Request::UnitScope(id) => app.employees.unit.as_ref().is_some_and(|u| u.id == *id),
        Request::PartnerDetail(id) => app
            .partnerships
            .partner
            .as_ref()
            .is_some_and(|v| v.id == *id),
        Request::AgreementDetail(id) => app
            .partnerships
            .agreement
            .as_ref()
            .is_some_and(|v| v.id == *id),
        Request::InternDetail(id) => app
            .partnerships
            .intern
            .as_ref()
            .is_some_and(|v| v.id == *id),
        Request::TrainingEffect(id) => app.monitoring.effect_open() == Some(*id),
        Request::TrainingNeeds { id, source, .. } => app
            .training
            .needs
            .as_ref()
            .is_some_and(|n| n.training.id == *id && n.source == *source),
        _ => true,
    }
}

/// A detail's answer for record `id`: its data when that detail is still
/// open; the detail closes when the record is gone (true: say so).
fn fill_detail<D>(
    slot: &mut Option<crate::tui::tabs::DetailView<D>>,
    id: i64,
    data: Option<Box<D>>,
) -> bool {
    match slot.as_mut().filter(|v| v.id == id) {
        Some(_) if data.is_none() => {
            *slot = None;
            true
        }
        Some(v) => {
            v.data = data;
            false
        }
        None => false,
    }
}

fn on_loaded(app: &mut App, data: Loaded) -> Vec<Effect> {
    let h = app.body_height();
    let today = app.today;
    let warn = app.settings.warn_days;
    match data {
        Loaded::Employees(rows) => {
            app.employees.set_rows(rows, h);
            return unit_again(app);
        }
        // Only into an empty list: a list on screen stays until the whole
        // new one is in (the cursor keeps its row).
        Loaded::EmployeesHead(rows) if app.employees.list.total() == 0 => {
            app.employees.set_head(rows, h)
        }
        Loaded::EmployeesHead(_) => {}
        Loaded::EmployeeRows(rows) => {
            app.employees.patch_rows(rows, h);
            return unit_again(app);
        }
        Loaded::SavedEmployee { rows, place, kept } => {
            let include_inactive = app.employees.include_inactive;
            let listed = rows
                .iter()
                .find(|r| r.id == place.id)
                .is_some_and(|r| include_inactive || r.status.is_in_service());
            app.employees.patch_rows(rows, h);
            if kept && listed {
                app.employees.saved_in_place(place.id, h);
                return unit_again(app);
            } else {
                // New place, or no longer listed: the whole list, beside the
                // keys; the cursor follows the row when it comes.
                let year = app.year();
                return vec![Effect::Refresh(Request::Employees {
                    year,
                    include_inactive,
                })];
            }
        }
        Loaded::EmployeeDetail(id, detail) => {
            let found = detail.is_some();
            app.employees.set_detail(id, detail);
            // The plan and recommendations follow the detail they belong to.
            if found && app.employees.detail.as_ref().is_some_and(|d| d.id == id) {
                return vec![Effect::Load(Request::Development {
                    id,
                    today,
                    targets: app.settings.jp_targets,
                })];
            }
        }
        Loaded::Development(id, dev) => app.employees.set_development(id, dev, h),
        Loaded::Trainings(rows) => {
            app.training.set_rows(rows, h);
            if let Some(id) = app.training.open_after_load.take()
                && app.training.open_id(id, h)
            {
                return vec![Effect::Load(Request::Participants(id))];
            }
        }
        Loaded::TrainingsHead(rows) => app.training.set_head(rows, h),
        Loaded::Participants(id, rows) => app.training.set_participants(id, rows, h),
        Loaded::TrainingNeeds(id, rows) => {
            if let Some(n) = app.training.needs.as_mut().filter(|n| n.training.id == id) {
                n.set_rows(rows, h);
            }
        }
        Loaded::Partners(rows) => app.partnerships.set_partners(rows, h),
        Loaded::Agreements(rows) => {
            app.monitoring.set_agreements(&rows, today, warn, h);
            app.partnerships.set_agreements(rows, h);
        }
        Loaded::Internships(rows) => app.partnerships.set_internships(rows, h),
        Loaded::EvaluationDetail(id, data) => {
            if fill_detail(&mut app.evaluation.detail, id, data) {
                app.status = Some(Status::Error(
                    crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
                ));
            }
        }
        Loaded::PartnerDetail(id, data) => {
            if fill_detail(&mut app.partnerships.partner, id, data) {
                app.status = Some(Status::Error(
                    crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
                ));
            }
        }
        Loaded::AgreementDetail(id, data) => {
            if let Some(v) = app.partnerships.agreement.as_mut().filter(|v| v.id == id) {
                if data.is_none() {
                    app.partnerships.agreement = None;
                    app.status = Some(Status::Error(
                        crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
                    ));
                } else {
                    v.data = data;
                }
            }
        }
        Loaded::InternDetail(id, data) => {
            let select = app.partnerships.select_entry_after_load.take();
            if let Some(v) = app.partnerships.intern.as_mut().filter(|v| v.id == id) {
                if data.is_none() {
                    app.partnerships.intern = None;
                    app.status = Some(Status::Error(
                        crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
                    ));
                } else {
                    v.set_data(data, select);
                }
            }
        }
        Loaded::EvaluationPeriods(periods) => return app.evaluation.set_periods(periods),
        Loaded::EvaluationGrid(data) => evaluation_flow::on_grid(app, data),
        Loaded::FollowUps(rows) => app.evaluation.set_follow_ups(rows, h),
        Loaded::History(entries) => {
            if let Some(v) = app.history.as_mut() {
                v.entries = Some(entries);
            }
        }
        Loaded::Evaluations(p, rows) => app.evaluation.set_rows(p, rows, h),
        Loaded::EvaluationsHead(p, rows) => app.evaluation.set_head(p, rows, h),
        Loaded::Compliance(rows) => app.monitoring.set_compliance(rows, h),
        Loaded::Partnership(rows) => app.monitoring.set_partnership(rows, h),
        Loaded::Review(rows) => app.monitoring.set_review(rows, h),
        Loaded::TrainingEffect(id, rows) => app.monitoring.set_effect(id, rows, h),
        Loaded::Retirements(rows) => app.employees.retiring.set_rows(rows, h),
        Loaded::PensionForm { id, date, info } => form_flow::on_pension_info(app, id, date, info),
        Loaded::EmployeeState {
            id,
            for_status,
            info,
        } => on_delete_info(app, id, for_status, info),
        Loaded::Units(rows) => app.employees.reference.set_units(rows, h),
        Loaded::UnitScope(_, Some(scope)) => app.employees.set_unit_scope(scope, h),
        Loaded::UnitScope(id, None) => {
            // The unit was deleted meanwhile: every unit again.
            if app.employees.unit.as_ref().is_some_and(|u| u.id == id) {
                app.employees.clear_unit(h);
                app.status = Some(Status::Error(
                    crate::i18n::tui::RECORD_NOT_FOUND.get(app.lang).to_string(),
                ));
            }
        }
        Loaded::Competencies(rows) => app.employees.reference.set_competencies(rows, h),
        Loaded::Standards(rows) => app.employees.reference.set_standards(rows, h),
        Loaded::RecordForEdit(target, data) => on_record_for_edit(app, target, data),
        Loaded::Lookup { field, items, more } => {
            if let Some(fs) = app.form.as_mut() {
                fs.form.set_lookup_results_of_more(field, items, more);
            }
        }
        answer @ (Loaded::Namesakes(_) | Loaded::OpenResults(_)) => {
            return form_flow::on_confirm_answer(app, answer);
        }
    }
    vec![]
}

/// The messages taken while the terminal is too small to show anything but
/// the notice: all but keys, and of keys Ctrl-Z, Ctrl-L and, with no form
/// open (nothing typed to lose), quitting.
fn heard_while_too_small(app: &App, msg: &Msg) -> bool {
    match msg {
        Msg::Key(Action::Suspend | Action::Redraw) => true,
        Msg::Key(Action::Quit) => app.form.is_none(),
        Msg::Key(_) | Msg::FormKey(_) | Msg::FormPaste(_) => false,
        _ => true,
    }
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
    // Read-only refuses every action that writes, whatever key asked for it.
    if app.read_only && action.writes() {
        let text = crate::i18n::tui::READ_ONLY_REFUSED
            .get(app.lang)
            .to_string();
        app.status = Some(Status::Error(text));
        return vec![];
    }
    match action {
        Action::Quit => app.quit = true,
        Action::Suspend => return vec![Effect::Suspend],
        Action::Redraw => return vec![Effect::Repaint],
        Action::Help => {
            app.help = true;
            app.help_scroll = 0;
        }
        Action::GoTab(i) => return go_tab(app, Tab::ALL[i.min(4)]),
        Action::NextTab => return go_tab(app, Tab::ALL[(app.tab.index() + 1) % 5]),
        Action::PrevTab => return go_tab(app, Tab::ALL[(app.tab.index() + 4) % 5]),
        Action::Up | Action::Down if app.history.is_some() => {
            if let Some(v) = app.history.as_mut() {
                v.scroll = if action == Action::Up {
                    v.scroll.saturating_sub(1)
                } else {
                    v.scroll + 1
                };
            }
        }
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
        Action::Open if app.list_screen() == Screen::EvaluationGrid => {
            return evaluation_flow::open_row_form(app);
        }
        Action::PrevSub | Action::NextSub if app.list_screen() == Screen::EvaluationGrid => {
            let delta = if action == Action::NextSub { 1 } else { -1 };
            return evaluation_flow::switch(app, delta, 0);
        }
        Action::Period(d) => return evaluation_flow::switch(app, 0, i64::from(d)),
        Action::UnitGrid => return evaluation_flow::open_grid(app),
        Action::FollowUps => {
            app.evaluation.queue = !app.evaluation.queue;
            app.filtering = false;
            return app.loads_for(Tab::Evaluation);
        }
        Action::Open if app.list_screen() == Screen::FollowUps => {
            evaluation_flow::open_follow_up(app)
        }
        Action::Rate(r) => return evaluation_flow::rate(app, r),
        Action::History => return form_flow::open_history(app),
        Action::CloseHistory => app.history = None,

        Action::OrgPredicate => return evaluation_flow::cycle_org(app),
        Action::CellMove(d) if app.list_screen() == Screen::EvaluationGrid => {
            evaluation_flow::cell_move(app, d)
        }
        Action::RowLeave(d) if app.list_screen() == Screen::EvaluationGrid => {
            return evaluation_flow::row_leave(app, d);
        }
        Action::New if app.list_screen() == Screen::EvaluationList => {
            evaluation_flow::new_evaluation(app)
        }
        Action::Open if app.list_screen() == Screen::InternDetail => {
            return partnership_flow::on_intern_detail(app, action);
        }
        Action::Open => return open(app),
        Action::Renew => return partnership_flow::renew(app),
        Action::Feedback => return partnership_flow::feedback(app),
        Action::Back => back(app),
        Action::PrevSub => return sub(app, -1),
        Action::NextSub => return sub(app, 1),
        Action::Export => return export(app, ExportFormat::Xlsx),
        Action::ExportCsv => return export(app, ExportFormat::Csv),
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
            Some(Question::ConfirmSave { .. }) => return form_flow::save_pending(app),
            Some(Question::AddParticipants {
                training,
                name,
                ids,
                source,
                ..
            }) => return participants_flow::add_shown(training, name, ids, source),
            None => {}
        },
        Action::NotHere(c) => {
            let screen = app.place_name();
            app.status = Some(Status::Info(crate::i18n::tui::not_here(
                app.lang, c, &screen,
            )));
        }
        Action::No => {
            if let Some(Question::ConfirmSave { .. }) = app.question.take() {
                form_flow::drop_pending(app);
            }
        }
        Action::SetResult(status) => return participants_flow::on_set_result(app, status),
        Action::New | Action::Edit | Action::Delete
            if app.list_screen() == Screen::InternDetail =>
        {
            return partnership_flow::on_intern_detail(app, action);
        }
        Action::New | Action::Edit | Action::Delete | Action::Status | Action::Assess => {
            return form_flow::on_record_action(app, action);
        }
        Action::Plan => {
            if !app.employees.toggle_plan_focus(h) {
                let text = crate::i18n::development::STILL_LOADING.get(app.lang);
                app.status = Some(Status::Info(text.to_string()));
            }
        }
        Action::FillPlan => return plan_flow::fill_plan(app),
        Action::AddShown => return participants_flow::ask_add_shown(app),
        Action::NextCandidates => return participants_flow::next_candidates(app),
        Action::EditRow => participants_flow::edit_row(app),
        Action::CellChar(c) => participants_flow::cell_char(app, c),
        Action::CellBackspace => participants_flow::cell_backspace(app),
        Action::CellClear => participants_flow::cell_clear(app),
        Action::CellMove(d) => participants_flow::cell_move(app, d),
        Action::RowLeave(d) => return participants_flow::row_leave(app, d),
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
