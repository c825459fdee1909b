//! Texts of Monitoring's reports on partnerships (issue 9): the sub-list
//! names, their summary lines, columns and reasons, the help's rule, and
//! the interns section of the employee detail.

use super::labels::Label;
use super::{Lang, T, pick};
use crate::domain::enums::EmployeeStatus;

// Sub-list names in the bar.
pub const BAR_COMPLIANCE: T = T::new("Kepatuhan JP", "JP compliance");
pub const BAR_DUE: T = T::new("Berakhir", "Ending");
pub const BAR_EXPIRED: T = T::new("Kedaluwarsa", "Expired");
pub const BAR_ATTENTION: T = T::new("Perhatian", "Attention");
pub const BAR_PER_UNIT: T = T::new("Per unit", "Per unit");
pub const BAR_SUGGESTIONS: T = T::new("Saran", "Suggestions");

/// The help's rules behind the partnership reports.
pub fn help_rules(lang: Lang, logbook_days: i64) -> String {
    pick(
        lang,
        format!(
            "Magang berjalan: status berjalan, atau diterima dan tanggal mulainya sudah tiba. Perlu perhatian: magang berjalan tanpa pembimbing lapangan yang masih bertugas, atau tanpa entri logbook lebih dari {logbook_days} hari (pengaturan hari_tanpa_logbook) sejak entri terakhir, atau sejak tanggal mulai bila belum ada. Tanda: ! = akan berakhir dalam batas peringatan; !! = kedaluwarsa; penuh / lebih n = magang berjalan mencapai / melampaui kapasitas unit. / menyaring juga menurut unit dan kampus."
        ),
        format!(
            "Running internship: status running, or accepted and its start date reached. Needing attention: running without a field mentor still in service, or without a logbook entry for more than {logbook_days} days (setting hari_tanpa_logbook) since the latest entry, or since the start when there is none. Marks: ! = ending within the warning window; !! = expired; full / over n = running interns reach / exceed the unit's capacity. / also filters by unit and campus."
        ),
    )
}

// Summary lines.
pub fn expired_title(lang: Lang, agreements: usize, interns: i64) -> String {
    pick(
        lang,
        format!("Kedaluwarsa, magang masih berjalan: {agreements} perjanjian · {interns} magang"),
        format!(
            "Expired, internships still running: {agreements} agreement{} · {interns} intern{}",
            if agreements == 1 { "" } else { "s" },
            if interns == 1 { "" } else { "s" },
        ),
    )
}

pub fn attention_title(
    lang: Lang,
    total: usize,
    no_mentor: usize,
    late: usize,
    days: i64,
) -> String {
    pick(
        lang,
        format!(
            "Magang perlu perhatian: {total} · tanpa pembimbing: {no_mentor} · logbook > {days} hari: {late}"
        ),
        format!(
            "Internships needing attention: {total} · no mentor: {no_mentor} · no logbook > {days} days: {late}"
        ),
    )
}

pub fn per_unit_title(lang: Lang, running: i64, planned: i64, finished: i64, year: i32) -> String {
    pick(
        lang,
        format!(
            "Magang per unit: {running} berjalan · {planned} direncanakan · {finished} selesai {year}"
        ),
        format!(
            "Interns per unit: {running} running · {planned} planned · {finished} finished in {year}"
        ),
    )
}

pub fn suggestions_title(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("Saran mahasiswa magang untuk unit: {n} umpan balik"),
        format!("Students' suggestions to host units: {n} feedback forms"),
    )
}

// Columns.
pub const COL_DAYS_OVER: T = T::new("Lewat", "Over");
pub const COL_RUNNING_N: T = T::new("Magang", "Interns");
pub const COL_STUDENTS: T = T::new("Mahasiswa", "Students");
pub const COL_STUDENT: T = T::new("Mahasiswa", "Student");
pub const COL_CAMPUS: T = T::new("Kampus", "Campus");
pub const COL_LAST_ENTRY: T = T::new("Logbook", "Logbook");
pub const COL_QUIET_DAYS: T = T::new("Hari", "Days");
pub const COL_REASON: T = T::new("Alasan", "Reason");
pub const COL_NIM: T = T::new("NIM", "NIM");
pub const COL_RUNNING: T = T::new("Berjalan", "Running");
pub const COL_PLANNED: T = T::new("Rencana", "Planned");
pub const COL_FINISHED: T = T::new("Selesai thn ini", "Done this year");
pub const COL_CAPACITY: T = T::new("Kapasitas", "Capacity");
pub const COL_PLACES_LEFT: T = T::new("Sisa", "Free");
pub const COL_DATE: T = T::new("Tanggal", "Date");
pub const COL_WORKED: T = T::new("Yang berhasil", "What worked");
pub const COL_SUGGESTION: T = T::new("Saran", "Suggestion");

// Reasons an internship needs attention.
pub const NO_MENTOR: T = T::new("tanpa pembimbing", "no mentor");

pub fn mentor_gone(lang: Lang, status: EmployeeStatus) -> String {
    pick(
        lang,
        format!("pembimbing {}", status.label(lang).to_lowercase()),
        format!("mentor {}", status.label(lang).to_lowercase()),
    )
}

pub fn logbook_over(lang: Lang, days: i64) -> String {
    pick(
        lang,
        format!("logbook > {days} hari"),
        format!("no logbook > {days} days"),
    )
}

/// A unit's places: "penuh" when running interns fill its capacity, "lebih
/// n" when they exceed it.
pub const FULL: T = T::new("penuh", "full");

pub fn over(lang: Lang, n: i64) -> String {
    pick(lang, format!("lebih {n}"), format!("over {n}"))
}

// The selected suggestion in full, under the list.
pub const WORKED_LABEL: T = T::new("Yang berhasil: ", "What worked: ");
pub const SUGGESTION_LABEL: T = T::new("Saran untuk unit: ", "Suggestion for the unit: ");

// The employee detail: interns the person mentors.
pub fn interns_heading(lang: Lang, current: usize, total: usize) -> String {
    pick(
        lang,
        format!("Magang yang dibimbing ({current} berjalan / {total} total)"),
        format!("Interns mentored ({current} current / {total} total)"),
    )
}

/// The mark of an internship running now in the detail (the others are past
/// or ahead).
pub const NOW_MARK: T = T::new("▶", "▶");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_agreement_and_one_intern_are_singular_in_english() {
        assert_eq!(
            expired_title(Lang::En, 1, 1),
            "Expired, internships still running: 1 agreement · 1 intern"
        );
        assert_eq!(
            expired_title(Lang::En, 2, 3),
            "Expired, internships still running: 2 agreements · 3 interns"
        );
        assert_eq!(
            expired_title(Lang::Id, 1, 1),
            "Kedaluwarsa, magang masih berjalan: 1 perjanjian · 1 magang"
        );
    }
}
