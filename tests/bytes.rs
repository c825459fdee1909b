//! Byte budgets (design.md §2.5 point 5): what one keystroke costs on the wire.
//!
//! The app is rendered into a `CrosstermBackend<Vec<u8>>` of 80×24 with a fixed
//! viewport (no terminal queries), fed through the same `update` the runner uses,
//! and the bytes each frame writes are counted. Over a slow SSH link every byte
//! is latency, so a cursor move must stay a small diff, not a repaint.
//! Idle costs are measured on the real binary in a pty (nothing drawn, no CPU).

mod common;

use common::screen::{draw, terminal};

use chrono::NaiveDate;
use peka::db::model::{EmployeeRow, Settings};
use peka::i18n::Lang;
use peka::tui::app::{App, AppConfig, Loaded, Msg, update};
use peka::tui::keymap::{self, Action, Screen};
use peka::tui::theme::{ColorMode, Theme};
use peka::tui::view;
use ratatui::Terminal;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Issue 12's budget for moving the cursor one row down in the employee
/// list, with the cursor row highlighted across its whole width.
const DOWN_BUDGET: usize = 250;
/// A regression guard that catches a move turning into a repaint of more
/// lines.
const DOWN_CEILING: usize = 320;

fn rows(n: usize) -> Vec<EmployeeRow> {
    (0..n)
        .map(|i| {
            let nip = format!("{}", 198_001_012_005_011_000u64 + i as u64);
            let mut r = EmployeeRow::new(i as i64 + 1, &nip, &format!("Pegawai Contoh Nomor {i}"));
            r.golongan = ["III/a", "III/b", "IV/a", "II/c"][i % 4].into();
            r.position = format!("Analis Kebijakan {}", i % 7).into();
            r.unit = ["BKPSDM", "Dinkes", "Disdik", "Bappeda"][i % 4].into();
            r.jp_year = (i % 30) as f64;
            r
        })
        .collect()
}

fn app(mode: ColorMode) -> App {
    let (mut app, effects) = App::new(AppConfig {
        lang: Lang::Id,
        theme: Theme::new(mode),
        read_only: false,
        db_label: "fixture.db".into(),
        settings: Settings {
            minutes_per_jp: 45,
            target_jp: 20.0,
            jp_targets: peka::domain::jp::JpTargets::default(),
            warn_days: 90,
            retirement_months: 12,
            logbook_days: 14,
            follow_up_months: 3,
            reference_date: NaiveDate::from_ymd_opt(2026, 11, 28),
        },
        real_today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        width: 80,
        height: 24,
    });
    assert!(!effects.is_empty(), "the first screen asks for its rows");
    let more = update(&mut app, Msg::Loaded(Loaded::Employees(rows(200))));
    assert!(more.is_empty(), "loading the list needs no further reads");
    app
}

/// Bytes of the first frame and of the frame after `action`, and the latter's text.
fn bytes_for(mode: ColorMode, action: Action) -> (usize, usize, String) {
    let mut app = app(mode);
    let (mut term, wire) = terminal();
    let first = draw(&mut term, &wire, &mut app);
    let effects = update(&mut app, Msg::Key(action));
    assert!(
        effects.is_empty(),
        "{action:?} on a loaded list needs no read"
    );
    let n = draw(&mut term, &wire, &mut app);
    let text = String::from_utf8_lossy(&wire.0.borrow()).into_owned();
    (first, n, text)
}

/// Screen rows (1-based) the output moves the cursor to with `CSI row;col H`.
fn rows_touched(out: &str) -> Vec<u16> {
    let mut rows = Vec::new();
    for part in out.split("\x1b[").skip(1) {
        let end = part
            .find(|c: char| !(c.is_ascii_digit() || c == ';'))
            .unwrap_or(part.len());
        if part[end..].starts_with('H')
            && let Some(row) = part[..end].split(';').next().and_then(|r| r.parse().ok())
        {
            rows.push(row);
        }
    }
    rows
}

#[test]
fn one_row_down_rewrites_only_the_two_rows_and_the_position() {
    for mode in [ColorMode::Ansi16, ColorMode::None] {
        let (first, down, out) = bytes_for(mode, Action::Down);
        assert!(
            first > 1_000,
            "{mode:?}: the first frame paints the screen ({first} B)"
        );
        // Rows 4 and 5 (1-based) are the first two table rows under the tab
        // bar, the sub-list bar and the header; row 23 is the status line with
        // the "n/N" position.
        let mut rows = rows_touched(&out);
        rows.dedup();
        assert_eq!(
            rows,
            vec![4, 5, 23],
            "{mode:?}: Down touched other lines: {out:?}"
        );
        assert!(
            down <= DOWN_CEILING,
            "{mode:?}: one Down wrote {down} B, more than {DOWN_CEILING} B: {out:?}"
        );
    }
}

/// Issue 12's budget for one row move at 80×24: ≤ 250 B with the cursor row
/// highlighted across its whole width (design.md's older figure, 200 B, was
/// for a cursor on the first column only). The frame's style changes are
/// squeezed on the way out (`tui::wire`), as in the app.
#[test]
fn one_row_down_with_the_whole_row_highlighted_fits_the_250_byte_budget() {
    for mode in [ColorMode::Ansi16, ColorMode::None] {
        let (_, down, out) = bytes_for(mode, Action::Down);
        eprintln!("{mode:?}: one Down = {down} B");
        assert!(
            down <= DOWN_BUDGET,
            "{mode:?}: one Down wrote {down} B, budget {DOWN_BUDGET} B: {out:?}"
        );
    }
}

/// The app's output path with a vt100 terminal behind it: each frame's
/// bytes are counted and fed to the terminal, whose cells (text and
/// highlight) must then equal a fresh render of the same model.
struct Watched {
    term: common::screen::VecTerm,
    wire: common::screen::Wire,
    parser: vt100::Parser,
}

impl Watched {
    fn new(app: &mut App) -> Watched {
        let (mut term, wire) = terminal();
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut parser = vt100::Parser::new(nz(24), nz(80), 0);
        draw(&mut term, &wire, app);
        parser.process(&wire.0.borrow());
        Watched { term, wire, parser }
    }

    /// The bytes of the frame after `action`, checked against a fresh render.
    fn step(&mut self, app: &mut App, action: Action, what: &str) -> usize {
        use ratatui::backend::TestBackend;
        use ratatui::style::Modifier;
        update(app, Msg::Key(action));
        let n = draw(&mut self.term, &self.wire, app);
        self.parser.process(&self.wire.0.borrow());
        let mut fresh = Terminal::new(TestBackend::new(80, 24)).unwrap();
        fresh.draw(|f| view::render(f, app)).unwrap();
        let buf = fresh.backend().buffer();
        for y in 0..24u16 {
            for x in 0..80u16 {
                let want = &buf[(x, y)];
                let got = self.parser.screen().cell(y, x).unwrap();
                let text = if got.has_contents() {
                    got.contents()
                } else {
                    " "
                };
                assert_eq!(
                    (text, got.inverse()),
                    (want.symbol(), want.modifier.contains(Modifier::REVERSED)),
                    "cell ({x}, {y}) after {what} ({action:?})"
                );
            }
        }
        n
    }
}

/// Issue 12: a row move past the last row shown scrolls the list, and every
/// row it shows changes — yet the terminal already holds all of them but
/// one, a row higher. Written again they cost about 1,260 B a `Down`; the
/// terminal moves them instead (`tui::shift`), so scrolling row by row
/// keeps the row-move budget. Each frame leaves the screen a fresh
/// terminal shows: the same characters, the same highlighted cells.
#[test]
fn a_row_move_that_scrolls_the_list_fits_the_250_byte_budget_and_leaves_the_right_screen() {
    for mode in [ColorMode::Ansi16, ColorMode::None] {
        let mut app = app(mode);
        let mut w = Watched::new(&mut app);
        let keys = std::iter::repeat_n(Action::Down, 45).chain(std::iter::repeat_n(Action::Up, 45));
        let (mut scrolled, mut worst) = (0, 0);
        for (i, action) in keys.enumerate() {
            let top_before = app.employees.list.nav.offset;
            let n = w.step(&mut app, action, &format!("{mode:?} key {i}"));
            if app.employees.list.nav.offset != top_before {
                scrolled += 1;
                worst = worst.max(n);
                assert!(
                    n <= DOWN_BUDGET,
                    "{mode:?}: key {i} ({action:?}) scrolled the list with {n} B: {:?}",
                    w.wire.text()
                );
            }
        }
        eprintln!("{mode:?}: {scrolled} scrolling moves, the largest {worst} B");
        assert!(
            scrolled >= 40,
            "{mode:?}: the list scrolled {scrolled} times"
        );
    }
}

/// The help scrolls a line at a time the same way: it covers the whole
/// width of the rows it takes, so its lines move as whole rows (with the
/// list's edges beside the box each row differed: about 1,200 B a line).
#[test]
fn a_line_scrolled_in_the_help_fits_the_row_move_budget() {
    for mode in [ColorMode::Ansi16, ColorMode::None] {
        let mut app = app(mode);
        let mut w = Watched::new(&mut app);
        w.step(&mut app, Action::Help, "opening the help");
        let keys = std::iter::repeat_n(Action::Down, 15).chain(std::iter::repeat_n(Action::Up, 15));
        let mut moved = 0;
        for (i, action) in keys.enumerate() {
            let before = app.help_scroll;
            let n = w.step(&mut app, action, &format!("{mode:?} help key {i}"));
            if app.help_scroll != before {
                moved += 1;
                assert!(
                    n <= DOWN_BUDGET,
                    "{mode:?}: help key {i} ({action:?}) wrote {n} B: {:?}",
                    w.wire.text()
                );
            }
        }
        assert!(moved >= 20, "{mode:?}: the help scrolled {moved} times");
    }
}

/// Following a row from the NIP to the JP: after a move every cell of the
/// new cursor row is reversed, and none of the row it left.
#[test]
fn the_cursor_row_is_highlighted_across_its_whole_width() {
    use ratatui::backend::TestBackend;
    use ratatui::style::Modifier;
    let mut app = app(ColorMode::None);
    update(&mut app, Msg::Key(Action::Down));
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| view::render(f, &app)).unwrap();
    let buf = term.backend().buffer();
    let reversed = |y: u16| {
        (0..80)
            .filter(|&x| buf[(x, y)].modifier.contains(Modifier::REVERSED))
            .count()
    };
    // Screen rows 3 and 4 (0-based) are the first two table rows.
    assert_eq!(reversed(4), 80, "the cursor row, all 80 columns");
    assert_eq!(reversed(3), 0, "the row the cursor left");
}

#[test]
fn the_selection_really_moved_in_the_model() {
    let mut app = app(ColorMode::Ansi16);
    assert_eq!(app.employees.list.nav.selected, 0);
    update(&mut app, Msg::Key(Action::Down));
    assert_eq!(app.employees.list.nav.selected, 1);
}

/// design.md §2.3: nothing is drawn while nobody types — 0 bytes, ~0 CPU. This
/// runs the real binary in a pty on a copy of the demo data, so it measures the
/// real loop and the real output path (a timer, a redraw of an unchanged
/// screen, a busy poll would all show here), and checks the loop is alive by
/// answering one key with a small diff before and after the quiet windows.
#[cfg(target_os = "linux")]
#[test]
fn the_real_binary_sends_nothing_and_spends_no_cpu_while_nobody_types() {
    use common::pty::{Session, Spawn, key};
    use std::time::Duration;
    const QUIET: Duration = Duration::from_millis(1500);
    /// CPU the idle window may cost: clock-tick noise, far below a busy loop's.
    const CPU_CEILING_MS: f64 = 60.0;

    let (dir, db) = demo_data();
    let mut s = Session::spawn(Spawn {
        program: std::path::Path::new(env!("CARGO_BIN_EXE_peka")),
        args: &[db.to_str().unwrap()],
        cwd: dir.path(),
        env: &[],
        cols: 80,
        rows: 24,
    });
    let first = s.wait_for("1/");
    let total = first
        .split_whitespace()
        .find_map(|w| w.strip_prefix("1/"))
        .expect("the 1/N position")
        .to_string();
    // The first frame and its follow-ups are out once the wire is quiet.
    s.settle(Duration::from_millis(300));
    for window in 0..2 {
        let (bytes, cpu) = (s.byte_count(), s.cpu_ms());
        std::thread::sleep(QUIET);
        let (sent, spent) = (s.byte_count() - bytes, s.cpu_ms() - cpu);
        assert_eq!(
            sent,
            0,
            "window {window}: {sent} B sent in {QUIET:?} with no input:\n{}",
            s.screen()
        );
        assert!(
            spent <= CPU_CEILING_MS,
            "window {window}: {spent} ms of CPU in {QUIET:?} with no input"
        );
        // The loop is alive: a key is answered at once, with a small diff.
        let before = s.byte_count();
        s.send(key::DOWN);
        s.wait_for(&format!("{}/{total}", window + 2));
        s.settle(Duration::from_millis(100));
        let down = s.byte_count() - before;
        assert!(
            down > 0 && down <= DOWN_CEILING,
            "window {window}: one Down on the wire cost {down} B"
        );
    }
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit after q:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");
}

/// A temp folder holding a copy of `sample.db` (never `sample.db` itself), or a
/// small fresh seed when the repository has none.
fn demo_data() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.db");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, &db).expect("copy sample.db");
    } else {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
            .args(["seed", db.to_str().unwrap(), "--employees", "300"])
            .output()
            .expect("run peka seed");
        assert!(out.status.success(), "peka seed failed: {out:?}");
    }
    (dir, db)
}

#[test]
fn unbound_keys_produce_no_message_and_so_no_frame() {
    let unbound = [KeyCode::F(12), KeyCode::Insert, KeyCode::Char('z')];
    for screen in [
        Screen::EmployeeList,
        Screen::EmployeeDetail,
        Screen::TrainingList,
        Screen::Agreements,
        Screen::Internships,
        Screen::Monitoring,
    ] {
        for code in unbound {
            let key = KeyEvent::new(code, KeyModifiers::NONE);
            assert_eq!(
                keymap::resolve(screen, &key),
                None,
                "{code:?} on {screen:?} should do nothing"
            );
        }
    }
    // The same key while filtering is text, so the table is not simply empty.
    let z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::NONE);
    assert_eq!(
        keymap::resolve(Screen::Filter, &z),
        Some(Action::FilterChar('z'))
    );
}

/// design.md / issue 12: one character typed into a form field costs at most
/// this many bytes on the wire (the character, the cursor, nothing else).
const TYPED_CHAR_BUDGET: usize = 64;

#[test]
fn one_character_typed_into_a_form_fits_the_64_byte_budget() {
    for mode in [ColorMode::None, ColorMode::Ansi16] {
        let mut app = app(mode);
        let (mut term, wire) = terminal();
        draw(&mut term, &wire, &mut app);
        let effects = update(&mut app, Msg::Key(Action::New));
        assert!(
            effects.is_empty(),
            "the new-employee form opens without a read: {effects:?}"
        );
        assert!(app.form.is_some(), "n opens the form");
        draw(&mut term, &wire, &mut app);
        // To the name field (typing a NIP also fills the birth date and sex:
        // more than one character's worth on purpose).
        for _ in 0..10 {
            if app.form.as_ref().unwrap().form.focus_key() == "nama" {
                break;
            }
            update(
                &mut app,
                Msg::FormKey(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)),
            );
        }
        assert_eq!(app.form.as_ref().unwrap().form.focus_key(), "nama");
        draw(&mut term, &wire, &mut app);
        let mut sizes = Vec::new();
        for c in "Cut Nyak Dhien".chars() {
            let fx = update(
                &mut app,
                Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
            );
            assert!(fx.is_empty(), "typing needs no read");
            sizes.push(draw(&mut term, &wire, &mut app));
        }
        eprintln!("{mode:?}: bytes per typed character in the name field: {sizes:?}");
        // The first key replaces the (empty) value; every later one appends.
        let worst = sizes.iter().skip(1).copied().max().unwrap();
        assert!(
            worst <= TYPED_CHAR_BUDGET,
            "{mode:?}: {sizes:?} bytes per typed character (budget {TYPED_CHAR_BUDGET})"
        );
        assert!(
            sizes.iter().all(|&n| n > 0),
            "each character is drawn: {sizes:?}"
        );
    }
}
