//! Dates as people type them and as PEKA shows them (contract §1.4).

use chrono::NaiveDate;

/// Parses `dd-mm-yyyy`, `dd/mm/yyyy`, `ddmmyyyy` or `yyyy-mm-dd` (surrounding
/// spaces ignored). Returns `None` for anything else or an impossible date.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let s = input.trim();
    if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(s, "%d%m%Y").ok();
    }
    if s.len() != 10 || !s.is_ascii() {
        return None;
    }
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10) {
        return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    }
    if (b[2] == b'-' || b[2] == b'/')
        && b[5] == b[2]
        && digits(0..2)
        && digits(3..5)
        && digits(6..10)
    {
        let fmt = if b[2] == b'-' { "%d-%m-%Y" } else { "%d/%m/%Y" };
        return NaiveDate::parse_from_str(s, fmt).ok();
    }
    None
}

/// Parses the ISO form stored in the database and in files.
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The form shown on screen: `dd-mm-yyyy`.
pub fn display(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

/// The stored/file form: `yyyy-mm-dd`.
pub fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Shows a stored ISO date as `dd-mm-yyyy`; anything unparsable is shown as is.
pub fn display_iso(s: &str) -> String {
    parse_iso(s).map(display).unwrap_or_else(|| s.to_string())
}
