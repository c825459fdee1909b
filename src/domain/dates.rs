//! Dates as people type them and as PEKA shows them (contract §1.4).

use chrono::NaiveDate;

/// What a typed date was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRead {
    /// A real calendar date.
    Date(NaiveDate),
    /// The shape of a date whose day, month and year do not exist together
    /// (31-02-2024, 00-01-2025, 01-13-2025): the parts read, for the message.
    Impossible { day: u32, month: u32, year: i32 },
    /// Not the shape of a date at all.
    Unreadable,
}

/// Reads `dd-mm-yyyy`, `dd/mm/yyyy`, `ddmmyyyy` or `yyyy-mm-dd` (surrounding
/// spaces ignored). Day and month may have one digit when separators are
/// typed (`1-4-2023`, `1/4/2023`, `2023-4-1`); the year always has four.
pub fn read_date(input: &str) -> DateRead {
    let s = input.trim();
    let num = |t: &str, len: std::ops::RangeInclusive<usize>| -> Option<u32> {
        (len.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    let parts: Option<(u32, u32, i32)> = if s.len() == 8 && s.bytes().all(|b| b.is_ascii_digit()) {
        Some((
            num(&s[0..2], 2..=2).unwrap_or(0),
            num(&s[2..4], 2..=2).unwrap_or(0),
            { num(&s[4..8], 4..=4).unwrap_or(0) as i32 },
        ))
    } else {
        let sep = if s.contains('/') { '/' } else { '-' };
        let p: Vec<&str> = s.split(sep).collect();
        match p.as_slice() {
            [y, m, d] if sep == '-' && y.len() == 4 => {
                match (num(y, 4..=4), num(m, 1..=2), num(d, 1..=2)) {
                    (Some(y), Some(m), Some(d)) => Some((d, m, y as i32)),
                    _ => None,
                }
            }
            [d, m, y] => match (num(d, 1..=2), num(m, 1..=2), num(y, 4..=4)) {
                (Some(d), Some(m), Some(y)) => Some((d, m, y as i32)),
                _ => None,
            },
            _ => None,
        }
    };
    match parts {
        None => DateRead::Unreadable,
        Some((day, month, year)) => match NaiveDate::from_ymd_opt(year, month, day) {
            Some(d) => DateRead::Date(d),
            None => DateRead::Impossible { day, month, year },
        },
    }
}

/// The date of [`read_date`], or `None` for anything else or an impossible date.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    match read_date(input) {
        DateRead::Date(d) => Some(d),
        _ => None,
    }
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
