//! Monitoring's competency gaps (a heat table: units × competencies, the
//! number always written and the cell shaded by the share of the unit it
//! is), evaluations outstanding for the period due and the predicate
//! distribution against each unit's limit — columns, cells, summary lines
//! and `x` files. The rows come from `db::monitoring_eval`.

use super::bar::{stacked_bar, text_bar};
use super::{MonitoringCtx, MonitoringState};
use crate::db::model::PeriodRef;
use crate::db::monitoring_eval::{GapColumn, UnitDistribution, UnitGaps, UnitOutstanding};
use crate::domain::enums::Predicate;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::monitoring_review as rx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::tabs::{export_rows, render_list};
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column, column_widths};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

fn job(stem: String, (header, rows): (Vec<String>, Vec<Vec<String>>)) -> ExportJob {
    ExportJob { stem, header, rows }
}

/// `tahun`, `jenis_periode`, `periode_ke` of a period, as `evaluasi` has them.
fn period_cells(p: Option<PeriodRef>) -> [String; 3] {
    match p {
        Some(p) => [
            p.year.to_string(),
            p.kind.as_code().to_string(),
            p.no.to_string(),
        ],
        None => Default::default(),
    }
}

/// `evaluasi-belum-2026-triwulan-3`: a file name naming its period.
fn period_stem(stem: &str, p: Option<PeriodRef>) -> String {
    match p {
        Some(p) => format!(
            "{stem}-{}-{}-{}",
            p.year,
            p.kind.as_code().to_lowercase(),
            p.no
        ),
        None => stem.to_string(),
    }
}

// ------------------------------------------------------------ gaps

/// The shade of a cell: how much of the unit falls short (0 when nobody).
fn shade(n: i64, employees: i64) -> char {
    if n <= 0 {
        return ' ';
    }
    let pct = n * 100 / employees.max(1);
    match pct {
        0..=9 => '░',
        10..=19 => '▒',
        20..=29 => '▓',
        _ => '█',
    }
}

fn heat_cell<'r>(n: i64, employees: i64, theme: &Theme) -> Cell<'r> {
    let g = shade(n, employees);
    let style = match g {
        ' ' => theme.dim(),
        '▓' => theme.caution(),
        '█' => theme.warn(),
        _ => theme.normal(),
    };
    Cell::styled(format!("{g}{n:>3}"), style).with_raw(n.to_string())
}

/// Unit, employees, one column per competency (4 cells, or the code's
/// width), the technical ones together. The competency titles are drawn
/// over the header by `render_gaps` (they are data, not fixed texts).
fn gap_columns(lang: Lang, codes: &[GapColumn]) -> Vec<Column> {
    let mut cols = vec![
        Column::flex(tx::COL_UNIT.get(lang), 8, 1),
        Column::fixed(rx::COL_EMPLOYEES_SHORT.get(lang), 4)
            .right()
            .from_width(70),
    ];
    for c in codes {
        cols.push(Column::fixed("", c.code.width().max(4) as u16).right());
    }
    cols.push(Column::fixed(rx::COL_TECHNICAL.get(lang), 4).right());
    cols
}

fn gap_cell<'r>(r: &'r UnitGaps, c: usize, theme: &Theme) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.unit.as_str()),
        1 => Cell::plain(r.employees.to_string()),
        c => match r.gaps.get(c - 2) {
            Some(n) => heat_cell(*n, r.employees, theme),
            None => heat_cell(r.technical, r.employees, theme),
        },
    }
}

pub(super) fn render_gaps(buf: &mut Buffer, area: Rect, st: &MonitoringState, cx: &MonitoringCtx) {
    let (lang, theme) = (cx.lang, cx.theme);
    let cols = gap_columns(lang, &st.gap_columns);
    render_list(buf, area, &cols, &st.gaps, lang, theme, |r, c| {
        gap_cell(r, c, theme)
    });
    // The competency codes over their columns, the header line in one
    // style (no style change between two codes on the wire).
    buf.set_style(
        Rect::new(area.x, area.y, area.width, 1.min(area.height)),
        theme.header(),
    );
    let widths = column_widths(&cols, area.width);
    let mut x = area.x;
    for (i, w) in widths.iter().enumerate() {
        if *w == 0 {
            continue;
        }
        if i >= 2
            && let Some(code) = st.gap_columns.get(i - 2)
        {
            let pad = (*w as usize).saturating_sub(code.code.width());
            buf.set_stringn(
                x + pad as u16,
                area.y,
                &code.code,
                *w as usize,
                theme.header(),
            );
        }
        x += w + 1;
    }
}

pub(super) fn gaps_summary(st: &MonitoringState, lang: Lang) -> Option<String> {
    st.gaps
        .loaded
        .then(|| rx::gaps_title(lang, st.gaps.total()))
}

/// The heat table as shown: `unit_kerja`, `jumlah_pegawai`, then one column
/// per competency named after its code (`m_01`, `sk_01`) and `teknis`.
pub(super) fn export_gaps(st: &MonitoringState) -> ExportJob {
    let mut header = vec!["unit_kerja".to_string(), "jumlah_pegawai".to_string()];
    header.extend(
        st.gap_columns
            .iter()
            .map(|c| c.code.to_lowercase().replace(['.', '-', ' '], "_")),
    );
    header.push("teknis".to_string());
    let list = &st.gaps;
    let rows = (0..list.len())
        .filter_map(|i| list.get(i))
        .map(|r| {
            let mut row = vec![r.unit_name.clone(), r.employees.to_string()];
            row.extend(r.gaps.iter().map(|n| n.to_string()));
            row.push(r.technical.to_string());
            row
        })
        .collect();
    ExportJob {
        stem: "kesenjangan-per-unit".into(),
        header,
        rows,
    }
}

// ------------------------------------------------------------ outstanding

const OUTSTANDING_EXPORT_NAMES: [&str; 8] = [
    "unit_kerja",
    "jumlah_pegawai",
    "sudah_dinilai",
    "belum_dinilai",
    "persen_dinilai",
    "tahun",
    "jenis_periode",
    "periode_ke",
];

fn outstanding_columns(lang: Lang) -> [Column; 6] {
    [
        Column::flex(tx::COL_UNIT.get(lang), 12, 2),
        Column::fixed(tx::COL_EMPLOYEES.get(lang), 7).right(),
        Column::fixed(rx::COL_DONE.get(lang), 6).right(),
        Column::fixed(rx::COL_NOT_YET.get(lang), 7).right(),
        Column::fixed(rx::COL_DONE_PCT.get(lang), 9).right(),
        Column::flex(rx::COL_BAR.get(lang), 10, 1).from_width(70),
    ]
}

fn outstanding_cell<'r>(
    r: &'r UnitOutstanding,
    c: usize,
    p: Option<PeriodRef>,
    bar: usize,
    file: bool,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 if file => Cell::plain(r.unit_name.as_str()),
        0 => Cell::plain(r.unit.as_str()),
        1 => Cell::plain(r.employees.to_string()),
        2 => Cell::plain(r.evaluated.to_string()),
        3 => {
            let n = r.outstanding();
            if n > 0 {
                Cell::styled(format!("{n}!"), theme.warn()).with_raw(n.to_string())
            } else {
                Cell::plain(format!("{n} ")).with_raw(n.to_string())
            }
        }
        4 => Cell::plain(format!("{}%", r.percent())).with_raw(r.percent().to_string()),
        5 => {
            let share = r.evaluated as f64 / r.employees.max(1) as f64;
            Cell::plain(text_bar(share, bar))
        }
        c => Cell::plain(period_cells(p)[(c - 6).min(2)].clone()),
    }
}

pub(super) fn render_outstanding(
    buf: &mut Buffer,
    area: Rect,
    st: &MonitoringState,
    cx: &MonitoringCtx,
) {
    let (lang, theme) = (cx.lang, cx.theme);
    let cols = outstanding_columns(lang);
    let bar = column_widths(&cols, area.width)[5] as usize;
    let p = st.outstanding_period;
    render_list(buf, area, &cols, &st.outstanding, lang, theme, |r, c| {
        outstanding_cell(r, c, p, bar, false, theme)
    });
}

pub(super) fn outstanding_summary(st: &MonitoringState, lang: Lang) -> Option<String> {
    let p = st.outstanding_period.filter(|_| st.outstanding.loaded)?;
    let all = st.outstanding.all();
    let done = all.iter().map(|r| r.evaluated).sum();
    let total = all.iter().map(|r| r.employees).sum();
    let open = all.iter().filter(|r| r.outstanding() > 0).count();
    Some(rx::outstanding_title(lang, p, done, total, open))
}

pub(super) fn export_outstanding(st: &MonitoringState) -> ExportJob {
    let theme = Theme::new(crate::tui::theme::ColorMode::None);
    let p = st.outstanding_period;
    job(
        period_stem("evaluasi-belum-dinilai", p),
        export_rows(&st.outstanding, &OUTSTANDING_EXPORT_NAMES, |r, c| {
            // The file has the period where the screen has its chart.
            let c = if c >= 5 { c + 1 } else { c };
            outstanding_cell(r, c, p, 0, true, &theme)
        }),
    )
}

// ------------------------------------------------------------ distribution

const DISTRIBUTION_EXPORT_NAMES: [&str; 12] = [
    "unit_kerja",
    "sangat_baik",
    "baik",
    "butuh_perbaikan",
    "kurang_misconduct",
    "sangat_kurang",
    "predikat_organisasi",
    "batas",
    "kelebihan",
    "tahun",
    "jenis_periode",
    "periode_ke",
];

fn distribution_columns(lang: Lang) -> Vec<Column> {
    let mut cols = vec![Column::flex(tx::COL_UNIT.get(lang), 10, 2)];
    cols.extend(
        Predicate::ALL
            .iter()
            .map(|p| Column::fixed(rx::predicate_short(lang, *p), 3).right()),
    );
    cols.extend([
        Column::fixed(rx::COL_ORG.get(lang), 11),
        Column::fixed(rx::COL_LIMIT.get(lang), 7).from_width(70),
        Column::fixed(rx::COL_WARNING.get(lang), 10),
        Column::flex(rx::COL_BAR.get(lang), 8, 1).from_width(76),
    ]);
    cols
}

fn distribution_cell<'r>(
    r: &'r UnitDistribution,
    c: usize,
    lang: Lang,
    bar: usize,
    file: bool,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 if file => Cell::plain(r.unit_name.as_str()),
        0 => Cell::plain(r.unit.as_str()),
        1..=5 => Cell::plain(r.counts[c - 1].to_string()),
        6 => match r.org {
            Some(o) => Cell::plain(rx::org_short(lang, o)).with_raw(o.as_code()),
            None => Cell::plain("-").with_raw(""),
        },
        7 => {
            let shown: Vec<String> = r
                .limits
                .iter()
                .map(|(p, max)| rx::limit_text(lang, *p, *max))
                .collect();
            let raw: Vec<String> = r
                .limits
                .iter()
                .map(|(p, max)| format!("{}<={}", p.as_code(), crate::domain::jp::format_jp(*max)))
                .collect();
            if shown.is_empty() {
                Cell::plain("-").with_raw("")
            } else {
                Cell::plain(shown.join(" ")).with_raw(raw.join(";"))
            }
        }
        8 => {
            let over: usize = r.over().iter().map(|o| o.count - o.allowed()).sum();
            if over > 0 {
                Cell::styled(rx::over_by(lang, over), theme.warn()).with_raw(over.to_string())
            } else {
                Cell::plain("-").with_raw("0")
            }
        }
        _ => {
            let parts: Vec<(usize, char)> = Predicate::ALL
                .iter()
                .zip(r.counts)
                .map(|(p, n)| (n, rx::predicate_glyph(*p)))
                .collect();
            Cell::plain(stacked_bar(&parts, bar))
        }
    }
}

pub(super) fn render_distribution(
    buf: &mut Buffer,
    area: Rect,
    st: &MonitoringState,
    cx: &MonitoringCtx,
) {
    let (lang, theme) = (cx.lang, cx.theme);
    let cols = distribution_columns(lang);
    let bar = column_widths(&cols, area.width)[9] as usize;
    render_list(buf, area, &cols, &st.distribution, lang, theme, |r, c| {
        distribution_cell(r, c, lang, bar, false, theme)
    });
}

pub(super) fn distribution_summary(st: &MonitoringState, lang: Lang) -> Option<String> {
    let p = st.distribution_period.filter(|_| st.distribution.loaded)?;
    let all = st.distribution.all();
    let over = all.iter().filter(|r| !r.over().is_empty()).count();
    Some(rx::distribution_title(lang, p, all.len(), over))
}

pub(super) fn export_distribution(st: &MonitoringState, lang: Lang) -> ExportJob {
    let theme = Theme::new(crate::tui::theme::ColorMode::None);
    let p = st.distribution_period;
    let period = period_cells(p);
    job(
        period_stem("distribusi-predikat", p),
        export_rows(&st.distribution, &DISTRIBUTION_EXPORT_NAMES, |r, c| {
            if c >= 9 {
                Cell::plain(period[c - 9].clone())
            } else {
                distribution_cell(r, c, lang, 0, true, &theme)
            }
        }),
    )
}

/// The rows of the reports here go into their lists (the filter text holds
/// the unit's short and full name; the organisation predicate too).
pub(super) fn set_gaps(
    st: &mut MonitoringState,
    columns: Vec<GapColumn>,
    rows: Vec<UnitGaps>,
    rh: usize,
) {
    st.gap_columns = columns;
    st.gaps.set_rows(
        rows,
        |r| format!("{} {}", r.unit, r.unit_name),
        |r| r.unit_name.clone(),
        rh,
    );
}

pub(super) fn set_outstanding(
    st: &mut MonitoringState,
    p: PeriodRef,
    rows: Vec<UnitOutstanding>,
    rh: usize,
) {
    st.outstanding_period = Some(p);
    st.outstanding.set_rows(
        rows,
        |r| format!("{} {}", r.unit, r.unit_name),
        |r| r.unit_name.clone(),
        rh,
    );
}

pub(super) fn set_distribution(
    st: &mut MonitoringState,
    p: PeriodRef,
    rows: Vec<UnitDistribution>,
    rh: usize,
) {
    st.distribution_period = Some(p);
    st.distribution.set_rows(
        rows,
        |r| {
            let org = r.org.map_or(String::new(), |o| {
                format!("{} {}", o.label(Lang::Id), o.label(Lang::En))
            });
            format!("{} {} {org}", r.unit, r.unit_name)
        },
        |r| r.unit_name.clone(),
        rh,
    );
}
