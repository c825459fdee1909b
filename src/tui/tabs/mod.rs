//! One module per tab: its state, how keys move it, how it draws and exports.

pub mod development;
pub mod employees;
pub mod evaluation;
pub mod evaluation_detail;
pub mod evaluation_grid;
pub mod follow_ups;
pub mod history;
pub mod monitoring;
pub mod partnership_detail;
pub mod partnerships;
pub mod reference;
pub mod retirement;
pub mod screen;
pub mod training;
pub mod training_needs;

use crate::i18n::Lang;
use crate::i18n::tui as tx;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{self, Cell, Column, TableView};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// A record open over its list, read beside the keys: its id, its data
/// once read, and the first line shown, never past the last screenful.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailView<D> {
    pub id: i64,
    pub data: Option<Box<D>>,
    /// First line shown.
    pub scroll: usize,
    /// The last first line that still fills the area, as last drawn.
    pub max_scroll: std::cell::Cell<usize>,
}

impl<D> DetailView<D> {
    /// Record `id`, not read yet.
    pub fn new(id: i64) -> DetailView<D> {
        DetailView {
            id,
            data: None,
            scroll: 0,
            max_scroll: std::cell::Cell::new(0),
        }
    }

    /// `↑` / `↓` / pages: by `delta` lines, within the lines last drawn.
    pub fn scroll_by(&mut self, delta: isize) {
        let max = self.max_scroll.get() as isize;
        self.scroll = (self.scroll as isize + delta).clamp(0, max.max(0)) as usize;
    }

    /// Draws `lines` from `scroll` and notes how far they can scroll.
    pub fn render_lines(&self, buf: &mut Buffer, area: Rect, lines: Vec<ratatui::text::Line<'_>>) {
        let max = lines.len().saturating_sub(area.height as usize);
        self.render(buf, area, ratatui::widgets::Paragraph::new(lines), max);
    }

    /// Like [`DetailView::render_lines`] for lines that may be wider than
    /// the area: they wrap at words, and the scroll stops at the last
    /// screenful of the wrapped lines.
    pub fn render_wrapped(
        &self,
        buf: &mut Buffer,
        area: Rect,
        lines: Vec<ratatui::text::Line<'_>>,
    ) {
        use ratatui::widgets::{Paragraph, Wrap};
        let p = Paragraph::new(lines).wrap(Wrap { trim: false });
        let max = p
            .line_count(area.width)
            .saturating_sub(area.height as usize);
        self.render(buf, area, p, max);
    }

    fn render(&self, buf: &mut Buffer, area: Rect, p: ratatui::widgets::Paragraph<'_>, max: usize) {
        use ratatui::widgets::Widget;
        self.max_scroll.set(max);
        p.scroll((self.scroll.min(max).min(u16::MAX as usize) as u16, 0))
            .render(area, buf);
    }
}

/// Rows of data under a table header in a body of `body_height` lines that also
/// holds `extra` lines of titles.
pub fn table_rows(body_height: usize, extra: usize) -> usize {
    body_height.saturating_sub(1 + extra).max(1)
}

/// Draws a filtered list with the virtual table.
pub fn render_list<R>(
    buf: &mut Buffer,
    area: Rect,
    columns: &[Column],
    list: &FilteredList<R>,
    lang: Lang,
    theme: &Theme,
    cell: impl for<'r> Fn(&'r R, usize) -> Cell<'r>,
) {
    let empty = if !list.loaded {
        tx::LOADING.get(lang)
    } else if list.total() == 0 {
        tx::EMPTY_LIST.get(lang)
    } else {
        tx::EMPTY_FILTER.get(lang)
    };
    let view = TableView {
        columns,
        len: list.len(),
        nav: list.nav,
        focused: true,
        empty,
    };
    vtable::render(buf, area, &view, theme, |i, c| match list.get(i) {
        Some(r) => cell(r, c),
        None => Cell::plain(""),
    });
}

/// The list as shown (filter applied), as text rows for a CSV export (`x`).
/// The header is `names`: snake_case Indonesian, the names `peka export` gives
/// the same data (design.md §1.1), never the screen titles, which change with
/// the language. A cell is written as its plain value (`raw` when it has one:
/// ISO dates, numbers without marks).
pub fn export_rows<R, const N: usize>(
    list: &FilteredList<R>,
    names: &[&str; N],
    cell: impl for<'r> Fn(&'r R, usize) -> Cell<'r>,
) -> (Vec<String>, Vec<Vec<String>>) {
    let header = names.iter().map(|n| n.to_string()).collect();
    let rows = (0..list.len())
        .filter_map(|i| list.get(i))
        .map(|r| {
            (0..N)
                .map(|c| {
                    let cell = cell(r, c);
                    cell.raw.unwrap_or(cell.text).into_owned()
                })
                .collect()
        })
        .collect();
    (header, rows)
}

/// A one-line bar of sub-list names with the current one reversed: "Mitra · Perjanjian · Magang".
pub fn render_sub_bar(buf: &mut Buffer, area: Rect, names: &[&str], current: usize, theme: &Theme) {
    let mut x = area.x;
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            buf.set_stringn(
                x,
                area.y,
                " · ",
                (area.right().saturating_sub(x)) as usize,
                theme.dim(),
            );
            x = x.saturating_add(3);
        }
        let style = if i == current {
            theme.tab_active()
        } else {
            Style::default()
        };
        let label = format!(" {name} ");
        let w = area.right().saturating_sub(x) as usize;
        buf.set_stringn(x, area.y, &label, w, style);
        x = x.saturating_add(unicode_width::UnicodeWidthStr::width(label.as_str()) as u16);
        if x >= area.right() {
            break;
        }
    }
}
