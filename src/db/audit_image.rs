//! Audit images written straight as JSON text: the text
//! `serde_json::Value::to_string` gives for `audit::row_json` (with a key
//! added), without building the map of values for each of the 100,000 rows
//! an import adds.

use super::audit::{quote_ident, statement_text, value_json};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension};

/// The text of `row_json(conn, table, id)` with `extra` set under its key
/// (`with_key`), exactly as `Value::to_string` writes it (keys in the order
/// of a JSON map: sorted), made straight from the row: no map of values
/// built and taken apart again for each of the 100,000 rows of an import.
/// `extra`'s value is JSON text, as `Value::to_string` writes the value.
pub fn row_json_text(
    conn: &Connection,
    table: &str,
    id: i64,
    extra: Option<(&str, &str)>,
) -> rusqlite::Result<Option<String>> {
    let sql = statement_text(table, "row_json", || {
        format!("SELECT * FROM {} WHERE id = ?1", quote_ident(table))
    });
    let mut stmt = conn.prepare_cached(sql)?;
    // The keys, written once each, in the order the map would hold them;
    // a column named as `extra` gives way to it.
    let mut keys: Vec<u8> = Vec::new();
    let mut order: Vec<(Option<usize>, std::ops::Range<usize>)> = Vec::new();
    {
        let mut names: Vec<(&str, Option<usize>)> = Vec::with_capacity(stmt.column_count() + 1);
        for i in 0..stmt.column_count() {
            let name = stmt.column_name(i)?;
            if extra.is_none_or(|(k, _)| k != name) {
                names.push((name, Some(i)));
            }
        }
        if let Some((k, _)) = extra {
            names.push((k, None));
        }
        names.sort_by(|a, b| a.0.cmp(b.0));
        for (name, column) in names {
            let start = keys.len();
            keys.push(if start == 0 { b'{' } else { b',' });
            json_into(&mut keys, name);
            keys.push(b':');
            order.push((column, start..keys.len()));
        }
        if order.is_empty() {
            keys.push(b'{');
        }
    }
    stmt.query_row([id], |row| {
        let mut out: Vec<u8> = Vec::with_capacity(keys.len() * 3);
        for (column, key) in &order {
            out.extend_from_slice(&keys[key.clone()]);
            match (column, extra) {
                (Some(i), _) => value_text(&mut out, row.get_ref(*i)?),
                (None, Some((_, v))) => out.extend_from_slice(v.as_bytes()),
                (None, None) => unreachable!("only `extra` has no column"),
            }
        }
        if order.is_empty() {
            out.push(b'{');
        }
        out.push(b'}');
        // Every piece is UTF-8 (keys and values through serde_json).
        Ok(String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    })
    .optional()
}

/// `v` as serde_json writes it, appended to `out`.
fn json_into<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    serde_json::to_writer(&mut *out, v).expect("writing to memory cannot fail");
}

/// The JSON text of a column's value, as `value_json(v).to_string()`.
fn value_text(out: &mut Vec<u8>, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => out.extend_from_slice(b"null"),
        ValueRef::Integer(n) => {
            use std::io::Write;
            let _ = write!(out, "{n}");
        }
        ValueRef::Text(t) => json_into(out, &String::from_utf8_lossy(t)),
        // Rare (no column of an imported kind): through the value.
        other => json_into(out, &value_json(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::audit::{row_json, with_key};

    /// The text made straight from a row is the text of the row's JSON
    /// value with the same key set: every kind of value, characters JSON
    /// escapes, and the added key before, among, after and in place of
    /// the columns.
    #[test]
    fn row_json_text_is_row_json_to_string() {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, zeta TEXT, alpha REAL, Beta BLOB,
                            \"m n\" TEXT, nomor INTEGER, kosong TEXT, \"é\" TEXT);
             INSERT INTO t VALUES (1, 'a \"b\" \\ c' || char(10, 9, 1, 127) || ' é 😀',
                                   2.5, x'00ff10', '', -42, NULL, 'x');
             INSERT INTO t VALUES (2, NULL, 1e300, NULL, 'q', 9223372036854775807, '0', '');
             INSERT INTO t VALUES (3, 'z', 3.0, x'', 'w', 0, 'k', 'y');",
        )
        .unwrap();
        let nested = serde_json::json!({"id": 4, "status": "AKTIF", "catatan": "a\"b"});
        for id in 1..=4 {
            for key in [
                None,
                Some("aaa"),
                Some("nomor"),
                Some("nomor2"),
                Some("zz"),
                Some("Beta"),
            ] {
                let want = row_json(&conn, "t", id)
                    .unwrap()
                    .map(|v| match key {
                        Some(k) => with_key(v, k, nested.clone()),
                        None => v,
                    })
                    .map(|v| v.to_string());
                let nested_text = nested.to_string();
                let got =
                    row_json_text(&conn, "t", id, key.map(|k| (k, nested_text.as_str()))).unwrap();
                assert_eq!(got, want, "row {id}, key {key:?}");
            }
        }
    }
}
