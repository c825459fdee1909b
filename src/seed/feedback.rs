//! Constructive feedback on an evaluation (PermenPAN-RB 6/2022: continuous
//! feedback, documented): what was observed, its effect on the work, the
//! next step and the date agreed for it. Fictional, in the plain Bahasa
//! Indonesia of an appraiser's notes; chosen by the predicate.

use super::cal::add_days;
use super::rng::Rng;
use chrono::NaiveDate;

/// (observed, effect, next step) pools of one kind of result.
struct Pools {
    observed: &'static [&'static str],
    effect: &'static [&'static str],
    step: &'static [&'static str],
}

const HIGH: Pools = Pools {
    observed: &[
        "Menyelesaikan rekap data kepegawaian unit sebelum tenggat dan tanpa koreksi.",
        "Mengambil inisiatif menyusun SOP layanan yang kini dipakai seluruh bidang.",
        "Aktif membimbing rekan baru menggunakan aplikasi e-Kinerja dan SIASN.",
        "Menangani pengaduan masyarakat dengan cepat dan menindaklanjutinya sampai tuntas.",
        "Menyusun usulan anggaran kegiatan yang lengkap sehingga disetujui tanpa revisi.",
    ],
    effect: &[
        "Layanan unit lebih cepat dan keluhan masyarakat berkurang.",
        "Pimpinan dapat mengambil keputusan tepat waktu berdasarkan data yang akurat.",
        "Rekan kerja lebih mandiri menyelesaikan tugasnya.",
        "Target triwulan unit tercapai lebih awal.",
    ],
    step: &[
        "Berbagi praktik baik sebagai narasumber pada rapat bulanan unit.",
        "Diusulkan mengikuti pelatihan kepemimpinan tahun depan.",
        "Mendokumentasikan langkah kerjanya agar dapat dipakai rekan lain.",
    ],
};

const USUAL: Pools = Pools {
    observed: &[
        "Tugas rutin diselesaikan sesuai target dan jadwal.",
        "Laporan kegiatan lengkap, sesekali perlu perbaikan format.",
        "Hadir tepat waktu dan mengikuti arahan atasan dengan baik.",
        "Pelayanan kepada masyarakat berjalan sesuai standar pelayanan.",
        "Berkas yang ditangani tertib, pengarsipan masih perlu dirapikan.",
    ],
    effect: &[
        "Target kinerja unit tercapai sesuai rencana.",
        "Administrasi unit tertib dan mudah ditelusuri.",
        "Pekerjaan tim berjalan tanpa hambatan berarti.",
    ],
    step: &[
        "Meningkatkan ketelitian dalam penyusunan laporan.",
        "Mengikuti bimtek teknis yang relevan dengan jabatan.",
        "Mengusulkan satu perbaikan proses kerja pada periode berikutnya.",
    ],
};

const LOW_RESULT: Pools = Pools {
    observed: &[
        "Dua dari lima target utama belum tercapai pada periode ini.",
        "Laporan bulanan terlambat lebih dari satu minggu sebanyak tiga kali.",
        "Banyak berkas usulan yang ditangani dikembalikan karena tidak lengkap.",
    ],
    effect: &[
        "Rekap unit tertunda dan pimpinan menerima data yang belum lengkap.",
        "Pegawai lain harus menunda pekerjaannya untuk memperbaiki berkas.",
        "Layanan kepada pemohon menjadi lebih lama dari standar.",
    ],
    step: &[
        "Menyusun jadwal kerja mingguan bersama atasan langsung dan memantaunya setiap Jumat.",
        "Mengikuti pendampingan (coaching) atasan langsung selama satu triwulan.",
        "Memakai daftar periksa kelengkapan berkas sebelum diajukan.",
    ],
};

const LOW_BEHAVIOUR: Pools = Pools {
    observed: &[
        "Beberapa kali tidak hadir rapat koordinasi tanpa pemberitahuan.",
        "Ada keluhan rekan kerja tentang cara berkomunikasi dalam tim.",
        "Terlambat masuk kerja lebih dari lima kali dalam sebulan.",
    ],
    effect: &[
        "Koordinasi antarbidang terhambat dan informasi tidak sampai tepat waktu.",
        "Suasana kerja tim menjadi kurang nyaman.",
        "Pelayanan pagi hari tertunda karena loket belum dibuka.",
    ],
    step: &[
        "Membahas kembali nilai BerAKHLAK bersama atasan dan menyepakati perbaikan sikap kerja.",
        "Melapor kehadiran kepada atasan setiap pekan selama satu bulan.",
        "Mengikuti sesi konseling kepegawaian di BKPSDM.",
    ],
};

/// The feedback written for one evaluation.
pub struct Written {
    pub observed: &'static str,
    pub effect: &'static str,
    pub step: &'static str,
    pub agreed: Option<NaiveDate>,
}

/// Feedback for an evaluation with `predicate` over a period ending `end`:
/// nothing written with probability `empty`; otherwise what was observed,
/// and — always for a predicate below Baik, often for Sangat Baik, now and
/// then for Baik — its effect, the next step and the date agreed for it
/// (two to six weeks after the period).
pub fn write(rng: &mut Rng, predicate: &str, end: NaiveDate, empty: f64) -> Written {
    if rng.chance(empty) {
        return Written {
            observed: "",
            effect: "",
            step: "",
            agreed: None,
        };
    }
    let (pools, parts) = match predicate {
        "SANGAT_BAIK" => (&HIGH, 0.5),
        "BAIK" => (&USUAL, 0.3),
        "KURANG_MISCONDUCT" => (&LOW_BEHAVIOUR, 1.0),
        _ => (&LOW_RESULT, 1.0),
    };
    let observed = *rng.pick(pools.observed);
    if !rng.chance(parts) {
        return Written {
            observed,
            effect: "",
            step: "",
            agreed: None,
        };
    }
    let effect = *rng.pick(pools.effect);
    let step = *rng.pick(pools.step);
    Written {
        observed,
        effect,
        step,
        agreed: Some(add_days(end, rng.range(14, 42))),
    }
}
