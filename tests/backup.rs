//! `peka backup DB OUT`: a consistent copy while another session writes.

use peka::db::{OpenMode, open, seed_store};
use std::path::Path;
use std::process::Command;

fn peka(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .expect("run peka")
}

fn seeded(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("kantor.db");
    let out = peka(&[
        "seed",
        db.to_str().unwrap(),
        "--employees",
        "150",
        "--as-of",
        "2026-11-28",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

fn content(path: &Path) -> String {
    let conn = open(path, OpenMode::ReadOnly).expect("open");
    seed_store::dump_content(&conn).expect("dump")
}

#[test]
fn the_copy_holds_exactly_the_committed_content_while_a_write_is_pending() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let before = content(&db);
    // Another session is in the middle of a save (BEGIN IMMEDIATE, not committed).
    let writer = open(&db, OpenMode::ReadWrite).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE pegawai SET nama = 'Sedang Diubah' WHERE id = 1;")
        .unwrap();
    let copy = dir.path().join("cadangan.db");
    let out = peka(&["backup", db.to_str().unwrap(), copy.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("cadangan.db") && err.contains("150 pegawai"),
        "{err}"
    );
    writer.execute_batch("COMMIT").unwrap();
    assert_eq!(
        content(&copy),
        before,
        "the copy is the last committed state, not half a save"
    );
    assert!(!dir.path().join(".cadangan.db.part").exists());
}

#[test]
fn an_existing_target_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded(dir.path());
    let copy = dir.path().join("ada.db");
    std::fs::write(&copy, "jangan ditimpa").unwrap();
    let out = peka(&["backup", db.to_str().unwrap(), copy.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim().lines().count(),
        1
    );
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), "jangan ditimpa");
}

#[test]
fn a_missing_source_or_target_folder_is_one_sentence_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("tidak-ada.db");
    let out = peka(&[
        "backup",
        missing.to_str().unwrap(),
        dir.path().join("x.db").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tidak-ada.db") && !err.contains("panicked"),
        "{err}"
    );
    let db = seeded(dir.path());
    let out = peka(&[
        "backup",
        db.to_str().unwrap(),
        "/tidak/ada/folder/x.db",
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
}
