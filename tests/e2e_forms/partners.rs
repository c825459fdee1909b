//! Issue 7 item 7 through the real binary: a partner is created and edited in
//! tab 3, refused for deletion while it has agreements, and exported by
//! `peka export DB mitra` exactly as typed.

use super::common::pty::{WAIT, key};
use super::operator::*;
use peka::i18n::partner_form as px;
use std::process::Command;

#[test]
fn a_partner_is_created_edited_refused_for_deletion_and_exported() {
    let (dir, db) = demo_copy();
    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    s.send("3");
    s.wait_for("Perj.");
    s.send("n");
    s.wait_for(px::FORM_NEW_PARTNER.get(LANG));
    s.send("Universitas Almuslim");
    s.send(key::TAB);
    s.send("Umuslim");
    s.send(key::TAB);
    s.send("Perg");
    s.send(key::TAB);
    s.send("Bireuen");
    s.send(key::TAB);
    s.send("Marzuki");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan: Universitas Almuslim")
            && !scr.contains(px::FORM_NEW_PARTNER.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("the partner was not saved:\n{scr}"));
    // The cursor is on the new row: edit its contact person.
    s.send("e");
    s.wait_for(px::FORM_EDIT_PARTNER.get(LANG));
    for _ in 0..4 {
        s.send(key::TAB);
    }
    s.send("Rahmi Safitri");
    s.send(key::CTRL_S);
    s.wait_until(WAIT, |scr| {
        scr.contains("Rahmi Safitri") && !scr.contains(px::FORM_EDIT_PARTNER.get(LANG))
    })
    .unwrap_or_else(|scr| panic!("the edit was not saved:\n{scr}"));
    // Universitas Malikussaleh has agreements: never deleted.
    s.send("/");
    s.send("malikussaleh");
    s.send(key::ENTER);
    s.send("d");
    s.wait_for("(y/n)");
    s.send("y");
    let scr = s.wait_for("Tidak dihapus");
    assert!(
        words(&scr).contains("perjanjian"),
        "the refusal counts them:\n{scr}"
    );
    quit(&mut s);

    let out = Command::new(bin())
        .args(["export", db.to_str().unwrap(), "mitra"])
        .output()
        .expect("run peka export");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with("Universitas Almuslim,"))
        .unwrap_or_else(|| panic!("the new partner is exported:\n{text}"));
    assert_eq!(
        row,
        "Universitas Almuslim,Umuslim,PERGURUAN_TINGGI,Bireuen,Rahmi Safitri,,,0,"
    );
    assert!(
        text.lines()
            .any(|l| l.starts_with("Universitas Malikussaleh,")),
        "kept"
    );
}
