//! Monitoring's reports of issue 10 on a small hand-built database: the gap
//! heat table, evaluations outstanding, the predicate distribution against
//! its limit, the training effect and the data-quality list. Every expected
//! number is counted by hand from the fixture (the comments say how), never
//! by the query under test.

use chrono::NaiveDate;
use peka::db::data_quality::{self as dq, Detail, Problem};
use peka::db::model::PeriodRef;
use peka::db::monitoring_eval as mon;
use peka::domain::effect::Change;
use peka::domain::enums::{KirkpatrickLevel, OrgPredicate, PeriodKind, Predicate, Respondent};
use rusqlite::Connection;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

const Q3: PeriodRef = PeriodRef {
    year: 2026,
    kind: PeriodKind::Triwulan,
    no: 3,
};

/// Units (tree order): 1 BKPSDM with its 2 Bidang PKA; 3 Diskominfo;
/// 4 Bappeda (only a retired employee); 5 Kec. Banda Sakti (nobody, but an
/// organisation predicate for Q3 2026).
/// Employees on 2026-11-28 (in service unless said):
///   1 Ahmad   BKPSDM      Pengawas        PNS IV/a S1  (ceiling III/d: above)
///   2 Budi    Bidang PKA  Pelaksana "Analis Kepegawaian" PNS III/b S1
///   3 Cici    Bidang PKA  Pelaksana       PNS III/c SMA, on leave (CUTI) (ceiling III/b: above)
///   4 Dedi    Diskominfo  Pelaksana "Pengelola Persandian" PNS III/a D3
///   5 Erna    Diskominfo  Pengawas        PNS III/d D3 (D-III III/c, Pengawas III/d: within)
///   6 Fajar   Diskominfo  Pelaksana       PPPK IX, appointed 2026-10-01 (after Q3)
///   7 Gita    Bappeda     Pelaksana       PNS, retired 2026-06-01
///   8 Hadi    BKPSDM      Administrator   PNS IV/c S2 (S2 IV/a, Administrator IV/b: above)
///   9 Intan   Diskominfo  Pelaksana       PPPK paruh waktu V
/// Standards: Pelaksana M.01 2, M.02 2, SK.01 2; Pengawas 3, 3, 3; the
/// title "Analis Kepegawaian" T.01 3; "Pengelola Persandian" T.02 2; none
/// for Administrator.
const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES ('tanggal_acuan', '2026-11-28', '');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan) VALUES
  (1, 'U-BKP', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1),
  (2, 'U-BKP-PKA', 'Bidang Pengembangan Kompetensi Aparatur', 'Bidang PKA', 'BIDANG', 1, 1),
  (3, 'U-KOM', 'Dinas Komunikasi, Informatika dan Persandian', 'Diskominfo', 'DINAS', NULL, 2),
  (4, 'U-BAP', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'BADAN', NULL, 3),
  (5, 'U-KEC', 'Kecamatan Banda Sakti', 'Kec. Banda Sakti', 'KECAMATAN', NULL, 4);

INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, pendidikan_terakhir,
                     jenis_jabatan, nama_jabatan, unit_kerja_id, status, tanggal_status, tmt_pengangkatan) VALUES
  (1, '197001011995031001', 'Ahmad', 'L', '1970-01-01', 'PNS', 'IV/a', 'S1', 'PENGAWAS', 'Kepala Subbidang', 1, 'AKTIF', NULL, NULL),
  (2, '198502022010011002', 'Budi', 'L', '1985-02-02', 'PNS', 'III/b', 'S1', 'PELAKSANA', 'Analis Kepegawaian', 2, 'AKTIF', NULL, NULL),
  (3, '197803032000032003', 'Cici', 'P', '1978-03-03', 'PNS', 'III/c', 'SMA', 'PELAKSANA', 'Pengadministrasi Perkantoran', 2, 'CUTI', '2026-11-01', NULL),
  (4, '198804042012041004', 'Dedi', 'L', '1988-04-04', 'PNS', 'III/a', 'D3', 'PELAKSANA', 'Pengelola Persandian', 3, 'AKTIF', NULL, NULL),
  (5, '197505052000052005', 'Erna', 'P', '1975-05-05', 'PNS', 'III/d', 'D3', 'PENGAWAS', 'Kepala Seksi Aplikasi', 3, 'AKTIF', NULL, NULL),
  (6, '199606062026101006', 'Fajar', 'L', '1996-06-06', 'PPPK', 'IX', 'S1', 'PELAKSANA', 'Operator Layanan Operasional', 3, 'AKTIF', NULL, '2026-10-01'),
  (7, '196607072000071007', 'Gita', 'P', '1966-07-07', 'PNS', 'III/a', 'S1', 'PELAKSANA', 'Perencana', 4, 'PENSIUN', '2026-06-01', NULL),
  (8, '197208081998081008', 'Hadi', 'L', '1972-08-08', 'PNS', 'IV/c', 'S2', 'ADMINISTRATOR', 'Sekretaris', 1, 'AKTIF', NULL, NULL),
  (9, '199909092025092009', 'Intan', 'P', '1999-09-09', 'PPPK_PARUH_WAKTU', 'V', 'SMA', 'PELAKSANA', 'Operator Layanan Operasional', 3, 'AKTIF', NULL, NULL);

-- Its own dictionary instead of the national one a new file starts with (V12).
DELETE FROM kompetensi_level;
DELETE FROM kompetensi;
INSERT INTO kompetensi (id, kode, nama, jenis) VALUES
  (1, 'M.01', 'Integritas', 'MANAJERIAL'),
  (2, 'M.02', 'Kerjasama', 'MANAJERIAL'),
  (3, 'SK.01', 'Perekat Bangsa', 'SOSIAL_KULTURAL'),
  (4, 'T.01', 'Manajemen SDM Aparatur', 'TEKNIS'),
  (5, 'T.02', 'Persandian', 'TEKNIS');
INSERT INTO standar_kompetensi (jenis_jabatan, nama_jabatan, kompetensi_id, level_standar) VALUES
  ('PELAKSANA', '', 1, 2), ('PELAKSANA', '', 2, 2), ('PELAKSANA', '', 3, 2),
  ('PENGAWAS', '', 1, 3), ('PENGAWAS', '', 2, 3), ('PENGAWAS', '', 3, 3),
  ('PELAKSANA', 'Analis Kepegawaian', 4, 3),
  ('PELAKSANA', 'Pengelola Persandian', 5, 2);

-- The latest assessment counts (by date, then id).
INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode) VALUES
  (1, 1, 1, 2, '2024-05-01', 'CACT'),            -- Ahmad M.01 2, then 3 in 2025: no gap
  (2, 1, 1, 3, '2025-05-01', 'CACT'),
  (3, 1, 2, 2, '2025-05-01', 'CACT'),            -- Ahmad M.02 2 < 3: gap
  (4, 2, 1, 1, '2025-05-01', 'CACT'),            -- Budi M.01 1 < 2: gap
  (5, 2, 2, 2, '2025-05-01', 'CACT'),            -- Budi M.02 2: no gap
  (6, 2, 4, 2, '2025-05-01', 'UJI_KOMPETENSI'),  -- Budi T.01 2 < 3: technical gap
  (7, 4, 1, 1, '2025-05-01', 'CACT'),            -- Dedi M.01 gap
  (8, 4, 3, 1, '2025-05-01', 'CACT'),            -- Dedi SK.01 gap
  (9, 4, 5, 1, '2025-05-01', 'UJI_KOMPETENSI'),  -- Dedi T.02 1 < 2: technical gap
  (10, 5, 1, 2, '2025-05-01', 'CACT'),           -- Erna M.01 2 < 3: gap
  (11, 5, 2, 3, '2025-06-01', 'CACT'),           -- Erna M.02 3, then 2 the same day: gap
  (12, 5, 2, 2, '2025-06-01', 'PENILAIAN_ATASAN'),
  (13, 6, 3, 1, '2026-10-15', 'SELF_ASSESSMENT'), -- Fajar SK.01 gap
  (14, 7, 1, 1, '2025-05-01', 'CACT'),           -- Gita retired: not counted
  (15, 8, 1, 1, '2025-05-01', 'CACT');           -- Hadi: no standard for Administrator

-- Evaluations: the office evaluates quarterly (Q3 2026 ends last).
INSERT INTO evaluasi_kinerja (id, pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja,
                              rating_perilaku, predikat, umpan_balik) VALUES
  (1, 1, 2025, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK', 'Baik'),
  (2, 1, 2026, 'TRIWULAN', 1, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', 'Teladan'),
  (3, 1, 2026, 'TRIWULAN', 2, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', 'Teladan'),
  (4, 1, 2026, 'TRIWULAN', 3, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', ''),
  (5, 2, 2026, 'TRIWULAN', 3, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', '  '),
  (6, 8, 2026, 'TRIWULAN', 3, 'SESUAI', 'DI_ATAS', 'BAIK', 'Rapat koordinasi tertib'),
  (7, 4, 2025, 'TAHUNAN', 1, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', 'Baik sekali'),
  (8, 4, 2026, 'TRIWULAN', 1, 'SESUAI', 'SESUAI', 'BAIK', 'Cukup'),
  (9, 4, 2026, 'TRIWULAN', 2, 'SESUAI', 'SESUAI', 'BAIK', ''),
  (10, 4, 2026, 'TRIWULAN', 3, 'SESUAI', 'SESUAI', 'BAIK', ''),
  (11, 5, 2025, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK', 'Baik'),
  (12, 5, 2026, 'TRIWULAN', 1, 'SESUAI', 'SESUAI', 'BAIK', 'Baik'),
  (13, 7, 2026, 'TRIWULAN', 3, 'DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN', '');

INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat) VALUES
  (1, 2026, 'TRIWULAN', 3, 'ISTIMEWA'),
  (3, 2026, 'TRIWULAN', 3, 'BAIK'),
  (5, 2026, 'TRIWULAN', 3, 'BAIK'),
  (3, 2026, 'TRIWULAN', 2, 'BUTUH_PERBAIKAN');

-- Trainings: 1 and 2 finished, 3 still running, 4 finished without anyone.
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, penyelenggara, jumlah_jp,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'PLT-01', 'Bimtek Persandian', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 'BKPSDM', 24, '2026-02-02', '2026-02-06', 'APBK', 'SELESAI'),
  (2, 'PLT-02', 'Coaching Pengawas', 'PELATIHAN', 'NON_KLASIKAL', 'COACHING', 'MANAJERIAL', 'BKPSDM', 16, '2025-05-05', '2025-05-09', 'APBK', 'SELESAI'),
  (3, 'PLT-03', 'Bimtek SIASN', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 'BKN', 16, '2026-11-23', '2026-12-04', 'APBN', 'BERJALAN'),
  (4, 'PLT-04', 'Seminar Pelayanan', 'PELATIHAN', 'KLASIKAL', 'SEMINAR', 'MANAJERIAL', 'BPSDM Aceh', 4, '2025-08-01', '2025-08-01', 'APBA', 'SELESAI');
INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
  (1, 1, 1, 'OPD', 'LULUS', 24),
  (2, 1, 4, 'OPD', 'LULUS', 24),
  (3, 1, 5, 'OPD', 'TIDAK_LULUS', 0),
  (4, 1, 2, 'OPD', 'TERDAFTAR', 0),
  (5, 2, 5, 'PENUGASAN', 'SELESAI', 16),
  (6, 3, 2, 'OPD', 'TERDAFTAR', 0);
INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick,
                                        responden, skor, temuan) VALUES
  (1, 1, '2026-05-08', 3, 'PERILAKU', 'ATASAN', 5, 'Materi diterapkan pada tugas rutin.'),
  (2, 1, '2026-05-08', 3, 'REAKSI', 'ALUMNI', 4, ''),
  (3, 5, '2025-08-12', 3, 'PERILAKU', 'ATASAN', 3, 'Perlu pendampingan.');

INSERT INTO mitra (id, nama, singkatan, jenis) VALUES (1, 'Universitas Malikussaleh', 'Unimal', 'PERGURUAN_TINGGI');
INSERT INTO magang (id, mitra_id, nama, nim, jenis_kelamin, jenjang, skema, unit_kerja_id,
                    pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status) VALUES
  (1, 1, 'Aulia Rahman', 'U-001', 'L', 'S1', 'MANDIRI', 3, NULL, '2026-10-01', '2026-12-31', 'BERJALAN'),
  (2, 1, 'Bunga Lestari', 'U-002', 'P', 'S1', 'MANDIRI', 1, 1, '2026-12-01', '2027-02-28', 'DITERIMA'),
  (3, 1, 'Cut Mutia', 'U-003', 'P', 'S1', 'MANDIRI', 1, NULL, '2027-01-04', '2027-03-31', 'DIAJUKAN'),
  (4, 1, 'Dian Safitri', 'U-004', 'P', 'S1', 'MANDIRI', 3, NULL, '2026-02-01', '2026-04-30', 'SELESAI');
"#;

fn database() -> Connection {
    let conn = peka::db::open_in_memory().unwrap();
    conn.execute_batch(FIXTURE).unwrap();
    conn
}

#[test]
fn the_period_due_is_the_last_quarter_over_in_the_kind_the_office_uses() {
    let conn = database();
    assert_eq!(
        mon::office_period_kind(&conn).unwrap(),
        PeriodKind::Triwulan
    );
    assert_eq!(mon::due_period(&conn, today()).unwrap(), Q3);
    // Nothing evaluated: annual, and on 2026-11-28 the year due is 2025.
    let empty = peka::db::open_in_memory().unwrap();
    assert_eq!(
        mon::due_period(&empty, today()).unwrap(),
        PeriodRef {
            year: 2025,
            kind: PeriodKind::Tahunan,
            no: 1
        }
    );
    // The year and its fourth quarter end together: the quarter is the kind.
    empty
        .execute_batch(
            "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (1, 'U', 'Unit', 'DINAS');
             INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                                  jenis_jabatan, nama_jabatan, unit_kerja_id)
             VALUES (1, '197001011995031001', 'A', 'L', '1970-01-01', 'PNS', 'III/a', 'PELAKSANA', 'X', 1);
             INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke,
                                           rating_hasil_kerja, rating_perilaku, predikat) VALUES
               (1, 2025, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK'),
               (1, 2025, 'TRIWULAN', 4, 'SESUAI', 'SESUAI', 'BAIK');",
        )
        .unwrap();
    assert_eq!(
        mon::office_period_kind(&empty).unwrap(),
        PeriodKind::Triwulan
    );
}

#[test]
fn the_heat_table_counts_people_below_their_standard_per_unit_and_competency() {
    let conn = database();
    let t = mon::gap_table(&conn).unwrap();
    let codes: Vec<&str> = t.columns.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["M.01", "M.02", "SK.01"], "managerial, then SK");
    let rows: Vec<(&str, i64, Vec<i64>, i64)> = t
        .units
        .iter()
        .map(|u| (u.unit.as_str(), u.employees, u.gaps.clone(), u.technical))
        .collect();
    assert_eq!(
        rows,
        vec![
            // 1, 2, 3 (on leave, in service), 8. M.01: Budi (Ahmad's latest is
            // 3); M.02: Ahmad; SK.01: nobody assessed below; T: Budi's T.01.
            ("BKPSDM", 4, vec![1, 1, 0], 1),
            // 4, 5, 6, 9. M.01: Dedi, Erna; M.02: Erna (her latest, the same
            // day, is 2); SK.01: Dedi, Fajar; T: Dedi's T.02.
            ("Diskominfo", 4, vec![2, 1, 2], 1),
        ],
        "Bappeda has nobody in service; Gita (retired) is not counted"
    );
}

#[test]
fn outstanding_counts_who_owes_the_period_due_and_who_has_it() {
    let conn = database();
    let rows = mon::outstanding(&conn, Q3).unwrap();
    let got: Vec<(&str, i64, i64, i64, i64)> = rows
        .iter()
        .map(|r| {
            (
                r.unit.as_str(),
                r.employees,
                r.evaluated,
                r.outstanding(),
                r.percent(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            // 1, 2, 3, 8 owe Q3; 1, 2, 8 have it.
            ("BKPSDM", 4, 3, 1, 75),
            // 4, 5, 9 owe it (Fajar came after Q3); only Dedi has it.
            ("Diskominfo", 3, 1, 2, 33),
        ]
    );
}

#[test]
fn the_distribution_of_each_unit_stands_against_its_organisation_predicate() {
    let conn = database();
    let rows = mon::distribution(&conn, Q3).unwrap();
    let got: Vec<(&str, [usize; 5], Option<OrgPredicate>)> = rows
        .iter()
        .map(|r| (r.unit.as_str(), r.counts, r.org))
        .collect();
    assert_eq!(
        got,
        vec![
            // Ahmad SB, Budi SB (of Bidang PKA), Hadi B.
            ("BKPSDM", [2, 1, 0, 0, 0], Some(OrgPredicate::Istimewa)),
            ("Diskominfo", [0, 1, 0, 0, 0], Some(OrgPredicate::Baik)),
            // Gita retired after Q3: her evaluation still counts.
            ("Bappeda", [0, 0, 1, 0, 0], None),
            ("Kec. Banda Sakti", [0; 5], Some(OrgPredicate::Baik)),
        ]
    );
    // Istimewa allows 70% Sangat Baik: 2 of 3 (66.7%) is within.
    assert_eq!(rows[0].limits, vec![(Predicate::SangatBaik, 70.0)]);
    assert!(rows[0].over().is_empty());
    // Baik allows 70% Baik: 1 of 1 is over, none allowed.
    let over = rows[1].over();
    assert_eq!(over.len(), 1);
    assert_eq!(
        (over[0].predicate, over[0].count, over[0].allowed()),
        (Predicate::Baik, 1, 0)
    );
    assert!(rows[2].over().is_empty() && rows[2].limits.is_empty());
    assert!(rows[3].over().is_empty(), "nobody evaluated: nothing over");
    // Q2: only Diskominfo's organisation predicate and Ahmad's and Dedi's
    // evaluations; Butuh Perbaikan sets no limit.
    let q2 = mon::distribution(&conn, PeriodRef { no: 2, ..Q3 }).unwrap();
    let got: Vec<(&str, [usize; 5], Option<OrgPredicate>)> = q2
        .iter()
        .map(|r| (r.unit.as_str(), r.counts, r.org))
        .collect();
    assert_eq!(
        got,
        vec![
            ("BKPSDM", [1, 0, 0, 0, 0], None),
            (
                "Diskominfo",
                [0, 1, 0, 0, 0],
                Some(OrgPredicate::ButuhPerbaikan)
            ),
        ]
    );
    assert!(q2[1].limits.is_empty());
}

#[test]
fn finished_trainings_list_their_completers_followed_up_and_mean_score() {
    let conn = database();
    let rows = mon::effect_trainings(&conn).unwrap();
    let got: Vec<(&str, i64, i64, Option<f64>)> = rows
        .iter()
        .map(|r| (r.code.as_str(), r.participants, r.followed, r.mean_score))
        .collect();
    assert_eq!(
        got,
        vec![
            // Ahmad and Dedi passed (Erna failed, Budi's result is open);
            // Ahmad answered twice: (5 + 4) / 2.
            ("PLT-01", 2, 1, Some(4.5)),
            ("PLT-04", 0, 0, None),
            ("PLT-02", 1, 1, Some(3.0)),
        ],
        "SELESAI only (PLT-03 still runs), the latest to end first"
    );
}

#[test]
fn a_participants_predicates_around_the_training_and_follow_up_scores() {
    let conn = database();
    let rows = mon::effect_participants(&conn, 1).unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ahmad", "Dedi"], "completed only, in unit order");
    let ahmad = &rows[0];
    // Before 2026-02-02: the year 2025 (Baik); after 2026-02-06: Q1 2026 (SB).
    let b = ahmad.before.unwrap();
    assert_eq!(
        (b.year, b.kind, b.predicate),
        (2025, PeriodKind::Tahunan, Predicate::Baik)
    );
    let a = ahmad.after.unwrap();
    assert_eq!(
        (a.year, a.kind, a.no, a.predicate),
        (2026, PeriodKind::Triwulan, 1, Predicate::SangatBaik)
    );
    assert_eq!(ahmad.change(), Some(Change::Better));
    let scores: Vec<(KirkpatrickLevel, Respondent, i64)> = ahmad
        .scores
        .iter()
        .map(|s| (s.level, s.respondent, s.score))
        .collect();
    assert_eq!(
        scores,
        vec![
            (KirkpatrickLevel::Reaksi, Respondent::Alumni, 4),
            (KirkpatrickLevel::Perilaku, Respondent::Atasan, 5)
        ],
        "one date: by level"
    );
    assert_eq!(ahmad.mean_score(), Some(4.5));
    assert_eq!(ahmad.findings, "Materi diterapkan pada tugas rutin.");
    // Dedi: SB in 2025, Baik in Q1 2026; no follow-up.
    assert_eq!(rows[1].change(), Some(Change::Worse));
    assert_eq!(rows[1].mean_score(), None);
    // Erna (PLT-02, May 2025): nothing evaluated before; after it the year 2025.
    let erna = &mon::effect_participants(&conn, 2).unwrap()[0];
    assert_eq!(erna.before, None);
    assert_eq!(erna.after.map(|a| a.year), Some(2025));
    assert_eq!(erna.change(), None);
    assert!(mon::effect_participants(&conn, 99).unwrap().is_empty());
}

#[test]
fn the_data_quality_list_names_each_problem_once_kind_by_kind() {
    let conn = database();
    let rows = dq::quality(&conn, Q3).unwrap();
    let got: Vec<(Problem, &str, &str)> = rows
        .iter()
        .map(|r| (r.problem, r.key.as_str(), r.name.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            // In service without any assessment (Cici on leave; Intan).
            (Problem::NoAssessment, "197803032000032003", "Cici"),
            (Problem::NoAssessment, "199909092025092009", "Intan"),
            // PLT-01 is finished with Budi still registered (PLT-03 still runs).
            (Problem::OpenResults, "PLT-01", "Bimtek Persandian"),
            // Running without a mentor (the accepted one has one; the
            // requested and the finished ones are not counted).
            (Problem::NoMentor, "U-001", "Aulia Rahman"),
            // Q3 evaluations with nothing observed (Budi's holds spaces);
            // Dedi's empty Q2 is another period.
            (Problem::EmptyFeedback, "197001011995031001", "Ahmad"),
            (Problem::EmptyFeedback, "198502022010011002", "Budi"),
            (Problem::EmptyFeedback, "198804042012041004", "Dedi"),
            (Problem::EmptyFeedback, "196607072000071007", "Gita"),
            // Above the ceiling, in unit order (BKPSDM, then its bidang).
            (Problem::AboveCeiling, "197001011995031001", "Ahmad"),
            (Problem::AboveCeiling, "197208081998081008", "Hadi"),
            (Problem::AboveCeiling, "197803032000032003", "Cici"),
        ]
    );
    assert_eq!(
        rows[2].detail,
        Detail::OpenResults {
            open: 1,
            of: 4,
            end: "2026-02-06".into()
        }
    );
    let ceilings: Vec<(&str, &str)> = rows
        .iter()
        .filter_map(|r| match &r.detail {
            Detail::Ceiling {
                golongan, ceiling, ..
            } => Some((golongan.as_str(), *ceiling)),
            _ => None,
        })
        .collect();
    assert_eq!(
        ceilings,
        [("IV/a", "III/d"), ("IV/c", "IV/b"), ("III/c", "III/b")]
    );
    assert_eq!(rows[4].unit, "BKPSDM");
    assert_eq!(rows[5].unit, "Bidang PKA", "the person's own unit");
}

#[test]
fn every_report_reads_through_one_call() {
    use mon::{ReviewReport, ReviewRows};
    let conn = database();
    for report in [
        ReviewReport::Gaps,
        ReviewReport::Outstanding,
        ReviewReport::Distribution,
        ReviewReport::Trainings,
        ReviewReport::Quality,
    ] {
        let rows = mon::review_report(&conn, report, today()).unwrap();
        let matches = matches!(
            (report, &rows),
            (ReviewReport::Gaps, ReviewRows::Gaps(_))
                | (ReviewReport::Outstanding, ReviewRows::Outstanding(Q3, _))
                | (ReviewReport::Distribution, ReviewRows::Distribution(Q3, _))
                | (ReviewReport::Trainings, ReviewRows::Trainings(_))
                | (ReviewReport::Quality, ReviewRows::Quality(Q3, _))
        );
        assert!(matches, "{report:?}: {rows:?}");
    }
}
