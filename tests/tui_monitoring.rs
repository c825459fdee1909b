//! Monitoring's partnership reports (issue 9) in the TUI: what `]` asks the
//! runner for, `/` and `x` on each report, and 80×24 snapshots without
//! colour (every state readable from its words and signs).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::monitoring::{
    ExpiredWithInterns, InternAttention, PartnershipReport, PartnershipRows, StudentSuggestion,
    UnitInterns,
};
use peka::db::monitoring_eval::ReviewRows;
use peka::domain::enums::{AgreementDoc, EmployeeStatus, InternStatus};
use peka::i18n::Lang;
use peka::tui::app::{App, Effect, Loaded, Msg, Request};
use peka::tui::keymap::{Action, Screen};
use peka::tui::tabs::monitoring::Sub;

fn expired() -> Vec<ExpiredWithInterns> {
    vec![
        ExpiredWithInterns {
            id: 14,
            number: "317/PKS/BKPSDM/2021".into(),
            doc: AgreementDoc::Pks,
            partner: "UBB Lhokseumawe".into(),
            end: "2026-07-10".into(),
            days_over: 141,
            running: 1,
            students: "Nurul Hidayah".into(),
        },
        ExpiredWithInterns {
            id: 12,
            number: "425/PKS/BKPSDM/2024".into(),
            doc: AgreementDoc::Pks,
            partner: "IAIN Lhokseumawe".into(),
            end: "2026-10-14".into(),
            days_over: 45,
            running: 2,
            students: "Cut Mutia, Teuku Farhan".into(),
        },
    ]
}

fn attention_row(
    id: i64,
    name: &str,
    unit: &str,
    mentor: Option<(&str, &str)>,
    last: Option<&str>,
    days: i64,
) -> InternAttention {
    InternAttention {
        id,
        nim: format!("2201{id:04}"),
        name: name.into(),
        partner: "Unimal".into(),
        unit: unit.into(),
        status: InternStatus::Berjalan,
        start: "2026-09-01".into(),
        end: "2026-12-31".into(),
        mentor_nip: mentor.map(|m| m.0.to_string()),
        mentor_name: mentor.map(|m| m.1.to_string()),
        mentor_gone: None,
        last_entry: last.map(str::to_string),
        days_quiet: days,
        logbook_late: days > 14,
    }
}

fn attention() -> Vec<InternAttention> {
    let mut gone = attention_row(
        3,
        "Gita Ramadhani",
        "Diskominfo",
        Some(("196810011990031002", "Dedi")),
        Some("2026-11-27"),
        1,
    );
    gone.mentor_gone = Some(EmployeeStatus::Pensiun);
    gone.partner = "UIN SUNA".into();
    vec![
        attention_row(1, "Bunga Lestari", "BKPSDM", None, None, 28),
        gone,
        attention_row(
            2,
            "Aulia Rahman",
            "Kec. Banda Sakti",
            Some(("197001011995031001", "Zulkifli")),
            Some("2026-11-06"),
            22,
        ),
    ]
}

fn per_unit() -> Vec<UnitInterns> {
    let u = |unit: &str, name: &str, running, planned, finished, capacity| UnitInterns {
        unit_id: 0,
        unit: unit.into(),
        unit_name: name.into(),
        running,
        planned,
        finished,
        capacity,
    };
    vec![
        u(
            "Bappeda",
            "Badan Perencanaan Pembangunan Daerah",
            1,
            1,
            2,
            Some(2),
        ),
        u(
            "BKPSDM",
            "Badan Kepegawaian dan Pengembangan SDM",
            4,
            2,
            6,
            Some(4),
        ),
        u(
            "Diskominfo",
            "Dinas Komunikasi, Informatika dan Persandian",
            4,
            1,
            5,
            Some(3),
        ),
        u("Kec. Banda Sakti", "Kecamatan Banda Sakti", 1, 0, 1, None),
    ]
}

fn suggestions() -> Vec<StudentSuggestion> {
    let s = |id, date: &str, unit: &str, campus: &str, student: &str, worked: &str, saran: &str| {
        StudentSuggestion {
            id,
            intern_id: id,
            date: date.into(),
            unit: unit.into(),
            unit_name: format!("Unit {unit}"),
            campus: campus.into(),
            campus_now: if campus == "IAIN Lhokseumawe" {
                "UIN SUNA".into()
            } else {
                campus.into()
            },
            nim: format!("NIM-{id}"),
            student: student.into(),
            worked: worked.into(),
            suggestion: saran.into(),
        }
    };
    vec![
        s(
            1,
            "2026-09-30",
            "Bappeda",
            "UIN SUNA",
            "Rahmi Safitri",
            "Pembimbing memberi tugas nyata menyusun rekap data RKPD.",
            "Susun SOP digital untuk permintaan data antarbidang agar tidak bergantung pada satu orang.",
        ),
        s(
            2,
            "2026-05-31",
            "Kec. Blang Mangat",
            "PNL",
            "Khairul Anwar",
            "Belajar langsung melayani warga di loket.",
            "Pasang sistem nomor antrean sederhana di loket pelayanan.",
        ),
        s(
            3,
            "2025-04-14",
            "Diskominfo",
            "IAIN Lhokseumawe",
            "Cut Mutia",
            "",
            "Pindai arsip surat masuk lama supaya mudah dicari.",
        ),
    ]
}

/// The app on tab 5 with every report answered.
fn monitoring_app(lang: Lang) -> App {
    let mut app = loaded_app(lang, 80, 24);
    key(&mut app, Action::GoTab(4));
    for rows in [
        PartnershipRows::ExpiredWithInterns(expired()),
        PartnershipRows::InternsNeedingAttention(attention()),
        PartnershipRows::InternsPerUnit(per_unit()),
        PartnershipRows::StudentSuggestions(suggestions()),
    ] {
        send(&mut app, Msg::Loaded(Loaded::Partnership(rows)));
    }
    app
}

fn to(app: &mut App, sub: Sub) {
    while app.monitoring.sub != sub {
        key(app, Action::NextSub);
    }
}

fn snap(name: &str, app: &App) {
    insta::assert_snapshot!(name, screen_text(&draw(app)));
}

#[test]
fn each_report_is_read_when_first_shown_and_brackets_wrap_around() {
    use peka::db::monitoring_eval::ReviewReport;
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    assert_eq!(app.monitoring.sub, Sub::Compliance);
    let review = |report| {
        vec![Effect::Load(Request::Review {
            report,
            today: as_of(),
        })]
    };
    let asks = |report| {
        vec![Effect::Load(Request::Partnership {
            report,
            today: as_of(),
            logbook_days: 14,
        })]
    };
    assert_eq!(key(&mut app, Action::NextSub), review(ReviewReport::Gaps));
    // Not answered yet: asked again on the next visit; answered: never.
    send(
        &mut app,
        Msg::Loaded(Loaded::Review(ReviewRows::Gaps(Default::default()))),
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        review(ReviewReport::Outstanding)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        review(ReviewReport::Distribution)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        review(ReviewReport::Trainings)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        vec![],
        "due: loaded with the compliance"
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        asks(PartnershipReport::ExpiredWithInterns)
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::Partnership(PartnershipRows::ExpiredWithInterns(
            expired(),
        ))),
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        asks(PartnershipReport::InternsNeedingAttention)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        asks(PartnershipReport::InternsPerUnit)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        asks(PartnershipReport::StudentSuggestions)
    );
    assert_eq!(
        key(&mut app, Action::NextSub),
        review(ReviewReport::Quality)
    );
    key(&mut app, Action::NextSub);
    assert_eq!(app.monitoring.sub, Sub::Compliance, "] wraps to the first");
    assert_eq!(
        key(&mut app, Action::PrevSub),
        review(ReviewReport::Quality)
    );
    for _ in 0..4 {
        key(&mut app, Action::PrevSub);
    }
    assert_eq!(app.monitoring.sub, Sub::ExpiredInterns);
    for _ in 0..5 {
        key(&mut app, Action::PrevSub);
    }
    assert_eq!(app.monitoring.sub, Sub::Gaps);
    assert_eq!(
        key(&mut app, Action::NextSub),
        review(ReviewReport::Outstanding)
    );
    key(&mut app, Action::PrevSub);
    assert_eq!(
        key(&mut app, Action::PrevSub),
        vec![],
        "compliance: read once"
    );
}

#[test]
fn another_sessions_write_reads_the_report_shown_again() {
    let mut app = monitoring_app(Lang::Id);
    to(&mut app, Sub::Attention);
    let effects = send(&mut app, Msg::DataChanged);
    assert_eq!(
        effects,
        vec![Effect::Refresh(Request::Partnership {
            report: PartnershipReport::InternsNeedingAttention,
            today: as_of(),
            logbook_days: 14,
        })]
    );
}

/// `/` narrows every report; the suggestions by unit and by campus, under
/// the campus's present or former name alike.
#[test]
fn every_report_filters_and_the_suggestions_by_unit_and_campus() {
    let mut app = monitoring_app(Lang::Id);
    let typed = |app: &mut App, text: &str| {
        key(app, Action::Filter);
        assert_eq!(app.screen(), Screen::Filter);
        for c in text.chars() {
            key(app, Action::FilterChar(c));
        }
        key(app, Action::FilterAccept);
        let (_, shown, total) = app.monitoring.position();
        let n = shown;
        key(app, Action::Back);
        assert_eq!(app.monitoring.position().1, total, "Esc clears");
        n
    };
    to(&mut app, Sub::ExpiredInterns);
    assert_eq!(typed(&mut app, "iain"), 1);
    assert_eq!(typed(&mut app, "farhan"), 1, "a student's name");
    to(&mut app, Sub::Attention);
    assert_eq!(typed(&mut app, "banda sakti"), 1);
    assert_eq!(typed(&mut app, "zulkifli"), 1, "the mentor's name");
    to(&mut app, Sub::PerUnit);
    assert_eq!(typed(&mut app, "perencanaan"), 1, "the unit's full name");
    to(&mut app, Sub::Suggestions);
    assert_eq!(typed(&mut app, "blang mangat"), 1);
    assert_eq!(
        typed(&mut app, "uin"),
        2,
        "UIN SUNA, also as IAIN Lhokseumawe"
    );
    assert_eq!(typed(&mut app, "iain"), 1);
    assert_eq!(typed(&mut app, "antrean"), 1, "a word of the suggestion");
    to(&mut app, Sub::Compliance);
    assert_eq!(typed(&mut app, "bappeda"), 1);
}

fn export(app: &mut App) -> peka::tui::app::ExportJob {
    let effects = key(app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("one export expected: {effects:?}")
    };
    job.clone()
}

/// `x` writes the report as shown (filter applied) under the snake_case
/// names of `peka export`: columns of `perjanjian`, `magang` and
/// `umpan-balik-magang` keep their names; the rest are the counts and
/// reasons the report adds (the same in either language).
#[test]
fn x_exports_each_report_as_shown_with_the_names_of_peka_export() {
    use peka::db::export as dbx;
    let conn = peka::db::open_in_memory().unwrap();
    let mut entity: Vec<String> = dbx::agreements(&conn, as_of(), 90).unwrap().columns;
    entity.extend(dbx::internships(&conn).unwrap().columns);
    entity.extend(dbx::intern_feedback(&conn).unwrap().columns);
    let added = [
        "hari_lewat",
        "magang_berjalan",
        "mahasiswa",
        "logbook_terakhir",
        "hari_tanpa_logbook",
        "alasan",
        "magang_direncanakan",
        "magang_selesai",
        "kapasitas_magang",
        "sisa_kapasitas",
        "tahun",
    ];
    for lang in [Lang::Id, Lang::En] {
        let mut app = monitoring_app(lang);
        to(&mut app, Sub::ExpiredInterns);
        let job = export(&mut app);
        assert_eq!(job.stem, "perjanjian-kedaluwarsa-magang");
        assert_eq!(
            job.rows[0],
            [
                "317/PKS/BKPSDM/2021",
                "PKS",
                "UBB Lhokseumawe",
                "2026-07-10",
                "141",
                "1",
                "Nurul Hidayah"
            ]
        );
        let mut headers = vec![job.header];
        to(&mut app, Sub::Attention);
        let job = export(&mut app);
        assert_eq!(job.stem, "magang-perlu-perhatian");
        assert_eq!(
            job.header[..7].join(","),
            "nama,mitra,unit_kerja,pembimbing_nama,logbook_terakhir,hari_tanpa_logbook,alasan"
        );
        // No mentor: empty in the file; no entry yet: empty too.
        assert_eq!(job.rows[0][3..6], ["", "", "28"]);
        assert_eq!(
            job.rows[0][7], "22010001",
            "the NIM, not shown at 80 columns"
        );
        headers.push(job.header);
        to(&mut app, Sub::PerUnit);
        let job = export(&mut app);
        assert_eq!(job.stem, "magang-per-unit");
        // BKPSDM is full (0 places), Diskominfo one over, the kecamatan has no capacity.
        let left: Vec<&str> = job.rows.iter().map(|r| r[5].as_str()).collect();
        assert_eq!(left, ["1", "0", "-1", ""]);
        assert_eq!(job.rows[0][6], "2026");
        headers.push(job.header);
        to(&mut app, Sub::Suggestions);
        key(&mut app, Action::Filter);
        for c in "uin".chars() {
            key(&mut app, Action::FilterChar(c));
        }
        key(&mut app, Action::FilterAccept);
        let job = export(&mut app);
        assert_eq!(job.stem, "saran-mahasiswa-magang");
        assert_eq!(job.rows.len(), 2, "the filter applies");
        assert_eq!(job.rows[1][4], "", "nothing said is empty, not '-'");
        assert_eq!(job.rows[1][0], "2025-04-14", "ISO dates");
        headers.push(job.header);
        for name in headers.iter().flatten() {
            assert!(
                entity.contains(name) || added.contains(&name.as_str()),
                "{name:?} is neither a column of peka export nor a documented addition"
            );
        }
    }
}

#[test]
fn snapshot_expired_agreements_with_interns_80x24() {
    let mut app = monitoring_app(Lang::Id);
    to(&mut app, Sub::ExpiredInterns);
    snap("monitoring_expired_interns_80x24", &app);
}

#[test]
fn snapshot_interns_needing_attention_80x24() {
    let mut app = monitoring_app(Lang::Id);
    to(&mut app, Sub::Attention);
    snap("monitoring_attention_80x24", &app);
    let mut app = monitoring_app(Lang::En);
    to(&mut app, Sub::Attention);
    snap("monitoring_attention_en_80x24", &app);
}

#[test]
fn snapshot_interns_per_unit_80x24() {
    let mut app = monitoring_app(Lang::Id);
    to(&mut app, Sub::PerUnit);
    snap("monitoring_per_unit_80x24", &app);
}

#[test]
fn snapshot_students_suggestions_80x24() {
    let mut app = monitoring_app(Lang::Id);
    to(&mut app, Sub::Suggestions);
    key(&mut app, Action::Down);
    snap("monitoring_suggestions_80x24", &app);
}

#[test]
fn snapshot_monitoring_help_80x24() {
    let mut app = monitoring_app(Lang::Id);
    key(&mut app, Action::Help);
    snap("monitoring_help_80x24", &app);
}

#[test]
fn reports_not_loaded_yet_say_so_and_an_empty_one_says_no_data() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    to(&mut app, Sub::Attention);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains(peka::i18n::tui::LOADING.get(Lang::Id)),
        "{text}"
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::Partnership(
            PartnershipRows::InternsNeedingAttention(vec![]),
        )),
    );
    let text = screen_text(&draw(&app));
    assert!(text.contains("Magang perlu perhatian: 0"), "{text}");
    assert!(
        text.contains(peka::i18n::tui::EMPTY_LIST.get(Lang::Id)),
        "{text}"
    );
}

/// Tab 1's detail: the interns a person mentors, those running now first
/// (▶), each with status, period, name, campus and NIM; the heading counts
/// current and all.
#[test]
fn snapshot_employee_detail_interns_80x24() {
    use peka::db::model::InternBrief;
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Open);
    let mut d = detail(1);
    let i = |nim: &str, name: &str, partner: &str, start: &str, end: &str, status, current| {
        InternBrief {
            nim: nim.into(),
            name: name.into(),
            partner: partner.into(),
            start: start.into(),
            end: end.into(),
            status,
            current,
        }
    };
    d.interns = vec![
        i(
            "2201170044",
            "Nurul Hidayah",
            "Unimal",
            "2026-10-01",
            "2026-12-31",
            InternStatus::Berjalan,
            true,
        ),
        i(
            "2022010087",
            "Rizki Maulana",
            "PNL",
            "2026-11-15",
            "2027-02-14",
            InternStatus::Diterima,
            true,
        ),
        i(
            "2023020011",
            "Teuku Farhan",
            "IAIN Lhokseumawe",
            "2025-01-06",
            "2025-04-30",
            InternStatus::Selesai,
            false,
        ),
        i(
            "2201170102",
            "Aulia Rahman",
            "Unimal",
            "2027-01-04",
            "2027-03-31",
            InternStatus::Diajukan,
            false,
        ),
    ];
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(d)))),
    );
    key(&mut app, Action::End);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Magang yang dibimbing (2 berjalan / 4 total)"),
        "{text}"
    );
    snap("employee_detail_interns_80x24", &app);
}

/// Every report draws at the smallest usable size and on a wide terminal
/// (where the campus and the mentor of the attention list come in).
#[test]
fn every_report_draws_small_and_wide() {
    for (w, h) in [(60, 12), (160, 40)] {
        let mut app = monitoring_app(Lang::En);
        send(&mut app, Msg::Resize(w, h));
        for _ in Sub::ALL {
            key(&mut app, Action::NextSub);
            key(&mut app, Action::Down);
            let text = screen_text(&draw(&app));
            assert!(text.contains("Monitoring"), "{text}");
            if w == 160 && app.monitoring.sub == Sub::Attention {
                assert!(
                    text.contains("Campus") && text.contains("Zulkifli"),
                    "{text}"
                );
            }
        }
    }
}
