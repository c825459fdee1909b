//! The form engine without a terminal: keys in, state and outcomes out
//! (design.md §2.5 layer 3), render snapshots on TestBackend (layer 4), and a
//! property test that no key or pasted text can panic it.

use peka::i18n::Lang;
use peka::i18n::form as tx;
use peka::tui::theme::{ColorMode, Theme};
use peka::tui::widgets::form::{
    Confirm, FieldSpec, Form, FormOutcome, KeyFilter, LookupItem, LookupSource,
};
use peka::tui::widgets::form_view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Position;
use ratatui::style::Modifier;

// ---- helpers -------------------------------------------------------------

fn opts(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, l)| (c.to_string(), l.to_string()))
        .collect()
}

fn sixteen_digits(v: &str, lang: Lang) -> Result<(), String> {
    if v.len() == 16 {
        Ok(())
    } else {
        Err(peka::i18n::pick(
            lang,
            "NIK harus 16 digit".into(),
            "NIK must be 16 digits".into(),
        ))
    }
}

/// An 18-field form like the employee form (the engine knows nothing of employees).
fn sample(lang: Lang) -> Form {
    let specs = vec![
        FieldSpec::text("nip", "NIP", 24)
            .required()
            .filter(KeyFilter::DigitsAndSpaces)
            .help("18 digit; spasi boleh"),
        FieldSpec::text("nik", "NIK", 16)
            .filter(KeyFilter::Digits)
            .validate(sixteen_digits),
        FieldSpec::text("nama", "Nama lengkap", 100).required(),
        FieldSpec::text("gelar_depan", "Gelar depan", 20),
        FieldSpec::text("gelar_belakang", "Gelar belakang", 30),
        FieldSpec::choice(
            "jenis_kelamin",
            "Jenis kelamin",
            opts(&[("L", "Laki-laki"), ("P", "Perempuan")]),
        )
        .required(),
        FieldSpec::text("tempat_lahir", "Tempat lahir", 50),
        FieldSpec::date("tanggal_lahir", "Tanggal lahir")
            .required()
            .help("dd-mm-yyyy"),
        FieldSpec::choice(
            "jenis_asn",
            "Jenis ASN",
            opts(&[("pns", "PNS"), ("cpns", "CPNS"), ("pppk", "PPPK")]),
        )
        .required(),
        FieldSpec::choice(
            "golongan",
            "Golongan",
            opts(&[("3a", "III/a"), ("3b", "III/b"), ("4a", "IV/a")]),
        ),
        FieldSpec::lookup("unit", "Unit kerja", LookupSource::Unit)
            .required()
            .help("ketik nama unit"),
        FieldSpec::text("jabatan", "Jabatan", 100).required(),
        FieldSpec::date("tmt", "TMT jabatan"),
        FieldSpec::choice(
            "pendidikan",
            "Pendidikan",
            opts(&[
                ("sma", "SMA"),
                ("d3", "D-III"),
                ("s1", "S-1"),
                ("s2", "S-2"),
            ]),
        ),
        FieldSpec::number("target_jp", "Target JP", 0, 200),
        FieldSpec::decimal("nilai", "Nilai", 0.0, 100.0),
        FieldSpec::yes_no("aktif", "Aktif"),
        FieldSpec::multi_line("catatan", "Catatan", 500).help("Alt-Enter: baris baru"),
    ];
    Form::new("Pegawai baru", specs, lang)
}

const UNIT: usize = 10;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}
fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}
fn press(form: &mut Form, code: KeyCode) -> FormOutcome {
    form.handle(key(code))
}
/// Types `text` key by key; returns the last outcome.
fn type_str(form: &mut Form, text: &str) -> FormOutcome {
    let mut last = FormOutcome::None;
    for c in text.chars() {
        last = form.handle(key(KeyCode::Char(c)));
    }
    last
}
fn focus_on(form: &mut Form, k: &str) {
    assert!(form.set_focus(k), "no field {k}");
}
fn units() -> Vec<LookupItem> {
    vec![
        LookupItem {
            id: 7,
            label: "BKPSDM".into(),
            detail: "Badan Kepegawaian".into(),
        },
        LookupItem {
            id: 12,
            label: "Bappeda".into(),
            detail: "Badan Perencanaan".into(),
        },
    ]
}

/// Fills every required field with a valid value (without keys).
fn fill_valid(form: &mut Form) {
    assert!(form.set_value("nip", "198501012010011001"));
    assert!(form.set_value("nama", "Budi Santoso"));
    assert!(form.set_value("jenis_kelamin", "L"));
    assert!(form.set_value("tanggal_lahir", "1985-01-01"));
    assert!(form.set_value("jenis_asn", "pns"));
    assert!(form.set_picked("unit", Some(units()[0].clone())));
    assert!(form.set_value("jabatan", "Analis SDM"));
}

// ---- focus ---------------------------------------------------------------

#[test]
fn tab_wraps_around_arrows_stop_at_the_ends_and_enter_moves_on() {
    let mut f = sample(Lang::Id);
    assert_eq!(f.focus_key(), "nip");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.focus_key(), "nik");
    press(&mut f, KeyCode::BackTab);
    assert_eq!(f.focus_key(), "nip");
    press(&mut f, KeyCode::BackTab);
    assert_eq!(
        f.focus_key(),
        "catatan",
        "Shift-Tab on the first field wraps"
    );
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.focus_key(), "nip", "Tab on the last field wraps");
    press(&mut f, KeyCode::Up);
    assert_eq!(f.focus_key(), "nip", "↑ stops at the first field");
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Enter);
    assert_eq!(f.focus_key(), "nama");
    focus_on(&mut f, "catatan");
    press(&mut f, KeyCode::Down);
    assert_eq!(f.focus_key(), "catatan", "↓ stops at the last field");
}

#[test]
fn enter_on_the_last_field_saves_a_valid_form() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    focus_on(&mut f, "catatan");
    assert_eq!(press(&mut f, KeyCode::Enter), FormOutcome::Save);
    assert!(f.errors().is_empty());
    assert_eq!(f.value("unit"), "7");
    assert_eq!(f.value("aktif"), "0");
}

#[test]
fn ctrl_s_and_f2_save_from_any_field() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    assert_eq!(f.handle(ctrl('s')), FormOutcome::Save);
    assert_eq!(press(&mut f, KeyCode::F(2)), FormOutcome::Save);
    assert_eq!(f.focus_key(), "nip", "saving does not move the focus");
}

// ---- layer 1: keys refused ------------------------------------------------

#[test]
fn a_digits_only_field_refuses_letters_with_a_hint() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nik");
    type_str(&mut f, "12a3");
    assert_eq!(f.value("nik"), "123");
    assert_eq!(press(&mut f, KeyCode::Char('x')), FormOutcome::None);
    assert_eq!(f.notice(), Some(tx::ONLY_DIGITS.id));
    type_str(&mut f, "4");
    assert_eq!(f.notice(), None, "the hint lasts one key");
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(f.value("nik"), "1234", "no spaces in a digits-only field");
}

#[test]
fn nip_takes_digits_and_spaces_and_a_text_field_stops_at_its_length() {
    let mut f = sample(Lang::Id);
    type_str(&mut f, "19850101 201001 1 001");
    assert_eq!(f.display("nip"), "19850101 201001 1 001");
    focus_on(&mut f, "nik");
    type_str(&mut f, "12345678901234567890");
    assert_eq!(f.value("nik"), "1234567890123456");
    assert_eq!(f.notice(), Some(tx::too_long(Lang::Id, 16).as_str()));
}

#[test]
fn number_fields_take_digits_and_check_the_range_when_left() {
    let mut f = sample(Lang::En);
    focus_on(&mut f, "target_jp");
    type_str(&mut f, "2x50");
    assert_eq!(f.value("target_jp"), "250");
    press(&mut f, KeyCode::Tab);
    assert_eq!(
        f.error("target_jp"),
        Some("must be a whole number from 0 to 200")
    );
    press(&mut f, KeyCode::BackTab);
    // Reached with Shift-Tab the value is selected: End edits it in place.
    press(&mut f, KeyCode::End);
    press(&mut f, KeyCode::Backspace);
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("target_jp"), None);
    assert_eq!(f.value("target_jp"), "25");
}

#[test]
fn a_decimal_comma_is_stored_as_a_point() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nilai");
    type_str(&mut f, "87,5");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.value("nilai"), "87.5");
    assert_eq!(f.display("nilai"), "87,5");
    assert_eq!(f.error("nilai"), None);
}

#[test]
fn cursor_keys_edit_in_the_middle_of_multi_byte_text() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nama");
    type_str(&mut f, "Cut Nurül");
    press(&mut f, KeyCode::Home);
    press(&mut f, KeyCode::Delete);
    type_str(&mut f, "K");
    press(&mut f, KeyCode::End);
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.value("nama"), "Kut Nuül");
    f.handle(ctrl('u'));
    assert_eq!(f.value("nama"), "");
}

// ---- layer 2: a field checked when left --------------------------------

#[test]
fn a_date_field_takes_all_four_typed_forms_and_shows_dd_mm_yyyy() {
    for typed in ["17-08-1990", "17/08/1990", "17081990", "1990-08-17"] {
        let mut f = sample(Lang::Id);
        focus_on(&mut f, "tanggal_lahir");
        type_str(&mut f, typed);
        assert_eq!(f.value("tanggal_lahir"), "1990-08-17", "typed {typed}");
        press(&mut f, KeyCode::Tab);
        assert_eq!(f.error("tanggal_lahir"), None, "typed {typed}");
        assert_eq!(f.display("tanggal_lahir"), "17-08-1990", "typed {typed}");
        assert_eq!(f.focus_key(), "jenis_asn");
    }
}

#[test]
fn an_impossible_date_is_an_error_at_the_field_but_the_focus_moves_on() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "tanggal_lahir");
    type_str(&mut f, "31-02-2024");
    assert_eq!(f.error("tanggal_lahir"), None, "no error while typing");
    press(&mut f, KeyCode::Enter);
    assert_eq!(
        f.error("tanggal_lahir"),
        Some("dibaca hari 31, bulan 2, tahun 2024: tanggal itu tidak ada di kalender")
    );
    assert_eq!(f.focus_key(), "jenis_asn");
    // Letters never get in.
    press(&mut f, KeyCode::BackTab);
    type_str(&mut f, "x");
    assert_eq!(f.notice(), Some(tx::DATE_CHARS.id));
}

#[test]
fn a_required_field_left_empty_is_marked_and_the_focus_still_leaves() {
    let mut f = sample(Lang::Id);
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nip"), Some("wajib diisi"));
    assert_eq!(f.focus_key(), "nik");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nik"), None, "an optional empty field is fine");
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::BackTab);
    type_str(&mut f, "1");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nip"), None, "fixed and left: the error goes");
}

#[test]
fn the_spec_validator_runs_on_non_empty_values() {
    let mut f = sample(Lang::En);
    focus_on(&mut f, "nik");
    type_str(&mut f, "123");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nik"), Some("NIK must be 16 digits"));
}

#[test]
fn save_with_errors_returns_nothing_and_focuses_the_first_error() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    f.set_value("nama", "");
    f.set_value("tanggal_lahir", "31-02-2024");
    focus_on(&mut f, "catatan");
    assert_eq!(f.handle(ctrl('s')), FormOutcome::None);
    assert_eq!(f.focus_key(), "nama", "the first error in form order");
    assert_eq!(
        f.errors(),
        vec![
            ("nama", "wajib diisi"),
            (
                "tanggal_lahir",
                "dibaca hari 31, bulan 2, tahun 2024: tanggal itu tidak ada di kalender"
            )
        ]
    );
    assert_eq!(f.notice(), Some(tx::save_refused(Lang::Id, 2).as_str()));
    assert_eq!(press(&mut f, KeyCode::Enter), FormOutcome::None);
    focus_on(&mut f, "catatan");
    assert_eq!(
        press(&mut f, KeyCode::Enter),
        FormOutcome::None,
        "Enter on the last field is refused too"
    );
}

// ---- layers 3 and 4: errors from the caller ------------------------------

#[test]
fn caller_errors_show_at_their_fields_and_focus_the_first_in_form_order() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    focus_on(&mut f, "jabatan");
    let unmatched = f.set_errors(vec![
        ("tanggal_lahir", "tidak cocok dengan NIP".to_string()),
        ("nip", "NIP sudah terdaftar".to_string()),
        ("versi", "diubah sesi lain".to_string()),
    ]);
    assert_eq!(unmatched, vec!["diubah sesi lain".to_string()]);
    assert_eq!(f.focus_key(), "nip");
    assert_eq!(f.error("tanggal_lahir"), Some("tidak cocok dengan NIP"));
    // Passing through without a change keeps the caller's error…
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nip"), Some("NIP sudah terdaftar"));
    // …changing the value and leaving clears it.
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Backspace);
    type_str(&mut f, "2");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.error("nip"), None);
    f.clear_errors();
    assert!(f.errors().is_empty());
}

// ---- dirty and the discard question ----------------------------------------

#[test]
fn esc_on_a_changed_form_asks_and_n_keeps_everything() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nama");
    type_str(&mut f, "Rahmi");
    assert!(f.is_dirty());
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::None);
    assert_eq!(f.confirm(), Some(Confirm::Discard));
    assert_eq!(
        press(&mut f, KeyCode::Char('x')),
        FormOutcome::None,
        "other keys wait"
    );
    assert_eq!(
        f.value("nama"),
        "Rahmi",
        "keys during the question do not edit"
    );
    assert_eq!(press(&mut f, KeyCode::Char('n')), FormOutcome::None);
    assert_eq!(f.confirm(), None);
    assert_eq!(f.value("nama"), "Rahmi");
    press(&mut f, KeyCode::Esc);
    assert_eq!(
        press(&mut f, KeyCode::Esc),
        FormOutcome::None,
        "Esc answers no"
    );
    assert_eq!(f.confirm(), None);
    press(&mut f, KeyCode::Esc);
    assert_eq!(press(&mut f, KeyCode::Char('y')), FormOutcome::Cancel);
}

#[test]
fn esc_on_a_clean_form_cancels_at_once() {
    let mut f = sample(Lang::Id);
    press(&mut f, KeyCode::Tab);
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::Cancel);
    // A loaded record is clean; typing the same date differently is no change.
    let mut f = sample(Lang::Id);
    f.set_value("tanggal_lahir", "1990-08-17");
    assert!(f.is_dirty());
    f.mark_clean();
    focus_on(&mut f, "tanggal_lahir");
    f.handle(ctrl('u'));
    type_str(&mut f, "17081990");
    assert!(!f.is_dirty());
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::Cancel);
}

#[test]
fn ctrl_c_quits_a_clean_form_and_asks_on_a_changed_one() {
    let mut f = sample(Lang::Id);
    assert_eq!(f.handle(ctrl('c')), FormOutcome::Quit);
    type_str(&mut f, "1");
    assert_eq!(f.handle(ctrl('c')), FormOutcome::None);
    assert_eq!(f.confirm(), Some(Confirm::Quit));
    assert_eq!(press(&mut f, KeyCode::Char('y')), FormOutcome::Quit);
    // A second Ctrl-C at the question quits; at the discard question it asks to quit.
    press(&mut f, KeyCode::Esc);
    assert_eq!(f.confirm(), Some(Confirm::Discard));
    assert_eq!(f.handle(ctrl('c')), FormOutcome::None);
    assert_eq!(f.confirm(), Some(Confirm::Quit));
    assert_eq!(f.handle(ctrl('c')), FormOutcome::Quit);
}

#[test]
fn key_releases_are_ignored() {
    let mut f = sample(Lang::Id);
    let mut k = key(KeyCode::Char('5'));
    k.kind = KeyEventKind::Release;
    assert_eq!(f.handle(k), FormOutcome::None);
    assert_eq!(f.value("nip"), "");
}

// ---- save and new -------------------------------------------------------

#[test]
fn ctrl_n_saves_and_reset_for_new_keeps_only_the_shared_values() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    f.set_value("jenis_asn", "pppk");
    focus_on(&mut f, "jabatan");
    assert_eq!(f.handle(ctrl('n')), FormOutcome::SaveAndNew);
    f.reset_for_new(&["unit", "jenis_asn"]);
    assert_eq!(f.value("unit"), "7");
    assert_eq!(f.display("unit"), "BKPSDM");
    assert_eq!(f.value("jenis_asn"), "pppk");
    assert_eq!(f.value("nip"), "");
    assert_eq!(f.value("nama"), "");
    assert_eq!(f.value("aktif"), "0");
    assert_eq!(f.focus_key(), "nip");
    assert!(!f.is_dirty(), "kept values are the new clean state");
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::Cancel);
}

#[test]
fn ctrl_n_does_nothing_where_save_and_new_is_off() {
    let mut f = sample(Lang::Id).without_save_and_new();
    fill_valid(&mut f);
    assert_eq!(f.handle(ctrl('n')), FormOutcome::None);
    assert!(!f.key_hints().iter().any(|(k, _)| *k == tx::KEY_SAVE_NEW));
}

// ---- choice and yes/no ----------------------------------------------------

#[test]
fn a_choice_cycles_with_arrows_and_space() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "jenis_asn");
    assert_eq!(f.value("jenis_asn"), "");
    assert_eq!(
        press(&mut f, KeyCode::Right),
        FormOutcome::Changed { key: "jenis_asn" }
    );
    assert_eq!(f.value("jenis_asn"), "pns");
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(f.display("jenis_asn"), "CPNS");
    press(&mut f, KeyCode::Right);
    press(&mut f, KeyCode::Right);
    assert_eq!(
        f.value("jenis_asn"),
        "pns",
        "a required choice wraps past the last option"
    );
    press(&mut f, KeyCode::Left);
    assert_eq!(f.value("jenis_asn"), "pppk");
    // An optional choice passes through "empty".
    focus_on(&mut f, "golongan");
    press(&mut f, KeyCode::Left);
    assert_eq!(f.value("golongan"), "4a");
    press(&mut f, KeyCode::Right);
    assert_eq!(f.value("golongan"), "");
    press(&mut f, KeyCode::End);
    press(&mut f, KeyCode::Delete);
    assert_eq!(f.value("golongan"), "");
}

#[test]
fn typing_narrows_a_choice() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "jenis_asn");
    type_str(&mut f, "p");
    assert_eq!(f.value("jenis_asn"), "pns");
    type_str(&mut f, "p");
    assert_eq!(
        f.value("jenis_asn"),
        "pppk",
        "pp: the first label starting so"
    );
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.value("jenis_asn"), "pns");
    assert_eq!(press(&mut f, KeyCode::Char('z')), FormOutcome::None);
    assert_eq!(f.notice(), Some(tx::NO_MATCH.id));
    assert_eq!(f.value("jenis_asn"), "pns");
    // Code prefix, then a label containing the text.
    focus_on(&mut f, "golongan");
    type_str(&mut f, "4");
    assert_eq!(f.display("golongan"), "IV/a");
    press(&mut f, KeyCode::Right);
    type_str(&mut f, "/b");
    assert_eq!(f.display("golongan"), "III/b");
    // Leaving forgets the typed text.
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::BackTab);
    assert_eq!(f.field(f.focus()).unwrap().narrow, "");
}

#[test]
fn set_value_on_a_choice_takes_a_code_and_keeps_an_unknown_one() {
    let mut f = sample(Lang::Id);
    assert!(f.set_value("jenis_kelamin", "P"));
    assert_eq!(f.display("jenis_kelamin"), "Perempuan");
    assert!(f.set_value("golongan", "9z"));
    assert_eq!(f.value("golongan"), "9z");
    assert_eq!(f.display("golongan"), "9z");
    assert!(!f.set_value("tidak_ada", "x"));
}

#[test]
fn yes_no_toggles_with_space_and_arrows_and_takes_y_and_n() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "aktif");
    assert_eq!(f.display("aktif"), "Tidak");
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(f.value("aktif"), "1");
    press(&mut f, KeyCode::Left);
    assert_eq!(f.value("aktif"), "0");
    press(&mut f, KeyCode::Char('y'));
    assert_eq!(f.display("aktif"), "Ya");
    assert_eq!(press(&mut f, KeyCode::Char('y')), FormOutcome::None);
    press(&mut f, KeyCode::Char('n'));
    assert_eq!(f.value("aktif"), "0");
    assert!(!f.set_value("aktif", "mungkin"));
}

// ---- lookup -------------------------------------------------------------

#[test]
fn a_lookup_asks_as_you_type_shows_results_and_enter_picks_the_id() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "unit");
    assert_eq!(
        press(&mut f, KeyCode::Char('b')),
        FormOutcome::Lookup {
            field: UNIT,
            key: "unit",
            source: LookupSource::Unit,
            query: "b".into()
        }
    );
    assert_eq!(
        type_str(&mut f, "a"),
        FormOutcome::Lookup {
            field: UNIT,
            key: "unit",
            source: LookupSource::Unit,
            query: "ba".into()
        }
    );
    assert!(f.set_lookup_results(UNIT, units()));
    let (results, selected) = f.field(UNIT).unwrap().results.unwrap();
    assert_eq!((results.len(), selected), (2, 0));
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Down);
    assert_eq!(
        f.field(UNIT).unwrap().results.unwrap().1,
        1,
        "stops at the last result"
    );
    assert_eq!(
        f.focus_key(),
        "unit",
        "↓ moves in the list, not to the next field"
    );
    assert_eq!(
        press(&mut f, KeyCode::Enter),
        FormOutcome::Changed { key: "unit" }
    );
    assert_eq!(f.value("unit"), "12");
    assert_eq!(f.display("unit"), "Bappeda");
    assert_eq!(f.picked("unit").map(|p| p.id), Some(12));
    assert_eq!(f.focus_key(), "jabatan", "picking moves on");
    assert_eq!(f.error("unit"), None);
    // Editing after a pick drops the pick and asks again.
    press(&mut f, KeyCode::Up);
    press(&mut f, KeyCode::End);
    assert_eq!(
        press(&mut f, KeyCode::Backspace),
        FormOutcome::Lookup {
            field: UNIT,
            key: "unit",
            source: LookupSource::Unit,
            query: "Bapped".into()
        }
    );
    assert_eq!(f.value("unit"), "");
    assert!(f.field(UNIT).unwrap().results.is_none());
}

#[test]
fn lookup_results_for_a_field_left_behind_are_ignored() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "unit");
    type_str(&mut f, "zz");
    press(&mut f, KeyCode::Tab);
    assert!(!f.set_lookup_results(UNIT, units()));
    assert!(!f.set_lookup_results(0, units()), "not a lookup field");
    assert_eq!(
        f.error("unit"),
        Some(tx::PICK_FROM_LIST.id),
        "typed but not picked"
    );
}

#[test]
fn esc_closes_an_open_result_list_before_it_cancels() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "unit");
    type_str(&mut f, "q");
    f.set_lookup_results(UNIT, vec![]);
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::None);
    assert!(f.field(UNIT).unwrap().results.is_none());
    assert_eq!(f.confirm(), None);
    assert_eq!(press(&mut f, KeyCode::Esc), FormOutcome::None);
    assert_eq!(f.confirm(), Some(Confirm::Discard));
}

#[test]
fn clearing_a_lookup_text_asks_nothing() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "unit");
    type_str(&mut f, "b");
    assert_eq!(
        press(&mut f, KeyCode::Backspace),
        FormOutcome::Changed { key: "unit" }
    );
}

// ---- multi-line and paste -------------------------------------------------

#[test]
fn multi_line_breaks_lines_with_alt_enter_or_ctrl_j_and_enter_still_saves() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    focus_on(&mut f, "catatan");
    type_str(&mut f, "baris 1");
    f.handle(KeyEvent::new(KeyCode::Enter, KeyModifiers::ALT));
    type_str(&mut f, "baris 2");
    f.handle(ctrl('j'));
    type_str(&mut f, "3");
    assert_eq!(f.value("catatan"), "baris 1\nbaris 2\n3");
    assert_eq!(press(&mut f, KeyCode::Enter), FormOutcome::Save);
}

#[test]
fn pasted_text_goes_through_the_filter() {
    let mut f = sample(Lang::Id);
    assert_eq!(
        f.paste("1985 0101-2010x\n"),
        FormOutcome::Changed { key: "nip" }
    );
    assert_eq!(f.value("nip"), "1985 01012010");
    assert!(f.notice().is_some(), "dropped characters are mentioned");
    focus_on(&mut f, "nama");
    f.paste("Budi\r\nSantoso\t");
    assert_eq!(
        f.value("nama"),
        "Budi Santoso",
        "no line breaks in a one-line field: a break between words is a space"
    );
    focus_on(&mut f, "catatan");
    f.paste("a\r\nb");
    assert_eq!(f.value("catatan"), "a\nb");
    focus_on(&mut f, "jenis_asn");
    f.paste("pppk");
    assert_eq!(f.value("jenis_asn"), "pppk");
    focus_on(&mut f, "unit");
    assert_eq!(
        f.paste(" bkp "),
        FormOutcome::Lookup {
            field: UNIT,
            key: "unit",
            source: LookupSource::Unit,
            query: "bkp".into()
        }
    );
}

// ---- hints ------------------------------------------------------------------

#[test]
fn key_hints_follow_the_focused_field_and_the_question() {
    let mut f = sample(Lang::Id);
    let keys = |f: &Form| {
        f.key_hints()
            .into_iter()
            .map(|(k, _)| k)
            .collect::<Vec<_>>()
    };
    assert!(keys(&f).contains(&tx::KEY_SAVE));
    focus_on(&mut f, "jenis_asn");
    assert_eq!(keys(&f)[0], tx::KEY_CYCLE);
    focus_on(&mut f, "catatan");
    assert_eq!(keys(&f)[0], tx::KEY_NEWLINE);
    assert!(f.key_hints().contains(&(tx::KEY_ENTER, tx::DO_SAVE)));
    type_str(&mut f, "x");
    press(&mut f, KeyCode::Esc);
    assert_eq!(keys(&f), vec![tx::KEY_CONFIRM_YES, tx::KEY_CONFIRM_NO]);
}

// ---- rendering ----------------------------------------------------------

fn no_colour() -> Theme {
    Theme::new(ColorMode::None)
}

/// Draws on a TestBackend; returns the terminal and the cursor position.
fn draw(form: &Form, w: u16, h: u16, theme: Theme) -> (Terminal<TestBackend>, Option<Position>) {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut cursor = None;
    t.draw(|frame| {
        let area = frame.area();
        cursor = form_view::render(frame.buffer_mut(), area, form, &theme);
        if let Some(p) = cursor {
            frame.set_cursor_position(p);
        }
    })
    .unwrap();
    (t, cursor)
}

fn screen(t: &Terminal<TestBackend>, cursor: Option<Position>) -> String {
    let buf = t.backend().buffer();
    let mut lines: Vec<String> = (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect();
    lines.push(format!("cursor: {cursor:?}"));
    lines.join("\n")
}

fn text_at(t: &Terminal<TestBackend>, y: u16) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// Column (in cells; the rows here have no wide characters) where `needle` starts on row `y`.
fn col_of(t: &Terminal<TestBackend>, y: u16, needle: &str) -> u16 {
    let row = text_at(t, y);
    let byte = row
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not on row {y}"));
    row[..byte].chars().count() as u16
}

fn row_of(t: &Terminal<TestBackend>, needle: &str) -> Option<u16> {
    let h = t.backend().buffer().area.height;
    (0..h).find(|y| text_at(t, *y).contains(needle))
}

#[test]
fn snapshot_fresh_form_80x24() {
    let mut f = sample(Lang::Id);
    type_str(&mut f, "198501012010011001");
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    assert!(
        cursor.is_some(),
        "the text cursor is placed in the NIP field"
    );
    insta::assert_snapshot!("form_fresh_80x24", screen(&t, cursor));
}

#[test]
fn snapshot_field_errors_without_colour() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "tanggal_lahir");
    type_str(&mut f, "31022024");
    assert_eq!(f.handle(ctrl('s')), FormOutcome::None);
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    let err_row = row_of(&t, "✗ wajib diisi").expect("the NIP error is on screen");
    assert_eq!(
        err_row,
        row_of(&t, "NIP *").unwrap() + 1,
        "directly under its field"
    );
    // Readable without colour: the error is bold, the focused value underlined.
    let buf = t.backend().buffer();
    let x = col_of(&t, err_row, "✗");
    assert!(buf[(x, err_row)].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[(x, err_row)].fg, ratatui::style::Color::Reset);
    let c = cursor.unwrap();
    assert!(buf[(c.x, c.y)].modifier.contains(Modifier::UNDERLINED));
    insta::assert_snapshot!("form_errors_no_colour_80x24", screen(&t, cursor));
}

#[test]
fn snapshot_scrolled_to_the_last_field() {
    let mut f = sample(Lang::Id);
    f.handle(ctrl('s'));
    press(&mut f, KeyCode::BackTab);
    type_str(&mut f, "Pindahan dari Kabupaten Aceh Utara");
    f.handle(ctrl('j'));
    type_str(&mut f, "SK terlampir");
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    assert!(row_of(&t, "Catatan").is_some());
    assert!(row_of(&t, "NIP *").is_none(), "the top scrolled away");
    assert!(text_at(&t, 0).contains('▲'));
    insta::assert_snapshot!("form_scrolled_bottom_80x24", screen(&t, cursor));
}

#[test]
fn snapshot_discard_question() {
    let mut f = sample(Lang::En);
    focus_on(&mut f, "nama");
    type_str(&mut f, "Intan");
    press(&mut f, KeyCode::Esc);
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    assert!(text_at(&t, 23).starts_with("Discard changes? (y/n)"));
    assert!(cursor.is_none(), "no text cursor while asking");
    insta::assert_snapshot!("form_discard_question_80x24", screen(&t, cursor));
}

#[test]
fn snapshot_lookup_results_open() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "unit");
    type_str(&mut f, "Ba");
    f.set_lookup_results(UNIT, units());
    press(&mut f, KeyCode::Down);
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    let y = row_of(&t, "Bappeda").unwrap();
    let x = col_of(&t, y, "Bappeda");
    let buf = t.backend().buffer();
    assert!(
        buf[(x, y)].modifier.contains(Modifier::REVERSED),
        "the selected result is reversed"
    );
    insta::assert_snapshot!("form_lookup_results_80x24", screen(&t, cursor));
}

/// More records match than the lookup offers: the line under its list says
/// so and that typing more narrows it (the first eight of 260 Puskesmas
/// must not pass for all of them); the count still follows the selection.
#[test]
fn a_lookup_with_more_matches_than_offered_says_so() {
    for (lang, words) in [
        (Lang::Id, "ada lagi; ketik lebih"),
        (Lang::En, "more match"),
    ] {
        let mut f = sample(lang);
        focus_on(&mut f, "unit");
        type_str(&mut f, "Ba");
        let eight: Vec<LookupItem> = (0..8)
            .map(|i| LookupItem {
                id: i,
                label: format!("Unit {i}"),
                detail: String::new(),
            })
            .collect();
        assert!(f.set_lookup_results_of_more(UNIT, eight.clone(), true));
        press(&mut f, KeyCode::Down);
        let (t, _) = draw(&f, 80, 24, no_colour());
        let y = row_of(&t, words).unwrap_or_else(|| panic!("{lang:?}: no {words:?}"));
        assert!(text_at(&t, y).contains("↓ 2/8+"), "{}", text_at(&t, y));
        // The same eight as all that match: the plain count, no "+".
        assert!(f.set_lookup_results_of_more(UNIT, eight, false));
        let (t, _) = draw(&f, 80, 24, no_colour());
        assert!(row_of(&t, words).is_none());
        let y = row_of(&t, "↓ 1/8").unwrap();
        assert!(!text_at(&t, y).contains('+'), "{}", text_at(&t, y));
    }
}

#[test]
fn snapshot_smallest_usable_60x12() {
    let mut f = sample(Lang::En);
    fill_valid(&mut f);
    focus_on(&mut f, "jenis_asn");
    let (t, cursor) = draw(&f, 60, 12, no_colour());
    assert!(text_at(&t, 0).contains("9/18"));
    insta::assert_snapshot!("form_60x12", screen(&t, cursor));
}

#[test]
fn the_focused_field_and_its_error_are_always_in_view() {
    // Walk down and back up through every field with errors everywhere.
    let mut f = sample(Lang::Id);
    f.handle(ctrl('s'));
    for h in [12u16, 24] {
        for step in 0..(f.len() * 2) {
            let (t, _) = draw(&f, 80, h, no_colour());
            let label = &f.field(f.focus()).unwrap().spec.label;
            let y = (1..h - 1)
                .find(|y| text_at(&t, *y).starts_with(&format!("▶ {label}")))
                .unwrap_or_else(|| panic!("{label} not in view at height {h}"));
            if let Some(e) = f.field(f.focus()).unwrap().error {
                assert!(text_at(&t, y + 1).contains(e), "error of {label} in view");
                assert!(y + 1 < h - 1);
            }
            let code = if step < f.len() {
                KeyCode::Tab
            } else {
                KeyCode::BackTab
            };
            press(&mut f, code);
        }
    }
}

// ---- property: nothing typed, pasted or answered panics the form ---------

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Op {
        Key(KeyCode, KeyModifiers),
        Paste(String),
        /// The app answers a lookup with `n` results.
        Results(usize),
        /// The app reports an error on field `i`.
        Error(usize),
        /// The app loads a value into field `i`.
        Load(usize, String),
        Reset,
    }

    fn code() -> impl Strategy<Value = KeyCode> {
        use KeyCode::*;
        prop_oneof![
            any::<char>().prop_map(Char),
            prop::sample::select(vec![
                'a', 'B', '1', '9', '-', '/', ' ', ',', '.', 'y', 'n', 't', 'p', 's', 'c', 'j',
                'u', 'h', 'é', '€', '𝄞', '中', '\u{301}', '\n', '\t', '\u{7f}',
            ])
            .prop_map(Char),
            prop::sample::select(vec![
                Enter,
                Tab,
                BackTab,
                Esc,
                Backspace,
                Delete,
                Left,
                Right,
                Up,
                Down,
                Home,
                End,
                PageUp,
                PageDown,
                Insert,
                F(1),
                F(2),
                Null,
            ]),
        ]
    }

    fn modifiers() -> impl Strategy<Value = KeyModifiers> {
        prop::sample::select(vec![
            KeyModifiers::NONE,
            KeyModifiers::NONE,
            KeyModifiers::NONE,
            KeyModifiers::SHIFT,
            KeyModifiers::CONTROL,
            KeyModifiers::ALT,
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ])
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            8 => (code(), modifiers()).prop_map(|(c, m)| Op::Key(c, m)),
            2 => prop_oneof![
                "\\PC{0,30}",
                "[0-9 /\\-\r\n\t]{0,24}",
                any::<String>(),
            ]
            .prop_map(Op::Paste),
            1 => (0usize..8).prop_map(Op::Results),
            1 => (0usize..20).prop_map(Op::Error),
            1 => (0usize..20, prop_oneof!["\\PC{0,12}", "[0-9\\-]{10}"])
                .prop_map(|(i, v)| Op::Load(i, v)),
            1 => Just(Op::Reset),
        ]
    }

    fn keys_of(form: &Form) -> Vec<&'static str> {
        (0..form.len())
            .map(|i| form.field(i).unwrap().spec.key)
            .collect()
    }

    fn check_invariants(form: &Form) {
        assert!(form.focus() < form.len());
        for i in 0..form.len() {
            let f = form.field(i).unwrap();
            if let Some(c) = f.cursor {
                assert!(
                    c <= f.display.len(),
                    "cursor past the end of {}",
                    f.spec.key
                );
                assert!(
                    f.display.is_char_boundary(c),
                    "cursor inside a character of {}",
                    f.spec.key
                );
            }
            if let Some((r, sel)) = f.results {
                assert!(r.is_empty() || sel < r.len());
            }
        }
        for (w, h) in [(80, 24), (60, 12), (20, 4), (7, 2)] {
            let (_, cursor) = draw(form, w, h, no_colour());
            if let Some(p) = cursor {
                assert!(p.x < w && p.y < h, "cursor {p:?} outside {w}×{h}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn any_keys_and_text_into_any_field_never_panic(
            lang in prop::sample::select(vec![Lang::Id, Lang::En]),
            start in 0usize..18,
            ops in prop::collection::vec(op(), 0..40),
        ) {
            let mut form = sample(lang);
            let keys = keys_of(&form);
            form.set_focus(keys[start]);
            for op in ops {
                let out = match op {
                    Op::Key(c, m) => form.handle(KeyEvent::new(c, m)),
                    Op::Paste(s) => form.paste(&s),
                    Op::Results(n) => {
                        let items = (0..n)
                            .map(|i| LookupItem {
                                id: i as i64,
                                label: format!("Unit {i} é"),
                                detail: "x".repeat(i * 20),
                            })
                            .collect();
                        form.set_lookup_results(form.focus(), items);
                        FormOutcome::None
                    }
                    Op::Error(i) => {
                        let k = keys.get(i).copied().unwrap_or("tidak_ada");
                        form.set_errors(vec![(k, "✗ salah ".repeat(i + 1))]);
                        FormOutcome::None
                    }
                    Op::Load(i, v) => {
                        let k = keys.get(i).copied().unwrap_or("tidak_ada");
                        form.set_value(k, &v);
                        FormOutcome::None
                    }
                    Op::Reset => {
                        form.reset_for_new(&["unit", "jenis_asn"]);
                        FormOutcome::None
                    }
                };
                if matches!(out, FormOutcome::Save | FormOutcome::SaveAndNew) {
                    prop_assert!(form.errors().is_empty(), "saved with errors");
                }
                if let FormOutcome::Lookup { field, key, query, .. } = &out {
                    prop_assert_eq!(*key, "unit");
                    prop_assert_eq!(*field, UNIT);
                    prop_assert!(!query.is_empty() && query.trim() == query);
                }
                check_invariants(&form);
            }
        }
    }
}

#[test]
fn a_long_note_wraps_and_the_cursor_follows_it() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "catatan");
    let note: String = ('a'..='z').cycle().take(100).collect();
    type_str(&mut f, &note);
    let (t, cursor) = draw(&f, 80, 24, no_colour());
    let first = row_of(&t, "▶ Catatan").unwrap();
    let x0 = col_of(&t, first, "abc");
    let row1: String = text_at(&t, first).chars().skip(x0 as usize).collect();
    let row2 = text_at(&t, first + 1);
    let shown = format!("{}{}", row1.trim_end(), row2.trim());
    assert_eq!(shown, note, "every character is shown, over two rows");
    let second_len = row2.trim().chars().count() as u16;
    assert_eq!(cursor, Some(Position::new(x0 + second_len, first + 1)));
    // Back to the start: the cursor goes to the first row.
    for _ in 0..100 {
        press(&mut f, KeyCode::Left);
    }
    let (_, cursor) = draw(&f, 80, 24, no_colour());
    assert_eq!(cursor, Some(Position::new(x0, first)));
}

#[test]
fn a_long_line_scrolls_sideways_to_keep_the_cursor_in_its_box() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nama");
    let name = "Teuku Muhammad Rizki Maulana Al-Fatih bin Abdullah Syah dari Lhokseumawe Aceh";
    type_str(&mut f, name);
    let (t, cursor) = draw(&f, 60, 12, no_colour());
    let c = cursor.unwrap();
    assert!(c.x < 60);
    assert!(text_at(&t, c.y).trim_end().ends_with("Lhokseumawe Aceh"));
    press(&mut f, KeyCode::Home);
    let (t, cursor) = draw(&f, 60, 12, no_colour());
    let c = cursor.unwrap();
    assert_eq!(col_of(&t, c.y, "Teuku"), c.x);
}

// ---- a field reached with Tab/Enter: typing replaces (issue 6 item 1) -----

/// The case: a prefilled date reached with Tab takes a typed date
/// whole; the typed date is the value, shown and saved.
#[test]
fn typing_into_a_prefilled_date_reached_by_tab_replaces_it() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    assert!(f.set_value("tmt", "2026-11-28"));
    focus_on(&mut f, "jabatan");
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.focus_key(), "tmt");
    assert!(
        f.field(f.focus()).unwrap().selected,
        "the value is selected"
    );
    type_str(&mut f, "15-11-2026");
    assert_eq!(f.display("tmt"), "15-11-2026");
    assert_eq!(f.value("tmt"), "2026-11-15");
    assert!(!f.field(f.focus()).unwrap().selected);
    assert_eq!(f.handle(ctrl('s')), FormOutcome::Save);
    assert_eq!(f.value("tmt"), "2026-11-15", "the typed date is saved");
}

#[test]
fn every_text_like_kind_reached_by_tab_or_enter_is_replaced_by_typing() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    f.set_value("nama", "Budi Santoso");
    f.set_value("target_jp", "20");
    f.set_value("nilai", "80");
    f.set_value("catatan", "lama");
    for (field, typed, value) in [
        ("nama", "Rahmi", "Rahmi"),
        ("target_jp", "35", "35"),
        ("nilai", "7,5", "7.5"),
        ("catatan", "baru", "baru"),
    ] {
        // Reach the field from the one before it with Enter.
        let i = f.index_of(field).unwrap();
        f.set_focus(f.field(i - 1).unwrap().spec.key);
        press(&mut f, KeyCode::Enter);
        assert_eq!(f.focus_key(), field);
        type_str(&mut f, typed);
        assert_eq!(f.value(field), value, "{field}");
    }
}

#[test]
fn arrows_home_and_end_edit_a_reached_value_in_place() {
    let mut f = sample(Lang::Id);
    f.set_value("nama", "Budi");
    focus_on(&mut f, "nip");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.focus_key(), "nama");
    press(&mut f, KeyCode::End);
    type_str(&mut f, " Santoso");
    assert_eq!(f.value("nama"), "Budi Santoso", "End appends");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Home);
    type_str(&mut f, "T. ");
    assert_eq!(
        f.value("nama"),
        "T. Budi Santoso",
        "Home inserts at the start"
    );
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::Delete);
    assert_eq!(f.value("nama"), ". Budi Santoso", "← starts at the start");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::BackTab);
    press(&mut f, KeyCode::Right);
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.value("nama"), ". Budi Santos", "→ starts at the end");
}

#[test]
fn backspace_or_delete_on_a_selected_value_empties_the_field() {
    let mut f = sample(Lang::Id);
    f.set_value("nama", "Budi");
    f.set_value("tempat_lahir", "Lhokseumawe");
    focus_on(&mut f, "nama");
    assert!(f.field(f.focus()).unwrap().selected);
    assert_eq!(
        press(&mut f, KeyCode::Backspace),
        FormOutcome::Changed { key: "nama" }
    );
    assert_eq!(f.value("nama"), "");
    focus_on(&mut f, "tempat_lahir");
    press(&mut f, KeyCode::Delete);
    assert_eq!(f.value("tempat_lahir"), "");
}

#[test]
fn a_refused_key_over_a_selected_value_keeps_it_and_says_why() {
    let mut f = sample(Lang::Id);
    f.set_value("tmt", "2026-11-28");
    focus_on(&mut f, "tmt");
    type_str(&mut f, "x");
    assert_eq!(f.value("tmt"), "2026-11-28", "the date stays");
    assert!(f.notice().is_some(), "the refusal is said");
    assert!(f.field(f.focus()).unwrap().selected, "still selected");
    type_str(&mut f, "1/4/2023");
    assert_eq!(f.value("tmt"), "2023-04-01");
}

#[test]
fn pasting_over_a_selected_value_replaces_it() {
    let mut f = sample(Lang::Id);
    f.set_value("nama", "Budi");
    focus_on(&mut f, "nama");
    f.paste("Rahmi Safitri");
    assert_eq!(f.value("nama"), "Rahmi Safitri");
    // Nothing of the paste fits a date: the old date stays.
    f.set_value("tmt", "2026-11-28");
    focus_on(&mut f, "tmt");
    f.paste("abc");
    assert_eq!(f.value("tmt"), "2026-11-28");
}

#[test]
fn a_date_typed_before_ctrl_n_is_kept_for_the_next_record() {
    let mut f = sample(Lang::Id);
    fill_valid(&mut f);
    f.set_value("tmt", "2026-11-28");
    f.mark_clean();
    focus_on(&mut f, "tmt");
    type_str(&mut f, "15112026");
    assert_eq!(f.handle(ctrl('n')), FormOutcome::SaveAndNew);
    assert_eq!(f.value("tmt"), "2026-11-15", "saved as typed");
    f.reset_for_new(&["tmt"]);
    assert_eq!(f.value("tmt"), "2026-11-15", "kept for the next one");
    assert_eq!(f.display("tmt"), "15-11-2026");
}

#[test]
fn the_first_field_of_a_filled_form_is_selected_when_it_opens() {
    let mut f = sample(Lang::Id);
    f.set_value("nip", "198501012010011001");
    assert_eq!(f.focus_key(), "nip");
    type_str(&mut f, "19900512");
    assert_eq!(f.value("nip"), "19900512");
}

// ---- nothing cut or guessed in silence (issue 6 item 5) -------------------

#[test]
fn a_paste_longer_than_the_field_is_cut_and_the_field_says_so() {
    let mut f = sample(Lang::En);
    focus_on(&mut f, "nama");
    let long = "A".repeat(130);
    f.paste(&long);
    assert_eq!(f.value("nama").chars().count(), 100);
    let note = f.note("nama").expect("a note at the field");
    assert!(note.contains("100") && note.contains("30"), "{note}");
    // Drawn under the field, readable without colour.
    let (t, cursor) = draw(&f, 80, 24, Theme::new(ColorMode::None));
    let scr = screen(&t, cursor);
    assert!(scr.contains("! paste cut"), "{scr}");
    // Editing the value again takes the note away.
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.note("nama"), None);
}

#[test]
fn pasted_characters_a_field_refuses_are_counted_at_the_field() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "nik");
    f.paste("1173-0254-0291-0001");
    assert_eq!(f.value("nik"), "1173025402910001");
    assert!(
        f.note("nik").is_some_and(|n| n.contains('3')),
        "{:?}",
        f.note("nik")
    );
}

fn levels() -> Form {
    Form::new(
        "t",
        vec![
            FieldSpec::choice(
                "jenjang",
                "Jenjang",
                opts(&[
                    ("AHLI_UTAMA", "Ahli Utama"),
                    ("AHLI_MADYA", "Ahli Madya"),
                    ("AHLI_MUDA", "Ahli Muda"),
                    ("PEMULA", "Pemula"),
                ]),
            ),
            FieldSpec::text("catatan", "Catatan", 20),
        ],
        Lang::En,
    )
}

#[test]
fn typing_that_matches_several_options_names_them_at_the_field() {
    let mut f = levels();
    type_str(&mut f, "Ahli M");
    assert_eq!(f.value("jenjang"), "AHLI_MADYA");
    let note = f.note("jenjang").expect("the guess is said");
    assert!(
        note.contains("Ahli Madya") && note.contains("Ahli Muda"),
        "{note}"
    );
    type_str(&mut f, "u");
    assert_eq!(f.value("jenjang"), "AHLI_MUDA");
    assert_eq!(f.note("jenjang"), None, "one match: nothing to say");
}

#[test]
fn typing_that_matches_no_option_keeps_the_value_and_says_so_at_the_field() {
    let mut f = levels();
    type_str(&mut f, "Pem");
    assert_eq!(f.value("jenjang"), "PEMULA");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::BackTab);
    type_str(&mut f, "Fung");
    assert_eq!(f.value("jenjang"), "PEMULA", "kept");
    let note = f.note("jenjang").expect("the refusal is said at the field");
    assert!(note.contains("Fung") && note.contains("Pemula"), "{note}");
    assert!(
        note.contains("Ahli Utama"),
        "the options are listed: {note}"
    );
}

/// One key table (issue 7 item 4): the footer hints are lines of
/// `FORM_KEYS`, and every line that takes a key leads to its action.
#[test]
fn footer_hints_and_key_handling_come_from_one_table() {
    use peka::tui::widgets::form::FORM_KEYS;
    let mut f = sample(Lang::Id);
    for (keys, does) in f.key_hints() {
        assert!(
            FORM_KEYS.iter().any(|b| b.keys == keys && b.does == does),
            "{} {} is not in the table",
            keys.id,
            does.id
        );
    }
    // The save line: Ctrl-S saves (after layer 2), the table says so.
    fill_valid(&mut f);
    assert!(f.key_hints().iter().any(|(k, _)| k.id == "Ctrl-S/F2"));
    assert_eq!(f.handle(ctrl('s')), FormOutcome::Save);
    assert_eq!(press(&mut f, KeyCode::F(2)), FormOutcome::Save);
    // A lookup with results: its line comes first and ↓ moves in the list.
    focus_on(&mut f, "unit");
    type_str(&mut f, "b");
    assert!(f.set_lookup_results(UNIT, units()));
    assert_eq!(f.key_hints()[0].0.id, "↑↓ Tab/Enter");
    press(&mut f, KeyCode::Down);
    assert_eq!(f.field(UNIT).unwrap().results.unwrap().1, 1);
    assert!(
        FORM_KEYS.iter().filter(|b| b.help).count() >= 10,
        "the F1 help lists the table"
    );
}

#[test]
fn a_no_match_note_goes_when_the_focus_leaves_or_the_search_is_erased() {
    let mut f = levels();
    type_str(&mut f, "Fung");
    assert!(f.note("jenjang").is_some());
    press(&mut f, KeyCode::Tab);
    assert_eq!(f.note("jenjang"), None, "left: the search is over");
    press(&mut f, KeyCode::BackTab);
    type_str(&mut f, "xy");
    assert!(f.note("jenjang").is_some());
    press(&mut f, KeyCode::Backspace);
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.note("jenjang"), None, "erased: the search is over");
}

#[test]
fn a_long_field_hint_wraps_under_the_form_while_the_fields_keep_room() {
    let hint = "Pejabat unit penempatan yang bertugas: ketik nama, NIP atau unit \
                (mis. bkpsdm); \"bimbing 2\" = mahasiswa yang sedang dibimbingnya.";
    const KEYS: [&str; 12] = [
        "f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11",
    ];
    let specs = KEYS
        .iter()
        .enumerate()
        .map(|(i, k)| FieldSpec::text(k, format!("Isian {i}"), 20).help(hint))
        .collect();
    let mut f = Form::new("Uji", specs, Lang::Id);
    focus_on(&mut f, "f11");
    // 80×24: the hint takes the two rows it needs; every word is there.
    let (t, _) = draw(&f, 80, 24, no_colour());
    let bottom: String = (22..24)
        .map(|y| text_at(&t, y))
        .collect::<Vec<_>>()
        .join(" ");
    let words: Vec<&str> = bottom.split_whitespace().collect();
    assert_eq!(
        words,
        hint.split_whitespace().collect::<Vec<_>>(),
        "the whole hint, in order, on the last two rows:\n{}",
        screen(&t, None)
    );
    assert!(
        row_of(&t, "Isian 11").is_some(),
        "the focused field in view"
    );
    // 80×10: the fields keep their rows; the hint is one row, cut with "…".
    let (t, _) = draw(&f, 80, 10, no_colour());
    assert!(
        text_at(&t, 9).trim_end().ends_with('…'),
        "{}",
        screen(&t, None)
    );
    assert!(text_at(&t, 9).starts_with("Pejabat unit"));
    assert!(!text_at(&t, 8).starts_with("Pejabat"), "one row only");
    assert!(
        row_of(&t, "Isian 11").is_some(),
        "the focused field in view"
    );
}

/// A multi-line value is broken at spaces and at its line breaks, never
/// inside a word ("seban|yak"); scrolled down to its cursor it keeps its
/// label and focus mark; the cursor is on screen at every place of the text.
#[test]
fn a_multi_line_value_wraps_at_words_and_the_cursor_is_always_shown() {
    let mut f = sample(Lang::Id);
    focus_on(&mut f, "catatan");
    let first = "Laporan bulanan terlambat lebih dari satu minggu sebanyak tiga kali";
    let second = "dan layanan kepada pemohon menjadi lebih lama dari standar";
    type_str(&mut f, first);
    f.handle(ctrl('j'));
    type_str(&mut f, second);
    let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    let all = words(&format!("{first} {second}"));
    for width in 44..=70 {
        let (t, _) = draw(&f, width, 24, no_colour());
        let shot = || screen(&t, None);
        // The label and the focus mark stay, however far down the value is
        // scrolled to the cursor.
        let top = row_of(&t, "▶ Catatan").unwrap_or_else(|| panic!("{}", shot()));
        let x = col_of(&t, row_of(&t, "Jenis kelamin").unwrap(), "◀");
        let rows: Vec<String> = (top..top + 4)
            .map(|y| {
                let row: String = text_at(&t, y).chars().skip(x as usize).collect();
                row.trim_end().to_string()
            })
            .collect();
        assert!(rows.iter().all(|r| !r.is_empty()), "{}", shot());
        // Joined with spaces the rows give back the words (the last ones,
        // where the cursor is): no word was cut.
        let shown: Vec<String> = rows.iter().flat_map(|r| words(r)).collect();
        assert!(all.ends_with(&shown), "{}", shot());
        assert!(
            rows.iter().any(|r| r.starts_with("dan layanan")),
            "the line break starts a row: {}",
            shot()
        );
    }
    // The cursor, from the end of the text back to its start: at each `←`
    // it is on screen, on the character it stands before.
    let text: Vec<char> = format!("{first}\n{second}").chars().collect();
    assert!(
        draw(&f, 60, 24, no_colour()).1.is_some(),
        "shown at the end"
    );
    for pos in (0..text.len()).rev() {
        press(&mut f, KeyCode::Left);
        let (t, c) = draw(&f, 60, 24, no_colour());
        let c = c.unwrap_or_else(|| panic!("no cursor before {pos}:\n{}", screen(&t, None)));
        if !matches!(text[pos], ' ' | '\n') {
            assert_eq!(
                t.backend().buffer()[(c.x, c.y)].symbol(),
                text[pos].to_string(),
                "before character {pos}:\n{}",
                screen(&t, Some(c))
            );
        }
    }
}
