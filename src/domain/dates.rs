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
///
/// The three forms here are read and written by hand for the usual shape
/// (four-digit year, two-digit day and month): an import reads and writes
/// several dates for each of 100,000 rows, and chrono's format strings are
/// read again at every call. Anything else goes through chrono, so the
/// results are chrono's own (tests compare them).
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    if s.len() != 10 {
        return None;
    }
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return NaiveDate::from_ymd_opt(y as i32, m, d);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// Four-digit year, month and day as two digits each, joined in `order`
/// by `-`; `None` for a year chrono writes otherwise (before 0 or after 9999).
fn numeric(d: NaiveDate, year_first: bool) -> Option<String> {
    use chrono::Datelike;
    let y = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let two = |n: u32| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
    let four = [
        b'0' + (y / 1000) as u8,
        b'0' + (y / 100 % 10) as u8,
        b'0' + (y / 10 % 10) as u8,
        b'0' + (y % 10) as u8,
    ];
    let (m, day) = (two(d.month()), two(d.day()));
    let mut out = String::with_capacity(10);
    let mut push = |part: &[u8]| part.iter().for_each(|c| out.push(char::from(*c)));
    if year_first {
        push(&four);
        push(b"-");
        push(&m);
        push(b"-");
        push(&day);
    } else {
        push(&day);
        push(b"-");
        push(&m);
        push(b"-");
        push(&four);
    }
    Some(out)
}

/// The form shown on screen: `dd-mm-yyyy`.
pub fn display(d: NaiveDate) -> String {
    numeric(d, false).unwrap_or_else(|| d.format("%d-%m-%Y").to_string())
}

/// The stored/file form: `yyyy-mm-dd`.
pub fn iso(d: NaiveDate) -> String {
    numeric(d, true).unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// Shows a stored ISO date as `dd-mm-yyyy`; anything unparsable is shown as is.
pub fn display_iso(s: &str) -> String {
    parse_iso(s).map(display).unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    /// The hand-written forms are chrono's, for every date chrono can hold
    /// (years before 0 and after 9999 included), and `parse_iso` reads
    /// every ten-character text as chrono's `%Y-%m-%d` does.
    mod same_as_chrono {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn written(days in i32::MIN..i32::MAX) {
                let d = NaiveDate::MIN + chrono::Days::new(u64::from(days.unsigned_abs()) % 7_000_000);
                prop_assert_eq!(iso(d), d.format("%Y-%m-%d").to_string());
                prop_assert_eq!(display(d), d.format("%d-%m-%Y").to_string());
            }

            #[test]
            fn read(s in "[0-9+ -]{0,2}[0-9]{1,4}-[0-9 ]{1,2}-[0-9]{1,3}|[0-9a-z+ -]{10}") {
                let chrono = if s.len() == 10 {
                    NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()
                } else {
                    None
                };
                prop_assert_eq!(parse_iso(&s), chrono, "{:?}", s);
            }
        }

        #[test]
        fn every_day_of_the_years_peka_meets() {
            let mut d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap();
            while d.year() < 2101 {
                let text = d.format("%Y-%m-%d").to_string();
                assert_eq!(iso(d), text);
                assert_eq!(parse_iso(&text), Some(d));
                assert_eq!(display(d), d.format("%d-%m-%Y").to_string());
                d = d.succ_opt().unwrap();
            }
            for s in [
                "2024-02-30",
                "2023-02-29",
                "2024-13-01",
                "2024-00-10",
                "0000-01-01",
                "9999-12-31",
            ] {
                assert_eq!(
                    parse_iso(s),
                    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
                    "{s}"
                );
            }
        }
    }
}
