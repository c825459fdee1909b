//! Retirement age (BUP, domain.md §4.8) and status changes dated ahead
//! (design.md §1.4): when a pension takes effect, and which status is in
//! effect on a given day when the history holds changes that lie ahead.
//!
//! The ages themselves are data (table `batas_usia_pensiun`), never code: the
//! rules here take the age as an argument.

use super::enums::EmployeeStatus;
use chrono::{Datelike, Months, NaiveDate};

/// The day a pension takes effect for someone born on `birth` whose
/// retirement age is `bup_age`: the first day of the month after the month in
/// which the age is reached (domain.md §4.8, marked [U] there). Someone born
/// on any day of March 1968 with a BUP of 58 retires on 1 April 2026; born in
/// December, on 1 January of the next year. `None` only for dates beyond
/// chrono's range.
pub fn pension_date(birth: NaiveDate, bup_age: u32) -> Option<NaiveDate> {
    let year = birth.year().checked_add(i32::try_from(bup_age).ok()?)?;
    NaiveDate::from_ymd_opt(year, birth.month(), 1)?.checked_add_months(Months::new(1))
}

/// The last pension date the list of those retiring soon shows on `today`:
/// `months` ahead (the setting `bulan_peringatan_pensiun`, 12 by default).
pub fn retirement_horizon(today: NaiveDate, months: u32) -> NaiveDate {
    today
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The status changes of one employee, read so that a change dated ahead
/// stays scheduled until its day. This is the rule the database queries apply
/// (`db::employees::effective_status_sql`), kept here for the forms and tests.
///
/// `latest` / `latest_date` are `pegawai.status` / `tanggal_status`: the
/// status of the history row with the latest date (ties: the last recorded),
/// which may lie ahead of today. `changes` are the history rows in the order
/// they were recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusTimeline {
    pub latest: EmployeeStatus,
    pub latest_date: Option<NaiveDate>,
    pub changes: Vec<(NaiveDate, EmployeeStatus)>,
}

impl StatusTimeline {
    /// A timeline without any recorded change: `status` holds for ever.
    pub fn fixed(status: EmployeeStatus) -> StatusTimeline {
        StatusTimeline {
            latest: status,
            latest_date: None,
            changes: Vec::new(),
        }
    }

    /// The status in effect on `day`: the latest recorded status once its date
    /// has come; before that, the latest change dated on or before `day`
    /// (ties: the one recorded last), or AKTIF when every recorded change lies
    /// after `day` (people start in service).
    pub fn on(&self, day: NaiveDate) -> EmployeeStatus {
        match self.latest_date {
            Some(d) if d > day => self
                .changes
                .iter()
                .enumerate()
                .filter(|(_, (date, _))| *date <= day)
                .max_by_key(|(i, (date, _))| (*date, *i))
                .map(|(_, (_, s))| *s)
                .unwrap_or(EmployeeStatus::Aktif),
            _ => self.latest,
        }
    }

    /// The change still ahead on `today`, as (status, from): the status the
    /// history ends in and its date, when that date lies after `today` and the
    /// status differs from the one in effect (a pension scheduled by an SK
    /// issued before its date). `None` when nothing is scheduled.
    pub fn scheduled(&self, today: NaiveDate) -> Option<(EmployeeStatus, NaiveDate)> {
        let date = self.latest_date.filter(|d| *d > today)?;
        (self.latest != self.on(today)).then_some((self.latest, date))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_pension_starts_on_the_first_of_the_month_after_the_birthday() {
        assert_eq!(pension_date(d(1968, 3, 15), 58), Some(d(2026, 4, 1)));
        assert_eq!(pension_date(d(1968, 3, 1), 58), Some(d(2026, 4, 1)));
        assert_eq!(pension_date(d(1968, 3, 31), 58), Some(d(2026, 4, 1)));
        assert_eq!(pension_date(d(1966, 12, 31), 60), Some(d(2027, 1, 1)));
        assert_eq!(pension_date(d(1964, 2, 29), 58), Some(d(2022, 3, 1)));
    }

    #[test]
    fn a_scheduled_change_holds_from_its_day() {
        use EmployeeStatus::*;
        let t = StatusTimeline {
            latest: Pensiun,
            latest_date: Some(d(2030, 1, 1)),
            changes: vec![(d(2010, 3, 1), Aktif), (d(2030, 1, 1), Pensiun)],
        };
        assert_eq!(t.on(d(2029, 12, 31)), Aktif);
        assert_eq!(t.on(d(2030, 1, 1)), Pensiun);
        assert_eq!(t.scheduled(d(2026, 11, 28)), Some((Pensiun, d(2030, 1, 1))));
        assert_eq!(t.scheduled(d(2030, 1, 1)), None);
    }
}
