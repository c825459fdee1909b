//! Monitoring's reports of issue 10: competency gaps by unit × competency,
//! evaluations outstanding for the period due, the predicate distribution of
//! each unit against its limit, and the effect of a training (predicates
//! around it and the follow-up scores). The data-quality list is in
//! `db::data_quality`. Units are top-level units: people of a bidang count
//! for its dinas, as in the 20-JP compliance.

use super::employees::{
    UNIT_SHORT_SQL, UNIT_TREE_CTE, code, completed_sql, full_name, in_service_now_sql,
};
use super::model::PeriodRef;
use crate::domain::effect::{self, Rated};
use crate::domain::enums::{KirkpatrickLevel, OrgPredicate, PeriodKind, Predicate, Respondent};
use crate::domain::period::{bounds, due};
use crate::domain::predicate::{Distribution, OverLimit, over_limits};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// ------------------------------------------------------------ the period due

/// The kind of period the office evaluates by: the kind of the evaluated
/// period that ended last (on a tie the shorter one: the fourth quarter
/// rather than the year it closes); annual when nothing is evaluated yet.
pub fn office_period_kind(conn: &Connection) -> rusqlite::Result<PeriodKind> {
    let sql = "SELECT jenis_periode FROM evaluasi_kinerja
GROUP BY tahun, jenis_periode, periode_ke
ORDER BY tahun DESC,
         periode_ke * CASE jenis_periode WHEN 'TAHUNAN' THEN 12 WHEN 'SEMESTER' THEN 6
                                         WHEN 'TRIWULAN' THEN 3 ELSE 1 END DESC,
         CASE jenis_periode WHEN 'BULANAN' THEN 0 WHEN 'TRIWULAN' THEN 1
                            WHEN 'SEMESTER' THEN 2 ELSE 3 END
LIMIT 1";
    let kind = conn
        .query_row(sql, [], |r| code(r, 0, PeriodKind::from_code))
        .optional()?;
    Ok(kind.unwrap_or(PeriodKind::Tahunan))
}

/// The period due for evaluation on `today` (`domain::period::due`) in the
/// kind the office uses.
pub fn due_period(conn: &Connection, today: NaiveDate) -> rusqlite::Result<PeriodRef> {
    let kind = office_period_kind(conn)?;
    let (year, no) = due(today, kind);
    Ok(PeriodRef { year, kind, no })
}

/// SQL: the top-level unit of `pegawai e` (joined as `t` on `unit_tree`).
const ROOT_SQL: &str = "COALESCE(t.root_id, e.unit_kerja_id)";

// ------------------------------------------------------------ gaps

pub use super::gaps::{GapColumn, GapTable, UnitGaps, gap_table};

// ------------------------------------------------------------ outstanding

/// One unit's evaluations for the period due.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitOutstanding {
    /// The unit's id (`Enter` lists its employees in tab 1).
    pub unit_id: i64,
    pub unit: String,
    pub unit_name: String,
    /// Employees to evaluate: in service today, appointed by the period's end.
    pub employees: i64,
    /// Of those, evaluated for the period.
    pub evaluated: i64,
}

impl UnitOutstanding {
    pub fn outstanding(&self) -> i64 {
        self.employees - self.evaluated
    }
    /// Share evaluated, in whole percent (rounded down; 100 only when done).
    pub fn percent(&self) -> i64 {
        (self.evaluated * 100)
            .checked_div(self.employees)
            .unwrap_or(0)
    }
}

/// Per top-level unit, in unit order: the employees who owe an evaluation
/// for period `p` — in service today and appointed (TMT pengangkatan) on or
/// before the period's last day, or with no TMT recorded — and how many of
/// them have one.
pub fn outstanding(conn: &Connection, p: PeriodRef) -> rusqlite::Result<Vec<UnitOutstanding>> {
    let end = bounds(p.year, p.kind, p.no).map_or_else(String::new, |(_, e)| iso(e));
    let in_service = in_service_now_sql("e");
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT {UNIT_SHORT_SQL}, u.nama, COUNT(*),
       COUNT(CASE WHEN EXISTS (SELECT 1 FROM evaluasi_kinerja ev WHERE ev.pegawai_id = e.id
                  AND ev.tahun = ?1 AND ev.jenis_periode = ?2 AND ev.periode_ke = ?3)
             THEN 1 END), u.id
FROM pegawai e
LEFT JOIN unit_tree t ON t.id = e.unit_kerja_id
JOIN unit_kerja u ON u.id = {ROOT_SQL}
LEFT JOIN unit_tree rt ON rt.id = u.id
WHERE {in_service} AND (e.tmt_pengangkatan IS NULL OR e.tmt_pengangkatan <= ?4)
GROUP BY u.id
ORDER BY rt.path, u.nama COLLATE NOCASE, u.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![p.year, p.kind.as_code(), p.no, end], |r| {
        Ok(UnitOutstanding {
            unit_id: r.get(4)?,
            unit: r.get(0)?,
            unit_name: r.get(1)?,
            employees: r.get(2)?,
            evaluated: r.get(3)?,
        })
    })?;
    rows.collect()
}

// ------------------------------------------------------------ distribution

/// One unit's predicates for a period, against its organisation predicate.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitDistribution {
    /// The unit's id (`Enter` lists its employees in tab 1).
    pub unit_id: i64,
    pub unit: String,
    pub unit_name: String,
    /// How many of each predicate (`Predicate::ALL` order).
    pub counts: Distribution,
    /// The unit's organisation predicate for the period, when recorded.
    pub org: Option<OrgPredicate>,
    /// The limits that predicate sets (`batas_predikat`): (employee
    /// predicate, most allowed in percent).
    pub limits: Vec<(Predicate, f64)>,
}

impl UnitDistribution {
    pub fn evaluated(&self) -> usize {
        self.counts.iter().sum()
    }
    /// The shares beyond their limit (`domain::predicate::over_limits`).
    pub fn over(&self) -> Vec<OverLimit> {
        over_limits(&self.counts, &self.limits)
    }
}

/// The rows of `batas_predikat`, by organisation predicate.
pub fn predicate_limits(
    conn: &Connection,
) -> rusqlite::Result<HashMap<OrgPredicate, Vec<(Predicate, f64)>>> {
    let mut stmt = conn.prepare_cached(
        "SELECT predikat_organisasi, predikat_pegawai, maks_persen FROM batas_predikat
         ORDER BY predikat_organisasi, predikat_pegawai",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            code(r, 0, OrgPredicate::from_code)?,
            code(r, 1, Predicate::from_code)?,
            r.get::<_, f64>(2)?,
        ))
    })?;
    let mut out: HashMap<OrgPredicate, Vec<(Predicate, f64)>> = HashMap::new();
    for row in rows {
        let (org, p, max) = row?;
        out.entry(org).or_default().push((p, max));
    }
    for limits in out.values_mut() {
        limits.sort_by_key(|(p, _)| Predicate::ALL.iter().position(|x| x == p));
    }
    Ok(out)
}

/// Per top-level unit, in unit order, the predicates given for period `p`
/// (every evaluation of the period, by the person's unit today) and the
/// unit's organisation predicate with its limits: every unit with an
/// evaluation or an organisation predicate for the period.
pub fn distribution(conn: &Connection, p: PeriodRef) -> rusqlite::Result<Vec<UnitDistribution>> {
    let limits = predicate_limits(conn)?;
    let counts: String = Predicate::ALL
        .iter()
        .enumerate()
        .map(|(i, q)| {
            format!(
                ", COUNT(CASE WHEN ev.predikat = '{}' THEN 1 END) AS c{i}",
                q.as_code()
            )
        })
        .collect();
    let sums: String = (0..Predicate::ALL.len())
        .map(|i| format!(", SUM(c{i}) AS c{i}"))
        .collect();
    let columns: String = (0..Predicate::ALL.len())
        .map(|i| format!(", COALESCE(evr.c{i}, 0)"))
        .collect();
    // The period's evaluations are counted per unit of the person first
    // (one pass over the covering index evaluasi_periode_predikat, V14),
    // then those counts are added up per top-level unit. Joining every
    // evaluation to every unit row instead scanned the evaluations once per
    // unit (2,101 units × 95,000 evaluations: 7 s on 100,000 employees).
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE},
ev AS MATERIALIZED (
    SELECT e.unit_kerja_id AS unit_id{counts}
    FROM evaluasi_kinerja ev
    JOIN pegawai e ON e.id = ev.pegawai_id
    WHERE ev.tahun = ?1 AND ev.jenis_periode = ?2 AND ev.periode_ke = ?3
    GROUP BY e.unit_kerja_id
),
evr AS MATERIALIZED (
    SELECT COALESCE(t.root_id, ev.unit_id) AS unit_id{sums}
    FROM ev
    LEFT JOIN unit_tree t ON t.id = ev.unit_id
    GROUP BY 1
)
SELECT {UNIT_SHORT_SQL}, u.nama, po.predikat{columns}, u.id
FROM unit_kerja u
LEFT JOIN unit_tree rt ON rt.id = u.id
LEFT JOIN predikat_organisasi po ON po.unit_kerja_id = u.id
     AND po.tahun = ?1 AND po.jenis_periode = ?2 AND po.periode_ke = ?3
LEFT JOIN evr ON evr.unit_id = u.id
WHERE evr.unit_id IS NOT NULL OR po.unit_kerja_id IS NOT NULL
ORDER BY rt.path, u.nama COLLATE NOCASE, u.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![p.year, p.kind.as_code(), p.no], |r| {
        let org = super::employees::opt_code(r, 2, OrgPredicate::from_code)?;
        let mut counts = [0usize; 5];
        for (i, c) in counts.iter_mut().enumerate() {
            *c = r.get::<_, i64>(3 + i)? as usize;
        }
        Ok(UnitDistribution {
            unit_id: r.get(3 + counts.len())?,
            unit: r.get(0)?,
            unit_name: r.get(1)?,
            counts,
            org,
            limits: org
                .and_then(|o| limits.get(&o).cloned())
                .unwrap_or_default(),
        })
    })?;
    rows.collect()
}

// ------------------------------------------------------------ training effect

/// A completed training, for the list the effect is read from.
#[derive(Debug, Clone, PartialEq)]
pub struct EffectTraining {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub start: String,
    pub end: String,
    /// Participants who completed it (LULUS / SELESAI).
    pub participants: i64,
    /// Of those, how many have a post-training follow-up.
    pub followed: i64,
    /// Mean of their follow-up scores (1–5), when there is any.
    pub mean_score: Option<f64>,
}

/// Trainings with status SELESAI, the latest to end first.
pub fn effect_trainings(conn: &Connection) -> rusqlite::Result<Vec<EffectTraining>> {
    let completed = completed_sql();
    let sql = format!(
        "SELECT p.id, p.kode, p.nama, p.tanggal_mulai, p.tanggal_selesai,
       COUNT(DISTINCT pp.id),
       COUNT(DISTINCT m.peserta_pelatihan_id),
       AVG(m.skor)
FROM pelatihan p
LEFT JOIN peserta_pelatihan pp ON pp.pelatihan_id = p.id AND pp.status IN ({completed})
LEFT JOIN monitoring_pasca_pelatihan m ON m.peserta_pelatihan_id = pp.id
WHERE p.status = 'SELESAI'
GROUP BY p.id
ORDER BY p.tanggal_selesai DESC, p.kode"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(EffectTraining {
            id: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            start: r.get(3)?,
            end: r.get(4)?,
            participants: r.get(5)?,
            followed: r.get(6)?,
            mean_score: r.get(7)?,
        })
    })?;
    rows.collect()
}

/// One follow-up answer.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpScore {
    pub level: KirkpatrickLevel,
    pub respondent: Respondent,
    pub score: i64,
    /// Months after the training (`bulan_ke`).
    pub month: i64,
    pub date: String,
}

/// A participant of the training, with the predicates around it.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantEffect {
    pub enrollment_id: i64,
    pub nip: String,
    pub name: String,
    pub unit: String,
    /// The last evaluation of a period ending before the training started.
    pub before: Option<Rated>,
    /// The first evaluation of a period ending after it ended.
    pub after: Option<Rated>,
    /// The follow-up answers, by date, then level.
    pub scores: Vec<FollowUpScore>,
    /// What the follow-ups found (`temuan`, the non-empty ones joined).
    pub findings: String,
}

impl ParticipantEffect {
    /// How the predicate moved, when both sides are known.
    pub fn change(&self) -> Option<effect::Change> {
        Some(effect::change(
            self.before?.predicate,
            self.after?.predicate,
        ))
    }
    pub fn mean_score(&self) -> Option<f64> {
        if self.scores.is_empty() {
            return None;
        }
        let sum: i64 = self.scores.iter().map(|s| s.score).sum();
        Some(sum as f64 / self.scores.len() as f64)
    }
}

/// The participants who completed training `id` (LULUS / SELESAI), in unit
/// order then by name, each with the predicate before and after it
/// (`domain::effect`) and the follow-up answers.
pub fn effect_participants(conn: &Connection, id: i64) -> rusqlite::Result<Vec<ParticipantEffect>> {
    let dates: Option<(String, String)> = conn
        .query_row(
            "SELECT tanggal_mulai, tanggal_selesai FROM pelatihan WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((start, end)) = dates else {
        return Ok(Vec::new());
    };
    let parse = crate::domain::dates::parse_iso;
    let (start, end) = match (parse(&start), parse(&end)) {
        (Some(s), Some(e)) => (s, e),
        _ => return Ok(Vec::new()),
    };
    let completed = completed_sql();
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT pp.id, e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}
FROM peserta_pelatihan pp
JOIN pegawai e ON e.id = pp.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE pp.pelatihan_id = ?1 AND pp.status IN ({completed})
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let people = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                ParticipantEffect {
                    enrollment_id: r.get(0)?,
                    nip: r.get(2)?,
                    name: full_name(
                        r.get_ref(3)?.as_str()?,
                        r.get_ref(4)?.as_str()?,
                        r.get_ref(5)?.as_str()?,
                    ),
                    unit: r.get(6)?,
                    before: None,
                    after: None,
                    scores: Vec::new(),
                    findings: String::new(),
                },
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut evals = conn.prepare_cached(
        "SELECT tahun, jenis_periode, periode_ke, predikat FROM evaluasi_kinerja
         WHERE pegawai_id = ?1",
    )?;
    let mut follow = conn.prepare_cached(
        "SELECT level_kirkpatrick, responden, skor, bulan_ke, tanggal, temuan
         FROM monitoring_pasca_pelatihan WHERE peserta_pelatihan_id = ?1
         ORDER BY tanggal,
                  CASE level_kirkpatrick WHEN 'REAKSI' THEN 0 WHEN 'PEMBELAJARAN' THEN 1
                                         WHEN 'PERILAKU' THEN 2 ELSE 3 END, id",
    )?;
    let mut out = Vec::with_capacity(people.len());
    for (enrollment, employee, mut p) in people {
        let rated: Vec<Rated> = evals
            .query_map([employee], |r| {
                Ok(Rated {
                    year: r.get(0)?,
                    kind: code(r, 1, PeriodKind::from_code)?,
                    no: r.get(2)?,
                    predicate: code(r, 3, Predicate::from_code)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        p.before = effect::before(&rated, start);
        p.after = effect::after(&rated, end);
        let mut findings: Vec<String> = Vec::new();
        for row in follow.query_map([enrollment], |r| {
            Ok((
                FollowUpScore {
                    level: code(r, 0, KirkpatrickLevel::from_code)?,
                    respondent: code(r, 1, Respondent::from_code)?,
                    score: r.get(2)?,
                    month: r.get(3)?,
                    date: r.get(4)?,
                },
                r.get::<_, String>(5)?,
            ))
        })? {
            let (score, finding) = row?;
            p.scores.push(score);
            let finding = finding.trim();
            if !finding.is_empty() && !findings.iter().any(|f| f == finding) {
                findings.push(finding.to_string());
            }
        }
        p.findings = findings.join(" ");
        out.push(p);
    }
    Ok(out)
}

// ------------------------------------------------------------ dispatch

/// Which of these reports Monitoring asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewReport {
    Gaps,
    Outstanding,
    Distribution,
    /// The completed trainings whose effect can be read.
    Trainings,
    Quality,
}

/// The rows of one report; those of a period say which.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewRows {
    Gaps(GapTable),
    Outstanding(PeriodRef, Vec<UnitOutstanding>),
    Distribution(PeriodRef, Vec<UnitDistribution>),
    Trainings(Vec<EffectTraining>),
    Quality(PeriodRef, Vec<super::data_quality::QualityRow>),
}

/// Reads `report` as of `today`.
pub fn review_report(
    conn: &Connection,
    report: ReviewReport,
    today: NaiveDate,
) -> rusqlite::Result<ReviewRows> {
    Ok(match report {
        ReviewReport::Gaps => ReviewRows::Gaps(gap_table(conn)?),
        ReviewReport::Outstanding => {
            let p = due_period(conn, today)?;
            ReviewRows::Outstanding(p, outstanding(conn, p)?)
        }
        ReviewReport::Distribution => {
            let p = due_period(conn, today)?;
            ReviewRows::Distribution(p, distribution(conn, p)?)
        }
        ReviewReport::Trainings => ReviewRows::Trainings(effect_trainings(conn)?),
        ReviewReport::Quality => {
            let p = due_period(conn, today)?;
            ReviewRows::Quality(p, super::data_quality::quality(conn, p)?)
        }
    })
}
