//! The record forms of issue 3 items 3–5 without a terminal (status change,
//! competency assessment, unit, competency, competency standard): keys in,
//! db inputs and cross-field errors out, edit forms that round-trip a stored
//! record, and 80×24 snapshots without colour. The reference lists are in
//! `forms_reference/lists.rs`.

#[path = "forms_reference/lists.rs"]
mod lists;

use chrono::NaiveDate;
use peka::db::assessments::AssessmentInput;
use peka::db::competencies::{CompetencyInput, LevelText};
use peka::db::employees_write::StatusChange;
use peka::db::reference_read::UnitRow;
use peka::db::standards::StandardInput;
use peka::db::units::UnitInput;
use peka::db::write::{ConstraintKind, WriteError};
use peka::domain::enums::{EmployeeStatus, UnitKind};
use peka::domain::retirement::StatusTimeline;
use peka::i18n::Lang;
use peka::i18n::forms as tx;
use peka::tui::forms::RecordForm;
use peka::tui::forms::{assessment, competency, standard, status, unit};
use peka::tui::theme::{ColorMode, Theme};
use peka::tui::widgets::form::{Form, FormOutcome};
use peka::tui::widgets::form_view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

// ---- helpers -------------------------------------------------------------

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}
fn press(form: &mut Form, code: KeyCode) -> FormOutcome {
    form.handle(key(code))
}
fn save(form: &mut Form) -> FormOutcome {
    form.handle(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL))
}
/// Types `text` key by key; returns the last outcome.
fn type_str(form: &mut Form, text: &str) -> FormOutcome {
    let mut last = FormOutcome::None;
    for c in text.chars() {
        last = press(form, KeyCode::Char(c));
    }
    last
}
/// Types `text` into field `k` (after moving there) and leaves it with Tab.
fn enter(form: &mut Form, k: &str, text: &str) {
    assert!(form.set_focus(k), "no field {k}");
    type_str(form, text);
    press(form, KeyCode::Tab);
}
/// Types `query` into lookup `k`, answers with `items`, picks the first.
fn pick(
    form: &mut Form,
    k: &'static str,
    query: &str,
    items: Vec<peka::tui::widgets::form::LookupItem>,
) {
    assert!(form.set_focus(k));
    let field = form.index_of(k).unwrap();
    let outcome = type_str(form, query);
    assert!(
        matches!(&outcome, FormOutcome::Lookup { field: f, key, query: q, .. }
            if *f == field && *key == k && q == query),
        "typing in {k} asks the app for records"
    );
    assert!(form.set_lookup_results(field, items));
    assert_eq!(press(form, KeyCode::Enter), FormOutcome::Changed { key: k });
}
fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn today() -> NaiveDate {
    date("2026-11-28")
}
/// An employee born on `birth`, appointed on `appointed`, in service with no
/// recorded change.
fn subject(birth: &str, appointed: Option<&str>) -> status::StatusSubject {
    status::StatusSubject {
        birth_date: date(birth),
        appointed: appointed.map(date),
        timeline: StatusTimeline::fixed(EmployeeStatus::Aktif),
    }
}
fn integritas() -> Vec<peka::tui::widgets::form::LookupItem> {
    competency::competency_items(vec![(1, "M.01".into(), "Integritas".into())])
}
fn keys(errors: &[(&'static str, String)]) -> Vec<&'static str> {
    errors.iter().map(|(k, _)| *k).collect()
}

fn screen(form: &Form) -> String {
    let theme = Theme::new(ColorMode::None);
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut cursor = None;
    t.draw(|frame| {
        let area = frame.area();
        cursor = form_view::render(frame.buffer_mut(), area, form, &theme);
    })
    .unwrap();
    let buf = t.backend().buffer();
    let mut lines: Vec<String> = (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect();
    lines.push(format!("cursor: {cursor:?}"));
    lines.join("\n")
}

// ---- status change (leaving the service) ---------------------------------

#[test]
fn a_typed_status_change_becomes_the_db_input() {
    let mut f = status::new_form(Lang::Id, "Rahmi Safitri", EmployeeStatus::Aktif);
    assert!(f.title().contains("Rahmi Safitri") && f.title().contains("Aktif"));
    assert_eq!(f.focus_key(), "status");
    type_str(&mut f, "mutasi");
    press(&mut f, KeyCode::Tab);
    enter(&mut f, "tanggal_mulai", "01112026");
    enter(&mut f, "nomor_sk", "800/12/2026");
    assert!(f.set_focus("keterangan"));
    type_str(&mut f, "Pindah ke Pemprov Aceh");
    assert_eq!(save(&mut f), FormOutcome::Save);
    assert_eq!(
        status::to_input(&f),
        Some(StatusChange {
            status: EmployeeStatus::MutasiKeluar,
            date: "2026-11-01".into(),
            nomor_sk: "800/12/2026".into(),
            note: "Pindah ke Pemprov Aceh".into(),
        })
    );
    assert!(status::cross_check(&f, &subject("1985-01-01", None), today(), Lang::Id).is_empty());
}

#[test]
fn status_and_date_are_required_and_nothing_is_saved_without_them() {
    let mut f = status::new_form(Lang::En, "X", EmployeeStatus::Aktif);
    assert_eq!(save(&mut f), FormOutcome::None);
    assert!(f.error("status").is_some() && f.error("tanggal_mulai").is_some());
    assert_eq!(
        f.focus_key(),
        "status",
        "the cursor goes to the first error"
    );
    assert_eq!(status::to_input(&f), None);
}

#[test]
fn a_status_date_ahead_is_scheduled_but_nonsense_dates_are_refused() {
    let who = subject("1990-05-10", Some("2015-03-01"));
    let mut f = status::new_form(Lang::Id, "X", EmployeeStatus::Aktif);
    f.set_value("status", "PENSIUN");
    let check = |f: &mut Form, d: &str| {
        f.set_value("tanggal_mulai", d);
        status::cross_check(f, &who, today(), Lang::Id)
    };
    // An SK pensiun comes before its date: a date ahead is accepted.
    assert!(
        check(&mut f, "2026-11-29").is_empty(),
        "tomorrow is allowed"
    );
    assert!(check(&mut f, "2030-01-01").is_empty(), "years ahead too");
    assert!(check(&mut f, "2026-11-28").is_empty(), "today is allowed");
    // Five years ahead is the limit: later is a year typed wrong.
    assert!(check(&mut f, "2031-11-28").is_empty());
    let far = check(&mut f, "2031-11-29");
    assert_eq!(keys(&far), vec!["tanggal_mulai"]);
    assert_eq!(
        far[0].1,
        tx::date_too_far_ahead(Lang::Id, date("2031-11-28"))
    );
    // Not before the appointment…
    assert!(
        check(&mut f, "2015-03-01").is_empty(),
        "the TMT day is allowed"
    );
    let early = check(&mut f, "2015-02-28");
    assert_eq!(
        early[0].1,
        tx::date_before_appointment(Lang::Id, date("2015-03-01"))
    );
    // …nor before the 17th birthday (which names the birth date).
    let who_young = subject("1990-05-10", None);
    f.set_value("tanggal_mulai", "2007-05-09");
    let young = status::cross_check(&f, &who_young, today(), Lang::Id);
    assert_eq!(
        young[0].1,
        tx::date_before_adult(Lang::Id, date("1990-05-10"))
    );
    f.set_value("tanggal_mulai", "2007-05-10");
    assert!(status::cross_check(&f, &who_young, today(), Lang::Id).is_empty());
    // A death is never dated ahead.
    f.set_value("status", "MENINGGAL");
    let death = check(&mut f, "2026-12-01");
    assert_eq!(death[0].1, tx::date_in_future(Lang::Id, today()));
    assert!(check(&mut f, "2026-11-28").is_empty());
    // The errors land at the field and move the cursor there.
    f.set_focus("status");
    f.set_errors(young);
    assert_eq!(f.focus_key(), "tanggal_mulai");
}

#[test]
fn a_change_to_the_status_in_effect_on_its_date_is_refused() {
    // In service; a pension is already scheduled for 01-01-2030.
    let who = status::StatusSubject {
        birth_date: date("1971-12-10"),
        appointed: Some(date("1996-03-01")),
        timeline: StatusTimeline {
            latest: EmployeeStatus::Pensiun,
            latest_date: Some(date("2030-01-01")),
            changes: vec![
                (date("1996-03-01"), EmployeeStatus::Aktif),
                (date("2030-01-01"), EmployeeStatus::Pensiun),
            ],
        },
    };
    let mut f = status::new_form(Lang::En, "X", EmployeeStatus::Aktif);
    let check = |f: &mut Form, st: &str, d: &str| {
        f.set_value("status", st);
        f.set_value("tanggal_mulai", d);
        status::cross_check(f, &who, today(), Lang::En)
    };
    let again = check(&mut f, "PENSIUN", "2030-06-01");
    assert_eq!(keys(&again), vec!["status"]);
    assert!(
        again[0].1.contains("will already be Retired"),
        "{}",
        again[0].1
    );
    assert!(
        check(&mut f, "PENSIUN", "2029-06-01").is_empty(),
        "an earlier SK date"
    );
    assert_eq!(keys(&check(&mut f, "AKTIF", "2027-01-01")), vec!["status"]);
    assert!(
        check(&mut f, "AKTIF", "2030-01-01").is_empty(),
        "back in service on the same day cancels the scheduled pension"
    );
}

#[test]
fn leaving_statuses_are_offered_first_and_every_status_is_there() {
    let order = status::status_order();
    assert_eq!(order.len(), EmployeeStatus::ALL.len());
    assert!(order[..4].iter().all(|s| !s.is_in_service()));
    assert!(order[4..].iter().all(|s| s.is_in_service()));
}

#[test]
fn only_a_record_without_history_may_be_deleted_and_only_after_asking() {
    assert_eq!(
        status::delete_or_archive(false),
        status::DeleteChoice::HardDeleteAsk
    );
    assert_eq!(
        status::delete_or_archive(true),
        status::DeleteChoice::StatusForm
    );
    assert!(tx::delete_question(Lang::Id, "Budi").ends_with("(y/n)"));
}

#[test]
fn a_filled_status_change_round_trips_and_db_errors_find_their_field() {
    let c = StatusChange {
        status: EmployeeStatus::Meninggal,
        date: "2025-02-03".into(),
        nomor_sk: "SK-1".into(),
        note: "baris 1\nbaris 2".into(),
    };
    let mut f = status::new_form(Lang::Id, "X", EmployeeStatus::Cuti);
    status::fill(&mut f, &c);
    assert_eq!(status::to_input(&f), Some(c));
    let bad_date = WriteError::constraint("tanggal_mulai", ConstraintKind::Check);
    assert_eq!(
        status::KIND.db_error_field(&bad_date),
        Some("tanggal_mulai")
    );
    let stale = WriteError::Conflict {
        changed_by: None,
        changed_at: None,
    };
    assert_eq!(status::KIND.db_error_field(&stale), None);
}

// ---- competency assessment ----------------------------------------------

#[test]
fn a_typed_assessment_becomes_the_db_input_dated_today_by_default() {
    let mut f = assessment::new_form(Lang::Id, "Rahmi", today());
    assert!(!f.is_dirty(), "the default date alone is no change");
    assert_eq!(f.value("tanggal"), "2026-11-28");
    pick(&mut f, "kompetensi_id", "int", integritas());
    assert_eq!(f.display("kompetensi_id"), "M.01 Integritas");
    enter(&mut f, "level_aktual", "4");
    assert!(f.set_focus("metode"));
    type_str(&mut f, "uji");
    enter(&mut f, "penilai", "Tim Asesor BKPSDM");
    assert_eq!(save(&mut f), FormOutcome::Save);
    let expected = AssessmentInput {
        pegawai_id: 9,
        kompetensi_id: 1,
        level: 4,
        tanggal: "2026-11-28".into(),
        metode: "UJI_KOMPETENSI".into(),
        penilai: "Tim Asesor BKPSDM".into(),
        catatan: String::new(),
    };
    assert_eq!(assessment::to_input(&f, 9), Some(expected));
    assert!(assessment::cross_check(&f, today(), Lang::Id).is_empty());
}

#[test]
fn an_assessment_level_outside_one_to_five_is_refused() {
    let mut f = assessment::new_form(Lang::Id, "X", today());
    assert!(f.set_focus("level_aktual"));
    type_str(&mut f, "x");
    assert_eq!(
        f.value("level_aktual"),
        "",
        "a letter is refused at the key"
    );
    assert!(f.notice().is_some(), "with a hint");
    type_str(&mut f, "6");
    press(&mut f, KeyCode::Tab);
    assert!(f.error("level_aktual").is_some(), "6 is refused on leaving");
    assert_eq!(save(&mut f), FormOutcome::None);
    f.set_value("level_aktual", "0");
    assert_eq!(save(&mut f), FormOutcome::None);
    assert!(f.error("level_aktual").is_some());
}

#[test]
fn an_assessment_in_the_future_or_without_a_competency_is_refused() {
    let mut f = assessment::new_form(Lang::En, "X", today());
    f.set_value("tanggal", "29-11-2026");
    let errors = assessment::cross_check(&f, today(), Lang::En);
    assert_eq!(keys(&errors), vec!["kompetensi_id", "tanggal"]);
    assert_eq!(errors[1].1, tx::date_in_future(Lang::En, today()));
}

#[test]
fn a_recorded_assessment_round_trips_clean_and_save_and_new_keeps_the_series() {
    let a = AssessmentInput {
        pegawai_id: 3,
        kompetensi_id: 1,
        level: 2,
        tanggal: "2025-06-30".into(),
        metode: "PENILAIAN_ATASAN".into(),
        penilai: "Kabid".into(),
        catatan: "catatan\nkedua".into(),
    };
    let f = assessment::edit_form(Lang::Id, "X", &a, "M.01 Integritas");
    assert!(!f.is_dirty());
    assert!(!f.save_and_new_enabled());
    assert_eq!(assessment::to_input(&f, 3), Some(a.clone()));
    // A series: Ctrl-N, then only the shared values stay.
    let mut f = assessment::new_form(Lang::Id, "X", today());
    assessment::fill(&mut f, &a, "M.01 Integritas");
    let n = KeyEvent::new(KeyCode::Char('n'), KeyModifiers::CONTROL);
    assert_eq!(f.handle(n), FormOutcome::SaveAndNew);
    f.reset_for_new(&assessment::KEEP_ON_NEW);
    assert_eq!(
        (f.value("tanggal"), f.value("metode"), f.value("penilai")),
        ("2025-06-30", "PENILAIAN_ATASAN", "Kabid")
    );
    assert_eq!(
        (f.value("kompetensi_id"), f.value("level_aktual")),
        ("", "")
    );
    let e = WriteError::constraint("level_aktual", ConstraintKind::Check);
    assert_eq!(assessment::KIND.db_error_field(&e), Some("level_aktual"));
    let e = WriteError::constraint("pegawai_id", ConstraintKind::ForeignKey);
    assert_eq!(assessment::KIND.db_error_field(&e), None);
}

// ---- unit ------------------------------------------------------------------

fn unit_row(id: i64, nama: &str, parent: Option<i64>, depth: usize) -> UnitRow {
    UnitRow {
        id,
        kode: format!("U{id}"),
        nama: nama.into(),
        singkatan: String::new(),
        jenis: UnitKind::Bidang,
        induk_id: parent,
        induk: String::new(),
        depth,
        urutan: id,
        aktif: true,
        employees: 0,
        version: 1,
        assumed: false,
    }
}

/// BKPSDM (4) > Bidang PKA (5) > Subbidang (6); Bappeda (7).
fn tree() -> Vec<UnitRow> {
    vec![
        unit_row(4, "BKPSDM", None, 0),
        unit_row(5, "Bidang PKA", Some(4), 1),
        unit_row(6, "Subbidang Diklat", Some(5), 2),
        unit_row(7, "Bappeda", None, 0),
    ]
}

#[test]
fn a_typed_unit_becomes_the_db_input() {
    let mut f = unit::new_form(Lang::Id);
    assert_eq!(f.value("aktif"), "1", "a new unit is active");
    assert!(!f.is_dirty());
    type_str(&mut f, "5.03 02");
    assert_eq!(f.value("kode"), "5.0302", "no spaces in a code");
    press(&mut f, KeyCode::Tab);
    enter(&mut f, "nama", "Bidang Mutasi");
    enter(&mut f, "singkatan", "Bid. Mutasi");
    assert!(f.set_focus("jenis"));
    type_str(&mut f, "bid");
    let parent = unit::unit_items(vec![(4, "5.03".into(), "BKPSDM".into(), "BKPSDM".into())]);
    pick(&mut f, "induk_id", "bkp", parent);
    enter(&mut f, "urutan", "6");
    assert_eq!(save(&mut f), FormOutcome::Save);
    assert_eq!(
        unit::to_input(&f),
        Some(UnitInput {
            kode: "5.0302".into(),
            nama: "Bidang Mutasi".into(),
            singkatan: "Bid. Mutasi".into(),
            jenis: "BIDANG".into(),
            induk_id: Some(4),
            urutan: 6,
            aktif: true,
            kapasitas_magang: None,
        })
    );
}

#[test]
fn a_unit_cannot_be_its_own_parent_or_under_its_own_sub_unit() {
    let units = tree();
    let input = UnitInput {
        kode: "5.03".into(),
        nama: "BKPSDM".into(),
        jenis: "BADAN".into(),
        aktif: true,
        ..Default::default()
    };
    let mut f = unit::edit_form(Lang::Id, &input, "");
    let with_parent = |f: &mut Form, id: i64| {
        f.set_picked(
            "induk_id",
            Some(peka::tui::widgets::form::LookupItem {
                id,
                label: "x".into(),
                detail: String::new(),
            }),
        );
        unit::cross_check(f, Some(4), &units, Lang::Id)
    };
    let own = with_parent(&mut f, 4);
    assert_eq!(
        own,
        vec![("induk_id", tx::PARENT_SELF.get(Lang::Id).into())]
    );
    for below in [5, 6] {
        let cycle = with_parent(&mut f, below);
        assert_eq!(
            cycle,
            vec![("induk_id", tx::PARENT_CYCLE.get(Lang::Id).into())]
        );
    }
    assert!(
        with_parent(&mut f, 7).is_empty(),
        "another top unit is fine"
    );
    assert!(
        unit::cross_check(&f, None, &units, Lang::Id).is_empty(),
        "a new unit has no sub-units yet"
    );
    let cycle = WriteError::constraint("induk_id", ConstraintKind::Check);
    assert_eq!(unit::KIND.db_error_field(&cycle), Some("induk_id"));
    let taken = WriteError::constraint("kode", ConstraintKind::Unique);
    assert_eq!(unit::KIND.db_error_field(&taken), Some("kode"));
}

#[test]
fn a_stored_unit_round_trips_clean() {
    for (parent, label) in [(Some(4), "BKPSDM"), (None, "")] {
        let u = UnitInput {
            kode: "5.03.01".into(),
            nama: "Bidang Pengembangan Kompetensi Aparatur".into(),
            singkatan: "Bidang PKA".into(),
            jenis: "BIDANG".into(),
            induk_id: parent,
            urutan: 5,
            aktif: false,
            kapasitas_magang: None,
        };
        let f = unit::edit_form(Lang::Id, &u, label);
        assert!(!f.is_dirty());
        assert_eq!(f.display("induk_id"), label);
        assert_eq!(unit::to_input(&f), Some(u));
    }
    assert_eq!(unit::parent_label(&tree(), Some(5)), "Bidang PKA");
    assert_eq!(unit::parent_label(&tree(), Some(99)), "");
}

// ---- competency ------------------------------------------------------------

fn competency_input() -> CompetencyInput {
    CompetencyInput {
        kode: "T.12".into(),
        nama: "Manajemen Arsip".into(),
        jenis: "TEKNIS".into(),
        definisi: "Mengelola arsip dinamis\ndan statis.".into(),
        levels: std::array::from_fn(|i| LevelText {
            deskripsi: format!("Deskripsi level {}", i + 1),
            indikator: if i == 2 { "a\nb".into() } else { String::new() },
        }),
    }
}

#[test]
fn a_typed_competency_with_its_levels_becomes_the_db_input() {
    let mut f = competency::new_form(Lang::Id);
    type_str(&mut f, "T.12");
    press(&mut f, KeyCode::Tab);
    type_str(&mut f, "Manajemen Arsip");
    press(&mut f, KeyCode::Tab);
    type_str(&mut f, "tek");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.focus_key(), "definisi");
    type_str(&mut f, "Mengelola arsip dinamis");
    f.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    type_str(&mut f, "dan statis.");
    for (i, k) in competency::LEVEL_KEYS.iter().enumerate() {
        enter(&mut f, k, &format!("Deskripsi level {}", i + 1));
    }
    assert!(f.set_focus("indikator_3"));
    type_str(&mut f, "a");
    f.handle(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
    type_str(&mut f, "b");
    assert_eq!(save(&mut f), FormOutcome::Save);
    assert_eq!(competency::to_input(&f), Some(competency_input()));
    assert!(competency::cross_check(&f, Lang::Id).is_empty());
}

#[test]
fn a_competency_needs_a_kind_and_indicators_need_their_description() {
    let mut f = competency::new_form(Lang::En);
    f.set_value("kode", "X.1");
    assert_eq!(competency::to_input(&f), None, "no kind chosen");
    f.set_value("indikator_4", "tampak");
    let errors = competency::cross_check(&f, Lang::En);
    assert_eq!(
        errors,
        vec![("level_4", tx::indicators_without_description(Lang::En, 4))]
    );
    let e = WriteError::constraint("kode", ConstraintKind::Unique);
    assert_eq!(competency::KIND.db_error_field(&e), Some("kode"));
}

#[test]
fn a_stored_competency_round_trips_clean() {
    let c = competency_input();
    let f = competency::edit_form(Lang::Id, &c);
    assert!(!f.is_dirty());
    assert_eq!(competency::to_input(&f), Some(c));
}

// ---- competency standard ---------------------------------------------------

#[test]
fn a_typed_standard_becomes_the_db_input() {
    let mut f = standard::new_form(Lang::Id);
    type_str(&mut f, "JF Keahlian");
    press(&mut f, KeyCode::Tab);
    type_str(&mut f, "ahli muda");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::Tab); // every title of the kind
    pick(&mut f, "kompetensi_id", "M.01", integritas());
    type_str(&mut f, "2");
    assert_eq!(
        press(&mut f, KeyCode::Enter),
        FormOutcome::Save,
        "Enter on the last field saves"
    );
    let s = StandardInput {
        jenis_jabatan: "JF_KEAHLIAN".into(),
        jenjang_jf: "AHLI_MUDA".into(),
        nama_jabatan: String::new(),
        kompetensi_id: 1,
        level_standar: 2,
    };
    assert_eq!(standard::to_input(&f), Some(s));
    assert!(standard::cross_check(&f, Lang::Id).is_empty());
}

#[test]
fn a_jf_standard_needs_a_jenjang_of_its_own_family_and_others_none() {
    let mut f = standard::new_form(Lang::Id);
    f.set_picked("kompetensi_id", integritas().pop());
    let check = |f: &mut Form, kind: &str, level: &str| {
        f.set_value("jenis_jabatan", kind);
        f.set_value("jenjang_jf", level);
        keys(&standard::cross_check(f, Lang::Id))
    };
    assert_eq!(check(&mut f, "JF_KEAHLIAN", ""), vec!["jenjang_jf"]);
    assert_eq!(check(&mut f, "JF_KETERAMPILAN", ""), vec!["jenjang_jf"]);
    assert_eq!(check(&mut f, "JF_KEAHLIAN", "MAHIR"), vec!["jenjang_jf"]);
    assert_eq!(check(&mut f, "PENGAWAS", "AHLI_MUDA"), vec!["jenjang_jf"]);
    assert!(check(&mut f, "JF_KETERAMPILAN", "MAHIR").is_empty());
    assert!(check(&mut f, "PELAKSANA", "").is_empty());
    let dup = WriteError::constraint("kompetensi_id", ConstraintKind::Unique);
    assert_eq!(standard::KIND.db_error_field(&dup), Some("kompetensi_id"));
}

#[test]
fn a_stored_standard_round_trips_clean_and_its_level_stays_in_range() {
    let s = StandardInput {
        jenis_jabatan: "PELAKSANA".into(),
        jenjang_jf: String::new(),
        nama_jabatan: "Pengelola Layanan Kepegawaian".into(),
        kompetensi_id: 1,
        level_standar: 1,
    };
    let mut f = standard::edit_form(Lang::Id, &s, "M.01 Integritas");
    assert!(!f.is_dirty());
    assert_eq!(standard::to_input(&f), Some(s));
    assert!(f.set_focus("level_standar"));
    press(&mut f, KeyCode::Backspace);
    type_str(&mut f, "7");
    assert_eq!(save(&mut f), FormOutcome::None);
    assert!(f.error("level_standar").is_some());
}

// ---- snapshots (80×24, no colour) ------------------------------------------

#[test]
fn snapshot_status_form_with_errors() {
    let mut f = status::new_form(Lang::Id, "Rahmi Safitri", EmployeeStatus::Aktif);
    f.set_value("status", "PENSIUN");
    f.set_value("tanggal_mulai", "01-01-2027");
    f.set_value("nomor_sk", "800/1/2027");
    f.set_value("tanggal_mulai", "01-01-2035");
    let errors = status::cross_check(&f, &subject("1966-12-01", None), today(), Lang::Id);
    f.set_errors(errors);
    insta::assert_snapshot!("status_errors_80x24", screen(&f));
}

#[test]
fn snapshot_assessment_form() {
    let mut f = assessment::new_form(Lang::Id, "Rahmi Safitri", today());
    pick(&mut f, "kompetensi_id", "int", integritas());
    type_str(&mut f, "9");
    press(&mut f, KeyCode::Tab);
    insta::assert_snapshot!("assessment_80x24", screen(&f));
}

#[test]
fn snapshot_unit_form() {
    let mut f = unit::new_form(Lang::En);
    type_str(&mut f, "5.03.02");
    insta::assert_snapshot!("unit_en_80x24", screen(&f));
}

#[test]
fn snapshot_competency_form() {
    let f = competency::edit_form(Lang::Id, &competency_input());
    insta::assert_snapshot!("competency_80x24", screen(&f));
}

#[test]
fn snapshot_standard_form_with_errors() {
    let mut f = standard::new_form(Lang::Id);
    f.set_value("jenis_jabatan", "JF_KEAHLIAN");
    f.set_value("nama_jabatan", "Analis SDM Aparatur Ahli Muda");
    let errors = standard::cross_check(&f, Lang::Id);
    f.set_errors(errors);
    insta::assert_snapshot!("standard_errors_80x24", screen(&f));
}
