//! XLSX files of an exported table, for `peka export --format xlsx` and the
//! TUI's `x`: one sheet named after the list, the header row bold and frozen
//! under the panes, column widths that fit the content (at most
//! [`MAX_WIDTH`]), and typed cells — numbers as numbers, ISO dates as Excel
//! dates shown `dd-mm-yyyy`, identifiers (NIP, NIK, NIM, phone numbers,
//! document numbers, codes) always as text, so Excel never turns an 18-digit
//! NIP into `1.98006E+17`.
//!
//! Which column holds what is decided by its name, here and only here
//! ([`column_kind`]): the names are the snake_case ones of design.md §1.1,
//! the same in the command line and the TUI.
//!
//! The sheet is written in rust_xlsxwriter's constant-memory mode (rows go
//! to a temporary file as they are written, strings inline), so a 100,000-row
//! export does not hold a second copy of the table in cell objects.

use crate::db::export::{Cell, Table};
use crate::domain::dates::parse_iso;
use chrono::Datelike;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use std::io;
use unicode_width::UnicodeWidthStr;

/// The widest a column is made, in Excel's character units.
pub const MAX_WIDTH: usize = 60;
/// How date cells are shown (the way PEKA shows dates on screen).
pub const DATE_FORMAT: &str = "dd-mm-yyyy";
/// Excel keeps 15 significant digits: an integer beyond this is written as
/// text so none of its digits is lost.
const EXACT_INTEGER: i64 = 999_999_999_999_999;

/// What a column's values become in the sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Always text, even when every character is a digit: NIP, NIK, NIM,
    /// phone numbers, document numbers, codes, keys.
    Identifier,
    /// An ISO `YYYY-MM-DD` value becomes an Excel date; anything else stays text.
    Date,
    /// Numbers as numbers, text as text.
    Value,
}

/// Identifier columns by exact name, prefix and suffix.
const IDENTIFIERS: &[&str] = &[
    "nip", "nik", "nim", "npwp", "telepon", "nomor", "kode", "kunci", "hash",
];
const IDENTIFIER_PREFIXES: &[&str] = &["nip_", "nik_", "nim_", "nomor_", "kode_", "hash_"];
const IDENTIFIER_SUFFIXES: &[&str] = &["_nip", "_nik", "_nim", "_telepon", "_nomor", "_kode"];
/// Date columns by exact name, prefix and suffix (`tanggal_lahir`,
/// `tmt_golongan`, `umpan_balik_tanggal`, the TUI's `logbook_terakhir`).
const DATES: &[&str] = &["tanggal", "logbook_terakhir"];
const DATE_PREFIXES: &[&str] = &["tanggal_", "tmt_"];
const DATE_SUFFIXES: &[&str] = &["_tanggal"];

/// The kind of column `name` (a snake_case export column name).
pub fn column_kind(name: &str) -> ColumnKind {
    let is = |exact: &[&str], prefixes: &[&str], suffixes: &[&str]| {
        exact.contains(&name)
            || prefixes.iter().any(|p| name.starts_with(p))
            || suffixes.iter().any(|s| name.ends_with(s))
    };
    if is(IDENTIFIERS, IDENTIFIER_PREFIXES, IDENTIFIER_SUFFIXES) {
        ColumnKind::Identifier
    } else if is(DATES, DATE_PREFIXES, DATE_SUFFIXES) {
        ColumnKind::Date
    } else {
        ColumnKind::Value
    }
}

/// A value as a list shows it (the TUI's `x`: text only) turned into a
/// cell: empty is no value; in a value column a plain decimal (`20`, `-3`,
/// `87.5`; no leading zero, no exponent, at most 15 digits) is a number;
/// everything else — and every identifier — stays text.
pub fn cell_from_text(kind: ColumnKind, text: &str) -> Cell {
    if text.is_empty() {
        return Cell::Null;
    }
    if kind != ColumnKind::Value || !plain_decimal(text) {
        return Cell::Text(text.to_string());
    }
    match text.parse::<i64>() {
        Ok(i) => Cell::Int(i),
        Err(_) => text
            .parse::<f64>()
            .map_or_else(|_| Cell::Text(text.to_string()), Cell::Real),
    }
}

/// `-?digits(.digits)?` with no leading zero before other digits and at most
/// 15 digits in all (what Excel holds exactly).
fn plain_decimal(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(int)
        && !(int.len() > 1 && int.starts_with('0'))
        && frac.is_none_or(digits)
        && int.len() + frac.map_or(0, str::len) <= 15
}

/// A table of text (the TUI's `x` export) as typed cells, by column name.
pub fn table_from_text(header: &[String], rows: &[Vec<String>]) -> Table {
    let kinds: Vec<ColumnKind> = header.iter().map(|c| column_kind(c)).collect();
    Table {
        columns: header.to_vec(),
        rows: rows
            .iter()
            .map(|r| {
                r.iter()
                    .zip(&kinds)
                    .map(|(t, k)| cell_from_text(*k, t))
                    .collect()
            })
            .collect(),
    }
}

/// What one cell of the sheet holds.
enum Out<'a> {
    Empty,
    Text(std::borrow::Cow<'a, str>),
    Number(f64),
    Date(ExcelDateTime),
}

fn out(kind: ColumnKind, cell: &Cell) -> Out<'_> {
    use std::borrow::Cow;
    match (kind, cell) {
        (_, Cell::Null) => Out::Empty,
        (ColumnKind::Date, Cell::Text(s)) => match parse_iso(s).and_then(excel_date) {
            Some(d) => Out::Date(d),
            None => Out::Text(Cow::Borrowed(s)),
        },
        (_, Cell::Text(s)) => Out::Text(Cow::Borrowed(s)),
        (ColumnKind::Identifier, Cell::Int(i)) => Out::Text(Cow::Owned(i.to_string())),
        (_, Cell::Int(i)) if i.abs() <= EXACT_INTEGER => Out::Number(*i as f64),
        (_, Cell::Int(i)) => Out::Text(Cow::Owned(i.to_string())),
        (_, Cell::Real(f)) if !f.is_finite() => Out::Empty,
        (ColumnKind::Identifier, Cell::Real(f)) => Out::Text(Cow::Owned(f.to_string())),
        (_, Cell::Real(f)) => Out::Number(*f),
    }
}

/// Excel's dates start in 1900; an earlier (or later than 9999) one stays text.
fn excel_date(d: chrono::NaiveDate) -> Option<ExcelDateTime> {
    let year = u16::try_from(d.year()).ok().filter(|y| *y >= 1900)?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).ok()
}

/// How wide the value of `o` reads, in characters (the widest line).
fn width(o: &Out<'_>) -> usize {
    match o {
        Out::Empty => 0,
        Out::Text(s) => s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0),
        Out::Number(f) => crate::domain::jp::format_jp(*f).len(),
        Out::Date(_) => DATE_FORMAT.len(),
    }
}

/// Column widths: the widest of the header and the values, plus a margin,
/// at most [`MAX_WIDTH`].
fn widths(table: &Table, kinds: &[ColumnKind]) -> Vec<usize> {
    let mut w: Vec<usize> = table.columns.iter().map(|c| c.width()).collect();
    for row in &table.rows {
        for ((cell, kind), w) in row.iter().zip(kinds).zip(w.iter_mut()) {
            *w = (*w).max(width(&out(*kind, cell)));
        }
    }
    w.into_iter().map(|w| (w + 2).min(MAX_WIDTH)).collect()
}

/// A valid sheet name from a list's name: at most 31 characters, none of
/// `[]:*?/\`, not starting or ending with an apostrophe.
pub fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| match c {
            '[' | ']' | ':' | '*' | '?' | '/' | '\\' => '-',
            c => c,
        })
        .take(31)
        .collect();
    let clean = clean.trim_matches('\'');
    if clean.is_empty() {
        "peka".to_string()
    } else {
        clean.to_string()
    }
}

/// The bytes of an `.xlsx` file holding `table` on one sheet named `sheet`.
pub fn render(table: &Table, sheet: &str) -> io::Result<Vec<u8>> {
    let mut sink = XlsxSink::new(sheet);
    crate::db::export::feed(table, &mut sink)?;
    sink.finish()?.save_to_buffer().map_err(io_error)
}

/// Rows kept to fit the column widths before the sheet is started; the
/// rest are written as they come (constant memory).
const WIDTH_SAMPLE: usize = 2_000;

/// A sheet written row by row: the first [`WIDTH_SAMPLE`] rows are held to
/// size the columns, then every row goes straight to the writer, which in
/// constant-memory mode keeps them in a temporary file, not in RAM.
pub struct XlsxSink {
    book: Workbook,
    sheet: String,
    columns: Vec<String>,
    kinds: Vec<ColumnKind>,
    sample: Vec<Vec<Cell>>,
    started: bool,
    next_row: u32,
    bold: Format,
    date: Format,
}

impl XlsxSink {
    pub fn new(sheet: &str) -> XlsxSink {
        let mut book = Workbook::new();
        // Excel's own level: about a third faster than the default 6 for a
        // file some 5 % larger (rust_xlsxwriter's performance notes).
        book.set_zip_compression_level(3);
        XlsxSink {
            book,
            sheet: sheet.to_string(),
            columns: Vec::new(),
            kinds: Vec::new(),
            sample: Vec::new(),
            started: false,
            next_row: 1,
            bold: Format::new().set_bold(),
            date: Format::new().set_num_format(DATE_FORMAT),
        }
    }

    /// Creates the sheet: name, widths from the header and the sample, bold
    /// frozen header; then writes the sample.
    fn start(&mut self) -> Result<(), XlsxError> {
        self.started = true;
        let table = Table {
            columns: std::mem::take(&mut self.columns),
            rows: std::mem::take(&mut self.sample),
        };
        let widths = widths(&table, &self.kinds);
        // Constant memory needs a temporary file; without one the sheet is
        // built in memory instead (the same file, only larger in RAM).
        let ws = if self.book.add_worksheet_with_constant_memory().is_ok() {
            self.book.worksheet_from_index(0)?
        } else {
            self.book.add_worksheet()
        };
        ws.set_name(sheet_name(&self.sheet))?;
        for (c, (name, w)) in table.columns.iter().zip(&widths).enumerate() {
            let c = col(c)?;
            ws.set_column_width(c, *w as f64)?;
            ws.write_string_with_format(0, c, name, &self.bold)?;
        }
        ws.set_freeze_panes(1, 0)?;
        for row in &table.rows {
            self.write_row(row)?;
        }
        Ok(())
    }

    fn write_row(&mut self, row: &[Cell]) -> Result<(), XlsxError> {
        let r = self.next_row;
        self.next_row = r.checked_add(1).ok_or(XlsxError::RowColumnLimitError)?;
        let ws = self.book.worksheet_from_index(0)?;
        for (c, (cell, kind)) in row.iter().zip(&self.kinds).enumerate() {
            let c = col(c)?;
            match out(*kind, cell) {
                Out::Empty => {}
                Out::Text(s) => {
                    ws.write_string(r, c, s.as_ref())?;
                }
                Out::Number(f) => {
                    ws.write_number(r, c, f)?;
                }
                Out::Date(d) => {
                    ws.write_datetime_with_format(r, c, d, &self.date)?;
                }
            }
        }
        Ok(())
    }

    /// The finished workbook, to save to a file or a buffer.
    pub fn finish(mut self) -> io::Result<Workbook> {
        if !self.started {
            self.start().map_err(io_error)?;
        }
        Ok(self.book)
    }
}

impl crate::db::export::Sink for XlsxSink {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.kinds = columns.iter().map(|c| column_kind(c)).collect();
        self.columns = columns.to_vec();
        Ok(())
    }

    fn row(&mut self, row: &[Cell]) -> io::Result<()> {
        if self.started {
            return self.write_row(row).map_err(io_error);
        }
        self.sample.push(row.to_vec());
        if self.sample.len() >= WIDTH_SAMPLE {
            self.start().map_err(io_error)?;
        }
        Ok(())
    }
}

/// The OS error when there is one (so the message can say "disk full" or
/// "no permission"), else the writer's own text.
pub fn io_error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) | XlsxError::TempFileError(_, e) => e,
        other => io::Error::other(other.to_string()),
    }
}

fn col(c: usize) -> Result<u16, XlsxError> {
    u16::try_from(c).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_kinds_follow_the_names() {
        for id in [
            "nip",
            "nik",
            "nim",
            "telepon",
            "nomor",
            "kode",
            "pembimbing_nip",
            "pejabat_penilai_nip",
            "nomor_sk",
            "nomor_mitra",
            "induk_nomor",
            "kode_unit",
            "pelatihan_kode",
            "kunci",
        ] {
            assert_eq!(column_kind(id), ColumnKind::Identifier, "{id}");
        }
        for d in [
            "tanggal",
            "tanggal_lahir",
            "tanggal_surat_permohonan",
            "tmt_golongan",
            "umpan_balik_tanggal",
            "logbook_terakhir",
        ] {
            assert_eq!(column_kind(d), ColumnKind::Date, "{d}");
        }
        for v in [
            "nama",
            "jp",
            "tahun",
            "sisa_hari",
            "nilai_akhir",
            "kompetensi",
        ] {
            assert_eq!(column_kind(v), ColumnKind::Value, "{v}");
        }
    }

    #[test]
    fn shown_text_becomes_a_number_only_in_value_columns() {
        use ColumnKind::*;
        assert_eq!(cell_from_text(Value, "20"), Cell::Int(20));
        assert_eq!(cell_from_text(Value, "-3"), Cell::Int(-3));
        assert_eq!(cell_from_text(Value, "87.5"), Cell::Real(87.5));
        assert_eq!(cell_from_text(Value, ""), Cell::Null);
        for text in [
            "007",
            "1e5",
            "12,5",
            "III/b",
            "85%",
            "-",
            ".5",
            "5.",
            "1234567890123456",
        ] {
            assert_eq!(
                cell_from_text(Value, text),
                Cell::Text(text.into()),
                "{text}"
            );
        }
        assert_eq!(
            cell_from_text(Identifier, "199001012015031001"),
            Cell::Text("199001012015031001".into())
        );
        assert_eq!(cell_from_text(Identifier, "12"), Cell::Text("12".into()));
        assert_eq!(
            cell_from_text(Date, "2026-01-31"),
            Cell::Text("2026-01-31".into())
        );
    }

    #[test]
    fn identifiers_and_huge_integers_keep_every_digit() {
        let big = 198_001_012_005_011_001_i64;
        assert!(matches!(out(ColumnKind::Identifier, &Cell::Int(12)), Out::Text(s) if s == "12"));
        assert!(
            matches!(out(ColumnKind::Value, &Cell::Int(big)), Out::Text(s) if s == big.to_string())
        );
        assert!(matches!(out(ColumnKind::Value, &Cell::Int(20)), Out::Number(f) if f == 20.0));
        assert!(matches!(
            out(ColumnKind::Date, &Cell::Text("2026-02-30".into())),
            Out::Text(_)
        ));
        assert!(matches!(
            out(ColumnKind::Date, &Cell::Text("1899-12-31".into())),
            Out::Text(_)
        ));
        assert!(matches!(
            out(ColumnKind::Date, &Cell::Text("2026-02-28".into())),
            Out::Date(_)
        ));
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("rencana-pengembangan"), "rencana-pengembangan");
        assert_eq!(sheet_name("a/b[c]"), "a-b-c-");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
        assert_eq!(sheet_name("''"), "peka");
        assert!(rust_xlsxwriter::utility::check_sheet_name(&sheet_name("'a:b'")).is_ok());
    }

    #[test]
    fn widths_fit_the_widest_value_up_to_the_cap() {
        let t = Table {
            columns: vec!["nip".into(), "catatan".into(), "tanggal".into()],
            rows: vec![vec![
                Cell::Text("199001012015031001".into()),
                Cell::Text("x".repeat(200)),
                Cell::Text("2026-01-31".into()),
            ]],
        };
        let kinds: Vec<ColumnKind> = t.columns.iter().map(|c| column_kind(c)).collect();
        assert_eq!(widths(&t, &kinds), vec![20, MAX_WIDTH, 12]);
    }
}
