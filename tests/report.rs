//! A panic while the TUI holds the terminal (design.md §2.3, issue 7 item 6):
//! the terminal is given back first, then one sentence in the user's language;
//! the panic's message, location and backtrace (std's report) only with
//! `RUST_BACKTRACE`.
//!
//! The release UI has no way to make PEKA panic, so the panicking process is
//! this test binary itself, started again in a pseudo-terminal with
//! `PEKA_REPORT_CHILD` set: it installs the hooks exactly as `main` does,
//! takes the terminal with the real `TerminalGuard`, draws a frame and panics.

mod common;

use common::pty::{Session, Spawn};
use peka::i18n::Lang;
use peka::i18n::report as tx;
use peka::tui::term::TerminalGuard;
use std::time::Duration;

const CHILD: &str = "PEKA_REPORT_CHILD";
const SCREEN_TEXT: &str = "LAYAR-UJI-PEKA";
const PANIC_TEXT: &str = "sengaja: uji laporan";

/// Not a test on its own: the child process the tests below start.
#[test]
fn child_panics_while_the_tui_holds_the_terminal() {
    let Some(lang) = std::env::var_os(CHILD) else {
        return;
    };
    let lang = Lang::parse(&lang.to_string_lossy()).expect("id or en");
    peka::report::install(lang, peka::tui::term::restore);
    let mut guard = TerminalGuard::enter().expect("take the terminal");
    guard
        .terminal
        .draw(|f| f.render_widget(ratatui::widgets::Paragraph::new(SCREEN_TEXT), f.area()))
        .expect("draw");
    panic!("{PANIC_TEXT}");
}

/// Runs the child in an 80×24 pty; returns its session after it exited, the
/// exit code, and the text written after the alternate screen was left.
fn run_child(lang: &str, env: &[(&str, &str)]) -> (Session, u32, String) {
    let exe = std::env::current_exe().expect("this test binary");
    let dir = tempfile::tempdir().expect("temp dir");
    let mut all_env = vec![(CHILD, lang)];
    all_env.extend_from_slice(env);
    let mut s = Session::spawn(Spawn {
        program: &exe,
        args: &[
            "child_panics_while_the_tui_holds_the_terminal",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ],
        cwd: dir.path(),
        env: &all_env,
        cols: 80,
        rows: 24,
    });
    assert!(s.started_cooked, "the pty starts in cooked mode");
    let status = s
        .wait_exit(Duration::from_secs(20))
        .unwrap_or_else(|| panic!("the child did not end:\n{}", s.screen()));
    let bytes = s.bytes();
    let leave = bytes
        .windows(8)
        .rposition(|w| w == b"\x1b[?1049l")
        .unwrap_or_else(|| panic!("the alternate screen was never left: {bytes:?}"));
    let enter = bytes
        .windows(8)
        .position(|w| w == b"\x1b[?1049h")
        .expect("the child took the alternate screen");
    let drawn = String::from_utf8_lossy(&bytes[enter..leave]).into_owned();
    assert!(
        drawn.contains(SCREEN_TEXT),
        "the child drew its frame before it panicked: {drawn:?}"
    );
    let after = String::from_utf8_lossy(&bytes[leave..]).into_owned();
    (s, status.exit_code(), after)
}

/// `text` without its CSI escape sequences (`ESC [ … final byte`).
fn without_escapes(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

fn last(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

fn assert_given_back(s: &Session) {
    assert!(s.cooked(), "raw mode is off after the panic");
    assert!(!s.alternate_screen(), "the main screen is back");
    let bytes = s.bytes();
    for (on, off, what) in [
        (&b"\x1b[?25l"[..], &b"\x1b[?25h"[..], "the cursor is shown"),
        (b"\x1b[?2004h", b"\x1b[?2004l", "bracketed paste is off"),
    ] {
        assert!(
            last(&bytes, off) > last(&bytes, on),
            "{what}: {:?}",
            String::from_utf8_lossy(&bytes)
        );
    }
}

#[test]
fn a_panic_gives_the_terminal_back_then_says_one_sentence() {
    for (lang, l) in [("id", Lang::Id), ("en", Lang::En)] {
        let (s, code, after) = run_child(lang, &[]);
        assert_eq!(code, 101, "{lang}: exit code; after the restore: {after:?}");
        assert_given_back(&s);
        let sentence = tx::PANICKED.get(l);
        assert!(
            after.contains(sentence),
            "{lang}: the sentence comes after the restore: {after:?}"
        );
        for detail in [PANIC_TEXT, "panicked", "tests/report.rs", "backtrace"] {
            assert!(
                !after.contains(detail),
                "{lang}: {detail:?} shown without RUST_BACKTRACE: {after:?}"
            );
        }
        // Nothing but the sentence reaches the main screen.
        let plain = without_escapes(&after);
        let lines: Vec<&str> = plain.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(lines, [sentence], "{lang}: one line: {after:?}");
    }
}

#[test]
fn with_rust_backtrace_the_details_follow_the_sentence() {
    let (s, code, after) = run_child("id", &[("RUST_BACKTRACE", "1"), ("NO_COLOR", "1")]);
    assert_eq!(code, 101, "exit code; after the restore: {after:?}");
    assert_given_back(&s);
    let sentence = after
        .find(tx::PANICKED.get(Lang::Id))
        .unwrap_or_else(|| panic!("the sentence: {after:?}"));
    let location = after
        .find("panicked at tests/report.rs:")
        .unwrap_or_else(|| panic!("the panic's location: {after:?}"));
    let message = after
        .find(PANIC_TEXT)
        .unwrap_or_else(|| panic!("the panic's message: {after:?}"));
    let backtrace = after
        .find("stack backtrace:")
        .unwrap_or_else(|| panic!("the backtrace: {after:?}"));
    assert!(
        sentence < location && location < message && message < backtrace,
        "sentence, location, message, backtrace in that order: {after:?}"
    );
    assert!(
        after.contains("child_panics_while_the_tui_holds_the_terminal"),
        "the backtrace names the panicking function: {after:?}"
    );
}
