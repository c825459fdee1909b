//! Issue 8 item 3 through the real binary: the results of a whole training
//! entered with one key per participant; the keys are counted, and
//! `peka export DB rekap-jp` shows exactly those people's JP moved.

use super::common::pty::{WAIT, key};
use super::operator::*;
use std::process::Command;

/// (nip → jp) of `rekap-jp` for `year`.
pub(super) fn rekap(db: &std::path::Path, year: i32) -> std::collections::HashMap<String, f64> {
    let out = Command::new(bin())
        .args([
            "export",
            db.to_str().unwrap(),
            "rekap-jp",
            "--year",
            &year.to_string(),
        ])
        .output()
        .expect("peka export rekap-jp");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = rdr.headers().unwrap().clone();
    let (nip, jp) = (
        headers.iter().position(|h| h == "nip").unwrap(),
        headers.iter().position(|h| h == "jp").unwrap(),
    );
    rdr.records()
        .map(|r| {
            let r = r.unwrap();
            (r[nip].to_string(), r[jp].parse().unwrap_or(0.0))
        })
        .collect()
}

#[test]
fn a_trainings_results_take_one_key_per_participant() {
    let (dir, db) = demo_copy();
    let conn = rusqlite::Connection::open(&db).unwrap();
    // A finished training of 2026 whose participants' results are reset to
    // "attending" (what the office has before it enters the results).
    let (id, code, jp): (i64, String, f64) = conn
        .query_row(
            "SELECT p.id, p.kode, p.jumlah_jp FROM pelatihan p
             JOIN peserta_pelatihan x ON x.pelatihan_id = p.id
             WHERE p.status = 'SELESAI' AND p.tanggal_selesai BETWEEN '2026-01-01' AND '2026-11-28'
             GROUP BY p.id HAVING count(*) >= 40 ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("a finished training with 40 or more participants");
    conn.execute(
        "UPDATE peserta_pelatihan SET status = 'MENGIKUTI', jp_diakui = 0, version = version + 1
         WHERE pelatihan_id = ?1",
        [id],
    )
    .unwrap();
    let people: Vec<String> = conn
        .prepare(
            "SELECT e.nip FROM peserta_pelatihan x JOIN pegawai e ON e.id = x.pegawai_id
             WHERE x.pelatihan_id = ?1",
        )
        .unwrap()
        .query_map([id], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(conn);
    let before = rekap(&db, 2026);

    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    let mut keys = 0;
    let mut send = |s: &mut super::common::pty::Session, k: &str| {
        s.send(k);
        keys += 1;
    };
    send(&mut s, "2");
    s.wait_for("Peserta");
    send(&mut s, "/");
    s.send(&code);
    send(&mut s, key::ENTER);
    send(&mut s, key::ENTER);
    s.wait_for(&format!("{code} ·"));
    for _ in &people {
        send(&mut s, "l");
    }
    s.wait_until(WAIT, |scr| scr.contains("tersimpan"))
        .unwrap_or_else(|scr| panic!("no result saved:\n{scr}"));
    // Every save answered: the list shows them all passed.
    let conn = open(&db);
    // 214 saves on a CI machine busy with other test binaries: this checks
    // that every save lands, not how fast (that is BENCHMARKS.md's job).
    let deadline = std::time::Instant::now() + WAIT * 6;
    loop {
        let done: i64 = conn
            .query_row(
                "SELECT count(*) FROM peserta_pelatihan WHERE pelatihan_id = ?1 AND status = 'LULUS'",
                [id],
                |r| r.get(0),
            )
            .unwrap();
        if done as usize == people.len() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{done} of {} saved",
            people.len()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    drop(conn);
    quit(&mut s);
    println!(
        "results of {} participants: {keys} keys beyond the training code ({} per person)",
        people.len(),
        keys as f64 / people.len() as f64
    );
    assert!(
        keys <= people.len() + 5,
        "{keys} keys for {} people",
        people.len()
    );

    // Exactly those people's JP moved, by the training's JP.
    let after = rekap(&db, 2026);
    for (nip, jp_after) in &after {
        let jp_before = before.get(nip).copied().unwrap_or(0.0);
        if people.contains(nip) {
            assert_eq!(*jp_after, jp_before + jp, "{nip}");
        } else {
            assert_eq!(*jp_after, jp_before, "{nip} did not move");
        }
    }
}
