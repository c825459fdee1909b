//! The results grid (issue 8 item 3): a participant's score, certificate
//! number and JP credited typed in the row, each row saved as it is left —
//! driven through `update` on fixture data, and once through the runner on
//! a copy of sample.db, reading the database afterwards.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::write::WriteError;
use peka::i18n::Lang;
use peka::tui::app::{App, Effect, Loaded, Msg, Request, Save, Saved, Status};
use peka::tui::keymap::{Action, Screen};

fn participants_open() -> App {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    app
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, Action::CellChar(c));
    }
}

fn open_cells(app: &App) -> [String; 3] {
    let p = app.training.participants.as_ref().unwrap();
    p.edit.as_ref().expect("a row is open").cells.clone()
}

#[test]
fn typed_values_replace_the_cells_and_are_saved_when_the_row_is_left() {
    let mut app = participants_open();
    assert_eq!(key(&mut app, Action::EditRow), vec![]);
    assert_eq!(app.screen(), Screen::ResultRow);
    assert_eq!(open_cells(&app), ["85", "SRT-1", "240"]);
    let text = screen_text(&draw(&app));
    assert!(text.contains("[85]"), "typing would replace it:\n{text}");
    // The first key replaces the cell, as in a form; then it appends.
    typed(&mut app, "92,5");
    key(&mut app, Action::CellMove(1));
    typed(&mut app, "SRT/7/2026");
    key(&mut app, Action::CellMove(1));
    typed(&mut app, "200");
    assert_eq!(open_cells(&app), ["92,5", "SRT/7/2026", "200"]);
    let effects = key(&mut app, Action::RowLeave(1));
    let [
        Effect::Save(Save::RowResult {
            target,
            score,
            certificate,
            jp,
            ..
        }),
    ] = effects.as_slice()
    else {
        panic!("leaving a changed row saves it: {effects:?}");
    };
    assert_eq!(
        (target.id, target.version, target.owner),
        (Some(101), 1, Some(1))
    );
    assert_eq!(
        (*score, certificate.as_str(), *jp),
        (Some(92.5), "SRT/7/2026", 200.0)
    );
    // The next row is open in the column typing began in: its score.
    let p = app.training.participants.as_ref().unwrap();
    let e = p.edit.as_ref().unwrap();
    assert_eq!((e.id, e.col), (102, 0));
    // Left unchanged: nothing saved, on to the next.
    assert_eq!(key(&mut app, Action::RowLeave(1)), vec![]);
    assert_eq!(
        app.training
            .participants
            .as_ref()
            .unwrap()
            .edit
            .as_ref()
            .unwrap()
            .id,
        103
    );
    // Up goes back; Esc closes the grid.
    key(&mut app, Action::RowLeave(-1));
    assert_eq!(
        app.training
            .participants
            .as_ref()
            .unwrap()
            .edit
            .as_ref()
            .unwrap()
            .id,
        102
    );
    assert_eq!(key(&mut app, Action::RowLeave(0)), vec![]);
    assert_eq!(app.screen(), Screen::Participants);
}

#[test]
fn an_empty_score_is_saved_as_none_and_backspace_edits() {
    let mut app = participants_open();
    key(&mut app, Action::EditRow);
    key(&mut app, Action::CellBackspace); // the whole selected value
    assert_eq!(open_cells(&app)[0], "");
    key(&mut app, Action::CellMove(-1)); // wraps to JP
    typed(&mut app, "2400");
    key(&mut app, Action::CellBackspace);
    let effects = key(&mut app, Action::RowLeave(0));
    let [Effect::Save(Save::RowResult { score, jp, .. })] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!((*score, *jp), (None, 240.0));
}

#[test]
fn bad_numbers_and_the_jp_rule_keep_the_row_open_with_a_message() {
    let mut app = participants_open();
    key(&mut app, Action::EditRow);
    typed(&mut app, "101");
    assert_eq!(key(&mut app, Action::RowLeave(1)), vec![]);
    assert!(matches!(&app.status, Some(Status::Error(t)) if t.contains("\"101\"")));
    let e = app
        .training
        .participants
        .as_ref()
        .unwrap()
        .edit
        .clone()
        .unwrap();
    assert_eq!((e.id, e.col), (101, 0), "the same row, at the score");
    typed(&mut app, "88");
    key(&mut app, Action::CellMove(-1));
    typed(&mut app, "241");
    assert_eq!(key(&mut app, Action::RowLeave(1)), vec![]);
    assert!(matches!(&app.status, Some(Status::Error(t)) if t.contains("melebihi JP pelatihan")));
    // Letters never enter a number column; one decimal mark only.
    key(&mut app, Action::CellClear);
    typed(&mut app, "1x2,,5.");
    assert_eq!(open_cells(&app)[2], "12,5");
}

/// Typing only the JP, row after row: Tab twice on the first row, then
/// each next row opens at the JP.
#[test]
fn the_next_row_opens_where_typing_began() {
    let mut app = participants_open();
    key(&mut app, Action::EditRow);
    key(&mut app, Action::CellMove(1));
    key(&mut app, Action::CellMove(1));
    typed(&mut app, "200");
    key(&mut app, Action::RowLeave(1));
    let e = app
        .training
        .participants
        .as_ref()
        .unwrap()
        .edit
        .clone()
        .unwrap();
    assert_eq!((e.id, e.col), (102, 2));
    typed(&mut app, "100");
    let effects = key(&mut app, Action::RowLeave(1));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Save(Save::RowResult { jp, score: Some(s), .. })] if *jp == 100.0 && *s == 85.0
    ));
}

/// A row saved: it shows what was written at its new version, in place,
/// and nothing is read again (a province's training has 26,000
/// participants: reading them and the catalogue after every row made the
/// next row wait 310 ms). Refused, the participants and the catalogue are
/// read again.
#[test]
fn a_saved_row_is_shown_in_place_without_reading_the_list_again() {
    let mut app = participants_open();
    key(&mut app, Action::EditRow);
    typed(&mut app, "92,5");
    key(&mut app, Action::CellMove(1));
    typed(&mut app, "SRT/7/2026");
    let effects = key(&mut app, Action::RowLeave(1));
    let [Effect::Save(save)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let saved = Saved {
        id: 101,
        then_new: false,
        version: Some(2),
    };
    let more = send(&mut app, Msg::Saved(save.clone(), Ok(saved)));
    assert_eq!(more, vec![], "nothing read again");
    assert!(matches!(&app.status, Some(Status::Info(t)) if t.contains("tersimpan")));
    let p = app.training.participants.as_ref().unwrap();
    let row = p.list.all().iter().find(|r| r.id == 101).unwrap();
    assert_eq!(
        (row.score, row.certificate.as_str(), row.version),
        (Some(92.5), "SRT/7/2026", 2)
    );
    // The next row stays open where typing goes on; back on the saved row,
    // it edits the new version.
    assert_eq!(p.edit.as_ref().unwrap().id, 102);
    key(&mut app, Action::RowLeave(-1));
    let e = app.training.participants.as_ref().unwrap().edit.clone();
    assert_eq!(e.map(|e| (e.id, e.version)), Some((101, 2)));
    // The filter finds the row by its new certificate number.
    key(&mut app, Action::RowLeave(0));
    key(&mut app, Action::Filter);
    for c in "srt/7".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    let p = app.training.participants.as_ref().unwrap();
    assert_eq!(p.list.len(), 1);
    assert_eq!(p.list.get(0).map(|r| r.id), Some(101));

    // Refused: read again.
    let mut app = participants_open();
    key(&mut app, Action::EditRow);
    typed(&mut app, "70");
    let effects = key(&mut app, Action::RowLeave(1));
    let [Effect::Save(save)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let refused = WriteError::Conflict {
        changed_by: None,
        changed_at: None,
    };
    let more = send(&mut app, Msg::Saved(save.clone(), Err(refused)));
    assert_eq!(
        more,
        vec![
            Effect::Load(Request::Trainings),
            Effect::Load(Request::Participants(1)),
        ]
    );
    assert!(matches!(app.status, Some(Status::Error(_))));
}

#[test]
fn read_only_refuses_typing_results() {
    let mut app = participants_open();
    app.read_only = true;
    assert_eq!(key(&mut app, Action::EditRow), vec![]);
    assert_eq!(app.screen(), Screen::Participants);
    assert!(matches!(app.status, Some(Status::Error(_))));
}

/// Through the runner on a copy of sample.db: a passed participant's score
/// and certificate number typed in the row are what the database holds,
/// audited once; typing in the next row and leaving it unchanged writes
/// nothing.
#[test]
fn typed_results_on_the_demo_data_are_stored_exactly() {
    let runner = Runner::on_demo_copy();
    let conn = &runner.conn;
    let pump = |app: &mut App, effects| runner.pump(app, effects);
    let mut app = runner.app();
    let effects = key(&mut app, Action::GoTab(1));
    pump(&mut app, effects);
    // The first finished training whose first participant passed.
    let mut found = None;
    for _ in 0..app.training.list.len() {
        let effects = key(&mut app, Action::Open);
        pump(&mut app, effects);
        let p = app.training.participants.as_ref().unwrap();
        if let Some(r) = p.list.selected().filter(|r| r.status.is_completed()) {
            found = Some((r.id, r.jp_credited));
            break;
        }
        key(&mut app, Action::Back);
        key(&mut app, Action::Down);
    }
    let (id, jp) = found.expect("a passed participant");
    let effects = key(&mut app, Action::EditRow);
    pump(&mut app, effects);
    typed(&mut app, "87,5");
    key(&mut app, Action::CellMove(1));
    typed(&mut app, "800/BKPSDM/XII/2026");
    let effects = key(&mut app, Action::RowLeave(1));
    pump(&mut app, effects);
    let stored: (Option<f64>, String, f64) = conn
        .query_row(
            "SELECT nilai_akhir, nomor_sertifikat, jp_diakui FROM peserta_pelatihan WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(stored, (Some(87.5), "800/BKPSDM/XII/2026".to_string(), jp));
    let audited = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'peserta_pelatihan' AND aksi = 'UBAH'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    assert_eq!(audited(conn), 1);
    assert!(
        matches!(&app.status, Some(Status::Info(t)) if t.contains("tersimpan")),
        "{:?}",
        app.status
    );
    // The list shows what was stored.
    let p = app.training.participants.as_ref().unwrap();
    let row = p.list.all().iter().find(|r| r.id == id).unwrap();
    assert_eq!(
        (row.score, row.certificate.as_str()),
        (Some(87.5), "800/BKPSDM/XII/2026")
    );
    // Shown in place, the row is what the database now holds, version too.
    let training = p.training.id;
    let fresh = peka::db::trainings::participants(conn, training).unwrap();
    assert_eq!(Some(row), fresh.iter().find(|r| r.id == id));
    // The next row left unchanged writes nothing.
    let effects = key(&mut app, Action::RowLeave(0));
    pump(&mut app, effects);
    assert_eq!(audited(conn), 1);
    // The saved row edited again is saved again (its version in step).
    let effects = key(&mut app, Action::EditRow);
    pump(&mut app, effects);
    let effects = key(&mut app, Action::RowLeave(-1));
    pump(&mut app, effects);
    typed(&mut app, "90");
    let effects = key(&mut app, Action::RowLeave(0));
    pump(&mut app, effects);
    assert!(
        matches!(&app.status, Some(Status::Info(t)) if t.contains("tersimpan")),
        "{:?}",
        app.status
    );
    assert_eq!(audited(conn), 2);
    let score: Option<f64> = conn
        .query_row(
            "SELECT nilai_akhir FROM peserta_pelatihan WHERE id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(score, Some(90.0));
}
