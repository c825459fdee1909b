//! Files the read tests work on: a copy of sample.db, a freshly seeded file.

use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A scratch copy of sample.db (the original is never written).
pub fn sample_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

/// A file made by `peka seed --employees N --as-of 2026-11-28`.
pub fn seeded(employees: u32) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["seed", path.to_str().unwrap(), "--employees"])
        .arg(employees.to_string())
        .args(["--as-of", "2026-11-28"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, path)
}

/// The file opened read-write, migrated.
pub fn connect(path: &Path) -> rusqlite::Connection {
    peka::db::open(path, peka::db::OpenMode::ReadWrite).unwrap()
}
