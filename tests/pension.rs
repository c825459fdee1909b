//! Status changes dated ahead (issue 6 item 6) on real files: a pension
//! recorded before its date keeps the employee in service and in every count
//! until the day, then takes effect without anything being written; the list
//! of those reaching their retirement age (BUP) soon, from the ages stored in
//! `batas_usia_pensiun`. Every test works on a copy of sample.db (reference
//! date 2026-11-28) in a temporary folder.

use chrono::NaiveDate;
use peka::db::employees_write::{self as ew, StatusChange};
use peka::db::export::{self as dbx, Cell, Table};
use peka::db::retirement::{self, RetirementRow};
use peka::db::write::Actor;
use peka::db::{self, OpenMode, open};
use peka::domain::enums::EmployeeStatus;
use peka::domain::jp::JpTargets;
use rusqlite::Connection;
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

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn set_reference_date(conn: &Connection, day: &str) {
    conn.execute(
        "UPDATE pengaturan SET nilai = ?1 WHERE kunci = 'tanggal_acuan'",
        [day],
    )
    .unwrap();
}

/// Employees in service today (the reference date of the file).
fn in_service_ids(conn: &Connection) -> Vec<i64> {
    db::employees::list(conn, 2026, false)
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

/// (employees counted in `unit`'s 20-JP compliance of 2026, in service in `unit_id`
/// itself per the unit list, gap rows of `nip`).
fn counts(conn: &Connection, unit: &str, unit_id: i64, nip: &str) -> (i64, i64, usize) {
    let compliance = db::monitoring::jp_compliance(conn, 2026, &JpTargets::uniform(20.0))
        .unwrap()
        .into_iter()
        .find(|c| c.unit == unit)
        .map_or(0, |c| c.employees);
    let staff = db::reference_read::list_units(conn)
        .unwrap()
        .into_iter()
        .find(|u| u.id == unit_id)
        .map_or(0, |u| u.employees);
    let gaps = db::reports::gaps(conn)
        .unwrap()
        .into_iter()
        .filter(|g| g.nip == nip)
        .count();
    (compliance, staff, gaps)
}

/// The exported `pegawai` row of `nip`: (status, tanggal_status,
/// status_terjadwal, tanggal_status_terjadwal).
fn exported(conn: &Connection, nip: &str) -> [Cell; 4] {
    let t: Table = dbx::employees(conn).unwrap();
    let col = |name: &str| t.columns.iter().position(|c| c == name).unwrap();
    let row = t
        .rows
        .iter()
        .find(|r| r[col("nip")] == Cell::Text(nip.into()))
        .unwrap();
    [
        row[col("status")].clone(),
        row[col("tanggal_status")].clone(),
        row[col("status_terjadwal")].clone(),
        row[col("tanggal_status_terjadwal")].clone(),
    ]
}

fn text(s: &str) -> Cell {
    Cell::Text(s.into())
}

/// An employee in service with competency gaps and no change recorded ahead,
/// placed in a top-level unit: (id, NIP, unit id, short unit name).
fn someone_in_service(conn: &Connection) -> (i64, String, i64, String) {
    let with_gaps: Vec<String> = db::reports::gaps(conn)
        .unwrap()
        .into_iter()
        .map(|g| g.nip)
        .collect();
    let mut st = conn
        .prepare(
            "SELECT e.id, e.nip, e.unit_kerja_id,
                    CASE WHEN trim(u.singkatan) <> '' THEN u.singkatan ELSE u.nama END
             FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
             WHERE e.status = 'AKTIF' AND e.jenis_asn = 'PNS' AND u.induk_id IS NULL
               AND e.jenis_jabatan = 'PELAKSANA'
             ORDER BY e.id",
        )
        .unwrap();
    let rows = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap();
    rows.map(Result::unwrap)
        .find(|(_, nip, _, _): &(i64, String, i64, String)| with_gaps.contains(nip))
        .expect("a staff member with gaps")
}

#[test]
fn a_pension_dated_ahead_keeps_the_employee_in_service_and_in_every_count_until_its_day() {
    let (_dir, path) = sample_copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let (id, nip, unit_id, unit) = someone_in_service(&conn);
    let before = counts(&conn, &unit, unit_id, &nip);
    assert!(before.0 > 0 && before.1 > 0 && before.2 > 0, "{before:?}");
    let (_, version, _) = ew::load(&conn, id).unwrap().unwrap();
    let sk = StatusChange {
        status: EmployeeStatus::Pensiun,
        date: "2027-03-01".into(),
        nomor_sk: "800/77/2026".into(),
        note: String::new(),
    };
    ew::change_status(&conn, id, version, &sk, &Actor::new("budi", "")).unwrap();

    // On the reference date (28-11-2026) the pension is only scheduled.
    assert!(in_service_ids(&conn).contains(&id));
    let row = db::employees::list(&conn, 2026, false)
        .unwrap()
        .into_iter()
        .find(|r| r.id == id)
        .unwrap();
    assert_eq!(row.status, EmployeeStatus::Aktif);
    let s = row.scheduled.expect("the pension shows as scheduled");
    assert_eq!(
        (s.status, s.date.as_str()),
        (EmployeeStatus::Pensiun, "2027-03-01")
    );
    assert_eq!(
        counts(&conn, &unit, unit_id, &nip),
        before,
        "every count keeps them"
    );
    let detail = db::employees::detail(&conn, id).unwrap().unwrap();
    assert_eq!(detail.status, EmployeeStatus::Aktif);
    assert!(detail.scheduled.is_some());
    assert!(
        detail.status_history[0].scheduled,
        "the newest history row is ahead"
    );
    assert!(!detail.status_history[1].scheduled);
    assert!(
        ew::has_history(&conn, id).unwrap(),
        "a recorded pension is history"
    );
    // The status in effect began with the appointment (the first history row).
    let tmt: String = conn
        .query_row(
            "SELECT tmt_pengangkatan FROM pegawai WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        exported(&conn, &nip),
        [
            text("AKTIF"),
            text(&tmt),
            text("PENSIUN"),
            text("2027-03-01")
        ]
    );
    let state = ew::status_state(&conn, id).unwrap().unwrap();
    assert_eq!(state.now, EmployeeStatus::Aktif);
    assert_eq!(
        state.timeline.scheduled(d("2026-11-28")),
        Some((EmployeeStatus::Pensiun, d("2027-03-01")))
    );

    // The day before: still in service.
    set_reference_date(&conn, "2027-02-28");
    assert!(in_service_ids(&conn).contains(&id));
    let stored = |c: &Connection| -> (String, String, i64) {
        c.query_row(
            "SELECT status, tanggal_status, version FROM pegawai WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    let row_before = stored(&conn);
    let eve = counts(&conn, &unit, unit_id, &nip);

    // On its date the pension takes effect, with nothing written to the row:
    // every session — a read-only one too — derives the same status.
    set_reference_date(&conn, "2027-03-01");
    assert!(!in_service_ids(&conn).contains(&id));
    let reader = open(&path, OpenMode::ReadOnly).unwrap();
    assert!(!in_service_ids(&reader).contains(&id));
    assert_eq!(stored(&conn), row_before, "no write when the day comes");
    let (c, u, g) = counts(&reader, &unit, unit_id, &nip);
    // Gone from the unit's staff and the gaps; still counted in the JP
    // compliance of 2026, a year they served (Monitoring counts who served
    // during the year, as rekap-jp does).
    assert_eq!(
        (c, u, g),
        (eve.0, eve.1 - 1, 0),
        "gone from every count of people in service"
    );
    let detail = db::employees::detail(&reader, id).unwrap().unwrap();
    assert_eq!(detail.status, EmployeeStatus::Pensiun);
    assert_eq!(detail.scheduled, None);
    assert!(!detail.status_history[0].scheduled);
    assert_eq!(
        exported(&reader, &nip),
        [text("PENSIUN"), text("2027-03-01"), Cell::Null, Cell::Null]
    );
    // They still owe the JP of 2027 (served until March), not of 2028.
    let recap = |year| {
        db::reports::jp_summary(&reader, year, &JpTargets::uniform(20.0))
            .unwrap()
            .iter()
            .any(|r| r.nip == nip)
    };
    assert!(recap(2027) && !recap(2028));
}

#[test]
fn a_scheduled_change_is_judged_on_its_date_and_back_in_service_cancels_it() {
    let (_dir, path) = sample_copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let (id, ..) = someone_in_service(&conn);
    let actor = Actor::new("budi", "");
    let change = |status, date: &str| StatusChange {
        status,
        date: date.into(),
        nomor_sk: String::new(),
        note: String::new(),
    };
    let v = ew::load(&conn, id).unwrap().unwrap().1;
    let v = ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::Pensiun, "2027-06-01"),
        &actor,
    )
    .unwrap();
    // Leave before the pension, recorded later: it takes effect first.
    let v = ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::Cuti, "2027-01-02"),
        &actor,
    )
    .unwrap();
    let t = ew::status_state(&conn, id).unwrap().unwrap().timeline;
    assert_eq!(
        t.latest,
        EmployeeStatus::Pensiun,
        "the stored status is the latest change"
    );
    assert_eq!(t.on(d("2027-01-01")), EmployeeStatus::Aktif);
    assert_eq!(t.on(d("2027-01-02")), EmployeeStatus::Cuti);
    assert_eq!(t.on(d("2027-06-01")), EmployeeStatus::Pensiun);
    set_reference_date(&conn, "2027-02-01");
    let row = |c: &Connection| {
        db::employees::list(c, 2027, true)
            .unwrap()
            .into_iter()
            .find(|r| r.id == id)
            .unwrap()
    };
    assert_eq!(
        row(&conn).status,
        EmployeeStatus::Cuti,
        "SQL agrees with the timeline"
    );
    assert!(
        in_service_ids(&conn).contains(&id),
        "on leave is in service"
    );
    // Back in service on the pension's day cancels it (same day, recorded last).
    ew::change_status(
        &conn,
        id,
        v,
        &change(EmployeeStatus::Aktif, "2027-06-01"),
        &actor,
    )
    .unwrap();
    set_reference_date(&conn, "2027-07-01");
    assert_eq!(row(&conn).status, EmployeeStatus::Aktif);
    assert_eq!(row(&conn).scheduled, None);
}

fn due(conn: &Connection, today: &str) -> Vec<RetirementRow> {
    retirement::due(conn, d(today), 12).unwrap()
}

#[test]
fn the_retiring_list_holds_who_reaches_bup_within_the_window_soonest_first() {
    let (_dir, path) = sample_copy();
    let conn = open(&path, OpenMode::ReadOnly).unwrap();
    let rows = due(&conn, "2026-11-28");
    assert!(rows.len() >= 10, "{} rows", rows.len());
    let in_service = in_service_ids(&conn);
    let ages = retirement::ages(&conn).unwrap();
    for r in &rows {
        assert!(in_service.contains(&r.id));
        assert_eq!(
            Some(r.bup),
            retirement::age_for(&ages, r.position_kind, r.jf_level),
            "{}",
            r.nip
        );
        let pension = d(&r.pension_date);
        assert!(
            pension > d("2026-11-28") && pension <= d("2027-11-28"),
            "{}",
            r.pension_date
        );
        assert_eq!(pension.format("%d").to_string(), "01");
    }
    assert!(
        rows.windows(2)
            .all(|w| w[0].pension_date <= w[1].pension_date)
    );
    // The demo office has recorded the nearest pensions already, not all.
    let recorded = rows.iter().filter(|r| r.leaving_recorded()).count();
    assert!(
        recorded > 0 && recorded < rows.len(),
        "{recorded} of {}",
        rows.len()
    );
    for r in rows.iter().filter(|r| r.leaving_recorded()) {
        let s = r.scheduled.as_ref().unwrap();
        assert_eq!(
            (s.status, s.date.as_str()),
            (EmployeeStatus::Pensiun, r.pension_date.as_str())
        );
    }
    // A shorter window, from the setting, holds fewer.
    assert!(retirement::due(&conn, d("2026-11-28"), 3).unwrap().len() < rows.len());
}

#[test]
fn retirement_ages_are_data_and_a_missed_pension_is_listed_as_overdue() {
    let (_dir, path) = sample_copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let before = due(&conn, "2026-11-28");
    let staff = before
        .iter()
        .filter(|r| r.position_kind == peka::domain::enums::PositionKind::Pelaksana)
        .count();
    assert!(staff > 0);
    conn.execute(
        "UPDATE batas_usia_pensiun SET usia = 60 WHERE jenis_jabatan = 'PELAKSANA'",
        [],
    )
    .unwrap();
    let after = due(&conn, "2026-11-28");
    assert_eq!(
        after.len(),
        before.len() - staff,
        "two more years for pelaksana"
    );

    // Someone past the pension date and still in service comes first.
    let (id, ..) = someone_in_service(&conn);
    conn.execute(
        "UPDATE pegawai SET tanggal_lahir = '1966-01-15' WHERE id = ?1",
        [id],
    )
    .unwrap();
    let rows = due(&conn, "2026-11-28");
    assert_eq!(rows[0].id, id);
    assert_eq!(rows[0].pension_date, "2026-02-01");
    assert!(rows[0].overdue(d("2026-11-28")));
    assert!(!rows[1].overdue(d("2026-11-28")));
}
