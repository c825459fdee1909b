//! Tab 5 — Monitoring: 20-JP compliance per unit, agreements expiring or expired.

use super::partnerships::{AGREEMENT_EXPORT_NAMES, agreement_cell, agreement_columns, status_of};
use super::{export_rows, render_list, render_sub_bar, table_rows};
use crate::db::model::{AgreementRow, UnitCompliance};
use crate::domain::enums::AgreementStatus;
use crate::domain::jp::{JpTargets, format_jp};
use crate::i18n::Lang;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sub {
    #[default]
    Compliance,
    AgreementsDue,
}

#[derive(Debug, Clone, Default)]
pub struct MonitoringState {
    pub sub: Sub,
    pub compliance: FilteredList<UnitCompliance>,
    /// Agreements that are expiring within the warning window or expired, soonest first.
    pub due: FilteredList<AgreementRow>,
    pub warn_days: i64,
}

impl MonitoringState {
    fn rows_height(h: usize) -> usize {
        table_rows(h, 2)
    }

    pub fn loaded(&self) -> bool {
        self.compliance.loaded && self.due.loaded
    }

    pub fn mark_stale(&mut self) {
        self.compliance.loaded = false;
        self.due.loaded = false;
    }

    pub fn set_compliance(&mut self, rows: Vec<UnitCompliance>, h: usize) {
        self.compliance.set_rows(
            rows,
            |r| r.unit.clone(),
            |r| r.unit.clone(),
            Self::rows_height(h),
        );
    }

    pub fn set_agreements(&mut self, rows: &[AgreementRow], today: NaiveDate, warn: i64, h: usize) {
        self.warn_days = warn;
        let mut due: Vec<AgreementRow> = rows
            .iter()
            .filter(|a| {
                matches!(
                    status_of(a, today, warn),
                    Some(AgreementStatus::AkanBerakhir | AgreementStatus::Kedaluwarsa)
                )
            })
            .cloned()
            .collect();
        due.sort_by(|a, b| a.end.cmp(&b.end).then(a.number.cmp(&b.number)));
        self.due.set_rows(
            due,
            |r| format!("{} {}", r.number, r.partner),
            |r| r.id,
            Self::rows_height(h),
        );
    }

    pub fn fit(&mut self, h: usize) {
        self.compliance.fit(Self::rows_height(h));
        self.due.fit(Self::rows_height(h));
    }

    pub fn switch(&mut self, _delta: isize) {
        self.sub = match self.sub {
            Sub::Compliance => Sub::AgreementsDue,
            Sub::AgreementsDue => Sub::Compliance,
        };
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        let rh = Self::rows_height(h);
        match self.sub {
            Sub::Compliance => self.compliance.move_cursor(delta, rh),
            Sub::AgreementsDue => self.due.move_cursor(delta, rh),
        }
    }

    /// (selected, shown, total) of the current report.
    pub fn position(&self) -> (usize, usize, usize) {
        match self.sub {
            Sub::Compliance => self.compliance.position(),
            Sub::AgreementsDue => self.due.position(),
        }
    }

    pub fn export(&self, lang: Lang, today: NaiveDate) -> ExportJob {
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        match self.sub {
            Sub::Compliance => {
                let names = &COMPLIANCE_EXPORT_NAMES;
                let (header, rows) = export_rows(&self.compliance, names, |r, c| {
                    compliance_cell(r, c, &theme)
                });
                ExportJob {
                    stem: "kepatuhan-jp".to_string(),
                    header,
                    rows,
                }
            }
            Sub::AgreementsDue => {
                let w = self.warn_days;
                let (header, rows) = export_rows(&self.due, &AGREEMENT_EXPORT_NAMES, |r, c| {
                    due_cell(r, c, lang, today, w, &theme)
                });
                ExportJob {
                    stem: "perjanjian-berakhir".to_string(),
                    header,
                    rows,
                }
            }
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

fn compliance_columns(lang: Lang) -> [Column; COMPLIANCE_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_UNIT.get(lang), 20, 1),
        Column::fixed(tx::COL_EMPLOYEES.get(lang), 7).right(),
        Column::fixed(tx::COL_MET.get(lang), 8).right(),
        Column::fixed(tx::COL_PARTIAL.get(lang), 7).right(),
        Column::fixed(tx::COL_ZERO.get(lang), 5).right(),
        Column::fixed(tx::COL_PERCENT.get(lang), 8).right(),
    ]
}

fn percent(r: &UnitCompliance) -> i64 {
    if r.employees > 0 {
        r.met * 100 / r.employees
    } else {
        0
    }
}

fn compliance_cell<'r>(r: &'r UnitCompliance, c: usize, theme: &Theme) -> Cell<'r> {
    match c {
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

/// The expiring agreements use the same columns as the agreement list.
fn due_columns(lang: Lang) -> [Column; AGREEMENT_EXPORT_NAMES.len()] {
    agreement_columns(lang)
}

fn due_cell<'r>(
    r: &'r AgreementRow,
    c: usize,
    lang: Lang,
    today: NaiveDate,
    warn: i64,
    theme: &Theme,
) -> Cell<'r> {
    agreement_cell(r, c, lang, today, warn, theme)
}

#[allow(clippy::too_many_arguments)]
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    st: &MonitoringState,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    year: i32,
    targets: &JpTargets,
) {
    let names = [
        tx::SUB_COMPLIANCE.get(lang),
        tx::SUB_AGREEMENTS_DUE.get(lang),
    ];
    let current = match st.sub {
        Sub::Compliance => 0,
        Sub::AgreementsDue => 1,
    };
    render_sub_bar(buf, Rect { height: 1, ..area }, &names, current, theme);
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
    match st.sub {
        Sub::Compliance => {
            let met: i64 = st.compliance.all().iter().map(|r| r.met).sum();
            let total: i64 = st.compliance.all().iter().map(|r| r.employees).sum();
            if st.compliance.loaded {
                let target = targets.common().map(format_jp);
                let s = tx::compliance_title(lang, year, target.as_deref(), met, total);
                buf.set_stringn(
                    summary_area.x,
                    summary_area.y,
                    &s,
                    area.width as usize,
                    theme.header(),
                );
            }
            let cols = compliance_columns(lang);
            render_list(buf, rest, &cols, &st.compliance, lang, theme, |r, c| {
                compliance_cell(r, c, theme)
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
                let s = tx::due_title(lang, st.warn_days, st.due.total() - expired, expired);
                buf.set_stringn(
                    summary_area.x,
                    summary_area.y,
                    &s,
                    area.width as usize,
                    theme.header(),
                );
            }
            let cols = due_columns(lang);
            let w = st.warn_days;
            render_list(buf, rest, &cols, &st.due, lang, theme, |r, c| {
                due_cell(r, c, lang, today, w, theme)
            });
        }
    }
}
