//! The list of those reaching their retirement age (tab 1, sub-list Pensiun)
//! and a pension recorded ahead of its date, inside the app: `update` fed
//! with keys and loads (no terminal, no database), plus 80×24 snapshots.

#[path = "tui/fixtures.rs"]
mod fixtures;

use chrono::NaiveDate;
use fixtures::*;
use peka::db::employees_write::StatusChange;
use peka::db::model::ScheduledStatus;
use peka::db::retirement::RetirementRow;
use peka::domain::enums::{AsnKind, EmployeeStatus, JfLevel, PositionKind};
use peka::domain::retirement::StatusTimeline;
use peka::i18n::Lang;
use peka::tui::app::{App, DeleteInfo, Effect, Loaded, Msg, Request, Save, Status};

use peka::tui::keymap::{Action, Screen, footer_for};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn retiring() -> Vec<RetirementRow> {
    let row = |id: i64, name: &str, born: &str, bup: u32, pension: &str| RetirementRow {
        id,
        nip: format!("{}199003100{id}", born.replace('-', "")),
        name: name.into(),
        asn_kind: AsnKind::Pns,
        position: "Pengadministrasi Perkantoran".into(),
        position_kind: PositionKind::Pelaksana,
        jf_level: None,
        unit: "BKPSDM".into(),
        birth_date: born.into(),
        bup,
        pension_date: pension.into(),
        status: EmployeeStatus::Aktif,
        scheduled: None,
    };
    let mut recorded = row(7, "Dewi Wahyuni", "1968-11-30", 58, "2026-12-01");
    recorded.scheduled = Some(ScheduledStatus {
        status: EmployeeStatus::Pensiun,
        date: "2026-12-01".into(),
    });
    let mut madya = row(
        9,
        "Dr. Zainal Abidin, M.Pd.",
        "1967-01-20",
        60,
        "2027-02-01",
    );
    madya.position = "Analis Kebijakan Ahli Madya".into();
    madya.position_kind = PositionKind::JfKeahlian;
    madya.jf_level = Some(JfLevel::AhliMadya);
    vec![
        row(3, "Teuku Rizal", "1968-01-05", 58, "2026-02-01"),
        recorded,
        row(8, "Marzuki Anwar", "1968-12-11", 58, "2027-01-01"),
        madya,
    ]
}

/// The app on the sub-list Pensiun with its rows loaded.
fn on_retiring(lang: Lang) -> App {
    let mut app = loaded_app(lang, 80, 24);
    let effects = key(&mut app, Action::NextSub);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Retirements {
            today: as_of(),
            months: 12
        })],
        "the list is read for the reference date and the window of the setting"
    );
    send(&mut app, Msg::Loaded(Loaded::Retirements(retiring())));
    assert_eq!(app.screen(), Screen::Retiring);
    app
}

fn info(timeline: StatusTimeline) -> Option<Box<DeleteInfo>> {
    Some(Box::new(DeleteInfo {
        version: 4,
        name: "Marzuki Anwar".into(),
        nip: "196812111990031001".into(),
        birth_date: "1968-12-11".into(),
        has_history: true,
        status: EmployeeStatus::Aktif,
        appointed: Some("1994-03-01".into()),
        timeline,
    }))
}

fn ctrl_s(app: &mut App) -> Vec<Effect> {
    send(
        app,
        Msg::FormKey(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)),
    )
}

#[test]
fn s_on_a_row_opens_the_status_form_filled_with_the_pension_and_its_date() {
    let mut app = on_retiring(Lang::Id);
    key(&mut app, Action::Down);
    key(&mut app, Action::Down);
    assert_eq!(
        key(&mut app, Action::Status),
        vec![Effect::Load(Request::PensionForm {
            id: 8,
            date: d("2027-01-01")
        })]
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::PensionForm {
            id: 8,
            date: d("2027-01-01"),
            info: info(StatusTimeline::fixed(EmployeeStatus::Aktif)),
        }),
    );
    let fs = app.form.as_ref().expect("the status form is open");
    assert!(fs.target.is("riwayat_status"));
    assert_eq!((fs.target.owner, fs.target.version), (Some(8), 4));
    assert_eq!(fs.form.value("status"), "PENSIUN");
    assert_eq!(fs.form.value("tanggal_mulai"), "2027-01-01");
    assert_eq!(
        fs.form.focus_key(),
        "nomor_sk",
        "only the SK number is left"
    );
    for c in "800/31/2026".chars() {
        send(
            &mut app,
            Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    // A date ahead of the reference date (28-11-2026) is saved as it is.
    let effects = ctrl_s(&mut app);
    let [Effect::Save(Save::Record { values, .. })] = effects.as_slice() else {
        panic!("one save expected: {effects:?}")
    };
    assert_eq!(
        values.get::<StatusChange>(),
        Some(&StatusChange {
            status: EmployeeStatus::Pensiun,
            date: "2027-01-01".into(),
            nomor_sk: "800/31/2026".into(),
            note: String::new(),
        })
    );
}

#[test]
fn a_pension_already_recorded_is_named_and_not_filled_again() {
    let mut app = on_retiring(Lang::En);
    key(&mut app, Action::Down);
    let effects = key(&mut app, Action::Status);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::PensionForm {
            id: 7,
            date: d("2026-12-01")
        })]
    );
    let timeline = StatusTimeline {
        latest: EmployeeStatus::Pensiun,
        latest_date: Some(d("2026-12-01")),
        changes: vec![
            (d("1994-03-01"), EmployeeStatus::Aktif),
            (d("2026-12-01"), EmployeeStatus::Pensiun),
        ],
    };
    send(
        &mut app,
        Msg::Loaded(Loaded::PensionForm {
            id: 7,
            date: d("2026-12-01"),
            info: info(timeline),
        }),
    );
    let fs = app.form.as_ref().expect("the form opens for a correction");
    assert_eq!(fs.form.value("status"), "");
    assert!(
        fs.form
            .title()
            .contains("now: Active; retires on 01-12-2026"),
        "{}",
        fs.form.title()
    );
    assert!(
        matches!(&app.status, Some(Status::Info(t)) if t.contains("Already recorded: retires on 01-12-2026")),
        "{:?}",
        app.status
    );
}

#[test]
fn enter_opens_the_employee_and_esc_comes_back_to_the_list() {
    let mut app = on_retiring(Lang::Id);
    key(&mut app, Action::End);
    assert_eq!(
        key(&mut app, Action::Open),
        vec![Effect::Load(Request::EmployeeDetail(9))]
    );
    assert_eq!(app.screen(), Screen::EmployeeDetail);
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::Retiring);
    assert_eq!(app.employees.retiring.list.selected().unwrap().id, 9);
}

#[test]
fn the_retiring_list_filters_exports_and_refuses_s_when_read_only() {
    let mut app = on_retiring(Lang::Id);
    key(&mut app, Action::Filter);
    for c in "madya".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    assert_eq!(
        app.employees.retiring.list.len(),
        1,
        "the jenjang is searchable"
    );
    key(&mut app, Action::FilterClear);
    let effects = key(&mut app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("one export expected: {effects:?}")
    };
    assert_eq!(job.stem, "menjelang-pensiun");
    assert_eq!(job.rows.len(), 4);
    let col = |name: &str| job.header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        job.rows[1][col("tanggal_pensiun")],
        "2026-12-01",
        "files get ISO dates"
    );
    assert_eq!(job.rows[1][col("pensiun_tercatat")], "2026-12-01");
    assert_eq!(job.rows[2][col("pensiun_tercatat")], "");
    assert_eq!(
        job.rows[3][col("jenis_jabatan")],
        "JF Keahlian · Ahli Madya"
    );

    app.read_only = true;
    assert_eq!(key(&mut app, Action::Status), vec![]);
    assert!(matches!(&app.status, Some(Status::Error(t)) if t.contains("hanya-baca")));
    assert!(app.form.is_none());
}

#[test]
fn the_footer_of_the_list_offers_s_and_a_save_reloads_the_list() {
    let mut app = on_retiring(Lang::Id);
    let footer: Vec<&str> = footer_for(app.screen())
        .iter()
        .map(|b| b.short.id)
        .collect();
    assert!(footer.contains(&"catat pensiun"), "{footer:?}");
    key(&mut app, Action::Status);
    send(
        &mut app,
        Msg::Loaded(Loaded::PensionForm {
            id: 3,
            date: d("2026-02-01"),
            info: info(StatusTimeline::fixed(EmployeeStatus::Aktif)),
        }),
    );
    let reply = saved_reply(&app, 3, false);
    let effects = send(&mut app, reply);
    assert!(
        effects.contains(&Effect::Load(Request::Retirements {
            today: as_of(),
            months: 12
        })),
        "{effects:?}"
    );
}

#[test]
fn s_takes_a_date_ahead_and_saves_it_as_it_is() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Status);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeState {
            id: 1,
            for_status: true,
            info: info(StatusTimeline::fixed(EmployeeStatus::Aktif)),
        }),
    );
    for c in "pens".chars() {
        send(
            &mut app,
            Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    send(
        &mut app,
        Msg::FormKey(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE)),
    );
    for c in "01-01-2030".chars() {
        send(
            &mut app,
            Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        );
    }
    let effects = ctrl_s(&mut app);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Save(Save::Record { values, .. })]
                if values.get::<StatusChange>().is_some_and(|c| c.status == EmployeeStatus::Pensiun && c.date == "2030-01-01")
        ),
        "{effects:?} {:?}",
        app.form.as_ref().map(|f| f.form.error("tanggal_mulai"))
    );
}

#[test]
fn the_detail_and_the_list_show_a_pension_dated_ahead() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    let mut rows = employees(3);
    rows[1].scheduled = Some(Box::new(ScheduledStatus {
        status: EmployeeStatus::Pensiun,
        date: "2030-01-01".into(),
    }));
    send(&mut app, Msg::Loaded(Loaded::Employees(rows)));
    let text = screen_text(&draw(&app));
    assert!(text.contains("[→Pensiun] "), "{text}");
    key(&mut app, Action::Open);
    let mut det = detail(1);
    det.scheduled = Some(ScheduledStatus {
        status: EmployeeStatus::Pensiun,
        date: "2030-01-01".into(),
    });
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(det.clone())))),
    );
    let text = screen_text(&draw(&app));
    assert!(text.contains("Aktif · pensiun per 01-01-2030"), "{text}");
    app.lang = Lang::En;
    let text = screen_text(&draw(&app));
    assert!(text.contains("Active · retires on 01-01-2030"), "{text}");
}

#[test]
fn snapshot_retiring_list_80x24() {
    let app = on_retiring(Lang::Id);
    insta::assert_snapshot!("retiring_80x24", screen_text(&draw(&app)));
    let app = on_retiring(Lang::En);
    insta::assert_snapshot!("retiring_en_80x24", screen_text(&draw(&app)));
}
