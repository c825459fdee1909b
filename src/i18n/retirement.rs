//! Texts of status changes dated ahead (issue 6 item 6).

use super::labels::Label;
use super::{Lang, T};
use crate::domain::dates::display;
use crate::domain::enums::EmployeeStatus;
use chrono::NaiveDate;

/// A change recorded ahead of its date, as the detail and the status form
/// show it: "pensiun per 01-01-2030" / "retires on 01-01-2030".
pub fn scheduled(lang: Lang, status: EmployeeStatus, date: NaiveDate) -> String {
    let day = display(date);
    match lang {
        Lang::Id => format!("{} per {day}", status.label(lang).to_lowercase()),
        Lang::En => match status {
            EmployeeStatus::Pensiun => format!("retires on {day}"),
            EmployeeStatus::MutasiKeluar => format!("transfers out on {day}"),
            EmployeeStatus::Berhenti => format!("leaves the service on {day}"),
            EmployeeStatus::Meninggal => format!("deceased on {day}"),
            EmployeeStatus::Cuti => format!("on leave from {day}"),
            EmployeeStatus::TugasBelajar => format!("on study assignment from {day}"),
            EmployeeStatus::DiberhentikanSementara => format!("suspended from {day}"),
            EmployeeStatus::Aktif => format!("back in service on {day}"),
        },
    }
}

/// The mark of a listed employee whose change is scheduled: "[→Pensiun]".
pub fn scheduled_mark(lang: Lang, status: EmployeeStatus) -> String {
    format!("[→{}]", status.label(lang))
}

/// After a history row dated ahead in the detail.
pub const SCHEDULED_ROW: T = T::new("(terjadwal)", "(scheduled)");
