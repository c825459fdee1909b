//! Issue 7 item 5 through the real binary: a save that meets another
//! session's write lock does not freeze the screen. The screen says it is
//! waiting and retrying, keys are answered meanwhile, and the save lands once
//! the lock is released — or Esc stops it with everything typed kept.

use super::common::pty::{WAIT, key};
use super::operator::*;
use peka::i18n::partner_form as px;
use rusqlite::Connection;

fn hold_write_lock(db: &std::path::Path) -> Connection {
    let c = Connection::open(db).expect("a second session");
    c.execute_batch("BEGIN IMMEDIATE")
        .expect("take the write lock");
    c
}

fn contact_of_first_partner(db: &std::path::Path) -> String {
    open(db)
        .query_row(
            "SELECT narahubung FROM mitra ORDER BY nama COLLATE NOCASE, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// Opens the first partner's form and types a new contact person.
fn edit_first_partner(s: &mut common_session::Session, contact: &str) {
    s.send("3");
    s.wait_for("Perj.");
    s.send("e");
    s.wait_for(px::FORM_EDIT_PARTNER.get(LANG));
    for _ in 0..4 {
        s.send(key::TAB);
    }
    s.send(contact);
}

mod common_session {
    pub use super::super::common::pty::Session;
}

#[test]
fn a_save_waiting_for_a_lock_keeps_the_screen_alive_and_lands_after() {
    let (dir, db) = demo_copy();
    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    edit_first_partner(&mut s, "Nurul Aini");
    let lock = hold_write_lock(&db);
    s.send(key::CTRL_S);
    let waiting = "Berkas data sedang dipakai sesi lain";
    s.wait_for(waiting);
    // Keys are answered while the save waits: the help opens and closes.
    s.send(key::F1);
    s.wait_for("Bantuan");
    s.send(key::ESC);
    s.wait_gone("Bantuan");
    assert_ne!(
        contact_of_first_partner(&db),
        "Nurul Aini",
        "not saved while locked"
    );
    lock.execute_batch("COMMIT").unwrap();
    s.wait_until(WAIT, |scr| {
        scr.contains("Tersimpan") && !scr.contains(waiting)
    })
    .unwrap_or_else(|scr| panic!("the save did not land after the lock went:\n{scr}"));
    quit(&mut s);
    assert_eq!(contact_of_first_partner(&db), "Nurul Aini");
}

#[test]
fn esc_stops_a_waiting_save_and_keeps_what_was_typed() {
    let (dir, db) = demo_copy();
    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    let before = contact_of_first_partner(&db);
    edit_first_partner(&mut s, "Cut Meutia");
    let lock = hold_write_lock(&db);
    s.send(key::CTRL_S);
    s.wait_for("Berkas data sedang dipakai sesi lain");
    s.send(key::ESC);
    let scr = s.wait_for("tidak ada yang berubah");
    assert!(
        scr.contains(px::FORM_EDIT_PARTNER.get(LANG)),
        "the form stays:\n{scr}"
    );
    assert!(scr.contains("Cut Meutia"), "what was typed stays:\n{scr}");
    lock.execute_batch("ROLLBACK").unwrap();
    drop(lock);
    assert_eq!(contact_of_first_partner(&db), before, "nothing was written");
}
