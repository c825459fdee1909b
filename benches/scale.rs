//! `cargo bench --bench scale [-- --large]`: issue 12's benchmark suite, one table.
//!
//! On a temporary copy of `sample.db` (and with `--large` also on a
//! 100,000-employee database made by `peka seed`, or a copy of the file named by
//! `PEKA_BENCH_LARGE`), with the real release binary in a pseudo-terminal of
//! 80×24 unless a line says "in-process":
//!
//! - start to the first complete frame, its bytes, the peak memory then;
//! - key to completed frame and the bytes written for: a row move, a page,
//!   each tab switch, each report of tab 5 (`]`), opening and leaving a detail,
//!   a character typed into the `/` filter, a character typed into a form
//!   field, saving the employee form, one row of each entry grid (tab 2's
//!   results grid, tab 4's unit grid);
//! - bytes while idle (5 s), CPU while idle (10 s), peak memory after the tour;
//! - release binary size;
//! - `peka export`, `peka import`, `peka check` (time, peak memory);
//! - many sessions on one file: memory of each, CPU while all are idle, and
//!   whether (and when) a save in one shows in the others without a key.
//!
//! Key → frame: the bench writes the key to the pty, then waits until the
//! screen (vt100) shows what the key leads to and no byte has arrived for a
//! quiet window (`--quiet`, 150 ms); the time is from just before the write
//! to when the reader thread got the last byte before that pause (the pause
//! itself is not counted). The runner never draws while reads are pending, so
//! the last byte is the end of the completed frame. Tab switches and tab 5's
//! reports, whose screen may answer at once (`Memuat…`) and fill in when a
//! read beside the keys comes, are timed to the first frame that shows the
//! key's screen, with the time until the output is quiet on a line of its
//! own.
//!
//! Targets are printed, not asserted: the exit code is non-zero only when the
//! harness fails.
//!
//! Options (after `--`): `--large` adds the 100,000-employee database;
//! `--large-only` runs only that; `--sessions N` (100; 0 skips), `--runs N`
//! (samples per key, 5), `--quiet MS` (150), `--notify-wait S` (5),
//! `--no-cli` skips export/import/check, `--parts first,inproc,tour,cli,sessions`
//! runs only those parts. `PEKA_BENCH_LARGE=/path/file.db`
//! uses a copy of that file instead of seeding one (about 20 s).

#[path = "../tests/common/screen.rs"]
mod screen;
use screen::Wire;
#[path = "../tests/common/pty.rs"]
mod pty;

use peka::db::{self, OpenMode};
use peka::i18n::Lang;
use peka::i18n::tui as tx;
use peka::tui::app::{App, AppConfig, Effect, Msg, update};
use peka::tui::keymap::Action;
use peka::tui::theme::{ColorMode, Theme};
use peka::tui::{run, view};
use pty::{Session, Spawn, key};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const COLS: u16 = 80;
const ROWS: u16 = 24;
const LANG: Lang = Lang::Id;
/// How long any one screen may take before the harness gives up on it.
const TIMEOUT: Duration = Duration::from_secs(120);

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

// ---------------------------------------------------------------- options

struct Opts {
    small: bool,
    large: bool,
    sessions: usize,
    runs: usize,
    quiet: Duration,
    notify_wait: Duration,
    cli: bool,
    /// Parts to run: first, inproc, tour, cli, sessions (all by default).
    parts: Vec<String>,
}

impl Opts {
    fn part(&self, p: &str) -> bool {
        self.parts.is_empty() || self.parts.iter().any(|x| x == p)
    }
}

fn opts() -> Opts {
    let mut o = Opts {
        small: true,
        large: false,
        sessions: 100,
        runs: 5,
        quiet: Duration::from_millis(150),
        notify_wait: Duration::from_secs(5),
        cli: true,
        parts: vec![],
    };
    let mut args = std::env::args().skip(1);
    let num = |v: Option<String>, what: &str| -> u64 {
        v.and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{what} needs a number"))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "--bench" => {}
            "--large" => o.large = true,
            "--large-only" => {
                o.large = true;
                o.small = false;
            }
            "--sessions" => o.sessions = num(args.next(), "--sessions") as usize,
            "--runs" => o.runs = num(args.next(), "--runs").max(1) as usize,
            "--quiet" => o.quiet = Duration::from_millis(num(args.next(), "--quiet")),
            "--notify-wait" => {
                o.notify_wait = Duration::from_secs(num(args.next(), "--notify-wait"))
            }
            "--no-cli" => o.cli = false,
            "--parts" => {
                o.parts = args
                    .next()
                    .expect("--parts needs a list: first,inproc,tour,cli,sessions")
                    .split(',')
                    .map(str::to_string)
                    .collect()
            }
            other => panic!(
                "unknown option {other:?}: --large, --large-only, --sessions N, --runs N, \
                 --quiet MS, --notify-wait S, --no-cli, --parts first,inproc,tour,cli,sessions"
            ),
        }
    }
    if std::env::var_os("PEKA_BENCH_LARGE").is_some() {
        o.large = true;
    }
    o
}

// ---------------------------------------------------------------- the table

#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Sample,
    Large,
}

impl Which {
    fn col(self) -> usize {
        match self {
            Which::Sample => 0,
            Which::Large => 1,
        }
    }
}

#[derive(Clone, Default)]
struct Cell {
    values: Vec<f64>,
    target: Option<f64>,
    note: Option<String>,
}

struct Line {
    name: String,
    unit: &'static str,
    cells: [Option<Cell>; 2],
}

#[derive(Default)]
struct Table {
    lines: Vec<Line>,
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn fmt(v: f64, unit: &str) -> String {
    match unit {
        "ms" => {
            if v >= 100.0 {
                format!("{v:.0} ms")
            } else {
                format!("{v:.1} ms")
            }
        }
        "s" => format!("{v:.2} s"),
        "MB" => format!("{v:.1} MB"),
        "B" => format!("{v:.0} B"),
        _ => format!("{v:.0} {unit}"),
    }
}

impl Table {
    fn line(&mut self, name: &str, unit: &'static str) -> &mut Line {
        if let Some(i) = self.lines.iter().position(|l| l.name == name) {
            return &mut self.lines[i];
        }
        self.lines.push(Line {
            name: name.to_string(),
            unit,
            cells: [None, None],
        });
        self.lines.last_mut().expect("a line")
    }

    fn put(&mut self, w: Which, name: &str, unit: &'static str, values: Vec<f64>, t: Option<f64>) {
        eprintln!(
            "    {name}: {} (n={})",
            fmt(median(&values), unit),
            values.len()
        );
        self.line(name, unit).cells[w.col()] = Some(Cell {
            values,
            target: t,
            note: None,
        });
    }

    fn note(&mut self, w: Which, name: &str, unit: &'static str, text: String) {
        eprintln!("    {name}: {text}");
        let cell = self.line(name, unit).cells[w.col()].get_or_insert_with(Cell::default);
        cell.note = Some(text);
    }

    fn print(&self, heads: [&str; 2]) {
        println!();
        println!(
            "| metric | {} | target | met | {} | target | met |",
            heads[0], heads[1]
        );
        println!("|---|---:|---:|---|---:|---:|---|");
        for l in &self.lines {
            let mut row = format!("| {} ", l.name);
            for c in &l.cells {
                let (val, target, met) = match c {
                    None => ("—".to_string(), String::new(), String::new()),
                    Some(c) => {
                        let val = if c.values.is_empty() {
                            c.note.clone().unwrap_or_default()
                        } else {
                            let m = median(&c.values);
                            let mut s = if c.values.len() == 1 {
                                fmt(m, l.unit)
                            } else {
                                let lo = c.values.iter().copied().fold(f64::INFINITY, f64::min);
                                let hi = c.values.iter().copied().fold(0.0, f64::max);
                                format!(
                                    "{} ({}–{}, n={})",
                                    fmt(m, l.unit),
                                    fmt(lo, l.unit).trim_end_matches(&format!(" {}", l.unit)),
                                    fmt(hi, l.unit),
                                    c.values.len()
                                )
                            };
                            if let Some(n) = &c.note {
                                s.push_str(&format!("; {n}"));
                            }
                            s
                        };
                        match c.target {
                            Some(t) if !c.values.is_empty() => (
                                val,
                                format!("≤ {}", fmt(t, l.unit)),
                                if median(&c.values) <= t {
                                    "yes".to_string()
                                } else {
                                    "**no**".to_string()
                                },
                            ),
                            Some(t) => (val, format!("≤ {}", fmt(t, l.unit)), "**no**".into()),
                            None => (val, String::new(), String::new()),
                        }
                    }
                };
                row.push_str(&format!("| {val} | {target} | {met} "));
            }
            row.push('|');
            println!("{row}");
        }
    }
}

// ---------------------------------------------------------------- data

struct Lab {
    which: Which,
    _dir: tempfile::TempDir,
    dir: PathBuf,
    db: PathBuf,
    /// Employees the list shows at start (`1/N`).
    listed: usize,
    /// A copy of the file as it was before any session wrote to it.
    pristine: PathBuf,
}

fn list_total(db: &Path) -> usize {
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    let s = db::settings::load(&conn).expect("settings");
    let year = chrono::Datelike::year(&s.today(chrono::Local::now().date_naive()));
    db::employees::list(&conn, year, false).expect("list").len()
}

fn copy(from: &Path, to: &Path) {
    std::fs::copy(from, to).unwrap_or_else(|e| panic!("copy {from:?} → {to:?}: {e}"));
    for ext in ["-wal", "-shm"] {
        let f = PathBuf::from(format!("{}{ext}", from.display()));
        if f.is_file() {
            std::fs::copy(&f, format!("{}{ext}", to.display())).expect("copy the WAL");
        }
    }
}

fn lab(which: Which, table: &mut Table) -> Lab {
    let dir = tempfile::Builder::new()
        .prefix("bench-scale-")
        .tempdir_in(std::env::var_os("PEKA_BENCH_TMP").unwrap_or_else(|| "/tmp".into()))
        .expect("temp dir");
    let pristine = dir.path().join("pristine.db");
    match which {
        Which::Sample => {
            let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
            copy(&sample, &pristine);
        }
        Which::Large => match std::env::var_os("PEKA_BENCH_LARGE") {
            Some(p) => copy(Path::new(&p), &pristine),
            None => {
                eprintln!("  seeding 100,000 employees (about 20 s)…");
                let (secs, mb, ok, err) = run_measured(&[
                    "seed",
                    pristine.to_str().unwrap(),
                    "--employees",
                    "100000",
                    "--as-of",
                    "2026-11-28",
                ]);
                assert!(ok, "peka seed failed: {err}");
                table.put(
                    which,
                    "(setup) `peka seed --employees 100000` (not a target)",
                    "s",
                    vec![secs],
                    None,
                );
                let _ = mb;
            }
        },
    }
    // A file of an older schema (sample.db between two regenerations, a
    // large file seeded by an older build) is brought up to date once, as
    // the first session would: the measurements start from the current
    // schema.
    drop(db::open(&pristine, OpenMode::ReadWrite).expect("migrate the copy"));
    let db = dir.path().join("bench.db");
    copy(&pristine, &db);
    let listed = list_total(&db);
    Lab {
        which,
        dir: dir.path().to_path_buf(),
        _dir: dir,
        db,
        listed,
        pristine,
    }
}

fn spawn(lab: &Lab, db: &Path) -> Session {
    Session::spawn(Spawn {
        program: bin(),
        args: &[db.to_str().unwrap()],
        cwd: &lab.dir,
        env: &[],
        cols: COLS,
        rows: ROWS,
    })
}

fn quit(s: &mut Session) {
    s.send("q");
    let st = s
        .wait_exit(Duration::from_secs(30))
        .expect("peka exits after q");
    assert!(st.success(), "peka exit status {st:?}");
}

// ---------------------------------------------------------------- /proc

fn cpu_ms(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("read /proc/<pid>/stat");
    let rest = &stat[stat.rfind(')').expect("comm") + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f[11].parse::<f64>().expect("utime") + f[12].parse::<f64>().expect("stime");
    // SAFETY: sysconf has no memory effects.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks * 1000.0 / hz
}

fn vm_mb(pid: u32, field: &str) -> f64 {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read /proc/<pid>/status");
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .expect("a number of kB");
    kb / 1024.0
}

/// Proportional set size (MB): the process's own pages plus its share of
/// pages mapped by several (`/proc/PID/smaps_rollup`).
fn pss_mb(pid: u32) -> f64 {
    let rollup = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .expect("read /proc/<pid>/smaps_rollup");
    let kb: f64 = rollup
        .lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .expect("a number of kB");
    kb / 1024.0
}

/// Runs `peka ARGS`: wall time (s), peak resident memory (MB, VmHWM polled
/// every 5 ms), success, stderr's last line. What earlier steps wrote (a
/// 150 MB file copied, the last import's file) is flushed to disk first:
/// otherwise the kernel writes it back during this run, on the same two
/// cores, and the figure is partly the run before's.
fn run_measured(args: &[&str]) -> (f64, f64, bool, String) {
    // SAFETY: sync(2) takes no arguments and cannot fail.
    unsafe { libc::sync() };
    let t = Instant::now();
    #[allow(clippy::zombie_processes)] // reaped by waitpid below
    let child = Command::new(bin())
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start peka");
    let pid = child.id() as libc::pid_t;
    let mut stderr = child.stderr.expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    // Peak memory: VmHWM of the child, read every 5 ms until it ends. (Not
    // wait4's ru_maxrss: a child started by vfork/posix_spawn inherits the
    // high-water mark of this bench's own memory at exec, which then floors
    // every figure.)
    let mut status = 0;
    let mut peak_kb = 0.0f64;
    loop {
        if let Ok(st) = std::fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(kb) = st
                .lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<f64>().ok())
        {
            peak_kb = peak_kb.max(kb);
        }
        // SAFETY: waitpid on our own child.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        if r == pid {
            break;
        }
        assert!(r == 0, "waitpid");
        std::thread::sleep(Duration::from_millis(5));
    }
    let secs = t.elapsed().as_secs_f64();
    let err = reader.join().unwrap_or_default();
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    let last = err.lines().last().unwrap_or("").to_string();
    (secs, peak_kb / 1024.0, ok, last)
}

// ---------------------------------------------------------------- keys

/// Sends `keys`, waits for `pred` and a quiet window: (ms to the last byte, bytes).
fn measure(
    s: &mut Session,
    keys: &str,
    quiet: Duration,
    what: &str,
    pred: impl Fn(&str) -> bool,
) -> (f64, f64) {
    let before = s.byte_count();
    let t0 = Instant::now();
    s.send(keys);
    let (at, total) = s
        .frame_done(TIMEOUT, quiet, pred)
        .unwrap_or_else(|scr| panic!("{what}: the expected screen did not come:\n{scr}"));
    (
        ms(at.saturating_duration_since(t0)),
        (total.saturating_sub(before)) as f64,
    )
}

/// The bytes of the screen shown drawn whole (Ctrl-L: the terminal cleared
/// and every cell written): one full frame of that screen, the measure of
/// a tab or report switch.
fn full_frame(s: &mut Session, quiet: Duration) -> f64 {
    let before = s.byte_count();
    s.send(key::CTRL_L);
    let deadline = Instant::now() + TIMEOUT;
    while s.byte_count() == before && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
    s.settle(quiet);
    (s.byte_count() - before) as f64
}

/// [`measure`] for a key whose screen may answer at once and fill in when
/// a read beside the keys comes (`Memuat…`, then the numbers): also the time
/// to the first frame that shows what `pred` looks for.
fn measure_seen(
    s: &mut Session,
    keys: &str,
    quiet: Duration,
    what: &str,
    pred: impl Fn(&str) -> bool,
) -> (f64, f64, f64) {
    let before = s.byte_count();
    let t0 = Instant::now();
    s.send(keys);
    let (seen, at, total) = s
        .frame_done_seen(TIMEOUT, quiet, pred)
        .unwrap_or_else(|scr| panic!("{what}: the expected screen did not come:\n{scr}"));
    (
        ms(seen.saturating_duration_since(t0)),
        ms(at.saturating_duration_since(t0)),
        (total.saturating_sub(before)) as f64,
    )
}

/// Sends `keys` and waits until `pred` holds and the output is quiet (not measured).
fn step(s: &mut Session, keys: &str, quiet: Duration, what: &str, pred: impl Fn(&str) -> bool) {
    s.send(keys);
    s.frame_done(TIMEOUT, quiet, pred)
        .unwrap_or_else(|scr| panic!("{what}: the expected screen did not come:\n{scr}"));
}

/// Samples of one key: times (ms) and bytes.
#[derive(Default)]
struct Samples {
    time: Vec<f64>,
    bytes: Vec<f64>,
    /// From [`measure_seen`]: the time to the first frame showing the
    /// key's screen (`time` is then until the output went quiet).
    seen: Vec<f64>,
}

impl Samples {
    fn add(&mut self, (t, b): (f64, f64)) {
        self.time.push(t);
        self.bytes.push(b);
    }

    fn add_seen(&mut self, (seen, t, b): (f64, f64, f64)) {
        self.seen.push(seen);
        self.add((t, b));
    }
}

struct Probe<'a> {
    which: Which,
    table: &'a mut Table,
}

impl Probe<'_> {
    fn keyline(
        &mut self,
        name: &str,
        s: Samples,
        time_target: Option<f64>,
        bytes_target: Option<f64>,
    ) {
        self.table.put(
            self.which,
            &format!("{name}: key → frame"),
            "ms",
            s.time,
            time_target,
        );
        self.table.put(
            self.which,
            &format!("{name}: bytes"),
            "B",
            s.bytes,
            bytes_target,
        );
    }

    /// A screen the app keeps once read (a tab, a report): the first visit
    /// reads, later ones only draw, so each gets its own line.
    fn keyline_cold(
        &mut self,
        name: &str,
        s: Samples,
        time_target: Option<f64>,
        bytes_target: Option<f64>,
    ) {
        // With `seen`: the budget is on the first frame that answers the key;
        // the time until the reads beside the keys have filled it in is
        // shown too, without a target.
        let (answer, filled) = if s.seen.is_empty() {
            (s.time.clone(), None)
        } else {
            (s.seen.clone(), Some(s.time.clone()))
        };
        self.table.put(
            self.which,
            &format!("{name}: key → frame, first visit (reads)"),
            "ms",
            vec![answer[0]],
            time_target,
        );
        if answer.len() > 1 {
            self.table.put(
                self.which,
                &format!("{name}: key → frame, later visits (kept)"),
                "ms",
                answer[1..].to_vec(),
                time_target,
            );
        }
        if let Some(filled) = filled {
            self.table.put(
                self.which,
                &format!("{name}: key → output quiet (reads beside the keys in), first visit"),
                "ms",
                vec![filled[0]],
                None,
            );
        }
        self.table.put(
            self.which,
            &format!("{name}: bytes"),
            "B",
            s.bytes,
            bytes_target,
        );
    }
}

fn position(lab: &Lab, row: usize) -> String {
    format!("{row}/{}", lab.listed)
}

/// The first frame, fresh processes: time, bytes, peak memory just after.
fn first_frame(lab: &Lab, o: &Opts, table: &mut Table) {
    let runs = if lab.which == Which::Large { 5 } else { 10 };
    let header = tx::COL_NIP.get(LANG);
    let pos = position(lab, 1);
    let (mut t, mut bytes, mut hwm) = (vec![], vec![], vec![]);
    let mut rows_at = vec![];
    for _ in 0..runs {
        let t0 = Instant::now();
        let mut s = spawn(lab, &lab.db);
        // The first rows of the list on screen (the count may still say
        // "Memuat…" while the rest is read).
        let seen = s
            .first_seen(TIMEOUT, |scr| {
                scr.contains(header)
                    && scr
                        .lines()
                        .nth(3)
                        .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()))
            })
            .unwrap_or_else(|scr| panic!("first rows:\n{scr}"));
        rows_at.push(ms(seen - t0));
        let (at, n) = s
            .frame_done(TIMEOUT, o.quiet, |scr| {
                scr.contains(header) && scr.contains(&pos)
            })
            .unwrap_or_else(|scr| panic!("first frame:\n{scr}"));
        t.push(ms(at - t0));
        bytes.push(n as f64);
        hwm.push(vm_mb(s.pid(), "VmHWM:"));
        quit(&mut s);
    }
    let target = match lab.which {
        Which::Sample => 20.0,
        Which::Large => 80.0,
    };
    table.put(
        lab.which,
        "start → first frame with the list's rows (process start included)",
        "ms",
        rows_at,
        Some(target),
    );
    table.put(
        lab.which,
        "start → the whole list in (its count `1/N` shown)",
        "ms",
        t,
        None,
    );
    table.put(
        lab.which,
        "first frame: bytes (terminal setup included)",
        "B",
        bytes,
        None,
    );
    table.put(
        lab.which,
        "peak RSS (VmHWM) at the first frame",
        "MB",
        hwm,
        None,
    );
}

/// The tour: every key of the issue on one session, `runs` samples each.
fn tour(lab: &Lab, o: &Opts, table: &mut Table) {
    let q = o.quiet;
    let runs = o.runs;
    let big = lab.which == Which::Large;
    let mut p = Probe {
        which: lab.which,
        table,
    };
    let db = lab.dir.join("tour.db");
    copy(&lab.pristine, &db);
    let mut s = spawn(lab, &db);
    let header = tx::COL_NIP.get(LANG);
    let first = position(lab, 1);
    s.frame_done(TIMEOUT, q, |scr| {
        scr.contains(header) && scr.contains(&first)
    })
    .expect("first frame");
    let list_shown =
        |scr: &str| scr.contains(header) && scr.contains(tx::DO_OPEN_EMPLOYEE.get(LANG));

    // One row down.
    eprintln!(
        "  row moves, pages (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    // `Down`s from row `from + 1` to `to`, the new position awaited each
    // time.
    let downs = |s: &mut _, from: usize, to: usize, what: &str| {
        let mut out = Samples::default();
        for i in from..to {
            let want = position(lab, i + 2);
            out.add(measure(s, key::DOWN, q, what, |scr| scr.contains(&want)));
        }
        out
    };
    let down = downs(&mut s, 0, runs, "Down");
    p.keyline(
        "one row down (↓), employee list",
        down,
        Some(5.0),
        Some(250.0),
    );

    // Row moves past the last row shown: the list scrolls by one row, every
    // row shown changes, and the terminal moves them (`tui::shift`).
    const PAST: usize = 24;
    downs(&mut s, runs, PAST, "Down");
    let scroll = downs(&mut s, PAST, PAST + runs, "Down (scrolls)");
    p.keyline(
        "one row down past the last row shown (the list scrolls)",
        scroll,
        Some(5.0),
        Some(250.0),
    );

    // A page down.
    let mut page = Samples::default();
    for _ in 0..runs {
        let before = s.screen();
        page.add(measure(&mut s, key::PGDN, q, "PgDn", |scr| scr != before));
    }
    p.keyline("one page down (PgDn), employee list", page, Some(5.0), None);
    step(&mut s, "\x1b[H", q, "Home", |scr| scr.contains(&first));

    // The detail and back.
    eprintln!("  detail (peak so far {:.1} MB)", vm_mb(s.pid(), "VmHWM:"));
    let (mut open, mut back) = (Samples::default(), Samples::default());
    let (mut detail_full, mut list_full) = (Vec::new(), Vec::new());
    let jp_years = tx::DETAIL_JP_YEARS.get(LANG);
    for _ in 0..runs {
        open.add(measure(&mut s, key::ENTER, q, "Enter (detail)", |scr| {
            scr.contains(jp_years)
        }));
        detail_full.push(full_frame(&mut s, q));
        back.add(measure(&mut s, key::ESC, q, "Esc (back)", |scr| {
            list_shown(scr) && !scr.contains(jp_years)
        }));
        list_full.push(full_frame(&mut s, q));
    }
    p.keyline(
        "open an employee's detail (Enter)",
        open,
        Some(30.0),
        Some(median(&detail_full)),
    );
    p.keyline(
        "back from the detail (Esc)",
        back,
        Some(30.0),
        Some(median(&list_full)),
    );

    // The filter: the first character searches every row; the third narrows.
    eprintln!("  filter (peak so far {:.1} MB)", vm_mb(s.pid(), "VmHWM:"));
    let prompt = tx::FILTER_PROMPT.get(LANG);
    let words = [
        "nurul", "rahmi", "saiful", "putri", "teuku", "fitri", "zulfa",
    ];
    let (mut f1, mut f3) = (Samples::default(), Samples::default());
    for i in 0..runs {
        let w: Vec<char> = words[i % words.len()].chars().collect();
        step(&mut s, "/", q, "/", |scr| scr.contains(prompt));
        let typed = |n: usize| format!("{prompt}{}", w[..n].iter().collect::<String>());
        let t1 = typed(1);
        f1.add(measure(
            &mut s,
            &w[0].to_string(),
            q,
            "filter char 1",
            |scr| scr.contains(&t1),
        ));
        let t2 = typed(2);
        step(&mut s, &w[1].to_string(), q, "filter char 2", |scr| {
            scr.contains(&t2)
        });
        let t3 = typed(3);
        f3.add(measure(
            &mut s,
            &w[2].to_string(),
            q,
            "filter char 3",
            |scr| scr.contains(&t3),
        ));
        step(&mut s, key::ESC, q, "Esc (filter)", |scr| {
            !scr.contains(prompt) && scr.contains(&first)
        });
    }
    p.keyline(
        "filter: first character typed (`/` then a letter; searches every row)",
        f1,
        Some(20.0),
        Some(64.0),
    );
    p.keyline(
        "filter: third letter of a name (narrows, repaints the rows)",
        f3,
        Some(20.0),
        None,
    );

    // The employee form: phone digits typed, then saved.
    eprintln!(
        "  employee form (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    let title = tx::FORM_EDIT_EMPLOYEE.get(LANG);
    let (mut ch, mut save) = (Samples::default(), Samples::default());
    for i in 0..runs {
        step(&mut s, "e", q, "e (form)", |scr| scr.contains(title));
        // The phone is the last field: Shift-Tab from the first one wraps to it.
        step(&mut s, key::BACKTAB, q, "Shift-Tab", |_| true);
        step(&mut s, key::CTRL_U, q, "Ctrl-U", |_| true);
        let phone = format!("0812{:04}{:04}", std::process::id() % 10000, 1000 + i);
        for n in 1..=phone.len() {
            let shown = &phone[..n];
            let c = &phone[n - 1..n];
            let r = measure(&mut s, c, q, "phone digit", |scr| scr.contains(shown));
            if n > 4 {
                ch.add(r);
            }
        }
        save.add(measure(&mut s, key::CTRL_S, q, "Ctrl-S (save)", |scr| {
            !scr.contains(title) && scr.contains("Tersimpan")
        }));
    }
    p.keyline(
        "form: one character typed (a phone digit)",
        ch,
        Some(5.0),
        Some(64.0),
    );
    p.keyline(
        "form: save (`e`, phone changed, Ctrl-S) → list with 'Tersimpan'",
        save,
        None,
        None,
    );

    // Tabs 2, 3, 4, 5, 1 in turn.
    eprintln!("  tabs (peak so far {:.1} MB)", vm_mb(s.pid(), "VmHWM:"));
    let marks: [(&str, &str); 5] = [
        ("2", tx::DO_OPEN_TRAINING.get(LANG)),
        // The partner list's own column: its footer keeps the sub-list
        // names only when it has room.
        ("3", tx::COL_CONTACT.get(LANG)),
        ("4", "Perilaku"),
        ("5", tx::DO_SUB_MONITORING.get(LANG)),
        ("1", tx::DO_OPEN_EMPLOYEE.get(LANG)),
    ];
    let mut tabs: Vec<Samples> = (0..5).map(|_| Samples::default()).collect();
    let mut fulls: Vec<Vec<f64>> = vec![Vec::new(); 5];
    for _ in 0..runs {
        for (i, (k, mark)) in marks.iter().enumerate() {
            let before = s.screen();
            tabs[i].add_seen(measure_seen(&mut s, k, q, &format!("tab {k}"), |scr| {
                scr != before && scr.contains(mark) && (*k != "1" || list_shown(scr))
            }));
            fulls[i].push(full_frame(&mut s, q));
        }
    }
    for (i, samples) in tabs.into_iter().enumerate() {
        let from = marks[(i + 4) % 5].0;
        p.keyline_cold(
            &format!("tab switch {from} → {}", marks[i].0),
            samples,
            Some(30.0),
            Some(median(&fulls[i])),
        );
    }

    // Tab 5's reports, one `]` after another, then back with `[`.
    eprintln!(
        "  tab 5 reports (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    step(&mut s, "5", q, "tab 5", |scr| {
        scr.contains(tx::DO_SUB_MONITORING.get(LANG))
    });
    let reports = 11;
    // Back to the first report whatever tab 5 remembered.
    let first_report = format!(" 1/{reports}");
    for _ in 0..reports {
        if s.screen().contains(&first_report) {
            break;
        }
        let before = s.screen();
        s.send("[");
        let _ = s.frame_done(TIMEOUT, q, |scr| scr != before);
    }
    assert!(
        s.screen().contains(&first_report),
        "tab 5 shows its first report:\n{}",
        s.screen()
    );
    let sub_runs = if big { runs.min(3) } else { runs };
    let mut subs: Vec<Samples> = (0..reports - 1).map(|_| Samples::default()).collect();
    let mut sub_fulls: Vec<Vec<f64>> = vec![Vec::new(); reports - 1];
    for _ in 0..sub_runs {
        for (j, samples) in subs.iter_mut().enumerate() {
            let before = s.screen();
            let bar = format!("{}/{reports}", j + 2);
            samples.add_seen(measure_seen(&mut s, "]", q, "]", |scr| {
                scr != before && scr.contains(&bar)
            }));
            sub_fulls[j].push(full_frame(&mut s, q));
        }
        for j in (0..reports - 1).rev() {
            let bar = format!("{}/{reports}", j + 1);
            step(&mut s, "[", q, "[", |scr| scr.contains(&bar));
        }
    }
    for (j, samples) in subs.into_iter().enumerate() {
        p.keyline_cold(
            &format!(
                "tab 5 `]` → report {}/{reports} ({})",
                j + 2,
                REPORTS[j + 1]
            ),
            samples,
            Some(30.0),
            Some(median(&sub_fulls[j])),
        );
    }

    // Tab 2: a training's participants, the results grid, one row saved.
    eprintln!(
        "  tab 2 results grid (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    match busy_training(&db) {
        None => p.table.note(
            lab.which,
            "tab 2 results grid: one row saved (Enter): key → frame",
            "ms",
            "no finished training with participants".into(),
        ),
        Some(code) => {
            step(&mut s, "2", q, "tab 2", |scr| {
                scr.contains(tx::DO_OPEN_TRAINING.get(LANG))
            });
            step(&mut s, "/", q, "/", |scr| scr.contains(prompt));
            s.send(&code);
            let typed = format!("{prompt}{code}");
            s.frame_done(TIMEOUT, q, |scr| scr.contains(&typed))
                .expect("the code typed");
            step(&mut s, key::ENTER, q, "keep filter", |scr| {
                scr.lines()
                    .last()
                    .is_some_and(|l| l.contains(tx::DO_OPEN_TRAINING.get(LANG)))
            });
            let head = format!("{code} ·");
            step(&mut s, key::ENTER, q, "participants", |scr| {
                scr.contains(&head)
            });
            let before = s.screen();
            step(&mut s, key::ENTER, q, "grid row", |scr| scr != before);
            let mut row = Samples::default();
            for i in 0..runs {
                let score = format!("{}", 71 + i);
                let typed = format!("{score}_");
                step(&mut s, &score, q, "score", |scr| scr.contains(&typed));
                // The row being typed in: its name starts the status line once saved.
                let scr = s.screen();
                let line = scr.lines().find(|l| l.contains(&typed)).unwrap_or("");
                let name: String = line.chars().take(12).collect();
                let name = name.trim_end_matches('…').trim().to_string();
                row.add(measure(&mut s, key::ENTER, q, "Enter (row saved)", |scr| {
                    // The message may wrap onto the line above the footer.
                    let lines: Vec<&str> = scr.lines().collect();
                    let status = lines[lines.len().saturating_sub(3)..].join(" ");
                    status.contains(&name) && status.contains("tersimpan")
                }));
            }
            p.keyline(
                "tab 2 results grid: one row saved (score, Enter → next row)",
                row,
                None,
                None,
            );
            step(&mut s, key::ESC, q, "Esc grid", |_| true);
            step(&mut s, key::ESC, q, "Esc participants", |_| true);
        }
    }

    // Tab 4: the unit grid of the next period, one row = two ratings.
    eprintln!(
        "  tab 4 unit grid (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    step(&mut s, "4", q, "tab 4", |scr| scr.contains("Perilaku"));
    step(&mut s, "u", q, "u", |scr| scr.contains("dinilai "));
    let before = s.screen();
    step(&mut s, ">", q, ">", |scr| {
        scr != before && scr.contains("dinilai ")
    });
    let (mut first_key, mut row) = (Samples::default(), Samples::default());
    let done0 = rated(&s.screen()).unwrap_or(0);
    for i in 0..runs {
        let before = s.screen();
        first_key.add(measure(&mut s, "s", q, "s (work result)", |scr| {
            scr != before
        }));
        // The row's person: the save's answer names them on the status line.
        let scr = s.screen();
        let line = scr.lines().find(|l| l.starts_with('▶')).unwrap_or("");
        let name: String = line.chars().skip(21).take(12).collect();
        let name = name.trim_end_matches('…').trim().to_string();
        let want = format!("dinilai {} dari", done0 + i + 1);
        let saved = format!("Tersimpan: {name}");
        row.add(measure(&mut s, "s", q, "s (behaviour, saved)", |scr| {
            let lines: Vec<&str> = scr.lines().collect();
            let status = lines[lines.len().saturating_sub(3)..].join(" ");
            scr.contains(&want) && status.contains(&saved)
        }));
    }
    p.keyline(
        "tab 4 unit grid: first rating of a row (`s`)",
        first_key,
        None,
        None,
    );
    p.keyline(
        "tab 4 unit grid: second rating → row saved ('Tersimpan: name')",
        row,
        None,
        None,
    );
    step(&mut s, key::ESC, q, "Esc grid", |scr| {
        !scr.contains("dinilai ")
    });
    step(&mut s, "1", q, "tab 1", list_shown);

    // Idle: bytes over 5 s and 10 s, CPU over 10 s.
    eprintln!(
        "  idle 10 s (peak so far {:.1} MB)",
        vm_mb(s.pid(), "VmHWM:")
    );
    s.settle(Duration::from_millis(500));
    let (b0, c0) = (s.byte_count(), cpu_ms(s.pid()));
    std::thread::sleep(Duration::from_secs(5));
    let b5 = s.byte_count();
    std::thread::sleep(Duration::from_secs(5));
    let (b10, c10) = (s.byte_count(), cpu_ms(s.pid()));
    p.table.put(
        lab.which,
        "idle 5 s: bytes written",
        "B",
        vec![(b5 - b0) as f64],
        Some(0.0),
    );
    p.table.put(
        lab.which,
        "idle 10 s: bytes written",
        "B",
        vec![(b10 - b0) as f64],
        Some(0.0),
    );
    p.table.put(
        lab.which,
        "idle 10 s: CPU time (utime+stime, 10 ms ticks)",
        "ms",
        vec![c10 - c0],
        Some(0.0),
    );
    let target = if big { 50.0 } else { 15.0 };
    p.table.put(
        lab.which,
        "peak RSS (VmHWM) after the whole tour",
        "MB",
        vec![vm_mb(s.pid(), "VmHWM:")],
        Some(target),
    );
    quit(&mut s);
}

/// Tab 5's reports in the order `]` walks them (README).
const REPORTS: [&str; 11] = [
    "Kepatuhan JP",
    "Kesenjangan",
    "Belum dinilai",
    "Distribusi predikat",
    "Efek pelatihan",
    "Berakhir",
    "Kedaluwarsa",
    "Perhatian",
    "Per unit",
    "Saran",
    "Kualitas data",
];

/// "dinilai n dari m" → n.
fn rated(screen: &str) -> Option<usize> {
    let i = screen.find("dinilai ")?;
    screen[i + 8..].split_whitespace().next()?.parse().ok()
}

/// The finished training with the most participants (its code).
fn busy_training(db: &Path) -> Option<String> {
    let conn = db::open(db, OpenMode::ReadOnly).ok()?;
    conn.query_row(
        "SELECT p.kode FROM pelatihan p JOIN peserta_pelatihan x ON x.pelatihan_id = p.id
         WHERE p.status = 'SELESAI' GROUP BY p.id ORDER BY count(*) DESC LIMIT 1",
        [],
        |r| r.get(0),
    )
    .ok()
}

// ---------------------------------------------------------------- in-process

fn settle(conn: &rusqlite::Connection, app: &mut App, effects: Vec<Effect>) {
    let mut pending: VecDeque<Effect> = effects.into();
    let folders = run::ExportFolders::from_env();
    while let Some(e) = pending.pop_front() {
        let msg = run::execute(conn, e, &folders);
        pending.extend(update(app, msg));
    }
}

/// update + reads + render of one key, without process or pty (isolates their cost).
fn in_process(lab: &Lab, o: &Opts, table: &mut Table) {
    let conn = db::open(&lab.db, OpenMode::ReadOnly).expect("open");
    let cfg = AppConfig {
        lang: LANG,
        theme: Theme::new(ColorMode::Ansi16),
        read_only: true,
        db_label: "bench.db".into(),
        settings: db::settings::load(&conn).expect("settings"),
        real_today: chrono::Local::now().date_naive(),
        width: COLS,
        height: ROWS,
    };
    let t0 = Instant::now();
    let (mut app, fx) = App::new(cfg);
    settle(&conn, &mut app, fx);
    let wire = Wire::default();
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, COLS, ROWS)),
    };
    let mut term =
        Terminal::with_options(CrosstermBackend::new(wire.clone()), options).expect("terminal");
    term.draw(|f| view::render(f, &app)).expect("draw");
    let first = ms(t0.elapsed());
    table.put(
        lab.which,
        "in-process: App::new + initial reads + first render (no process, no pty)",
        "ms",
        vec![first],
        None,
    );
    let mut key = |app: &mut App, a: Action| -> (f64, f64) {
        wire.0.borrow_mut().clear();
        let t = Instant::now();
        let fx = update(app, Msg::Key(a));
        settle(&conn, app, fx);
        term.draw(|f| view::render(f, app)).expect("draw");
        (ms(t.elapsed()), wire.0.borrow().len() as f64)
    };
    let cases: [(&str, Vec<Action>, Action); 8] = [
        ("↓", vec![], Action::Down),
        ("PgDn", vec![], Action::PageDown),
        ("Enter (detail)", vec![Action::Home], Action::Open),
        (
            "filter first character",
            vec![Action::Back, Action::Filter],
            Action::FilterChar('n'),
        ),
        ("tab 1 → 2", vec![Action::FilterClear], Action::GoTab(1)),
        ("tab 2 → 3", vec![], Action::GoTab(2)),
        ("tab 3 → 4", vec![], Action::GoTab(3)),
        ("tab 4 → 5", vec![], Action::GoTab(4)),
    ];
    let mut results: Vec<Samples> = cases.iter().map(|_| Samples::default()).collect();
    for _ in 0..o.runs {
        for (i, (_, before, a)) in cases.iter().enumerate() {
            for b in before {
                key(&mut app, *b);
            }
            results[i].add(key(&mut app, *a));
        }
        key(&mut app, Action::GoTab(0));
        key(&mut app, Action::Home);
    }
    for ((name, ..), r) in cases.iter().zip(results) {
        table.put(
            lab.which,
            &format!("in-process {name}: update + reads + render"),
            "ms",
            r.time,
            None,
        );
    }
}

// ---------------------------------------------------------------- command line

/// `peka ARGS` `runs` times: time and peak memory lines.
fn one(table: &mut Table, w: Which, name: &str, args: &[String], runs: usize, tt: f64, tm: f64) {
    let (mut t, mut m) = (vec![], vec![]);
    for _ in 0..runs {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let (secs, mb, ok, err) = run_measured(&a);
        assert!(ok, "peka {}: {err}", args.join(" "));
        t.push(secs);
        m.push(mb);
    }
    table.put(w, &format!("{name}: time"), "s", t, Some(tt));
    table.put(w, &format!("{name}: peak RSS"), "MB", m, Some(tm));
}

fn cli(lab: &Lab, table: &mut Table) {
    let w = lab.which;
    let d = &lab.dir;
    let src = lab.pristine.to_str().unwrap().to_string();
    let csv = d.join("pegawai.csv");
    let xlsx = d.join("pegawai.xlsx");
    let units_csv = d.join("units.csv");
    let units_db = d.join("units-only.db");
    let p = |x: &Path| x.to_str().unwrap().to_string();
    let runs = 3;
    eprintln!("  export");
    one(
        table,
        w,
        "`peka export DB pegawai --out x.csv`",
        &[
            "export".into(),
            src.clone(),
            "pegawai".into(),
            "--out".into(),
            p(&csv),
        ],
        runs,
        5.0,
        100.0,
    );
    one(
        table,
        w,
        "`peka export DB pegawai --format xlsx --out x.xlsx`",
        &[
            "export".into(),
            src.clone(),
            "pegawai".into(),
            "--format".into(),
            "xlsx".into(),
            "--out".into(),
            p(&xlsx),
        ],
        runs,
        5.0,
        100.0,
    );
    // A file holding only the units.
    let (_, _, ok, err) = run_measured(&["export", &src, "unit-kerja", "--out", &p(&units_csv)]);
    assert!(ok, "export units: {err}");
    let (_, _, ok, err) = run_measured(&["import", &p(&units_db), "unit-kerja", &p(&units_csv)]);
    assert!(ok, "import units: {err}");
    eprintln!("  import");
    for (name, file) in [("CSV", &csv), ("XLSX", &xlsx)] {
        let target = d.join(format!("import-{name}.db"));
        let (mut t, mut m) = (vec![], vec![]);
        // New employees into the units-only file, each run on a fresh copy.
        for _ in 0..runs {
            let _ = std::fs::remove_file(&target);
            copy(&units_db, &target);
            let (secs, mb, ok, err) = run_measured(&["import", &p(&target), "pegawai", &p(file)]);
            assert!(ok, "import {name}: {err}");
            t.push(secs);
            m.push(mb);
        }
        let label = format!("`peka import` {name}: every employee new (units-only file)");
        table.put(w, &format!("{label}: time"), "s", t, Some(5.0));
        table.put(w, &format!("{label}: peak RSS"), "MB", m, Some(100.0));
        let (mut t, mut m) = (vec![], vec![]);
        for _ in 0..runs {
            let (secs, mb, ok, err) = run_measured(&["import", &p(&target), "pegawai", &p(file)]);
            assert!(ok, "re-import {name}: {err}");
            t.push(secs);
            m.push(mb);
        }
        let label = format!("`peka import` {name}: the same file again (all unchanged)");
        table.put(w, &format!("{label}: time"), "s", t, Some(5.0));
        table.put(w, &format!("{label}: peak RSS"), "MB", m, Some(100.0));
        let _ = std::fs::remove_file(&target);
    }
    eprintln!("  check");
    one(
        table,
        w,
        "`peka check DB`",
        &["check".into(), src.clone()],
        1,
        30.0,
        100.0,
    );
}

// ---------------------------------------------------------------- sessions

fn raise_fd_limit() {
    // SAFETY: getrlimit/setrlimit on our own process with a valid struct.
    unsafe {
        let mut r: libc::rlimit = std::mem::zeroed();
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut r) == 0 && r.rlim_cur < r.rlim_max {
            r.rlim_cur = r.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &r);
        }
    }
}

fn sessions(lab: &Lab, o: &Opts, table: &mut Table) {
    let w = lab.which;
    let q = o.quiet;
    let db = lab.dir.join("sessions.db");
    copy(&lab.pristine, &db);
    raise_fd_limit();
    let header = tx::COL_NIP.get(LANG);
    let first = position(lab, 1);
    let mut all: Vec<Session> = Vec::new();
    let t0 = Instant::now();
    let mut failed = None;
    for i in 0..o.sessions {
        let s = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| spawn(lab, &db))) {
            Ok(s) => s,
            Err(_) => {
                failed = Some(format!("session {} could not be started", i + 1));
                break;
            }
        };
        if let Err(scr) = s.frame_done(TIMEOUT, Duration::from_millis(50), |scr| {
            scr.contains(header) && scr.contains(&first)
        }) {
            failed = Some(format!(
                "session {} showed no first frame:\n{}",
                i + 1,
                scr.lines().take(3).collect::<Vec<_>>().join("\n")
            ));
            break;
        }
        all.push(s);
    }
    let n = all.len();
    let name = |s: &str| format!("{n} sessions on one file: {s}");
    if let Some(f) = &failed {
        eprintln!("  stopped at {n} sessions: {f}");
        table.note(
            w,
            &name("the most this machine held"),
            "",
            format!("{n} ({f})"),
        );
    }
    table.put(
        w,
        &name("time to start all, one after another"),
        "s",
        vec![t0.elapsed().as_secs_f64()],
        None,
    );
    if n < 2 {
        return;
    }
    for s in &all {
        s.settle(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_secs(1));
    let rss: Vec<f64> = all.iter().map(|s| vm_mb(s.pid(), "VmRSS:")).collect();
    let max = rss.iter().copied().fold(0.0, f64::max);
    let sum: f64 = rss.iter().sum();
    table.put(w, &name("RSS of each (VmRSS)"), "MB", rss, Some(20.0));
    table.put(w, &name("largest RSS of one"), "MB", vec![max], Some(20.0));
    table.put(
        w,
        &name("RSS of all together (shared pages counted in each)"),
        "MB",
        vec![sum],
        None,
    );
    // What each session costs the server: its own pages, and its share of
    // the pages all of them map from the one binary and the page cache.
    let pss: Vec<f64> = all.iter().map(|s| pss_mb(s.pid())).collect();
    let pss_sum: f64 = pss.iter().sum();
    table.put(
        w,
        &name("PSS of each (shared pages divided among all)"),
        "MB",
        pss,
        None,
    );
    table.put(w, &name("PSS of all together"), "MB", vec![pss_sum], None);
    eprintln!("  {n} sessions idle 10 s");
    let before: Vec<(usize, f64)> = all
        .iter()
        .map(|s| (s.byte_count(), cpu_ms(s.pid())))
        .collect();
    std::thread::sleep(Duration::from_secs(10));
    let cpu: Vec<f64> = all
        .iter()
        .zip(&before)
        .map(|(s, (_, c))| cpu_ms(s.pid()) - c)
        .collect();
    let bytes: f64 = all
        .iter()
        .zip(&before)
        .map(|(s, (b, _))| (s.byte_count() - b) as f64)
        .sum();
    let total_cpu: f64 = cpu.iter().sum();
    table.put(w, &name("CPU of each in 10 s idle"), "ms", cpu, Some(0.0));
    table.put(
        w,
        &name("CPU of all in 10 s idle"),
        "ms",
        vec![total_cpu],
        Some(0.0),
    );
    table.put(
        w,
        &name("bytes of all in 10 s idle"),
        "B",
        vec![bytes],
        Some(0.0),
    );

    // A save in the first session: the name of the first employee listed.
    eprintln!("  a save in one session, watched in the others");
    let mark = format!("Bench{}", std::process::id() % 10000);
    let title = tx::FORM_EDIT_EMPLOYEE.get(LANG);
    let s0 = &mut all[0];
    step(s0, "e", q, "e", |scr| scr.contains(title));
    step(s0, key::TAB, q, "Tab to the name", |_| true);
    step(s0, key::CTRL_U, q, "Ctrl-U", |_| true);
    s0.send(&format!("{mark} Saved"));
    s0.frame_done(TIMEOUT, q, |scr| scr.contains(&mark))
        .expect("name typed");
    let t_save = Instant::now();
    s0.send(key::CTRL_S);
    let (saved_at, _) = s0
        .frame_done(TIMEOUT, q, |scr| {
            !scr.contains(title) && scr.contains(&mark)
        })
        .unwrap_or_else(|scr| panic!("the save in session 1:\n{scr}"));
    table.put(
        w,
        &name("the save in session 1 (Ctrl-S → its own list)"),
        "ms",
        vec![ms(saved_at.saturating_duration_since(t_save))],
        None,
    );
    let deadline = saved_at + o.notify_wait;
    let mut shown = vec![];
    for s in &all[1..] {
        let left = deadline.saturating_duration_since(Instant::now());
        if let Ok((at, _)) =
            s.frame_done(left, Duration::from_millis(20), |scr| scr.contains(&mark))
        {
            shown.push(ms(at.saturating_duration_since(saved_at)));
        }
    }
    let others = n - 1;
    let label = name("a save in one shows in the others (no key sent to them)");
    if shown.is_empty() {
        table.note(
            w,
            &label,
            "ms",
            format!(
                "not shown within {} s in any of {others}",
                o.notify_wait.as_secs()
            ),
        );
    } else {
        let k = shown.len();
        table.put(w, &label, "ms", shown, None);
        table.note(
            w,
            &label,
            "ms",
            format!(
                "shown in {k} of {others} within {} s",
                o.notify_wait.as_secs()
            ),
        );
    }
    for mut s in all {
        s.send("q");
        let _ = s.wait_exit(Duration::from_secs(10));
    }
}

// ---------------------------------------------------------------- main

fn run_one(which: Which, o: &Opts, table: &mut Table) -> String {
    let started = Instant::now();
    let lab = lab(which, table);
    let size = std::fs::metadata(&lab.db).map(|m| m.len()).unwrap_or(0);
    let head = match which {
        Which::Sample => format!("sample.db ({} listed)", lab.listed),
        Which::Large => format!(
            "100,000 employees ({} listed, {:.0} MB)",
            lab.listed,
            size as f64 / 1e6
        ),
    };
    eprintln!("== {head}");
    if o.part("first") {
        eprintln!("  first frame");
        first_frame(&lab, o, table);
    }
    if o.part("inproc") {
        eprintln!("  in-process");
        in_process(&lab, o, table);
    }
    if o.part("tour") {
        eprintln!("  tour");
        tour(&lab, o, table);
    }
    if o.cli && o.part("cli") {
        cli(&lab, table);
    }
    if o.sessions > 0 && o.part("sessions") {
        eprintln!("  {} sessions", o.sessions);
        sessions(&lab, o, table);
    }
    let secs = started.elapsed().as_secs_f64();
    table.put(
        which,
        "(this part of the bench: wall time)",
        "s",
        vec![secs],
        None,
    );
    head
}

fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

fn main() {
    let o = opts();
    let started = Instant::now();
    let mut table = Table::default();
    let size = std::fs::metadata(bin()).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
    let load_before = loadavg();
    let mut heads = ["sample.db".to_string(), "100,000 employees".to_string()];
    if o.small {
        heads[0] = run_one(Which::Sample, &o, &mut table);
    }
    if o.large {
        heads[1] = run_one(Which::Large, &o, &mut table);
    }
    for w in [Which::Sample, Which::Large] {
        if (w == Which::Sample && o.small) || (w == Which::Large && o.large) {
            table.put(w, "release binary size (stripped)", "MB", vec![size], None);
        }
    }
    println!(
        "\npeka scale bench: {COLS}×{ROWS}, {} samples per key, quiet window {} ms, \
         load average {load_before} at start, {} at end; {:.0} s in all",
        o.runs,
        o.quiet.as_millis(),
        loadavg(),
        started.elapsed().as_secs_f64()
    );
    table.print([heads[0].as_str(), heads[1].as_str()]);
}
