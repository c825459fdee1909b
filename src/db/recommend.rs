//! Recommendations from competency gaps (issue 8 item 5): the upcoming
//! trainings that address one employee's largest gaps, and the employees one
//! training helps most — both ranked by the one rule of
//! `domain::recommend` — and the development section of the employee
//! detail (recommendations with the plan, item 6).
//!
//! A gap is the standard of the person's position (`standar_kompetensi`, the
//! most specific row) above the latest assessed level, as in the detail's
//! competency table and `peka export kesenjangan` (which also lists the
//! competencies never assessed; those are no gap here). A training
//! addresses the competencies of `pelatihan_kompetensi`.

use super::employees::{
    UNIT_SHORT_SQL, assessments_cte, code, full_name, in_service_now_sql, year_bounds,
};
use super::jp::jp_of_year_cte;
use super::plans::{PlanInput, PlanLine};
use crate::domain::enums::{
    AsnKind, PlanStatus, PositionKind, Priority, TrainingStatus, TrainingType,
};
use crate::domain::jp::shortfall;
use crate::domain::recommend::{self, Candidates, GapOn, Need};
use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// An upcoming training recommended to one employee, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingRecommendation {
    pub training_id: i64,
    pub code: String,
    pub name: String,
    pub kind: TrainingType,
    pub status: TrainingStatus,
    pub start: String,
    pub end: String,
    pub jp: f64,
    pub need: Need,
}

impl TrainingRecommendation {
    /// The plan line `t` adds for employee `employee_id` from this
    /// recommendation: the competency of the largest gap, the training's
    /// name and JP, priority tinggi for a gap of 2 or more (else sedang),
    /// proposed, in the year the training starts (never before `year`).
    pub fn plan_line(&self, employee_id: i64, year: i32) -> PlanInput {
        let main = self.need.main();
        let start_year = NaiveDate::parse_from_str(&self.start, "%Y-%m-%d")
            .map(|d| d.year())
            .unwrap_or(year);
        PlanInput {
            tahun: i64::from(start_year.max(year)),
            pegawai_id: employee_id,
            kompetensi_id: main.competency_id,
            kesenjangan: i64::from(main.gap()),
            jenis_pelatihan_usulan: self.name.clone(),
            jp_rencana: self.jp,
            prioritas: if main.gap() >= 2 {
                Priority::Tinggi
            } else {
                Priority::Sedang
            }
            .as_code()
            .to_string(),
            status: PlanStatus::Usulan.as_code().to_string(),
            pelatihan_id: Some(self.training_id),
        }
    }
}

/// An employee one training helps, with why.
#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeNeed {
    pub employee_id: i64,
    pub nip: String,
    /// Name with degrees.
    pub name: String,
    /// Short unit name.
    pub unit: String,
    pub need: Need,
}

/// The development section of the employee detail: the plan of the year
/// (and later years) and the recommendations, with the JP still missing.
#[derive(Debug, Clone, PartialEq)]
pub struct Development {
    /// The year of the reference date.
    pub year: i32,
    /// JP still missing this year (0 when the target is met).
    pub jp_missing: f64,
    /// Plan lines of `year` and later.
    pub plan: Vec<PlanLine>,
    /// Plan lines of earlier years (not shown).
    pub earlier: i64,
    /// Every recommendation, best first.
    pub recommendations: Vec<TrainingRecommendation>,
}

impl Development {
    /// The best recommendation whose training is in no plan line yet (what
    /// `t` adds), skipping the trainings in `pending` (added, not yet
    /// reloaded).
    pub fn next_to_plan(&self, pending: &[i64]) -> Option<&TrainingRecommendation> {
        self.recommendations.iter().find(|r| {
            !pending.contains(&r.training_id)
                && !self.plan.iter().any(|l| {
                    l.training
                        .as_ref()
                        .is_some_and(|(id, _)| *id == r.training_id)
                })
        })
    }
}

/// Gap columns at `i`…: kompetensi id, kode, nama, standard, actual.
fn gap_at(r: &Row, i: usize) -> rusqlite::Result<GapOn> {
    Ok(GapOn {
        competency_id: r.get(i)?,
        code: r.get(i + 1)?,
        name: r.get(i + 2)?,
        standard: r.get(i + 3)?,
        actual: r.get(i + 4)?,
    })
}

/// CTE `std` like `employees::standards_cte`, and `gap(pegawai_id,
/// kompetensi_id, kode, nama, standar, aktual)`: the assessed competencies
/// below standard of the employees of `employees` (a condition on `e`) among
/// the competencies of `competencies` (a condition on `a`, the assessment).
fn gaps_cte(employees: &str, competencies: &str) -> String {
    format!(
        "{std}, {act},
gap AS MATERIALIZED (
    SELECT std.pegawai_id, std.kompetensi_id, k.kode, k.nama, std.level_standar AS standar,
           act.level_aktual AS aktual
    FROM std
    JOIN act ON act.pegawai_id = std.pegawai_id AND act.kompetensi_id = std.kompetensi_id AND act.rn = 1
    JOIN kompetensi k ON k.id = std.kompetensi_id
    WHERE std.rn = 1 AND act.level_aktual < std.level_standar
)",
        std = super::employees::standards_cte(employees),
        act = assessments_cte(competencies),
    )
}

static PERSON_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT e.jenis_asn, e.jenis_jabatan, {in_service} FROM pegawai e WHERE e.id = ?1",
        in_service = in_service_now_sql("e"),
    )
});

/// The person recommendations are for.
struct Person {
    asn: AsnKind,
    position: PositionKind,
    in_service: bool,
    /// JP still missing in the year asked for.
    jp_missing: f64,
}

/// Employee `id` with the JP still missing in `year` (the JP credited as
/// the detail counts them), or None when there is no such employee.
fn person(
    conn: &Connection,
    id: i64,
    year: i32,
    target: &dyn Fn(AsnKind) -> f64,
) -> rusqlite::Result<Option<Person>> {
    let found = conn
        .prepare_cached(&PERSON_SQL)?
        .query_row([id], |r| {
            Ok((
                code(r, 0, AsnKind::from_code)?,
                code(r, 1, PositionKind::from_code)?,
                r.get::<_, bool>(2)?,
            ))
        })
        .optional()?;
    let Some((asn, position, in_service)) = found else {
        return Ok(None);
    };
    let jp = super::employees::jp_per_year(conn, id)?
        .into_iter()
        .find(|(y, _)| *y == year)
        .map_or(0.0, |(_, jp)| jp);
    Ok(Some(Person {
        asn,
        position,
        in_service,
        jp_missing: shortfall(jp, target(asn)),
    }))
}

static FOR_EMPLOYEE_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH {gap}
SELECT p.id, p.kode, p.nama, p.jenis, p.status, p.tanggal_mulai, p.tanggal_selesai, p.jumlah_jp,
       gap.kompetensi_id, gap.kode, gap.nama, gap.standar, gap.aktual
FROM gap
JOIN pelatihan_kompetensi pk ON pk.kompetensi_id = gap.kompetensi_id
JOIN pelatihan p ON p.id = pk.pelatihan_id
WHERE p.status NOT IN ('BATAL', 'SELESAI')
  AND NOT EXISTS (SELECT 1 FROM peserta_pelatihan pp
                  WHERE pp.pelatihan_id = p.id AND pp.pegawai_id = ?1)
ORDER BY p.id, gap.kode",
        gap = gaps_cte("e.id = ?1", "a.pegawai_id = ?1"),
    )
});

/// The upcoming trainings that address the gaps of employee `id` on `today`
/// (the reference date), ranked by `domain::recommend` (best first); empty
/// for someone not in service. `target` gives the yearly JP target of a
/// kind of ASN.
pub fn for_employee(
    conn: &Connection,
    id: i64,
    today: NaiveDate,
    target: &dyn Fn(AsnKind) -> f64,
) -> rusqlite::Result<Vec<TrainingRecommendation>> {
    match person(conn, id, today.year(), target)? {
        Some(p) => ranked_for(conn, id, &p, today),
        None => Ok(Vec::new()),
    }
}

fn ranked_for(
    conn: &Connection,
    id: i64,
    p: &Person,
    today: NaiveDate,
) -> rusqlite::Result<Vec<TrainingRecommendation>> {
    if !p.in_service {
        return Ok(Vec::new());
    }
    let (asn, position, missing) = (p.asn, p.position, p.jp_missing);
    let today = today.format("%Y-%m-%d").to_string();
    let mut stmt = conn.prepare_cached(&FOR_EMPLOYEE_SQL)?;
    let mut by_training: BTreeMap<i64, (TrainingRecommendation, Vec<GapOn>)> = BTreeMap::new();
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let training_id: i64 = r.get(0)?;
        let gap = gap_at(r, 8)?;
        if let Some((_, gaps)) = by_training.get_mut(&training_id) {
            gaps.push(gap);
            continue;
        }
        let start: String = r.get(5)?;
        let rec = TrainingRecommendation {
            training_id,
            code: r.get(1)?,
            name: r.get(2)?,
            kind: code(r, 3, TrainingType::from_code)?,
            status: code(r, 4, TrainingStatus::from_code)?,
            start: start.clone(),
            end: r.get(6)?,
            jp: r.get(7)?,
            need: Need {
                gaps: Vec::new(),
                jp_missing: missing,
                start,
            },
        };
        by_training.insert(training_id, (rec, vec![gap]));
    }
    let mut out: Vec<TrainingRecommendation> = by_training
        .into_values()
        .filter(|(t, _)| {
            recommend::is_upcoming(t.status, &t.start, &today)
                && recommend::open_to(t.kind, asn, position)
        })
        .filter_map(|(mut t, gaps)| {
            t.need = Need::new(gaps, missing, t.start.clone())?;
            Some(t)
        })
        .collect();
    out.sort_by(|a, b| recommend::compare(&a.need, &b.need).then_with(|| a.code.cmp(&b.code)));
    Ok(out)
}

static FOR_TRAINING_SQL: LazyLock<String> = LazyLock::new(|| {
    // jp_of_year_cte binds the year as ?1/?2; the training is ?3.
    let targets = "SELECT kompetensi_id FROM pelatihan_kompetensi WHERE pelatihan_id = ?3";
    // The JP is looked up per person (the planner indexes `jp` for the
    // subquery); as a LEFT JOIN it scanned the whole `jp` once per employee
    // (100,000 × 90,000 rows: 9 minutes on 100,000 employees).
    format!(
        "WITH {jp}, {gap}
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, e.jenis_asn,
       e.jenis_jabatan, COALESCE((SELECT jp.jp FROM jp WHERE jp.pegawai_id = e.id), 0),
       gap.kompetensi_id, gap.kode, gap.nama, gap.standar, gap.aktual
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN gap ON gap.pegawai_id = e.id AND gap.kompetensi_id IN ({targets})
WHERE {in_service}
  AND NOT EXISTS (SELECT 1 FROM peserta_pelatihan pp
                  WHERE pp.pelatihan_id = ?3 AND pp.pegawai_id = e.id)
ORDER BY e.id, gap.kode",
        jp = jp_of_year_cte(),
        in_service = in_service_now_sql("e"),
        gap = gaps_cte(
            &in_service_now_sql("e"),
            &format!("a.kompetensi_id IN ({targets})")
        ),
    )
});

/// The employees in service that training `id` helps most, ranked by
/// `domain::recommend` (best first): those with a gap on a competency it
/// targets, not enrolled in it, and whom it is open to (Latsar, PKP…). The
/// JP still missing is that of the year of `today`; `target` gives the
/// yearly target of a kind of ASN. Whether the training is still upcoming
/// does not change who needs it (the view says when it is no longer open).
pub fn for_training(
    conn: &Connection,
    id: i64,
    today: NaiveDate,
    target: &dyn Fn(AsnKind) -> f64,
) -> rusqlite::Result<Vec<EmployeeNeed>> {
    candidates(conn, id, today, target, Candidates::Gaps)
}

/// The candidates for training `id` of `source`: in service, not enrolled,
/// open to them; with their gaps on its competencies (maybe none) and the
/// JP still missing in the year of `today`. `Gaps` are ranked as
/// `for_training` says, `UnderTarget` by the JP missing (most first) then
/// that rank, `All` by unit then name.
pub fn candidates(
    conn: &Connection,
    id: i64,
    today: NaiveDate,
    target: &dyn Fn(AsnKind) -> f64,
    source: Candidates,
) -> rusqlite::Result<Vec<EmployeeNeed>> {
    let training: Option<(TrainingType, String)> = conn
        .prepare_cached("SELECT jenis, tanggal_mulai FROM pelatihan WHERE id = ?1")?
        .query_row([id], |r| {
            Ok((code(r, 0, TrainingType::from_code)?, r.get(1)?))
        })
        .optional()?;
    let Some((kind, start)) = training else {
        return Ok(Vec::new());
    };
    let (from, to) = year_bounds(today.year());
    let mut stmt = conn.prepare_cached(&FOR_TRAINING_SQL)?;
    let mut rows = stmt.query(params![from, to, id])?;
    let mut people: Vec<(EmployeeNeed, Vec<GapOn>)> = Vec::new();
    while let Some(r) = rows.next()? {
        let employee_id: i64 = r.get(0)?;
        let gap = match r.get::<_, Option<i64>>(9)? {
            Some(_) => Some(gap_at(r, 9)?),
            None => None,
        };
        if let Some((p, gaps)) = people.last_mut()
            && p.employee_id == employee_id
        {
            gaps.extend(gap);
            continue;
        }
        let asn = code(r, 6, AsnKind::from_code)?;
        let position = code(r, 7, PositionKind::from_code)?;
        if !recommend::open_to(kind, asn, position) {
            continue;
        }
        let jp: f64 = r.get(8)?;
        people.push((
            EmployeeNeed {
                employee_id,
                nip: r.get(1)?,
                name: full_name(
                    r.get_ref(2)?.as_str()?,
                    r.get_ref(3)?.as_str()?,
                    r.get_ref(4)?.as_str()?,
                ),
                unit: r.get(5)?,
                need: Need {
                    gaps: Vec::new(),
                    jp_missing: shortfall(jp, target(asn)),
                    start: start.clone(),
                },
            },
            gap.into_iter().collect(),
        ));
    }
    let mut out: Vec<EmployeeNeed> = people
        .into_iter()
        .filter_map(|(mut p, gaps)| {
            let missing = p.need.jp_missing;
            p.need = Need::new(gaps, missing, start.clone()).unwrap_or(Need {
                gaps: Vec::new(),
                jp_missing: missing,
                start: start.clone(),
            });
            source.holds(p.need.gaps.len(), missing).then_some(p)
        })
        .collect();
    let by_name = |a: &EmployeeNeed, b: &EmployeeNeed| {
        a.name
            .to_lowercase()
            .cmp(&b.name.to_lowercase())
            .then_with(|| a.nip.cmp(&b.nip))
    };
    match source {
        Candidates::Gaps => {
            out.sort_by(|a, b| recommend::compare(&a.need, &b.need).then_with(|| by_name(a, b)))
        }
        Candidates::UnderTarget => out.sort_by(|a, b| {
            b.need
                .jp_missing
                .total_cmp(&a.need.jp_missing)
                .then_with(|| gaps_first(a, b))
                .then_with(|| by_name(a, b))
        }),
        Candidates::All => out.sort_by(|a, b| a.unit.cmp(&b.unit).then_with(|| by_name(a, b))),
    }
    Ok(out)
}

/// People with a gap before those without, then by the ranking rule.
fn gaps_first(a: &EmployeeNeed, b: &EmployeeNeed) -> std::cmp::Ordering {
    match (a.need.gaps.is_empty(), b.need.gaps.is_empty()) {
        (false, false) => recommend::compare(&a.need, &b.need),
        (x, y) => x.cmp(&y),
    }
}

/// The development section of employee `id`'s detail on `today`: the plan
/// from this year on and the ranked recommendations.
pub fn development(
    conn: &Connection,
    id: i64,
    today: NaiveDate,
    target: &dyn Fn(AsnKind) -> f64,
) -> rusqlite::Result<Development> {
    let year = today.year();
    let Some(p) = person(conn, id, year, target)? else {
        return Ok(Development {
            year,
            jp_missing: 0.0,
            plan: Vec::new(),
            earlier: 0,
            recommendations: Vec::new(),
        });
    };
    Ok(Development {
        year,
        jp_missing: p.jp_missing,
        plan: super::plans::lines(conn, id, year)?,
        earlier: super::plans::earlier_count(conn, id, year)?,
        recommendations: ranked_for(conn, id, &p, today)?,
    })
}
