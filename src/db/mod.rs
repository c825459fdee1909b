//! The only layer that knows SQL: connection setup, migrations and one module
//! per entity. Nothing here draws or prints.

pub mod audit;
pub mod backup;
pub mod check;
pub mod employees;
pub mod employees_write;
pub mod evaluations;
pub mod export;
pub mod lookup;
pub mod model;
pub mod monitoring;
pub mod partners;
pub mod profile_write;
pub mod reference_read;
pub mod reference_write;
pub mod reports;
pub mod retirement;
pub mod schema;
pub mod seed_store;
pub mod settings;
pub mod trainings;
pub mod write;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another session's lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a database could not be opened. Each maps to one sentence in `crate::i18n`
/// and exit code 2.
#[derive(Debug)]
pub enum OpenError {
    /// The folder that should hold the file does not exist.
    MissingFolder(PathBuf),
    /// The file does not exist and this command does not create one.
    NotFound(PathBuf),
    /// The file exists but is not an SQLite database.
    NotSqlite(PathBuf),
    /// The file was written by a newer PEKA.
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file has an older schema and was opened read-only, so it cannot be
    /// brought up to date here.
    OlderSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file (or its folder) cannot be written and write access was asked for.
    ReadOnly(PathBuf),
    /// Anything else SQLite reported.
    Sqlite(PathBuf, rusqlite::Error),
}

/// What the caller needs from the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The TUI: create and migrate the file when it is missing.
    CreateIfMissing,
    /// Commands that change an existing file (import, seed into an existing file…).
    ReadWrite,
    /// `check`, `export`, `--read-only`: never write, never create, never migrate.
    ReadOnly,
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Opens `path` with the connection settings every session uses (WAL, foreign
/// keys, busy timeout) and brings the schema up to date in one transaction.
pub fn open(path: &Path, mode: OpenMode) -> Result<Connection, OpenError> {
    let p = path.to_path_buf();
    let folder = match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        return Err(OpenError::MissingFolder(folder));
    }
    let exists = path.exists();
    if !exists && mode != OpenMode::CreateIfMissing {
        return Err(OpenError::NotFound(p));
    }
    if exists {
        if path.is_dir() {
            return Err(OpenError::NotSqlite(p));
        }
        check_magic(path)?;
        if mode != OpenMode::ReadOnly && is_read_only_file(path) {
            return Err(OpenError::ReadOnly(p));
        }
    } else if is_read_only_dir(&folder) {
        return Err(OpenError::ReadOnly(p));
    }

    let flags = match mode {
        OpenMode::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        OpenMode::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        OpenMode::CreateIfMissing => {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        }
    };
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(&p, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(&p, e))?;
    // Read the version before changing anything: a file from a newer PEKA is
    // refused exactly as it is (not even switched to WAL).
    let found = schema_version(&conn).map_err(|e| classify(&p, e))?;
    let supported = schema::current_version();
    if found > supported {
        return Err(OpenError::NewerSchema {
            path: p,
            found,
            supported,
        });
    }
    configure(&conn, mode).map_err(|e| classify(&p, e))?;
    if found < supported {
        if mode == OpenMode::ReadOnly {
            // An empty or older file opened for reading: nothing PEKA can show.
            if found == 0 {
                return Err(OpenError::NotSqlite(p));
            }
            return Err(OpenError::OlderSchema {
                path: p,
                found,
                supported,
            });
        }
        migrate(&conn).map_err(|e| classify(&p, e))?;
    }
    Ok(conn)
}

/// An in-memory database with the full schema, for tests and tools.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    let conn = Connection::open_in_memory()?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    migrate(&conn)?;
    Ok(conn)
}

fn configure(conn: &Connection, mode: OpenMode) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    if mode != OpenMode::ReadOnly {
        // WAL lets readers go on while one session writes; NORMAL is durable in WAL.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch("PRAGMA synchronous = NORMAL;")?;
    }
    Ok(())
}

/// `PRAGMA user_version` of the open database.
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies every pending migration in one `BEGIN IMMEDIATE` transaction: either the
/// file reaches the current version or it is left exactly as it was.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        let found = schema_version(conn)?;
        for (i, sql) in schema::MIGRATIONS
            .iter()
            .enumerate()
            .skip(found.max(0) as usize)
        {
            conn.execute_batch(sql)?;
            conn.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

fn check_magic(path: &Path) -> Result<(), OpenError> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut f = std::fs::File::open(path).map_err(|_| OpenError::ReadOnly(path.to_path_buf()))?;
    let n = f.read(&mut header).unwrap_or(0);
    // An empty file is a valid new SQLite database.
    if n == 0 {
        return Ok(());
    }
    if n < 16 || &header != SQLITE_MAGIC {
        return Err(OpenError::NotSqlite(path.to_path_buf()));
    }
    Ok(())
}

/// True when the file is marked read-only or cannot be opened for writing.
/// (Root may write a 0444 file; the mark is still the owner's intent.)
fn is_read_only_file(path: &Path) -> bool {
    let marked = std::fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(true);
    marked || std::fs::OpenOptions::new().append(true).open(path).is_err()
}

fn is_read_only_dir(folder: &Path) -> bool {
    std::fs::metadata(folder)
        .map(|m| m.permissions().readonly())
        .unwrap_or(true)
}

fn classify(path: &Path, e: rusqlite::Error) -> OpenError {
    use rusqlite::ffi::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => OpenError::NotSqlite(path.to_path_buf()),
        Some(ErrorCode::ReadOnly)
        | Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::PermissionDenied) => OpenError::ReadOnly(path.to_path_buf()),
        _ => OpenError::Sqlite(path.to_path_buf(), e),
    }
}

/// Who is at the keyboard, for the audit table: the OS user and, over SSH, the
/// client address.
pub fn current_actor() -> (String, String) {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(os_user_name)
        .unwrap_or_else(|| "unknown".to_string());
    let ssh = std::env::var("SSH_CLIENT")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_default();
    (user, ssh)
}

/// The login name of the process's user from the password database (for
/// sessions started without USER/LOGNAME, e.g. by a service manager).
#[cfg(unix)]
fn os_user_name() -> Option<String> {
    // SAFETY: getuid has no preconditions; getpwuid returns null or a pointer to
    // a static record whose pw_name is a NUL-terminated string, copied at once.
    unsafe {
        let pw = libc::getpwuid(libc::getuid());
        if pw.is_null() || (*pw).pw_name.is_null() {
            return None;
        }
        std::ffi::CStr::from_ptr((*pw).pw_name)
            .to_str()
            .ok()
            .map(str::to_string)
    }
}

#[cfg(not(unix))]
fn os_user_name() -> Option<String> {
    None
}

/// `PRAGMA data_version`: changes when another connection commits to the file.
pub fn data_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0))
}
