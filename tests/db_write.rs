//! The write layer on real files: version-checked saves across two
//! connections, audit rows in the same transaction, history kept, deletes
//! refused when history exists, lookups, and the V1 → V2 migration. Every
//! test works in a temporary folder (a fresh file or a copy of sample.db).

use peka::db::employees_write::{self as ew, EmployeeInput, StatusChange};
use peka::db::record;
use peka::db::write::{Actor, ConstraintKind, WriteError};
use peka::db::{OpenMode, open, schema};
use peka::domain::enums::EmployeeStatus;
use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn sample_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

fn connect(path: &Path) -> Connection {
    open(path, OpenMode::ReadWrite).unwrap_or_else(|e| panic!("open {}: {e:?}", path.display()))
}

/// A new file with one unit (id 1) and nothing else.
fn fresh() -> (TempDir, PathBuf, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.db");
    let conn = open(&path, OpenMode::CreateIfMissing).unwrap();
    conn.execute(
        "INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis) VALUES (1, 'U1', 'Badan Kepegawaian', 'BKPSDM', 'BADAN')",
        [],
    )
    .unwrap();
    (dir, path, conn)
}

fn budi() -> Actor {
    Actor::new("budi", "10.0.0.5")
}

/// A PNS whose TMT pengangkatan is the first of the month in NIP digits 9–14.
fn employee(nip: &str, name: &str) -> EmployeeInput {
    let digits: String = nip.chars().filter(char::is_ascii_digit).collect();
    let tmt = if digits.len() == 18 {
        format!("{}-{}-01", &digits[8..12], &digits[12..14])
    } else {
        "2015-04-01".into()
    };
    EmployeeInput {
        nip: nip.into(),
        nik: None,
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
        tmt_pengangkatan: Some(tmt),
        tmt_jabatan: None,
        email: "aminah@example.org".into(),
        telepon: "0812".into(),
    }
}

const NIP_A: &str = "199002022015042002";
const NIP_B: &str = "198003032005011003";

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The audit rows of one entity row: (action, before, after).
fn audit_rows(
    conn: &Connection,
    entity: &str,
    id: i64,
) -> Vec<(String, Option<Value>, Option<Value>)> {
    let mut st = conn
        .prepare("SELECT aksi, sebelum, sesudah FROM audit WHERE entitas = ?1 AND entitas_id = ?2 ORDER BY id")
        .unwrap();
    st.query_map(rusqlite::params![entity, id], |r| {
        let json = |s: Option<String>| s.map(|s| serde_json::from_str::<Value>(&s).unwrap());
        Ok((r.get(0)?, json(r.get(1)?), json(r.get(2)?)))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

// ---------------------------------------------------------------- employees

#[test]
fn insert_stores_every_field_starts_the_history_and_audits_once() {
    let (_d, _p, conn) = fresh();
    let mut input = employee(" 1990 0202 2015 04 2 002 ", "  Aminah ");
    input.nik = Some(String::new());
    input.tmt_jabatan = Some("  ".into());
    let id = record::insert(&conn, &input, &budi()).unwrap();

    let (stored, version, status) = ew::load(&conn, id).unwrap().unwrap();
    assert_eq!(stored, input.normalized());
    assert_eq!(stored.nip, NIP_A);
    assert_eq!(stored.nama, "Aminah");
    assert_eq!((stored.nik, stored.tmt_jabatan), (None, None));
    assert_eq!((version, status.as_str()), (1, "AKTIF"));

    let history = ew::status_history(&conn, id).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].status, EmployeeStatus::Aktif);
    assert_eq!(history[0].date, "2015-04-01");
    assert_eq!(history[0].recorded_by, "budi");

    let audit = audit_rows(&conn, "pegawai", id);
    assert_eq!(audit.len(), 1);
    let (action, before, after) = &audit[0];
    assert_eq!(action, "TAMBAH");
    assert!(before.is_none());
    let after = after.as_ref().unwrap();
    assert_eq!(after["nip"], NIP_A);
    assert_eq!(after["version"], 1);
    assert_eq!(after["riwayat_status"]["status"], "AKTIF");
    let (user, ssh): (String, String) = conn
        .query_row("SELECT pengguna, klien_ssh FROM audit", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((user.as_str(), ssh.as_str()), ("budi", "10.0.0.5"));
}

#[test]
fn update_bumps_the_version_and_audits_before_and_after() {
    let (_d, _p, conn) = fresh();
    let id = record::insert(&conn, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    let mut edit = employee(NIP_A, "Aminah Yusuf");
    edit.golongan = Some("III/b".into());
    assert_eq!(record::update(&conn, id, 1, &edit, &budi()), Ok(2));
    let (stored, version, _) = ew::load(&conn, id).unwrap().unwrap();
    assert_eq!((stored, version), (edit.clone(), 2));

    let audit = audit_rows(&conn, "pegawai", id);
    assert_eq!(audit.len(), 2);
    let (action, before, after) = &audit[1];
    assert_eq!(action, "UBAH");
    let (before, after) = (before.as_ref().unwrap(), after.as_ref().unwrap());
    assert_eq!(
        (&before["nama"], &after["nama"]),
        (&Value::from("Aminah"), &Value::from("Aminah Yusuf"))
    );
    assert_eq!(
        (&before["golongan"], &after["golongan"]),
        (&Value::from("III/a"), &Value::from("III/b"))
    );
    assert_eq!(
        (&before["version"], &after["version"]),
        (&Value::from(1), &Value::from(2))
    );

    // Saving the same values again writes nothing and keeps the version.
    assert_eq!(record::update(&conn, id, 2, &edit, &budi()), Ok(2));
    assert_eq!(audit_rows(&conn, "pegawai", id).len(), 2);
}

#[test]
fn constraint_errors_name_the_field_and_leave_nothing_behind() {
    let (_d, _p, conn) = fresh();
    let a = record::insert(&conn, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    let before = (
        count(&conn, "SELECT count(*) FROM pegawai"),
        count(&conn, "SELECT count(*) FROM riwayat_status"),
        count(&conn, "SELECT count(*) FROM audit"),
    );
    let refused = |input: EmployeeInput| record::insert(&conn, &input, &budi()).unwrap_err();

    assert_eq!(
        refused(employee("1990 0202 2015042002", "Kembar")),
        WriteError::Constraint {
            column: Some("nip".into()),
            kind: ConstraintKind::Unique
        }
    );
    let mut e = employee(NIP_B, "Budi");
    e.nip = "19800303200501100".into();
    assert_eq!(
        refused(e),
        WriteError::constraint("nip", ConstraintKind::Check)
    );
    let mut e = employee(NIP_B, "Budi");
    e.tanggal_lahir = "1980-02-30".into();
    assert_eq!(
        refused(e),
        WriteError::constraint("tanggal_lahir", ConstraintKind::Check)
    );
    let mut e = employee(NIP_B, "Budi");
    e.unit_kerja_id = 99;
    assert_eq!(
        refused(e),
        WriteError::constraint("unit_kerja_id", ConstraintKind::ForeignKey)
    );
    let mut e = employee(NIP_B, "Budi");
    e.golongan = Some("III/z".into());
    assert_eq!(
        refused(e),
        WriteError::constraint("golongan", ConstraintKind::ForeignKey)
    );
    assert_eq!(
        refused(employee(NIP_B, "   ")),
        WriteError::constraint("nama", ConstraintKind::Check)
    );

    // NIK clash on an update: the edit is refused and the row is untouched.
    let mut with_nik = employee(NIP_B, "Budi");
    with_nik.nik = Some("1173010303800001".into());
    let b = record::insert(&conn, &with_nik, &budi()).unwrap();
    let mut clash = employee(NIP_A, "Aminah");
    clash.nik = with_nik.nik.clone();
    assert_eq!(
        record::update(&conn, a, 1, &clash, &budi()),
        Err(WriteError::constraint("nik", ConstraintKind::Unique))
    );
    assert_eq!(
        ew::load(&conn, a).unwrap().unwrap().0,
        employee(NIP_A, "Aminah")
    );
    assert_eq!(ew::load(&conn, a).unwrap().unwrap().1, 1);

    let after = (
        count(&conn, "SELECT count(*) FROM pegawai") - 1,
        count(&conn, "SELECT count(*) FROM riwayat_status") - 1,
        count(&conn, "SELECT count(*) FROM audit") - 1,
    );
    assert_eq!(before, after, "only the insert of {b} left rows");
    assert!(conn.is_autocommit());
}

#[test]
fn nip_taken_ignores_spaces_and_the_record_itself() {
    let (_d, _p, conn) = fresh();
    let id = record::insert(&conn, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    assert!(ew::nip_taken(&conn, "19900202 20150420 02", None).unwrap());
    assert!(!ew::nip_taken(&conn, NIP_A, Some(id)).unwrap());
    assert!(ew::nip_taken(&conn, NIP_A, Some(id + 1)).unwrap());
    assert!(!ew::nip_taken(&conn, NIP_B, None).unwrap());
}

#[test]
fn a_stale_edit_from_a_second_connection_is_refused_and_the_newer_value_survives() {
    let (_d, path, setup) = fresh();
    let id = record::insert(&setup, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    drop(setup);
    let a = connect(&path);
    let b = connect(&path);
    let (mut form_a, va, _) = ew::load(&a, id).unwrap().unwrap();
    let (mut form_b, vb, _) = ew::load(&b, id).unwrap().unwrap();
    assert_eq!((va, vb), (1, 1));

    form_a.nama = "Aminah Yusuf".into();
    assert_eq!(
        record::update(&a, id, va, &form_a, &Actor::new("andi", "10.0.0.7")),
        Ok(2)
    );

    form_b.nama = "Aminah Z".into();
    let err = record::update(&b, id, vb, &form_b, &budi()).unwrap_err();
    let WriteError::Conflict {
        changed_by,
        changed_at,
    } = err
    else {
        panic!("expected a conflict, got {err:?}");
    };
    assert_eq!(changed_by.as_deref(), Some("andi (10.0.0.7)"));
    assert!(changed_at.is_some_and(|t| t.len() == 19));
    assert_eq!(ew::load(&b, id).unwrap().unwrap().0.nama, "Aminah Yusuf");
    assert_eq!(ew::load(&b, id).unwrap().unwrap().1, 2);
    // The stale status change and delete are refused the same way.
    let change = StatusChange {
        status: EmployeeStatus::Cuti,
        date: "2026-01-05".into(),
        nomor_sk: String::new(),
        note: String::new(),
    };
    assert!(matches!(
        ew::change_status(&b, id, 1, &change, &budi()),
        Err(WriteError::Conflict { .. })
    ));
    assert!(matches!(
        record::delete::<EmployeeInput>(&b, id, 1, &budi()),
        Err(WriteError::Conflict { .. })
    ));
    assert_eq!(audit_rows(&b, "pegawai", id).len(), 2);

    // Deleted by A: B's save says so.
    record::delete::<EmployeeInput>(&a, id, 2, &Actor::new("andi", "")).unwrap();
    assert_eq!(
        record::update(&b, id, 2, &form_b, &budi()),
        Err(WriteError::NotFound)
    );
}

#[test]
fn a_write_waits_for_the_lock_then_reports_busy() {
    let (_d, path, setup) = fresh();
    let id = record::insert(&setup, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    let holder = connect(&path);
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let writer = connect(&path);
    writer
        .busy_timeout(std::time::Duration::from_millis(50))
        .unwrap();
    assert_eq!(
        record::update(&writer, id, 1, &employee(NIP_A, "Aminah Y"), &budi()),
        Err(WriteError::Busy)
    );
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(
        record::update(&writer, id, 1, &employee(NIP_A, "Aminah Y"), &budi()),
        Ok(2)
    );
}

#[test]
fn status_changes_keep_their_history_and_the_latest_date_counts() {
    let (_d, path) = sample_copy();
    let conn = connect(&path);
    // An employee in service whose history is only the appointment (as seeded).
    let id: i64 = conn
        .query_row(
            "SELECT id FROM pegawai e WHERE status = 'AKTIF'
             AND (SELECT count(*) FROM riwayat_status r WHERE r.pegawai_id = e.id) = 1 ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (_, v, _) = ew::load(&conn, id).unwrap().unwrap();
    let change = |status, date: &str| StatusChange {
        status,
        date: date.into(),
        nomor_sk: "800/123/2026".into(),
        note: "SK Wali Kota".into(),
    };
    let v = ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::Cuti, "2026-01-05"),
        &budi(),
    )
    .unwrap();
    let v = ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::Pensiun, "2026-07-01"),
        &budi(),
    )
    .unwrap();
    let history = ew::status_history(&conn, id).unwrap();
    assert_eq!(
        history
            .iter()
            .map(|h| (h.status, h.date.as_str()))
            .collect::<Vec<_>>(),
        vec![
            (EmployeeStatus::Pensiun, "2026-07-01"),
            (EmployeeStatus::Cuti, "2026-01-05"),
            (EmployeeStatus::Aktif, history[2].date.as_str()),
        ]
    );
    assert_eq!(history[0].nomor_sk, "800/123/2026");
    let (status, date): (String, String) = conn
        .query_row(
            "SELECT status, tanggal_status FROM pegawai WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((status.as_str(), date.as_str()), ("PENSIUN", "2026-07-01"));
    assert!(ew::has_history(&conn, id).unwrap());

    // A back-dated entry joins the history but does not replace a later status.
    let v = ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::TugasBelajar, "2025-09-01"),
        &budi(),
    )
    .unwrap();
    assert_eq!(ew::load(&conn, id).unwrap().unwrap().2, "PENSIUN");
    assert_eq!(ew::status_history(&conn, id).unwrap().len(), 4);

    // Each change left one audit row carrying the new history row.
    let audit = audit_rows(&conn, "pegawai", id);
    assert_eq!(audit.len(), 3);
    assert_eq!(audit[1].1.as_ref().unwrap()["status"], "CUTI");
    assert_eq!(audit[1].2.as_ref().unwrap()["status"], "PENSIUN");
    assert_eq!(
        audit[1].2.as_ref().unwrap()["riwayat_status"]["nomor_sk"],
        "800/123/2026"
    );

    // A bad date is refused and leaves no trace.
    let bad = change(EmployeeStatus::Aktif, "2026-13-01");
    assert_eq!(
        ew::change_status(&conn, id, v, &bad, &budi()),
        Err(WriteError::constraint(
            "tanggal_mulai",
            ConstraintKind::Check
        ))
    );
    assert_eq!(ew::status_history(&conn, id).unwrap().len(), 4);
    assert_eq!(audit_rows(&conn, "pegawai", id).len(), 3);
    assert_eq!(ew::load(&conn, id).unwrap().unwrap().1, v);
}

#[test]
fn delete_is_refused_for_an_employee_with_history_and_allowed_for_a_mistake() {
    let (_d, path) = sample_copy();
    let conn = connect(&path);
    let enrolled: i64 = conn
        .query_row(
            "SELECT pegawai_id FROM peserta_pelatihan pp JOIN pegawai e ON e.id = pp.pegawai_id
             WHERE e.status = 'AKTIF' ORDER BY pegawai_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (_, v, _) = ew::load(&conn, enrolled).unwrap().unwrap();
    assert!(ew::has_history(&conn, enrolled).unwrap());
    let audit_before = count(&conn, "SELECT count(*) FROM audit");
    assert_eq!(
        record::delete::<EmployeeInput>(&conn, enrolled, v, &budi()),
        Err(WriteError::HasHistory)
    );
    assert!(ew::load(&conn, enrolled).unwrap().is_some());
    assert_eq!(count(&conn, "SELECT count(*) FROM audit"), audit_before);

    let unit: i64 = conn
        .query_row("SELECT min(id) FROM unit_kerja", [], |r| r.get(0))
        .unwrap();
    let mut input = employee("199901012024012001", "Salah Ketik");
    input.unit_kerja_id = unit;
    let id = record::insert(&conn, &input, &budi()).unwrap();
    assert!(!ew::has_history(&conn, id).unwrap());
    record::delete::<EmployeeInput>(&conn, id, 1, &budi()).unwrap();
    assert!(ew::load(&conn, id).unwrap().is_none());
    assert!(ew::status_history(&conn, id).unwrap().is_empty());
    let audit = audit_rows(&conn, "pegawai", id);
    assert_eq!(audit.len(), 2);
    let (action, before, after) = &audit[1];
    assert_eq!(action, "HAPUS");
    assert!(after.is_none());
    let before = before.as_ref().unwrap();
    assert_eq!(before["nama"], "Salah Ketik");
    assert_eq!(before["riwayat_status"].as_array().unwrap().len(), 1);
    assert_eq!(
        record::delete::<EmployeeInput>(&conn, id, 1, &budi()),
        Err(WriteError::NotFound)
    );
}

#[test]
fn the_audit_table_still_refuses_update_and_delete() {
    let (_d, _p, conn) = fresh();
    record::insert(&conn, &employee(NIP_A, "Aminah"), &budi()).unwrap();
    assert!(conn.execute("UPDATE audit SET pengguna = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM audit", []).is_err());
    assert_eq!(
        count(&conn, "SELECT count(*) FROM audit WHERE pengguna = 'budi'"),
        1
    );
}

// ---------------------------------------------------------------- migration

#[test]
fn a_v1_file_migrates_to_v2_and_backfills_the_history_of_those_out_of_service() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(schema::MIGRATIONS[0]).unwrap();
        c.execute_batch(
            "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (1, 'U1', 'Dinas', 'DINAS');
             INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, jenis_jabatan,
                                  nama_jabatan, unit_kerja_id, status, tanggal_status) VALUES
               (1, '196205051985031005', 'Dedi', 'L', '1962-05-05', 'PNS', 'PELAKSANA', 'Staf', 1, 'PENSIUN', '2024-06-01'),
               (2, '199002022015042002', 'Aminah', 'P', '1990-02-02', 'PNS', 'PELAKSANA', 'Staf', 1, 'AKTIF', NULL);
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(
        peka::db::schema_version(&conn).unwrap(),
        schema::current_version()
    );
    // V4: the retirement ages and the window of the retiring list arrive as data.
    assert_eq!(count(&conn, "SELECT count(*) FROM batas_usia_pensiun"), 11);
    assert_eq!(
        peka::db::settings::load(&conn).unwrap().retirement_months,
        12
    );
    let h1 = ew::status_history(&conn, 1).unwrap();
    assert_eq!(h1.len(), 1);
    assert_eq!(
        (h1[0].status, h1[0].date.as_str()),
        (EmployeeStatus::Pensiun, "2024-06-01")
    );
    assert!(ew::status_history(&conn, 2).unwrap().is_empty());
    // The migrated file takes writes at once.
    // The migrated file takes writes at once; its PNS without golongan (a
    // V1 file allowed that) must get one with the next save (V3's rule).
    let (mut e, v, _) = ew::load(&conn, 2).unwrap().unwrap();
    e.nama = "Aminah Y".into();
    assert_eq!(
        record::update(&conn, 2, v, &e, &budi()),
        Err(WriteError::constraint("golongan", ConstraintKind::Check))
    );
    e.golongan = Some("III/a".into());
    assert_eq!(record::update(&conn, 2, v, &e, &budi()), Ok(2));
}

#[test]
fn a_failing_v2_migration_leaves_the_v1_file_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(schema::MIGRATIONS[0]).unwrap();
        // A table in the way makes V2's CREATE TABLE fail halfway.
        c.execute_batch("CREATE TABLE riwayat_status (x); PRAGMA user_version = 1;")
            .unwrap();
    }
    assert!(open(&path, OpenMode::ReadWrite).is_err());
    let c = Connection::open(&path).unwrap();
    assert_eq!(peka::db::schema_version(&c).unwrap(), 1);
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM sqlite_master WHERE name IN ('audit_entitas', 'riwayat_status_pegawai')"
        ),
        0
    );
}

#[test]
fn the_history_status_list_is_the_employee_status_enum() {
    let (_d, _p, conn) = fresh();
    let sql: String = conn
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'riwayat_status'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // Since V13 a chain of comparisons (an IN list built an index per insert).
    let compact: String = sql.split_whitespace().collect();
    let chain: Vec<String> = EmployeeStatus::ALL
        .iter()
        .map(|s| format!("status='{}'", s.as_code()))
        .collect();
    assert!(
        compact.contains(&format!("CHECK({})", chain.join("OR"))),
        "{sql}"
    );
}
