//! The reference screens (units, competency dictionary, standards) on
//! fixture rows: sub-list switching, filter, tree indentation, the `*` mark
//! of assumed rows with its legend, the detail box, export, and 80×24
//! snapshots without colour.

use peka::db::reference_read::{CompetencyRow, StandardRow, UnitRow};
use peka::domain::enums::{CompetencyKind, JfLevel, PositionKind, UnitKind};
use peka::i18n::Lang;
use peka::i18n::forms as tx;
use peka::tui::tabs::reference::{self, ReferenceState, Sub};
use peka::tui::theme::{ColorMode, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Body height used by the tests (the whole 80×24 screen).
const H: usize = 24;

fn unit(
    id: i64,
    kode: &str,
    nama: &str,
    short: &str,
    parent: Option<(i64, &str)>,
    depth: usize,
) -> UnitRow {
    UnitRow {
        id,
        kode: kode.into(),
        nama: nama.into(),
        singkatan: short.into(),
        jenis: if depth == 0 {
            UnitKind::Badan
        } else {
            UnitKind::Bidang
        },
        induk_id: parent.map(|p| p.0),
        induk: parent.map(|p| p.1.to_string()).unwrap_or_default(),
        depth,
        urutan: id,
        aktif: true,
        employees: id * 3,
        version: 1,
        assumed: false,
    }
}

fn units() -> Vec<UnitRow> {
    let mut old = unit(9, "9.99", "Kantor Arsip Lama", "Arsip", None, 0);
    old.aktif = false;
    old.jenis = UnitKind::Lainnya;
    vec![
        unit(1, "4.01", "Sekretariat Daerah", "Setdako", None, 0),
        unit(
            4,
            "5.03",
            "Badan Kepegawaian dan Pengembangan SDM",
            "BKPSDM",
            None,
            0,
        ),
        unit(
            5,
            "5.03.01",
            "Bidang Pengembangan Kompetensi Aparatur",
            "Bidang PKA",
            Some((4, "BKPSDM")),
            1,
        ),
        unit(
            6,
            "5.03.01.1",
            "Subbidang Diklat",
            "Diklat",
            Some((5, "Bidang PKA")),
            2,
        ),
        unit(
            7,
            "5.03.02",
            "Bidang Mutasi",
            "Bid. Mutasi",
            Some((4, "BKPSDM")),
            1,
        ),
        old,
    ]
}

fn levels(texts: [&str; 5]) -> Vec<(u8, String, String)> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| (i as u8 + 1, t.to_string(), String::new()))
        .collect()
}

fn competencies() -> Vec<CompetencyRow> {
    vec![
        CompetencyRow {
            id: 1,
            kode: "M.01".into(),
            nama: "Integritas".into(),
            jenis: CompetencyKind::Manajerial,
            definisi: "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi."
                .into(),
            levels: levels([
                "Mampu bertindak sesuai nilai, norma, etika organisasi dalam kapasitas pribadi.",
                "Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi.",
                "Mampu memastikan, menanamkan keyakinan bersama agar anggota yang dipimpin bertindak sesuai nilai.",
                "Mampu menciptakan situasi kerja yang membuat rekan kerja berperilaku sesuai nilai.",
                "Mampu menjadi role model dalam penerapan standar keadilan dan etika di tingkat nasional.",
            ]),
            assumed: false,
            version: 1,
        },
        CompetencyRow {
            id: 9,
            kode: "SK.01".into(),
            nama: "Perekat Bangsa".into(),
            jenis: CompetencyKind::SosialKultural,
            definisi: String::new(),
            levels: levels([
                "Peka",
                "Menghargai",
                "Toleran",
                "Memanfaatkan perbedaan",
                "Wakil pemerintah",
            ]),
            assumed: true,
            version: 1,
        },
        CompetencyRow {
            id: 12,
            kode: "T.03".into(),
            nama: "Pengembangan Kompetensi ASN".into(),
            jenis: CompetencyKind::Teknis,
            definisi: String::new(),
            levels: Vec::new(),
            assumed: true,
            version: 1,
        },
    ]
}

fn std_row(
    id: i64,
    kind: PositionKind,
    level: Option<JfLevel>,
    title: &str,
    k: (i64, &str, &str),
    lv: i64,
    assumed: bool,
) -> StandardRow {
    StandardRow {
        id,
        jenis_jabatan: kind,
        jenjang_jf: level,
        nama_jabatan: title.into(),
        kompetensi_id: k.0,
        kompetensi_kode: k.1.into(),
        kompetensi_nama: k.2.into(),
        level_standar: lv,
        assumed,
        version: 1,
    }
}

fn standards() -> Vec<StandardRow> {
    let m01 = (1, "M.01", "Integritas");
    let sk = (9, "SK.01", "Perekat Bangsa");
    vec![
        std_row(1, PositionKind::JptPratama, None, "", m01, 4, false),
        std_row(2, PositionKind::Administrator, None, "", sk, 3, true),
        std_row(
            3,
            PositionKind::JfKeahlian,
            Some(JfLevel::AhliMuda),
            "",
            m01,
            2,
            true,
        ),
        std_row(
            4,
            PositionKind::JfKeahlian,
            Some(JfLevel::AhliMuda),
            "Analis SDM Aparatur Ahli Muda",
            m01,
            3,
            false,
        ),
        std_row(
            5,
            PositionKind::Pelaksana,
            None,
            "Pengelola Layanan Kepegawaian",
            sk,
            1,
            true,
        ),
    ]
}

fn state() -> ReferenceState {
    let mut st = ReferenceState::default();
    st.set_units(units(), H);
    st.set_competencies(competencies(), H);
    st.set_standards(standards(), H);
    st
}

fn draw(st: &ReferenceState, lang: Lang, w: u16, h: u16) -> Vec<String> {
    let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
    let area = buf.area;
    reference::render(&mut buf, area, st, lang, &Theme::new(ColorMode::None));
    (0..h)
        .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect()
}

fn row_with<'a>(lines: &'a [String], needle: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", lines.join("\n")))
}

#[test]
fn brackets_switch_between_the_three_sub_lists_and_wrap_around() {
    let mut st = state();
    assert!(st.loaded());
    assert_eq!(st.sub, Sub::Units);
    let mut seen = Vec::new();
    for _ in 0..3 {
        st.switch(1);
        seen.push(st.sub);
    }
    assert_eq!(seen, vec![Sub::Competencies, Sub::Standards, Sub::Units]);
    st.switch(-1);
    assert_eq!(st.sub, Sub::Standards);
    assert_eq!(st.position(), (0, 5, 5));
    assert_eq!(st.selected_id(), Some(1));
    st.move_cursor(3, H);
    assert_eq!(st.selected_standard_id(), Some(4));
    assert_eq!(
        st.selected_unit_id(),
        Some(1),
        "each sub-list keeps its own cursor"
    );
    assert!(draw(&st, Lang::Id, 80, 24)[0].contains("Standar kompetensi"));
}

#[test]
fn the_filter_narrows_only_the_current_sub_list_in_either_language() {
    let mut st = state();
    st.set_filter("bkpsdm", H);
    let shown: Vec<i64> = (0..st.units.len())
        .map(|i| st.units.get(i).unwrap().id)
        .collect();
    assert_eq!(
        shown,
        vec![4, 5, 7],
        "the code, name, short name and parent are searched"
    );
    st.set_filter("division", H);
    assert_eq!(st.units.len(), 3, "the English kind label matches too");
    st.switch(1);
    assert_eq!(st.filter(), "", "the dictionary has its own filter");
    assert_eq!(st.competencies.len(), 3);
    st.set_filter("asumsi", H);
    let shown: Vec<&str> = (0..st.competencies.len())
        .map(|i| st.competencies.get(i).unwrap().kode.as_str())
        .collect();
    assert_eq!(
        shown,
        vec!["SK.01", "T.03"],
        "assumed rows can be found by the word"
    );
    st.switch(1);
    st.set_filter("ahli muda analis", H);
    assert_eq!(st.position(), (0, 1, 5));
    assert_eq!(st.selected_id(), Some(4));
    st.switch(1);
    assert_eq!(st.filter(), "division", "switching back keeps the filter");
}

#[test]
fn units_are_shown_in_tree_order_indented_by_depth() {
    let rows = units();
    assert_eq!(reference::indented_name(&rows[0]), "Sekretariat Daerah");
    assert_eq!(
        reference::indented_name(&rows[2]),
        "└ Bidang Pengembangan Kompetensi Aparatur"
    );
    assert_eq!(reference::indented_name(&rows[3]), "  └ Subbidang Diklat");
    let lines = draw(&state(), Lang::Id, 80, 24);
    let col = |needle: &str| row_with(&lines, needle).find(needle).unwrap();
    assert!(
        col("Subbidang") > col("Bidang Mutasi"),
        "deeper units start further right"
    );
    assert!(col("Bidang Mutasi") > col("Sekretariat Daerah"));
    let old = row_with(&lines, "Kantor Arsip Lama");
    assert!(
        old.trim_end().ends_with("Tidak"),
        "an inactive unit says so in words"
    );
}

#[test]
fn assumed_rows_carry_a_mark_and_the_legend_explains_it() {
    let mut st = state();
    let units = draw(&st, Lang::Id, 80, 24);
    assert!(
        !units
            .iter()
            .any(|l| l.contains(tx::ASSUMED_LEGEND.get(Lang::Id)))
    );
    st.switch(1);
    let dict = draw(&st, Lang::Id, 80, 24);
    assert!(row_with(&dict, "Perekat Bangsa").starts_with("SK.01 *"));
    assert!(row_with(&dict, "Integritas").starts_with("M.01 "));
    assert!(!row_with(&dict, "Integritas").starts_with("M.01 *"));
    assert!(
        dict[23].starts_with("* asumsi"),
        "the legend is on the last line"
    );
    st.switch(1);
    let std = draw(&st, Lang::En, 80, 24);
    assert!(row_with(&std, "Administrator").trim_end().ends_with("3 *"));
    assert!(row_with(&std, "JPT Pratama").trim_end().ends_with('4'));
    assert!(std[23].starts_with("* assumed"));
    assert!(
        row_with(&std, "JPT Pratama").contains("(all)"),
        "a general row names no title"
    );
}

#[test]
fn assumed_units_carry_the_mark_as_the_dictionary_does() {
    let mut rows = units();
    rows[2].assumed = true; // 5.03.01 Bidang Pengembangan Kompetensi Aparatur
    let mut st = ReferenceState::default();
    st.set_units(rows, H);
    let lines = draw(&st, Lang::Id, 80, 24);
    let row = row_with(&lines, "Bidang Pengembangan");
    assert!(row.contains(" 5.03.01 * "), "{row}");
    assert!(!row_with(&lines, "Sekretariat Daerah").contains('*'));
    assert!(lines[23].starts_with("* asumsi"), "{}", lines.join("\n"));
    // A file gets the plain code and the mark as a column of its own.
    let job = st.export(Lang::En);
    assert_eq!(job.header.last().map(String::as_str), Some("asumsi"));
    let marked: Vec<(&str, &str)> = job
        .rows
        .iter()
        .map(|r| (r[0].as_str(), r.last().unwrap().as_str()))
        .filter(|(_, a)| *a == "Yes")
        .collect();
    assert_eq!(marked, [("5.03.01", "Yes")]);
}

#[test]
fn the_unit_list_says_a_count_leaves_out_the_sub_units() {
    for lang in [Lang::Id, Lang::En] {
        let lines = draw(&state(), lang, 80, 24);
        let legend = tx::UNIT_COUNT_LEGEND.get(lang);
        assert_eq!(lines[23].trim_end(), legend, "the last line at 80 columns");
        assert!(legend.contains("sub-unit"));
        assert!(legend.chars().count() <= 80);
    }
    // With assumed units too: the count first, the `*` legend last.
    let mut rows = units();
    rows[0].assumed = true;
    let mut st = ReferenceState::default();
    st.set_units(rows, H);
    let lines = draw(&st, Lang::Id, 80, 24);
    assert!(lines[22].starts_with("Pegawai: yang dalam layanan di unit itu sendiri"));
    assert!(lines[23].starts_with("* asumsi"));
}

/// The "Nama jabatan" cell of a standards row at 80 columns (cells 29–50).
fn title_cell(row: &str) -> String {
    row.chars()
        .skip(29)
        .take(21)
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[test]
fn standard_rows_whose_titles_differ_only_after_the_cut_are_told_apart() {
    let t01 = (20, "T.01", "Manajemen SDM Aparatur");
    let rows = vec![
        std_row(
            1,
            PositionKind::Pelaksana,
            None,
            "Pengelola Layanan Kepegawaian",
            t01,
            2,
            true,
        ),
        std_row(
            2,
            PositionKind::Pelaksana,
            None,
            "Pengelola Layanan Kesehatan",
            t01,
            1,
            true,
        ),
        std_row(
            3,
            PositionKind::Pelaksana,
            None,
            "Pengelola Layanan Operasional",
            t01,
            2,
            true,
        ),
        // Another kind: its own columns tell it apart, its title is cut plainly.
        std_row(
            4,
            PositionKind::Pengawas,
            None,
            "Pengelola Layanan Kesekretariatan",
            t01,
            3,
            true,
        ),
    ];
    let mut st = ReferenceState::default();
    st.set_standards(rows, H);
    st.switch(2);
    for lang in [Lang::Id, Lang::En] {
        let lines = draw(&st, lang, 80, 24);
        // Lines 2–5 are the rows, in the order given.
        let titles: Vec<String> = lines[2..6].iter().map(|l| title_cell(l)).collect();
        assert_eq!(
            titles,
            [
                "Pengelola…Kepegawaian",
                "Pengelola…Kesehatan",
                "Pengelola Layanan Op…",
                "Pengelola Layanan Ke…"
            ],
            "{}",
            lines.join("\n")
        );
    }
    // Wide enough for the plain cut to show the difference: plain cut.
    let lines = draw(&st, Lang::Id, 100, 24);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("Pengelola Layanan Kepegawaian"))
    );
}

#[test]
fn the_selected_competency_shows_its_level_texts_when_there_is_room() {
    let mut st = state();
    st.switch(1);
    let big = draw(&st, Lang::Id, 80, 24);
    assert!(
        row_with(&big, "M.01 Integritas ").contains('┌'),
        "the box is titled"
    );
    assert!(row_with(&big, "1  Mampu bertindak").starts_with('│'));
    assert!(
        big.iter()
            .any(|l| l.contains("5  Mampu menjadi role model"))
    );
    st.move_cursor(2, H);
    let empty = draw(&st, Lang::Id, 80, 24);
    assert!(row_with(&empty, "T.03 Pengembangan Kompetensi ASN *").contains('┌'));
    assert!(row_with(&empty, "3  (belum diisi)").starts_with('│'));
    // A short screen keeps the whole height for the list.
    assert_eq!(reference::detail_box_height(12, 1), 0);
    let small = draw(&st, Lang::Id, 80, 12);
    assert!(!small.iter().any(|l| l.contains('┌')));
    assert!(small.iter().any(|l| l.contains("T.03 *")));
}

#[test]
fn level_texts_wrap_at_spaces_and_fall_back_to_one_line_each() {
    let r = &competencies()[0];
    let wide = reference::detail_lines(r, Lang::Id, 60, 40);
    assert!(
        wide[0].starts_with("Konsisten"),
        "the definition first when it fits"
    );
    assert!(
        wide.iter()
            .all(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) <= 60)
    );
    assert!(
        wide.iter().any(|l| l.starts_with("   ")),
        "continuation lines are indented"
    );
    let tight = reference::detail_lines(r, Lang::Id, 60, 5);
    assert_eq!(tight.len(), 5, "one line per level when nothing more fits");
    assert!(
        tight.iter().all(|l| l.ends_with('…')),
        "every cut level says so"
    );
    assert!(tight[4].starts_with("5  Mampu menjadi"));
    // Nine rows: every level starts on its own line, the rest is shared out
    // from level 1 on and the level that did not fit is cut.
    let nine = reference::detail_lines(r, Lang::Id, 78, 9);
    assert_eq!(nine.len(), 9);
    let starts: Vec<usize> = (1..=5)
        .map(|n| {
            nine.iter()
                .position(|l| l.starts_with(&format!("{n}  ")))
                .unwrap()
        })
        .collect();
    assert_eq!(starts, vec![0, 2, 4, 6, 8]);
    assert!(!nine[1].ends_with('…') && nine[8].ends_with('…'));
}

#[test]
fn export_writes_the_list_as_shown_with_the_mark_in_its_own_column() {
    let mut st = state();
    st.set_filter("bkpsdm", H);
    let job = st.export(Lang::Id);
    assert_eq!(job.stem, "unit_kerja");
    assert_eq!(job.rows.len(), 3);
    assert_eq!(
        job.rows[1][1], "Bidang Pengembangan Kompetensi Aparatur",
        "no indentation in a file"
    );
    assert_eq!(job.rows[1][4], "BKPSDM", "the parent is a column");
    st.switch(2);
    let job = st.export(Lang::En);
    assert_eq!(job.stem, "standar_kompetensi");
    assert_eq!(
        job.header,
        [
            "jenis_jabatan",
            "jenjang_jf",
            "nama_jabatan",
            "kompetensi",
            "level_standar",
            "asumsi"
        ],
        "snake_case names, whatever the language"
    );
    assert_eq!(
        job.rows[1],
        vec!["Administrator", "", "", "SK.01 Perekat Bangsa", "3", "Yes"]
    );
    assert_eq!(job.rows[0][5], "No");
}

#[test]
fn after_a_save_the_cursor_goes_to_the_saved_row() {
    let mut st = state();
    st.select_after_load = Some((Sub::Standards, 5));
    st.set_units(units(), H);
    assert!(
        st.select_after_load.is_some(),
        "another sub-list leaves the wish alone"
    );
    st.set_standards(standards(), H);
    assert_eq!(st.selected_standard_id(), Some(5));
    assert!(st.select_after_load.is_none());
    st.mark_stale();
    assert!(!st.is_loaded(Sub::Units) && !st.loaded());
}

#[test]
fn snapshots_of_the_three_sub_lists_80x24() {
    let mut st = state();
    insta::assert_snapshot!(
        "reference_units_80x24",
        draw(&st, Lang::Id, 80, 24).join("\n")
    );
    st.switch(1);
    insta::assert_snapshot!(
        "reference_dictionary_80x24",
        draw(&st, Lang::Id, 80, 24).join("\n")
    );
    st.switch(1);
    insta::assert_snapshot!(
        "reference_standards_80x24",
        draw(&st, Lang::Id, 80, 24).join("\n")
    );
}
