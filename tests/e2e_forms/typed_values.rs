//! Issue 6 item 1 through the real binary: a value typed over a prefilled
//! field is the value stored.

use super::common::pty::key;
use super::operator::*;
use peka::i18n::forms as fx;

/// The case: `p` in an employee's detail, a competency and a level,
/// then `15-11-2026` typed into the date the form prefilled with the
/// reference date; `Ctrl-S` stores 2026-11-15, not the prefilled date.
#[test]
fn a_date_typed_over_the_prefilled_assessment_date_is_the_date_stored() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    let today = today(&conn);
    assert_ne!(
        today.to_string(),
        "2026-11-15",
        "the prefill differs from the typed date"
    );
    let before: i64 = conn
        .query_row(
            "SELECT coalesce(max(id), 0) FROM penilaian_kompetensi",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);

    let mut s = start(dir.path(), &[db.to_str().unwrap()]);
    s.send(key::ENTER);
    s.send("p");
    s.wait_for(fx::AF_COMPETENCY.get(LANG));
    s.send("integ");
    s.wait_for("› M.01");
    s.send(key::ENTER);
    s.send("3");
    s.send(key::TAB);
    s.send("15-11-2026");
    s.wait_for("15-11-2026");
    s.send(key::TAB);
    s.send(" ");
    s.send(key::CTRL_S);
    let title = fx::assessment_title(LANG, "");
    s.wait_gone(title.trim());
    quit(&mut s);

    let conn = open(&db);
    let rows: Vec<(String, i64)> = conn
        .prepare("SELECT tanggal, level_aktual FROM penilaian_kompetensi WHERE id > ?1")
        .unwrap()
        .query_map([before], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        rows,
        vec![("2026-11-15".to_string(), 3)],
        "exactly the typed values"
    );
}
