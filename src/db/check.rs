//! Everything `peka check` reads: SQLite's own checks and every row the domain
//! rules look at, fetched in one pass per table. Values are read loosely (any
//! storage class as text or number) so that a row written by another tool is
//! reported by the rules instead of failing the read.

use crate::domain::validate::{
    AgreementRecord, AgreementRef, EmployeeRecord, EnrollmentRecord, EvaluationRecord,
    InternshipRecord, PersonRef, Problem, StatusHistoryRecord,
};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row};

/// How a report names one row: its natural key where it has one.
#[derive(Debug, Clone, PartialEq)]
pub enum RowKey {
    /// The whole database or table (SQLite's integrity check).
    Whole,
    /// A row known only by its id.
    Id(i64),
    Nip(String),
    /// `kode` of a unit, training or competency.
    Code(String),
    /// `nomor_pemko` of an agreement.
    Number(String),
    /// `kunci` of a setting.
    Setting(String),
    /// A NIM at a campus (partner name).
    Intern {
        nim: String,
        partner: String,
    },
    Enrollment {
        training: String,
        nip: String,
    },
    Evaluation {
        nip: String,
        year: i64,
        period: String,
        number: i64,
    },
    Assessment {
        nip: String,
        competency: String,
        date: String,
    },
    Standard {
        position: String,
        jf_level: String,
        title: String,
        competency: String,
    },
    CompetencyLevel {
        competency: String,
        level: i64,
    },
    FollowUp {
        training: String,
        nip: String,
        date: String,
    },
    /// A kind of position with its jenjang ("" for none).
    Position {
        position: String,
        jf_level: String,
    },
}

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Issue {
    /// A line of `PRAGMA integrity_check` other than "ok".
    Integrity(String),
    /// A CHECK / NOT NULL failure found on a writable copy (see `constraints`).
    Constraint(String),
    /// `PRAGMA foreign_key_check`: the row points at a missing row of `parent`.
    ForeignKey { parent: String },
    /// A domain rule (see `crate::domain::validate`).
    Rule(Problem),
    /// The file holds NIKs and birth dates and every user of the machine may
    /// read it (issue 11 item 6).
    ReadableByEveryone,
    /// The audit's hash chain breaks here (issue 11 item 4).
    AuditChain(super::audit::ChainBreak),
    /// The table could not be read at all (SQLite's message).
    ReadFailed(String),
}

/// One problem found, in one row of one table.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// The table's name in the database ("" for the whole file).
    pub table: String,
    pub key: RowKey,
    pub issue: Issue,
}

/// The file holds personal data (an employee with a NIK or a birth date)
/// and every user of the machine may read it.
pub fn personal_data_readable_by_everyone(conn: &Connection) -> rusqlite::Result<bool> {
    let Some(path) = conn.path().filter(|p| !p.is_empty()) else {
        return Ok(false);
    };
    if !super::readable_by_everyone(std::path::Path::new(path)) {
        return Ok(false);
    }
    conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM pegawai WHERE nik IS NOT NULL OR tanggal_lahir IS NOT NULL)",
        [],
        |r| r.get(0),
    )
}

/// A page cache of [`CHECK_CACHE_KIB`] for a connection that reads the
/// whole file: its indexes are sought once per row of other tables (the
/// foreign keys, each pair's latest assessment), and with SQLite's default
/// 2 MB those pages were read from the file again and again (1.5 million
/// reads for a 385 MB file of 100,000 employees).
pub fn cache_for_whole_file_reads(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("PRAGMA cache_size = -{CHECK_CACHE_KIB}"))
}

/// See [`cache_for_whole_file_reads`]. 8 MB: `peka check` of 100,000
/// employees peaks at 78 MB (16 MB: 96 MB, too near the 100 MB budget, for
/// no shorter time).
pub const CHECK_CACHE_KIB: u32 = 8 * 1024;

/// Lines of `PRAGMA integrity_check` that report a problem (empty when "ok").
pub fn integrity(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare("PRAGMA integrity_check")?;
    let lines = st.query_map([], |r| Ok(text(r, 0)))?;
    let mut out = Vec::new();
    for line in lines {
        let line = line?;
        if line != "ok" {
            out.push(line);
        }
    }
    Ok(out)
}

/// SQLite does not even load CHECK constraints on a read-only connection, so
/// `integrity_check` there cannot verify them. This copies every table of the
/// file into an in-memory database built with the current schema (constraints
/// off while copying), then runs the integrity check on the copy: CHECK and
/// NOT NULL failures come back as lines such as "CHECK constraint failed in
/// pegawai". A table that cannot be copied (e.g. a UNIQUE clash) gives a line
/// too. Nothing is written to the file. Empty for an in-memory `conn`.
pub fn constraints(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let Some(path) = conn.path().filter(|p| !p.is_empty()) else {
        return Ok(Vec::new());
    };
    // A private temporary file (SQLite's "" name), not memory: a file of
    // 100,000 employees would otherwise be held whole (about 800 MB). The
    // tables are checked one at a time and emptied after, so the temporary
    // file stays about the size of the largest table.
    let mem = Connection::open("")?;
    mem.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -16384;",
    )?;
    super::migrate(&mem)?;
    mem.execute_batch("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;")?;
    // The rules the schema keeps in triggers (V3, V7) would abort the copy of
    // a whole table on one broken row; the domain rules report those rows.
    mem.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER,
        false,
    )?;
    // The copy's own indexes would only be built to be checked against the
    // rows they were built from: the file's are checked by `integrity`.
    // UNIQUE ones stay (a clash is a finding).
    let indexes = collect(
        &mem,
        "SELECT name FROM main.sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
           AND sql NOT LIKE 'CREATE UNIQUE%'",
        |r| r.get::<_, String>(0),
    )?;
    for name in &indexes {
        mem.execute_batch(&format!(
            "DROP INDEX main.\"{}\"",
            name.replace('"', "\"\"")
        ))?;
    }
    without_rule_checks(&mem)?;
    mem.execute("ATTACH DATABASE ?1 AS src", [read_only_uri(path)])?;
    let tables = collect(
        &mem,
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         ORDER BY name",
        |r| r.get::<_, String>(0),
    )?;
    let mut out = Vec::new();
    for t in &tables {
        let cols: Vec<String> = {
            let mut st = mem.prepare("SELECT name FROM pragma_table_info(?1, 'main')")?;
            let rows = st.query_map([t], |r| r.get::<_, String>(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let list = cols
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        mem.execute(&format!("DELETE FROM main.\"{t}\""), [])?;
        let copy = format!("INSERT INTO main.\"{t}\" ({list}) SELECT {list} FROM src.\"{t}\"");
        // A table whose rows all go in with every constraint enforced has
        // none broken: done with one copy. Otherwise it is copied again
        // with the CHECKs ignored and the integrity check names each one.
        mem.execute_batch("PRAGMA ignore_check_constraints = OFF;")?;
        let clean = mem.execute(&copy, []).is_ok();
        mem.execute(&format!("DELETE FROM main.\"{t}\""), [])?;
        if clean {
            continue;
        }
        mem.execute_batch("PRAGMA ignore_check_constraints = ON;")?;
        if let Err(e) = mem.execute(&copy, []) {
            out.push(format!("{t}: {e}"));
        }
        mem.execute_batch("PRAGMA ignore_check_constraints = OFF;")?;
        {
            let mut st = mem.prepare(&format!("PRAGMA main.integrity_check(\"{t}\")"))?;
            for line in st.query_map([], |r| Ok(text(r, 0)))? {
                let line = line?;
                if line != "ok" {
                    out.push(line);
                }
            }
        }
        mem.execute(&format!("DELETE FROM main.\"{t}\""), [])?;
    }
    Ok(out)
}

/// The golongan and TMT rules of `pegawai` (V19's named CHECKs) are the
/// domain rules' to report: on the row, with its NIP and what to do. The
/// copy's (empty) `pegawai` is made again without those two constraints,
/// so a row that breaks one is reported once, not also as a bare "CHECK
/// constraint failed in pegawai". Nothing happens when the definition does
/// not end with them.
fn without_rule_checks(mem: &Connection) -> rusqlite::Result<()> {
    let sql: Option<String> = mem
        .query_row(
            "SELECT sql FROM main.sqlite_schema WHERE type = 'table' AND name = 'pegawai'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    let Some(table) = sql.as_deref().and_then(without_rule_constraints) else {
        return Ok(());
    };
    mem.execute_batch(&format!("DROP TABLE main.pegawai; {table};"))
}

/// `sql`, a table's definition ending with V19's two named constraints,
/// without them.
fn without_rule_constraints(sql: &str) -> Option<String> {
    let names = crate::db::schema::RULE_CHECKS_OF_V19;
    let first = sql.find(&format!("CONSTRAINT \"{}\"", names[0]))?;
    let rest = &sql[first..];
    if !names
        .iter()
        .all(|n| rest.contains(&format!("CONSTRAINT \"{n}\"")))
    {
        return None;
    }
    let comma = sql[..first].rfind(',')?;
    Some(format!("{}\n)", &sql[..comma]))
}

/// `file:` URI opening `path` read-only (`%`, `?` and `#` escaped).
fn read_only_uri(path: &str) -> String {
    let mut uri = String::from("file:");
    for c in path.chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?mode=ro");
    uri
}

/// A row pointing at a missing parent row.
#[derive(Debug, Clone, PartialEq)]
pub struct ForeignKeyViolation {
    pub table: String,
    pub rowid: Option<i64>,
    pub parent: String,
}

/// `PRAGMA foreign_key_check` over the whole database.
pub fn foreign_keys(conn: &Connection) -> rusqlite::Result<Vec<ForeignKeyViolation>> {
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = st.query_map([], |r| {
        Ok(ForeignKeyViolation {
            table: text(r, 0),
            rowid: int(r, 1),
            parent: text(r, 2),
        })
    })?;
    rows.collect()
}

/// Every setting as stored (`kunci`, `nilai`).
pub fn settings(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    collect(
        conn,
        "SELECT kunci, nilai FROM pengaturan ORDER BY kunci",
        |r| Ok((text(r, 0), text(r, 1))),
    )
}

/// Every employee, keyed by NIP.
pub fn employees(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, EmployeeRecord)>> {
    let mut v = Vec::new();
    each_employees(conn, &mut |t| v.push(t))?;
    Ok(v)
}

/// [`employees`] one row at a time; returns how many.
pub fn each_employees(
    conn: &Connection,
    f: &mut dyn FnMut((RowKey, EmployeeRecord)),
) -> rusqlite::Result<usize> {
    each(
        conn,
        "SELECT nip, nik, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, jenis_jabatan,
                jenjang_jf, tmt_pengangkatan, tmt_golongan, tmt_jabatan
         FROM pegawai ORDER BY id",
        |r| {
            let e = EmployeeRecord {
                nip: text(r, 0),
                nik: opt_text(r, 1),
                gender: text(r, 2),
                birth_date: text(r, 3),
                asn_kind: text(r, 4),
                golongan: opt_text(r, 5),
                position_kind: text(r, 6),
                jf_level: opt_text(r, 7),
                tmt_appointment: opt_text(r, 8),
                tmt_golongan: opt_text(r, 9),
                tmt_position: opt_text(r, 10),
            };
            Ok((RowKey::Nip(e.nip.clone()), e))
        },
        f,
    )
}

/// Every employee with status history rows: the stored status beside the
/// history, keyed by NIP.
pub fn status_histories(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, StatusHistoryRecord)>> {
    let rows = collect(
        conn,
        "SELECT p.id, p.nip, p.tanggal_lahir, p.status, p.tanggal_status, r.tanggal_mulai, r.status
         FROM riwayat_status r JOIN pegawai p ON p.id = r.pegawai_id
         ORDER BY p.id, r.id",
        |r| {
            Ok((
                int(r, 0).unwrap_or(0),
                text(r, 1),
                StatusHistoryRecord {
                    birth_date: text(r, 2),
                    stored: text(r, 3),
                    stored_date: opt_text(r, 4),
                    changes: vec![(text(r, 5), text(r, 6))],
                },
            ))
        },
    )?;
    let mut out: Vec<(i64, RowKey, StatusHistoryRecord)> = Vec::new();
    for (id, nip, rec) in rows {
        match out.last_mut() {
            Some((last, _, acc)) if *last == id => acc.changes.extend(rec.changes),
            _ => out.push((id, RowKey::Nip(nip), rec)),
        }
    }
    Ok(out.into_iter().map(|(_, k, r)| (k, r)).collect())
}

/// How many rows `batas_usia_pensiun` has.
pub fn retirement_age_count(conn: &Connection) -> rusqlite::Result<usize> {
    let n: i64 = conn.query_row("SELECT count(*) FROM batas_usia_pensiun", [], |r| r.get(0))?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Kinds of position (with jenjang, "" for none) held by employees in
/// service on the reference date for which `batas_usia_pensiun` has no age,
/// with how many employees hold each.
pub fn positions_without_retirement_age(
    conn: &Connection,
) -> rusqlite::Result<Vec<(RowKey, usize)>> {
    let sql = format!(
        "SELECT e.jenis_jabatan, COALESCE(e.jenjang_jf, ''), count(*)
         FROM pegawai e
         WHERE {in_service} AND NOT EXISTS (
             SELECT 1 FROM batas_usia_pensiun b WHERE b.jenis_jabatan = e.jenis_jabatan
                 AND (b.jenjang_jf = '' OR b.jenjang_jf = e.jenjang_jf))
         GROUP BY 1, 2 ORDER BY 1, 2",
        in_service = super::employees::in_service_now_sql("e"),
    );
    collect(conn, &sql, |r| {
        Ok((
            RowKey::Position {
                position: text(r, 0),
                jf_level: text(r, 1),
            },
            usize::try_from(int(r, 2).unwrap_or(0)).unwrap_or(0),
        ))
    })
}

/// Every unit: id, kode, parent id.
pub fn units(conn: &Connection) -> rusqlite::Result<Vec<(i64, String, Option<i64>)>> {
    collect(
        conn,
        "SELECT id, kode, induk_id FROM unit_kerja ORDER BY id",
        |r| Ok((int(r, 0).unwrap_or(0), text(r, 1), int(r, 2))),
    )
}

/// A stored level or score with the table and column it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelValue {
    pub table: &'static str,
    pub column: &'static str,
    pub key: RowKey,
    pub value: i64,
}

/// The tables holding a 1–5 level or score, in the order they are checked.
pub const LEVEL_TABLES: [&str; 4] = [
    "kompetensi_level",
    "standar_kompetensi",
    "penilaian_kompetensi",
    "monitoring_pasca_pelatihan",
];

/// Every 1–5 level or score of `table` (one of `LEVEL_TABLES`; any other
/// name gives no rows).
pub fn levels(conn: &Connection, table: &str) -> rusqlite::Result<Vec<LevelValue>> {
    match table {
        "kompetensi_level" => competency_levels(conn),
        "standar_kompetensi" => standards(conn),
        "penilaian_kompetensi" => assessments(conn),
        "monitoring_pasca_pelatihan" => follow_up_scores(conn),
        _ => Ok(Vec::new()),
    }
}

/// [`levels`] one row at a time (the large tables are never held whole);
/// returns how many.
pub fn each_level(
    conn: &Connection,
    table: &str,
    f: &mut dyn FnMut(LevelValue),
) -> rusqlite::Result<usize> {
    match table {
        "penilaian_kompetensi" => each_assessments(conn, f),
        "monitoring_pasca_pelatihan" => each_follow_up_scores(conn, f),
        _ => {
            let rows = levels(conn, table)?;
            let n = rows.len();
            rows.into_iter().for_each(f);
            Ok(n)
        }
    }
}

fn competency_levels(conn: &Connection) -> rusqlite::Result<Vec<LevelValue>> {
    collect(
        conn,
        "SELECT k.kode, l.level FROM kompetensi_level l
         LEFT JOIN kompetensi k ON k.id = l.kompetensi_id ORDER BY l.rowid",
        |r| {
            let level = int(r, 1).unwrap_or(i64::MIN);
            Ok(LevelValue {
                table: "kompetensi_level",
                column: "level",
                key: RowKey::CompetencyLevel {
                    competency: text(r, 0),
                    level,
                },
                value: level,
            })
        },
    )
}

fn standards(conn: &Connection) -> rusqlite::Result<Vec<LevelValue>> {
    collect(
        conn,
        "SELECT s.jenis_jabatan, s.jenjang_jf, s.nama_jabatan, k.kode, s.level_standar
         FROM standar_kompetensi s LEFT JOIN kompetensi k ON k.id = s.kompetensi_id ORDER BY s.id",
        |r| {
            Ok(LevelValue {
                table: "standar_kompetensi",
                column: "level_standar",
                key: RowKey::Standard {
                    position: text(r, 0),
                    jf_level: text(r, 1),
                    title: text(r, 2),
                    competency: text(r, 3),
                },
                value: int(r, 4).unwrap_or(i64::MIN),
            })
        },
    )
}

fn assessments(conn: &Connection) -> rusqlite::Result<Vec<LevelValue>> {
    let mut v = Vec::new();
    each_assessments(conn, &mut |t| v.push(t))?;
    Ok(v)
}

/// [`assessments`] one row at a time; returns how many.
pub fn each_assessments(
    conn: &Connection,
    f: &mut dyn FnMut(LevelValue),
) -> rusqlite::Result<usize> {
    each(
        conn,
        "SELECT p.nip, k.kode, a.tanggal, a.level_aktual FROM penilaian_kompetensi a
         LEFT JOIN pegawai p ON p.id = a.pegawai_id
         LEFT JOIN kompetensi k ON k.id = a.kompetensi_id ORDER BY a.id",
        |r| {
            Ok(LevelValue {
                table: "penilaian_kompetensi",
                column: "level_aktual",
                key: RowKey::Assessment {
                    nip: text(r, 0),
                    competency: text(r, 1),
                    date: text(r, 2),
                },
                value: int(r, 3).unwrap_or(i64::MIN),
            })
        },
        f,
    )
}

/// Employee × competency pairs where `penilaian_terakhir` (V14, kept by
/// triggers) is not the history's latest assessment by (tanggal, id), or
/// holds a pair the history does not have. Keyed by the history's latest
/// date (the summary's date for a pair the history lacks).
pub fn stale_latest_assessments(conn: &Connection) -> rusqlite::Result<Vec<RowKey>> {
    collect(
        conn,
        // Each pair's latest is one seek down the (pegawai_id, kompetensi_id,
        // tanggal, id) index, not a ranking of the whole history (a sort
        // of a million rows: 6.5 s of 9.5 against 3 s this way).
        "WITH pairs AS (
             SELECT DISTINCT pegawai_id, kompetensi_id FROM penilaian_kompetensi
         ),
         latest AS (
             SELECT (SELECT a.id FROM penilaian_kompetensi a
                     WHERE a.pegawai_id = p.pegawai_id AND a.kompetensi_id = p.kompetensi_id
                     ORDER BY a.tanggal DESC, a.id DESC LIMIT 1) AS id
             FROM pairs p
         ),
         wrong AS (
             SELECT a.pegawai_id, a.kompetensi_id, a.tanggal
             FROM latest l
             JOIN penilaian_kompetensi a ON a.id = l.id
             LEFT JOIN penilaian_terakhir t
               ON t.pegawai_id = a.pegawai_id AND t.kompetensi_id = a.kompetensi_id
             WHERE t.penilaian_id IS NOT a.id OR t.level_aktual IS NOT a.level_aktual
                OR t.tanggal IS NOT a.tanggal
             UNION ALL
             SELECT t.pegawai_id, t.kompetensi_id, t.tanggal
             FROM penilaian_terakhir t
             WHERE NOT EXISTS (SELECT 1 FROM penilaian_kompetensi a
                               WHERE a.pegawai_id = t.pegawai_id AND a.kompetensi_id = t.kompetensi_id)
         )
         SELECT p.nip, k.kode, w.tanggal FROM wrong w
         LEFT JOIN pegawai p ON p.id = w.pegawai_id
         LEFT JOIN kompetensi k ON k.id = w.kompetensi_id
         ORDER BY w.pegawai_id, w.kompetensi_id",
        |r| {
            Ok(RowKey::Assessment {
                nip: text(r, 0),
                competency: text(r, 1),
                date: text(r, 2),
            })
        },
    )
}

/// Trainings whose row in `pelatihan_jumlah` (V16, kept by triggers) is not
/// their number of participants and of completions (LULUS, SELESAI), or is
/// missing while they have participants, or present while they have none
/// (keyed by the training's code, its id when the training is gone).
pub fn stale_training_counts(conn: &Connection) -> rusqlite::Result<Vec<RowKey>> {
    collect(
        conn,
        &format!(
            "WITH n AS (
                 SELECT pelatihan_id, COUNT(*) AS peserta, SUM(status IN ({completed})) AS selesai
                 FROM peserta_pelatihan GROUP BY pelatihan_id
             ),
             wrong AS (
                 SELECT n.pelatihan_id FROM n
                 LEFT JOIN pelatihan_jumlah j ON j.pelatihan_id = n.pelatihan_id
                 WHERE j.peserta IS NOT n.peserta OR j.selesai IS NOT n.selesai
                 UNION
                 SELECT j.pelatihan_id FROM pelatihan_jumlah j
                 WHERE NOT EXISTS (SELECT 1 FROM n WHERE n.pelatihan_id = j.pelatihan_id)
             )
             SELECT p.kode, w.pelatihan_id FROM wrong w
             LEFT JOIN pelatihan p ON p.id = w.pelatihan_id
             ORDER BY w.pelatihan_id",
            completed = super::employees::completed_sql()
        ),
        |r| {
            Ok(match r.get::<_, Option<String>>(0)? {
                Some(code) => RowKey::Code(code),
                None => RowKey::Id(r.get(1)?),
            })
        },
    )
}

fn follow_up_scores(conn: &Connection) -> rusqlite::Result<Vec<LevelValue>> {
    let mut v = Vec::new();
    each_follow_up_scores(conn, &mut |t| v.push(t))?;
    Ok(v)
}

/// [`follow_up_scores`] one row at a time; returns how many.
pub fn each_follow_up_scores(
    conn: &Connection,
    f: &mut dyn FnMut(LevelValue),
) -> rusqlite::Result<usize> {
    each(
        conn,
        "SELECT t.kode, p.nip, m.tanggal, m.skor FROM monitoring_pasca_pelatihan m
         LEFT JOIN peserta_pelatihan e ON e.id = m.peserta_pelatihan_id
         LEFT JOIN pelatihan t ON t.id = e.pelatihan_id
         LEFT JOIN pegawai p ON p.id = e.pegawai_id ORDER BY m.id",
        |r| {
            Ok(LevelValue {
                table: "monitoring_pasca_pelatihan",
                column: "skor",
                key: RowKey::FollowUp {
                    training: text(r, 0),
                    nip: text(r, 1),
                    date: text(r, 2),
                },
                value: int(r, 3).unwrap_or(i64::MIN),
            })
        },
        f,
    )
}

/// Every evaluation, keyed by NIP and period.
pub fn evaluations(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, EvaluationRecord)>> {
    let mut v = Vec::new();
    each_evaluations(conn, &mut |t| v.push(t))?;
    Ok(v)
}

/// [`evaluations`] one row at a time; returns how many.
pub fn each_evaluations(
    conn: &Connection,
    f: &mut dyn FnMut((RowKey, EvaluationRecord)),
) -> rusqlite::Result<usize> {
    each(
        conn,
        "SELECT p.nip, e.tahun, e.jenis_periode, e.periode_ke, e.rating_hasil_kerja,
                e.rating_perilaku, e.predikat
         FROM evaluasi_kinerja e LEFT JOIN pegawai p ON p.id = e.pegawai_id ORDER BY e.id",
        |r| {
            let rec = EvaluationRecord {
                period_kind: text(r, 2),
                period_no: int(r, 3).unwrap_or(0),
                work_result: text(r, 4),
                behaviour: text(r, 5),
                predicate: text(r, 6),
            };
            let key = RowKey::Evaluation {
                nip: text(r, 0),
                year: int(r, 1).unwrap_or(0),
                period: rec.period_kind.clone(),
                number: rec.period_no,
            };
            Ok((key, rec))
        },
        f,
    )
}

/// Every enrollment with what the JP rule needs of its training.
pub fn enrollments(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, EnrollmentRecord)>> {
    let mut v = Vec::new();
    each_enrollments(conn, &mut |t| v.push(t))?;
    Ok(v)
}

/// [`enrollments`] one row at a time; returns how many.
pub fn each_enrollments(
    conn: &Connection,
    f: &mut dyn FnMut((RowKey, EnrollmentRecord)),
) -> rusqlite::Result<usize> {
    each(
        conn,
        "SELECT t.kode, p.nip, e.status, e.jp_diakui, t.jumlah_jp, t.durasi_menit, t.status,
                t.tanggal_selesai
         FROM peserta_pelatihan e
         LEFT JOIN pelatihan t ON t.id = e.pelatihan_id
         LEFT JOIN pegawai p ON p.id = e.pegawai_id ORDER BY e.id",
        |r| {
            let key = RowKey::Enrollment {
                training: text(r, 0),
                nip: text(r, 1),
            };
            let rec = EnrollmentRecord {
                status: text(r, 2),
                jp: real(r, 3).unwrap_or(f64::NAN),
                training_jp: real(r, 4).unwrap_or(0.0),
                training_minutes: int(r, 5),
                training_status: text(r, 6),
                training_end: text(r, 7),
            };
            Ok((key, rec))
        },
        f,
    )
}

/// A training of the catalogue: key, JP, start, end.
pub type TrainingRow = (RowKey, f64, String, String);

/// Every training of the catalogue.
pub fn trainings(conn: &Connection) -> rusqlite::Result<Vec<TrainingRow>> {
    collect(
        conn,
        "SELECT kode, jumlah_jp, tanggal_mulai, tanggal_selesai FROM pelatihan ORDER BY id",
        |r| {
            Ok((
                RowKey::Code(text(r, 0)),
                real(r, 1).unwrap_or(f64::NAN),
                text(r, 2),
                text(r, 3),
            ))
        },
    )
}

/// Every agreement with its parent document (when it names one).
pub fn agreements(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, AgreementRecord)>> {
    collect(
        conn,
        "SELECT a.nomor_pemko, a.jenis_dokumen, a.mitra_id, a.tanggal_mulai, a.tanggal_berakhir,
                a.induk_id, i.id, i.nomor_pemko, i.jenis_dokumen, i.mitra_id,
                i.tanggal_mulai, i.tanggal_berakhir
         FROM kerja_sama a LEFT JOIN kerja_sama i ON i.id = a.induk_id ORDER BY a.id",
        |r| {
            let parent = int(r, 5).map(|id| AgreementRef {
                id,
                found: int(r, 6).map(|_| (text(r, 7), text(r, 8), int(r, 9).unwrap_or(0))),
                period: int(r, 6).map(|_| (text(r, 10), text(r, 11))),
            });
            let rec = AgreementRecord {
                doc: text(r, 1),
                partner_id: int(r, 2).unwrap_or(0),
                start: text(r, 3),
                end: text(r, 4),
                parent,
            };
            Ok((RowKey::Number(text(r, 0)), rec))
        },
    )
}

/// Every student internship with its mentor and agreement (when set).
pub fn internships(conn: &Connection) -> rusqlite::Result<Vec<(RowKey, InternshipRecord)>> {
    collect(
        conn,
        "SELECT m.nim, t.nama, m.mitra_id, m.unit_kerja_id, m.tanggal_mulai, m.tanggal_selesai,
                m.pembimbing_lapangan_id, p.id, p.nip, p.unit_kerja_id,
                m.kerja_sama_id, k.id, k.nomor_pemko, k.jenis_dokumen, k.mitra_id,
                k.tanggal_mulai, k.tanggal_berakhir, m.status
         FROM magang m
         LEFT JOIN mitra t ON t.id = m.mitra_id
         LEFT JOIN pegawai p ON p.id = m.pembimbing_lapangan_id
         LEFT JOIN kerja_sama k ON k.id = m.kerja_sama_id ORDER BY m.id",
        |r| {
            let mentor = int(r, 6).map(|id| PersonRef {
                id,
                found: int(r, 7).map(|_| (text(r, 8), int(r, 9).unwrap_or(0))),
            });
            let agreement = int(r, 10).map(|id| AgreementRef {
                id,
                found: int(r, 11).map(|_| (text(r, 12), text(r, 13), int(r, 14).unwrap_or(0))),
                period: int(r, 11).map(|_| (text(r, 15), text(r, 16))),
            });
            let rec = InternshipRecord {
                partner_id: int(r, 2).unwrap_or(0),
                host_unit: int(r, 3).unwrap_or(0),
                start: text(r, 4),
                end: text(r, 5),
                mentor,
                agreement,
                status: text(r, 17),
            };
            Ok((
                RowKey::Intern {
                    nim: text(r, 0),
                    partner: text(r, 1),
                },
                rec,
            ))
        },
    )
}

/// Runs `sql` and maps every row.
fn each<T>(
    conn: &Connection,
    sql: &str,
    mut map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    f: &mut dyn FnMut(T),
) -> rusqlite::Result<usize> {
    let mut st = conn.prepare(sql)?;
    let mut rows = st.query([])?;
    let mut n = 0;
    while let Some(r) = rows.next()? {
        f(map(r)?);
        n += 1;
    }
    Ok(n)
}

fn collect<T>(
    conn: &Connection,
    sql: &str,
    f: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> rusqlite::Result<Vec<T>> {
    let mut v = Vec::new();
    each(conn, sql, f, &mut |t| v.push(t))?;
    Ok(v)
}

/// A column as text whatever its storage class ("" for NULL).
fn text(r: &Row<'_>, i: usize) -> String {
    opt_text(r, i).unwrap_or_default()
}

/// A column as text, `None` for NULL (or a column that does not exist).
fn opt_text(r: &Row<'_>, i: usize) -> Option<String> {
    match r.get_ref(i).ok()? {
        ValueRef::Null => None,
        ValueRef::Integer(n) => Some(n.to_string()),
        ValueRef::Real(x) => Some(x.to_string()),
        ValueRef::Text(t) | ValueRef::Blob(t) => Some(String::from_utf8_lossy(t).into_owned()),
    }
}

/// A column as an integer, `None` for NULL or anything that is not a whole number.
fn int(r: &Row<'_>, i: usize) -> Option<i64> {
    match r.get_ref(i).ok()? {
        ValueRef::Integer(n) => Some(n),
        ValueRef::Real(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Some(x as i64),
        ValueRef::Text(t) => std::str::from_utf8(t).ok()?.trim().parse().ok(),
        _ => None,
    }
}

/// A column as a number, `None` for NULL or text that is not a number.
fn real(r: &Row<'_>, i: usize) -> Option<f64> {
    match r.get_ref(i).ok()? {
        ValueRef::Integer(n) => Some(n as f64),
        ValueRef::Real(x) => Some(x),
        ValueRef::Text(t) => std::str::from_utf8(t).ok()?.trim().parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition of `pegawai` without V19's constraints is a table
    /// SQLite makes, with every other column and CHECK, and without the two.
    #[test]
    fn pegawai_without_the_rule_constraints_keeps_the_rest() {
        let conn = crate::db::open_in_memory().unwrap();
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE name = 'pegawai'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let cut = without_rule_constraints(&sql).expect("the definition ends with them");
        for name in crate::db::schema::RULE_CHECKS_OF_V19 {
            assert!(sql.contains(name) && !cut.contains(name), "{name}");
        }
        assert!(cut.contains("CHECK ((jenis_jabatan IN ('JF_KEAHLIAN','JF_KETERAMPILAN'))"));
        let fresh = Connection::open_in_memory().unwrap();
        fresh.execute_batch(&cut).unwrap();
        let columns = |c: &Connection| -> i64 {
            c.query_row(
                "SELECT count(*) FROM pragma_table_info('pegawai')",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(columns(&fresh), columns(&conn));
        // A definition without them is left alone.
        assert_eq!(without_rule_constraints(&cut), None);
        assert_eq!(without_rule_constraints("CREATE TABLE t (a)"), None);
    }
}
