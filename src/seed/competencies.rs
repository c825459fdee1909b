//! The competency dictionary (PermenPAN-RB 38/2017, domain.md §1): the eight
//! managerial competencies in regulation order, Perekat Bangsa, technical
//! competencies grouped by rumpun, five levels each, and the required levels
//! per position (§1.4, an editable table marked as assumption).

use super::catalog::{JF, PELAKSANA};
use super::people::Person;
use super::rows::{Competency, CompetencyLevel, Standard};

/// Ids: M.01–M.08 are 1–8, SK.01 is 9, technical T.nn is 9 + nn.
pub const SOCIO_CULTURAL_ID: i64 = 9;

/// (name, definition, object phrase used in the level pattern).
const MANAGERIAL: [(&str, &str, &str); 8] = [
    (
        "Integritas",
        "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan kerja, dan bertanggung jawab atas tindakan serta keputusan beserta risikonya.",
        "menjunjung integritas",
    ),
    (
        "Kerjasama",
        "Menjalin, membina dan mempertahankan hubungan kerja yang efektif, saling membantu menyelesaikan tugas, dan mengoptimalkan sumber daya untuk tujuan organisasi.",
        "menjalin kerja sama yang efektif",
    ),
    (
        "Komunikasi",
        "Menerangkan pandangan dan gagasan secara jelas, sistematis dan logis, lisan maupun tertulis; memastikan pemahaman, mendengarkan secara aktif, dan meyakinkan orang lain.",
        "menyampaikan gagasan dengan jelas dan mendengarkan secara aktif",
    ),
    (
        "Orientasi pada Hasil",
        "Mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas, dapat diandalkan, dan mengaitkan perencanaan dengan hasil demi keberhasilan organisasi.",
        "menyelesaikan pekerjaan sesuai target dan standar mutu",
    ),
    (
        "Pelayanan Publik",
        "Melaksanakan tugas pemerintahan, pembangunan dan pelayanan publik secara profesional, transparan, objektif, netral dan tidak diskriminatif.",
        "memberikan pelayanan publik yang profesional dan tidak diskriminatif",
    ),
    (
        "Pengembangan Diri dan Orang Lain",
        "Meningkatkan pengetahuan dan keterampilan diri, serta menginspirasi, membimbing dan memberi umpan balik agar orang lain mengembangkan potensinya.",
        "mengembangkan diri dan orang lain",
    ),
    (
        "Mengelola Perubahan",
        "Menyesuaikan diri dengan situasi baru, mendukung dan memimpin inisiatif perubahan, serta bertanggung jawab agar perubahan berhasil diterapkan.",
        "menyesuaikan diri dan mendukung perubahan",
    ),
    (
        "Pengambilan Keputusan",
        "Membuat keputusan yang baik secara tepat waktu dengan mempertimbangkan informasi, alternatif dan konsekuensinya, serta bertanggung jawab atas keputusan itu.",
        "mengambil keputusan",
    ),
];

/// Level texts confirmed by the sources (domain.md §1.3); the others follow
/// the scope pattern and are marked as assumptions.
const INTEGRITAS: [&str; 4] = [
    "Bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi.",
    "Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma dan etika organisasi dalam lingkup kelompok kerja terkecil.",
    "Memastikan orang yang dipimpinnya bertindak sesuai nilai, norma dan etika organisasi, dengan memberi apresiasi dan teguran.",
    "Menciptakan iklim kerja yang mendorong seluruh pemangku kepentingan instansi mematuhi nilai, norma dan etika organisasi, dan berani mengoreksi penyimpangan.",
];
const KEPUTUSAN: [&str; 4] = [
    "Mengumpulkan informasi untuk bertindak sesuai kewenangannya.",
    "Menganalisis masalah secara mendalam.",
    "Membandingkan berbagai alternatif dan menyeimbangkan risiko dengan peluang keberhasilan.",
    "Menyelesaikan masalah yang berisiko tinggi, mengantisipasi dampak keputusan dan menyiapkan mitigasinya.",
];
const PEREKAT: [&str; 5] = [
    "Peka, memahami dan menerima kemajemukan.",
    "Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan.",
    "Mempromosikan dan mengembangkan sikap toleransi dan persatuan.",
    "Mendayagunakan perbedaan secara konstruktif untuk efektivitas organisasi.",
    "Mewakili pemerintah membangun hubungan sosial psikologis di tingkat nasional.",
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

/// The dictionary: competencies and their five levels.
pub fn dictionary() -> (Vec<Competency>, Vec<CompetencyLevel>) {
    let mut comps = Vec::new();
    let mut levels = Vec::new();
    for (i, (name, def, object)) in MANAGERIAL.iter().enumerate() {
        let id = i as i64 + 1;
        comps.push(Competency {
            id,
            code: format!("M.{id:02}"),
            name,
            kind: "MANAJERIAL",
            definition: def.to_string(),
            assumed: false,
        });
        for level in 1..=5 {
            let confirmed = match id {
                1 => INTEGRITAS.get(level as usize - 1),
                8 => KEPUTUSAN.get(level as usize - 1),
                _ => None,
            };
            levels.push(CompetencyLevel {
                competency_id: id,
                level,
                description: confirmed.map_or_else(|| pattern(level, object), |s| s.to_string()),
                assumed: confirmed.is_none(),
            });
        }
    }
    comps.push(Competency {
        id: SOCIO_CULTURAL_ID,
        code: "SK.01".into(),
        name: "Perekat Bangsa",
        kind: "SOSIAL_KULTURAL",
        definition: "Mempromosikan sikap toleransi, keterbukaan dan kepekaan terhadap perbedaan; menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat dan merekatkan para pemangku kepentingan.".into(),
        assumed: true,
    });
    for (i, text) in PEREKAT.iter().enumerate() {
        levels.push(CompetencyLevel {
            competency_id: SOCIO_CULTURAL_ID,
            level: i as i64 + 1,
            description: text.to_string(),
            assumed: i > 0,
        });
    }
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
    fn dictionary_has_the_regulation_order_and_five_levels_each() {
        let (comps, levels) = dictionary();
        assert_eq!(comps[0].name, "Integritas");
        assert_eq!(comps[7].name, "Pengambilan Keputusan");
        assert_eq!(comps[8].code, "SK.01");
        let technical = comps.iter().filter(|c| c.kind == "TEKNIS").count();
        assert_eq!(comps.len(), 9 + technical);
        assert_eq!(levels.len(), comps.len() * 5);
        assert_eq!(technical_id("T.01"), comps[9].id);
        assert_eq!(comps[9].code, "T.01");
        // Confirmed texts are not marked as assumptions; pattern texts are.
        assert!(!levels[0].assumed && levels[4].assumed);
        let codes: Vec<&str> = JF.iter().flat_map(|j| j.tech.iter().copied()).collect();
        for code in codes {
            assert!(
                comps.iter().any(|c| c.code == code),
                "unknown technical code {code}"
            );
        }
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
