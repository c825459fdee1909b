//! Lesson hours (jam pelajaran, JP) and the yearly target (domain.md §2.1–2.2).
//!
//! The rule: JP are credited only for completed participation (LULUS or
//! SELESAI) in a training that has ended — its end date is on or before the
//! reference date and it ran (BERJALAN or SELESAI; not planned, open for
//! registration or cancelled) — and they count in the year the training
//! ended, so a training spanning New Year counts in its second year. A
//! non-klasikal activity may be measured in minutes; its JP then follow from
//! the `menit_per_jp` setting. The yearly target is set per kind of ASN.

use super::enums::{AsnKind, EnrollmentStatus, TrainingStatus};
use chrono::NaiveDate;

/// Default minutes per JP (a convention; the database setting wins).
pub const DEFAULT_MINUTES_PER_JP: u32 = 45;
/// Default yearly target (PP 11/2017 art. 203(4)); the database setting wins.
pub const DEFAULT_TARGET_JP: f64 = 20.0;

/// JP credited for one participation: the activity's JP, only when the
/// participation is completed (LULUS or SELESAI); zero otherwise.
pub fn credited_jp(status: EnrollmentStatus, activity_jp: f64) -> f64 {
    if status.is_completed() && activity_jp.is_finite() && activity_jp > 0.0 {
        activity_jp
    } else {
        0.0
    }
}

/// JP for a duration in minutes, rounded to two decimals.
pub fn jp_from_minutes(minutes: u32, minutes_per_jp: u32) -> f64 {
    if minutes_per_jp == 0 {
        return 0.0;
    }
    (minutes as f64 / minutes_per_jp as f64 * 100.0).round() / 100.0
}

/// The JP of an activity: from its duration in minutes when it has one (a
/// non-klasikal activity measured in minutes), by the `menit_per_jp`
/// setting; otherwise the JP stored with it.
pub fn activity_jp(jp: f64, minutes: Option<u32>, minutes_per_jp: u32) -> f64 {
    match minutes {
        Some(m) if m > 0 => jp_from_minutes(m, minutes_per_jp),
        _ => jp,
    }
}

/// Training statuses whose participants may hold credited JP (once the end
/// date has come): the training ran. RENCANA and PENDAFTARAN have not
/// started, BATAL never took place.
pub fn status_can_credit(status: TrainingStatus) -> bool {
    matches!(status, TrainingStatus::Berjalan | TrainingStatus::Selesai)
}

/// What the JP rule needs to know of one training.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Activity {
    pub status: TrainingStatus,
    /// Last day (`tanggal_selesai`).
    pub end: NaiveDate,
    /// `jumlah_jp`.
    pub jp: f64,
    /// `durasi_menit`, for an activity measured in minutes.
    pub minutes: Option<u32>,
}

impl Activity {
    /// The activity's JP under the `menit_per_jp` setting.
    pub fn jp(&self, minutes_per_jp: u32) -> f64 {
        activity_jp(self.jp, self.minutes, minutes_per_jp)
    }

    /// Has the training ended, not cancelled, on `today` (the reference
    /// date)? Only then may its participants hold credited JP.
    pub fn has_ended(&self, today: NaiveDate) -> bool {
        status_can_credit(self.status) && self.end <= today
    }

    /// JP credited to a participant with `status` on `today`: the
    /// activity's JP for completed participation in an ended training, zero
    /// otherwise. The default of the JP typed in a results row.
    pub fn credit(&self, status: EnrollmentStatus, today: NaiveDate, minutes_per_jp: u32) -> f64 {
        if self.has_ended(today) {
            credited_jp(status, self.jp(minutes_per_jp))
        } else {
            0.0
        }
    }

    /// The calendar year the credit counts in: the year the training ended.
    pub fn credit_year(&self) -> i32 {
        chrono::Datelike::year(&self.end)
    }
}

/// The key of the yearly target of one kind of ASN in `pengaturan`
/// (`target_jp_pns`, …); a missing or unreadable key falls back to
/// `target_jp_tahunan`.
pub fn target_key(kind: AsnKind) -> &'static str {
    match kind {
        AsnKind::Pns => "target_jp_pns",
        AsnKind::Cpns => "target_jp_cpns",
        AsnKind::Pppk => "target_jp_pppk",
        AsnKind::PppkParuhWaktu => "target_jp_pppk_paruh_waktu",
    }
}

/// The yearly JP target of each kind of ASN (domain.md §2.1: 20 JP for PNS;
/// whether it applies to PPPK is left open, so each kind has its own).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JpTargets {
    by_kind: [f64; 4],
}

impl Default for JpTargets {
    fn default() -> Self {
        JpTargets::uniform(DEFAULT_TARGET_JP)
    }
}

impl JpTargets {
    /// The same target for every kind.
    pub const fn uniform(target: f64) -> JpTargets {
        JpTargets {
            by_kind: [target; 4],
        }
    }

    fn index(kind: AsnKind) -> usize {
        match kind {
            AsnKind::Pns => 0,
            AsnKind::Cpns => 1,
            AsnKind::Pppk => 2,
            AsnKind::PppkParuhWaktu => 3,
        }
    }

    /// The target of a person of this kind.
    pub fn of(&self, kind: AsnKind) -> f64 {
        self.by_kind[Self::index(kind)]
    }

    /// Sets the target of one kind.
    pub fn set(&mut self, kind: AsnKind, target: f64) {
        self.by_kind[Self::index(kind)] = target;
    }

    /// A copy with the target of `kind` set.
    pub fn with(mut self, kind: AsnKind, target: f64) -> JpTargets {
        self.set(kind, target);
        self
    }

    /// The one target when every kind has the same, else `None`.
    pub fn common(&self) -> Option<f64> {
        let first = self.by_kind[0];
        self.by_kind.iter().all(|t| *t == first).then_some(first)
    }
}

/// Tolerance for comparing sums of decimal JP with a target.
pub const JP_EPSILON: f64 = 1e-9;

/// Does `jp` reach `target`? (Float noise such as 19.999999… counts as 20.)
pub fn meets_target(jp: f64, target: f64) -> bool {
    jp >= target - JP_EPSILON
}

/// How many JP are still missing to reach the target (never negative; float
/// noise is no shortfall).
pub fn shortfall(jp: f64, target: f64) -> f64 {
    if meets_target(jp, target) {
        0.0
    } else {
        target - jp
    }
}

/// Formats a JP amount without a useless ".0" (e.g. 20, 2.5).
pub fn format_jp(jp: f64) -> String {
    if (jp - jp.round()).abs() < 1e-9 {
        format!("{}", jp.round() as i64)
    } else {
        // 96.003 rounds to "96.00": without its zeros and then its point.
        let s = format!("{jp:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jp_are_written_without_useless_zeros_or_a_bare_point() {
        assert_eq!(format_jp(20.0), "20");
        assert_eq!(format_jp(2.5), "2.5");
        assert_eq!(format_jp(1.33), "1.33");
        // Within half a hundredth of a whole number (a credit typed with
        // three decimals): the whole number, not "96.".
        assert_eq!(format_jp(96.003), "96");
        assert_eq!(format_jp(0.001), "0");
    }
}
