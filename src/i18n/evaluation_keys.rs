//! Key texts of tab 4's entry (issue 10): footer words and help lines.

use super::T;

pub const KEY_UNIT: T = T::new("u", "u");
pub const DO_UNIT: T = T::new("per unit", "by unit");
pub const DO_UNIT_LONG: T = T::new(
    "Penilaian per unit: pegawai unit (dan bidang di bawahnya) untuk periode ini, dua tombol per orang",
    "Evaluate by unit: the unit's people (and its divisions) for this period, two keys a person",
);
pub const DO_NEW_LONG: T = T::new(
    "Evaluasi baru untuk periode yang tampil (pegawai, penilaian, umpan balik, catatan BerAKHLAK)",
    "A new evaluation for the period shown (employee, ratings, feedback, BerAKHLAK notes)",
);
pub const DO_EDIT_LONG: T = T::new(
    "Ubah evaluasi yang dipilih: penilaian, penilai, umpan balik terstruktur, catatan",
    "Edit the selected evaluation: ratings, appraisers, structured feedback, notes",
);
pub const KEY_RATE: T = T::new("a s b", "a s b");
pub const DO_RATE: T = T::new("nilai", "rate");
pub const DO_RATE_LONG: T = T::new(
    "a di atas · s sesuai · b di bawah ekspektasi: hasil kerja lalu perilaku; baris tersimpan dan lanjut ke orang berikutnya",
    "a above · s meets · b below expectation: work result then behaviour; the row is saved and the next person comes",
);
pub const KEY_COLUMN: T = T::new("← → Tab", "← → Tab");
pub const DO_COLUMN: T = T::new("kolom", "column");
pub const KEY_ROWS: T = T::new("↑↓ PgUp PgDn", "↑↓ PgUp PgDn");
pub const DO_ROWS: T = T::new("baris", "rows");
pub const DO_ROWS_LONG: T = T::new(
    "Pindah baris; baris yang ditinggalkan disimpan bila berubah (kedua penilaian diisi)",
    "Move between rows; a row left is saved when it changed (both ratings given)",
);
pub const DO_FULL_FORM: T = T::new("formulir", "form");
pub const DO_FULL_FORM_LONG: T = T::new(
    "Formulir lengkap orang ini: penilai, umpan balik (yang diamati, dampak, langkah, tanggal), catatan BerAKHLAK",
    "This person's full form: appraisers, feedback (observed, effect, next step, date), BerAKHLAK notes",
);
pub const KEY_ORG: T = T::new("o", "o");
pub const DO_ORG: T = T::new("predikat unit", "unit predicate");
pub const DO_ORG_LONG: T = T::new(
    "Predikat organisasi unit untuk periode ini (Istimewa, Baik, …, belum): menentukan batas sebaran predikat dan hasil kerja pimpinan unit",
    "The unit's organisation predicate for this period (Istimewa, Baik, …, not set): it sets the limit of the predicates and the unit leader's work result",
);
pub const DO_OTHER_UNIT: T = T::new("unit lain", "other unit");
pub const KEY_PERIOD: T = T::new("< >", "< >");
pub const DO_PERIOD: T = T::new("periode lain", "other period");
pub const DO_CLOSE_GRID: T = T::new("selesai", "done");
pub const DO_CLOSE_GRID_LONG: T = T::new(
    "Simpan baris ini bila berubah dan kembali ke daftar evaluasi",
    "Save this row when it changed and go back to the list",
);
pub const KEY_HELP: T = T::new("F1", "F1");
