//! Texts of the training form (tab 2, the catalogue).

use super::{Lang, T, pick};

pub const FORM_NEW_TRAINING: T = T::new("Pelatihan baru", "New training");
pub const FORM_EDIT_TRAINING: T = T::new("Ubah pelatihan", "Edit training");
pub const TF_CODE: T = T::new("Kode", "Code");
pub const TH_CODE: T = T::new(
    "Kosongkan: kode dibuat otomatis (JENIS-TAHUN-nomor). Harus unik.",
    "Leave empty: a code is made (KIND-YEAR-number). Must be unique.",
);
pub const TF_NAME: T = T::new("Nama pelatihan", "Training name");
pub const TF_KIND: T = T::new("Jenis", "Kind");
pub const TF_PATH: T = T::new("Jalur", "Path");
pub const TF_FORM: T = T::new("Bentuk", "Form");
pub const TF_GROUP: T = T::new("Kelompok kompetensi", "Competency group");
pub const TF_ORGANISER: T = T::new("Penyelenggara", "Organiser");
pub const TH_ORGANISER: T = T::new(
    "Mis. BKPSDM, BPSDM Aceh, LAN, BKN, atau mitra.",
    "E.g. BKPSDM, BPSDM Aceh, LAN, BKN, or a partner.",
);
pub const TF_JP: T = T::new("Jumlah JP", "Lesson hours (JP)");
pub const TH_JP: T = T::new(
    "JP yang diakui bagi peserta yang lulus (1 JP = menit_per_jp menit).",
    "JP credited to each participant who completes it.",
);
pub const TF_START: T = T::new("Tanggal mulai", "Starts on");
pub const TF_END: T = T::new("Tanggal selesai", "Ends on");
pub const TF_PLACE: T = T::new("Tempat", "Place");
pub const TF_ONLINE: T = T::new("Daring", "Online");
pub const TF_QUOTA: T = T::new("Kuota peserta", "Quota");
pub const TH_QUOTA: T = T::new(
    "Kosongkan bila tanpa batas; tidak boleh di bawah peserta terdaftar.",
    "Empty for no limit; not below the participants enrolled.",
);
pub const TF_COST: T = T::new("Biaya (Rp)", "Cost (Rp)");
pub const TF_FUNDING: T = T::new("Sumber dana", "Funding");
pub const TF_STATUS: T = T::new("Status", "Status");
pub const TH_STATUS: T = T::new(
    "Maju rencana→pendaftaran→berjalan→selesai, mundur 1 langkah, atau batal.",
    "Forward planned→registration→running→finished, 1 step back, or cancelled.",
);
pub const TH_TARGET: T = T::new(
    "Kompetensi sasaran: ketik kode/nama, Enter memilih.",
    "Target competency: type a code or name, Enter picks.",
);
pub const TH_LEVEL: T = T::new(
    "Level 1–5 yang dituju pelatihan untuk kompetensi di atas.",
    "Level 1–5 the training aims at for the competency above.",
);

/// "Kompetensi sasaran 2".
pub fn target_label(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Kompetensi sasaran {n}"),
        format!("Target competency {n}"),
    )
}

/// "Level sasaran 2".
pub fn target_level_label(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Level sasaran {n}"),
        format!("Target level {n}"),
    )
}

/// The end date typed is before the start.
pub fn end_before_start(lang: Lang, start: &str, end: &str) -> String {
    pick(
        lang,
        format!("Selesai {end} sebelum mulai {start}; periksa kedua tanggal."),
        format!("Ends {end} before it starts {start}; check both dates."),
    )
}

pub const LEVEL_WITHOUT_TARGET: T = T::new(
    "Level tanpa kompetensi: pilih kompetensinya dulu.",
    "A level without a competency: pick the competency first.",
);

/// The quota typed is below the participants already enrolled.
pub const QUOTA_BELOW_ENROLLED: T = T::new(
    "Kuota di bawah jumlah peserta yang sudah terdaftar.",
    "The quota is below the participants already enrolled.",
);

/// Setting a training finished while participants have no result yet.
pub fn open_results(lang: Lang, n: i64) -> String {
    pick(
        lang,
        format!(
            "{n} peserta belum punya hasil (lulus/tidak lulus). Tetap tandai pelatihan selesai? Hasilnya bisa diisi sesudahnya dengan l/t di daftar peserta. (y/n)"
        ),
        format!(
            "{n_n} have no result yet (passed/failed). Mark the training finished anyway? Enter them afterwards with l/t in the participants. (y/n)",
            n_n = super::en_count(n, "participant", "participants")
        ),
    )
}
