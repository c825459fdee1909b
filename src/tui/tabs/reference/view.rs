//! Columns, cells and drawing of the reference sub-lists; the level texts of
//! the selected competency in a box under the dictionary.

use super::{ReferenceState, Sub};
use crate::db::reference_read::{CompetencyRow, StandardRow, UnitRow};
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::tabs::{render_list, render_sub_bar};
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column, column_widths, fit, fit_apart};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Paragraph, Widget};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Header and rows the dictionary keeps at least before a detail box is shown.
const MIN_LIST_LINES: usize = 6;
/// A detail box needs its border and one line per level.
const MIN_BOX_LINES: usize = 7;
/// Width of "3  " before a level text.
const LEVEL_PREFIX: usize = 3;

/// Lines of the detail box under the dictionary in a body of `h` lines
/// (`legend` lines already taken): 0 when the list would get too small.
pub fn detail_box_height(h: usize, legend: usize) -> usize {
    let avail = h.saturating_sub(1 + legend);
    let room = avail.saturating_sub(MIN_LIST_LINES);
    if room < MIN_BOX_LINES {
        0
    } else {
        (avail / 2).max(MIN_BOX_LINES).min(room)
    }
}

/// A unit's name indented by its depth in the tree: sub-units under their
/// parent as "└ Bidang …", two more spaces per further level.
pub fn indented_name(r: &UnitRow) -> String {
    match r.depth {
        0 => r.nama.clone(),
        d => format!("{}└ {}", "  ".repeat(d - 1), r.nama),
    }
}

fn yes_no(v: bool, lang: Lang) -> &'static str {
    if v {
        tx::YES.get(lang)
    } else {
        tx::NO.get(lang)
    }
}

/// `text` followed by the assumption mark when `assumed`.
fn marked(text: &str, assumed: bool) -> String {
    if assumed {
        format!("{text} {}", tx::ASSUMED_MARK)
    } else {
        text.to_string()
    }
}

// ---- units ------------------------------------------------------------------

fn unit_columns(lang: Lang) -> [Column; 6] {
    [
        Column::flex(tx::COL_UNIT_NAME.get(lang), 16, 3),
        // "5.03.01 *": room for the assumption mark after a sub-unit's code.
        Column::fixed(tx::COL_CODE.get(lang), 9),
        Column::flex(tx::COL_SHORT.get(lang), 8, 1),
        Column::fixed(tx::COL_KIND.get(lang), 11),
        Column::fixed(tx::COL_EMPLOYEES.get(lang), 7).right(),
        Column::fixed(tx::COL_ACTIVE.get(lang), 5),
    ]
}

fn unit_cell<'r>(r: &'r UnitRow, c: usize, lang: Lang, theme: &Theme) -> Cell<'r> {
    let style = if r.aktif { theme.normal() } else { theme.dim() };
    match c {
        0 => Cell::styled(indented_name(r), style),
        1 => Cell::plain(marked(&r.kode, r.assumed)),
        2 => Cell::plain(r.singkatan.as_str()),
        3 => Cell::plain(r.jenis.label(lang)),
        4 => Cell::plain(r.employees.to_string()),
        _ => Cell::styled(yes_no(r.aktif, lang), style),
    }
}

/// The unit list in an `x` file: the table's column names (`induk` the parent's
/// short name), the employees counted, the `*` mark as `asumsi`.
pub(super) const UNIT_EXPORT_NAMES: [&str; 8] = [
    "kode",
    "nama",
    "singkatan",
    "jenis",
    "induk",
    "jumlah_pegawai",
    "aktif",
    "asumsi",
];

pub(super) fn unit_export_cell<'r>(r: &'r UnitRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.kode.as_str()),
        1 => Cell::plain(r.nama.as_str()),
        2 => Cell::plain(r.singkatan.as_str()),
        3 => Cell::plain(r.jenis.label(lang)),
        4 => Cell::plain(r.induk.as_str()),
        5 => Cell::plain(r.employees.to_string()),
        6 => Cell::plain(yes_no(r.aktif, lang)),
        _ => Cell::plain(yes_no(r.assumed, lang)),
    }
}

// ---- competencies -------------------------------------------------------------

fn competency_columns(lang: Lang) -> [Column; 3] {
    [
        Column::fixed(tx::COL_CODE.get(lang), 8),
        Column::flex(tx::COL_COMPETENCY.get(lang), 16, 1),
        Column::fixed(tx::COL_KIND.get(lang), 15),
    ]
}

fn competency_cell<'r>(r: &'r CompetencyRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(marked(&r.kode, r.assumed)),
        1 => Cell::plain(r.nama.as_str()),
        _ => Cell::plain(r.jenis.label(lang)),
    }
}

/// The dictionary in an `x` file: names of `peka export kompetensi`, then
/// the `*` mark as `asumsi` (the table's column).
pub(super) const COMPETENCY_EXPORT_NAMES: [&str; 4] = ["kode", "nama", "jenis", "asumsi"];

pub(super) fn competency_export_cell<'r>(r: &'r CompetencyRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.kode.as_str()),
        3 => Cell::plain(yes_no(r.assumed, lang)),
        _ => competency_cell(r, c, lang),
    }
}

// ---- standards ----------------------------------------------------------------

fn standard_columns(lang: Lang) -> [Column; 5] {
    [
        Column::fixed(tx::COL_POSITION_KIND.get(lang), 15),
        Column::fixed(tx::COL_JF_LEVEL.get(lang), 12),
        Column::flex(tx::COL_TITLE.get(lang), 10, 1),
        Column::flex(tx::COL_COMPETENCY.get(lang), 12, 1),
        Column::fixed(tx::COL_LEVEL.get(lang), 5).right(),
    ]
}

fn standard_cell<'r>(r: &'r StandardRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.jenis_jabatan.label(lang)),
        1 => Cell::plain(
            r.jenjang_jf
                .map_or(tx::NO_JF_LEVEL.get(lang), |l| l.label(lang)),
        ),
        2 if r.nama_jabatan.trim().is_empty() => Cell::plain(tx::ALL_TITLES.get(lang)),
        2 => Cell::plain(r.nama_jabatan.as_str()),
        3 => Cell::plain(format!("{} {}", r.kompetensi_kode, r.kompetensi_nama)),
        // "4 *" or "4  ": the digits stay in one column.
        _ if r.assumed => Cell::plain(marked(&r.level_standar.to_string(), true)),
        _ => Cell::plain(format!("{}  ", r.level_standar)),
    }
}

/// The competency standard in an `x` file: the table's column names
/// (`kompetensi` the code and name shown), the `*` mark as `asumsi`.
pub(super) const STANDARD_EXPORT_NAMES: [&str; 6] = [
    "jenis_jabatan",
    "jenjang_jf",
    "nama_jabatan",
    "kompetensi",
    "level_standar",
    "asumsi",
];

pub(super) fn standard_export_cell<'r>(r: &'r StandardRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        1 => Cell::plain(r.jenjang_jf.map_or("", |l| l.label(lang))),
        2 => Cell::plain(r.nama_jabatan.as_str()),
        4 => Cell::plain(r.level_standar.to_string()),
        5 => Cell::plain(yes_no(r.assumed, lang)),
        _ => standard_cell(r, c, lang),
    }
}

// ---- drawing --------------------------------------------------------------------

/// Draws the sub-list bar, the current sub-list, the detail box of the
/// selected competency (dictionary, when there is room) and the legend of
/// the `*` mark (when the list holds assumed rows).
pub fn render(buf: &mut Buffer, area: Rect, st: &ReferenceState, lang: Lang, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let names = [
        tx::SUB_UNITS.get(lang),
        tx::SUB_DICTIONARY.get(lang),
        tx::SUB_STANDARDS.get(lang),
    ];
    let current = Sub::ALL.iter().position(|s| *s == st.sub).unwrap_or(0);
    render_sub_bar(buf, Rect { height: 1, ..area }, &names, current, theme);
    render_body(buf, area, st, lang, theme);
}

/// Everything under the sub-list bar (the bar's line is `area`'s first line,
/// drawn by the caller).
pub fn render_body(buf: &mut Buffer, area: Rect, st: &ReferenceState, lang: Lang, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let h = area.height as usize;
    let legend = st.legend_lines(st.sub, h);
    let detail = match st.sub {
        Sub::Competencies => detail_box_height(h, legend),
        _ => 0,
    };
    let list_h = h.saturating_sub(1 + legend + detail) as u16;
    let list = Rect {
        y: area.y + 1,
        height: list_h,
        ..area
    };
    match st.sub {
        Sub::Units => {
            let cols = unit_columns(lang);
            render_list(buf, list, &cols, &st.units, lang, theme, |r, c| {
                unit_cell(r, c, lang, theme)
            });
        }
        // Enter: the selected competency in full, over the list.
        Sub::Competencies if st.expanded && st.competencies.selected().is_some() => {
            if let Some(r) = st.competencies.selected() {
                let rect = Rect {
                    y: area.y + 1,
                    height: h.saturating_sub(1 + legend) as u16,
                    ..area
                };
                render_detail(buf, rect, r, lang, theme, true);
            }
        }
        Sub::Competencies => {
            let cols = competency_columns(lang);
            render_list(buf, list, &cols, &st.competencies, lang, theme, |r, c| {
                competency_cell(r, c, lang)
            });
            if let Some(r) = st.competencies.selected().filter(|_| detail > 0) {
                let rect = Rect {
                    y: list.y + list_h,
                    height: detail as u16,
                    ..area
                };
                render_detail(buf, rect, r, lang, theme, false);
            }
        }
        Sub::Standards => {
            let cols = standard_columns(lang);
            // Titles that share a long start are cut where they differ.
            let title_w = column_widths(&cols, list.width)[2] as usize;
            render_list(buf, list, &cols, &st.standards, lang, theme, |r, c| {
                if c == 2 && !r.nama_jabatan.trim().is_empty() {
                    Cell::plain(fit_apart(&r.nama_jabatan, st.title_keep(r), title_w))
                } else {
                    standard_cell(r, c, lang)
                }
            });
        }
    }
    // Legend lines, the `*` one last: what a unit's count counts, then what
    // the mark means.
    let mut texts: Vec<&str> = Vec::new();
    if st.sub == Sub::Units {
        texts.push(tx::UNIT_COUNT_LEGEND.get(lang));
    }
    if st.has_assumed(st.sub) {
        texts.push(tx::ASSUMED_LEGEND.get(lang));
    }
    let shown = &texts[texts.len().saturating_sub(legend)..];
    for (i, text) in shown.iter().enumerate() {
        let y = area.bottom() - (shown.len() - i) as u16;
        buf.set_stringn(area.x, y, text, area.width as usize, theme.dim());
    }
}

/// `text` broken into lines of at most `width` cells at spaces (a word longer
/// than a line is cut); line breaks in the text are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let gap = usize::from(!line.is_empty());
            if line.width() + gap + word.width() <= width {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            for ch in word.chars() {
                if line.width() + ch.width().unwrap_or(0) > width {
                    out.push(std::mem::take(&mut line));
                }
                line.push(ch);
            }
        }
        out.push(line);
    }
    if out.is_empty() {
        out.push(String::new());
    }
    out
}

/// How many lines each wrapped text gets out of `rows`: every text its
/// first line, then one more line in turn to those that need more.
fn share_rows(needs: &[usize], rows: usize) -> Vec<usize> {
    let mut take: Vec<usize> = needs.iter().map(|n| (*n).min(1)).collect();
    let mut left = rows.saturating_sub(take.iter().sum());
    while left > 0 {
        let mut gave = false;
        for (t, n) in take.iter_mut().zip(needs) {
            if left > 0 && *t < *n {
                *t += 1;
                left -= 1;
                gave = true;
            }
        }
        if !gave {
            break;
        }
    }
    take
}

/// The lines inside the detail box (`width` × `rows` cells): the definition
/// and the five levels wrapped when they fit, else the levels alone, each cut
/// (`…`) to its share of the rows.
pub fn detail_lines(r: &CompetencyRow, lang: Lang, width: usize, rows: usize) -> Vec<String> {
    let inner = width.saturating_sub(LEVEL_PREFIX);
    let wrapped: Vec<Vec<String>> = (1..=5u8)
        .map(|n| {
            let text = r
                .levels
                .iter()
                .find(|(l, _, _)| *l == n)
                .map(|(_, d, _)| d.as_str())
                .filter(|d| !d.trim().is_empty())
                .unwrap_or(tx::LEVEL_EMPTY.get(lang));
            wrap(text, inner)
        })
        .collect();
    let needs: Vec<usize> = wrapped.iter().map(Vec::len).collect();
    let total: usize = needs.iter().sum();
    let definition = if r.definisi.trim().is_empty() {
        Vec::new()
    } else {
        wrap(&r.definisi, width)
    };
    let with_definition = definition.len() + total <= rows;
    let take = share_rows(&needs, rows);
    let mut out = if with_definition {
        definition
    } else {
        Vec::new()
    };
    for (i, (lines, keep)) in wrapped.iter().zip(take).enumerate() {
        for (j, line) in lines.iter().take(keep).enumerate() {
            let prefix = if j == 0 {
                format!("{:<LEVEL_PREFIX$}", i + 1)
            } else {
                " ".repeat(LEVEL_PREFIX)
            };
            let cut = j + 1 == keep && keep < lines.len();
            let text = if !cut {
                line.clone()
            } else if line.width() < inner {
                format!("{line}…")
            } else {
                fit(&format!("{line}…"), inner).into_owned()
            };
            out.push(format!("{prefix}{text}"));
        }
    }
    out.truncate(rows);
    out
}

/// The competency's box: under the list (`expanded` false, its bottom line
/// offers `Enter`) or over the whole body (its bottom line says how back).
fn render_detail(
    buf: &mut Buffer,
    area: Rect,
    r: &CompetencyRow,
    lang: Lang,
    theme: &Theme,
    expanded: bool,
) {
    let title = format!(" {} ", marked(&format!("{} {}", r.kode, r.nama), r.assumed));
    let hint = if expanded {
        crate::i18n::tui::COMPETENCY_BOX_CLOSE
    } else {
        crate::i18n::tui::COMPETENCY_BOX_OPEN
    };
    let block = Block::bordered()
        .border_style(theme.dim())
        .title(title)
        .title_bottom(Line::from(hint.get(lang)).right_aligned());
    let inner = block.inner(area);
    block.render(area, buf);
    let lines: Vec<Line> = detail_lines(r, lang, inner.width as usize, inner.height as usize)
        .into_iter()
        .map(Line::raw)
        .collect();
    Paragraph::new(lines).render(inner, buf);
}
