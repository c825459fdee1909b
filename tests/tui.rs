//! TUI behaviour without a terminal: `update` fed with actions (layer 3 of
//! design.md §2.5) and render snapshots on ratatui's TestBackend (layer 4).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::i18n::Lang;
use peka::i18n::io::WriteCause;
use peka::tui::app::{Effect, ExportFormat, ExportJob, Exported, Loaded, Msg, Request, Tab};
use peka::tui::keymap::{self, Action, Screen};
use peka::tui::run::{self, ExportFolders};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

// ---- update -------------------------------------------------------------

#[test]
fn start_asks_only_for_the_employee_list_of_the_reference_year() {
    let (app, effects) = app_sized(Lang::Id, 80, 24);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Employees {
            year: 2026,
            include_inactive: false
        })]
    );
    assert_eq!(app.tab, Tab::Employees);
    assert_eq!(
        app.today,
        as_of(),
        "a seeded database is shown as of its reference date"
    );
}

#[test]
fn cursor_moves_pages_and_stops_at_the_ends() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Down);
    key(&mut app, Action::Down);
    assert_eq!(app.employees.list.nav.selected, 2);
    key(&mut app, Action::PageDown);
    assert!(
        app.employees.list.nav.selected > 2 + 10,
        "a page is most of the screen"
    );
    key(&mut app, Action::End);
    assert_eq!(app.employees.list.nav.selected, 59);
    key(&mut app, Action::Down);
    assert_eq!(app.employees.list.nav.selected, 59);
    key(&mut app, Action::Home);
    assert_eq!(app.employees.list.nav, Default::default());
    key(&mut app, Action::Up);
    assert_eq!(app.employees.list.nav.selected, 0);
}

#[test]
fn each_tab_is_loaded_once_on_first_visit() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    assert_eq!(
        key(&mut app, Action::GoTab(1)),
        vec![Effect::Load(Request::Trainings)]
    );
    send(&mut app, Msg::Loaded(Loaded::Trainings(trainings())));
    key(&mut app, Action::GoTab(0));
    assert_eq!(key(&mut app, Action::GoTab(1)), vec![], "already loaded");
    assert_eq!(
        key(&mut app, Action::NextTab),
        vec![
            Effect::Load(Request::Partners),
            Effect::Load(Request::Agreements),
            Effect::Load(Request::Internships)
        ]
    );
    assert_eq!(
        key(&mut app, Action::NextTab),
        vec![Effect::Load(Request::EvaluationPeriods)]
    );
    assert_eq!(
        key(&mut app, Action::NextTab),
        vec![
            Effect::Load(Request::Compliance {
                year: 2026,
                targets: peka::domain::jp::JpTargets::default()
            }),
            Effect::Load(Request::Agreements)
        ]
    );
    key(&mut app, Action::NextTab);
    assert_eq!(app.tab, Tab::Employees, "Tab wraps around");
    key(&mut app, Action::PrevTab);
    assert_eq!(app.tab, Tab::Monitoring, "Shift-Tab wraps the other way");
}

#[test]
fn typing_a_filter_narrows_the_list_and_esc_clears_it() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Filter);
    assert_eq!(app.screen(), Screen::Filter);
    for c in "rahmi".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    assert_eq!(
        app.employees.list.len(),
        6,
        "every 10th of 60 rows is Rahmi"
    );
    assert!((0..6).all(|i| {
        app.employees
            .list
            .get(i)
            .unwrap()
            .name()
            .starts_with("Rahmi")
    }));
    key(&mut app, Action::FilterAccept);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert_eq!(
        app.employees.filter(),
        "rahmi",
        "the filter stays after Enter"
    );
    key(&mut app, Action::Back);
    assert_eq!(app.employees.filter(), "");
    assert_eq!(app.employees.list.len(), 60);
}

#[test]
fn digits_typed_while_filtering_go_to_the_filter_not_the_tabs() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Filter);
    let press = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    for c in "19850303".chars() {
        let action = keymap::resolve(app.screen(), &press(c)).expect("bound");
        key(&mut app, action);
    }
    assert_eq!(app.tab, Tab::Employees);
    assert_eq!(app.employees.filter(), "19850303");
    assert!(!app.employees.list.is_empty());
    assert!(
        app.employees
            .list
            .selected()
            .unwrap()
            .nip()
            .starts_with("19850303")
    );
    key(&mut app, Action::FilterBackspace);
    assert_eq!(app.employees.filter(), "1985030");
    key(&mut app, Action::FilterClear);
    assert_eq!(app.employees.list.len(), 60);
}

#[test]
fn enter_opens_the_detail_of_the_selected_employee_and_esc_returns() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Down);
    let id = app.employees.list.selected().unwrap().id;
    assert_eq!(
        key(&mut app, Action::Open),
        vec![Effect::Load(Request::EmployeeDetail(id))]
    );
    assert_eq!(app.screen(), Screen::EmployeeDetail);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(id, Some(Box::new(detail(id))))),
    );
    key(&mut app, Action::Down);
    assert_eq!(
        app.employees.detail.as_ref().unwrap().scroll,
        1,
        "arrows scroll the detail"
    );
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert_eq!(
        app.employees.list.selected().unwrap().id,
        id,
        "the cursor is where it was"
    );
}

#[test]
fn a_detail_answer_for_another_employee_is_ignored() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(999, Some(Box::new(detail(999))))),
    );
    assert!(app.employees.detail.as_ref().unwrap().data.is_none());
    send(&mut app, Msg::Loaded(Loaded::EmployeeDetail(1, None)));
    assert!(
        app.employees.detail.as_ref().unwrap().missing,
        "a deleted employee is said so"
    );
}

#[test]
fn training_enter_shows_participants() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    assert_eq!(
        key(&mut app, Action::Open),
        vec![Effect::Load(Request::Participants(1))]
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    assert_eq!(app.screen(), Screen::Participants);
    assert_eq!(app.training.participants.as_ref().unwrap().list.len(), 5);
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::TrainingList);
}

#[test]
fn brackets_cycle_partnership_sub_lists() {
    use peka::tui::tabs::partnerships::Sub;
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(2));
    assert_eq!(app.partnerships.sub, Sub::Partners);
    key(&mut app, Action::NextSub);
    assert_eq!(app.partnerships.sub, Sub::Agreements);
    key(&mut app, Action::NextSub);
    assert_eq!(app.partnerships.sub, Sub::Internships);
    key(&mut app, Action::NextSub);
    assert_eq!(app.partnerships.sub, Sub::Partners);
    key(&mut app, Action::PrevSub);
    assert_eq!(app.partnerships.sub, Sub::Internships);
}

#[test]
fn agreement_export_carries_the_status_computed_on_the_reference_date() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(2));
    key(&mut app, Action::NextSub);
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("one export expected: {effects:?}")
    };
    assert_eq!(job.stem, "perjanjian");
    let status: Vec<&str> = job
        .rows
        .iter()
        .map(|r| r.last().unwrap().as_str())
        .collect();
    assert_eq!(status, vec!["Aktif", "Akan berakhir", "Kedaluwarsa"]);
}

#[test]
fn employee_export_follows_the_filter() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Filter);
    for c in "cut".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    key(&mut app, Action::FilterAccept);
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!()
    };
    assert_eq!(job.rows.len(), 6);
    assert_eq!(job.header[..2], ["nip", "nama"]);
    assert!(job.rows.iter().all(|r| r[1].starts_with("Cut ")));
}

/// `]` until Monitoring shows `sub`.
fn to_monitoring(app: &mut peka::tui::app::App, sub: peka::tui::tabs::monitoring::Sub) {
    while app.monitoring.sub != sub {
        key(app, Action::NextSub);
    }
}

/// The header of the `x` export of the current list.
fn x_header(app: &mut peka::tui::app::App) -> Vec<String> {
    let effects = key(app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("one export expected: {effects:?}")
    };
    job.header.clone()
}

/// design.md §1.1: the `x` export names its columns as `peka export` does
/// (snake_case Indonesian), in either interface language, and every name of a
/// list that is an entity's is one of that entity's columns.
#[test]
fn x_headers_are_the_snake_case_names_of_peka_export() {
    use peka::db::export as dbx;
    let conn = peka::db::open_in_memory().unwrap();
    let cols = |t: rusqlite::Result<dbx::Table>| t.unwrap().columns;
    let jp_summary = cols(dbx::jp_summary(
        &conn,
        2026,
        &peka::domain::jp::JpTargets::default(),
    ));
    let mut pegawai = cols(dbx::employees(&conn));
    pegawai.extend(jp_summary.iter().cloned());
    let agreements = cols(dbx::agreements(&conn, as_of(), 90));
    let counts = ["jumlah_perjanjian", "jumlah_magang", "jumlah_pegawai"];
    let compliance = [
        "unit_kerja",
        "jumlah_pegawai",
        "memenuhi_target",
        "kurang_dari_target",
        "tanpa_jp",
        "persen_memenuhi",
    ];
    for lang in [Lang::Id, Lang::En] {
        let mut app = loaded_app(lang, 80, 24);
        let mut lists: Vec<(&str, Vec<String>, Vec<String>)> = Vec::new();
        let mut check = |what: &'static str,
                         app: &mut peka::tui::app::App,
                         expected: &[&str],
                         entity: Vec<String>| {
            let header = x_header(app);
            assert_eq!(header, expected, "{what} ({lang:?})");
            lists.push((what, header, entity));
        };
        check(
            "employees",
            &mut app,
            &["nip", "nama", "golongan", "jabatan", "unit_kerja", "jp"],
            pegawai.clone(),
        );
        key(&mut app, Action::GoTab(1));
        check(
            "trainings",
            &mut app,
            &[
                "kode",
                "nama",
                "jenis",
                "penyelenggara",
                "tanggal_mulai",
                "jumlah_jp",
                "peserta_selesai",
                "peserta",
                "status",
            ],
            cols(dbx::trainings(&conn, None)),
        );
        key(&mut app, Action::Open);
        send(
            &mut app,
            Msg::Loaded(Loaded::Participants(1, participants())),
        );
        check(
            "participants",
            &mut app,
            &[
                "nip",
                "nama",
                "unit_kerja",
                "status",
                "nilai_akhir",
                "nomor_sertifikat",
                "jp_diakui",
            ],
            cols(dbx::enrollments(&conn, None)),
        );
        key(&mut app, Action::GoTab(2));
        check(
            "partners",
            &mut app,
            &[
                "nama",
                "jenis",
                "narahubung",
                "jumlah_perjanjian",
                "jumlah_magang",
            ],
            cols(dbx::partners(&conn)),
        );
        key(&mut app, Action::NextSub);
        let agreement_names = [
            "nomor",
            "jenis_dokumen",
            "mitra",
            "tanggal_berakhir",
            "sisa_hari",
            "status",
        ];
        check("agreements", &mut app, &agreement_names, agreements.clone());
        key(&mut app, Action::NextSub);
        check(
            "internships",
            &mut app,
            &[
                "nama",
                "mitra",
                "unit_kerja",
                "pembimbing_nama",
                "tanggal_selesai",
                "status",
            ],
            cols(dbx::internships(&conn)),
        );
        key(&mut app, Action::GoTab(3));
        check(
            "evaluations",
            &mut app,
            &[
                "nip",
                "nama",
                "unit_kerja",
                "hasil_kerja",
                "perilaku",
                "predikat",
            ],
            cols(dbx::evaluations(&conn, None)),
        );
        key(&mut app, Action::GoTab(4));
        check("JP compliance", &mut app, &compliance, jp_summary.clone());
        to_monitoring(&mut app, peka::tui::tabs::monitoring::Sub::AgreementsDue);
        check(
            "agreements due",
            &mut app,
            &agreement_names,
            agreements.clone(),
        );
        for (what, header, entity) in &lists {
            for name in header {
                assert!(
                    entity.contains(name)
                        || counts.contains(&name.as_str())
                        || (*what == "JP compliance" && compliance.contains(&name.as_str())),
                    "{what}: {name:?} is not a column of the matching peka export"
                );
            }
        }
    }
}

#[test]
fn monitoring_lists_only_agreements_expiring_or_expired() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    let due: Vec<&str> = app
        .monitoring
        .due
        .all()
        .iter()
        .map(|a| a.number.as_str())
        .collect();
    assert_eq!(
        due,
        vec!["012/KSB/2021", "045/KSB/2022"],
        "expired first, then by end date"
    );
}

#[test]
fn evaluation_shows_the_latest_period_and_brackets_walk_periods() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    let effects = send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Evaluations(periods()[0]))]
    );
    assert_eq!(
        key(&mut app, Action::PrevSub),
        vec![Effect::Load(Request::Evaluations(periods()[1]))]
    );
    assert_eq!(key(&mut app, Action::PrevSub), vec![], "no older period");
    assert_eq!(
        key(&mut app, Action::NextSub),
        vec![Effect::Load(Request::Evaluations(periods()[0]))]
    );
    // A late answer for a period no longer shown is dropped.
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[1], evaluations())),
    );
    assert!(!app.evaluation.list.loaded);
}

/// A province's period (100,000 evaluations): its first rows are drawn
/// while the rest is read, with `Memuat…` for the predicate counts and the
/// position; the whole answer brings the counts of every row.
#[test]
fn a_long_periods_first_rows_show_before_the_rest() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    let all = evaluations();
    send(
        &mut app,
        Msg::Loaded(Loaded::EvaluationsHead(periods()[0], all[..2].to_vec())),
    );
    assert!(app.shows_head_only());
    let screen = screen_text(&draw(&app));
    assert_eq!(screen.matches("Memuat…").count(), 2, "{screen}");
    assert!(screen.contains(all[1].person.nip()), "{screen}");
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], all.clone())),
    );
    assert!(!app.shows_head_only());
    let screen = screen_text(&draw(&app));
    assert!(!screen.contains("Memuat…"), "{screen}");
    assert!(screen.contains(all[5].person.nip()), "{screen}");
    assert!(screen.contains("1/6"), "{screen}");
    // A head arriving for a list already shown does not replace it.
    send(
        &mut app,
        Msg::Loaded(Loaded::EvaluationsHead(periods()[0], all[..1].to_vec())),
    );
    assert_eq!(app.evaluation.list.total(), 6);
    assert!(!app.shows_head_only());
}

/// Tab 2's first visit on a province's catalogue: its top is drawn while
/// the rest is read (the position says `Memuat…`), the whole answer brings
/// the count; a top arriving for a catalogue already shown changes nothing.
#[test]
fn the_catalogues_top_shows_before_the_rest() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    let all = trainings();
    send(
        &mut app,
        Msg::Loaded(Loaded::TrainingsHead(all[..1].to_vec())),
    );
    assert!(app.shows_head_only());
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("Memuat…"), "{screen}");
    assert!(screen.contains(&all[0].code), "{screen}");
    assert!(!screen.contains(&all[1].code), "{screen}");
    send(&mut app, Msg::Loaded(Loaded::Trainings(all.clone())));
    assert!(!app.shows_head_only());
    let screen = screen_text(&draw(&app));
    assert!(!screen.contains("Memuat…"), "{screen}");
    assert!(screen.contains(&all[1].code), "{screen}");
    assert!(screen.contains(&format!("1/{}", all.len())), "{screen}");
    send(
        &mut app,
        Msg::Loaded(Loaded::TrainingsHead(all[..1].to_vec())),
    );
    assert_eq!(app.training.list.total(), all.len());
    assert!(!app.shows_head_only());
}

/// While the rest of a province's employee list is read (about a second
/// after start), a key that only moves the cursor within the top shown acts
/// at once; any other key waits for the whole list. The whole list keeps
/// the cursor on the employee it was on.
#[test]
fn keys_that_move_within_the_lists_top_act_before_the_rest_is_read() {
    use ratatui::crossterm::event::Event;
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    let all = employees(500);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeesHead(all[..200].to_vec())),
    );
    assert!(app.shows_head_only());
    let press = |code: KeyCode| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    for code in [
        KeyCode::Down,
        KeyCode::Up,
        KeyCode::PageDown,
        KeyCode::PageUp,
        KeyCode::Home,
        KeyCode::Char('j'),
    ] {
        assert!(app.moves_within_head(&press(code)), "{code:?}");
    }
    for code in [
        KeyCode::End,
        KeyCode::Char('/'),
        KeyCode::Enter,
        KeyCode::Char('2'),
        KeyCode::Char('e'),
        KeyCode::Char(']'),
    ] {
        assert!(!app.moves_within_head(&press(code)), "{code:?}");
    }
    // At the last row of the top, Down would need the rest.
    for _ in 0..199 {
        key(&mut app, Action::Down);
    }
    assert_eq!(app.employees.list.position().0, 199);
    assert!(!app.moves_within_head(&press(KeyCode::Down)));
    assert!(!app.moves_within_head(&press(KeyCode::PageDown)));
    assert!(app.moves_within_head(&press(KeyCode::Up)));
    // Two pages down from the top, then the whole list comes.
    key(&mut app, Action::Home);
    key(&mut app, Action::PageDown);
    key(&mut app, Action::PageDown);
    let on = app.employees.list.selected().map(|r| r.id);
    assert!(on.is_some_and(|id| id != all[0].id));
    send(&mut app, Msg::Loaded(Loaded::Employees(all.clone())));
    assert!(!app.shows_head_only());
    assert_eq!(app.employees.list.selected().map(|r| r.id), on);
    assert_eq!(app.employees.list.total(), 500);
    // With the whole list in, keys take the usual way.
    assert!(!app.moves_within_head(&press(KeyCode::Down)));
    // The help (like a form or a question) has the keyboard: nothing
    // acts early.
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeesHead(all[..200].to_vec())),
    );
    assert!(app.moves_within_head(&press(KeyCode::Down)));
    key(&mut app, Action::Help);
    assert!(app.shows_head_only());
    assert!(!app.moves_within_head(&press(KeyCode::Down)));
}

/// A province's catalogue numbers past 999 a year (`PLT-2026-2140`): the
/// code column widens to the longest code, so no two codes show alike as
/// `PLT-2026-21…`; a short catalogue keeps its layout.
#[test]
fn the_code_column_fits_the_longest_code() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    let mut all = trainings();
    all[0].code = "PLT-2026-2140".into();
    all[1].code = "PLT-2026-2141".into();
    send(&mut app, Msg::Loaded(Loaded::Trainings(all.clone())));
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("PLT-2026-2140 "), "{screen}");
    assert!(screen.contains("PLT-2026-2141 "), "{screen}");
    assert!(!screen.contains("PLT-2026-21…"), "{screen}");
    // A code the form allows at its longest is cut only past 24 cells.
    all[0].code = "SOSIAL_KULTURAL-2026-01".into();
    send(&mut app, Msg::Loaded(Loaded::Trainings(all.clone())));
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("SOSIAL_KULTURAL-2026-01 "), "{screen}");
}

/// A province's period (more than 10,000 rows) is let go when tab 4 is left
/// and read again beside the keys when it is shown: the cursor comes back to
/// the row it was on, and a head that does not reach the cursor is not shown
/// (rather than show the cursor elsewhere). A short list is kept.
#[test]
fn a_long_period_is_let_go_when_tab_4_is_left_and_comes_back_where_it_was() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    let long: Vec<_> = (0..12_000)
        .map(|i| {
            let mut r = evaluations()[i % 6].clone();
            r.id = i as i64 + 1;
            r.employee_id = i as i64 + 1;
            r
        })
        .collect();
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], long.clone())),
    );
    for _ in 0..300 {
        key(&mut app, Action::Down);
    }
    assert_eq!(app.evaluation.list.selected().unwrap().id, 301);
    key(&mut app, Action::GoTab(0));
    assert_eq!(app.evaluation.list.total(), 0, "let go");
    assert!(app.released, "the main loop gives the memory back");
    // Shown again: read beside the keys (they are not held ~0.2 s), the
    // counts and the position saying `Memuat…` until it comes.
    let effects = key(&mut app, Action::GoTab(3));
    assert_eq!(
        effects,
        vec![Effect::Refresh(Request::Evaluations(periods()[0]))]
    );
    assert!(app.shows_head_only());
    let screen = screen_text(&draw(&app));
    assert!(screen.contains("Memuat…"), "{screen}");
    send(
        &mut app,
        Msg::Loaded(Loaded::EvaluationsHead(periods()[0], long[..200].to_vec())),
    );
    assert_eq!(
        app.evaluation.list.total(),
        0,
        "the head does not reach row 301"
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], long.clone())),
    );
    assert_eq!(app.evaluation.list.selected().unwrap().id, 301);
    assert!(!app.shows_head_only());
    // Six rows stay when the tab is left.
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], evaluations())),
    );
    key(&mut app, Action::GoTab(0));
    assert_eq!(app.evaluation.list.total(), 6);
    assert_eq!(key(&mut app, Action::GoTab(3)), vec![]);
}

/// A grid save in a period other than the one listed does not read the
/// listed period again (100,000 rows in a province); one in it does.
#[test]
fn a_grid_save_reads_tab_4s_list_again_only_for_its_own_period() {
    let (mut app, _) = app_sized(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], evaluations())),
    );
    let saved = |period| {
        Msg::Saved(
            peka::tui::app::Save::GridRatings {
                employee: 1,
                period,
                existing: None,
                work: peka::domain::enums::Rating::Sesuai,
                behaviour: peka::domain::enums::Rating::Sesuai,
                name: "Muhammad Fadhil, S.Kom.".into(),
            },
            Ok(peka::tui::app::Saved {
                id: 77,
                then_new: false,
                version: Some(1),
            }),
        )
    };
    let mut next = periods()[0];
    next.no += 1;
    send(&mut app, saved(next));
    assert!(app.evaluation.list.loaded, "the listed period is untouched");
    let effects = send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    assert!(
        !effects
            .iter()
            .any(|e| matches!(e, Effect::Load(Request::Evaluations(_)))),
        "{effects:?}"
    );
    send(&mut app, saved(periods()[0]));
    assert!(
        !app.evaluation.list.loaded,
        "a save in the listed period reads it again"
    );
}

#[test]
fn another_sessions_write_reloads_the_visible_tab() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let effects = send(&mut app, Msg::DataChanged);
    // A refresh: it runs beside the keys (nothing typed depends on it).
    assert_eq!(
        effects,
        vec![Effect::Refresh(Request::Employees {
            year: 2026,
            include_inactive: false
        })]
    );
    assert!(matches!(app.status, Some(peka::tui::app::Status::Info(_))));
    key(&mut app, Action::Down);
    assert_eq!(app.status, None, "a message stays until the next key");
}

/// A province-sized list (100,000 rows) is not read again whole in every
/// session each time someone saves: the rows on screen first, the rest at
/// the next key, both beside the keys.
#[test]
fn another_sessions_write_reads_the_rows_on_screen_of_a_long_list_and_the_rest_at_the_next_key() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(12_000))));
    key(&mut app, Action::Down);
    let effects = send(&mut app, Msg::DataChanged);
    let Some(Effect::Refresh(Request::EmployeeRows { year, ids })) = effects.first() else {
        panic!("{effects:?}");
    };
    assert_eq!(*year, 2026);
    assert_eq!(ids.first(), Some(&1));
    assert!(ids.len() >= 15 && ids.len() <= 24, "{}", ids.len());
    assert_eq!(effects.len(), 1);
    // Another session renamed the second employee: the row changes in place,
    // the cursor stays on it, and the filter finds the new name.
    let old = employees(2).pop().unwrap();
    let mut renamed = peka::db::model::EmployeeRow::new(old.id, old.nip(), "Zulfikar Sesi Lain");
    renamed.unit = old.unit;
    send(&mut app, Msg::Loaded(Loaded::EmployeeRows(vec![renamed])));
    assert_eq!(
        app.employees.list.selected().unwrap().name(),
        "Zulfikar Sesi Lain"
    );
    assert_eq!(app.employees.list.total(), 12_000);
    // The next key reads the whole list again, beside the keys.
    let effects = key(&mut app, Action::Down);
    assert_eq!(
        effects,
        vec![Effect::Refresh(Request::Employees {
            year: 2026,
            include_inactive: false
        })]
    );
    assert!(key(&mut app, Action::Down).is_empty(), "once");
}

#[test]
fn help_toggles_and_q_quits() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Help);
    assert_eq!(app.screen(), Screen::Help);
    key(&mut app, Action::Help);
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert!(!app.quit);
    key(&mut app, Action::Quit);
    assert!(app.quit);
}

#[test]
fn failed_loads_and_exports_are_reported_in_the_status_line() {
    let mut app = loaded_app(Lang::En, 80, 24);
    send(&mut app, Msg::LoadFailed("disk I/O error".into()));
    let t = draw(&app);
    assert!(screen_text(&t).contains("Could not read the data: disk I/O error"));
    send(
        &mut app,
        Msg::Exported(Exported::Failed {
            folders: vec![".".into(), "~".into(), "/tmp".into()],
            cause: WriteCause::Denied,
        }),
    );
    let t = screen_text(&draw(&app));
    assert!(
        t.contains("Export failed: the current folder, ~ and /tmp cannot be written"),
        "{t}"
    );
}

/// An `x` export job of two rows.
fn job() -> ExportJob {
    ExportJob {
        stem: "pegawai".into(),
        header: vec!["nip".into(), "nama".into()],
        rows: vec![
            vec!["199001012015031001".into(), "Budi".into()],
            vec!["199202022016042002".into(), "Sari".into()],
        ],
    }
}

/// The status message as drawn: the rows between the body and the footer
/// that hold it, joined (it wraps instead of being cut).
fn status_message(screen: &str, starts: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let footer = lines.len() - 1;
    let first = lines
        .iter()
        .position(|l| l.starts_with(starts))
        .unwrap_or_else(|| panic!("no line starts with {starts:?}:\n{screen}"));
    lines[first..footer]
        .iter()
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The current folder refuses the file (as root too: a path under a regular
/// file can never be written): the list goes to the home folder, and the status
/// line says why and where, in the user's language, whole at 80 columns.
#[test]
fn an_export_the_current_folder_refuses_goes_home_and_says_where() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("berkas-biasa");
    std::fs::write(&blocker, "not a folder").unwrap();
    let home = tmp.path().join("rumah");
    std::fs::create_dir(&home).unwrap();
    let folders = ExportFolders {
        folders: vec![blocker.join("sub"), home.clone()],
        home: Some(home.clone()),
    };
    let out = run::export(&job(), ExportFormat::Csv, &folders);
    let Exported::Written { rows, path, moved } = out.clone() else {
        panic!("{out:?}");
    };
    assert_eq!((rows, moved), (2, Some(WriteCause::Missing)));
    assert!(
        path.starts_with("~/pegawai-") && path.ends_with(".csv"),
        "{path}"
    );
    let written: Vec<_> = std::fs::read_dir(&home).unwrap().collect();
    assert_eq!(
        written.len(),
        1,
        "one file in the home folder, no temp file left"
    );
    let bytes = std::fs::read(written[0].as_ref().unwrap().path()).unwrap();
    assert_eq!(
        &bytes[..3],
        b"\xEF\xBB\xBF",
        "the file starts with the UTF-8 BOM"
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.starts_with("\u{feff}nip,nama\n") && text.contains("Sari"),
        "{text}"
    );

    for (lang, starts) in [
        (Lang::Id, "Folder saat ini"),
        (Lang::En, "The current folder"),
    ] {
        let mut app = loaded_app(lang, 80, 24);
        send(&mut app, Msg::Exported(out.clone()));
        let screen = screen_text(&draw(&app));
        let shown = status_message(&screen, starts);
        let expected = peka::i18n::tui::exported_elsewhere(lang, 2, &path, WriteCause::Missing);
        assert!(
            expected.chars().count() > 80,
            "the test needs a long message"
        );
        assert_eq!(shown, expected, "whole, not cut:\n{screen}");
        assert!(!screen.contains("directory"), "no OS text:\n{screen}");
        // The footer is still there, and the next key clears the message.
        assert!(screen.lines().last().unwrap().contains('?'), "{screen}");
        key(&mut app, Action::Down);
        assert!(!screen_text(&draw(&app)).contains(starts));
    }
}

/// No folder takes the file: nothing is left behind and the message names the
/// folders tried and what to do.
#[test]
fn an_export_no_folder_takes_names_the_folders_tried() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("berkas-biasa");
    std::fs::write(&blocker, "not a folder").unwrap();
    let home = blocker.join("rumah");
    let folders = ExportFolders {
        folders: vec![blocker.join("a"), home.clone(), blocker.join("tmp")],
        home: Some(home),
    };
    let out = run::export(&job(), ExportFormat::Xlsx, &folders);
    assert_eq!(
        out,
        Exported::Failed {
            folders: vec![
                blocker.join("a").display().to_string(),
                "~".into(),
                blocker.join("tmp").display().to_string()
            ],
            cause: WriteCause::Missing,
        }
    );
    let mut app = loaded_app(Lang::Id, 80, 24);
    send(&mut app, Msg::Exported(out));
    let screen = screen_text(&draw(&app));
    let shown = status_message(&screen, "Ekspor gagal");
    assert!(
        shown.starts_with("Ekspor gagal: folder saat ini, ~ dan ")
            && shown.contains("tidak dapat ditulis (foldernya tidak ada)")
            && shown.ends_with("jalankan PEKA dari folder yang dapat ditulis."),
        "{screen}"
    );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

/// Where `x` may write: here first, then home, then the temp folder; home is
/// shown as `~`.
#[test]
fn export_folders_are_here_then_home_then_temp() {
    let f = ExportFolders::from_env();
    assert_eq!(f.folders[0], std::path::PathBuf::from("."));
    assert_eq!(f.folders.last(), Some(&std::env::temp_dir()));
    let home = std::path::PathBuf::from("/home/budi");
    let f = ExportFolders {
        folders: vec![],
        home: Some(home.clone()),
    };
    assert_eq!(f.show(&home.join("x.csv")), "~/x.csv");
    assert_eq!(f.show(std::path::Path::new("/tmp/x.csv")), "/tmp/x.csv");
}

#[test]
fn resizing_to_a_tiny_terminal_never_panics_and_keeps_the_cursor_valid() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::End);
    for (w, h) in [
        (10, 3),
        (1, 1),
        (0, 0),
        (59, 11),
        (60, 12),
        (200, 60),
        (80, 24),
    ] {
        send(&mut app, Msg::Resize(w, h));
        let t = draw(&app);
        assert_eq!(t.backend().buffer().area.width, w);
    }
    assert_eq!(app.employees.list.nav.selected, 59);
}

// ---- rendering ----------------------------------------------------------

#[test]
fn selection_and_warnings_are_visible_without_colour() {
    let app = loaded_app(Lang::Id, 80, 24);
    let t = draw(&app);
    let buf = t.backend().buffer();
    // Row 3 is the first data row (tab bar, sub-list bar, header): selected.
    assert!(buf[(0, 3)].modifier.contains(Modifier::REVERSED));
    assert!(!buf[(0, 4)].modifier.contains(Modifier::REVERSED));
    // Second row has 12 JP < 20: marked with "!" and bold, no colour.
    let line: String = (0..80).map(|x| buf[(x, 4)].symbol()).collect();
    assert!(line.trim_end().ends_with("12!"), "{line}");
    assert!(buf[(79, 4)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(79, 4)].fg, ratatui::style::Color::Reset);
}

#[test]
fn footer_shows_the_keys_of_the_current_screen() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let text = screen_text(&draw(&app));
    let footer = text.lines().last().unwrap();
    // At 80 columns every key is there; the texts of the keys a new user
    // needs most (d, s: issue 6 item 10) stay, '/' and 'x' are shortened.
    for part in [
        "/  ",
        "Enter buka",
        "d hapus",
        "s status",
        "  a  ",
        "  x  ",
        "q keluar",
    ] {
        assert!(footer.contains(part), "{part:?} in {footer}");
    }
    // Wide enough, every key has its text.
    let mut wide = loaded_app(Lang::Id, 140, 24);
    wide.dirty = true;
    let text = screen_text(&draw(&wide));
    let footer = text.lines().last().unwrap();
    for part in ["/ saring", "n baru", "e ubah", "a semua", "x ekspor"] {
        assert!(footer.contains(part), "{part:?} in {footer}");
    }
    key(&mut app, Action::GoTab(2));
    let text = screen_text(&draw(&app));
    assert!(text.lines().last().unwrap().contains("[ ]"));
}

fn snap(name: &str, app: &peka::tui::app::App) {
    let t = draw(app);
    insta::assert_snapshot!(name, screen_text(&t));
}

#[test]
fn snapshot_employee_list_80x24() {
    snap("employees_80x24", &loaded_app(Lang::Id, 80, 24));
}

#[test]
fn snapshot_employee_list_filtered_en() {
    let mut app = loaded_app(Lang::En, 80, 24);
    key(&mut app, Action::Filter);
    for c in "bappeda".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    snap("employees_filtered_en_80x24", &app);
}

#[test]
fn snapshot_employee_detail_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(detail(1))))),
    );
    snap("employee_detail_80x24", &app);
}

#[test]
fn snapshot_training_and_participants_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    snap("training_80x24", &app);
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    snap("participants_80x24", &app);
}

#[test]
fn snapshot_partnership_sub_lists_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(2));
    snap("partners_80x24", &app);
    key(&mut app, Action::NextSub);
    snap("agreements_80x24", &app);
    key(&mut app, Action::NextSub);
    snap("internships_80x24", &app);
}

#[test]
fn snapshot_evaluation_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    snap("evaluation_80x24", &app);
}

#[test]
fn snapshot_monitoring_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    snap("monitoring_compliance_80x24", &app);
    to_monitoring(&mut app, peka::tui::tabs::monitoring::Sub::AgreementsDue);
    snap("monitoring_agreements_80x24", &app);
}

#[test]
fn snapshot_help_80x24() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Help);
    snap("help_80x24", &app);
}

/// `End` in the help reaches its last line, also when sentences (the marks,
/// the JP rule) take more than one row.
#[test]
fn the_end_of_the_help_is_reachable_whatever_wraps() {
    for lang in [Lang::Id, Lang::En] {
        let mut app = loaded_app(lang, 80, 24);
        key(&mut app, Action::GoTab(4));
        key(&mut app, Action::Help);
        key(&mut app, Action::End);
        let screen = screen_text(&draw(&app));
        let last = peka::i18n::tui::HELP_CLOSE.get(lang);
        assert!(screen.contains(last), "{lang:?}:\n{screen}");
        assert!(screen.contains("target_jp_pppk_paruh_waktu"), "{screen}");
    }
}

#[test]
fn snapshot_tiny_terminal() {
    snap("too_small_40x10", &loaded_app(Lang::Id, 40, 10));
    snap("smallest_usable_60x12", &loaded_app(Lang::Id, 60, 12));
}

#[test]
fn snapshot_wide_terminal_shows_more_columns() {
    let mut app = loaded_app(Lang::Id, 140, 12);
    key(&mut app, Action::GoTab(1));
    snap("training_wide_140x12", &app);
}

#[test]
fn a_toggle_shows_employees_who_left_the_service_and_marks_them() {
    use peka::domain::enums::EmployeeStatus;
    let mut app = loaded_app(Lang::Id, 80, 24);
    let effects = key(&mut app, Action::ToggleInactive);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Employees {
            year: 2026,
            include_inactive: true
        })]
    );
    let mut rows = employees(3);
    rows[1].status = EmployeeStatus::Pensiun;
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    let text = screen_text(&draw(&app));
    assert!(text.contains("[Pensiun]"), "{text}");
    let effects = key(&mut app, Action::ToggleInactive);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Employees {
            year: 2026,
            include_inactive: false
        })]
    );
}

#[test]
fn exports_write_plain_values_not_screen_marks() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    // Row 2 has 12 JP (< 20): "12!" on screen, 12 in the file.
    assert_eq!(job.rows[1][5], "12");
    assert_eq!(job.rows[0][5], "24", "no padding space");
    key(&mut app, Action::GoTab(1));
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(job.rows[0][4], "2026-03-02", "dates in files are ISO");
    assert_eq!(
        job.rows[0][6..8],
        ["28", "30"],
        "\"28/30\" on screen: two numbers in a file, not a date to a spreadsheet"
    );
    // Nothing matches: nothing is written, and the status line says why.
    key(&mut app, Action::GoTab(0));
    key(&mut app, Action::Filter);
    for c in "zzzz".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    key(&mut app, Action::FilterAccept);
    assert_eq!(key(&mut app, Action::Export), vec![]);
    assert!(matches!(app.status, Some(peka::tui::app::Status::Info(_))));
}

#[test]
fn help_scrolls_to_its_end_and_straight_back() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Help);
    key(&mut app, Action::End);
    let end = app.help_scroll;
    assert!(end > 0, "the tab-1 help is longer than the box");
    key(&mut app, Action::Down);
    assert_eq!(app.help_scroll, end, "no scrolling past the end");
    key(&mut app, Action::Up);
    assert_eq!(app.help_scroll, end - 1, "one Up moves at once");
}

#[test]
fn the_read_only_mark_is_whole_at_80_columns_in_both_languages() {
    for (lang, mark) in [(Lang::Id, "HANYA-BACA"), (Lang::En, "READ-ONLY")] {
        let mut app = loaded_app(lang, 80, 24);
        app.read_only = true;
        let text = screen_text(&draw(&app));
        assert!(text.lines().next().unwrap().contains(mark), "{text}");
    }
}

/// Issue 6 item 10: `n` `e` `d` `Enter` `/` where they do nothing yet answer
/// with one line naming the key, never silence.
#[test]
fn keys_that_do_nothing_here_yet_say_so() {
    use peka::tui::keymap::{Screen, resolve};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let k = |c: KeyCode| KeyEvent::new(c, KeyModifiers::NONE);
    let cases: &[(Screen, KeyCode)] = &[
        (Screen::TrainingList, KeyCode::Char('s')),
        (Screen::TrainingList, KeyCode::Char('p')),
        (Screen::Participants, KeyCode::Char('s')),
        (Screen::PartnerDetail, KeyCode::Char('n')),
        (Screen::PartnerDetail, KeyCode::Char('d')),
        (Screen::Agreements, KeyCode::Char('s')),
        (Screen::InternDetail, KeyCode::Char('s')),
        (Screen::EvaluationDetail, KeyCode::Char('n')),
        (Screen::EvaluationDetail, KeyCode::Char('d')),
        (Screen::EvaluationList, KeyCode::Char('s')),
        (Screen::FollowUps, KeyCode::Char('n')),
        (Screen::Monitoring, KeyCode::Char('n')),
    ];
    for (screen, code) in cases {
        assert!(
            matches!(resolve(*screen, &k(*code)), Some(Action::NotHere(_))),
            "{screen:?} {code:?}"
        );
    }
    // Where they work, they still do what they did.
    assert_eq!(
        resolve(Screen::Participants, &k(KeyCode::Enter)),
        Some(Action::EditRow),
        "Enter in the participants opens the results grid"
    );
    assert_eq!(
        resolve(Screen::TrainingList, &k(KeyCode::Enter)),
        Some(Action::Open)
    );
    assert_eq!(
        resolve(Screen::Partners, &k(KeyCode::Enter)),
        Some(Action::Open),
        "Enter on a partner opens it"
    );
    assert_eq!(
        resolve(Screen::EvaluationList, &k(KeyCode::Enter)),
        Some(Action::Open),
        "Enter on an evaluation opens it"
    );
    assert_eq!(
        resolve(Screen::TrainingList, &k(KeyCode::Char('/'))),
        Some(Action::Filter)
    );
    assert_eq!(
        resolve(Screen::Monitoring, &k(KeyCode::Char('/'))),
        Some(Action::Filter),
        "every Monitoring report filters (issue 9)"
    );
    assert_eq!(
        resolve(Screen::Reference, &k(KeyCode::Char('n'))),
        Some(Action::New)
    );

    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    key(&mut app, Action::NotHere('n'));
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("n (data baru) belum berlaku di Monitoring"),
        "{text}"
    );
}

/// Every screen's footer fits 80 columns in both languages: texts shorten,
/// no key is cut off.
#[test]
fn every_footer_fits_80_columns_with_all_its_keys() {
    use peka::tui::keymap::{Screen, footer_for};
    use peka::tui::view::footer_fit;
    use unicode_width::UnicodeWidthStr;
    let screens = [
        Screen::EmployeeList,
        Screen::EmployeeDetail,
        Screen::TrainingList,
        Screen::Participants,
        Screen::Partners,
        Screen::Agreements,
        Screen::Internships,
        Screen::AgreementDetail,
        Screen::InternDetail,
        Screen::EvaluationList,
        Screen::Monitoring,
        Screen::Reference,
        Screen::Retiring,
        Screen::Filter,
        Screen::Question,
        Screen::Help,
    ];
    for lang in [Lang::Id, Lang::En] {
        for screen in screens {
            let entries: Vec<(&str, &str, u8)> = footer_for(screen)
                .into_iter()
                .map(|b| (b.keys.get(lang), b.short.get(lang), b.footer))
                .collect();
            let keep = footer_fit(&entries, 80);
            let width: usize = entries
                .iter()
                .zip(&keep)
                .map(|((k, w, _), on)| k.width() + if *on { 1 + w.width() } else { 0 })
                .sum::<usize>()
                + 2 * entries.len().saturating_sub(1);
            assert!(width <= 80, "{lang:?} {screen:?}: {width} columns");
        }
    }
}

/// Issue 8 item 3: one key sets the selected participant's result, saves it
/// (version-checked, audited by the runner) and moves to the next row; a
/// pass in an ended training credits its JP, in a future one nothing.
#[test]
fn one_key_per_participant_saves_the_result_and_moves_down() {
    use peka::domain::enums::EnrollmentStatus as E;
    use peka::tui::app::Save;
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    let first = app
        .training
        .participants
        .as_ref()
        .unwrap()
        .list
        .selected()
        .unwrap()
        .id;
    let effects = key(&mut app, Action::SetResult(E::Lulus));
    let [
        Effect::Save(Save::SetResult {
            target, status, jp, ..
        }),
    ] = effects.as_slice()
    else {
        panic!("one save: {effects:?}")
    };
    assert_eq!(
        (target.id, target.owner, *status),
        (Some(first), Some(1), E::Lulus)
    );
    assert_eq!(
        *jp, 240.0,
        "the training ended on 30-06-2026: its JP are credited"
    );
    let next = app
        .training
        .participants
        .as_ref()
        .unwrap()
        .list
        .selected()
        .unwrap()
        .id;
    assert_ne!(next, first, "the cursor moved to the next participant");
    let effects = key(&mut app, Action::SetResult(E::TidakLulus));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Save(Save::SetResult { status: E::TidakLulus, jp, .. })] if *jp == 0.0
    ));
    // Read-only: refused like every write.
    app.read_only = true;
    assert_eq!(key(&mut app, Action::SetResult(E::Lulus)), vec![]);
    assert_eq!(
        resolve_participants('l'),
        Some(Action::SetResult(E::Lulus)),
        "l is the key"
    );
}

fn resolve_participants(c: char) -> Option<Action> {
    keymap::resolve(
        Screen::Participants,
        &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
    )
}

/// While the screen shows only "terminal too small", keys do not act on what
/// the user cannot see: a delete's `y` is not taken, letters do not reach a
/// hidden form; once the window is large enough everything is as it was.
/// `q` still leaves when no form is open.
#[test]
fn keys_wait_while_the_terminal_is_too_small() {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Down);
    send(&mut app, Msg::Resize(40, 10));
    assert!(key(&mut app, Action::Delete).is_empty());
    assert!(key(&mut app, Action::Yes).is_empty(), "nothing is deleted");
    assert!(key(&mut app, Action::Down).is_empty());
    assert!(key(&mut app, Action::New).is_empty());
    send(&mut app, Msg::Resize(80, 24));
    assert_eq!(app.employees.list.nav.selected, 1, "the Down taken before");
    assert!(app.form.is_none(), "no form opened unseen");
    // A form open, then the window shrinks: typing waits, quitting too.
    key(&mut app, Action::New);
    assert!(app.form.is_some(), "n opens the employee form");
    send(&mut app, Msg::Resize(40, 10));
    let typed = KeyEvent::new(KeyCode::Char('7'), KeyModifiers::NONE);
    assert!(send(&mut app, Msg::FormKey(typed)).is_empty());
    assert!(send(&mut app, Msg::FormPaste("1985".into())).is_empty());
    key(&mut app, Action::Quit);
    assert!(!app.quit, "a form holds input: no blind quit");
    send(&mut app, Msg::Resize(80, 24));
    let f = &app.form.as_ref().unwrap().form;
    assert_eq!(f.value("nip"), "", "nothing typed unseen");
    send(
        &mut app,
        Msg::FormKey(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
    );
    assert!(app.form.is_none());
    // Nothing open: q leaves, small or not.
    send(&mut app, Msg::Resize(40, 10));
    key(&mut app, Action::Quit);
    assert!(app.quit);
}
