//! Date arithmetic the generator needs (calendar-safe: 29 February and month
//! ends are clamped, never panic).

use chrono::{Datelike, Days, Months, NaiveDate};

/// `d` plus `n` months (negative goes back); the day is clamped to the month end.
pub fn add_months(d: NaiveDate, n: i32) -> NaiveDate {
    let r = if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    };
    r.unwrap_or(d)
}

/// `d` plus `n` years.
pub fn add_years(d: NaiveDate, n: i32) -> NaiveDate {
    add_months(d, n * 12)
}

/// `d` plus `n` days (negative goes back).
pub fn add_days(d: NaiveDate, n: i64) -> NaiveDate {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    r.unwrap_or(d)
}

/// A valid date; out-of-range parts are clamped (day to the month end).
pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    let m = m.clamp(1, 12);
    let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN);
    let last = add_days(add_months(first, 1), -1).day();
    NaiveDate::from_ymd_opt(y, m, d.clamp(1, last)).unwrap_or(first)
}

/// First day of `d`'s month.
pub fn month_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), d.month(), 1)
}

/// Whole years from `from` to `to` (age-style, never negative).
pub fn years_between(from: NaiveDate, to: NaiveDate) -> i32 {
    if to < from {
        return 0;
    }
    let mut y = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        y -= 1;
    }
    y.max(0)
}

/// Days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// The Monday on or after `d` (courses start on a weekday).
pub fn next_monday(d: NaiveDate) -> NaiveDate {
    let back = d.weekday().num_days_from_monday();
    if back == 0 {
        d
    } else {
        add_days(d, i64::from(7 - back))
    }
}

/// The latest promotion period (1 April or 1 October) on or before `d`.
pub fn promotion_period_on_or_before(d: NaiveDate) -> NaiveDate {
    let y = d.year();
    if d >= ymd(y, 10, 1) {
        ymd(y, 10, 1)
    } else if d >= ymd(y, 4, 1) {
        ymd(y, 4, 1)
    } else {
        ymd(y - 1, 10, 1)
    }
}

/// The first promotion period (1 April or 1 October) on or after `d`.
pub fn promotion_period_on_or_after(d: NaiveDate) -> NaiveDate {
    let p = promotion_period_on_or_before(d);
    if p == d { p } else { add_months(p, 6) }
}

/// Last day of the quarter `q` (1–4) of `year`.
pub fn quarter_end(year: i32, q: u32) -> NaiveDate {
    add_days(add_months(ymd(year, q * 3, 1), 1), -1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_days_and_month_ends_are_clamped() {
        assert_eq!(add_years(ymd(2000, 2, 29), 1), ymd(2001, 2, 28));
        assert_eq!(add_months(ymd(2025, 1, 31), 1), ymd(2025, 2, 28));
        assert_eq!(ymd(2025, 2, 31), ymd(2025, 2, 28));
        assert_eq!(years_between(ymd(1990, 12, 1), ymd(2026, 11, 28)), 35);
        assert_eq!(next_monday(ymd(2026, 11, 28)), ymd(2026, 11, 30));
        assert_eq!(
            promotion_period_on_or_before(ymd(2026, 3, 31)),
            ymd(2025, 10, 1)
        );
        assert_eq!(
            promotion_period_on_or_after(ymd(2026, 4, 2)),
            ymd(2026, 10, 1)
        );
        assert_eq!(quarter_end(2026, 3), ymd(2026, 9, 30));
        assert_eq!(quarter_end(2026, 4), ymd(2026, 12, 31));
    }
}
