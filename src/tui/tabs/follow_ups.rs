//! Tab 4's queue of post-training follow-ups due (issue 10 item 4): the
//! completed participations whose training ended at least `bulan_tindak_lanjut`
//! months ago and that have no follow-up yet, the longest waiting first.
//! `Enter` records one.

use super::{export_rows, render_list};
use crate::db::follow_ups::FollowUpDue;
use crate::i18n::Lang;
use crate::i18n::follow_ups as fx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The columns in an `x` file.
const EXPORT_NAMES: [&str; 6] = [
    "nip",
    "nama",
    "unit_kerja",
    "pelatihan_kode",
    "tanggal_selesai",
    "bulan",
];

fn columns(lang: Lang) -> [Column; EXPORT_NAMES.len()] {
    [
        Column::fixed(tx::COL_NIP.get(lang), 18),
        Column::flex(tx::COL_NAME.get(lang), 10, 2),
        Column::flex(tx::COL_UNIT.get(lang), 6, 1),
        Column::flex(fx::COL_TRAINING.get(lang), 10, 2),
        Column::fixed(tx::COL_END.get(lang), 10),
        Column::fixed(fx::COL_MONTHS.get(lang), 5).right(),
    ]
}

fn cell<'r>(r: &'r FollowUpDue, c: usize) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.nip.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(format!("{} {}", r.training_code, r.training_name))
            .with_raw(r.training_code.as_str()),
        4 => Cell::date(&r.ended),
        _ => Cell::plain(r.months.to_string()),
    }
}

/// Sets the rows (the text `/` searches: NIP, name, unit, training).
pub fn set_rows(list: &mut FilteredList<FollowUpDue>, rows: Vec<FollowUpDue>, h: usize) {
    list.set_rows(
        rows,
        |r| {
            format!(
                "{} {} {} {} {}",
                r.nip, r.name, r.unit, r.training_code, r.training_name
            )
        },
        |r| r.enrollment_id,
        h,
    );
}

pub fn export(list: &FilteredList<FollowUpDue>) -> ExportJob {
    let (header, rows) = export_rows(list, &EXPORT_NAMES, cell);
    ExportJob {
        stem: "tindak-lanjut-jatuh-tempo".to_string(),
        header,
        rows,
    }
}

pub fn render(
    buf: &mut Buffer,
    area: Rect,
    list: &FilteredList<FollowUpDue>,
    months: u32,
    lang: Lang,
    theme: &Theme,
) {
    let title = fx::title(lang, list.total(), months);
    buf.set_stringn(area.x, area.y, &title, area.width as usize, theme.header());
    let rest = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let cols = columns(lang);
    render_list(buf, rest, &cols, list, lang, theme, cell);
}
