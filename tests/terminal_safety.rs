//! Terminal safety (issue 11, "How it is checked"), through the real binary
//! in a pseudo-terminal:
//!
//! - `Ctrl-Z` in a form gives the terminal back (alternate screen left,
//!   cooked mode, cursor shown) and stops the process, as a shell's job
//!   control expects; `SIGCONT` (what `fg` sends) brings the screen back,
//!   drawn whole at the size the window took meanwhile, with the form and
//!   what was typed in it. `Ctrl-Z` during a save stops only once it landed.
//! - A resize while a save waits for another session's lock, and another
//!   right after it lands: the screen is drawn at each new size and the save
//!   lands exactly once.
//!
//! For the first, PEKA must run as a job of a shell: a process whose group
//! has no parent in another group of the session (as a program started
//! straight in a pty is) ignores `SIGTSTP`. So the pty runs this test binary
//! again as a tiny job-control shell (`job_control_shell`, which does nothing
//! without `PEKA_TEST_JOB`): it starts `peka` in a process group of its own,
//! makes that the terminal's foreground group and waits for it.

mod common;
// The employee-form suite's helpers: the demo copy, start and quit.
#[allow(dead_code)]
#[path = "e2e_forms/operator.rs"]
mod operator;

use common::pty::{Session, Spawn, WAIT, key};
use operator::{LANG, bin, demo_copy, open, quit, start};
use peka::i18n::partner_form as px;
use peka::i18n::tui as tx;
use rusqlite::Connection;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const JOB: &str = "PEKA_TEST_JOB";
const JOB_PID: &str = "PEKA_TEST_JOB_PID";

/// The job-control shell: `peka DB` as a foreground job; ends with its code.
#[test]
fn job_control_shell() {
    use std::os::unix::process::CommandExt;
    let Some(db) = std::env::var_os(JOB) else {
        return;
    };
    let mut cmd = Command::new(bin());
    cmd.arg(db);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::setpgid(0, 0);
            // Taking the terminal from a background group: SIGTTOU ignored
            // for the call, then back to its default before exec.
            libc::signal(libc::SIGTTOU, libc::SIG_IGN);
            libc::tcsetpgrp(0, libc::getpid());
            libc::signal(libc::SIGTTOU, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("start peka");
    std::fs::write(
        std::env::var_os(JOB_PID).expect("PEKA_TEST_JOB_PID"),
        child.id().to_string(),
    )
    .unwrap();
    let status = child.wait().unwrap();
    std::process::exit(status.code().unwrap_or(128));
}

/// The state letter of a process (`R`, `S`, `T` for stopped…).
fn state(pid: i32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rfind(')')
        .and_then(|i| stat[i + 2..].chars().next())
        .unwrap_or('?')
}

fn wait_for_state(pid: i32, want: char) -> bool {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if state(pid) == want {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Waits until the terminal is the shell's again: the alternate screen left
/// and cooked mode with echo.
fn given_back(s: &Session) -> bool {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if !s.alternate_screen() && s.cooked() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

/// Opens the first partner's edit form and types `contact` as its contact
/// person (the fifth field).
fn edit_first_partner(s: &mut Session, contact: &str) {
    s.send("3");
    s.wait_for("Perj.");
    s.send("e");
    s.wait_for(px::FORM_EDIT_PARTNER.get(LANG));
    for _ in 0..4 {
        s.send(key::TAB);
    }
    s.send(contact);
    s.wait_for(contact);
}

/// (id, contact person) of the partner the list shows first.
fn first_partner(db: &Path) -> (i64, String) {
    open(db)
        .query_row(
            "SELECT id, narahubung FROM mitra ORDER BY nama COLLATE NOCASE, id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
}

fn audit_entries(db: &Path, id: i64) -> i64 {
    open(db)
        .query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'mitra' AND entitas_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn ctrl_z_in_a_form_gives_the_terminal_back_and_fg_brings_the_form_back_whole() {
    let started = Instant::now();
    let (dir, db) = demo_copy();
    let (mut s, pid) = start_as_job(dir.path(), &db);
    let typed = "Nurul Ctrl Zet";
    edit_first_partner(&mut s, typed);
    assert!(
        s.alternate_screen() && !s.cooked(),
        "the TUI holds the terminal"
    );

    let mark = s.byte_count();
    s.send("\x1a");
    assert!(
        wait_for_state(pid, 'T'),
        "Ctrl-Z in a form did not stop peka (state {}):\n{}",
        state(pid),
        s.screen()
    );
    // Given back before it stopped: the shell's screen, cooked, cursor shown
    // (the pty's reader may still be passing on the last bytes).
    assert!(
        given_back(&s),
        "the alternate screen was not left or the terminal not cooked:\n{}",
        s.screen()
    );
    let after = &s.bytes()[mark..];
    assert!(
        after.windows(6).any(|w| w == b"\x1b[?25h"),
        "the cursor was shown again"
    );

    // The window is made larger while PEKA is stopped, then `fg`: the shell
    // sends SIGCONT to the job.
    s.resize(100, 30);
    // SAFETY: kill(2) with a valid pid and signal.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    let screen = s
        .wait_until(WAIT, |scr| {
            let lines: Vec<&str> = scr.lines().collect();
            scr.contains(px::FORM_EDIT_PARTNER.get(LANG))
                && scr.contains(typed)
                && lines.len() == 30
                && !lines[29].trim().is_empty()
                && lines.iter().any(|l| l.chars().count() > 80)
        })
        .unwrap_or_else(|scr| {
            panic!("the form did not come back at the new size 100×30 after fg:\n{scr}")
        });
    assert!(
        s.alternate_screen() && !s.cooked(),
        "the TUI holds the terminal again"
    );
    assert!(
        screen.lines().next().unwrap_or("").contains("PEKA"),
        "the whole screen was drawn again, the tab bar too:\n{screen}"
    );

    // What was typed is still the form's value: it saves.
    let (id, _) = first_partner(&db);
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| scr.contains("Tersimpan"))
        .unwrap_or_else(|scr| panic!("the save after fg did not land:\n{scr}"));
    assert_eq!(first_partner(&db), (id, typed.to_string()));
    quit(&mut s);
    println!(
        "terminal_safety: Ctrl-Z stopped peka with the terminal restored, SIGCONT after a \
         resize redrew the form at 100×30 with its input, which then saved; {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// Starts `peka DB` under the job-control shell; returns the session and
/// peka's pid once the employee list is shown.
fn start_as_job(dir: &Path, db: &Path) -> (Session, i32) {
    let pid_file = dir.join("peka.pid");
    let s = Session::spawn(Spawn {
        program: &std::env::current_exe().unwrap(),
        args: &[
            "--exact",
            "job_control_shell",
            "--nocapture",
            "--test-threads=1",
        ],
        cwd: dir,
        env: &[
            (JOB, db.to_str().unwrap()),
            (JOB_PID, pid_file.to_str().unwrap()),
        ],
        cols: 80,
        rows: 24,
    });
    s.wait_for(tx::COL_NIP.get(LANG));
    s.wait_for("1/");
    let pid = std::fs::read_to_string(&pid_file)
        .expect("the shell wrote peka's pid")
        .trim()
        .parse()
        .unwrap();
    (s, pid)
}

/// Ctrl-Z while a save waits for another session's lock stops the process
/// only once the save has answered: a stopped session never sits in the
/// middle of a write (others would wait for it until `fg`).
#[test]
fn ctrl_z_during_a_save_stops_only_after_the_save_has_landed() {
    let (dir, db) = demo_copy();
    let (mut s, pid) = start_as_job(dir.path(), &db);
    let typed = "Teuku Tunda";
    edit_first_partner(&mut s, typed);
    let lock = Connection::open(&db).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    s.send(key::CTRL_S);
    s.wait_for("Berkas data sedang dipakai sesi lain");
    s.send("\x1a");
    std::thread::sleep(Duration::from_millis(400));
    assert_ne!(state(pid), 'T', "stopped while its save was under way");
    assert!(
        s.alternate_screen(),
        "the screen is kept while the save waits"
    );
    lock.execute_batch("COMMIT").unwrap();
    drop(lock);
    assert!(
        wait_for_state(pid, 'T'),
        "the Ctrl-Z typed during the save did not stop peka after it:\n{}",
        s.screen()
    );
    assert!(given_back(&s), "terminal given back:\n{}", s.screen());
    assert_eq!(first_partner(&db).1, typed, "saved before it stopped");
    // SAFETY: kill(2) with a valid pid and signal.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGCONT) }, 0);
    s.wait_until(WAIT, |scr| scr.contains("Tersimpan"))
        .unwrap_or_else(|scr| panic!("not redrawn after fg:\n{scr}"));
    quit(&mut s);
}

#[test]
fn a_resize_while_a_save_waits_and_right_after_it_redraws_and_the_save_lands_once() {
    let started = Instant::now();
    let (dir, db) = demo_copy();
    let (id, before) = first_partner(&db);
    let entries = audit_entries(&db, id);
    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    // crossterm watches SIGWINCH from its first read on.
    s.settle(Duration::from_millis(200));
    let typed = "Cut Nyak Resize";
    edit_first_partner(&mut s, typed);

    // Another session holds the write lock: the save waits.
    let lock = Connection::open(&db).unwrap();
    lock.execute_batch("BEGIN IMMEDIATE").unwrap();
    s.send(key::CTRL_S);
    let waiting = "Berkas data sedang dipakai sesi lain";
    s.wait_for(waiting);

    // Resized while it waits: drawn at 100×30, footer on the new last row.
    s.resize(100, 30);
    let redrawn = |s: &Session, rows: usize, what: &str| {
        s.wait_until(WAIT, |scr| {
            let lines: Vec<&str> = scr.lines().collect();
            lines.len() == rows
                && lines[rows - 1].contains(peka::i18n::form::DO_SAVE.get(LANG))
                && scr.contains(what)
        })
        .unwrap_or_else(|scr| panic!("not redrawn at {rows} rows with {what:?}:\n{scr}"))
    };
    let wide = redrawn(&s, 30, waiting);
    assert!(
        wide.lines().any(|l| l.chars().count() > 80),
        "something is drawn beyond column 80:\n{wide}"
    );
    assert!(
        wide.contains(typed),
        "the form still holds the input:\n{wide}"
    );

    lock.execute_batch("COMMIT").unwrap();
    drop(lock);
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan") && !scr.contains(waiting)
    })
    .unwrap_or_else(|scr| panic!("the save did not land after the lock went:\n{scr}"));
    // And right after it landed, smaller.
    s.resize(72, 20);
    s.wait_until(WAIT, |scr| {
        let lines: Vec<&str> = scr.lines().collect();
        lines.len() == 20
            && lines.iter().all(|l| l.chars().count() <= 72)
            && lines[19].contains(tx::DO_QUIT.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("not redrawn at 72×20 after the save:\n{scr}"));
    quit(&mut s);

    assert_ne!(before, typed);
    assert_eq!(
        first_partner(&db),
        (id, typed.to_string()),
        "the save landed"
    );
    assert_eq!(
        audit_entries(&db, id),
        entries + 1,
        "exactly one audited change: the save landed once"
    );
    println!(
        "terminal_safety: resized to 100×30 while the save waited and to 72×20 right after; \
         redrawn each time, saved once; {:.1} s",
        started.elapsed().as_secs_f64()
    );
}
