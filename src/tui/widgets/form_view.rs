//! Drawing a form: a title line, one row per field (marker, label, value), an
//! error directly under its field, lookup results under a lookup field, and
//! the help line (or the discard question) at the bottom, wrapped onto up to
//! three rows when long. Long forms scroll
//! so the focused field with its error and results is always in view.
//!
//! Readable without colour: the focused field has `▶` and an underlined
//! value, a field with an error has `✗` in the marker column and a `✗ …`
//! line, a note that is no error (a paste cut to the field's length, a choice
//! typing could not decide) a `! …` line, a highlighted value (typing
//! replaces it) is reversed, the selected lookup result is reversed, choices
//! show `◀ label ▶`.

use crate::i18n::form as tx;
use crate::tui::theme::Theme;
use crate::tui::widgets::form::{Confirm, FieldKind, FieldView, Form, LookupItem};
use crate::tui::widgets::vtable::fit;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

const MARK_FOCUS: &str = "▶";
const MARK_ERROR: &str = "✗";
const ERROR_PREFIX: &str = "✗ ";
const NOTE_PREFIX: &str = "! ";
const MARK_PICKED: &str = " ✓";
const MARK_RESULT: &str = "› ";
const MARK_REQUIRED: &str = " *";
/// Rows a multi-line field shows at most.
const MULTI_ROWS: usize = 4;
/// Lookup results shown at once.
const RESULT_ROWS: usize = 5;
/// Rows the help under the form may take, and the rows the fields keep
/// before it takes more than one.
const HELP_ROWS: usize = 3;
const BODY_MIN: usize = 8;
/// Widest label column.
pub const LABEL_MAX: usize = 24;

/// One screen row of the form body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    /// A row of field `field`'s value (a byte range of its display text);
    /// `first`: the field's first row shown, which carries its label and
    /// marker (a multi-line value scrolled to its cursor starts lower down).
    Value {
        field: usize,
        start: usize,
        end: usize,
        first: bool,
    },
    /// A line of field `field`'s error message (a byte range of
    /// `error_text`): long messages wrap instead of being cut.
    Error {
        field: usize,
        start: usize,
        end: usize,
        /// The field's note (no error), not its error.
        note: bool,
    },
    Result(usize, usize),
    NoResults(usize),
    /// "↓ 3/8" under a result list longer than the rows shown; "↓ 3/8+ …"
    /// when more records match than the list holds.
    More(usize),
}

/// Draws `form` into `area`; returns where the terminal cursor goes (the
/// focused text field), for `frame.set_cursor_position`.
pub fn render(buf: &mut Buffer, area: Rect, form: &Form, theme: &Theme) -> Option<Position> {
    if area.width == 0 || area.height == 0 {
        return None;
    }
    let chrome = area.height >= 3;
    // The help line under the form wraps onto up to HELP_ROWS rows while the
    // body keeps BODY_MIN rows: a field's hint cut at 80 columns was
    // unreadable.
    let help = chrome.then(|| help_text(form, theme)).flatten();
    let help_segs = help
        .map(|(text, _)| wrap_words(text, area.width as usize))
        .unwrap_or_default();
    let help_rows = if chrome {
        let spare = (area.height as usize - 2).saturating_sub(BODY_MIN);
        help_segs.len().clamp(1, HELP_ROWS).min(1 + spare)
    } else {
        0
    };
    let body = if chrome {
        Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height - 1 - help_rows as u16,
        )
    } else {
        area
    };
    let label_w = label_width(form, area.width);
    let value_x = area.x + 2 + label_w as u16;
    let value_w = area.right().saturating_sub(value_x) as usize;
    let error_w = (area.width as usize).saturating_sub(2).max(1);
    let (rows, focus_rows) = layout(form, value_w, error_w);
    let height = body.height as usize;
    let scroll = scroll_for(form.scroll(), focus_rows, &rows, height);
    form.set_scroll(scroll);
    if chrome {
        render_title(buf, area, form, theme, scroll, rows.len() > scroll + height);
        if let Some((text, style)) = help {
            render_help_lines(buf, area, text, &help_segs, help_rows, style);
        }
    }
    let geo = Geometry {
        lang: form.lang(),
        x: area.x,
        label_w,
        value_x,
        value_w,
        right: area.right(),
    };
    let mut cursor = None;
    for (line, row) in rows.iter().skip(scroll).take(height).enumerate() {
        let y = body.y + line as u16;
        if let Some(pos) = render_row(buf, &geo, y, form, *row, theme) {
            cursor = Some(pos);
        }
    }
    cursor.filter(|_| form.confirm().is_none())
}

/// The key hints of the form in one line (for the app's footer).
pub fn render_hints(buf: &mut Buffer, area: Rect, form: &Form, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lang = form.lang();
    let mut x = area.x;
    for (i, (keys, what)) in form.key_hints().into_iter().enumerate() {
        let gap = if i == 0 { 0 } else { 2 };
        let (k, w) = (keys.get(lang), what.get(lang));
        let need = gap + k.width() + 1 + w.width();
        if x as usize + need > area.right() as usize {
            break;
        }
        x += gap as u16;
        buf.set_stringn(x, area.y, k, k.width(), theme.key());
        x += k.width() as u16 + 1;
        buf.set_stringn(x, area.y, w, w.width(), theme.normal());
        x += w.width() as u16;
    }
}

struct Geometry {
    lang: crate::i18n::Lang,
    x: u16,
    label_w: usize,
    value_x: u16,
    value_w: usize,
    right: u16,
}

fn label_width(form: &Form, width: u16) -> usize {
    let widest = (0..form.len())
        .filter_map(|i| form.field(i))
        .map(|f| f.spec.label.width() + if f.spec.required { 2 } else { 0 })
        .max()
        .unwrap_or(0);
    (widest + 1).min(LABEL_MAX).min(width as usize * 2 / 5)
}

/// Every row of the form and the rows of the focused field (with its error
/// and results).
fn layout(form: &Form, value_w: usize, error_w: usize) -> (Vec<Row>, (usize, usize)) {
    let mut rows = Vec::new();
    let mut focus = (0, 0);
    for i in 0..form.len() {
        let Some(f) = form.field(i) else { continue };
        let start = rows.len();
        if matches!(f.spec.kind, FieldKind::MultiLine { .. }) {
            let segs = wrap(f.display, value_w.saturating_sub(1).max(1));
            let cur = f.cursor.map_or(0, |c| segment_of(&segs, c));
            let first = if f.focused {
                cur.saturating_sub(MULTI_ROWS - 1)
            } else {
                0
            };
            for (n, &(s, e)) in segs.iter().skip(first).take(MULTI_ROWS).enumerate() {
                rows.push(Row::Value {
                    field: i,
                    start: s,
                    end: e,
                    first: n == 0,
                });
            }
        } else {
            rows.push(Row::Value {
                field: i,
                start: 0,
                end: f.display.len(),
                first: true,
            });
        }
        for note in [false, true] {
            let Some(msg) = message_text(&f, note) else {
                continue;
            };
            let segs = if msg.width() <= value_w {
                vec![(0, msg.len())]
            } else {
                wrap_words(&msg, error_w)
            };
            rows.extend(segs.into_iter().map(|(start, end)| Row::Error {
                field: i,
                start,
                end,
                note,
            }));
        }
        if let Some((results, selected)) = f.results {
            if results.is_empty() {
                rows.push(Row::NoResults(i));
            }
            let first = selected.saturating_sub(RESULT_ROWS - 1);
            let shown = results.len().min(RESULT_ROWS);
            rows.extend((first..first + shown).map(|r| Row::Result(i, r)));
            if results.len() > RESULT_ROWS || f.more {
                rows.push(Row::More(i));
            }
        }
        if f.focused {
            focus = (start, rows.len());
        }
    }
    (rows, focus)
}

/// The first row shown: the previous one, moved just enough to show the
/// focused rows (their top when they do not all fit), never past the end, and
/// never starting inside another field's rows when that can be avoided.
fn scroll_for(
    previous: usize,
    (top, bottom): (usize, usize),
    rows: &[Row],
    height: usize,
) -> usize {
    let mut s = previous;
    if bottom > s + height {
        s = bottom.saturating_sub(height);
    }
    if top < s || bottom - top > height {
        s = top;
    }
    s = s.min(rows.len().saturating_sub(height));
    let starts_field = |i: usize| matches!(rows.get(i), Some(Row::Value { first: true, .. }));
    if let Some(next) = (s..=top).find(|i| starts_field(*i)) {
        s = next;
    }
    s
}

/// Splits `text` into display rows of at most `width` cells: byte ranges,
/// broken at newlines (not included) and where a row is full.
/// The error line as shown: the `✗` mark, then the sentence.
fn error_text(err: &str) -> String {
    format!("{ERROR_PREFIX}{err}")
}

/// The error line (`✗ …`) or the note line (`! …`) of a field, if it has one.
fn message_text(f: &FieldView<'_>, note: bool) -> Option<String> {
    if note {
        f.note.map(|n| format!("{NOTE_PREFIX}{n}"))
    } else {
        f.error.map(error_text)
    }
}

/// Byte ranges of `text` broken at spaces into lines of at most `width` cells
/// (a word longer than a line is cut where the line ends).
pub(crate) fn wrap_words(text: &str, width: usize) -> Vec<(usize, usize)> {
    let width = width.max(1);
    let mut segs = Vec::new();
    let (mut start, mut used, mut last_space) = (0usize, 0usize, None::<usize>);
    for (i, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > width && i > start {
            if c == ' ' {
                // Break at this space: it ends the line and is not shown.
                segs.push((start, i));
                start = i + 1;
                used = 0;
                last_space = None;
                continue;
            }
            let cut = last_space.filter(|s| *s > start).unwrap_or(i);
            segs.push((start, cut));
            start = if cut < i { cut + 1 } else { cut };
            used = text.get(start..i).map_or(0, |t| t.width());
            last_space = None;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        used += w;
    }
    segs.push((start.min(text.len()), text.len()));
    segs
}

/// The rows of a multi-line value: broken at its newlines (not included),
/// each line broken at spaces as [`wrap_words`] does ("seban|yak" read as
/// two words).
fn wrap(text: &str, width: usize) -> Vec<(usize, usize)> {
    let mut segs = Vec::new();
    let mut from = 0;
    for line in text.split('\n') {
        segs.extend(
            wrap_words(line, width)
                .into_iter()
                .map(|(s, e)| (from + s, from + e)),
        );
        from += line.len() + 1;
    }
    segs
}

/// The row holding byte `cursor`: the last one starting at or before it.
fn segment_of(segs: &[(usize, usize)], cursor: usize) -> usize {
    segs.iter().rposition(|(s, _)| *s <= cursor).unwrap_or(0)
}

fn render_title(
    buf: &mut Buffer,
    area: Rect,
    form: &Form,
    theme: &Theme,
    scroll: usize,
    more: bool,
) {
    let w = area.width as usize;
    let title = fit(form.title(), w);
    buf.set_stringn(area.x, area.y, &title, w, theme.header());
    let lang = form.lang();
    let up = if scroll > 0 { "▲ " } else { "" };
    let down = if more { " ▼" } else { "" };
    let pos = if form.is_empty() {
        String::new()
    } else {
        format!("{up}{}/{}{down}", form.focus() + 1, form.len())
    };
    let required = (0..form.len()).any(|i| form.field(i).is_some_and(|f| f.spec.required));
    let full = format!("{}   {pos}", tx::LEGEND_REQUIRED.get(lang));
    let room = w.saturating_sub(title.width() + 2);
    let right = if required && full.width() <= room {
        full
    } else if pos.width() <= room {
        pos
    } else {
        return;
    };
    let x = area.right() - right.width() as u16;
    buf.set_stringn(x, area.y, &right, right.width(), theme.dim());
}

/// What the line under the form says: the discard or quit question, a
/// notice, else the focused field's hint.
fn help_text<'a>(form: &'a Form, theme: &Theme) -> Option<(&'a str, Style)> {
    let lang = form.lang();
    Some(match (form.confirm(), form.notice()) {
        (Some(Confirm::Discard), _) => (tx::CONFIRM_DISCARD.get(lang), theme.error()),
        (Some(Confirm::Quit), _) => (tx::CONFIRM_QUIT.get(lang), theme.error()),
        (None, Some(n)) => (n, theme.warn()),
        (None, None) => (form.field(form.focus())?.spec.help.as_str(), theme.dim()),
    })
}

/// The help text in the last `rows` rows of `area`, wrapped at words (its
/// `segs`); the last row shown ends in `…` when the text goes on.
fn render_help_lines(
    buf: &mut Buffer,
    area: Rect,
    text: &str,
    segs: &[(usize, usize)],
    rows: usize,
    style: Style,
) {
    let w = area.width as usize;
    let top = area.bottom() - rows as u16;
    for (i, (s, e)) in segs.iter().take(rows).enumerate() {
        let line = if i + 1 == rows && segs.len() > rows {
            fit(&text[*s..], w)
        } else {
            fit(&text[*s..*e], w)
        };
        buf.set_stringn(area.x, top + i as u16, line, w, style);
    }
}

fn render_row(
    buf: &mut Buffer,
    g: &Geometry,
    y: u16,
    form: &Form,
    row: Row,
    theme: &Theme,
) -> Option<Position> {
    let lang = form.lang();
    match row {
        Row::Value {
            field,
            start,
            end,
            first,
        } => {
            let f = form.field(field)?;
            if first {
                render_label(buf, g, y, &f, theme);
            }
            render_value(buf, g, y, &f, (start, end), theme)
        }
        Row::Error {
            field,
            start,
            end,
            note,
        } => {
            let msg = message_text(&form.field(field)?, note)?;
            let style = if note { theme.caution() } else { theme.warn() };
            // Under the value when it fits, else wrapped from the label column.
            let x = if msg.width() <= g.value_w {
                g.value_x
            } else {
                g.x + 2
            };
            let w = g.right.saturating_sub(x) as usize;
            let line = msg.get(start..end).unwrap_or("");
            buf.set_stringn(x, y, fit(line, w), w, style);
            None
        }
        Row::Result(field, r) => {
            let (results, selected) = form.field(field)?.results?;
            render_result(buf, g, y, results, r, r == selected, theme);
            None
        }
        Row::NoResults(_) | Row::More(_) => {
            let text = match row {
                Row::More(field) => {
                    let view = form.field(field)?;
                    let (results, selected) = view.results?;
                    if view.more {
                        tx::lookup_more(lang, selected + 1, results.len())
                    } else {
                        format!("↓ {}/{}", selected + 1, results.len())
                    }
                }
                _ => tx::LOOKUP_NONE.get(lang).to_string(),
            };
            let x = g.value_x + 2.min(g.value_w as u16);
            let w = g.right.saturating_sub(x) as usize;
            buf.set_stringn(x, y, fit(&text, w), w, theme.dim());
            None
        }
    }
}

/// One lookup result: `› label  detail`, the selected one reversed; the
/// details line up after the widest label (at most half the room).
fn render_result(
    buf: &mut Buffer,
    g: &Geometry,
    y: u16,
    results: &[LookupItem],
    r: usize,
    chosen: bool,
    theme: &Theme,
) {
    let Some(item) = results.get(r) else { return };
    let w = g.right.saturating_sub(g.value_x) as usize;
    let label_w = results
        .iter()
        .map(|i| i.label.width())
        .max()
        .unwrap_or(0)
        .min(w / 2);
    let label = fit(&item.label, label_w);
    let pad = " ".repeat(label_w.saturating_sub(label.width()) + 2);
    let (mark, head_style, detail_style) = if chosen {
        (MARK_RESULT, theme.selected(), theme.selected())
    } else {
        ("  ", theme.normal(), theme.dim())
    };
    let head = format!("{mark}{label}{pad}");
    buf.set_stringn(g.value_x, y, fit(&head, w), w, head_style);
    let hw = head.width();
    if hw < w {
        let detail = fit(&item.detail, w - hw);
        buf.set_stringn(g.value_x + hw as u16, y, &detail, w - hw, detail_style);
    }
}

fn render_label(buf: &mut Buffer, g: &Geometry, y: u16, f: &FieldView<'_>, theme: &Theme) {
    let (mark, style) = if f.focused {
        (MARK_FOCUS, theme.key())
    } else if f.error.is_some() {
        (MARK_ERROR, theme.warn())
    } else {
        ("", theme.normal())
    };
    let room = g.right.saturating_sub(g.x) as usize;
    buf.set_stringn(g.x, y, mark, room.min(1), style);
    let required = if f.spec.required { MARK_REQUIRED } else { "" };
    let label = format!("{}{required}", f.spec.label);
    let w = g.label_w.saturating_sub(1).min(room.saturating_sub(2));
    let style = if f.focused {
        theme.header()
    } else {
        theme.normal()
    };
    if w > 0 {
        buf.set_stringn(g.x + 2, y, fit(&label, w), w, style);
    }
}

/// Width of the input box of a single-line text field.
fn box_width(kind: &FieldKind, value_w: usize) -> usize {
    let w = match kind {
        FieldKind::Text { max_len } => max_len + 1,
        FieldKind::Number { min, max } => min.to_string().len().max(max.to_string().len()) + 1,
        FieldKind::Decimal { .. } => 12,
        FieldKind::Date => 11,
        _ => value_w,
    };
    w.min(value_w)
}

fn render_value(
    buf: &mut Buffer,
    g: &Geometry,
    y: u16,
    f: &FieldView<'_>,
    (start, end): (usize, usize),
    theme: &Theme,
) -> Option<Position> {
    if g.value_w == 0 {
        return None;
    }
    let input = if f.focused {
        theme.input()
    } else {
        theme.normal()
    };
    // A selected value (typing replaces it) is reversed: visible without colour.
    let text_style = if f.selected { theme.selected() } else { input };
    match &f.spec.kind {
        FieldKind::Choice { .. } | FieldKind::YesNo => {
            render_choice(buf, g, y, f, theme, input);
            None
        }
        FieldKind::MultiLine { .. } => {
            buf.set_style(Rect::new(g.value_x, y, g.value_w as u16, 1), input);
            let seg = &f.display[start..end];
            buf.set_stringn(g.value_x, y, seg, g.value_w, text_style);
            let c = f.cursor?;
            let on_row =
                f.focused && c >= start && c <= end && (c < end || !more_after(f.display, end, c));
            on_row.then(|| Position::new(g.value_x + f.display[start..c].width() as u16, y))
        }
        kind => {
            let bw = box_width(kind, g.value_w);
            buf.set_style(Rect::new(g.value_x, y, bw as u16, 1), input);
            let text = f.display;
            let cursor = f.cursor.unwrap_or(text.len()).min(text.len());
            if !f.focused {
                let shown = fit(text, bw);
                buf.set_stringn(g.value_x, y, &shown, bw, input);
                if f.picked && shown.width() + MARK_PICKED.width() <= g.value_w {
                    let x = g.value_x + shown.width() as u16;
                    buf.set_stringn(x, y, MARK_PICKED, MARK_PICKED.width(), theme.good());
                }
                return None;
            }
            // Scroll sideways so the cursor stays inside the box.
            let mut from = 0;
            while from < cursor && text[from..cursor].width() > bw.saturating_sub(1) {
                from += text[from..].chars().next().map_or(1, char::len_utf8);
            }
            buf.set_stringn(g.value_x, y, &text[from..], bw, text_style);
            let shown = text[from..].width().min(bw);
            if f.picked && shown + MARK_PICKED.width() <= g.value_w {
                let x = g.value_x + shown as u16;
                buf.set_stringn(x, y, MARK_PICKED, MARK_PICKED.width(), theme.good());
            }
            Some(Position::new(
                g.value_x + text[from..cursor].width() as u16,
                y,
            ))
        }
    }
}

/// True when the cursor at byte `c` == `end` belongs to the next wrapped row
/// (a soft break: the next row starts exactly at `end`).
/// Whether the cursor at a row's `end` belongs to the next row: yes when
/// the row was cut inside a word (the next row starts there), no when it
/// ends at a newline or at the space it was broken at (not shown).
fn more_after(text: &str, end: usize, c: usize) -> bool {
    c == end && end < text.len() && !text[end..].starts_with(['\n', ' '])
}

fn render_choice(
    buf: &mut Buffer,
    g: &Geometry,
    y: u16,
    f: &FieldView<'_>,
    theme: &Theme,
    input: Style,
) {
    let label = if f.display.is_empty() {
        None
    } else {
        Some(f.display)
    };
    let mut x = g.value_x;
    let mut room = g.value_w;
    let mut put = |buf: &mut Buffer, s: &str, style: Style| {
        let s = fit(s, room);
        buf.set_stringn(x, y, &s, room, style);
        x += s.width() as u16;
        room = room.saturating_sub(s.width());
    };
    put(buf, "◀ ", theme.normal());
    match label {
        Some(l) => put(buf, l, input),
        None => put(buf, tx::CHOICE_EMPTY.get(g.lang), input.patch(theme.dim())),
    }
    put(buf, " ▶", theme.normal());
    if !f.narrow.is_empty() {
        put(buf, &format!("  [{}]", f.narrow), theme.dim());
    }
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap_words;

    #[test]
    fn long_errors_break_at_spaces_and_keep_every_word() {
        let text = "✗ Digit 1–8 NIP (tanggal lahir) harus tanggal yang sah: 19900231 tidak sah.";
        let segs = wrap_words(text, 30);
        assert!(segs.len() > 1);
        let joined: Vec<&str> = segs.iter().map(|(s, e)| &text[*s..*e]).collect();
        assert_eq!(joined.join(" "), text, "nothing is lost");
        assert!(
            joined
                .iter()
                .all(|l| unicode_width::UnicodeWidthStr::width(*l) <= 30)
        );
        assert_eq!(wrap_words("pendek", 30), vec![(0, 6)]);
        for width in 0..12 {
            for text in [
                "a b",
                "  spasi  ganda  ",
                "katapanjangsekali lagi",
                "é ü ✗ x",
                " ",
            ] {
                for (s, e) in wrap_words(text, width) {
                    assert!(s <= e && text.is_char_boundary(s) && text.is_char_boundary(e));
                }
            }
        }
    }
}
