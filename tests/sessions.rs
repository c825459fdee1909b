//! Several sessions on one file (issue 12): a save in one shows in the others
//! without anyone pressing a key there, and an idle session stays silent
//! before and after. The real binary in pseudo-terminals, on a copy of the
//! demo data.

#![cfg(target_os = "linux")]

mod common;

use common::pty::{Session, Spawn};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

fn demo_data() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.db");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, &db).expect("copy sample.db");
    } else {
        let out = Command::new(bin())
            .args(["seed", db.to_str().unwrap(), "--as-of", "2026-11-28"])
            .output()
            .expect("run peka seed");
        assert!(out.status.success(), "peka seed failed: {out:?}");
    }
    (dir, db)
}

fn spawn(dir: &Path, db: &Path) -> Session {
    let s = Session::spawn(Spawn {
        program: bin(),
        args: &[db.to_str().unwrap()],
        cwd: dir,
        env: &[("NO_COLOR", "1")],
        cols: 80,
        rows: 24,
    });
    s.wait_for("1/");
    s
}

/// The NIP on the cursor row.
fn first_nip(s: &Session) -> String {
    let line = s.selected_line().expect("a cursor row");
    line.split_whitespace().next().expect("a NIP").to_string()
}

#[test]
fn a_save_elsewhere_shows_in_idle_sessions_without_a_key() {
    let (dir, db) = demo_data();
    let mut a = spawn(dir.path(), &db);
    let mut b = spawn(dir.path(), &db);
    let nip = first_nip(&a);
    assert_eq!(nip, first_nip(&b));
    a.settle(Duration::from_millis(300));
    b.settle(Duration::from_millis(300));

    // Another process saves through the product's own write path.
    let csv = dir.path().join("rename.csv");
    std::fs::write(&csv, format!("nip,nama\n{nip},Zul Sesi Lain\n")).unwrap();
    let out = Command::new(bin())
        .args(["import", db.to_str().unwrap(), "pegawai"])
        .arg(&csv)
        .output()
        .expect("run peka import");
    assert!(out.status.success(), "import failed: {out:?}");

    // Nobody types in A or B: both show the new name by themselves.
    for s in [&a, &b] {
        s.wait_until(Duration::from_secs(10), |scr| scr.contains("Zul Sesi Lain"))
            .unwrap_or_else(|scr| panic!("the save did not show:\n{scr}"));
    }

    // And then they are quiet again: no timer, no redraw loop.
    for s in [&a, &b] {
        s.settle(Duration::from_millis(500));
        let before = s.byte_count();
        std::thread::sleep(Duration::from_millis(1500));
        assert_eq!(s.byte_count(), before, "an idle session wrote");
    }
    for s in [&mut a, &mut b] {
        s.send("q");
        assert!(s.wait_exit(Duration::from_secs(10)).is_some());
    }
}

#[test]
fn a_session_that_only_reads_does_not_wake_the_others() {
    let (dir, db) = demo_data();
    let a = spawn(dir.path(), &db);
    let mut b = spawn(dir.path(), &db);
    a.settle(Duration::from_millis(300));
    let before = a.byte_count();
    // B moves around and reads: nothing is written to the file.
    for k in ["j", "j", "2", "1", "k"] {
        b.send(k);
        b.settle(Duration::from_millis(100));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(a.byte_count(), before, "A redrew for B's reads");
    b.send("q");
    assert!(b.wait_exit(Duration::from_secs(10)).is_some());
}
