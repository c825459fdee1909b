//! The only layer that knows SQL: connection setup, migrations and one module
//! per entity. Nothing here draws or prints.

pub mod agreements;
pub mod assessments;
pub mod audit;
pub mod audit_image;
pub mod backup;
pub mod check;
pub mod competencies;
pub mod data_quality;
pub mod employees;
pub mod employees_write;
pub mod evaluations;
pub mod evaluations_write;
pub mod export;
pub mod follow_ups;
pub mod gaps;
pub mod import_keys;
pub mod intern_log;
pub mod internships;
pub mod jp;
pub mod json_text;
pub mod lookup;
pub mod model;
pub mod monitoring;
pub mod monitoring_eval;
pub mod partners;
pub mod plans;
pub mod recommend;
pub mod record;
pub mod reference_read;
pub mod reports;
pub mod retirement;
pub mod rules;
pub mod schema;
pub mod seed_store;
pub mod settings;
pub mod standards;
pub mod trainings;
pub mod units;
pub mod write;
pub mod writeback;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another session's lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a database could not be opened. Each maps to one sentence in `crate::i18n`
/// and exit code 2; none of them advises something that cannot help (a read-only
/// file is never told to try `--read-only` when that would fail too).
#[derive(Debug)]
pub enum OpenError {
    /// The folder that should hold the file does not exist.
    MissingFolder(PathBuf),
    /// The path names a folder, not a file.
    IsFolder(PathBuf),
    /// The file does not exist and this command does not create one.
    NotFound(PathBuf),
    /// The file exists but cannot be read (permissions, a device…).
    Unreadable(PathBuf),
    /// The file exists but is not an SQLite database.
    NotSqlite(PathBuf),
    /// The file is empty (a new database would be made in it) but this command
    /// only reads, or the file cannot be written.
    Empty { path: PathBuf, writable: bool },
    /// The file was written by a newer PEKA.
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file has an older schema and cannot be brought up to date here:
    /// it was opened read-only (`writable`: opening it for writing would
    /// upgrade it) or it cannot be written at all.
    OlderSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
        writable: bool,
    },
    /// The file cannot be written and write access was asked for; it is a
    /// current PEKA database, so `--read-only` shows it.
    ReadOnly(PathBuf),
    /// The file does not exist and its folder cannot be written, so it cannot
    /// be created.
    FolderReadOnly { folder: PathBuf, path: PathBuf },
    /// Opening for reading failed although the file is readable: SQLite could
    /// not set up its companion files (`-wal`, `-shm`) beside it.
    CannotRead(PathBuf),
    /// Another connection holds a lock on the file (`BEGIN EXCLUSIVE`, a
    /// long write, another program) for longer than the busy timeout.
    Locked(PathBuf),
    /// The file starts like SQLite but its content is damaged (a cut-off
    /// copy, overwritten pages): SQLite reports it malformed.
    Damaged(PathBuf),
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

/// What [`precheck`] learned about an existing file.
struct Found {
    /// Zero bytes: SQLite would make a new database in it.
    empty: bool,
    /// Neither marked read-only nor refused for writing.
    writable: bool,
}

/// The refusals that need no SQLite connection: the folder, a folder given as
/// the file, a missing file, a file that is not SQLite. `None` when the file
/// does not exist (and `mode` may create it).
fn precheck(path: &Path, mode: OpenMode) -> Result<Option<Found>, OpenError> {
    let p = path.to_path_buf();
    let folder = folder_of(path);
    if !folder.is_dir() {
        return Err(OpenError::MissingFolder(folder));
    }
    if path.is_dir() {
        return Err(OpenError::IsFolder(p));
    }
    if !path.exists() {
        if mode != OpenMode::CreateIfMissing {
            return Err(OpenError::NotFound(p));
        }
        if is_read_only_dir(&folder) {
            return Err(OpenError::FolderReadOnly { folder, path: p });
        }
        return Ok(None);
    }
    let empty = check_magic(path)?;
    Ok(Some(Found {
        empty,
        writable: !is_read_only_file(path),
    }))
}

/// The folder that holds `path` (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The schema version of an existing, non-empty SQLite file, learned without
/// leaving anything beside it. Without a `-wal` file the header holds the whole
/// truth (`user_version` is the big-endian integer at byte 60); a read-only
/// connection to a WAL-mode file would create `-wal` and `-shm` and leave them.
/// With a `-wal` present (someone has it open) SQLite reads it, WAL included.
fn peek_version(path: &Path) -> Result<i64, OpenError> {
    use std::io::Read;
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if !Path::new(&wal).exists() {
        let mut header = [0u8; 64];
        let mut f =
            std::fs::File::open(path).map_err(|_| OpenError::Unreadable(path.to_path_buf()))?;
        f.read_exact(&mut header)
            .map_err(|_| OpenError::NotSqlite(path.to_path_buf()))?;
        let v = i32::from_be_bytes([header[60], header[61], header[62], header[63]]);
        return Ok(i64::from(v));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| classify(path, OpenMode::ReadOnly, e))?;
    schema_version(&conn).map_err(|e| classify(path, OpenMode::ReadOnly, e))
}

/// Whether the file's header says a schema was ever created in it (the
/// schema cookie at byte 40 is not 0): another program's database when it
/// carries no PEKA version. Read without SQLite, so nothing is left beside it.
fn has_schema_header(path: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 44];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut header))
        .is_ok_and(|()| header[40..44] != [0, 0, 0, 0])
}

/// Why a file that cannot be written is refused when write access was asked for:
/// only a current PEKA database is worth opening with `--read-only`.
fn refuse_read_only(path: &Path, found: &Found) -> OpenError {
    let p = path.to_path_buf();
    if found.empty {
        return OpenError::Empty {
            path: p,
            writable: false,
        };
    }
    let supported = schema::current_version();
    match peek_version(path) {
        Err(e) => e,
        Ok(0) => OpenError::NotSqlite(p),
        Ok(v) if v > supported => OpenError::NewerSchema {
            path: p,
            found: v,
            supported,
        },
        Ok(v) if v < supported => OpenError::OlderSchema {
            path: p,
            found: v,
            supported,
            writable: false,
        },
        Ok(_) => OpenError::ReadOnly(p),
    }
}

/// Everything [`open`] would refuse, found without writing anything and without
/// creating the file: for `peka DB` without a terminal, which must report a bad
/// file yet leave every file as it was.
pub fn probe(path: &Path, mode: OpenMode) -> Result<(), OpenError> {
    let Some(found) = precheck(path, mode)? else {
        return Ok(());
    };
    if mode != OpenMode::ReadOnly && !found.writable {
        return Err(refuse_read_only(path, &found));
    }
    let p = path.to_path_buf();
    let writable = found.writable && !is_read_only_dir(&folder_of(path));
    if found.empty {
        return match mode {
            OpenMode::ReadOnly => Err(OpenError::Empty { path: p, writable }),
            _ => Ok(()),
        };
    }
    let supported = schema::current_version();
    match peek_version(path)? {
        v if v > supported => Err(OpenError::NewerSchema {
            path: p,
            found: v,
            supported,
        }),
        0 if mode == OpenMode::ReadOnly || has_schema_header(path) => Err(OpenError::NotSqlite(p)),
        v if v < supported && mode == OpenMode::ReadOnly => Err(OpenError::OlderSchema {
            path: p,
            found: v,
            supported,
            writable,
        }),
        _ => Ok(()),
    }
}

/// Opens `path` with the connection settings every session uses (WAL, foreign
/// keys, busy timeout) and brings the schema up to date in one transaction.
pub fn open(path: &Path, mode: OpenMode) -> Result<Connection, OpenError> {
    let p = path.to_path_buf();
    let found = precheck(path, mode)?;
    if let Some(f) = &found
        && mode != OpenMode::ReadOnly
        && !f.writable
    {
        return Err(refuse_read_only(path, f));
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
    let existed = path.exists();
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(&p, mode, e))?;
    if !existed && mode == OpenMode::CreateIfMissing {
        // Before the WAL and shared-memory files exist: SQLite gives them
        // the database file's mode.
        private_mode(path).map_err(|e| {
            classify(
                &p,
                mode,
                rusqlite::Error::ToSqlConversionFailure(Box::new(e)),
            )
        })?;
    }
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| classify(&p, mode, e))?;
    // Read the version before changing anything: a file from a newer PEKA is
    // refused exactly as it is (not even switched to WAL).
    let version = schema_version(&conn).map_err(|e| classify(&p, mode, e))?;
    let supported = schema::current_version();
    if version > supported {
        return Err(OpenError::NewerSchema {
            path: p,
            found: version,
            supported,
        });
    }
    // Another program's SQLite database (tables, no PEKA version) is
    // refused as it is: PEKA's schema is never added to someone else's file.
    if version == 0 && has_tables(&conn).map_err(|e| classify(&p, mode, e))? {
        return Err(OpenError::NotSqlite(p));
    }
    configure(&conn, mode).map_err(|e| classify(&p, mode, e))?;
    if version < supported {
        if mode == OpenMode::ReadOnly {
            // Opening for writing would create or upgrade it, if it can be written.
            let writable =
                found.as_ref().is_some_and(|f| f.writable) && !is_read_only_dir(&folder_of(path));
            if found.as_ref().is_some_and(|f| f.empty) {
                return Err(OpenError::Empty { path: p, writable });
            }
            // A non-empty SQLite file without PEKA's schema: nothing PEKA can show.
            if version == 0 {
                return Err(OpenError::NotSqlite(p));
            }
            return Err(OpenError::OlderSchema {
                path: p,
                found: version,
                supported,
                writable,
            });
        }
        migrate(&conn).map_err(|e| classify(&p, mode, e))?;
    }
    Ok(conn)
}

/// A database file PEKA creates holds NIKs and birth dates: readable and
/// writable by its owner only (0600), or by the group too (0660) when the
/// folder is group-shared (setgid, `chmod g+s`: a team's folder).
#[cfg(unix)]
pub fn private_mode(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let shared = folder_of(path)
        .metadata()
        .is_ok_and(|m| m.permissions().mode() & 0o2000 != 0);
    let mode = if shared { 0o660 } else { 0o600 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
pub fn private_mode(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

/// Whether others than the owner and the group may read the file (its mode
/// has the "others: read" bit).
#[cfg(unix)]
pub fn readable_by_everyone(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.permissions().mode() & 0o004 != 0)
}

#[cfg(not(unix))]
pub fn readable_by_everyone(_path: &Path) -> bool {
    false
}

/// A second, read-only connection to the file `conn` has open (the TUI's
/// reads beside its saves); `None` for a database in memory or when the
/// file cannot be opened twice.
///
/// Opened by SQLite alone, without [`open`]'s checks: they read the file's
/// header through a file handle of their own, and closing any handle on a
/// file drops every POSIX lock the process holds on it, SQLite's included
/// (SQLite's "How To Corrupt An SQLite Database File", 2.2). `conn` would
/// lose the shared lock by which a connection in WAL mode keeps other
/// programs from taking the file whole; the next one to close the file
/// would believe it was the last, and delete the `-wal` that `conn` goes on
/// saving into. The file needs no check: `conn` opened it.
pub fn open_beside(conn: &Connection) -> Option<Connection> {
    let path = conn.path().filter(|p| !p.is_empty())?;
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let beside = Connection::open_with_flags(path, flags).ok()?;
    configure(&beside, OpenMode::ReadOnly).ok()?;
    Some(beside)
}

/// An in-memory database with the full schema, for tests and tools.
pub fn open_in_memory() -> rusqlite::Result<Connection> {
    let conn = Connection::open_in_memory()?;
    register_functions(&conn)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    migrate(&conn)?;
    Ok(conn)
}

/// SQL functions PEKA's queries use: `peka_fold(text)` is
/// `domain::search::fold` (lower case, accents removed), so lookups match
/// exactly as list filters do.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::functions::FunctionFlags;
    // `peka_audit_hash(prev, id, waktu, pengguna, klien_ssh, entitas,
    // entitas_id, aksi, sebelum, sesudah)`: `audit::entry_hash`, for the
    // migration that chains the rows already there.
    conn.create_scalar_function(
        "peka_audit_hash",
        10,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let text = |i: usize| -> rusqlite::Result<Option<String>> { ctx.get(i) };
            Ok(audit::entry_hash(&audit::Entry {
                prev: text(0)?.unwrap_or_default(),
                id: ctx.get(1)?,
                waktu: text(2)?.unwrap_or_default(),
                pengguna: text(3)?.unwrap_or_default(),
                klien_ssh: text(4)?.unwrap_or_default(),
                entitas: text(5)?.unwrap_or_default(),
                entitas_id: ctx.get(6)?,
                aksi: text(7)?.unwrap_or_default(),
                sebelum: text(8)?,
                sesudah: text(9)?,
            }))
        },
    )?;
    conn.create_scalar_function(
        "peka_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get_raw(0) {
                rusqlite::types::ValueRef::Text(t) => {
                    crate::domain::search::fold(&String::from_utf8_lossy(t))
                }
                _ => String::new(),
            })
        },
    )
}

fn configure(conn: &Connection, mode: OpenMode) -> rusqlite::Result<()> {
    register_functions(conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Sorts and groupings too large for the page cache go to a temporary
    // file (the bundled SQLite keeps them in memory by default): a report
    // over a province's million rows must not hold them all in RAM.
    conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA temp_store = FILE;")?;
    if mode != OpenMode::ReadOnly {
        // WAL lets readers go on while one session writes; NORMAL is durable in WAL.
        switch_to_wal(conn)?;
        conn.execute_batch("PRAGMA synchronous = NORMAL;")?;
    }
    Ok(())
}

/// Puts the file in WAL mode (a file seeded or copied in rollback-journal
/// mode is switched by the first session that writes). SQLite refuses that
/// switch at once, without its busy wait, when another connection is reading
/// the file or switching it at the same moment: several people opening a
/// freshly seeded file together would see all but one told the file is
/// locked. So a refusal is retried, every few milliseconds, for as long as
/// any other lock wait ([`BUSY_TIMEOUT`]).
fn switch_to_wal(conn: &Connection) -> rusqlite::Result<()> {
    use rusqlite::ffi::ErrorCode;
    let started = std::time::Instant::now();
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
            Ok(_) => return Ok(()),
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                ) && started.elapsed() < BUSY_TIMEOUT =>
            {
                std::thread::sleep(Duration::from_millis(2));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Whether the database holds any table, index, view or trigger of its own.
fn has_tables(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS(SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%')",
        [],
        |r| r.get(0),
    )
}

/// Process-wide SQLite settings for the command line, made once in `main`
/// before the first connection opens: no memory statistics. With them on,
/// every allocation SQLite makes (several per statement run) takes a global
/// lock to count it; an import of 100,000 employees spent about 5 % of its
/// writing thread there. Not for the TUI: its `soft_heap_limit` (see
/// `tui::run`) is kept by those counts.
pub fn configure_process() {
    // SAFETY: `sqlite3_config` takes this option with one int argument; it
    // is only allowed before SQLite initialises, and otherwise returns
    // SQLITE_MISUSE and changes nothing (then the statistics stay on).
    unsafe {
        rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0 as std::ffi::c_int);
    }
}

/// `PRAGMA user_version` of the open database.
pub fn schema_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies every pending migration in one `BEGIN IMMEDIATE` transaction: either the
/// file reaches the current version or it is left exactly as it was.
///
/// Foreign keys are off while migrations run and set back as they were
/// afterwards: a table rebuild (V12) drops a table others point at, and
/// `PRAGMA foreign_keys` cannot change inside a transaction. Before it
/// commits, `PRAGMA foreign_key_check` must find no broken reference the file
/// did not already have.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    // Migrations may call PEKA's SQL functions (V11 hashes the audit chain).
    register_functions(conn)?;
    let keys_on: bool = conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
    if keys_on {
        conn.execute_batch("PRAGMA foreign_keys = OFF")?;
    }
    let result = migrate_keys_off(conn);
    // What a migration switches for itself (V12) is put back even when it
    // stopped halfway.
    let restored = conn.execute_batch(if keys_on {
        "PRAGMA legacy_alter_table = OFF; PRAGMA ignore_check_constraints = OFF;
         PRAGMA foreign_keys = ON;"
    } else {
        "PRAGMA legacy_alter_table = OFF; PRAGMA ignore_check_constraints = OFF;"
    });
    result.and(restored)
}

fn migrate_keys_off(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| {
        let found = schema_version(conn)?;
        if found >= schema::current_version() {
            return Ok(());
        }
        let broken_before: std::collections::HashSet<BrokenReference> =
            broken_references(conn)?.into_iter().collect();
        for (i, sql) in schema::MIGRATIONS
            .iter()
            .enumerate()
            .skip(found.max(0) as usize)
        {
            conn.execute_batch(sql)?;
            conn.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        }
        let broken_after = broken_references(conn)?;
        match broken_after.iter().find(|r| !broken_before.contains(r)) {
            Some(r) => Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY),
                Some(format!(
                    "FOREIGN KEY constraint failed: {} row {} -> {} (key {})",
                    r.table,
                    r.rowid.map_or_else(String::new, |id| id.to_string()),
                    r.parent,
                    r.key
                )),
            )),
            None => Ok(()),
        }
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT"),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    }
}

/// A reference to a missing row, as `PRAGMA foreign_key_check` names it.
#[derive(Debug, PartialEq, Eq, Hash)]
struct BrokenReference {
    table: String,
    rowid: Option<i64>,
    parent: String,
    key: i64,
}

/// Every reference to a missing row in the file.
fn broken_references(conn: &Connection) -> rusqlite::Result<Vec<BrokenReference>> {
    let mut st = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = st.query_map([], |r| {
        Ok(BrokenReference {
            table: r.get(0)?,
            rowid: r.get(1)?,
            parent: r.get(2)?,
            key: r.get(3)?,
        })
    })?;
    rows.collect()
}

/// Checks the SQLite header; `Ok(true)` for an empty file (a valid new database).
fn check_magic(path: &Path) -> Result<bool, OpenError> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut f = std::fs::File::open(path).map_err(|_| OpenError::Unreadable(path.to_path_buf()))?;
    let n = f.read(&mut header).unwrap_or(0);
    if n == 0 {
        return Ok(true);
    }
    if n < 16 || &header != SQLITE_MAGIC {
        return Err(OpenError::NotSqlite(path.to_path_buf()));
    }
    Ok(false)
}

/// True when the file is marked read-only or cannot be opened for writing.
/// (Root may write a 0444 file; the mark is still the owner's intent.)
fn is_read_only_file(path: &Path) -> bool {
    let marked = std::fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(true);
    marked || std::fs::OpenOptions::new().append(true).open(path).is_err()
}

/// True when no new file can be made in `folder`: marked read-only, or refused
/// to this user (root passes the second test, so the mark decides for it).
fn is_read_only_dir(folder: &Path) -> bool {
    let marked = std::fs::metadata(folder)
        .map(|m| m.permissions().readonly())
        .unwrap_or(true);
    marked || !may_write(folder)
}

#[cfg(unix)]
fn may_write(folder: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(folder.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a NUL-terminated path that outlives the call.
    unsafe { libc::access(c.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
fn may_write(_folder: &Path) -> bool {
    true
}

fn classify(path: &Path, mode: OpenMode, e: rusqlite::Error) -> OpenError {
    use rusqlite::ffi::ErrorCode;
    let p = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => OpenError::NotSqlite(p),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => OpenError::Locked(p),
        Some(ErrorCode::DatabaseCorrupt) => OpenError::Damaged(p),
        // Reading only: advising `--read-only` would not help.
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied)
            if mode == OpenMode::ReadOnly =>
        {
            OpenError::CannotRead(p)
        }
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            OpenError::ReadOnly(p)
        }
        _ => OpenError::Sqlite(p, e),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// SQLite's "cannot open" while only reading (a WAL file whose `-shm` cannot
    /// be made) is not a reason to suggest `--read-only`: the caller already
    /// reads only.
    #[test]
    fn cannot_open_while_reading_is_not_called_read_only() {
        let cant = || {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                None,
            )
        };
        let p = Path::new("x.db");
        assert!(matches!(
            classify(p, OpenMode::ReadOnly, cant()),
            OpenError::CannotRead(_)
        ));
        assert!(matches!(
            classify(p, OpenMode::CreateIfMissing, cant()),
            OpenError::ReadOnly(_)
        ));
        let text =
            crate::i18n::cli::open_error(crate::i18n::Lang::En, &OpenError::CannotRead(p.into()));
        assert!(!text.contains("--read-only"), "{text}");
    }
}
