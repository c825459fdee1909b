//! The saves the robustness suites (`tests/crash.rs`, `tests/concurrency.rs`)
//! make: the library's own write functions, the ones the forms call — each
//! one `BEGIN IMMEDIATE` transaction that also appends its audit entries.
//!
//! - a new employee (`record::insert`): the row, its first status row, one
//!   audit entry;
//! - an edit of four fields of an employee at once (`record::update`,
//!   version-checked): the fields carry the same token, so a half-applied
//!   edit would show;
//! - a status change (`employees_write::change_status`): a history row, the
//!   employee's status and version, one audit entry;
//! - several employees enrolled in a training at once
//!   (`trainings::enroll_many`): all or none, one audit entry each.

#![allow(dead_code)]

use peka::db::employees_write::{self, EmployeeInput, StatusChange};
use peka::db::record;
use peka::db::trainings;
use peka::db::write::{Actor, WriteError};
use peka::domain::enums::{EmployeeStatus, EnrollmentStatus, ProposalSource};
use rusqlite::Connection;

/// The ids a query returns, in its order.
pub fn ids(conn: &Connection, sql: &str) -> Vec<i64> {
    let mut stmt = conn.prepare(sql).expect(sql);
    stmt.query_map([], |r| r.get(0))
        .expect(sql)
        .collect::<rusqlite::Result<_>>()
        .expect(sql)
}

pub fn employee_ids(conn: &Connection) -> Vec<i64> {
    ids(conn, "SELECT id FROM pegawai ORDER BY id")
}

/// Trainings that take new participants without a quota to run out of.
pub fn open_trainings(conn: &Connection) -> Vec<i64> {
    ids(
        conn,
        "SELECT id FROM pelatihan WHERE status IN ('RENCANA', 'PENDAFTARAN') ORDER BY id",
    )
}

/// The first employee of the file, as the template of new ones (a valid
/// unit, golongan and position).
pub fn template(conn: &Connection) -> EmployeeInput {
    let first = employee_ids(conn)[0];
    employees_write::load(conn, first)
        .expect("load an employee")
        .expect("the first employee")
        .0
}

/// A PNS whose NIP no other `(lane, n)` gives: born `lane * 400 + n / 999`
/// days after 1 January 1970, TMT CPNS January 2010, sequence `n % 999 + 1`.
pub fn new_employee_input(t: &EmployeeInput, lane: u32, n: u32) -> EmployeeInput {
    let birth = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
        + chrono::Duration::days(i64::from(lane * 400 + n / 999));
    let nip = format!(
        "{}201001{}{:03}",
        birth.format("%Y%m%d"),
        if n.is_multiple_of(2) { '1' } else { '2' },
        n % 999 + 1
    );
    EmployeeInput {
        nip,
        nik: None,
        nama: format!("Uji L{lane} N{n}"),
        // Every field an edit changes is set: the template may have been
        // edited since another process read it.
        tempat_lahir: "Lhokseumawe".into(),
        jenis_kelamin: if n.is_multiple_of(2) { "L" } else { "P" }.into(),
        tanggal_lahir: birth.format("%Y-%m-%d").to_string(),
        jenis_asn: "PNS".into(),
        tmt_pengangkatan: Some("2010-01-01".into()),
        email: String::new(),
        telepon: String::new(),
        ..t.clone()
    }
}

pub fn new_employee(
    conn: &Connection,
    t: &EmployeeInput,
    lane: u32,
    n: u32,
    actor: &Actor,
) -> Result<i64, WriteError> {
    record::insert(conn, &new_employee_input(t, lane, n), actor)
}

/// Sets name, birthplace, e-mail and phone of employee `id` to values made
/// of `token`; returns the new version.
pub fn edit_employee(
    conn: &Connection,
    id: i64,
    token: &str,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let (mut e, version, _) = employees_write::load(conn, id)?.ok_or(WriteError::NotFound)?;
    e.nama = format!("Nama {token}");
    e.tempat_lahir = format!("Kota {token}");
    e.email = format!("{token}@contoh.go.id");
    e.telepon = format!("0812-{token}");
    record::update(conn, id, version, &e, actor)
}

/// Records a status change of employee `id` (leave, then back in service,
/// by `n`); returns the new version.
pub fn change_status(conn: &Connection, id: i64, n: u32, actor: &Actor) -> Result<i64, WriteError> {
    let (_, version, _) = employees_write::load(conn, id)?.ok_or(WriteError::NotFound)?;
    let date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()
        + chrono::Duration::days(i64::from(n % 1500));
    let change = StatusChange {
        status: if n.is_multiple_of(2) {
            EmployeeStatus::Cuti
        } else {
            EmployeeStatus::Aktif
        },
        date: date.format("%Y-%m-%d").to_string(),
        nomor_sk: format!("SK/{n}"),
        note: format!("uji {n}"),
    };
    employees_write::change_status(conn, id, version, &change, actor)
}

/// Enrolls `employees` in training `training` at once; returns how many
/// were added (those enrolled already are skipped).
pub fn enroll(
    conn: &Connection,
    training: i64,
    employees: &[i64],
    actor: &Actor,
) -> Result<usize, WriteError> {
    trainings::enroll_many(
        conn,
        training,
        employees,
        EnrollmentStatus::Diusulkan,
        ProposalSource::Opd,
        actor,
    )
}

/// Adds a training open for registration, without a quota, copied from the
/// first open one (`record::insert`, as the training form saves); returns
/// its id.
pub fn new_training(
    conn: &Connection,
    lane: u32,
    n: u32,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let first = open_trainings(conn)[0];
    let (mut t, _) =
        record::load::<trainings::TrainingInput>(conn, first)?.ok_or(WriteError::NotFound)?;
    t.kode = format!("UJI-{lane}-{n}");
    t.nama = format!("Pelatihan uji {lane}-{n}");
    t.kuota = None;
    t.status = "PENDAFTARAN".into();
    record::insert(conn, &t, actor)
}

/// Writes an import file of new employees (`new_employee_input(t, lane, n)`
/// for each `n`, in unit `unit_code`) with the export's column names;
/// returns their NIPs.
pub fn write_employee_csv(
    path: &std::path::Path,
    t: &EmployeeInput,
    unit_code: &str,
    lane: u32,
    ns: impl Iterator<Item = u32>,
) -> Vec<String> {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record([
        "nip",
        "nama",
        "jenis_kelamin",
        "tanggal_lahir",
        "jenis_asn",
        "golongan",
        "jenis_jabatan",
        "jabatan",
        "kode_unit",
        "tmt_pengangkatan",
    ])
    .unwrap();
    let mut nips = Vec::new();
    for n in ns {
        let e = new_employee_input(t, lane, n);
        w.write_record([
            e.nip.as_str(),
            e.nama.as_str(),
            e.jenis_kelamin.as_str(),
            e.tanggal_lahir.as_str(),
            e.jenis_asn.as_str(),
            e.golongan.as_deref().unwrap_or(""),
            e.jenis_jabatan.as_str(),
            e.nama_jabatan.as_str(),
            unit_code,
            e.tmt_pengangkatan.as_deref().unwrap_or(""),
        ])
        .unwrap();
        nips.push(e.nip);
    }
    w.flush().unwrap();
    nips
}
