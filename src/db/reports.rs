//! Report rows behind `rekap-jp` and `kesenjangan` (and the monitoring tab).

use super::employees::{
    UNIT_TREE_CTE, assessments_cte, full_name, in_service_now_sql, level, standards_cte,
    year_bounds,
};
use super::jp::{jp_of_year_cte, served_in_year_sql, target_params, targets_cte};
use super::model::{GapRow, JpSummaryRow};
use crate::domain::jp::{JpTargets, shortfall};
use rusqlite::{Connection, params_from_iter, types::Value};

/// JP credited in `year` (`db::jp::jp_of_year_cte`) for every employee who
/// served during that year (`db::jp::served_in_year_sql`, the same people
/// Monitoring counts), with the person's own target (by kind of ASN) and the
/// shortfall; in unit order, then by name. `unit` is the full unit name.
pub fn jp_summary(
    conn: &Connection,
    year: i32,
    targets: &JpTargets,
) -> rusqlite::Result<Vec<JpSummaryRow>> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}, {jp}, {target}
SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, u.nama, COALESCE(jp.jp, 0), tg.target
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
JOIN target tg ON tg.jenis_asn = e.jenis_asn
LEFT JOIN unit_tree t ON t.id = u.id
LEFT JOIN jp ON jp.pegawai_id = e.id
WHERE {served}
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip",
        jp = jp_of_year_cte(),
        target = targets_cte(3),
        served = served_in_year_sql(),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(year_params(year, targets)), |r| {
        let jp: f64 = r.get(5)?;
        let target: f64 = r.get(6)?;
        let short = shortfall(jp, target);
        Ok(JpSummaryRow {
            nip: r.get(0)?,
            name: full_name(
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?,
            ),
            unit: r.get(4)?,
            year,
            jp,
            target,
            shortfall: short,
        })
    })?;
    rows.collect()
}

/// The parameters of a year's JP query: `?1`/`?2` the year's bounds, `?3`…
/// the targets of `db::jp::targets_cte(3)`.
pub(crate) fn year_params(year: i32, targets: &JpTargets) -> Vec<Value> {
    let (from, to) = year_bounds(year);
    let mut out = vec![Value::Text(from), Value::Text(to)];
    out.extend(target_params(targets).into_iter().map(Value::Real));
    out
}

/// Competency gaps of employees in service: every competency of their
/// position's standard whose latest assessed level is below the standard, or
/// that was never assessed (actual `None`, gap = standard). In unit order,
/// then by name, then competency code. `unit` is the full unit name.
pub fn gaps(conn: &Connection) -> rusqlite::Result<Vec<GapRow>> {
    let mut out = Vec::new();
    each_gap(conn, |r| {
        out.push(r);
        Ok::<(), rusqlite::Error>(())
    })?;
    Ok(out)
}

/// [`gaps`] one row at a time, as SQLite gives them (a whole city's gaps are
/// a million rows: `kesenjangan` writes them out without holding them).
pub fn each_gap<E: From<rusqlite::Error>>(
    conn: &Connection,
    mut f: impl FnMut(GapRow) -> Result<(), E>,
) -> Result<(), E> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}, {std}, {act}
SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, u.nama, k.kode, k.nama,
       std.level_standar, act.level_aktual
FROM std
JOIN pegawai e ON e.id = std.pegawai_id
JOIN kompetensi k ON k.id = std.kompetensi_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
LEFT JOIN act ON act.pegawai_id = std.pegawai_id AND act.kompetensi_id = std.kompetensi_id AND act.rn = 1
WHERE std.rn = 1 AND (act.level_aktual IS NULL OR act.level_aktual < std.level_standar)
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip, k.kode",
        std = standards_cte(&in_service_now_sql("e")),
        act = assessments_cte("1"),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        f(gap_row(r)?)?;
    }
    Ok(())
}

fn gap_row(r: &rusqlite::Row) -> rusqlite::Result<GapRow> {
    let standard = level(r, 7)?.unwrap_or(0);
    let actual = level(r, 8)?;
    Ok(GapRow {
        nip: r.get(0)?,
        name: full_name(
            r.get_ref(1)?.as_str()?,
            r.get_ref(2)?.as_str()?,
            r.get_ref(3)?.as_str()?,
        ),
        unit: r.get(4)?,
        competency: r.get(5)?,
        competency_name: r.get(6)?,
        standard,
        actual,
        gap: standard as i32 - actual.unwrap_or(0) as i32,
    })
}
