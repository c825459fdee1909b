//! Texts of `peka seed`: refusals (one sentence each) and the summary line.

use super::{Lang, pick};
use std::path::Path;

/// OUT already exists: never overwrite a user's database.
pub fn out_exists(lang: Lang, path: &Path) -> String {
    pick(
        lang,
        format!(
            "Berkas {} sudah ada; peka seed tidak pernah menimpa basis data, jadi hapus berkas itu dulu atau pilih nama lain.",
            path.display()
        ),
        format!(
            "File {} already exists; peka seed never overwrites a database, so delete that file first or choose another name.",
            path.display()
        ),
    )
}

/// `--as-of` is not a date (or out of the supported years).
pub fn bad_as_of(lang: Lang, value: &str, min_year: i32, max_year: i32) -> String {
    pick(
        lang,
        format!(
            "Tanggal acuan '{value}' tidak valid; tulis --as-of sebagai YYYY-MM-DD antara tahun {min_year} dan {max_year}, misalnya 2026-11-28."
        ),
        format!(
            "Reference date '{value}' is not valid; write --as-of as YYYY-MM-DD between the years {min_year} and {max_year}, e.g. 2026-11-28."
        ),
    )
}

/// `--employees` outside the supported range.
pub fn bad_employees(lang: Lang, value: usize, min: usize, max: usize) -> String {
    pick(
        lang,
        format!(
            "Jumlah pegawai {value} tidak dapat dibuat; pilih --employees antara {min} dan {max} (bawaan 1500)."
        ),
        format!(
            "Cannot generate {value} employees; choose --employees between {min} and {max} (default 1500)."
        ),
    )
}

/// Writing failed after the file was created; the partial file was removed.
pub fn write_failed(lang: Lang, path: &Path, err: &str) -> String {
    pick(
        lang,
        format!(
            "Data contoh tidak dapat ditulis ke {} ({err}); berkas yang belum selesai sudah dihapus, periksa ruang disk dan izin folder lalu coba lagi.",
            path.display()
        ),
        format!(
            "Demo data could not be written to {} ({err}); the unfinished file was removed, check disk space and folder permissions and try again.",
            path.display()
        ),
    )
}

/// What was written, one line.
pub struct SeedSummary<'a> {
    pub path: &'a Path,
    pub as_of: &'a str,
    pub seed: u64,
    pub employees: usize,
    pub units: usize,
    pub competencies: usize,
    pub assessments: usize,
    pub trainings: usize,
    pub enrollments: usize,
    pub evaluations: usize,
    pub follow_ups: usize,
    pub partners: usize,
    pub agreements: usize,
    pub interns: usize,
    pub millis: u128,
}

/// The one-line summary printed to stderr after seeding.
pub fn summary(lang: Lang, s: &SeedSummary) -> String {
    pick(
        lang,
        format!(
            "{} dibuat (tanggal acuan {}, seed {}): {} pegawai, {} unit kerja, {} kompetensi, {} penilaian, {} pelatihan, {} peserta, {} evaluasi, {} monitoring, {} mitra, {} perjanjian, {} magang, dalam {} ms.",
            s.path.display(),
            s.as_of,
            s.seed,
            s.employees,
            s.units,
            s.competencies,
            s.assessments,
            s.trainings,
            s.enrollments,
            s.evaluations,
            s.follow_ups,
            s.partners,
            s.agreements,
            s.interns,
            s.millis
        ),
        format!(
            "{} written (reference date {}, seed {}): {} employees, {} units, {} competencies, {} assessments, {} trainings, {} enrollments, {} evaluations, {} follow-ups, {} partners, {} agreements, {} interns, in {} ms.",
            s.path.display(),
            s.as_of,
            s.seed,
            s.employees,
            s.units,
            s.competencies,
            s.assessments,
            s.trainings,
            s.enrollments,
            s.evaluations,
            s.follow_ups,
            s.partners,
            s.agreements,
            s.interns,
            s.millis
        ),
    )
}
