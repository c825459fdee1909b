//! Monitoring's heat table of competency gaps: top-level units × the
//! managerial and socio-cultural competencies, plus the technical ones
//! together.
//!
//! Counted in one pass: the employees in service (their top-level unit and
//! position) and the latest assessments (`penilaian_terakhir`, V14) are both
//! read in employee order and walked side by side, each assessment compared
//! with the standard of the person's position. The standards are resolved
//! once per position, not per employee: a few hundred positions against a
//! few hundred rows of `standar_kompetensi`. Joining the same in SQL (the
//! standards ranked per position × standard, each pair looked up by key,
//! counted with `COUNT(DISTINCT)`) took 31 ms on sample.db and 1.0 s of CPU
//! at 100,000 employees.

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE, in_service_now_sql};
use rusqlite::Connection;
use std::collections::HashMap;

/// A column of the heat table: a managerial or socio-cultural competency.
#[derive(Debug, Clone, PartialEq)]
pub struct GapColumn {
    pub code: String,
    pub name: String,
}

/// One unit's row of the heat table.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitGaps {
    /// The unit's id (`Enter` lists its employees in tab 1).
    pub unit_id: i64,
    /// Short and full name.
    pub unit: String,
    pub unit_name: String,
    /// Employees in service.
    pub employees: i64,
    /// Per column of [`GapTable::columns`]: employees whose latest assessed
    /// level is below the standard of their position.
    pub gaps: Vec<i64>,
    /// Employees below the standard in at least one technical competency.
    pub technical: i64,
}

/// Competency gaps by unit × competency.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GapTable {
    pub columns: Vec<GapColumn>,
    pub units: Vec<UnitGaps>,
}

/// Where a competency is counted: its column, or the technical one.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    Column(usize),
    Technical,
}

/// One row of `standar_kompetensi`, with the title as positions are
/// compared with it (`lower(trim(…))`, as SQLite folds it).
struct Standard {
    kind: String,
    jenjang: String,
    /// `nama_jabatan` is empty: the row applies to every title of the kind.
    any_title: bool,
    title: String,
    competency: i64,
    level: i64,
}

/// A position as standards are chosen for it: kind, jenjang ("" for none)
/// and title folded by `lower(trim(…))`.
type Position = (String, String, String);

/// The standard levels that apply to `p`, by competency: the same rule as
/// `employees::standards_cte` (kind equal, jenjang empty or equal, title
/// empty or equal; of several, the one naming a title, then the one naming
/// a jenjang, then the oldest), `standards` being in that order of
/// preference. `tests/query13.rs` compares the table with the one counted
/// through `standards_cte`.
fn levels_for(p: &Position, standards: &[Standard]) -> Vec<(i64, i64)> {
    let mut levels: Vec<(i64, i64)> = Vec::new();
    for s in standards {
        if s.kind == p.0
            && (s.jenjang.is_empty() || s.jenjang == p.1)
            && (s.any_title || s.title == p.2)
            && !levels.iter().any(|(c, _)| *c == s.competency)
        {
            levels.push((s.competency, s.level));
        }
    }
    levels.sort_unstable();
    levels
}

/// The heat table of competency gaps among employees in service today:
/// columns the managerial competencies then the socio-cultural ones (by
/// code), plus one for the technical ones together; a person counts in a
/// cell when their latest assessment of the competency is below the
/// standard that applies to them (never assessed is not a gap here: the
/// data-quality list names who has no assessment at all). Every top-level
/// unit with someone in service, in unit order.
pub fn gap_table(conn: &Connection) -> rusqlite::Result<GapTable> {
    // The competencies: columns, and where each one is counted.
    let mut slots: HashMap<i64, Slot> = HashMap::new();
    let mut columns: Vec<GapColumn> = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT id, kode, nama, jenis = 'TEKNIS' FROM kompetensi
         ORDER BY jenis = 'TEKNIS', jenis = 'SOSIAL_KULTURAL', kode",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let slot = if r.get::<_, bool>(3)? {
            Slot::Technical
        } else {
            columns.push(GapColumn {
                code: r.get(1)?,
                name: r.get(2)?,
            });
            Slot::Column(columns.len() - 1)
        };
        slots.insert(r.get(0)?, slot);
    }

    // The standards, most specific first.
    let mut stmt = conn.prepare_cached(
        "SELECT jenis_jabatan, jenjang_jf, nama_jabatan = '', lower(trim(nama_jabatan)),
                kompetensi_id, level_standar
         FROM standar_kompetensi
         ORDER BY nama_jabatan <> '' DESC, jenjang_jf <> '' DESC, id",
    )?;
    let standards: Vec<Standard> = stmt
        .query_map([], |r| {
            Ok(Standard {
                kind: r.get(0)?,
                jenjang: r.get(1)?,
                any_title: r.get(2)?,
                title: r.get(3)?,
                competency: r.get(4)?,
                level: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;

    // The units in tree order; a row for each that someone in service
    // belongs to (through its sub-units).
    let mut stmt = conn.prepare_cached(&format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT u.id, {UNIT_SHORT_SQL}, u.nama
FROM unit_kerja u LEFT JOIN unit_tree rt ON rt.id = u.id
ORDER BY rt.path, u.nama COLLATE NOCASE, u.id"
    ))?;
    let all_units: Vec<(i64, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let unit_at: HashMap<i64, usize> = all_units
        .iter()
        .enumerate()
        .map(|(i, u)| (u.0, i))
        .collect();

    // The employees in service, in id order: top-level unit and position.
    let mut positions: HashMap<Position, usize> = HashMap::new();
    let mut employees: Vec<(i64, usize, usize)> = Vec::new();
    let mut stmt = conn.prepare_cached(&format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.id, COALESCE(t.root_id, e.unit_kerja_id), e.jenis_jabatan,
       COALESCE(e.jenjang_jf, ''), lower(trim(e.nama_jabatan))
FROM pegawai e LEFT JOIN unit_tree t ON t.id = e.unit_kerja_id
WHERE {in_service}
ORDER BY e.id",
        in_service = in_service_now_sql("e")
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&unit) = unit_at.get(&r.get::<_, i64>(1)?) else {
            continue;
        };
        let p: Position = (r.get(2)?, r.get(3)?, r.get(4)?);
        let next = positions.len();
        let position = *positions.entry(p).or_insert(next);
        employees.push((r.get(0)?, unit, position));
    }
    let mut levels: Vec<Vec<(i64, i64)>> = vec![Vec::new(); positions.len()];
    for (p, i) in &positions {
        levels[*i] = levels_for(p, &standards);
    }

    // Counted per unit: employees, and those below the standard per column
    // and in any technical competency.
    let width = columns.len();
    let mut headcount = vec![0i64; all_units.len()];
    let mut cells = vec![0i64; all_units.len() * width];
    let mut technical = vec![0i64; all_units.len()];
    for (_, unit, _) in &employees {
        headcount[*unit] += 1;
    }
    let mut stmt = conn.prepare_cached(
        "SELECT pegawai_id, kompetensi_id, level_aktual FROM penilaian_terakhir
         ORDER BY pegawai_id, kompetensi_id",
    )?;
    let mut rows = stmt.query([])?;
    let mut next = employees.iter().peekable();
    let mut current: Option<(i64, usize, usize)> = None;
    let mut technical_counted = false;
    while let Some(r) = rows.next()? {
        let employee: i64 = r.get(0)?;
        if current.is_none_or(|c| c.0 != employee) {
            while next.peek().is_some_and(|e| e.0 < employee) {
                next.next();
            }
            current = next.peek().filter(|e| e.0 == employee).map(|e| **e);
            technical_counted = false;
        }
        let Some((_, unit, position)) = current else {
            continue;
        };
        let competency: i64 = r.get(1)?;
        let Some(&slot) = slots.get(&competency) else {
            continue;
        };
        let standard = levels[position]
            .binary_search_by_key(&competency, |(c, _)| *c)
            .ok()
            .map(|i| levels[position][i].1);
        if !standard.is_some_and(|level| r.get::<_, i64>(2).is_ok_and(|a| a < level)) {
            continue;
        }
        match slot {
            Slot::Column(c) => cells[unit * width + c] += 1,
            Slot::Technical if !technical_counted => {
                technical[unit] += 1;
                technical_counted = true;
            }
            Slot::Technical => {}
        }
    }

    let units = all_units
        .into_iter()
        .enumerate()
        .filter(|(i, _)| headcount[*i] > 0)
        .map(|(i, (unit_id, unit, unit_name))| UnitGaps {
            unit_id,
            unit,
            unit_name,
            employees: headcount[i],
            gaps: cells[i * width..(i + 1) * width].to_vec(),
            technical: technical[i],
        })
        .collect();
    Ok(GapTable { columns, units })
}
