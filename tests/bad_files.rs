//! Bad database files (issue 11, "How it is checked"): what `peka check`,
//! `peka export DB pegawai`, `peka backup` and the TUI (`peka FILE` in a
//! pseudo-terminal) do with a damaged, cut-off, foreign, empty, too new or
//! locked file.
//!
//! Every run must end with the exit code decided below for its case (2: the
//! file cannot be opened; 1: it opened but its data has problems; 0: fine),
//! say one sentence on stderr naming the file — the exact sentence of
//! `peka::i18n` where one is decided — never a panic, a backtrace or a
//! `Debug` dump, and leave the file as it was, byte for byte (the TUI on a
//! file it can open switches it to WAL: only those header bytes may differ).
//! The test prints every input with what each command did.

mod common;

use common::pty::{Session, Spawn};
use peka::db::{self, OpenError};
use peka::i18n::{Lang, cli, cli_backup, cli_export, tui as tx};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LANG: Lang = Lang::Id;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// A current PEKA database at `at`: a copy of `sample.db` (never written
/// itself), or a fresh seed when it is missing.
fn database(at: &Path) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, at).expect("copy sample.db");
    } else {
        let out = Command::new(bin())
            .args(["seed", at.to_str().unwrap(), "--employees", "150"])
            .args(["--as-of", "2026-11-28"])
            .output()
            .expect("run peka seed");
        assert!(out.status.success(), "peka seed: {out:?}");
    }
    private(at);
}

/// 0600, as PEKA makes its files (else `check` adds a warning line).
fn private(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).expect("chmod 600");
}

/// Deterministic garbage (xorshift64*): the same bytes every run.
fn garbage(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

fn overwrite(path: &Path, at: usize, bytes: &[u8]) {
    let mut data = std::fs::read(path).expect("read");
    data[at..at + bytes.len()].copy_from_slice(bytes);
    std::fs::write(path, data).expect("write");
}

/// (page size, root page of `table`) of a database file.
fn root_page(path: &Path, table: &str) -> (usize, usize) {
    let c = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open");
    let size: i64 = c.query_row("PRAGMA page_size", [], |r| r.get(0)).unwrap();
    let root: i64 = c
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap();
    (size as usize, root as usize)
}

/// What a command must do with an input.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// Exit 0.
    Ok,
    /// Exit 0 and exactly the CSV of the undamaged original.
    SameExport,
    /// Exit 1: `check` lists the problems on stdout (stderr stays empty).
    Findings,
    /// Exit 1 with this sentence on stderr.
    Data(String),
    /// Exit 2 with this sentence on stderr.
    Refused(String),
}

/// What the TUI in a terminal must do.
#[derive(Debug, Clone, PartialEq)]
enum Screen {
    /// Exit 2 with this sentence before the screen is taken.
    Refused(String),
    /// It opens, shows this text, and `q` ends it with 0.
    Opens(String),
}

/// Which bytes of the file may change.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Keep {
    /// Not one.
    All,
    /// The header's journal mode (18–19) and change counters (24–27,
    /// 92–95): the TUI opened it and switched it to WAL.
    ButWalHeader,
    /// It became a new PEKA database (the TUI on an empty file).
    BecomesDatabase,
}

struct Case {
    name: &'static str,
    what: &'static str,
    path: PathBuf,
    check: Want,
    export: Want,
    backup: Want,
    tui: Screen,
    keep_tui: Keep,
}

fn open_err(e: OpenError) -> String {
    cli::open_error(LANG, &e)
}

/// Every input, made in `dir`, with what each command must do.
fn cases(dir: &Path) -> Vec<Case> {
    let path = |n: &str| dir.join(n);
    let list_shown = tx::COL_NIP.get(LANG).to_string();
    // What the TUI says when a list meets a damaged page.
    let damaged_read = tx::load_failed(LANG, "database disk image is malformed");
    let mut out = Vec::new();

    // Garbage inside the file, over the enrolments' root page (wherever the
    // demo data puts it; "the middle of the file" stopped hitting it when the
    // demo data grew): the file opens; SQLite reads only the pages a query
    // needs, so the employees export exactly as before while check and
    // backup, which read every page, meet the damage.
    let p = path("tengah-rusak.db");
    database(&p);
    let (size, root) = root_page(&p, "peserta_pelatihan");
    overwrite(&p, (root - 1) * size, &garbage(11, size));
    // The JP of a year are read from the enrolments' covering index (V14),
    // never their table pages: damage its root page too.
    let (size, root) = root_page(&p, "peserta_pelatihan_jp");
    overwrite(&p, (root - 1) * size, &garbage(13, size));
    out.push(Case {
        name: "tengah-rusak.db",
        what: "garbage over the enrolment table's root page (and its JP index's), inside the file",
        check: Want::Findings,
        export: Want::SameExport,
        backup: Want::Data(cli_backup::source_damaged(LANG, &p)),
        // The employee list also counts each one's JP, from the damaged table.
        tui: Screen::Opens(damaged_read.clone()),
        keep_tui: Keep::ButWalHeader,
        path: p,
    });

    // Garbage over the root page of `pegawai`: the employees cannot be read.
    let p = path("pegawai-rusak.db");
    database(&p);
    let (size, root) = root_page(&p, "pegawai");
    overwrite(&p, (root - 1) * size, &garbage(12, size));
    let malformed = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
        None,
    );
    out.push(Case {
        name: "pegawai-rusak.db",
        what: "garbage over the root page of the employee table",
        check: Want::Findings,
        export: Want::Data(cli_export::read_failed(LANG, &p, "pegawai", &malformed)),
        backup: Want::Data(cli_backup::source_damaged(LANG, &p)),
        tui: Screen::Opens(damaged_read.clone()),
        keep_tui: Keep::ButWalHeader,
        path: p,
    });

    // Cut off half-way (an interrupted copy): the schema points past the end.
    let p = path("terpotong.db");
    database(&p);
    let data = std::fs::read(&p).unwrap();
    std::fs::write(&p, &data[..data.len() / 2]).unwrap();
    let damaged = open_err(OpenError::Damaged(p.clone()));
    out.push(Case {
        name: "terpotong.db",
        what: "the first half of a copy",
        check: Want::Refused(damaged.clone()),
        export: Want::Refused(damaged.clone()),
        backup: Want::Refused(damaged.clone()),
        tui: Screen::Refused(damaged),
        keep_tui: Keep::All,
        path: p,
    });

    // Only the 100-byte header left: SQLite calls it malformed too.
    let p = path("kepala-saja.db");
    std::fs::write(&p, &data[..100]).unwrap();
    private(&p);
    let damaged = open_err(OpenError::Damaged(p.clone()));
    out.push(Case {
        name: "kepala-saja.db",
        what: "only the 100-byte SQLite header",
        check: Want::Refused(damaged.clone()),
        export: Want::Refused(damaged.clone()),
        backup: Want::Refused(damaged.clone()),
        tui: Screen::Refused(damaged),
        keep_tui: Keep::All,
        path: p,
    });

    // Not SQLite at all: a spreadsheet saved as CSV under a .db name, and
    // random bytes.
    let p = path("pegawai.csv.db");
    std::fs::write(&p, "nip;nama\n198001012005011001;Budi\n".repeat(300)).unwrap();
    private(&p);
    let not_db = open_err(OpenError::NotSqlite(p.clone()));
    out.push(Case {
        name: "pegawai.csv.db",
        what: "a CSV text file named .db",
        check: Want::Refused(not_db.clone()),
        export: Want::Refused(not_db.clone()),
        backup: Want::Refused(not_db.clone()),
        tui: Screen::Refused(not_db),
        keep_tui: Keep::All,
        path: p,
    });
    let p = path("acak.db");
    std::fs::write(&p, garbage(13, 64 * 1024)).unwrap();
    private(&p);
    let not_db = open_err(OpenError::NotSqlite(p.clone()));
    out.push(Case {
        name: "acak.db",
        what: "64 KiB of random bytes",
        check: Want::Refused(not_db.clone()),
        export: Want::Refused(not_db.clone()),
        backup: Want::Refused(not_db.clone()),
        tui: Screen::Refused(not_db),
        keep_tui: Keep::All,
        path: p,
    });

    // Another program's SQLite database: never given PEKA's schema.
    let p = path("aplikasi-lain.db");
    {
        let c = Connection::open(&p).unwrap();
        c.execute_batch(
            "CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT);
             INSERT INTO catatan (isi) VALUES ('milik program lain');",
        )
        .unwrap();
    }
    private(&p);
    let not_db = open_err(OpenError::NotSqlite(p.clone()));
    out.push(Case {
        name: "aplikasi-lain.db",
        what: "another program's SQLite database (a table, user_version 0)",
        check: Want::Refused(not_db.clone()),
        export: Want::Refused(not_db.clone()),
        backup: Want::Refused(not_db.clone()),
        tui: Screen::Refused(not_db),
        keep_tui: Keep::All,
        path: p,
    });

    // Empty: the commands that only read refuse it (nothing to read, and
    // they never create); the TUI makes a new database in it, as in a
    // missing file (design.md §1.1: "created and migrated if missing").
    let p = path("kosong.db");
    std::fs::write(&p, b"").unwrap();
    private(&p);
    let empty = open_err(OpenError::Empty {
        path: p.clone(),
        writable: true,
    });
    out.push(Case {
        name: "kosong.db",
        what: "an empty 0-byte file",
        check: Want::Refused(empty.clone()),
        export: Want::Refused(empty.clone()),
        backup: Want::Refused(empty),
        tui: Screen::Opens(list_shown.clone()),
        keep_tui: Keep::BecomesDatabase,
        path: p,
    });

    // From a newer PEKA: refused as it is, not even switched to WAL.
    let p = path("skema-baru.db");
    database(&p);
    let supported = db::schema::current_version();
    {
        let c = Connection::open(&p).unwrap();
        c.execute_batch(&format!("PRAGMA user_version = {}", supported + 1))
            .unwrap();
    }
    let newer = open_err(OpenError::NewerSchema {
        path: p.clone(),
        found: supported + 1,
        supported,
    });
    out.push(Case {
        name: "skema-baru.db",
        what: "user_version = current + 1",
        check: Want::Refused(newer.clone()),
        export: Want::Refused(newer.clone()),
        backup: Want::Refused(newer.clone()),
        tui: Screen::Refused(newer),
        keep_tui: Keep::All,
        path: p,
    });

    // Locked (the lock itself is taken in the test, below).
    let p = path("terkunci.db");
    database(&p);
    let locked = open_err(OpenError::Locked(p.clone()));
    out.push(Case {
        name: "terkunci.db",
        what: "rollback journal, another connection in BEGIN EXCLUSIVE",
        check: Want::Refused(locked.clone()),
        export: Want::Refused(locked.clone()),
        backup: Want::Refused(locked.clone()),
        tui: Screen::Refused(locked),
        keep_tui: Keep::All,
        path: p,
    });
    // In WAL mode a writer's EXCLUSIVE lock does not stop readers.
    let p = path("terkunci-wal.db");
    database(&p);
    {
        let c = Connection::open(&p).unwrap();
        let _: String = c
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .unwrap();
    }
    out.push(Case {
        name: "terkunci-wal.db",
        what: "WAL, another connection in BEGIN EXCLUSIVE (a writer)",
        check: Want::Ok,
        export: Want::SameExport,
        backup: Want::Ok,
        tui: Screen::Opens("1/".into()),
        keep_tui: Keep::All,
        path: p,
    });
    out
}

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
}

fn run(cwd: &Path, args: &[&str]) -> Run {
    let started = Instant::now();
    let out = Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .output()
        .expect("run peka");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        took: started.elapsed(),
    }
}

/// No panic, backtrace or `Debug` dump in what a person reads.
fn assert_no_dump(what: &str, text: &str) {
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "stack backtrace",
        "Error: ",
        "SqliteFailure",
        "thread '",
        "{ code:",
    ] {
        assert!(!text.contains(bad), "{what}: {bad:?} in {text:?}");
    }
}

/// Checks one command's run against `want`; returns a short word for the table.
fn judge(what: &str, r: &Run, want: &Want, original_export: &[u8]) -> String {
    assert_no_dump(what, &r.stderr);
    let one_line = |r: &Run| {
        assert_eq!(
            r.stderr.lines().count(),
            1,
            "{what}: one line: {:?}",
            r.stderr
        );
        r.stderr.trim_end().to_string()
    };
    match want {
        Want::Ok => {
            assert_eq!(r.code, 0, "{what}: {:?}", r.stderr);
            "0".into()
        }
        Want::SameExport => {
            assert_eq!(r.code, 0, "{what}: {:?}", r.stderr);
            assert!(r.stderr.is_empty(), "{what}: {:?}", r.stderr);
            assert!(
                r.stdout == original_export,
                "{what}: the export differs from the undamaged original's"
            );
            "0 same CSV".into()
        }
        Want::Findings => {
            assert_eq!(r.code, 1, "{what}: {:?}", r.stderr);
            assert!(r.stderr.is_empty(), "{what}: {:?}", r.stderr);
            let report = String::from_utf8_lossy(&r.stdout);
            assert_no_dump(what, &report);
            let problems = report.lines().count().saturating_sub(1);
            assert!(problems > 0, "{what}: no problem listed:\n{report}");
            format!("1 ({problems} problems)")
        }
        Want::Data(sentence) => {
            assert_eq!(r.code, 1, "{what}: {:?}", r.stderr);
            assert_eq!(&one_line(r), sentence, "{what}");
            "1 + sentence".into()
        }
        Want::Refused(sentence) => {
            assert_eq!(r.code, 2, "{what}: {:?}", r.stderr);
            assert_eq!(&one_line(r), sentence, "{what}");
            "2 + sentence".into()
        }
    }
}

/// The TUI in an 80×24 pty.
fn tui(dir: &Path, c: &Case) -> (String, Duration) {
    let started = Instant::now();
    let path = c.path.to_str().unwrap();
    let mut s = Session::spawn(Spawn {
        program: bin(),
        args: &[path],
        cwd: dir,
        env: &[],
        cols: 80,
        rows: 24,
    });
    let limit = db::BUSY_TIMEOUT + Duration::from_secs(10);
    let word = match &c.tui {
        Screen::Refused(sentence) => {
            let status = s
                .wait_exit(limit)
                .unwrap_or_else(|| panic!("{}: the TUI did not exit:\n{}", c.name, s.screen()));
            assert_eq!(status.exit_code(), 2, "{}: {}", c.name, s.screen());
            let bytes = s.bytes();
            assert!(
                !bytes.windows(8).any(|w| w == b"\x1b[?1049h"),
                "{}: the alternate screen was entered",
                c.name
            );
            let screen = s.screen();
            assert_no_dump(c.name, &screen);
            let flat: String = screen.lines().map(str::trim_end).collect();
            assert!(
                flat.contains(sentence.as_str()),
                "{}: the TUI did not say {sentence:?}:\n{screen}",
                c.name
            );
            "2 + sentence".to_string()
        }
        Screen::Opens(text) => {
            // Words, so a sentence wrapped over two rows still reads whole.
            let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
            let want = words(text);
            s.wait_until(limit, |scr| words(scr).contains(&want))
                .unwrap_or_else(|scr| panic!("{}: {text:?} never showed:\n{scr}", c.name));
            assert_no_dump(c.name, &s.screen());
            s.send("q");
            let status = s
                .wait_exit(Duration::from_secs(10))
                .unwrap_or_else(|| panic!("{}: q did not end it:\n{}", c.name, s.screen()));
            assert_eq!(status.exit_code(), 0, "{}", c.name);
            let short: String = text.chars().take(44).collect();
            format!("opens, shows {short:?}, q → 0")
        }
    };
    (word, started.elapsed())
}

/// Offsets where two files differ (all of the longer one's tail included).
fn differing(a: &[u8], b: &[u8]) -> Vec<usize> {
    let mut d: Vec<usize> = a
        .iter()
        .zip(b)
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, _)| i)
        .collect();
    d.extend(a.len().min(b.len())..a.len().max(b.len()));
    d
}

fn assert_kept(name: &str, who: &str, before: &[u8], path: &Path, keep: Keep) {
    let after = std::fs::read(path).expect("read after");
    match keep {
        Keep::All => assert!(
            after == before,
            "{name}: {who} changed the file at {:?}…",
            &differing(before, &after)[..differing(before, &after).len().min(8)]
        ),
        Keep::ButWalHeader => {
            // 18–19 journal mode, 24–27 change counter, 92–95 version-valid-for,
            // 96–99 the SQLite version that last wrote the file.
            let allowed = |i: &usize| matches!(*i, 18 | 19 | 24..=27 | 92..=99);
            let d = differing(before, &after);
            assert!(
                d.iter().all(allowed),
                "{name}: {who} changed more than the WAL header bytes: {:?}…",
                &d[..d.len().min(8)]
            );
        }
        Keep::BecomesDatabase => {
            let c = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .expect("open the new database");
            assert_eq!(
                db::schema_version(&c).unwrap(),
                db::schema::current_version(),
                "{name}: the TUI made a current PEKA database in the empty file"
            );
        }
    }
}

/// Set in a copy of this test binary that only holds a lock (see `LockHolder`).
const HOLD_LOCK: &str = "PEKA_TEST_HOLD_LOCK";

/// Another process holding `BEGIN EXCLUSIVE` on a file until dropped (its
/// output kept open, so its last lines have somewhere to go).
struct LockHolder(
    std::process::Child,
    std::io::BufReader<std::process::ChildStdout>,
);

impl LockHolder {
    fn start(path: &Path) -> LockHolder {
        use std::io::BufRead;
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "hold_a_lock", "--nocapture", "--test-threads=1"])
            .env(HOLD_LOCK, path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the lock holder");
        let mut line = String::new();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        while !line.contains("LOCKED") {
            line.clear();
            assert!(
                out.read_line(&mut line).unwrap() > 0,
                "the lock holder ended before locking"
            );
        }
        LockHolder(child, out)
    }
}

impl Drop for LockHolder {
    fn drop(&mut self) {
        // Closing its stdin lets it roll back and end.
        use std::io::Read;
        drop(self.0.stdin.take());
        let _ = self.1.read_to_end(&mut Vec::new());
        let _ = self.0.wait();
    }
}

/// The lock holder: does nothing unless started by `LockHolder`.
#[test]
fn hold_a_lock() {
    use std::io::{Read, Write};
    let Some(path) = std::env::var_os(HOLD_LOCK) else {
        return;
    };
    let c = Connection::open(&path).unwrap();
    c.execute_batch("BEGIN EXCLUSIVE").unwrap();
    // A write, so even a WAL writer really holds its lock.
    c.execute_batch("UPDATE pengaturan SET nilai = nilai WHERE 0")
        .unwrap();
    println!("LOCKED");
    std::io::stdout().flush().unwrap();
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
    c.execute_batch("ROLLBACK").unwrap();
}

#[test]
fn bad_database_files_get_one_sentence_the_right_exit_code_and_stay_as_they_were() {
    let started = Instant::now();
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("asli.db");
    database(&original);
    let exported = run(
        dir.path(),
        &["export", original.to_str().unwrap(), "pegawai"],
    );
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    let original_export = exported.stdout;

    let cases = cases(dir.path());
    // The locks of the two locked inputs, held by another process until
    // every command is done (in this one, the test's own reads of the file
    // would drop them: POSIX locks go with any descriptor closed).
    let locks = [
        LockHolder::start(&dir.path().join("terkunci.db")),
        LockHolder::start(&dir.path().join("terkunci-wal.db")),
    ];

    // The inputs run side by side: a locked one waits out the busy timeout.
    let table: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .iter()
            .map(|c| {
                let dir = dir.path();
                let original_export = &original_export;
                scope.spawn(move || {
                    let before = std::fs::read(&c.path).expect("read before");
                    let p = c.path.to_str().unwrap();
                    let mut row = format!("{:<18} {:<58}", c.name, c.what);
                    let mut slowest = Duration::ZERO;

                    let out = dir.join(format!("cadangan-{}", c.name));
                    // The commands only read, so they run side by side (a
                    // locked file makes each wait out the busy timeout); so
                    // does the TUI when it leaves the file alone.
                    let (check, export, backup, early_tui) = std::thread::scope(|inner| {
                        let check = inner.spawn(|| run(dir, &["check", p]));
                        let export = inner.spawn(|| run(dir, &["export", p, "pegawai"]));
                        let backup =
                            inner.spawn(|| run(dir, &["backup", p, out.to_str().unwrap()]));
                        let early_tui =
                            (c.keep_tui == Keep::All).then(|| inner.spawn(|| tui(dir, c)));
                        let join = |h: std::thread::ScopedJoinHandle<'_, Run>| {
                            h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
                        };
                        (
                            join(check),
                            join(export),
                            join(backup),
                            early_tui
                                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
                        )
                    });
                    let word = judge(&format!("{}: check", c.name), &check, &c.check, &[]);
                    row += &format!(" | check {word}");
                    let word = judge(
                        &format!("{}: export", c.name),
                        &export,
                        &c.export,
                        original_export,
                    );
                    row += &format!(" | export {word}");
                    let word = judge(&format!("{}: backup", c.name), &backup, &c.backup, &[]);
                    row += &format!(" | backup {word}");
                    for r in [&check, &export, &backup] {
                        slowest = slowest.max(r.took);
                    }
                    assert_kept(
                        c.name,
                        "check, export and backup",
                        &before,
                        &c.path,
                        Keep::All,
                    );
                    let part = dir.join(format!(".cadangan-{}.part", c.name));
                    assert!(!part.exists(), "{}: a half copy was left", c.name);
                    assert_eq!(
                        out.exists(),
                        c.backup == Want::Ok,
                        "{}: a backup file exists exactly when the backup succeeded",
                        c.name
                    );

                    // Without a terminal the TUI refuses every file and
                    // changes none, the empty one included.
                    let r = run(dir, &[p]);
                    assert_eq!(r.code, 2, "{}: no terminal: {:?}", c.name, r.stderr);
                    assert_no_dump(c.name, &r.stderr);
                    assert_eq!(r.stderr.lines().count(), 1, "{}: {:?}", c.name, r.stderr);
                    assert!(r.stderr.contains(c.name), "{}: {:?}", c.name, r.stderr);
                    assert_kept(
                        c.name,
                        "peka without a terminal",
                        &before,
                        &c.path,
                        Keep::All,
                    );

                    let (word, took) = early_tui.unwrap_or_else(|| tui(dir, c));
                    row += &format!(" | TUI {word}");
                    slowest = slowest.max(took);
                    assert_kept(c.name, "the TUI", &before, &c.path, c.keep_tui);
                    row += &format!(" | slowest {:.1} s", slowest.as_secs_f64());
                    row
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    drop(locks);

    println!(
        "{} bad inputs tried (each with check, export pegawai, backup, the TUI without and in a terminal):",
        table.len()
    );
    for row in &table {
        println!("  {row}");
    }
    println!("bad_files: {:.1} s", started.elapsed().as_secs_f64());
}
