//! A session keeps its hold on the file when it opens a second connection
//! (found by hand, 2026-12-02). The TUI opens a read-only connection beside
//! its first one; opening it through `db::open` read the file's header with
//! a file handle of its own, and closing any handle on a file drops every
//! POSIX lock the process holds on it. The first connection so lost the
//! shared lock by which a connection in WAL mode keeps other processes from
//! taking the file whole. The next program to close the file then believed
//! it was the last one, checkpointed and deleted the `-wal` and `-shm`, and
//! the session went on saving into a deleted file: "Tersimpan" on screen,
//! nothing in the database (seen with the sqlite3 3.40 shell reading the
//! file while a TUI session was open; the bundled SQLite 3.54 happens to
//! check more before it deletes).
//!
//! The probe is another process (this test binary again, running only
//! `probe` with `PEKA_LOCK_DB` set; without it that test does nothing): it
//! asks the system whether a write lock on SQLite's shared-lock bytes would
//! be refused, as it is while any connection holds the file.

use peka::db::{self, OpenMode};
use std::path::Path;
use std::process::Command;

const ENV_DB: &str = "PEKA_LOCK_DB";

/// SQLite's shared-lock bytes: from the pending byte (1 GiB) + 2, 510 bytes.
const SHARED_FIRST: i64 = 0x4000_0000 + 2;
const SHARED_SIZE: i64 = 510;

#[test]
fn probe() {
    use std::os::fd::AsRawFd;
    let Some(path) = std::env::var_os(ENV_DB) else {
        return;
    };
    let file = std::fs::File::open(&path).unwrap();
    // SAFETY: a zeroed flock is a valid value; F_GETLK only fills it in.
    let mut lock: libc::flock = unsafe { std::mem::zeroed() };
    lock.l_type = libc::F_WRLCK as _;
    lock.l_whence = libc::SEEK_SET as _;
    lock.l_start = SHARED_FIRST as _;
    lock.l_len = SHARED_SIZE as _;
    // SAFETY: a valid descriptor and a flock the call may write.
    let rc = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLK, &mut lock) };
    assert_eq!(rc, 0);
    let held = i32::from(lock.l_type) != libc::F_UNLCK;
    println!("held={held} by={}", lock.l_pid);
}

/// Whether another process finds the file held.
fn held_for_others(path: &Path) -> bool {
    let out = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "probe", "--nocapture", "--test-threads", "1"])
        .env(ENV_DB, path)
        .output()
        .expect("run the probe");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    // The harness may print its own words before it on the same line.
    let line = text
        .lines()
        .find_map(|l| l.find("held=").map(|at| &l[at..]))
        .unwrap_or_else(|| panic!("no answer from the probe: {text}"));
    assert!(
        line == "held=false by=0" || line.ends_with(&format!("by={}", std::process::id())),
        "held by another process: {line}"
    );
    line.starts_with("held=true")
}

#[test]
fn a_session_opening_its_second_connection_still_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bersama.db");
    drop(db::open(&path, OpenMode::CreateIfMissing).unwrap());
    assert!(!held_for_others(&path));

    let conn = db::open(&path, OpenMode::ReadWrite).unwrap();
    conn.execute(
        "UPDATE pengaturan SET nilai = nilai WHERE kunci = (SELECT min(kunci) FROM pengaturan)",
        [],
    )
    .unwrap();
    assert!(
        held_for_others(&path),
        "the first connection holds the file"
    );

    // As the TUI opens its connection for reads beside the first.
    let beside = db::open_beside(&conn).expect("a second connection");
    assert!(held_for_others(&path), "lost with the second connection");
    let n: i64 = beside
        .query_row("SELECT count(*) FROM pengaturan", [], |r| r.get(0))
        .unwrap();
    assert!(n > 0);
    // The second connection is read-only.
    assert!(beside.execute("DELETE FROM pengaturan", []).is_err());
    drop(beside);
    assert!(held_for_others(&path), "lost when the second one closed");
    drop(conn);
    assert!(!held_for_others(&path));
}

/// The import's writing ahead (`db::writeback`) opens and closes a handle
/// of its own: on the `-wal` file only, so the connection keeps its hold.
#[test]
fn writing_ahead_leaves_the_hold_on_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("impor.db");
    drop(db::open(&path, OpenMode::CreateIfMissing).unwrap());
    let conn = db::open(&path, OpenMode::ReadWrite).unwrap();
    let ahead = db::writeback::ahead(&conn);
    conn.execute_batch("BEGIN IMMEDIATE; UPDATE pengaturan SET nilai = nilai; COMMIT;")
        .unwrap();
    // Long enough for the thread to open the `-wal` and ask at least once.
    std::thread::sleep(std::time::Duration::from_millis(200));
    drop(ahead);
    assert!(held_for_others(&path), "lost when writing ahead stopped");
}
