//! Property tests of the two file readers of `peka import` and of the cell
//! readers every import row goes through: arbitrary bytes, arbitrary text and
//! damaged workbooks never panic; they give rows or a `SheetError`.
//!
//! Cases run (ProptestConfig::with_cases): CSV bytes 2,000; CSV text with
//! separators and quotes 2,000; cell accessors 3,000; damaged XLSX 300;
//! XLSX with arbitrary cell values 200 — 7,500 in all.

use peka::i18n::Lang;
use peka::import::row::{Columns, Row};
use peka::import::sheet::{self, SheetError, Value};
use proptest::prelude::*;
use std::sync::OnceLock;

fn read_all(bytes: &[u8]) -> Result<usize, SheetError> {
    let mut n = 0;
    sheet::read_csv(bytes, &mut |_, _| {
        n += 1;
        true
    })?;
    Ok(n)
}

/// A valid workbook (header and two rows) to damage.
fn good_xlsx() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "nip").unwrap();
        sheet.write_string(0, 1, "nama").unwrap();
        sheet.write_string(1, 0, "197808262002011001").unwrap();
        sheet.write_number(1, 1, 42.5).unwrap();
        sheet.write_string(2, 0, "x").unwrap();
        book.save_to_buffer().unwrap()
    })
}

fn read_xlsx_bytes(bytes: &[u8]) -> Result<usize, SheetError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let mut n = 0;
    sheet::read(&path, None, &mut |_, _| {
        n += 1;
        true
    })?;
    Ok(n)
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Empty),
        ".{0,40}".prop_map(Value::Text),
        "[0-9 .,Ee+-]{0,24}".prop_map(Value::Text),
        any::<f64>().prop_map(Value::Number),
        (1900i32..2100, 1u32..13, 1u32..29).prop_map(|(y, m, d)| {
            Value::Date(chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap())
        }),
        any::<bool>().prop_map(Value::Bool),
        ".{0,20}".prop_map(|f| Value::Formula { formula: f }),
        ".{0,10}".prop_map(Value::Error),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn csv_reader_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2_000)) {
        let _ = read_all(&bytes);
    }

    #[test]
    fn csv_reader_keeps_every_record_of_generated_text(
        rows in proptest::collection::vec(proptest::collection::vec("[a-z0-9 ;,\"]{0,8}", 1..6), 1..20),
        sep in prop_oneof![Just(b','), Just(b';'), Just(b'\t')],
    ) {
        let mut w = csv::WriterBuilder::new()
            .delimiter(sep)
            .flexible(true)
            .from_writer(Vec::new());
        for r in &rows {
            w.write_record(r).unwrap();
        }
        let bytes = w.into_inner().unwrap();
        // Rows whose cells are all blank are skipped; the rest are read.
        let expected = rows.iter().filter(|r| r.iter().any(|c| !c.trim().is_empty())).count();
        // The separator is guessed from the first line that has one; where
        // the guess is the writer's, every non-blank record comes back.
        let text = String::from_utf8(bytes.clone()).unwrap();
        let guessed = sheet::detect_separator(&text) == sep;
        match read_all(&bytes) {
            Ok(n) if guessed => prop_assert_eq!(n, expected),
            Ok(_) => {}
            Err(e) => prop_assert!(matches!(e, SheetError::Empty | SheetError::Csv { .. }), "{e:?}"),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn cell_accessors_never_panic(cells in proptest::collection::vec(value(), 0..8)) {
        let header: Vec<Value> = ["a", "b", "c", "d", "e", "f", "g", "h"]
            .iter()
            .map(|s| Value::Text(s.to_string()))
            .collect();
        let cols = Columns::new(&header).unwrap();
        let mut row = Row::new(2, &cols, &cells, Lang::En);
        let _ = row.text("a");
        let _ = row.digits("b");
        let _ = row.date("c");
        let _ = row.int("d");
        let _ = row.real("e");
        let _ = row.flag("f");
        let _ = row.code("g", &["PNS", "PPPK"]);
        let _ = row.required("h");
        let _ = row.required_date("zz");
        for e in &row.errors {
            prop_assert!(e.value.chars().count() <= 41);
            prop_assert!(!e.reason.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_damaged_workbook_is_an_error_or_rows_never_a_panic(
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
        cut in proptest::option::of(any::<prop::sample::Index>()),
    ) {
        let mut bytes = good_xlsx().to_vec();
        for (i, b) in flips {
            let at = i.index(bytes.len());
            bytes[at] ^= b | 1;
        }
        if let Some(c) = cut {
            bytes.truncate(c.index(bytes.len()));
        }
        let _ = read_xlsx_bytes(&bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_cell_text_or_number_in_a_workbook_reads_back(
        texts in proptest::collection::vec("\\PC{0,30}", 1..5),
        numbers in proptest::collection::vec(-1e300f64..1e300, 1..5),
    ) {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "a").unwrap();
        for (i, t) in texts.iter().enumerate() {
            sheet.write_string(i as u32 + 1, 0, t).unwrap();
        }
        for (i, n) in numbers.iter().enumerate() {
            sheet.write_number(i as u32 + 1, 1, *n).unwrap();
        }
        let bytes = book.save_to_buffer().unwrap();
        let rows = read_xlsx_bytes(&bytes);
        prop_assert!(rows.is_ok(), "{rows:?}");
    }
}
