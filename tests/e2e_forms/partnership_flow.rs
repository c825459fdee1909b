//! Issue 9's end-to-end scenario through the real binary at 80×24: an MoU
//! and a PKS under it are created for a partner in tab 3, three students of
//! one campus are entered with save-and-new, one of them gets a logbook
//! entry and the final evaluation; the mentor's detail in tab 1 lists the
//! three, Monitoring shows the student's suggestion, and `peka export` writes
//! the agreements, the internships, the logbook and the evaluation as typed.

use super::common::pty::{Session, WAIT, key};
use super::operator::*;
use peka::i18n::intern_forms as ix;
use std::process::Command;

/// Types `text` into the focused lookup field and picks the first offer
/// once it shows.
fn pick(s: &mut Session, text: &str, offer: &str) {
    s.send(text);
    s.wait_until(WAIT, |scr| scr.contains("› ") && scr.contains(offer))
        .unwrap_or_else(|scr| panic!("no offer {offer:?} for {text:?}:\n{scr}"));
    s.send(key::ENTER);
    s.wait_until(WAIT, |scr| !scr.contains("› "))
        .unwrap_or_else(|scr| panic!("{offer:?} not picked:\n{scr}"));
}

fn export(db: &std::path::Path, entity: &str) -> String {
    let out = Command::new(bin())
        .args(["export", db.to_str().unwrap(), entity])
        .output()
        .expect("run peka export");
    assert!(
        out.status.success(),
        "peka export {entity}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn an_mou_a_pks_three_interns_a_logbook_entry_and_feedback_reach_detail_and_exports() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    // A structural official of BKPSDM in service mentors the group.
    let mentor: String = conn
        .query_row(
            "SELECT e.nip FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
             WHERE u.singkatan = 'BKPSDM' AND e.status = 'AKTIF'
               AND e.jenis_jabatan IN ('ADMINISTRATOR','PENGAWAS') ORDER BY e.nip LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a BKPSDM official");
    drop(conn);

    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    s.send("3");
    s.wait_for("Perjanjian");
    s.send("]");
    s.wait_for("Sisa hari");

    // The MoU.
    s.send("n");
    s.wait_for(ix::FORM_NEW_AGREEMENT.get(LANG));
    pick(&mut s, "unimal", "Universitas Malikussaleh");
    s.send(key::TAB); // jenis: MoU by default
    s.send(key::TAB); // MoU induk: none
    s.send("900/KSB/2026");
    s.send(key::TAB);
    s.send("88/UN45/KS/2026");
    s.send(key::TAB);
    s.send("Kerja Sama Magang dan Pengembangan SDM");
    s.send(key::TAB);
    s.send("1-10-2026");
    s.send(key::TAB);
    s.send("30-9-2031");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan: 900/KSB/2026") && !scr.contains(ix::FORM_NEW_AGREEMENT.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("the MoU was not saved:\n{scr}"));

    // The PKS under it.
    s.send("n");
    s.wait_for(ix::FORM_NEW_AGREEMENT.get(LANG));
    pick(&mut s, "unimal", "Universitas Malikussaleh");
    s.send("PKS");
    s.send(key::TAB);
    pick(&mut s, "900/KSB", "900/KSB/2026");
    s.send("901/PKS/BKPSDM/2026");
    s.send(key::TAB);
    s.send(key::TAB);
    s.send("Magang Mahasiswa di BKPSDM");
    s.send(key::TAB);
    s.send("1-10-2026");
    s.send(key::TAB);
    s.send("30-9-2028");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan: 901/PKS/BKPSDM/2026")
            && !scr.contains(ix::FORM_NEW_AGREEMENT.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("the PKS was not saved:\n{scr}"));

    // Three students of Unimal, with save-and-new.
    s.send("]");
    s.wait_for("Pembimbing");
    s.send("n");
    s.wait_for(ix::FORM_NEW_INTERN.get(LANG));
    s.send("Cut Nurul Aini");
    s.send(key::TAB);
    s.send("2201010001");
    s.send(key::TAB);
    s.send("Perempuan");
    s.send(key::TAB);
    s.send("Sistem Informasi");
    s.send(key::TAB);
    s.send("S1");
    s.send(key::TAB);
    s.send("6");
    s.send(key::TAB);
    pick(&mut s, "unimal", "Universitas Malikussaleh");
    pick(&mut s, "901/PKS", "901/PKS/BKPSDM/2026");
    s.send("MBKM");
    s.send(key::TAB);
    pick(&mut s, "bkpsdm", "BKPSDM");
    pick(&mut s, &mentor, &mentor);
    s.send("2-11-2026");
    s.send(key::TAB);
    s.send("31-1-2027");
    s.send(key::TAB);
    s.send("Berjalan");
    s.send(key::CTRL_N);
    s.wait_for("Tersimpan: Cut Nurul Aini");
    for (name, nim, sex, n) in [
        ("Muhammad Rizal", "2201010002", "Laki", 2),
        ("Nurbayan", "2201010003", "Perempuan", 3),
    ] {
        s.send(name);
        s.send(key::TAB);
        s.send(nim);
        s.send(key::TAB);
        s.send(sex);
        s.send(key::CTRL_N);
        s.wait_for(&format!("Tersimpan: {name} ({n}"));
    }
    s.send(key::ESC);
    s.wait_gone(ix::FORM_NEW_INTERN.get(LANG));

    // Nurbayan: a logbook entry and the final evaluation.
    s.send("/");
    s.send("2201010003");
    s.send(key::ENTER);
    s.wait_for("Saring: 2201010003");
    s.send(key::ENTER);
    s.wait_for("NIM 2201010003");
    s.send("n");
    s.wait_for("Entri logbook baru");
    s.send("4-11-2026");
    s.send(key::TAB);
    s.send("Memindai arsip kepegawaian 2019");
    s.send(key::TAB);
    s.send("312 berkas");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("04-11-2026") && !scr.contains("Entri logbook baru")
    })
    .unwrap_or_else(|scr| panic!("the logbook entry was not saved:\n{scr}"));
    s.send("f");
    s.wait_for("Evaluasi akhir magang");
    s.send(key::TAB);
    s.send("86");
    s.send(key::TAB);
    s.send("Teliti dan cepat belajar");
    s.send(key::TAB);
    s.send("Pembimbing selalu ada");
    s.send(key::TAB);
    s.send("Antrean layanan dibuat daring");
    s.send(key::CTRL_S);
    let scr = s
        .wait_until(WAIT, |scr| {
            scr.contains("Antrean layanan dibuat daring") && !scr.contains("Evaluasi akhir magang")
        })
        .unwrap_or_else(|scr| panic!("the evaluation was not saved:\n{scr}"));
    assert!(scr.contains("Memindai arsip kepegawaian 2019"), "{scr}");

    // The mentor's detail in tab 1 lists the three.
    s.send(key::ESC);
    // The list again (its column title, not in the detail) before the next
    // key, so Esc and that key never arrive as one Alt chord.
    s.wait_gone("NIM 2201010003");
    s.send("1");
    s.send("/");
    s.send(&mentor);
    s.send(key::ENTER);
    s.wait_for(&format!("Saring: {mentor}"));
    s.send(key::ENTER);
    // The detail shows the NIP grouped ("19721216 200004 2 001"): waiting
    // for the plain NIP passed only while the list (its filter line) was
    // still on the screen, and failed when the detail came first.
    s.wait_for(&format!("{} {} ", &mentor[..8], &mentor[8..14]));
    s.send("G");
    let scr = s
        .wait_until(WAIT, |scr| scr.contains("Nurbayan"))
        .unwrap_or_else(|scr| panic!("the mentor's interns are not listed:\n{scr}"));
    for name in ["Cut Nurul Aini", "Muhammad Rizal"] {
        assert!(scr.contains(name), "{name}:\n{scr}");
    }

    // Monitoring: the student's suggestion among the students' suggestions.
    s.send(key::ESC);
    // The list again (its filter line) before the next key: Esc and a key
    // arriving together would read as one Alt chord.
    s.wait_for(&format!("Saring: {mentor}"));
    s.send("5");
    s.wait_for("Kepatuhan JP 2026");
    // The suggestions are the tenth of eleven reports: two back from the first.
    for _ in 0..2 {
        s.send("[");
    }
    s.wait_for("Saran mahasiswa magang untuk unit");
    s.send("/");
    s.send("Nurbayan");
    s.send(key::ENTER);
    let scr = s
        .wait_until(WAIT, |scr| scr.contains("Antrean layanan"))
        .unwrap_or_else(|scr| panic!("the suggestion is not in Monitoring:\n{scr}"));
    assert!(scr.contains("BKPSDM"), "{scr}");
    quit(&mut s);

    // What was typed is what is exported.
    let agreements = export(&db, "perjanjian");
    let mou = agreements
        .lines()
        .find(|l| l.starts_with("900/KSB/2026,"))
        .unwrap_or_else(|| panic!("the MoU is exported:\n{agreements}"));
    assert!(
        mou.starts_with("900/KSB/2026,Universitas Malikussaleh,MOU,2026-10-01,2031-09-30,"),
        "{mou}"
    );
    assert!(
        agreements.lines().any(|l| l.starts_with(
            "901/PKS/BKPSDM/2026,Universitas Malikussaleh,PKS,2026-10-01,2028-09-30,"
        )),
        "{agreements}"
    );
    let interns = export(&db, "magang");
    for (nim, name) in [
        ("2201010001", "Cut Nurul Aini"),
        ("2201010002", "Muhammad Rizal"),
        ("2201010003", "Nurbayan"),
    ] {
        let row = interns
            .lines()
            .find(|l| l.starts_with(&format!("{nim},")))
            .unwrap_or_else(|| panic!("{nim} is exported:\n{interns}"));
        let cols: Vec<&str> = row.split(',').collect();
        assert_eq!(cols[1], name, "{row}");
        assert_eq!(cols[4], mentor, "{row}");
        assert_eq!(
            (cols[5], cols[6], cols[7]),
            ("2026-11-02", "2027-01-31", "BERJALAN"),
            "{row}"
        );
    }
    let log = export(&db, "logbook-magang");
    assert!(
        log.lines().any(|l| l.starts_with("2201010003,")
            && l.contains(",2026-11-04,Memindai arsip kepegawaian 2019,312 berkas,")),
        "{log}"
    );
    let feedback = export(&db, "umpan-balik-magang");
    let row = feedback
        .lines()
        .find(|l| l.starts_with("2201010003,"))
        .unwrap_or_else(|| panic!("the evaluation is exported:\n{feedback}"));
    for part in [
        ",86,",
        "Teliti dan cepat belajar",
        "Pembimbing selalu ada",
        "Antrean layanan dibuat daring",
    ] {
        assert!(row.contains(part), "{part}: {row}");
    }
    drop(dir);
}
