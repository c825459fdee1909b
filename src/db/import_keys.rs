//! The natural keys `peka import` finds records by (NIP, training code,
//! agreement number, NIM + campus…), and the few facts its rules read about
//! a referenced record. Names are matched ignoring case and outer spaces.

use rusqlite::{Connection, OptionalExtension, params};

fn one(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached(sql)?
        .query_row(p, |r| r.get(0))
        .optional()
}

fn all(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> rusqlite::Result<Vec<i64>> {
    conn.prepare_cached(sql)?
        .query_map(p, |r| r.get(0))?
        .collect()
}

pub fn employee_by_nip(conn: &Connection, nip: &str) -> rusqlite::Result<Option<i64>> {
    one(conn, "SELECT id FROM pegawai WHERE nip = ?1", [nip])
}

/// Exact first (by the unique index), then ignoring case (a scan, only for
/// a code typed in another case).
fn exact_then_nocase(
    conn: &Connection,
    table: &str,
    column: &str,
    value: &str,
) -> rusqlite::Result<Option<i64>> {
    let value = value.trim();
    let exact = format!("SELECT id FROM {table} WHERE {column} = ?1");
    if let Some(id) = one(conn, &exact, [value])? {
        return Ok(Some(id));
    }
    let nocase =
        format!("SELECT id FROM {table} WHERE {column} = ?1 COLLATE NOCASE ORDER BY id LIMIT 1");
    one(conn, &nocase, [value])
}

pub fn unit_by_code(conn: &Connection, kode: &str) -> rusqlite::Result<Option<i64>> {
    exact_then_nocase(conn, "unit_kerja", "kode", kode)
}

/// Units with this name (several when the name is not unique): as written,
/// else ignoring case.
pub fn units_by_name(conn: &Connection, name: &str) -> rusqlite::Result<Vec<i64>> {
    let exact = all(
        conn,
        "SELECT id FROM unit_kerja WHERE nama = ?1 ORDER BY id",
        [name.trim()],
    )?;
    if !exact.is_empty() {
        return Ok(exact);
    }
    all(
        conn,
        "SELECT id FROM unit_kerja WHERE nama = ?1 COLLATE NOCASE ORDER BY id",
        [name.trim()],
    )
}

pub fn training_by_code(conn: &Connection, kode: &str) -> rusqlite::Result<Option<i64>> {
    exact_then_nocase(conn, "pelatihan", "kode", kode)
}

pub fn competency_by_code(conn: &Connection, kode: &str) -> rusqlite::Result<Option<i64>> {
    exact_then_nocase(conn, "kompetensi", "kode", kode)
}

pub fn enrollment(
    conn: &Connection,
    training: i64,
    employee: i64,
) -> rusqlite::Result<Option<i64>> {
    one(
        conn,
        "SELECT id FROM peserta_pelatihan WHERE pelatihan_id = ?1 AND pegawai_id = ?2",
        [training, employee],
    )
}

/// What the JP rule reads of a training: `jumlah_jp`, `durasi_menit`,
/// `status`, `tanggal_selesai`.
pub type TrainingFacts = (f64, Option<i64>, String, String);

pub fn training_facts(conn: &Connection, id: i64) -> rusqlite::Result<Option<TrainingFacts>> {
    conn.prepare_cached(
        "SELECT jumlah_jp, durasi_menit, status, tanggal_selesai FROM pelatihan WHERE id = ?1",
    )?
    .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
    .optional()
}

/// Partners with this name now or formerly (`mitra_nama_lama`: an agreement
/// signed by IAIN Lhokseumawe names UIN SUNA's former name).
pub fn partners_by_name(conn: &Connection, name: &str) -> rusqlite::Result<Vec<i64>> {
    all(
        conn,
        "SELECT id FROM mitra WHERE nama = ?1 COLLATE NOCASE
         UNION SELECT mitra_id FROM mitra_nama_lama WHERE nama = ?1 COLLATE NOCASE
         ORDER BY 1",
        [name.trim()],
    )
}

/// The partner whose present name this is.
pub fn partner_by_current_name(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    exact_then_nocase(conn, "mitra", "nama", name)
}

pub fn agreement_by_number(conn: &Connection, nomor: &str) -> rusqlite::Result<Option<i64>> {
    exact_then_nocase(conn, "kerja_sama", "nomor_pemko", nomor)
}

pub fn internship(conn: &Connection, nim: &str, partner: i64) -> rusqlite::Result<Option<i64>> {
    one(
        conn,
        "SELECT id FROM magang WHERE nim = ?1 AND mitra_id = ?2 ORDER BY id DESC LIMIT 1",
        params![nim.trim(), partner],
    )
}

pub fn evaluation(
    conn: &Connection,
    employee: i64,
    year: i64,
    kind: &str,
    number: i64,
) -> rusqlite::Result<Option<i64>> {
    one(
        conn,
        "SELECT id FROM evaluasi_kinerja
         WHERE pegawai_id = ?1 AND tahun = ?2 AND jenis_periode = ?3 AND periode_ke = ?4",
        params![employee, year, kind, number],
    )
}

pub fn standard(
    conn: &Connection,
    position: &str,
    level: &str,
    title: &str,
    competency: i64,
) -> rusqlite::Result<Option<i64>> {
    one(
        conn,
        "SELECT id FROM standar_kompetensi WHERE jenis_jabatan = ?1 AND jenjang_jf = ?2
           AND nama_jabatan = ?3 COLLATE NOCASE AND kompetensi_id = ?4",
        params![position, level, title.trim(), competency],
    )
}

/// An assessment of one competency of one employee on one date (the latest
/// recorded when there are several).
pub fn assessment(
    conn: &Connection,
    employee: i64,
    competency: i64,
    date: &str,
) -> rusqlite::Result<Option<i64>> {
    one(
        conn,
        "SELECT id FROM penilaian_kompetensi WHERE pegawai_id = ?1 AND kompetensi_id = ?2
           AND tanggal = ?3 ORDER BY id DESC LIMIT 1",
        params![employee, competency, date],
    )
}

/// The golongan codes the database knows.
pub fn golongan_exists(conn: &Connection, kode: &str) -> rusqlite::Result<bool> {
    Ok(one(conn, "SELECT 1 FROM golongan WHERE kode = ?1", [kode])?.is_some())
}

/// How many status rows employee `id` has.
pub fn status_rows(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT COUNT(*) FROM riwayat_status WHERE pegawai_id = ?1")?
        .query_row([id], |r| r.get(0))
}

/// Settings for one long write (an import):
/// - a larger page cache, 32 MB instead of SQLite's 2 MB, so a file of
///   100,000 rows does not re-read its index pages;
/// - the journal of each row's savepoint kept in memory: it holds the pages
///   one row changes (a few dozen KB, emptied when the row is released), and
///   once it passed SQLite's 64 KB it went to a temporary file for the rest
///   of the transaction: 22 writes to disk per new employee, most of the
///   system time of an import;
/// - query plans that do not depend on the values bound (SQLite's "query
///   planner stability guarantee"): without it a statement whose plan SQLite
///   may choose by a bound value (the status history of an employee, read
///   and rewritten for each status change) was compiled again each time the
///   value changed, twice per imported status change.
pub fn widen_cache(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;")?;
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

/// A second, read-only connection to the file of `conn` whose read
/// transaction starts now: it sees the file as `conn`'s write transaction
/// found it, none of that transaction's own writes, and nobody else's
/// (`conn` holds the write lock). Call it right after `BEGIN IMMEDIATE` and
/// before the first write. `None` where no such view can be had: a database
/// in memory, or a file not in WAL mode (there a reader would hold up the
/// writer).
pub fn snapshot(conn: &Connection) -> rusqlite::Result<Option<Connection>> {
    let Some(path) = conn.path().filter(|p| !p.is_empty()) else {
        return Ok(None);
    };
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Ok(None);
    }
    let reader = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    super::register_functions(&reader)?;
    reader.busy_timeout(super::BUSY_TIMEOUT)?;
    reader.execute_batch("PRAGMA cache_size = -4096; BEGIN")?;
    // The read transaction, and its view, begins with the first read.
    reader.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })?;
    Ok(Some(reader))
}
