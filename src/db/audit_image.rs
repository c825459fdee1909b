//! Audit images written straight as JSON text: the text
//! `serde_json::Value::to_string` gives for `audit::row_json` (with a key
//! added), without building the map of values for each of the 100,000 rows
//! an import adds.

use super::audit::{quote_ident, statement_text, value_json};
use super::json_text;
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
    stmt.query_row([id], |row| {
        // The columns as the statement has them once run: a statement
        // prepared again after a change of schema has the new ones.
        let layout = Layout::of(conn, row.as_ref(), table, extra.map(|(k, _)| k))?;
        let mut out: Vec<u8> = Vec::with_capacity(layout.size_hint.get() + 64);
        for (column, key) in &layout.order {
            out.extend_from_slice(&layout.keys[key.clone()]);
            match (column, extra) {
                (Some(i), _) => value_text(&mut out, row.get_ref(*i)?),
                (None, Some((_, v))) => out.extend_from_slice(v.as_bytes()),
                (None, None) => unreachable!("only `extra` has no column"),
            }
        }
        if layout.order.is_empty() {
            out.push(b'{');
        }
        out.push(b'}');
        layout.size_hint.set(out.len());
        // Every piece is UTF-8 (keys and values through serde_json).
        Ok(String::from_utf8(out)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    })
    .optional()
}

/// Where each key of a table's image goes: the keys written once, in the
/// order the JSON map holds them (sorted), each with its column (`None` for
/// the added key). Made once per table, added key and columns, and kept for
/// the thread: an import writes 200,000 images of two tables, and sorting
/// and writing their keys each time was a third of making an image.
struct Layout {
    /// The statement's column names the layout was made for: a statement
    /// prepared again after a change of schema, or another file's table of
    /// the same name, gets a new layout.
    names: Vec<String>,
    keys: Vec<u8>,
    order: Vec<(Option<usize>, std::ops::Range<usize>)>,
    /// The length of the last image: the next one's buffer is made that
    /// big at once.
    size_hint: std::cell::Cell<usize>,
    /// The transaction ([`keep_layouts`]) in which `names` were last found
    /// to be the statement's: within it they are not read again.
    checked_in: std::cell::Cell<Option<Held>>,
}

/// A write transaction that [`keep_layouts`] holds: the connection (its
/// address) and which guard of this thread it was.
type Held = (usize, u64);

thread_local! {
    static HELD: std::cell::Cell<Option<Held>> = const { std::cell::Cell::new(None) };
    static GUARDS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// While the guard lives, the column names of each table's statement are
/// read once: no other connection can change the schema while `tx`'s write
/// transaction holds the file, and an import writes no schema. Reading 37
/// names for every employee's two images was 4 % of an import's writing
/// thread. Dropped before the transaction ends.
#[must_use = "names are kept only while the guard lives"]
pub struct LayoutsKept(());

impl Drop for LayoutsKept {
    fn drop(&mut self) {
        HELD.set(None);
    }
}

pub fn keep_layouts(tx: &Connection) -> LayoutsKept {
    let n = GUARDS.get() + 1;
    GUARDS.set(n);
    HELD.set(Some((std::ptr::from_ref(tx) as usize, n)));
    LayoutsKept(())
}

impl Layout {
    fn of(
        conn: &Connection,
        stmt: &rusqlite::Statement<'_>,
        table: &str,
        extra: Option<&str>,
    ) -> rusqlite::Result<std::rc::Rc<Layout>> {
        use std::rc::Rc;
        // A handful: the tables whose images are written as text.
        type Layouts = Vec<(String, Option<String>, Rc<Layout>)>;
        thread_local! {
            static LAYOUTS: std::cell::RefCell<Layouts> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let count = stmt.column_count();
        let found = LAYOUTS.with_borrow(|all| {
            all.iter()
                .find(|(t, e, _)| t == table && e.as_deref() == extra)
                .map(|(_, _, l)| Rc::clone(l))
        });
        let held = HELD
            .get()
            .filter(|(c, _)| *c == std::ptr::from_ref(conn) as usize);
        if let Some(layout) = found {
            if held.is_some() && layout.checked_in.get() == held && layout.names.len() == count {
                return Ok(layout);
            }
            let same = layout.names.len() == count
                && (0..count).all(|i| stmt.column_name(i).is_ok_and(|n| n == layout.names[i]));
            if same {
                layout.checked_in.set(held);
                return Ok(layout);
            }
        }
        let names = (0..count)
            .map(|i| stmt.column_name(i).map(str::to_string))
            .collect::<rusqlite::Result<Vec<String>>>()?;
        let layout = Rc::new(Layout::new(names, extra));
        layout.checked_in.set(held);
        LAYOUTS.with_borrow_mut(|all| {
            all.retain(|(t, e, _)| !(t == table && e.as_deref() == extra));
            all.push((
                table.to_string(),
                extra.map(str::to_string),
                Rc::clone(&layout),
            ));
        });
        Ok(layout)
    }

    /// The keys of `names` and `extra` (which takes the place of a column
    /// of its name), sorted as a JSON map sorts them.
    fn new(names: Vec<String>, extra: Option<&str>) -> Layout {
        let mut keys: Vec<u8> = Vec::new();
        let mut order = Vec::with_capacity(names.len() + 1);
        let mut sorted: Vec<(&str, Option<usize>)> = names
            .iter()
            .enumerate()
            .filter(|(_, name)| extra != Some(name.as_str()))
            .map(|(i, name)| (name.as_str(), Some(i)))
            .collect();
        if let Some(k) = extra {
            sorted.push((k, None));
        }
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        for (name, column) in sorted {
            let start = keys.len();
            keys.push(if start == 0 { b'{' } else { b',' });
            json_text::string_into(&mut keys, name);
            keys.push(b':');
            order.push((column, start..keys.len()));
        }
        Layout {
            names,
            keys,
            order,
            size_hint: std::cell::Cell::new(0),
            checked_in: std::cell::Cell::new(None),
        }
    }
}

/// The JSON text of a column's value, as `value_json(v).to_string()`.
fn value_text(out: &mut Vec<u8>, v: ValueRef<'_>) {
    match v {
        ValueRef::Null => out.extend_from_slice(b"null"),
        ValueRef::Integer(n) => json_text::integer_into(out, n),
        ValueRef::Text(t) => json_text::string_into(out, &String::from_utf8_lossy(t)),
        // Rare (no column of an imported kind): through the value.
        other => serde_json::to_writer(&mut *out, &value_json(other))
            .expect("writing to memory cannot fail"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::audit::{row_json, with_key};

    /// A database in memory whose table `t` has `id` and `columns`, and the
    /// row `1, values`.
    fn with_table(columns: &str, values: &str) -> Connection {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(&format!(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, {columns}); INSERT INTO t VALUES (1, {values});"
        ))
        .unwrap();
        conn
    }

    /// The image of `t`'s row 1 made as text, checked against the one made
    /// through a JSON value.
    fn image(conn: &Connection, extra: Option<(&str, &str)>) -> String {
        let want = row_json(conn, "t", 1).unwrap().map(|v| match extra {
            Some((k, text)) => with_key(v, k, serde_json::from_str(text).unwrap()),
            None => v,
        });
        let got = row_json_text(conn, "t", 1, extra).unwrap();
        assert_eq!(got, want.map(|v| v.to_string()));
        got.unwrap()
    }

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

    /// The keys kept for a table are made again when its columns are not
    /// those they were made for: another file's table of the same name, and
    /// a column added to the table.
    #[test]
    fn a_table_with_other_columns_gets_its_own_keys() {
        let a = with_table("a TEXT", "'x'");
        let b = with_table("c TEXT, b INTEGER", "'y', 7");
        assert_eq!(image(&a, None), r#"{"a":"x","id":1}"#);
        assert_eq!(image(&b, None), r#"{"b":7,"c":"y","id":1}"#);
        assert_eq!(image(&a, Some(("b", "[1]"))), r#"{"a":"x","b":[1],"id":1}"#);
        a.execute_batch("ALTER TABLE t ADD COLUMN d TEXT DEFAULT 'z'")
            .unwrap();
        assert_eq!(image(&a, None), r#"{"a":"x","d":"z","id":1}"#);
        assert_eq!(image(&b, None), r#"{"b":7,"c":"y","id":1}"#);
    }

    /// While [`keep_layouts`] holds one connection's transaction, images on
    /// it and on another connection's table of the same name are still each
    /// their own; once the guard is gone, a column renamed is seen again.
    #[test]
    fn kept_names_hold_for_their_transaction_only() {
        let image = |conn: &Connection| image(conn, None);
        let a = with_table("a TEXT", "'x'");
        let b = with_table("e TEXT", "'y'");
        {
            let _kept = keep_layouts(&a);
            for _ in 0..3 {
                assert_eq!(image(&a), r#"{"a":"x","id":1}"#);
                assert_eq!(image(&b), r#"{"e":"y","id":1}"#);
            }
        }
        a.execute_batch("ALTER TABLE t RENAME COLUMN a TO z")
            .unwrap();
        assert_eq!(image(&a), r#"{"id":1,"z":"x"}"#);
        {
            let _kept = keep_layouts(&a);
            assert_eq!(image(&a), r#"{"id":1,"z":"x"}"#);
            assert_eq!(image(&b), r#"{"e":"y","id":1}"#);
        }
        b.execute_batch("ALTER TABLE t RENAME COLUMN e TO f")
            .unwrap();
        assert_eq!(image(&b), r#"{"f":"y","id":1}"#);
    }
}
