//! Tab 4's entry grid (issue 10 item 2): a unit's employees in service for
//! one period, the two ratings set with single keys (`a` di atas, `s`
//! sesuai, `b` di bawah) and the predicate following as you type; a row is
//! saved as it is left. The title says how far along the unit is ("dinilai
//! n dari m") and its predicate distribution against the limit its
//! organisation predicate sets — a warning, never a block.

use crate::db::evaluations_write::UnitGrid;
use crate::domain::enums::{Predicate, Rating};
use crate::domain::predicate::{Distribution, OverLimit, distribution, over_limits, predicate};
use crate::i18n::Lang;
use crate::i18n::evaluation_grid as gx;
use crate::i18n::labels::Label;
use crate::i18n::tui as tx;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The grid of one unit and period.
#[derive(Debug, Clone, PartialEq)]
pub struct GridState {
    pub data: Option<Box<UnitGrid>>,
    /// The row and column (0 work result, 1 behaviour) the keys act on.
    pub row: usize,
    pub col: usize,
    /// First row shown.
    pub offset: usize,
    /// The ratings as stored (or as last saved), per row, to tell what changed.
    pub stored: Vec<(Option<Rating>, Option<Rating>)>,
}

impl GridState {
    pub fn new(data: Box<UnitGrid>) -> GridState {
        let stored = data
            .rows
            .iter()
            .map(|r| (r.work_result, r.behaviour))
            .collect();
        let mut g = GridState {
            data: Some(data),
            row: 0,
            col: 0,
            offset: 0,
            stored,
        };
        g.enter_row();
        g
    }

    pub fn rows(&self) -> usize {
        self.data.as_ref().map_or(0, |d| d.rows.len())
    }

    /// Arriving on a row: a unit's leader gets the work result the
    /// organisation predicate gives (shown, saved with the behaviour key),
    /// and the keys start at the first rating still missing.
    pub fn enter_row(&mut self) {
        let Some(r) = self.data.as_mut().and_then(|d| d.rows.get_mut(self.row)) else {
            return;
        };
        if r.work_result.is_none()
            && let Some(led) = r.leader_default
        {
            r.work_result = Some(led);
        }
        self.col = usize::from(r.work_result.is_some() && r.behaviour.is_none());
    }

    /// The row changed from what is stored (and so is to be saved when left).
    pub fn changed(&self, row: usize) -> bool {
        let Some(r) = self.data.as_ref().and_then(|d| d.rows.get(row)) else {
            return false;
        };
        self.stored.get(row) != Some(&(r.work_result, r.behaviour))
    }

    /// Both ratings are given.
    pub fn complete(&self, row: usize) -> bool {
        self.data
            .as_ref()
            .and_then(|d| d.rows.get(row))
            .is_some_and(|r| r.work_result.is_some() && r.behaviour.is_some())
    }

    /// Sets the rating under the cursor; true when it was the behaviour (the
    /// row is then complete when the work result is there).
    pub fn rate(&mut self, r: Rating) -> bool {
        let col = self.col;
        let Some(row) = self.data.as_mut().and_then(|d| d.rows.get_mut(self.row)) else {
            return false;
        };
        if col == 0 {
            row.work_result = Some(r);
            self.col = 1;
            false
        } else {
            row.behaviour = Some(r);
            true
        }
    }

    pub fn move_col(&mut self, delta: i8) {
        self.col = (self.col as i8 + delta).clamp(0, 1) as usize;
    }

    /// Moves to another row; keeps it in a window of `h` rows.
    pub fn move_row(&mut self, delta: isize, h: usize) {
        let n = self.rows();
        if n == 0 {
            return;
        }
        self.row = (self.row as isize + delta).clamp(0, n as isize - 1) as usize;
        self.fit(h);
        self.enter_row();
    }

    pub fn fit(&mut self, h: usize) {
        let h = h.max(1);
        if self.row < self.offset {
            self.offset = self.row;
        } else if self.row >= self.offset + h {
            self.offset = self.row + 1 - h;
        }
    }

    /// The predicates of the rows rated in full.
    pub fn distribution(&self) -> Distribution {
        let rows = self.data.as_ref().map_or(&[][..], |d| &d.rows[..]);
        distribution(
            rows.iter()
                .filter_map(|r| Some(predicate(r.work_result?, r.behaviour?))),
        )
    }

    /// (rated in full, employees).
    pub fn progress(&self) -> (usize, usize) {
        let rated = self.distribution().iter().sum();
        (rated, self.rows())
    }

    pub fn over(&self) -> Vec<OverLimit> {
        let limits = self.data.as_ref().map_or(&[][..], |d| &d.limits[..]);
        over_limits(&self.distribution(), limits)
    }
}

/// Rows of the table in a body of `h` lines (title, progress, header).
pub fn table_rows(h: usize) -> usize {
    h.saturating_sub(3).max(1)
}

fn rating_cell(r: Option<Rating>, lang: Lang) -> String {
    r.map_or_else(
        || "·".to_string(),
        |r| tx::rating_short(lang, r).to_string(),
    )
}

/// Draws the grid.
pub fn render(buf: &mut Buffer, area: Rect, g: &GridState, lang: Lang, theme: &Theme) {
    let w = area.width as usize;
    let Some(d) = g.data.as_ref() else {
        buf.set_stringn(area.x, area.y, tx::LOADING.get(lang), w, theme.dim());
        return;
    };
    let period = crate::i18n::labels::period_name(lang, d.period.kind, d.period.no, d.period.year);
    let org = d.org.map(|o| o.label(lang));
    buf.set_stringn(
        area.x,
        area.y,
        gx::title(lang, &d.unit, &period, org),
        w,
        theme.header(),
    );
    // Progress and distribution, with the warning when over the limit.
    let (rated, of) = g.progress();
    let dist = g.distribution();
    let counts: Vec<String> = Predicate::ALL
        .iter()
        .zip(dist)
        .map(|(p, n)| format!("{} {n}", tx::predicate_short(lang, *p)))
        .collect();
    let over = g.over();
    let mut line = format!("{} · {}", gx::progress(lang, rated, of), counts.join(" "));
    let style = if over.is_empty() {
        theme.normal()
    } else {
        for o in &over {
            line.push_str(" · ");
            line.push_str(&gx::over(lang, o));
        }
        theme.warn()
    };
    if area.height > 1 {
        buf.set_stringn(area.x, area.y + 1, &line, w, style);
    }
    // The table.
    // The NIP only where there is room for the names beside it.
    let nip_w = if w >= 72 { 19 } else { 0 };
    // Marker 2, NIP, name and its space, two ratings with theirs, predicate 17.
    let name_w = w
        .saturating_sub(2 + nip_w + 1 + 9 + 1 + 9 + 1 + 17)
        .clamp(8, 40);
    let header = format!(
        "  {:<nip_w$}{:<name_w$} {:<9} {:<9} {}",
        if nip_w > 0 { tx::COL_NIP.get(lang) } else { "" },
        tx::COL_NAME.get(lang),
        gx::COL_WORK.get(lang),
        gx::COL_BEHAVIOUR.get(lang),
        tx::COL_PREDICATE.get(lang),
    );
    if area.height > 2 {
        buf.set_stringn(area.x, area.y + 2, &header, w, theme.header());
    }
    let rows = table_rows(area.height as usize);
    for (i, r) in d.rows.iter().enumerate().skip(g.offset).take(rows) {
        let y = area.y + 3 + (i - g.offset) as u16;
        let here = i == g.row;
        let mark = if here {
            "▶ "
        } else if g.changed(i) {
            "* "
        } else {
            "  "
        };
        let name = fit(&r.name, name_w);
        let base = if here {
            theme.selected()
        } else {
            Style::default()
        };
        let mut x = area.x;
        let mut put = |text: &str, width: usize, style: Style| {
            let room = (area.right().saturating_sub(x)) as usize;
            buf.set_stringn(x, y, format!("{text:<width$}"), room.min(width), style);
            x = x.saturating_add(width as u16);
        };
        put(mark, 2, base);
        if nip_w > 0 {
            put(&r.nip, nip_w, base);
        }
        put(&name, name_w + 1, base);
        let cell = |col: usize| {
            if here && g.col == col {
                theme
                    .selected()
                    .add_modifier(ratatui::style::Modifier::UNDERLINED)
            } else {
                base
            }
        };
        put(&rating_cell(r.work_result, lang), 9, cell(0));
        put(" ", 1, base);
        put(&rating_cell(r.behaviour, lang), 9, cell(1));
        put(" ", 1, base);
        let p = match (r.work_result, r.behaviour) {
            (Some(w), Some(b)) => predicate(w, b).label(lang).to_string(),
            _ => String::new(),
        };
        put(&fit(&p, 17), 17, base);
    }
    if d.rows.is_empty() && area.height > 3 {
        buf.set_stringn(area.x, area.y + 3, gx::NOBODY.get(lang), w, theme.dim());
    }
}
