//! Texts of a record's history (issue 11 item 4).

use super::{Lang, T, pick};

pub const NONE: T = T::new(
    "Belum ada catatan perubahan untuk data ini (data awal atau hasil impor).",
    "No change recorded for this record yet (initial or imported data).",
);
pub const NO_CHANGE: T = T::new("(tidak ada isian yang berubah)", "(no field changed)");
pub const KEY_HISTORY: T = T::new("h", "h");
pub const DO_HISTORY: T = T::new("riwayat", "history");
pub const DO_HISTORY_LONG: T = T::new(
    "Riwayat data ini: siapa, dari mana, kapan, apa yang berubah (sebelum → sesudah)",
    "This record's history: who, from where, when, what changed (before → after)",
);
pub const DO_CLOSE: T = T::new("tutup", "close");

/// "Riwayat · Cut Nadia".
pub fn title(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!(" Riwayat · {name} "),
        format!(" History · {name} "),
    )
}

/// The audit action in words.
pub fn action(lang: Lang, code: &str) -> String {
    let t = match code {
        "TAMBAH" => T::new("ditambahkan", "added"),
        "UBAH" => T::new("diubah", "changed"),
        "HAPUS" => T::new("dihapus", "deleted"),
        other => return other.to_string(),
    };
    t.get(lang).to_string()
}
