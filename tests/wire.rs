//! The squeezed frame means exactly what the backend wrote: a terminal
//! emulator (vt100) fed the original and the squeezed bytes shows the same
//! characters in the same colours and attributes, cell by cell.

mod common;

use common::screen::Wire;
use peka::tui::wire::squeeze;
use proptest::prelude::*;

/// One piece of a frame as the backend writes it.
fn piece() -> impl Strategy<Value = String> {
    let colour = prop_oneof![
        (0u8..16).prop_map(|n| format!("5;{n}")),
        (16u8..=255).prop_map(|n| format!("5;{n}")),
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| format!("2;{r};{g};{b}")),
    ];
    prop_oneof![
        "[a-zA-Z0-9 !/…é]{1,12}",
        (1u8..=24, 1u8..=80).prop_map(|(r, c)| format!("\x1b[{r};{c}H")),
        prop::sample::select(vec![
            "0", "", "1", "2", "3", "4", "7", "22", "23", "24", "27", "39", "49", "59"
        ])
        .prop_map(|p| format!("\x1b[{p}m")),
        colour.clone().prop_map(|c| format!("\x1b[38;{c}m")),
        colour.prop_map(|c| format!("\x1b[48;{c}m")),
        (0u8..16, 0u8..16).prop_map(|(f, b)| format!("\x1b[38;5;{f};48;5;{b}m")),
        Just("\x1b[38;5;1;49m".to_string()),
    ]
}

/// The screen a terminal shows after `bytes`: every cell's character,
/// colours and attributes (vt100's canonical rendering), and the cursor.
fn screen(bytes: &[u8]) -> (String, (u16, u16)) {
    let n = |v: u16| std::num::NonZeroU16::new(v).unwrap();
    let mut p = vt100::Parser::new(n(24), n(80), 0);
    p.process(bytes);
    (
        p.screen().contents_formatted(),
        p.screen().cursor_position(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]
    #[test]
    fn a_squeezed_frame_shows_the_same_screen(pieces in prop::collection::vec(piece(), 1..60)) {
        let original = pieces.concat().into_bytes();
        let squeezed = squeeze(&original);
        prop_assert!(squeezed.len() <= original.len());
        prop_assert_eq!(screen(&original), screen(&squeezed));
    }
}

/// Frames drawn through the app's output path (`GapFill` over `Squeeze`)
/// at 40×10, one byte string per frame.
fn drawn(frames: &[Vec<(String, u8)>]) -> Vec<Vec<u8>> {
    use peka::tui::wire::{GapFill, Squeeze};
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};
    use ratatui::{Terminal, TerminalOptions, Viewport};
    let wire = Wire::default();
    let backend = GapFill::new(CrosstermBackend::new(Squeeze::new(wire.clone())));
    let viewport = Viewport::Fixed(Rect::new(0, 0, 40, 10));
    let mut t = Terminal::with_options(backend, TerminalOptions { viewport }).unwrap();
    let styles = [
        Style::new(),
        Style::new().add_modifier(Modifier::BOLD),
        Style::new().add_modifier(Modifier::REVERSED),
        Style::new().fg(Color::Red),
        Style::new().bg(Color::Blue),
    ];
    frames
        .iter()
        .map(|rows| {
            t.draw(|f| {
                for (y, (text, style)) in rows.iter().enumerate() {
                    let style = styles[usize::from(*style) % styles.len()];
                    f.buffer_mut().set_string(0, y as u16, text, style);
                }
            })
            .unwrap();
            std::mem::take(&mut *wire.0.borrow_mut())
        })
        .collect()
}

/// Every cell's character (a never-written cell is a space), colours and
/// attributes; the hidden cursor may rest anywhere.
fn cells(p: &vt100::Parser) -> Vec<String> {
    let (rows, cols) = p.screen().size();
    let mut out = Vec::new();
    for y in 0..rows.get() {
        for x in 0..cols.get() {
            let c = p.screen().cell(y, x).unwrap();
            let text = if c.has_contents() { c.contents() } else { " " };
            out.push(format!(
                "{text}{:?}{:?}{}{}",
                c.fgcolor(),
                c.bgcolor(),
                c.bold(),
                c.inverse()
            ));
        }
    }
    out
}

fn frame() -> impl Strategy<Value = Vec<(String, u8)>> {
    prop::collection::vec(("[a-c ]{0,40}", 0u8..5), 0..=10)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// Issue 12: whatever replaces what, a frame never costs more than
    /// drawing it on a fresh terminal (one full frame), and the terminal
    /// then shows exactly that frame.
    #[test]
    fn a_change_costs_at_most_one_full_frame(a in frame(), b in frame()) {
        at_most_afresh_and_exact(a, b)?;
    }
}

/// Frame `b` drawn after `a` costs no more than `b` drawn on a fresh
/// terminal, and leaves the same cells.
fn at_most_afresh_and_exact(
    a: Vec<(String, u8)>,
    b: Vec<(String, u8)>,
) -> Result<(), TestCaseError> {
    let seq = drawn(&[a, b.clone()]);
    let fresh = drawn(&[b]);
    prop_assert!(
        seq[1].len() <= fresh[0].len(),
        "the change wrote {} B, the frame afresh {} B",
        seq[1].len(),
        fresh[0].len()
    );
    let n = |v: u16| std::num::NonZeroU16::new(v).unwrap();
    let mut after = vt100::Parser::new(n(10), n(40), 0);
    after.process(&seq.concat());
    let mut alone = vt100::Parser::new(n(10), n(40), 0);
    alone.process(&fresh[0]);
    prop_assert_eq!(cells(&after), cells(&alone));
    Ok(())
}

/// A screen full of text giving way to a nearly empty one is drawn afresh
/// (`ESC[2J` and the little left) instead of erasing every row.
#[test]
fn a_screen_emptied_is_cleared_instead_of_erased_row_by_row() {
    let full: Vec<(String, u8)> = (0..10).map(|_| ("abcabcabcabcabcabc".into(), 1)).collect();
    let nearly_empty = vec![("a".to_string(), 0)];
    let seq = drawn(&[full, nearly_empty]);
    let text = String::from_utf8_lossy(&seq[1]);
    assert!(text.contains("\x1b[2J"), "{text:?}");
    assert!(!text.contains("\x1b[K"), "{text:?}");
}

/// A frame and the next one made of its rows with some dropped and others
/// put in between (a list scrolled, a filter that drops rows, a row added).
type Frame = Vec<(String, u8)>;

fn moved_rows() -> impl Strategy<Value = (Frame, Frame)> {
    let row = ("[a-c ]{0,40}", 0u8..5);
    let edit = (0usize..10, any::<bool>(), row.clone());
    (
        prop::collection::vec(row, 10),
        prop::collection::vec(edit, 0..6),
    )
        .prop_map(|(a, edits)| {
            let mut b = a.clone();
            for (at, drop, row) in edits {
                if drop {
                    if at < b.len() {
                        b.remove(at);
                    }
                } else {
                    b.insert(at.min(b.len()), row);
                }
            }
            b.truncate(10);
            (a, b)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    /// Issue 12: rows the terminal moves (a scroll region, lines deleted or
    /// inserted) leave exactly the next frame, and cost no more than the
    /// frame drawn afresh.
    #[test]
    fn rows_moved_by_the_terminal_leave_the_next_frame((a, b) in moved_rows()) {
        at_most_afresh_and_exact(a, b)?;
    }
}

/// A list scrolled by one row between a fixed head and foot: the rows are
/// moved by the terminal (one delete in a scroll region) and only the row
/// that came in is written.
#[test]
fn a_list_scrolled_by_one_row_is_moved_not_written_again() {
    // Rows that share little, as a list's rows do.
    let row = |i: usize| {
        let text: String = (0..30)
            .map(|k| char::from(b'a' + ((i * 7 + k * k * 3 + k * i) % 26) as u8))
            .collect();
        (format!("row {i:02} {text}"), 0u8)
    };
    let frame = |first: usize| {
        let mut f = vec![("head".to_string(), 1u8)];
        f.extend((first..first + 8).map(row));
        f.push(("foot".to_string(), 1));
        f
    };
    let seq = drawn(&[frame(0), frame(1), frame(0)]);
    let down = String::from_utf8_lossy(&seq[1]);
    assert!(down.contains("\x1b[2;9r"), "{down:?}");
    assert!(down.contains("row 08"), "{down:?}");
    assert!(!down.contains("row 05"), "{down:?}");
    assert!(seq[1].len() < 80, "{} B: {down:?}", seq[1].len());
    let up = String::from_utf8_lossy(&seq[2]);
    assert!(up.contains("\x1b[L"), "{up:?}");
    assert!(seq[2].len() < 80, "{} B: {up:?}", seq[2].len());
}
