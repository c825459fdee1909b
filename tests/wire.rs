//! The squeezed frame means exactly what the backend wrote: a terminal
//! emulator (vt100) fed the original and the squeezed bytes shows the same
//! characters in the same colours and attributes, cell by cell.

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
