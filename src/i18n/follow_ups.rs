//! Texts of tab 4's queue of post-training follow-ups (issue 10 item 4).

use super::{Lang, T, pick};

pub const COL_TRAINING: T = T::new("Pelatihan", "Training");
pub const COL_MONTHS: T = T::new("Bulan", "Months");
pub const KEY_QUEUE: T = T::new("t", "t");
pub const DO_QUEUE: T = T::new("tindak lanjut", "follow-ups");
pub const DO_QUEUE_LONG: T = T::new(
    "Antrean tindak lanjut pasca pelatihan: peserta yang lulus/selesai, pelatihan berakhir ≥ bulan_tindak_lanjut bulan lalu, belum ditindaklanjuti",
    "Post-training follow-ups due: completed participations, training ended ≥ bulan_tindak_lanjut months ago, not followed up yet",
);
pub const DO_RECORD: T = T::new("isi", "record");
pub const DO_RECORD_LONG: T = T::new(
    "Catat tindak lanjut peserta ini: level Kirkpatrick, responden, skor 1–5, temuan, rekomendasi, usulan level kompetensi",
    "Record this participant's follow-up: Kirkpatrick level, respondent, score 1–5, findings, recommendation, proposed competency level",
);
pub const DO_BACK: T = T::new("evaluasi", "evaluations");

/// "Tindak lanjut jatuh tempo: 214 (pelatihan selesai ≥ 3 bulan lalu)".
pub fn title(lang: Lang, n: usize, months: u32) -> String {
    pick(
        lang,
        format!("Tindak lanjut pasca pelatihan jatuh tempo: {n} (selesai ≥ {months} bulan lalu)"),
        format!("Post-training follow-ups due: {n} (ended ≥ {months} months ago)"),
    )
}
