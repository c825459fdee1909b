//! Performance evaluations (SKP) by period.

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE, code, full_name};
use super::model::{EvaluationRow, NipName, PeriodRef};
use crate::domain::enums::*;
use crate::domain::sym::Sym;
use rusqlite::{Connection, OptionalExtension, params};
use std::sync::LazyLock;

/// The period after (`?1`, `?2`, `?3`) in the order of the
/// `evaluasi_periode` index: three seeks, not a scan of every evaluation (a
/// province's file holds half a million; grouping them took 45 ms at each
/// visit of tab 4).
const NEXT_PERIOD_SQL: &str = "\
SELECT * FROM (SELECT tahun, jenis_periode, periode_ke FROM evaluasi_kinerja
               WHERE tahun = ?1 AND jenis_periode = ?2 AND periode_ke > ?3
               ORDER BY tahun, jenis_periode, periode_ke LIMIT 1)
UNION ALL
SELECT * FROM (SELECT tahun, jenis_periode, periode_ke FROM evaluasi_kinerja
               WHERE tahun = ?1 AND jenis_periode > ?2
               ORDER BY tahun, jenis_periode, periode_ke LIMIT 1)
UNION ALL
SELECT * FROM (SELECT tahun, jenis_periode, periode_ke FROM evaluasi_kinerja
               WHERE tahun > ?1
               ORDER BY tahun, jenis_periode, periode_ke LIMIT 1)
LIMIT 1";

fn period(r: &rusqlite::Row) -> rusqlite::Result<PeriodRef> {
    Ok(PeriodRef {
        year: r.get(0)?,
        kind: code(r, 1, PeriodKind::from_code)?,
        no: r.get(2)?,
    })
}

/// The most recent period that has evaluations (the first of `periods`), or
/// `None` when there are none.
pub fn latest_period(conn: &Connection) -> rusqlite::Result<Option<PeriodRef>> {
    Ok(periods(conn)?.into_iter().next())
}

/// Every period that has evaluations, newest first: by year, then by the
/// month the period ends (TAHUNAN 12, SEMESTER n 6n, TRIWULAN n 3n, BULANAN
/// n n), and for periods ending in the same month the coarser one first
/// (the annual evaluation before the fourth quarter). So a year with only
/// quarterly rows yields its latest quarter, and a year with an annual
/// evaluation yields that.
pub fn periods(conn: &Connection) -> rusqlite::Result<Vec<PeriodRef>> {
    let mut stmt = conn.prepare_cached(NEXT_PERIOD_SQL)?;
    let mut out = Vec::new();
    let mut at: (i64, String, i64) = (i64::MIN, String::new(), i64::MIN);
    while let Some((p, key)) = stmt
        .query_row(params![at.0, at.1, at.2], |r| {
            Ok((period(r)?, (r.get(0)?, r.get(1)?, r.get(2)?)))
        })
        .optional()?
    {
        out.push(p);
        at = key;
    }
    out.sort_by_key(|p| {
        let (end_month, coarseness) = match p.kind {
            PeriodKind::Tahunan => (12, 0),
            PeriodKind::Semester => (6 * p.no, 1),
            PeriodKind::Triwulan => (3 * p.no, 2),
            PeriodKind::Bulanan => (p.no, 3),
        };
        (
            std::cmp::Reverse(p.year),
            std::cmp::Reverse(end_month),
            coarseness,
        )
    });
    Ok(out)
}

/// The evaluations of one period, in unit order, then by name. The unit
/// tree is walked in order and each unit's people come from the
/// `pegawai_unit` index, each with its evaluation by the unique key, so the
/// first rows come out before the rest is read (a province's period holds
/// 100,000 evaluations).
static LIST_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE},
ut AS MATERIALIZED (SELECT id, path FROM unit_tree ORDER BY path)
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL},
       ev.rating_hasil_kerja, ev.rating_perilaku, ev.predikat, ev.id, ev.version
FROM ut t
CROSS JOIN pegawai e ON e.unit_kerja_id = t.id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
CROSS JOIN evaluasi_kinerja ev
    ON ev.pegawai_id = e.id AND ev.tahun = ?1 AND ev.jenis_periode = ?2 AND ev.periode_ke = ?3
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    )
});

pub fn list(conn: &Connection, p: PeriodRef) -> rusqlite::Result<Vec<EvaluationRow>> {
    list_in_parts(conn, p, usize::MAX, |_| {})
}

/// [`list`], handing the first `head` rows to `first` as soon as they are
/// read (once, and only when there are more), then returning them all.
pub fn list_in_parts(
    conn: &Connection,
    p: PeriodRef,
    head: usize,
    mut first: impl FnMut(&[EvaluationRow]),
) -> rusqlite::Result<Vec<EvaluationRow>> {
    let mut stmt = conn.prepare_cached(&LIST_SQL)?;
    let mut rows = stmt.query(params![p.year, p.kind.as_code(), p.no])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let name = full_name(
            r.get_ref(2)?.as_str()?,
            r.get_ref(3)?.as_str()?,
            r.get_ref(4)?.as_str()?,
        );
        out.push(EvaluationRow {
            employee_id: r.get(0)?,
            person: NipName::new(r.get_ref(1)?.as_str()?, &name),
            unit: Sym::new(r.get_ref(5)?.as_str()?),
            work_result: code(r, 6, Rating::from_code)?,
            behaviour: code(r, 7, Rating::from_code)?,
            predicate: code(r, 8, Predicate::from_code)?,
            id: r.get(9)?,
            version: r.get(10)?,
        });
        if out.len() == head {
            first(&out);
        }
    }
    out.shrink_to_fit();
    Ok(out)
}

/// An evaluation in full, for its detail in tab 4: the record as its form
/// edits it, and the names its ids stand for.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationDetail {
    pub id: i64,
    pub version: i64,
    pub input: super::evaluations_write::EvaluationInput,
    /// "Name with degrees (NIP)" of the person evaluated.
    pub person: String,
    /// The person's unit (short name).
    pub unit: String,
    /// "Name (NIP)" of the appraising official and of their superior.
    pub appraiser: Option<String>,
    pub superior: Option<String>,
}

/// Evaluation `id` in full; `None` when there is no such evaluation.
pub fn detail(conn: &Connection, id: i64) -> rusqlite::Result<Option<EvaluationDetail>> {
    let Some((input, version)) =
        super::record::load::<super::evaluations_write::EvaluationInput>(conn, id)?
    else {
        return Ok(None);
    };
    let sql = format!(
        "SELECT e.gelar_depan, e.nama, e.gelar_belakang, e.nip, {UNIT_SHORT_SQL}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id WHERE e.id = ?1"
    );
    let mut person = conn.prepare_cached(&sql)?;
    let mut who = |id: i64| -> rusqlite::Result<Option<(String, String)>> {
        person
            .query_row([id], |r| {
                let name = full_name(
                    r.get_ref(0)?.as_str()?,
                    r.get_ref(1)?.as_str()?,
                    r.get_ref(2)?.as_str()?,
                );
                Ok((format!("{name} ({})", r.get_ref(3)?.as_str()?), r.get(4)?))
            })
            .optional()
    };
    let (person_name, unit) = who(input.pegawai_id)?.unwrap_or_default();
    let appraiser = match input.pejabat_penilai_id {
        Some(a) => who(a)?.map(|(n, _)| n),
        None => None,
    };
    let superior = match input.atasan_penilai_id {
        Some(a) => who(a)?.map(|(n, _)| n),
        None => None,
    };
    Ok(Some(EvaluationDetail {
        id,
        version,
        input,
        person: person_name,
        unit,
        appraiser,
        superior,
    }))
}
