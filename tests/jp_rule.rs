//! The 20-JP rule made exact (issue 8 item 4, domain.md §2.1): which
//! participation credits JP and in which year, how minutes become JP, each
//! kind of ASN's own target, and one definition of who owes JP for a year —
//! on a small hand-made database whose right answers are written here by
//! hand, not computed by the queries under test.

use peka::cli::check::check_database;
use peka::db::check::{Issue, RowKey};
use peka::db::{self, OpenMode, open};
use peka::domain::enums::{AsnKind, EnrollmentStatus};
use peka::domain::validate::Problem;
use peka::i18n::Lang;
use rusqlite::Connection;
use std::process::Command;

/// Reference date 28-11-2026. Units: BKPSDM (1) with its Bidang PK (3);
/// Disdik (2). People (kind, unit, what happened):
///   1 Ahmad  PNS   BKPSDM    in service
///   2 Bahri  PNS   BKPSDM    pension in effect 01-06-2025 (served part of 2025)
///   3 Cut    PPPK  Bidang PK in service
///   4 Dewi   CPNS  Disdik    appointed 01-02-2026 (not in 2025)
///   5 Endang PNS   Disdik    pension in effect 01-01-2025 (served none of 2025)
///   6 Fajar  PPPK paruh waktu Disdik in service
///   7 Gani   PNS   Disdik    moved out 01-05-2024
///   8 Hana   PNS   Disdik    on leave since 01-03-2025 (in service)
///   9 Ikhsan PNS   Disdik    in service, no training
/// Trainings:
///   1 PL-A  SELESAI 2025-03-04…2025-03-10  24 JP
///   2 PL-B  SELESAI 2025-12-29…2026-01-03  12 JP (spans New Year: counts in 2026)
///   3 PL-C  BATAL   2025-05-05…2025-05-10  20 JP (cancelled)
///   4 PL-D  RENCANA 2025-07-28…2025-08-01  16 JP (never ran)
///   5 PL-E  BERJALAN 2026-11-20…2026-12-15  8 JP (ends after the reference date)
///   6 EL-F  SELESAI 2025-04-01…2025-04-30  e-learning of 90 minutes (2 JP at 45)
///   7 PL-G  SELESAI 2025-10-06…2025-10-10   8 JP
const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan) VALUES
  (1, 'BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1),
  (2, 'DISDIK', 'Dinas Pendidikan', 'Disdik', 'DINAS', NULL, 2),
  (3, 'BKPSDM.PK', 'Bidang Pengembangan Kompetensi', '', 'BIDANG', 1, 1);
INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, jenis_jabatan,
                     nama_jabatan, unit_kerja_id, tmt_pengangkatan, status, tanggal_status) VALUES
  (1, '198001152005031001', 'Ahmad', 'L', '1980-01-15', 'PNS', 'III/c', 'PELAKSANA', 'Pengadministrasi', 1, '2005-03-01', 'AKTIF', NULL),
  (2, '196705101990031001', 'Bahri', 'L', '1967-05-10', 'PNS', 'IV/a', 'PELAKSANA', 'Pengadministrasi', 1, '1990-03-01', 'PENSIUN', '2025-06-01'),
  (3, '199207202024212001', 'Cut', 'P', '1992-07-20', 'PPPK', 'IX', 'PELAKSANA', 'Pengadministrasi', 3, '2024-03-01', 'AKTIF', NULL),
  (4, '199802022026022001', 'Dewi', 'P', '1998-02-02', 'CPNS', 'III/a', 'PELAKSANA', 'Pengadministrasi', 2, '2026-02-01', 'AKTIF', NULL),
  (5, '196612051992032001', 'Endang', 'P', '1966-12-05', 'PNS', 'III/d', 'PELAKSANA', 'Pengadministrasi', 2, '1992-03-01', 'PENSIUN', '2025-01-01'),
  (6, '199504042023241001', 'Fajar', 'L', '1995-04-04', 'PPPK_PARUH_WAKTU', 'V', 'PELAKSANA', 'Pengadministrasi', 2, '2023-06-01', 'AKTIF', NULL),
  (7, '198508082010011001', 'Gani', 'L', '1985-08-08', 'PNS', 'III/b', 'PELAKSANA', 'Pengadministrasi', 2, '2010-01-01', 'MUTASI_KELUAR', '2024-05-01'),
  (8, '198811112014032001', 'Hana', 'P', '1988-11-11', 'PNS', 'III/b', 'PELAKSANA', 'Pengadministrasi', 2, '2014-03-01', 'CUTI', '2025-03-01'),
  (9, '199010102019031001', 'Ikhsan', 'L', '1990-10-10', 'PNS', 'III/a', 'PELAKSANA', 'Pengadministrasi', 2, '2019-03-01', 'AKTIF', NULL);
INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES
  (2, 'PENSIUN', '2025-06-01'), (5, 'PENSIUN', '2025-01-01'),
  (7, 'MUTASI_KELUAR', '2024-05-01'), (8, 'CUTI', '2025-03-01');
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp, durasi_menit,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'PL-A', 'Bimtek SKP', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 24, NULL, '2025-03-04', '2025-03-10', 'APBK', 'SELESAI'),
  (2, 'PL-B', 'Bimtek SIASN', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 12, NULL, '2025-12-29', '2026-01-03', 'APBK', 'SELESAI'),
  (3, 'PL-C', 'Workshop Arsip', 'PELATIHAN', 'KLASIKAL', 'WORKSHOP', 'TEKNIS', 20, NULL, '2025-05-05', '2025-05-10', 'APBK', 'BATAL'),
  (4, 'PL-D', 'Kursus Data', 'PELATIHAN', 'KLASIKAL', 'KURSUS', 'TEKNIS', 16, NULL, '2025-07-28', '2025-08-01', 'APBK', 'RENCANA'),
  (5, 'PL-E', 'Bimtek Risiko', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 8, NULL, '2026-11-20', '2026-12-15', 'APBK', 'BERJALAN'),
  (6, 'EL-F', 'MOOC BerAKHLAK', 'PELATIHAN', 'NON_KLASIKAL', 'E_LEARNING', 'MANAJERIAL', 2, 90, '2025-04-01', '2025-04-30', 'APBN', 'SELESAI'),
  (7, 'PL-G', 'Bimtek Naskah Dinas', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 8, NULL, '2025-10-06', '2025-10-10', 'APBK', 'SELESAI');
INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
  (1, 1, 'OPD', 'LULUS', 24),
  (2, 1, 'OPD', 'SELESAI', 12),
  (6, 2, 'MANDIRI', 'SELESAI', 2),
  (7, 3, 'OPD', 'SELESAI', 8),
  (6, 3, 'MANDIRI', 'SELESAI', 2),
  (2, 4, 'OPD', 'SELESAI', 12),
  (7, 8, 'OPD', 'SELESAI', 8),
  (5, 9, 'OPD', 'MENGIKUTI', 0),
  (3, 9, 'OPD', 'DISETUJUI', 0);
"#;

/// Rows no current PEKA can write (the schema refuses them): JP credited in
/// a cancelled training, in one that never ran, and in one not yet ended —
/// as an older PEKA or another tool could have stored them.
const BROKEN_ROWS: &str = "
DROP TRIGGER IF EXISTS peserta_jp_pelatihan_tambah;
DROP TRIGGER IF EXISTS peserta_jp_pelatihan_ubah;
INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
  (3, 8, 'OPD', 'LULUS', 20),
  (4, 8, 'OPD', 'LULUS', 16),
  (5, 1, 'OPD', 'LULUS', 8);
";

fn fixture() -> Connection {
    let conn = db::open_in_memory().expect("in-memory database");
    conn.execute_batch(FIXTURE).expect("fixture loads");
    conn
}

fn targets_pppk_10_paruh_waktu_0(conn: &Connection) {
    conn.execute_batch(
        "UPDATE pengaturan SET nilai = '10' WHERE kunci = 'target_jp_pppk';
         UPDATE pengaturan SET nilai = '0' WHERE kunci = 'target_jp_pppk_paruh_waktu';",
    )
    .expect("per-kind targets");
}

/// `rekap-jp` of `year` as (name, jp, target, kekurangan).
fn recap(conn: &Connection, year: i32) -> Vec<(String, f64, f64, f64)> {
    let targets = db::settings::load(conn).unwrap().jp_targets;
    db::reports::jp_summary(conn, year, &targets)
        .unwrap()
        .into_iter()
        .map(|r| (r.name, r.jp, r.target, r.shortfall))
        .collect()
}

fn row(name: &str, jp: f64, target: f64, short: f64) -> (String, f64, f64, f64) {
    (name.to_string(), jp, target, short)
}

/// Monitoring's compliance of `year` as (unit, employees, met, partial, zero).
fn compliance(conn: &Connection, year: i32) -> Vec<(String, i64, i64, i64, i64)> {
    let targets = db::settings::load(conn).unwrap().jp_targets;
    db::monitoring::jp_compliance(conn, year, &targets)
        .unwrap()
        .into_iter()
        .map(|u| (u.unit, u.employees, u.met, u.partial, u.zero))
        .collect()
}

fn unit(
    name: &str,
    employees: i64,
    met: i64,
    partial: i64,
    zero: i64,
) -> (String, i64, i64, i64, i64) {
    (name.to_string(), employees, met, partial, zero)
}

/// JP of `year` per name in the employee list (everyone, left or not).
fn list_jp(conn: &Connection, year: i32) -> Vec<(String, f64)> {
    db::employees::list(conn, year, true)
        .unwrap()
        .into_iter()
        .map(|r| (r.name().to_string(), r.jp_year))
        .collect()
}

fn jp_of(conn: &Connection, year: i32, name: &str) -> f64 {
    list_jp(conn, year)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, jp)| jp)
        .unwrap_or_else(|| panic!("{name} is not in the list"))
}

// ------------------------------------------------------------ which participation counts

/// Only completed participation in a training that ran and has ended counts:
/// the rows of a cancelled training, of one that never ran and of one still
/// running add nothing anywhere — list, detail, `rekap-jp` or Monitoring.
#[test]
fn only_completed_participation_in_an_ended_not_cancelled_training_counts() {
    let conn = fixture();
    conn.execute_batch(BROKEN_ROWS).unwrap();
    // Hana: 8 (PL-G); not the 20 of the cancelled PL-C nor the 16 of PL-D.
    assert_eq!(jp_of(&conn, 2025, "Hana"), 8.0);
    // Ahmad: 12 in 2026 (PL-B); not the 8 of PL-E, which ends on 15-12-2026.
    assert_eq!(jp_of(&conn, 2026, "Ahmad"), 12.0);
    let hana = db::employees::detail(&conn, 8).unwrap().unwrap();
    assert_eq!(hana.jp_per_year, vec![(2025, 8.0)]);
    let credited: Vec<(String, f64)> = hana
        .trainings
        .iter()
        .map(|t| (t.code.clone(), t.jp_credited))
        .collect();
    assert_eq!(
        credited,
        [
            ("PL-G".to_string(), 8.0),
            ("PL-D".to_string(), 0.0),
            ("PL-C".to_string(), 0.0)
        ]
    );
    assert!(recap(&conn, 2025).contains(&row("Hana", 8.0, 20.0, 12.0)));
    let ahmad_2026 = recap(&conn, 2026)
        .into_iter()
        .find(|r| r.0 == "Ahmad")
        .unwrap();
    assert_eq!(ahmad_2026, row("Ahmad", 12.0, 20.0, 8.0));
    // Disdik 2025 at 20 JP for all: Hana partial (8 < 20, not 44 ≥ 20),
    // Fajar and Ikhsan zero.
    assert_eq!(compliance(&conn, 2025)[1], unit("Disdik", 3, 0, 1, 2));
}

/// A training running from 29-12-2025 to 03-01-2026 counts in 2026, the year
/// it ended, everywhere.
#[test]
fn a_training_spanning_new_year_counts_in_the_year_it_ended() {
    let conn = fixture();
    assert_eq!(jp_of(&conn, 2025, "Ahmad"), 24.0, "PL-A only");
    assert_eq!(jp_of(&conn, 2026, "Ahmad"), 12.0, "PL-B");
    let ahmad = db::employees::detail(&conn, 1).unwrap().unwrap();
    assert_eq!(ahmad.jp_per_year, vec![(2026, 12.0), (2025, 24.0)]);
    let dewi = |year| {
        recap(&conn, year)
            .into_iter()
            .find(|r| r.0 == "Dewi")
            .map(|r| r.1)
    };
    assert_eq!(
        dewi(2026),
        Some(12.0),
        "appointed 2026, PL-B counts in 2026"
    );
    assert_eq!(dewi(2025), None, "not appointed yet in 2025");
}

// ------------------------------------------------------------ the guard

/// The database itself refuses JP for a participant of a training that was
/// cancelled, never ran or has not ended, and refuses to cancel, un-run or
/// move ahead the end of a training whose participants hold credited JP;
/// each refusal names its column.
#[test]
fn the_schema_refuses_jp_for_a_cancelled_or_future_training() {
    let conn = fixture();
    let column = |sql: &str| -> Option<String> {
        let e = conn.execute_batch(sql).expect_err(sql);
        db::write::map_error(&e).column().map(str::to_string)
    };
    let jp = Some("jp_diakui".to_string());
    for (training, what) in [(3, "cancelled"), (4, "never ran"), (5, "ends 15-12-2026")] {
        let insert = format!(
            "INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui)
             VALUES ({training}, 6, 'OPD', 'LULUS', 4)"
        );
        assert_eq!(column(&insert), jp, "insert: {what}");
    }
    assert_eq!(
        column(
            "UPDATE peserta_pelatihan SET status = 'LULUS', jp_diakui = 8 WHERE pelatihan_id = 5"
        ),
        jp,
        "update: a running training"
    );
    assert_eq!(
        column(
            "UPDATE peserta_pelatihan SET pelatihan_id = 3 WHERE pelatihan_id = 7 AND pegawai_id = 8"
        ),
        jp,
        "moved to the cancelled training with its JP"
    );
    // The training side: participants of PL-A hold 24 JP.
    for status in ["BATAL", "RENCANA", "PENDAFTARAN"] {
        assert_eq!(
            column(&format!(
                "UPDATE pelatihan SET status = '{status}' WHERE id = 1"
            )),
            Some("status".to_string()),
            "{status}"
        );
    }
    assert_eq!(
        column("UPDATE pelatihan SET tanggal_selesai = '2026-12-01' WHERE id = 1"),
        Some("tanggal_selesai".to_string())
    );
    // Allowed: participants without JP anywhere, a cancelled training nobody
    // holds JP in, a credited row in an ended training, the end moved within
    // the past, the last day being the reference date.
    conn.execute_batch(
        "INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui)
             VALUES (3, 6, 'OPD', 'DIUSULKAN', 0), (4, 6, 'OPD', 'TERDAFTAR', 0);
         UPDATE pelatihan SET status = 'BATAL' WHERE id = 4;
         UPDATE pelatihan SET status = 'BERJALAN' WHERE id = 1;
         UPDATE pelatihan SET tanggal_selesai = '2025-03-12' WHERE id = 1;
         INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui)
             VALUES (1, 9, 'OPD', 'LULUS', 24);
         UPDATE pelatihan SET tanggal_selesai = '2026-11-28' WHERE id = 5;
         UPDATE peserta_pelatihan SET status = 'LULUS', jp_diakui = 8 WHERE pelatihan_id = 5;",
    )
    .expect("what the rule allows");
}

/// `peka check` reports each credited row of a cancelled, never held or
/// unfinished training, on its row, in the real binary too.
#[test]
fn peka_check_reports_jp_in_a_cancelled_or_future_training() {
    let conn = fixture();
    assert_eq!(rule_problems(&conn), vec![], "the fixture is clean");
    conn.execute_batch(BROKEN_ROWS).unwrap();
    let found = rule_problems(&conn);
    let key = |t: &str, nip: &str| RowKey::Enrollment {
        training: t.into(),
        nip: nip.into(),
    };
    let hana = "198811112014032001";
    let ahmad = "198001152005031001";
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().any(|(k, p)| *k == key("PL-C", hana)
        && matches!(p, Problem::JpTrainingNotHeld { jp, .. } if *jp == 20.0)));
    assert!(found.iter().any(|(k, p)| *k == key("PL-D", hana)
        && matches!(p, Problem::JpTrainingNotHeld { jp, .. } if *jp == 16.0)));
    assert!(found.iter().any(|(k, p)| *k == key("PL-E", ahmad)
        && matches!(p, Problem::JpTrainingNotEnded { jp, .. } if *jp == 8.0)));

    // The training side: PL-A cancelled behind PEKA's back.
    conn.execute_batch(
        "DROP TRIGGER IF EXISTS pelatihan_status_jp_peserta;
         UPDATE pelatihan SET status = 'BATAL' WHERE id = 1;",
    )
    .unwrap();
    assert_eq!(rule_problems(&conn).len(), 4);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jp.db");
    let file = open(&path, OpenMode::CreateIfMissing).unwrap();
    file.execute_batch(FIXTURE).unwrap();
    file.execute_batch(BROKEN_ROWS).unwrap();
    drop(file);
    let out = Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["check", path.to_str().unwrap(), "--lang", "en"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert_eq!(
        stdout.lines().count(),
        4,
        "three rows and the total: {stdout}"
    );
    assert!(
        stdout.contains("20 JP credited although the training is cancelled"),
        "{stdout}"
    );
    assert!(
        stdout.contains("8 JP credited although the training only ends on 15-12-2026"),
        "{stdout}"
    );
    assert!(stdout.ends_with("3 problems found.\n"), "{stdout}");
}

fn rule_problems(conn: &Connection) -> Vec<(RowKey, Problem)> {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    check_database(conn, today)
        .findings
        .into_iter()
        .map(|f| match f.issue {
            Issue::Rule(p) => (f.key, p),
            other => panic!("only rule problems expected: {} {other:?}", f.table),
        })
        .collect()
}

// ------------------------------------------------------------ minutes per JP

/// The e-learning module EL-F lasts 90 minutes: 2 JP at 45 minutes per JP,
/// 3 at 30. The setting decides what a participant is credited and the most
/// a row may hold.
#[test]
fn minutes_per_jp_changes_the_credit_of_a_minutes_based_activity() {
    let conn = fixture();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let credit = |conn: &Connection, training: i64| {
        let minutes = db::settings::load(conn).unwrap().minutes_per_jp;
        db::jp::activity(conn, training)
            .unwrap()
            .expect("the training exists")
            .credit(EnrollmentStatus::Selesai, today, minutes)
    };
    assert_eq!(credit(&conn, 6), 2.0);
    assert_eq!(credit(&conn, 1), 24.0, "a training in JP keeps its JP");
    assert_eq!(credit(&conn, 3), 0.0, "nothing from a cancelled training");
    assert_eq!(credit(&conn, 5), 0.0, "nothing before the end");
    // Cut is credited 3 JP for EL-F: more than the module has at 45 minutes.
    conn.execute(
        "UPDATE peserta_pelatihan SET jp_diakui = 3 WHERE pelatihan_id = 6 AND pegawai_id = 3",
        [],
    )
    .unwrap();
    assert!(matches!(
        rule_problems(&conn).as_slice(),
        [(_, Problem::JpAboveTraining { jp, training_jp })] if *jp == 3.0 && *training_jp == 2.0
    ));
    conn.execute(
        "UPDATE pengaturan SET nilai = '30' WHERE kunci = 'menit_per_jp'",
        [],
    )
    .unwrap();
    assert_eq!(credit(&conn, 6), 3.0);
    assert_eq!(credit(&conn, 1), 24.0);
    assert_eq!(rule_problems(&conn), vec![]);
    // The employee detail shows the module's JP under the setting.
    let cut = db::employees::detail(&conn, 3).unwrap().unwrap();
    let module = cut.trainings.iter().find(|t| t.code == "EL-F").unwrap();
    assert_eq!(module.jp, 3.0);
}

// ------------------------------------------------------------ targets per kind of ASN

/// With PPPK at 10 JP and PPPK paruh waktu at 0, `rekap-jp`'s target and
/// kekurangan columns, Monitoring and the list mark follow each person's
/// kind; an unreadable per-kind value is reported by `peka check`.
#[test]
fn per_kind_targets_drive_rekap_jp_monitoring_and_the_list_mark() {
    let conn = fixture();
    targets_pppk_10_paruh_waktu_0(&conn);
    assert_eq!(
        recap(&conn, 2025),
        [
            row("Ahmad", 24.0, 20.0, 0.0),
            row("Bahri", 2.0, 20.0, 18.0),
            row("Cut", 10.0, 10.0, 0.0),
            row("Fajar", 0.0, 0.0, 0.0),
            row("Hana", 8.0, 20.0, 12.0),
            row("Ikhsan", 0.0, 20.0, 20.0),
        ]
    );
    let table = db::export::jp_summary(&conn, 2025, &db::settings::load(&conn).unwrap().jp_targets)
        .unwrap();
    assert_eq!(
        table.columns,
        [
            "nip",
            "nama",
            "unit_kerja",
            "tahun",
            "jp",
            "target",
            "kekurangan"
        ]
    );
    assert_eq!(
        compliance(&conn, 2025),
        [unit("BKPSDM", 3, 2, 1, 0), unit("Disdik", 3, 1, 1, 1)]
    );
    // The same people against one target of 20: Cut falls short, Fajar has none.
    conn.execute_batch(
        "UPDATE pengaturan SET nilai = '20' WHERE kunci IN ('target_jp_pppk', 'target_jp_pppk_paruh_waktu')",
    )
    .unwrap();
    assert_eq!(
        compliance(&conn, 2025),
        [unit("BKPSDM", 3, 1, 2, 0), unit("Disdik", 3, 0, 1, 2)]
    );

    // The list and the detail of 2026 (the reference year): Ahmad (PNS) and
    // Dewi (CPNS) have 12 JP, below 20; at a CPNS target of 12 Dewi meets it.
    conn.execute_batch("UPDATE pengaturan SET nilai = '12' WHERE kunci = 'target_jp_cpns'")
        .unwrap();
    let screen = list_screen(&conn);
    let line = |name: &str| {
        screen
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not on screen:\n{screen}"))
            .trim_end()
            .to_string()
    };
    assert!(line("Ahmad").ends_with("12!"), "{screen}");
    assert!(line("Dewi").ends_with("12"), "{screen}");
    let targets = db::settings::load(&conn).unwrap().jp_targets;
    assert_eq!(targets.of(AsnKind::Cpns), 12.0);
    let detail_line = |id: i64| {
        let d = db::employees::detail(&conn, id).unwrap().unwrap();
        let theme = peka::tui::theme::Theme::new(peka::tui::theme::ColorMode::None);
        let dev = peka::tui::tabs::development::DevView {
            dev: None,
            cursor: None,
        };
        peka::tui::tabs::employees::detail_layout(&d, dev, Lang::En, &theme, &targets, 2026)
            .lines
            .iter()
            .map(|l| l.to_string())
            .find(|l| l.trim_start().starts_with("2026:"))
            .expect("the line of the year")
    };
    assert_eq!(
        detail_line(1).trim(),
        "2026: 12 JP of target 20 (8 short) !"
    );
    assert_eq!(detail_line(4).trim(), "2026: 12 JP, target 12 JP met");

    // The pengaturan export lists every kind's key with its value.
    let settings = db::export::settings(&conn).unwrap();
    let listed: Vec<String> = settings
        .rows
        .iter()
        .filter_map(|r| match (&r[0], &r[1]) {
            (db::export::Cell::Text(k), db::export::Cell::Text(v))
                if k.starts_with("target_jp_") =>
            {
                Some(format!("{k}={v}"))
            }
            _ => None,
        })
        .collect();
    assert_eq!(
        listed,
        [
            "target_jp_cpns=12",
            "target_jp_pns=20",
            "target_jp_pppk=20",
            "target_jp_pppk_paruh_waktu=20",
            "target_jp_tahunan=20"
        ]
    );

    conn.execute_batch("UPDATE pengaturan SET nilai = 'dua puluh' WHERE kunci = 'target_jp_pns'")
        .unwrap();
    assert!(matches!(
        rule_problems(&conn).as_slice(),
        [(RowKey::Setting(k), Problem::SettingNotTarget { .. })] if k == "target_jp_pns"
    ));
}

/// The employee list of 2026 drawn at 100×20 with the database's settings.
fn list_screen(conn: &Connection) -> String {
    use peka::tui::app::{App, AppConfig, Loaded, Msg, update};
    let settings = db::settings::load(conn).unwrap();
    let (mut app, _) = App::new(AppConfig {
        lang: Lang::Id,
        theme: peka::tui::theme::Theme::new(peka::tui::theme::ColorMode::None),
        read_only: false,
        db_label: "jp.db".into(),
        settings,
        real_today: chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
        width: 100,
        height: 20,
    });
    let rows = db::employees::list(conn, 2026, false).unwrap();
    update(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 20)).unwrap();
    t.draw(|f| peka::tui::view::render(f, &app)).unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

// ------------------------------------------------------------ who counts for a year

/// Who owes JP for 2025 is who served during it — Bahri (retired in June)
/// and Hana (on leave) yes; Dewi (appointed 2026), Endang (pension in
/// effect on 1 January) and Gani (moved out in 2024) no — for `rekap-jp`
/// and for Monitoring alike, although today only Ahmad, Cut, Dewi, Fajar,
/// Hana and Ikhsan are in service. (Everyone at the default 20 JP here.)
#[test]
fn monitoring_compliance_of_a_past_year_counts_the_people_of_rekap_jp() {
    let conn = fixture();
    assert_eq!(
        recap(&conn, 2025),
        [
            row("Ahmad", 24.0, 20.0, 0.0),
            row("Bahri", 2.0, 20.0, 18.0),
            row("Cut", 10.0, 20.0, 10.0),
            row("Fajar", 0.0, 20.0, 20.0),
            row("Hana", 8.0, 20.0, 12.0),
            row("Ikhsan", 0.0, 20.0, 20.0),
        ]
    );
    // BKPSDM (with its bidang): Ahmad met, Bahri and Cut partial.
    // Disdik: Hana partial, Fajar and Ikhsan zero.
    assert_eq!(
        compliance(&conn, 2025),
        [unit("BKPSDM", 3, 1, 2, 0), unit("Disdik", 3, 0, 1, 2)]
    );
    // 2026: Bahri and Endang gone, Dewi appointed, Gani still gone.
    assert_eq!(
        recap(&conn, 2026),
        [
            row("Ahmad", 12.0, 20.0, 8.0),
            row("Cut", 0.0, 20.0, 20.0),
            row("Dewi", 12.0, 20.0, 8.0),
            row("Fajar", 0.0, 20.0, 20.0),
            row("Hana", 0.0, 20.0, 20.0),
            row("Ikhsan", 0.0, 20.0, 20.0),
        ]
    );
    assert_eq!(
        compliance(&conn, 2026),
        [unit("BKPSDM", 2, 0, 1, 1), unit("Disdik", 4, 0, 1, 3)]
    );
}
