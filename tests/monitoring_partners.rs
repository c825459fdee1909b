//! Monitoring's reports on partnerships (issue 9) on a small hand-built
//! database: every expected number below is counted by hand from the
//! fixture (the comments say how), never by the query under test.

use chrono::NaiveDate;
use peka::db::monitoring::{
    self as mon, ExpiredWithInterns, InternAttention, StudentSuggestion, UnitInterns,
};
use peka::domain::enums::{AgreementDoc, EmployeeStatus, InternStatus};
use rusqlite::Connection;

/// "Today" of every test: the app's reference date.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// Units (tree order): BKPSDM (capacity 3) with its Bidang PKA (no capacity);
/// Diskominfo (capacity 2); Bappeda (none); Kecamatan Banda Sakti (capacity 1,
/// never a host).
/// Mentors: 1 Zulkifli (BKPSDM, in service), 2 Dedi (Diskominfo, retired on
/// 2026-10-01), 3 Erna (Diskominfo, in service).
/// Partners: 1 Unimal; 2 UIN SUNA, called IAIN Lhokseumawe until 2025-05-07.
/// Agreements (validity on 2026-11-28):
///   1 MoU Unimal 2021–2025-12-31, expired; only a finished intern under it
///   2 PKS Unimal under 1, ends 2025-12-31: expired 332 days, interns 1 and 2 still BERJALAN
///   3 MoU UIN 2023-02-13–2028-02-12, active (signed as IAIN Lhokseumawe)
///   4 MoU Unimal 2016–2020 renewed (DIPERPANJANG): never "expired"; intern 17 runs under it
///   5 PKS UIN under 3, 2024-01-01–2026-06-30: expired 151 days, intern 3 still BERJALAN
///   6 PKS Unimal 2022–2024 terminated (DIAKHIRI): intern 16 runs under it, not listed
const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES ('tanggal_acuan', '2026-11-28', '');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan, kapasitas_magang) VALUES
  (1, 'U-BKP', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1, 3),
  (2, 'U-BKP-PKA', 'Bidang Pengembangan Kompetensi Aparatur', 'Bidang PKA', 'BIDANG', 1, 1, NULL),
  (3, 'U-KOM', 'Dinas Komunikasi, Informatika dan Persandian', 'Diskominfo', 'DINAS', NULL, 2, 2),
  (4, 'U-BAP', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'BADAN', NULL, 3, NULL),
  (5, 'U-KEC', 'Kecamatan Banda Sakti', 'Kec. Banda Sakti', 'KECAMATAN', NULL, 4, 1);

INSERT INTO pegawai (id, nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, jenis_asn,
                     golongan, jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, status, tanggal_status) VALUES
  (1, '197001011995031001', 'Zulkifli', 'Drs.', 'M.Si.', 'L', '1970-01-01', 'PNS', 'IV/a', 'ADMINISTRATOR', NULL, 'Sekretaris', 1, 'AKTIF', NULL),
  (2, '196810011990031002', 'Dedi', '', '', 'L', '1968-10-01', 'PNS', 'III/d', 'PENGAWAS', NULL, 'Kepala Seksi Persandian', 3, 'PENSIUN', '2026-10-01'),
  (3, '197506062000032006', 'Erna', '', 'S.Kom.', 'P', '1975-06-06', 'PNS', 'III/d', 'PENGAWAS', NULL, 'Kepala Seksi Aplikasi', 3, 'AKTIF', NULL);

INSERT INTO mitra (id, nama, singkatan, jenis) VALUES
  (1, 'Universitas Malikussaleh', 'Unimal', 'PERGURUAN_TINGGI'),
  (2, 'Universitas Islam Negeri Sultanah Nahrasiyah Lhokseumawe', 'UIN SUNA', 'PERGURUAN_TINGGI');
INSERT INTO mitra_nama_lama (mitra_id, nama, singkatan, berlaku_sampai) VALUES
  (2, 'IAIN Lhokseumawe', 'IAIN Lhokseumawe', '2025-05-08');

INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tanggal_tanda_tangan,
                        tanggal_mulai, tanggal_berakhir, status_dokumen) VALUES
  (1, 1, 'MOU', NULL, '100/KSB/2021', '2021-01-01', '2021-01-01', '2025-12-31', 'DITANDATANGANI'),
  (2, 1, 'PKS', 1, '200/PKS/2021', '2021-03-01', '2021-03-01', '2025-12-31', 'DITANDATANGANI'),
  (3, 2, 'MOU', NULL, '300/KSB/2023', '2023-02-13', '2023-02-13', '2028-02-12', 'DITANDATANGANI'),
  (4, 1, 'MOU', NULL, '050/KSB/2016', '2016-01-01', '2016-01-01', '2020-12-31', 'DIPERPANJANG'),
  (5, 2, 'PKS', 3, '400/PKS/2024', '2024-01-01', '2024-01-01', '2026-06-30', 'DITANDATANGANI'),
  (6, 1, 'PKS', 1, '600/PKS/2022', '2022-01-01', '2022-01-01', '2024-12-31', 'DIAKHIRI');

-- Interns on 2026-11-28: running = BERJALAN, or DITERIMA from its start date.
INSERT INTO magang (id, mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, jenjang, skema, unit_kerja_id,
                    pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status) VALUES
  (1, 1, 2, 'Aulia Rahman', 'U-001', 'L', 'S1', 'MANDIRI', 1, 1, '2025-10-01', '2025-12-31', 'BERJALAN'),
  (2, 1, 2, 'Bunga Lestari', 'U-002', 'P', 'S1', 'MANDIRI', 1, NULL, '2025-11-03', '2025-12-31', 'BERJALAN'),
  (3, 2, 5, 'Cut Mutia', 'S-003', 'P', 'S1', 'MANDIRI', 3, 3, '2026-04-01', '2026-06-30', 'BERJALAN'),
  (4, 2, 3, 'Dian Safitri', 'S-004', 'P', 'S1', 'MANDIRI', 1, 1, '2026-10-01', '2026-12-31', 'BERJALAN'),
  (5, 1, NULL, 'Fadhil Akbar', 'U-005', 'L', 'S1', 'MBKM', 3, 3, '2026-09-01', '2027-01-31', 'BERJALAN'),
  (6, 2, 3, 'Gita Ramadhani', 'S-006', 'P', 'S1', 'MANDIRI', 3, 2, '2026-11-01', '2027-01-31', 'BERJALAN'),
  (7, 2, 3, 'Hendra Saputra', 'S-007', 'L', 'S1', 'MANDIRI', 2, NULL, '2026-11-16', '2027-02-15', 'DITERIMA'),
  (8, 2, 3, 'Intan Maghfirah', 'S-008', 'P', 'S1', 'MANDIRI', 1, NULL, '2026-12-01', '2027-02-28', 'DITERIMA'),
  (9, 2, 3, 'Juli Andriani', 'S-009', 'P', 'S1', 'MANDIRI', 1, NULL, '2027-01-02', '2027-03-31', 'DIAJUKAN'),
  (10, 1, NULL, 'Khairul Anwar', 'U-010', 'L', 'S1', 'MANDIRI', 3, 3, '2026-02-01', '2026-04-30', 'SELESAI'),
  (11, 1, 1, 'Laila Husna', 'U-011', 'P', 'S1', 'MANDIRI', 1, 1, '2025-09-01', '2025-12-31', 'SELESAI'),
  (12, 1, NULL, 'Maulana Yusuf', 'U-012', 'L', 'S1', 'MANDIRI', 4, NULL, '2024-02-01', '2024-04-30', 'SELESAI'),
  (13, 2, 3, 'Nadia Putri', 'S-013', 'P', 'S1', 'MANDIRI', 3, NULL, '2026-12-01', '2027-02-28', 'DITOLAK'),
  (15, 2, 3, 'Putra Ananda', 'S-015', 'L', 'S1', 'MANDIRI', 1, NULL, '2026-11-01', '2027-01-31', 'DIAJUKAN'),
  (16, 1, 6, 'Rizki Maulana', 'U-016', 'L', 'S1', 'MANDIRI', 3, 3, '2026-10-15', '2027-01-14', 'BERJALAN'),
  (17, 1, 4, 'Salsabila', 'U-017', 'P', 'S1', 'MANDIRI', 1, 1, '2026-11-02', '2027-01-31', 'BERJALAN'),
  (18, 2, 5, 'Teuku Farhan', 'S-018', 'L', 'S1', 'MANDIRI', 3, 3, '2025-01-06', '2025-04-30', 'SELESAI');

INSERT INTO logbook_magang (magang_id, tanggal, kegiatan) VALUES
  (1, '2025-10-10', 'Orientasi'), (1, '2025-12-26', 'Rekap arsip'),
  (3, '2026-04-10', 'Orientasi'), (3, '2026-06-26', 'Laporan akhir'),
  (4, '2026-10-09', 'Orientasi'), (4, '2026-11-14', 'Entri data SIASN'),
  (5, '2026-11-13', 'Uji aplikasi'), (5, '2026-12-05', 'Entri bertanggal ke depan'),
  (6, '2026-11-27', 'Desain konten'),
  (16, '2026-11-20', 'Jaringan'),
  (17, '2026-11-27', 'Arsip');

INSERT INTO umpan_balik_magang (magang_id, tanggal, nilai_pembimbing, yang_berhasil, saran_unit) VALUES
  (10, '2026-05-02', 88, 'Pendampingan pembimbing rutin setiap pekan', 'Digitalisasi SOP layanan'),
  (11, '2026-01-05', 85, '', 'Sistem antrean untuk layanan kepegawaian'),
  (12, '2024-05-01', 80, '  ', ''),
  (18, '2025-04-30', 90, 'Arsip digital tertata', 'Pemindaian arsip lama');
"#;

fn database() -> Connection {
    let conn = peka::db::open_in_memory().unwrap();
    conn.execute_batch(FIXTURE).unwrap();
    conn
}

#[test]
fn expired_agreements_with_interns_still_running_are_listed_with_their_count() {
    let conn = database();
    let rows: Vec<ExpiredWithInterns> = mon::expired_with_interns(&conn, today()).unwrap();
    let got: Vec<(&str, &str, i64, i64, &str)> = rows
        .iter()
        .map(|r| {
            (
                r.number.as_str(),
                r.partner.as_str(),
                r.days_over,
                r.running,
                r.students.as_str(),
            )
        })
        .collect();
    // MoU 1 has only a finished intern, MoU 3 is active, 4 renewed, 6
    // terminated: none of them is listed.
    assert_eq!(
        got,
        [
            (
                "200/PKS/2021",
                "Unimal",
                332,
                2,
                "Aulia Rahman, Bunga Lestari"
            ),
            // Signed in 2024: the partner as it was called then.
            ("400/PKS/2024", "IAIN Lhokseumawe", 151, 1, "Cut Mutia"),
        ]
    );
    assert_eq!(rows[0].doc, AgreementDoc::Pks);
    assert_eq!(rows[0].end, "2025-12-31");
    // The day an agreement ends it still holds: not listed yet.
    let last_day = NaiveDate::from_ymd_opt(2025, 12, 31).unwrap();
    let on_end = mon::expired_with_interns(&conn, last_day).unwrap();
    assert!(on_end.iter().all(|r| r.number != "200/PKS/2021"));
}

fn reasons(rows: &[InternAttention]) -> Vec<(&str, bool, bool, i64)> {
    rows.iter()
        .map(|r| {
            (
                r.name.as_str(),
                r.without_mentor(),
                r.logbook_late,
                r.days_quiet,
            )
        })
        .collect()
}

#[test]
fn running_interns_without_a_mentor_or_a_recent_logbook_entry_need_attention() {
    let conn = database();
    let rows = mon::interns_needing_attention(&conn, today(), 14).unwrap();
    assert_eq!(
        reasons(&rows),
        [
            // Without a mentor first (longest without an entry first):
            // no mentor, no entry since the start 2025-11-03 (390 days).
            ("Bunga Lestari", true, true, 390),
            // Accepted, started 2026-11-16 without being marked started: 12 days.
            ("Hendra Saputra", true, false, 12),
            // Her mentor retired on 2026-10-01; an entry yesterday.
            ("Gita Ramadhani", true, false, 1),
            // Then the logbook gaps: last entries 2025-12-26, 2026-06-26 and
            // 2026-11-13 (a later entry dated ahead does not count).
            ("Aulia Rahman", false, true, 337),
            ("Cut Mutia", false, true, 155),
            ("Fadhil Akbar", false, true, 15),
        ]
    );
    // Dian's last entry is exactly 14 days old: not more than 14, not listed.
    assert!(rows.iter().all(|r| r.name != "Dian Safitri"));
    let gita = rows.iter().find(|r| r.name == "Gita Ramadhani").unwrap();
    assert_eq!(gita.mentor_gone, Some(EmployeeStatus::Pensiun));
    assert_eq!(gita.mentor_name.as_deref(), Some("Dedi"));
    let hendra = rows.iter().find(|r| r.name == "Hendra Saputra").unwrap();
    assert_eq!(
        (
            hendra.status,
            hendra.last_entry.as_deref(),
            hendra.unit.as_str()
        ),
        (InternStatus::Diterima, None, "Bidang PKA")
    );
    let fadhil = rows.iter().find(|r| r.name == "Fadhil Akbar").unwrap();
    assert_eq!(fadhil.last_entry.as_deref(), Some("2026-11-13"));
    // Cut Mutia started in 2026: UIN SUNA by then.
    let cut = rows.iter().find(|r| r.name == "Cut Mutia").unwrap();
    assert_eq!(cut.partner, "UIN SUNA");
}

#[test]
fn the_logbook_gap_is_the_setting() {
    let conn = database();
    let rows = mon::interns_needing_attention(&conn, today(), 30).unwrap();
    // Fadhil (15 days) is within 30; the other logbook gaps are not.
    assert_eq!(
        reasons(&rows)
            .iter()
            .filter(|r| !r.1)
            .map(|r| r.0)
            .collect::<Vec<_>>(),
        ["Aulia Rahman", "Cut Mutia"]
    );
    let rows = mon::interns_needing_attention(&conn, today(), 13).unwrap();
    assert!(
        rows.iter()
            .any(|r| r.name == "Dian Safitri" && r.logbook_late),
        "14 days is more than 13"
    );
}

#[test]
fn interns_per_unit_count_running_planned_finished_this_year_and_capacity() {
    let conn = database();
    let rows = mon::interns_per_unit(&conn, today()).unwrap();
    let got: Vec<(&str, i64, i64, i64, Option<i64>)> = rows
        .iter()
        .map(|r: &UnitInterns| {
            (
                r.unit.as_str(),
                r.running,
                r.planned,
                r.finished,
                r.capacity,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // Running: Aulia, Bunga, Dian, Salsabila. Planned: Intan
            // (accepted, starts 12-01), Juli (requested, 2027); Putra's
            // request whose start passed is neither. Laila ended in 2025.
            ("BKPSDM", 4, 2, 0, Some(3)),
            // Hendra: accepted and started.
            ("Bidang PKA", 1, 0, 0, None),
            // Running: Cut, Fadhil, Gita, Rizki; Nadia was refused; Khairul
            // finished in April; Teuku in 2025.
            ("Diskominfo", 4, 0, 1, Some(2)),
            // Bappeda had an intern in 2024 only and no capacity: left out.
            // A unit with a capacity is listed even without interns.
            ("Kec. Banda Sakti", 0, 0, 0, Some(1)),
        ]
    );
    assert_eq!(rows[0].unit_name, "Badan Kepegawaian dan Pengembangan SDM");
}

#[test]
fn student_suggestions_list_feedback_with_something_said_newest_first() {
    let conn = database();
    let rows = mon::student_suggestions(&conn).unwrap();
    let got: Vec<(&str, &str, &str, &str, &str, &str)> = rows
        .iter()
        .map(|r: &StudentSuggestion| {
            (
                r.date.as_str(),
                r.unit.as_str(),
                r.campus.as_str(),
                r.student.as_str(),
                r.worked.as_str(),
                r.suggestion.as_str(),
            )
        })
        .collect();
    // Maulana's feedback says nothing (spaces only): left out.
    assert_eq!(
        got,
        [
            (
                "2026-05-02",
                "Diskominfo",
                "Unimal",
                "Khairul Anwar",
                "Pendampingan pembimbing rutin setiap pekan",
                "Digitalisasi SOP layanan"
            ),
            (
                "2026-01-05",
                "BKPSDM",
                "Unimal",
                "Laila Husna",
                "",
                "Sistem antrean untuk layanan kepegawaian"
            ),
            (
                "2025-04-30",
                "Diskominfo",
                "IAIN Lhokseumawe",
                "Teuku Farhan",
                "Arsip digital tertata",
                "Pemindaian arsip lama"
            ),
        ]
    );
    assert_eq!(rows[2].campus_now, "UIN SUNA");
    assert_eq!(rows[2].nim, "S-018");
}

#[test]
fn every_report_is_empty_on_an_empty_database() {
    let conn = peka::db::open_in_memory().unwrap();
    assert_eq!(mon::expired_with_interns(&conn, today()).unwrap(), []);
    assert_eq!(
        mon::interns_needing_attention(&conn, today(), 14).unwrap(),
        []
    );
    assert_eq!(mon::interns_per_unit(&conn, today()).unwrap(), []);
    assert_eq!(mon::student_suggestions(&conn).unwrap(), []);
}

/// The employee detail tells the interns a person mentors now from the
/// others: running on the reference date first, each with its status,
/// period and campus as named when it started.
#[test]
fn the_detail_lists_the_interns_mentored_now_first() {
    let conn = database();
    let interns = |id| {
        peka::db::employees::detail(&conn, id)
            .unwrap()
            .unwrap()
            .interns
            .into_iter()
            .map(|i| (i.name, i.partner, i.status, i.current))
            .collect::<Vec<_>>()
    };
    let s = |x: &str| x.to_string();
    // Erna: Rizki (from 10-15), Fadhil (09-01), Cut (04-01) run; Khairul
    // finished in April; Teuku finished in 2025, when his campus was IAIN.
    assert_eq!(
        interns(3),
        [
            (
                s("Rizki Maulana"),
                s("Unimal"),
                InternStatus::Berjalan,
                true
            ),
            (s("Fadhil Akbar"), s("Unimal"), InternStatus::Berjalan, true),
            (s("Cut Mutia"), s("UIN SUNA"), InternStatus::Berjalan, true),
            (
                s("Khairul Anwar"),
                s("Unimal"),
                InternStatus::Selesai,
                false
            ),
            (
                s("Teuku Farhan"),
                s("IAIN Lhokseumawe"),
                InternStatus::Selesai,
                false
            ),
        ]
    );
    // Dedi retired; Gita is still recorded as his intern.
    assert_eq!(
        interns(2),
        [(
            s("Gita Ramadhani"),
            s("UIN SUNA"),
            InternStatus::Berjalan,
            true
        )]
    );
}
