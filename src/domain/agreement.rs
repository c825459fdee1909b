//! Validity status of an agreement, computed from its dates (contract §1.4).

use super::enums::{AgreementLifecycle, AgreementStatus};
use chrono::NaiveDate;

/// Default warning window: "akan berakhir" when at most this many days are left.
pub const DEFAULT_WARN_DAYS: i64 = 90;

/// The status an agreement has on `today`. Draft and terminated documents keep
/// their lifecycle state; otherwise the dates decide: not yet started, active,
/// ending within `warn_days` days (inclusive), or expired (the end date passed).
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
        AgreementLifecycle::Ditandatangani | AgreementLifecycle::Diperpanjang => {}
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
