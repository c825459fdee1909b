//! Schema comparison shared by the migration tests (V12, V13): what a
//! rebuild must keep, read from `sqlite_master` and the table pragmas.
#![allow(dead_code)]

use rusqlite::Connection;
use rusqlite::types::Value;
use std::collections::BTreeMap;

/// `sql` without comments, white space and quotes: the text to compare
/// once the layout is set aside.
pub fn flat(sql: &str) -> String {
    sql.lines()
        .map(|l| l.split("--").next().unwrap_or(""))
        .collect::<String>()
        .split_whitespace()
        .collect::<String>()
        .replace('"', "")
}

/// V13's chains `c='A'ORc='B'…` (text without spaces) read as the list they
/// replace, `cIN('A','B',…)`: what is left to compare once V13's rewrite is
/// undone.
pub fn chains_as_lists(sql: &str) -> String {
    let b = sql.as_bytes();
    let ident = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_';
    // A term `name='literal'` at `i`: (name, literal, end).
    let term = |i: usize| -> Option<(&str, &str, usize)> {
        if i >= b.len() || !(b[i].is_ascii_lowercase() || b[i] == b'_') {
            return None;
        }
        if i > 0 && ident(b[i - 1]) {
            return None;
        }
        let mut j = i;
        while j < b.len() && ident(b[j]) {
            j += 1;
        }
        if !sql[j..].starts_with("='") {
            return None;
        }
        let lit = j + 2;
        let close = lit + sql[lit..].find('\'')?;
        Some((&sql[i..j], &sql[lit..close], close + 1))
    };
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        if let Some((name, first, mut end)) = term(i) {
            let mut codes = vec![first];
            while sql[end..].starts_with("OR") {
                match term(end + 2) {
                    Some((n, lit, e)) if n == name => {
                        codes.push(lit);
                        end = e;
                    }
                    _ => break,
                }
            }
            if codes.len() >= 3 {
                let list: Vec<String> = codes.iter().map(|c| format!("'{c}'")).collect();
                out.push_str(&format!("{name}IN({})", list.join(",")));
                i = end;
                continue;
            }
        }
        let c = sql[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// Each object's definition (as `normalized` gives it) and per table its
/// columns, foreign keys and indexes as SQLite reads them.
pub fn schema_of(c: &Connection, normalized: fn(&str) -> String) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let objects: Vec<(String, String, String, Option<String>)> = c
        .prepare(
            "SELECT type, name, tbl_name, sql FROM sqlite_master
             WHERE name <> 'sqlite_sequence' ORDER BY type, name",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let rows = |sql: &str, arg: &str| -> String {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        st.query_map([arg], |r| {
            (0..n)
                .map(|i| r.get::<_, Value>(i).map(|v| format!("{v:?}")))
                .collect::<Result<Vec<_>, _>>()
        })
        .unwrap()
        .map(|r| r.unwrap().join("|"))
        .collect::<Vec<_>>()
        .join("\n")
    };
    for (kind, name, table, sql) in objects {
        let key = format!("{kind} {name} on {table}");
        out.insert(
            key.clone(),
            sql.as_deref().map(normalized).unwrap_or_default(),
        );
        match kind.as_str() {
            "table" => {
                for (what, q) in [
                    ("columns", "SELECT * FROM pragma_table_xinfo(?1)"),
                    ("foreign keys", "SELECT * FROM pragma_foreign_key_list(?1)"),
                    (
                        "indexes",
                        "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1) ORDER BY name",
                    ),
                ] {
                    out.insert(format!("{key}: {what}"), rows(q, &name));
                }
            }
            "index" => {
                out.insert(
                    format!("{key}: columns"),
                    rows("SELECT * FROM pragma_index_xinfo(?1)", &name),
                );
            }
            _ => {}
        }
    }
    out
}

/// V19 turned pegawai's four rule triggers into the table's last two
/// CHECK constraints (tests/migration_v19.rs checks that change). For a
/// test of an earlier migration, `after` (flat text) is given back V19's
/// "before": the constraints cut from the table's definition and the
/// triggers as `before` has them. Panics when V19's change is not there.
pub fn v19_undone(after: &mut BTreeMap<String, String>, before: &BTreeMap<String, String>) {
    let key = "table pegawai on pegawai";
    let table = after.get_mut(key).expect("pegawai is there");
    let cut = table
        .find(",CONSTRAINTtmt_pengangkataninthemonthofNIPdigits9-14CHECK(")
        .unwrap_or_else(|| panic!("V19's constraints not in {table}"));
    assert!(
        table[cut..].contains(",CONSTRAINTgolonganISNOTNULLforPNS/CPNSCHECK("),
        "{table}"
    );
    table.replace_range(cut.., ")");
    for trigger in peka::db::schema::TRIGGERS_GONE_IN_V19 {
        let key = format!("trigger {trigger} on pegawai");
        assert!(!after.contains_key(&key), "{key} is still there");
        let was = before
            .get(&key)
            .unwrap_or_else(|| panic!("{key} was not there"));
        after.insert(key, was.clone());
    }
}
