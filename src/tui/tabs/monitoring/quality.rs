//! Monitoring's data-quality list: one row per problem with a record, the
//! kind of problem first (`/` finds a kind by its words). The rows come from
//! `db::data_quality`.

use super::{MonitoringCtx, MonitoringState};
use crate::db::data_quality::{Problem, QualityRow};
use crate::i18n::Lang;
use crate::i18n::monitoring_quality as qx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::tabs::{export_rows, render_list};
use crate::tui::widgets::vtable::{Cell, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// `masalah` is the problem's code; `kode` what names the record (a NIP, a
/// training code, a NIM); `unit_kerja` as the screen shows it.
const QUALITY_EXPORT_NAMES: [&str; 5] = ["masalah", "nama", "unit_kerja", "keterangan", "kode"];

fn columns(lang: Lang) -> [Column; 5] {
    [
        Column::fixed(qx::COL_PROBLEM.get(lang), 19),
        Column::flex(qx::COL_NAME.get(lang), 12, 1),
        Column::flex(tx::COL_UNIT.get(lang), 8, 1),
        Column::flex(qx::COL_DETAIL.get(lang), 16, 3),
        Column::fixed(qx::COL_KEY.get(lang), 18).from_width(110),
    ]
}

fn cell<'r>(r: &'r QualityRow, c: usize, lang: Lang, theme: &crate::tui::theme::Theme) -> Cell<'r> {
    match c {
        0 => Cell::styled(qx::problem_label(r.problem).get(lang), theme.caution())
            .with_raw(r.problem.as_code()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(qx::detail(lang, &r.detail)),
        _ => Cell::plain(r.key.as_str()),
    }
}

pub(super) fn summary(st: &MonitoringState, lang: Lang) -> Option<String> {
    if !st.quality.loaded {
        return None;
    }
    let all = st.quality.all();
    let counts: Vec<(Problem, usize)> = Problem::ALL
        .iter()
        .map(|p| (*p, all.iter().filter(|r| r.problem == *p).count()))
        .collect();
    Some(qx::quality_title(lang, &counts))
}

pub(super) fn render(buf: &mut Buffer, area: Rect, st: &MonitoringState, cx: &MonitoringCtx) {
    let (lang, theme) = (cx.lang, cx.theme);
    let cols = columns(lang);
    render_list(buf, area, &cols, &st.quality, lang, theme, |r, c| {
        cell(r, c, lang, theme)
    });
}

pub(super) fn export(st: &MonitoringState, lang: Lang) -> ExportJob {
    let theme = crate::tui::theme::Theme::new(crate::tui::theme::ColorMode::None);
    let (header, rows) = export_rows(&st.quality, &QUALITY_EXPORT_NAMES, |r, c| {
        cell(r, c, lang, &theme)
    });
    ExportJob {
        stem: "kualitas-data".into(),
        header,
        rows,
    }
}

/// What `/` matches a row by: the kind of problem in both languages (so
/// "golongan", "umpan balik" or "mentor" picks a kind), the name, the key,
/// the unit and the detail.
pub(super) fn haystack(r: &QualityRow) -> String {
    let label = qx::problem_label(r.problem);
    format!(
        "{} {} {} {} {} {} {}",
        label.id,
        label.en,
        r.problem.as_code(),
        r.name,
        r.key,
        r.unit,
        qx::detail(Lang::Id, &r.detail)
    )
}
