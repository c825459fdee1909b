//! One data row of an import file, read by column name: each accessor turns
//! a cell into the value a form would store and, when it cannot, records why
//! (row, column, value, reason) and gives nothing, so every problem of a row
//! is reported at once.

use super::sheet::Value;
use crate::domain::dates::{display, iso, parse_date};
use crate::i18n::Lang;
use crate::i18n::cli_import::{self as msg, Reason};
use chrono::NaiveDate;
use std::collections::HashMap;

/// A column header as matched: trimmed, lower case, spaces and `-` as `_`.
pub fn header_key(s: &str) -> String {
    s.trim()
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// The columns of a file: name → position.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    index: HashMap<String, usize>,
    pub names: Vec<String>,
}

impl Columns {
    /// From the header row; a name given twice is returned as the error.
    pub fn new(header: &[Value]) -> Result<Columns, String> {
        let mut index = HashMap::new();
        let mut names = Vec::new();
        for (i, v) in header.iter().enumerate() {
            let name = match v {
                Value::Text(s) => header_key(s),
                Value::Empty => continue,
                other => header_key(&plain_text(other)),
            };
            if name.is_empty() {
                continue;
            }
            if index.insert(name.clone(), i).is_some() {
                return Err(name);
            }
            names.push(name);
        }
        Ok(Columns { index, names })
    }

    pub fn has(&self, name: &str) -> bool {
        self.index.contains_key(name)
    }

    fn get(&self, name: &str) -> Option<usize> {
        self.index.get(name).copied()
    }
}

/// One problem of one row.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// Row number as a spreadsheet shows it (the header is row 1).
    pub row: usize,
    pub column: String,
    pub value: String,
    pub reason: String,
}

/// The text of a cell for a message or a text column.
pub fn plain_text(v: &Value) -> String {
    match v {
        Value::Empty => String::new(),
        Value::Text(s) => s.trim().to_string(),
        Value::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Value::Number(n) => format!("{n}"),
        Value::Date(d) => iso(*d),
        Value::Bool(b) => if *b { "1" } else { "0" }.to_string(),
        Value::Formula { formula } => format!("={formula}"),
        Value::Error(e) => e.clone(),
    }
}

/// A cell value shortened for a report line (a 10 MB cell stays one line).
pub fn shown(v: &str) -> String {
    const MAX: usize = 40;
    if v.chars().count() <= MAX {
        v.to_string()
    } else {
        let head: String = v.chars().take(MAX).collect();
        format!("{head}…")
    }
}

/// A row being read.
pub struct Row<'a> {
    pub number: usize,
    cols: &'a Columns,
    cells: &'a [Value],
    lang: Lang,
    pub errors: Vec<RowError>,
}

impl<'a> Row<'a> {
    pub fn new(number: usize, cols: &'a Columns, cells: &'a [Value], lang: Lang) -> Row<'a> {
        Row {
            number,
            cols,
            cells,
            lang,
            errors: Vec::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the file has this column at all (an absent column keeps the
    /// stored value of a record that exists).
    pub fn has(&self, col: &str) -> bool {
        self.cols.has(col)
    }

    fn cell(&self, col: &str) -> Option<&'a Value> {
        let i = self.cols.get(col)?;
        Some(self.cells.get(i).unwrap_or(&Value::Empty))
    }

    /// Records a problem at `col`.
    pub fn fail(&mut self, col: &str, value: &str, reason: String) {
        self.errors.push(RowError {
            row: self.number,
            column: col.to_string(),
            value: shown(value),
            reason,
        });
    }

    fn reason(&mut self, col: &str, value: &str, r: Reason) {
        let text = msg::reason(self.lang, &r);
        self.fail(col, value, text);
    }

    /// The cell, refusing formulas and error cells: `None` when the column
    /// is absent or the cell could not be read.
    fn readable(&mut self, col: &str) -> Option<&'a Value> {
        let v = self.cell(col)?;
        match v {
            Value::Formula { formula } => {
                let f = format!("={formula}");
                self.reason(col, &f, Reason::Formula);
                None
            }
            Value::Error(e) => {
                let e = e.clone();
                self.reason(col, &e, Reason::ErrorCell);
                None
            }
            _ => Some(v),
        }
    }

    /// Text (trimmed; empty when the cell is). `None`: column absent.
    pub fn text(&mut self, col: &str) -> Option<String> {
        self.readable(col).map(plain_text)
    }

    /// Text that must not be empty: `None` (and an error) when it is.
    pub fn required(&mut self, col: &str) -> Option<String> {
        if !self.has(col) {
            self.reason(col, "", Reason::MissingColumn);
            return None;
        }
        let t = self.text(col)?;
        if t.is_empty() {
            self.reason(col, "", Reason::Required);
            return None;
        }
        Some(t)
    }

    /// Optional text: `Some(None)` when empty.
    pub fn opt_text(&mut self, col: &str) -> Option<Option<String>> {
        self.text(col).map(|t| (!t.is_empty()).then_some(t))
    }

    /// An identifier of digits (NIP, NIK, NI PPPK): spaces removed. A number
    /// cell, or text in Excel's scientific notation (`1.97808E+17`), is
    /// refused: Excel kept 15 digits and the rest are lost.
    pub fn digits(&mut self, col: &str) -> Option<String> {
        let v = self.readable(col)?;
        match v {
            Value::Number(n) if n.abs() >= 1e11 => {
                let shown = format!("{n:E}");
                self.reason(col, &shown, Reason::NumberLostDigits);
                None
            }
            Value::Text(s) if looks_scientific(s) => {
                let s = s.clone();
                self.reason(col, &s, Reason::NumberLostDigits);
                None
            }
            other => Some(
                plain_text(other)
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect(),
            ),
        }
    }

    /// A date as ISO text: an Excel date cell, `YYYY-MM-DD` (the export's)
    /// or `dd-mm-yyyy` (`dd/mm/yyyy`, `ddmmyyyy`) as the forms take it.
    /// `Some(None)`: empty.
    pub fn date(&mut self, col: &str) -> Option<Option<String>> {
        let v = self.readable(col)?;
        match v {
            Value::Empty => Some(None),
            Value::Date(d) => Some(Some(iso(*d))),
            Value::Number(n) => {
                // A date typed into a cell formatted as a number: Excel's
                // serial day (1900 system).
                if let Some(d) = excel_serial(*n) {
                    Some(Some(iso(d)))
                } else {
                    self.reason(col, &plain_text(v), Reason::BadDate);
                    None
                }
            }
            other => {
                let t = plain_text(other);
                if t.is_empty() {
                    return Some(None);
                }
                match parse_date(&t) {
                    Some(d) => Some(Some(iso(d))),
                    None => {
                        self.reason(col, &t, Reason::BadDate);
                        None
                    }
                }
            }
        }
    }

    /// A date that must be there.
    pub fn required_date(&mut self, col: &str) -> Option<String> {
        if !self.has(col) {
            self.reason(col, "", Reason::MissingColumn);
            return None;
        }
        match self.date(col)? {
            Some(d) => Some(d),
            None => {
                self.reason(col, "", Reason::Required);
                None
            }
        }
    }

    /// A whole number; `Some(None)` when empty.
    pub fn int(&mut self, col: &str) -> Option<Option<i64>> {
        let v = self.readable(col)?;
        match v {
            Value::Empty => Some(None),
            Value::Number(n) if n.fract() == 0.0 && n.abs() < 9e15 => Some(Some(*n as i64)),
            other => {
                let t = plain_text(other);
                if t.is_empty() {
                    return Some(None);
                }
                match t.replace('.', "").parse::<i64>() {
                    Ok(i) if !t.contains('.') || t.split('.').skip(1).all(|g| g.len() == 3) => {
                        Some(Some(i))
                    }
                    _ => {
                        self.reason(col, &t, Reason::NotWholeNumber);
                        None
                    }
                }
            }
        }
    }

    /// A number (`,` as the decimal mark is taken too); `Some(None)` when empty.
    pub fn real(&mut self, col: &str) -> Option<Option<f64>> {
        let v = self.readable(col)?;
        match v {
            Value::Empty => Some(None),
            Value::Number(n) => Some(Some(*n)),
            other => {
                let t = plain_text(other);
                if t.is_empty() {
                    return Some(None);
                }
                match t.replace(',', ".").parse::<f64>() {
                    Ok(f) if f.is_finite() => Some(Some(f)),
                    _ => {
                        self.reason(col, &t, Reason::NotNumber);
                        None
                    }
                }
            }
        }
    }

    /// Yes/no: 1/0, ya/tidak, yes/no, true/false, y/n; `Some(None)` when empty.
    pub fn flag(&mut self, col: &str) -> Option<Option<bool>> {
        let v = self.readable(col)?;
        match v {
            Value::Bool(b) => Some(Some(*b)),
            other => {
                let t = plain_text(other).to_lowercase();
                match t.as_str() {
                    "" => Some(None),
                    "1" | "ya" | "y" | "yes" | "true" | "benar" => Some(Some(true)),
                    "0" | "tidak" | "t" | "n" | "no" | "false" | "salah" => Some(Some(false)),
                    _ => {
                        self.reason(col, &t, Reason::NotYesNo);
                        None
                    }
                }
            }
        }
    }

    /// A code of a fixed list (case ignored; stored upper case as the
    /// export writes it). `codes` lists the valid ones for the message.
    pub fn code(&mut self, col: &str, codes: &[&str]) -> Option<Option<String>> {
        let t = self.text(col)?;
        if t.is_empty() {
            return Some(None);
        }
        let up = t.to_uppercase().replace([' ', '-'], "_");
        match codes.iter().find(|c| c.eq_ignore_ascii_case(&up)) {
            Some(c) => Some(Some(c.to_string())),
            None => {
                self.reason(col, &t, Reason::NotInList(codes.join(", ")));
                None
            }
        }
    }

    /// A reference to another record that was not found.
    pub fn not_found(&mut self, col: &str, value: &str) {
        self.reason(col, value, Reason::NotFound);
    }

    /// A value that must be given for a new record.
    pub fn missing_for_new(&mut self, col: &str) {
        let r = if self.has(col) {
            Reason::Required
        } else {
            Reason::MissingColumn
        };
        self.reason(col, "", r);
    }
}

/// `1.97808E+17`, `1,97808E+17`: a number Excel wrote in scientific notation.
fn looks_scientific(s: &str) -> bool {
    let s = s.trim();
    let Some(pos) = s.find(['E', 'e']) else {
        return false;
    };
    let (mantissa, exp) = s.split_at(pos);
    !mantissa.is_empty()
        && mantissa
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && exp[1..]
            .trim_start_matches(['+', '-'])
            .chars()
            .all(|c| c.is_ascii_digit())
        && exp.len() > 1
}

/// Excel's serial day number (1900 date system; 60 is the fictitious
/// 29-02-1900) as a date, for 1900…2100.
pub fn excel_serial(n: f64) -> Option<NaiveDate> {
    if !(61.0..=73_415.0).contains(&n) || n.fract() != 0.0 {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(n as u64))
}

/// `dd-mm-yyyy` of an ISO date for messages.
pub fn display_iso(s: &str) -> String {
    crate::domain::dates::parse_iso(s).map_or_else(|| s.to_string(), display)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row_of<'a>(cols: &'a Columns, cells: &'a [Value]) -> Row<'a> {
        Row::new(2, cols, cells, Lang::En)
    }

    fn t(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    #[test]
    fn headers_match_by_name_in_any_case_and_spacing() {
        let cols =
            Columns::new(&[t("\u{feff}NIP"), t(" Tanggal Lahir "), t("unit-kerja")]).unwrap();
        assert!(cols.has("nip") && cols.has("tanggal_lahir") && cols.has("unit_kerja"));
        assert_eq!(Columns::new(&[t("nip"), t("NIP")]).unwrap_err(), "nip");
    }

    #[test]
    fn dates_come_as_iso_dd_mm_yyyy_excel_dates_and_serials() {
        let cols = Columns::new(&[t("a"), t("b"), t("c"), t("d"), t("e")]).unwrap();
        let d = NaiveDate::from_ymd_opt(1980, 6, 15).unwrap();
        let cells = [
            t("1980-06-15"),
            t("15-06-1980"),
            Value::Date(d),
            Value::Number(29387.0),
            t("31-02-1980"),
        ];
        let mut r = row_of(&cols, &cells);
        for c in ["a", "b", "c", "d"] {
            assert_eq!(r.date(c), Some(Some("1980-06-15".to_string())), "{c}");
        }
        assert_eq!(r.date("e"), None);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].column, "e");
    }

    #[test]
    fn a_nip_excel_turned_into_a_number_is_refused_with_the_reason() {
        let cols = Columns::new(&[t("nip"), t("nik"), t("ok")]).unwrap();
        let cells = [
            Value::Number(1.97808e17),
            t("1.97808E+17"),
            t("19780815 200501 1 003"),
        ];
        let mut r = row_of(&cols, &cells);
        assert_eq!(r.digits("nip"), None);
        assert_eq!(r.digits("nik"), None);
        assert_eq!(r.digits("ok").as_deref(), Some("197808152005011003"));
        assert_eq!(r.errors.len(), 2);
        assert!(r.errors[0].reason.contains("digits"), "{:?}", r.errors[0]);
    }

    #[test]
    fn formulas_and_error_cells_are_refused_where_they_are_used() {
        let cols = Columns::new(&[t("a"), t("b"), t("c")]).unwrap();
        let cells = [
            Value::Formula {
                formula: "B2&C2".into(),
            },
            Value::Error("#REF!".into()),
            t("x"),
        ];
        let mut r = row_of(&cols, &cells);
        assert_eq!(r.text("a"), None);
        assert_eq!(r.text("b"), None);
        assert_eq!(r.text("c").as_deref(), Some("x"));
        assert_eq!(r.errors.len(), 2);
        assert_eq!(r.errors[0].value, "=B2&C2");
    }

    #[test]
    fn numbers_codes_and_flags() {
        let cols = Columns::new(&[t("n"), t("r"), t("c"), t("f"), t("bad")]).unwrap();
        let cells = [
            t("1.500.000"),
            t("2,5"),
            t("jf keahlian"),
            t("ya"),
            t("1.5"),
        ];
        let mut r = row_of(&cols, &cells);
        assert_eq!(r.int("n"), Some(Some(1_500_000)));
        assert_eq!(r.real("r"), Some(Some(2.5)));
        assert_eq!(
            r.code("c", &["JF_KEAHLIAN", "JF_KETERAMPILAN"]),
            Some(Some("JF_KEAHLIAN".to_string()))
        );
        assert_eq!(r.flag("f"), Some(Some(true)));
        assert_eq!(r.int("bad"), None);
        assert_eq!(r.int("absent"), None);
        assert_eq!(r.errors.len(), 1);
    }

    #[test]
    fn long_values_are_shortened_in_reports() {
        let long = "x".repeat(10_000);
        assert_eq!(shown(&long).chars().count(), 41);
    }
}
