//! One interface for every tab (issue 7 item 2): moving, filtering, the
//! sub-lists, opening and leaving a detail, what to load and the `x` export
//! of what is shown. The app dispatches to the active tab through
//! [`TabScreen`]; each tab answers for the sub-list it shows.

use super::employees::EmployeesState;
use super::evaluation::EvaluationState;
use super::monitoring::MonitoringState;
use super::partnerships::PartnershipsState;
use super::training::TrainingState;
use super::training_needs::NeedsState;
use crate::db::model::Settings;
use crate::i18n::Lang;
use crate::tui::app::{ExportJob, Request};
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// What a tab needs to know from the app to load, draw and export.
pub struct TabCtx<'a> {
    pub lang: Lang,
    /// The reference date (the seed's `tanggal_acuan`, else today).
    pub today: NaiveDate,
    pub settings: &'a Settings,
    pub theme: Theme,
}

impl TabCtx<'_> {
    pub fn year(&self) -> i32 {
        chrono::Datelike::year(&self.today)
    }
}

/// What happened to `Enter`.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// A detail opened; these reads fill it.
    Loads(Vec<Request>),
    /// `Enter` does nothing on this list (said in one line by the app).
    NotHere,
    /// The row is a record kept in another tab: open it there.
    Elsewhere(Jump),
}

/// A record a report row stands for, opened in its own tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Jump {
    /// An employee's detail, in tab 1.
    Employee(i64),
    /// A training's participants, in tab 2.
    Training(i64),
    /// An agreement, in tab 3.
    Agreement(i64),
    /// An internship, in tab 3.
    Internship(i64),
    /// An evaluation, in tab 4.
    Evaluation(i64),
    /// The employees of a unit and its sub-units: tab 1's list kept to them.
    Unit(i64),
    /// The interns placed in a unit: tab 3's Magang list kept to them.
    HostUnit(i64),
}

/// Every tab, with the sub-list it shows.
pub trait TabScreen {
    /// The body is `h` lines high (after a resize).
    fn fit(&mut self, h: usize);
    /// The filter of the list shown ("" where there is none).
    fn filter(&self) -> &str {
        ""
    }
    fn set_filter(&mut self, _text: &str, _h: usize) {}
    fn move_cursor(&mut self, delta: isize, h: usize);
    /// (selected, shown, total) of the list shown, for the status line
    /// (`None` on a detail).
    fn position(&self) -> Option<(usize, usize, usize)>;
    /// Draws what it shows into the body.
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>);
    /// `[` / `]`: the next or previous sub-list; the reads it needs.
    fn switch(&mut self, _delta: isize, _ctx: &TabCtx<'_>) -> Vec<Request> {
        Vec::new()
    }
    /// The sub-list shown, where the tab has several: a key that does
    /// nothing says where ("Enter … belum berlaku di Pegawai · Standar
    /// kompetensi").
    fn place(&self, _lang: crate::i18n::Lang) -> Option<&'static str> {
        None
    }
    /// The unit the list shown keeps to (`Enter` on a unit), for the status
    /// line: its short name and how many units under it count too.
    fn kept_to(&self) -> Option<(&str, usize)> {
        None
    }
    /// `Enter` on the selected row.
    fn open(&mut self) -> Opened {
        Opened::NotHere
    }
    /// `Esc`: leaves a detail; false when none is open (the app then clears
    /// the filter).
    fn back(&mut self) -> bool {
        false
    }
    /// The list as shown (filter applied), for `x`.
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob;
    /// Reads of what it shows that are not loaded yet.
    fn loads(&self, ctx: &TabCtx<'_>) -> Vec<Request>;
    /// Reads to refresh what it shows (another session wrote).
    fn reloads(&mut self, ctx: &TabCtx<'_>) -> Vec<Request> {
        self.mark_stale();
        self.loads(ctx)
    }
    /// Everything it shows is read again when next needed.
    fn mark_stale(&mut self);
    /// The tab is left for another: a province-sized list only this tab
    /// shows is let go (read again, head first, when the tab is shown
    /// again), so a session does not hold every tab's 100,000 rows at once.
    /// True when something was let go.
    fn leave(&mut self) -> bool {
        false
    }
}

impl TabScreen for EmployeesState {
    fn kept_to(&self) -> Option<(&str, usize)> {
        EmployeesState::kept_to(self)
    }
    fn place(&self, lang: crate::i18n::Lang) -> Option<&'static str> {
        (self.sub > 0 && self.detail.is_none())
            .then(|| super::employees::sub_names(lang, u16::MAX)[self.sub])
    }
    fn fit(&mut self, h: usize) {
        EmployeesState::fit(self, h)
    }
    fn filter(&self) -> &str {
        EmployeesState::filter(self)
    }
    fn set_filter(&mut self, text: &str, h: usize) {
        EmployeesState::set_filter(self, text, h)
    }
    fn move_cursor(&mut self, delta: isize, h: usize) {
        EmployeesState::move_cursor(self, delta, h)
    }
    fn position(&self) -> Option<(usize, usize, usize)> {
        if self.detail.is_some() {
            None
        } else if self.is_reference() {
            Some(self.reference.position())
        } else if self.is_retiring() {
            Some(self.retiring.list.position())
        } else {
            Some(self.list.position())
        }
    }
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>) {
        let cx = super::employees::RenderContext {
            targets: ctx.settings.jp_targets,
            year: ctx.year(),
            today: ctx.today,
            retirement_months: ctx.settings.retirement_months,
        };
        super::employees::render(buf, area, self, ctx.lang, &ctx.theme, &cx)
    }
    fn switch(&mut self, delta: isize, ctx: &TabCtx<'_>) -> Vec<Request> {
        if self.detail.is_some() {
            return Vec::new();
        }
        EmployeesState::switch(self, delta);
        self.loads(ctx)
    }
    fn open(&mut self) -> Opened {
        if self.is_reference() && self.detail.is_none() {
            // A unit opens its employees in the Pegawai list; the
            // dictionary opens a competency in full; standards have
            // nothing more to show.
            if self.reference.sub == crate::tui::tabs::reference::Sub::Units {
                return match self.reference.selected_unit_id() {
                    Some(id) => Opened::Elsewhere(Jump::Unit(id)),
                    None => Opened::NotHere,
                };
            }
            return if self.reference.toggle_expanded() {
                Opened::Loads(Vec::new())
            } else {
                Opened::NotHere
            };
        }
        Opened::Loads(
            EmployeesState::open(self)
                .map(Request::EmployeeDetail)
                .into_iter()
                .collect(),
        )
    }
    fn back(&mut self) -> bool {
        // The plan lines give the keyboard back to the detail first.
        if let Some(d) = self.detail.as_mut().filter(|d| d.plan_focus) {
            d.plan_focus = false;
            return true;
        }
        if self.detail.take().is_some() {
            return true;
        }
        if self.is_reference() && self.reference.expanded {
            self.reference.expanded = false;
            return true;
        }
        false
    }
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob {
        EmployeesState::export(self, ctx.lang, &ctx.settings.jp_targets, ctx.today)
    }
    fn loads(&self, ctx: &TabCtx<'_>) -> Vec<Request> {
        use crate::tui::tabs::reference::Sub;
        if self.is_retiring() {
            return if self.retiring.list.loaded {
                vec![]
            } else {
                vec![Request::Retirements {
                    today: ctx.today,
                    months: ctx.settings.retirement_months,
                }]
            };
        }
        if self.is_reference() {
            let r = &self.reference;
            return match r.sub {
                Sub::Units if !r.is_loaded(Sub::Units) => vec![Request::Units],
                Sub::Competencies if !r.is_loaded(Sub::Competencies) => {
                    vec![Request::Competencies]
                }
                Sub::Standards if !r.is_loaded(Sub::Standards) => vec![Request::Standards],
                _ => vec![],
            };
        }
        if self.list.loaded {
            return vec![];
        }
        vec![Request::Employees {
            year: ctx.year(),
            include_inactive: self.include_inactive,
        }]
    }
    fn reloads(&mut self, ctx: &TabCtx<'_>) -> Vec<Request> {
        self.mark_stale();
        let mut reqs = self.loads(ctx);
        if let Some(id) = self.detail.as_ref().map(|d| d.id) {
            reqs.push(Request::EmployeeDetail(id));
        }
        reqs
    }
    fn mark_stale(&mut self) {
        self.list.loaded = false;
        self.retiring.list.loaded = false;
        self.reference.mark_stale();
    }
}

impl TabScreen for TrainingState {
    fn fit(&mut self, h: usize) {
        TrainingState::fit(self, h);
        if let Some(n) = self.needs.as_mut() {
            n.list.fit(NeedsState::rows_height(h));
        }
    }
    fn filter(&self) -> &str {
        match &self.needs {
            Some(n) => n.list.filter(),
            None => TrainingState::filter(self),
        }
    }
    fn set_filter(&mut self, text: &str, h: usize) {
        match self.needs.as_mut() {
            Some(n) => n.list.set_filter(text, NeedsState::rows_height(h)),
            None => TrainingState::set_filter(self, text, h),
        }
    }
    fn move_cursor(&mut self, delta: isize, h: usize) {
        match self.needs.as_mut() {
            Some(n) => n.list.move_cursor(delta, NeedsState::rows_height(h)),
            None => TrainingState::move_cursor(self, delta, h),
        }
    }
    fn position(&self) -> Option<(usize, usize, usize)> {
        Some(match (&self.needs, &self.participants) {
            (Some(n), _) => n.list.position(),
            (None, Some(p)) => p.list.position(),
            (None, None) => self.list.position(),
        })
    }
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>) {
        match &self.needs {
            Some(n) => super::training_needs::render(buf, area, n, ctx.lang, &ctx.theme, ctx.today),
            None => super::training::render(buf, area, self, ctx.lang, &ctx.theme),
        }
    }
    /// `[` / `]` on a training's participants: the employees who need it
    /// most, and back.
    fn switch(&mut self, _delta: isize, ctx: &TabCtx<'_>) -> Vec<Request> {
        if self.needs.take().is_some() {
            return Vec::new();
        }
        let Some(p) = &self.participants else {
            return Vec::new();
        };
        let needs = NeedsState::new(p.training.clone());
        let req = needs_request(&needs, ctx);
        self.needs = Some(needs);
        vec![req]
    }
    fn open(&mut self) -> Opened {
        if self.needs.is_some() {
            return Opened::NotHere;
        }
        Opened::Loads(
            TrainingState::open(self)
                .map(Request::Participants)
                .into_iter()
                .collect(),
        )
    }
    fn back(&mut self) -> bool {
        self.needs.take().is_some() || self.participants.take().is_some()
    }
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob {
        match &self.needs {
            Some(n) => n.export(ctx.lang),
            None => TrainingState::export(self, ctx.lang),
        }
    }
    fn loads(&self, _ctx: &TabCtx<'_>) -> Vec<Request> {
        if self.list.loaded {
            vec![]
        } else {
            vec![Request::Trainings]
        }
    }
    fn reloads(&mut self, ctx: &TabCtx<'_>) -> Vec<Request> {
        self.mark_stale();
        let mut reqs = self.loads(ctx);
        if let Some(id) = self.participants.as_ref().map(|p| p.training.id) {
            reqs.push(Request::Participants(id));
        }
        if let Some(n) = self.needs.as_ref() {
            reqs.push(needs_request(n, ctx));
        }
        reqs
    }
    fn mark_stale(&mut self) {
        self.list.loaded = false;
    }
}

/// The read of a training's candidates as `needs` shows them.
pub(crate) fn needs_request(needs: &NeedsState, ctx: &TabCtx<'_>) -> Request {
    Request::TrainingNeeds {
        id: needs.training.id,
        today: ctx.today,
        targets: ctx.settings.jp_targets,
        source: needs.source,
    }
}

impl TabScreen for PartnershipsState {
    fn kept_to(&self) -> Option<(&str, usize)> {
        PartnershipsState::kept_to(self)
    }
    fn place(&self, lang: crate::i18n::Lang) -> Option<&'static str> {
        Some(self.sub.name().get(lang))
    }
    fn fit(&mut self, h: usize) {
        PartnershipsState::fit(self, h)
    }
    fn filter(&self) -> &str {
        PartnershipsState::filter(self)
    }
    fn set_filter(&mut self, text: &str, h: usize) {
        PartnershipsState::set_filter(self, text, h)
    }
    fn move_cursor(&mut self, delta: isize, h: usize) {
        PartnershipsState::move_cursor(self, delta, h)
    }
    fn position(&self) -> Option<(usize, usize, usize)> {
        let detail = match self.sub {
            super::partnerships::Sub::Agreements => self.agreement.is_some(),
            super::partnerships::Sub::Internships => self.intern.is_some(),
            super::partnerships::Sub::Partners => self.partner.is_some(),
        };
        (!detail).then(|| PartnershipsState::position(self))
    }
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>) {
        let warn = ctx.settings.warn_days;
        super::partnerships::render(buf, area, self, ctx.lang, &ctx.theme, ctx.today, warn)
    }
    fn switch(&mut self, delta: isize, _ctx: &TabCtx<'_>) -> Vec<Request> {
        // `[` / `]` leave an open detail for the next list.
        self.partner = None;
        self.agreement = None;
        self.intern = None;
        PartnershipsState::switch(self, delta);
        Vec::new()
    }
    fn open(&mut self) -> Opened {
        match PartnershipsState::open(self) {
            Some(r) => Opened::Loads(vec![r]),
            None => Opened::NotHere,
        }
    }
    fn back(&mut self) -> bool {
        PartnershipsState::back(self)
    }
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob {
        PartnershipsState::export(self, ctx.lang, ctx.today, ctx.settings.warn_days)
    }
    fn loads(&self, _ctx: &TabCtx<'_>) -> Vec<Request> {
        let mut out = if self.loaded() {
            vec![]
        } else {
            vec![Request::Partners, Request::Agreements, Request::Internships]
        };
        out.extend(self.detail_loads());
        out
    }
    fn mark_stale(&mut self) {
        PartnershipsState::mark_stale(self)
    }
}

impl TabScreen for EvaluationState {
    fn fit(&mut self, h: usize) {
        EvaluationState::fit(self, h)
    }
    fn filter(&self) -> &str {
        if self.grid.is_some() {
            // The grid has no filter: the list's, under it, is not its.
            ""
        } else if self.queue {
            self.follow_ups.filter()
        } else {
            self.list.filter()
        }
    }
    fn set_filter(&mut self, text: &str, h: usize) {
        EvaluationState::set_filter(self, text, h)
    }
    fn move_cursor(&mut self, delta: isize, h: usize) {
        EvaluationState::move_cursor(self, delta, h)
    }
    fn position(&self) -> Option<(usize, usize, usize)> {
        match &self.grid {
            Some(g) => Some((g.row, g.rows(), g.rows())).filter(|_| g.rows() > 0),
            None if self.queue => Some(self.follow_ups.position()),
            None if self.detail.is_some() => None,
            None => Some(self.list.position()),
        }
    }
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>) {
        if self.queue && self.grid.is_none() {
            let months = ctx.settings.follow_up_months;
            return super::follow_ups::render(
                buf,
                area,
                &self.follow_ups,
                months,
                ctx.lang,
                &ctx.theme,
            );
        }
        super::evaluation::render(buf, area, self, ctx.lang, &ctx.theme)
    }
    fn open(&mut self) -> Opened {
        if self.queue || self.grid.is_some() || self.detail.is_some() {
            return Opened::NotHere;
        }
        match self.list.selected() {
            Some(row) => {
                let id = row.id;
                self.detail = Some(super::evaluation_detail::EvaluationView::new(id));
                Opened::Loads(vec![Request::EvaluationDetail(id)])
            }
            None => Opened::NotHere,
        }
    }
    fn back(&mut self) -> bool {
        if !self.queue && self.detail.take().is_some() {
            return true;
        }
        std::mem::take(&mut self.queue)
    }
    fn switch(&mut self, delta: isize, _ctx: &TabCtx<'_>) -> Vec<Request> {
        EvaluationState::switch(self, delta)
            .map(Request::Evaluations)
            .into_iter()
            .collect()
    }
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob {
        if self.queue {
            return super::follow_ups::export(&self.follow_ups);
        }
        EvaluationState::export(self, ctx.lang)
    }
    fn loads(&self, ctx: &TabCtx<'_>) -> Vec<Request> {
        let mut out = Vec::new();
        if !self.periods_loaded {
            out.push(Request::EvaluationPeriods);
        } else if !self.list.loaded
            && let Some(p) = self.period()
        {
            // Let go when the tab was left (`leave`).
            out.push(Request::Evaluations(p));
        }
        if self.queue && !self.follow_ups.loaded {
            out.push(Request::FollowUps {
                today: ctx.today,
                months: ctx.settings.follow_up_months,
            });
        }
        if let Some(v) = self.detail.as_ref().filter(|v| v.data.is_none()) {
            out.push(Request::EvaluationDetail(v.id));
        }
        out
    }
    fn mark_stale(&mut self) {
        self.periods_loaded = false;
        self.follow_ups.loaded = false;
        if let Some(v) = self.detail.as_mut() {
            v.data = None;
        }
    }
    fn leave(&mut self) -> bool {
        EvaluationState::leave(self)
    }
}

impl TabScreen for MonitoringState {
    fn place(&self, lang: crate::i18n::Lang) -> Option<&'static str> {
        Some(self.sub.bar_name().get(lang))
    }
    fn fit(&mut self, h: usize) {
        MonitoringState::fit(self, h)
    }
    fn move_cursor(&mut self, delta: isize, h: usize) {
        MonitoringState::move_cursor(self, delta, h)
    }
    fn position(&self) -> Option<(usize, usize, usize)> {
        Some(MonitoringState::position(self))
    }
    fn filter(&self) -> &str {
        MonitoringState::filter(self)
    }
    fn set_filter(&mut self, text: &str, h: usize) {
        MonitoringState::set_filter(self, text, h)
    }
    fn render(&self, buf: &mut Buffer, area: Rect, ctx: &TabCtx<'_>) {
        let cx = super::monitoring::MonitoringCtx {
            lang: ctx.lang,
            theme: &ctx.theme,
            today: ctx.today,
            settings: ctx.settings,
        };
        super::monitoring::render(buf, area, self, &cx)
    }
    fn switch(&mut self, delta: isize, ctx: &TabCtx<'_>) -> Vec<Request> {
        MonitoringState::switch(self, delta);
        TabScreen::loads(self, ctx)
    }
    /// `Enter` on the finished trainings opens one's participants.
    fn open(&mut self) -> Opened {
        if let Some(j) = MonitoringState::record_under_cursor(self) {
            return Opened::Elsewhere(j);
        }
        match MonitoringState::open(self) {
            Some(r) => Opened::Loads(vec![r]),
            None => Opened::NotHere,
        }
    }
    fn back(&mut self) -> bool {
        MonitoringState::back(self)
    }
    fn export(&self, ctx: &TabCtx<'_>) -> ExportJob {
        MonitoringState::export(self, ctx.lang, ctx.today, ctx.settings)
    }
    fn loads(&self, ctx: &TabCtx<'_>) -> Vec<Request> {
        MonitoringState::loads(self, ctx.today, ctx.settings)
    }
    fn mark_stale(&mut self) {
        MonitoringState::mark_stale(self)
    }
    fn leave(&mut self) -> bool {
        MonitoringState::leave(self)
    }
}
