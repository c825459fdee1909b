//! Evaluation periods (domain.md §3.1): a year is one annual period, or 2
//! semesters, 4 quarters, 12 months; each period runs from its first to its
//! last calendar day.

use super::enums::PeriodKind;
use chrono::{Datelike, NaiveDate};

/// The first and last day of period `no` (1-based) of `kind` in `year`;
/// None for a number outside the kind's periods.
pub fn bounds(year: i32, kind: PeriodKind, no: u32) -> Option<(NaiveDate, NaiveDate)> {
    let n = kind.periods_per_year();
    if no == 0 || no > n {
        return None;
    }
    let months = 12 / n;
    let first_month = (no - 1) * months + 1;
    let start = NaiveDate::from_ymd_opt(year, first_month, 1)?;
    let next = if first_month + months > 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, first_month + months, 1)?
    };
    Some((start, next.pred_opt()?))
}

/// The period of `kind` that holds `day`: (year, number).
pub fn containing(day: NaiveDate, kind: PeriodKind) -> (i32, u32) {
    let months = 12 / kind.periods_per_year();
    (day.year(), (day.month() - 1) / months + 1)
}

/// The period due for evaluation on `today`: the latest period of `kind`
/// that has ended on or before it (a quarter is evaluated once it is over).
pub fn due(today: NaiveDate, kind: PeriodKind) -> (i32, u32) {
    let (year, no) = containing(today, kind);
    let ends_today = bounds(year, kind, no).is_some_and(|(_, end)| end == today);
    if ends_today {
        (year, no)
    } else if no > 1 {
        (year, no - 1)
    } else {
        (year - 1, kind.periods_per_year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn bounds_of_each_kind() {
        assert_eq!(
            bounds(2026, PeriodKind::Tahunan, 1),
            Some((d(2026, 1, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            bounds(2026, PeriodKind::Semester, 2),
            Some((d(2026, 7, 1), d(2026, 12, 31)))
        );
        assert_eq!(
            bounds(2026, PeriodKind::Triwulan, 3),
            Some((d(2026, 7, 1), d(2026, 9, 30)))
        );
        assert_eq!(
            bounds(2024, PeriodKind::Bulanan, 2),
            Some((d(2024, 2, 1), d(2024, 2, 29)))
        );
        assert_eq!(bounds(2026, PeriodKind::Triwulan, 5), None);
        assert_eq!(bounds(2026, PeriodKind::Bulanan, 0), None);
    }

    #[test]
    fn the_period_due_is_the_last_one_over() {
        let q = PeriodKind::Triwulan;
        assert_eq!(containing(d(2026, 11, 28), q), (2026, 4));
        assert_eq!(due(d(2026, 11, 28), q), (2026, 3));
        assert_eq!(due(d(2026, 9, 30), q), (2026, 3));
        assert_eq!(due(d(2026, 2, 10), q), (2025, 4));
        assert_eq!(due(d(2026, 11, 28), PeriodKind::Tahunan), (2025, 1));
        assert_eq!(due(d(2026, 12, 31), PeriodKind::Tahunan), (2026, 1));
    }
}
