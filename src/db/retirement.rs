//! Retirement: the ages of `batas_usia_pensiun` (BUP per kind of position and
//! jenjang, domain.md §4.8 — data, not code) and the list the office works
//! from: employees in service whose pension date comes within the next months.

use super::employees::{
    UNIT_SHORT_SQL, code, full_name, opt_code, scheduled_from, scheduled_sql, status_on_sql,
};
use super::model::ScheduledStatus;
use crate::domain::dates::{iso, parse_iso};
use crate::domain::enums::{AsnKind, EmployeeStatus, JfLevel, PositionKind};
use crate::domain::retirement::{pension_date, retirement_horizon};
use chrono::NaiveDate;
use rusqlite::{Connection, params};
use std::sync::LazyLock;

/// One employee of the list of those reaching their retirement age soon.
#[derive(Debug, Clone, PartialEq)]
pub struct RetirementRow {
    pub id: i64,
    pub nip: String,
    /// Name with degrees.
    pub name: String,
    pub asn_kind: AsnKind,
    /// Title of the position (nama_jabatan).
    pub position: String,
    pub position_kind: PositionKind,
    pub jf_level: Option<JfLevel>,
    /// Short unit name.
    pub unit: String,
    /// ISO birth date.
    pub birth_date: String,
    /// Retirement age of the position (from `batas_usia_pensiun`).
    pub bup: u32,
    /// ISO date the pension takes effect (`domain::retirement::pension_date`).
    pub pension_date: String,
    /// Status in effect on the day asked for (in service).
    pub status: EmployeeStatus,
    /// A change recorded ahead of its date (the pension, when already recorded).
    pub scheduled: Option<ScheduledStatus>,
}

impl RetirementRow {
    /// The pension date has come and the employee is still in service.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        parse_iso(&self.pension_date).is_some_and(|d| d <= today)
    }

    /// A change that takes the employee out of service is already recorded
    /// ahead of its date (normally the pension itself).
    pub fn leaving_recorded(&self) -> bool {
        self.scheduled
            .as_ref()
            .is_some_and(|s| !s.status.is_in_service())
    }
}

/// CTE `bup(pegawai_id, usia, rn)`: the retirement ages that apply to each
/// employee in service on `?1`; `rn = 1` is the most specific (a row for the
/// employee's jenjang beats the row for every jenjang of the kind).
static DUE_SQL: LazyLock<String> = LazyLock::new(|| {
    let now = status_on_sql("e", "?1");
    format!(
        "WITH bup AS (
    SELECT e.id AS pegawai_id, b.usia,
           ROW_NUMBER() OVER (PARTITION BY e.id ORDER BY (b.jenjang_jf <> '') DESC, b.id) AS rn
    FROM pegawai e
    JOIN batas_usia_pensiun b ON b.jenis_jabatan = e.jenis_jabatan
     AND (b.jenjang_jf = '' OR b.jenjang_jf = e.jenjang_jf)
    WHERE {now} IN ({in_service})
)
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, e.jenis_asn, e.nama_jabatan,
       e.jenis_jabatan, e.jenjang_jf, {UNIT_SHORT_SQL}, e.tanggal_lahir, bup.usia, {now},
       {scheduled}
FROM bup
JOIN pegawai e ON e.id = bup.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
WHERE bup.rn = 1 AND e.tanggal_lahir <= date(?2, '-' || bup.usia || ' years')",
        in_service = super::employees::in_service_sql(),
        scheduled = scheduled_sql("e", "?1"),
    )
});

/// Employees in service on `today` whose pension date falls on or before
/// `months` months after `today`, soonest first (then by name, NIP). Those
/// whose date has already passed while they are still in service are listed
/// too (first): the office has to settle them. An employee whose kind of
/// position has no retirement age in the table is left out (`peka check`
/// reports the missing age).
pub fn due(
    conn: &Connection,
    today: NaiveDate,
    months: u32,
) -> rusqlite::Result<Vec<RetirementRow>> {
    let horizon = retirement_horizon(today, months);
    let mut stmt = conn.prepare_cached(&DUE_SQL)?;
    let rows = stmt.query_map(params![iso(today), iso(horizon)], |r| {
        let status = code(r, 12, EmployeeStatus::from_code)?;
        let bup: i64 = r.get(11)?;
        Ok(RetirementRow {
            id: r.get(0)?,
            nip: r.get(1)?,
            name: full_name(
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?,
                r.get_ref(4)?.as_str()?,
            ),
            asn_kind: code(r, 5, AsnKind::from_code)?,
            position: r.get(6)?,
            position_kind: code(r, 7, PositionKind::from_code)?,
            jf_level: opt_code(r, 8, JfLevel::from_code)?,
            unit: r.get(9)?,
            birth_date: r.get(10)?,
            bup: u32::try_from(bup).unwrap_or(0),
            pension_date: String::new(),
            status,
            scheduled: scheduled_from(r, 13, status)?,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let mut row = row?;
        let Some(date) = parse_iso(&row.birth_date).and_then(|b| pension_date(b, row.bup)) else {
            continue;
        };
        if date <= horizon {
            row.pension_date = iso(date);
            out.push(row);
        }
    }
    out.sort_by(|a, b| {
        (&a.pension_date, a.name.to_lowercase(), &a.nip).cmp(&(
            &b.pension_date,
            b.name.to_lowercase(),
            &b.nip,
        ))
    });
    Ok(out)
}

/// One row of `batas_usia_pensiun`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetirementAge {
    pub position_kind: PositionKind,
    /// `None`: every jenjang of the kind.
    pub jf_level: Option<JfLevel>,
    pub age: u32,
    /// The regulation the age comes from.
    pub basis: String,
}

/// Every stored retirement age, by kind of position then jenjang. Rows with
/// a code this build does not know are skipped (`peka check` reports them).
pub fn ages(conn: &Connection) -> rusqlite::Result<Vec<RetirementAge>> {
    let mut stmt = conn.prepare_cached(
        "SELECT jenis_jabatan, jenjang_jf, usia, dasar_hukum FROM batas_usia_pensiun ORDER BY id",
    )?;
    let rows = stmt.query_map([], |r| {
        let kind: String = r.get(0)?;
        let level: String = r.get(1)?;
        let age: i64 = r.get(2)?;
        Ok((kind, level, age, r.get::<_, String>(3)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (kind, level, age, basis) = row?;
        let Some(position_kind) = PositionKind::from_code(&kind) else {
            continue;
        };
        let jf_level = match level.as_str() {
            "" => None,
            l => match JfLevel::from_code(l) {
                Some(l) => Some(l),
                None => continue,
            },
        };
        out.push(RetirementAge {
            position_kind,
            jf_level,
            age: u32::try_from(age).unwrap_or(0),
            basis,
        });
    }
    Ok(out)
}

/// The age that applies to a kind of position and jenjang: the row naming the
/// jenjang, else the row for every jenjang of the kind.
pub fn age_for(ages: &[RetirementAge], kind: PositionKind, level: Option<JfLevel>) -> Option<u32> {
    let exact = ages
        .iter()
        .find(|a| a.position_kind == kind && a.jf_level.is_some() && a.jf_level == level);
    exact
        .or_else(|| {
            ages.iter()
                .find(|a| a.position_kind == kind && a.jf_level.is_none())
        })
        .map(|a| a.age)
}
