//! A consistent online copy of the database (`peka backup`): `VACUUM INTO`
//! reads one snapshot inside a read transaction, so other sessions keep
//! working and the copy never holds half of someone's save.

use rusqlite::Connection;
use std::path::Path;

/// What the copy holds, for the summary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupSummary {
    pub bytes: u64,
    pub schema_version: i64,
    pub employees: i64,
}

/// Why a copy was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// Reading the source met a damaged page: a copy would carry the damage
    /// on (or stop half-way), so none is made.
    SourceDamaged,
    /// Anything else (the target folder, the disk, the check of the copy).
    Failed(String),
}

impl From<String> for BackupError {
    fn from(s: String) -> Self {
        BackupError::Failed(s)
    }
}

/// Writes a compact copy of `conn`'s database to `out` (which must not exist)
/// and checks it: integrity ok and the same schema version.
pub fn vacuum_into(conn: &Connection, out: &Path) -> Result<BackupSummary, BackupError> {
    let target = out
        .to_str()
        .ok_or_else(|| "path is not valid UTF-8".to_string())?;
    conn.execute("VACUUM INTO ?1", [target]).map_err(|e| {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) {
            BackupError::SourceDamaged
        } else {
            BackupError::Failed(e.to_string())
        }
    })?;
    let copy = Connection::open_with_flags(out, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| e.to_string())?;
    let ok: String = copy
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if ok != "ok" {
        return Err(BackupError::Failed(ok));
    }
    let schema_version: i64 = copy
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    let source_version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if schema_version != source_version {
        return Err(format!("schema {schema_version} != {source_version}").into());
    }
    let employees: i64 = copy
        .query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(BackupSummary {
        bytes,
        schema_version,
        employees,
    })
}
