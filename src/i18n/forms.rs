//! Texts of the record forms beyond the employee form (status change,
//! competency assessment, unit, competency, competency standard) and of the
//! reference-data screens (units, competency dictionary, standards).

use super::{Lang, T, pick};
use crate::domain::dates::display;
use chrono::NaiveDate;

// ---- status change (leaving the service) ----------------------------------

/// "Status pegawai: Rahmi Safitri (sekarang: Aktif)".
pub fn status_title(lang: Lang, name: &str, current: &str) -> String {
    pick(
        lang,
        format!("Status pegawai: {name} (sekarang: {current})"),
        format!("Employee status: {name} (now: {current})"),
    )
}
pub const SF_STATUS: T = T::new("Status baru", "New status");
pub const SF_DATE: T = T::new("Berlaku sejak", "Effective from");
pub const SF_SK: T = T::new("Nomor SK", "Decree (SK) number");
pub const SF_NOTE: T = T::new("Keterangan", "Note");
pub const SH_STATUS: T = T::new(
    "Pensiun, mutasi keluar, berhenti, meninggal: keluar dari daftar aktif.",
    "Retired, transferred, resigned, deceased: leaves the active list.",
);
pub const SH_DATE: T = T::new(
    "TMT menurut SK, dd-mm-yyyy. Tanggal mendatang: terjadwal, berlaku pada harinya.",
    "Effective date from the decree, dd-mm-yyyy. A later date is scheduled.",
);
pub const SH_SK: T = T::new(
    "Nomor surat keputusan, mis. 800/123/2026. Boleh kosong.",
    "Number of the decree, e.g. 800/123/2026. May be empty.",
);

/// A date after the reference date.
pub fn date_in_future(lang: Lang, today: NaiveDate) -> String {
    pick(
        lang,
        format!(
            "Tanggal ini di masa depan; paling lambat {}.",
            display(today)
        ),
        format!(
            "This date is in the future; {} at the latest.",
            display(today)
        ),
    )
}

/// A change dated further ahead than a decree is issued.
pub fn date_too_far_ahead(lang: Lang, latest: NaiveDate) -> String {
    pick(
        lang,
        format!(
            "Terlalu jauh ke depan; paling lambat {} (periksa tahunnya).",
            display(latest)
        ),
        format!(
            "Too far ahead; {} at the latest (check the year).",
            display(latest)
        ),
    )
}

/// A status date before the TMT pengangkatan.
pub fn date_before_appointment(lang: Lang, tmt: NaiveDate) -> String {
    pick(
        lang,
        format!("Tanggal ini sebelum TMT pengangkatan ({}).", display(tmt)),
        format!(
            "This date is before the appointment (TMT {}).",
            display(tmt)
        ),
    )
}

/// A change to the status already in effect on its date (`ahead`: the date
/// lies after the reference date, e.g. a pension already scheduled).
pub fn same_status_on(
    lang: Lang,
    status: crate::domain::enums::EmployeeStatus,
    date: NaiveDate,
    ahead: bool,
) -> String {
    use crate::i18n::labels::Label;
    let label = status.label(lang);
    let day = display(date);
    match (lang, ahead) {
        (Lang::Id, false) => format!("Pada {day} statusnya sudah {label}; pilih status lain."),
        (Lang::Id, true) => {
            format!("Pada {day} statusnya sudah {label} (terjadwal); pilih status lain.")
        }
        (Lang::En, false) => format!("On {day} the status is already {label}; choose another."),
        (Lang::En, true) => {
            format!("On {day} the status will already be {label}; choose another.")
        }
    }
}

/// A status date before the employee turned 17.
pub fn date_before_adult(lang: Lang, birth: NaiveDate) -> String {
    pick(
        lang,
        format!(
            "Tanggal ini sebelum pegawai berusia 17 tahun (lahir {}).",
            display(birth)
        ),
        format!(
            "This date is before the employee turned 17 (born {}).",
            display(birth)
        ),
    )
}

/// The y/n question before a hard delete of a record without history.
pub fn delete_question(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Hapus {name} untuk selamanya? Data ini belum punya riwayat. (y/n)"),
        format!("Delete {name} for good? This record has no history yet. (y/n)"),
    )
}
pub const HAS_HISTORY_STATUS: T = T::new(
    "Pegawai ini sudah punya riwayat, jadi tidak dihapus: catat perubahan statusnya (pensiun, mutasi keluar…).",
    "This employee has history, so the record is not deleted: record a status change (retired, transferred out…).",
);

// ---- competency assessment ------------------------------------------------

/// "Penilaian kompetensi: Rahmi Safitri".
pub fn assessment_title(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Penilaian kompetensi: {name}"),
        format!("Competency assessment: {name}"),
    )
}
/// "Koreksi penilaian: Rahmi Safitri".
pub fn assessment_edit_title(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Koreksi penilaian: {name}"),
        format!("Correct an assessment: {name}"),
    )
}
pub const AF_COMPETENCY: T = T::new("Kompetensi", "Competency");
pub const AF_LEVEL: T = T::new("Level (1–5)", "Level (1–5)");
pub const AF_DATE: T = T::new("Tanggal penilaian", "Assessed on");
pub const AF_METHOD: T = T::new("Metode", "Method");
pub const AF_ASSESSOR: T = T::new("Penilai", "Assessor");
pub const AF_NOTE: T = T::new("Catatan", "Note");
pub const AH_COMPETENCY: T = T::new(
    "Ketik kode (mis. M.01) atau nama kompetensi, ↓ pilih, Enter ambil.",
    "Type the code (e.g. M.01) or the competency's name, ↓ to choose, Enter to pick.",
);
pub const AH_LEVEL: T = T::new(
    "1 terendah … 5 tertinggi. Penilaian lama tetap disimpan; yang terbaru berlaku.",
    "1 lowest … 5 highest. Earlier results are kept; the latest counts.",
);
pub const AH_DATE: T = T::new(
    "Tanggal penilaian (dd-mm-yyyy); tidak boleh di masa depan.",
    "Date of the assessment (dd-mm-yyyy); not in the future.",
);
pub const PICK_COMPETENCY: T = T::new(
    "Pilih kompetensi dari daftar.",
    "Pick the competency from the list.",
);

// ---- unit -----------------------------------------------------------------

pub const FORM_NEW_UNIT: T = T::new("Unit kerja baru", "New unit");
pub const FORM_EDIT_UNIT: T = T::new("Ubah unit kerja", "Edit unit");
pub const UF_CODE: T = T::new("Kode unit", "Unit code");
pub const UF_NAME: T = T::new("Nama unit", "Unit name");
pub const UF_SHORT: T = T::new("Singkatan", "Short name");
pub const UF_KIND: T = T::new("Jenis unit", "Kind of unit");
pub const UF_PARENT: T = T::new("Unit induk", "Parent unit");
pub const UF_ORDER: T = T::new("Urutan", "Order");
pub const UF_ACTIVE: T = T::new("Aktif", "Active");
pub const UF_INTERNS: T = T::new("Kapasitas magang", "Intern capacity");
pub const UH_INTERNS: T = T::new(
    "Mahasiswa magang yang dapat diterima sekaligus; kosong = tanpa batas.",
    "Student interns the unit takes at once; empty = no limit.",
);
pub const UH_CODE: T = T::new(
    "Kode unik, mis. 5.03 atau 5.03.01 untuk bidang di bawahnya; tanpa spasi.",
    "A unique code, e.g. 5.03, or 5.03.01 for a division under it; no spaces.",
);
pub const UH_PARENT: T = T::new(
    "Kosong untuk unit tingkat atas; untuk bidang ketik singkatan/nama unit induk.",
    "Empty for a top-level unit; for a division type the parent's short or full name.",
);
pub const UH_ORDER: T = T::new(
    "Posisi dalam daftar (angka kecil lebih dulu).",
    "Position in the list (smaller numbers first).",
);
pub const UH_ACTIVE: T = T::new(
    "Unit yang sudah tidak dipakai: Tidak (datanya tetap ada).",
    "A unit no longer in use: No (its data stays).",
);
pub const PARENT_SELF: T = T::new(
    "Unit tidak dapat menjadi induk dirinya sendiri; pilih unit lain atau kosongkan.",
    "A unit cannot be its own parent; pick another unit or leave it empty.",
);
pub const PARENT_CYCLE: T = T::new(
    "Unit ini berada di bawah unit yang sedang diubah; pilih unit lain sebagai induk.",
    "That unit is under the unit being edited; pick another unit as the parent.",
);

// ---- competency -----------------------------------------------------------

pub const FORM_NEW_COMPETENCY: T = T::new("Kompetensi baru", "New competency");
pub const FORM_EDIT_COMPETENCY: T = T::new("Ubah kompetensi", "Edit competency");
pub const CF_CODE: T = T::new("Kode", "Code");
pub const CF_NAME: T = T::new("Nama kompetensi", "Competency name");
pub const CF_KIND: T = T::new("Jenis", "Kind");
pub const CF_DEFINITION: T = T::new("Definisi", "Definition");
pub const CH_CODE: T = T::new(
    "Kode unik tanpa spasi: M.01… manajerial, SK.01 sosial kultural, T.01… teknis.",
    "Unique code, no spaces: M.01… managerial, SK.01 socio-cultural, T.01… technical.",
);
pub const CH_LEVEL: T = T::new(
    "Perilaku yang diharapkan pada level ini. Alt-Enter atau Ctrl-J untuk baris baru.",
    "The behaviour expected at this level. Alt-Enter or Ctrl-J for a new line.",
);
pub const CH_INDICATOR: T = T::new(
    "Indikator perilaku level ini, satu per baris (boleh kosong).",
    "Behaviour indicators of this level, one per line (may be empty).",
);

/// "Level 3: deskripsi".
pub fn level_description_label(lang: Lang, level: usize) -> String {
    pick(
        lang,
        format!("Level {level}: deskripsi"),
        format!("Level {level}: description"),
    )
}

/// "Level 3: indikator".
pub fn level_indicator_label(lang: Lang, level: usize) -> String {
    pick(
        lang,
        format!("Level {level}: indikator"),
        format!("Level {level}: indicators"),
    )
}

/// Indicators typed for a level whose description is empty.
pub fn indicators_without_description(lang: Lang, level: usize) -> String {
    pick(
        lang,
        format!("Level {level} punya indikator tetapi belum ada deskripsinya."),
        format!("Level {level} has indicators but no description yet."),
    )
}

// ---- competency standard --------------------------------------------------

pub const FORM_NEW_STANDARD: T = T::new("Standar kompetensi baru", "New competency standard");
pub const FORM_EDIT_STANDARD: T = T::new("Ubah standar kompetensi", "Edit competency standard");
pub const STF_KIND: T = T::new("Jenis jabatan", "Kind of position");
pub const STF_JF_LEVEL: T = T::new("Jenjang JF", "JF level");
pub const STF_TITLE: T = T::new("Nama jabatan", "Position title");
pub const STF_COMPETENCY: T = T::new("Kompetensi", "Competency");
pub const STF_LEVEL: T = T::new("Level standar (1–5)", "Required level (1–5)");
pub const STH_JF_LEVEL: T = T::new(
    "Wajib untuk JF (Ahli … keahlian, Pemula … Penyelia terampil); lainnya kosong.",
    "Required for JF (Ahli … expert, Pemula … Penyelia skilled); empty otherwise.",
);
pub const STH_TITLE: T = T::new(
    "Kosong: semua jabatan jenis ini. Diisi: hanya jabatan itu (di atas baris umum).",
    "Empty: every position of this kind. Filled: only that title (beats the rest).",
);
pub const STH_LEVEL: T = T::new(
    "Level yang dibutuhkan jabatan ini (1–5).",
    "The level this position needs (1–5).",
);

// ---- reference screens ----------------------------------------------------

pub const SUB_UNITS: T = T::new("Unit kerja", "Units");
pub const SUB_DICTIONARY: T = T::new("Kamus kompetensi", "Competency dictionary");
pub const SUB_STANDARDS: T = T::new("Standar kompetensi", "Competency standards");
pub const COL_UNIT_NAME: T = T::new("Unit kerja", "Unit");
pub const COL_CODE: T = T::new("Kode", "Code");
pub const COL_SHORT: T = T::new("Singkatan", "Short name");
pub const COL_KIND: T = T::new("Jenis", "Kind");
pub const COL_EMPLOYEES: T = T::new("Pegawai", "Staff");
pub const COL_ACTIVE: T = T::new("Aktif", "Active");
pub const COL_COMPETENCY: T = T::new("Kompetensi", "Competency");
pub const COL_POSITION_KIND: T = T::new("Jenis jabatan", "Position kind");
pub const COL_JF_LEVEL: T = T::new("Jenjang", "JF level");
pub const COL_TITLE: T = T::new("Nama jabatan", "Position title");
pub const COL_LEVEL: T = T::new("Level", "Level");
pub const YES: T = T::new("Ya", "Yes");
pub const NO: T = T::new("Tidak", "No");
/// A standard row for every title of its kind.
pub const ALL_TITLES: T = T::new("(semua)", "(all)");
/// No jenjang (structural positions).
pub const NO_JF_LEVEL: T = T::new("-", "-");
/// A level without a description yet (detail box).
pub const LEVEL_EMPTY: T = T::new("(belum diisi)", "(not filled in)");
/// The mark after a value that is an unconfirmed assumption (seeded, not yet
/// confirmed by the office). Readable without colour.
pub const ASSUMED_MARK: &str = "*";
/// The legend shown under a list holding assumed rows.
pub const ASSUMED_LEGEND: T = T::new(
    "* asumsi: belum dikonfirmasi kantor — ubah dan simpan untuk mengonfirmasi.",
    "* assumed: not yet confirmed by the office — edit and save to confirm it.",
);
/// The legend under the unit list: a unit's count leaves out its sub-units.
pub const UNIT_COUNT_LEGEND: T = T::new(
    "Pegawai: yang dalam layanan di unit itu sendiri, tanpa pegawai sub-unitnya.",
    "Employees: those in service in the unit itself, not those of its sub-units.",
);
/// Words a filter can use to find the assumed rows.
pub const ASSUMED_WORDS: &str = "asumsi assumed";
