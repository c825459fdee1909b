//! Texts of `peka export`: one sentence per usage or file error.

use super::{Lang, pick};
use std::path::Path;

/// ENTITY is not one of the names of the contract. `valid` lists them
/// (`pegawai|employees, …`).
pub fn unknown_entity(lang: Lang, given: &str, valid: &str) -> String {
    pick(
        lang,
        format!("Entitas '{given}' tidak dikenal; pilih salah satu: {valid}."),
        format!("Unknown entity '{given}'; choose one of: {valid}."),
    )
}

/// --format is none of csv, json, xlsx.
pub fn bad_format(lang: Lang, given: &str) -> String {
    pick(
        lang,
        format!(
            "Format '{given}' tidak dikenal; gunakan --format csv, --format json atau --format xlsx."
        ),
        format!("Unknown format '{given}'; use --format csv, --format json or --format xlsx."),
    )
}

/// --format xlsx to a terminal: the file is binary.
pub fn xlsx_needs_out(lang: Lang) -> String {
    pick(
        lang,
        "Berkas XLSX adalah biner dan tidak dapat ditampilkan di terminal; berikan --out BERKAS.xlsx (atau alihkan keluaran: > BERKAS.xlsx).".to_string(),
        "An XLSX file is binary and cannot be shown on a terminal; give --out FILE.xlsx (or redirect the output: > FILE.xlsx).".to_string(),
    )
}

/// --sep with --format xlsx: a sheet has no separator.
pub fn sep_not_for_xlsx(lang: Lang) -> String {
    pick(
        lang,
        "--sep hanya berlaku untuk CSV; lembar XLSX tidak memakai pemisah, jadi hapus --sep atau pakai --format csv.".to_string(),
        "--sep applies to CSV only; an XLSX sheet has no separator, so drop --sep or use --format csv.".to_string(),
    )
}

/// --sep is not a single usable character.
pub fn bad_sep(lang: Lang, given: &str) -> String {
    pick(
        lang,
        format!(
            "Pemisah '{given}' tidak dapat dipakai; berikan tepat satu karakter ASCII selain tanda kutip dan baris baru, mis. --sep ';', --sep '|' atau --sep tab."
        ),
        format!(
            "Separator '{given}' cannot be used; give exactly one ASCII character other than a quote or a line break, e.g. --sep ';', --sep '|' or --sep tab."
        ),
    )
}

/// --year is not a year PEKA stores.
pub fn bad_year(lang: Lang, given: &str, min: i32, max: i32) -> String {
    pick(
        lang,
        format!("Tahun '{given}' tidak sah; berikan tahun {min}–{max}, mis. --year 2024."),
        format!("Year '{given}' is not valid; give a year from {min} to {max}, e.g. --year 2024."),
    )
}

/// --year was given for an entity it does not filter. `valid` lists the
/// entities it applies to.
pub fn year_not_applicable(lang: Lang, entity: &str, valid: &str) -> String {
    pick(
        lang,
        format!("--year tidak berlaku untuk '{entity}'; hapus --year atau pakai untuk: {valid}."),
        format!("--year does not apply to '{entity}'; drop --year or use it with: {valid}."),
    )
}

/// --out names the database itself.
pub fn out_is_database(lang: Lang, out: &Path) -> String {
    pick(
        lang,
        format!(
            "Berkas keluaran {} adalah basis data itu sendiri; pilih nama berkas lain untuk --out.",
            out.display()
        ),
        format!(
            "Output file {} is the database itself; choose another file name for --out.",
            out.display()
        ),
    )
}

/// --out names a folder.
pub fn out_is_folder(lang: Lang, out: &Path) -> String {
    pick(
        lang,
        format!(
            "{} adalah folder; berikan nama berkas untuk --out, mis. pegawai.csv.",
            out.display()
        ),
        format!(
            "{} is a folder; give a file name for --out, e.g. employees.csv.",
            out.display()
        ),
    )
}

/// The output file could not be written (nothing was left behind).
pub fn write_failed(lang: Lang, out: &Path, err: &std::io::Error) -> String {
    let why = super::io::WriteCause::of(err).text(lang);
    pick(
        lang,
        format!(
            "Berkas {} tidak dapat ditulis ({why}); periksa folder dan izinnya, lalu ulangi.",
            out.display()
        ),
        format!(
            "File {} could not be written ({why}); check the folder and its permissions, then try again.",
            out.display()
        ),
    )
}

/// Standard output could not be written (other than a closed pipe).
pub fn stdout_failed(lang: Lang, err: &std::io::Error) -> String {
    let why = super::io::WriteCause::of(err).text(lang);
    pick(
        lang,
        format!("Keluaran standar tidak dapat ditulis ({why}); gunakan --out BERKAS."),
        format!("Standard output could not be written ({why}); use --out FILE."),
    )
}

/// Reading the rows failed (a damaged file or a hand-edited row).
pub fn read_failed(lang: Lang, db: &Path, entity: &str, err: &rusqlite::Error) -> String {
    let err = super::cli::sqlite_cause(lang, err);
    pick(
        lang,
        format!(
            "Data '{entity}' di {} tidak dapat dibaca ({err}); jalankan peka check {} untuk mencari barisnya.",
            db.display(),
            db.display()
        ),
        format!(
            "The '{entity}' data in {} could not be read ({err}); run peka check {} to find the row.",
            db.display(),
            db.display()
        ),
    )
}
