//! Education, study programme and the degrees written after (and before) a
//! name, matched to each other (domain.md §5.6, §10.2).

use super::rng::Rng;

/// Field of study a position draws its staff from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Admin,
    Govt,
    It,
    Econ,
    Law,
    Educ,
    Nurse,
    Midwife,
    Doctor,
    Health,
    Engineer,
    Agri,
    Social,
    Library,
    Comms,
    Religion,
}

/// A person's highest education with its degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct Schooling {
    pub level: &'static str,
    pub program: &'static str,
    pub front: String,
    pub back: String,
}

type Entry = (&'static str, &'static str);

const SMA: &[Entry] = &[
    ("IPA", ""),
    ("IPS", ""),
    ("SMK Administrasi Perkantoran", ""),
    ("SMK Akuntansi", ""),
    ("SMK Teknik Komputer dan Jaringan", ""),
];

fn d3(p: Profile) -> &'static [Entry] {
    use Profile::*;
    match p {
        It => &[
            ("Teknik Informatika", "A.Md.Kom."),
            ("Manajemen Informatika", "A.Md.Kom."),
        ],
        Econ => &[
            ("Akuntansi", "A.Md.Ak."),
            ("Administrasi Bisnis", "A.Md.AB."),
        ],
        Nurse => &[("Keperawatan", "A.Md.Kep.")],
        Midwife => &[("Kebidanan", "A.Md.Keb.")],
        Health | Doctor => &[
            ("Kesehatan Lingkungan", "A.Md.K.L."),
            ("Farmasi", "A.Md.Farm."),
            ("Gizi", "A.Md.Gz."),
            ("Analis Kesehatan", "A.Md.A.K."),
        ],
        Engineer => &[
            ("Teknik Sipil", "A.Md.T."),
            ("Teknik Mesin", "A.Md.T."),
            ("Teknik Listrik", "A.Md.T."),
        ],
        Agri => &[
            ("Budidaya Tanaman Pangan", "A.Md.P."),
            ("Teknologi Hasil Perikanan", "A.Md.Pi."),
        ],
        Library => &[("Perpustakaan", "A.Md.")],
        _ => &[
            ("Administrasi Bisnis", "A.Md.AB."),
            ("Manajemen Informatika", "A.Md.Kom."),
            ("Akuntansi", "A.Md.Ak."),
        ],
    }
}

fn d4(p: Profile) -> &'static [Entry] {
    use Profile::*;
    match p {
        It => &[("Teknologi Rekayasa Komputer Jaringan", "S.Tr.T.")],
        Econ => &[("Akuntansi Lembaga Keuangan Syariah", "S.Tr.Ak.")],
        Midwife => &[("Kebidanan", "S.Tr.Keb.")],
        Nurse => &[("Keperawatan", "S.Tr.Kep.")],
        Health | Doctor => &[("Sanitasi Lingkungan", "S.Tr.Kes.")],
        Engineer => &[(
            "Teknologi Rekayasa Konstruksi Jalan dan Jembatan",
            "S.Tr.T.",
        )],
        _ => &[("Manajemen Pemerintahan", "S.STP")],
    }
}

fn s1(p: Profile) -> &'static [Entry] {
    use Profile::*;
    match p {
        Admin => &[
            ("Ilmu Administrasi Negara", "S.Sos."),
            ("Ilmu Pemerintahan", "S.IP."),
            ("Manajemen", "S.E."),
            ("Psikologi", "S.Psi."),
        ],
        Govt => &[
            ("Ilmu Pemerintahan", "S.IP."),
            ("Ilmu Administrasi Negara", "S.Sos."),
            ("Ilmu Hukum", "S.H."),
        ],
        It => &[
            ("Teknik Informatika", "S.Kom."),
            ("Sistem Informasi", "S.Kom."),
            ("Ilmu Komputer", "S.Kom."),
        ],
        Econ => &[
            ("Akuntansi", "S.E."),
            ("Manajemen", "S.E."),
            ("Ekonomi Pembangunan", "S.E."),
            ("Statistika", "S.Stat."),
        ],
        Law => &[
            ("Ilmu Hukum", "S.H."),
            ("Hukum Keluarga Islam", "S.H."),
            ("Hukum Pidana Islam", "S.H."),
        ],
        Educ => &[
            ("Pendidikan Guru Sekolah Dasar", "S.Pd."),
            ("Pendidikan Matematika", "S.Pd."),
            ("Pendidikan Bahasa Indonesia", "S.Pd."),
            ("Pendidikan Bahasa Inggris", "S.Pd."),
            ("Pendidikan Agama Islam", "S.Pd."),
            ("Pendidikan Jasmani", "S.Pd."),
            ("Pendidikan Guru PAUD", "S.Pd."),
            ("Pendidikan Biologi", "S.Pd."),
        ],
        Nurse => &[("Ilmu Keperawatan dan Profesi Ners", "S.Kep., Ns.")],
        Midwife => &[("Kebidanan dan Profesi Bidan", "S.Keb., Bd.")],
        Doctor => &[("Pendidikan Dokter", "")],
        Health => &[
            ("Kesehatan Masyarakat", "S.K.M."),
            ("Gizi", "S.Gz."),
            ("Farmasi", "S.Farm."),
        ],
        Engineer => &[
            ("Teknik Sipil", "S.T."),
            ("Arsitektur", "S.Ars."),
            ("Teknik Lingkungan", "S.T."),
            ("Perencanaan Wilayah dan Kota", "S.T."),
        ],
        Agri => &[
            ("Agroteknologi", "S.P."),
            ("Agribisnis", "S.P."),
            ("Budidaya Perairan", "S.Pi."),
            ("Peternakan", "S.Pt."),
        ],
        Social => &[
            ("Kesejahteraan Sosial", "S.Sos."),
            ("Sosiologi", "S.Sos."),
            ("Psikologi", "S.Psi."),
        ],
        Library => &[("Ilmu Perpustakaan", "S.Hum."), ("Sejarah", "S.Hum.")],
        Comms => &[
            ("Ilmu Komunikasi", "S.I.Kom."),
            ("Komunikasi dan Penyiaran Islam", "S.Sos."),
        ],
        Religion => &[
            ("Hukum Keluarga Islam", "S.H."),
            ("Pendidikan Agama Islam", "S.Pd."),
            ("Ekonomi Syariah", "S.E."),
            ("Aqidah dan Filsafat Islam", "S.Ag."),
        ],
    }
}

fn s2(p: Profile) -> &'static [Entry] {
    use Profile::*;
    match p {
        It => &[
            ("Magister Teknik Informatika", "M.Kom."),
            ("Magister Sistem Informasi", "M.Kom."),
        ],
        Econ => &[
            ("Magister Akuntansi", "M.Ak."),
            ("Magister Manajemen", "M.M."),
            ("Magister Ekonomi Pembangunan", "M.E."),
        ],
        Law => &[("Magister Ilmu Hukum", "M.H.")],
        Educ => &[
            ("Magister Administrasi Pendidikan", "M.Pd."),
            ("Magister Pendidikan Matematika", "M.Pd."),
        ],
        Nurse | Midwife | Doctor | Health => &[
            ("Magister Kesehatan Masyarakat", "M.K.M."),
            ("Magister Ilmu Kesehatan", "M.Kes."),
        ],
        Engineer => &[("Magister Teknik Sipil", "M.T.")],
        Agri => &[
            ("Magister Agroekoteknologi", "M.P."),
            ("Magister Agribisnis", "M.P."),
        ],
        _ => &[
            ("Magister Administrasi Publik", "M.A.P."),
            ("Magister Ilmu Administrasi", "M.Si."),
            ("Magister Manajemen", "M.M."),
            ("Magister Ilmu Pemerintahan", "M.Si."),
        ],
    }
}

const S3: &[&str] = &[
    "Doktor Ilmu Administrasi Publik",
    "Doktor Ilmu Manajemen",
    "Doktor Ilmu Hukum",
    "Doktor Ilmu Pendidikan",
];

/// Entry golongan rank (1 = I/a … 17 = IV/e) a PNS with this education starts at.
pub fn entry_rank(level: &str) -> u32 {
    match level {
        "SD" => 1,
        "SMP" => 3,
        "SMA" | "D1" => 5,
        "D2" => 6,
        "D3" => 7,
        "S2" => 10,
        "S3" => 11,
        _ => 9,
    }
}

/// Highest golongan rank reachable with this education.
pub fn cap_rank(level: &str) -> u32 {
    match level {
        "SD" | "SMP" | "SMA" => 11,
        "D1" | "D2" | "D3" => 12,
        "S2" => 15,
        "S3" => 16,
        _ => 14,
    }
}

/// Draws a programme with degrees for `level` in field `profile`. The degree
/// joins the first degree to the master's (and "Dr." in front for a doctorate).
pub fn schooling(rng: &mut Rng, level: &'static str, profile: Profile) -> Schooling {
    let doctor = profile == Profile::Doctor;
    let first = |rng: &mut Rng| *rng.pick(s1(profile));
    let (program, front, back) = match level {
        "SMA" => (rng.pick(SMA).0, String::new(), String::new()),
        "D3" => {
            let (p, g) = *rng.pick(d3(profile));
            (p, String::new(), g.to_string())
        }
        "D4" => {
            let (p, g) = *rng.pick(d4(profile));
            (p, String::new(), g.to_string())
        }
        "S1" => {
            let (p, g) = first(rng);
            (
                p,
                if doctor {
                    "dr.".to_string()
                } else {
                    String::new()
                },
                g.to_string(),
            )
        }
        "S2" | "S3" => {
            let (_, g1) = first(rng);
            let (p2, g2) = *rng.pick(s2(profile));
            let back = if g1.is_empty() {
                g2.to_string()
            } else {
                format!("{g1}, {g2}")
            };
            let mut front = if doctor {
                "dr.".to_string()
            } else {
                String::new()
            };
            let program = if level == "S3" {
                front = if doctor {
                    "Dr. dr.".to_string()
                } else {
                    "Dr.".to_string()
                };
                *rng.pick(S3)
            } else {
                p2
            };
            (program, front, back)
        }
        _ => ("", String::new(), String::new()),
    };
    Schooling {
        level,
        program,
        front,
        back,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn degrees_match_the_education_level() {
        let mut rng = Rng::new(5);
        for _ in 0..200 {
            let s = schooling(&mut rng, "S2", Profile::Admin);
            assert!(
                s.back.contains(", M."),
                "S2 without a master's degree: {}",
                s.back
            );
            let s = schooling(&mut rng, "SMA", Profile::It);
            assert!(s.back.is_empty() && s.front.is_empty());
            let s = schooling(&mut rng, "D3", Profile::Nurse);
            assert_eq!(s.back, "A.Md.Kep.");
            let s = schooling(&mut rng, "S3", Profile::Econ);
            assert_eq!(s.front, "Dr.");
            let s = schooling(&mut rng, "S1", Profile::Doctor);
            assert_eq!(s.front, "dr.");
        }
        assert!(entry_rank("S1") < cap_rank("S1"));
        assert!(entry_rank("SMA") < entry_rank("D3"));
    }
}
