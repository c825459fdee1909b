//! What the migration tests of V12, V13 and V19 share: an employee written
//! through the application, the actor, a file brought to an older schema by
//! that build's own migrations, and what every migrated file must be.
#![allow(dead_code)]

use peka::db::employees_write::EmployeeInput;
use peka::db::schema::MIGRATIONS;
use peka::db::write::Actor;
use rusqlite::Connection;
use std::path::{Path, PathBuf};

pub fn budi() -> Actor {
    Actor::new("budi", "10.0.0.5")
}

/// A PNS born 1990-02-02, appointed April 2015 (NIP `19900202201504 2 nnn`).
pub fn employee(seq: u32, name: &str) -> EmployeeInput {
    EmployeeInput {
        nip: format!("199002022015042{seq:03}"),
        nik: Some(format!("1173014202900{seq:03}")),
        nama: name.into(),
        gelar_depan: String::new(),
        gelar_belakang: "S.E.".into(),
        jenis_kelamin: "P".into(),
        tempat_lahir: "Lhokseumawe".into(),
        tanggal_lahir: "1990-02-02".into(),
        jenis_asn: "PNS".into(),
        golongan: Some("III/a".into()),
        tmt_golongan: Some("2015-04-01".into()),
        pendidikan_terakhir: Some("S1".into()),
        program_studi: "Manajemen".into(),
        jenis_jabatan: "PELAKSANA".into(),
        jenjang_jf: None,
        nama_jabatan: "Pengadministrasi Perkantoran".into(),
        unit_kerja_id: 1,
        tmt_pengangkatan: Some("2015-04-01".into()),
        tmt_jabatan: None,
        email: String::new(),
        telepon: String::new(),
    }
}

/// A file `v{version}.db` at that schema version, made by the migrations of
/// that build (foreign keys off while they run, as `db::migrate` has them),
/// with PEKA's SQL functions and foreign keys on afterwards.
pub fn file_at(dir: &Path, version: usize) -> (PathBuf, Connection) {
    let path = dir.join(format!("v{version}.db"));
    let c = Connection::open(&path).unwrap();
    peka::db::register_functions(&c).unwrap();
    // The bundled SQLite starts with foreign keys on; a rebuild needs them off.
    c.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    for (i, m) in MIGRATIONS.iter().enumerate().take(version) {
        c.execute_batch(m).unwrap();
        c.pragma_update(None, "user_version", (i + 1) as i64)
            .unwrap();
    }
    c.execute_batch(
        "PRAGMA legacy_alter_table = OFF; PRAGMA ignore_check_constraints = OFF;
         PRAGMA foreign_keys = ON;",
    )
    .unwrap();
    (path, c)
}

/// The reference date and one unit (id 1, Setdako): what the employees of
/// [`employee`] need.
pub fn one_unit(c: &Connection) {
    c.execute_batch(
        "INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
         INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis) VALUES
           (1, 'SETDAKO', 'Sekretariat Daerah', 'Setdako', 'SEKRETARIAT');",
    )
    .unwrap();
}

/// A file just opened (and so migrated) by PEKA: at the current version,
/// foreign keys on, the pragmas a rebuild sets put back, whole, no broken
/// reference, the audit chain intact.
pub fn migrated_whole(conn: &Connection) {
    assert_eq!(
        peka::db::schema_version(conn).unwrap(),
        peka::db::schema::current_version()
    );
    assert_eq!(one::<i64>(conn, "PRAGMA foreign_keys"), 1);
    assert_eq!(one::<i64>(conn, "PRAGMA legacy_alter_table"), 0);
    assert_eq!(one::<i64>(conn, "PRAGMA ignore_check_constraints"), 0);
    assert_eq!(one::<String>(conn, "PRAGMA integrity_check"), "ok");
    assert_eq!(
        one::<i64>(conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        0
    );
    assert_eq!(peka::db::audit::verify_chain(conn).unwrap(), None);
}

pub fn one<T: rusqlite::types::FromSql>(c: &Connection, sql: &str) -> T {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Migration `MIGRATIONS[index]`, a table rebuild, run on `c` while foreign
/// keys are on: it refuses to start (its guard names `aktif = 0`) and the
/// file's content stays as it was.
pub fn refuses_while_foreign_keys_are_on(c: &Connection, index: usize) {
    let before = peka::db::seed_store::dump_content(c).unwrap();
    let err = c.execute_batch(MIGRATIONS[index]).unwrap_err();
    assert!(err.to_string().contains("aktif = 0"), "{err}");
    assert_eq!(peka::db::seed_store::dump_content(c).unwrap(), before);
}
