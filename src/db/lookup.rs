//! Lookups for form fields that pick a record while the user types: a NIP or
//! name prefix for employees, code or name words for units and competencies,
//! titles already in use for positions.
//!
//! Matching: the query is split into words; every word must be the start of
//! some word of the name (case-insensitive for ASCII letters; `-` `.` `,`
//! `'` `/` `(` `)` also separate words). `%` and `_` in the query are
//! literal. Values are always bound as parameters, never spliced into SQL.

use super::employees::{UNIT_SHORT_SQL, full_name, in_service_now_sql};
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

/// Characters that separate words, besides white space.
const SEPARATORS: [char; 7] = ['-', '.', ',', '\'', '/', '(', ')'];

/// At most this many query words are used (the rest are ignored).
const MAX_WORDS: usize = 6;

fn words(query: &str) -> Vec<String> {
    query
        .split(|c: char| c.is_whitespace() || SEPARATORS.contains(&c))
        .filter(|w| !w.is_empty())
        .take(MAX_WORDS)
        .map(str::to_string)
        .collect()
}

/// `s` with the LIKE wildcards (and the escape character `\`) made literal.
fn escape_like(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// SQL of `' ' || column` with every separator turned into a space, so that
/// `LIKE '% word%'` finds a word start.
fn spaced(column: &str) -> String {
    let mut expr = column.to_string();
    for c in SEPARATORS {
        let lit = if c == '\'' {
            "''''".to_string()
        } else {
            format!("'{c}'")
        };
        expr = format!("replace({expr}, {lit}, ' ')");
    }
    format!("(' ' || {expr})")
}

/// Conditions (joined by AND) that every word of the query starts a word of
/// `column` — or, when given, is a prefix of `code_column`. Pushes the bound
/// values onto `params`; placeholders are numbered after what is there.
fn word_conditions(
    column: &str,
    code_column: Option<&str>,
    query_words: &[String],
    params: &mut Vec<Value>,
) -> String {
    let hay = spaced(column);
    let mut terms = Vec::new();
    for w in query_words {
        let esc = escape_like(w);
        params.push(Value::Text(format!("% {esc}%")));
        let mut term = format!("{hay} LIKE ?{} ESCAPE '\\'", params.len());
        if let Some(code) = code_column {
            params.push(Value::Text(format!("{esc}%")));
            term = format!("({term} OR {code} LIKE ?{} ESCAPE '\\')", params.len());
        }
        terms.push(term);
    }
    if terms.is_empty() {
        "1".to_string()
    } else {
        terms.join(" AND ")
    }
}

fn limit_value(limit: usize) -> Value {
    Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX))
}

/// Employees whose NIP starts with the query (spaces ignored) when it is all
/// digits, else whose name words start with the query words. Employees in
/// service first, then by name (NIP for a NIP query). Returns (id, NIP, name
/// with degrees, short unit name). An empty query lists the first `limit`.
pub fn employees(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String, String)>> {
    let digits: String = query.chars().filter(|c| !c.is_whitespace()).collect();
    let mut params = Vec::new();
    let (filter, order) = if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // Digits only: no GLOB metacharacters, and the nip index serves it.
        params.push(Value::Text(format!("{digits}*")));
        ("e.nip GLOB ?1".to_string(), "e.nip")
    } else {
        (
            word_conditions("e.nama", None, &words(query), &mut params),
            "e.nama COLLATE NOCASE, e.nip",
        )
    };
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE {filter}
         ORDER BY NOT ({in_service}), {order}
         LIMIT ?{n}",
        in_service = in_service_now_sql("e"),
        n = params.len(),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            full_name(
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?,
                r.get_ref(4)?.as_str()?,
            ),
            r.get(5)?,
        ))
    })?;
    rows.collect()
}

/// Units whose code starts with a query word or whose short or full name has
/// words starting with them; active units first, then by name. Returns (id,
/// kode, nama, singkatan).
pub fn units(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String, String)>> {
    let mut params = Vec::new();
    let filter = word_conditions(
        "(u.singkatan || ' ' || u.nama)",
        Some("u.kode"),
        &query
            .split_whitespace()
            .take(MAX_WORDS)
            .map(str::to_string)
            .collect::<Vec<_>>(),
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT u.id, u.kode, u.nama, u.singkatan FROM unit_kerja u
         WHERE {filter}
         ORDER BY u.aktif DESC, u.nama COLLATE NOCASE, u.id
         LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    rows.collect()
}

/// Competencies whose code starts with a query word or whose name has words
/// starting with them, by code. Returns (id, kode, nama).
pub fn competencies(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String)>> {
    let mut params = Vec::new();
    let filter = word_conditions(
        "k.nama",
        Some("k.kode"),
        &query
            .split_whitespace()
            .take(MAX_WORDS)
            .map(str::to_string)
            .collect::<Vec<_>>(),
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT k.id, k.kode, k.nama FROM kompetensi k WHERE {filter}
         ORDER BY k.kode, k.id LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    rows.collect()
}

/// Position titles already in use (by employees or in the standard table)
/// whose words start with the query words: the most used first, then by
/// name; each title once (case-insensitive).
pub fn positions(conn: &Connection, query: &str, limit: usize) -> rusqlite::Result<Vec<String>> {
    let mut params = Vec::new();
    let filter = word_conditions("t.nama", None, &words(query), &mut params);
    params.push(limit_value(limit));
    let sql = format!(
        "WITH t(nama, n) AS (
             SELECT nama_jabatan, 1 FROM pegawai
             UNION ALL
             SELECT nama_jabatan, 0 FROM standar_kompetensi WHERE trim(nama_jabatan) <> ''
         )
         SELECT min(t.nama) FROM t WHERE {filter}
         GROUP BY lower(trim(t.nama))
         ORDER BY sum(t.n) DESC, min(t.nama) COLLATE NOCASE
         LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| r.get(0))?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_are_escaped_and_words_split_on_separators() {
        assert_eq!(escape_like(r"50%_a\b"), r"50\%\_a\\b");
        assert_eq!(
            words(" Al-Hilal  o'neil "),
            vec!["Al", "Hilal", "o", "neil"]
        );
        assert_eq!(words("a b c d e f g h").len(), MAX_WORDS);
    }
}
