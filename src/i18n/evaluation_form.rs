//! Texts of the evaluation form, the entry grid by unit and the post-training
//! follow-up of tab 4 (issue 10).

use super::{Lang, T, pick};

pub const FORM_NEW_EVAL: T = T::new("Evaluasi kinerja baru", "New performance evaluation");
pub const FORM_EDIT_EVAL: T = T::new("Ubah evaluasi kinerja", "Edit performance evaluation");
pub const EF_EMPLOYEE: T = T::new("Pegawai", "Employee");
pub const EF_YEAR: T = T::new("Tahun", "Year");
pub const EF_KIND: T = T::new("Jenis periode", "Kind of period");
pub const EF_NO: T = T::new("Periode ke", "Period no.");
pub const EH_NO: T = T::new(
    "Tahunan 1; semester 1–2; triwulan 1–4; bulanan 1–12.",
    "Annual 1; semester 1–2; quarter 1–4; monthly 1–12.",
);
pub const EF_WORK: T = T::new("Hasil kerja", "Work result");
pub const EF_BEHAVIOUR: T = T::new("Perilaku kerja", "Work behaviour");
pub const EH_RATING: T = T::new(
    "di atas / sesuai / di bawah ekspektasi; predikat mengikuti tabel PermenPAN-RB 6/2022.",
    "above / meets / below expectation; the predicate follows the PermenPAN-RB 6/2022 table.",
);
pub const EF_APPRAISER: T = T::new("Pejabat penilai", "Appraising official");
pub const EF_SUPERIOR: T = T::new("Atasan pejabat penilai", "Official's superior");
pub const EH_APPRAISER: T = T::new(
    "Kosong: diisi menurut struktur unit saat disimpan (Pelaksana → Pengawas → Administrator → JPT).",
    "Empty: filled from the unit's structure on save (Pelaksana → Pengawas → Administrator → JPT).",
);
pub const EF_TEMPLATE: T = T::new("Templat umpan balik", "Feedback template");
pub const EH_TEMPLATE: T = T::new(
    "Pilih untuk mengisi empat isian berikut sebagai awal; ubah sesuai keadaan.",
    "Pick one to start the next fields from; then adapt it.",
);
pub const EF_OBSERVED: T = T::new("Yang diamati", "What was observed");
pub const EF_EFFECT: T = T::new("Dampaknya", "Its effect");
pub const EF_NEXT: T = T::new("Langkah berikut", "Next step");
pub const EF_AGREED: T = T::new("Tanggal disepakati", "Agreed by");
pub const EF_NOTE: T = T::new("Catatan", "Notes");
pub const NEXT_STEP_EMPTY: T = T::new(
    "Langkah berikut kosong: umpan balik tanpa tindak lanjut (tetap dapat disimpan).",
    "No next step: feedback without a follow-up (it can still be saved).",
);
pub const NO_FOR_KIND: T = T::new(
    "Nomor periode di luar jenisnya (tahunan 1, semester 1–2, triwulan 1–4, bulanan 1–12).",
    "Period number outside its kind (annual 1, semester 1–2, quarter 1–4, monthly 1–12).",
);
pub const SELF_APPRAISER: T = T::new(
    "Pegawai tidak menilai dirinya sendiri.",
    "An employee does not appraise themself.",
);

/// The hint of a BerAKHLAK note field, whose label is the value itself
/// ("Akuntabel"; "Catatan Berorientasi Pelayanan" was wider than the label
/// column).
pub fn value_help(lang: Lang, value: &str) -> String {
    pick(
        lang,
        format!("Catatan nilai BerAKHLAK {value}: perilaku yang teramati pada periode ini."),
        format!("Note on the BerAKHLAK value {value}: behaviour observed in this period."),
    )
}

/// The predicate shown live under the ratings.
pub fn predicate_note(lang: Lang, predicate: &str) -> String {
    pick(
        lang,
        format!("→ Predikat: {predicate}"),
        format!("→ Predicate: {predicate}"),
    )
}

/// A feedback template: a name and the three texts it starts from
/// (observed, effect, next step). Bahasa Indonesia: the words the office
/// writes in the SKP.
pub struct Template {
    pub name: &'static str,
    pub observed: &'static str,
    pub effect: &'static str,
    pub next: &'static str,
}

pub const TEMPLATES: [Template; 5] = [
    Template {
        name: "Tenggat terlewat",
        observed: "Beberapa laporan diserahkan melewati tenggat yang disepakati.",
        effect: "Rekapitulasi unit tertunda dan pimpinan menerima data terlambat.",
        next: "Menyusun jadwal kerja mingguan dan melapor kemajuan setiap Jumat kepada atasan.",
    },
    Template {
        name: "Kinerja melampaui target",
        observed: "Seluruh target triwulan tercapai dan beberapa melampaui rencana.",
        effect: "Layanan unit lebih cepat dan menjadi contoh bagi rekan kerja.",
        next: "Berbagi praktik baik dalam rapat unit dan diusulkan mengikuti pengembangan talenta.",
    },
    Template {
        name: "Perlu peningkatan kompetensi teknis",
        observed: "Tugas teknis sering memerlukan perbaikan ulang sebelum dapat diterima.",
        effect: "Waktu penyelesaian pekerjaan unit bertambah.",
        next: "Mengikuti pelatihan teknis yang relevan dan coaching bersama atasan langsung.",
    },
    Template {
        name: "Perilaku pelayanan",
        observed: "Ada keluhan penerima layanan tentang sikap saat melayani di loket.",
        effect: "Kepuasan masyarakat terhadap layanan unit menurun.",
        next: "Mengikuti coaching nilai BerAKHLAK (Berorientasi Pelayanan) dan dipantau selama satu bulan.",
    },
    Template {
        name: "Kerja sama tim",
        observed: "Aktif membantu rekan dan berbagi informasi lintas bidang.",
        effect: "Pekerjaan bersama selesai lebih cepat dan suasana kerja membaik.",
        next: "Dilibatkan sebagai koordinator dalam kegiatan lintas bidang berikutnya.",
    },
];

// ---------------------------------------------------------------- follow-up
pub const FORM_FOLLOW_UP: T = T::new("Tindak lanjut pasca pelatihan", "Post-training follow-up");
pub const FF_DATE: T = T::new("Tanggal", "Date");
pub const FF_LEVEL: T = T::new("Level Kirkpatrick", "Kirkpatrick level");
pub const FH_LEVEL: T = T::new(
    "Reaksi, pembelajaran, perilaku (diterapkan di kerja?), hasil (dampak bagi unit).",
    "Reaction, learning, behaviour (applied at work?), results (effect on the unit).",
);
pub const FF_RESPONDENT: T = T::new("Responden", "Respondent");
pub const FF_SCORE: T = T::new("Skor (1–5)", "Score (1–5)");
pub const FF_FINDINGS: T = T::new("Temuan", "Findings");
pub const FF_RECOMMENDATION: T = T::new("Rekomendasi", "Recommendation");
pub const FF_COMPETENCY: T = T::new("Kompetensi usulan", "Proposed competency");
pub const FH_COMPETENCY: T = T::new(
    "Boleh kosong. Diisi bersama level: disimpan sebagai penilaian kompetensi bersumber tindak lanjut ini, kesenjangan ikut berubah.",
    "Optional. With a level it is stored as a competency assessment sourced from this follow-up; the gap moves.",
);
pub const FF_PROPOSED: T = T::new("Level usulan (1–5)", "Proposed level (1–5)");
pub const LEVEL_WITHOUT_COMPETENCY: T = T::new(
    "Level tanpa kompetensi: pilih kompetensinya.",
    "A level without a competency: pick the competency.",
);
pub const COMPETENCY_WITHOUT_LEVEL: T = T::new(
    "Kompetensi tanpa level: isi level usulan atau kosongkan kompetensi.",
    "A competency without a level: give the level or clear the competency.",
);

/// "Tindak lanjut · Cut Nadia · BIMTEK-2026-03".
pub fn follow_up_title(lang: Lang, subject: &str) -> String {
    pick(
        lang,
        format!("Tindak lanjut pasca pelatihan · {subject}"),
        format!("Post-training follow-up · {subject}"),
    )
}

/// The date typed is before the training's end.
pub fn follow_up_before_end(lang: Lang, end: &str) -> String {
    pick(
        lang,
        format!("Sebelum pelatihan selesai ({end})."),
        format!("Before the training ended ({end})."),
    )
}

// ---------------------------------------------------------------- the detail (Enter)
pub const ED_UNIT: T = T::new("Unit", "Unit");
pub const ED_PERIOD: T = T::new("Periode", "Period");
pub const ED_WORK: T = T::new("Hasil kerja", "Work result");
pub const ED_BEHAVIOUR: T = T::new("Perilaku kerja", "Work behaviour");
pub const ED_PREDICATE: T = T::new("Predikat", "Predicate");
pub const ED_APPRAISER: T = T::new("Pejabat penilai", "Appraiser");
pub const ED_SUPERIOR: T = T::new("Atasan penilai", "Superior");
pub const ED_FEEDBACK: T = T::new("Umpan balik", "Feedback");
pub const ED_OBSERVED: T = T::new("Yang diamati", "Observed");
pub const ED_EFFECT: T = T::new("Dampaknya", "Its effect");
pub const ED_NEXT: T = T::new("Langkah berikut", "Next step");
pub const ED_AGREED: T = T::new("Disepakati", "Agreed by");
pub const ED_NOTE: T = T::new("Catatan", "Notes");
pub const ED_VALUES: T = T::new("Catatan BerAKHLAK", "BerAKHLAK notes");
pub const DO_OPEN_EVAL: T = T::new("buka", "open");
pub const DO_OPEN_EVAL_LONG: T = T::new(
    "Buka evaluasi: nilai, predikat, pejabat penilai, umpan balik dan catatan BerAKHLAK",
    "Open the evaluation: ratings, predicate, appraisers, feedback and BerAKHLAK notes",
);
