//! Several people opening a freshly seeded file at the same moment (issue 12,
//! the one failure seen in `tests/concurrency.rs`): `peka seed` leaves the file
//! in rollback-journal mode, every session that may write switches it to WAL
//! on opening, and SQLite refuses a switch that races another at once,
//! without its busy wait. Every session must open the file.
//!
//! Each session is this test binary again, running only `opener` with
//! `PEKA_OPEN_DB` set (without it that test does nothing): separate
//! processes, because connections of one process share SQLite's lock table
//! and never meet the race.

use peka::db::{self, OpenMode};
use rusqlite::Connection;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const SESSIONS: usize = 8;
const ROUNDS: usize = 12;
const ENV_DB: &str = "PEKA_OPEN_DB";
const ENV_GO: &str = "PEKA_OPEN_GO";

/// One session: waits for the start signal, opens the file as the TUI and
/// every writing command do, and prints the journal mode it found.
#[test]
fn opener() {
    let Some(path) = std::env::var_os(ENV_DB) else {
        return;
    };
    let go = std::env::var_os(ENV_GO).unwrap();
    while !Path::new(&go).exists() {
        std::thread::sleep(Duration::from_micros(100));
    }
    let conn = db::open(Path::new(&path), OpenMode::ReadWrite).expect("open the shared file");
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    println!("mode={mode}");
}

/// A PEKA file in rollback-journal mode, as `peka seed` leaves it.
fn rollback_journal_file(path: &Path) {
    drop(db::open(path, OpenMode::CreateIfMissing).unwrap());
    let c = Connection::open(path).unwrap();
    let mode: String = c
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
}

#[test]
fn sessions_opening_a_rollback_journal_file_together_all_open_it() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..ROUNDS {
        let file = dir.path().join(format!("bersama-{round}.db"));
        rollback_journal_file(&file);
        let go = dir.path().join(format!("mulai-{round}"));
        let sessions: Vec<_> = (0..SESSIONS)
            .map(|_| {
                Command::new(std::env::current_exe().unwrap())
                    .args(["--exact", "opener", "--nocapture", "--test-threads", "1"])
                    .env(ENV_DB, &file)
                    .env(ENV_GO, &go)
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start a session")
            })
            .collect();
        // All are started and polling before the signal.
        std::thread::sleep(Duration::from_millis(100));
        std::fs::write(&go, b"").unwrap();
        for (i, s) in sessions.into_iter().enumerate() {
            let out = s.wait_with_output().unwrap();
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success() && stdout.contains("mode=wal"),
                "round {round}, session {i}: {}\n{stdout}\n{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}
