//! Lookups for form fields that pick a record while the user types: a NIP or
//! name for employees, code or name words for units and competencies, titles
//! already in use for positions.
//!
//! Matching is the one rule of `domain::search`, the same as the list
//! filters': every query word must occur in the record's text (name, short
//! name, code), case and accents ignored (`kominfo` finds Diskominfo). The
//! words are bound as parameters, never spliced into SQL; records whose text
//! starts with the first word come first.

use super::employees::{UNIT_SHORT_SQL, full_name, in_service_now_sql};
use crate::domain::search::query_words;
use rusqlite::types::Value;
use rusqlite::{Connection, params_from_iter};

/// Conditions (joined by AND) that every query word occurs in `text` (an SQL
/// expression, folded with `peka_fold`), and an ORDER BY term that puts
/// records whose text starts with the first word first. Pushes the bound
/// values onto `params`; placeholders are numbered after what is there.
fn word_conditions(
    text: &str,
    query_words: &[String],
    params: &mut Vec<Value>,
) -> (String, String) {
    let hay = format!("peka_fold({text})");
    let mut terms = Vec::new();
    for w in query_words {
        params.push(Value::Text(w.clone()));
        terms.push(format!("instr({hay}, ?{}) > 0", params.len()));
    }
    let first = match query_words.first() {
        Some(_) => format!(
            "instr({hay}, ?{}) <> 1",
            params.len() + 1 - query_words.len()
        ),
        None => "NULL".to_string(),
    };
    if terms.is_empty() {
        ("1".to_string(), first)
    } else {
        (terms.join(" AND "), first)
    }
}

fn limit_value(limit: usize) -> Value {
    Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX))
}

/// The WHERE and ORDER BY of an employee lookup: the NIP's start when the
/// query is all digits (spaces ignored; no GLOB metacharacters, and the nip
/// index serves it), else every query word in `text` (an SQL expression over
/// `e` and `u`), `rank` (an ORDER BY term, or "") first, then the words'
/// match, the name and the NIP.
fn employee_filter(
    query: &str,
    text: &str,
    rank: &str,
    params: &mut Vec<Value>,
) -> (String, String) {
    let digits: String = query.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        params.push(Value::Text(format!("{digits}*")));
        return ("e.nip GLOB ?1".to_string(), "e.nip".to_string());
    }
    let (filter, first) = word_conditions(text, &query_words(query), params);
    let rank = if rank.is_empty() {
        String::new()
    } else {
        format!("{rank}, ")
    };
    (
        filter,
        format!("{rank}{first}, e.nama COLLATE NOCASE, e.nip"),
    )
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
    let mut params = Vec::new();
    let (filter, order) = employee_filter(query, "e.nama", "", &mut params);
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

/// The searchable name of a unit's parent (`p`), as the unit list shows it.
pub const UNIT_PARENT_SQL: &str =
    "COALESCE(CASE WHEN trim(p.singkatan) <> '' THEN p.singkatan ELSE p.nama END, '')";

/// Units whose short name, name, code, parent or kind (by `kind_words`, the
/// labels the unit list shows) hold every query word (the unit list's filter
/// rule); active units first, those whose text starts with
/// the first word next, then by name. Returns (id, kode, nama, singkatan).
pub fn units(
    conn: &Connection,
    query: &str,
    kind_words: &[(&str, String)],
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String, String)>> {
    let mut params = Vec::new();
    // The words a kind is found by (its labels), as bound values.
    let mut kinds = String::from("CASE u.jenis");
    for (code, words) in kind_words {
        params.push(Value::Text((*code).to_string()));
        params.push(Value::Text(words.clone()));
        kinds.push_str(&format!(
            " WHEN ?{} THEN ?{}",
            params.len() - 1,
            params.len()
        ));
    }
    kinds.push_str(" ELSE '' END");
    let (filter, first) = word_conditions(
        &format!(
            "u.singkatan || ' ' || u.nama || ' ' || u.kode || ' ' || {UNIT_PARENT_SQL} || ' ' || {kinds}"
        ),
        &query_words(query),
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT u.id, u.kode, u.nama, u.singkatan FROM unit_kerja u
         LEFT JOIN unit_kerja p ON p.id = u.induk_id
         WHERE {filter}
         ORDER BY u.aktif DESC, {first}, u.nama COLLATE NOCASE, u.id
         LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    rows.collect()
}

/// Competencies whose code and name hold every query word, by code. Returns (id, kode, nama).
pub fn competencies(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String)>> {
    let mut params = Vec::new();
    let (filter, _) = word_conditions("k.kode || ' ' || k.nama", &query_words(query), &mut params);
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
    let (filter, _) = word_conditions("t.nama", &query_words(query), &mut params);
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

/// Unit `id` as a lookup row (id, kode, nama, singkatan).
pub fn unit(conn: &Connection, id: i64) -> rusqlite::Result<Option<(i64, String, String, String)>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id, kode, nama, singkatan FROM unit_kerja WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()
}

/// Competency `id` as a lookup row (id, kode, nama).
pub fn competency(conn: &Connection, id: i64) -> rusqlite::Result<Option<(i64, String, String)>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id, kode, nama FROM kompetensi WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()
}

/// Employee `id` as a lookup row (id, NIP, name with degrees, short unit name).
pub fn employee(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<(i64, String, String, String)>> {
    use rusqlite::OptionalExtension;
    let sql = format!(
        "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id WHERE e.id = ?1"
    );
    conn.prepare_cached(&sql)?
        .query_row([id], |r| {
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
        })
        .optional()
}

/// Partners whose name or short name hold every query word, by name:
/// (id, nama, singkatan).
pub fn partners(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<(i64, String, String)>> {
    let mut params = Vec::new();
    let (filter, first) = word_conditions(
        "m.nama || ' ' || m.singkatan",
        &query_words(query),
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT m.id, m.nama, m.singkatan FROM mitra m WHERE {filter}
         ORDER BY {first}, m.nama COLLATE NOCASE, m.id LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
    })?;
    rows.collect()
}

/// Partner `id` as a lookup row (id, nama, singkatan).
pub fn partner(conn: &Connection, id: i64) -> rusqlite::Result<Option<(i64, String, String)>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id, nama, singkatan FROM mitra WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()
}

/// A training as a lookup row: (id, kode, nama, tanggal_mulai).
pub type TrainingLookupRow = (i64, String, String, String);

/// Trainings whose code and name hold every query word: those not over
/// (neither selesai nor batal) first, then the latest start first.
pub fn trainings(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<TrainingLookupRow>> {
    let mut params = Vec::new();
    let (filter, first) =
        word_conditions("p.kode || ' ' || p.nama", &query_words(query), &mut params);
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT p.id, p.kode, p.nama, p.tanggal_mulai FROM pelatihan p WHERE {filter}
         ORDER BY p.status IN ('SELESAI', 'BATAL'), {first}, p.tanggal_mulai DESC, p.kode
         LIMIT ?{}",
        params.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    })?;
    rows.collect()
}

/// Training `id` as a lookup row.
pub fn training(conn: &Connection, id: i64) -> rusqlite::Result<Option<TrainingLookupRow>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached("SELECT id, kode, nama, tanggal_mulai FROM pelatihan WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .optional()
}

/// An agreement as a lookup row: (id, nomor_pemko, partner short name,
/// jenis_dokumen, tanggal_mulai, tanggal_berakhir).
pub type AgreementLookupRow = (i64, String, String, String, String, String);

const AGREEMENT_LOOKUP_SQL: &str = "SELECT k.id, k.nomor_pemko,
        CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END,
        k.jenis_dokumen, k.tanggal_mulai, k.tanggal_berakhir
     FROM kerja_sama k JOIN mitra m ON m.id = k.mitra_id";

fn agreement_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<AgreementLookupRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

/// Agreements whose number, partner (name or short name), subject or kind
/// hold every query word (`unimal pks`): those in force (signed, not ended)
/// first, then the latest end first.
pub fn agreements(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<AgreementLookupRow>> {
    let mut params = Vec::new();
    let (filter, first) = word_conditions(
        "k.nomor_pemko || ' ' || m.nama || ' ' || m.singkatan || ' ' || k.tentang || ' ' || k.jenis_dokumen",
        &query_words(query),
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "{AGREEMENT_LOOKUP_SQL} WHERE {filter}
         ORDER BY k.status_dokumen NOT IN ('DITANDATANGANI','DIPERPANJANG')
                  OR k.tanggal_berakhir < {today},
                  {first}, k.tanggal_berakhir DESC, k.nomor_pemko
         LIMIT ?{}",
        params.len(),
        today = super::employees::TODAY_SQL,
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), agreement_row)?;
    rows.collect()
}

/// Agreement `id` as a lookup row.
pub fn agreement(conn: &Connection, id: i64) -> rusqlite::Result<Option<AgreementLookupRow>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(&format!("{AGREEMENT_LOOKUP_SQL} WHERE k.id = ?1"))?
        .query_row([id], agreement_row)
        .optional()
}

/// A field mentor as a lookup row: (id, NIP, name, short unit, interns
/// mentored now — requested, accepted or running, not yet ended).
pub type MentorLookupRow = (i64, String, String, String, i64);

/// Employees in service who could mentor an intern, each with the number of
/// interns they mentor now, so the load shows while picking. A NIP query
/// (digits) matches the NIP's start; words match the name or the unit (short
/// or full name: `bkpsdm` lists BKPSDM's officials, structural officials
/// first), every word somewhere.
pub fn mentors(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<MentorLookupRow>> {
    let mut params = Vec::new();
    let (filter, order) = employee_filter(
        query,
        "e.nama || ' ' || u.nama || ' ' || u.singkatan",
        "e.jenis_jabatan NOT IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS')",
        &mut params,
    );
    params.push(limit_value(limit));
    let sql = format!(
        "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, {load}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE {filter} AND {in_service}
         ORDER BY {order}
         LIMIT ?{n}",
        load = super::internships::mentor_load_sql(),
        in_service = in_service_now_sql("e"),
        n = params.len(),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(params), mentor_row)?;
    rows.collect()
}

fn mentor_query() -> String {
    format!(
        "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, {load}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE e.id = ?1",
        load = super::internships::mentor_load_sql(),
    )
}

fn mentor_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MentorLookupRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        full_name(
            r.get_ref(2)?.as_str()?,
            r.get_ref(3)?.as_str()?,
            r.get_ref(4)?.as_str()?,
        ),
        r.get(5)?,
        r.get(6)?,
    ))
}

/// Employee `id` as a mentor lookup row (whatever their status: a stored
/// internship names its mentor even after they left).
pub fn mentor(conn: &Connection, id: i64) -> rusqlite::Result<Option<MentorLookupRow>> {
    use rusqlite::OptionalExtension;
    conn.prepare_cached(&mentor_query())?
        .query_row([id], mentor_row)
        .optional()
}
