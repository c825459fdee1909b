//! Agreements (issue 9 item 1, domain.md §6.1): validity computed from the
//! dates, the rules tying a PKS to its MoU, and renewal.

use super::enums::{AgreementLifecycle, AgreementStatus};
use chrono::{Datelike, Months, NaiveDate};

/// Default warning window: "akan berakhir" when at most this many days are left.
pub const DEFAULT_WARN_DAYS: i64 = 90;

/// The status an agreement has on `today`. Draft, terminated and renewed
/// documents keep their lifecycle state (a renewed one is carried on by its
/// renewal, so its end is no alarm); otherwise the dates decide: not yet
/// started, active, ending within `warn_days` days (inclusive: exactly 90 days
/// left is "akan berakhir", and so is the end date itself — the document holds
/// through it), or expired from the day after the end date.
pub fn agreement_status(
    lifecycle: AgreementLifecycle,
    start: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    warn_days: i64,
) -> AgreementStatus {
    match lifecycle {
        AgreementLifecycle::Draft => return AgreementStatus::Draft,
        AgreementLifecycle::Diakhiri => return AgreementStatus::Diakhiri,
        AgreementLifecycle::Diperpanjang => return AgreementStatus::Diperpanjang,
        AgreementLifecycle::Ditandatangani => {}
    }
    if today < start {
        AgreementStatus::BelumBerlaku
    } else if today > end {
        AgreementStatus::Kedaluwarsa
    } else if (end - today).num_days() <= warn_days {
        AgreementStatus::AkanBerakhir
    } else {
        AgreementStatus::Aktif
    }
}

/// Days left until the end date (negative once expired).
pub fn days_left(end: NaiveDate, today: NaiveDate) -> i64 {
    (end - today).num_days()
}

/// Whether a status needs attention (lists mark it with a sign, not only a
/// colour).
pub fn needs_attention(s: AgreementStatus) -> bool {
    matches!(
        s,
        AgreementStatus::AkanBerakhir | AgreementStatus::Kedaluwarsa
    )
}

/// Whether an agreement (its lifecycle and dates) can carry an activity over
/// the whole period `from..=to`: signed (or renewed), and in force on every
/// day of it. A draft or a terminated agreement carries nothing.
pub fn covers(
    lifecycle: AgreementLifecycle,
    start: NaiveDate,
    end: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> bool {
    matches!(
        lifecycle,
        AgreementLifecycle::Ditandatangani | AgreementLifecycle::Diperpanjang
    ) && start <= from
        && to <= end
}

/// The dates of a renewal made from an agreement that ran `start..=end`: it
/// starts the day after the old one ends and runs as long (same number of
/// months when the old one ran whole months, else the same number of days).
pub fn renewal_dates(start: NaiveDate, end: NaiveDate) -> (NaiveDate, NaiveDate) {
    let new_start = end.succ_opt().unwrap_or(end);
    // Whole months: start 2023-02-13, end 2028-02-12 → 60 months.
    let months = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
    let whole = months > 0
        && start
            .checked_add_months(Months::new(months as u32))
            .and_then(|d| d.pred_opt())
            == Some(end);
    let new_end = if whole {
        new_start
            .checked_add_months(Months::new(months as u32))
            .and_then(|d| d.pred_opt())
    } else {
        new_start.checked_add_signed(end - start)
    };
    (new_start, new_end.unwrap_or(new_start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use AgreementLifecycle as L;
    use AgreementStatus as S;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn status_at_the_boundaries() {
        let start = d(2023, 2, 13);
        let end = d(2026, 12, 31);
        let at = |today| agreement_status(L::Ditandatangani, start, end, today, 90);
        // 91 days left: still plainly active.
        assert_eq!(at(d(2026, 10, 1)), S::Aktif);
        // Exactly 90 days left: expiring.
        assert_eq!(at(d(2026, 10, 2)), S::AkanBerakhir);
        assert_eq!(days_left(end, d(2026, 10, 2)), 90);
        // The end date itself: still in force, expiring.
        assert_eq!(at(end), S::AkanBerakhir);
        assert_eq!(days_left(end, end), 0);
        // The day after: expired.
        assert_eq!(at(d(2027, 1, 1)), S::Kedaluwarsa);
        // Before the start, and the start day itself.
        assert_eq!(at(d(2023, 2, 12)), S::BelumBerlaku);
        assert_eq!(at(start), S::Aktif);
    }

    #[test]
    fn the_threshold_is_the_setting() {
        let (start, end) = (d(2024, 1, 1), d(2026, 12, 31));
        let today = d(2026, 11, 1); // 60 days left
        assert_eq!(
            agreement_status(L::Ditandatangani, start, end, today, 90),
            S::AkanBerakhir
        );
        assert_eq!(
            agreement_status(L::Ditandatangani, start, end, today, 30),
            S::Aktif
        );
        assert_eq!(
            agreement_status(L::Ditandatangani, start, end, today, 60),
            S::AkanBerakhir
        );
    }

    #[test]
    fn lifecycle_states_are_kept_whatever_the_dates() {
        let (start, end) = (d(2020, 1, 1), d(2021, 1, 1));
        let today = d(2026, 1, 1);
        assert_eq!(agreement_status(L::Draft, start, end, today, 90), S::Draft);
        assert_eq!(
            agreement_status(L::Diakhiri, start, end, today, 90),
            S::Diakhiri
        );
        assert_eq!(
            agreement_status(L::Diperpanjang, start, end, today, 90),
            S::Diperpanjang
        );
        assert!(needs_attention(S::Kedaluwarsa) && needs_attention(S::AkanBerakhir));
        assert!(!needs_attention(S::Diperpanjang) && !needs_attention(S::Aktif));
    }

    #[test]
    fn cover_needs_every_day_of_the_period_and_a_signed_document() {
        let (start, end) = (d(2025, 1, 1), d(2025, 12, 31));
        let c = |l, from, to| covers(l, start, end, from, to);
        assert!(c(L::Ditandatangani, start, end));
        assert!(c(L::Diperpanjang, d(2025, 3, 1), d(2025, 6, 1)));
        assert!(!c(L::Ditandatangani, d(2024, 12, 31), d(2025, 3, 1)));
        assert!(!c(L::Ditandatangani, d(2025, 10, 1), d(2026, 1, 1)));
        assert!(!c(L::Draft, d(2025, 3, 1), d(2025, 6, 1)));
        assert!(!c(L::Diakhiri, d(2025, 3, 1), d(2025, 6, 1)));
    }

    #[test]
    fn a_renewal_runs_as_long_from_the_day_after() {
        // Five whole years.
        assert_eq!(
            renewal_dates(d(2023, 2, 13), d(2028, 2, 12)),
            (d(2028, 2, 13), d(2033, 2, 12))
        );
        // One calendar year.
        assert_eq!(
            renewal_dates(d(2025, 1, 1), d(2025, 12, 31)),
            (d(2026, 1, 1), d(2026, 12, 31))
        );
        // Not whole months: the same number of days.
        assert_eq!(
            renewal_dates(d(2025, 1, 10), d(2025, 3, 1)),
            (d(2025, 3, 2), d(2025, 4, 21))
        );
    }
}
