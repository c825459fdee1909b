//! The append-only change log: one row per write, in the write's own
//! transaction, with the row before and after as JSON objects (column names as
//! keys).

use super::write::{Actor, WriteError, who};
use crate::domain::enums::AuditAction;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Params, params};
use serde_json::{Map, Value};

/// Local time as stored in `audit.waktu`: `YYYY-MM-DDTHH:MM:SS`.
///
/// The text of a second is made once and kept until the clock moves on:
/// an import writes thousands of entries a second, and the conversion to
/// local time and the formatting were a few per cent of its time.
pub fn now() -> String {
    use std::sync::Mutex;
    static LAST: Mutex<Option<(u64, String)>> = Mutex::new(None);
    let instant = std::time::SystemTime::now();
    // Seconds since the epoch, the key of the text (the same instant the
    // text is made from, so a second never gets the text of another).
    let second = instant
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(u64::MAX, |d| d.as_secs());
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((s, text)) = last.as_ref()
        && *s == second
    {
        return text.clone();
    }
    let text = chrono::DateTime::<chrono::Local>::from(instant)
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string();
    *last = Some((second, text.clone()));
    text
}

/// One audit entry as its hash covers it (issue 11 item 4): every column and
/// the hash of the entry before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub prev: String,
    pub id: i64,
    pub waktu: String,
    pub pengguna: String,
    pub klien_ssh: String,
    pub entitas: String,
    pub entitas_id: i64,
    pub aksi: String,
    pub sebelum: Option<String>,
    pub sesudah: Option<String>,
}

/// The hash of an entry: SHA-256 (hex) of its columns and the previous
/// entry's hash, written as one JSON array so no two entries read alike.
/// A removed, altered or inserted entry breaks the chain where it was.
pub fn entry_hash(e: &Entry) -> String {
    use super::json_text::{integer_into, opt_string_into, string_into};
    use sha2::{Digest, Sha256};
    // The array is written straight into a buffer kept for the thread, then
    // hashed at once: the same bytes as `serde_json::json!([...]).to_string()`
    // without copying the images into a JSON value first (an import hashes
    // 100,000 of them).
    thread_local! {
        static TEXT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    TEXT.with_borrow_mut(|text| {
        text.clear();
        text.push(b'[');
        string_into(text, &e.prev);
        text.push(b',');
        integer_into(text, e.id);
        for s in [&e.waktu, &e.pengguna, &e.klien_ssh, &e.entitas] {
            text.push(b',');
            string_into(text, s);
        }
        text.push(b',');
        integer_into(text, e.entitas_id);
        text.push(b',');
        string_into(text, &e.aksi);
        for s in [&e.sebelum, &e.sesudah] {
            text.push(b',');
            opt_string_into(text, s.as_deref());
        }
        text.push(b']');
        let digest = Sha256::digest(&text[..]);
        if text.capacity() > 1 << 20 {
            // An entry of an unusual size does not keep its buffer.
            *text = Vec::new();
        }
        hex(&digest)
    })
}

/// Lower-case hexadecimal of `bytes`.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 15) as usize] as char);
    }
    out
}

/// The last entry of the chain: its id and hash.
type Last = (i64, String);

thread_local! {
    /// The end of the chain while this thread's write transaction keeps it
    /// ([`keep_tail`]): the connection (its address) and the last entry,
    /// `None` when it must be read from the table.
    static TAIL: std::cell::RefCell<Option<(usize, Option<Last>)>> =
        const { std::cell::RefCell::new(None) };
}

/// While this lives, [`append`] on `tx` takes the end of the chain from the
/// entry it appended last instead of reading the table for each entry (an
/// import appends 100,000). Only for a write transaction held on this
/// thread (no other connection can append meanwhile) in which every undo
/// of a part of it is followed by [`forget_tail`]; dropped before the
/// transaction ends.
#[must_use = "the end is kept only while the guard lives"]
pub struct TailKept(());

impl Drop for TailKept {
    fn drop(&mut self) {
        TAIL.with_borrow_mut(|t| *t = None);
    }
}

pub fn keep_tail(tx: &Connection) -> TailKept {
    let key = std::ptr::from_ref(tx) as usize;
    TAIL.with_borrow_mut(|t| *t = Some((key, None)));
    TailKept(())
}

/// After a rollback to a savepoint: the end kept may be gone; read it again.
pub fn forget_tail() {
    TAIL.with_borrow_mut(|t| {
        if let Some((_, last)) = t {
            *last = None;
        }
    });
}

/// Appends one audit row, chained to the one before it. Call it inside the
/// write's transaction (`BEGIN IMMEDIATE`: one writer at a time) so the
/// change and its record commit (or roll back) together.
pub fn append(
    tx: &Connection,
    actor: &Actor,
    entity: &str,
    id: i64,
    action: AuditAction,
    before: Option<Value>,
    after: Option<Value>,
) -> rusqlite::Result<()> {
    append_text(
        tx,
        actor,
        entity,
        id,
        action,
        before.map(|v| v.to_string()),
        after.map(|v| v.to_string()),
    )
}

/// [`append`] with the images already written as JSON text (as
/// `Value::to_string` writes them: `audit_image::row_json_text`).
pub fn append_text(
    tx: &Connection,
    actor: &Actor,
    entity: &str,
    id: i64,
    action: AuditAction,
    before: Option<String>,
    after: Option<String>,
) -> rusqlite::Result<()> {
    let key = std::ptr::from_ref(tx) as usize;
    let kept = TAIL.with_borrow(|t| match t {
        Some((k, Some(last))) if *k == key => Some(last.clone()),
        _ => None,
    });
    let (last_id, prev) = match kept {
        Some(last) => last,
        None => tx
            .prepare_cached("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?
            .unwrap_or((0, String::new())),
    };
    let e = Entry {
        prev,
        id: last_id + 1,
        waktu: now(),
        pengguna: actor.user.clone(),
        klien_ssh: actor.ssh_client.clone(),
        entitas: entity.to_string(),
        entitas_id: id,
        aksi: action.as_code().to_string(),
        sebelum: before,
        sesudah: after,
    };
    let hash = entry_hash(&e);
    let mut stmt = tx.prepare_cached(
        "INSERT INTO audit (id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah,
                            hash_sebelum, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    stmt.execute(params![
        e.id,
        e.waktu,
        e.pengguna,
        e.klien_ssh,
        e.entitas,
        e.entitas_id,
        e.aksi,
        e.sebelum,
        e.sesudah,
        e.prev,
        hash,
    ])?;
    TAIL.with_borrow_mut(|t| {
        if let Some((k, last)) = t
            && *k == key
        {
            *last = Some((e.id, hash));
        }
    });
    Ok(())
}

/// One entry of a record's history: who, from where, when, what, and each
/// field that changed with its value before and after.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryEntry {
    pub waktu: String,
    pub pengguna: String,
    pub klien_ssh: String,
    pub aksi: String,
    /// (field, before, after); for an addition every field with a value.
    pub changes: Vec<(String, Option<String>, Option<String>)>,
}

fn json_text(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The fields that differ between two audit images (the version counter
/// aside), in the order of the columns after the change.
pub fn changes(
    before: Option<&Value>,
    after: Option<&Value>,
) -> Vec<(String, Option<String>, Option<String>)> {
    let empty = Map::new();
    let b = before.and_then(Value::as_object).unwrap_or(&empty);
    let a = after.and_then(Value::as_object).unwrap_or(&empty);
    let mut keys: Vec<&String> = a.keys().collect();
    keys.extend(b.keys().filter(|k| !a.contains_key(*k)));
    keys.into_iter()
        .filter(|k| k.as_str() != "version" && k.as_str() != "id")
        .filter_map(|k| {
            let old = b.get(k).and_then(json_text);
            let new = a.get(k).and_then(json_text);
            (old != new).then(|| (k.clone(), old, new))
        })
        .collect()
}

/// The history of record `id` of `entity` (its table), oldest first.
pub fn history(conn: &Connection, entity: &str, id: i64) -> rusqlite::Result<Vec<HistoryEntry>> {
    let mut stmt = conn.prepare_cached(
        "SELECT waktu, pengguna, klien_ssh, aksi, sebelum, sesudah FROM audit
         WHERE entitas = ?1 AND entitas_id = ?2 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![entity, id], |r| {
        let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str::<Value>(&s).ok());
        let before = parse(r.get(4)?);
        let after = parse(r.get(5)?);
        Ok(HistoryEntry {
            waktu: r.get(0)?,
            pengguna: r.get(1)?,
            klien_ssh: r.get(2)?,
            aksi: r.get(3)?,
            changes: changes(before.as_ref(), after.as_ref()),
        })
    })?;
    rows.collect()
}

/// Where the chain first breaks (`peka check`): the entry and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainBreak {
    /// Entry `id`'s content no longer matches its hash.
    Altered { id: i64 },
    /// One or more entries before `id` were removed.
    Removed { before: i64 },
    /// Entry `id` does not follow the one before it (put in afterwards).
    Inserted { id: i64 },
}

/// Walks the chain in id order; the first break, or None when it holds.
pub fn verify_chain(conn: &Connection) -> rusqlite::Result<Option<ChainBreak>> {
    let mut stmt = conn.prepare(
        "SELECT id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah,
                hash_sebelum, hash
         FROM audit ORDER BY id",
    )?;
    let mut rows = stmt.query([])?;
    let mut last: Option<(i64, String)> = None;
    // The hash of the entry before `last`: an entry put in between two
    // others is skipped by the chain of the one after it.
    let mut before_last = String::new();
    while let Some(r) = rows.next()? {
        let e = Entry {
            prev: r.get(9)?,
            id: r.get(0)?,
            waktu: r.get(1)?,
            pengguna: r.get(2)?,
            klien_ssh: r.get(3)?,
            entitas: r.get(4)?,
            entitas_id: r.get(5)?,
            aksi: r.get(6)?,
            sebelum: r.get(7)?,
            sesudah: r.get(8)?,
        };
        let stored: String = r.get(10)?;
        if entry_hash(&e) != stored {
            return Ok(Some(ChainBreak::Altered { id: e.id }));
        }
        let (expected_prev, gap) = match &last {
            Some((id, h)) => (h.as_str(), e.id != id + 1),
            None => ("", e.id != 1),
        };
        if e.prev != expected_prev {
            return Ok(Some(match &last {
                // The chain goes on from the entry before the last one: the
                // last one was put in.
                Some((id, _)) if e.prev == before_last => ChainBreak::Inserted { id: *id },
                _ if gap => ChainBreak::Removed { before: e.id },
                _ => ChainBreak::Inserted { id: e.id },
            }));
        }
        before_last = last.map(|(_, h)| h).unwrap_or_default();
        last = Some((e.id, stored));
    }
    Ok(None)
}

/// The latest audit entry of a row: (user, SSH client, time).
pub fn last_change(
    conn: &Connection,
    entity: &str,
    id: i64,
) -> rusqlite::Result<Option<(String, String, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT pengguna, klien_ssh, waktu FROM audit
         WHERE entitas = ?1 AND entitas_id = ?2 ORDER BY id DESC LIMIT 1",
    )?;
    stmt.query_row(params![entity, id], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })
    .optional()
}

/// The `Conflict` error for a row whose version moved, naming who changed it
/// last and when (from the audit table).
pub fn conflict(conn: &Connection, entity: &str, id: i64) -> WriteError {
    match last_change(conn, entity, id) {
        Ok(Some((user, ssh, time))) => WriteError::Conflict {
            changed_by: Some(who(&user, &ssh)),
            changed_at: Some(time),
        },
        Ok(None) => WriteError::Conflict {
            changed_by: None,
            changed_at: None,
        },
        Err(e) => e.into(),
    }
}

/// The row `id` of `table` as a JSON object (column names as keys), or `None`
/// when there is no such row. `table` must be a table with an `id` column
/// (it is quoted, never taken from user input).
pub fn row_json(conn: &Connection, table: &str, id: i64) -> rusqlite::Result<Option<Value>> {
    let sql = statement_text(table, "row_json", || {
        format!("SELECT * FROM {} WHERE id = ?1", quote_ident(table))
    });
    let mut stmt = conn.prepare_cached(sql)?;
    stmt.query_row([id], |row| {
        // The columns as the statement has them once run: a statement
        // prepared again after a change of schema has the new ones.
        let stmt = row.as_ref();
        let n = stmt.column_count();
        let mut obj = Map::with_capacity(n);
        for i in 0..n {
            obj.insert(
                stmt.column_name(i)?.to_string(),
                value_json(row.get_ref(i)?),
            );
        }
        Ok(Value::Object(obj))
    })
    .optional()
}

/// The text of a statement made from a table's name (and a record kind's
/// columns), built once per table and purpose for the life of the process:
/// a write made 100,000 times in an import neither formats its SQL again nor
/// hashes a new string into the statement cache. `build` runs the first time.
pub fn statement_text(
    table: &str,
    purpose: &'static str,
    build: impl FnOnce() -> String,
) -> &'static str {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex};
    type Texts = HashMap<&'static str, HashMap<String, &'static str>>;
    static TEXTS: LazyLock<Mutex<Texts>> = LazyLock::new(|| Mutex::new(HashMap::new()));
    let mut texts = TEXTS.lock().unwrap_or_else(|e| e.into_inner());
    let of_purpose = texts.entry(purpose).or_default();
    if let Some(sql) = of_purpose.get(table) {
        return sql;
    }
    // A few per table, never freed: tables and purposes are fixed names.
    let sql: &'static str = Box::leak(build().into_boxed_str());
    of_purpose.insert(table.to_string(), sql);
    sql
}

/// Every row of a query as JSON objects (column names as keys).
pub fn rows_json<P: Params>(
    conn: &Connection,
    sql: &str,
    params: P,
) -> rusqlite::Result<Vec<Value>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let mut obj = Map::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            obj.insert(name.clone(), value_json(row.get_ref(i)?));
        }
        out.push(Value::Object(obj));
    }
    Ok(out)
}

pub(super) fn value_json(v: ValueRef<'_>) -> Value {
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(n) => Value::from(n),
        ValueRef::Real(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::String(b.iter().map(|x| format!("{x:02x}")).collect()),
    }
}

pub(super) fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `obj` with `key` set to `value` (obj must be a JSON object; anything else
/// is returned unchanged). Used to attach child rows (e.g. the new status
/// history row) to the audited parent row.
pub fn with_key(mut obj: Value, key: &str, value: Value) -> Value {
    if let Value::Object(map) = &mut obj {
        map.insert(key.to_string(), value);
    }
    obj
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash is that of the entry written as one JSON array, as V11
    /// chained the entries already there: changing how it is computed must
    /// not change a single hash of a file.
    #[test]
    fn entry_hash_is_sha256_of_the_entry_as_a_json_array() {
        use sha2::{Digest, Sha256};
        for (sebelum, sesudah) in [
            (
                None,
                Some(r#"{"nama":"Aminah \"Cut\" é","id":7}"#.to_string()),
            ),
            (Some("{}".to_string()), None),
            (None, None),
        ] {
            let e = Entry {
                prev: "ab12".into(),
                id: 42,
                waktu: "2026-11-28T10:00:00".into(),
                pengguna: "budi".into(),
                klien_ssh: "10.0.0.5 22".into(),
                entitas: "pegawai".into(),
                entitas_id: -3,
                aksi: "TAMBAH".into(),
                sebelum,
                sesudah,
            };
            let text = serde_json::json!([
                e.prev,
                e.id,
                e.waktu,
                e.pengguna,
                e.klien_ssh,
                e.entitas,
                e.entitas_id,
                e.aksi,
                e.sebelum,
                e.sesudah
            ])
            .to_string();
            let want: String = Sha256::digest(text.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(entry_hash(&e), want);
        }
    }

    #[test]
    fn row_json_reads_every_column_and_none_for_a_missing_row() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute(
            "INSERT INTO kecamatan (kode, nama) VALUES ('117301', 'Banda Sakti')",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (7, 'U7', 'Dinas X', 'DINAS')",
            [],
        )
        .unwrap();
        let v = row_json(&conn, "unit_kerja", 7).unwrap().unwrap();
        assert_eq!(v["kode"], "U7");
        assert_eq!(v["induk_id"], Value::Null);
        assert_eq!(v["version"], 1);
        assert_eq!(v.as_object().unwrap().len(), 11);
        assert!(row_json(&conn, "unit_kerja", 8).unwrap().is_none());
    }

    #[test]
    fn append_and_last_change_round_trip() {
        let conn = crate::db::open_in_memory().unwrap();
        assert!(last_change(&conn, "pegawai", 1).unwrap().is_none());
        let a = Actor::new("budi", "10.0.0.5");
        append(&conn, &a, "pegawai", 1, AuditAction::Ubah, None, None).unwrap();
        let (user, ssh, time) = last_change(&conn, "pegawai", 1).unwrap().unwrap();
        assert_eq!((user.as_str(), ssh.as_str()), ("budi", "10.0.0.5"));
        assert!(chrono::NaiveDateTime::parse_from_str(&time, "%Y-%m-%dT%H:%M:%S").is_ok());
        assert_eq!(
            conflict(&conn, "pegawai", 1),
            WriteError::Conflict {
                changed_by: Some("budi (10.0.0.5)".into()),
                changed_at: Some(time)
            }
        );
    }
}
