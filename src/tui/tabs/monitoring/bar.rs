//! Monitoring's one-line sub-list bar (eleven reports do not fit 80 columns:
//! the current one with as many neighbours as fit, `‹` / `›` where more lie
//! beyond, and "3/11" at the right), and the text bars its charts are made of
//! — block characters that read without colour.

use super::Sub;
use crate::i18n::Lang;
use crate::i18n::monitoring_review as rx;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

/// Which reports the bar names on a line `width` cells wide with `current`
/// in it: a range of `Sub::ALL` around it, widened right then left while
/// the names fit beside the counter and the arrows.
fn window(current: usize, names: &[String], width: usize, counter: usize) -> (usize, usize) {
    let cell = |i: usize| names[i].width() + 2;
    // "‹" before and "›" after when cut, "·" between, a space and the counter.
    let n = names.len();
    let fits = |from: usize, to: usize| {
        let names_w: usize = (from..=to).map(cell).sum();
        let seps = to - from;
        let arrows = usize::from(from > 0) + usize::from(to + 1 < n);
        // One space before the counter.
        names_w + seps + arrows + counter < width
    };
    let (mut from, mut to) = (current, current);
    loop {
        let mut grown = false;
        if to + 1 < n && fits(from, to + 1) {
            to += 1;
            grown = true;
        }
        if from > 0 && fits(from - 1, to) {
            from -= 1;
            grown = true;
        }
        if !grown {
            break;
        }
    }
    (from, to)
}

/// The bar: `‹ Gaps · [Compliance] · Due ›            2/11` (the current
/// one reversed).
pub(super) fn render_bar(buf: &mut Buffer, area: Rect, current: Sub, lang: Lang, theme: &Theme) {
    let names: Vec<String> = Sub::ALL
        .iter()
        .map(|s| s.bar_name().get(lang).to_string())
        .collect();
    let at = Sub::ALL.iter().position(|s| *s == current).unwrap_or(0);
    let counter = rx::counter(at + 1, Sub::ALL.len());
    let width = area.width as usize;
    let (from, to) = window(at, &names, width, counter.width());
    let mut x = area.x;
    let right = area.right();
    let put = |buf: &mut Buffer, x: &mut u16, text: &str, style: Style| {
        let room = right.saturating_sub(*x) as usize;
        buf.set_stringn(*x, area.y, text, room, style);
        *x = x.saturating_add(text.width() as u16).min(right);
    };
    if from > 0 {
        put(buf, &mut x, "‹", theme.dim());
    }
    for (i, name) in names.iter().enumerate().take(to + 1).skip(from) {
        if i > from {
            put(buf, &mut x, "·", theme.dim());
        }
        let style = if i == at {
            theme.tab_active()
        } else {
            Style::default()
        };
        put(buf, &mut x, &format!(" {name} "), style);
    }
    if to + 1 < names.len() {
        put(buf, &mut x, "›", theme.dim());
    }
    let cx = right.saturating_sub(counter.width() as u16);
    if cx > x {
        buf.set_stringn(cx, area.y, &counter, counter.width(), theme.dim());
    }
}

/// A bar of `share` (0–1) of `width` cells in full blocks and eighths: 100%
/// fills the width, anything above 0 shows at least a sliver.
pub(crate) fn text_bar(share: f64, width: usize) -> String {
    const EIGHTHS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let eighths = (share * width as f64 * 8.0).round() as usize;
    let eighths = if share > 0.0 { eighths.max(1) } else { 0 };
    let full = eighths / 8;
    let mut s = "█".repeat(full.min(width));
    if full < width && eighths % 8 > 0 {
        s.push(EIGHTHS[eighths % 8]);
    }
    s
}

/// A bar of `width` cells split among `parts` (count, glyph) in proportion,
/// each part with at least one cell when it is above 0 and there is room.
pub(crate) fn stacked_bar(parts: &[(usize, char)], width: usize) -> String {
    let total: usize = parts.iter().map(|(n, _)| n).sum();
    if total == 0 || width == 0 {
        return String::new();
    }
    // Largest remainder, so the cells add up to the width exactly.
    let mut cells: Vec<usize> = parts.iter().map(|(n, _)| n * width / total).collect();
    let mut rest: Vec<(usize, usize)> = parts
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (n * width % total, i))
        .collect();
    rest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut left = width - cells.iter().sum::<usize>();
    for (_, i) in rest {
        if left == 0 {
            break;
        }
        cells[i] += 1;
        left -= 1;
    }
    // A part above 0 shown as nothing takes a cell from the largest one.
    for i in 0..parts.len() {
        if parts[i].0 > 0 && cells[i] == 0 {
            let big = (0..parts.len()).max_by_key(|&j| cells[j]).unwrap_or(0);
            if cells[big] > 1 {
                cells[big] -= 1;
                cells[i] += 1;
            }
        }
    }
    parts
        .iter()
        .zip(cells)
        .map(|((_, g), c)| g.to_string().repeat(c))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_width_and_show_any_share() {
        assert_eq!(text_bar(1.0, 10), "██████████");
        assert_eq!(text_bar(0.5, 10), "█████");
        assert_eq!(text_bar(0.0, 10), "");
        assert_eq!(text_bar(0.001, 10), "▏");
        assert_eq!(text_bar(0.55, 10), "█████▌");
        assert_eq!(text_bar(2.0, 4), "████");
    }

    #[test]
    fn a_stacked_bar_fills_its_width_and_keeps_small_parts() {
        let b = stacked_bar(&[(2, '█'), (7, '▓'), (1, '▒')], 10);
        assert_eq!(b, "██▓▓▓▓▓▓▓▒");
        let b = stacked_bar(&[(1, '█'), (98, '▓'), (1, '▒')], 10);
        assert_eq!(b.chars().count(), 10);
        assert!(b.starts_with('█') && b.ends_with('▒'), "{b}");
        assert_eq!(stacked_bar(&[(0, '█')], 10), "");
    }

    #[test]
    fn the_window_keeps_the_current_report_with_neighbours() {
        let names: Vec<String> = ["Aaaa", "Bbbb", "Cccc", "Dddd", "Eeee"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        // All fit: 5 × 6 + 4 separators + counter 3 + 1 = 38.
        assert_eq!(window(2, &names, 38, 3), (0, 4));
        assert_ne!(window(2, &names, 37, 3), (0, 4));
        // Narrow: the current one and what fits around it.
        let (from, to) = window(4, &names, 24, 3);
        assert!(from <= 4 && to == 4 && from > 0);
        let (from, to) = window(0, &names, 24, 3);
        assert_eq!(from, 0);
        assert!(to < 4);
        assert_eq!(window(2, &names, 5, 3), (2, 2), "at least the current one");
    }
}
