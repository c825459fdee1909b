//! What interns and their mentors wrote (issue 9): a weekly logbook entry
//! (Friday) for every running and finished internship — activities that fit
//! the student's field and the host unit, a mentor's remark on some — and the
//! final feedback of most finished ones: the mentor's score and remarks, the
//! student's "what worked" and a concrete suggestion for the unit. Two running
//! internships stopped writing some weeks ago (and the one left running after
//! its agreement expired stopped with its end), so Monitoring has gaps to
//! show. All texts are fictional, in Bahasa Indonesia.

use super::cal::add_days;
use super::interns::{Field, field_of};
use super::rng::Rng;
use super::rows::{Intern, InternFeedback, LogbookEntry};
use super::units::Office;
use chrono::{Datelike, NaiveDate, Weekday};

/// The kind of host, for texts that fit it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Host {
    Bkpsdm,
    Kominfo,
    Bappeda,
    Kecamatan,
    Other,
}

fn host_of(offices: &[Office], m: &Intern) -> Host {
    let code = offices
        .get((m.unit_id - 1).max(0) as usize)
        .map_or("", |u| u.code.as_str());
    match code {
        super::units::BKPSDM => Host::Bkpsdm,
        "2.16" => Host::Kominfo,
        "5.01" => Host::Bappeda,
        c if c.starts_with("7.01.") => Host::Kecamatan,
        _ => Host::Other,
    }
}

type Activity = (&'static str, &'static str);

const IT_KOMINFO: &[Activity] = &[
    (
        "Memetakan perangkat jaringan di ruang server",
        "Daftar 46 perangkat dengan lokasi dan nomor seri",
    ),
    (
        "Membantu pemeliharaan situs web resmi Pemko",
        "12 tautan rusak diperbaiki",
    ),
    (
        "Menguji formulir pengaduan daring",
        "7 temuan galat dicatat untuk pengembang",
    ),
    (
        "Mendampingi tim persandian memasang sertifikat elektronik",
        "Sertifikat terpasang di akun 5 pejabat",
    ),
    (
        "Memperbarui dataset portal Satu Data",
        "3 dataset diperbarui dan diperiksa",
    ),
    (
        "Memperbarui sistem operasi dan antivirus komputer staf",
        "18 unit komputer diperbarui",
    ),
    (
        "Menyusun dokumentasi alur kerja helpdesk TIK",
        "Draf panduan 6 halaman",
    ),
    (
        "Membantu siaran rapat daring lintas OPD",
        "Siaran berjalan tanpa gangguan",
    ),
];

const IT_BKPSDM: &[Activity] = &[
    (
        "Verifikasi dan pemutakhiran data pegawai di SIASN",
        "45 riwayat jabatan diperbarui",
    ),
    (
        "Membantu pengelolaan akun MyASN pegawai",
        "20 akun dipulihkan, panduan singkat dibagikan",
    ),
    (
        "Merekap JP pelatihan dari lembar presensi",
        "Tabel rekap 3 angkatan pelatihan",
    ),
    (
        "Membuat formulir daring pendaftaran bimtek",
        "Formulir dan rekap otomatis siap dipakai",
    ),
    (
        "Memperbaiki jaringan dan printer ruang layanan",
        "Printer loket kembali terhubung",
    ),
    (
        "Merapikan basis data sertifikat pelatihan",
        "30 baris ganda dihapus",
    ),
];

const ADMIN_BKPSDM: &[Activity] = &[
    (
        "Menata arsip berkas kenaikan pangkat",
        "2 lemari berkas tertata menurut NIP",
    ),
    (
        "Memindai dokumen SK pegawai",
        "150 lembar SK dipindai dan diberi nama berkas",
    ),
    (
        "Membantu layanan loket kepegawaian",
        "25 pengunjung dilayani dan dicatat",
    ),
    (
        "Menyusun daftar nominatif usulan pensiun",
        "Draf daftar 14 pegawai",
    ),
    (
        "Mengagendakan surat masuk dan keluar",
        "60 surat tercatat di buku agenda",
    ),
    (
        "Menyiapkan bahan rapat evaluasi kinerja",
        "Bahan paparan dan daftar hadir siap",
    ),
];

const ADMIN_BAPPEDA: &[Activity] = &[
    (
        "Mengumpulkan data capaian indikator RKPD dari OPD",
        "Rekap capaian 12 OPD",
    ),
    (
        "Menyusun notulen musrenbang kecamatan",
        "Notulen 2 kecamatan selesai",
    ),
    ("Menginput usulan program ke SIPD", "35 usulan terinput"),
    (
        "Menata arsip dokumen perencanaan",
        "Arsip RPJMD dan Renstra OPD tertata",
    ),
];

const ADMIN_KECAMATAN: &[Activity] = &[
    (
        "Membantu pelayanan surat keterangan di loket kecamatan",
        "18 permohonan warga dilayani",
    ),
    (
        "Mendata administrasi kependudukan gampong",
        "Rekap data 4 gampong",
    ),
    (
        "Mengarsipkan surat keputusan camat",
        "Arsip tahun berjalan tertata",
    ),
    (
        "Membantu verifikasi berkas bantuan sosial",
        "40 berkas diperiksa kelengkapannya",
    ),
    (
        "Mendampingi rapat koordinasi dengan para keuchik",
        "Notulen rapat selesai",
    ),
    (
        "Menyusun laporan bulanan seksi pemerintahan",
        "Draf laporan bulanan",
    ),
];

const FINANCE_BKPSDM: &[Activity] = &[
    ("Merekap SPJ kegiatan pelatihan", "SPJ 2 kegiatan lengkap"),
    (
        "Membantu laporan realisasi anggaran bidang",
        "Tabel realisasi per kegiatan",
    ),
    (
        "Memeriksa kelengkapan kuitansi perjalanan dinas",
        "25 kuitansi diperiksa",
    ),
    (
        "Menginput belanja ke aplikasi keuangan daerah",
        "40 transaksi terinput",
    ),
];

const FINANCE_BAPPEDA: &[Activity] = &[
    (
        "Menyusun rekap pagu indikatif per OPD",
        "Tabel pagu indikatif",
    ),
    (
        "Membandingkan rencana dan realisasi anggaran program",
        "Grafik capaian triwulan",
    ),
    ("Membantu penyusunan RKA Bappeda", "Draf RKA 3 subkegiatan"),
    (
        "Memutakhirkan kartu inventaris barang kantor",
        "Kartu inventaris 6 ruang diperbarui",
    ),
];

const COMMS_KOMINFO: &[Activity] = &[
    (
        "Meliput kegiatan Wali Kota untuk berita situs web",
        "2 berita terbit",
    ),
    (
        "Membuat infografis layanan publik",
        "3 infografis untuk media sosial",
    ),
    (
        "Menyusun kalender konten media sosial Pemko",
        "Kalender konten satu bulan",
    ),
    (
        "Menyunting video kegiatan pemerintahan kota",
        "Video 2 menit siap tayang",
    ),
    (
        "Memantau dan merekap aduan warga di media sosial",
        "30 aduan diteruskan ke OPD terkait",
    ),
    (
        "Membantu siaran pers dan dokumentasi acara",
        "Foto dan rilis terkirim ke media",
    ),
];

/// Weeks of any placement.
const GENERAL: &[Activity] = &[
    (
        "Mengikuti apel pagi dan rapat internal bidang",
        "Catatan pembagian tugas pekan ini",
    ),
    (
        "Merapikan arsip kerja dan berkas digital bidang",
        "Folder kerja bersama tertata",
    ),
    (
        "Konsultasi rencana laporan magang dengan dosen pembimbing",
        "Kerangka laporan disetujui",
    ),
    (
        "Membantu persiapan acara bidang",
        "Daftar hadir dan perlengkapan siap",
    ),
];

/// The first week and the last week of every internship.
const FIRST_WEEK: Activity = (
    "Orientasi: pengenalan unit kerja, tata tertib dan tugas",
    "Memahami struktur organisasi dan alur layanan",
);
const LAST_WEEK: Activity = (
    "Menyusun laporan akhir dan presentasi hasil magang",
    "Laporan akhir diserahkan ke pembimbing",
);

fn activities(field: Field, host: Host) -> &'static [Activity] {
    match (field, host) {
        (Field::It, Host::Kominfo) => IT_KOMINFO,
        (Field::It, _) => IT_BKPSDM,
        (Field::Comms, _) => COMMS_KOMINFO,
        (Field::Finance, Host::Bappeda) => FINANCE_BAPPEDA,
        (Field::Finance, _) => FINANCE_BKPSDM,
        (_, Host::Bappeda) => ADMIN_BAPPEDA,
        (_, Host::Kecamatan) => ADMIN_KECAMATAN,
        _ => ADMIN_BKPSDM,
    }
}

const MENTOR_REMARKS: &[&str] = &[
    "Baik, lanjutkan.",
    "Perhatikan ketelitian penulisan NIP.",
    "Sudah sesuai target pekan ini.",
    "Lengkapi laporan dengan foto kegiatan.",
    "Inisiatif bagus; koordinasikan dengan operator.",
    "Pekan depan fokus menyelesaikan arsip.",
    "Hadir tepat waktu, pertahankan.",
];

/// The first Friday on or after `d`.
fn friday_from(d: NaiveDate) -> NaiveDate {
    let ahead = (7 + Weekday::Fri.num_days_from_monday() as i64
        - d.weekday().num_days_from_monday() as i64)
        % 7;
    add_days(d, ahead)
}

/// The running internships whose students stopped writing: two with a
/// mentor, started at least five weeks ago and not yet at their end.
fn gone_quiet(interns: &[Intern], as_of: NaiveDate) -> Vec<i64> {
    interns
        .iter()
        .filter(|m| {
            m.status == "BERJALAN"
                && m.mentor_id.is_some()
                && m.end >= as_of
                && m.start <= add_days(as_of, -35)
        })
        .take(2)
        .map(|m| m.id)
        .collect()
}

/// Weekly entries (on Fridays) of every running and finished internship.
pub fn logbook(
    seed: u64,
    as_of: NaiveDate,
    offices: &[Office],
    interns: &[Intern],
) -> Vec<LogbookEntry> {
    let mut rng = Rng::stream(seed, "logbook");
    let quiet = gone_quiet(interns, as_of);
    let mut out = Vec::new();
    for m in interns
        .iter()
        .filter(|m| matches!(m.status, "BERJALAN" | "SELESAI"))
    {
        let last_day = if quiet.contains(&m.id) {
            add_days(as_of, -rng.range(17, 30))
        } else {
            as_of
        }
        .min(m.end);
        let pool = activities(field_of(m.study_program), host_of(offices, m));
        let mut order: Vec<Activity> = pool.iter().chain(GENERAL).copied().collect();
        rng.shuffle(&mut order);
        let mut day = friday_from(add_days(m.start, 2));
        let mut week = 0;
        while day <= last_day {
            let is_last = add_days(day, 7) > m.end && m.status == "SELESAI";
            let (activity, output) = if week == 0 {
                FIRST_WEEK
            } else if is_last {
                LAST_WEEK
            } else {
                order[(week - 1) % order.len()]
            };
            let remark = if m.mentor_id.is_some() && rng.chance(0.3) {
                *rng.pick(MENTOR_REMARKS)
            } else {
                ""
            };
            out.push(LogbookEntry {
                id: out.len() as i64 + 1,
                intern_id: m.id,
                date: day,
                activity,
                output,
                remark,
            });
            week += 1;
            day = add_days(day, 7);
        }
    }
    out
}

const MENTOR_NOTES: &[&str] = &[
    "Disiplin, cepat memahami alur kerja, dan santun melayani tamu.",
    "Teliti mengolah data; perlu lebih berani bertanya bila ragu.",
    "Mampu bekerja mandiri sejak pekan kedua; laporan mingguan rapi.",
    "Kreatif membuat materi publikasi; perlu menjaga tenggat.",
    "Komunikatif dan suka membantu rekan kerja; kehadiran baik.",
    "Menguasai aplikasi perkantoran; penulisan laporan masih perlu diperbaiki.",
    "Bertanggung jawab; beberapa kali tinggal lebih lama menuntaskan pemindaian arsip.",
    "Cepat belajar dan proaktif menawarkan perbaikan kecil pada cara kerja.",
    "Sopan dan tekun, namun perlu lebih memperhatikan ketepatan waktu.",
    "Rapi mengarsipkan dokumen; perlu memperluas wawasan aturan kepegawaian.",
    "Aktif dalam rapat dan berani menyampaikan pendapat.",
    "Hasil kerja baik; perlu melatih ketelitian saat mengetik data.",
];

const WORKED: &[&str] = &[
    "Pembimbing memberi tugas nyata sejak pekan pertama, bukan hanya fotokopi.",
    "Ada pertemuan singkat tiap Jumat untuk membahas logbook bersama pembimbing.",
    "Saya dilibatkan langsung melayani warga di loket.",
    "Staf terbuka menjelaskan alur kerja aplikasi dan mau ditanya kapan saja.",
    "Diberi akses ke data nyata sehingga tugas kuliah sangat terbantu.",
    "Suasana kerja ramah dan pembagian tugas jelas setiap pagi.",
    "Boleh mencoba aplikasi baru untuk mempercepat pekerjaan kantor.",
    "Pembimbing membantu mengaitkan tugas harian dengan laporan akhir kampus.",
    "Kesempatan ikut rapat koordinasi lintas OPD.",
    "Diajari menyusun surat dinas sesuai tata naskah dinas.",
    "Diberi kepercayaan memegang satu pekerjaan dari awal sampai selesai.",
    "Umpan balik pembimbing cepat sehingga kesalahan segera diperbaiki.",
    "Belajar memakai aplikasi pemerintahan yang tidak diajarkan di kampus.",
    "Jam kerja dan aturan berpakaian dijelaskan sejak hari pertama.",
];

const SUGGEST_BKPSDM: &[&str] = &[
    "Digitalkan SOP layanan kepegawaian dan tempel kode QR-nya di loket agar pegawai tidak bertanya berulang kali.",
    "Pindai arsip berkas kenaikan pangkat lama dan beri nama berkas menurut NIP supaya pencarian tidak makan waktu.",
    "Sediakan formulir daring untuk permohonan layanan agar berkas tidak menumpuk di meja.",
    "Sediakan satu komputer khusus mahasiswa magang; kami sering menunggu komputer staf kosong.",
    "Tetapkan jam konsultasi dengan pembimbing; kami sering menunggu sampai sore untuk bertanya.",
    "Pasang papan tugas bersama di ruang bidang agar pekerjaan mahasiswa dan staf tidak tumpang tindih.",
    "Beri label rak dan daftar isi di ruang arsip agar berkas mudah dikembalikan ke tempatnya.",
];

const SUGGEST_KECAMATAN: &[&str] = &[
    "Pasang sistem nomor antrean sederhana di loket; Senin pagi warga berdesakan.",
    "Tempel daftar persyaratan surat keterangan di depan kantor dan di media sosial kecamatan.",
    "Catat permohonan surat di lembar kerja bersama agar warga bisa menanyakan status berkas lewat telepon.",
    "Sediakan kotak saran dan survei kepuasan singkat lewat kode QR di ruang tunggu.",
];

const SUGGEST_KOMINFO: &[&str] = &[
    "Susun kalender konten dan bank foto bersama supaya unggahan tidak bergantung pada satu orang.",
    "Dokumentasikan konfigurasi jaringan di tempat aman; saat admin cuti pekerjaan terhenti.",
    "Buat tiket helpdesk sederhana agar permintaan perbaikan dari OPD tercatat dan terpantau.",
];

const SUGGEST_BAPPEDA: &[&str] = &[
    "Satukan format isian capaian kinerja OPD dalam satu templat agar rekap tidak diketik ulang.",
    "Simpan dokumen perencanaan di folder bersama dengan penamaan seragam per tahun.",
    "Buat dasbor sederhana realisasi anggaran per program untuk rapat pimpinan.",
];

fn suggestions(host: Host) -> &'static [&'static str] {
    match host {
        Host::Kecamatan => SUGGEST_KECAMATAN,
        Host::Kominfo => SUGGEST_KOMINFO,
        Host::Bappeda => SUGGEST_BAPPEDA,
        Host::Bkpsdm | Host::Other => SUGGEST_BKPSDM,
    }
}

/// Takes the texts of `pool` in a shuffled order, starting again when all
/// were used: the same text comes back only after every other one.
struct Deck {
    order: Vec<usize>,
    next: usize,
}

impl Deck {
    fn new(rng: &mut Rng, len: usize) -> Deck {
        let mut order: Vec<usize> = (0..len).collect();
        rng.shuffle(&mut order);
        Deck { order, next: 0 }
    }
    fn draw<T: Copy>(&mut self, pool: &[T]) -> T {
        let i = self.order[self.next % self.order.len()];
        self.next += 1;
        pool[i % pool.len()]
    }
}

/// The final feedback of most finished internships (a few are not in yet).
pub fn feedback(
    seed: u64,
    as_of: NaiveDate,
    offices: &[Office],
    interns: &[Intern],
) -> Vec<InternFeedback> {
    let mut rng = Rng::stream(seed, "feedback");
    let mut notes = Deck::new(&mut rng, MENTOR_NOTES.len());
    let mut worked = Deck::new(&mut rng, WORKED.len());
    let mut by_host: Vec<(Host, Deck)> = [
        Host::Bkpsdm,
        Host::Kominfo,
        Host::Bappeda,
        Host::Kecamatan,
        Host::Other,
    ]
    .into_iter()
    .map(|h| (h, Deck::new(&mut rng, suggestions(h).len())))
    .collect();
    let mut out = Vec::new();
    for m in interns.iter().filter(|m| m.status == "SELESAI") {
        // Not in yet: the last ten days' and, now and then, an older one.
        if m.end > add_days(as_of, -10) || rng.chance(0.08) {
            continue;
        }
        let host = host_of(offices, m);
        let date = add_days(m.end, rng.range(0, 10)).min(as_of);
        let (worked_text, suggestion) = match rng.below(12) {
            // The student left one of the two empty.
            0 => (worked.draw(WORKED), ""),
            1 => ("", draw_for(&mut by_host, host)),
            _ => (worked.draw(WORKED), draw_for(&mut by_host, host)),
        };
        out.push(InternFeedback {
            id: out.len() as i64 + 1,
            intern_id: m.id,
            date,
            score: m.score,
            mentor_note: if m.mentor_id.is_some() {
                notes.draw(MENTOR_NOTES)
            } else {
                ""
            },
            worked: worked_text,
            suggestion,
        });
    }
    out
}

fn draw_for(decks: &mut [(Host, Deck)], host: Host) -> &'static str {
    match decks.iter_mut().find(|(h, _)| *h == host) {
        Some((_, deck)) => deck.draw(suggestions(host)),
        None => SUGGEST_BKPSDM[0],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::cal::ymd;

    #[test]
    fn fridays() {
        assert_eq!(friday_from(ymd(2026, 11, 28)), ymd(2026, 12, 4));
        assert_eq!(friday_from(ymd(2026, 11, 27)), ymd(2026, 11, 27));
        assert_eq!(friday_from(ymd(2026, 11, 23)), ymd(2026, 11, 27));
    }
}
