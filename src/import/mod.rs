//! `peka import`: a spreadsheet (CSV or XLSX, `sheet`) into the database, one
//! record kind at a time. Columns are the export's, matched by name in any
//! order; each row is read (`row`), validated with the rules the forms and
//! `peka check` use, and written through the same audited record writes as
//! the forms — all rows in one transaction, kept only when no row has a
//! problem (and never with `--dry-run`). A row whose natural key (NIP,
//! training code, agreement number, NIM + campus…) is already stored updates
//! that record; a row equal to what is stored writes nothing.
//!
//! A column the file does not have keeps the stored value of a record that
//! exists (a list of NIPs and phone numbers updates only the phones); an
//! empty cell in a column it has empties the value, as in the form.

pub mod kinds;
pub mod partnership;
pub mod people;
pub mod row;
pub mod sheet;
pub mod training;

use crate::db::record::{self, Record};
use crate::db::write::{Actor, WriteError};
use crate::i18n::Lang;
use crate::i18n::cli_import::Reason;
use chrono::NaiveDate;
use row::{Columns, Row, RowError};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use sheet::{SheetError, Value};
use std::collections::HashMap;
use std::path::Path;

/// The codes of a code enum, for [`Row::code`].
#[macro_export]
macro_rules! codes {
    ($e:ty) => {
        <$e>::ALL
            .iter()
            .map(|v| v.as_code())
            .collect::<Vec<&'static str>>()
    };
}

/// At most this many problems are listed; the rest are counted.
pub const MAX_LISTED: usize = 50;

/// What every row of an import shares.
pub struct Ctx {
    /// The reference date the rules judge by (setting `tanggal_acuan`, else today).
    pub today: NaiveDate,
    pub lang: Lang,
    pub actor: Actor,
    pub minutes_per_jp: u32,
}

/// A row's record as found by its natural key.
pub struct Located {
    /// The key as text (for duplicates within the file).
    pub key: String,
    /// The column a duplicate is reported at.
    pub column: &'static str,
    /// The stored record with that key.
    pub id: Option<i64>,
}

/// One record kind that can be imported.
pub trait Kind {
    type R: Record + Default;
    /// The columns the header must have (the natural key).
    const KEY: &'static [&'static str];
    /// The columns read besides the key.
    const READS: &'static [&'static str];
    /// Columns the export writes that are computed or shown for reading
    /// (a name next to a NIP, a count): skipped without a word.
    const DERIVED: &'static [&'static str];

    /// The natural key of the row and the stored record it names; `None`
    /// when the key cannot be read (the row has the errors).
    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>>;

    /// The record the row describes: `base` is the stored one for an
    /// update (columns the file lacks keep its values), `None` for a new
    /// record. `None` when a cell is wrong (the row has the errors).
    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<Self::R>,
        ctx: &Ctx,
    ) -> rusqlite::Result<Option<Self::R>>;

    /// Whole-record rules of `domain::validate`, as (column, sentence).
    fn rules(
        _tx: &Connection,
        _r: &Self::R,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Vec<(&'static str, String)>> {
        Ok(Vec::new())
    }

    /// Whether `locate`, `build` and `rules` read nothing that an import of
    /// this kind writes, apart from the record a row names by its own key
    /// (which no earlier row of the file can have written: a key seen
    /// before is a duplicate, reported before its record is read). Then
    /// those checks run on a second thread, on a view of the file as the
    /// write transaction found it, while this thread writes the rows
    /// checked before.
    const CHECKS_READ_ONLY_OTHERS: bool = false;

    /// Writes that follow the record's own (an employee's status); true
    /// when something changed. `added`: the row's record was just inserted.
    fn after(
        _tx: &Connection,
        _id: i64,
        _added: bool,
        _row: &mut Row,
        _ctx: &Ctx,
    ) -> Result<bool, WriteError> {
        Ok(false)
    }
}

/// The outcome of an import that read its file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// Data rows read (the header not counted).
    pub rows: usize,
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// The first [`MAX_LISTED`] problems, in file order.
    pub errors: Vec<RowError>,
    /// All problems.
    pub error_count: usize,
    /// Rows with at least one problem.
    pub error_rows: usize,
    /// Columns of the file that are not read.
    pub ignored: Vec<String>,
    /// Whether the rows were saved (no problem and not a dry run).
    pub saved: bool,
}

/// Why an import did not get to its rows.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    Sheet(SheetError),
    DuplicateColumn(String),
    MissingColumns(Vec<&'static str>),
    /// The database refused the transaction (busy beyond the wait, disk full…).
    Write(WriteError),
}

impl From<rusqlite::Error> for ImportError {
    fn from(e: rusqlite::Error) -> Self {
        ImportError::Write(WriteError::from(e))
    }
}

/// Options of one import.
pub struct Options<'a> {
    pub sheet: Option<&'a str>,
    pub dry_run: bool,
    /// Called every [`PROGRESS_EVERY`] rows with the rows read so far.
    pub progress: &'a mut dyn FnMut(usize),
}

pub const PROGRESS_EVERY: usize = 10_000;

/// Imports `file` into `conn` as `entity` (`kinds::IMPORTABLE`).
pub fn import(
    conn: &Connection,
    entity: crate::cli::export::Entity,
    file: &Path,
    ctx: &Ctx,
    opts: Options<'_>,
) -> Result<Report, ImportError> {
    kinds::dispatch(entity, conn, file, ctx, opts)
}

/// How a row's writes are undone when the database refuses one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Undo {
    /// No savepoint: a refused statement undoes itself, and a row refused
    /// at its first write has written nothing. A row refused after it
    /// wrote something stops the run, which starts again from the first
    /// row with [`Undo::Savepoints`]. A savepoint per row cost the writing
    /// thread about a twentieth of its time (every page a row touches
    /// copied to the savepoint's journal), for rows that are almost never
    /// refused once checked.
    FirstWrite,
    /// A savepoint around each row: a refused row is rolled back whole and
    /// the rows after it are written as before.
    Savepoints,
}

/// The state of one run over the rows.
struct Run<'c, 'o, K: Kind> {
    tx: &'c Transaction<'c>,
    ctx: &'c Ctx,
    cols: &'c Columns,
    seen: HashMap<String, usize>,
    report: Report,
    progress: &'o mut dyn FnMut(usize),
    fatal: Option<ImportError>,
    undo: Undo,
    /// A row was refused after it wrote something while `undo` is
    /// `FirstWrite`: the run stops and starts again with savepoints.
    again: bool,
    _kind: std::marker::PhantomData<K>,
}

/// Rows read ahead of the one being written (the reader runs on its own
/// thread: parsing a workbook overlaps with the writes).
const READ_AHEAD: usize = 512;

/// Rows handed from one thread to the next at a time: one wake-up of the
/// thread waiting for them per this many rows instead of one per row (a
/// futex call and often a context switch each).
const HANDOVER: usize = 64;

/// Numbered rows as the threads hand them over.
type Rows = Vec<(usize, Vec<Value>)>;

/// Runs kind `K` over the file: the engine every kind shares.
///
/// The file is read once, on a second thread, which hands the rows over in
/// order; this thread checks the header before it takes the write lock,
/// then validates and writes each row. Whichever stops first ends the
/// other: the writer by dropping its end of the channel (a bad header, a
/// failure of the database), the reader at the end of the file or at a
/// row it cannot read.
pub(crate) fn run<K: Kind>(
    conn: &Connection,
    file: &Path,
    ctx: &Ctx,
    opts: Options<'_>,
) -> Result<Report, ImportError> {
    let Options {
        sheet: sheet_name,
        dry_run,
        progress,
    } = opts;
    // A second run reads the file again from its first row: progress is
    // told only of counts it has not been told yet.
    let mut told = 0;
    let mut progress = |n: usize| {
        if n > told {
            told = n;
            progress(n);
        }
    };
    let mut pass = |undo| run_once::<K>(conn, file, ctx, sheet_name, dry_run, &mut progress, undo);
    match pass(Undo::FirstWrite)? {
        Some(report) => Ok(report),
        // Everything written so far was rolled back with the transaction.
        None => pass(Undo::Savepoints).map(|report| {
            // Only a run without savepoints asks to start again.
            report.expect("a run with savepoints never starts again")
        }),
    }
}

/// One pass over the file; `Ok(None)`: a row was refused after it wrote
/// something while `undo` is `FirstWrite` (the transaction is rolled back;
/// run again with savepoints).
fn run_once<K: Kind>(
    conn: &Connection,
    file: &Path,
    ctx: &Ctx,
    sheet_name: Option<&str>,
    dry_run: bool,
    progress: &mut dyn FnMut(usize),
    undo: Undo,
) -> Result<Option<Report>, ImportError> {
    let (sender, rows) = std::sync::mpsc::sync_channel::<Rows>(READ_AHEAD / HANDOVER);
    // Until the commit's checkpoint is done: the disk writes the pages
    // while the rows are made.
    let _ahead = crate::db::writeback::ahead(conn);
    std::thread::scope(|scope| {
        let reader = scope.spawn(move || {
            // The header goes alone (it is checked before the write lock is
            // taken), then the rows in groups; what is left at the end (or
            // before the row the reader stops at) follows.
            let mut group: Rows = Vec::new();
            let mut header_sent = false;
            let read = sheet::read(file, sheet_name, &mut |number, cells| {
                group.push((number, cells));
                if header_sent && group.len() < HANDOVER {
                    return true;
                }
                header_sent = true;
                sender
                    .send(std::mem::replace(&mut group, Vec::with_capacity(HANDOVER)))
                    .is_ok()
            });
            if !group.is_empty() {
                let _ = sender.send(group);
            }
            read
        });
        let written = write_rows::<K>(conn, ctx, rows, progress, dry_run, undo);
        let read = reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        match written {
            // The header was wrong, or the database failed: what the reader
            // found after that point does not matter.
            Err(e) => Err(e),
            // No header came: the reader says why (an empty file, one that
            // cannot be opened…).
            Ok(Written::NoHeader) => {
                Err(ImportError::Sheet(read.err().unwrap_or(SheetError::Empty)))
            }
            Ok(Written::Again(pending)) => {
                // Rolls the transaction back.
                drop(pending);
                Ok(None)
            }
            Ok(Written::Rows(pending)) => {
                read.map_err(ImportError::Sheet)?;
                pending.finish().map(Some)
            }
        }
    })
}

/// Rows written and not yet committed: the commit waits until the reader
/// has read the whole file without a problem.
struct Pending<'c> {
    tx: Transaction<'c>,
    /// Dropped after `tx` is committed or rolled back.
    _tail: crate::db::audit::TailKept,
    /// Likewise: the units, golongan and other references found.
    _found: crate::db::record::FoundKept,
    /// Likewise: the column names of the tables whose images are written.
    _layouts: crate::db::audit_image::LayoutsKept,
    report: Report,
    dry_run: bool,
}

impl Pending<'_> {
    fn finish(self) -> Result<Report, ImportError> {
        let mut report = self.report;
        if report.error_count == 0 && !self.dry_run {
            self.tx.commit().map_err(|e| ImportError::Write(e.into()))?;
            report.saved = true;
        }
        // Otherwise dropping `tx` rolls every row back.
        Ok(report)
    }
}

/// What [`write_rows`] did.
enum Written<'c> {
    /// The file had no header row.
    NoHeader,
    /// Every row was read; the transaction waits to be committed.
    Rows(Pending<'c>),
    /// A row was refused after it wrote something (`Undo::FirstWrite`):
    /// the run is to start again with savepoints (dropping this rolls the
    /// transaction back).
    Again(Pending<'c>),
}

/// The header, then every row the reader hands over, in one transaction.
fn write_rows<'c, K: Kind>(
    conn: &'c Connection,
    ctx: &Ctx,
    rows: std::sync::mpsc::Receiver<Rows>,
    progress: &mut dyn FnMut(usize),
    dry_run: bool,
    undo: Undo,
) -> Result<Written<'c>, ImportError> {
    // The header first, before taking the write lock.
    let Some((_, header)) = rows.recv().ok().and_then(|g| g.into_iter().next()) else {
        return Ok(Written::NoHeader);
    };
    let cols = Columns::new(&header).map_err(ImportError::DuplicateColumn)?;
    let missing: Vec<&'static str> = K::KEY.iter().copied().filter(|c| !cols.has(c)).collect();
    if !missing.is_empty() {
        return Err(ImportError::MissingColumns(missing));
    }
    let ignored: Vec<String> = cols
        .names
        .iter()
        .filter(|n| {
            !K::KEY.contains(&n.as_str())
                && !K::READS.contains(&n.as_str())
                && !K::DERIVED.contains(&n.as_str())
        })
        .cloned()
        .collect();

    crate::db::import_keys::widen_cache(conn)?;
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)
        .map_err(|e| ImportError::Write(e.into()))?;
    // Every entry of the import is appended here; a refused row's are
    // undone below, and then the end is read again.
    let tail = crate::db::audit::keep_tail(&tx);
    // Nothing an import writes deletes a row another row refers to; a
    // refused row's writes are undone below, and then all is looked up again.
    let found = crate::db::record::keep_found(&tx);
    // No schema changes while the transaction holds the write lock.
    let layouts = crate::db::audit_image::keep_layouts(&tx);
    let mut state: Run<'_, '_, K> = Run {
        tx: &tx,
        ctx,
        cols: &cols,
        seen: HashMap::new(),
        report: Report {
            ignored,
            ..Report::default()
        },
        progress,
        fatal: None,
        undo,
        again: false,
        _kind: std::marker::PhantomData,
    };
    let snapshot = if K::CHECKS_READ_ONLY_OTHERS {
        // Without a second view the rows are checked here, as for any kind.
        crate::db::import_keys::snapshot(conn).ok().flatten()
    } else {
        None
    };
    match snapshot {
        Some(view) => {
            let (send_checked, checked) =
                std::sync::mpsc::sync_channel::<CheckedRows<K::R>>(READ_AHEAD / HANDOVER);
            // The cells of written rows are freed on a thread of their own:
            // 100,000 rows of a score of strings each, made on the reading
            // thread, cost the writing thread (the slowest of the three)
            // about 3 % to free.
            let (send_used, used) = std::sync::mpsc::channel::<Vec<Vec<Value>>>();
            std::thread::scope(|scope| {
                let cols = &cols;
                scope.spawn(move || check_rows::<K>(view, cols, ctx, rows, send_checked));
                scope.spawn(move || used.iter().for_each(drop));
                'rows: for group in checked.iter() {
                    let mut done = Vec::with_capacity(group.len());
                    for (number, cells, c) in group {
                        let go_on = state.row(number, &cells, Some(c));
                        done.push(cells);
                        if !go_on {
                            break 'rows;
                        }
                    }
                    let _ = send_used.send(done);
                }
                // Dropping `checked` stops the checking thread, and
                // `send_used` the freeing one.
                drop(checked);
                drop(send_used);
            });
        }
        None => {
            'rows: for group in rows.iter() {
                for (number, cells) in group {
                    if !state.row(number, &cells, None) {
                        break 'rows;
                    }
                }
            }
        }
    }
    if let Some(e) = state.fatal.take() {
        return Err(e);
    }
    let again = state.again;
    let report = std::mem::take(&mut state.report);
    drop(state);
    let pending = Pending {
        tx,
        _tail: tail,
        _found: found,
        _layouts: layouts,
        report,
        dry_run,
    };
    Ok(if again {
        Written::Again(pending)
    } else {
        Written::Rows(pending)
    })
}

/// A row checked and ready to write: the stored record its key names (with
/// the version read) and the record to store.
struct Ready<R> {
    found: Located,
    version: Option<i64>,
    record: R,
}

/// What checking a row on the second thread found: its problems, and what
/// to write when it has none (an error: the database failed).
struct Checked<R> {
    errors: Vec<RowError>,
    ready: Result<Option<Ready<R>>, WriteError>,
}

/// Checked rows as the second thread hands them over.
type CheckedRows<R> = Vec<(usize, Vec<Value>, Checked<R>)>;

/// The second thread: checks the rows the reader hands over, in order, on
/// `view`, and hands them on to the writing thread (each group as it came).
/// Stops when either thread stops, or when the database fails.
fn check_rows<K: Kind>(
    view: Connection,
    cols: &Columns,
    ctx: &Ctx,
    rows: std::sync::mpsc::Receiver<Rows>,
    checked: std::sync::mpsc::SyncSender<CheckedRows<K::R>>,
) {
    let mut seen = HashMap::new();
    for group in rows.iter() {
        let mut out = Vec::with_capacity(group.len());
        let mut failed = false;
        for (number, cells) in group {
            let mut row = Row::new(number, cols, &cells, ctx.lang);
            let ready = check::<K>(&view, &mut seen, &mut row, ctx);
            failed = ready.is_err();
            let errors = std::mem::take(&mut row.errors);
            out.push((number, cells, Checked { errors, ready }));
            if failed {
                break;
            }
        }
        if checked.send(out).is_err() || failed {
            break;
        }
    }
}

/// The checks of one row before anything is written: its key (and whether
/// an earlier row had it), the stored record, every cell, the whole-record
/// rules. `None` when the row has problems (recorded in `row`).
fn check<K: Kind>(
    tx: &Connection,
    seen: &mut HashMap<String, usize>,
    row: &mut Row,
    ctx: &Ctx,
) -> Result<Option<Ready<K::R>>, WriteError> {
    let Some(found) = K::locate(tx, row)? else {
        return Ok(None);
    };
    if let Some(first) = seen.get(&found.key) {
        let value = found.key.clone();
        let text = crate::i18n::cli_import::reason(row.lang(), &Reason::DuplicateInFile(*first));
        row.fail(found.column, &value, text);
        return Ok(None);
    }
    seen.insert(found.key.clone(), row.number);
    let base = match found.id {
        Some(id) => record::load::<K::R>(tx, id)?,
        None => None,
    };
    let version = base.as_ref().map(|(_, v)| *v);
    let Some(r) = K::build(tx, row, base.map(|(r, _)| r), ctx)? else {
        return Ok(None);
    };
    for (column, text) in K::rules(tx, &r, ctx)? {
        // One message per column: the first rule broken there.
        if !row.errors.iter().any(|e| e.column == column) {
            let value = row.text(column).unwrap_or_default();
            row.fail(column, &value, text);
        }
    }
    if !row.errors.is_empty() {
        return Ok(None);
    }
    Ok(Some(Ready {
        found,
        version,
        record: r,
    }))
}

impl<K: Kind> Run<'_, '_, K> {
    /// One data row; false stops reading (a database failure). `checked`:
    /// what the second thread found, else the row is checked here.
    fn row(&mut self, number: usize, cells: &[Value], checked: Option<Checked<K::R>>) -> bool {
        let cols = self.cols;
        let mut row = Row::new(number, cols, cells, self.ctx.lang);
        self.report.rows += 1;
        if self.report.rows.is_multiple_of(PROGRESS_EVERY) {
            (self.progress)(self.report.rows);
        }
        let ready = match checked {
            Some(c) => {
                row.errors = c.errors;
                c.ready
            }
            None => check::<K>(self.tx, &mut self.seen, &mut row, self.ctx),
        };
        let written = ready.and_then(|ready| match ready {
            Some(ready) => self.write(&mut row, ready),
            None => Ok(()),
        });
        if let Err(e) = written {
            // Only a failure of the database itself ends the run; a
            // row's own problem was recorded in `row`.
            self.fatal = Some(ImportError::Write(e));
            return false;
        }
        if self.again {
            return false;
        }
        if !row.errors.is_empty() {
            self.report.error_rows += 1;
            self.report.error_count += row.errors.len();
            let room = MAX_LISTED.saturating_sub(self.report.errors.len());
            self.report.errors.extend(row.errors.into_iter().take(room));
        }
        true
    }

    /// Writes a checked row: nothing when it equals what is stored.
    fn write(&mut self, row: &mut Row, ready: Ready<K::R>) -> Result<(), WriteError> {
        let tx: &Connection = self.tx;
        let Ready {
            found,
            version,
            record: r,
        } = ready;
        // With savepoints, one per row: a refused write leaves the rows
        // before it. Without, what the row wrote is known by the count of
        // changes.
        let savepoint = self.undo == Undo::Savepoints;
        if savepoint {
            tx.prepare_cached("SAVEPOINT import_row")?.execute([])?;
        }
        let changes_before = tx.total_changes();
        let result = match (found.id, version) {
            (Some(id), Some(_)) if record::same_as_stored(tx, id, &r)? => Ok((id, false, false)),
            (Some(id), Some(v)) => {
                record::update_in(tx, id, v, &r, &self.ctx.actor).map(|nv| (id, nv != v, false))
            }
            _ => record::insert_in(tx, &r, &self.ctx.actor).map(|id| (id, true, true)),
        }
        .and_then(|(id, changed, added)| {
            let more = K::after(tx, id, added, row, self.ctx)?;
            Ok((changed || more, added))
        });
        match result {
            Ok((changed, added)) => {
                if savepoint {
                    tx.prepare_cached("RELEASE import_row")?.execute([])?;
                }
                if !row.errors.is_empty() {
                    return Ok(());
                }
                if added {
                    self.report.added += 1;
                } else if changed {
                    self.report.changed += 1;
                } else {
                    self.report.unchanged += 1;
                }
                Ok(())
            }
            Err(e) if is_row_problem(&e) => {
                if savepoint {
                    tx.execute_batch("ROLLBACK TO import_row; RELEASE import_row")?;
                } else if tx.total_changes() != changes_before {
                    // Written in part: only a savepoint undoes that.
                    self.again = true;
                    return Ok(());
                }
                crate::db::audit::forget_tail();
                crate::db::record::forget_found();
                let column = e.column().unwrap_or(found.column).to_string();
                let lang = self.ctx.lang;
                let text = crate::i18n::write::field_error(lang, &e)
                    .unwrap_or_else(|| crate::i18n::write::write_error(lang, &e));
                let value = row.text(&column).unwrap_or_default();
                row.fail(&column, &value, text);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }
}

/// A refusal about this row's values (a rule, a constraint, a missing
/// reference), as opposed to the database failing.
fn is_row_problem(e: &WriteError) -> bool {
    !matches!(e, WriteError::Busy | WriteError::Sqlite(_))
}
