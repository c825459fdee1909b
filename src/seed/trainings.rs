//! The training catalogue for the reference year and the two before it
//! (domain.md §2.3–2.5, §10.7): Latsar by BPSDM Aceh, leadership trainings
//! (≥ 100 JP; real totals are unconfirmed), bimtek of 16–32 JP, MOOC modules
//! and seminars of 2–4 JP. JP values are fictional. Statuses follow the dates:
//! SELESAI when over by the reference date, BERJALAN around it, PENDAFTARAN /
//! RENCANA after it. A few batches are placed relative to the reference date
//! so that every status appears whatever the date.

use super::cal::{add_days, days_between, next_monday, ymd};
use super::catalog::Tag;
use super::competencies::{NATIONAL_CODES, technical_id};
use super::partners::{PNL, UNIMAL};
use super::rng::Rng;
use super::rows::{Training, TrainingCompetency};
use crate::domain::jp::DEFAULT_MINUTES_PER_JP;
use chrono::{Datelike, NaiveDate};

/// Who a training is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    All,
    /// CPNS in their first year (Latsar).
    Cpns,
    /// PPPK appointed in the training's year.
    NewPppk,
    Pengawas,
    Administrator,
    Jpt,
    /// Administrators and Pengawas.
    Structural,
    Tag(Tag),
    /// Pelaksana and the staff of the personnel office.
    Operators,
    /// Finance staff and structural officials (procurement, budgeting).
    Finance,
    /// Planners and the Pengawas of planning sub-sections.
    Planning,
    /// Front-office staff of Disdukcapil and the kecamatan.
    FrontOffice,
    /// Everyone in the unit with this code.
    Unit(&'static str),
}

/// A kind of training offered every year, in one or more batches.
#[derive(Debug, Clone, Copy)]
pub struct Template {
    pub name: &'static str,
    pub kind: &'static str,
    pub form: &'static str,
    pub group: &'static str,
    pub organiser: &'static str,
    pub jp: f64,
    pub days: i64,
    pub audience: Audience,
    /// Batches a year: at least `min_batches`, else this many per 10,000 employees.
    pub min_batches: u32,
    pub per_10k: u32,
    pub quota: Option<i64>,
    /// Months batches start in (repeated when there are more batches).
    pub months: &'static [u32],
    /// Ends with an exam: participants LULUS with a score, else SELESAI.
    pub graded: bool,
    pub cost: i64,
    pub funding: &'static str,
    pub partner: Option<i64>,
    pub competencies: &'static [&'static str],
    pub place: &'static str,
    pub online: bool,
    /// Themes of the year's batches, taken in turn year by year (none: the
    /// name alone).
    pub themes: &'static [&'static str],
}

/// What a template's batches look like in one year: the catalogue changes
/// from year to year — the theme in the name, the JP (a day is 8 JP in a
/// class; e-learning and seminars 2–4 JP) and the quota. Leadership
/// trainings and Latsar keep their curriculum's JP.
#[derive(Debug, Clone, Copy)]
pub struct Edition {
    pub theme: &'static str,
    pub jp: f64,
    pub days: i64,
    pub quota: Option<i64>,
}

impl Edition {
    /// E-learning modules are measured in minutes (their JP × 45): their JP
    /// follow from the `menit_per_jp` setting, 45 in a seeded database.
    pub fn minutes(&self, t: &Template) -> Option<u32> {
        (t.kind == "E_LEARNING").then(|| (self.jp * DEFAULT_MINUTES_PER_JP as f64).round() as u32)
    }
}

/// The edition of template `index` in `year`: drawn from a stream of its
/// own per year, so the same arguments always give the same catalogue.
pub fn edition(seed: u64, index: usize, year: i32) -> Edition {
    let t = &TEMPLATES[index];
    let mut rng = Rng::stream(seed, &format!("catalogue-{year}-{index}"));
    let theme = if t.themes.is_empty() {
        ""
    } else {
        t.themes[(year.rem_euclid(1000) as usize + index) % t.themes.len()]
    };
    let step = rng.range(-1, 1) as f64;
    let (jp, days) = match t.kind {
        _ if leadership(t) || t.audience == Audience::NewPppk => (t.jp, t.days),
        "E_LEARNING" | "SEMINAR" | "SOSIALISASI" => ((t.jp + step).clamp(2.0, 4.0), t.days),
        "COACHING" => (t.jp + 4.0 * step, t.days),
        _ if t.form == "KLASIKAL" => {
            let jp = (t.jp + 8.0 * step).clamp(16.0, 40.0);
            (jp, (jp / 8.0).ceil() as i64)
        }
        _ => (t.jp, t.days),
    };
    let quota = t
        .quota
        .map(|q| (q + 5 * rng.range(-2, 2)).max(20).max(q / 2));
    Edition {
        theme,
        jp,
        days,
        quota,
    }
}

const AULA: &str = "Aula BKPSDM Kota Lhokseumawe";
const BPSDM: &str = "BPSDM Aceh, Banda Aceh";

const B: Template = Template {
    name: "",
    kind: "BIMTEK",
    form: "KLASIKAL",
    group: "TEKNIS",
    organiser: "BKPSDM Kota Lhokseumawe",
    jp: 24.0,
    days: 3,
    audience: Audience::All,
    min_batches: 1,
    per_10k: 0,
    quota: Some(40),
    months: &[],
    graded: false,
    cost: 750_000,
    funding: "APBK",
    partner: None,
    competencies: &[],
    place: AULA,
    online: false,
    themes: &[],
};

const MOOC: Template = Template {
    kind: "E_LEARNING",
    form: "NON_KLASIKAL",
    organiser: "LAN RI (ASN Corporate University)",
    jp: 3.0,
    days: 21,
    quota: None,
    cost: 0,
    funding: "APBN",
    place: "Daring",
    online: true,
    ..B
};

const SEMINAR: Template = Template {
    kind: "SEMINAR",
    group: "SOSIAL_KULTURAL",
    jp: 3.0,
    days: 1,
    quota: Some(150),
    cost: 0,
    place: "Gedung Serbaguna Kota Lhokseumawe",
    ..B
};

#[rustfmt::skip]
pub const TEMPLATES: &[Template] = &[
    Template { name: "Pelatihan Dasar CPNS", kind: "LATSAR", group: "MANAJERIAL", organiser: "BPSDM Aceh", jp: 240.0, days: 75, audience: Audience::Cpns, min_batches: 2, per_10k: 15, months: &[4, 8], graded: true, cost: 9_500_000, competencies: &["M.01", "M.05", "SK.01"], place: BPSDM, ..B },
    Template { name: "Pelatihan Kepemimpinan Pengawas (PKP)", kind: "PKP", group: "MANAJERIAL", organiser: "BPSDM Aceh", jp: 180.0, days: 100, audience: Audience::Pengawas, months: &[3], quota: Some(30), graded: true, cost: 14_500_000, competencies: &["M.02", "M.04", "M.06"], place: BPSDM, ..B },
    Template { name: "Pelatihan Kepemimpinan Administrator (PKA)", kind: "PKA", group: "MANAJERIAL", organiser: "BPSDM Aceh", jp: 210.0, days: 120, audience: Audience::Administrator, months: &[4], quota: Some(30), graded: true, cost: 19_800_000, competencies: &["M.07", "M.08", "M.04"], place: BPSDM, ..B },
    Template { name: "Pelatihan Kepemimpinan Nasional Tingkat II", kind: "PKN_II", group: "MANAJERIAL", organiser: "Lembaga Administrasi Negara", jp: 250.0, days: 140, audience: Audience::Jpt, months: &[3], quota: Some(60), graded: true, cost: 22_945_000, competencies: &["M.07", "M.08", "SK.01"], place: "LAN RI (blended)", ..B },
    Template { name: "Orientasi PPPK (MOOC Swajar PPPK)", audience: Audience::NewPppk, jp: 20.0, days: 30, months: &[3], group: "MANAJERIAL", competencies: &["M.01", "SK.01"], ..MOOC },
    Template { name: "Bimtek Penyusunan SKP dan e-Kinerja", themes: &["Dialog Kinerja dan Umpan Balik Berkelanjutan", "Ekspektasi Pimpinan dan Indikator Kinerja", "Evaluasi Kinerja Periodik"], per_10k: 40, quota: Some(50), months: &[2, 3, 5, 7, 9, 10], competencies: &["T.02", "M.04"], ..B },
    Template { name: "Bimtek Pemutakhiran Data SIASN/MyASN", themes: &["Riwayat Jabatan dan Pangkat", "Riwayat Pendidikan dan Pelatihan", "Data Keluarga dan Dokumen Digital"], jp: 16.0, days: 2, audience: Audience::Operators, per_10k: 15, months: &[3, 6, 9], competencies: &["T.04"], ..B },
    Template { name: "Pelatihan Pelayanan Publik BerAKHLAK", themes: &["Standar Pelayanan dan Maklumat", "Pengelolaan Pengaduan", "Pelayanan Inklusif bagi Kelompok Rentan"], kind: "MANAJERIAL", group: "MANAJERIAL", jp: 32.0, days: 4, per_10k: 40, months: &[2, 4, 6, 8, 10], competencies: &["M.05", "M.01"], ..B },
    Template { name: "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", themes: &["Katalog Elektronik", "Swakelola", "Tender dan Seleksi"], kind: "TEKNIS", jp: 32.0, days: 4, audience: Audience::Finance, per_10k: 10, months: &[5, 10], graded: true, cost: 1_500_000, organiser: "Bagian Pengadaan Barang dan Jasa Setdako", competencies: &["T.08"], ..B },
    Template { name: "Coaching & Mentoring Pengawas", themes: &["Memimpin Tim Kecil", "Umpan Balik Kinerja", "Pengembangan Staf"], kind: "COACHING", form: "NON_KLASIKAL", group: "MANAJERIAL", jp: 16.0, days: 60, audience: Audience::Pengawas, months: &[6], cost: 0, competencies: &["M.06", "M.02"], ..B },
    Template { name: "Bimtek Manajemen Risiko Pemerintah Daerah", themes: &["Identifikasi dan Analisis Risiko", "Register Risiko Perangkat Daerah", "Pemantauan Rencana Tindak Pengendalian"], jp: 16.0, days: 2, audience: Audience::Structural, organiser: "Inspektorat Kota Lhokseumawe", per_10k: 10, months: &[7, 11], competencies: &["T.12", "M.08"], ..B },
    Template { name: "Pelatihan Implementasi Kurikulum Merdeka", themes: &["Pembelajaran Berdiferensiasi", "Projek Penguatan Profil Pelajar Pancasila", "Asesmen Formatif"], kind: "TEKNIS", jp: 32.0, days: 4, audience: Audience::Tag(Tag::Guru), organiser: "Dinas Pendidikan dan Kebudayaan", per_10k: 25, quota: Some(60), months: &[1, 6, 7], competencies: &["T.28", "T.29"], place: "Aula Dinas Pendidikan dan Kebudayaan", ..B },
    Template { name: "Bimtek Pemanfaatan Platform Merdeka Mengajar", themes: &["Pelatihan Mandiri", "Pengelolaan Kinerja Guru", "Komunitas Belajar"], jp: 16.0, days: 2, audience: Audience::Tag(Tag::Guru), organiser: "Dinas Pendidikan dan Kebudayaan", per_10k: 15, quota: Some(60), months: &[3, 8], competencies: &["T.28"], place: "Aula Dinas Pendidikan dan Kebudayaan", ..B },
    Template { name: "Pelatihan Penanganan Kegawatdaruratan (BTCLS)", themes: &["Kegawatdaruratan Jantung", "Trauma dan Kecelakaan Lalu Lintas", "Kegawatdaruratan Maternal dan Neonatal"], kind: "TEKNIS", jp: 32.0, days: 4, audience: Audience::Tag(Tag::Kesehatan), organiser: "Dinas Kesehatan", per_10k: 12, quota: Some(30), months: &[4, 9], graded: true, cost: 2_500_000, competencies: &["T.31", "T.34"], place: "Aula Dinas Kesehatan", ..B },
    Template { name: "Bimtek Pelayanan Kesehatan Ibu dan Anak", themes: &["Pencegahan Stunting", "Imunisasi Rutin Lengkap", "Pemeriksaan Kehamilan Terpadu"], audience: Audience::Tag(Tag::Kesehatan), organiser: "Dinas Kesehatan", per_10k: 8, quota: Some(30), months: &[5, 10], competencies: &["T.32", "T.33"], place: "Aula Dinas Kesehatan", ..B },
    Template { name: "Bimtek Pengelolaan Keuangan Daerah pada SIPD-RI", themes: &["Penatausahaan", "Pertanggungjawaban Bendahara", "Penyusunan Laporan Keuangan"], audience: Audience::Finance, organiser: "Badan Pengelolaan Keuangan Daerah", per_10k: 8, months: &[1, 7], competencies: &["T.05", "T.06"], ..B },
    Template { name: "Bimtek Tata Naskah Dinas Elektronik (SRIKANDI)", themes: &["Naskah Dinas Masuk dan Keluar", "Klasifikasi dan Arsip Elektronik", "Tanda Tangan Elektronik"], jp: 16.0, days: 2, audience: Audience::Operators, organiser: "Dinas Perpustakaan dan Kearsipan", per_10k: 10, months: &[4, 8], competencies: &["T.18", "T.20"], ..B },
    Template { name: "Bimtek Penyusunan RKPD dan Renja Perangkat Daerah", themes: &["Cascading Kinerja", "Sinkronisasi dengan RPJMD", "Pagu Indikatif dan Prioritas"], audience: Audience::Planning, organiser: "Bappeda Kota Lhokseumawe", months: &[2], competencies: &["T.09", "T.11"], ..B },
    Template { name: "Bimtek Audit Kinerja bagi APIP", themes: &["Audit Berbasis Risiko", "Reviu Laporan Keuangan", "Evaluasi SAKIP"], audience: Audience::Tag(Tag::Auditor), organiser: "Inspektorat Kota Lhokseumawe", months: &[5], competencies: &["T.13", "T.14"], ..B },
    Template { name: "Bimtek Penegakan Qanun Syariat Islam bagi Satpol PP dan WH", themes: &["Qanun Jinayat", "Ketertiban Umum", "Penanganan Pelanggaran Syariat"], audience: Audience::Tag(Tag::Satpol), organiser: "Satpol PP dan WH Kota Lhokseumawe", per_10k: 4, months: &[3, 9], competencies: &["T.15", "T.16"], ..B },
    Template { name: "Bimtek Keamanan Informasi dan Persandian", themes: &["Penanganan Insiden Siber", "Sertifikat Elektronik", "Keamanan Aplikasi Web"], jp: 16.0, days: 2, audience: Audience::Tag(Tag::It), organiser: "Diskominfo Kota Lhokseumawe", months: &[6], competencies: &["T.23", "T.21"], ..B },
    Template { name: "Bimtek Pelayanan Administrasi Kependudukan", themes: &["Identitas Kependudukan Digital", "Layanan Jemput Bola", "Akta Pencatatan Sipil"], jp: 16.0, days: 2, audience: Audience::FrontOffice, organiser: "Disdukcapil Kota Lhokseumawe", months: &[4], competencies: &["T.25", "T.27"], ..B },
    Template { name: "Pelatihan Teknis Analis SDM Aparatur", themes: &["Analisis Jabatan dan Beban Kerja", "Manajemen Talenta", "Perencanaan Kebutuhan Pegawai"], kind: "FUNGSIONAL", group: "FUNGSIONAL", jp: 32.0, days: 4, audience: Audience::Tag(Tag::Sdm), organiser: "Kantor Regional XIII BKN", months: &[8], graded: true, cost: 3_000_000, competencies: &["T.01", "T.03"], place: "Kantor Regional XIII BKN, Banda Aceh", ..B },
    Template { name: "Workshop Analisis Data Kepegawaian", themes: &["Dasbor Kepegawaian", "Statistik Deskriptif", "Visualisasi Data"], kind: "WORKSHOP", jp: 16.0, days: 2, audience: Audience::Tag(Tag::Sdm), organiser: "Universitas Malikussaleh", months: &[10], cost: 0, funding: "MITRA", partner: Some(UNIMAL), competencies: &["T.04", "T.11"], place: "Kampus Universitas Malikussaleh", ..B },
    Template { name: "Workshop Literasi Digital dan Keamanan Siber", themes: &["Keamanan Akun", "Hoaks dan Disinformasi", "Etika Bermedia Sosial"], kind: "WORKSHOP", jp: 16.0, days: 2, organiser: "Politeknik Negeri Lhokseumawe", per_10k: 5, months: &[9], cost: 0, funding: "MITRA", partner: Some(PNL), competencies: &["T.23", "M.07"], place: "Politeknik Negeri Lhokseumawe", ..B },
    Template { name: "Pelatihan Manajemen Penanggulangan Bencana", themes: &["Kesiapsiagaan Banjir", "Rencana Kontinjensi", "Kaji Cepat Pascabencana"], kind: "TEKNIS", audience: Audience::Unit("1.05.02"), organiser: "BPBD Kota Lhokseumawe", months: &[11], competencies: &["T.40", "T.17"], ..B },
    Template { name: "MOOC Literasi Digital bagi ASN", competencies: &["T.21"], group: "TEKNIS", months: &[2], ..MOOC },
    Template { name: "MOOC Wawasan Kebangsaan dan Nilai Bela Negara", jp: 4.0, group: "SOSIAL_KULTURAL", competencies: &["SK.01"], months: &[3], ..MOOC },
    Template { name: "MOOC Core Values BerAKHLAK", jp: 2.0, group: "MANAJERIAL", competencies: &["M.01", "M.05"], months: &[4], ..MOOC },
    Template { name: "MOOC Pencegahan Korupsi bagi ASN", group: "MANAJERIAL", competencies: &["M.01"], months: &[5], ..MOOC },
    Template { name: "MOOC Manajemen ASN", jp: 4.0, group: "TEKNIS", competencies: &["T.01"], months: &[6], ..MOOC },
    Template { name: "MOOC Keamanan Informasi untuk ASN", jp: 2.0, group: "TEKNIS", competencies: &["T.23"], months: &[8], ..MOOC },
    Template { name: "MOOC Moderasi Beragama", group: "SOSIAL_KULTURAL", competencies: &["SK.01"], months: &[9], ..MOOC },
    Template { name: "Seminar Pembangunan Zona Integritas Menuju WBK/WBBM", jp: 4.0, group: "MANAJERIAL", organiser: "Inspektorat Kota Lhokseumawe", competencies: &["M.01"], months: &[3], ..SEMINAR },
    Template { name: "Seminar Kesehatan Mental dan Keseimbangan Kerja ASN", organiser: "Dinas Kesehatan", competencies: &["M.06"], months: &[5], ..SEMINAR },
    Template { name: "Sosialisasi Netralitas ASN", kind: "SOSIALISASI", jp: 2.0, competencies: &["M.01", "SK.01"], months: &[7], ..SEMINAR },
    Template { name: "Sosialisasi Qanun Jinayat bagi Aparatur", kind: "SOSIALISASI", organiser: "Dinas Syariat Islam dan Pendidikan Dayah", competencies: &["SK.01", "T.15"], months: &[8], ..SEMINAR },
    Template { name: "Sosialisasi Manajemen Talenta ASN", kind: "SOSIALISASI", jp: 2.0, group: "MANAJERIAL", competencies: &["M.06"], months: &[10], ..SEMINAR },
    Template { name: "Seminar Moderasi dan Kerukunan dalam Pelayanan Publik", jp: 4.0, organiser: "Dinas Syariat Islam dan Pendidikan Dayah", competencies: &["SK.01", "M.05"], months: &[11], ..SEMINAR },
];

/// MOOC and seminar templates rotate: five of the seven MOOCs and four of the
/// six seminars run in a given year.
fn runs_in(t: &Template, index: usize, year: i32) -> bool {
    let (first, count, keep) = match t.kind {
        "E_LEARNING" if t.audience == Audience::All => (first_index("MOOC"), 7, 5),
        "SEMINAR" | "SOSIALISASI" => (first_index("Seminar Pembangunan"), 6, 4),
        _ => return true,
    };
    (index - first + year as usize) % count < keep
}

fn first_index(prefix: &str) -> usize {
    TEMPLATES
        .iter()
        .position(|t| t.name.starts_with(prefix))
        .unwrap_or(0)
}

/// One scheduled batch of a template.
#[derive(Debug, Clone)]
pub struct Batch {
    pub template: &'static Template,
    /// The template's edition of the batch's year.
    pub edition: Edition,
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub status: &'static str,
}

impl Batch {
    /// The calendar year its JP count in (of the end date).
    pub fn year(&self) -> i32 {
        self.end.year()
    }
}

const ROMAN: [&str; 12] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
];

fn status(start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> &'static str {
    if end <= as_of {
        "SELESAI"
    } else if start <= as_of {
        "BERJALAN"
    } else if days_between(as_of, start) <= 45 {
        "PENDAFTARAN"
    } else {
        "RENCANA"
    }
}

fn leadership(t: &Template) -> bool {
    matches!(t.kind, "LATSAR" | "PKP" | "PKA" | "PKN_II")
}

fn named(t: &Template, theme: &str, batch: &str, year: i32) -> String {
    let mut name = t.name.to_string();
    if !theme.is_empty() {
        name.push_str(": ");
        name.push_str(theme);
    }
    if !batch.is_empty() {
        name.push_str(" Angkatan ");
        name.push_str(batch);
    }
    if leadership(t) {
        name.push_str(&format!(" Tahun {year}"));
    }
    name
}

/// All batches of the years as_of−2 … as_of, plus a running, an open and a
/// planned batch (and the next Latsar) placed around the reference date;
/// sorted by start date. One batch of the previous year is cancelled.
pub fn schedule(seed: u64, as_of: NaiveDate, employees: usize) -> Vec<Batch> {
    let mut rng = Rng::stream(seed, "trainings");
    let mut out = Vec::new();
    for year in as_of.year() - 2..=as_of.year() {
        for (i, t) in TEMPLATES.iter().enumerate() {
            // PPPK are appointed up to the year before the reference year.
            if !runs_in(t, i, year) || (t.audience == Audience::NewPppk && year == as_of.year()) {
                continue;
            }
            let ed = edition(seed, i, year);
            let k = t
                .min_batches
                .max((employees as u32 * t.per_10k + 5_000) / 10_000) as usize;
            for b in 0..k {
                let month = if t.months.is_empty() {
                    2 + (b * 10 / k) as u32
                } else {
                    t.months[b % t.months.len()]
                };
                let mut start = next_monday(ymd(year, month, 1 + rng.below(20) as u32));
                let latest = add_days(ymd(year, 12, 20), -(ed.days - 1));
                if start > latest {
                    start = add_days(latest, -rng.range(0, 20));
                }
                let end = add_days(start, ed.days - 1);
                // Named once the year's batches are in date order (below).
                let name = if k > 1 {
                    String::new()
                } else {
                    named(t, ed.theme, "", year)
                };
                out.push(Batch {
                    template: t,
                    edition: ed,
                    name,
                    start,
                    end,
                    status: status(start, end, as_of),
                });
            }
        }
    }
    // Around the reference date: running, open for registration, planned.
    let extra = [
        ("Bimtek Penyusunan SKP dan e-Kinerja", -1),
        ("Pelatihan Pelayanan Publik BerAKHLAK", rng.range(10, 30)),
        ("Pelatihan Kepemimpinan Pengawas (PKP)", rng.range(60, 100)),
        ("Pelatihan Dasar CPNS", rng.range(40, 70)),
    ];
    for (name, offset) in extra {
        let i = TEMPLATES.iter().position(|t| t.name == name).unwrap_or(0);
        let t = &TEMPLATES[i];
        let start = add_days(as_of, offset);
        let ed = edition(seed, i, start.year());
        let end = add_days(start, ed.days.max(3) - 1);
        out.push(Batch {
            template: t,
            edition: ed,
            name: named(t, ed.theme, "Tambahan", start.year()),
            start,
            end,
            status: status(start, end, as_of),
        });
    }
    out.sort_by(|a, b| {
        a.start
            .cmp(&b.start)
            .then_with(|| a.template.name.cmp(b.template.name))
    });
    // Angkatan I, II, … in date order within each template and year.
    let mut counters: Vec<(&str, i32, usize)> = Vec::new();
    for b in out.iter_mut().filter(|b| b.name.is_empty()) {
        let year = b.start.year();
        let n = match counters
            .iter_mut()
            .find(|(name, y, _)| *name == b.template.name && *y == year)
        {
            Some(c) => {
                c.2 += 1;
                c.2
            }
            None => {
                counters.push((b.template.name, year, 1));
                1
            }
        };
        b.name = named(
            b.template,
            b.edition.theme,
            ROMAN[(n - 1).min(ROMAN.len() - 1)],
            year,
        );
    }
    // A cancelled batch last year (it never ran: no participants).
    let last_year = as_of.year() - 1;
    if let Some(b) = out.iter_mut().rev().find(|b| {
        b.year() == last_year && b.template.name == "Bimtek Pemutakhiran Data SIASN/MyASN"
    }) {
        b.status = "BATAL";
    }
    out
}

/// The id of a competency code (M.nn and SK.01 as a new file has them, T.nn).
fn competency_id(code: &str) -> i64 {
    match NATIONAL_CODES.iter().position(|c| *c == code) {
        Some(i) => i as i64 + 1,
        None => technical_id(code),
    }
}

/// Catalogue rows (id = position + 1, code PLT-year-nnn numbered per start
/// year) and their competency links.
pub fn rows(batches: &[Batch]) -> (Vec<Training>, Vec<TrainingCompetency>) {
    let mut trainings = Vec::with_capacity(batches.len());
    let mut links = Vec::new();
    let mut seq = 0;
    let mut year = 0;
    for (i, b) in batches.iter().enumerate() {
        let t = b.template;
        if b.start.year() != year {
            year = b.start.year();
            seq = 0;
        }
        seq += 1;
        let id = i as i64 + 1;
        trainings.push(Training {
            id,
            code: format!("PLT-{year}-{seq:03}"),
            name: b.name.clone(),
            path: "PELATIHAN",
            form: t.form,
            kind: t.kind,
            group: t.group,
            organiser: t.organiser,
            jp: b.edition.jp,
            minutes: b.edition.minutes(t),
            start: b.start,
            end: b.end,
            place: t.place,
            online: t.online,
            quota: b.edition.quota,
            cost: t.cost,
            funding: t.funding,
            status: b.status,
            partner_id: t.partner,
        });
        let mut ids: Vec<i64> = t.competencies.iter().map(|c| competency_id(c)).collect();
        ids.sort_unstable();
        ids.dedup();
        links.extend(ids.into_iter().map(|competency_id| TrainingCompetency {
            training_id: id,
            competency_id,
        }));
    }
    (trainings, links)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_dates_and_every_status_appears() {
        let as_of = ymd(2026, 11, 28);
        let batches = schedule(1, as_of, 1500);
        for b in &batches {
            assert!(b.end >= b.start);
            match b.status {
                "SELESAI" => assert!(b.end <= as_of),
                "BERJALAN" => assert!(b.start <= as_of && as_of < b.end),
                "PENDAFTARAN" | "RENCANA" => assert!(b.start > as_of),
                "BATAL" => assert_eq!(b.year(), 2025),
                s => panic!("unexpected status {s}"),
            }
            if leadership(b.template) {
                assert!(b.edition.jp >= 100.0);
            }
        }
        for s in ["SELESAI", "BERJALAN", "PENDAFTARAN", "RENCANA", "BATAL"] {
            assert!(batches.iter().any(|b| b.status == s), "no {s} batch");
        }
        let (rows, links) = rows(&batches);
        let mut codes: Vec<&str> = rows.iter().map(|r| r.code.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), rows.len());
        assert!(links.len() >= rows.len());
    }

    #[test]
    fn the_catalogue_differs_from_year_to_year() {
        let as_of = ymd(2026, 11, 28);
        let batches = schedule(1, as_of, 1500);
        let year = |y: i32| {
            let mut v: Vec<(String, String, Option<i64>)> = batches
                .iter()
                .filter(|b| b.start.year() == y && b.template.themes.len() > 1)
                .map(|b| (b.name.clone(), format!("{}", b.edition.jp), b.edition.quota))
                .collect();
            v.sort();
            v
        };
        for (a, b) in [(2024, 2025), (2025, 2026)] {
            let (ya, yb) = (year(a), year(b));
            assert!(!ya.is_empty() && !yb.is_empty());
            let names = |v: &[(String, String, Option<i64>)]| {
                v.iter()
                    .map(|x| x.0.replace(&a.to_string(), "").replace(&b.to_string(), ""))
                    .collect::<Vec<_>>()
            };
            let (na, nb) = (names(&ya), names(&yb));
            assert!(
                na.iter().all(|n| !nb.contains(n)),
                "{a} and {b} share a name"
            );
        }
        // JP and quotas change too, deterministically.
        let jps = |y: i32| {
            (0..TEMPLATES.len())
                .map(|i| edition(1, i, y).jp)
                .collect::<Vec<_>>()
        };
        let quotas = |y: i32| {
            (0..TEMPLATES.len())
                .map(|i| edition(1, i, y).quota)
                .collect::<Vec<_>>()
        };
        assert_ne!(jps(2024), jps(2025));
        assert_ne!(quotas(2025), quotas(2026));
        assert_eq!(jps(2025), jps(2025));
        for (i, t) in TEMPLATES.iter().enumerate() {
            let e = edition(1, i, 2025);
            if leadership(t) {
                assert_eq!(e.jp, t.jp);
            }
            assert!(e.jp >= 2.0 && e.days >= 1, "{}", t.name);
        }
    }
}
