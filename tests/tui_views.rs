//! What a user reads at 80×24 (issue 6 item 12): each test names a small
//! thing that was missing, cut or named two ways on screen, and asserts it on
//! a frame drawn on ratatui's TestBackend (or at the i18n function that makes
//! the text).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::model::EvaluationBrief;
use peka::domain::enums::{PeriodKind, Predicate, Rating};
use peka::i18n::Lang;
use peka::i18n::labels::period_name;
use peka::tui::app::{Loaded, Msg};
use peka::tui::keymap::Action;

/// Scrolls the open detail down until every one of `needles` is on screen
/// (the detail is longer than the screen).
fn detail_with(lang: Lang, needles: &[&str], d: peka::db::model::EmployeeDetail) -> String {
    let mut app = loaded_app(lang, 80, 24);
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(d)))),
    );
    for _ in 0..60 {
        let text = screen_text(&draw(&app));
        if needles.iter().all(|n| text.contains(n)) {
            return text;
        }
        key(&mut app, Action::Down);
    }
    panic!("{needles:?} never came into view together");
}

// ---- one name for a period -------------------------------------------------

#[test]
fn a_period_is_named_kind_number_year_in_both_languages() {
    let cases = [
        (Lang::Id, PeriodKind::Triwulan, 3, "Triwulan 3 2026"),
        (Lang::Id, PeriodKind::Semester, 1, "Semester 1 2026"),
        (Lang::Id, PeriodKind::Bulanan, 11, "Bulan 11 2026"),
        (Lang::Id, PeriodKind::Tahunan, 1, "Tahunan 2026"),
        (Lang::En, PeriodKind::Triwulan, 3, "Quarter 3 2026"),
        (Lang::En, PeriodKind::Semester, 2, "Half-year 2 2026"),
        (Lang::En, PeriodKind::Bulanan, 1, "Month 1 2026"),
        (Lang::En, PeriodKind::Tahunan, 1, "Annual 2026"),
    ];
    for (lang, kind, no, want) in cases {
        assert_eq!(period_name(lang, kind, no, 2026), want);
    }
}

#[test]
fn tab_4_the_detail_and_check_name_a_period_the_same_way() {
    // Tab 4's title (the fixture's latest period is the third quarter of 2026).
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(3));
    let text = screen_text(&draw(&app));
    assert!(text.contains("Evaluasi Triwulan 3 2026 ·"), "{text}");
    assert!(!text.contains("ke-3"), "{text}");

    // The employee detail's evaluation lines.
    let mut d = detail(1);
    d.evaluations.insert(
        0,
        EvaluationBrief {
            year: 2026,
            period_kind: PeriodKind::Triwulan,
            period_no: 3,
            work_result: Rating::Sesuai,
            behaviour: Rating::Sesuai,
            predicate: Predicate::Baik,
        },
    );
    let text = detail_with(
        Lang::Id,
        &["  Triwulan 3 2026 ", "  Tahunan 2025 "],
        d.clone(),
    );
    assert!(!text.contains("2026 Triwulan"), "{text}");
    detail_with(Lang::En, &["  Quarter 3 2026 ", "  Annual 2025 "], d);

    // A finding of `peka check` about an evaluation row.
    let key = peka::db::check::RowKey::Evaluation {
        nip: "198509262010011001".into(),
        year: 2026,
        period: "TRIWULAN".into(),
        number: 3,
    };
    assert_eq!(
        peka::i18n::cli_check::row_key(Lang::Id, &key),
        "NIP 198509262010011001, Triwulan 3 2026"
    );
}

// ---- predicate abbreviations explained on screen ---------------------------

#[test]
fn the_predicate_abbreviations_are_explained_under_the_list_at_80_columns() {
    for (lang, wants) in [
        (
            Lang::Id,
            [
                "SB=Sangat Baik",
                "B=Baik",
                "BP=Butuh Perbaikan",
                "K/M=Kurang/Misconduct",
                "SK=Sangat Kurang",
            ],
        ),
        (
            Lang::En,
            [
                "VG=Very good",
                "G=Good",
                "NI=Needs improvement",
                "P/M=Poor/Misconduct",
                "VP=Very poor",
            ],
        ),
    ] {
        let mut app = loaded_app(lang, 80, 24);
        key(&mut app, Action::GoTab(3));
        let text = screen_text(&draw(&app));
        let lines: Vec<&str> = text.lines().collect();
        // The legend is the body's last line, just above the status line.
        let legend = lines[lines.len() - 3];
        for want in wants {
            assert!(legend.contains(want), "{want:?} missing in {legend:?}");
        }
        assert!(!legend.contains('…'), "{legend:?}");
    }
}

#[test]
fn a_wide_screen_spells_the_legend_with_spaces() {
    let mut app = loaded_app(Lang::Id, 120, 24);
    key(&mut app, Action::GoTab(3));
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("SB Sangat Baik · B Baik · BP Butuh Perbaikan"),
        "{text}"
    );
}

// ---- TMT golongan in the detail --------------------------------------------

#[test]
fn the_detail_shows_the_golongan_with_its_tmt() {
    let text = detail_with(Lang::Id, &["Golongan"], detail(1));
    assert!(
        text.contains("Golongan          Penata (III/c) · TMT 01-04-2019"),
        "{text}"
    );
    assert!(text.contains("Jenis ASN         PNS"), "{text}");
    let text = detail_with(Lang::En, &["Grade"], detail(1));
    assert!(
        text.contains("Grade             Penata (III/c) · since 01-04-2019"),
        "{text}"
    );
}

#[test]
fn a_long_pangkat_and_its_tmt_stay_whole_at_80_columns() {
    let mut d = detail(1);
    d.asn_kind = peka::domain::enums::AsnKind::Cpns;
    d.golongan = Some("III/b".into());
    d.pangkat = "Penata Muda Tingkat I".into();
    let text = detail_with(Lang::Id, &["Golongan"], d.clone());
    assert!(
        text.contains("Penata Muda Tingkat I (III/b) · TMT 01-04-2019"),
        "{text}"
    );
    // Without a recorded TMT the line is the golongan alone.
    d.tmt_golongan = None;
    let text = detail_with(Lang::Id, &["Golongan"], d);
    let line = text.lines().find(|l| l.starts_with("Golongan")).unwrap();
    assert_eq!(
        line.trim_end(),
        "Golongan          Penata Muda Tingkat I (III/b)"
    );
}

// ---- the participants' header ------------------------------------------------

/// The participants of a training whose name alone fills an 80-column line
/// (as "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan Tambahan Tahun 2027"
/// does in the demo data).
fn participants_screen(lang: Lang, name: &str) -> String {
    let (mut app, _) = app_sized(lang, 80, 24);
    let mut rows = trainings();
    rows[0].name = name.into();
    key(&mut app, Action::GoTab(1));
    send(&mut app, Msg::Loaded(Loaded::Trainings(rows)));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    screen_text(&draw(&app))
}

#[test]
fn the_participants_header_keeps_the_dates_whole_under_a_long_name() {
    let long = "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan Tambahan Tahun 2027";
    let text = participants_screen(Lang::Id, long);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1].trim_end(), format!("Peserta: {long}"));
    assert_eq!(
        lines[2].trim_end(),
        "PKP-2026-01 · 02-03-2026 s.d. 30-06-2026 · 240 JP · 5 orang · Selesai"
    );
    let text = participants_screen(Lang::En, long);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[2].trim_end(),
        "PKP-2026-01 · 02-03-2026 to 30-06-2026 · 240 JP · 5 participants · Finished"
    );
    // Every participant row is still on screen under the two lines (at 80
    // columns the results columns take the NIP's room; the name stays).
    assert!(text.contains("Zulfahmi, A.Md."), "{text}");
}

#[test]
fn a_name_wider_than_the_screen_is_cut_and_marked_not_the_dates() {
    let huge = "Pelatihan Teknis Penyusunan Dokumen Perencanaan dan Penganggaran Berbasis Kinerja";
    let text = participants_screen(Lang::Id, huge);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[1].ends_with('…'), "{text}");
    assert!(lines[2].contains("02-03-2026 s.d. 30-06-2026"), "{text}");
}

// ---- file and reference date at 80 columns ----------------------------------

#[test]
fn the_file_and_reference_date_are_on_every_screen_at_80_columns() {
    for (lang, date) in [(Lang::Id, "per 28-11-2026"), (Lang::En, "as of 28-11-2026")] {
        let want = format!("sample.db · {date}");
        let mut app = loaded_app(lang, 80, 24);
        for tab in 0..5 {
            key(&mut app, Action::GoTab(tab));
            let text = screen_text(&draw(&app));
            assert_eq!(text.matches(&want).count(), 1, "tab {tab}:\n{text}");
        }
        key(&mut app, Action::GoTab(0));
        key(&mut app, Action::Open);
        send(
            &mut app,
            Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(detail(1))))),
        );
        let text = screen_text(&draw(&app));
        assert!(text.contains(&want), "detail:\n{text}");
    }
}

#[test]
fn the_tab_bar_holds_file_and_date_whole_or_leaves_them_to_the_status_line() {
    let want = "sample.db · per 28-11-2026";
    for width in [60, 80, 85, 90, 100, 140] {
        let app = loaded_app(Lang::Id, width, 24);
        let text = screen_text(&draw(&app));
        assert_eq!(text.matches(want).count(), 1, "{width} columns:\n{text}");
        let first = text.lines().next().unwrap();
        assert!(!first.contains('…'), "cut in the tab bar: {first}");
    }
    // Wide: in the tab bar, on the right.
    let text = screen_text(&draw(&loaded_app(Lang::Id, 140, 24)));
    assert!(text.lines().next().unwrap().trim_end().ends_with(want));
}

#[test]
fn read_only_at_80_columns_keeps_the_mark_and_shows_file_and_date() {
    let mut app = loaded_app(Lang::En, 80, 24);
    app.read_only = true;
    let text = screen_text(&draw(&app));
    assert!(text.lines().next().unwrap().contains("READ-ONLY"), "{text}");
    assert!(text.contains("sample.db · as of 28-11-2026"), "{text}");
}

#[test]
fn the_filter_prompt_takes_the_place_of_file_and_date_while_typing() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::Filter);
    key(&mut app, Action::FilterChar('r'));
    let text = screen_text(&draw(&app));
    let status = text.lines().nth(22).unwrap();
    assert!(!status.contains("sample.db"), "{status}");
    key(&mut app, Action::FilterClear);
    let text = screen_text(&draw(&app));
    assert!(
        text.lines().nth(22).unwrap().starts_with("sample.db"),
        "{text}"
    );
}

// ---- the competency dictionary's level texts in full ------------------------

/// Level texts as long as sample.db's (two or three lines each at 80 columns).
const LEVELS: [&str; 5] = [
    "Bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi, jujur dan dapat dipercaya dalam setiap tugas.",
    "Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma dan etika organisasi dalam lingkup kelompok kerja terkecil.",
    "Memastikan orang yang dipimpinnya bertindak sesuai nilai, norma dan etika organisasi, dengan memberi apresiasi dan teguran.",
    "Menciptakan iklim kerja yang mendorong seluruh pemangku kepentingan mematuhi nilai, norma dan etika organisasi di semua unit.",
    "Mampu menjadi rujukan dan merumuskan strategi untuk menjunjung integritas organisasi sampai tingkat daerah dan nasional.",
];

fn dictionary() -> Vec<peka::db::reference_read::CompetencyRow> {
    let row = |id: i64, kode: &str, nama: &str, texts: [&str; 5]| {
        peka::db::reference_read::CompetencyRow {
            id,
            kode: kode.into(),
            nama: nama.into(),
            jenis: peka::domain::enums::CompetencyKind::Manajerial,
            definisi: "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi."
                .into(),
            levels: texts
                .iter()
                .enumerate()
                .map(|(i, t)| (i as u8 + 1, t.to_string(), String::new()))
                .collect(),
            assumed: false,
            version: 1,
        }
    };
    let mut other = LEVELS;
    other[0] = "Kerjasama level satu.";
    vec![
        row(1, "M.01", "Integritas", LEVELS),
        row(2, "M.02", "Kerjasama", other),
    ]
}

/// Tab 1, sub-list Kamus kompetensi, loaded.
fn dictionary_app(lang: Lang) -> peka::tui::app::App {
    let mut app = loaded_app(lang, 80, 24);
    // Pegawai · Pensiun · Unit kerja · Kamus kompetensi · Standar kompetensi
    for _ in 0..3 {
        key(&mut app, Action::NextSub);
    }
    send(&mut app, Msg::Loaded(Loaded::Competencies(dictionary())));
    app
}

/// Presses a key as the runner does: through the key table.
fn press(app: &mut peka::tui::app::App, code: ratatui::crossterm::event::KeyCode) {
    let k = ratatui::crossterm::event::KeyEvent::new(
        code,
        ratatui::crossterm::event::KeyModifiers::NONE,
    );
    let action = peka::tui::keymap::resolve(app.screen(), &k).expect("the key is bound here");
    key(app, action);
}

/// The screen's text with line breaks, borders and indentation folded to
/// single spaces, so a wrapped text can be looked for whole.
fn folded(text: &str) -> String {
    text.replace(['│', '┌', '┐', '└', '┘', '─'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_dictionary_box_offers_the_full_texts_when_it_cuts_them() {
    let app = dictionary_app(Lang::Id);
    let text = screen_text(&draw(&app));
    assert!(text.contains("…"), "the preview cuts a long level:\n{text}");
    assert!(text.contains("Enter: selengkapnya"), "{text}");
    assert!(!folded(&text).contains(LEVELS[3]), "{text}");
}

#[test]
fn enter_shows_every_level_text_in_full_and_esc_returns_to_the_list() {
    use ratatui::crossterm::event::KeyCode;
    for lang in [Lang::Id, Lang::En] {
        let mut app = dictionary_app(lang);
        press(&mut app, KeyCode::Enter);
        let text = screen_text(&draw(&app));
        let all = folded(&text);
        for level in LEVELS {
            assert!(all.contains(level), "{level:?} not whole in:\n{text}");
        }
        assert!(!text.contains('…'), "{text}");
        assert!(text.contains("M.01 Integritas"), "{text}");
        // ↓ goes to the next competency, still in full.
        press(&mut app, KeyCode::Down);
        let text = screen_text(&draw(&app));
        assert!(folded(&text).contains("Kerjasama level satu."), "{text}");
        assert!(text.contains("M.02 Kerjasama"), "{text}");
        // Esc: the list again, on the competency reached.
        press(&mut app, KeyCode::Esc);
        let text = screen_text(&draw(&app));
        assert!(
            text.lines().nth(2).unwrap().starts_with("Kode")
                || text.lines().nth(2).unwrap().starts_with("Code"),
            "{text}"
        );
        assert_eq!(app.employees.reference.selected_competency_id(), Some(2));
        // Enter twice: in full and back.
        press(&mut app, KeyCode::Enter);
        assert!(app.employees.reference.expanded);
        press(&mut app, KeyCode::Enter);
        assert!(!app.employees.reference.expanded);
    }
}

#[test]
fn enter_on_units_or_standards_says_there_is_nothing_more() {
    use ratatui::crossterm::event::KeyCode;
    let mut app = loaded_app(Lang::En, 80, 24);
    key(&mut app, Action::NextSub);
    key(&mut app, Action::NextSub);
    assert!(app.employees.is_reference(), "Unit kerja");
    press(&mut app, KeyCode::Enter);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Enter (open details) does nothing in"),
        "{text}"
    );
    assert!(!app.employees.reference.expanded);
}

#[test]
fn switching_sub_list_or_typing_a_filter_leaves_the_full_view() {
    use ratatui::crossterm::event::KeyCode;
    let mut app = dictionary_app(Lang::Id);
    press(&mut app, KeyCode::Enter);
    key(&mut app, Action::Filter);
    key(&mut app, Action::FilterChar('k'));
    assert!(
        !app.employees.reference.expanded,
        "the list narrows in view"
    );
    key(&mut app, Action::FilterClear);
    press(&mut app, KeyCode::Enter);
    key(&mut app, Action::NextSub);
    key(&mut app, Action::PrevSub);
    assert!(!app.employees.reference.expanded);
}

#[test]
fn the_help_of_the_reference_lists_names_enter() {
    let mut app = dictionary_app(Lang::Id);
    key(&mut app, Action::Help);
    let lines: Vec<String> = peka::tui::view::help_lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Enter") && l.contains("Kamus kompetensi")),
        "{lines:?}"
    );
}
