//! Tab 1's list kept to one unit and its sub-units, through the keys and the
//! real runner on a copy of sample.db: `Enter` on a unit in Unit kerja, and
//! `Enter` on a unit's row of a Monitoring report. What is shown, filtered
//! and exported is checked against the database.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::tui::app::{App, Effect, Msg};
use peka::tui::keymap::{self, Action, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashSet;

fn act(r: &Runner, app: &mut App, a: Action) {
    let effects = key(app, a);
    r.pump(app, effects);
}

/// The action a real key has on the screen shown, carried out.
fn press(r: &Runner, app: &mut App, code: KeyCode) {
    let k = KeyEvent::new(code, KeyModifiers::NONE);
    let a = keymap::resolve(app.screen(), &k)
        .unwrap_or_else(|| panic!("{code:?} does nothing on {:?}", app.screen()));
    act(r, app, a);
}

/// Unit `short` (its singkatan) and every unit under it, by id.
fn subtree(r: &Runner, short: &str) -> (i64, HashSet<i64>) {
    let id: i64 = r
        .conn
        .query_row(
            "SELECT id FROM unit_kerja WHERE singkatan = ?1",
            [short],
            |row| row.get(0),
        )
        .unwrap();
    let ids = r
        .conn
        .prepare(
            "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION
             SELECT u.id FROM unit_kerja u JOIN sub ON u.induk_id = sub.id)
             SELECT id FROM sub",
        )
        .unwrap()
        .query_map([id], |row| row.get(0))
        .unwrap()
        .collect::<Result<HashSet<i64>, _>>()
        .unwrap();
    (id, ids)
}

fn unit_of(r: &Runner, employee: i64) -> i64 {
    r.conn
        .query_row(
            "SELECT unit_kerja_id FROM pegawai WHERE id = ?1",
            [employee],
            |row| row.get(0),
        )
        .unwrap()
}

fn shown_ids(app: &App) -> Vec<i64> {
    (0..app.employees.list.len())
        .map(|i| app.employees.list.get(i).unwrap().id)
        .collect()
}

fn status_line(app: &App) -> String {
    let text = screen_text(&draw(app));
    text.lines().rev().nth(1).unwrap_or("").to_string()
}

#[test]
fn enter_on_a_unit_lists_its_staff_and_its_sub_units_staff_filter_and_export_keep_to_it() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    let everyone = shown_ids(&app);
    let (unit, units) = subtree(&r, "Disdikbud");
    assert!(units.len() > 1, "Disdikbud has schools under it");
    // The listed rows of the unit's tree, in the list's own order.
    let expected: Vec<i64> = everyone
        .iter()
        .copied()
        .filter(|e| units.contains(&unit_of(&r, *e)))
        .collect();
    assert!(
        expected.iter().any(|e| unit_of(&r, *e) != unit),
        "some of them work in a school"
    );

    // `]` `]`: Unit kerja; ↓ to Disdikbud; Enter.
    press(&r, &mut app, KeyCode::Char(']'));
    press(&r, &mut app, KeyCode::Char(']'));
    assert_eq!(app.screen(), Screen::Units);
    assert!(
        screen_text(&draw(&app)).contains("Enter pegawainya"),
        "the footer offers it"
    );
    for _ in 0..200 {
        if app.employees.reference.selected_unit_id() == Some(unit) {
            break;
        }
        press(&r, &mut app, KeyCode::Down);
    }
    assert_eq!(app.employees.reference.selected_unit_id(), Some(unit));
    press(&r, &mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert_eq!(shown_ids(&app), expected);
    assert_eq!(app.employees.list.nav.selected, 0);
    let line = status_line(&app);
    let subs = units.len() - 1;
    assert!(
        line.starts_with(&format!(
            "Unit: Disdikbud (+{subs} sub-unit) · Esc semua unit"
        )),
        "{line}"
    );
    assert!(
        line.ends_with(&format!("1/{} (dari {})", expected.len(), everyone.len())),
        "{line}"
    );

    // `/guru`: within the unit only.
    press(&r, &mut app, KeyCode::Char('/'));
    for c in "guru".chars() {
        press(&r, &mut app, KeyCode::Char(c));
    }
    press(&r, &mut app, KeyCode::Enter);
    let teachers = shown_ids(&app);
    assert!(!teachers.is_empty() && teachers.len() < expected.len());
    for i in 0..app.employees.list.len() {
        let row = app.employees.list.get(i).unwrap();
        assert!(units.contains(&unit_of(&r, row.id)));
        assert!(
            row.position.as_str().to_lowercase().contains("guru")
                || row.name().to_lowercase().contains("guru"),
            "{}",
            row.position.as_str()
        );
    }
    assert!(status_line(&app).starts_with("Disdikbud · Saring: guru"));

    // `x` writes what is shown: those teachers, not the city's.
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    let nips: Vec<String> = (0..app.employees.list.len())
        .map(|i| app.employees.list.get(i).unwrap().nip().to_string())
        .collect();
    let exported: Vec<String> = job.rows.iter().map(|row| row[0].clone()).collect();
    assert_eq!(exported, nips);

    // Esc clears the filter, the unit stays; Esc again lets the unit go,
    // the cursor staying on its employee.
    press(&r, &mut app, KeyCode::Esc);
    assert_eq!(shown_ids(&app), expected);
    assert!(app.employees.unit.is_some());
    press(&r, &mut app, KeyCode::Down);
    press(&r, &mut app, KeyCode::Down);
    let on = app.employees.list.selected().unwrap().id;
    press(&r, &mut app, KeyCode::Esc);
    assert!(app.employees.unit.is_none());
    assert_eq!(shown_ids(&app), everyone);
    assert_eq!(app.employees.list.selected().unwrap().id, on);
    let line = status_line(&app);
    assert!(
        !line.contains("Unit:") && line.ends_with(&format!("/{}", everyone.len())),
        "{line}"
    );
}

#[test]
fn a_unit_row_of_a_monitoring_report_opens_that_units_staff_and_5_comes_back() {
    use peka::tui::tabs::monitoring::Sub;
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    let everyone = shown_ids(&app);
    let (unit, units) = subtree(&r, "BKPSDM");
    act(&r, &mut app, Action::GoTab(4));
    assert_eq!(app.monitoring.sub, Sub::Compliance);
    for _ in 0..50 {
        if app.monitoring.compliance.selected().map(|u| u.unit_id) == Some(unit) {
            break;
        }
        press(&r, &mut app, KeyCode::Down);
    }
    let row = app.monitoring.compliance.selected().unwrap().clone();
    assert_eq!(row.unit_id, unit);
    let place = app.monitoring.compliance.nav.selected;
    assert!(screen_text(&draw(&app)).contains("Enter buka"));
    press(&r, &mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::EmployeeList);
    let shown = shown_ids(&app);
    let expected: Vec<i64> = everyone
        .iter()
        .copied()
        .filter(|e| units.contains(&unit_of(&r, *e)))
        .collect();
    assert_eq!(shown, expected);
    // The report counts whoever served in the year, the list whoever serves
    // now: never fewer in the report.
    assert!(!shown.is_empty() && shown.len() as i64 <= row.employees);
    assert!(status_line(&app).starts_with("Unit: BKPSDM"));
    // `5`: the report, where it was.
    act(&r, &mut app, Action::GoTab(4));
    assert_eq!(app.screen(), Screen::Monitoring);
    assert_eq!(app.monitoring.sub, Sub::Compliance);
    assert_eq!(app.monitoring.compliance.nav.selected, place);

    // Kualitas data opens someone of another unit: the list lets BKPSDM go
    // so that `Esc` from their detail finds them in it.
    while app.monitoring.sub != Sub::Quality {
        act(&r, &mut app, Action::NextSub);
    }
    let someone = (0..app.monitoring.quality.len())
        .filter_map(|i| app.monitoring.quality.get(i))
        .filter(|q| q.problem == peka::db::data_quality::Problem::NoAssessment)
        .map(|q| q.id)
        .find(|e| everyone.contains(e) && !units.contains(&unit_of(&r, *e)))
        .expect("someone outside BKPSDM without an assessment");
    while app.monitoring.quality.selected().map(|q| q.id) != Some(someone) {
        press(&r, &mut app, KeyCode::Down);
    }
    press(&r, &mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::EmployeeDetail);
    press(&r, &mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert!(app.employees.unit.is_none());
    assert_eq!(app.employees.list.selected().map(|e| e.id), Some(someone));
}

/// Another session moves someone out of the unit and someone in: the list
/// kept to the unit follows when it is read again.
#[test]
fn the_unit_kept_to_follows_another_sessions_moves() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    let (unit, units) = subtree(&r, "Disdikbud");
    let inside = shown_ids(&app)
        .into_iter()
        .find(|e| units.contains(&unit_of(&r, *e)))
        .unwrap();
    let outside = shown_ids(&app)
        .into_iter()
        .find(|e| !units.contains(&unit_of(&r, *e)))
        .unwrap();
    press(&r, &mut app, KeyCode::Char(']'));
    press(&r, &mut app, KeyCode::Char(']'));
    while app.employees.reference.selected_unit_id() != Some(unit) {
        press(&r, &mut app, KeyCode::Down);
    }
    press(&r, &mut app, KeyCode::Enter);
    assert!(shown_ids(&app).contains(&inside));
    assert!(!shown_ids(&app).contains(&outside));

    let other_unit = unit_of(&r, outside);
    r.conn
        .execute(
            "UPDATE pegawai SET unit_kerja_id = ?1 WHERE id = ?2",
            [other_unit, inside],
        )
        .unwrap();
    r.conn
        .execute(
            "UPDATE pegawai SET unit_kerja_id = ?1 WHERE id = ?2",
            [unit, outside],
        )
        .unwrap();
    let effects = send(&mut app, Msg::DataChanged);
    r.pump(&mut app, effects);
    let shown = shown_ids(&app);
    assert!(!shown.contains(&inside), "moved out");
    assert!(shown.contains(&outside), "moved in");
    assert!(
        shown.iter().all(|e| units.contains(&unit_of(&r, *e))),
        "nobody else"
    );
    assert!(app.employees.unit.is_some());
}

/// A key that does nothing on a sub-list names the sub-list, not only the
/// tab: Enter on a standard is not Enter on a unit.
#[test]
fn a_key_that_does_nothing_names_the_sub_list_it_was_pressed_on() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    for _ in 0..4 {
        press(&r, &mut app, KeyCode::Char(']'));
    }
    assert_eq!(app.screen(), Screen::Reference);
    act(&r, &mut app, Action::Open);
    let text = match &app.status {
        Some(peka::tui::app::Status::Info(t)) => t.clone(),
        other => panic!("{other:?}"),
    };
    assert!(
        text.starts_with("Enter (membuka rincian) belum berlaku di Pegawai · Standar kompetensi"),
        "{text}"
    );
    assert_eq!(app.employees.unit, None, "no unit was chosen");
}

/// The unit chosen was deleted in another session before its employees
/// were read: the list shows every unit again and says why.
#[test]
fn a_unit_deleted_meanwhile_leaves_every_unit_shown_and_says_so() {
    let r = Runner::on_demo_copy();
    r.conn
        .execute(
            "INSERT INTO unit_kerja (kode, nama, singkatan, jenis, urutan)
             VALUES ('0.00', 'Unit Uji Sementara', 'UJI', 'LAINNYA', -1)",
            [],
        )
        .unwrap();
    let mut app = r.app();
    let everyone = shown_ids(&app);
    press(&r, &mut app, KeyCode::Char(']'));
    press(&r, &mut app, KeyCode::Char(']'));
    let (unit, _) = subtree(&r, "UJI");
    while app.employees.reference.selected_unit_id() != Some(unit) {
        press(&r, &mut app, KeyCode::Down);
    }
    r.conn
        .execute("DELETE FROM unit_kerja WHERE id = ?1", [unit])
        .unwrap();
    press(&r, &mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert!(app.employees.unit.is_none());
    assert_eq!(shown_ids(&app), everyone);
    assert!(
        matches!(&app.status, Some(peka::tui::app::Status::Error(_))),
        "{:?}",
        app.status
    );
}

fn form_key(r: &Runner, app: &mut App, code: KeyCode, mods: KeyModifiers) {
    let effects = send(app, Msg::FormKey(KeyEvent::new(code, mods)));
    r.pump(app, effects);
}

fn type_in(r: &Runner, app: &mut App, text: &str) {
    for c in text.chars() {
        form_key(r, app, KeyCode::Char(c), KeyModifiers::NONE);
    }
}

fn tab_to(r: &Runner, app: &mut App, field: &str) {
    for _ in 0..40 {
        if app.form.as_ref().unwrap().form.focus_key() == field {
            return;
        }
        form_key(r, app, KeyCode::Tab, KeyModifiers::NONE);
    }
    panic!("no field {field}");
}

/// `n` on the list kept to a unit without sub-units starts the new employee
/// in that unit (untouched, `Esc` closes it without asking); the saved
/// employee is in the database in that unit and on the list, under the
/// cursor. Kept to a unit with sub-units, the unit is left to choose.
#[test]
fn n_on_a_list_kept_to_a_unit_without_sub_units_starts_the_new_employee_there() {
    let r = Runner::on_demo_copy();
    let (leaf, short): (i64, String) = r
        .conn
        .query_row(
            "SELECT u.id, u.singkatan FROM unit_kerja u
             WHERE NOT EXISTS (SELECT 1 FROM unit_kerja c WHERE c.induk_id = u.id)
               AND EXISTS (SELECT 1 FROM pegawai e WHERE e.unit_kerja_id = u.id)
               AND u.induk_id IS NOT NULL
             ORDER BY u.id LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    let mut app = r.app();
    let to_unit = |app: &mut App, unit: i64| {
        act(&r, app, Action::GoTab(0));
        while !app.employees.is_units() {
            press(&r, app, KeyCode::Char(']'));
        }
        act(&r, app, Action::Home);
        while app.employees.reference.selected_unit_id() != Some(unit) {
            press(&r, app, KeyCode::Down);
        }
        press(&r, app, KeyCode::Enter);
        assert_eq!(app.screen(), Screen::EmployeeList);
    };

    // With sub-units: nothing chosen for the user.
    let (parent, _) = subtree(&r, "Disdikbud");
    to_unit(&mut app, parent);
    press(&r, &mut app, KeyCode::Char('n'));
    assert!(
        app.form
            .as_ref()
            .unwrap()
            .form
            .picked("unit_kerja_id")
            .is_none()
    );
    form_key(&r, &mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.form.is_none());

    to_unit(&mut app, leaf);
    press(&r, &mut app, KeyCode::Char('n'));
    let picked = app
        .form
        .as_ref()
        .unwrap()
        .form
        .picked("unit_kerja_id")
        .cloned()
        .expect("the unit is filled in");
    assert_eq!(picked.id, leaf);
    // Untouched: Esc closes it at once.
    form_key(&r, &mut app, KeyCode::Esc, KeyModifiers::NONE);
    assert!(app.form.is_none() && app.question.is_none());

    press(&r, &mut app, KeyCode::Char('n'));
    type_in(&r, &mut app, "199005122015031009");
    tab_to(&r, &mut app, "nama");
    type_in(&r, &mut app, "Rizal Ananda");
    tab_to(&r, &mut app, "nama_jabatan");
    type_in(&r, &mut app, "Pengelola Sistem Informasi");
    tab_to(&r, &mut app, "golongan");
    type_in(&r, &mut app, "II/a");
    tab_to(&r, &mut app, "jenis_asn");
    type_in(&r, &mut app, "PNS");
    tab_to(&r, &mut app, "jenis_jabatan");
    type_in(&r, &mut app, "Pelaksana");
    form_key(&r, &mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    if app.question.is_some() {
        press(&r, &mut app, KeyCode::Char('y'));
    }
    assert!(app.form.is_none(), "saved: {:?}", app.status);
    let (id, unit): (i64, i64) = r
        .conn
        .query_row(
            "SELECT id, unit_kerja_id FROM pegawai WHERE nip = '199005122015031009'",
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(unit, leaf);
    assert!(shown_ids(&app).contains(&id), "on the list kept to {short}");
    assert!(shown_ids(&app).iter().all(|e| unit_of(&r, *e) == leaf));
    assert_eq!(app.employees.list.selected().map(|e| e.id), Some(id));
}

/// Pensiun keeps to the unit chosen too: who in Disdikbud and its schools
/// reaches the retirement age soon.
#[test]
fn pensiun_keeps_to_the_unit_chosen_too() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    // Everyone retiring soon, before a unit is chosen.
    press(&r, &mut app, KeyCode::Char(']'));
    assert_eq!(app.screen(), Screen::Retiring);
    let all: Vec<i64> = (0..app.employees.retiring.list.len())
        .map(|i| app.employees.retiring.list.get(i).unwrap().id)
        .collect();
    let (unit, units) = subtree(&r, "Disdikbud");
    let expected: Vec<i64> = all
        .iter()
        .copied()
        .filter(|e| units.contains(&unit_of(&r, *e)))
        .collect();
    assert!(!expected.is_empty() && expected.len() < all.len());
    press(&r, &mut app, KeyCode::Char(']'));
    while app.employees.reference.selected_unit_id() != Some(unit) {
        press(&r, &mut app, KeyCode::Down);
    }
    press(&r, &mut app, KeyCode::Enter);
    press(&r, &mut app, KeyCode::Char(']'));
    assert_eq!(app.screen(), Screen::Retiring);
    let shown: Vec<i64> = (0..app.employees.retiring.list.len())
        .map(|i| app.employees.retiring.list.get(i).unwrap().id)
        .collect();
    assert_eq!(shown, expected);
    assert!(status_line(&app).starts_with("Unit: Disdikbud"));
    press(&r, &mut app, KeyCode::Esc);
    assert!(app.employees.unit.is_none());
    assert_eq!(app.employees.retiring.list.len(), all.len());
}
