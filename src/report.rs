//! The report path for what should never happen: a panic anywhere in the
//! process, or an error no sentence of `i18n` was written for.
//!
//! A person reads one sentence in their language (`i18n::report`), on a
//! terminal that was given back first. Whoever fixes the bug sets
//! `RUST_BACKTRACE=1` (or `full`) and gets, after the same sentence, what Rust
//! itself prints: the panic's message, its location and the backtrace — or the
//! error with the chain of its causes.
//!
//! Built on std's hook alone (color-eyre was tried and removed; the commit
//! that removed it gives the numbers): the release profile strips symbols, so
//! no backtrace printer can name frames there, and the message and location,
//! which are compiled in, are what std prints already.

use crate::i18n::Lang;
use crate::i18n::report as tx;
use std::error::Error;
use std::fmt::Write as _;

/// The exit code after a panic (Rust's own).
pub const EXIT_PANIC: i32 = 101;

/// Whether `RUST_BACKTRACE` (its value `v`) asks for details: set and not `0`,
/// the rule std applies to print a backtrace.
pub fn details_for(v: Option<&str>) -> bool {
    v.is_some_and(|v| v != "0")
}

/// Whether this process was started with `RUST_BACKTRACE` asking for details.
pub fn details_wanted() -> bool {
    details_for(std::env::var("RUST_BACKTRACE").ok().as_deref())
}

/// Installs the panic report for the whole process, in `lang`.
///
/// On a panic in any thread: `restore` gives the terminal back (raw mode,
/// alternate screen, bracketed paste — `tui::term::restore`, a no-op when the
/// TUI is not running), the sentence goes to stderr, then with
/// `RUST_BACKTRACE` std's own report (message, location, backtrace), and the
/// process ends with [`EXIT_PANIC`]. Ending it is what makes the sentence true
/// ("PEKA stopped"): a panic in a worker thread must not leave the screen loop
/// running on a terminal that was just given back. Saved data is safe either
/// way: every save is one SQLite transaction, and one cut short is rolled back.
pub fn install(lang: Lang, restore: fn()) {
    // The hook in place now is std's (main installs this first): it prints
    // the details when RUST_BACKTRACE asks for them.
    let details = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        eprintln!("{}", tx::PANICKED.get(lang));
        if details_wanted() {
            eprintln!();
            details(info);
        }
        std::process::exit(EXIT_PANIC);
    }));
}

/// What to print for an unexpected error: `sentence` (already in the user's
/// language, naming the error), and when `details` (see [`details_wanted`]) the
/// error as the program sees it and each of its causes.
pub fn error_text(
    lang: Lang,
    sentence: &str,
    err: &(dyn Error + 'static),
    details: bool,
) -> String {
    let mut out = sentence.to_string();
    if details {
        let _ = write!(out, "\n\n{err:?}");
        let mut cause = err.source();
        while let Some(c) = cause {
            let _ = write!(out, "\n{}: {c:?}", tx::DETAIL_CAUSE.get(lang));
            cause = c.source();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_only_when_rust_backtrace_asks() {
        assert!(!details_for(None));
        assert!(!details_for(Some("0")));
        assert!(details_for(Some("1")));
        assert!(details_for(Some("full")));
    }

    #[derive(Debug)]
    struct Outer(std::io::Error);
    impl std::fmt::Display for Outer {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("membaca kunci")
        }
    }
    impl Error for Outer {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            Some(&self.0)
        }
    }

    #[test]
    fn an_unexpected_error_is_one_sentence_unless_details_are_asked() {
        let err = Outer(std::io::Error::other("pty hilang"));
        let plain = error_text(Lang::En, "Terminal tidak dapat dipakai.", &err, false);
        assert_eq!(plain, "Terminal tidak dapat dipakai.");
        let full = error_text(Lang::En, "Terminal tidak dapat dipakai.", &err, true);
        assert!(
            full.starts_with("Terminal tidak dapat dipakai.\n\nOuter("),
            "{full}"
        );
        // The whole chain, the error first, then its cause.
        assert!(full.contains("\ncaused by: Custom"), "{full}");
        assert!(full.contains("pty hilang"), "{full}");
    }

    #[test]
    fn the_panic_sentence_is_one_line_in_both_languages() {
        for lang in [Lang::Id, Lang::En] {
            let s = tx::PANICKED.get(lang);
            assert!(!s.contains('\n') && s.ends_with('.'), "{s}");
            assert!(s.contains("RUST_BACKTRACE=1"), "{s}");
        }
    }
}
