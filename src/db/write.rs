//! Safe writes shared by every editing module: who writes (`Actor`), why a
//! write was refused (`WriteError`), one short `BEGIN IMMEDIATE` transaction
//! per write, and the mapping of SQLite's errors to something a form can show
//! at a field. The sentences for people are `crate::i18n::write::write_error`.

use rusqlite::ffi;
use rusqlite::{Connection, Transaction, TransactionBehavior};

/// Who makes a change, as recorded in the audit table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// OS user name.
    pub user: String,
    /// Address of the SSH client ("" when not logged in over SSH).
    pub ssh_client: String,
}

impl Actor {
    /// The person at this terminal: `$USER` and the address in `$SSH_CLIENT`.
    pub fn current() -> Actor {
        let (user, ssh_client) = super::current_actor();
        Actor { user, ssh_client }
    }

    /// An explicit actor (tests, tools).
    pub fn new(user: impl Into<String>, ssh_client: impl Into<String>) -> Actor {
        Actor {
            user: user.into(),
            ssh_client: ssh_client.into(),
        }
    }

    /// "budi (10.0.0.5)", or "budi" without an SSH client.
    pub fn label(&self) -> String {
        who(&self.user, &self.ssh_client)
    }
}

/// "user (ssh)" or "user": how a writer is named in a conflict message.
pub(crate) fn who(user: &str, ssh: &str) -> String {
    if ssh.trim().is_empty() {
        user.to_string()
    } else {
        format!("{user} ({ssh})")
    }
}

/// Which kind of constraint refused a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstraintKind {
    Unique,
    Check,
    ForeignKey,
    NotNull,
}

/// Why a write did not happen. In every case nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteError {
    /// The row's version moved since it was loaded: another session saved it.
    /// `changed_by` is "user (ssh client)" or "user"; `changed_at` the audit
    /// time `YYYY-MM-DDTHH:MM:SS` (local). Both `None` when the change left no
    /// audit row (e.g. written by another tool).
    Conflict {
        changed_by: Option<String>,
        changed_at: Option<String>,
    },
    /// The row no longer exists (deleted by another session).
    NotFound,
    /// A database constraint refused a value. `column` names the column when
    /// SQLite (or a pre-check) names it; for a UNIQUE over several columns it
    /// is the last one (e.g. `kompetensi_id` of a standard). A parent-unit
    /// cycle is `Constraint { column: Some("induk_id"), kind: Check }`.
    Constraint {
        column: Option<String>,
        kind: ConstraintKind,
    },
    /// A hard delete was refused: the row has history or other rows use it.
    HasHistory,
    /// A delete was refused because other rows use the record: (table, how
    /// many) for each table that does.
    InUse(Vec<(&'static str, i64)>),
    /// A training's quota is full: no further participant takes a place.
    QuotaFull { quota: i64 },
    /// Several participants at once would pass the quota: `free` places are
    /// left and `wanted` people were asked for; none is added.
    QuotaShort { quota: i64, free: i64, wanted: i64 },
    /// A rule of the domain that needs the stored data to say why (dates of
    /// the agreement an internship runs under, a unit's capacity…), at the
    /// form field `column`.
    Rule {
        column: &'static str,
        rule: super::rules::Rule,
    },
    /// Another session held the file locked longer than the busy timeout.
    Busy,
    /// Anything else SQLite reported (read-only file, disk full…).
    Sqlite(String),
}

impl WriteError {
    /// The column a form should put this error at, if any.
    pub fn column(&self) -> Option<&str> {
        match self {
            WriteError::Constraint { column, .. } => column.as_deref(),
            WriteError::Rule { column, .. } => Some(column),
            _ => None,
        }
    }

    /// A broken rule, said at the field `column`.
    pub fn rule(column: &'static str, rule: super::rules::Rule) -> WriteError {
        WriteError::Rule { column, rule }
    }

    /// A constraint error naming `column`.
    pub fn constraint(column: &str, kind: ConstraintKind) -> WriteError {
        WriteError::Constraint {
            column: Some(column.to_string()),
            kind,
        }
    }
}

impl From<rusqlite::Error> for WriteError {
    fn from(e: rusqlite::Error) -> Self {
        map_error(&e)
    }
}

/// Maps a rusqlite error to a `WriteError`: constraint failures with the
/// column SQLite names ("UNIQUE constraint failed: pegawai.nip", "NOT NULL
/// constraint failed: pegawai.nama", "CHECK constraint failed: length(nip) =
/// 18 …" gives the first column of the expression), busy/locked to `Busy`.
pub fn map_error(e: &rusqlite::Error) -> WriteError {
    let rusqlite::Error::SqliteFailure(err, msg) = e else {
        return WriteError::Sqlite(e.to_string());
    };
    let msg = msg.as_deref().unwrap_or("");
    match err.code {
        ffi::ErrorCode::DatabaseBusy | ffi::ErrorCode::DatabaseLocked => WriteError::Busy,
        ffi::ErrorCode::ConstraintViolation => {
            let kind = match err.extended_code {
                ffi::SQLITE_CONSTRAINT_UNIQUE | ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                    Some(ConstraintKind::Unique)
                }
                ffi::SQLITE_CONSTRAINT_CHECK => Some(ConstraintKind::Check),
                ffi::SQLITE_CONSTRAINT_FOREIGNKEY => Some(ConstraintKind::ForeignKey),
                ffi::SQLITE_CONSTRAINT_NOTNULL => Some(ConstraintKind::NotNull),
                _ => kind_from_message(msg),
            };
            match kind {
                Some(kind) => WriteError::Constraint {
                    column: column_from_message(kind, msg),
                    kind,
                },
                None => WriteError::Sqlite(if msg.is_empty() {
                    e.to_string()
                } else {
                    msg.to_string()
                }),
            }
        }
        _ => WriteError::Sqlite(if msg.is_empty() {
            e.to_string()
        } else {
            msg.to_string()
        }),
    }
}

fn kind_from_message(msg: &str) -> Option<ConstraintKind> {
    [
        ("UNIQUE constraint failed", ConstraintKind::Unique),
        ("CHECK constraint failed", ConstraintKind::Check),
        ("FOREIGN KEY constraint failed", ConstraintKind::ForeignKey),
        ("NOT NULL constraint failed", ConstraintKind::NotNull),
    ]
    .into_iter()
    .find(|(prefix, _)| msg.starts_with(prefix))
    .map(|(_, k)| k)
}

/// The column named by a constraint message, if any.
fn column_from_message(kind: ConstraintKind, msg: &str) -> Option<String> {
    let rest = msg.split_once(": ").map(|(_, r)| r.trim())?;
    match kind {
        ConstraintKind::ForeignKey => None,
        // "t.a" or "t.a, t.b": the last column is the one a person varies.
        ConstraintKind::Unique | ConstraintKind::NotNull => {
            let last = rest.rsplit(',').next()?.trim();
            let col = last.rsplit('.').next()?.trim();
            (!col.is_empty()).then(|| col.to_string())
        }
        ConstraintKind::Check => first_column_of_expression(rest),
    }
}

/// First lower-case identifier of a CHECK expression that is not a function
/// name or inside a quoted literal (the schema writes keywords in capitals).
fn first_column_of_expression(expr: &str) -> Option<String> {
    let bytes = expr.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'\'' || c == b'"' {
            // Skip the quoted literal ('' inside is an escaped quote: the
            // loop simply re-enters and leaves again).
            i += 1;
            while i < bytes.len() && bytes[i] != c {
                i += 1;
            }
            i += 1;
            continue;
        }
        if c.is_ascii_lowercase() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let word = &expr[start..i];
            let next = expr[i..].trim_start().chars().next();
            let is_lower = word.bytes().all(|b| !b.is_ascii_uppercase());
            if is_lower && next != Some('(') {
                return Some(word.to_string());
            }
            continue;
        }
        if c.is_ascii_alphanumeric() {
            // An upper-case keyword or a number: skip the whole word.
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    None
}

/// Runs `f` inside `BEGIN IMMEDIATE … COMMIT`: the write lock is taken up
/// front (waiting up to the busy timeout), so what `f` reads stays true until
/// it commits. Any error from `f` or from COMMIT rolls everything back.
pub fn in_transaction<T>(
    conn: &Connection,
    f: impl FnOnce(&Transaction<'_>) -> Result<T, WriteError>,
) -> Result<T, WriteError> {
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let value = f(&tx)?; // dropping `tx` on error rolls back
    tx.commit()?;
    Ok(value)
}

/// Empty or blank optional text becomes NULL; other text is trimmed.
pub(crate) fn opt_text(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constraint(code: i32, msg: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(ffi::Error::new(code), Some(msg.to_string()))
    }

    #[test]
    fn constraint_messages_name_their_column() {
        let cases = [
            (
                ffi::SQLITE_CONSTRAINT_UNIQUE,
                "UNIQUE constraint failed: pegawai.nip",
                Some("nip"),
                ConstraintKind::Unique,
            ),
            (
                ffi::SQLITE_CONSTRAINT_UNIQUE,
                "UNIQUE constraint failed: standar_kompetensi.jenis_jabatan, standar_kompetensi.kompetensi_id",
                Some("kompetensi_id"),
                ConstraintKind::Unique,
            ),
            (
                ffi::SQLITE_CONSTRAINT_NOTNULL,
                "NOT NULL constraint failed: pegawai.nama",
                Some("nama"),
                ConstraintKind::NotNull,
            ),
            (
                ffi::SQLITE_CONSTRAINT_CHECK,
                "CHECK constraint failed: length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'",
                Some("nip"),
                ConstraintKind::Check,
            ),
            (
                ffi::SQLITE_CONSTRAINT_CHECK,
                "CHECK constraint failed: date(tanggal_lahir) IS tanggal_lahir",
                Some("tanggal_lahir"),
                ConstraintKind::Check,
            ),
            (
                ffi::SQLITE_CONSTRAINT_CHECK,
                "CHECK constraint failed: length(trim(nama)) > 0",
                Some("nama"),
                ConstraintKind::Check,
            ),
            (
                ffi::SQLITE_CONSTRAINT_CHECK,
                "CHECK constraint failed: jenis_kelamin IN ('L','P')",
                Some("jenis_kelamin"),
                ConstraintKind::Check,
            ),
            (
                ffi::SQLITE_CONSTRAINT_FOREIGNKEY,
                "FOREIGN KEY constraint failed",
                None,
                ConstraintKind::ForeignKey,
            ),
        ];
        for (code, msg, column, kind) in cases {
            assert_eq!(
                map_error(&constraint(code, msg)),
                WriteError::Constraint {
                    column: column.map(str::to_string),
                    kind
                },
                "{msg}"
            );
        }
    }

    #[test]
    fn a_plain_constraint_code_falls_back_to_the_message() {
        let e = constraint(ffi::SQLITE_CONSTRAINT, "NOT NULL constraint failed: t.x");
        assert_eq!(
            e.sqlite_error_code(),
            Some(ffi::ErrorCode::ConstraintViolation)
        );
        assert_eq!(
            map_error(&e),
            WriteError::constraint("x", ConstraintKind::NotNull)
        );
    }

    #[test]
    fn busy_and_locked_map_to_busy_and_triggers_to_sqlite() {
        for code in [ffi::SQLITE_BUSY, ffi::SQLITE_LOCKED] {
            assert_eq!(
                map_error(&constraint(code, "database is locked")),
                WriteError::Busy
            );
        }
        assert_eq!(
            map_error(&constraint(
                ffi::SQLITE_CONSTRAINT_TRIGGER,
                "audit is append-only"
            )),
            WriteError::Sqlite("audit is append-only".into())
        );
    }

    #[test]
    fn a_failing_closure_rolls_back() {
        let conn = crate::db::open_in_memory().unwrap();
        let r: Result<(), WriteError> = in_transaction(&conn, |tx| {
            tx.execute(
                "INSERT INTO pengaturan (kunci, nilai) VALUES ('x', '1')",
                [],
            )?;
            Err(WriteError::NotFound)
        });
        assert_eq!(r, Err(WriteError::NotFound));
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM pengaturan WHERE kunci = 'x'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 0);
        assert!(conn.is_autocommit());
    }

    #[test]
    fn actor_label_shows_the_ssh_client_only_when_there_is_one() {
        assert_eq!(Actor::new("budi", "10.0.0.5").label(), "budi (10.0.0.5)");
        assert_eq!(Actor::new("budi", "").label(), "budi");
    }
}
