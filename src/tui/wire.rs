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

use std::io::{self, Write};

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
