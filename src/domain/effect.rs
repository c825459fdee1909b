//! The effect of a training on work (domain.md §7, Kirkpatrick level 3–4;
//! §10.12 "link to the next periodic SKP predicate"): a participant's
//! predicate in the last evaluation period that ended before the training
//! started, against the one of the first period that ended after it ended.

use super::enums::{PeriodKind, Predicate};
use super::period::bounds;
use chrono::NaiveDate;
use std::cmp::Ordering;

/// One evaluation: its period and the predicate it gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rated {
    pub year: i32,
    pub kind: PeriodKind,
    pub no: u32,
    pub predicate: Predicate,
}

impl Rated {
    /// The last day of its period (None for a period number out of range).
    pub fn end(&self) -> Option<NaiveDate> {
        bounds(self.year, self.kind, self.no).map(|(_, end)| end)
    }
}

/// How the predicate moved from before a training to after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Change {
    Better,
    Same,
    Worse,
}

/// Position of a predicate from the best (0, Sangat Baik) to the worst (4,
/// Sangat Kurang): the order of the regulation's list (domain.md §3.2).
fn standing(p: Predicate) -> usize {
    Predicate::ALL.iter().position(|x| *x == p).unwrap_or(0)
}

/// `after` against `before`.
pub fn change(before: Predicate, after: Predicate) -> Change {
    match standing(after).cmp(&standing(before)) {
        Ordering::Less => Change::Better,
        Ordering::Equal => Change::Same,
        Ordering::Greater => Change::Worse,
    }
}

/// Of two periods ending the same day, the shorter one is closer to the
/// training (the fourth quarter before the annual evaluation).
fn shorter_first(a: &Rated, b: &Rated) -> Ordering {
    b.kind.periods_per_year().cmp(&a.kind.periods_per_year())
}

/// The evaluation of the last period that ended before `start` (the
/// training's first day): the latest end, on a tie the shorter period.
pub fn before(evaluations: &[Rated], start: NaiveDate) -> Option<Rated> {
    evaluations
        .iter()
        .filter_map(|r| r.end().filter(|e| *e < start).map(|e| (e, r)))
        .max_by(|(ea, a), (eb, b)| ea.cmp(eb).then(shorter_first(b, a)))
        .map(|(_, r)| *r)
}

/// The evaluation of the first period that ended after `end` (the
/// training's last day): the earliest end, on a tie the shorter period.
pub fn after(evaluations: &[Rated], end: NaiveDate) -> Option<Rated> {
    evaluations
        .iter()
        .filter_map(|r| r.end().filter(|e| *e > end).map(|e| (e, r)))
        .min_by(|(ea, a), (eb, b)| ea.cmp(eb).then(shorter_first(a, b)))
        .map(|(_, r)| *r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PeriodKind::*;
    use Predicate::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn r(year: i32, kind: PeriodKind, no: u32, predicate: Predicate) -> Rated {
        Rated {
            year,
            kind,
            no,
            predicate,
        }
    }

    #[test]
    fn better_is_up_the_regulations_list() {
        assert_eq!(change(Baik, SangatBaik), Change::Better);
        assert_eq!(change(Baik, Baik), Change::Same);
        assert_eq!(change(Baik, ButuhPerbaikan), Change::Worse);
        assert_eq!(change(KurangMisconduct, ButuhPerbaikan), Change::Better);
        assert_eq!(change(SangatBaik, SangatKurang), Change::Worse);
    }

    #[test]
    fn the_periods_around_a_training() {
        let evals = [
            r(2025, Tahunan, 1, Baik),
            r(2025, Triwulan, 4, ButuhPerbaikan),
            r(2026, Triwulan, 1, Baik),
            r(2026, Triwulan, 2, SangatBaik),
            r(2026, Triwulan, 3, Baik),
        ];
        // A training in February 2026: before it, Q4 2025 and the year 2025
        // both end on 31-12-2025 — the quarter is nearer; after it, Q1 2026.
        let b = before(&evals, d(2026, 2, 2)).unwrap();
        assert_eq!((b.kind, b.no, b.predicate), (Triwulan, 4, ButuhPerbaikan));
        let a = after(&evals, d(2026, 2, 6)).unwrap();
        assert_eq!((a.year, a.kind, a.no), (2026, Triwulan, 1));
        // A training ending on the last day of a quarter: that quarter is not
        // "after" it.
        let a = after(&evals, d(2026, 6, 30)).unwrap();
        assert_eq!((a.kind, a.no), (Triwulan, 3));
        // Nothing after the last evaluation, nothing before the first.
        assert_eq!(after(&evals, d(2026, 9, 30)), None);
        assert_eq!(before(&evals, d(2025, 12, 31)), None);
        // Only the annual evaluations: the year before, the year it ended.
        let annual = [r(2024, Tahunan, 1, Baik), r(2025, Tahunan, 1, SangatBaik)];
        assert_eq!(before(&annual, d(2025, 3, 1)).unwrap().year, 2024);
        assert_eq!(after(&annual, d(2025, 3, 10)).unwrap().year, 2025);
    }
}
