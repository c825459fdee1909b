//! Tab 1, sub-list "Pensiun": employees in service whose pension date (BUP by
//! kind of position, domain.md §4.8) comes within the next months — the list
//! the office works from to record each pension ahead of its date (`s`).
//! `Enter` opens the same employee detail as the employee list.

use super::{export_rows, render_list, table_rows};
use crate::db::retirement::RetirementRow;
use crate::domain::dates::{display_iso, parse_iso};
use crate::domain::retirement::retirement_horizon;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::retirement as tx;
use crate::i18n::tui as tt;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Default)]
pub struct RetirementState {
    pub list: FilteredList<RetirementRow>,
}

/// Kind of position with its jenjang: "Fungsional keahlian · Ahli Madya".
fn kind_text(r: &RetirementRow, lang: Lang) -> String {
    match r.jf_level {
        Some(l) => format!("{} · {}", r.position_kind.label(lang), l.label(lang)),
        None => r.position_kind.label(lang).to_string(),
    }
}

impl RetirementState {
    /// Data rows under the sub-list bar, the caption and the table header.
    pub fn rows_height(h: usize) -> usize {
        table_rows(h, 2)
    }

    pub fn set_rows(&mut self, rows: Vec<RetirementRow>, h: usize) {
        self.list.set_rows(
            rows,
            |r| {
                let k = r.position_kind.labels();
                format!(
                    "{} {} {} {} {} {} {}",
                    r.nip,
                    r.name,
                    r.position,
                    r.unit,
                    k.id,
                    k.en,
                    r.jf_level.map(|l| l.labels().id).unwrap_or_default()
                )
            },
            |r| r.id,
            Self::rows_height(h),
        );
    }

    pub fn fit(&mut self, h: usize) {
        self.list.fit(Self::rows_height(h));
    }

    pub fn export(&self, lang: Lang, today: NaiveDate) -> ExportJob {
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        let (header, rows) = export_rows(&self.list, &EXPORT_NAMES, |r, c| {
            cell(r, c, lang, today, &theme)
        });
        ExportJob {
            stem: "menjelang-pensiun".to_string(),
            header,
            rows,
        }
    }
}

/// The columns in an `x` file, snake_case like `peka export pegawai`'s names
/// where the data is the same.
const EXPORT_NAMES: [&str; 9] = [
    "nip",
    "nama",
    "jabatan",
    "jenis_jabatan",
    "unit_kerja",
    "tanggal_lahir",
    "bup",
    "tanggal_pensiun",
    "pensiun_tercatat",
];

fn columns(lang: Lang) -> [Column; EXPORT_NAMES.len()] {
    [
        Column::fixed(tt::COL_NIP.get(lang), 18),
        Column::flex(tt::COL_NAME.get(lang), 10, 4),
        Column::flex(tt::COL_POSITION.get(lang), 8, 3),
        Column::flex(tx::COL_KIND.get(lang), 10, 2).from_width(130),
        Column::flex(tt::COL_UNIT.get(lang), 5, 2),
        Column::fixed(tx::COL_BIRTH.get(lang), 10).from_width(100),
        Column::fixed(tx::COL_BUP.get(lang), 3).right(),
        Column::fixed(tx::COL_PENSION.get(lang), 11),
        Column::fixed(tx::COL_RECORDED.get(lang), 9),
    ]
}

fn cell<'r>(
    r: &'r RetirementRow,
    c: usize,
    lang: Lang,
    today: NaiveDate,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.nip.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.position.as_str()),
        3 => Cell::plain(kind_text(r, lang)),
        4 => Cell::plain(r.unit.as_str()),
        5 => Cell::date(&r.birth_date),
        6 => Cell::plain(r.bup.to_string()),
        7 => Cell::date(&r.pension_date),
        _ => match &r.scheduled {
            Some(s) if !s.status.is_in_service() => {
                let shown = match parse_iso(&s.date) {
                    Some(_) if s.date == r.pension_date => {
                        tx::STATE_SCHEDULED.get(lang).to_string()
                    }
                    _ => display_iso(&s.date),
                };
                Cell::styled(shown, theme.good()).with_raw(s.date.as_str())
            }
            _ if r.overdue(today) => {
                Cell::styled(tx::STATE_OVERDUE.get(lang), theme.warn()).with_raw("")
            }
            _ => Cell::plain(tx::STATE_NOT_YET.get(lang)).with_raw(""),
        },
    }
}

/// Draws the caption and the list under the sub-list bar (`area` starts on
/// the line below the bar).
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    st: &RetirementState,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    months: u32,
) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let caption = tx::caption(lang, retirement_horizon(today, months), months);
    buf.set_stringn(area.x, area.y, caption, area.width as usize, theme.dim());
    let rest = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    render_list(buf, rest, &columns(lang), &st.list, lang, theme, |r, c| {
        cell(r, c, lang, today, theme)
    });
}
