//! Rows that moved: when a list scrolls by one row, every row it shows
//! changes, yet the terminal already holds all of them but one, a row
//! higher or lower. Sending them again cost about 1,260 B for one `Down`
//! past the last row shown (issue 12's budget for a row move: 250 B).
//!
//! Here the rows of the screen before and after are matched (equal rows,
//! in the same order in both, as many bytes' worth as possible), and each
//! run of rows that moved together is moved on the terminal itself: a
//! scroll region around it (DECSTBM, `ESC[top;bottom r`), then lines
//! deleted (`ESC[n M`) or inserted (`ESC[n L`) at its top, which every
//! terminal since the VT102 does (xterm, the Linux console, tmux, screen,
//! PuTTY, Windows' console). [`moves`] says what the terminal shows after
//! those moves; the backend then sends the cells that still differ, and
//! keeps this only when it is shorter than sending them without moves.

use ratatui::buffer::{Buffer, Cell};
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::Write;

/// About what one move costs on the wire: the region, the cursor to its
/// first row, the lines deleted or inserted. A run of rows worth less than
/// this is written again instead.
const MOVE_COST: usize = 16;

/// The moves that bring a terminal showing `old` closer to `new`.
pub struct Moves {
    /// What to send before the cells: the moves, then the region reset.
    pub bytes: Vec<u8>,
    /// What the terminal shows after them: `old`'s rows moved, blank rows
    /// where lines were inserted or came in at a region's bottom.
    pub screen: Buffer,
}

fn rows(buf: &Buffer) -> std::slice::Chunks<'_, Cell> {
    buf.content.chunks(usize::from(buf.area.width).max(1))
}

fn row_hash(row: &[Cell]) -> u64 {
    let mut h = DefaultHasher::new();
    row.hash(&mut h);
    h.finish()
}

/// About the bytes that write `row` again: its text up to its last cell
/// that is not blank, and a cursor move; a blank row is one erase.
fn weight(row: &[Cell]) -> usize {
    match row.iter().rposition(|c| *c != Cell::EMPTY) {
        None => 4,
        Some(last) => 8 + row[..=last].iter().map(|c| c.symbol().len()).sum::<usize>(),
    }
}

/// Pairs (old row, new row) of equal rows, in the same order in both, worth
/// the most bytes: a longest common subsequence of the rows, by weight. A
/// row that stays where it is is worth a little more than one that moves,
/// so that a move is planned only where it is needed.
fn matched(old: &[u64], new: &[u64], weights: &[usize]) -> Vec<(usize, usize)> {
    let (n, m) = (old.len(), new.len());
    let at = |i: usize, j: usize| i * (m + 1) + j;
    let value = |i: usize, j: usize| 2 * weights[j] + usize::from(i == j);
    let mut best = vec![0usize; (n + 1) * (m + 1)];
    for i in 1..=n {
        for j in 1..=m {
            let mut b = best[at(i - 1, j)].max(best[at(i, j - 1)]);
            if old[i - 1] == new[j - 1] {
                b = b.max(best[at(i - 1, j - 1)] + value(i - 1, j - 1));
            }
            best[at(i, j)] = b;
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (n, m);
    while i > 0 && j > 0 {
        if old[i - 1] == new[j - 1]
            && best[at(i, j)] == best[at(i - 1, j - 1)] + value(i - 1, j - 1)
        {
            pairs.push((i - 1, j - 1));
            i -= 1;
            j -= 1;
        } else if best[at(i - 1, j)] >= best[at(i, j - 1)] {
            i -= 1;
        } else {
            j -= 1;
        }
    }
    pairs.reverse();
    pairs
}

/// Rows `new..new + len` of the new screen are rows `old..old + len` of the
/// old one.
#[derive(Clone, Copy, Debug)]
struct Run {
    old: usize,
    new: usize,
    len: usize,
    weight: usize,
}

/// The matched pairs as runs of rows that moved together, leaving out those
/// that stay where they are and those worth less than a move.
fn runs(pairs: &[(usize, usize)], weights: &[usize]) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for &(o, n) in pairs {
        match out.last_mut() {
            Some(r) if r.old + r.len == o && r.new + r.len == n => {
                r.len += 1;
                r.weight += weights[n];
            }
            _ => out.push(Run {
                old: o,
                new: n,
                len: 1,
                weight: weights[n],
            }),
        }
    }
    out.retain(|r| r.old != r.new && r.weight > MOVE_COST);
    out
}

/// The moves that bring a terminal showing `old` closer to `new`, or `None`
/// when no row moved (or the two are not the same size).
pub fn moves(old: &Buffer, new: &Buffer) -> Option<Moves> {
    if old.area != new.area || old.area.height < 2 || old.area.x != 0 || old.area.y != 0 {
        return None;
    }
    let old_rows: Vec<&[Cell]> = rows(old).collect();
    let new_rows: Vec<&[Cell]> = rows(new).collect();
    let weights: Vec<usize> = new_rows.iter().map(|r| weight(r)).collect();
    let old_h: Vec<u64> = old_rows.iter().map(|r| row_hash(r)).collect();
    let new_h: Vec<u64> = new_rows.iter().map(|r| row_hash(r)).collect();
    let runs = runs(&matched(&old_h, &new_h, &weights), &weights);
    if runs.is_empty() {
        return None;
    }
    // Which old row each terminal row shows (None: blank), as moves are
    // made. Runs moving up are made from the top down and runs moving down
    // from the bottom up: then no move clears a row a later move takes.
    let mut shown: Vec<Option<usize>> = (0..old_rows.len()).map(Some).collect();
    let (up, mut down): (Vec<Run>, Vec<Run>) = runs.into_iter().partition(|r| r.old > r.new);
    down.reverse();
    let mut bytes = b"\x1b[m".to_vec();
    let mut made = 0;
    for run in up.into_iter().chain(down) {
        // Where the run's rows are now: an earlier move may have moved them.
        let Some(at) = shown.iter().position(|s| *s == Some(run.old)) else {
            continue;
        };
        let whole = (0..run.len).all(|i| shown.get(at + i) == Some(&Some(run.old + i)));
        if !whole || at == run.new {
            continue;
        }
        if at > run.new {
            // Up by k: delete k lines at the run's new top, in a region
            // ending at its old bottom.
            let (top, bottom, k) = (run.new, at + run.len - 1, at - run.new);
            region(&mut bytes, top, bottom, k, b'M');
            shown.copy_within(top + k..=bottom, top);
            shown[bottom + 1 - k..=bottom].fill(None);
        } else {
            // Down by k: insert k lines at its old top, in a region ending
            // at its new bottom.
            let (top, bottom, k) = (at, run.new + run.len - 1, run.new - at);
            region(&mut bytes, top, bottom, k, b'L');
            shown.copy_within(top..=bottom - k, top + k);
            shown[top..top + k].fill(None);
        }
        made += 1;
    }
    if made == 0 {
        return None;
    }
    bytes.extend_from_slice(b"\x1b[r");
    let mut screen = Buffer::empty(new.area);
    let width = usize::from(new.area.width);
    for (y, s) in shown.iter().enumerate() {
        if let Some(o) = s {
            screen.content[y * width..(y + 1) * width].clone_from_slice(old_rows[*o]);
        }
    }
    Some(Moves { bytes, screen })
}

/// `k` lines deleted (`M`) or inserted (`L`) at row `top` of the region
/// `top..=bottom` (0-based rows).
fn region(bytes: &mut Vec<u8>, top: usize, bottom: usize, k: usize, op: u8) {
    // Writing to a Vec cannot fail.
    let _ = write!(
        bytes,
        "\x1b[{};{}r\x1b[{}H\x1b[",
        top + 1,
        bottom + 1,
        top + 1
    );
    if k > 1 {
        let _ = write!(bytes, "{k}");
    }
    bytes.push(op);
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;

    fn screen(lines: &[&str]) -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 20, lines.len() as u16));
        for (y, l) in lines.iter().enumerate() {
            b.set_string(0, y as u16, l, ratatui::style::Style::new());
        }
        b
    }

    fn text(b: &Buffer) -> Vec<String> {
        rows(b)
            .map(|r| {
                r.iter()
                    .map(Cell::symbol)
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    /// A list of three rows from `first` between a head and a status line.
    fn list(first: usize) -> Buffer {
        let names = [
            "row one 1111",
            "row two 2222",
            "row three 333",
            "row four 4444",
            "row five 5555",
        ];
        let mut lines = vec!["head"];
        lines.extend(&names[first - 1..first + 2]);
        lines.push("status");
        screen(&lines)
    }

    #[test]
    fn a_list_scrolled_by_one_row_is_one_delete_in_the_list_region() {
        let m = moves(&list(1), &list(2)).expect("the rows moved");
        assert_eq!(
            String::from_utf8_lossy(&m.bytes),
            "\x1b[m\x1b[2;4r\x1b[2H\x1b[M\x1b[r"
        );
        assert_eq!(
            text(&m.screen),
            ["head", "row two 2222", "row three 333", "", "status"]
        );
    }

    #[test]
    fn a_list_scrolled_back_by_one_row_is_one_insert() {
        let m = moves(&list(2), &list(1)).expect("the rows moved");
        assert_eq!(
            String::from_utf8_lossy(&m.bytes),
            "\x1b[m\x1b[2;4r\x1b[2H\x1b[L\x1b[r"
        );
        assert_eq!(
            text(&m.screen),
            ["head", "", "row two 2222", "row three 333", "status"]
        );
    }

    #[test]
    fn rows_dropped_in_several_places_close_up_with_one_move_each() {
        let old = screen(&[
            "aaaa aaaa aaaa aaaa",
            "bbbb bbbb bbbb bbbb",
            "cccc cccc cccc cccc",
            "dddd dddd dddd dddd",
            "eeee eeee eeee eeee",
            "ffff ffff ffff ffff",
            "gggg gggg gggg gggg",
        ]);
        let new = screen(&[
            "aaaa aaaa aaaa aaaa",
            "cccc cccc cccc cccc",
            "dddd dddd dddd dddd",
            "ffff ffff ffff ffff",
            "gggg gggg gggg gggg",
            "xxxx",
            "yyyy",
        ]);
        let m = moves(&old, &new).expect("the rows moved");
        let t = text(&m.screen);
        assert_eq!(&t[..5], &text(&new)[..5]);
    }

    #[test]
    fn rows_that_stay_or_are_only_rewritten_need_no_move() {
        let old = screen(&["head", "one", "two", "status"]);
        let new = screen(&["head", "uno", "dos", "status"]);
        assert!(moves(&old, &new).is_none());
        assert!(moves(&old, &old).is_none());
    }

    #[test]
    fn a_short_row_is_written_again_rather_than_moved() {
        let old = screen(&["a", "b"]);
        let new = screen(&["b", "c"]);
        assert!(
            moves(&old, &new).is_none(),
            "one letter is cheaper to write"
        );
    }
}
