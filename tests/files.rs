//! Files and folders (issue 6, item 11): what the real `peka` binary says and
//! leaves behind when the database path is a folder, empty, new or read-only,
//! when there is no terminal, and where the TUI's `x` export goes when the
//! current folder cannot be written.
//!
//! CI runs as root, which writes through file mode bits; PEKA reads a file or
//! folder without any write bit as read-only on purpose (the owner's intent), so
//! `chmod 0444` / `0555` works here for root too. A write that must really fail
//! for root uses a folder that no longer exists.

mod common;

use common::pty::{Session, Spawn};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// Runs `peka ARGS` in `cwd` with stdin and stdout not a terminal; returns
/// (exit code, stderr).
fn run(cwd: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .output()
        .expect("run peka");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Exit 2 and one sentence on stderr; returns the sentence.
fn refused(what: &str, (code, err): (i32, String)) -> String {
    assert_eq!(code, 2, "{what}: exit code ({err:?})");
    assert_eq!(err.lines().count(), 1, "{what}: one line: {err:?}");
    assert!(!err.contains("panicked"), "{what}: {err:?}");
    err.trim_end().to_string()
}

/// A current PEKA database: a copy of `sample.db`, or a small fresh seed.
fn database(at: &Path) {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, at).expect("copy sample.db");
        return;
    }
    let out = Command::new(bin())
        .args(["seed", at.to_str().unwrap(), "--employees", "40"])
        .output()
        .expect("run peka seed");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A PEKA database at schema version 1 (this build writes a newer one).
fn older_database(at: &Path) {
    let conn = rusqlite::Connection::open(at).expect("create");
    conn.execute_batch(peka::db::schema::MIGRATIONS[0])
        .expect("schema 1");
    conn.execute_batch("PRAGMA user_version = 1")
        .expect("version");
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Everything in `dir`, to show nothing was added beside a file.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---- no terminal --------------------------------------------------------

/// `peka DB` from a script or `ssh host peka` writes nothing at all: an empty
/// file stays empty, a new name is not created, `--demo` makes no copy, and
/// the sentence says a terminal is needed, not that the file is missing.
#[test]
fn without_a_terminal_nothing_is_written_and_the_terminal_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("kosong.db");
    std::fs::write(&empty, b"").unwrap();

    let err = refused("empty file", run(dir.path(), &["kosong.db"]));
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0, "still 0 bytes");
    assert!(
        err.contains("terminal interaktif") && err.contains("kosong.db"),
        "{err}"
    );
    assert_eq!(listing(dir.path()), ["kosong.db"], "no -wal or -journal");

    let err = refused("new file", run(dir.path(), &["baru.db", "--lang", "en"]));
    assert!(!dir.path().join("baru.db").exists(), "not created");
    assert!(
        err.contains("needs an interactive terminal to create baru.db")
            && err.contains("not created")
            && !err.contains("not found"),
        "{err}"
    );

    let err = refused("default file", run(dir.path(), &[]));
    assert!(
        err.contains("peka.db") && err.contains("belum dibuat"),
        "{err}"
    );
    let err = refused("demo", run(dir.path(), &["--demo"]));
    assert!(err.contains("peka-demo.db"), "{err}");
    assert_eq!(listing(dir.path()), ["kosong.db"], "nothing was created");

    // A database in WAL mode gets no -wal or -shm beside it, read-only or not.
    let wal = dir.path().join("wal.db");
    drop(peka::db::open(&wal, peka::db::OpenMode::CreateIfMissing).expect("create"));
    for side in ["wal.db-wal", "wal.db-shm"] {
        let _ = std::fs::remove_file(dir.path().join(side));
    }
    let before = listing(dir.path());
    for args in [&["wal.db"][..], &["--read-only", "wal.db"]] {
        let err = refused("WAL file", run(dir.path(), args));
        assert!(err.contains("terminal interaktif"), "{args:?}: {err}");
        assert_eq!(listing(dir.path()), before, "{args:?}: nothing beside it");
    }
    std::fs::remove_file(&wal).unwrap();

    // An older file is not upgraded either: it is exactly as it was.
    let old = dir.path().join("lama.db");
    older_database(&old);
    let before = std::fs::read(&old).unwrap();
    let err = refused("older file", run(dir.path(), &["lama.db"]));
    assert!(err.contains("terminal interaktif"), "{err}");
    assert_eq!(std::fs::read(&old).unwrap(), before, "not upgraded");
}

// ---- folders ------------------------------------------------------------

/// A folder given where a database file belongs is called a folder, in the
/// TUI and in every command that reads a database.
#[test]
fn a_folder_given_as_the_database_is_called_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("data")).unwrap();
    let commands: [&[&str]; 5] = [
        &["data"],
        &["--read-only", "data"],
        &["check", "data"],
        &["export", "data", "pegawai"],
        &["backup", "data", "salinan.db"],
    ];
    for args in commands {
        let err = refused(&format!("{args:?}"), run(dir.path(), args));
        assert!(
            err.starts_with("data adalah folder, bukan berkas basis data")
                && err.contains("data/peka.db"),
            "{args:?}: {err}"
        );
        let mut en = args.to_vec();
        en.extend(["--lang", "en"]);
        let err = refused(&format!("{en:?}"), run(dir.path(), &en));
        assert!(
            err.starts_with("data is a folder, not a database file"),
            "{en:?}: {err}"
        );
    }
    assert_eq!(listing(dir.path()), ["data"]);
    assert_eq!(listing(&dir.path().join("data")), Vec::<String>::new());

    // A folder as the backup's target is called a folder too, not "a file
    // that already exists".
    let db = dir.path().join("peka.db");
    database(&db);
    let err = refused(
        "backup into a folder",
        run(dir.path(), &["backup", "peka.db", "data"]),
    );
    assert!(
        err.starts_with("data adalah folder") && err.contains("data/cadangan.db"),
        "{err}"
    );
    assert_eq!(listing(&dir.path().join("data")), Vec::<String>::new());
}

// ---- read-only files ----------------------------------------------------

/// A read-only current database: without `--read-only` PEKA advises it, and
/// with it the file opens (here: gets as far as asking for a terminal).
#[test]
fn a_read_only_database_is_advised_read_only_and_that_works() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("arsip.db");
    database(&db);
    chmod(&db, 0o444);
    let err = refused("read-only file", run(dir.path(), &["arsip.db"]));
    assert!(
        err.contains("arsip.db") && err.contains("--read-only"),
        "{err}"
    );
    let err = refused(
        "with --read-only",
        run(dir.path(), &["--read-only", "arsip.db"]),
    );
    assert!(err.contains("terminal interaktif"), "it would open: {err}");
}

/// A read-only file PEKA cannot use either way is never sent round in circles:
/// an older schema cannot be upgraded, an empty file cannot receive a new
/// database, so neither sentence offers `--read-only` or opening it for writing.
#[test]
fn a_read_only_file_is_never_advised_what_cannot_help() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("lama.db");
    older_database(&old);
    chmod(&old, 0o444);
    let empty = dir.path().join("kosong.db");
    std::fs::write(&empty, b"").unwrap();
    chmod(&empty, 0o444);

    let cases: [(&str, &[&str], &str); 7] = [
        (
            "older, --read-only",
            &["--read-only", "lama.db"],
            "skema lama",
        ),
        ("older", &["lama.db"], "skema lama"),
        ("older, check", &["check", "lama.db"], "skema lama"),
        (
            "older, export",
            &["export", "lama.db", "pegawai"],
            "skema lama",
        ),
        (
            "empty, --read-only",
            &["--read-only", "kosong.db"],
            "kosong",
        ),
        ("empty", &["kosong.db"], "kosong"),
        ("empty, check", &["check", "kosong.db"], "kosong"),
    ];
    for (what, args, says) in cases {
        let err = refused(what, run(dir.path(), args));
        assert!(
            err.contains(says) && err.contains("tidak dapat ditulis"),
            "{what}: {err}"
        );
        for advice in ["--read-only", "`peka lama.db`", "`peka kosong.db`"] {
            assert!(!err.contains(advice), "{what}: advises {advice}: {err}");
        }
    }
    let err = refused(
        "older, en",
        run(dir.path(), &["--read-only", "lama.db", "--lang", "en"]),
    );
    assert!(
        err.contains("cannot be written, so it cannot be upgraded"),
        "{err}"
    );

    // The same files made writable: now the advice is the one that works.
    chmod(&old, 0o644);
    let err = refused("older, writable", run(dir.path(), &["check", "lama.db"]));
    assert!(err.contains("`peka lama.db`"), "{err}");
    chmod(&empty, 0o644);
    let err = refused("empty, writable", run(dir.path(), &["check", "kosong.db"]));
    assert!(err.contains("`peka kosong.db`"), "{err}");
}

/// A new database in a folder that cannot be written names the folder and is
/// not told to use `--read-only` (there is no file to browse).
#[test]
fn a_new_database_in_a_read_only_folder_names_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("terkunci");
    std::fs::create_dir(&locked).unwrap();
    chmod(&locked, 0o555);
    let err = refused("read-only folder", run(dir.path(), &["terkunci/baru.db"]));
    chmod(&locked, 0o755);
    assert!(
        err.starts_with("Folder terkunci tidak dapat ditulis") && !err.contains("--read-only"),
        "{err}"
    );
    assert_eq!(listing(&locked), Vec::<String>::new());
}

// ---- the `x` / `X` export in a terminal ---------------------------------

/// The folder PEKA was started in disappears (a real write failure, for root
/// too): `X` writes the list as CSV to the home folder and says so, whole, in Bahasa
/// Indonesia, without the OS's English text.
#[test]
fn x_in_a_folder_that_cannot_be_written_exports_to_home() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    database(&db);
    let home = dir.path().join("rumah");
    std::fs::create_dir(&home).unwrap();
    let gone = dir.path().join("sementara");
    std::fs::create_dir(&gone).unwrap();
    let mut s = Session::spawn(Spawn {
        program: bin(),
        args: &[db.to_str().unwrap()],
        cwd: &gone,
        env: &[("HOME", home.to_str().unwrap())],
        cols: 80,
        rows: 24,
    });
    s.wait_for("1/");
    std::fs::remove_dir(&gone).expect("remove the current folder");
    // `X`: the CSV (`x` writes Excel to the same folders: tests/export_xlsx.rs).
    s.send("X");
    let screen = s.wait_for("Folder saat ini tidak dapat ditulis");
    let files = listing(&home);
    assert_eq!(files.len(), 1, "one CSV in the home folder: {files:?}");
    let name = &files[0];
    assert!(
        name.starts_with("pegawai-") && name.ends_with(".csv"),
        "{name}"
    );
    // The sentence wraps instead of being cut: every part is on screen.
    let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Folder saat ini tidak dapat ditulis (foldernya tidak ada); ")
            && flat.contains(&format!("baris diekspor ke ~/{name}.")),
        "{screen}"
    );
    assert!(!screen.contains("No such file"), "{screen}");
    let text = std::fs::read_to_string(home.join(name)).unwrap();
    assert!(
        text.starts_with("\u{feff}nip,nama,golongan,jabatan,unit_kerja,jp\n"),
        "{}",
        &text[..40.min(text.len())]
    );
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(5))
            .is_some_and(|st| st.success()),
        "{}",
        s.screen()
    );
}

/// Issue 11 item 6: a database file PEKA creates is its owner's (0600), or
/// its group's too (0660) in a group-shared (setgid) folder; `peka check`
/// warns when a file with NIKs and birth dates is readable by everyone.
#[cfg(unix)]
#[test]
fn files_peka_creates_are_private_and_check_warns_when_one_is_not() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let own = dir.path().join("own.db");
    drop(peka::db::open(&own, peka::db::OpenMode::CreateIfMissing).unwrap());
    assert_eq!(mode(&own), 0o600);
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    std::fs::set_permissions(&team, std::fs::Permissions::from_mode(0o2770)).unwrap();
    let shared = team.join("shared.db");
    drop(peka::db::open(&shared, peka::db::OpenMode::CreateIfMissing).unwrap());
    assert_eq!(mode(&shared), 0o660);
    // A copy of the demo data made readable by everyone: a warning, exit 0.
    let open_copy = dir.path().join("open.db");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &open_copy,
    )
    .unwrap();
    std::fs::set_permissions(&open_copy, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["check", open_copy.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("dapat dibaca semua pengguna"), "{stderr}");
    std::fs::set_permissions(&open_copy, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["check", open_copy.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).is_empty());
}
