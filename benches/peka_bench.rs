//! `cargo bench --bench peka_bench`: the numbers design.md cares about, as a table.
//!
//! (a) start to the first complete frame — in-process (the path `launch` takes,
//!     without process start) and the real binary in a pty (with process start);
//! (b) bytes written for one row move, a page move and one filter character;
//! (c) bytes written while idle;
//! (d) peak memory of the real binary after visiting every tab and a detail;
//! (e) the whole-city report queries (gaps, JP summary, 20-JP compliance).
//!
//! Runs on a temporary copy of `sample.db` (or a fresh default seed when there is
//! none). Targets are reported, not asserted: the exit code is non-zero only when
//! the harness itself fails.

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
use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

const COLS: u16 = 80;
const ROWS: u16 = 24;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// A writer the bench can read while the backend owns it.
#[derive(Clone, Default)]
struct Wire(Rc<RefCell<Vec<u8>>>);

impl Write for Wire {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Wire {
    fn take(&self) -> usize {
        let n = self.0.borrow().len();
        self.0.borrow_mut().clear();
        n
    }
}

type VecTerm = Terminal<CrosstermBackend<Wire>>;

fn terminal() -> (VecTerm, Wire) {
    let wire = Wire::default();
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, COLS, ROWS)),
    };
    let term =
        Terminal::with_options(CrosstermBackend::new(wire.clone()), options).expect("terminal");
    (term, wire)
}

/// One measured quantity and its target.
struct Row {
    name: String,
    unit: &'static str,
    values: Vec<f64>,
    target: Option<f64>,
}

impl Row {
    fn new(
        name: impl Into<String>,
        unit: &'static str,
        values: Vec<f64>,
        target: Option<f64>,
    ) -> Row {
        Row {
            name: name.into(),
            unit,
            values,
            target,
        }
    }
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.values.clone();
        v.sort_by(|a, b| a.total_cmp(b));
        v
    }
    fn median(&self) -> f64 {
        let v = self.sorted();
        let n = v.len();
        if n == 0 {
            f64::NAN
        } else if n % 2 == 1 {
            v[n / 2]
        } else {
            (v[n / 2 - 1] + v[n / 2]) / 2.0
        }
    }
}

fn fmt(v: f64, unit: &str) -> String {
    match unit {
        "ms" => format!("{v:.2} ms"),
        "MB" => format!("{v:.1} MB"),
        _ => format!("{v:.0} {unit}"),
    }
}

fn print_table(rows: &[Row]) {
    println!();
    println!("| metric | runs | median | min | max | target | met |");
    println!("|---|---:|---:|---:|---:|---:|---|");
    for r in rows {
        let v = r.sorted();
        let (min, max) = (
            v.first().copied().unwrap_or(f64::NAN),
            v.last().copied().unwrap_or(f64::NAN),
        );
        let (target, met) = match r.target {
            Some(t) => (
                format!("≤ {}", fmt(t, r.unit)),
                if r.median() <= t { "yes" } else { "**no**" },
            ),
            None => ("—".to_string(), "(info)"),
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} |",
            r.name,
            r.values.len(),
            fmt(r.median(), r.unit),
            fmt(min, r.unit),
            fmt(max, r.unit),
            target,
            met
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// A temp folder with `bench.db`: a copy of `sample.db`, or a default seed.
fn data() -> (tempfile::TempDir, PathBuf, &'static str) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("bench.db");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, &db).expect("copy sample.db");
        return (dir, db, "copy of sample.db");
    }
    let out = std::process::Command::new(bin())
        .args(["seed", db.to_str().unwrap()])
        .output()
        .expect("run peka seed");
    assert!(
        out.status.success(),
        "peka seed failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, db, "fresh `peka seed` (default size)")
}

fn config(conn: &rusqlite::Connection, label: &str) -> AppConfig {
    AppConfig {
        lang: Lang::Id,
        theme: Theme::new(ColorMode::Ansi16),
        read_only: false,
        db_label: label.to_string(),
        settings: db::settings::load(conn).expect("settings"),
        real_today: chrono::Local::now().date_naive(),
        width: COLS,
        height: ROWS,
    }
}

/// Carries out effects as the runner does until none are left.
fn settle(conn: &rusqlite::Connection, app: &mut App, effects: Vec<Effect>) {
    let mut pending: VecDeque<Effect> = effects.into();
    while let Some(e) = pending.pop_front() {
        let msg = run::execute(conn, e, &run::ExportFolders::from_env());
        pending.extend(update(app, msg));
    }
}

/// (a) in-process: open, settings, App, initial reads, one frame. Also the parts.
fn first_frame_in_process(db: &Path, rows: &mut Vec<Row>) {
    const RUNS: usize = 30;
    let (mut total, mut open, mut reads, mut draw) = (vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        let t0 = Instant::now();
        let conn = db::open(db, OpenMode::CreateIfMissing).expect("open");
        let (mut app, effects) = App::new(config(&conn, "bench.db"));
        let t1 = Instant::now();
        settle(&conn, &mut app, effects);
        let t2 = Instant::now();
        let (mut term, wire) = terminal();
        term.draw(|f| view::render(f, &app)).expect("draw");
        let t3 = Instant::now();
        assert!(wire.take() > 1000, "the first frame was drawn");
        assert!(app.employees.list.total() > 0, "the list was loaded");
        total.push(ms(t3 - t0));
        open.push(ms(t1 - t0));
        reads.push(ms(t2 - t1));
        draw.push(ms(t3 - t2));
    }
    rows.push(Row::new(
        "(a) start → first frame, in-process (no process start)",
        "ms",
        total,
        Some(30.0),
    ));
    rows.push(Row::new(
        "    of which: open db + settings + App::new",
        "ms",
        open,
        None,
    ));
    rows.push(Row::new(
        "    of which: initial reads (employee list)",
        "ms",
        reads,
        None,
    ));
    rows.push(Row::new(
        "    of which: render + diff 80×24",
        "ms",
        draw,
        None,
    ));

    // The employee list query alone, on a warm connection.
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    let year = chrono::Datelike::year(
        &db::settings::load(&conn)
            .expect("settings")
            .today(chrono::Local::now().date_naive()),
    );
    let q: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t = Instant::now();
            let n = db::employees::list(&conn, year, false).expect("list").len();
            assert!(n > 0);
            ms(t.elapsed())
        })
        .collect();
    rows.push(Row::new(
        "    employee list query alone (warm connection)",
        "ms",
        q,
        Some(20.0),
    ));
}

/// (e) the whole-city reports, read less often than the list but still
/// expected at once: competency gaps, the JP summary and the 20-JP compliance
/// of tab 5, one after the other on a warm connection.
fn report_queries(db: &Path, rows: &mut Vec<Row>) {
    const RUNS: usize = 10;
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    let settings = db::settings::load(&conn).expect("settings");
    let year = chrono::Datelike::year(&settings.today(chrono::Local::now().date_naive()));
    // One sample: the three in a row, and each one's share.
    let run = || {
        let t0 = Instant::now();
        let gaps = db::reports::gaps(&conn).expect("gaps");
        let t1 = Instant::now();
        let summary = db::reports::jp_summary(&conn, year, &settings.jp_targets).expect("summary");
        let t2 = Instant::now();
        let units =
            db::monitoring::jp_compliance(&conn, year, &settings.jp_targets).expect("compliance");
        let t3 = Instant::now();
        assert!(!gaps.is_empty() && !summary.is_empty() && !units.is_empty());
        [t3 - t0, t1 - t0, t2 - t1, t3 - t2].map(ms)
    };
    run();
    let samples: Vec<[f64; 4]> = (0..RUNS).map(|_| run()).collect();
    let part = |i: usize| samples.iter().map(|s| s[i]).collect::<Vec<f64>>();
    rows.push(Row::new(
        "(e) gaps + JP summary + 20-JP compliance, whole city (warm)",
        "ms",
        part(0),
        Some(100.0),
    ));
    for (i, name) in [
        "    of which: competency gaps (kesenjangan)",
        "    of which: JP summary (rekap-jp)",
        "    of which: 20-JP compliance per unit (tab 5)",
    ]
    .into_iter()
    .enumerate()
    {
        rows.push(Row::new(name, "ms", part(i + 1), None));
    }
}

fn spawn(dir: &Path, db: &Path) -> Session {
    Session::spawn(Spawn {
        program: bin(),
        args: &[db.to_str().unwrap()],
        cwd: dir,
        env: &[],
        cols: COLS,
        rows: ROWS,
    })
}

fn list_total(db: &Path) -> usize {
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    let s = db::settings::load(&conn).expect("settings");
    let year = chrono::Datelike::year(&s.today(chrono::Local::now().date_naive()));
    db::employees::list(&conn, year, false).expect("list").len()
}

fn quit(s: &mut Session) {
    s.send("q");
    let st = s
        .wait_exit(Duration::from_secs(5))
        .expect("peka exits after q");
    assert!(st.success(), "peka exit status {st:?}");
}

/// (a) the real binary: spawn until the list header and the loaded position show.
fn first_frame_binary(dir: &Path, db: &Path, rows: &mut Vec<Row>) {
    let header = tx::COL_NIP.get(Lang::Id);
    let pos = format!("1/{}", list_total(db));
    let mut v = vec![];
    for _ in 0..10 {
        let t = Instant::now();
        let mut s = spawn(dir, db);
        s.wait_until(pty::WAIT, |scr| scr.contains(header) && scr.contains(&pos))
            .expect("first frame");
        v.push(ms(t.elapsed()));
        quit(&mut s);
    }
    rows.push(Row::new(
        "(a) start → first frame, real binary in a pty (with process start)",
        "ms",
        v,
        Some(30.0),
    ));
}

/// (b) bytes for one keystroke on the loaded employee list.
fn keystroke_bytes(db: &Path, rows: &mut Vec<Row>) {
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    // A word from a name in the middle of the list: typing its third letter
    // narrows the list, so the visible rows change (the costly filter case).
    let year = chrono::Datelike::year(
        &db::settings::load(&conn)
            .expect("settings")
            .today(chrono::Local::now().date_naive()),
    );
    let all = db::employees::list(&conn, year, false).expect("list");
    let word: Vec<char> = all[all.len() / 2]
        .name
        .split([' ', ',', '.'])
        .find(|w| w.chars().count() >= 5 && !w.contains(['j', 'k', 'J', 'K']))
        .unwrap_or("Nurul")
        .to_lowercase()
        .chars()
        .collect();
    let typed = |n: usize| -> Vec<Action> {
        let mut v = vec![Action::Filter];
        v.extend(word[..n].iter().map(|c| Action::FilterChar(*c)));
        v
    };
    // (name, keys before the measured one + the measured key, repeat from the top?, target, colour)
    type Case = (&'static str, Vec<Action>, bool, Option<f64>, ColorMode);
    let cases: Vec<Case> = vec![
        (
            "(b) bytes for one Down in the employee list",
            vec![Action::Down],
            false,
            Some(200.0),
            ColorMode::Ansi16,
        ),
        (
            "    bytes for one Down, NO_COLOR",
            vec![Action::Down],
            false,
            None,
            ColorMode::None,
        ),
        (
            "    bytes for one PgDn (first from the top, then scrolling)",
            vec![Action::PageDown],
            false,
            None,
            ColorMode::Ansi16,
        ),
        (
            "    bytes for the first filter character ('/' then 'a')",
            vec![Action::Filter, Action::FilterChar('a')],
            true,
            None,
            ColorMode::Ansi16,
        ),
        (
            "    bytes for a narrowing filter character (3rd letter of a name)",
            typed(3),
            true,
            None,
            ColorMode::Ansi16,
        ),
    ];
    for (name, actions, from_top, target, mode) in cases {
        let mut cfg = config(&conn, "bench.db");
        cfg.theme = Theme::new(mode);
        let (mut app, effects) = App::new(cfg);
        settle(&conn, &mut app, effects);
        let (mut term, wire) = terminal();
        term.draw(|f| view::render(f, &app)).expect("draw");
        let mut v = vec![];
        for _ in 0..5 {
            // Every key before the measured one is drawn first, as typed one by one.
            for a in &actions[..actions.len() - 1] {
                let fx = update(&mut app, Msg::Key(*a));
                settle(&conn, &mut app, fx);
                term.draw(|f| view::render(f, &app)).expect("draw");
            }
            wire.take();
            let fx = update(&mut app, Msg::Key(*actions.last().expect("a key")));
            settle(&conn, &mut app, fx);
            term.draw(|f| view::render(f, &app)).expect("draw");
            v.push(wire.take() as f64);
            if from_top {
                // Start the next sample from an empty filter again.
                let fx = update(&mut app, Msg::Key(Action::FilterClear));
                settle(&conn, &mut app, fx);
                term.draw(|f| view::render(f, &app)).expect("draw");
            }
        }
        rows.push(Row::new(name, "B", v, target));
    }
}

/// (c) bytes written while nobody types.
fn idle_bytes(dir: &Path, db: &Path, rows: &mut Vec<Row>) {
    let mut s = spawn(dir, db);
    s.wait_for(&format!("1/{}", list_total(db)));
    s.settle(Duration::from_millis(300));
    let mut v = vec![];
    let mut cpu = vec![];
    for _ in 0..3 {
        let before = s.byte_count();
        let cpu_before = cpu_ms(s.pid());
        std::thread::sleep(Duration::from_secs(2));
        v.push((s.byte_count() - before) as f64);
        cpu.push(cpu_ms(s.pid()) - cpu_before);
    }
    // Cross-check of (b) on the real wire: Down keys, one at a time.
    let mut down = vec![];
    for i in 0..5 {
        let before = s.byte_count();
        s.send(key::DOWN);
        s.wait_for(&format!("{}/{}", i + 2, list_total(db)));
        s.settle(Duration::from_millis(50));
        down.push((s.byte_count() - before) as f64);
    }
    quit(&mut s);
    rows.push(Row::new(
        "    bytes for one Down, real binary in the pty",
        "B",
        down,
        None,
    ));
    rows.push(Row::new(
        "(c) bytes written in 2 s idle (real binary)",
        "B",
        v,
        Some(0.0),
    ));
    rows.push(Row::new(
        "    CPU time used in 2 s idle (10 ms clock ticks)",
        "ms",
        cpu,
        None,
    ));
}

/// User + system CPU time of a process so far, from `/proc/<pid>/stat`.
fn cpu_ms(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("read /proc/<pid>/stat");
    // Fields after the command name (which may hold spaces) start at field 3.
    let rest = &stat[stat.rfind(')').expect("comm") + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f[11].parse::<f64>().expect("utime") + f[12].parse::<f64>().expect("stime");
    // SAFETY: sysconf has no memory effects.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    ticks * 1000.0 / hz
}

fn vm_kb(pid: u32, field: &str) -> f64 {
    let status =
        std::fs::read_to_string(format!("/proc/{pid}/status")).expect("read /proc/<pid>/status");
    let line = status
        .lines()
        .find(|l| l.starts_with(field))
        .expect("field in /proc status");
    line.split_whitespace()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("a number of kB")
}

/// (d) peak RSS after all five tabs and one detail.
fn peak_memory(dir: &Path, db: &Path, rows: &mut Vec<Row>) {
    let mut hwm = vec![];
    for _ in 0..3 {
        let mut s = spawn(dir, db);
        s.wait_for(&format!("1/{}", list_total(db)));
        // Each tab's footer names a key only that tab has; the runner carries out
        // a tab's reads before it draws, so the footer means the data is in.
        for (k, wait) in [
            ("2", tx::DO_OPEN_TRAINING.get(Lang::Id)),
            ("3", tx::DO_SUB_PARTNERS.get(Lang::Id)),
            ("4", tx::DO_SUB_PERIOD.get(Lang::Id)),
            ("5", tx::DO_SUB_MONITORING.get(Lang::Id)),
            ("1", tx::DO_OPEN_EMPLOYEE.get(Lang::Id)),
        ] {
            s.send(k);
            s.wait_for(wait);
        }
        s.send(key::ENTER);
        s.wait_for(&tx::DETAIL_JP_YEARS.get(Lang::Id)[..6]);
        s.settle(Duration::from_millis(200));
        hwm.push(vm_kb(s.pid(), "VmHWM:") / 1024.0);
        s.send(key::ESC);
        s.wait_for(tx::COL_NIP.get(Lang::Id));
        quit(&mut s);
    }
    rows.push(Row::new(
        "(d) peak RSS (VmHWM), 5 tabs + a detail",
        "MB",
        hwm,
        Some(15.0),
    ));
    // Cross-check: the largest peak of any waited-for child of this bench (the
    // `peka seed` run too, when the bench had to seed its data).
    // SAFETY: getrusage fills a zeroed struct.
    let maxrss_kb = unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_CHILDREN, &mut ru);
        ru.ru_maxrss as f64
    };
    rows.push(Row::new(
        "    largest peak of any child (getrusage RUSAGE_CHILDREN)",
        "MB",
        vec![maxrss_kb / 1024.0],
        None,
    ));
}

/// Issue 8: a training's candidates (tab 2, `]` then `v`) — the read behind
/// each list, warm, for the upcoming training with the most candidates.
fn candidate_queries(db: &Path, rows: &mut Vec<Row>) {
    use peka::domain::recommend::Candidates;
    const RUNS: usize = 10;
    let conn = db::open(db, OpenMode::ReadOnly).expect("open");
    let settings = db::settings::load(&conn).expect("settings");
    let today = settings.today(chrono::Local::now().date_naive());
    let id: i64 = conn
        .query_row(
            "SELECT id FROM pelatihan WHERE status IN ('RENCANA', 'PENDAFTARAN')
             ORDER BY tanggal_mulai LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("an upcoming training");
    let targets = settings.jp_targets;
    for (source, name) in [
        (Candidates::Gaps, "training candidates: who needs it (gaps)"),
        (
            Candidates::UnderTarget,
            "training candidates: under JP target",
        ),
        (Candidates::All, "training candidates: everyone in service"),
    ] {
        let run = || {
            let t0 = Instant::now();
            let rows = db::recommend::candidates(&conn, id, today, &|k| targets.of(k), source)
                .expect("candidates");
            assert!(!rows.is_empty());
            ms(t0.elapsed())
        };
        run();
        rows.push(Row::new(
            name,
            "ms",
            (0..RUNS).map(|_| run()).collect(),
            None,
        ));
    }
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument is not supported.
    let (dir, db, source) = data();
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "peka_bench on {source} ({:.1} MB, {} employees listed), terminal {COLS}×{ROWS}",
        size as f64 / 1e6,
        list_total(&db)
    );
    let mut rows = vec![];
    first_frame_in_process(&db, &mut rows);
    first_frame_binary(dir.path(), &db, &mut rows);
    keystroke_bytes(&db, &mut rows);
    idle_bytes(dir.path(), &db, &mut rows);
    peak_memory(dir.path(), &db, &mut rows);
    report_queries(&db, &mut rows);
    candidate_queries(&db, &mut rows);
    print_table(&rows);
}
