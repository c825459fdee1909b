//! The virtual table: one widget for every list. Only the rows in view are
//! formatted and written to the buffer, so a list of any length scrolls in
//! constant time.

use crate::tui::list::TableNav;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use std::borrow::Cow;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Horizontal alignment of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// How wide a column is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Width {
    /// Exactly this many cells (shrunk only when nothing else fits).
    Fixed(u16),
    /// At least `min` cells, then a share of what is left by `weight`.
    Flex { min: u16, weight: u16 },
}

/// One column: title, width rule, alignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub title: &'static str,
    pub width: Width,
    pub align: Align,
    /// Shown only when the table is at least this wide (0 = always).
    pub min_table_width: u16,
}

impl Column {
    pub const fn fixed(title: &'static str, width: u16) -> Column {
        Column {
            title,
            width: Width::Fixed(width),
            align: Align::Left,
            min_table_width: 0,
        }
    }
    pub const fn flex(title: &'static str, min: u16, weight: u16) -> Column {
        Column {
            title,
            width: Width::Flex { min, weight },
            align: Align::Left,
            min_table_width: 0,
        }
    }
    pub const fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }
    /// Hides the column in tables narrower than `width` (it is still exported).
    pub const fn from_width(mut self, width: u16) -> Column {
        self.min_table_width = width;
        self
    }
}

/// A formatted cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell<'a> {
    pub text: Cow<'a, str>,
    pub style: Style,
    /// The value written by an export when the screen shows it decorated
    /// (a mark, a padded number, a dd-mm-yyyy date): files get plain data.
    pub raw: Option<Cow<'a, str>>,
}

impl<'a> Cell<'a> {
    pub fn plain(text: impl Into<Cow<'a, str>>) -> Cell<'a> {
        Cell {
            text: text.into(),
            style: Style::default(),
            raw: None,
        }
    }
    pub fn styled(text: impl Into<Cow<'a, str>>, style: Style) -> Cell<'a> {
        Cell {
            text: text.into(),
            style,
            raw: None,
        }
    }

    /// What an export writes instead of the shown text.
    pub fn with_raw(mut self, raw: impl Into<Cow<'a, str>>) -> Cell<'a> {
        self.raw = Some(raw.into());
        self
    }

    /// A stored ISO date: shown dd-mm-yyyy, exported as stored (YYYY-MM-DD).
    pub fn date(iso: &'a str) -> Cell<'a> {
        Cell::plain(crate::domain::dates::display_iso(iso)).with_raw(iso)
    }
}

/// Splits `total` cells among the columns (one space between shown columns);
/// a column hidden at this width gets 0.
pub fn column_widths(columns: &[Column], total: u16) -> Vec<u16> {
    let shown: Vec<bool> = columns.iter().map(|c| total >= c.min_table_width).collect();
    let count = shown.iter().filter(|s| **s).count();
    let gaps = count.saturating_sub(1) as u16;
    let available = total.saturating_sub(gaps);
    let mut widths: Vec<u16> = columns
        .iter()
        .zip(&shown)
        .map(|(c, s)| match (c.width, s) {
            (_, false) => 0,
            (Width::Fixed(w), true) => w,
            (Width::Flex { min, .. }, true) => min,
        })
        .collect();
    let used: u16 = widths.iter().sum();
    if used <= available {
        let spare = available - used;
        let flex_weight = |(c, s): (&Column, &bool)| match c.width {
            Width::Flex { weight, .. } if *s => Some(weight as u32),
            _ => None,
        };
        let weights: u32 = columns.iter().zip(&shown).filter_map(flex_weight).sum();
        let last_flex = columns
            .iter()
            .zip(&shown)
            .rposition(|x| flex_weight(x).is_some());
        let mut given = 0u16;
        for (i, x) in columns.iter().zip(&shown).enumerate() {
            if let Some(weight) = flex_weight(x) {
                let share = if Some(i) == last_flex {
                    spare - given
                } else {
                    (spare as u32 * weight).checked_div(weights).unwrap_or(0) as u16
                };
                widths[i] += share;
                given += share;
            }
        }
    } else {
        // Too narrow: take cells away from the right-most columns first.
        let mut excess = used - available;
        for w in widths.iter_mut().rev() {
            let cut = excess.min(w.saturating_sub(1));
            *w -= cut;
            excess -= cut;
            if excess == 0 {
                break;
            }
        }
    }
    widths
}

/// Cuts `text` to `width` display cells, marking a cut with `…`.
pub fn fit(text: &str, width: usize) -> Cow<'_, str> {
    if text.width() <= width {
        return Cow::Borrowed(text);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(ch);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// Cuts `text` to `width` cells so that its first `keep` characters — what
/// sets it apart from a similar text in the same list — are not lost: the
/// plain cut ("Pengelola Layanan Ke…") when they fit before the `…`, else
/// the start, `…` and the text from the word where it differs
/// ("Pengelola…Kepegawaian" and "Pengelola…Kesehatan").
pub fn fit_apart(text: &str, keep: usize, width: usize) -> Cow<'_, str> {
    if text.width() <= width || width < 3 {
        return fit(text, width);
    }
    // `differ`: where the `keep`-th character starts; the plain cut keeps
    // `width - 1` cells before its `…`.
    let Some((differ, ch)) = text.char_indices().nth(keep.saturating_sub(1)) else {
        return fit(text, width);
    };
    if text[..differ + ch.len_utf8()].width() < width {
        return fit(text, width);
    }
    // From the start of the word that differs (or the character, if the
    // texts differ inside their first word).
    let start = match text[..differ].rfind(' ') {
        Some(i) if i > 0 => i + 1,
        _ => differ,
    };
    let head = text[..start].trim_end();
    let tail = &text[start..];
    if tail.width() + 2 <= width {
        let head_room = width - 1 - tail.width();
        let cut = fit(head, head_room + 1);
        let mut shown = cut.trim_end_matches('…');
        // A head cut inside a word ends at the word before it, if any.
        if shown.len() < head.len()
            && !head[shown.len()..].starts_with(' ')
            && let Some(i) = shown.rfind(' ')
        {
            shown = &shown[..i];
        }
        Cow::Owned(format!("{}…{tail}", shown.trim_end()))
    } else {
        Cow::Owned(format!("…{}", fit(tail, width - 1)))
    }
}

/// What to draw.
pub struct TableView<'a> {
    pub columns: &'a [Column],
    /// Number of rows (after filtering).
    pub len: usize,
    pub nav: TableNav,
    /// Whether the cursor row is highlighted.
    pub focused: bool,
    /// Shown when there is no row.
    pub empty: &'a str,
}

/// Draws the header and the rows in view; `cell(row, column)` is called only
/// for those rows.
pub fn render<'c>(
    buf: &mut Buffer,
    area: Rect,
    view: &TableView<'_>,
    theme: &Theme,
    cell: impl Fn(usize, usize) -> Cell<'c>,
) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let widths = column_widths(view.columns, area.width);
    // Header.
    let mut x = area.x;
    for (col, w) in view.columns.iter().zip(&widths).filter(|(_, w)| **w > 0) {
        write_cell(buf, x, area.y, *w, col.title, col.align, theme.header());
        x += w + 1;
    }
    let body = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    if view.len == 0 {
        if body.height > 0 {
            buf.set_stringn(body.x, body.y, view.empty, body.width as usize, theme.dim());
        }
        return;
    }
    let height = body.height as usize;
    let mut nav = view.nav;
    nav.scroll_into_view(view.len, height);
    let end = (nav.offset + height).min(view.len);
    for (line, row) in (nav.offset..end).enumerate() {
        let y = body.y + line as u16;
        let selected = view.focused && row == nav.selected;
        // The cursor row is reversed across the whole width, gaps included
        // (a run of cells in one style is the cheapest diff: no cursor moves
        // inside it), so the eye follows it from the NIP to the JP. The
        // cells keep their own colours; only the reversal is added.
        if selected {
            let rect = Rect {
                y,
                height: 1,
                ..body
            };
            buf.set_style(rect, theme.selected_row());
        }
        let mut x = body.x;
        for (c, (col, w)) in view
            .columns
            .iter()
            .zip(&widths)
            .enumerate()
            .filter(|(_, (_, w))| **w > 0)
        {
            let cell = cell(row, c);
            let style = if selected {
                cell.style.patch(theme.selected_row())
            } else {
                cell.style
            };
            write_cell(buf, x, y, *w, &cell.text, col.align, style);
            x += w + 1;
        }
    }
}

fn write_cell(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    width: u16,
    text: &str,
    align: Align,
    style: Style,
) {
    if width == 0 {
        return;
    }
    let text = fit(text, width as usize);
    let pad = width as usize - text.width().min(width as usize);
    let x = match align {
        Align::Left => x,
        Align::Right => x + pad as u16,
    };
    buf.set_stringn(x, y, &text, width as usize, style);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flexible_columns_share_the_spare_width() {
        let cols = [
            Column::fixed("NIP", 18),
            Column::flex("Nama", 10, 2),
            Column::flex("Unit", 6, 1),
        ];
        let w = column_widths(&cols, 80);
        assert_eq!(w.iter().sum::<u16>() + 2, 80);
        assert_eq!(w[0], 18);
        assert!(w[1] > w[2]);
    }

    #[test]
    fn optional_columns_appear_only_in_wide_tables() {
        let cols = [
            Column::flex("Nama", 10, 1),
            Column::fixed("Jenis", 12).from_width(100),
        ];
        assert_eq!(column_widths(&cols, 80), vec![80, 0]);
        assert_eq!(column_widths(&cols, 120), vec![107, 12]);
    }

    #[test]
    fn narrow_tables_shrink_from_the_right() {
        let cols = [
            Column::fixed("A", 10),
            Column::fixed("B", 10),
            Column::fixed("C", 10),
        ];
        assert_eq!(column_widths(&cols, 25), vec![10, 10, 3]);
    }

    #[test]
    fn fit_cuts_by_display_width() {
        assert_eq!(fit("Pegawai", 10), "Pegawai");
        assert_eq!(fit("Pengelolaan", 6), "Penge…");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn fit_apart_keeps_the_part_that_differs() {
        let a = "Pengelola Layanan Kepegawaian";
        let b = "Pengelola Layanan Kesehatan";
        // 21 characters are shared: a plain cut at 21 cells shows both alike.
        assert_eq!(fit(a, 21), fit(b, 21));
        assert_eq!(fit_apart(a, 21, 21), "Pengelola…Kepegawaian");
        assert_eq!(fit_apart(b, 21, 21), "Pengelola…Kesehatan");
        // Room enough for the plain cut to show the difference: plain cut.
        assert_eq!(fit_apart(a, 21, 24), "Pengelola Layanan Kepeg…");
        // Fits whole: untouched.
        assert_eq!(fit_apart(b, 21, 40), b);
        // A differing word longer than the room: its start, cut.
        assert_eq!(fit_apart(a, 21, 8), "…Kepega…");
        // Differing inside the first word: from that character.
        assert_eq!(fit_apart("Administrasi", 10, 8), "Admi…asi");
        assert_eq!(fit_apart("Pranata Komputer", 14, 10), "P…Komputer");
        for w in 3..30 {
            assert!(fit_apart(a, 21, w).width() <= w, "{w}");
        }
    }

    #[test]
    fn only_rows_in_view_are_formatted() {
        use std::cell::Cell as C;
        let calls = C::new(0usize);
        let cols = [Column::fixed("N", 5)];
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 6));
        let view = TableView {
            columns: &cols,
            len: 100_000,
            nav: TableNav {
                selected: 50_000,
                offset: 0,
            },
            focused: true,
            empty: "-",
        };
        let area = buf.area;
        render(
            &mut buf,
            area,
            &view,
            &Theme::new(crate::tui::theme::ColorMode::None),
            |r, _| {
                calls.set(calls.get() + 1);
                Cell::plain(r.to_string())
            },
        );
        assert_eq!(calls.get(), 5);
        assert_eq!(buf[(0, 5)].symbol(), "5");
    }
}
