//! The last step before the terminal: a frame's bytes are collected and
//! their style changes (SGR, `ESC [ … m`) written in the shortest form that
//! means the same — over a slow SSH link every byte of a keystroke counts.
//!
//! The backend writes one SGR sequence per attribute or colour change and
//! names the sixteen basic colours by their 256-palette numbers
//! (`ESC[38;5;1m` for red). Here adjacent SGR sequences become one
//! (`ESC[22mESC[7m` → `ESC[22;7m`) and palette colours 0–15 take their
//! classic codes (`38;5;1` → `31`, `48;5;9` → `101`), which every terminal
//! that shows sixteen colours reads the same. Nothing else is touched.
//!
//! Before that, [`GapFill`] sits between ratatui and its backend: ratatui
//! sends only the cells that changed and moves the cursor over every run of
//! unchanged ones (`ESC[12;40H`, 7–8 bytes), even a run of one space. Where
//! writing the unchanged cells again is shorter than the move and needs no
//! style change of its own, they are written instead; and a row that ends
//! blank is erased from there (`ESC[K`) rather than written with spaces.
//! Monitoring's heat table over the JP compliance cost 3,637 B, its
//! "Memuat…" frame 1,788 B; now about 2,100 B and 450 B.

use super::shift;
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// Collects everything written until `flush`, then writes it squeezed in
/// one piece.
pub struct Squeeze<W: Write> {
    inner: W,
    buf: Vec<u8>,
}

impl<W: Write> Squeeze<W> {
    pub fn new(inner: W) -> Squeeze<W> {
        Squeeze {
            inner,
            buf: Vec::with_capacity(16 * 1024),
        }
    }
}

impl<W: Write> Write for Squeeze<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.buf.is_empty() {
            let out = squeeze(&self.buf);
            self.buf.clear();
            self.inner.write_all(&out)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Squeeze<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// The SGR sequence starting at `at` (`ESC [ digits-and-semicolons m`): its
/// parameters and the index after it. Other sequences give `None`.
fn sgr_at(bytes: &[u8], at: usize) -> Option<(&[u8], usize)> {
    if bytes.get(at) != Some(&0x1b) || bytes.get(at + 1) != Some(&b'[') {
        return None;
    }
    let start = at + 2;
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'0'..=b'9' | b';' => i += 1,
            b'm' => return Some((&bytes[start..i], i + 1)),
            _ => return None,
        }
    }
    None
}

/// The parameters of one SGR sequence as numbers (`ESC[m` is `0`); `None`
/// when one is empty or too large (the sequence is then left as it is).
fn numbers(params: &[u8]) -> Option<Vec<u16>> {
    if params.is_empty() {
        return Some(vec![0]);
    }
    params
        .split(|&b| b == b';')
        .map(|p| {
            if p.is_empty() || p.len() > 4 {
                return None;
            }
            std::str::from_utf8(p).ok()?.parse().ok()
        })
        .collect()
}

/// One change of an SGR sequence: an attribute (`[1]`), a reset (`[0]`) or
/// a colour with its numbers (`[31]`, `[38, 5, 200]`, `[48, 2, r, g, b]`).
type Op = Vec<u16>;

/// The changes of one SGR sequence, palette colours 0–15 of `38;5;n` /
/// `48;5;n` in their classic codes.
fn ops(ps: &[u16]) -> Vec<Op> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ps.len() {
        let p = ps[i];
        match (p, ps.get(i + 1), ps.get(i + 2)) {
            (38 | 48, Some(5), Some(&n)) if n < 16 => {
                let base = if p == 38 { 30 } else { 40 };
                out.push(vec![if n < 8 { base + n } else { base + 60 + n - 8 }]);
                i += 3;
            }
            // Other palette or true colours keep all their numbers (they
            // are not attributes of their own).
            (38 | 48 | 58, Some(5), Some(_)) => {
                out.push(ps[i..i + 3].to_vec());
                i += 3;
            }
            (38 | 48 | 58, Some(2), _) if i + 4 < ps.len() => {
                out.push(ps[i..i + 5].to_vec());
                i += 5;
            }
            _ => {
                out.push(vec![p]);
                i += 1;
            }
        }
    }
    out
}

/// Which colour an op sets: 0 foreground, 1 background, 2 underline.
fn colour_slot(op: &[u16]) -> Option<usize> {
    match op.first()? {
        30..=39 | 90..=97 => Some(0),
        40..=49 | 100..=107 => Some(1),
        58 | 59 => Some(2),
        _ => None,
    }
}

/// The colours in effect, as far as this frame's bytes tell (`None`: not
/// known — the frame may start on any colour).
#[derive(Default)]
struct Pen([Option<Op>; 3]);

impl Pen {
    /// Adds `op` to `run` unless it sets a colour already in effect; a reset
    /// makes everything before it in the run pointless.
    fn push(&mut self, op: Op, run: &mut Vec<Op>) {
        if op == [0] {
            run.clear();
            self.0 = [Some(vec![39]), Some(vec![49]), Some(vec![59])];
            run.push(op);
            return;
        }
        if let Some(slot) = colour_slot(&op) {
            if self.0[slot].as_ref() == Some(&op) {
                return;
            }
            self.0[slot] = Some(op.clone());
        }
        run.push(op);
    }
}

/// The most numbers one merged sequence gets (terminals read a bounded
/// number of parameters; xterm 30).
const MAX_PARAMS: usize = 16;

/// `bytes` with each run of adjacent SGR sequences written as one, in the
/// shortest equivalent form, leaving out colours already in effect.
pub fn squeeze(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut pen = Pen::default();
    let mut i = 0;
    while i < bytes.len() {
        let Some((params, mut next)) = sgr_at(bytes, i) else {
            // Another escape sequence than a cursor move may change or
            // restore the colours: from here they are not known.
            if bytes[i] == 0x1b && !is_cursor_move(bytes, i) {
                pen = Pen::default();
            }
            out.push(bytes[i]);
            i += 1;
            continue;
        };
        let Some(first) = numbers(params) else {
            pen = Pen::default();
            out.extend_from_slice(&bytes[i..next]);
            i = next;
            continue;
        };
        let mut run: Vec<Op> = Vec::new();
        for op in ops(&first) {
            pen.push(op, &mut run);
        }
        while let Some((params, after)) = sgr_at(bytes, next) {
            let Some(more) = numbers(params) else { break };
            let more = ops(&more);
            let len = |r: &[Op]| r.iter().map(Vec::len).sum::<usize>();
            if len(&run) + len(&more) > MAX_PARAMS {
                break;
            }
            for op in more {
                pen.push(op, &mut run);
            }
            next = after;
        }
        i = next;
        if run.is_empty() {
            continue;
        }
        out.extend_from_slice(b"\x1b[");
        // A lone reset is `ESC[m`: the missing number means 0.
        if run != [vec![0]] {
            let text: Vec<String> = run.iter().flatten().map(u16::to_string).collect();
            out.extend_from_slice(text.join(";").as_bytes());
        }
        out.push(b'm');
    }
    out
}

/// `ESC [ row ; col H` at `at`.
fn is_cursor_move(bytes: &[u8], at: usize) -> bool {
    if bytes.get(at + 1) != Some(&b'[') {
        return false;
    }
    for &b in &bytes[at + 2..] {
        match b {
            b'0'..=b'9' | b';' => {}
            b'H' => return true,
            _ => return false,
        }
    }
    false
}

/// A ratatui backend that writes short runs of unchanged cells instead of
/// moving the cursor over them, and erases blank row ends (see the module's
/// notes). It keeps what it
/// has drawn since the screen was last cleared — what ratatui's previous
/// frame holds, which is what the terminal shows — to know those cells.
pub struct GapFill<B> {
    inner: B,
    /// The screen as drawn through this backend; `None` after a partial
    /// clear (its contents unknown here until the next full clear).
    shown: Option<Buffer>,
    /// Whether this backend last showed (true) or hid (false) the cursor;
    /// `None` when unknown (at the start, after a clear, after the inner
    /// writer was lent out). ratatui shows or hides it on every frame: 6
    /// bytes a frame that change nothing when it already is so.
    cursor: Option<bool>,
    /// The next frame is drawn afresh on a cleared terminal, whatever it
    /// changes (Ctrl-L: something else wrote over the screen).
    afresh: bool,
}

impl<B> GapFill<B> {
    pub fn new(inner: B) -> GapFill<B> {
        GapFill {
            inner,
            shown: Some(Buffer::empty(Rect::ZERO)),
            cursor: None,
            afresh: false,
        }
    }

    /// Draws the next frame whole on a cleared terminal (`ESC[2J`), from
    /// what this backend knows the screen should hold, and sends the
    /// cursor's visibility again — without asking the
    /// terminal anything, as ratatui's own `clear` does (the cursor's
    /// position, whose answer would arrive among the keys).
    pub fn draw_afresh_next(&mut self) {
        self.afresh = true;
        self.cursor = None;
    }

    pub fn inner(&self) -> &B {
        &self.inner
    }

    pub fn inner_mut(&mut self) -> &mut B {
        // Whatever is written through it may show or hide the cursor.
        self.cursor = None;
        &mut self.inner
    }
}

/// Changed rows from which moving rows may be shorter: a move costs about
/// as much as one short row written again.
const MOVED_FROM: usize = 3;

/// How many rows have changed cells (`changed` is in row order).
fn rows_touched(changed: &[(u16, u16, &Cell)]) -> usize {
    let mut rows = 0;
    let mut last = None;
    for &(_, y, _) in changed {
        if last != Some(y) {
            rows += 1;
            last = Some(y);
        }
    }
    rows
}

/// Blank cells at the end of a row from which erasing the rest of the row
/// (about 11 bytes) is shorter than writing them.
const ERASE_FROM: usize = 12;

/// The bytes of `ESC [ row ; col H` for the 0-based cell (x, y).
fn move_cost(x: u16, y: u16) -> usize {
    let digits = |n: u32| n.checked_ilog10().unwrap_or(0) as usize + 1;
    4 + digits(u32::from(y) + 1) + digits(u32::from(x) + 1)
}

fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.underline_color == b.underline_color
        && a.modifier == b.modifier
}

/// One column wide, drawn by the diff as it is (not skipped, no forced
/// width).
fn narrow(c: &Cell) -> bool {
    c.diff_option == CellDiffOption::None && c.symbol().width() == 1
}

/// The cells of the gap `from..to` on row `y` of `shown`, when writing
/// them is shorter than moving over them and adds no style change: all
/// narrow, in one style that is the one before or after the gap.
fn gap_cells(
    shown: &Buffer,
    y: u16,
    from: u16,
    to: u16,
    before: &Cell,
    after: &Cell,
) -> Option<Vec<Cell>> {
    let area = shown.area;
    if y >= area.bottom() || to > area.right() || from >= to {
        return None;
    }
    let cells: Vec<&Cell> = (from..to).map(|x| &shown[(x, y)]).collect();
    let first = cells[0];
    let style_ok = same_style(first, before) || same_style(first, after);
    let bytes: usize = cells.iter().map(|c| c.symbol().len()).sum();
    (style_ok
        && bytes < move_cost(to, y)
        && cells.iter().all(|c| narrow(c) && same_style(c, first)))
    .then(|| cells.into_iter().cloned().collect())
}

/// The bytes that take a screen showing what it showed to `screen`, given
/// the cells that changed (`changed`, in ratatui's diff order): short runs
/// of unchanged cells written instead of moved over, rows that end blank
/// erased from there.
fn encode(screen: &Buffer, changed: &[(u16, u16, &Cell)]) -> io::Result<Vec<u8>> {
    use ratatui::backend::CrosstermBackend;
    let mut out: Vec<(u16, u16, Cell)> = Vec::with_capacity(changed.len());
    let mut last: Option<(u16, u16, &Cell)> = None;
    for &(x, y, cell) in changed {
        if let Some((px, py, prev)) = last
            && py == y
            && narrow(prev)
            && x > px + 1
            && let Some(fill) = gap_cells(screen, y, px + 1, x, prev, cell)
        {
            out.extend(fill.into_iter().zip(px + 1..).map(|(c, gx)| (gx, y, c)));
        }
        out.push((x, y, cell.clone()));
        last = Some((x, y, cell));
    }
    let mut bytes = Vec::with_capacity(out.len() * 2);
    let mut wire = CrosstermBackend::new(&mut bytes);
    // A row that ends blank from one of its changed cells on is erased
    // from there (`ESC[K`, after a move) rather than written with spaces:
    // a list giving way to a shorter one, a table to "Memuat…".
    let blank = Cell::default();
    let width = screen.area.width;
    let mut pending: Vec<(u16, u16, Cell)> = Vec::with_capacity(out.len());
    let mut rest = out.as_slice();
    while let Some(&(_, y, _)) = rest.first() {
        let row = rest.iter().take_while(|(_, ry, _)| *ry == y).count();
        let (line, after) = rest.split_at(row);
        rest = after;
        let tail = line
            .iter()
            .rev()
            .take_while(|(_, _, c)| *c == blank)
            .count();
        let from = line.len() - tail;
        let x0 = line.get(from).map_or(width, |(x, _, _)| *x);
        if tail < ERASE_FROM || (x0..width).any(|x| screen[(x, y)] != blank) {
            pending.extend_from_slice(line);
            continue;
        }
        pending.extend_from_slice(&line[..from]);
        wire.draw(pending.iter().map(|(x, y, c)| (*x, *y, c)))?;
        pending.clear();
        write!(wire, "\x1b[{};{}H\x1b[K", y + 1, x0 + 1)?;
    }
    wire.draw(pending.iter().map(|(x, y, c)| (*x, *y, c)))?;
    Ok(bytes)
}

/// The bytes that draw `screen` afresh: the terminal cleared, then every
/// cell that is not blank.
fn encode_afresh(screen: &Buffer) -> io::Result<Vec<u8>> {
    let blank = Buffer::empty(screen.area);
    let cells = blank.diff(screen);
    let mut bytes = b"\x1b[2J".to_vec();
    bytes.extend(encode(screen, &cells)?);
    Ok(bytes)
}

/// Whether the diff's bytes may be more than drawing the screen afresh:
/// never when they are no more than the afresh frame's text alone.
fn may_cost_more_than_afresh(diff: &[u8], screen: &Buffer) -> bool {
    let blank = Cell::default();
    let text: usize = screen
        .content
        .iter()
        .filter(|c| **c != blank)
        .map(|c| c.symbol().len())
        .sum();
    diff.len() > text + 4
}

impl<B: Backend<Error = io::Error> + Write> Backend for GapFill<B> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let changed: Vec<(u16, u16, &Cell)> = content.collect();
        let Some(shown) = self.shown.as_mut() else {
            return self.inner.draw(changed.into_iter());
        };
        // What the screen holds is known where it was drawn; the rest is
        // blank (a new or cleared screen).
        let needed = changed.iter().fold(shown.area, |a, (x, y, _)| {
            a.union(Rect::new(0, 0, x.saturating_add(1), y.saturating_add(1)))
        });
        if needed != shown.area {
            let mut grown = Buffer::empty(needed);
            grown.merge(shown);
            *shown = grown;
        }
        // On a blank screen (the first frame) the diff is the frame drawn
        // afresh, less the clear: nothing to compare.
        let blank = Cell::default();
        let was_blank =
            changed.len() * 2 > shown.content.len() && shown.content.iter().all(|c| *c == blank);
        // Rows that may have moved (a list scrolled, rows dropped by a
        // filter): the screen before is kept to match its rows.
        let before = (!was_blank && !self.afresh && rows_touched(&changed) >= MOVED_FROM)
            .then(|| shown.clone());
        for (x, y, cell) in &changed {
            shown[(*x, *y)] = (*cell).clone();
        }
        if std::mem::take(&mut self.afresh) {
            return self.inner.write_all(&encode_afresh(shown)?);
        }
        let mut bytes = encode(shown, &changed)?;
        // Rows the terminal already shows elsewhere are moved there by the
        // terminal (see `shift`) when that and the cells still differing
        // cost less.
        if let Some(moved) = before.and_then(|b| shift::moves(&b, shown)) {
            let mut via = moved.bytes;
            via.extend(encode(shown, &moved.screen.diff(shown))?);
            if squeeze(&via).len() < squeeze(&bytes).len() {
                bytes = via;
            }
        }
        // A frame that replaces nearly every cell (one tab giving way to
        // another) can cost more as a diff than the whole screen drawn on a
        // cleared terminal: then it is drawn afresh, so a change never
        // costs more than one full frame.
        if !was_blank && may_cost_more_than_afresh(&bytes, shown) {
            let afresh = encode_afresh(shown)?;
            if squeeze(&afresh).len() < squeeze(&bytes).len() {
                bytes = afresh;
            }
        }
        self.inner.write_all(&bytes)
    }

    fn append_lines(&mut self, n: u16) -> Result<(), Self::Error> {
        self.shown = None;
        self.inner.append_lines(n)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        if self.cursor == Some(false) {
            return Ok(());
        }
        self.inner.hide_cursor()?;
        self.cursor = Some(false);
        Ok(())
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        if self.cursor == Some(true) {
            return Ok(());
        }
        self.inner.show_cursor()?;
        self.cursor = Some(true);
        Ok(())
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.shown = Some(Buffer::empty(Rect::ZERO));
        self.cursor = None;
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.shown = match clear_type {
            ClearType::All => Some(Buffer::empty(Rect::ZERO)),
            _ => None,
        };
        self.cursor = None;
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sq(s: &str) -> String {
        String::from_utf8(squeeze(s.as_bytes())).unwrap()
    }

    #[test]
    fn adjacent_style_changes_become_one() {
        assert_eq!(sq("\x1b[22m\x1b[7m\x1b[39;49mAB"), "\x1b[22;7;39;49mAB");
        assert_eq!(sq("\x1b[39m\x1b[49m\x1b[59m"), "\x1b[39;49;59m");
    }

    #[test]
    fn a_merged_sequence_stays_short_enough_for_any_terminal() {
        let many: String = (1..6).map(|n| format!("\x1b[38;2;{n};2;3m")).collect();
        let out = sq(&many);
        assert!(out.matches('m').count() >= 2, "{out:?}");
        assert!(out.split('m').all(|q| q.matches(';').count() < MAX_PARAMS));
    }

    #[test]
    fn a_colour_already_in_effect_is_not_sent_again() {
        assert_eq!(
            sq("\x1b[0m\x1b[31;49mA\x1b[1;31;49mB\x1b[39;49;59;0m"),
            "\x1b[0;31mA\x1b[1mB\x1b[m"
        );
        // Not known at the start of a frame, nor after another sequence.
        assert_eq!(
            sq("\x1b[49mA\x1b[?25h\x1b[49mB"),
            "\x1b[49mA\x1b[?25h\x1b[49mB"
        );
        // A cursor move keeps the colours.
        assert_eq!(sq("\x1b[0mA\x1b[2;1H\x1b[39mB"), "\x1b[mA\x1b[2;1HB");
    }

    #[test]
    fn the_sixteen_colours_take_their_classic_codes() {
        assert_eq!(sq("\x1b[38;5;1;49mx"), "\x1b[31;49mx");
        assert_eq!(sq("\x1b[38;5;8mx"), "\x1b[90mx");
        assert_eq!(sq("\x1b[48;5;15mx"), "\x1b[107mx");
        assert_eq!(sq("\x1b[48;5;4mx"), "\x1b[44mx");
    }

    #[test]
    fn other_colours_and_other_sequences_are_kept() {
        assert_eq!(sq("\x1b[38;5;200mx"), "\x1b[38;5;200mx");
        assert_eq!(sq("\x1b[38;2;1;2;3mx"), "\x1b[38;2;1;2;3mx");
        assert_eq!(sq("\x1b[58;5;1mx"), "\x1b[58;5;1mx");
        // A cursor move between two style changes keeps them apart.
        assert_eq!(sq("\x1b[1m\x1b[5;1H\x1b[7m"), "\x1b[1m\x1b[5;1H\x1b[7m");
        assert_eq!(sq("\x1b[?25l\x1b[0m"), "\x1b[?25l\x1b[m");
        assert_eq!(sq("plain text ü"), "plain text ü");
        // Cut off at the end of a write: left as it is.
        assert_eq!(sq("a\x1b[3"), "a\x1b[3");
    }

    /// Frames drawn through `GapFill` into bytes, one `Vec` per frame.
    #[derive(Clone, Default)]
    struct Wire(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
    impl Write for Wire {
        fn write(&mut self, data: &[u8]) -> io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(data);
            Ok(data.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl Wire {
        fn take(&self) -> String {
            String::from_utf8(std::mem::take(&mut *self.0.borrow_mut())).unwrap()
        }
    }

    /// ratatui hides or shows the cursor on every frame; the sequence goes
    /// out only when it changes something, and again after a clear or once
    /// the writer was lent out (the terminal's state is not known then).
    #[test]
    fn the_cursor_is_shown_or_hidden_only_when_that_changes_it() {
        use ratatui::backend::CrosstermBackend;
        let wire = Wire::default();
        let mut b = GapFill::new(CrosstermBackend::new(wire.clone()));
        let mut step = |f: &dyn Fn(&mut GapFill<CrosstermBackend<Wire>>)| {
            f(&mut b);
            Backend::flush(&mut b).unwrap();
            wire.take()
        };
        assert_eq!(step(&|b| b.show_cursor().unwrap()), "\x1b[?25h");
        assert_eq!(step(&|b| b.show_cursor().unwrap()), "");
        assert_eq!(step(&|b| b.hide_cursor().unwrap()), "\x1b[?25l");
        assert_eq!(step(&|b| b.hide_cursor().unwrap()), "");
        step(&|b| b.clear().unwrap());
        assert_eq!(step(&|b| b.hide_cursor().unwrap()), "\x1b[?25l");
        step(&|b| {
            b.inner_mut();
        });
        assert_eq!(step(&|b| b.hide_cursor().unwrap()), "\x1b[?25l");
        // Frames without a cursor: hidden by the first only.
        let out = frames(&[&["a"], &["b"], &["c"]]);
        assert!(out[0].contains("\x1b[?25l"), "{out:?}");
        assert!(out[1..].iter().all(|f| !f.contains("\x1b[?25")), "{out:?}");
    }

    fn frames(lines: &[&[&str]]) -> Vec<String> {
        use ratatui::backend::CrosstermBackend;
        use ratatui::{Terminal, TerminalOptions, Viewport};
        let wire = Wire::default();
        let backend = GapFill::new(CrosstermBackend::new(wire.clone()));
        let viewport = Viewport::Fixed(Rect::new(0, 0, 20, 2));
        let mut t = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
        let mut out = Vec::new();
        for frame in lines {
            t.draw(|f| {
                for (y, line) in frame.iter().enumerate() {
                    f.buffer_mut()
                        .set_string(0, y as u16, line, ratatui::style::Style::new());
                }
            })
            .unwrap();
            let bytes = std::mem::take(&mut *wire.0.borrow_mut());
            out.push(String::from_utf8(bytes).unwrap());
        }
        out
    }

    #[test]
    fn a_short_run_of_unchanged_cells_is_written_instead_of_moved_over() {
        let out = frames(&[&["abc def ghi"], &["xbc dex ghi"]]);
        // One move to the row, then the cells in one piece ("bc de" is 5
        // bytes, moving over it 6).
        assert!(out[1].contains("xbc dex"), "{:?}", out[1]);
        assert_eq!(out[1].matches('H').count(), 1, "{:?}", out[1]);
        // A long unchanged run is still moved over.
        let out = frames(&[&["a               b"], &["x               y"]]);
        assert!(!out[1].contains("x               y"), "{:?}", out[1]);
    }

    #[test]
    fn a_row_that_ends_blank_is_erased_from_there() {
        let out = frames(&[&["Setdako 73 10 6 6 8", "ok"], &["Memuat", "ok"]]);
        assert!(out[1].contains("\x1b[1;7H\x1b[K"), "{:?}", out[1]);
        assert!(!out[1].contains("   "), "no run of spaces: {:?}", out[1]);
    }

    #[test]
    fn the_flush_writes_the_squeezed_frame_in_one_piece() {
        let mut w = Squeeze::new(Vec::new());
        w.write_all(b"\x1b[1m").unwrap();
        w.write_all(b"\x1b[38;5;1m").unwrap();
        w.write_all(b"x").unwrap();
        assert!(w.inner.is_empty(), "nothing leaves before the flush");
        w.flush().unwrap();
        assert_eq!(w.inner, b"\x1b[1;31mx");
    }
}
