//! One place per record kind in the database layer (issue 7): a kind names
//! its table, writes its column list once, says how a row becomes the type
//! (and the type becomes stored values), and which checks and child rows go
//! with a write. Every write of every kind then goes through the one generic
//! audited insert, version-checked update and delete here: one `BEGIN
//! IMMEDIATE` transaction, one audit row, the same conflict message.

use super::audit::{self, row_json};
use super::write::{Actor, ConstraintKind, WriteError, in_transaction};
use crate::domain::enums::AuditAction;
use rusqlite::types::{ToSql, Value};
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use serde_json::Value as Json;

/// What other rows use a record: (table, how many), for a refused delete.
pub type Uses = Vec<(&'static str, i64)>;

/// A record kind as stored.
pub trait Record: Sized + Clone + PartialEq + std::fmt::Debug + Send + 'static {
    /// The table, which is also the audit entity.
    const TABLE: &'static str;
    /// The columns the record writes, in the order of [`Record::values`].
    /// A trailing `asumsi` column is written as 0: a row saved through the
    /// application is the office's own data, no longer an assumption.
    const COLUMNS: &'static [&'static str];

    /// The values as stored (trimmed, NULL for an empty optional), in the
    /// order of `COLUMNS`.
    fn values(&self) -> Vec<Value>;

    /// The record from a row that selects `COLUMNS` in order.
    fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self>;

    /// Checks inside the write transaction that a constraint would only
    /// report vaguely: references named at their field, cycles, uniqueness
    /// ignoring case. `id` is `None` for an insert.
    fn check(&self, _tx: &Connection, _id: Option<i64>) -> Result<(), WriteError> {
        Ok(())
    }

    /// Rows that use record `id`; a delete is refused while any is there.
    fn uses(_tx: &Connection, _id: i64) -> rusqlite::Result<Uses> {
        Ok(Vec::new())
    }

    /// Why record `id` may not be deleted: by default `InUse` with
    /// [`Record::uses`].
    fn refuse_delete(tx: &Connection, id: i64) -> Result<(), WriteError> {
        let uses = Self::uses(tx, id)?;
        if uses.is_empty() {
            Ok(())
        } else {
            Err(WriteError::InUse(uses))
        }
    }

    /// The record as it will be stored, where child rows need trimming too
    /// (own columns are normalised by [`Record::values`]).
    fn normalized(&self) -> Self {
        self.clone()
    }

    /// Child rows kept with the record (a competency's level texts).
    fn load_children(&mut self, _conn: &Connection, _id: i64) -> rusqlite::Result<()> {
        Ok(())
    }
    /// Writes the child rows after the record's own row.
    fn save_children(&self, _tx: &Connection, _id: i64) -> Result<(), WriteError> {
        Ok(())
    }
    /// Removes the child rows before the record's own row is deleted;
    /// returns a key and value to add to the audit image of what was there.
    fn delete_children(
        _tx: &Connection,
        _id: i64,
    ) -> Result<Option<(&'static str, Json)>, WriteError> {
        Ok(None)
    }
    /// Whether the audit image is the row alone (the default
    /// [`Record::audit_json`], not replaced by the kind): then an insert
    /// writes the image's text straight from the row.
    const AUDIT_IMAGE_IS_ROW: bool = false;
    /// The audit image of row `id` (with its children).
    fn audit_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<Json>> {
        row_json(tx, Self::TABLE, id)
    }
    /// Rows written with an insert in the same transaction (an employee's
    /// first status); returns a key and value to add to the audit image.
    fn after_insert(
        &self,
        _tx: &Connection,
        _id: i64,
        _actor: &Actor,
    ) -> Result<Option<(&'static str, Json)>, WriteError> {
        Ok(None)
    }
    /// [`Record::after_insert`] with the value as JSON text (as
    /// `Value::to_string` writes it), for a kind whose image is the row
    /// ([`Record::AUDIT_IMAGE_IS_ROW`]): a kind may write it without
    /// building the value.
    fn after_insert_text(
        &self,
        tx: &Connection,
        id: i64,
        actor: &Actor,
    ) -> Result<Option<(&'static str, String)>, WriteError> {
        Ok(self
            .after_insert(tx, id, actor)?
            .map(|(key, value)| (key, value.to_string())))
    }
}

/// A text column's stored value: trimmed.
pub fn text_value(s: &str) -> Value {
    Value::Text(s.trim().to_string())
}

/// An optional text column's stored value: trimmed, NULL when empty.
pub fn opt_text_value(s: &Option<String>) -> Value {
    match s.as_deref().map(str::trim) {
        Some(v) if !v.is_empty() => Value::Text(v.to_string()),
        _ => Value::Null,
    }
}

/// `Constraint { column, ForeignKey }` unless `sql` (`?1` = value) finds a row.
pub fn must_exist(
    tx: &Connection,
    sql: &str,
    value: &dyn ToSql,
    column: &str,
) -> Result<(), WriteError> {
    let exists = audit::statement_text(sql, "must_exist", || format!("SELECT EXISTS({sql})"));
    let memo = found_key(tx, exists, value);
    if let Some(key) = &memo
        && FOUND.with_borrow(|f| f.as_ref().is_some_and(|(_, found)| found.contains(key)))
    {
        return Ok(());
    }
    let found: bool = tx
        .prepare_cached(exists)?
        .query_row([value], |r| r.get(0))?;
    if !found {
        return Err(WriteError::constraint(column, ConstraintKind::ForeignKey));
    }
    if let Some(key) = memo {
        FOUND.with_borrow_mut(|f| {
            if let Some((_, found)) = f {
                found.insert(key);
            }
        });
    }
    Ok(())
}

/// A value `must_exist` looked for: what its statement is bound to.
#[derive(Debug, Hash, PartialEq, Eq)]
enum Sought {
    Integer(i64),
    Text(Box<str>),
}

/// A reference found: its statement (the address of its text, made once)
/// and the value.
type Found = (usize, Sought);

thread_local! {
    /// The references `must_exist` found while this thread's write
    /// transaction keeps them ([`keep_found`]): the connection (its
    /// address) and each reference found.
    static FOUND: std::cell::RefCell<Option<(usize, std::collections::HashSet<Found>)>> =
        const { std::cell::RefCell::new(None) };
}

/// The key of a lookup on `tx` while [`keep_found`] keeps them for `tx`.
fn found_key(tx: &Connection, exists: &'static str, value: &dyn ToSql) -> Option<Found> {
    use rusqlite::types::{ToSqlOutput, ValueRef};
    let conn = std::ptr::from_ref(tx) as usize;
    if !FOUND.with_borrow(|f| f.as_ref().is_some_and(|(k, _)| *k == conn)) {
        return None;
    }
    let out = value.to_sql().ok()?;
    let v = match &out {
        ToSqlOutput::Borrowed(v) => *v,
        ToSqlOutput::Owned(v) => ValueRef::from(v),
        _ => return None,
    };
    let sought = match v {
        ValueRef::Integer(i) => Sought::Integer(i),
        ValueRef::Text(t) => Sought::Text(std::str::from_utf8(t).ok()?.into()),
        _ => return None,
    };
    Some((exists.as_ptr() as usize, sought))
}

/// While this lives, [`must_exist`] on `tx` remembers each reference it
/// found and does not look for it again (an import of 100,000 employees
/// looked up the same units and golongan 200,000 times). Only for a write
/// transaction held on this thread, in which nothing deletes a row looked
/// up and every undo of a part of it is followed by [`forget_found`];
/// dropped before the transaction ends.
#[must_use = "references are kept only while the guard lives"]
pub struct FoundKept(());

impl Drop for FoundKept {
    fn drop(&mut self) {
        FOUND.with_borrow_mut(|f| *f = None);
    }
}

pub fn keep_found(tx: &Connection) -> FoundKept {
    let conn = std::ptr::from_ref(tx) as usize;
    FOUND.with_borrow_mut(|f| *f = Some((conn, std::collections::HashSet::new())));
    FoundKept(())
}

/// After a rollback to a savepoint: what was found may be gone; look again.
pub fn forget_found() {
    FOUND.with_borrow_mut(|f| {
        if let Some((_, found)) = f {
            found.clear();
        }
    });
}

/// Counts the rows of each `(table, column)` that point at `id`, keeping the
/// tables with at least one.
pub fn count_uses(
    tx: &Connection,
    id: i64,
    refs: &[(&'static str, &'static str)],
) -> rusqlite::Result<Uses> {
    let mut out = Vec::new();
    for (table, column) in refs {
        let n: i64 = tx
            .prepare_cached(&format!("SELECT count(*) FROM {table} WHERE {column} = ?1"))?
            .query_row([id], |r| r.get(0))?;
        if n > 0 {
            out.push((*table, n));
        }
    }
    Ok(out)
}

/// Stored values of `r`, with `asumsi` = 0 when it is the last column.
fn stored<R: Record>(r: &R) -> Vec<Value> {
    let mut v = r.values();
    if R::COLUMNS.last() == Some(&"asumsi") && v.len() + 1 == R::COLUMNS.len() {
        v.push(Value::Integer(0));
    }
    debug_assert_eq!(v.len(), R::COLUMNS.len(), "{}: values vs columns", R::TABLE);
    v
}

/// The record `id` with its version, for an edit form.
pub fn load<R: Record>(conn: &Connection, id: i64) -> rusqlite::Result<Option<(R, i64)>> {
    let sql = audit::statement_text(std::any::type_name::<R>(), "load", || {
        format!(
            "SELECT {}, version FROM {} WHERE id = ?1",
            R::COLUMNS.join(", "),
            R::TABLE
        )
    });
    let n = R::COLUMNS.len();
    let found = conn
        .prepare_cached(sql)?
        .query_row([id], |r| Ok((R::from_row(r)?, r.get::<_, i64>(n)?)))
        .optional()?;
    let Some((mut record, version)) = found else {
        return Ok(None);
    };
    record.load_children(conn, id)?;
    Ok(Some((record, version)))
}

/// Adds a record; returns its id. One transaction: checks, the row, its
/// children, what goes with it, one `TAMBAH` audit row.
pub fn insert<R: Record>(conn: &Connection, r: &R, actor: &Actor) -> Result<i64, WriteError> {
    in_transaction(conn, |tx| insert_in(tx, r, actor))
}

/// `insert` inside a transaction the caller holds (several records that
/// are written together or not at all).
pub fn insert_in<R: Record>(tx: &Connection, r: &R, actor: &Actor) -> Result<i64, WriteError> {
    let values = stored(r);
    {
        r.check(tx, None)?;
        let sql = audit::statement_text(std::any::type_name::<R>(), "insert", || {
            let marks: Vec<String> = (1..=R::COLUMNS.len()).map(|i| format!("?{i}")).collect();
            format!(
                "INSERT INTO {} ({}) VALUES ({})",
                R::TABLE,
                R::COLUMNS.join(", "),
                marks.join(", ")
            )
        });
        tx.prepare_cached(sql)?
            .execute(params_from_iter(values.iter()))?;
        let id = tx.last_insert_rowid();
        r.save_children(tx, id)?;
        if R::AUDIT_IMAGE_IS_ROW {
            let extra = r.after_insert_text(tx, id, actor)?;
            let extra = extra.as_ref().map(|(key, text)| (*key, text.as_str()));
            let after = super::audit_image::row_json_text(tx, R::TABLE, id, extra)?;
            audit::append_text(tx, actor, R::TABLE, id, AuditAction::Tambah, None, after)?;
            return Ok(id);
        }
        let extra = r.after_insert(tx, id, actor)?;
        let mut after = R::audit_json(tx, id)?;
        if let Some((key, value)) = extra {
            after = after.map(|v| audit::with_key(v, key, value));
        }
        audit::append(tx, actor, R::TABLE, id, AuditAction::Tambah, None, after)?;
        Ok(id)
    }
}

/// The row's audit image before a version-checked write: `NotFound` when it
/// is gone, `Conflict` (who and when, from the audit) when its version moved.
pub fn versioned_before<R: Record>(
    tx: &Connection,
    id: i64,
    expected_version: i64,
) -> Result<Json, WriteError> {
    let Some(row) = row_json(tx, R::TABLE, id)? else {
        return Err(WriteError::NotFound);
    };
    if row["version"].as_i64() != Some(expected_version) {
        return Err(audit::conflict(tx, R::TABLE, id));
    }
    Ok(R::audit_json(tx, id)?.unwrap_or(row))
}

/// Saves an edit made on version `expected_version`; returns the new version
/// (the same when nothing differed: no write, no audit row). Another
/// session's save in between gives `Conflict` and changes nothing.
pub fn update<R: Record>(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    r: &R,
    actor: &Actor,
) -> Result<i64, WriteError> {
    in_transaction(conn, |tx| update_in(tx, id, expected_version, r, actor))
}

/// `update` inside a transaction the caller holds (an import writes every
/// row of a file in one).
pub fn update_in<R: Record>(
    tx: &Connection,
    id: i64,
    expected_version: i64,
    r: &R,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let values = stored(r);
    {
        let before = versioned_before::<R>(tx, id, expected_version)?;
        if unchanged::<R>(tx, id, &values)? && children_unchanged(tx, id, r)? {
            return Ok(expected_version);
        }
        r.check(tx, Some(id))?;
        let sets: Vec<String> = R::COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect();
        let n = values.len();
        let sql = format!(
            "UPDATE {} SET {}, version = version + 1 WHERE id = ?{} AND version = ?{}",
            R::TABLE,
            sets.join(", "),
            n + 1,
            n + 2
        );
        let mut all = values.clone();
        all.push(Value::Integer(id));
        all.push(Value::Integer(expected_version));
        if tx
            .prepare_cached(&sql)?
            .execute(params_from_iter(all.iter()))?
            == 0
        {
            return Err(audit::conflict(tx, R::TABLE, id));
        }
        r.save_children(tx, id)?;
        let after = R::audit_json(tx, id)?;
        audit::append(
            tx,
            actor,
            R::TABLE,
            id,
            AuditAction::Ubah,
            Some(before),
            after,
        )?;
        Ok(expected_version + 1)
    }
}

/// Deletes record `id` made on `expected_version`, unless other rows use it
/// (`InUse` says which and how many).
pub fn delete<R: Record>(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    in_transaction(conn, |tx| {
        let mut before = versioned_before::<R>(tx, id, expected_version)?;
        R::refuse_delete(tx, id)?;
        if let Some((key, value)) = R::delete_children(tx, id)? {
            before = audit::with_key(before, key, value);
        }
        let sql = format!("DELETE FROM {} WHERE id = ?1 AND version = ?2", R::TABLE);
        if tx.execute(&sql, params![id, expected_version])? == 0 {
            return Err(audit::conflict(tx, R::TABLE, id));
        }
        audit::append(
            tx,
            actor,
            R::TABLE,
            id,
            AuditAction::Hapus,
            Some(before),
            None,
        )?;
        Ok(())
    })
}

/// True when row `id` already holds exactly these values.
fn unchanged<R: Record>(tx: &Connection, id: i64, values: &[Value]) -> Result<bool, WriteError> {
    let terms: Vec<String> = R::COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} IS ?{}", i + 1))
        .collect();
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ?{}",
        terms.join(" AND "),
        R::TABLE,
        values.len() + 1
    );
    let mut all = values.to_vec();
    all.push(Value::Integer(id));
    let same: Option<bool> = tx
        .prepare_cached(&sql)?
        .query_row(params_from_iter(all.iter()), |r| r.get(0))
        .optional()?;
    Ok(same.unwrap_or(false))
}

/// True when row `id` already holds what `r` would store, children
/// included, leaving aside the `asumsi` mark (an import of a file that
/// repeats the stored values is not the office confirming them).
pub fn same_as_stored<R: Record>(tx: &Connection, id: i64, r: &R) -> Result<bool, WriteError> {
    let values = r.values();
    let n = values.len();
    // `values` is the same length for every record of a kind.
    let sql = audit::statement_text(std::any::type_name::<R>(), "same_as_stored", || {
        let terms: Vec<String> = R::COLUMNS
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, c)| format!("{c} IS ?{}", i + 1))
            .collect();
        format!(
            "SELECT {} FROM {} WHERE id = ?{}",
            terms.join(" AND "),
            R::TABLE,
            n + 1
        )
    });
    let mut all = values;
    all.push(Value::Integer(id));
    let same: Option<bool> = tx
        .prepare_cached(sql)?
        .query_row(params_from_iter(all.iter()), |r| r.get(0))
        .optional()?;
    Ok(same.unwrap_or(false) && children_unchanged(tx, id, r)?)
}

/// True when the stored child rows are those of `r` (the record with its
/// own values and the stored children equals `r`).
fn children_unchanged<R: Record>(tx: &Connection, id: i64, r: &R) -> Result<bool, WriteError> {
    let wanted = r.normalized();
    let mut probe = wanted.clone();
    probe.load_children(tx, id)?;
    Ok(probe == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// While `keep_found` lives, a reference found is not looked up again
    /// on that connection (shown by taking the row away behind its back);
    /// after `forget_found`, without the guard, and on another connection,
    /// it is.
    #[test]
    fn a_reference_found_is_looked_up_once_while_kept() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (7, 'U7', 'Unit', 'BADAN');",
        )
        .unwrap();
        let other = crate::db::open_in_memory().unwrap();
        let unit = "SELECT 1 FROM unit_kerja WHERE id = ?1";
        let golongan = "SELECT 1 FROM golongan WHERE kode = ?1";
        let check = |c: &Connection, sql: &str, v: &dyn ToSql| must_exist(c, sql, v, "col").is_ok();
        let take_away = || {
            conn.execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM unit_kerja WHERE id = 7;")
                .unwrap()
        };
        {
            let _kept = keep_found(&conn);
            assert!(check(&conn, unit, &7));
            assert!(check(&conn, golongan, &"III/a"));
            assert!(
                !check(&conn, unit, &8),
                "a missing row is looked up each time"
            );
            assert!(!check(&other, unit, &7), "another connection looks");
            take_away();
            assert!(check(&conn, unit, &7), "kept");
            assert!(!check(&conn, golongan, &"III/x"));
            forget_found();
            assert!(!check(&conn, unit, &7), "looked up again");
            conn.execute_batch(
                "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (7, 'U7', 'Unit', 'BADAN');",
            )
            .unwrap();
            assert!(check(&conn, unit, &7));
        }
        take_away();
        assert!(!check(&conn, unit, &7), "the guard is gone");
    }
}
