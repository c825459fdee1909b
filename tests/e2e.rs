//! End-to-end: the real `peka` binary in a pseudo-terminal (design.md §2.5 point 6).
//!
//! Each scenario starts the binary once, on a copy of the demo data in a temp
//! folder (never `sample.db` itself), types keys and reads the screen through a
//! vt100 model of the terminal. What the screen must show is fixed below
//! (`mod sample`), read once from `sample.db` with `sqlite3` — not computed with
//! the `db::` functions the app itself uses, so a query that lists the wrong
//! rows, in the wrong order or with the wrong counts fails here.

mod common;

use common::pty::{Session, Spawn, key};
use peka::db::{self, OpenMode};
use peka::i18n::Lang;
use peka::i18n::tui as tx;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// The repository's `sample.db`, if it has been made.
fn sample() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    p.is_file().then_some(p)
}

/// A temp folder holding `demo.db`: a copy of `sample.db`, or, without one, the
/// same seed (`tests/seed.rs` checks that `sample.db` is exactly this seed).
fn demo_data() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.db");
    match sample() {
        Some(s) => {
            std::fs::copy(&s, &db).expect("copy sample.db");
        }
        None => {
            let out = Command::new(bin())
                .args(["seed", db.to_str().unwrap(), "--as-of", sample::AS_OF])
                .output()
                .expect("run peka seed");
            assert!(
                out.status.success(),
                "peka seed failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    (dir, db)
}

/// What `sample.db` holds, as the screens show it. Read once with `sqlite3 -readonly
/// sample.db` (the queries are beside each value); `sample.db` is deterministic
/// (`peka seed sample.db --as-of 2026-11-28`), so these change only when the seed
/// does — then read them again the same way. "In service" on the reference date:
/// `status IN ('AKTIF','CUTI','TUGAS_BELAJAR') OR tanggal_status > '2026-11-28'`
/// (a change dated ahead has not taken effect yet).
mod sample {
    /// `SELECT nilai FROM pengaturan WHERE kunci = 'tanggal_acuan'`
    pub const AS_OF: &str = "2026-11-28";
    /// `SELECT count(*) FROM pegawai`
    pub const ALL_EMPLOYEES: usize = 1500;
    /// `SELECT count(*) FROM pegawai WHERE <in service>`: the N of `1/N`.
    pub const IN_SERVICE: usize = 1470;
    /// An employee deep in the list (a PPPK teacher of an SD Negeri), so the
    /// filter has to do the work: `SELECT gelar_depan, nama, gelar_belakang,
    /// nip, jenis_asn FROM pegawai WHERE nip = '198911052022211001'` gives
    /// `|Yuswardi Ali|S.Pd.|198911052022211001|PPPK`.
    pub const NAME: &str = "Yuswardi Ali, S.Pd.";
    pub const NIP: &str = "198911052022211001";
    /// His NI PPPK as the detail shows it, grouped for reading.
    pub const NIP_GROUPED: &str = "19891105 2022 21 1 001";
    /// One word of his name, typed into the filter, and how many rows it leaves:
    /// `SELECT count(*) FROM pegawai WHERE <in service> AND (nama LIKE '%yuswardi%'
    /// OR nama_jabatan LIKE '%yuswardi%')` (no unit has the word).
    pub const TYPED: &str = "Yuswardi";
    pub const TYPED_ROWS: usize = 8;
    /// Tab 2, newest start first: `SELECT kode FROM pelatihan ORDER BY
    /// tanggal_mulai DESC LIMIT 1` (starts 2027-02-24).
    pub const NEWEST_TRAINING: &str = "PLT-2027-002";
    /// Tab 3, Mitra by name: `SELECT nama FROM mitra ORDER BY nama COLLATE NOCASE LIMIT 1`.
    pub const FIRST_PARTNER: &str = "Komunitas Belajar Digital Gampong";
    /// Tab 4 opens on the latest period: `SELECT tahun, jenis_periode, periode_ke
    /// FROM evaluasi_kinerja GROUP BY 1, 2, 3 ORDER BY 1 DESC, 3 DESC LIMIT 1`
    /// gives `2026|TRIWULAN|3`.
    pub const PERIOD_TITLE: &str = "Evaluasi Triwulan 3 2026";
    /// Tab 5 counts who served during 2026, as `rekap-jp` does: `peka export
    /// sample.db rekap-jp --year 2026` has 1485 rows (the 1470 in service and
    /// 15 who left during the year), 881 of them with `kekurangan` 0
    /// (881/1485 = 59 %).
    pub const COMPLIANCE_TITLE: &str = "Kepatuhan JP 2026: 881/1485 (59%) · target PNS 20";
}

fn start(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Session {
    Session::spawn(Spawn {
        program: bin(),
        args,
        cwd,
        env,
        cols: 80,
        rows: 24,
    })
}

/// The first `n` characters of `s`: what fits in a narrow column before `…`.
fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn contains_seq(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// The acceptance test: list, the five tabs, filter, detail, quit, and a
/// terminal given back as it was found.
fn acceptance(env: &[(&str, &str)]) {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], env);
    assert!(s.started_cooked, "the pty starts in cooked mode");

    // Employee list: header and the first row.
    s.wait_for(tx::COL_NIP.get(Lang::Id));
    s.wait_for(&format!("1/{}", sample::IN_SERVICE));
    assert!(!s.cooked(), "the TUI runs in raw mode");

    s.send("2");
    s.wait_for(&head(sample::NEWEST_TRAINING, 10));
    s.send("3");
    s.wait_for(tx::SUB_PARTNERS.get(Lang::Id));
    s.wait_for(&head(sample::FIRST_PARTNER, 10));
    s.send("4");
    s.wait_for(sample::PERIOD_TITLE);
    s.send("5");
    s.wait_for(sample::COMPLIANCE_TITLE);

    // Back to the list and filter by part of a real name.
    s.send("1");
    s.wait_for(&format!("1/{}", sample::IN_SERVICE));
    s.send("/");
    s.wait_for(tx::FILTER_PROMPT.get(Lang::Id));
    let (prompt, typed) = (
        tx::FILTER_PROMPT.get(Lang::Id),
        sample::TYPED.to_lowercase(),
    );
    s.send(&typed);
    let narrowed = s
        .wait_until(common::pty::WAIT, |scr| {
            // Every character has arrived, and the rows show the name.
            scr.contains(&format!("{prompt}{typed}"))
                && scr.contains(&format!("(dari {})", sample::IN_SERVICE))
                && scr.contains(sample::TYPED)
        })
        .unwrap_or_else(|scr| {
            panic!(
                "the filter {:?} did not narrow the list:\n{scr}",
                sample::TYPED
            )
        });
    let position = narrowed
        .lines()
        .find_map(|l| l.split_whitespace().find(|w| w.starts_with("1/")))
        .expect("a 1/N position");
    let shown: usize = position[2..].parse().expect("N in 1/N");
    assert_eq!(
        shown,
        sample::TYPED_ROWS,
        "the filter {:?} leaves its rows:\n{narrowed}",
        sample::TYPED
    );
    assert!(
        narrowed.contains(sample::NIP),
        "the chosen employee {} is on screen:\n{narrowed}",
        sample::NIP
    );

    // Put the cursor on the chosen employee, then open the detail.
    s.send(key::ENTER);
    // The filter stays; the footer offers the list's keys again.
    s.wait_for(&format!(
        "{} {}",
        tx::KEY_ENTER.get(Lang::Id),
        tx::DO_OPEN_EMPLOYEE.get(Lang::Id)
    ));
    for _ in 0..shown {
        let scr = s.screen();
        let sel = selected_row(&s);
        if sel.contains(sample::NIP) {
            break;
        }
        s.send(key::DOWN);
        s.wait_until(common::pty::WAIT, |now| now != scr)
            .expect("the cursor moved");
    }
    assert!(
        selected_row(&s).contains(sample::NIP),
        "the cursor reached {}:\n{}",
        sample::NIP,
        s.screen()
    );
    s.send(key::ENTER);
    // The detail's first line is "<name>  <NIP grouped>"; the list shows the NIP ungrouped.
    let detail = s.wait_for(sample::NIP_GROUPED);
    assert!(
        detail.contains(&head(sample::NAME, 30)),
        "the detail is {}'s:\n{detail}",
        sample::NAME
    );
    // "Profil kompetensi": below the profile and the JP lines, maybe one page down.
    let competencies = head(tx::DETAIL_COMPETENCIES.get(Lang::Id), 17);
    if !s.screen().contains(&competencies) {
        s.send(key::PGDN);
    }
    s.wait_for(&competencies);
    s.send(key::ESC);
    s.wait_gone(&competencies);
    s.wait_for(tx::COL_NIP.get(Lang::Id));

    // Quit: exit 0, and the terminal is given back.
    let before_quit = s.byte_count();
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit after q:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");
    assert!(s.eof(), "the child closed the terminal");
    let bytes = s.bytes();
    let tail = &bytes[before_quit..];
    let leave = contains_seq(tail, b"\x1b[?1049l").expect("left the alternate screen");
    let show = contains_seq(tail, b"\x1b[?25h").expect("showed the cursor");
    assert!(
        contains_seq(tail, b"\x1b[?2004l").is_some(),
        "bracketed paste switched off"
    );
    // Nothing takes the terminal again after it was given back.
    let after = &tail[leave.min(show)..];
    for again in [&b"\x1b[?1049h"[..], b"\x1b[?25l", b"\x1b[?2004h"] {
        assert!(
            contains_seq(after, again).is_none(),
            "{:?} after the restore",
            String::from_utf8_lossy(again)
        );
    }
    assert!(s.cooked(), "raw mode is off after exit");
    assert!(!s.alternate_screen(), "the main screen is back");
    let screen = s.screen();
    assert!(
        screen.trim().is_empty(),
        "nothing was printed on the main screen:\n{screen}"
    );
}

/// The row drawn in reverse video (the selection), as text.
fn selected_row(s: &Session) -> String {
    s.selected_line().unwrap_or_default()
}

#[test]
fn acceptance_in_colour() {
    acceptance(&[]);
}

#[test]
fn acceptance_without_colour() {
    acceptance(&[("NO_COLOR", "1")]);
}

/// While filtering, every printable key is text: "Teuku" must be typeable.
#[test]
fn filter_takes_j_and_k_as_text() {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], &[]);
    s.wait_for("1/");
    s.send("/");
    s.wait_for(tx::FILTER_PROMPT.get(Lang::Id));
    s.send("teuku");
    s.wait_for(&format!("{}teuku", tx::FILTER_PROMPT.get(Lang::Id)));
    s.send(key::ESC);
    s.wait_gone(tx::FILTER_PROMPT.get(Lang::Id).trim_end());
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(5))
            .is_some_and(|st| st.success())
    );
}

/// Issue 11 item 5: `Esc` and the next key written in one read (a slow SSH
/// link, a fast typist) are the two keys typed — the detail closes and the
/// key acts on the list — not an Alt chord that does nothing.
#[test]
fn esc_and_a_key_in_one_read_are_two_keys() {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], &[]);
    s.wait_for("1/");
    s.send(key::ENTER);
    s.wait_for("JP per tahun");
    // One write: ESC then "2".
    s.send("\x1b2");
    s.wait_for("Peserta");
    let scr = s.screen();
    assert!(!scr.contains("JP per tahun"), "the detail closed:\n{scr}");
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(5))
            .is_some_and(|st| st.success())
    );
}

/// Ctrl-L clears the terminal and draws the whole screen again: what
/// another program wrote over it is gone, and the frame is all there.
#[test]
fn ctrl_l_draws_the_whole_screen_again() {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], &[("NO_COLOR", "1")]);
    s.wait_for("1/");
    s.settle(Duration::from_millis(300));
    let before = s.screen();
    let from = s.byte_count();
    s.send(key::CTRL_L);
    s.settle(Duration::from_millis(300));
    let bytes = s.bytes()[from..].to_vec();
    assert!(
        contains_seq(&bytes, b"\x1b[2J").is_some(),
        "{:?}",
        String::from_utf8_lossy(&bytes)
    );
    assert_eq!(s.screen(), before);
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(5))
            .is_some_and(|st| st.success())
    );
}

/// Issue 12: rows the terminal already shows are moved by it (a scroll
/// region, lines deleted or inserted) rather than sent again. Whatever was
/// moved, written or left, the screen after scrolling a list both ways,
/// filtering it and scrolling the help is cell for cell (characters,
/// colours, attributes) the screen `Ctrl-L` draws afresh.
#[test]
fn moved_rows_leave_the_screen_a_full_redraw_draws() {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], &[]);
    s.wait_for("1/");
    let quiet = Duration::from_millis(250);
    let check = |s: &mut Session, what: &str| {
        s.settle(quiet);
        let shown = s.screen_cells();
        let text = s.screen();
        s.send(key::CTRL_L);
        s.settle(quiet);
        let redrawn = s.screen_cells();
        let differ: Vec<_> = shown
            .iter()
            .zip(&redrawn)
            .filter(|(a, b)| a != b)
            .take(5)
            .collect();
        assert!(
            differ.is_empty(),
            "after {what}, cells differ from the redraw: {differ:?}\nthe screen was:\n{text}\nredrawn:\n{}",
            s.screen()
        );
    };
    s.send(&key::DOWN.repeat(30));
    check(&mut s, "30 Down");
    s.send(&key::UP.repeat(25));
    check(&mut s, "25 Up");
    s.send("/sa");
    check(&mut s, "/sa");
    s.send("\x7f");
    check(&mut s, "Backspace");
    s.send(key::ESC);
    s.send("2");
    s.wait_for(tx::COL_CODE.get(Lang::Id));
    s.send(&"j".repeat(30));
    check(&mut s, "tab 2, 30 j");
    s.send("1?");
    s.send(&key::DOWN.repeat(12));
    check(&mut s, "the help, 12 Down");
    s.send(key::ESC);
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(5))
            .is_some_and(|st| st.success())
    );
}

/// Issue 11 item 5: SIGTERM, or SIGHUP when an SSH connection drops, in the
/// middle of a form: the terminal is given back, the program ends with 128
/// plus the signal, and nothing of the form was written.
#[test]
fn sigterm_and_sighup_give_the_terminal_back_and_write_nothing() {
    for sig in [libc::SIGTERM, libc::SIGHUP] {
        let (dir, db) = demo_data();
        let count = |db: &Path| -> i64 {
            let c = rusqlite::Connection::open(db).unwrap();
            c.query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))
                .unwrap()
        };
        let before = count(&db);
        let mut s = start(dir.path(), &[db.to_str().unwrap()], &[]);
        s.wait_for("1/");
        assert!(s.alternate_screen());
        s.send("n");
        s.wait_for("NIP");
        s.send("199001012015031001");
        s.settle(Duration::from_millis(200));
        // SAFETY: kill(2) on the child's pid with a valid signal number.
        unsafe {
            libc::kill(s.pid() as libc::pid_t, sig);
        }
        let status = s
            .wait_exit(Duration::from_secs(5))
            .expect("the program ends");
        assert_eq!(status.exit_code(), 128 + sig as u32, "signal {sig}");
        assert!(!s.alternate_screen(), "the terminal is given back");
        assert_eq!(count(&db), before, "nothing of the form was written");
        let c = rusqlite::Connection::open(&db).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
    }
}

/// `peka --demo` in an empty folder makes `peka-demo.db` there from `sample.db`
/// and never changes `sample.db` itself.
#[test]
fn demo_makes_a_scratch_copy_and_leaves_sample_db_alone() {
    let cwd = tempfile::tempdir().expect("temp dir");
    // The binary looks in the current folder first, then in the source tree it
    // was built from; without a repository sample.db, put a seeded one here.
    let (_seed_dir, sample) = match sample() {
        Some(s) => (None, s),
        None => {
            let (dir, db) = demo_data();
            let here = cwd.path().join("sample.db");
            std::fs::copy(&db, &here).expect("copy the seed");
            (Some(dir), here)
        }
    };
    let before = std::fs::read(&sample).expect("read sample.db");
    let demo = cwd.path().join(peka::tui::DEMO_DB);
    assert!(!demo.exists());

    let mut s = start(cwd.path(), &["--demo"], &[]);
    s.wait_for(tx::COL_NIP.get(Lang::Id));
    s.wait_for("1/");
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka --demo did not exit:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");

    assert!(demo.is_file(), "{} was made", demo.display());
    let conn = db::open(&demo, OpenMode::ReadOnly).expect("the demo copy is a PEKA database");
    let rows = db::employees::list(&conn, 2026, true).expect("employees in the copy");
    assert_eq!(
        rows.len(),
        sample::ALL_EMPLOYEES,
        "the demo copy holds the sample data"
    );
    assert!(
        std::fs::read(&sample).expect("read sample.db again") == before,
        "sample.db changed"
    );
}

/// Runs `peka DB` without a terminal and returns (exit code, stderr).
fn run_plain(args: &[&str], cwd: &Path) -> (i32, String) {
    let out = Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("RUST_BACKTRACE")
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run peka");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn assert_one_clear_line(what: &str, code: i32, stderr: &str, names: &str) {
    assert_eq!(code, 2, "{what}: exit code (stderr: {stderr:?})");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{what}: stderr is one line: {stderr:?}");
    assert!(
        !lines[0].trim().is_empty(),
        "{what}: the line says something"
    );
    assert!(
        lines[0].contains(names),
        "{what}: the message names {names:?}: {stderr:?}"
    );
    for bad in ["panicked", "RUST_BACKTRACE", "backtrace"] {
        assert!(!stderr.contains(bad), "{what}: {bad:?} in {stderr:?}");
    }
}

/// A file PEKA must refuse, and what it holds before, to check it is left alone.
fn bad_files(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let not_db = dir.join("catatan.db");
    std::fs::write(&not_db, "ini bukan basis data\n".repeat(200)).expect("write a text file");

    let newer = dir.join("baru.db");
    {
        let conn = rusqlite::Connection::open(&newer).expect("create");
        conn.execute_batch("CREATE TABLE t (x); PRAGMA user_version = 999;")
            .expect("set user_version");
    }

    let locked = dir.join("terkunci.db");
    drop(db::open(&locked, OpenMode::CreateIfMissing).expect("create a valid db"));
    for side in ["terkunci.db-wal", "terkunci.db-shm"] {
        let _ = std::fs::remove_file(dir.join(side));
    }
    let mut perm = std::fs::metadata(&locked).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o444);
    std::fs::set_permissions(&locked, perm).expect("chmod 0444");

    vec![
        ("not SQLite", not_db),
        ("user_version 999", newer),
        ("read-only file", locked),
    ]
}

#[test]
fn bad_database_paths_give_one_clear_line_and_exit_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (code, err) = run_plain(&["/nonexistent/dir/x.db"], dir.path());
    assert_one_clear_line("missing folder", code, &err, "/nonexistent/dir");
    assert!(!Path::new("/nonexistent/dir").exists());

    for (what, path) in bad_files(dir.path()) {
        let before = std::fs::read(&path).expect("read");
        let name = path.file_name().unwrap().to_str().unwrap();
        let (code, err) = run_plain(&[path.to_str().unwrap()], dir.path());
        assert_one_clear_line(what, code, &err, name);
        // Refused means untouched, byte for byte (no WAL switch, no change counter).
        assert!(
            std::fs::read(&path).expect("read") == before,
            "{what}: the refused file was changed"
        );
        assert!(
            !dir.path().join(format!("{name}-wal")).exists(),
            "{what}: a WAL file was left beside it"
        );
    }
    // Without a terminal a good path is refused too, and nothing is created.
    let fresh = dir.path().join("baru-sekali.db");
    let (code, err) = run_plain(&[fresh.to_str().unwrap()], dir.path());
    assert_eq!(code, 2, "no terminal: {err:?}");
    assert_eq!(err.lines().count(), 1, "no terminal: one line: {err:?}");
    assert!(!fresh.exists(), "no file is created without a terminal");
}

/// In a terminal the same refusal comes before the screen is taken over.
#[test]
fn bad_database_in_a_terminal_is_reported_before_the_screen_is_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("catatan.db");
    std::fs::write(&path, "ini bukan basis data\n".repeat(200)).expect("write a text file");
    let mut s = start(dir.path(), &[path.to_str().unwrap()], &[]);
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit:\n{}", s.screen()));
    assert_eq!(status.exit_code(), 2, "{}", s.screen());
    let bytes = s.bytes();
    assert!(
        contains_seq(&bytes, b"\x1b[?1049h").is_none(),
        "the alternate screen was entered"
    );
    let screen = s.screen();
    let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(
        !lines.is_empty() && lines[0].contains("catatan.db"),
        "the message names the file:\n{screen}"
    );
    assert!(!screen.contains("panicked"), "{screen}");
}

/// A tiny terminal gets the "too small" screen; growing back shows the list;
/// the process survives both.
#[test]
fn resizing_to_tiny_and_back_never_kills_the_app() {
    let (dir, db) = demo_data();
    let mut s = start(dir.path(), &[db.to_str().unwrap()], &[]);
    s.wait_for(tx::COL_NIP.get(Lang::Id));
    let list = s.wait_for("1/");
    // Let the runner reach its first `event::read`: crossterm only watches
    // SIGWINCH from then on, so a resize in the few ms before is not seen.
    s.settle(Duration::from_millis(200));
    s.resize(30, 8);
    s.wait_for(tx::TOO_SMALL_TITLE.get(Lang::Id));
    s.resize(80, 24);
    s.wait_for(tx::COL_NIP.get(Lang::Id));
    let back = s.wait_for("1/");
    assert_eq!(
        back.lines().nth(2),
        list.lines().nth(2),
        "the first row is the same after the round trip"
    );
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");
}
