//! The employee form inside the app: `update` fed with keys and save results
//! (no terminal, no database).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::employees_write::EmployeeInput;
use peka::db::write::{ConstraintKind, WriteError};
use peka::i18n::Lang;
use peka::tui::app::{App, Effect, ListPlace, Loaded, Msg, Request, Save, Saved, Status};
use peka::tui::forms::{FormTarget, Stored, Values, employee};
use peka::tui::keymap::{Action, Screen};
use peka::tui::widgets::form::LookupItem;
use peka::tui::widgets::form::LookupSource;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn press(app: &mut App, code: KeyCode) -> Vec<Effect> {
    send(app, Msg::FormKey(KeyEvent::new(code, KeyModifiers::NONE)))
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    send(
        app,
        Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    )
}

fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    let mut last = vec![];
    for c in text.chars() {
        last = press(app, KeyCode::Char(c));
    }
    last
}

/// `Ctrl-<c>` (s or n) on a valid new employee: the app first asks for
/// namesakes; with none stored, the save follows. Returns the save's effects.
fn save_new(app: &mut App, c: char) -> Vec<Effect> {
    let effects = ctrl(app, c);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Load(Request::Namesakes { .. })]
        ),
        "the namesake check comes first: {effects:?}"
    );
    send(app, Msg::Loaded(Loaded::Namesakes(vec![])))
}

fn form(app: &App) -> &peka::tui::widgets::form::Form {
    &app.form.as_ref().expect("a form is open").form
}

/// Goes to `key` with Tab presses (fields in entry order).
fn tab_to(app: &mut App, key: &str) {
    for _ in 0..30 {
        if form(app).focus_key() == key {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("field {key} not reached");
}

/// The employee the edit tests load into the form, as stored.
fn rizal() -> EmployeeInput {
    EmployeeInput {
        nip: "199005122015031009".into(),
        nama: "Rizal Ananda".into(),
        jenis_kelamin: "L".into(),
        tanggal_lahir: "1990-05-12".into(),
        jenis_asn: "PNS".into(),
        jenis_jabatan: "PELAKSANA".into(),
        nama_jabatan: "Pengelola".into(),
        unit_kerja_id: 4,
        ..Default::default()
    }
}

fn unit_item() -> LookupItem {
    LookupItem {
        id: 4,
        label: "Badan Kepegawaian dan Pengembangan SDM".into(),
        detail: "BKPSDM".into(),
    }
}

/// Types a valid PNS employee born 12-05-1990 (NIP sequence `seq`).
fn fill_valid(app: &mut App, seq: &str) {
    type_text(app, &format!("19900512 201503 1 {seq}"));
    tab_to(app, "jenis_asn");
    type_text(app, "PNS");
    tab_to(app, "nama");
    type_text(app, "Rizal Ananda");
    tab_to(app, "golongan");
    type_text(app, "II/a");
    tab_to(app, "jenis_jabatan");
    type_text(app, "Pelaksana");
    tab_to(app, "nama_jabatan");
    type_text(app, "Pengelola Sistem Informasi");
    tab_to(app, "unit_kerja_id");
    let unit_field = form(app).index_of("unit_kerja_id").unwrap();
    let effects = type_text(app, "bkp");
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Lookup {
            field: unit_field,
            source: LookupSource::Unit,
            query: "bkp".into(),
            lang: peka::i18n::Lang::Id,
        })]
    );
    send(
        app,
        Msg::Loaded(Loaded::Lookup {
            field: unit_field,
            items: vec![unit_item()],
            more: false,
        }),
    );
    press(app, KeyCode::Enter);
    assert_eq!(form(app).value("unit_kerja_id"), "4");
}

fn open_new() -> App {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::New);
    app
}

#[test]
fn n_opens_a_new_employee_form_with_the_cursor_in_the_nip_field() {
    let app = open_new();
    assert_eq!(app.screen(), Screen::Form);
    assert_eq!(form(&app).focus_key(), "nip");
    assert_eq!(
        app.form.as_ref().unwrap().target,
        FormTarget::new(&employee::KIND)
    );
}

#[test]
fn a_typed_nip_prefills_birth_date_and_sex_until_the_user_types_them() {
    let mut app = open_new();
    type_text(&mut app, "19900512 201503 2 001");
    assert_eq!(form(&app).value("tanggal_lahir"), "1990-05-12");
    assert_eq!(form(&app).value("jenis_kelamin"), "P");
    // Correcting the NIP corrects the prefill.
    for _ in 0.."2 001".len() {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "1 001");
    assert_eq!(form(&app).value("jenis_kelamin"), "L");
}

#[test]
fn save_runs_the_cross_field_rules_and_points_at_the_field() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    // The user overrides the sex the NIP gave: the NIP says male.
    tab_to(&mut app, "jenis_kelamin");
    press(&mut app, KeyCode::Right);
    assert_eq!(form(&app).value("jenis_kelamin"), "P");
    let effects = ctrl(&mut app, 's');
    assert_eq!(effects, vec![], "nothing is saved");
    assert!(form(&app).error("jenis_kelamin").is_some());
    assert_eq!(
        form(&app).focus_key(),
        "jenis_kelamin",
        "the cursor goes to the first error"
    );
}

#[test]
fn a_valid_form_is_saved_with_exactly_the_typed_values() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    let effects = save_new(&mut app, 's');
    let [
        Effect::Save(Save::Record {
            target,
            values,
            then_new,
        }),
    ] = effects.as_slice()
    else {
        panic!("one save expected: {effects:?}");
    };
    assert_eq!(*target, FormTarget::new(&employee::KIND));
    let input = values.get::<EmployeeInput>().expect("employee values");
    assert!(!then_new);
    let e = input.normalized();
    assert_eq!(e.nip, "199005122015031009");
    assert_eq!(
        (e.jenis_asn.as_str(), e.jenis_kelamin.as_str()),
        ("PNS", "L")
    );
    assert_eq!(e.tanggal_lahir, "1990-05-12");
    assert_eq!(
        (e.jenis_jabatan.as_str(), e.unit_kerja_id),
        ("PELAKSANA", 4)
    );
    assert_eq!(e.nama, "Rizal Ananda");
    assert_eq!(e.nik, None, "an empty optional field is None");
}

#[test]
fn save_and_new_keeps_kind_and_unit_and_reloads_the_list() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    let effects = save_new(&mut app, 'n');
    assert!(matches!(
        effects.as_slice(),
        [Effect::Save(Save::Record { then_new: true, .. })]
    ));
    let reply = saved_reply(&app, 1501, true);
    let effects = send(&mut app, reply);
    assert!(effects.contains(&Effect::Load(Request::Employees {
        year: 2026,
        include_inactive: false
    })));
    let f = form(&app);
    assert_eq!(f.value("nip"), "");
    assert_eq!(f.value("nama"), "");
    assert_eq!(f.value("jenis_asn"), "PNS");
    assert_eq!(f.value("unit_kerja_id"), "4");
    assert_eq!(f.focus_key(), "nip");
    assert!(matches!(&app.status, Some(Status::Info(t)) if t.contains("Rizal Ananda")));
    // The reloaded list puts the cursor on the new employee.
    let mut rows = employees(5);
    rows[3].id = 1501;
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    assert_eq!(app.employees.list.selected().unwrap().id, 1501);
}

/// A province-sized list (above 10,000 rows) is not read again whole while
/// the keys wait after one's own save (1.3 s at 100,000): the saved row and
/// the rows on screen are read at once, the whole list beside the keys, and
/// the cursor goes to the new row when it comes.
#[test]
fn a_save_in_a_long_list_reads_the_saved_row_at_once_and_the_rest_aside() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(12_000))));
    key(&mut app, Action::New);
    fill_valid(&mut app, "009");
    save_new(&mut app, 's');
    let reply = saved_reply(&app, 12_001, false);
    let effects = send(&mut app, reply);
    let quick = effects.iter().find_map(|e| match e {
        Effect::Load(Request::EmployeeRows { year, ids }) => Some((*year, ids.clone())),
        _ => None,
    });
    let (year, ids) = quick.unwrap_or_else(|| panic!("{effects:?}"));
    assert_eq!(year, 2026);
    assert_eq!(ids.first(), Some(&1), "the rows on screen");
    assert_eq!(ids.last(), Some(&12_001), "and the saved one");
    assert!(effects.contains(&Effect::Refresh(Request::Employees {
        year: 2026,
        include_inactive: false
    })));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Load(Request::Employees { .. }))),
        "the keys do not wait for the whole list: {effects:?}"
    );
    // The whole list comes with the new employee: the cursor goes to it.
    let mut rows = employees(12_001);
    rows[7_000].id = 12_001;
    rows[12_000].id = 7_001;
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    assert_eq!(app.employees.list.selected().unwrap().id, 12_001);
}

/// An employee edited where they are in a province-sized list: the rows on
/// screen and the saved one are read with a check of its place between its
/// neighbours; kept, the list is not read again at all (a second list of
/// 100,000 rows would be held while it is built); moved, it is read whole
/// beside the keys and the cursor follows the row.
#[test]
fn an_edit_in_a_long_list_that_keeps_its_place_reads_no_whole_list() {
    let edit_row = |app: &mut App| -> Vec<Effect> {
        let effects = key(app, Action::Edit);
        let Some(Effect::Load(Request::RecordForEdit(target))) = effects.first().cloned() else {
            panic!("{effects:?}")
        };
        let stored = rizal();
        send(
            app,
            Msg::Loaded(Loaded::RecordForEdit(
                target,
                Some(Box::new(Stored {
                    values: Values::new(stored),
                    version: 1,
                    picks: vec![("unit_kerja_id", unit_item())],
                })),
            )),
        );
        tab_to(app, "telepon");
        type_text(app, "0811");
        ctrl(app, 's');
        let reply = saved_reply(app, 5, false);
        send(app, reply)
    };
    let mut app = loaded_app(Lang::Id, 80, 24);
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(12_000))));
    for _ in 0..4 {
        key(&mut app, Action::Down);
    }
    assert_eq!(app.employees.list.selected().unwrap().id, 5);
    let effects = edit_row(&mut app);
    let place = ListPlace {
        id: 5,
        before: Some(4),
        after: Some(6),
    };
    let asked = effects.iter().find_map(|e| match e {
        Effect::Load(Request::SavedEmployee { year, ids, place }) => {
            Some((*year, ids.clone(), *place))
        }
        _ => None,
    });
    let (year, ids, asked_place) = asked.unwrap_or_else(|| panic!("{effects:?}"));
    assert_eq!((year, asked_place), (2026, place));
    assert!(ids.contains(&1) && ids.contains(&5), "{ids:?}");
    assert!(
        !effects.iter().any(|e| matches!(
            e,
            Effect::Load(Request::Employees { .. }) | Effect::Refresh(Request::Employees { .. })
        )),
        "no whole list asked for yet: {effects:?}"
    );
    // Kept its place: the row shows what was saved, nothing more is read.
    let mut saved = employees(5).pop().unwrap();
    saved.person = peka::db::model::NipName::new(saved.nip(), "Rizal Ananda");
    let effects = send(
        &mut app,
        Msg::Loaded(Loaded::SavedEmployee {
            rows: vec![saved.clone()],
            place,
            kept: true,
        }),
    );
    assert_eq!(effects, vec![]);
    assert_eq!(app.employees.list.total(), 12_000);
    assert_eq!(
        app.employees.list.selected().unwrap().name(),
        "Rizal Ananda"
    );
    assert_eq!(
        app.employees.select_after_load, None,
        "no later list moves the cursor back to it"
    );
    // Moved (a new name sorts elsewhere): the whole list beside the keys.
    let effects = edit_row(&mut app);
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Load(Request::SavedEmployee { .. })))
    );
    let effects = send(
        &mut app,
        Msg::Loaded(Loaded::SavedEmployee {
            rows: vec![saved],
            place,
            kept: false,
        }),
    );
    assert_eq!(
        effects,
        vec![Effect::Refresh(Request::Employees {
            year: 2026,
            include_inactive: false
        })]
    );
    let mut rows = employees(12_000);
    rows.swap(4, 9_000);
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    assert_eq!(app.employees.list.selected().unwrap().id, 5);
    assert_eq!(app.employees.list.nav.selected, 9_000);
}

#[test]
fn a_duplicate_nip_refused_by_the_database_is_shown_at_the_nip() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    save_new(&mut app, 's');
    let refused = WriteError::Constraint {
        column: Some("nip".into()),
        kind: ConstraintKind::Unique,
    };
    let reply = refused_reply(&app, refused);
    send(&mut app, reply);
    assert!(form(&app).error("nip").is_some());
    assert_eq!(form(&app).focus_key(), "nip");
    assert_eq!(app.screen(), Screen::Form, "nothing typed is lost");
    assert_eq!(form(&app).value("nama"), "Rizal Ananda");
}

#[test]
fn a_stale_edit_names_who_changed_it_and_ctrl_r_reloads() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let effects = key(&mut app, Action::Edit);
    let edit = FormTarget::edit(&employee::KIND, 1, 0);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::RecordForEdit(edit.clone()))]
    );
    let stored_as = |e: &EmployeeInput, version: i64| {
        Some(Box::new(Stored {
            values: Values::new(e.clone()),
            version,
            picks: vec![("unit_kerja_id", unit_item())],
        }))
    };
    let mut stored = rizal();
    send(
        &mut app,
        Msg::Loaded(Loaded::RecordForEdit(edit.clone(), stored_as(&stored, 3))),
    );
    assert!(!form(&app).is_dirty(), "a loaded record is clean");
    tab_to(&mut app, "telepon");
    type_text(&mut app, "0811");
    ctrl(&mut app, 's');
    let conflict = WriteError::Conflict {
        changed_by: Some("budi (10.0.0.5)".into()),
        changed_at: Some("2026-11-28T09:12:00".into()),
    };
    let reply = refused_reply(&app, conflict);
    send(&mut app, reply);
    let Some(Status::Error(text)) = &app.status else {
        panic!("an error is shown")
    };
    assert!(text.contains("budi") && text.contains("Ctrl-R"), "{text}");
    assert_eq!(
        ctrl(&mut app, 'r'),
        vec![Effect::Load(Request::RecordForEdit(FormTarget::edit(
            &employee::KIND,
            1,
            3
        )))]
    );
    stored.telepon = "0852".into();
    send(
        &mut app,
        Msg::Loaded(Loaded::RecordForEdit(edit, stored_as(&stored, 4))),
    );
    assert_eq!(
        form(&app).value("telepon"),
        "0852",
        "the newer value is shown"
    );
    assert_eq!(
        app.form.as_ref().unwrap().target,
        FormTarget::edit(&employee::KIND, 1, 4)
    );
}

#[test]
fn read_only_mode_refuses_new_and_edit_with_a_reason() {
    let (mut app, _) = app_sized(Lang::En, 80, 24);
    app.read_only = true;
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(3))));
    assert_eq!(key(&mut app, Action::New), vec![]);
    assert!(app.form.is_none());
    assert!(matches!(&app.status, Some(Status::Error(t)) if t.contains("Read-only")));
    assert_eq!(key(&mut app, Action::Edit), vec![]);
}

#[test]
fn esc_on_a_changed_form_asks_before_discarding() {
    let mut app = open_new();
    type_text(&mut app, "1990");
    press(&mut app, KeyCode::Esc);
    assert!(app.form.is_some(), "asks first");
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(form(&app).value("nip"), "1990", "nothing lost");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('y'));
    assert!(app.form.is_none());
    assert_eq!(app.screen(), Screen::EmployeeList);
}

#[test]
fn snapshot_employee_form_with_field_errors_80x24() {
    let mut app = open_new();
    type_text(&mut app, "19900231 201503 1 009");
    ctrl(&mut app, 's');
    let text = screen_text(&draw(&app));
    assert!(text.contains('✗'), "errors are marked without colour");
    insta::assert_snapshot!("employee_form_errors_80x24", text);
}

fn delete_info(has_history: bool) -> Option<Box<peka::tui::app::DeleteInfo>> {
    Some(Box::new(peka::tui::app::DeleteInfo {
        version: 2,
        name: "Rizal Ananda".into(),
        nip: "199005122015031009".into(),
        birth_date: "1990-05-12".into(),
        has_history,
        status: peka::domain::enums::EmployeeStatus::Aktif,
        appointed: Some("2015-03-01".into()),
        timeline: peka::domain::retirement::StatusTimeline::fixed(
            peka::domain::enums::EmployeeStatus::Aktif,
        ),
    }))
}

#[test]
fn d_without_history_asks_before_a_hard_delete() {
    use peka::tui::app::Question;
    let mut app = loaded_app(Lang::Id, 80, 24);
    assert_eq!(
        key(&mut app, Action::Delete),
        vec![Effect::Load(Request::EmployeeState {
            id: 1,
            for_status: false
        })]
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: false,
            info: delete_info(false),
        }),
    );
    assert_eq!(app.screen(), Screen::Question);
    assert!(matches!(
        app.question,
        Some(Question::DeleteEmployee {
            id: 1,
            version: 2,
            ..
        })
    ));
    // The question names the NIP with the name: two people may share a name.
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Rizal Ananda (NIP 199005122015031009)"),
        "{text}"
    );
    // "n" keeps the record.
    key(&mut app, Action::No);
    assert!(app.question.is_none());
    key(&mut app, Action::Delete);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: false,
            info: delete_info(false),
        }),
    );
    let delete = Save::Delete {
        target: FormTarget::edit(&employee::KIND, 1, 2),
        name: "Rizal Ananda".into(),
    };
    assert_eq!(
        key(&mut app, Action::Yes),
        vec![Effect::Save(delete.clone())]
    );
    let effects = send(
        &mut app,
        Msg::Saved(
            delete,
            Ok(Saved {
                id: 1,
                then_new: false,
                version: None,
            }),
        ),
    );
    assert!(effects.contains(&Effect::Load(Request::Employees {
        year: 2026,
        include_inactive: false
    })));
    assert!(matches!(&app.status, Some(Status::Info(_))));
}

#[test]
fn d_with_history_never_deletes() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Delete);
    let effects = send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: false,
            info: delete_info(true),
        }),
    );
    assert_eq!(effects, vec![]);
    assert!(app.question.is_none());
    // It leaves the service through the status form instead.
    let target = &app.form.as_ref().expect("the status form").target;
    assert!(target.is("riwayat_status"));
    assert_eq!((target.owner, target.version), (Some(1), 2));
    assert!(matches!(&app.status, Some(Status::Info(t)) if t.contains("riwayat")));
}

#[test]
fn snapshot_delete_question_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Delete);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: false,
            info: delete_info(false),
        }),
    );
    let text = screen_text(&draw(&app));
    insta::assert_snapshot!("delete_question_80x24", text);
}

#[test]
fn tab_in_a_lookup_with_results_takes_the_selected_record() {
    let mut app = open_new();
    tab_to(&mut app, "unit_kerja_id");
    let unit_field = form(&app).index_of("unit_kerja_id").unwrap();
    type_text(&mut app, "bkp");
    send(
        &mut app,
        Msg::Loaded(Loaded::Lookup {
            field: unit_field,
            items: vec![unit_item()],
            more: false,
        }),
    );
    press(&mut app, KeyCode::Tab);
    assert_eq!(form(&app).value("unit_kerja_id"), "4");
    assert_ne!(form(&app).focus_key(), "unit_kerja_id", "and moves on");
}

#[test]
fn help_over_a_form_lists_the_form_keys_and_quitting_from_it_still_asks() {
    let mut app = open_new();
    type_text(&mut app, "1990");
    key(&mut app, Action::Help);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Tombol di formulir") && text.contains("Ctrl-N"),
        "{text}"
    );
    // Ctrl-C while the help is open: the dirty form asks, nothing is lost.
    key(&mut app, Action::Quit);
    assert!(
        !app.quit,
        "a form with typed values is never dropped silently"
    );
    assert!(!app.help);
    assert_eq!(form(&app).value("nip"), "1990");
    assert!(form(&app).confirm().is_some());
}

#[test]
fn read_only_footer_does_not_offer_write_keys() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    app.read_only = true;
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(3))));
    let text = screen_text(&draw(&app));
    let footer = text.lines().last().unwrap();
    assert!(
        !footer.contains("n baru") && !footer.contains("e ubah"),
        "{footer}"
    );
    assert!(footer.contains("/ saring"), "{footer}");
}

/// The help line of a field is one row: every form's help texts fit 80 columns.
#[test]
fn every_field_help_fits_one_80_column_line() {
    use peka::tui::forms::{assessment, competency, employee, standard, status, unit};
    for lang in [Lang::Id, Lang::En] {
        let all = [
            employee::specs(lang),
            status::specs(lang),
            assessment::specs(lang),
            unit::specs(lang),
            competency::specs(lang),
            standard::specs(lang),
        ];
        let long: Vec<String> = all
            .iter()
            .flatten()
            .filter(|s| unicode_width::UnicodeWidthStr::width(s.help.as_str()) > 80)
            .map(|s| format!("{lang:?} {}: {}", s.key, s.help))
            .collect();
        assert!(
            long.is_empty(),
            "help longer than 80 columns:\n{}",
            long.join("\n")
        );
    }
}

#[test]
fn pasted_line_breaks_become_spaces() {
    let mut app = open_new();
    tab_to(&mut app, "nama");
    send(
        &mut app,
        Msg::FormPaste("Nurul Hidayati\nbaris\tdua".into()),
    );
    assert_eq!(form(&app).value("nama"), "Nurul Hidayati baris dua");
}

#[test]
fn a_status_change_to_the_same_status_is_refused() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Status);
    let mut info = delete_info(true);
    info.as_mut().unwrap().status = peka::domain::enums::EmployeeStatus::Aktif;
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: true,
            info,
        }),
    );
    type_text(&mut app, "Akt");
    tab_to(&mut app, "tanggal_mulai");
    type_text(&mut app, "01-11-2026");
    assert_eq!(ctrl(&mut app, 's'), vec![], "not saved");
    assert!(form(&app).error("status").unwrap().contains("Aktif"));
}

#[test]
fn a_level_field_takes_one_digit_so_nothing_typed_is_hidden() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(detail(1))))),
    );
    key(&mut app, Action::Assess);
    tab_to(&mut app, "level_aktual");
    type_text(&mut app, "74");
    assert_eq!(
        form(&app).value("level_aktual"),
        "7",
        "the second digit is refused"
    );
}

#[test]
fn a_reload_after_another_sessions_write_keeps_the_keys_own_message() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    app.read_only = true;
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(3))));
    key(&mut app, Action::New);
    send(&mut app, Msg::DataChanged);
    assert!(matches!(&app.status, Some(Status::Error(t)) if t.contains("hanya-baca")));
}

// ---- issue 6 items 2, 3, 9 ---------------------------------------------------

/// A PNS NIP's digits 9–14 fill the TMT pengangkatan (first of the month) once
/// the kind of ASN says PNS; save-and-new does not carry the previous
/// person's TMT, the next NIP fills its own.
#[test]
fn the_tmt_comes_from_each_nip_and_is_not_carried_to_the_next_person() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    assert_eq!(form(&app).value("tmt_pengangkatan"), "2015-03-01");
    save_new(&mut app, 'n');
    let reply = saved_reply(&app, 1501, true);
    send(&mut app, reply);
    assert_eq!(form(&app).value("jenis_asn"), "PNS", "kept");
    assert_eq!(form(&app).value("tmt_pengangkatan"), "", "not carried");
    type_text(&mut app, "19911103 201904 2 001");
    assert_eq!(form(&app).value("tmt_pengangkatan"), "2019-04-01");
    // A typed TMT is the user's: a corrected NIP no longer overwrites it.
    tab_to(&mut app, "tmt_pengangkatan");
    type_text(&mut app, "15-04-2019");
    tab_to(&mut app, "nip");
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, "2");
    assert_eq!(form(&app).value("tmt_pengangkatan"), "2019-04-15");
}

#[test]
fn a_tmt_off_the_nip_is_refused_at_the_tmt_field() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    tab_to(&mut app, "tmt_pengangkatan");
    type_text(&mut app, "01-04-2016");
    assert_eq!(ctrl(&mut app, 's'), vec![], "nothing is saved");
    assert_eq!(form(&app).focus_key(), "tmt_pengangkatan");
    let e = form(&app)
        .error("tmt_pengangkatan")
        .expect("an error at the TMT");
    assert!(e.contains("03-2015"), "{e}");
}

#[test]
fn a_pns_without_golongan_is_refused_at_the_golongan_field() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    tab_to(&mut app, "golongan");
    press(&mut app, KeyCode::Delete);
    assert_eq!(form(&app).value("golongan"), "");
    assert_eq!(ctrl(&mut app, 's'), vec![], "nothing is saved");
    assert_eq!(form(&app).focus_key(), "golongan");
    assert!(form(&app).error("golongan").is_some());
}

/// The NIP filled the birth date; a NIK that disagrees with it is the wrong
/// field: the error and the cursor go to the NIK.
#[test]
fn a_nik_that_disagrees_with_the_birth_date_is_the_field_marked() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    tab_to(&mut app, "nik");
    // Born 12-05-1990 (male), the NIK says 13-05-1990.
    type_text(&mut app, "1173021305900001");
    assert_eq!(ctrl(&mut app, 's'), vec![], "nothing is saved");
    assert_eq!(form(&app).focus_key(), "nik");
    assert!(form(&app).error("nik").is_some());
    assert_eq!(form(&app).error("tanggal_lahir"), None);
}

// ---- issue 6 item 8: a second entry of one person is asked about ----------

fn rizal_stored() -> Vec<peka::tui::app::Namesake> {
    vec![peka::tui::app::Namesake {
        nip: "199005122014031001".into(),
        name: "Rizal Ananda, S.E.".into(),
        unit: "BKPSDM".into(),
    }]
}

#[test]
fn a_new_employee_with_a_stored_name_and_birth_date_is_asked_about_first() {
    use peka::tui::app::Question;
    let mut app = open_new();
    fill_valid(&mut app, "009");
    assert_eq!(
        ctrl(&mut app, 's'),
        vec![Effect::Load(Request::Namesakes {
            name: "Rizal Ananda".into(),
            birth_date: "1990-05-12".into()
        })]
    );
    let effects = send(&mut app, Msg::Loaded(Loaded::Namesakes(rizal_stored())));
    assert_eq!(effects, vec![], "nothing saved yet");
    assert!(matches!(app.question, Some(Question::ConfirmSave { .. })));
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("199005122014031001"),
        "the stored one is named by NIP:\n{text}"
    );
    // y: the save goes ahead as typed.
    let effects = key(&mut app, Action::Yes);
    let [Effect::Save(Save::Record { values, .. })] = effects.as_slice() else {
        panic!("the save goes ahead: {effects:?}");
    };
    let e = values.get::<EmployeeInput>().expect("employee values");
    assert_eq!(e.nama, "Rizal Ananda");
}

#[test]
fn no_to_the_namesake_question_keeps_the_form_and_saves_nothing() {
    let mut app = open_new();
    fill_valid(&mut app, "009");
    ctrl(&mut app, 's');
    send(&mut app, Msg::Loaded(Loaded::Namesakes(rizal_stored())));
    assert_eq!(key(&mut app, Action::No), vec![]);
    assert!(app.question.is_none());
    assert_eq!(app.screen(), Screen::Form, "the form stays as typed");
    assert_eq!(form(&app).value("nama"), "Rizal Ananda");
    assert!(matches!(&app.status, Some(Status::Info(t)) if t.contains("Tidak disimpan")));
    // Asking again asks the database again.
    assert!(matches!(
        ctrl(&mut app, 's').as_slice(),
        [Effect::Load(Request::Namesakes { .. })]
    ));
}

/// A read's answer comes back with the read it answers (issue 7 item 3): the
/// results of a lookup for text the user has typed on from are dropped.
#[test]
fn lookup_results_for_an_older_query_are_dropped() {
    let mut app = open_new();
    tab_to(&mut app, "unit_kerja_id");
    let field = form(&app).index_of("unit_kerja_id").unwrap();
    let old = type_text(&mut app, "bk");
    let [Effect::Load(old)] = old.as_slice() else {
        panic!("a lookup read: {old:?}")
    };
    let new = type_text(&mut app, "p");
    let [Effect::Load(new)] = new.as_slice() else {
        panic!("a lookup read: {new:?}")
    };
    let answer = |request: &Request| Msg::Answer {
        request: request.clone(),
        answer: Ok(Loaded::Lookup {
            field,
            items: vec![unit_item()],
            more: false,
        }),
    };
    send(&mut app, answer(old));
    assert!(
        form(&app).field(field).unwrap().results.is_none(),
        "the answer to 'bk' arrives after 'bkp' was typed: dropped"
    );
    send(&mut app, answer(new));
    assert!(form(&app).field(field).unwrap().results.is_some());
}

/// Issue 8 item 3: marking a training finished asks about participants
/// whose result is still open; y saves, n keeps the form.
#[test]
fn marking_a_training_finished_asks_about_open_results() {
    use peka::db::trainings::TrainingInput;
    use peka::tui::forms::training;
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    let stored = TrainingInput {
        kode: "BIMTEK-2026-01".into(),
        nama: "Bimtek SKP".into(),
        jalur: "PELATIHAN".into(),
        bentuk: "KLASIKAL".into(),
        jenis: "BIMTEK".into(),
        kelompok_kompetensi: "TEKNIS".into(),
        jumlah_jp: 24.0,
        tanggal_mulai: "2026-03-01".into(),
        tanggal_selesai: "2026-03-03".into(),
        sumber_dana: "APBK".into(),
        status: "BERJALAN".into(),
        ..Default::default()
    };
    let edit = FormTarget::edit(&training::KIND, 1, 0);
    send(
        &mut app,
        Msg::Loaded(Loaded::RecordForEdit(
            edit,
            Some(Box::new(Stored {
                values: Values::new(stored),
                version: 3,
                picks: vec![],
            })),
        )),
    );
    tab_to(&mut app, "status");
    type_text(&mut app, "Sel");
    assert_eq!(form(&app).value("status"), "SELESAI");
    assert_eq!(
        ctrl(&mut app, 's'),
        vec![Effect::Load(Request::OpenResults(1))]
    );
    send(&mut app, Msg::Loaded(Loaded::OpenResults(3)));
    let text = screen_text(&draw(&app));
    assert!(text.contains("3 peserta belum punya hasil"), "{text}");
    let effects = key(&mut app, Action::Yes);
    assert!(
        matches!(effects.as_slice(), [Effect::Save(Save::Record { .. })]),
        "{effects:?}"
    );
}
