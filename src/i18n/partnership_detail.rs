//! Texts of the agreement and internship details of tab 3 (issue 9).

use super::{Lang, T, pick};

pub const F_PARTNER: T = T::new("Mitra", "Partner");
pub const F_PARENT: T = T::new("MoU induk", "Parent MoU");
pub const F_ABOUT: T = T::new("Tentang", "Title");
pub const F_PERIOD: T = T::new("Berlaku", "In force");
pub const F_INTERN_PERIOD: T = T::new("Masa magang", "Period");
pub const F_SIGNED: T = T::new("Ditandatangani", "Signed on");
pub const F_SIGNERS: T = T::new("Penandatangan", "Signed by");
pub const F_UNIT: T = T::new("Unit pelaksana", "Carried out by");
pub const F_RENEWS: T = T::new("Memperpanjang", "Renews");
pub const F_RENEWED_BY: T = T::new("Diperpanjang dgn", "Renewed by");
pub const F_SCOPE: T = T::new("Ruang lingkup", "Scope");
pub const F_NOTE: T = T::new("Catatan", "Notes");
pub const NONE: T = T::new("(belum ada)", "(none yet)");
pub const F_KIND: T = T::new("Jenis", "Kind");
pub const F_FORMER_NAME: T = T::new("Nama lama", "Former name");
pub const F_ADDRESS: T = T::new("Alamat", "Address");
pub const F_CONTACT: T = T::new("Narahubung", "Contact");

pub const F_PROGRAMME: T = T::new("Program studi", "Programme");
pub const F_SCHEME: T = T::new("Skema · status", "Scheme · status");
pub const F_HOST: T = T::new("Unit penempatan", "Host unit");
pub const F_MENTOR: T = T::new("Pembimbing lap.", "Field mentor");
pub const NO_MENTOR: T = T::new("! belum ada pembimbing", "! no mentor yet");
pub const F_SUPERVISOR: T = T::new("Dosen pembimbing", "Supervisor");
pub const F_AGREEMENT: T = T::new("Perjanjian", "Agreement");
pub const F_LETTERS: T = T::new("Surat", "Letters");
pub const F_RESULT: T = T::new("Hasil", "Result");
pub const NO_LOGBOOK: T = T::new(
    "Belum ada entri. n: tambah entri logbook.",
    "No entries yet. n: add a logbook entry.",
);
pub const F_ACTIVITY: T = T::new("Kegiatan", "Activity");
pub const F_OUTPUT: T = T::new("Hasil", "Output");
pub const F_REMARK: T = T::new("Catatan pembimbing", "Mentor's remark");
pub const FEEDBACK_HEADING: T = T::new("Evaluasi akhir (f)", "Final evaluation (f)");
pub const NO_FEEDBACK: T = T::new(
    "Belum diisi. f: evaluasi pembimbing dan saran mahasiswa.",
    "Not given yet. f: the mentor's evaluation and the student's suggestions.",
);
pub const F_MENTOR_SCORE: T = T::new("Nilai pembimbing", "Mentor's score");
pub const F_MENTOR_REMARKS: T = T::new("Catatan pembimbing", "Mentor's remarks");
pub const F_WORKED: T = T::new("Yang berjalan baik", "What worked");
pub const F_SUGGESTION: T = T::new("Saran untuk unit", "Suggestion");

/// "13-02-2023 s.d. 12-02-2028".
pub fn period(lang: Lang, start: &str, end: &str) -> String {
    pick(
        lang,
        format!("{start} s.d. {end}"),
        format!("{start} to {end}"),
    )
}

/// "sisa 70 hari" / "lewat 3 hari".
pub fn days_left(lang: Lang, n: i64) -> String {
    if n >= 0 {
        pick(
            lang,
            format!("sisa {n} hari"),
            format!("{n_n} left", n_n = super::en_count(n, "day", "days")),
        )
    } else {
        pick(
            lang,
            format!("lewat {} hari", -n),
            format!("{} days ago", -n),
        )
    }
}

pub fn pks_heading(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("PKS di bawah MoU ini ({n})"),
        format!("PKS under this MoU ({n})"),
    )
}

pub fn interns_heading(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Magang yang bergantung padanya ({n})"),
        format!("Internships that depend on it ({n})"),
    )
}

/// "IAIN Lhokseumawe (s.d. 30-04-2025)": a partner's name until its last day.
pub fn former_name(lang: Lang, name: &str, last_day: &str) -> String {
    pick(
        lang,
        format!("{name} (s.d. {last_day})"),
        format!("{name} (until {last_day})"),
    )
}

pub fn partner_agreements_heading(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Perjanjian ({n})"),
        format!("Agreements ({n})"),
    )
}

pub fn partner_interns_heading(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Mahasiswa magang ({n})"),
        format!("Student internships ({n})"),
    )
}

/// ", smt 6".
pub fn semester(lang: Lang, s: i64) -> String {
    pick(lang, format!(", smt {s}"), format!(", sem. {s}"))
}

pub fn letters(lang: Lang, request: &str, reply: &str) -> String {
    pick(
        lang,
        format!("permohonan {request} · balasan {reply}"),
        format!("request {request} · reply {reply}"),
    )
}

pub fn result(lang: Lang, score: &str, letter: &str) -> String {
    pick(
        lang,
        format!("nilai {score} · surat keterangan selesai {letter}"),
        format!("score {score} · completion letter {letter}"),
    )
}

pub fn logbook_heading(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Logbook ({n}) · n tambah · Enter ubah · d hapus"),
        format!("Logbook ({n}) · n add · Enter edit · d delete"),
    )
}

pub fn entry_heading(lang: Lang, date: &str) -> String {
    pick(lang, format!("Entri {date}"), format!("Entry of {date}"))
}

// ---------------------------------------------------------------- keys
pub const KEY_RENEW: T = T::new("r", "r");
pub const KEY_FEEDBACK: T = T::new("f", "f");
pub const DO_OPEN: T = T::new("buka", "open");
pub const DO_OPEN_LONG: T = T::new(
    "Buka: mitra dengan perjanjian dan mahasiswa magangnya; perjanjian dengan PKS dan magang di bawahnya; magang dengan logbook dan evaluasi akhirnya",
    "Open: a partner with its agreements and student interns; an agreement with its PKS and internships; an internship with its logbook and final evaluation",
);
pub const DO_RENEW: T = T::new("perpanjang", "renew");
pub const DO_RENEW_LONG: T = T::new(
    "Perpanjang perjanjian: formulir perjanjian baru dari yang lama, tanggal dimajukan; yang lama menjadi diperpanjang",
    "Renew the agreement: a new agreement's form filled from the old one, dates moved forward; the old one becomes renewed",
);
pub const DO_NEW_ENTRY: T = T::new("logbook", "logbook");
pub const DO_NEW_ENTRY_LONG: T = T::new(
    "Tambah entri logbook (tanggal, kegiatan, hasil, catatan pembimbing)",
    "Add a logbook entry (date, activity, output, mentor's remark)",
);
pub const DO_EDIT_ENTRY: T = T::new("ubah entri", "edit entry");
pub const DO_EDIT_ENTRY_LONG: T = T::new(
    "Ubah entri logbook yang dipilih",
    "Edit the selected logbook entry",
);
pub const DO_DELETE_ENTRY: T = T::new("hapus entri", "delete entry");
pub const DO_DELETE_ENTRY_LONG: T = T::new(
    "Hapus entri logbook yang dipilih (ditanya dulu)",
    "Delete the selected logbook entry (asks first)",
);
pub const DO_FEEDBACK: T = T::new("evaluasi akhir", "final evaluation");
pub const DO_FEEDBACK_LONG: T = T::new(
    "Evaluasi akhir: nilai dan catatan pembimbing; yang berjalan baik dan saran mahasiswa untuk unit",
    "Final evaluation: the mentor's score and remarks; what worked and the student's suggestion for the unit",
);
pub const DO_EDIT_INTERN: T = T::new("ubah magang", "edit internship");
pub const DO_EDIT_INTERN_LONG: T = T::new(
    "Ubah data magang ini (status, pembimbing, surat, nilai)",
    "Edit this internship (status, mentor, letters, score)",
);
pub const DO_PICK_ENTRY: T = T::new("pilih entri", "pick entry");
