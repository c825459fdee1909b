//! Record kind: a unit (unit kerja) of the city's organisation, with its place
//! in the unit tree. Written through `db::record`.

use super::record::{Record, Uses, count_uses, must_exist};
use super::write::{ConstraintKind, WriteError};
use rusqlite::types::Value;
use rusqlite::{Connection, params};

/// A unit as its form edits it (`jenis` as its code).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitInput {
    pub kode: String,
    pub nama: String,
    pub singkatan: String,
    pub jenis: String,
    pub induk_id: Option<i64>,
    pub urutan: i64,
    pub aktif: bool,
    /// How many student interns the unit takes at once (None: no limit).
    pub kapasitas_magang: Option<i64>,
}

impl Record for UnitInput {
    const TABLE: &'static str = "unit_kerja";
    const COLUMNS: &'static [&'static str] = &[
        "kode",
        "nama",
        "singkatan",
        "jenis",
        "induk_id",
        "urutan",
        "aktif",
        "kapasitas_magang",
        "asumsi",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.kode.trim().to_string()),
            Value::Text(self.nama.trim().to_string()),
            Value::Text(self.singkatan.trim().to_string()),
            Value::Text(self.jenis.trim().to_string()),
            self.induk_id.map_or(Value::Null, Value::Integer),
            Value::Integer(self.urutan),
            Value::Integer(i64::from(self.aktif)),
            self.kapasitas_magang.map_or(Value::Null, Value::Integer),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(UnitInput {
            kode: r.get(0)?,
            nama: r.get(1)?,
            singkatan: r.get(2)?,
            jenis: r.get(3)?,
            induk_id: r.get(4)?,
            urutan: r.get(5)?,
            aktif: r.get(6)?,
            kapasitas_magang: r.get(7)?,
        })
    }

    /// The parent must exist and must not be the unit itself or one of its
    /// sub-units (`Constraint { column: "induk_id", kind: Check }`).
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        let Some(parent) = self.induk_id else {
            return Ok(());
        };
        must_exist(
            tx,
            "SELECT 1 FROM unit_kerja WHERE id = ?1",
            &parent,
            "induk_id",
        )?;
        let Some(id) = id else { return Ok(()) };
        // UNION (not UNION ALL) ends the walk even on a cycle already stored.
        let cycle: bool = tx
            .prepare_cached(
                "WITH RECURSIVE up(id) AS (
                     SELECT ?1
                     UNION
                     SELECT u.induk_id FROM unit_kerja u JOIN up ON u.id = up.id WHERE u.induk_id IS NOT NULL
                 )
                 SELECT EXISTS(SELECT 1 FROM up WHERE id = ?2)",
            )?
            .query_row(params![parent, id], |r| r.get(0))?;
        if cycle {
            return Err(WriteError::constraint("induk_id", ConstraintKind::Check));
        }
        Ok(())
    }

    /// Employees, sub-units, internships and agreements that name the unit
    /// (mark it inactive instead of deleting it).
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<Uses> {
        count_uses(
            tx,
            id,
            &[
                ("pegawai", "unit_kerja_id"),
                ("unit_kerja", "induk_id"),
                ("magang", "unit_kerja_id"),
                ("kerja_sama", "unit_pelaksana_id"),
            ],
        )
    }
}

/// The top-level unit above `unit` (itself when it has no parent); None
/// when the chain of parents loops (`peka check` names that) or the unit
/// is gone.
pub fn root_of(conn: &Connection, unit: i64) -> rusqlite::Result<Option<i64>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(
        "WITH RECURSIVE up(id, induk, depth) AS (
             SELECT id, induk_id, 0 FROM unit_kerja WHERE id = ?1
             UNION
             SELECT u.id, u.induk_id, up.depth + 1 FROM unit_kerja u JOIN up ON u.id = up.induk
             WHERE up.depth < 20
         )
         SELECT id FROM up WHERE induk IS NULL LIMIT 1",
    )?
    .query_row([unit], |r| r.get(0))
    .optional()
}

/// A unit with its sub-units, as tab 1 keeps its employee list to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitScope {
    pub unit_id: i64,
    /// Short name (as lists show units) and full name.
    pub unit: String,
    pub unit_name: String,
    /// Units below it, at any depth.
    pub sub_units: usize,
    /// Every employee placed in it or in one of its sub-units, whatever
    /// their status (the list itself decides who is shown), by id.
    pub employees: Vec<i64>,
}

/// Unit `unit` and everything under it; `None` when there is no such unit.
/// A chain of parents that loops (`peka check` names it) stops at 16 levels.
pub fn scope(conn: &Connection, unit: i64) -> rusqlite::Result<Option<UnitScope>> {
    use rusqlite::OptionalExtension;
    let Some((short, name)) = conn
        .prepare_cached(&format!(
            "SELECT {}, u.nama FROM unit_kerja u WHERE u.id = ?1",
            super::employees::UNIT_SHORT_SQL
        ))?
        .query_row([unit], |r| Ok((r.get::<_, String>(0)?, r.get(1)?)))
        .optional()?
    else {
        return Ok(None);
    };
    const SUB: &str = "WITH RECURSIVE sub(id, depth) AS (
             SELECT id, 0 FROM unit_kerja WHERE id = ?1
             UNION
             SELECT u.id, sub.depth + 1 FROM unit_kerja u JOIN sub ON u.induk_id = sub.id
             WHERE sub.depth < 16
         )";
    let sub_units: i64 = conn
        .prepare_cached(&format!("{SUB} SELECT count(*) - 1 FROM sub"))?
        .query_row([unit], |r| r.get(0))?;
    let employees = conn
        .prepare_cached(&format!(
            "{SUB} SELECT e.id FROM sub CROSS JOIN pegawai e ON e.unit_kerja_id = sub.id"
        ))?
        .query_map([unit], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(Some(UnitScope {
        unit_id: unit,
        unit: short,
        unit_name: name,
        sub_units: usize::try_from(sub_units).unwrap_or(0),
        employees,
    }))
}
