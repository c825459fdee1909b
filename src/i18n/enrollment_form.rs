//! Texts of the participant form (tab 2, a training's participants).

use super::{Lang, T, pick};

/// "Peserta baru: BIMTEK-2027-01 Bimtek SKP".
pub fn title_new(lang: Lang, training: &str) -> String {
    pick(
        lang,
        format!("Peserta baru: {training}"),
        format!("New participant: {training}"),
    )
}

/// "Ubah peserta: …".
pub fn title_edit(lang: Lang, training: &str) -> String {
    pick(
        lang,
        format!("Ubah peserta: {training}"),
        format!("Edit participant: {training}"),
    )
}

pub const PF_EMPLOYEE: T = T::new("Pegawai", "Employee");
pub const PH_EMPLOYEE: T = T::new(
    "Ketik NIP atau awal nama; Enter atau Tab mengambil yang disorot.",
    "Type a NIP or the start of a name; Enter or Tab takes the highlighted one.",
);
pub const PF_STATUS: T = T::new("Status", "Status");
pub const PH_STATUS: T = T::new(
    "Diusulkan → disetujui/ditolak → terdaftar → mengikuti → lulus/tidak lulus/selesai.",
    "Proposed → approved/refused → registered → attending → passed/failed/completed.",
);
pub const PF_SOURCE: T = T::new("Sumber usulan", "Proposed by");
pub const PF_SCORE: T = T::new("Nilai akhir", "Final score");
pub const PF_JP: T = T::new("JP diakui", "JP credited");
pub const PH_JP: T = T::new(
    "Hanya untuk yang lulus/selesai; terisi JP pelatihan saat status lulus dipilih.",
    "Only for passed/completed; filled with the training's JP when passed is chosen.",
);
pub const PF_CERT: T = T::new("Nomor sertifikat", "Certificate number");
pub const PF_CERT_DATE: T = T::new("Tanggal sertifikat", "Certificate date");
pub const PF_PROOF: T = T::new("Bukti (rujukan)", "Proof (reference)");
pub const JP_WITHOUT_COMPLETION: T = T::new(
    "JP hanya diakui bagi peserta yang lulus atau selesai; kosongkan atau ubah statusnya.",
    "JP are credited only to passed or completed participants; clear it or change the status.",
);
pub const JP_ABOVE_TRAINING: T = T::new(
    "JP diakui melebihi JP pelatihan.",
    "More JP credited than the training has.",
);
