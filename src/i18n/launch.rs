//! Starting and leaving the TUI (`peka [DB]`, `peka --demo`): the sentences
//! printed on stderr before the screen is taken or after it is given back.

use super::{Lang, pick};
use std::path::Path;

/// `--demo` found no `sample.db` to copy.
pub fn demo_sample_missing(lang: Lang) -> String {
    pick(
        lang,
        "sample.db tidak ditemukan; buat dengan `peka seed sample.db` lalu jalankan lagi.".into(),
        "sample.db not found; create it with `peka seed sample.db` and run again.".into(),
    )
}

/// `--demo` could not copy `sample.db` to `demo`.
pub fn demo_copy_failed(lang: Lang, demo: &Path, err: &std::io::Error) -> String {
    let demo = demo.display();
    pick(
        lang,
        format!("Salinan demo {demo} tidak dapat dibuat: {err}; periksa izin folder."),
        format!("The demo copy {demo} could not be made: {err}; check the folder's permissions."),
    )
}

/// The terminal failed while the TUI ran (it is given back first).
pub fn terminal_failed(lang: Lang, err: &dyn std::fmt::Display) -> String {
    pick(
        lang,
        format!("Terminal tidak dapat dipakai: {err}."),
        format!("The terminal could not be used: {err}."),
    )
}
