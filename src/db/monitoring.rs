//! Monitoring figures (tab 5).

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE};
use super::jp::{jp_of_year_cte, served_in_year_sql, targets_cte};
use super::model::UnitCompliance;
use super::reports::year_params;
use crate::domain::jp::{JP_EPSILON, JpTargets};
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
per AS (
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
       SUM(per.jp < per.target AND per.jp <= 0)
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
            unit: r.get(0)?,
            employees: r.get(1)?,
            met: r.get(2)?,
            partial: r.get(3)?,
            zero: r.get(4)?,
        })
    })?;
    rows.collect()
}
