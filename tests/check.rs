//! `peka check`: the real binary on databases built here, plus the rule
//! wiring (`check_database`) on deliberately broken rows.

use chrono::NaiveDate;
use peka::cli::check::check_database;
use peka::db::check::{Issue, RowKey};
use peka::db::{OpenMode, open};
use peka::domain::enums::PositionKind;
use peka::domain::enums::{AsnKind, PeriodKind};
use peka::domain::nip::NipError;
use peka::domain::validate::*;
use rusqlite::Connection;
use std::path::Path;
use std::process::{Command, Output};

const PNS_NIP: &str = "198609262015051001";
const PNS_FEMALE_NIP: &str = "199102142019032003";
const PPPK_NI: &str = "199009132025242014";

/// A small consistent database: one unit with a bidang, three employees (PNS
/// man, PNS woman with NIK, PPPK woman), a competency with a standard and an
/// assessment, a finished training with one passed participant, an annual
/// evaluation, an MoU with its PKS, and an intern mentored in the bidang.
fn build_clean(conn: &Connection) {
    conn.execute_batch(&format!(
        "
        INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
        INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (1, 'BKPSDM', 'BKPSDM', 'BADAN');
        INSERT INTO unit_kerja (id, kode, nama, jenis, induk_id)
            VALUES (2, 'BKPSDM.PK', 'Bidang Pengembangan Kompetensi', 'BIDANG', 1);
        INSERT INTO pegawai (id, nip, nik, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                             jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, tmt_pengangkatan)
        VALUES
          (1, '{PNS_NIP}', NULL, 'Muhammad Fadhil', 'L', '1986-09-26', 'PNS', 'III/c',
           'PENGAWAS', NULL, 'Kepala Subbidang', 1, '2015-05-01'),
          (2, '{PNS_FEMALE_NIP}', '1173025402910001', 'Rahmi Safitri', 'P', '1991-02-14', 'PNS', 'III/a',
           'JF_KEAHLIAN', 'AHLI_PERTAMA', 'Analis SDM Aparatur', 2, '2019-03-01'),
          (3, '{PPPK_NI}', NULL, 'Intan Maghfirah', 'P', '1990-09-13', 'PPPK', 'IX',
           'PELAKSANA', NULL, 'Pengadministrasi Perkantoran', 2, '2025-03-01');
        -- Its own dictionary instead of the national one a new file starts with (V12).
        DELETE FROM kompetensi_level;
        DELETE FROM kompetensi;
        INSERT INTO kompetensi (id, kode, nama, jenis) VALUES (1, 'M.01', 'Integritas', 'MANAJERIAL');
        INSERT INTO kompetensi_level (kompetensi_id, level) VALUES (1, 1), (1, 2);
        INSERT INTO standar_kompetensi (jenis_jabatan, kompetensi_id, level_standar)
            VALUES ('PENGAWAS', 1, 2);
        INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode)
            VALUES (1, 1, 2, '2025-06-01', 'CACT');
        INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                               tanggal_mulai, tanggal_selesai, sumber_dana, status)
            VALUES (1, 'BT-01', 'Bimtek SKP', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 24,
                    '2026-03-02', '2026-03-04', 'APBK', 'SELESAI');
        INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui)
            VALUES (1, 1, 1, 'OPD', 'LULUS', 24), (2, 1, 2, 'OPD', 'MENGIKUTI', 0);
        INSERT INTO monitoring_pasca_pelatihan (peserta_pelatihan_id, tanggal, bulan_ke,
                               level_kirkpatrick, responden, skor)
            VALUES (1, '2026-06-04', 3, 'PERILAKU', 'ATASAN', 4);
        INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke,
                               rating_hasil_kerja, rating_perilaku, predikat)
            VALUES (1, 2025, 'TAHUNAN', 1, 'DI_ATAS', 'DI_BAWAH', 'KURANG_MISCONDUCT');
        INSERT INTO mitra (id, nama, jenis) VALUES (1, 'Universitas Malikussaleh', 'PERGURUAN_TINGGI'),
                                                   (2, 'Politeknik Negeri Lhokseumawe', 'PERGURUAN_TINGGI');
        INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tanggal_mulai, tanggal_berakhir)
            VALUES (1, 1, 'MOU', NULL, '100/KSB/2024', '2024-01-15', '2029-01-14'),
                   (2, 1, 'PKS', 1, '101/PKS/2024', '2024-02-01', '2027-01-31'),
                   (3, 2, 'MOU', NULL, '102/KSB/2024', '2024-03-01', '2029-02-28');
        INSERT INTO magang (mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, jenjang, skema,
                            unit_kerja_id, pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status)
            VALUES (1, 2, 'Nurul Aini', '210170001', 'P', 'S1', 'MANDIRI', 1, 2,
                    '2026-09-01', '2026-11-30', 'BERJALAN');
        "
    ))
    .expect("clean fixture inserts");
}

fn new_db(dir: &Path, name: &str) -> (std::path::PathBuf, Connection) {
    let path = dir.join(name);
    let conn = open(&path, OpenMode::CreateIfMissing).expect("create db");
    build_clean(&conn);
    (path, conn)
}

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .expect("run peka")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// The rule problems found, in order.
fn rule_problems(conn: &Connection) -> Vec<(String, RowKey, Problem)> {
    check_database(conn, today())
        .findings
        .into_iter()
        .filter_map(|f| match f.issue {
            Issue::Rule(p) => Some((f.table, f.key, p)),
            _ => None,
        })
        .collect()
}

#[test]
fn clean_database_exits_zero_and_says_what_was_checked() {
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = new_db(dir.path(), "clean.db");
    drop(conn);
    let out = peka(&["check", path.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {stdout}\nstderr: {}",
        text(&out.stderr)
    );
    assert!(
        stdout.starts_with("Tidak ada masalah: 3 pegawai"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1);

    let out = peka(&["check", path.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("No problems: 3 employees"));
}

#[test]
fn wrong_gender_digit_exits_one_and_names_the_nip() {
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = new_db(dir.path(), "gender.db");
    // Digit 15 says male (1) but the woman is recorded as P.
    conn.execute(
        "UPDATE pegawai SET nip = '199102142019031003' WHERE id = 2",
        [],
    )
    .unwrap();
    drop(conn);
    let out = peka(&["check", path.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].contains("pegawai [NIP 199102142019031003]"),
        "{stdout}"
    );
    assert!(lines[0].contains("Digit 15 NIP"), "{stdout}");
    assert_eq!(lines[1], "1 masalah ditemukan.");

    let out = peka(&["check", path.to_str().unwrap(), "--lang", "en"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("NIP digit 15 says male but the sex is female."),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 problem found.\n"), "{stdout}");
}

#[test]
fn a_check_constraint_no_domain_rule_covers_is_still_reported() {
    // SQLite skips CHECK constraints on a read-only connection; check must not.
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = new_db(dir.path(), "constraint.db");
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON;
         UPDATE pegawai SET status = 'HILANG' WHERE id = 3;",
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let out = peka(&["check", path.to_str().unwrap(), "--lang", "en"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("CHECK constraint failed in pegawai"),
        "{stdout}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "check must not write"
    );
}

#[test]
fn a_file_that_is_not_sqlite_exits_two_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(
        &path,
        "this is a shopping list, not a database\n".repeat(20),
    )
    .unwrap();
    let out = peka(&["check", path.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("notes.db") && stderr.contains("bukan basis data"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_missing_file_exits_two_and_is_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.db");
    let out = peka(&["check", path.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("nowhere.db"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert!(!path.exists(), "check must never create the file");
}

#[test]
fn the_clean_fixture_has_no_findings_in_process() {
    let conn = peka::db::open_in_memory().unwrap();
    build_clean(&conn);
    let report = check_database(&conn, today());
    assert_eq!(report.findings, vec![]);
    let counts: std::collections::HashMap<_, _> = report.counts.into_iter().collect();
    assert_eq!(counts["pegawai"], 3);
    assert_eq!(counts["kerja_sama"], 3);
    assert_eq!(counts["magang"], 1);
}

/// Each corruption (applied with CHECK constraints switched off, as another
/// tool could) is reported as the expected rule on the expected row.
#[test]
#[rustfmt::skip]
fn each_broken_rule_is_reported_on_its_row() {
    use Problem as P;
    let nip = |s: &str| RowKey::Nip(s.to_string());
    let intern = || RowKey::Intern { nim: "210170001".into(), partner: "Universitas Malikussaleh".into() };
    let number = |s: &str| RowKey::Number(s.to_string());
    let setting = |s: &str| RowKey::Setting(s.to_string());
    type Expect = fn(&Problem) -> bool;
    let cases: Vec<(&str, &str, RowKey, Expect)> = vec![
        ("UPDATE pegawai SET nip = '198609262015131001' WHERE id = 1", "pegawai", nip("198609262015131001"),
            |p| matches!(p, P::Nip { error: NipError::BadTmt { .. }, .. })),
        ("UPDATE pegawai SET tanggal_lahir = '1986-09-27' WHERE id = 1", "pegawai", nip(PNS_NIP),
            |p| matches!(p, P::NipBirthMismatch { .. })),
        ("UPDATE pegawai SET nik = '1173021402910001' WHERE id = 2", "pegawai", nip(PNS_FEMALE_NIP),
            |p| matches!(p, P::NikGenderMismatch { .. })),
        ("UPDATE pegawai SET golongan = 'III/a' WHERE id = 3", "pegawai", nip(PPPK_NI),
            |p| matches!(p, P::GolonganNotForKind { .. })),
        ("UPDATE pegawai SET golongan = NULL WHERE id = 1", "pegawai", nip(PNS_NIP),
            |p| matches!(p, P::GolonganMissing { kind: AsnKind::Pns })),
        ("UPDATE pegawai SET tmt_pengangkatan = '2015-06-01' WHERE id = 1", "pegawai", nip(PNS_NIP),
            |p| matches!(p, P::TmtNipMismatch { nip_year: 2015, nip_month: 5, .. })),
        ("UPDATE pegawai SET jenjang_jf = 'MAHIR' WHERE id = 2", "pegawai", nip(PNS_FEMALE_NIP),
            |p| matches!(p, P::JfLevelMismatch { .. })),
        ("UPDATE pegawai SET tmt_pengangkatan = '2000-01-01' WHERE id = 1", "pegawai", nip(PNS_NIP),
            |p| matches!(p, P::DateBeforeAdult { column: "tmt_pengangkatan", .. })),
        ("UPDATE penilaian_kompetensi SET level_aktual = 7", "penilaian_kompetensi",
            RowKey::Assessment { nip: PNS_NIP.into(), competency: "M.01".into(), date: "2025-06-01".into() },
            |p| matches!(p, P::LevelOutOfRange { value: 7, .. })),
        ("UPDATE monitoring_pasca_pelatihan SET skor = 0", "monitoring_pasca_pelatihan",
            RowKey::FollowUp { training: "BT-01".into(), nip: PNS_NIP.into(), date: "2026-06-04".into() },
            |p| matches!(p, P::LevelOutOfRange { column: "skor", value: 0 })),
        ("UPDATE evaluasi_kinerja SET predikat = 'BAIK'", "evaluasi_kinerja",
            RowKey::Evaluation { nip: PNS_NIP.into(), year: 2025, period: "TAHUNAN".into(), number: 1 },
            |p| matches!(p, P::PredicateMismatch { .. })),
        ("UPDATE peserta_pelatihan SET jp_diakui = 10 WHERE id = 2", "peserta_pelatihan",
            RowKey::Enrollment { training: "BT-01".into(), nip: PNS_FEMALE_NIP.into() },
            |p| matches!(p, P::JpWithoutCompletion { .. })),
        ("UPDATE peserta_pelatihan SET jp_diakui = 30 WHERE id = 1", "peserta_pelatihan",
            RowKey::Enrollment { training: "BT-01".into(), nip: PNS_NIP.into() },
            |p| matches!(p, P::JpAboveTraining { .. })),
        ("INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (9, 'BAPPEDA', 'Bappeda', 'BADAN');
          UPDATE magang SET unit_kerja_id = 9", "magang", intern(),
            |p| matches!(p, P::MentorOtherUnit { .. })),
        ("UPDATE magang SET kerja_sama_id = 3", "magang", intern(),
            |p| matches!(p, P::AgreementOtherPartner { .. })),
        ("UPDATE kerja_sama SET induk_id = 3 WHERE id = 2", "kerja_sama", number("101/PKS/2024"),
            |p| matches!(p, P::ParentOtherPartner { .. })),
        ("INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tanggal_mulai, tanggal_berakhir)
          VALUES (4, 1, 'PKS', 2, '103/PKS/2025', '2025-01-01', '2025-12-31')", "kerja_sama", number("103/PKS/2025"),
            |p| matches!(p, P::ParentNotMou { .. })),
        ("UPDATE kerja_sama SET tanggal_berakhir = '2023-01-01' WHERE id = 3", "kerja_sama", number("102/KSB/2024"),
            |p| matches!(p, P::EndBeforeStart { .. })),
        ("UPDATE pengaturan SET nilai = 'empat lima' WHERE kunci = 'menit_per_jp'", "pengaturan", setting("menit_per_jp"),
            |p| matches!(p, P::SettingNotPositive { .. })),
        ("DELETE FROM pengaturan WHERE kunci = 'target_jp_tahunan'", "pengaturan", setting("target_jp_tahunan"),
            |p| matches!(p, P::SettingMissing { .. })),
        ("UPDATE unit_kerja SET induk_id = 2 WHERE id = 1", "unit_kerja", RowKey::Code("BKPSDM".into()),
            |p| matches!(p, P::UnitCycle)),
    ];
    for (sql, table, key, expect) in cases {
        let conn = peka::db::open_in_memory().unwrap();
        build_clean(&conn);
        conn.execute_batch("PRAGMA ignore_check_constraints = ON;").unwrap();
        conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let found = rule_problems(&conn);
        assert!(
            found.iter().any(|(t, k, p)| t == table && *k == key && expect(p)),
            "{sql}\nexpected a problem on {table} {key:?}, found {found:#?}"
        );
    }
}

#[test]
fn a_dangling_mentor_is_reported_by_the_foreign_key_check() {
    let conn = peka::db::open_in_memory().unwrap();
    build_clean(&conn);
    conn.execute_batch("PRAGMA foreign_keys = OFF; UPDATE magang SET pembimbing_lapangan_id = 99;")
        .unwrap();
    let report = check_database(&conn, today());
    assert!(report.findings.iter().any(|f| f.table == "magang"
        && matches!(&f.issue, Issue::ForeignKey { parent } if parent == "pegawai")));
    assert!(
        report
            .findings
            .iter()
            .any(|f| matches!(&f.issue, Issue::Rule(Problem::MentorMissing { id: 99 })))
    );
}

#[test]
fn the_reference_date_decides_what_is_in_the_future() {
    // A TMT of 11-2026 is fine on the seed's reference date 28-11-2026 but in
    // the future when the database says the reference date is 01-01-2026.
    let conn = peka::db::open_in_memory().unwrap();
    build_clean(&conn);
    conn.execute(
        "UPDATE pegawai SET nip = '198609262026111001', tmt_pengangkatan = '2026-11-01' WHERE id = 1",
        [],
    )
    .unwrap();
    assert_eq!(rule_problems(&conn), vec![]);
    conn.execute(
        "UPDATE pengaturan SET nilai = '2026-01-01' WHERE kunci = 'tanggal_acuan'",
        [],
    )
    .unwrap();
    let found = rule_problems(&conn);
    assert!(
        found.iter().any(|(_, _, p)| matches!(
            p,
            Problem::Nip {
                error: NipError::TmtInFuture { .. },
                ..
            }
        )),
        "{found:?}"
    );
}

// ------------------------------------------------------------ the pure rules

/// The golongan and TMT rules hold in the database itself: an insert or
/// update that breaks them is refused, naming the column.
#[test]
fn the_database_refuses_a_pns_without_golongan_or_with_a_tmt_off_the_nip() {
    let conn = peka::db::open_in_memory().unwrap();
    build_clean(&conn);
    for (sql, column) in [
        (
            "UPDATE pegawai SET golongan = NULL WHERE id = 1",
            "golongan",
        ),
        (
            "UPDATE pegawai SET tmt_pengangkatan = '2015-06-01' WHERE id = 1",
            "tmt_pengangkatan",
        ),
        (
            "UPDATE pegawai SET jenis_asn = 'CPNS', golongan = '' WHERE id = 2",
            "golongan",
        ),
    ] {
        let e = conn.execute_batch(sql).expect_err(sql);
        let mapped = peka::db::write::map_error(&e);
        assert_eq!(mapped.column(), Some(column), "{sql}: {e}");
    }
    // A PPPK has no golongan rule of this kind and no month in its NI.
    conn.execute_batch("UPDATE pegawai SET tmt_pengangkatan = '2025-07-01' WHERE id = 3")
        .expect("a PPPK's TMT is not read from its NI");
}

fn employee() -> EmployeeRecord {
    EmployeeRecord {
        nip: PNS_FEMALE_NIP.into(),
        nik: Some("1173025402910001".into()),
        gender: "P".into(),
        birth_date: "1991-02-14".into(),
        asn_kind: "PNS".into(),
        golongan: Some("III/a".into()),
        position_kind: "JF_KEAHLIAN".into(),
        jf_level: Some("AHLI_PERTAMA".into()),
        tmt_appointment: Some("2019-03-01".into()),
        tmt_golongan: None,
        tmt_position: None,
    }
}

/// A change to the valid employee record.
type Change = fn(&mut EmployeeRecord);

#[test]
#[rustfmt::skip]
fn employee_rules_report_unreadable_values_instead_of_failing() {
    assert_eq!(check_employee(&employee(), today()), vec![]);
    let born = NaiveDate::from_ymd_opt(1991, 2, 14).unwrap();
    let cases: Vec<(Change, Problem)> = vec![
        (|e| e.asn_kind = "HONORER".into(), Problem::BadCode { column: "jenis_asn", value: "HONORER".into() }),
        (|e| e.gender = "W".into(), Problem::BadCode { column: "jenis_kelamin", value: "W".into() }),
        (|e| e.birth_date = "14-02-1991".into(), Problem::BadDate { column: "tanggal_lahir", value: "14-02-1991".into() }),
        (|e| e.jf_level = Some("GURU".into()), Problem::BadCode { column: "jenjang_jf", value: "GURU".into() }),
        (|e| e.nik = Some("1173025402920001".into()), Problem::NikBirthMismatch { stored: born }),
        (|e| e.tmt_golongan = Some("2019-02-30".into()), Problem::BadDate { column: "tmt_golongan", value: "2019-02-30".into() }),
        (|e| e.jf_level = None, Problem::JfLevelMismatch { position: PositionKind::JfKeahlian, level: None }),
        (|e| e.golongan = None, Problem::GolonganMissing { kind: AsnKind::Pns }),
        (|e| { e.asn_kind = "CPNS".into(); e.golongan = Some(" ".into()) }, Problem::GolonganMissing { kind: AsnKind::Cpns }),
        (|e| e.tmt_appointment = Some("2019-04-01".into()),
            Problem::TmtNipMismatch { nip_year: 2019, nip_month: 3, stored: NaiveDate::from_ymd_opt(2019, 4, 1).unwrap() }),
    ];
    for (change, expected) in cases {
        let mut e = employee();
        change(&mut e);
        let found = check_employee(&e, today());
        assert!(found.contains(&expected), "expected {expected:?}, found {found:?}");
    }
}

#[test]
fn evaluation_enrollment_and_training_rules() {
    let eval = |kind: &str, no, w: &str, b: &str, p: &str| EvaluationRecord {
        period_kind: kind.into(),
        period_no: no,
        work_result: w.into(),
        behaviour: b.into(),
        predicate: p.into(),
    };
    assert_eq!(
        check_evaluation(&eval("TRIWULAN", 4, "SESUAI", "SESUAI", "BAIK")),
        vec![]
    );
    assert_eq!(
        check_evaluation(&eval("TRIWULAN", 5, "SESUAI", "SESUAI", "BAIK")),
        vec![Problem::PeriodOutOfRange {
            kind: PeriodKind::Triwulan,
            number: 5
        }]
    );
    assert_eq!(
        check_evaluation(&eval("TAHUNAN", 1, "BAGUS", "SESUAI", "BAIK")),
        vec![Problem::BadCode {
            column: "rating_hasil_kerja",
            value: "BAGUS".into()
        }]
    );
    let enr = |s: &str, jp, t| EnrollmentRecord {
        status: s.into(),
        jp,
        training_jp: t,
        training_status: "SELESAI".into(),
        training_end: "2026-03-04".into(),
        ..Default::default()
    };
    let check_enrollment = |r: &EnrollmentRecord| check_enrollment(r, today(), 45);
    assert_eq!(check_enrollment(&enr("SELESAI", 2.5, 2.5)), vec![]);
    assert_eq!(check_enrollment(&enr("DITOLAK", 0.0, 20.0)), vec![]);
    assert_eq!(
        check_enrollment(&enr("LULUS", -1.0, 20.0)),
        vec![Problem::Negative {
            column: "jp_diakui",
            value: -1.0
        }]
    );
    assert_eq!(
        check_training(0.0, "2026-01-01", "2026-01-01"),
        vec![Problem::NotPositive {
            column: "jumlah_jp",
            value: 0.0
        }]
    );
    assert_eq!(
        check_training(4.0, "2026-01-01", "kemarin"),
        vec![Problem::BadDate {
            column: "tanggal_selesai",
            value: "kemarin".into()
        }]
    );
}

#[test]
fn agreement_internship_and_unit_rules() {
    let mou = AgreementRecord {
        doc: "MOU".into(),
        partner_id: 1,
        start: "2024-01-01".into(),
        end: "2028-12-31".into(),
        parent: Some(AgreementRef {
            id: 7,
            found: Some(("7/KSB".into(), "MOU".into(), 1)),
            period: Some(("2024-01-01".into(), "2028-12-31".into())),
        }),
    };
    assert_eq!(check_agreement(&mou), vec![Problem::MouWithParent]);
    let pks = AgreementRecord {
        doc: "PKS".into(),
        parent: Some(AgreementRef {
            id: 8,
            found: None,
            period: None,
        }),
        ..mou
    };
    assert_eq!(
        check_agreement(&pks),
        vec![Problem::ParentMissing { id: 8 }]
    );

    let intern = InternshipRecord {
        partner_id: 1,
        host_unit: 3,
        start: "2026-09-01".into(),
        end: "2026-11-30".into(),
        mentor: Some(PersonRef {
            id: 5,
            found: Some((PNS_NIP.into(), 4)),
        }),
        agreement: Some(AgreementRef {
            id: 9,
            found: None,
            period: None,
        }),
        status: "BERJALAN".into(),
    };
    // Units 3 and 4 are bidang of unit 1; unit 6 hangs off a unit that does not exist.
    let (roots, cyclic) = unit_roots(&[(1, None), (3, Some(1)), (4, Some(1)), (6, Some(99))]);
    assert_eq!((roots[&3], roots[&4], roots[&6]), (1, 1, 6));
    assert!(cyclic.is_empty());
    assert_eq!(
        check_internship(&intern, &roots),
        vec![Problem::AgreementMissing { id: 9 }]
    );
    let (_, cyclic) = unit_roots(&[(1, Some(3)), (3, Some(1)), (4, None)]);
    assert_eq!(cyclic, vec![1, 3]);

    // Issue 9: dates outside the agreement / the MoU (the boundary days count).
    let covered = |start: &str, end: &str, status: &str| InternshipRecord {
        start: start.into(),
        end: end.into(),
        status: status.into(),
        agreement: Some(AgreementRef {
            id: 9,
            found: Some(("9/PKS".into(), "PKS".into(), 1)),
            period: Some(("2026-01-01".into(), "2026-12-31".into())),
        }),
        ..intern.clone()
    };
    assert_eq!(
        check_internship(&covered("2026-01-01", "2026-12-31", "BERJALAN"), &roots),
        vec![]
    );
    assert_eq!(
        check_internship(&covered("2026-09-01", "2027-01-01", "SELESAI"), &roots),
        vec![Problem::InternOutsideAgreement {
            number: "9/PKS".into(),
            start: "2026-01-01".into(),
            end: "2026-12-31".into()
        }]
    );
    assert_eq!(
        check_internship(&covered("2026-09-01", "2027-01-01", "DITOLAK"), &roots),
        vec![],
        "a refused request holds no place under the agreement"
    );
    let pks = AgreementRecord {
        doc: "PKS".into(),
        partner_id: 1,
        start: "2023-12-31".into(),
        end: "2026-06-30".into(),
        parent: Some(AgreementRef {
            id: 7,
            found: Some(("7/KSB".into(), "MOU".into(), 1)),
            period: Some(("2024-01-01".into(), "2028-12-31".into())),
        }),
    };
    assert_eq!(
        check_agreement(&pks),
        vec![Problem::PksOutsideMou {
            number: "7/KSB".into(),
            start: "2024-01-01".into(),
            end: "2028-12-31".into()
        }]
    );
}

#[test]
fn settings_rules() {
    let s = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let good = s(&[
        ("menit_per_jp", "45"),
        ("target_jp_tahunan", "20.5"),
        ("hari_peringatan_perjanjian", "90"),
    ]);
    assert_eq!(check_settings(&good), vec![]);
    let bad = s(&[
        ("menit_per_jp", "0"),
        ("hari_peringatan_perjanjian", "-5"),
        ("tanggal_acuan", "28-11-2026"),
    ]);
    let keys: Vec<String> = check_settings(&bad).into_iter().map(|(k, _)| k).collect();
    assert_eq!(
        keys,
        [
            "menit_per_jp",
            "target_jp_tahunan",
            "hari_peringatan_perjanjian",
            "tanggal_acuan"
        ]
    );
    assert_eq!(reference_date(&bad), None);
    assert_eq!(
        reference_date(&s(&[("tanggal_acuan", "2026-11-28")])),
        Some(today())
    );
}

// ------------------------------------------------------------ seeded data

/// A freshly seeded database passes `check`: the demo data obeys every rule.
/// (120 employees as the brief asks, or the seeder's minimum when higher.)
#[test]
fn freshly_seeded_databases_pass_check() {
    let dir = tempfile::tempdir().unwrap();
    let small = 120.max(peka::seed::min_employees()).to_string();
    let cases = [("1", small.as_str()), ("2", small.as_str()), ("7", "1500")];
    for (seed, employees) in cases {
        let path = dir.path().join(format!("seed-{seed}-{employees}.db"));
        let p = path.to_str().unwrap();
        let out = peka(&[
            "seed",
            p,
            "--employees",
            employees,
            "--seed",
            seed,
            "--as-of",
            "2026-11-28",
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "seed failed: {}",
            text(&out.stderr)
        );
        let out = peka(&["check", p]);
        let stdout = text(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "seed {seed}, {employees} employees:\n{stdout}"
        );
        assert!(
            stdout.starts_with(&format!("Tidak ada masalah: {employees} pegawai")),
            "{stdout}"
        );
    }
}

/// A file at an older schema opened read-only cannot be upgraded there: the
/// sentence says so and how to upgrade, instead of "not writable".
#[test]
fn an_older_schema_file_gets_an_upgrade_hint_and_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lama.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(peka::db::schema::MIGRATIONS[0]).unwrap();
        conn.execute_batch("PRAGMA user_version = 1").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let out = peka(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("lama.db") && err.contains("skema lama"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "a read-only open never writes"
    );
}

// ------------------------------------------- status changes dated ahead (issue 6)

/// Rahmi (id 2) appointed 01-03-2019 with her pension recorded ahead, as the
/// status form leaves it: the stored status is the latest change.
const SCHEDULED_PENSION: &str = "
    INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (2, 'AKTIF', '2019-03-01');
    INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai, nomor_sk)
        VALUES (2, 'PENSIUN', '2027-03-01', '800/9/2026');
    UPDATE pegawai SET status = 'PENSIUN', tanggal_status = '2027-03-01' WHERE id = 2;";

#[test]
fn a_pension_recorded_ahead_is_clean_before_and_after_its_date() {
    let conn = peka::db::open_in_memory().unwrap();
    build_clean(&conn);
    conn.execute_batch(SCHEDULED_PENSION).unwrap();
    assert_eq!(rule_problems(&conn), vec![]);
    // Nothing has to be applied when the day comes: no "overdue" state.
    conn.execute(
        "UPDATE pengaturan SET nilai = '2027-03-02' WHERE kunci = 'tanggal_acuan'",
        [],
    )
    .unwrap();
    assert_eq!(rule_problems(&conn), vec![]);
}

#[test]
#[rustfmt::skip]
fn status_history_and_retirement_age_problems_are_reported_on_their_row() {
    use Problem as P;
    let nip = RowKey::Nip(PNS_FEMALE_NIP.into());
    type Expect = fn(&Problem) -> bool;
    let cases: Vec<(&str, &str, RowKey, Expect)> = vec![
        // The stored status was edited outside PEKA: it is not the history's latest.
        ("UPDATE pegawai SET status = 'AKTIF', tanggal_status = NULL WHERE id = 2", "riwayat_status",
            nip.clone(), |p| matches!(p, P::StatusNotLatest { latest, .. } if latest == "PENSIUN")),
        ("UPDATE pegawai SET tanggal_status = '2027-04-01' WHERE id = 2", "riwayat_status",
            nip.clone(), |p| matches!(p, P::StatusNotLatest { .. })),
        // A death cannot lie ahead of the reference date.
        ("UPDATE riwayat_status SET status = 'MENINGGAL' WHERE status = 'PENSIUN';
          UPDATE pegawai SET status = 'MENINGGAL' WHERE id = 2", "riwayat_status",
            nip.clone(), |p| matches!(p, P::DeathAhead { .. })),
        ("UPDATE riwayat_status SET tanggal_mulai = '2005-01-01' WHERE status = 'AKTIF'", "riwayat_status",
            nip.clone(), |p| matches!(p, P::DateBeforeAdult { column: "tanggal_mulai", .. })),
        // No age for the kind of position someone in service holds.
        ("DELETE FROM batas_usia_pensiun WHERE jenis_jabatan = 'PENGAWAS'", "batas_usia_pensiun",
            RowKey::Position { position: "PENGAWAS".into(), jf_level: String::new() },
            |p| matches!(p, P::NoRetirementAge { employees: 1 })),
        ("DELETE FROM batas_usia_pensiun WHERE jenjang_jf = 'AHLI_PERTAMA'", "batas_usia_pensiun",
            RowKey::Position { position: "JF_KEAHLIAN".into(), jf_level: "AHLI_PERTAMA".into() },
            |p| matches!(p, P::NoRetirementAge { employees: 1 })),
    ];
    // The latest-assessment summary (V14) changed outside PEKA: a wrong
    // level, a missing pair, a pair the history does not have.
    let assessed = |p: &Problem| matches!(p, P::LatestAssessmentStale);
    let any_key = RowKey::Whole;
    let summary_cases: Vec<&str> = vec![
        "UPDATE penilaian_terakhir SET level_aktual = level_aktual % 5 + 1",
        "DELETE FROM penilaian_terakhir",
        "INSERT INTO penilaian_terakhir VALUES (2, 1, 999, 3, '2020-01-01')",
        // Two assessments of a pair on one day: the later id is the latest,
        // the summary names the earlier.
        "INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode)
         SELECT pegawai_id, kompetensi_id, level_aktual, tanggal, metode
         FROM penilaian_kompetensi ORDER BY id LIMIT 1;
         UPDATE penilaian_terakhir SET penilaian_id = (
             SELECT min(a.id) FROM penilaian_kompetensi a
             WHERE a.pegawai_id = penilaian_terakhir.pegawai_id
               AND a.kompetensi_id = penilaian_terakhir.kompetensi_id
               AND a.tanggal = penilaian_terakhir.tanggal)",
    ];
    for sql in summary_cases {
        let conn = peka::db::open_in_memory().unwrap();
        build_clean(&conn);
        assert!(rule_problems(&conn).iter().all(|(t, _, _)| *t != "penilaian_terakhir"));
        conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let found = rule_problems(&conn);
        assert!(
            found.iter().any(|(t, k, p)| *t == "penilaian_terakhir" && *k != any_key && assessed(p)),
            "{sql}\nexpected a stale summary, found {found:#?}"
        );
    }
    // The catalogue's stored counts (V16) changed outside PEKA: a wrong
    // number, a missing training, a training without participants.
    let counted = |p: &Problem| matches!(p, P::TrainingCountsStale);
    let count_cases: Vec<&str> = vec![
        "UPDATE pelatihan_jumlah SET selesai = selesai + 1",
        "UPDATE pelatihan_jumlah SET peserta = peserta + 1",
        "DELETE FROM pelatihan_jumlah",
        "INSERT INTO pelatihan_jumlah VALUES (999, 1, 0)",
    ];
    for sql in count_cases {
        let conn = peka::db::open_in_memory().unwrap();
        build_clean(&conn);
        assert!(rule_problems(&conn).iter().all(|(t, _, _)| *t != "pelatihan_jumlah"));
        conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let found = rule_problems(&conn);
        assert!(
            found.iter().any(|(t, k, p)| *t == "pelatihan_jumlah" && *k != any_key && counted(p)),
            "{sql}\nexpected stale training counts, found {found:#?}"
        );
    }
    for (sql, table, key, expect) in cases {
        let conn = peka::db::open_in_memory().unwrap();
        build_clean(&conn);
        conn.execute_batch(SCHEDULED_PENSION).unwrap();
        conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
        let found = rule_problems(&conn);
        assert!(
            found.iter().any(|(t, k, p)| t == table && *k == key && expect(p)),
            "{sql}\nexpected a problem on {table} {key:?}, found {found:#?}"
        );
    }
}

#[test]
fn peka_check_names_a_stored_status_its_history_contradicts() {
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = new_db(dir.path(), "riwayat.db");
    conn.execute_batch(SCHEDULED_PENSION).unwrap();
    conn.execute_batch("UPDATE pegawai SET status = 'BERHENTI' WHERE id = 2")
        .unwrap();
    drop(conn);
    let out = peka(&["check", path.to_str().unwrap(), "--lang", "en"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains(&format!("riwayat_status [NIP {PNS_FEMALE_NIP}]: The stored status (Resigned 01-03-2027) is not the latest change of its history (Retired 01-03-2027)")),
        "{stdout}"
    );
}
