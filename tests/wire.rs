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
    }
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
