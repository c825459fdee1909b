//! Migration V19 (issue 12, the import of 100,000 employees): pegawai's two
//! rules, kept since V3 in four triggers (a PNS or CPNS has a golongan; the
//! TMT of appointment lies in the month of NIP digits 9–14), become named
//! CHECK constraints. The table is rebuilt: every other definition, row,
//! key, index and the id counter is kept, and the same writes are accepted
//! and refused with the same message. Every test works on files in a
//! temporary folder.

use peka::db::audit::verify_chain;
use peka::db::employees_write::EmployeeInput;
use peka::db::record;
use peka::db::schema::{self, REBUILT_IN_V19, TRIGGERS_GONE_IN_V19};
use peka::db::seed_store::dump_content;
use peka::db::write::map_error;
use peka::db::{OpenMode, open};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

#[path = "common/schema.rs"]
mod schema_cmp;
use schema_cmp::{flat, schema_of, v19_undone};

#[path = "common/migration.rs"]
mod migration;
use migration::{
    budi, employee, file_at, migrated_whole, one, one_unit, refuses_while_foreign_keys_are_on,
};

/// A file at schema V18.
fn v18_file(dir: &Path) -> (PathBuf, Connection) {
    file_at(dir, 18)
}

/// Employees 1–3 written through the application (audited, each with its
/// first status row), a PPPK among them, then employee 3, the last,
/// deleted: the counter is ahead of the largest id there.
fn fill(c: &Connection) {
    one_unit(c);
    let mut pppk = employee(2, "Cut Nyak");
    pppk.nip = "199002022023212002".into();
    pppk.jenis_asn = "PPPK".into();
    pppk.golongan = Some("IX".into());
    pppk.tmt_golongan = None;
    pppk.tmt_pengangkatan = Some("2023-03-01".into());
    record::insert(c, &employee(1, "Aminah"), &budi()).unwrap();
    record::insert(c, &pppk, &budi()).unwrap();
    record::insert(c, &employee(3, "Dedi Salah Ketik"), &budi()).unwrap();
    record::delete::<EmployeeInput>(c, 3, 1, &budi()).unwrap();
}

#[test]
fn a_v18_file_migrates_with_every_row_key_index_and_counter_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v18_file(dir.path());
    fill(&c);
    let schema_before = schema_of(&c, flat);
    let dump_before = dump_content(&c).unwrap();
    let counter = "SELECT seq FROM sqlite_sequence WHERE name = 'pegawai'";
    assert_eq!(one::<i64>(&c, counter), 3);
    drop(c);

    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    migrated_whole(&conn);

    // No trigger left on pegawai; with V19's change undone, the schema is
    // the one before, object by object.
    let triggers: i64 = one(
        &conn,
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'pegawai'",
    );
    assert_eq!(triggers, 0);
    assert_eq!(TRIGGERS_GONE_IN_V19.len(), 4);
    let mut schema_after = schema_of(&conn, flat);
    assert_ne!(schema_after, schema_before);
    v19_undone(&mut schema_after, &schema_before);
    assert_eq!(schema_after, schema_before);
    assert_eq!(REBUILT_IN_V19, ["pegawai"]);

    // Every row as it was, the audit included, and the id counter.
    assert_eq!(
        dump_before.replacen(
            "user_version 18",
            &format!("user_version {}", schema::current_version()),
            1
        ),
        dump_content(&conn).unwrap()
    );
    assert_eq!(one::<i64>(&conn, counter), 3);
    let next = record::insert(&conn, &employee(4, "Teuku Baru"), &budi()).unwrap();
    assert_eq!(next, 4, "the deleted employee's id stays unused");
    assert_eq!(verify_chain(&conn).unwrap(), None);
    // The keys still hold: a status row of an employee who is not there.
    assert!(
        conn.execute(
            "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (99, 'AKTIF', '2020-01-01')",
            []
        )
        .is_err()
    );
}

/// What a statement does to the file: accepted, or refused with SQLite's
/// message and the column the application reads from it.
fn outcome(c: &Connection, sql: &str) -> String {
    c.execute_batch("SAVEPOINT probe").unwrap();
    let r = c.execute_batch(sql);
    c.execute_batch("ROLLBACK TO probe; RELEASE probe").unwrap();
    match r {
        Ok(()) => "ok".to_string(),
        Err(e) => {
            let column = map_error(&e).column().map(str::to_string);
            format!("refused {column:?}: {e}")
        }
    }
}

#[test]
fn the_constraints_accept_and_refuse_what_the_triggers_did_with_the_same_message() {
    let dir = tempfile::tempdir().unwrap();
    let (v18_path, c) = v18_file(dir.path());
    fill(&c);
    drop(c);
    let v19_path = dir.path().join("v19.db");
    std::fs::copy(&v18_path, &v19_path).unwrap();
    let v18 = Connection::open(&v18_path).unwrap();
    v18.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let v19 = open(&v19_path, OpenMode::ReadWrite).unwrap();
    assert_eq!(peka::db::schema_version(&v18).unwrap(), 18);

    // Employee 1 is a PNS appointed 2015-04 (NIP digits 9-14 201504);
    // employee 2 a PPPK.
    let golongan = ["NULL", "''", "'III/a'", "'IX'"];
    let kinds = ["'PNS'", "'CPNS'", "'PPPK'", "'PPPK_PARUH_WAKTU'"];
    let tmts = [
        "NULL",
        "'2015-04-01'",
        "'2015-04-30'",
        "'2015-05-01'",
        "'2014-04-01'",
    ];
    let nips = ["'199002022015042001'", "'199002022016042001'"];
    let mut probes = Vec::new();
    for id in [1, 2] {
        for kind in kinds {
            for g in golongan {
                for tmt in tmts {
                    probes.push(format!(
                        "UPDATE pegawai SET jenis_asn = {kind}, golongan = {g}, tmt_pengangkatan = {tmt} WHERE id = {id}"
                    ));
                }
            }
        }
        for nip in nips {
            probes.push(format!("UPDATE pegawai SET nip = {nip} WHERE id = {id}"));
        }
        // A change of another column of a valid row.
        probes.push(format!(
            "UPDATE pegawai SET email = 'a@b.c' WHERE id = {id}"
        ));
    }
    for kind in kinds {
        for g in golongan {
            for tmt in tmts {
                for nip in nips {
                    probes.push(format!(
                        "INSERT INTO pegawai (nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                                              jenis_jabatan, nama_jabatan, unit_kerja_id, tmt_pengangkatan)
                         VALUES ({nip}, 'Baru', 'L', '1990-02-02', {kind}, {g}, 'PELAKSANA', 'Staf', 1, {tmt})"
                    ));
                }
            }
        }
    }
    let (mut accepted, mut by_golongan, mut by_tmt) = (0, 0, 0);
    for sql in &probes {
        let old = outcome(&v18, sql);
        let new = outcome(&v19, sql);
        assert_eq!(old, new, "{sql}");
        if new == "ok" {
            accepted += 1;
        } else if new.contains("golongan IS NOT NULL for PNS/CPNS") {
            assert!(new.starts_with("refused Some(\"golongan\")"), "{new}");
            by_golongan += 1;
        } else if new.contains("tmt_pengangkatan in the month of NIP digits 9-14") {
            assert!(
                new.starts_with("refused Some(\"tmt_pengangkatan\")"),
                "{new}"
            );
            by_tmt += 1;
        }
    }
    // Each outcome is met many times.
    assert!(accepted >= 100, "{accepted}");
    assert!(by_golongan >= 30, "{by_golongan}");
    assert!(by_tmt >= 90, "{by_tmt}");
    assert_eq!(one::<String>(&v19, "PRAGMA integrity_check"), "ok");
}

#[test]
fn a_row_another_tool_wrote_against_the_rules_is_kept_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v18_file(dir.path());
    fill(&c);
    for trigger in TRIGGERS_GONE_IN_V19 {
        c.execute_batch(&format!("DROP TRIGGER {trigger}")).unwrap();
    }
    c.execute_batch("UPDATE pegawai SET golongan = NULL WHERE id = 1")
        .unwrap();
    drop(c);
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let kept: Option<String> = one(&conn, "SELECT golongan FROM pegawai WHERE id = 1");
    assert_eq!(kept, None);
    // Read only, as `peka check` opens a file.
    let check = || {
        let reader = open(&path, OpenMode::ReadOnly).unwrap();
        peka::cli::check::check_database(
            &reader,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        )
    };
    let report = check();
    // Reported once, by the rule, on its row: not also as a bare CHECK
    // failure of the table.
    assert_eq!(report.findings.len(), 1, "{:#?}", report.findings);
    let f = &report.findings[0];
    assert_eq!(f.table, "pegawai");
    assert!(format!("{:?}", f.issue).contains("olongan"), "{f:?}");
    // A broken CHECK of another kind is still reported by the schema check.
    conn.execute_batch(
        "PRAGMA ignore_check_constraints = ON; UPDATE pegawai SET jenis_kelamin = 'X' WHERE id = 2;
         PRAGMA ignore_check_constraints = OFF;",
    )
    .unwrap();
    let report = check();
    assert!(
        report
            .findings
            .iter()
            .any(|f| format!("{:?}", f.issue).contains("CHECK constraint failed in pegawai")),
        "{:#?}",
        report.findings
    );
}

#[test]
fn v19_refuses_to_start_while_foreign_keys_are_on_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, c) = v18_file(dir.path());
    fill(&c);
    refuses_while_foreign_keys_are_on(&c, 18);
}
