//! Texts of the results grid (tab 2, a training's participants): the score,
//! certificate number and JP credited typed in the row (issue 8 item 3).

use super::{Lang, T, pick};

pub const COL_SCORE: T = T::new("Nilai", "Score");
pub const COL_CERTIFICATE: T = T::new("No. sertifikat", "Certificate no.");

pub const KEY_EDIT_ROW: T = T::new("Enter", "Enter");
pub const DO_EDIT_ROW: T = T::new("ketik nilai", "type score");
pub const DO_EDIT_ROW_LONG: T = T::new(
    "ketik nilai, nomor sertifikat dan JP diakui di baris peserta: Tab pindah kolom, Enter/↓ simpan lalu baris berikut, ↑ simpan lalu baris sebelumnya, Esc simpan lalu selesai",
    "type the score, certificate number and JP credited in the participant's row: Tab next column, Enter/↓ save then the next row, ↑ save then the row above, Esc save and stop",
);
pub const KEY_CELL: T = T::new("Tab S-Tab", "Tab S-Tab");
pub const DO_CELL: T = T::new("kolom", "column");
pub const DO_CELL_LONG: T = T::new(
    "kolom berikut / sebelumnya: nilai, nomor sertifikat, JP diakui",
    "next / previous column: score, certificate number, JP credited",
);
pub const KEY_ROW_NEXT: T = T::new("Enter ↓ ↑", "Enter ↓ ↑");
pub const DO_ROW_NEXT: T = T::new("simpan & pindah baris", "save & move");
pub const DO_ROW_NEXT_LONG: T = T::new(
    "simpan baris ini (bila berubah; versi diperiksa, tercatat di audit) lalu baris berikut (Enter, ↓) atau sebelumnya (↑)",
    "save this row (when changed; version-checked, audited) then the next row (Enter, ↓) or the one above (↑)",
);
pub const KEY_ROW_DONE: T = T::new("Esc", "Esc");
pub const DO_ROW_DONE: T = T::new("simpan & selesai", "save & stop");
pub const DO_ROW_DONE_LONG: T = T::new(
    "simpan baris ini (bila berubah) dan kembali ke daftar peserta",
    "save this row (when changed) and return to the participants",
);
/// In the row `?` is typed (a certificate number may hold one): F1 helps.
pub const KEY_HELP: T = T::new("F1", "F1");
pub const KEY_CELL_CLEAR: T = T::new("Ctrl-U", "Ctrl-U");
pub const DO_CELL_CLEAR: T = T::new("kosongkan", "clear");
pub const DO_CELL_CLEAR_LONG: T = T::new(
    "kosongkan kolom ini (Backspace menghapus satu huruf)",
    "clear this column (Backspace deletes one character)",
);

/// A score that is no number from 0 to 100; the row stays open.
pub fn bad_score(lang: Lang, typed: &str) -> String {
    pick(
        lang,
        format!("Nilai \"{typed}\" bukan angka 0–100 (mis. 85 atau 87,5); baris belum disimpan."),
        format!(
            "Score \"{typed}\" is not a number from 0 to 100 (e.g. 85 or 87.5); the row is not saved yet."
        ),
    )
}

/// A JP that is no number of 0 or more; the row stays open.
pub fn bad_jp(lang: Lang, typed: &str) -> String {
    pick(
        lang,
        format!(
            "JP \"{typed}\" bukan angka 0 atau lebih (mis. 24 atau 1,5); baris belum disimpan."
        ),
        format!(
            "JP \"{typed}\" is not a number of 0 or more (e.g. 24 or 1.5); the row is not saved yet."
        ),
    )
}

/// A certificate number longer than the column holds.
pub fn long_certificate(lang: Lang, max: usize) -> String {
    pick(
        lang,
        format!("Nomor sertifikat paling panjang {max} huruf."),
        format!("A certificate number holds at most {max} characters."),
    )
}

/// The row was saved.
pub fn row_saved(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("{name}: nilai, sertifikat dan JP tersimpan."),
        format!("{name}: score, certificate and JP saved."),
    )
}

/// The row was not saved: why, and what was typed (so nothing is lost).
pub fn row_not_saved(lang: Lang, name: &str, why: &str, typed: &str) -> String {
    pick(
        lang,
        format!("{name} tidak tersimpan ({typed}): {why}"),
        format!("{name} not saved ({typed}): {why}"),
    )
}
