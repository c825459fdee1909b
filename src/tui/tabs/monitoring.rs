//! Tab 5 — Monitoring: 20-JP compliance per unit, agreements expiring or
//! expired, the reports on partnerships (issue 9): expired agreements with
//! internships still running, internships needing attention, interns per
//! unit, students' suggestions (`monitoring/partners.rs`); and those of
//! issue 10: competency gaps by unit × competency, evaluations outstanding,
//! the predicate distribution against its limit (`monitoring/review.rs`),
//! the training effect (`monitoring/effect.rs`) and the data-quality list
//! (`monitoring/quality.rs`). `[` / `]` walk the reports (`monitoring/bar.rs`
//! names them on one line); each one filters with `/` and exports with `x`.

mod bar;
pub mod effect;
mod partners;
mod quality;
mod review;

use super::partnerships::{AGREEMENT_EXPORT_NAMES, status_of};
use super::{export_rows, render_list, table_rows};
use crate::db::data_quality::QualityRow;
use crate::db::model::{AgreementRow, PeriodRef, Settings, UnitCompliance};
use crate::db::monitoring::{
    ExpiredWithInterns, InternAttention, PartnershipReport, PartnershipRows, StudentSuggestion,
    UnitInterns,
};
use crate::db::monitoring_eval::{
    EffectTraining, GapColumn, ParticipantEffect, ReviewReport, ReviewRows, UnitDistribution,
    UnitGaps, UnitOutstanding,
};
use crate::domain::agreement::needs_attention;
use crate::domain::enums::AgreementStatus;
use crate::i18n::Lang;
use crate::i18n::monitoring_partners as mx;
use crate::i18n::monitoring_review as rx;
use crate::i18n::tui as tx;
use crate::tui::app::{ExportJob, Request};
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column, column_widths};
use chrono::{Datelike, NaiveDate};
use effect::EffectView;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The reports, in `]` order: JP and competencies, evaluations and
/// training, partnerships, then the data to review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sub {
    #[default]
    Compliance,
    /// Competency gaps, units × competencies.
    Gaps,
    /// Evaluations outstanding for the period due, by unit.
    Outstanding,
    /// Predicates per unit against the limit of its organisation predicate.
    Distribution,
    /// Finished trainings; `Enter` shows the effect on their participants.
    Effect,
    AgreementsDue,
    /// Expired agreements with internships still running.
    ExpiredInterns,
    /// Running internships without a mentor or a recent logbook entry.
    Attention,
    /// Interns per host unit.
    PerUnit,
    /// What students said at the end of their internship.
    Suggestions,
    /// Records to complete or review.
    Quality,
}

impl Sub {
    pub const ALL: [Sub; 11] = [
        Sub::Compliance,
        Sub::Gaps,
        Sub::Outstanding,
        Sub::Distribution,
        Sub::Effect,
        Sub::AgreementsDue,
        Sub::ExpiredInterns,
        Sub::Attention,
        Sub::PerUnit,
        Sub::Suggestions,
        Sub::Quality,
    ];

    /// The partnership report behind the sub-list.
    pub fn report(self) -> Option<PartnershipReport> {
        match self {
            Sub::ExpiredInterns => Some(PartnershipReport::ExpiredWithInterns),
            Sub::Attention => Some(PartnershipReport::InternsNeedingAttention),
            Sub::PerUnit => Some(PartnershipReport::InternsPerUnit),
            Sub::Suggestions => Some(PartnershipReport::StudentSuggestions),
            _ => None,
        }
    }

    /// The report of issue 10 behind the sub-list.
    pub fn review(self) -> Option<ReviewReport> {
        match self {
            Sub::Gaps => Some(ReviewReport::Gaps),
            Sub::Outstanding => Some(ReviewReport::Outstanding),
            Sub::Distribution => Some(ReviewReport::Distribution),
            Sub::Effect => Some(ReviewReport::Trainings),
            Sub::Quality => Some(ReviewReport::Quality),
            _ => None,
        }
    }

    /// The name in the sub-list bar.
    pub fn bar_name(self) -> crate::i18n::T {
        match self {
            Sub::Compliance => mx::BAR_COMPLIANCE,
            Sub::Gaps => rx::BAR_GAPS,
            Sub::Outstanding => rx::BAR_OUTSTANDING,
            Sub::Distribution => rx::BAR_DISTRIBUTION,
            Sub::Effect => rx::BAR_EFFECT,
            Sub::AgreementsDue => mx::BAR_DUE,
            Sub::ExpiredInterns => mx::BAR_EXPIRED,
            Sub::Attention => mx::BAR_ATTENTION,
            Sub::PerUnit => mx::BAR_PER_UNIT,
            Sub::Suggestions => mx::BAR_SUGGESTIONS,
            Sub::Quality => rx::BAR_QUALITY,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct MonitoringState {
    pub sub: Sub,
    pub compliance: FilteredList<UnitCompliance>,
    /// Agreements that are expiring within the warning window or expired, soonest first.
    pub due: FilteredList<AgreementRow>,
    pub expired: FilteredList<ExpiredWithInterns>,
    pub attention: FilteredList<InternAttention>,
    pub per_unit: FilteredList<UnitInterns>,
    pub suggestions: FilteredList<StudentSuggestion>,
    pub warn_days: i64,
    /// The heat table's competency columns, and its rows.
    pub gap_columns: Vec<GapColumn>,
    pub gaps: FilteredList<UnitGaps>,
    pub outstanding: FilteredList<UnitOutstanding>,
    pub outstanding_period: Option<PeriodRef>,
    pub distribution: FilteredList<UnitDistribution>,
    pub distribution_period: Option<PeriodRef>,
    /// Finished trainings, and the participants of the one opened.
    pub trainings: FilteredList<EffectTraining>,
    pub effect: Option<EffectView>,
    pub quality: FilteredList<QualityRow>,
}

/// Runs `$e` with `$l` bound to the list of sub-list `$sub` (each holds
/// another kind of row).
macro_rules! on_list {
    ($st:expr, $sub:expr, |$l:ident| $e:expr) => {
        match $sub {
            Sub::Compliance => {
                let $l = &$st.compliance;
                $e
            }
            Sub::AgreementsDue => {
                let $l = &$st.due;
                $e
            }
            Sub::ExpiredInterns => {
                let $l = &$st.expired;
                $e
            }
            Sub::Attention => {
                let $l = &$st.attention;
                $e
            }
            Sub::PerUnit => {
                let $l = &$st.per_unit;
                $e
            }
            Sub::Suggestions => {
                let $l = &$st.suggestions;
                $e
            }
            Sub::Gaps => {
                let $l = &$st.gaps;
                $e
            }
            Sub::Outstanding => {
                let $l = &$st.outstanding;
                $e
            }
            Sub::Distribution => {
                let $l = &$st.distribution;
                $e
            }
            Sub::Quality => {
                let $l = &$st.quality;
                $e
            }
            Sub::Effect => match &$st.effect {
                Some(v) => {
                    let $l = &v.list;
                    $e
                }
                None => {
                    let $l = &$st.trainings;
                    $e
                }
            },
        }
    };
}

macro_rules! on_list_mut {
    ($st:expr, $sub:expr, |$l:ident| $e:expr) => {
        match $sub {
            Sub::Compliance => {
                let $l = &mut $st.compliance;
                $e
            }
            Sub::AgreementsDue => {
                let $l = &mut $st.due;
                $e
            }
            Sub::ExpiredInterns => {
                let $l = &mut $st.expired;
                $e
            }
            Sub::Attention => {
                let $l = &mut $st.attention;
                $e
            }
            Sub::PerUnit => {
                let $l = &mut $st.per_unit;
                $e
            }
            Sub::Suggestions => {
                let $l = &mut $st.suggestions;
                $e
            }
            Sub::Gaps => {
                let $l = &mut $st.gaps;
                $e
            }
            Sub::Outstanding => {
                let $l = &mut $st.outstanding;
                $e
            }
            Sub::Distribution => {
                let $l = &mut $st.distribution;
                $e
            }
            Sub::Quality => {
                let $l = &mut $st.quality;
                $e
            }
            Sub::Effect => match $st.effect.as_mut() {
                Some(v) => {
                    let $l = &mut v.list;
                    $e
                }
                None => {
                    let $l = &mut $st.trainings;
                    $e
                }
            },
        }
    };
}

impl MonitoringState {
    /// Rows of the table of `sub` in a body `h` lines high: the bar and the
    /// summary line above it, and under the suggestions the selected one in full.
    fn rows_height(&self, sub: Sub, h: usize) -> usize {
        match sub {
            Sub::Suggestions => table_rows(
                h,
                2 + preview_height(partners::PREVIEW_LINES, h.saturating_sub(2)),
            ),
            Sub::Effect if self.effect.is_some() => table_rows(
                h,
                2 + preview_height(effect::PREVIEW_LINES, h.saturating_sub(2)),
            ),
            _ => table_rows(h, 2),
        }
    }

    fn is_loaded(&self, sub: Sub) -> bool {
        on_list!(self, sub, |l| l.loaded)
    }

    /// Tab 5 left: a report of more than [`crate::tui::list::LONG_LIST`] rows (the data
    /// quality list of a province) is let go and read again when shown.
    pub fn leave(&mut self) -> bool {
        let mut any = false;
        for sub in Sub::ALL {
            on_list_mut!(self, sub, |l| if l.is_long() {
                l.release();
                any = true;
            });
        }
        if self.trainings.is_long() {
            self.trainings.release();
            any = true;
        }
        any
    }

    pub fn mark_stale(&mut self) {
        for sub in Sub::ALL {
            on_list_mut!(self, sub, |l| l.loaded = false);
        }
        // The trainings behind an open training's participants too.
        self.trainings.loaded = false;
    }

    /// Reads of the report shown that are not loaded yet. The first two come
    /// together, as they always have: the compliance and the agreements
    /// (which tab 3 shares).
    pub fn loads(&self, today: NaiveDate, settings: &Settings) -> Vec<Request> {
        if let Some(v) = self.effect.as_ref().filter(|_| self.sub == Sub::Effect) {
            return if v.list.loaded {
                vec![]
            } else {
                vec![Request::TrainingEffect(v.training.id)]
            };
        }
        if let Some(report) = self.sub.review() {
            return if self.is_loaded(self.sub) {
                vec![]
            } else {
                vec![Request::Review { report, today }]
            };
        }
        match self.sub.report() {
            None if self.compliance.loaded && self.due.loaded => vec![],
            None => vec![
                Request::Compliance {
                    year: today.year(),
                    targets: settings.jp_targets,
                },
                Request::Agreements,
            ],
            Some(_) if self.is_loaded(self.sub) => vec![],
            Some(report) => vec![Request::Partnership {
                report,
                today,
                logbook_days: settings.logbook_days,
            }],
        }
    }

    pub fn set_compliance(&mut self, rows: Vec<UnitCompliance>, h: usize) {
        self.compliance.set_rows(
            rows,
            |r| r.unit.clone(),
            |r| r.unit.clone(),
            self.rows_height(Sub::Compliance, h),
        );
    }

    pub fn set_agreements(&mut self, rows: &[AgreementRow], today: NaiveDate, warn: i64, h: usize) {
        self.warn_days = warn;
        let mut due: Vec<AgreementRow> = rows
            .iter()
            .filter(|a| status_of(a, today, warn).is_some_and(needs_attention))
            .cloned()
            .collect();
        due.sort_by(|a, b| a.end.cmp(&b.end).then(a.number.cmp(&b.number)));
        self.due.set_rows(
            due,
            |r| format!("{} {} {}", r.number, r.partner, r.about),
            |r| r.id,
            self.rows_height(Sub::AgreementsDue, h),
        );
    }

    /// The rows of a partnership report; the filter text of each holds the
    /// names a user looks for (unit and campus included).
    pub fn set_partnership(&mut self, rows: PartnershipRows, h: usize) {
        match rows {
            PartnershipRows::ExpiredWithInterns(rows) => self.expired.set_rows(
                rows,
                |r| format!("{} {} {}", r.number, r.partner, r.students),
                |r| r.id,
                self.rows_height(Sub::ExpiredInterns, h),
            ),
            PartnershipRows::InternsNeedingAttention(rows) => self.attention.set_rows(
                rows,
                |r| {
                    format!(
                        "{} {} {} {} {}",
                        r.nim,
                        r.name,
                        r.partner,
                        r.unit,
                        r.mentor_name.as_deref().unwrap_or("")
                    )
                },
                |r| r.id,
                self.rows_height(Sub::Attention, h),
            ),
            PartnershipRows::InternsPerUnit(rows) => self.per_unit.set_rows(
                rows,
                |r| format!("{} {}", r.unit, r.unit_name),
                |r| r.unit_name.clone(),
                self.rows_height(Sub::PerUnit, h),
            ),
            PartnershipRows::StudentSuggestions(rows) => self.suggestions.set_rows(
                rows,
                |r| {
                    format!(
                        "{} {} {} {} {} {} {} {}",
                        r.unit,
                        r.unit_name,
                        r.campus,
                        r.campus_now,
                        r.nim,
                        r.student,
                        r.worked,
                        r.suggestion
                    )
                },
                |r| r.id,
                self.rows_height(Sub::Suggestions, h),
            ),
        }
    }

    /// The rows of a report of issue 10.
    pub fn set_review(&mut self, rows: ReviewRows, h: usize) {
        let sub = match &rows {
            ReviewRows::Gaps(_) => Sub::Gaps,
            ReviewRows::Outstanding(..) => Sub::Outstanding,
            ReviewRows::Distribution(..) => Sub::Distribution,
            ReviewRows::Trainings(_) => Sub::Effect,
            ReviewRows::Quality(..) => Sub::Quality,
        };
        let rh = table_rows(h, 2);
        match rows {
            ReviewRows::Gaps(t) => review::set_gaps(self, t.columns, t.units, rh),
            ReviewRows::Outstanding(p, rows) => review::set_outstanding(self, p, rows, rh),
            ReviewRows::Distribution(p, rows) => review::set_distribution(self, p, rows, rh),
            ReviewRows::Trainings(rows) => self.trainings.set_rows(
                rows,
                effect::training_haystack,
                |r| r.id,
                self.rows_height(sub, h),
            ),
            ReviewRows::Quality(_, rows) => {
                self.quality
                    .set_rows(rows, quality::haystack, |r| (r.problem, r.key.clone()), rh)
            }
        }
    }

    /// The participants of training `id`, when it is still the one open.
    pub fn set_effect(&mut self, id: i64, rows: Vec<ParticipantEffect>, h: usize) {
        let rh = table_rows(
            h,
            2 + preview_height(effect::PREVIEW_LINES, h.saturating_sub(2)),
        );
        if let Some(v) = self.effect.as_mut().filter(|v| v.training.id == id) {
            v.list
                .set_rows(rows, effect::participant_haystack, |r| r.enrollment_id, rh);
        }
    }

    /// `Enter` on the finished trainings: their participants (the read
    /// that fills them); elsewhere nothing.
    pub fn open(&mut self) -> Option<Request> {
        if self.sub != Sub::Effect || self.effect.is_some() {
            return None;
        }
        let training = self.trainings.selected()?.clone();
        let id = training.id;
        self.effect = Some(EffectView {
            training,
            list: FilteredList::default(),
        });
        Some(Request::TrainingEffect(id))
    }

    /// The record under the cursor of the reports that list records
    /// (Berakhir, Kedaluwarsa, Perhatian, Saran, Kualitas data) or units
    /// (Kepatuhan JP, Kesenjangan, Belum dinilai, Distribusi, Per unit):
    /// `Enter` opens it in its own tab (a unit: tab 1's list kept to it, or
    /// from Per unit tab 3's Magang list).
    pub fn record_under_cursor(&self) -> Option<super::screen::Jump> {
        use super::screen::Jump;
        use crate::db::data_quality::Problem;
        match self.sub {
            Sub::Compliance => self.compliance.selected().map(|u| Jump::Unit(u.unit_id)),
            Sub::Gaps => self.gaps.selected().map(|u| Jump::Unit(u.unit_id)),
            Sub::Outstanding => self.outstanding.selected().map(|u| Jump::Unit(u.unit_id)),
            Sub::Distribution => self.distribution.selected().map(|u| Jump::Unit(u.unit_id)),
            Sub::PerUnit => self.per_unit.selected().map(|u| Jump::HostUnit(u.unit_id)),
            Sub::AgreementsDue => self.due.selected().map(|a| Jump::Agreement(a.id)),
            Sub::ExpiredInterns => self.expired.selected().map(|a| Jump::Agreement(a.id)),
            Sub::Attention => self.attention.selected().map(|g| Jump::Internship(g.id)),
            Sub::Suggestions => self
                .suggestions
                .selected()
                .map(|f| Jump::Internship(f.intern_id)),
            Sub::Quality => self.quality.selected().map(|q| match q.problem {
                Problem::NoAssessment | Problem::AboveCeiling => Jump::Employee(q.id),
                Problem::OpenResults => Jump::Training(q.id),
                Problem::NoMentor => Jump::Internship(q.id),
                Problem::EmptyFeedback => Jump::Evaluation(q.id),
            }),
            _ => None,
        }
    }

    /// `Esc` on a training's participants: back to the trainings.
    pub fn back(&mut self) -> bool {
        self.sub == Sub::Effect && self.effect.take().is_some()
    }

    /// The training whose participants are open (for a reply's relevance).
    pub fn effect_open(&self) -> Option<i64> {
        self.effect.as_ref().map(|v| v.training.id)
    }

    pub fn fit(&mut self, h: usize) {
        for sub in Sub::ALL {
            let rh = self.rows_height(sub, h);
            on_list_mut!(self, sub, |l| l.fit(rh));
        }
    }

    /// `[` / `]`: the previous or next report (wrapping around).
    pub fn switch(&mut self, delta: isize) {
        self.effect = None;
        let i = Sub::ALL.iter().position(|s| *s == self.sub).unwrap_or(0) as isize;
        let n = Sub::ALL.len() as isize;
        self.sub = Sub::ALL[(i + delta).rem_euclid(n) as usize];
    }

    pub fn filter(&self) -> &str {
        on_list!(self, self.sub, |l| l.filter())
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        let rh = self.rows_height(self.sub, h);
        on_list_mut!(self, self.sub, |l| l.set_filter(text, rh));
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        let rh = self.rows_height(self.sub, h);
        on_list_mut!(self, self.sub, |l| l.move_cursor(delta, rh));
    }

    /// (selected, shown, total) of the current report.
    pub fn position(&self) -> (usize, usize, usize) {
        on_list!(self, self.sub, |l| l.position())
    }

    pub fn export(&self, lang: Lang, today: NaiveDate, settings: &Settings) -> ExportJob {
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        let job = |stem: &str, (header, rows): (Vec<String>, Vec<Vec<String>>)| ExportJob {
            stem: stem.to_string(),
            header,
            rows,
        };
        match self.sub {
            Sub::Compliance => job(
                "kepatuhan-jp",
                export_rows(&self.compliance, &COMPLIANCE_EXPORT_NAMES, |r, c| {
                    compliance_cell(r, c, 0, &theme)
                }),
            ),
            Sub::AgreementsDue => {
                let w = self.warn_days;
                job(
                    "perjanjian-berakhir",
                    export_rows(&self.due, &AGREEMENT_EXPORT_NAMES, |r, c| {
                        due_cell(r, c, lang, today, w, &theme)
                    }),
                )
            }
            Sub::ExpiredInterns => partners::export_expired(&self.expired),
            Sub::Attention => {
                partners::export_attention(&self.attention, lang, settings.logbook_days)
            }
            Sub::PerUnit => partners::export_per_unit(&self.per_unit, lang, today.year()),
            Sub::Suggestions => partners::export_suggestions(&self.suggestions),
            Sub::Gaps => review::export_gaps(self),
            Sub::Outstanding => review::export_outstanding(self),
            Sub::Distribution => review::export_distribution(self, lang),
            Sub::Effect => effect::export(self, lang),
            Sub::Quality => quality::export(self, lang),
        }
    }
}

/// 20-JP compliance per unit in an `x` file: `unit_kerja` as in `rekap-jp`
/// (which has the same data per employee), then the counts shown (employees
/// with JP below the target but not none, `kurang_dari_target`, apart from
/// those with none, `tanpa_jp`) and the share meeting the target in percent.
const COMPLIANCE_EXPORT_NAMES: [&str; 6] = [
    "unit_kerja",
    "jumlah_pegawai",
    "memenuhi_target",
    "kurang_dari_target",
    "tanpa_jp",
    "persen_memenuhi",
];

/// The columns of the file, then a chart of the share meeting the target
/// (a text bar; the number is in the column before it).
fn compliance_columns(lang: Lang) -> [Column; COMPLIANCE_EXPORT_NAMES.len() + 1] {
    [
        Column::flex(tx::COL_UNIT.get(lang), 14, 2),
        Column::fixed(tx::COL_EMPLOYEES.get(lang), 7).right(),
        Column::fixed(tx::COL_MET.get(lang), 8).right(),
        Column::fixed(tx::COL_PARTIAL.get(lang), 7).right(),
        Column::fixed(tx::COL_ZERO.get(lang), 5).right(),
        Column::fixed(tx::COL_PERCENT.get(lang), 8).right(),
        Column::flex(rx::COL_BAR.get(lang), 10, 1).from_width(70),
    ]
}

fn percent(r: &UnitCompliance) -> i64 {
    if r.employees > 0 {
        r.met * 100 / r.employees
    } else {
        0
    }
}

fn compliance_cell<'r>(r: &'r UnitCompliance, c: usize, bar: usize, theme: &Theme) -> Cell<'r> {
    match c {
        6 => Cell::plain(bar::text_bar(percent(r) as f64 / 100.0, bar)),
        0 => Cell::plain(r.unit.as_str()),
        1 => Cell::plain(r.employees.to_string()),
        2 => Cell::plain(r.met.to_string()),
        3 => Cell::plain(r.partial.to_string()),
        4 => Cell::plain(r.zero.to_string()),
        _ => {
            let p = percent(r);
            // Below half of the unit meeting the target is marked with "!".
            if p < 50 {
                Cell::styled(format!("{p}%!"), theme.warn()).with_raw(p.to_string())
            } else {
                Cell::plain(format!("{p}% ")).with_raw(p.to_string())
            }
        }
    }
}

/// The expiring agreements: the columns of the agreement list (and of its
/// export), the status with a sign before its word — `!` ending within the
/// warning window, `!!` expired — so it stands out without colour.
fn due_columns(lang: Lang) -> [Column; AGREEMENT_EXPORT_NAMES.len()] {
    [
        // PKS numbers are long (317/PKS/BKPSDM/2021): the number gets most room.
        Column::flex(tx::COL_NUMBER.get(lang), 14, 2),
        Column::fixed(tx::COL_DOC.get(lang), 4),
        Column::flex(tx::COL_PARTNER.get(lang), 10, 2),
        Column::fixed(tx::COL_END.get(lang), 10),
        Column::fixed(tx::COL_DAYS_LEFT.get(lang), 9).right(),
        Column::fixed(tx::COL_STATUS.get(lang), 15),
    ]
}

fn due_cell<'r>(
    r: &'r AgreementRow,
    c: usize,
    lang: Lang,
    today: NaiveDate,
    warn: i64,
    theme: &Theme,
) -> Cell<'r> {
    super::partnerships::agreement_cell(r, c, lang, today, warn, theme)
}

/// Lines under a list for its selected row in full, in an area `height`
/// lines high: `lines` when there is room, none on a small terminal (the
/// list keeps its rows; `x` and a wider screen show the rest).
pub(super) fn preview_height(lines: usize, height: usize) -> usize {
    if height >= 14 { lines } else { 0 }
}

/// What the tab draws with, besides its state.
pub struct MonitoringCtx<'a> {
    pub lang: Lang,
    pub theme: &'a Theme,
    pub today: NaiveDate,
    pub settings: &'a Settings,
}

pub fn render(buf: &mut Buffer, area: Rect, st: &MonitoringState, cx: &MonitoringCtx<'_>) {
    let (lang, theme, today) = (cx.lang, cx.theme, cx.today);
    bar::render_bar(buf, Rect { height: 1, ..area }, st.sub, lang, theme);
    let summary_area = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let rest = Rect {
        y: area.y + 2,
        height: area.height.saturating_sub(2),
        ..area
    };
    let summary = |buf: &mut Buffer, s: &str| {
        buf.set_stringn(
            summary_area.x,
            summary_area.y,
            s,
            area.width as usize,
            theme.header(),
        );
    };
    match st.sub {
        Sub::Compliance => {
            let met: i64 = st.compliance.all().iter().map(|r| r.met).sum();
            let total: i64 = st.compliance.all().iter().map(|r| r.employees).sum();
            if st.compliance.loaded {
                let targets = &cx.settings.jp_targets;
                summary(
                    buf,
                    &rx::compliance_title(lang, today.year(), met, total, targets),
                );
            }
            let cols = compliance_columns(lang);
            let bar = column_widths(&cols, rest.width)[6] as usize;
            render_list(buf, rest, &cols, &st.compliance, lang, theme, |r, c| {
                compliance_cell(r, c, bar, theme)
            });
        }
        Sub::AgreementsDue => {
            if st.due.loaded {
                let expired = st
                    .due
                    .all()
                    .iter()
                    .filter(|a| {
                        status_of(a, today, st.warn_days) == Some(AgreementStatus::Kedaluwarsa)
                    })
                    .count();
                summary(
                    buf,
                    &tx::due_title(lang, st.warn_days, st.due.total() - expired, expired),
                );
            }
            let cols = due_columns(lang);
            let w = st.warn_days;
            render_list(buf, rest, &cols, &st.due, lang, theme, |r, c| {
                due_cell(r, c, lang, today, w, theme)
            });
        }
        Sub::Gaps => {
            if let Some(s) = review::gaps_summary(st, lang) {
                summary(buf, &s);
            }
            review::render_gaps(buf, rest, st, cx);
        }
        Sub::Outstanding => {
            if let Some(s) = review::outstanding_summary(st, lang) {
                summary(buf, &s);
            }
            review::render_outstanding(buf, rest, st, cx);
        }
        Sub::Distribution => {
            if let Some(s) = review::distribution_summary(st, lang) {
                summary(buf, &s);
            }
            review::render_distribution(buf, rest, st, cx);
        }
        Sub::Effect => {
            if let Some(s) = effect::summary(st, cx) {
                summary(buf, &s);
            }
            effect::render(buf, rest, st, cx);
        }
        Sub::Quality => {
            if let Some(s) = quality::summary(st, lang) {
                summary(buf, &s);
            }
            quality::render(buf, rest, st, cx);
        }
        _ => {
            if let Some(s) = partners::summary(st, cx) {
                summary(buf, &s);
            }
            partners::render(buf, rest, st, cx);
        }
    }
}
