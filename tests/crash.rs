//! Crash test (issue 11, "How it is checked"): a writer killed with SIGKILL
//! at a random moment never leaves a damaged file, a broken audit chain, a
//! lost acknowledged save or a half-applied one.
//!
//! Each round starts a writer — this test binary again, running only
//! `crash_writer` with `PEKA_CRASH_DB` set (without it that test does
//! nothing) — that opens the file as PEKA does (`db::open`: WAL, NORMAL
//! sync) and saves without pause through the forms' write functions
//! (`robust/saves.rs`), appending one line per finished save to an
//! acknowledgement file (one `write(2)` each, so it survives the kill). A
//! seeded clock kills it a few to tens of milliseconds in.
//!
//! After each kill the file is opened (SQLite rolls back what was not
//! committed), and: `PRAGMA integrity_check` is `ok`, `audit::verify_chain`
//! finds no break, and the data equals a model — a second file to which the
//! same saves are applied, without crashes — after exactly the acknowledged
//! saves, or those plus the one that was in flight (committed before the
//! kill, not yet acknowledged). Anything else — a lost save, a half save, an
//! extra row — is a difference from both and fails the round. Every table a
//! save touches is compared whole; the audit by everything but its time and
//! hashes (which `verify_chain` checks).
//!
//! `PEKA_CRASH_SEED` and `PEKA_CRASH_ROUNDS` change the seed (printed) and
//! the number of rounds (120); `PEKA_CRASH_SHOW=1` prints every save.

#[path = "robust/saves.rs"]
mod saves;

use peka::db::audit::{rows_json, verify_chain};
use peka::db::employees_write::EmployeeInput;
use peka::db::write::{Actor, WriteError};
use peka::db::{self, OpenMode};
use rusqlite::Connection;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WRITER_DB: &str = "PEKA_CRASH_DB";
const WRITER_ACK: &str = "PEKA_CRASH_ACK";
const WRITER_FROM: &str = "PEKA_CRASH_FROM";
/// Rounds on one file before both it and the model start again from the seed.
const EPOCH: u32 = 30;

/// What save number `k` does and how it ended, as one line ("12 new 151",
/// "13 refused Busy"…): the writer acknowledges it, the model must give the
/// same.
fn save(conn: &Connection, t: &EmployeeInput, k: u32, actor: &Actor) -> String {
    let employees = saves::employee_ids(conn);
    let pick = |salt: u32| employees[(k as usize * 7919 + salt as usize) % employees.len()];
    let result: Result<String, WriteError> = match k % 4 {
        0 => saves::new_employee(conn, t, 0, k, actor).map(|id| format!("new {id}")),
        1 => {
            let id = pick(0);
            saves::edit_employee(conn, id, &format!("k{k}"), actor)
                .map(|v| format!("edit {id} v{v}"))
        }
        2 => {
            let id = pick(1);
            saves::change_status(conn, id, k, actor).map(|v| format!("status {id} v{v}"))
        }
        _ => {
            let trainings = saves::open_trainings(conn);
            let training = trainings[k as usize % trainings.len()];
            let who: Vec<i64> = (0..4).map(|i| pick(100 + i)).collect();
            saves::enroll(conn, training, &who, actor).map(|n| format!("enroll {training} +{n}"))
        }
    };
    match result {
        Ok(s) => format!("{k} {s}"),
        Err(e) => format!("{k} refused {e:?}"),
    }
}

fn actor() -> Actor {
    Actor::new("penguji", "10.0.0.9")
}

/// The writer: saves from number `PEKA_CRASH_FROM` on until it is killed.
#[test]
fn crash_writer() {
    let Some(path) = std::env::var_os(WRITER_DB) else {
        return;
    };
    let ack_path = std::env::var_os(WRITER_ACK).expect("PEKA_CRASH_ACK");
    let from: u32 = std::env::var(WRITER_FROM).unwrap().parse().unwrap();
    let conn = db::open(Path::new(&path), OpenMode::ReadWrite).expect("open the file");
    let t = saves::template(&conn);
    let mut ack = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(ack_path)
        .expect("the acknowledgement file");
    ack.write_all(b"ready\n").unwrap();
    let actor = actor();
    for k in from..from + 100_000 {
        ack.write_all(format!("start {k}\n").as_bytes()).unwrap();
        let line = save(&conn, &t, k, &actor);
        // One write(2) per save: the line is in the kernel once it returns.
        ack.write_all(format!("{line}\n").as_bytes()).unwrap();
    }
}

/// Everything a save may touch: the tables whole, the audit without its
/// time and hashes (those `verify_chain` checks).
const COMPARED: [(&str, &str); 4] = [
    ("pegawai", "*"),
    ("riwayat_status", "*"),
    ("peserta_pelatihan", "*"),
    (
        "audit",
        "id, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah",
    ),
];

/// Where `conn`'s file and the database attached as `m` differ: (table, row
/// only in the file, row only in the model), at most a few; empty when they
/// hold the same rows.
fn differences(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for (table, columns) in COMPARED {
        for (side, a, b) in [("file", "main", "m"), ("model", "m", "main")] {
            let sql = format!(
                "SELECT {columns} FROM {a}.{table} EXCEPT SELECT {columns} FROM {b}.{table} LIMIT 3"
            );
            for row in rows_json(conn, &sql, []).unwrap() {
                out.push(format!("{table}: only in the {side}: {row}"));
            }
        }
    }
    out
}

/// Compares the file with the model (attached for the query, then detached).
fn compare(conn: &Connection, model: &Path) -> Vec<String> {
    conn.execute("ATTACH DATABASE ?1 AS m", [model.to_str().unwrap()])
        .unwrap();
    let d = differences(conn);
    conn.execute_batch("DETACH DATABASE m").unwrap();
    d
}

/// Deterministic randomness (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

/// A small current database: `peka seed` with 150 employees.
fn seeded(at: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["seed", at.to_str().unwrap(), "--employees", "150"])
        .args(["--as-of", "2026-11-28"])
        .output()
        .expect("run peka seed");
    assert!(out.status.success(), "peka seed: {out:?}");
}

fn read_acks(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn a_writer_killed_at_any_moment_leaves_every_acknowledged_save_and_no_half_one() {
    let started = Instant::now();
    let rounds: u32 = std::env::var("PEKA_CRASH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(120);
    let seed: u64 = std::env::var("PEKA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_0011);
    let mut rng = Rng(seed | 1);

    let dir = tempfile::tempdir().unwrap();
    let base = dir.path().join("base.db");
    seeded(&base);
    let file: PathBuf = dir.path().join("peka.db");
    let model_path = dir.path().join("model.db");
    let actor = actor();
    let ack_path = dir.path().join("ack.txt");

    // Saves done on the file (and on the model) so far.
    let mut done: u32 = 0;
    let mut model: Option<(Connection, EmployeeInput)> = None;
    let (mut acked_total, mut in_flight_landed, mut refused) = (0u32, 0u32, 0u32);
    let mut delays = Vec::new();
    let mut kills_mid_save = 0u32;
    for round in 0..rounds {
        // Every EPOCH rounds both start again from the seeded file: the
        // checks stay quick while the audit grows over many kills.
        if round % EPOCH == 0 {
            drop(model.take());
            for p in [&file, &model_path] {
                for suffix in ["", "-wal", "-shm"] {
                    let mut f = p.as_os_str().to_owned();
                    f.push(suffix);
                    let _ = std::fs::remove_file(f);
                }
                std::fs::copy(&base, p).unwrap();
            }
            let conn = db::open(&model_path, OpenMode::ReadWrite).unwrap();
            let template = saves::template(&conn);
            model = Some((conn, template));
            done = 0;
        }
        let (model, template) = model.as_ref().unwrap();
        let _ = std::fs::remove_file(&ack_path);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_writer",
                "--nocapture",
                "--include-ignored",
            ])
            .args(["--test-threads", "1"])
            .env(WRITER_DB, &file)
            .env(WRITER_ACK, &ack_path)
            .env(WRITER_FROM, done.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        let ready_by = Instant::now() + Duration::from_secs(20);
        while read_acks(&ack_path).first().map(String::as_str) != Some("ready") {
            assert!(
                Instant::now() < ready_by,
                "round {round}: the writer never got ready"
            );
            if let Some(status) = child.try_wait().unwrap() {
                panic!("round {round}: the writer ended before it was ready: {status}");
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        let delay = rng.between(2, 40);
        delays.push(delay);
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().expect("SIGKILL the writer");
        let status = child.wait().unwrap();
        assert!(
            !status.success(),
            "round {round}: the writer ended on its own before the kill"
        );

        let lines = read_acks(&ack_path);
        // Killed inside a save: its start is the last line.
        let mid_save = lines.last().is_some_and(|l| l.starts_with("start "));
        kills_mid_save += u32::from(mid_save);
        let acks: Vec<String> = lines[1..]
            .iter()
            .filter(|l| !l.starts_with("start "))
            .cloned()
            .collect();
        for (i, line) in acks.iter().enumerate() {
            let k = done + i as u32;
            // The model makes the same save and must end it the same way.
            let expected = save(model, template, k, &actor);
            assert_eq!(line, &expected, "round {round}: save {k} ended differently");
            refused += u32::from(line.contains(" refused "));
            if std::env::var_os("PEKA_CRASH_SHOW").is_some() {
                println!("{line}");
            }
        }
        acked_total += acks.len() as u32;
        done += acks.len() as u32;

        let conn = db::open(&file, OpenMode::ReadWrite)
            .unwrap_or_else(|e| panic!("round {round}: the file does not open: {e:?}"));
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "round {round}: integrity");
        assert_eq!(
            verify_chain(&conn).unwrap(),
            None,
            "round {round}: the audit chain breaks"
        );
        let found = compare(&conn, &model_path);
        if !found.is_empty() {
            // The save in flight was committed before the kill: then the file
            // must hold exactly it as well.
            let line = save(model, template, done, &actor);
            let after = compare(&conn, &model_path);
            assert!(
                after.is_empty(),
                "round {round}: the file is neither the model after the {} acknowledged saves \
                 nor after the one in flight ({line}):\n{}\n…and after it:\n{}",
                acks.len(),
                found.join("\n"),
                after.join("\n")
            );
            assert!(
                mid_save,
                "round {round}: a save landed that had not started"
            );
            done += 1;
            in_flight_landed += 1;
        }
        drop(conn);
    }
    let total = acked_total + in_flight_landed;
    let max = delays.iter().max().copied().unwrap_or(0);
    let min = delays.iter().min().copied().unwrap_or(0);
    println!(
        "crash: {rounds} rounds survived (seed {seed}, kill after {min}–{max} ms, \
         {kills_mid_save} of them inside a save): {acked_total} acknowledged saves all present, {in_flight_landed} saves in flight \
         committed just before the kill, {refused} refused by a rule (same in the model), \
         {total} saves in the files; integrity ok and the audit chain intact after every kill; \
         {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // A kill may come before the first save of a round (2 ms), but not in
    // most rounds: otherwise the writer is too slow for this to test much.
    assert!(
        acked_total >= rounds / 2,
        "the writers saved too little to test"
    );
}

/// `peka import` killed at a random moment: each round imports a new file of
/// 300 employees (the real binary) and SIGKILLs it 5–250 ms in. The file is
/// then intact, its chain verifies, and each import is there whole or not at
/// all: all 300 of its NIPs with one audit entry each, or none of them.
#[test]
fn an_import_killed_at_any_moment_is_in_whole_or_not_at_all() {
    const ROWS: u32 = 300;
    let rounds: u32 = std::env::var("PEKA_CRASH_IMPORT_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let mut rng = Rng(0x1A4B_0F11 | 1);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("peka.db");
    seeded(&file);
    let (template, unit) = {
        let conn = db::open(&file, OpenMode::ReadOnly).unwrap();
        let t = saves::template(&conn);
        let unit: String = conn
            .query_row(
                "SELECT kode FROM unit_kerja WHERE id = ?1",
                [t.unit_kerja_id],
                |r| r.get(0),
            )
            .unwrap();
        (t, unit)
    };
    let (mut whole, mut none) = (0u32, 0u32);
    for round in 0..rounds {
        // Each round its own NIPs.
        let csv_path = dir.path().join(format!("impor-{round}.csv"));
        // Lanes 10–19: born 1980–1990, so a TMT in 2010 passes the rules.
        let lane = 10 + round % 10;
        let first = 1000 * (round / 10);
        let nips =
            saves::write_employee_csv(&csv_path, &template, &unit, lane, first..first + ROWS);
        let mut child = Command::new(env!("CARGO_BIN_EXE_peka"))
            .args(["import", file.to_str().unwrap(), "pegawai"])
            .arg(&csv_path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start peka import");
        std::thread::sleep(Duration::from_millis(rng.between(5, 250)));
        let _ = child.kill();
        let status = child.wait().expect("the import ends");
        // Not written means killed, never refused: the file is valid.
        let killed = {
            use std::os::unix::process::ExitStatusExt;
            status.signal() == Some(9)
        };
        assert!(killed || status.success(), "round {round}: {status}");

        let conn = db::open(&file, OpenMode::ReadWrite).unwrap();
        let integrity: String = conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(integrity, "ok", "round {round}");
        assert_eq!(verify_chain(&conn).unwrap(), None, "round {round}");
        let mut present = 0;
        let mut audited = 0i64;
        for nip in &nips {
            let id: Option<i64> = conn
                .query_row("SELECT id FROM pegawai WHERE nip = ?1", [nip], |r| r.get(0))
                .ok();
            if let Some(id) = id {
                present += 1;
                audited += conn
                    .query_row(
                        "SELECT count(*) FROM audit WHERE entitas = 'pegawai' AND entitas_id = ?1",
                        [id],
                        |r| r.get::<_, i64>(0),
                    )
                    .unwrap();
            }
        }
        match present {
            0 => {
                assert!(killed, "round {round}: an import that ended wrote nothing");
                none += 1
            }
            n if n == ROWS => {
                assert_eq!(audited, i64::from(ROWS), "round {round}: one entry each");
                whole += 1;
            }
            n => panic!("round {round}: {n} of {ROWS} rows of one import are in the file"),
        }
    }
    println!(
        "crash (import): {rounds} `peka import` runs of {ROWS} rows SIGKILLed at 5–250 ms: \
         {whole} in whole, {none} not at all, none in part; integrity ok and chain intact after each"
    );
    assert!(none > 0, "some kills must land inside an import");
}
