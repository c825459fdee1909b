//! Texts of status changes dated ahead and of the list of employees reaching
//! their retirement age (BUP) soon (issue 6 item 6).

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

/// Name of the sub-list in tab 1 (short: it shares one line with four others).
pub const SUB_RETIRING: T = T::new("Pensiun", "Retiring");
/// Short names of the tab-1 sub-lists, used when the full names do not fit.
pub const SUB_SHORT_DICTIONARY: T = T::new("Kamus", "Dictionary");
pub const SUB_SHORT_STANDARDS: T = T::new("Standar", "Standards");

/// The line above the list: which pension dates it holds.
pub fn caption(lang: Lang, horizon: NaiveDate, months: u32) -> String {
    let day = display(horizon);
    match lang {
        Lang::Id => {
            format!("Pegawai aktif mencapai BUP: TMT pensiun s.d. {day} ({months} bulan ke depan)")
        }
        Lang::En => {
            format!("In service and reaching BUP: pension date by {day} (next {months} months)")
        }
    }
}

pub const COL_BIRTH: T = T::new("Lahir", "Born");
pub const COL_KIND: T = T::new("Jenis jabatan", "Kind of position");
pub const COL_BUP: T = T::new("BUP", "BUP");
pub const COL_PENSION: T = T::new("TMT pensiun", "Pension");
pub const COL_RECORDED: T = T::new("Dicatat", "Recorded");

/// The state of a row: the pension (or another leaving change) is recorded
/// ahead, not yet, or the date has passed with the employee still in service.
pub const STATE_SCHEDULED: T = T::new("terjadwal", "scheduled");
pub const STATE_NOT_YET: T = T::new("belum", "not yet");
pub const STATE_OVERDUE: T = T::new("lewat!", "overdue!");

/// Keys of the list (footer and help).
pub const DO_RECORD_PENSION: T = T::new("catat pensiun", "record pension");
pub const DO_RECORD_PENSION_LONG: T = T::new(
    "catat pensiun pegawai terpilih sebelum tanggalnya: formulir status terisi Pensiun dan TMT pensiun",
    "record the selected employee's pension ahead: the status form opens with Retired and the pension date",
);

/// `s` on a row whose pension is already recorded.
pub fn already_scheduled(lang: Lang, status: EmployeeStatus, date: NaiveDate) -> String {
    match lang {
        Lang::Id => format!(
            "Sudah tercatat: {}. Formulir dibuka untuk perubahan lain.",
            scheduled(lang, status, date)
        ),
        Lang::En => format!(
            "Already recorded: {}. The form opens for another change.",
            scheduled(lang, status, date)
        ),
    }
}
