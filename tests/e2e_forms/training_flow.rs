//! Issue 8's end-to-end scenario through the real binary: a training is
//! created in tab 2, a whole unit's employees are added as its participants
//! (`]`, `v` to "everyone in service", `/` the unit, `a`, `y`), their
//! results are marked in the participants grid with one key each, and
//! `peka export DB rekap-jp --year Y` shows exactly those people's JP moved.

use super::common::pty::{WAIT, key};
use super::operator::*;
use super::results::rekap;
use peka::i18n::training_form as tfx;

#[test]
fn a_new_training_a_units_participants_and_their_results_move_exactly_their_jp() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    // The unit and the people in it, read before the binary starts: all
    // who were ever placed there, and those plainly active (someone on
    // leave or study is in service too, and listed).
    let unit = "Dispertanahan";
    let people_of = |sql: &str| -> Vec<String> {
        conn.prepare(sql)
            .unwrap()
            .query_map([unit], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let placed = people_of(
        "SELECT e.nip FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE u.singkatan = ?1",
    );
    let unit_people: Vec<String> = conn
        .prepare(
            "SELECT e.nip FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
             WHERE u.singkatan = ?1 AND e.status = 'AKTIF'",
        )
        .unwrap()
        .query_map([unit], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(unit_people.len() > 5, "the demo unit has people");
    drop(conn);
    let before = rekap(&db, 2026);

    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    s.send("2");
    s.wait_for("Peserta");
    // A finished November training of 24 JP, the code left to be made.
    s.send("n");
    s.wait_for(tfx::TF_NAME.get(LANG));
    s.send("Bimtek Uji Pertanahan");
    s.send(key::TAB);
    s.send("Bimtek");
    s.send(key::TAB);
    s.send(key::TAB); // kode: made on save
    s.send("2-11-2026");
    s.send(key::TAB);
    s.send("5-11-2026");
    s.send(key::TAB);
    s.send("24");
    s.send(key::TAB);
    s.send("60");
    s.send(key::TAB);
    s.send("Selesai");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan: Bimtek Uji Pertanahan") && !scr.contains(tfx::TF_NAME.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("the training was not saved:\n{scr}"));
    let conn = open(&db);
    let (training, code): (i64, String) = conn
        .query_row(
            "SELECT id, kode FROM pelatihan WHERE nama = 'Bimtek Uji Pertanahan'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("stored");
    drop(conn);

    // Its participants: everyone in service of one unit.
    s.send("/");
    s.send(&code);
    s.send(key::ENTER);
    s.send(key::ENTER);
    s.wait_for(&format!("{code} ·"));
    s.send("]");
    s.wait_for("Paling membutuhkan:");
    s.send("v");
    s.wait_for("Belum mencapai target JP:");
    s.send("v");
    s.wait_for("Semua pegawai aktif:");
    s.send("/");
    s.send(unit);
    s.send(key::ENTER);
    let scr = s.wait_for(&format!("Saring: {unit}"));
    // "1/N (dari M)": N people of the unit shown.
    let shown: usize = scr
        .lines()
        .find(|l| l.starts_with("Saring:"))
        .and_then(|l| l.split_whitespace().find(|w| w.starts_with("1/")))
        .and_then(|w| w[2..].parse().ok())
        .unwrap_or_else(|| panic!("the position line:\n{scr}"));
    s.send("a");
    let scr = s.wait_for("(y/n)");
    assert!(
        words(&scr).contains(&format!("Daftarkan {shown} pegawai")),
        "the question counts them:\n{scr}"
    );
    s.send("y");
    s.wait_for("ditambahkan sebagai peserta");
    let conn = open(&db);
    let enrolled: Vec<String> = conn
        .prepare(
            "SELECT e.nip FROM peserta_pelatihan x JOIN pegawai e ON e.id = x.pegawai_id
             WHERE x.pelatihan_id = ?1 AND x.status = 'DIUSULKAN' AND x.sumber_usulan = 'OPD'",
        )
        .unwrap()
        .query_map([training], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(conn);
    assert_eq!(enrolled.len(), shown, "everyone shown, nobody else");
    assert!(
        enrolled.iter().all(|n| placed.contains(n)),
        "only the unit's people"
    );
    assert!(
        unit_people.iter().all(|n| enrolled.contains(n)),
        "every active one of them"
    );

    // Back to the participants: one key per person marks them passed.
    s.send("[");
    s.wait_for(&format!("{code} ·"));
    for _ in &enrolled {
        s.send("l");
    }
    let conn = open(&db);
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let done: i64 = conn
            .query_row(
                "SELECT count(*) FROM peserta_pelatihan WHERE pelatihan_id = ?1 AND status = 'LULUS'",
                [training],
                |r| r.get(0),
            )
            .unwrap();
        if done as usize == enrolled.len() {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{done} of {} saved:\n{}",
            enrolled.len(),
            s.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    drop(conn);
    quit(&mut s);

    // Exactly those people's JP moved, by the training's 24 JP.
    let after = rekap(&db, 2026);
    for (nip, jp_after) in &after {
        let jp_before = before.get(nip).copied().unwrap_or(0.0);
        if enrolled.contains(nip) {
            assert_eq!(*jp_after, jp_before + 24.0, "{nip}");
        } else {
            assert_eq!(*jp_after, jp_before, "{nip} did not move");
        }
    }
}
