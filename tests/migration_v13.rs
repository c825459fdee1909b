//! Migration V13 (issue 12, a province-scale import): the code lists of
//! `pegawai` and `riwayat_status` are checked by chains of comparisons
//! instead of `IN (...)` (which SQLite evaluated by building a temporary
//! index on every insert). Both tables are rebuilt: every other definition,
//! row, key, index, trigger and id counter is kept, and the CHECKs accept and
//! refuse exactly what they did. Every test works on files in a temporary
//! folder.

use peka::db::audit::verify_chain;
use peka::db::employees_write::EmployeeInput;
use peka::db::record;
use peka::db::schema::{self, REBUILT_IN_V13, REBUILT_IN_V17};
use peka::db::seed_store::dump_content;
use peka::db::write::{ConstraintKind, WriteError, map_error};
use peka::db::{OpenMode, open};
use peka::domain::enums::{AsnKind, Education, EmployeeStatus, JfLevel, PositionKind};
use rusqlite::Connection;
use rusqlite::types::Value;
use std::path::{Path, PathBuf};

#[path = "common/schema.rs"]
mod schema_cmp;
use schema_cmp::{chains_as_lists, flat, schema_of, v19_undone};

#[path = "common/migration.rs"]
mod migration;
use migration::{
    budi, employee, file_at, migrated_whole, one, one_unit, refuses_while_foreign_keys_are_on,
};

/// A file at schema V12.
fn v12_file(dir: &Path) -> (PathBuf, Connection) {
    file_at(dir, 12)
}

/// Employees 1–3 written through the application (audited, each with its
/// first status row), a status change of employee 2, then employee 3, the
/// last, deleted: the counters are ahead of the largest id there.
fn fill(c: &Connection) {
    one_unit(c);
    for (seq, name) in [(1, "Aminah"), (2, "Cut Nyak"), (3, "Dedi Salah Ketik")] {
        record::insert(c, &employee(seq, name), &budi()).unwrap();
    }
    peka::db::employees_write::change_status(
        c,
        2,
        1,
        &peka::db::employees_write::StatusChange {
            status: EmployeeStatus::Cuti,
            date: "2026-01-05".into(),
            nomor_sk: "SK-1".into(),
            note: "cuti besar".into(),
        },
        &budi(),
    )
    .unwrap();
    record::delete::<EmployeeInput>(c, 3, 1, &budi()).unwrap();
    c.execute_batch(
        "INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                                tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
           (1, 'PLT-2024-001', 'Bimtek SIASN', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 16,
            '2024-03-04', '2024-03-05', 'APBK', 'SELESAI');
         INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
           (1, 1, 1, 'OPD', 'SELESAI', 16);",
    )
    .unwrap();
}

fn sequences(c: &Connection) -> Vec<(String, i64)> {
    c.prepare("SELECT name, seq FROM sqlite_sequence ORDER BY name")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_v12_file_migrates_with_every_row_key_index_trigger_and_counter_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v12_file(dir.path());
    fill(&c);
    let schema_before = schema_of(&c, flat);
    let dump_before = dump_content(&c).unwrap();
    let sequences_before = sequences(&c);
    assert_eq!(one::<i64>(&c, "SELECT max(id) FROM pegawai"), 2);
    drop(c);

    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    migrated_whole(&conn);

    // The same schema once the chains are read as lists; only the two
    // tables' definitions changed.
    // What V14, V16 and V18 add (derived tables, their triggers, three
    // indexes) is not V13's concern: taken away, the rest is compared.
    conn.execute_batch(
        "DROP TRIGGER penilaian_terakhir_tambah; DROP TRIGGER penilaian_terakhir_ubah;
         DROP TRIGGER penilaian_terakhir_hapus; DROP TABLE penilaian_terakhir;
         DROP INDEX evaluasi_periode_predikat; DROP INDEX peserta_pelatihan_jp;
         DROP TRIGGER pelatihan_jumlah_tambah; DROP TRIGGER pelatihan_jumlah_hapus;
         DROP TRIGGER pelatihan_jumlah_ubah; DROP TABLE pelatihan_jumlah;
         DROP INDEX pelatihan_urut;",
    )
    .unwrap();
    // V19's rules as constraints, not triggers, are set aside as well.
    let mut schema_after = schema_of(&conn, flat);
    v19_undone(&mut schema_after, &schema_before);
    assert_eq!(
        schema_before.keys().collect::<Vec<_>>(),
        schema_after.keys().collect::<Vec<_>>()
    );
    for (key, before) in &schema_before {
        let after = &schema_after[key];
        // V17 rewrote the audit's list the same way.
        let rebuilt = REBUILT_IN_V13
            .iter()
            .chain(REBUILT_IN_V17)
            .any(|t| *key == format!("table {t} on {t}"));
        if rebuilt {
            assert_ne!(before, after, "{key} was not rewritten");
            assert_eq!(before, &chains_as_lists(after), "{key}");
            // No list of three codes or more is left to build an index of.
            let lists = after.matches("IN('").count();
            let pairs = after.matches("IN('JF_KEAHLIAN','JF_KETERAMPILAN')").count()
                + after.matches("IN('L','P')").count();
            assert_eq!(lists, pairs, "{key}: {after}");
        } else {
            assert_eq!(before, after, "{key} changed in the migration");
        }
    }

    // Every row as it was, the audit included, and the id counters.
    let dump_after = dump_content(&conn).unwrap();
    assert_eq!(
        dump_before.replacen(
            "user_version 12",
            &format!("user_version {}", schema::current_version()),
            1
        ),
        dump_after
    );
    assert_eq!(sequences_before, sequences(&conn));
    assert_eq!(
        one::<i64>(
            &conn,
            "SELECT seq FROM sqlite_sequence WHERE name = 'pegawai'"
        ),
        3
    );
    let next = record::insert(&conn, &employee(4, "Teuku Baru"), &budi()).unwrap();
    assert_eq!(next, 4, "the deleted employee's id stays unused");
    assert_eq!(verify_chain(&conn).unwrap(), None);

    // The keys still hold: an enrolment of an employee that is not there,
    // a status row of one that is not there, a NIP given twice.
    assert!(
        conn.execute(
            "INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status) VALUES (1, 99, 'OPD', 'DIUSULKAN')",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute(
            "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (99, 'AKTIF', '2020-01-01')",
            []
        )
        .is_err()
    );
    assert!(record::insert(&conn, &employee(1, "Aminah Lagi"), &budi()).is_err());
}

/// What a statement does to the file: accepted, or refused with the
/// constraint and the column the application reads from SQLite's message.
fn outcome(c: &Connection, sql: &str, v: &Value) -> String {
    c.execute_batch("SAVEPOINT probe").unwrap();
    let r = c.execute(sql, [v]);
    c.execute_batch("ROLLBACK TO probe; RELEASE probe").unwrap();
    match r {
        Ok(n) => format!("ok {n}"),
        Err(e) => match map_error(&e) {
            WriteError::Constraint { column, kind } => format!("refused {kind:?} {column:?}"),
            other => format!("error {other:?}"),
        },
    }
}

#[test]
fn the_rewritten_checks_accept_and_refuse_what_the_lists_did() {
    let dir = tempfile::tempdir().unwrap();
    let (v12_path, c) = v12_file(dir.path());
    fill(&c);
    drop(c);
    let v13_path = dir.path().join("v13.db");
    std::fs::copy(&v12_path, &v13_path).unwrap();
    let v12 = Connection::open(&v12_path).unwrap();
    v12.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    let v13 = open(&v13_path, OpenMode::ReadWrite).unwrap();
    assert_eq!(peka::db::schema_version(&v12).unwrap(), 12);
    assert_eq!(
        peka::db::schema_version(&v13).unwrap(),
        schema::current_version()
    );

    let codes = |all: Vec<&'static str>| -> Vec<Value> {
        all.into_iter().map(|c| Value::Text(c.into())).collect()
    };
    let odd = || -> Vec<Value> {
        vec![
            Value::Null,
            Value::Text(String::new()),
            Value::Text("X".into()),
            Value::Text("pns".into()),
            Value::Text(" PNS".into()),
            Value::Text("PNS ".into()),
            Value::Text("aktif".into()),
            Value::Text("S4".into()),
            Value::Text("'PNS'".into()),
            Value::Integer(1),
            Value::Real(1.5),
            Value::Blob(b"PNS".to_vec()),
            Value::Blob(b"AKTIF".to_vec()),
        ]
    };
    let with_odd = |mut v: Vec<Value>| {
        v.extend(odd());
        v
    };
    // Each column V13 rewrote, with the codes of its enum and values that
    // are not codes. Employee 1 is a PNS PELAKSANA (no jenjang); the
    // jenjang is tried on a JF_KEAHLIAN.
    let probes: Vec<(&str, Vec<Value>)> = vec![
        (
            "UPDATE pegawai SET jenis_asn = ?1 WHERE id = 1",
            with_odd(codes(AsnKind::ALL.iter().map(|v| v.as_code()).collect())),
        ),
        (
            "UPDATE pegawai SET pendidikan_terakhir = ?1 WHERE id = 1",
            with_odd(codes(Education::ALL.iter().map(|v| v.as_code()).collect())),
        ),
        (
            "UPDATE pegawai SET jenis_jabatan = ?1 WHERE id = 1",
            with_odd(codes(
                PositionKind::ALL.iter().map(|v| v.as_code()).collect(),
            )),
        ),
        (
            "UPDATE pegawai SET jenis_jabatan = 'JF_KEAHLIAN', jenjang_jf = ?1 WHERE id = 1",
            with_odd(codes(JfLevel::ALL.iter().map(|v| v.as_code()).collect())),
        ),
        (
            "UPDATE pegawai SET status = ?1 WHERE id = 1",
            with_odd(codes(
                EmployeeStatus::ALL.iter().map(|v| v.as_code()).collect(),
            )),
        ),
        (
            "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (1, ?1, '2026-02-01')",
            with_odd(codes(
                EmployeeStatus::ALL.iter().map(|v| v.as_code()).collect(),
            )),
        ),
        (
            "INSERT INTO pegawai (nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                                  jenis_jabatan, nama_jabatan, unit_kerja_id, status)
             VALUES ('199002022015042009', 'Baru', 'L', '1990-02-02', 'PPPK', 'IX',
                     'PELAKSANA', 'Staf', 1, ?1)",
            with_odd(codes(
                EmployeeStatus::ALL.iter().map(|v| v.as_code()).collect(),
            )),
        ),
    ];
    let mut accepted = 0;
    let mut refused = 0;
    for (sql, values) in &probes {
        for v in values {
            let old = outcome(&v12, sql, v);
            let new = outcome(&v13, sql, v);
            assert_eq!(old, new, "{sql} with {v:?}");
            if new.starts_with("ok") {
                accepted += 1;
            } else {
                refused += 1;
                assert!(new.starts_with("refused"), "{sql} with {v:?}: {new}");
            }
        }
    }
    // Every code is accepted, no odd value but NULL in a nullable column.
    assert!(accepted >= 50, "{accepted}");
    assert!(refused >= 70, "{refused}");
    // A refusal names the column, as before (the forms' message reads it).
    assert_eq!(
        outcome(
            &v13,
            "UPDATE pegawai SET jenis_asn = ?1 WHERE id = 1",
            &Value::Text("X".into())
        ),
        format!(
            "refused {:?} {:?}",
            ConstraintKind::Check,
            Some("jenis_asn".to_string())
        )
    );
    assert_eq!(one::<String>(&v13, "PRAGMA integrity_check"), "ok");
}

#[test]
fn v13_refuses_to_start_while_foreign_keys_are_on_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, c) = v12_file(dir.path());
    fill(&c);
    refuses_while_foreign_keys_are_on(&c, 12);
}

#[test]
fn a_failed_v13_leaves_the_v12_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v12_file(dir.path());
    fill(&c);
    // Something in the way of the rebuild of riwayat_status, the last table.
    c.execute_batch("CREATE TABLE riwayat_status_v13 (x)")
        .unwrap();
    let before = dump_content(&c).unwrap();
    let sequences_before = sequences(&c);
    assert!(peka::db::migrate(&c).is_err());
    assert_eq!(one::<i64>(&c, "PRAGMA foreign_keys"), 1);
    assert_eq!(one::<i64>(&c, "PRAGMA legacy_alter_table"), 0);
    assert_eq!(one::<i64>(&c, "PRAGMA ignore_check_constraints"), 0);
    assert_eq!(dump_content(&c).unwrap(), before);
    assert_eq!(sequences(&c), sequences_before);
    drop(c);
    assert!(open(&path, OpenMode::ReadWrite).is_err());
    let c = Connection::open(&path).unwrap();
    assert_eq!(peka::db::schema_version(&c).unwrap(), 12);
    assert_eq!(dump_content(&c).unwrap(), before);
}

#[test]
fn chains_read_back_as_the_lists_they_replace() {
    assert_eq!(
        chains_as_lists("CHECK(x='A'ORx='B'ORx='C')"),
        "CHECK(xIN('A','B','C'))"
    );
    assert_eq!(
        chains_as_lists("CHECK(xISNULLORx='A'ORx='B'ORx='C')"),
        "CHECK(xISNULLORxIN('A','B','C'))"
    );
    // Two terms, or terms on different columns, are left alone.
    assert_eq!(chains_as_lists("x='A'ORx='B'"), "x='A'ORx='B'");
    assert_eq!(
        chains_as_lists("CHECK(jenis_dokumen='PKS'ORinduk_idISNULL)"),
        "CHECK(jenis_dokumen='PKS'ORinduk_idISNULL)"
    );
}
