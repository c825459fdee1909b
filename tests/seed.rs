//! `peka seed`: runs the real binary into temporary folders and checks the
//! data it writes against the recipe of domain.md §10. The committed
//! sample.db is only ever opened read-only.

use chrono::NaiveDate;
use peka::db::seed_store::dump_content;
use peka::db::{OpenMode, open, schema};
use peka::domain::agreement::agreement_status;
use peka::domain::enums::{AgreementLifecycle, AgreementStatus, AsnKind, Gender};
use peka::domain::nik::{nik_matches, parse_nik};
use peka::domain::nip::parse_identity;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const AS_OF: &str = "2026-11-28";

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .expect("run peka")
}

/// Seeds `name` inside `dir` and returns its path (panics with stderr on failure).
fn seed(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut args = vec!["seed", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = peka(&args);
    assert!(
        out.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

fn read_only(path: &Path) -> Connection {
    open(path, OpenMode::ReadOnly).unwrap_or_else(|e| panic!("open {}: {e:?}", path.display()))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The first line where two dumps differ, with its table, for a readable failure.
fn first_difference(a: &str, b: &str) -> Option<String> {
    let mut table = "";
    for (la, lb) in a.lines().zip(b.lines()) {
        if la.starts_with("table ") {
            table = la;
        }
        if la != lb {
            return Some(format!("in {table}:\n  left:  {la}\n  right: {lb}"));
        }
    }
    (a.lines().count() != b.lines().count()).then(|| "the dumps differ in length".to_string())
}

#[test]
fn same_arguments_give_identical_content_and_another_seed_differs() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["--employees", "200", "--seed", "5", "--as-of", AS_OF];
    let a = seed(dir.path(), "a.db", &args);
    let b = seed(dir.path(), "b.db", &args);
    let c = seed(
        dir.path(),
        "c.db",
        &["--employees", "200", "--seed", "6", "--as-of", AS_OF],
    );
    let (da, db, dc) = (
        dump_content(&read_only(&a)).unwrap(),
        dump_content(&read_only(&b)).unwrap(),
        dump_content(&read_only(&c)).unwrap(),
    );
    assert!(
        first_difference(&da, &db).is_none(),
        "{}",
        first_difference(&da, &db).unwrap()
    );
    assert_ne!(da, dc, "a different --seed must give different data");
    // Compact and self-contained: rollback journal, no WAL file left beside it.
    let header = std::fs::read(&a).unwrap();
    assert_eq!(
        (header[18], header[19]),
        (1, 1),
        "file is still in WAL mode"
    );
    assert!(!dir.path().join("a.db-wal").exists());
}

#[test]
fn sample_db_is_exactly_what_the_seeder_makes() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = read_only(&sample);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        version,
        schema::current_version(),
        "sample.db is not at the current schema; regenerate it"
    );
    let as_of: String = conn
        .query_row(
            "SELECT nilai FROM pengaturan WHERE kunci = 'tanggal_acuan'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let expected = dump_content(&conn).unwrap();
    drop(conn);
    let dir = tempfile::tempdir().unwrap();
    let fresh = seed(dir.path(), "fresh.db", &["--as-of", &as_of]);
    let actual = dump_content(&read_only(&fresh)).unwrap();
    if let Some(diff) = first_difference(&expected, &actual) {
        panic!(
            "sample.db differs from `peka seed sample.db --as-of {as_of}`; regenerate it. First difference {diff}"
        );
    }
}

#[test]
fn small_seed_follows_the_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let path = seed(
        dir.path(),
        "small.db",
        &["--employees", "200", "--seed", "11", "--as-of", AS_OF],
    );
    let conn = read_only(&path);
    let as_of = date(AS_OF);
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };

    // Kinds of ASN: ~65% PNS, ~30% PPPK (a third part-time), ~5% CPNS.
    assert_eq!(count("SELECT count(*) FROM pegawai"), 200);
    let pns = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PNS'");
    let cpns = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'CPNS'");
    let pppk = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PPPK'");
    let part_time = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PPPK_PARUH_WAKTU'");
    assert!((110..=150).contains(&pns), "PNS {pns}");
    assert!((5..=15).contains(&cpns), "CPNS {cpns}");
    assert!(
        (50..=70).contains(&(pppk + part_time)),
        "PPPK {pppk} + {part_time}"
    );
    assert!((15..=25).contains(&part_time), "part-time PPPK {part_time}");

    // 20-JP rule in the reference year, counting only completed participation.
    let (full, total): (i64, i64) = conn
        .query_row(
            "SELECT sum(jp >= 20), count(*) FROM (
                 SELECT p.id, (SELECT coalesce(sum(pp.jp_diakui), 0) FROM peserta_pelatihan pp
                               JOIN pelatihan t ON t.id = pp.pelatihan_id
                               WHERE pp.pegawai_id = p.id AND pp.status IN ('LULUS', 'SELESAI')
                                 AND substr(t.tanggal_selesai, 1, 4) = '2026') AS jp
                 FROM pegawai p WHERE p.status IN ('AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'DIBERHENTIKAN_SEMENTARA'))",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let share = full as f64 / total as f64;
    assert!(
        (0.5..=0.7).contains(&share),
        "share with >= 20 JP in 2026: {share:.2}"
    );
    let bad_credit = count(
        "SELECT count(*) FROM peserta_pelatihan pp JOIN pelatihan t ON t.id = pp.pelatihan_id
         WHERE (pp.status IN ('LULUS', 'SELESAI') AND (pp.jp_diakui <> t.jumlah_jp OR t.tanggal_selesai > '2026-11-28'))
            OR (pp.status NOT IN ('LULUS', 'SELESAI') AND pp.jp_diakui <> 0)",
    );
    assert_eq!(
        bad_credit, 0,
        "JP credited for an unfinished or unfinishable participation"
    );

    // Agreements: exactly one MoU ends within 90 days, exactly one has expired.
    let mut st = conn
        .prepare("SELECT status_dokumen, tanggal_mulai, tanggal_berakhir FROM kerja_sama WHERE jenis_dokumen = 'MOU'")
        .unwrap();
    let statuses: Vec<AgreementStatus> = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .unwrap()
        .map(|row| {
            let (life, start, end) = row.unwrap();
            let life = AgreementLifecycle::from_code(&life).unwrap();
            agreement_status(life, date(&start), date(&end), as_of, 90)
        })
        .collect();
    let soon = statuses
        .iter()
        .filter(|s| **s == AgreementStatus::AkanBerakhir)
        .count();
    let expired = statuses
        .iter()
        .filter(|s| **s == AgreementStatus::Kedaluwarsa)
        .count();
    assert_eq!((soon, expired), (1, 1), "MoU statuses {statuses:?}");

    // Every intern has a field mentor, an Administrator or Pengawas of the
    // host unit — but one running internship whose host has not named one
    // yet (so Monitoring's "needing attention" has it to show).
    assert!(count("SELECT count(*) FROM magang") >= 25);
    let unmentored = count(
        "SELECT count(*) FROM magang m LEFT JOIN pegawai p ON p.id = m.pembimbing_lapangan_id
         WHERE p.id IS NULL OR p.unit_kerja_id <> m.unit_kerja_id
            OR p.jenis_jabatan NOT IN ('ADMINISTRATOR', 'PENGAWAS')",
    );
    assert_eq!(unmentored, 1);
    let without = count(
        "SELECT count(*) FROM magang WHERE pembimbing_lapangan_id IS NULL AND status = 'BERJALAN'",
    );
    assert_eq!(without, 1, "the one without a mentor is running");

    // NIP / NI PPPK and NIK agree with birth date and sex.
    let mut st = conn
        .prepare("SELECT jenis_asn, nip, nik, tanggal_lahir, jenis_kelamin FROM pegawai")
        .unwrap();
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (kind, nip, nik, birth, sex) = row.unwrap();
        let (kind, birth, sex) = (
            AsnKind::from_code(&kind).unwrap(),
            date(&birth),
            Gender::from_code(&sex).unwrap(),
        );
        let id = parse_identity(kind, &nip, as_of).unwrap_or_else(|e| panic!("NIP {nip}: {e:?}"));
        assert!(
            id.matches(birth, sex),
            "NIP {nip} disagrees with {birth} {sex:?}"
        );
        assert_eq!(&nip[..8], birth.format("%Y%m%d").to_string(), "NIP {nip}");
        if let Some(nik) = nik {
            let info = parse_nik(&nik).unwrap_or_else(|e| panic!("NIK {nik}: {e:?}"));
            assert!(
                nik_matches(&info, birth, sex),
                "NIK {nik} disagrees with {birth} {sex:?}"
            );
        }
    }
}

#[test]
fn check_finds_nothing_wrong_whatever_the_reference_date() {
    let dir = tempfile::tempdir().unwrap();
    for (i, as_of) in ["2026-11-28", "2027-01-03", "2020-02-10"]
        .iter()
        .enumerate()
    {
        let name = format!("c{i}.db");
        let path = seed(
            dir.path(),
            &name,
            &[
                "--employees",
                "160",
                "--seed",
                &i.to_string(),
                "--as-of",
                as_of,
            ],
        );
        let out = peka(&["check", path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "check of the seed as of {as_of}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn never_overwrites_and_refuses_bad_arguments_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("mine.db");
    std::fs::write(&existing, b"my own data").unwrap();
    let out = peka(&["seed", existing.to_str().unwrap(), "--employees", "200"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mine.db") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert_eq!(std::fs::read(&existing).unwrap(), b"my own data");

    let missing = dir.path().join("no-such-folder").join("x.db");
    let out = peka(&["seed", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());

    let target = dir.path().join("new.db");
    for bad in [["--as-of", "2026-02-30"], ["--employees", "3"]] {
        let out = peka(&[
            "--lang",
            "en",
            "seed",
            target.to_str().unwrap(),
            bad[0],
            bad[1],
        ]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim().lines().count(),
            1
        );
        assert!(!target.exists(), "a refused seed must not leave a file");
    }
}
