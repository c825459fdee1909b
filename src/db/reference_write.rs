//! Writes to the reference data the forms depend on — units and the
//! competency dictionary with its five level texts (standards and assessments
//! are in `profile_write`, built on the helpers here). Same rules as employees: one
//! `BEGIN IMMEDIATE` transaction per write, version-checked edits (a stale
//! one is `Conflict`), one audit row per write (entity = table name), deletes
//! refused with `HasHistory` while other rows use the record.
//!
//! A row written through the application is the office's own data: its
//! `asumsi` mark (seeded, unconfirmed content) is cleared.

use super::audit::{self, row_json, rows_json, with_key};
use super::employees_write::versioned_row;
use super::write::{Actor, ConstraintKind, WriteError, in_transaction};
use crate::domain::enums::AuditAction;
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

/// A table and the columns an input writes, in the order of its values.
pub(crate) struct Table {
    pub(crate) name: &'static str,
    pub(crate) cols: &'static [&'static str],
}

fn insert_in(tx: &Connection, t: &Table, values: &[&dyn ToSql]) -> Result<i64, WriteError> {
    debug_assert_eq!(t.cols.len(), values.len());
    let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        t.name,
        t.cols.join(", "),
        marks.join(", ")
    );
    tx.prepare_cached(&sql)?.execute(values)?;
    Ok(tx.last_insert_rowid())
}

/// True when row `id` already holds exactly these values.
fn unchanged(
    tx: &Connection,
    t: &Table,
    id: i64,
    values: &[&dyn ToSql],
) -> Result<bool, WriteError> {
    let terms: Vec<String> = t
        .cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} IS ?{}", i + 1))
        .collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?{}",
        terms.join(" AND "),
        t.name,
        values.len() + 1
    );
    let mut all: Vec<&dyn ToSql> = values.to_vec();
    all.push(&id);
    let same: Option<bool> = tx
        .prepare_cached(&sql)?
        .query_row(&all[..], |r| r.get(0))
        .optional()?;
    Ok(same.unwrap_or(false))
}

fn update_in(
    tx: &Connection,
    t: &Table,
    id: i64,
    expected_version: i64,
    values: &[&dyn ToSql],
) -> Result<(), WriteError> {
    let sets: Vec<String> = t
        .cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 1))
        .collect();
    let n = values.len();
    let sql = format!(
        "UPDATE {} SET {}, version = version + 1 WHERE id = ?{} AND version = ?{}",
        t.name,
        sets.join(", "),
        n + 1,
        n + 2
    );
    let mut all: Vec<&dyn ToSql> = values.to_vec();
    all.push(&id);
    all.push(&expected_version);
    if tx.prepare_cached(&sql)?.execute(&all[..])? == 0 {
        return Err(audit::conflict(tx, t.name, id));
    }
    Ok(())
}

pub(crate) type Check<'a> = &'a dyn Fn(&Connection) -> Result<(), WriteError>;

pub(crate) fn insert_audited(
    conn: &Connection,
    t: &Table,
    values: &[&dyn ToSql],
    actor: &Actor,
    check: Check<'_>,
) -> Result<i64, WriteError> {
    in_transaction(conn, |tx| {
        check(tx)?;
        let id = insert_in(tx, t, values)?;
        let after = row_json(tx, t.name, id)?;
        audit::append(tx, actor, t.name, id, AuditAction::Tambah, None, after)?;
        Ok(id)
    })
}

pub(crate) fn update_audited(
    conn: &Connection,
    t: &Table,
    (id, expected_version): (i64, i64),
    values: &[&dyn ToSql],
    actor: &Actor,
    check: Check<'_>,
) -> Result<i64, WriteError> {
    in_transaction(conn, |tx| {
        let before = versioned_row(tx, t.name, t.name, id, expected_version)?;
        if unchanged(tx, t, id, values)? {
            return Ok(expected_version);
        }
        check(tx)?;
        update_in(tx, t, id, expected_version, values)?;
        let after = row_json(tx, t.name, id)?;
        audit::append(
            tx,
            actor,
            t.name,
            id,
            AuditAction::Ubah,
            Some(before),
            after,
        )?;
        Ok(expected_version + 1)
    })
}

/// Deletes a row unless `in_use_sql` (one boolean, `?1` = id) says other rows
/// use it.
pub(crate) fn delete_audited(
    conn: &Connection,
    table: &str,
    (id, expected_version): (i64, i64),
    actor: &Actor,
    in_use_sql: Option<&str>,
) -> Result<(), WriteError> {
    in_transaction(conn, |tx| {
        let before = versioned_row(tx, table, table, id, expected_version)?;
        if let Some(sql) = in_use_sql
            && tx
                .prepare_cached(sql)?
                .query_row([id], |r| r.get::<_, bool>(0))?
        {
            return Err(WriteError::HasHistory);
        }
        let sql = format!("DELETE FROM {table} WHERE id = ?1 AND version = ?2");
        if tx.execute(&sql, params![id, expected_version])? == 0 {
            return Err(audit::conflict(tx, table, id));
        }
        audit::append(tx, actor, table, id, AuditAction::Hapus, Some(before), None)?;
        Ok(())
    })
}

/// `Constraint { column, ForeignKey }` unless `sql` (`?1` = value) finds a row.
pub(crate) fn must_exist(
    tx: &Connection,
    sql: &str,
    value: &dyn ToSql,
    column: &str,
) -> Result<(), WriteError> {
    let found: bool = tx
        .prepare_cached(&format!("SELECT EXISTS({sql})"))?
        .query_row([value], |r| r.get(0))?;
    if found {
        Ok(())
    } else {
        Err(WriteError::constraint(column, ConstraintKind::ForeignKey))
    }
}

// ---------------------------------------------------------------- units

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
}

const UNIT: Table = Table {
    name: "unit_kerja",
    cols: &[
        "kode",
        "nama",
        "singkatan",
        "jenis",
        "induk_id",
        "urutan",
        "aktif",
        "asumsi",
    ],
};

struct UnitValues(String, String, String, String, Option<i64>, i64, bool);

impl UnitValues {
    fn of(u: &UnitInput) -> UnitValues {
        UnitValues(
            u.kode.trim().to_string(),
            u.nama.trim().to_string(),
            u.singkatan.trim().to_string(),
            u.jenis.trim().to_string(),
            u.induk_id,
            u.urutan,
            u.aktif,
        )
    }
    fn values(&self) -> [&dyn ToSql; 8] {
        [
            &self.0, &self.1, &self.2, &self.3, &self.4, &self.5, &self.6, &false,
        ]
    }
}

/// A unit for its edit form, with the row's version.
pub fn load_unit(conn: &Connection, id: i64) -> rusqlite::Result<Option<(UnitInput, i64)>> {
    conn.prepare_cached(
        "SELECT kode, nama, singkatan, jenis, induk_id, urutan, aktif, version FROM unit_kerja WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok((
            UnitInput {
                kode: r.get(0)?,
                nama: r.get(1)?,
                singkatan: r.get(2)?,
                jenis: r.get(3)?,
                induk_id: r.get(4)?,
                urutan: r.get(5)?,
                aktif: r.get(6)?,
            },
            r.get(7)?,
        ))
    })
    .optional()
}

/// The parent must exist and must not be the unit itself or one of its
/// sub-units (`Constraint { column: "induk_id", kind: Check }`).
fn check_parent(tx: &Connection, id: Option<i64>, parent: Option<i64>) -> Result<(), WriteError> {
    let Some(parent) = parent else { return Ok(()) };
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

/// Adds a unit; returns its id.
pub fn insert_unit(conn: &Connection, u: &UnitInput, actor: &Actor) -> Result<i64, WriteError> {
    let v = UnitValues::of(u);
    insert_audited(conn, &UNIT, &v.values(), actor, &|tx| {
        check_parent(tx, None, u.induk_id)
    })
}

/// Saves an edit of a unit made on `expected_version`; returns the new version.
pub fn update_unit(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    u: &UnitInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let v = UnitValues::of(u);
    update_audited(
        conn,
        &UNIT,
        (id, expected_version),
        &v.values(),
        actor,
        &|tx| check_parent(tx, Some(id), u.induk_id),
    )
}

/// Deletes a unit no employee, sub-unit, internship or agreement uses (else
/// `HasHistory`: mark it inactive instead).
pub fn delete_unit(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    delete_audited(
        conn,
        "unit_kerja",
        (id, expected_version),
        actor,
        Some(
            "SELECT EXISTS(SELECT 1 FROM pegawai WHERE unit_kerja_id = ?1)
                 OR EXISTS(SELECT 1 FROM unit_kerja WHERE induk_id = ?1)
                 OR EXISTS(SELECT 1 FROM magang WHERE unit_kerja_id = ?1)
                 OR EXISTS(SELECT 1 FROM kerja_sama WHERE unit_pelaksana_id = ?1)",
        ),
    )
}

// ---------------------------------------------------------------- competencies

/// The text of one proficiency level (1–5) of a competency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LevelText {
    pub deskripsi: String,
    pub indikator: String,
}

/// A competency of the dictionary with its five level texts (`levels[0]` is
/// level 1); `jenis` as its code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompetencyInput {
    pub kode: String,
    pub nama: String,
    pub jenis: String,
    pub definisi: String,
    pub levels: [LevelText; 5],
}

const COMPETENCY: Table = Table {
    name: "kompetensi",
    cols: &["kode", "nama", "jenis", "definisi", "asumsi"],
};

impl CompetencyInput {
    fn trimmed(&self) -> CompetencyInput {
        CompetencyInput {
            kode: self.kode.trim().to_string(),
            nama: self.nama.trim().to_string(),
            jenis: self.jenis.trim().to_string(),
            definisi: self.definisi.trim().to_string(),
            levels: self.levels.clone().map(|l| LevelText {
                deskripsi: l.deskripsi.trim().to_string(),
                indikator: l.indikator.trim().to_string(),
            }),
        }
    }
    fn values(&self) -> [&dyn ToSql; 5] {
        [&self.kode, &self.nama, &self.jenis, &self.definisi, &false]
    }
}

fn load_levels(conn: &Connection, id: i64) -> rusqlite::Result<[LevelText; 5]> {
    let mut levels: [LevelText; 5] = Default::default();
    let mut stmt = conn.prepare_cached(
        "SELECT level, deskripsi, indikator FROM kompetensi_level WHERE kompetensi_id = ?1",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (level, deskripsi, indikator) = row?;
        if let Some(slot) = usize::try_from(level - 1)
            .ok()
            .and_then(|i| levels.get_mut(i))
        {
            *slot = LevelText {
                deskripsi,
                indikator,
            };
        }
    }
    Ok(levels)
}

/// A competency with its level texts, for its edit form, and the version.
pub fn load_competency(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<(CompetencyInput, i64)>> {
    let head = conn
        .prepare_cached(
            "SELECT kode, nama, jenis, definisi, version FROM kompetensi WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                CompetencyInput {
                    kode: r.get(0)?,
                    nama: r.get(1)?,
                    jenis: r.get(2)?,
                    definisi: r.get(3)?,
                    levels: Default::default(),
                },
                r.get::<_, i64>(4)?,
            ))
        })
        .optional()?;
    let Some((mut c, version)) = head else {
        return Ok(None);
    };
    c.levels = load_levels(conn, id)?;
    Ok(Some((c, version)))
}

/// Writes the five level texts; a level whose text changed gets version + 1.
fn save_levels(tx: &Connection, id: i64, levels: &[LevelText; 5]) -> Result<(), WriteError> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi, indikator, asumsi)
         VALUES (?1, ?2, ?3, ?4, 0)
         ON CONFLICT (kompetensi_id, level) DO UPDATE SET
             deskripsi = excluded.deskripsi, indikator = excluded.indikator, asumsi = 0,
             version = version + 1
         WHERE deskripsi IS NOT excluded.deskripsi OR indikator IS NOT excluded.indikator",
    )?;
    for (i, l) in levels.iter().enumerate() {
        stmt.execute(params![id, i as i64 + 1, l.deskripsi, l.indikator])?;
    }
    Ok(())
}

/// The competency row with its level rows under `levels`, for the audit.
fn competency_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<Value>> {
    let levels = rows_json(
        tx,
        "SELECT * FROM kompetensi_level WHERE kompetensi_id = ?1 ORDER BY level",
        [id],
    )?;
    Ok(row_json(tx, "kompetensi", id)?.map(|v| with_key(v, "levels", Value::Array(levels))))
}

/// Adds a competency with its five level texts; returns its id.
pub fn insert_competency(
    conn: &Connection,
    c: &CompetencyInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let c = c.trimmed();
    in_transaction(conn, |tx| {
        let id = insert_in(tx, &COMPETENCY, &c.values())?;
        save_levels(tx, id, &c.levels)?;
        let after = competency_json(tx, id)?;
        audit::append(
            tx,
            actor,
            "kompetensi",
            id,
            AuditAction::Tambah,
            None,
            after,
        )?;
        Ok(id)
    })
}

/// Saves an edit of a competency and its level texts made on
/// `expected_version` (the competency's version covers its levels); returns
/// the new version.
pub fn update_competency(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    c: &CompetencyInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let c = c.trimmed();
    in_transaction(conn, |tx| {
        versioned_row(tx, "kompetensi", "kompetensi", id, expected_version)?;
        if unchanged(tx, &COMPETENCY, id, &c.values())? && load_levels(tx, id)? == c.levels {
            return Ok(expected_version);
        }
        let before = competency_json(tx, id)?;
        update_in(tx, &COMPETENCY, id, expected_version, &c.values())?;
        save_levels(tx, id, &c.levels)?;
        let after = competency_json(tx, id)?;
        audit::append(
            tx,
            actor,
            "kompetensi",
            id,
            AuditAction::Ubah,
            before,
            after,
        )?;
        Ok(expected_version + 1)
    })
}

/// Deletes a competency (and its level texts) that no assessment, standard,
/// training or development plan uses (else `HasHistory`).
pub fn delete_competency(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    in_transaction(conn, |tx| {
        versioned_row(tx, "kompetensi", "kompetensi", id, expected_version)?;
        let used: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM penilaian_kompetensi WHERE kompetensi_id = ?1)
                     OR EXISTS(SELECT 1 FROM standar_kompetensi WHERE kompetensi_id = ?1)
                     OR EXISTS(SELECT 1 FROM pelatihan_kompetensi WHERE kompetensi_id = ?1)
                     OR EXISTS(SELECT 1 FROM rencana_pengembangan WHERE kompetensi_id = ?1)",
            )?
            .query_row([id], |r| r.get(0))?;
        if used {
            return Err(WriteError::HasHistory);
        }
        let before = competency_json(tx, id)?;
        tx.execute(
            "DELETE FROM kompetensi_level WHERE kompetensi_id = ?1",
            [id],
        )?;
        if tx.execute(
            "DELETE FROM kompetensi WHERE id = ?1 AND version = ?2",
            params![id, expected_version],
        )? == 0
        {
            return Err(audit::conflict(tx, "kompetensi", id));
        }
        audit::append(
            tx,
            actor,
            "kompetensi",
            id,
            AuditAction::Hapus,
            before,
            None,
        )?;
        Ok(())
    })
}
