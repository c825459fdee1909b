//! Issue 10's end-to-end scenario through the real binary at 80×24: a
//! unit's evaluations for a new quarter are entered in its grid with two
//! keys a person (the keys are counted), the distribution line warns against
//! the organisation predicate's limit, `peka export … evaluasi` has them with
//! the derived predicate, and a post-training follow-up with a proposed level
//! moves the person's gap.

use super::common::pty::{WAIT, key};
use super::operator::*;
use std::process::Command;

fn export(db: &std::path::Path, entity: &str) -> String {
    let out = Command::new(bin())
        .args(["export", db.to_str().unwrap(), entity])
        .output()
        .expect("run peka export");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_units_quarter_in_two_keys_a_person_then_a_follow_up_moves_a_gap() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    let unit = "BKPSDM";
    // The people the grid lists: in service in BKPSDM and its divisions.
    let people: i64 = conn
        .query_row(
            "SELECT count(*) FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
             WHERE (u.singkatan = ?1 OR u.induk_id = (SELECT id FROM unit_kerja WHERE singkatan = ?1))
               AND (e.status IN ('AKTIF','CUTI','TUGAS_BELAJAR') OR e.tanggal_status > '2026-11-28')",
            [unit],
            |r| r.get(0),
        )
        .unwrap();
    assert!(people >= 30, "a real unit: {people}");
    drop(conn);

    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    let mut keys = 0usize;
    let mut press = |s: &mut super::common::pty::Session, k: &str| {
        keys += 1;
        s.send(k);
    };
    press(&mut s, "4");
    s.wait_for("Evaluasi Triwulan 3 2026");
    press(&mut s, "/");
    for c in unit.chars() {
        press(&mut s, &c.to_string());
    }
    press(&mut s, key::ENTER);
    s.wait_for(&format!("Saring: {unit}"));
    press(&mut s, "u");
    s.wait_for(&format!("Penilaian {unit} · Triwulan 3 2026"));
    press(&mut s, ">");
    s.wait_for(&format!("Penilaian {unit} · Triwulan 4 2026"));
    press(&mut s, "o");
    press(&mut s, "o");
    s.wait_for("predikat unit: Baik");
    // The head of the unit (the first row) takes the unit's achievement as
    // work result: Baik gives "sesuai", shown once the grid is read again.
    s.wait_until(WAIT, |scr| {
        scr.lines()
            .find(|l| l.starts_with("▶"))
            .is_some_and(|l| l.contains("Sesuai"))
    })
    .unwrap_or_else(|scr| panic!("the leader's work result is not filled:\n{scr}"));
    let leader_prefilled = true;
    // Everyone: work result then behaviour (the head of the unit: one key).
    // Sesuai/sesuai (Baik) for most, a few above and below.
    for i in 0..people {
        let first = i == 0 && leader_prefilled;
        let (work, behaviour) = match i % 10 {
            7 => ("a", "a"),
            9 => ("b", "s"),
            _ => ("s", "s"),
        };
        if !first {
            press(&mut s, work);
        }
        press(&mut s, behaviour);
        if i % 8 == 7 {
            // Let the screen catch up now and then (a typist pauses too).
            s.wait_for(&format!("dinilai {} dari {people}", i + 1));
        }
    }
    let scr = s.wait_for(&format!("dinilai {people} dari {people}"));
    // Baik for ~80% of the unit, past the 70% a Baik unit allows: a warning.
    let allowed = (people as f64 * 0.7).floor() as i64;
    assert!(
        scr.contains(&format!("(maks {allowed} dari {people})")),
        "the distribution line warns:\n{scr}"
    );
    // Every row's save has landed before the queue is opened: a save that
    // answers later reloads the queue under the next key.
    let conn = open(&db);
    let deadline = std::time::Instant::now() + WAIT * 6;
    loop {
        let saved: i64 = conn
            .query_row(
                "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026
                 AND jenis_periode = 'TRIWULAN' AND periode_ke = 4",
                [],
                |r| r.get(0),
            )
            .unwrap();
        if saved >= people {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{saved} of {people} saved"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    drop(conn);
    press(&mut s, key::ESC);
    s.wait_gone(&format!("Penilaian {unit}"));
    // Two keys a person plus a handful to get there: a 40-person unit takes
    // about a hundred keystrokes, not an afternoon.
    let overhead = keys - 2 * people as usize;
    assert!(
        overhead <= 15,
        "{keys} keys for {people} people ({overhead} beyond two a person)"
    );
    eprintln!("evaluation grid: {keys} keystrokes for {people} people");

    // A follow-up from the queue proposes a level of the training's target.
    s.send("t");
    s.wait_for("Tindak lanjut pasca pelatihan jatuh tempo");
    let conn = open(&db);
    let (employee, competency, enrollment): (i64, i64, i64) = conn
        .query_row(
            "SELECT pp.pegawai_id, pk.kompetensi_id, pp.id FROM peserta_pelatihan pp
             JOIN pelatihan p ON p.id = pp.pelatihan_id
             JOIN pelatihan_kompetensi pk ON pk.pelatihan_id = p.id
             JOIN pegawai e ON e.id = pp.pegawai_id
             WHERE pp.status IN ('LULUS','SELESAI') AND p.status <> 'BATAL'
               AND p.tanggal_selesai <= '2026-08-28' AND e.status = 'AKTIF'
               AND NOT EXISTS (SELECT 1 FROM monitoring_pasca_pelatihan m WHERE m.peserta_pelatihan_id = pp.id)
             ORDER BY p.tanggal_selesai, p.kode, e.nama COLLATE NOCASE, e.nip LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .expect("the first participation due");
    let before: Option<i64> = conn
        .query_row(
            "SELECT level_aktual FROM penilaian_kompetensi WHERE pegawai_id = ?1 AND kompetensi_id = ?2
             ORDER BY tanggal DESC, id DESC LIMIT 1",
            [employee, competency],
            |r| r.get(0),
        )
        .ok();
    drop(conn);
    let proposed = if before == Some(5) { 4 } else { 5 };
    s.send(key::ENTER);
    s.wait_for("Tindak lanjut pasca pelatihan ·");
    for _ in 0..3 {
        s.send(key::TAB);
    }
    s.send("4");
    s.send(key::TAB);
    s.send("Menerapkan materi dalam pekerjaan");
    for _ in 0..3 {
        s.send(key::TAB);
    }
    s.send(&proposed.to_string());
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| !scr.contains("Tindak lanjut pasca pelatihan ·"))
        .unwrap_or_else(|scr| panic!("the follow-up was not saved:\n{scr}"));
    quit(&mut s);

    let conn = open(&db);
    let (level, source): (i64, Option<i64>) = conn
        .query_row(
            "SELECT level_aktual, monitoring_id FROM penilaian_kompetensi
             WHERE pegawai_id = ?1 AND kompetensi_id = ?2 ORDER BY tanggal DESC, id DESC LIMIT 1",
            [employee, competency],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(level, proposed, "the latest level is the proposed one");
    let from: i64 = conn
        .query_row(
            "SELECT peserta_pelatihan_id FROM monitoring_pasca_pelatihan WHERE id = ?1",
            [source.expect("sourced from the follow-up")],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(from, enrollment);
    drop(conn);

    // The export: the quarter's rows with the derived predicate.
    let text = export(&db, "evaluasi");
    let rows: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(",2026,TRIWULAN,4,"))
        .collect();
    assert_eq!(rows.len() as i64, people, "every evaluation exported");
    let baik = rows
        .iter()
        .filter(|l| l.contains(",SESUAI,SESUAI,BAIK"))
        .count() as i64;
    let very = rows
        .iter()
        .filter(|l| l.contains(",DI_ATAS,DI_ATAS,SANGAT_BAIK"))
        .count() as i64;
    let needs = rows
        .iter()
        .filter(|l| l.contains(",DI_BAWAH,SESUAI,BUTUH_PERBAIKAN"))
        .count() as i64;
    assert_eq!(baik + very + needs, people, "{rows:#?}");
    assert_eq!(very, (0..people).filter(|i| i % 10 == 7).count() as i64);
    drop(dir);
}
