//! Lesson hours (jam pelajaran, JP) and the yearly target (domain.md §2.1–2.2).

use super::enums::EnrollmentStatus;

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

/// How many JP are still missing to reach the target (never negative).
pub fn shortfall(jp: f64, target: f64) -> f64 {
    (target - jp).max(0.0)
}

/// Formats a JP amount without a useless ".0" (e.g. 20, 2.5).
pub fn format_jp(jp: f64) -> String {
    if (jp - jp.round()).abs() < 1e-9 {
        format!("{}", jp.round() as i64)
    } else {
        let s = format!("{jp:.2}");
        s.trim_end_matches('0').to_string()
    }
}
