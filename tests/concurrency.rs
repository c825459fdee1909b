//! Concurrency (issue 11, "How it is checked"): eight processes save to one
//! file at the same moment, as eight people over SSH would.
//!
//! Each process is this test binary again, running only
//! `concurrent_writer` with `PEKA_CONC_DB` set (without it that test does
//! nothing). All wait for one start signal, open the file as PEKA does
//! (`db::open`; the file starts in rollback-journal mode, so they race to
//! switch it to WAL) and make a burst of saves through the forms' write
//! functions (`robust/saves.rs`): new employees, edits and status changes of
//! their own employees, new trainings, and enrollments of their employees in
//! trainings all processes share. Every finished save is acknowledged in the process's own file.
//!
//! Half of them wait for the write lock only 20 ms (the others PEKA's 5 s),
//! so some saves meet another's lock: that must come back as
//! `WriteError::Busy`, whose sentence for the user is the product's own, and
//! be retried — as the TUI does — never a panic or a half save (a retried new
//! employee would hit its own NIP).
//!
//! Afterwards: every process ended successfully, integrity is ok, the audit
//! chain verifies, every acknowledged save is in the file with exactly the
//! acknowledged values and versions, and each process's audit entries are
//! exactly as many as its acknowledged saves made.

#[path = "robust/saves.rs"]
mod saves;

use peka::db::write::{Actor, WriteError};
use peka::db::{self, OpenMode};
use peka::i18n::Lang;
use rusqlite::Connection;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROCESSES: u32 = 8;
const SAVES: u32 = 100;
/// The lanes of the two import files (their NIPs differ from the writers').
const IMPORT_LANES: (u32, u32) = (PROCESSES + 1, PROCESSES + 2);
const IMPORT_ROWS: u32 = 40;
const ENV_DB: &str = "PEKA_CONC_DB";
const ENV_LANE: &str = "PEKA_CONC_LANE";
const ENV_ACK: &str = "PEKA_CONC_ACK";
const ENV_GO: &str = "PEKA_CONC_GO";
const ENV_WAIT_MS: &str = "PEKA_CONC_WAIT_MS";

fn actor(lane: u32) -> Actor {
    Actor::new(format!("proses{lane}"), format!("10.0.0.{lane}"))
}

/// Runs `f` until it is not refused for a lock, as the TUI's save worker
/// does; each refusal is acknowledged with the sentence the user would read.
fn retried<T>(
    ack: &mut std::fs::File,
    mut f: impl FnMut() -> Result<T, WriteError>,
) -> Result<T, WriteError> {
    loop {
        match f() {
            Err(WriteError::Busy) => {
                let sentence = peka::i18n::write::write_error(Lang::Id, &WriteError::Busy);
                ack.write_all(format!("busy {sentence}\n").as_bytes())
                    .unwrap();
            }
            other => return other,
        }
    }
}

/// One writer process.
#[test]
fn concurrent_writer() {
    let Some(path) = std::env::var_os(ENV_DB) else {
        return;
    };
    let lane: u32 = std::env::var(ENV_LANE).unwrap().parse().unwrap();
    let go = std::env::var_os(ENV_GO).unwrap();
    let wait_ms: u64 = std::env::var(ENV_WAIT_MS).unwrap().parse().unwrap();
    let mut ack = std::fs::File::create(std::env::var_os(ENV_ACK).unwrap()).unwrap();
    while !Path::new(&go).exists() {
        std::thread::sleep(Duration::from_micros(200));
    }
    let conn = db::open(Path::new(&path), OpenMode::ReadWrite).expect("open the shared file");
    conn.busy_timeout(Duration::from_millis(wait_ms)).unwrap();
    let t = saves::template(&conn);
    let actor = actor(lane);
    let mut mine: Vec<i64> = Vec::new();
    for i in 0..SAVES {
        let line = match i % 5 {
            0 => retried(&mut ack, || saves::new_employee(&conn, &t, lane, i, &actor)).map(|id| {
                mine.push(id);
                format!("new {id} {}", saves::new_employee_input(&t, lane, i).nip)
            }),
            1 => {
                let id = *mine.last().unwrap();
                let token = format!("p{lane}i{i}");
                retried(&mut ack, || saves::edit_employee(&conn, id, &token, &actor))
                    .map(|v| format!("edit {id} {v} {token}"))
            }
            2 => {
                let id = mine[i as usize % mine.len()];
                retried(&mut ack, || saves::change_status(&conn, id, i, &actor))
                    .map(|v| format!("status {id} {v}"))
            }
            3 => retried(&mut ack, || saves::new_training(&conn, lane, i, &actor))
                .map(|id| format!("training {id}")),
            _ => {
                let trainings = saves::open_trainings(&conn);
                // The newest trainings first: most have room.
                let training = trainings[trainings.len() - 1 - (lane as usize % trainings.len())];
                let who: Vec<i64> = mine.iter().rev().take(4).copied().collect();
                let list: Vec<String> = who.iter().map(i64::to_string).collect();
                retried(&mut ack, || saves::enroll(&conn, training, &who, &actor))
                    .map(|n| format!("enroll {training} {n} {}", list.join(",")))
            }
        };
        let line = match line {
            Ok(l) => l,
            Err(e) => format!(
                "refused {e:?} {}",
                peka::i18n::write::write_error(Lang::Id, &e)
            ),
        };
        ack.write_all(format!("{line}\n").as_bytes()).unwrap();
    }
}

fn seeded(at: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["seed", at.to_str().unwrap(), "--employees", "150"])
        .args(["--as-of", "2026-11-28"])
        .output()
        .expect("run peka seed");
    assert!(out.status.success(), "peka seed: {out:?}");
}

fn one<T: rusqlite::types::FromSql>(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> T {
    conn.query_row(sql, p, |r| r.get(0)).expect(sql)
}

#[test]
fn eight_processes_saving_at_once_lose_nothing_and_lock_waits_become_messages() {
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bersama.db");
    seeded(&file);
    let go = dir.path().join("mulai");
    let busy_sentence = peka::i18n::write::write_error(Lang::Id, &WriteError::Busy);

    let children: Vec<_> = (1..=PROCESSES)
        .map(|lane| {
            let ack = dir.path().join(format!("ack-{lane}.txt"));
            let wait_ms = if lane % 2 == 0 {
                20
            } else {
                db::BUSY_TIMEOUT.as_millis() as u64
            };
            let child = Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "concurrent_writer", "--nocapture"])
                .args(["--include-ignored", "--test-threads", "1"])
                .env(ENV_DB, &file)
                .env(ENV_LANE, lane.to_string())
                .env(ENV_ACK, &ack)
                .env(ENV_GO, &go)
                .env(ENV_WAIT_MS, wait_ms.to_string())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start a writer");
            (lane, ack, child)
        })
        .collect();
    // Two `peka import` runs of 40 new employees each join the burst (the
    // real binary, one transaction per file).
    let imports: Vec<(std::path::PathBuf, Vec<String>)> = {
        let conn = db::open(&file, OpenMode::ReadOnly).unwrap();
        let t = saves::template(&conn);
        let unit: String = one(
            &conn,
            "SELECT kode FROM unit_kerja WHERE id = ?1",
            [t.unit_kerja_id],
        );
        (IMPORT_LANES.0..=IMPORT_LANES.1)
            .map(|lane| {
                let path = dir.path().join(format!("impor-{lane}.csv"));
                let nips = saves::write_employee_csv(&path, &t, &unit, lane, 0..IMPORT_ROWS);
                (path, nips)
            })
            .collect()
    };
    let importers: Vec<_> = imports
        .iter()
        .map(|(path, _)| {
            let (file, path, go) = (file.clone(), path.clone(), go.clone());
            std::thread::spawn(move || {
                while !go.exists() {
                    std::thread::sleep(Duration::from_micros(200));
                }
                // A lock held past the busy timeout is exit 2 with a sentence:
                // try again, as a person would.
                let mut waits = 0;
                loop {
                    let out = Command::new(env!("CARGO_BIN_EXE_peka"))
                        .args(["import", file.to_str().unwrap(), "pegawai"])
                        .arg(&path)
                        .output()
                        .expect("run peka import");
                    let err = String::from_utf8_lossy(&out.stderr).into_owned();
                    assert!(!err.contains("panicked"), "{err}");
                    match out.status.code() {
                        Some(0) => return (waits, err),
                        Some(2) => waits += 1,
                        other => panic!(
                            "import ended with {other:?}: {err}{}",
                            String::from_utf8_lossy(&out.stdout)
                        ),
                    }
                }
            })
        })
        .collect();
    std::fs::write(&go, b"").unwrap();
    let burst = Instant::now();
    let mut acks: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    for (lane, ack, child) in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "writer {lane} did not end well ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let lines: Vec<String> = std::fs::read_to_string(&ack)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect();
        acks.insert(lane, lines);
    }
    let mut import_waits = 0;
    for h in importers {
        let (waits, summary) = h.join().expect("an import thread");
        assert!(
            summary.contains(&format!("ditambah {IMPORT_ROWS}")),
            "{summary}"
        );
        import_waits += waits;
    }
    let burst = burst.elapsed();

    let conn = db::open(&file, OpenMode::ReadOnly).unwrap();
    let integrity: String = one(&conn, "PRAGMA integrity_check", []);
    assert_eq!(integrity, "ok");
    assert_eq!(peka::db::audit::verify_chain(&conn).unwrap(), None);
    let journal: String = one(&conn, "PRAGMA journal_mode", []);
    assert_eq!(journal, "wal", "the file was switched to WAL");

    let (mut saved, mut busy, mut quota) = (0u32, 0u32, 0u32);
    let mut total_audit = 0i64;
    for (lane, lines) in &acks {
        let mut audit = 0i64;
        // employee id → (last version acknowledged, last edit token, status changes)
        let mut employees: BTreeMap<i64, (i64, Option<String>, i64)> = BTreeMap::new();
        let mut enrolled: BTreeSet<(i64, i64)> = BTreeSet::new();
        let mut finished = 0;
        for line in lines {
            let w: Vec<&str> = line.split(' ').collect();
            match w[0] {
                "busy" => {
                    assert_eq!(&line[5..], busy_sentence, "writer {lane}");
                    busy += 1;
                    continue;
                }
                "new" => {
                    let id: i64 = w[1].parse().unwrap();
                    let nip: String = one(&conn, "SELECT nip FROM pegawai WHERE id = ?1", [id]);
                    assert_eq!(nip, w[2], "writer {lane}: employee {id}");
                    employees.insert(id, (1, None, 0));
                    audit += 1;
                }
                "edit" => {
                    let id: i64 = w[1].parse().unwrap();
                    let e = employees.get_mut(&id).unwrap();
                    e.0 = w[2].parse().unwrap();
                    e.1 = Some(w[3].to_string());
                    audit += 1;
                }
                "status" => {
                    let id: i64 = w[1].parse().unwrap();
                    let e = employees.get_mut(&id).unwrap();
                    e.0 = w[2].parse().unwrap();
                    e.2 += 1;
                    audit += 1;
                }
                "training" => {
                    let id: i64 = w[1].parse().unwrap();
                    let kode: String = one(&conn, "SELECT kode FROM pelatihan WHERE id = ?1", [id]);
                    assert!(
                        kode.starts_with(&format!("UJI-{lane}-")),
                        "writer {lane}: {kode}"
                    );
                    audit += 1;
                }
                "enroll" => {
                    let training: i64 = w[1].parse().unwrap();
                    audit += w[2].parse::<i64>().unwrap();
                    for id in w[3].split(',') {
                        enrolled.insert((training, id.parse().unwrap()));
                    }
                }
                "refused" if w[1].starts_with("QuotaShort") => quota += 1,
                _ => panic!("writer {lane}: {line}"),
            }
            finished += 1;
            saved += 1;
        }
        assert_eq!(finished, SAVES, "writer {lane} finished every save");
        for (id, (version, token, changes)) in &employees {
            let (stored_version, name, place, mail, phone): (i64, String, String, String, String) =
                conn.query_row(
                    "SELECT version, nama, tempat_lahir, email, telepon FROM pegawai WHERE id = ?1",
                    [id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .unwrap();
            assert_eq!(stored_version, *version, "writer {lane}: employee {id}");
            if let Some(t) = token {
                assert_eq!(
                    (name, place, mail, phone),
                    (
                        format!("Nama {t}"),
                        format!("Kota {t}"),
                        format!("{t}@contoh.go.id"),
                        format!("0812-{t}")
                    ),
                    "writer {lane}: employee {id} holds its last edit whole"
                );
            }
            let history: i64 = one(
                &conn,
                "SELECT count(*) FROM riwayat_status WHERE pegawai_id = ?1",
                [id],
            );
            assert_eq!(
                history,
                1 + changes,
                "writer {lane}: employee {id}'s history"
            );
        }
        for (training, id) in &enrolled {
            let n: i64 = one(
                &conn,
                "SELECT count(*) FROM peserta_pelatihan WHERE pelatihan_id = ?1 AND pegawai_id = ?2",
                [training, id],
            );
            assert_eq!(n, 1, "writer {lane}: employee {id} in training {training}");
        }
        let entries: i64 = one(
            &conn,
            "SELECT count(*) FROM audit WHERE pengguna = ?1",
            [actor(*lane).user],
        );
        assert_eq!(
            entries, audit,
            "writer {lane}: one audit entry per row saved"
        );
        total_audit += audit;
    }
    for (_, nips) in &imports {
        for nip in nips {
            let n: i64 = one(&conn, "SELECT count(*) FROM pegawai WHERE nip = ?1", [nip]);
            assert_eq!(n, 1, "imported {nip}");
        }
    }
    let imported = (imports.len() as u32 * IMPORT_ROWS) as i64;
    let by_import: i64 = one(
        &conn,
        "SELECT count(*) FROM audit WHERE pengguna NOT LIKE 'proses%'",
        [],
    );
    assert_eq!(by_import, imported, "one audit entry per imported employee");
    total_audit += by_import;
    let all: i64 = one(&conn, "SELECT count(*) FROM audit", []);
    assert_eq!(all, total_audit, "no audit entry from nowhere");
    println!(
        "concurrency: plus {} `peka import` processes of {IMPORT_ROWS} new employees each, all \
         present ({import_waits} runs refused for the lock and repeated)",
        imports.len()
    );
    println!(
        "concurrency: {PROCESSES} processes × {SAVES} saves at once = {saved} acknowledged and \
         all present ({quota} enrollments refused for a full quota); {busy} lock waits past the \
         busy timeout came back as the product's message and were retried; integrity ok, chain \
         intact; burst {:.1} s, whole test {:.1} s",
        burst.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    assert_eq!(saved, PROCESSES * SAVES);
}
