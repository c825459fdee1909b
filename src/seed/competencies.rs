//! The competency dictionary (PermenPAN-RB 38/2017, domain.md §1): the eight
//! managerial competencies in regulation order, Perekat Bangsa, technical
//! competencies grouped by rumpun, five levels each, and the required levels
//! per position (§1.4, an editable table marked as assumption).

use super::catalog::{JF, PELAKSANA};
use super::people::Person;
use super::rows::{Competency, CompetencyLevel, Standard};

/// Ids: M.01–M.08 are 1–8, SK.01 is 9 (the national competencies every new
/// file gets from migration V12, in that order), technical T.nn is 9 + nn.
pub const SOCIO_CULTURAL_ID: i64 = 9;

/// The codes of the national competencies by id (1…9), as V12 writes them.
pub const NATIONAL_CODES: [&str; 9] = [
    "M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01",
];

/// (rumpun, [technical competency names]) — T.01… in this order.
const TECHNICAL: &[(&str, &[&str])] = &[
    (
        "Kepegawaian",
        &[
            "Manajemen SDM Aparatur",
            "Penilaian Kinerja ASN",
            "Pengembangan Kompetensi ASN",
            "Pengelolaan Data Kepegawaian (SIASN)",
        ],
    ),
    (
        "Keuangan dan Aset",
        &[
            "Pengelolaan Keuangan Daerah",
            "Akuntansi Pemerintahan",
            "Pengelolaan Barang Milik Daerah",
            "Pengadaan Barang/Jasa Pemerintah",
        ],
    ),
    (
        "Perencanaan",
        &[
            "Perencanaan Pembangunan Daerah",
            "Analisis Kebijakan Publik",
            "Pengelolaan Data dan Statistik Sektoral",
        ],
    ),
    (
        "Pengawasan",
        &[
            "Pengawasan Intern Pemerintah",
            "Audit Kinerja",
            "Reviu Laporan Keuangan",
        ],
    ),
    (
        "Ketenteraman dan Syariat",
        &[
            "Penegakan Qanun dan Syariat Islam",
            "Ketenteraman dan Ketertiban Umum",
            "Perlindungan Masyarakat dan Pemadaman Kebakaran",
        ],
    ),
    (
        "Kearsipan, Perpustakaan dan Perkantoran",
        &[
            "Pengelolaan Arsip",
            "Pengelolaan Perpustakaan",
            "Administrasi Perkantoran dan Tata Naskah Dinas",
        ],
    ),
    (
        "Teknologi Informasi dan Komunikasi",
        &[
            "Tata Kelola TIK (SPBE)",
            "Pengembangan dan Pengelolaan Aplikasi",
            "Keamanan Informasi dan Persandian",
            "Komunikasi Publik dan Kehumasan",
        ],
    ),
    (
        "Pelayanan Publik",
        &[
            "Pelayanan Administrasi Kependudukan",
            "Pelayanan Perizinan Terpadu",
            "Pelayanan Pemerintahan Kecamatan",
        ],
    ),
    (
        "Pendidikan",
        &[
            "Perencanaan dan Pelaksanaan Pembelajaran",
            "Asesmen Pembelajaran",
            "Manajemen Satuan Pendidikan",
        ],
    ),
    (
        "Kesehatan",
        &[
            "Asuhan Keperawatan",
            "Asuhan Kebidanan",
            "Kesehatan Masyarakat dan Lingkungan",
            "Pelayanan Medis Dasar",
        ],
    ),
    (
        "Infrastruktur, Lingkungan dan Perhubungan",
        &[
            "Perencanaan Teknis Jalan dan Jembatan",
            "Pengendalian Dampak Lingkungan",
            "Pengujian Kendaraan dan Lalu Lintas",
        ],
    ),
    (
        "Sosial, Pertanian dan Kebencanaan",
        &[
            "Penyuluhan Pertanian dan Perikanan",
            "Perlindungan dan Rehabilitasi Sosial",
            "Penanggulangan Bencana",
        ],
    ),
];

/// Scope pattern of domain.md §1.3: self → peers → unit → instansi → national.
fn pattern(level: i64, object: &str) -> String {
    match level {
        1 => format!("Mampu {object} dalam lingkup tugas pribadi."),
        2 => format!(
            "Mampu {object} bersama rekan dalam kelompok kerja terkecil dan mengajak rekan melakukannya."
        ),
        3 => format!(
            "Mampu memastikan unit kerja yang dipimpinnya {object}, dengan contoh dan umpan balik."
        ),
        4 => format!("Mampu menciptakan iklim yang mendorong seluruh instansi {object}."),
        _ => format!(
            "Mampu menjadi rujukan dan merumuskan strategi untuk {object} lintas instansi atau tingkat nasional."
        ),
    }
}

/// The id of a technical competency code "T.nn".
pub fn technical_id(code: &str) -> i64 {
    SOCIO_CULTURAL_ID + code.trim_start_matches("T.").parse::<i64>().unwrap_or(0)
}

/// The technical dictionary: example technical competencies and their five
/// levels. The national ones (ids 1–9) are already in the file: a new
/// database starts with them (migration V12).
pub fn dictionary() -> (Vec<Competency>, Vec<CompetencyLevel>) {
    let mut comps = Vec::new();
    let mut levels = Vec::new();
    let mut n = 0;
    for (rumpun, names) in TECHNICAL {
        for name in *names {
            n += 1;
            let id = SOCIO_CULTURAL_ID + n;
            comps.push(Competency {
                id,
                code: format!("T.{n:02}"),
                name,
                kind: "TEKNIS",
                definition: format!(
                    "Rumpun {rumpun}. Contoh kompetensi teknis; sesuaikan dengan kamus kompetensi teknis instansi pembina."
                ),
                assumed: true,
            });
            let object = format!("menerapkan {}", name.to_lowercase());
            for level in 1..=5 {
                levels.push(CompetencyLevel {
                    competency_id: id,
                    level,
                    description: pattern(level, &object),
                    assumed: true,
                });
            }
        }
    }
    (comps, levels)
}

/// Required managerial / socio-cultural level per position (domain.md §1.4).
pub fn managerial_level(position_kind: &str, jf_level: &str) -> i64 {
    match (position_kind, jf_level) {
        ("JPT_UTAMA" | "JPT_MADYA", _) => 5,
        ("JPT_PRATAMA", _) | (_, "AHLI_UTAMA") => 4,
        ("ADMINISTRATOR", _) | (_, "AHLI_MADYA") => 3,
        ("PENGAWAS", _) | (_, "AHLI_MUDA" | "PENYELIA") => 2,
        _ => 1,
    }
}

/// Required technical level of a JF jenjang or a pelaksana title (1–3).
pub fn technical_level(jf_level: &str, graduate_post: bool) -> i64 {
    match jf_level {
        "AHLI_MUDA" | "AHLI_MADYA" | "AHLI_UTAMA" => 3,
        "AHLI_PERTAMA" | "MAHIR" | "PENYELIA" => 2,
        "" if graduate_post => 2,
        _ => 1,
    }
}

const MANAGERIAL_ROWS: &[(&str, &str)] = &[
    ("JPT_UTAMA", ""),
    ("JPT_MADYA", ""),
    ("JPT_PRATAMA", ""),
    ("ADMINISTRATOR", ""),
    ("PENGAWAS", ""),
    ("PELAKSANA", ""),
    ("JF_KEAHLIAN", "AHLI_UTAMA"),
    ("JF_KEAHLIAN", "AHLI_MADYA"),
    ("JF_KEAHLIAN", "AHLI_MUDA"),
    ("JF_KEAHLIAN", "AHLI_PERTAMA"),
    ("JF_KETERAMPILAN", "PENYELIA"),
    ("JF_KETERAMPILAN", "MAHIR"),
    ("JF_KETERAMPILAN", "TERAMPIL"),
    ("JF_KETERAMPILAN", "PEMULA"),
];

/// Pelaksana titles filled by graduates (technical standard 2 instead of 1).
fn graduate_post(education: [u32; 3]) -> bool {
    education[2] >= 50
}

/// The standard table: managerial + Perekat Bangsa per kind/jenjang, and the
/// technical competencies of every JF jenjang and pelaksana title in use.
pub fn standards() -> Vec<Standard> {
    let mut out = Vec::new();
    let mut push =
        |kind: &'static str, jenjang: &'static str, title: String, comp: i64, level: i64| {
            out.push(Standard {
                id: out.len() as i64 + 1,
                position_kind: kind,
                jf_level: jenjang,
                position: title,
                competency_id: comp,
                level,
            });
        };
    for &(kind, jenjang) in MANAGERIAL_ROWS {
        let level = managerial_level(kind, jenjang);
        for comp in 1..=SOCIO_CULTURAL_ID {
            push(kind, jenjang, String::new(), comp, level);
        }
    }
    for j in JF {
        let kind = if j.skilled() {
            "JF_KETERAMPILAN"
        } else {
            "JF_KEAHLIAN"
        };
        for &jenjang in j.levels() {
            for code in j.tech {
                push(
                    kind,
                    jenjang,
                    j.title_at(jenjang),
                    technical_id(code),
                    technical_level(jenjang, false),
                );
            }
        }
    }
    for p in PELAKSANA {
        for code in p.tech {
            push(
                "PELAKSANA",
                "",
                p.title.to_string(),
                technical_id(code),
                technical_level("", graduate_post(p.education)),
            );
        }
    }
    out
}

/// The (competency id, required level) pairs that apply to a person, in id order.
pub fn required_for(p: &Person) -> Vec<(i64, i64)> {
    let jenjang = p.row.jf_level.unwrap_or("");
    let level = managerial_level(p.row.position_kind, jenjang);
    let mut out: Vec<(i64, i64)> = (1..=SOCIO_CULTURAL_ID).map(|c| (c, level)).collect();
    let graduate = match p.slot.post {
        super::positions::Post::Pelaksana(d) => graduate_post(d.education),
        _ => false,
    };
    for code in p.tech {
        out.push((technical_id(code), technical_level(jenjang, graduate)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_technical_dictionary_follows_the_national_ids_with_five_levels_each() {
        let (comps, levels) = dictionary();
        assert!(comps.iter().all(|c| c.kind == "TEKNIS"));
        assert_eq!(comps[0].code, "T.01");
        assert_eq!(comps[0].id, SOCIO_CULTURAL_ID + 1);
        assert_eq!(technical_id("T.01"), comps[0].id);
        assert_eq!(levels.len(), comps.len() * 5);
        assert!(levels.iter().all(|l| l.assumed));
        let codes: Vec<&str> = JF.iter().flat_map(|j| j.tech.iter().copied()).collect();
        for code in codes {
            assert!(
                comps.iter().any(|c| c.code == code),
                "unknown technical code {code}"
            );
        }
    }

    /// The seed refers to the national competencies by id: those a new file
    /// gets from V12 must be 1–9 in this order.
    #[test]
    fn a_new_file_has_the_national_competencies_at_the_ids_the_seed_uses() {
        let conn = crate::db::open_in_memory().unwrap();
        let found: Vec<(i64, String)> = conn
            .prepare("SELECT id, kode FROM kompetensi ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let expected: Vec<(i64, String)> = NATIONAL_CODES
            .iter()
            .enumerate()
            .map(|(i, c)| (i as i64 + 1, c.to_string()))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(NATIONAL_CODES[SOCIO_CULTURAL_ID as usize - 1], "SK.01");
    }

    #[test]
    fn standard_levels_follow_the_jabatan_table() {
        assert_eq!(managerial_level("JPT_PRATAMA", ""), 4);
        assert_eq!(managerial_level("ADMINISTRATOR", ""), 3);
        assert_eq!(managerial_level("PENGAWAS", ""), 2);
        assert_eq!(managerial_level("PELAKSANA", ""), 1);
        assert_eq!(managerial_level("JF_KEAHLIAN", "AHLI_MADYA"), 3);
        assert_eq!(managerial_level("JF_KETERAMPILAN", "TERAMPIL"), 1);
        let rows = standards();
        let mut keys: Vec<_> = rows
            .iter()
            .map(|s| {
                (
                    s.position_kind,
                    s.jf_level,
                    s.position.clone(),
                    s.competency_id,
                )
            })
            .collect();
        let before = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), before, "standard rows must be unique");
        assert!(rows.iter().all(|s| (1..=5).contains(&s.level)));
    }
}
