//! Texts of the form engine (`tui::widgets::form`): field errors (validation
//! layer 2), refused-key hints (layer 1), the discard question and key hints.

use super::{Lang, T, pick};

// Layer 2: a field checked when the focus leaves it.
pub const REQUIRED: T = T::new("wajib diisi", "required");
pub const BAD_DATE: T = T::new(
    "bukan tanggal: ketik dd-mm-yyyy (mis. 01-04-2023 atau 1/4/2023)",
    "not a date: type dd-mm-yyyy (e.g. 01-04-2023 or 1/4/2023)",
);
/// A date of the right shape whose parts do not exist together: names what was read.
pub fn impossible_date(lang: Lang, day: u32, month: u32, year: i32) -> String {
    pick(
        lang,
        format!(
            "dibaca hari {day}, bulan {month}, tahun {year}: tanggal itu tidak ada di kalender"
        ),
        format!("read as day {day}, month {month}, year {year}: that date does not exist"),
    )
}

pub const PICK_FROM_LIST: T = T::new(
    "pilih dari daftar: ketik lalu Enter",
    "pick from the list: type, then Enter",
);

/// A whole number outside `min..=max` or not a number at all.
pub fn bad_number(lang: Lang, min: i64, max: i64) -> String {
    pick(
        lang,
        format!("harus bilangan bulat {min} sampai {max}"),
        format!("must be a whole number from {min} to {max}"),
    )
}

/// A decimal number outside `min..=max` or not a number at all.
pub fn bad_decimal(lang: Lang, min: f64, max: f64) -> String {
    pick(
        lang,
        format!("harus angka {min} sampai {max} (koma boleh)"),
        format!("must be a number from {min} to {max}"),
    )
}

/// Longer than the field allows.
pub fn too_long(lang: Lang, max: usize) -> String {
    pick(
        lang,
        format!("paling banyak {max} karakter"),
        format!("at most {max} characters"),
    )
}

// Layer 1: why a typed key did nothing (shown on the help line until the next key).
pub const ONLY_DIGITS: T = T::new("hanya angka 0-9", "digits 0-9 only");
pub const ONLY_DIGITS_SPACES: T = T::new(
    "hanya angka 0-9 (spasi boleh)",
    "digits 0-9 only (spaces allowed)",
);
pub const ONLY_DECIMAL: T = T::new(
    "hanya angka, koma atau titik",
    "digits, comma or point only",
);
pub const NO_SPACES: T = T::new("spasi tidak boleh di sini", "no spaces here");
pub const DATE_CHARS: T = T::new(
    "tanggal: angka dengan - atau / (dd-mm-yyyy)",
    "date: digits with - or / (dd-mm-yyyy)",
);
pub const CHAR_REFUSED: T = T::new(
    "karakter ini tidak diterima di sini",
    "this character is not accepted here",
);
pub const NO_MATCH: T = T::new("tidak ada pilihan yang cocok", "no option matches");

/// A paste longer than the field: what was kept and what was left out.
pub fn paste_cut(lang: Lang, max: usize, left_out: usize) -> String {
    pick(
        lang,
        format!(
            "tempelan dipotong: hanya {max} karakter pertama masuk, {left_out} karakter terbuang — periksa ujungnya"
        ),
        format!(
            "paste cut: only the first {max} characters went in, {left_out} were left out — check the end"
        ),
    )
}

/// Characters of a paste the field does not take.
pub fn paste_refused(lang: Lang, count: usize) -> String {
    pick(
        lang,
        format!("{count} karakter tempelan tidak diterima isian ini dan dibuang — periksa isinya"),
        format!(
            "{count} pasted characters are not allowed here and were left out — check the value"
        ),
    )
}

/// Options listed in a choice note: the first few, then how many more.
fn some_options(options: &[String]) -> String {
    const SHOWN: usize = 6;
    let mut s = options
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if options.len() > SHOWN {
        s.push_str(&format!(", … (+{})", options.len() - SHOWN));
    }
    s
}

/// Typing in a choice matched no option: the value kept and what there is.
pub fn choice_no_match(lang: Lang, typed: &str, kept: Option<&str>, options: &[String]) -> String {
    let all = some_options(options);
    match kept {
        Some(k) => pick(
            lang,
            format!("tak ada pilihan \"{typed}\"; tetap {k}. Pilihan: {all}"),
            format!("no option \"{typed}\"; still {k}. Options: {all}"),
        ),
        None => pick(
            lang,
            format!("tak ada pilihan \"{typed}\"; masih kosong. Pilihan: {all}"),
            format!("no option \"{typed}\"; still empty. Options: {all}"),
        ),
    }
}

/// Typing in a choice matched several options: the first is taken, the
/// others are named so the user can type on or use ←/→.
pub fn choice_several(lang: Lang, typed: &str, matches: &[String]) -> String {
    let first = matches.first().map(String::as_str).unwrap_or("");
    let all = some_options(matches);
    pick(
        lang,
        format!(
            "\"{typed}\" cocok dengan {} pilihan ({all}): dipilih {first}; ketik lagi atau ←/→",
            matches.len()
        ),
        format!(
            "\"{typed}\" matches {} options ({all}): {first} taken; type on or use ←/→",
            matches.len()
        ),
    )
}

/// A save refused because fields are wrong.
pub fn save_refused(lang: Lang, count: usize) -> String {
    pick(
        lang,
        format!("Belum disimpan: {count} isian perlu diperbaiki (tanda ✗)."),
        format!("Not saved: {count} field(s) need fixing (marked ✗)."),
    )
}

// Questions (replace the help line).
pub const CONFIRM_DISCARD: T = T::new("Buang perubahan? (y/n)", "Discard changes? (y/n)");
pub const CONFIRM_QUIT: T = T::new(
    "Keluar tanpa menyimpan? (y/n)",
    "Quit without saving? (y/n)",
);

// Values shown in fields.
pub const YES: T = T::new("Ya", "Yes");
pub const NO: T = T::new("Tidak", "No");
pub const CHOICE_EMPTY: T = T::new("(pilih)", "(choose)");
pub const LOOKUP_NONE: T = T::new("(tidak ditemukan)", "(nothing found)");

/// Under a lookup's list when more records match than it holds: "↓ 3/8+ ·
/// ada lagi; ketik lebih untuk mempersempit".
pub fn lookup_more(lang: Lang, at: usize, shown: usize) -> String {
    match lang {
        Lang::Id => {
            format!("↓ {at}/{shown}+ · ada lagi; ketik lebih untuk mempersempit")
        }
        Lang::En => format!("↓ {at}/{shown}+ · more match; type more to narrow"),
    }
}
pub const LEGEND_REQUIRED: T = T::new("* wajib", "* required");

// Key hints for the footer while a form has the keyboard.
pub const KEY_NEXT: T = T::new("Tab/↑↓", "Tab/↑↓");
pub const DO_NEXT: T = T::new("pindah isian", "move");
pub const KEY_ENTER: T = T::new("Enter", "Enter");
pub const DO_ENTER: T = T::new("lanjut", "next");
pub const KEY_SAVE: T = T::new("Ctrl-S/F2", "Ctrl-S/F2");
pub const DO_SAVE: T = T::new("simpan", "save");
pub const KEY_SAVE_NEW: T = T::new("Ctrl-N", "Ctrl-N");
pub const DO_SAVE_NEW: T = T::new("simpan & baru", "save & new");
pub const KEY_CANCEL: T = T::new("Esc", "Esc");
pub const DO_CANCEL: T = T::new("batal", "cancel");
pub const DO_CLOSE_LIST: T = T::new("tutup daftar", "close list");
pub const KEY_CYCLE: T = T::new("←→/Spasi", "←→/Space");
pub const DO_CYCLE: T = T::new(
    "ganti pilihan (ketik untuk mencari)",
    "change (type to search)",
);
pub const KEY_YES_NO: T = T::new("y/n", "y/n");
pub const DO_YES_NO: T = T::new("ya/tidak", "yes/no");
pub const KEY_PICK: T = T::new("↑↓ Tab/Enter", "↑↓ Tab/Enter");
pub const DO_PICK: T = T::new("pilih hasil", "pick a result");
pub const DO_LOOKUP: T = T::new("untuk mencari di daftar", "to search the list");
pub const KEY_TYPE: T = T::new("ketik", "type");
pub const KEY_NEWLINE: T = T::new("Alt-Enter/Ctrl-J", "Alt-Enter/Ctrl-J");
pub const DO_NEWLINE: T = T::new("baris baru", "new line");
pub const KEY_QUIT: T = T::new("Ctrl-C", "Ctrl-C");
pub const DO_QUIT: T = T::new(
    "keluar dari PEKA (ditanya dulu bila ada isian)",
    "quit PEKA (asks first when something was typed)",
);
pub const KEY_REPLACE: T = T::new("ketik", "type");
pub const DO_REPLACE: T = T::new(
    "mengganti isi yang tersorot (isian yang baru dicapai dengan Tab/Enter/↑↓)",
    "replaces the highlighted value (a field just reached with Tab/Enter/↑↓)",
);
pub const KEY_IN_PLACE: T = T::new("← → Home End", "← → Home End");
pub const DO_IN_PLACE: T = T::new(
    "ubah isi di tempat, huruf demi huruf",
    "edit the value in place",
);
pub const KEY_CLEAR: T = T::new("Ctrl-U, Backspace", "Ctrl-U, Backspace");
pub const DO_CLEAR: T = T::new(
    "kosongkan isian (Backspace: bila isinya tersorot)",
    "empty the field (Backspace: when its value is highlighted)",
);
pub const KEY_CONFIRM_YES: T = T::new("y", "y");
pub const DO_CONFIRM_DISCARD: T = T::new("ya, buang", "yes, discard");
pub const DO_CONFIRM_QUIT: T = T::new("ya, keluar", "yes, quit");
pub const KEY_CONFIRM_NO: T = T::new("n/Esc", "n/Esc");
pub const DO_CONFIRM_NO: T = T::new("tidak, lanjut mengisi", "no, keep editing");
