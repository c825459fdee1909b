//! Catalogue of the positions people hold below the structural posts: the
//! functional positions (jabatan fungsional, JF) and the pelaksana titles of
//! PermenPAN-RB 45/2022 (klerek / operator / teknisi), each with the field of
//! study it recruits from and its technical competencies (domain.md §4.6).

use super::education::Profile;

/// Who a position is, for choosing trainings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    General,
    Guru,
    Kesehatan,
    It,
    Sdm,
    Keuangan,
    Pengadaan,
    Perencana,
    Auditor,
    Satpol,
    Arsip,
    Dukcapil,
}

/// Which jenjang a JF has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// Keahlian: Ahli Pertama, Muda, Madya (Utama is not used in a kota).
    Ahli,
    /// Keterampilan from Terampil.
    Terampil,
    /// Keterampilan that may start at Pemula (SLTA entry).
    Pemula,
}

/// A functional position (jabatan fungsional).
#[derive(Debug, Clone, Copy)]
pub struct JfDef {
    pub key: &'static str,
    pub title: &'static str,
    pub family: Family,
    pub profile: Profile,
    /// Technical competency codes of the position.
    pub tech: &'static [&'static str],
    pub tag: Tag,
}

impl JfDef {
    /// Keterampilan (Pemula…Penyelia) rather than keahlian.
    pub fn skilled(&self) -> bool {
        self.family != Family::Ahli
    }

    /// The jenjang codes this JF can have, lowest first.
    pub fn levels(&self) -> &'static [&'static str] {
        match self.family {
            Family::Pemula => &["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"],
            Family::Terampil => &["TERAMPIL", "MAHIR", "PENYELIA"],
            Family::Ahli => &["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA"],
        }
    }

    /// Full title at a jenjang, e.g. "Analis SDM Aparatur Ahli Muda".
    pub fn title_at(&self, level: &str) -> String {
        let suffix = match level {
            "AHLI_UTAMA" => "Ahli Utama",
            "AHLI_MADYA" => "Ahli Madya",
            "AHLI_MUDA" => "Ahli Muda",
            "AHLI_PERTAMA" => "Ahli Pertama",
            "PENYELIA" => "Penyelia",
            "MAHIR" => "Mahir",
            "TERAMPIL" => "Terampil",
            _ => "Pemula",
        };
        format!("{} {suffix}", self.title)
    }
}

const fn j(
    key: &'static str,
    title: &'static str,
    family: Family,
    profile: Profile,
    tech: &'static [&'static str],
    tag: Tag,
) -> JfDef {
    JfDef {
        key,
        title,
        family,
        profile,
        tech,
        tag,
    }
}

use Family::{Ahli, Pemula, Terampil};
use Profile as P;

#[rustfmt::skip]
pub const JF: &[JfDef] = &[
    j("analis_sdm", "Analis SDM Aparatur", Ahli, P::Admin, &["T.01", "T.04"], Tag::Sdm),
    j("asesor_sdm", "Asesor SDM Aparatur", Ahli, P::Admin, &["T.03", "T.02"], Tag::Sdm),
    j("pranata_komputer", "Pranata Komputer", Ahli, P::It, &["T.21", "T.22"], Tag::It),
    j("pranata_komputer_t", "Pranata Komputer", Terampil, P::It, &["T.22"], Tag::It),
    j("pksti", "Penata Kelola Sistem dan Teknologi Informasi", Ahli, P::It, &["T.21", "T.23"], Tag::It),
    j("pranata_humas", "Pranata Hubungan Masyarakat", Ahli, P::Comms, &["T.24"], Tag::It),
    j("sandiman", "Sandiman", Ahli, P::It, &["T.23"], Tag::It),
    j("statistisi", "Statistisi", Ahli, P::Econ, &["T.11"], Tag::Perencana),
    j("arsiparis", "Arsiparis", Ahli, P::Library, &["T.18"], Tag::Arsip),
    j("arsiparis_t", "Arsiparis", Terampil, P::Admin, &["T.18"], Tag::Arsip),
    j("pustakawan", "Pustakawan", Ahli, P::Library, &["T.19"], Tag::Arsip),
    j("pustakawan_t", "Pustakawan", Terampil, P::Library, &["T.19"], Tag::Arsip),
    j("perencana", "Perencana", Ahli, P::Econ, &["T.09", "T.11"], Tag::Perencana),
    j("analis_kebijakan", "Analis Kebijakan", Ahli, P::Admin, &["T.10"], Tag::General),
    j("auditor", "Auditor", Ahli, P::Econ, &["T.12", "T.13"], Tag::Auditor),
    j("p2upd", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", Ahli, P::Govt, &["T.12", "T.14"], Tag::Auditor),
    j("analis_keuangan", "Analis Keuangan Pusat dan Daerah", Ahli, P::Econ, &["T.05", "T.06"], Tag::Keuangan),
    j("pengelola_pbj", "Pengelola Pengadaan Barang/Jasa", Ahli, P::Econ, &["T.08"], Tag::Pengadaan),
    j("polpp", "Polisi Pamong Praja", Pemula, P::Law, &["T.16", "T.15"], Tag::Satpol),
    j("polpp_ahli", "Polisi Pamong Praja", Ahli, P::Law, &["T.16", "T.15"], Tag::Satpol),
    j("guru", "Guru", Ahli, P::Educ, &["T.28", "T.29"], Tag::Guru),
    j("pengawas_sekolah", "Pengawas Sekolah", Ahli, P::Educ, &["T.30", "T.29"], Tag::Guru),
    j("perawat", "Perawat", Ahli, P::Nurse, &["T.31"], Tag::Kesehatan),
    j("perawat_t", "Perawat", Terampil, P::Nurse, &["T.31"], Tag::Kesehatan),
    j("bidan", "Bidan", Ahli, P::Midwife, &["T.32"], Tag::Kesehatan),
    j("bidan_t", "Bidan", Terampil, P::Midwife, &["T.32"], Tag::Kesehatan),
    j("dokter", "Dokter", Ahli, P::Doctor, &["T.34"], Tag::Kesehatan),
    j("sanitarian", "Sanitarian", Terampil, P::Health, &["T.33"], Tag::Kesehatan),
    j("penyuluh_kesmas", "Penyuluh Kesehatan Masyarakat", Ahli, P::Health, &["T.33"], Tag::Kesehatan),
    j("penyuluh_pertanian", "Penyuluh Pertanian", Ahli, P::Agri, &["T.38"], Tag::General),
    j("penyuluh_pertanian_t", "Penyuluh Pertanian", Terampil, P::Agri, &["T.38"], Tag::General),
    j("teknik_jalan", "Teknik Jalan dan Jembatan", Ahli, P::Engineer, &["T.35"], Tag::General),
    j("pengendali_dampak", "Pengendali Dampak Lingkungan", Ahli, P::Engineer, &["T.36"], Tag::General),
    j("pekerja_sosial", "Pekerja Sosial", Ahli, P::Social, &["T.39"], Tag::General),
    j("adminduk", "Administrator Database Kependudukan", Ahli, P::It, &["T.25", "T.11"], Tag::Dukcapil),
    j("penguji_kendaraan", "Penguji Kendaraan Bermotor", Terampil, P::Engineer, &["T.37"], Tag::General),
    j("analis_bencana", "Analis Kebencanaan", Ahli, P::Engineer, &["T.40"], Tag::General),
    j("pemadam", "Pemadam Kebakaran", Pemula, P::Engineer, &["T.17", "T.40"], Tag::General),
];

/// The field of each functional position, as words its technical
/// competencies are named by (one of them in each competency's name): data
/// for the check that a position's technical standard is the competency of
/// its own field (Penyuluh Pertanian → penyuluhan *pertanian*, never
/// pengujian kendaraan), kept apart from [`JF`] so one cannot drift with the
/// other unnoticed.
#[rustfmt::skip]
pub const JF_FIELDS: &[(&str, &[&str])] = &[
    ("Analis SDM Aparatur", &["SDM", "Kepegawaian"]),
    ("Asesor SDM Aparatur", &["Kompetensi", "Kinerja"]),
    ("Pranata Komputer", &["TIK", "Aplikasi"]),
    ("Penata Kelola Sistem dan Teknologi Informasi", &["TIK", "Informasi"]),
    ("Pranata Hubungan Masyarakat", &["Kehumasan"]),
    ("Sandiman", &["Persandian"]),
    ("Statistisi", &["Statistik"]),
    ("Arsiparis", &["Arsip"]),
    ("Pustakawan", &["Perpustakaan"]),
    ("Perencana", &["Perencanaan", "Statistik"]),
    ("Analis Kebijakan", &["Kebijakan"]),
    ("Auditor", &["Pengawasan", "Audit"]),
    ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", &["Pengawasan", "Reviu"]),
    ("Analis Keuangan Pusat dan Daerah", &["Keuangan", "Akuntansi"]),
    ("Pengelola Pengadaan Barang/Jasa", &["Pengadaan"]),
    ("Polisi Pamong Praja", &["Ketertiban", "Qanun"]),
    ("Guru", &["Pembelajaran"]),
    ("Pengawas Sekolah", &["Satuan Pendidikan", "Pembelajaran"]),
    ("Perawat", &["Keperawatan"]),
    ("Bidan", &["Kebidanan"]),
    ("Dokter", &["Medis"]),
    ("Sanitarian", &["Kesehatan Masyarakat"]),
    ("Penyuluh Kesehatan Masyarakat", &["Kesehatan Masyarakat"]),
    ("Penyuluh Pertanian", &["Pertanian"]),
    ("Teknik Jalan dan Jembatan", &["Jalan dan Jembatan"]),
    ("Pengendali Dampak Lingkungan", &["Dampak Lingkungan"]),
    ("Pekerja Sosial", &["Sosial"]),
    ("Administrator Database Kependudukan", &["Kependudukan", "Data"]),
    ("Penguji Kendaraan Bermotor", &["Kendaraan"]),
    ("Analis Kebencanaan", &["Bencana"]),
    ("Pemadam Kebakaran", &["Kebakaran", "Bencana"]),
];

/// Each functional position's title (without jenjang) with the words of its
/// field ([`JF_FIELDS`]).
pub fn jf_fields() -> &'static [(&'static str, &'static [&'static str])] {
    JF_FIELDS
}

/// A pelaksana title.
#[derive(Debug, Clone, Copy)]
pub struct PelDef {
    pub key: &'static str,
    pub title: &'static str,
    /// Weights of SMA, D3 and S1 holders in the post.
    pub education: [u32; 3],
    pub tech: &'static [&'static str],
    pub tag: Tag,
    /// Weight in every unit's general pool (0 = unit-specific only).
    pub general: u32,
}

const fn p(
    key: &'static str,
    title: &'static str,
    education: [u32; 3],
    tech: &'static [&'static str],
    tag: Tag,
    general: u32,
) -> PelDef {
    PelDef {
        key,
        title,
        education,
        tech,
        tag,
        general,
    }
}

#[rustfmt::skip]
pub const PELAKSANA: &[PelDef] = &[
    p("pengadministrasi_perkantoran", "Pengadministrasi Perkantoran", [70, 30, 0], &["T.20"], Tag::General, 4),
    p("operator_layanan", "Operator Layanan Operasional", [60, 40, 0], &["T.20"], Tag::General, 3),
    p("pengolah_data", "Pengolah Data dan Informasi", [0, 50, 50], &["T.11"], Tag::General, 2),
    p("penata_layanan", "Penata Layanan Operasional", [0, 0, 100], &["T.20"], Tag::General, 2),
    p("pengelola_layanan", "Pengelola Layanan Operasional", [0, 20, 80], &["T.20"], Tag::General, 1),
    p("teknisi_sarpras", "Teknisi Sarana dan Prasarana", [70, 30, 0], &["T.07"], Tag::General, 1),
    p("pengelola_umum", "Pengelola Umum Operasional", [80, 20, 0], &["T.20"], Tag::General, 2),
    p("pengelola_kepegawaian", "Pengelola Layanan Kepegawaian", [0, 40, 60], &["T.01", "T.04"], Tag::Sdm, 0),
    p("pengadministrasi_keuangan", "Pengadministrasi Keuangan", [30, 40, 30], &["T.05"], Tag::Keuangan, 0),
    p("petugas_wh", "Petugas Wilayatul Hisbah", [60, 20, 20], &["T.15"], Tag::Satpol, 0),
    p("pengelola_kesehatan", "Pengelola Layanan Kesehatan", [0, 60, 40], &["T.33"], Tag::Kesehatan, 0),
    p("operator_kependudukan", "Operator Layanan Kependudukan", [50, 30, 20], &["T.25"], Tag::Dukcapil, 0),
];

/// The JF catalogue entry with `key` (the first entry for an unknown key).
pub fn jf(key: &str) -> &'static JfDef {
    JF.iter().find(|j| j.key == key).unwrap_or(&JF[0])
}

/// The pelaksana catalogue entry with `key` (the first entry for an unknown key).
pub fn pelaksana(key: &str) -> &'static PelDef {
    PELAKSANA
        .iter()
        .find(|p| p.key == key)
        .unwrap_or(&PELAKSANA[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::units::UNITS;

    #[test]
    fn every_key_a_unit_names_exists_and_titles_read_well() {
        for u in UNITS {
            for (key, _) in u.jf {
                assert!(
                    JF.iter().any(|j| j.key == *key),
                    "{} names unknown JF {key}",
                    u.code
                );
            }
            for key in u.pelaksana {
                assert!(
                    PELAKSANA.iter().any(|p| p.key == *key),
                    "{} names unknown pelaksana {key}",
                    u.code
                );
            }
        }
        assert!(JF.iter().all(|j| !j.tech.is_empty()));
        let (comps, _) = crate::seed::competencies::dictionary();
        for j in JF {
            let (_, words) = JF_FIELDS
                .iter()
                .find(|(t, _)| *t == j.title)
                .unwrap_or_else(|| panic!("{} has no field", j.title));
            for code in j.tech {
                let name = comps.iter().find(|c| c.code == *code).unwrap().name;
                assert!(
                    words.iter().any(|w| name.contains(w)),
                    "{} has {code} {name}, not of its field {words:?}",
                    j.title
                );
            }
        }
        assert_eq!(
            jf("analis_sdm").title_at("AHLI_MUDA"),
            "Analis SDM Aparatur Ahli Muda"
        );
        assert_eq!(jf("polpp").levels()[0], "PEMULA");
    }
}
