//! Monitoring figures (tab 5): 20-JP compliance per unit, and the reports on
//! partnerships (issue 9).

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE, code, full_name, status_on_sql};
use super::jp::{jp_of_year_cte, served_in_year_sql, targets_cte};
use super::model::UnitCompliance;
use super::partners::partner_name_on_sql;
use super::reports::year_params;
use crate::domain::agreement::{DEFAULT_WARN_DAYS, agreement_status};
use crate::domain::dates::parse_iso;
use crate::domain::enums::{
    AgreementDoc, AgreementLifecycle, AgreementStatus, EmployeeStatus, InternStatus,
};
use crate::domain::jp::{JP_EPSILON, JpTargets};
use chrono::NaiveDate;
use rusqlite::{Connection, params_from_iter, types::Value};

/// JP compliance in `year` per top-level unit (employees of sub-units count
/// for their top-level unit), in unit order. The people counted are those
/// who served during the year (`db::jp::served_in_year_sql`), exactly the
/// rows of `rekap-jp` for that year, each against their own target (by kind
/// of ASN). Every employee falls in exactly one of `met` (JP ≥ target),
/// `partial` (0 < JP < target) and `zero` (no JP, below target). Units
/// without anyone counted are left out.
pub fn jp_compliance(
    conn: &Connection,
    year: i32,
    targets: &JpTargets,
) -> rusqlite::Result<Vec<UnitCompliance>> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}, {jp}, {target},
-- MATERIALIZED: left inline, the planner scanned every employee once per
-- unit (2,101 units × 100,000 employees: 90 s); computed once it is 1 s.
per AS MATERIALIZED (
    SELECT COALESCE(t.root_id, e.unit_kerja_id) AS unit_id, COALESCE(jp.jp, 0) AS jp,
           tg.target - ?7 AS target
    FROM pegawai e
    JOIN target tg ON tg.jenis_asn = e.jenis_asn
    LEFT JOIN unit_tree t ON t.id = e.unit_kerja_id
    LEFT JOIN jp ON jp.pegawai_id = e.id
    WHERE {served}
)
SELECT {UNIT_SHORT_SQL}, COUNT(*),
       SUM(per.jp >= per.target),
       SUM(per.jp < per.target AND per.jp > 0),
       SUM(per.jp < per.target AND per.jp <= 0), u.id
FROM per
JOIN unit_kerja u ON u.id = per.unit_id
LEFT JOIN unit_tree rt ON rt.id = u.id
GROUP BY u.id
ORDER BY rt.path, u.nama COLLATE NOCASE, u.id",
        jp = jp_of_year_cte(),
        target = targets_cte(3),
        served = served_in_year_sql(),
    );
    let mut params = year_params(year, targets);
    params.push(Value::Real(JP_EPSILON));
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok(UnitCompliance {
            unit_id: r.get(5)?,
            unit: r.get(0)?,
            employees: r.get(1)?,
            met: r.get(2)?,
            partial: r.get(3)?,
            zero: r.get(4)?,
        })
    })?;
    rows.collect()
}

// ------------------------------------------------------------- partnerships
//
// The Monitoring reports of issue 9, all as of `today` (the app's reference
// date, passed in as an ISO date): agreements past their end under which
// internships still run, running internships that need attention, interns
// per host unit, and what students said at the end of their internship.

/// SQL condition: internship `g` is running on `?1` — under way (BERJALAN),
/// or accepted (DITERIMA) and its start date reached without anyone marking
/// it started.
const RUNNING_SQL: &str =
    "(g.status = 'BERJALAN' OR (g.status = 'DITERIMA' AND g.tanggal_mulai <= ?1))";

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// An agreement past its end (status kedaluwarsa) with internships still
/// marked running (BERJALAN) under it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExpiredWithInterns {
    pub id: i64,
    pub number: String,
    pub doc: AgreementDoc,
    /// The partner as named on the signing date (short name).
    pub partner: String,
    pub end: String,
    /// Days since the end date (1 on the day after it).
    pub days_over: i64,
    /// Internships still marked BERJALAN under it.
    pub running: i64,
    /// Their students, by name, joined with ", ".
    pub students: String,
}

/// Agreements whose status on `today` is kedaluwarsa (`domain::agreement`)
/// and that still have internships marked BERJALAN, the longest expired
/// first. A renewed, terminated or draft agreement is never kedaluwarsa.
pub fn expired_with_interns(
    conn: &Connection,
    today: NaiveDate,
) -> rusqlite::Result<Vec<ExpiredWithInterns>> {
    let partner = partner_name_on_sql(
        "m",
        "COALESCE(k.tanggal_tanda_tangan, k.tanggal_mulai)",
        true,
    );
    let sql = format!(
        "SELECT k.id, k.nomor_pemko, k.jenis_dokumen, {partner}, k.tanggal_mulai,
                k.tanggal_berakhir, k.status_dokumen, COUNT(*),
                group_concat(g.nama, ', ' ORDER BY g.nama COLLATE NOCASE, g.id)
         FROM kerja_sama k
         JOIN mitra m ON m.id = k.mitra_id
         JOIN magang g ON g.kerja_sama_id = k.id AND g.status = 'BERJALAN'
         GROUP BY k.id
         ORDER BY k.tanggal_berakhir, k.nomor_pemko"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        let start: String = r.get(4)?;
        let end: String = r.get(5)?;
        let life = code(r, 6, AgreementLifecycle::from_code)?;
        let row = ExpiredWithInterns {
            id: r.get(0)?,
            number: r.get(1)?,
            doc: code(r, 2, AgreementDoc::from_code)?,
            partner: r.get(3)?,
            days_over: parse_iso(&end).map_or(0, |e| (today - e).num_days()),
            end,
            running: r.get(7)?,
            students: r.get(8)?,
        };
        let expired = match (parse_iso(&start), parse_iso(&row.end)) {
            (Some(s), Some(e)) => {
                agreement_status(life, s, e, today, DEFAULT_WARN_DAYS)
                    == AgreementStatus::Kedaluwarsa
            }
            _ => false,
        };
        Ok(expired.then_some(row))
    })?;
    rows.filter_map(Result::transpose).collect()
}

/// A running internship that needs attention, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct InternAttention {
    pub id: i64,
    pub nim: String,
    pub name: String,
    /// The campus as named on the start date (short name).
    pub partner: String,
    /// Host unit (short name).
    pub unit: String,
    pub status: InternStatus,
    pub start: String,
    pub end: String,
    /// The field mentor, when one is set: NIP and name with degrees.
    pub mentor_nip: Option<String>,
    pub mentor_name: Option<String>,
    /// The mentor's status on `today` when it is not in service (pensiun…).
    pub mentor_gone: Option<EmployeeStatus>,
    /// The latest logbook entry up to `today`.
    pub last_entry: Option<String>,
    /// Days from the latest entry (or the start, when there is none) to `today`.
    pub days_quiet: i64,
    /// More than the allowed days without a logbook entry.
    pub logbook_late: bool,
}

impl InternAttention {
    /// No field mentor set, or the one set is no longer in service.
    pub fn without_mentor(&self) -> bool {
        self.mentor_nip.is_none() || self.mentor_gone.is_some()
    }
}

/// Internships running on `today` (BERJALAN, or DITERIMA with the start date
/// reached) that have no field mentor in service, or no logbook entry for
/// more than `logbook_days` days (counted from the latest entry, or from the
/// start when there is none). Those without a mentor first, then the
/// longest without an entry.
pub fn interns_needing_attention(
    conn: &Connection,
    today: NaiveDate,
    logbook_days: i64,
) -> rusqlite::Result<Vec<InternAttention>> {
    let partner = partner_name_on_sql("m", "g.tanggal_mulai", true);
    let mentor_status = status_on_sql("e", "?1");
    let sql = format!(
        "SELECT g.id, g.nim, g.nama, {partner}, {UNIT_SHORT_SQL}, g.status, g.tanggal_mulai,
                g.tanggal_selesai, e.nip, e.gelar_depan, e.nama, e.gelar_belakang,
                CASE WHEN e.id IS NULL THEN NULL ELSE {mentor_status} END,
                (SELECT MAX(l.tanggal) FROM logbook_magang l
                 WHERE l.magang_id = g.id AND l.tanggal <= ?1)
         FROM magang g
         JOIN mitra m ON m.id = g.mitra_id
         JOIN unit_kerja u ON u.id = g.unit_kerja_id
         LEFT JOIN pegawai e ON e.id = g.pembimbing_lapangan_id
         WHERE {RUNNING_SQL}
         ORDER BY g.tanggal_mulai, g.nama COLLATE NOCASE, g.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([iso(today)], |r| {
        let mentor_name = match r.get_ref(10)?.as_str_or_null()? {
            Some(n) => Some(full_name(
                r.get_ref(9)?.as_str()?,
                n,
                r.get_ref(11)?.as_str()?,
            )),
            None => None,
        };
        let mentor_gone = match r.get_ref(12)?.as_str_or_null()? {
            Some(s) => EmployeeStatus::from_code(s).filter(|s| !s.is_in_service()),
            None => None,
        };
        let start: String = r.get(6)?;
        let last_entry: Option<String> = r.get(13)?;
        let since = last_entry.as_deref().unwrap_or(&start);
        let days_quiet = parse_iso(since).map_or(0, |d| (today - d).num_days());
        Ok(InternAttention {
            id: r.get(0)?,
            nim: r.get(1)?,
            name: r.get(2)?,
            partner: r.get(3)?,
            unit: r.get(4)?,
            status: code(r, 5, InternStatus::from_code)?,
            start,
            end: r.get(7)?,
            mentor_nip: r.get(8)?,
            mentor_name,
            mentor_gone,
            last_entry,
            days_quiet,
            logbook_late: days_quiet > logbook_days,
        })
    })?;
    let mut out = Vec::new();
    for row in rows {
        let a = row?;
        if a.without_mentor() || a.logbook_late {
            out.push(a);
        }
    }
    out.sort_by(|a, b| {
        b.without_mentor()
            .cmp(&a.without_mentor())
            .then(b.days_quiet.cmp(&a.days_quiet))
    });
    Ok(out)
}

/// Interns at one host unit.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitInterns {
    /// The unit's id (`Enter` lists its interns in tab 3).
    pub unit_id: i64,
    /// Short name (as lists show units) and full name.
    pub unit: String,
    pub unit_name: String,
    /// Running on `today` (as `interns_needing_attention` counts them).
    pub running: i64,
    /// Requested or accepted, starting after `today`.
    pub planned: i64,
    /// Finished (SELESAI) with an end date in `today`'s year.
    pub finished: i64,
    /// `unit_kerja.kapasitas_magang` (None: no limit set).
    pub capacity: Option<i64>,
}

/// Interns per host unit on `today`, in unit order: every unit with an
/// intern running, planned or finished this year, or with a capacity set.
/// Each unit counts on its own (a bidang is not added to its parent): the
/// capacity belongs to the unit the intern is placed in.
pub fn interns_per_unit(conn: &Connection, today: NaiveDate) -> rusqlite::Result<Vec<UnitInterns>> {
    let (from, to) = super::employees::year_bounds(chrono::Datelike::year(&today));
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE},
per AS (
    SELECT u.id AS id,
           COALESCE(SUM({RUNNING_SQL}), 0) AS running,
           COALESCE(SUM(g.status IN ('DIAJUKAN', 'DITERIMA') AND g.tanggal_mulai > ?1), 0) AS planned,
           COALESCE(SUM(g.status = 'SELESAI' AND g.tanggal_selesai >= ?2
                        AND g.tanggal_selesai < ?3), 0) AS finished
    FROM unit_kerja u
    LEFT JOIN magang g ON g.unit_kerja_id = u.id
    GROUP BY u.id
)
SELECT {UNIT_SHORT_SQL}, u.nama, per.running, per.planned, per.finished, u.kapasitas_magang, u.id
FROM per
JOIN unit_kerja u ON u.id = per.id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE per.running + per.planned + per.finished > 0 OR u.kapasitas_magang IS NOT NULL
ORDER BY t.path, u.nama COLLATE NOCASE, u.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![iso(today), from, to], |r| {
        Ok(UnitInterns {
            unit_id: r.get(6)?,
            unit: r.get(0)?,
            unit_name: r.get(1)?,
            running: r.get(2)?,
            planned: r.get(3)?,
            finished: r.get(4)?,
            capacity: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// What a student said about the host unit at the end of an internship.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentSuggestion {
    pub id: i64,
    /// The internship it ends.
    pub intern_id: i64,
    pub date: String,
    /// Host unit: short and full name.
    pub unit: String,
    pub unit_name: String,
    /// The campus as named on the date (short name), and as named today.
    pub campus: String,
    pub campus_now: String,
    pub nim: String,
    pub student: String,
    /// `yang_berhasil`: what worked.
    pub worked: String,
    /// `saran_unit`: what the unit could do better.
    pub suggestion: String,
}

/// Every final feedback with something in `saran_unit` or `yang_berhasil`,
/// newest first.
pub fn student_suggestions(conn: &Connection) -> rusqlite::Result<Vec<StudentSuggestion>> {
    let then = partner_name_on_sql("m", "f.tanggal", true);
    let now = "CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END";
    let sql = format!(
        "SELECT f.id, f.tanggal, {UNIT_SHORT_SQL}, u.nama, {then}, {now}, g.nim, g.nama,
                trim(f.yang_berhasil), trim(f.saran_unit), g.id
         FROM umpan_balik_magang f
         JOIN magang g ON g.id = f.magang_id
         JOIN mitra m ON m.id = g.mitra_id
         JOIN unit_kerja u ON u.id = g.unit_kerja_id
         WHERE trim(f.saran_unit) <> '' OR trim(f.yang_berhasil) <> ''
         ORDER BY f.tanggal DESC, f.id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(StudentSuggestion {
            id: r.get(0)?,
            intern_id: r.get(10)?,
            date: r.get(1)?,
            unit: r.get(2)?,
            unit_name: r.get(3)?,
            campus: r.get(4)?,
            campus_now: r.get(5)?,
            nim: r.get(6)?,
            student: r.get(7)?,
            worked: r.get(8)?,
            suggestion: r.get(9)?,
        })
    })?;
    rows.collect()
}

/// Which partnership report Monitoring asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnershipReport {
    ExpiredWithInterns,
    InternsNeedingAttention,
    InternsPerUnit,
    StudentSuggestions,
}

/// The rows of one partnership report.
#[derive(Debug, Clone, PartialEq)]
pub enum PartnershipRows {
    ExpiredWithInterns(Vec<ExpiredWithInterns>),
    InternsNeedingAttention(Vec<InternAttention>),
    InternsPerUnit(Vec<UnitInterns>),
    StudentSuggestions(Vec<StudentSuggestion>),
}

/// Reads `report` as of `today` (`logbook_days`: the setting
/// `hari_tanpa_logbook`).
pub fn partnership_report(
    conn: &Connection,
    report: PartnershipReport,
    today: NaiveDate,
    logbook_days: i64,
) -> rusqlite::Result<PartnershipRows> {
    Ok(match report {
        PartnershipReport::ExpiredWithInterns => {
            PartnershipRows::ExpiredWithInterns(expired_with_interns(conn, today)?)
        }
        PartnershipReport::InternsNeedingAttention => PartnershipRows::InternsNeedingAttention(
            interns_needing_attention(conn, today, logbook_days)?,
        ),
        PartnershipReport::InternsPerUnit => {
            PartnershipRows::InternsPerUnit(interns_per_unit(conn, today)?)
        }
        PartnershipReport::StudentSuggestions => {
            PartnershipRows::StudentSuggestions(student_suggestions(conn)?)
        }
    })
}
