//! Everything on screen (tabs, columns, keys, help, messages).

use super::{Lang, T, pick};

pub use super::tui_forms::*;

pub const APP_TITLE: T = T::new("PEKA", "PEKA");

// Tabs (contract §1.2).
pub const TAB_EMPLOYEES: T = T::new("Pegawai", "Employees");
pub const TAB_TRAINING: T = T::new("Pelatihan", "Training");
pub const TAB_PARTNERSHIPS: T = T::new("Kemitraan", "Partnerships");
pub const TAB_EVALUATION: T = T::new("Evaluasi", "Evaluation");
pub const TAB_MONITORING: T = T::new("Monitoring", "Monitoring");

// Sub-lists.
pub const SUB_PARTNERS: T = T::new("Mitra", "Partners");
pub const SUB_AGREEMENTS: T = T::new("Perjanjian", "Agreements");
pub const SUB_INTERNSHIPS: T = T::new("Magang", "Internships");
pub const SUB_COMPLIANCE: T = T::new("Kepatuhan 20 JP per unit", "20-JP compliance by unit");
pub const SUB_AGREEMENTS_DUE: T = T::new(
    "Perjanjian akan/sudah berakhir",
    "Agreements expiring/expired",
);

// Column titles.
pub const COL_NIP: T = T::new("NIP", "NIP");
pub const COL_NAME: T = T::new("Nama", "Name");
pub const COL_GOLONGAN: T = T::new("Gol", "Grade");
pub const COL_POSITION: T = T::new("Jabatan", "Position");
pub const COL_UNIT: T = T::new("Unit", "Unit");
pub const COL_JP: T = T::new("JP", "JP");
pub const COL_CODE: T = T::new("Kode", "Code");
pub const COL_TRAINING: T = T::new("Pelatihan", "Training");
pub const COL_KIND: T = T::new("Jenis", "Kind");
pub const COL_DATES: T = T::new("Tanggal", "Dates");
pub const COL_START: T = T::new("Mulai", "Start");
pub const COL_END: T = T::new("Berakhir", "End");
pub const COL_STATUS: T = T::new("Status", "Status");
pub const COL_PARTICIPANTS: T = T::new("Peserta", "Particip.");
pub const COL_ORGANIZER: T = T::new("Penyelenggara", "Organiser");
pub const COL_PARTNER: T = T::new("Mitra", "Partner");
pub const COL_CONTACT: T = T::new("Narahubung", "Contact");
pub const COL_AGREEMENTS: T = T::new("Perj.", "Agr.");
pub const COL_INTERNS: T = T::new("Magang", "Interns");
pub const COL_NUMBER: T = T::new("Nomor", "Number");
pub const COL_DOC: T = T::new("Dok", "Doc");
pub const COL_ABOUT: T = T::new("Tentang", "Subject");
pub const COL_DAYS_LEFT: T = T::new("Sisa hari", "Days left");
pub const COL_NIM: T = T::new("NIM", "Student no.");
pub const COL_STUDY: T = T::new("Prodi", "Programme");
pub const COL_MENTOR: T = T::new("Pembimbing", "Mentor");
pub const COL_WORK: T = T::new("Hasil", "Result");
pub const COL_BEHAVIOUR: T = T::new("Perilaku", "Behav.");
pub const COL_PREDICATE: T = T::new("Predikat", "Predicate");
pub const COL_EMPLOYEES: T = T::new("Pegawai", "Staff");
pub const COL_MET: T = T::new("≥ target", "≥ target");
pub const COL_PARTIAL: T = T::new("Kurang", "Short");
pub const COL_ZERO: T = T::new("0 JP", "0 JP");
pub const COL_PERCENT: T = T::new("% patuh", "% met");
pub const COL_SCORE: T = T::new("Nilai", "Score");
pub const COL_COMPETENCY: T = T::new("Kompetensi", "Competency");
pub const COL_STANDARD: T = T::new("Std", "Std");
pub const COL_ACTUAL: T = T::new("Akt", "Act");
pub const COL_GAP: T = T::new("Gap", "Gap");
pub const COL_YEAR: T = T::new("Tahun", "Year");
pub const COL_PERIOD: T = T::new("Periode", "Period");

// Empty lists.
pub const EMPTY_LIST: T = T::new("(belum ada data)", "(no data yet)");
pub const EMPTY_FILTER: T = T::new(
    "Tidak ada yang cocok dengan saringan; Esc menghapus saringan.",
    "Nothing matches the filter; Esc clears it.",
);
pub const LOADING: T = T::new("Memuat…", "Loading…");

// Key names as shown in the footer and help.
pub const KEY_TABS: T = T::new("1-5", "1-5");
pub const KEY_TAB: T = T::new("Tab/S-Tab", "Tab/S-Tab");
pub const KEY_MOVE: T = T::new("↑↓ j k", "↑↓ j k");
pub const KEY_PAGE: T = T::new("PgUp/PgDn", "PgUp/PgDn");
pub const KEY_HOME_END: T = T::new("Home/End", "Home/End");
pub const KEY_FILTER: T = T::new("/", "/");
pub const KEY_ENTER: T = T::new("Enter", "Enter");
pub const KEY_ESC: T = T::new("Esc", "Esc");
pub const KEY_SUB: T = T::new("[ ]", "[ ]");
pub const KEY_EXPORT: T = T::new("x", "x");
pub const KEY_EXPORT_CSV: T = T::new("X", "X");
pub const KEY_HELP: T = T::new("?/F1", "?/F1");
pub const KEY_RESULT: T = T::new("l t i m", "l t i m");
pub const DO_RESULT: T = T::new("hasil", "result");
pub const DO_RESULT_LONG: T = T::new(
    "hasil peserta terpilih lalu baris berikut: l lulus (JP pelatihan diakui bila sudah selesai), t tidak lulus, i mengikuti, m mengundurkan diri",
    "result of the selected participant, then the next row: l passed (the training's JP credited once it has ended), t failed, i attending, m withdrew",
);
pub const KEY_NOT_HERE: T = T::new("n e d s p a", "n e d s p a");
pub const DO_NOT_HERE: T = T::new("belum di sini", "not here yet");
pub const DO_NOT_HERE_LONG: T = T::new(
    "tombol layar lain (n e d s p a, Enter, /) yang belum berlaku di sini menjawab dengan satu kalimat",
    "keys of other screens (n e d s p a, Enter, /) that do nothing here yet say so in one line",
);

/// A key that does nothing on this screen yet, said in one line.
pub fn not_here(lang: Lang, key: char, screen: &str) -> String {
    let (what_id, what_en) = match key {
        '\r' => ("Enter (membuka rincian)", "Enter (open details)"),
        'n' => ("n (data baru)", "n (new record)"),
        'e' => ("e (ubah)", "e (edit)"),
        'd' => ("d (hapus)", "d (delete)"),
        '/' => ("/ (saring)", "/ (filter)"),
        's' => ("s (status kepegawaian)", "s (employment status)"),
        'p' => ("p (penilaian kompetensi)", "p (competency assessment)"),
        'a' => ("a (tampilkan yang keluar)", "a (show leavers)"),
        _ => ("tombol ini", "this key"),
    };
    pick(
        lang,
        format!("{what_id} belum berlaku di {screen}; ? menampilkan tombol yang ada."),
        format!("{what_en} does nothing in {screen} yet; ? lists the keys that work."),
    )
}
pub const KEY_QUIT: T = T::new("q", "q");
pub const KEY_CTRL_C: T = T::new("Ctrl-C", "Ctrl-C");
pub const KEY_CTRL_Z: T = T::new("Ctrl-Z", "Ctrl-Z");
pub const KEY_CTRL_L: T = T::new("Ctrl-L", "Ctrl-L");
pub const KEY_BACKSPACE: T = T::new("Backspace", "Backspace");
pub const KEY_TYPE: T = T::new("ketik", "type");

// What keys do (short for the footer, long for help).
pub const DO_TABS: T = T::new("pindah tab", "switch tab");
pub const DO_NEXT_TAB: T = T::new("tab berikut/sebelumnya", "next/previous tab");
pub const DO_MOVE: T = T::new("pindah baris", "move");
pub const DO_PAGE: T = T::new("halaman naik/turun", "page up/down");
pub const DO_HOME_END: T = T::new("awal/akhir daftar", "first/last row");
pub const DO_FILTER: T = T::new("saring", "filter");
pub const DO_FILTER_LONG: T = T::new(
    "saring daftar sambil mengetik (NIP, nama, unit…)",
    "filter the list as you type (NIP, name, unit…)",
);
pub const DO_OPEN_EMPLOYEE: T = T::new("buka", "open");
pub const DO_OPEN_EMPLOYEE_LONG: T = T::new(
    "buka rincian pegawai terpilih",
    "open the selected employee's details",
);
pub const DO_OPEN_TRAINING: T = T::new("peserta", "participants");
pub const DO_OPEN_TRAINING_LONG: T = T::new(
    "lihat peserta pelatihan terpilih",
    "show the selected training's participants",
);
pub const DO_OPEN_UNIT: T = T::new("pegawainya", "its staff");
pub const DO_OPEN_UNIT_LONG: T = T::new(
    "daftar Pegawai (dan Pensiun) hanya untuk unit terpilih beserta sub-unitnya (sekolah, puskesmas…); / menyaring di dalamnya; n di sana mengisi unitnya bila tanpa sub-unit; Esc di daftar itu kembali ke semua unit",
    "the Employees (and Retiring) list for the selected unit and its sub-units only (schools, health centres…); / filters within it; n there fills in the unit when it has no sub-units; Esc on that list goes back to every unit",
);
pub const DO_CLEAR_UNIT_LONG: T = T::new(
    "hapus saringan; bila tak ada, kembali ke semua unit (setelah Enter pada unit)",
    "clear the filter; when there is none, back to every unit (after Enter on a unit)",
);
pub const DO_OPEN_COMPETENCY: T = T::new("selengkapnya", "in full");
pub const DO_OPEN_COMPETENCY_LONG: T = T::new(
    "Kamus kompetensi: uraian kelima level kompetensi terpilih selengkapnya (↑↓ kompetensi lain; Enter atau Esc kembali ke daftar)",
    "Competency dictionary: the five level descriptions of the selected competency in full (↑↓ other competencies; Enter or Esc back to the list)",
);
/// The bottom line of the competency box in the dictionary.
pub const COMPETENCY_BOX_OPEN: T = T::new(" Enter: selengkapnya ", " Enter: in full ");
pub const COMPETENCY_BOX_CLOSE: T = T::new(
    " ↑↓ kompetensi lain · Esc/Enter: daftar ",
    " ↑↓ other competency · Esc/Enter: list ",
);
pub const DO_BACK: T = T::new("kembali", "back");
pub const DO_BACK_LONG: T = T::new("kembali ke daftar", "back to the list");
pub const DO_SUB_PARTNERS: T = T::new("Mitra·Perjanjian·Magang", "Partners·Agreements·Interns");
pub const DO_SUB_PERIOD: T = T::new("periode lain", "other period");
pub const DO_SUB_PERIOD_LONG: T = T::new(
    "periode evaluasi sebelumnya/berikutnya",
    "previous/next evaluation period",
);
pub const DO_SUB_MONITORING: T = T::new("laporan lain", "other report");
pub const DO_SUB_LONG: T = T::new("sub-daftar sebelumnya/berikutnya", "previous/next sub-list");
pub const DO_EXPORT: T = T::new("ekspor", "export");
pub const DO_EXPORT_LONG: T = T::new(
    "ekspor daftar seperti tampil (dengan saringan) ke Excel (.xlsx: NIP tetap teks, tanggal sebagai tanggal) di folder saat ini; bila folder itu tidak dapat ditulis, ke folder rumah (~)",
    "export the list as shown (filter applied) to Excel (.xlsx: NIPs stay text, dates are dates) in the current folder; if it cannot be written, to the home folder (~)",
);
pub const DO_EXPORT_CSV: T = T::new("ekspor CSV", "export CSV");
pub const DO_EXPORT_CSV_LONG: T = T::new(
    "(Shift-x) ekspor daftar yang sama ke CSV (UTF-8 dengan BOM) ke folder yang sama",
    "(Shift-x) export the same list to CSV (UTF-8 with a BOM) to the same folder",
);
pub const DO_HELP: T = T::new("bantuan", "help");
pub const DO_HELP_LONG: T = T::new("bantuan untuk layar ini", "help for this screen");
pub const DO_QUIT: T = T::new("keluar", "quit");
pub const DO_SUSPEND: T = T::new(
    "tangguhkan ke shell (fg untuk kembali)",
    "suspend to the shell (fg to return)",
);
pub const DO_REDRAW: T = T::new(
    "gambar ulang seluruh layar (bila layar rusak)",
    "draw the whole screen again (when it is garbled)",
);
pub const DO_SCROLL: T = T::new("gulir", "scroll");
pub const DO_FILTER_ACCEPT: T = T::new(
    "selesai menyaring (saringan tetap)",
    "finish filtering (filter stays)",
);
pub const DO_FILTER_CLEAR: T = T::new("hapus saringan", "clear the filter");
pub const DO_FILTER_TYPE: T = T::new("menambah teks saringan", "adds to the filter text");
pub const DO_FILTER_BACKSPACE: T = T::new("hapus huruf terakhir", "delete the last character");
pub const DO_CLOSE_HELP: T = T::new("tutup bantuan", "close help");

// Help popup.
pub const HELP_TITLE: T = T::new("Bantuan", "Help");
pub const HELP_KEYS: T = T::new("Tombol di layar ini", "Keys on this screen");
pub const HELP_CLOSE: T = T::new(
    "Tekan Esc, ? atau q untuk menutup.",
    "Press Esc, ? or q to close.",
);
pub const HELP_MARKS: T = T::new(
    "Tanda: ! = di bawah target JP tahun ini (target jenis ASN-nya); ▼n = kompetensi n level di bawah standar; ✓ = memenuhi standar.",
    "Marks: ! = below this year's JP target (that of the person's kind of ASN); ▼n = competency n levels below standard; ✓ = meets the standard.",
);
/// The JP rule, in the help of the screens that show JP against a target.
pub const HELP_JP_RULE: T = T::new(
    "JP diakui hanya untuk keikutsertaan lulus/selesai dalam pelatihan yang sudah berakhir dan tidak batal, pada tahun berakhirnya. Target per jenis ASN: pengaturan target_jp_pns, target_jp_cpns, target_jp_pppk, target_jp_pppk_paruh_waktu (bila tidak ada: target_jp_tahunan). Kepatuhan dan rekap-jp menghitung pegawai yang bertugas selama tahun itu.",
    "JP are credited only for passed/completed participation in a training that has ended and was not cancelled, in the year it ended. Target per kind of ASN: settings target_jp_pns, target_jp_cpns, target_jp_pppk, target_jp_pppk_paruh_waktu (when missing: target_jp_tahunan). Compliance and rekap-jp count the employees who served during the year.",
);

// Status line.
pub const FILTER_PROMPT: T = T::new("Saring: ", "Filter: ");
pub const READ_ONLY_MARK: T = T::new("HANYA-BACA", "READ-ONLY");
pub const TOO_SMALL_TITLE: T = T::new("Terminal terlalu kecil", "Terminal too small");
pub const DATA_REFRESHED: T = T::new(
    "Data diperbarui oleh sesi lain; daftar dimuat ulang.",
    "Another session changed the data; the list was reloaded.",
);

/// "Terminal 40×10; PEKA needs at least 60×12."
pub fn too_small(lang: Lang, w: u16, h: u16, min_w: u16, min_h: u16) -> String {
    pick(
        lang,
        format!(
            "Ukuran {w}×{h}; PEKA perlu minimal {min_w}×{min_h}. Perbesar jendela; sampai itu tombol tidak dijalankan, kecuali q (keluar) bila tidak ada formulir terbuka."
        ),
        format!(
            "Size {w}×{h}; PEKA needs at least {min_w}×{min_h}. Enlarge the window; until then keys do nothing, except q (quit) when no form is open."
        ),
    )
}

/// Position in a list: "12/1.480" or, filtered, "3/25 (dari 1.480)".
pub fn position(lang: Lang, selected: usize, shown: usize, total: usize) -> String {
    let cur = if shown == 0 { 0 } else { selected + 1 };
    if shown == total {
        format!("{cur}/{shown}")
    } else {
        pick(
            lang,
            format!("{cur}/{shown} (dari {total})"),
            format!("{cur}/{shown} (of {total})"),
        )
    }
}

/// A list kept to a unit: "Unit: Dinkes (+12 sub-unit) · Esc semua unit".
pub fn unit_scope(lang: Lang, unit: &str, sub_units: usize) -> String {
    match (lang, sub_units) {
        (Lang::Id, 0) => format!("Unit: {unit} · Esc semua unit"),
        (Lang::Id, n) => format!("Unit: {unit} (+{n} sub-unit) · Esc semua unit"),
        (Lang::En, 0) => format!("Unit: {unit} · Esc all units"),
        (Lang::En, 1) => format!("Unit: {unit} (+1 sub-unit) · Esc all units"),
        (Lang::En, n) => format!("Unit: {unit} (+{n} sub-units) · Esc all units"),
    }
}

/// The title bar's right side: reference date.
pub fn as_of(lang: Lang, date: &str) -> String {
    pick(lang, format!("per {date}"), format!("as of {date}"))
}

pub fn exported(lang: Lang, rows: usize, path: &str) -> String {
    pick(
        lang,
        format!("{rows} baris diekspor ke {path}"),
        format!(
            "{rows_n} exported to {path}",
            rows_n = super::en_count(rows, "row", "rows")
        ),
    )
}

/// The `x` export went to another folder because the current one refused it.
pub fn exported_elsewhere(
    lang: Lang,
    rows: usize,
    path: &str,
    cause: super::io::WriteCause,
) -> String {
    pick(
        lang,
        format!(
            "Folder saat ini tidak dapat ditulis ({}); {rows} baris diekspor ke {path}.",
            cause.text(lang)
        ),
        format!(
            "The current folder cannot be written ({}); {rows_n} exported to {path} instead.",
            cause.text(lang),
            rows_n = super::en_count(rows, "row", "rows")
        ),
    )
}

/// No folder took the `x` export. `folders[0]` is the current folder (`.`).
pub fn export_failed(lang: Lang, folders: &[String], cause: super::io::WriteCause) -> String {
    let names: Vec<String> = folders
        .iter()
        .enumerate()
        .map(|(i, f)| match i {
            0 => pick(lang, "folder saat ini".into(), "the current folder".into()),
            _ => f.clone(),
        })
        .collect();
    let list = |and: &str| match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
        _ => names.join(""),
    };
    pick(
        lang,
        format!(
            "Ekspor gagal: {} tidak dapat ditulis ({}); kosongkan ruang disk atau jalankan PEKA dari folder yang dapat ditulis.",
            list("dan"),
            cause.text(lang)
        ),
        format!(
            "Export failed: {} cannot be written ({}); free some disk space or start PEKA from a folder you can write to.",
            list("and"),
            cause.text(lang)
        ),
    )
}

/// A read that failed, with SQLite's text (`err`, carried from the worker
/// thread as text). SQLite's fixed sentences for a damaged or locked file
/// are said in words.
pub fn load_failed(lang: Lang, err: &str) -> String {
    let cause = |id: &str, en: &str| pick(lang, id.to_string(), en.to_string());
    let err = match err {
        "database disk image is malformed" => cause("berkasnya rusak", "the file is damaged"),
        "database is locked" => cause(
            "berkasnya dikunci sesi lain",
            "another session holds the file locked",
        ),
        other => other.to_string(),
    };
    pick(
        lang,
        format!("Data tidak dapat dibaca: {err}. Coba lagi; jika berulang jalankan `peka check`."),
        format!("Could not read the data: {err}. Try again; if it persists run `peka check`."),
    )
}

// Employee detail.
pub const DETAIL_PROFILE: T = T::new("Profil", "Profile");
pub const DETAIL_COMPETENCIES: T = T::new(
    "Profil kompetensi (standar vs aktual)",
    "Competency profile (standard vs actual)",
);
pub const DETAIL_TRAININGS: T = T::new("Riwayat pelatihan", "Training history");
pub const DETAIL_JP_YEARS: T = T::new("JP per tahun", "JP per year");
pub const DETAIL_EVALUATIONS: T = T::new("Evaluasi kinerja", "Performance evaluations");
pub const DETAIL_NONE: T = T::new("  (tidak ada)", "  (none)");
pub const DETAIL_NOT_FOUND: T = T::new(
    "Pegawai ini tidak ditemukan lagi (mungkin dihapus sesi lain).",
    "This employee no longer exists (another session may have removed it).",
);
pub const F_NIP: T = T::new("NIP", "NIP");
pub const F_NIK: T = T::new("NIK", "NIK");
pub const F_GENDER: T = T::new("Jenis kelamin", "Sex");
pub const F_BIRTH: T = T::new("Tempat, tgl lahir", "Born");
pub const F_ASN: T = T::new("Jenis ASN", "Kind of ASN");
pub const F_GOLONGAN: T = T::new("Golongan", "Grade");
pub const F_EDUCATION: T = T::new("Pendidikan", "Education");
pub const F_POSITION: T = T::new("Jabatan", "Position");
pub const F_POSITION_KIND: T = T::new("Jenis jabatan", "Position kind");
pub const F_UNIT: T = T::new("Unit kerja", "Unit");
pub const F_TMT: T = T::new("TMT pengangkatan", "Appointed");
/// After the golongan in the detail: "TMT 01-04-2019" / "since 01-04-2019".
pub fn tmt_since(lang: Lang, date: &str) -> String {
    pick(lang, format!("TMT {date}"), format!("since {date}"))
}
pub const F_TMT_POSITION: T = T::new("TMT jabatan", "In position since");
pub const F_STATUS: T = T::new("Status", "Status");
pub const F_CONTACT: T = T::new("Kontak", "Contact");
pub const NOT_ASSESSED: T = T::new("belum dinilai", "not assessed");
pub const NO_STANDARD: T = T::new("tanpa standar", "no standard");
pub const MEETS: T = T::new("✓", "✓");

/// "JP 2026: 12 dari target 20 (kurang 8)".
pub fn jp_line(lang: Lang, year: i32, jp: &str, target: &str, short: &str) -> String {
    if short == "0" {
        pick(
            lang,
            format!("{year}: {jp} JP, target {target} JP terpenuhi"),
            format!("{year}: {jp} JP, target {target} JP met"),
        )
    } else {
        pick(
            lang,
            format!("{year}: {jp} JP dari target {target} (kurang {short}) !"),
            format!("{year}: {jp} JP of target {target} ({short} short) !"),
        )
    }
}

// Training participants.
/// First header line of the participants: the training's name.
pub fn participants_title(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Peserta: {name}"),
        format!("Participants: {name}"),
    )
}
/// Second header line: code, dates, JP, how many, status — short enough to
/// stay whole at 80 columns whatever the name's length.
pub fn participants_facts(
    lang: Lang,
    code: &str,
    start: &str,
    end: &str,
    jp: &str,
    count: usize,
    status: &str,
) -> String {
    pick(
        lang,
        format!("{code} · {start} s.d. {end} · {jp} JP · {count} orang · {status}"),
        format!(
            "{code} · {start} to {end} · {jp} JP · {count_n} · {status}",
            count_n = super::en_count(count, "participant", "participants")
        ),
    )
}

// Evaluation.
/// The title of tab 4: the period named by [`super::labels::period_name`].
pub fn period_title(lang: Lang, period: &str) -> String {
    pick(
        lang,
        format!("Evaluasi {period}"),
        format!("Evaluations {period}"),
    )
}
pub const NO_EVALUATIONS: T = T::new(
    "Belum ada evaluasi kinerja.",
    "No performance evaluations yet.",
);

// Monitoring.
pub fn due_title(lang: Lang, days: i64, due: usize, expired: usize) -> String {
    pick(
        lang,
        format!("Berakhir ≤ {days} hari: {due} · kedaluwarsa: {expired}"),
        format!("Ending within {days} days: {due} · expired: {expired}"),
    )
}

/// Short name of an agreement document for narrow columns.
pub fn doc_short(doc: crate::domain::enums::AgreementDoc) -> &'static str {
    match doc {
        crate::domain::enums::AgreementDoc::Mou => "MoU",
        crate::domain::enums::AgreementDoc::Pks => "PKS",
    }
}

/// Short rating for narrow columns ("Di atas" / "Above").
pub fn rating_short(lang: Lang, r: crate::domain::enums::Rating) -> &'static str {
    use crate::domain::enums::Rating::*;
    let t = match r {
        DiAtas => T::new("Di atas", "Above"),
        Sesuai => T::new("Sesuai", "Meets"),
        DiBawah => T::new("Di bawah", "Below"),
    };
    t.get(lang)
}

/// Abbreviation of a predicate for the distribution line (explained by
/// [`predicate_legend`] under the list and in the help).
pub fn predicate_short(lang: Lang, p: crate::domain::enums::Predicate) -> &'static str {
    use crate::domain::enums::Predicate::*;
    let t = match p {
        SangatBaik => T::new("SB", "VG"),
        Baik => T::new("B", "G"),
        ButuhPerbaikan => T::new("BP", "NI"),
        KurangMisconduct => T::new("K/M", "P/M"),
        SangatKurang => T::new("SK", "VP"),
    };
    t.get(lang)
}

/// What the abbreviations of the distribution line stand for, on one line of
/// `width` cells when it can: "SB Sangat Baik · B Baik · …", narrower
/// "SB=Sangat Baik B=Baik …".
pub fn predicate_legend(lang: Lang, width: usize) -> String {
    use crate::domain::enums::Predicate;
    use crate::i18n::labels::Label;
    use unicode_width::UnicodeWidthStr;
    let pairs: Vec<(&str, &str)> = Predicate::ALL
        .iter()
        .map(|p| (predicate_short(lang, *p), p.label(lang)))
        .collect();
    let roomy: Vec<String> = pairs.iter().map(|(a, l)| format!("{a} {l}")).collect();
    let roomy = roomy.join(" · ");
    if roomy.width() <= width {
        return roomy;
    }
    let tight: Vec<String> = pairs.iter().map(|(a, l)| format!("{a}={l}")).collect();
    tight.join(" ")
}
pub const HELP_PREDICATES: T = T::new(
    "Predikat: SB = Sangat Baik, B = Baik, BP = Butuh Perbaikan, K/M = Kurang/Misconduct, SK = Sangat Kurang.",
    "Predicates: VG = very good, G = good, NI = needs improvement, P/M = poor/misconduct, VP = very poor.",
);
pub const HELP_FILTER_KEYS: T = T::new("Saat menyaring", "While filtering");

/// `peka DB` without an interactive terminal (nothing was written).
pub fn needs_terminal(lang: Lang, path: &std::path::Path, would_create: bool) -> String {
    let p = path.display();
    if would_create {
        pick(
            lang,
            format!(
                "PEKA perlu terminal interaktif untuk membuat {p}, jadi berkas itu belum dibuat; jalankan di terminal (lewat SSH: `ssh -t`)."
            ),
            format!(
                "PEKA needs an interactive terminal to create {p}, so it was not created; run it in a terminal (over SSH: `ssh -t`)."
            ),
        )
    } else {
        pick(
            lang,
            format!(
                "PEKA perlu terminal interaktif untuk membuka {p} dan berkas itu tidak diubah; jalankan di terminal (lewat SSH: `ssh -t`), atau untuk skrip gunakan `peka export` atau `peka check`."
            ),
            format!(
                "PEKA needs an interactive terminal to open {p} and left the file unchanged; run it in a terminal (over SSH: `ssh -t`), or use `peka export` or `peka check` in scripts."
            ),
        )
    }
}

pub const KEY_INACTIVE: T = T::new("a", "a");
pub const DO_INACTIVE: T = T::new("semua", "all");
pub const DO_INACTIVE_LONG: T = T::new(
    "tampilkan juga pegawai yang sudah keluar (pensiun, mutasi, berhenti, meninggal) / sembunyikan lagi",
    "also show employees who left the service (retired, transferred, resigned, deceased) / hide them again",
);
pub const SHOWING_ALL: T = T::new(
    "Menampilkan semua pegawai, termasuk yang sudah keluar (a: hanya yang aktif).",
    "Showing every employee, including those who left (a: in service only).",
);
pub const SHOWING_IN_SERVICE: T = T::new(
    "Menampilkan pegawai yang masih bertugas (a: semua).",
    "Showing employees in service (a: everyone).",
);

pub const KEY_NEW: T = T::new("n", "n");
pub const KEY_EDIT: T = T::new("e", "e");
pub const DO_NEW: T = T::new("baru", "new");
pub const DO_EDIT: T = T::new("ubah", "edit");
pub const DO_NEW_EMPLOYEE_LONG: T = T::new(
    "pegawai baru (Ctrl-N di formulir: simpan lalu isi yang berikutnya)",
    "new employee (Ctrl-N in the form: save and start the next one)",
);
pub const DO_EDIT_EMPLOYEE_LONG: T =
    T::new("ubah data pegawai terpilih", "edit the selected employee");
pub const READ_ONLY_REFUSED: T = T::new(
    "Mode hanya-baca: data tidak dapat diubah. Buka tanpa --read-only untuk mengubah.",
    "Read-only mode: data cannot be changed. Open without --read-only to change it.",
);
pub const RELOADED: T = T::new(
    "Data terbaru dimuat; ulangi perubahan Anda lalu simpan.",
    "The newer data is loaded; repeat your change and save.",
);

/// "Tersimpan: Rahmi Safitri (3 dalam seri ini)."
pub fn saved(lang: Lang, name: &str, count: usize) -> String {
    if count > 1 {
        pick(
            lang,
            format!("Tersimpan: {name} ({count} dalam seri ini)."),
            format!("Saved: {name} ({count} in this series)."),
        )
    } else {
        // A name that ends in a degree ("M.A.P.") ends the sentence itself.
        let dot = if name.ends_with('.') { "" } else { "." };
        pick(
            lang,
            format!("Tersimpan: {name}{dot}"),
            format!("Saved: {name}{dot}"),
        )
    }
}

pub const KEY_DELETE: T = T::new("d", "d");
pub const KEY_YES: T = T::new("y", "y");
pub const KEY_NO: T = T::new("n/Esc", "n/Esc");
pub const DO_DELETE: T = T::new("hapus", "delete");
pub const DO_YES: T = T::new("ya", "yes");
pub const DO_NO: T = T::new("tidak", "no");
pub const DO_DELETE_EMPLOYEE_LONG: T = T::new(
    "hapus pegawai yang salah input (tanpa riwayat, ditanya y/n dulu); pegawai dengan riwayat tidak dihapus melainkan diberi status keluar",
    "delete an employee entered by mistake (no history, asks y/n first); an employee with history is not deleted but given a leaving status",
);
pub const HAS_HISTORY_ARCHIVE: T = T::new(
    "Pegawai ini punya riwayat sehingga tidak dihapus; ubah statusnya (pensiun, mutasi keluar, berhenti, meninggal).",
    "This employee has a history and is not deleted; change the status instead (retired, transferred, resigned, deceased).",
);

/// "Hapus permanen Rizal Ananda (NIP 19900512 201503 1 009)? …": the NIP
/// tells apart two people of the same name.
pub fn ask_delete(lang: Lang, name: &str, nip: &str) -> String {
    pick(
        lang,
        format!(
            "Hapus permanen {name} (NIP {nip})? Data ini belum punya riwayat; tidak dapat dibatalkan. (y/n)"
        ),
        format!(
            "Delete {name} (NIP {nip}) for good? The record has no history; this cannot be undone. (y/n)"
        ),
    )
}
/// A new employee whose name and birth date are already stored.
pub fn ask_save_namesake(lang: Lang, birth: &str, others: &[String]) -> String {
    let list = others.join("; ");
    pick(
        lang,
        format!(
            "Sudah ada pegawai bernama sama, lahir {birth}: {list}. Orang yang sama? Simpan juga sebagai pegawai baru? (y/n)"
        ),
        format!(
            "An employee with this name, born {birth}, is already stored: {list}. The same person? Save as a new employee anyway? (y/n)"
        ),
    )
}
pub const NAMESAKE_NOT_SAVED: T = T::new(
    "Tidak disimpan: periksa dulu pegawai yang bernama sama (formulir tetap terbuka).",
    "Not saved: check the employee of the same name first (the form stays open).",
);
pub const DETAIL_STATUS_HISTORY: T =
    T::new("Riwayat status kepegawaian", "Employment status history");
pub const PICK_FROM_LIST: T = T::new(
    "Pilih dari daftar (ketik lalu Enter).",
    "Pick from the list (type, then Enter).",
);
pub const RECORD_NOT_FOUND: T = T::new(
    "Data ini tidak ditemukan lagi (mungkin dihapus sesi lain).",
    "This record no longer exists (another session may have removed it).",
);

pub const KEY_STATUS: T = T::new("s", "s");
pub const KEY_ASSESS: T = T::new("p", "p");
pub const DO_STATUS: T = T::new("status", "status");
pub const DO_STATUS_LONG: T = T::new(
    "ubah status kepegawaian (cuti, tugas belajar, pensiun, mutasi keluar, berhenti, meninggal); riwayatnya disimpan; tanggal mendatang = terjadwal, berlaku pada harinya",
    "change the employment status (leave, study, retired, transferred, resigned, deceased); the history is kept; a later date is scheduled and takes effect on its day",
);
pub const DO_ASSESS: T = T::new("nilai", "assess");
pub const DO_ASSESS_LONG: T = T::new(
    "catat hasil penilaian kompetensi (riwayat disimpan, yang terbaru berlaku)",
    "record a competency assessment (history kept, the latest counts)",
);
pub const DO_NEW_RECORD_LONG: T = T::new("data baru di daftar ini", "new record in this list");
pub const DO_EDIT_RECORD_LONG: T = T::new("ubah data terpilih", "edit the selected record");
pub const DO_DELETE_RECORD_LONG: T = T::new(
    "hapus data terpilih (ditanya y/n; ditolak bila masih dipakai)",
    "delete the selected record (asks y/n; refused while it is in use)",
);
pub const DO_SUB_REFERENCE: T = T::new("data acuan", "reference data");
pub const DO_SUB_REFERENCE_LONG: T = T::new(
    "Pegawai · Pensiun (segera mencapai BUP) · Unit kerja · Kamus kompetensi · Standar kompetensi jabatan",
    "Employees · Retiring (reaching BUP soon) · Units · Competency dictionary · Competency standards",
);
pub const SUB_EMPLOYEES: T = T::new("Pegawai", "Employees");

/// "Hapus Dinas X? (y/n)"
pub fn ask_delete_record(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("Hapus {name}? Ditolak bila masih dipakai data lain. (y/n)"),
        format!("Delete {name}? Refused while other records use it. (y/n)"),
    )
}
pub const HELP_FORM_KEYS: T = T::new("Tombol di formulir", "Keys in a form");
pub const KEY_RELOAD: T = T::new("Ctrl-R", "Ctrl-R");
pub const DO_RELOAD: T = T::new(
    "setelah bentrok dengan sesi lain: muat data terbaru",
    "after a clash with another session: load the newer data",
);
pub const HELP_FORM_DATES: T = T::new(
    "Tanggal boleh diketik dd-mm-yyyy, dd/mm/yyyy, ddmmyyyy atau yyyy-mm-dd (1/4/2023 juga). * = wajib; ✗ = perlu diperbaiki.",
    "Dates may be typed dd-mm-yyyy, dd/mm/yyyy, ddmmyyyy or yyyy-mm-dd (1/4/2023 too). * = required; ✗ = needs fixing.",
);

/// A refused save because another session saved first: who, when ("28-11
/// 09:12" from the audit's ISO time) and what to do, short enough for 80 columns.
pub fn conflict(lang: Lang, by: Option<&str>, at: Option<&str>, can_reload: bool) -> String {
    let when = at
        .and_then(|t| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S").ok())
        .map(|t| t.format("%d-%m %H:%M").to_string());
    let who = match (by, when) {
        (Some(b), Some(w)) => format!("{b} {w}"),
        (Some(b), None) => b.to_string(),
        (None, Some(w)) => w,
        (None, None) => pick(lang, "sesi lain".into(), "another session".into()),
    };
    let todo = if can_reload {
        pick(
            lang,
            "Ctrl-R muat, Esc batal.".into(),
            "Ctrl-R loads, Esc cancels.".into(),
        )
    } else {
        pick(
            lang,
            "Esc lalu buka lagi.".into(),
            "Esc, then open it again.".into(),
        )
    };
    pick(
        lang,
        format!("Tak tersimpan: diubah {who}. {todo}"),
        format!("Not saved: changed by {who}. {todo}"),
    )
}

pub const DETAIL_ASSESSMENTS: T = T::new(
    "Riwayat penilaian kompetensi (terbaru dulu; yang terbaru per kompetensi berlaku)",
    "Assessment history (newest first; the latest per competency counts)",
);

pub const NOTHING_TO_EXPORT: T = T::new(
    "Daftar ini kosong (periksa saringan); tidak ada yang diekspor.",
    "This list is empty (check the filter); nothing was exported.",
);

/// A save waits for another session that holds the data file.
pub fn save_waiting(lang: Lang, seconds: u64) -> String {
    pick(
        lang,
        format!(
            "Berkas data sedang dipakai sesi lain; menyimpan dicoba lagi ({seconds} d). Esc membatalkan, ketikan Anda tetap."
        ),
        format!(
            "Another session is using the data file; retrying the save ({seconds} s). Esc cancels, what you typed stays."
        ),
    )
}

/// One participant's result was saved.
pub fn result_saved(lang: Lang, name: &str, status: &str) -> String {
    pick(
        lang,
        format!("{name}: {status}, tersimpan."),
        format!("{name}: {status}, saved."),
    )
}

/// A record was deleted, named as the question named it.
pub fn deleted(lang: Lang, name: &str) -> String {
    let dot = if name.ends_with('.') { "" } else { "." };
    pick(
        lang,
        format!("Dihapus: {name}{dot}"),
        format!("Deleted: {name}{dot}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_conflict_fits_one_status_line_and_names_who_and_when() {
        for lang in [Lang::Id, Lang::En] {
            let t = conflict(
                lang,
                Some("budi (10.0.0.5)"),
                Some("2026-11-28T09:12:30"),
                true,
            );
            assert!(
                t.contains("budi (10.0.0.5)") && t.contains("28-11 09:12") && t.contains("Ctrl-R"),
                "{t}"
            );
            assert!(
                unicode_width::UnicodeWidthStr::width(t.as_str()) <= 80,
                "{t}"
            );
        }
        assert!(conflict(Lang::Id, None, None, false).contains("sesi lain"));
    }
}
