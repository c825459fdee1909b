//! Texts of `peka import`: why a cell was refused, why a file could not be
//! read, the report's lines and its summary.

use super::{Lang, pick};
use crate::import::sheet::SheetError;
use std::path::Path;

/// Why one cell was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    MissingColumn,
    Required,
    BadDate,
    NotWholeNumber,
    NotNumber,
    NotYesNo,
    /// The valid codes, joined.
    NotInList(String),
    NotFound,
    NumberLostDigits,
    Formula,
    ErrorCell,
    /// The same key twice in the file; the row it first appeared on.
    DuplicateInFile(usize),
}

pub fn reason(lang: Lang, r: &Reason) -> String {
    match r {
        Reason::MissingColumn => pick(
            lang,
            "kolom ini tidak ada di berkas, padahal wajib".into(),
            "the file has no such column and it is required".into(),
        ),
        Reason::Required => pick(lang, "wajib diisi".into(), "required".into()),
        Reason::BadDate => pick(
            lang,
            "bukan tanggal; tulis YYYY-MM-DD atau dd-mm-yyyy, atau pakai sel tanggal Excel".into(),
            "not a date; write YYYY-MM-DD or dd-mm-yyyy, or use an Excel date cell".into(),
        ),
        Reason::NotWholeNumber => pick(
            lang,
            "bukan bilangan bulat".into(),
            "not a whole number".into(),
        ),
        Reason::NotNumber => pick(lang, "bukan angka".into(), "not a number".into()),
        Reason::NotYesNo => pick(
            lang,
            "tulis 1/0 atau ya/tidak".into(),
            "write 1/0 or yes/no".into(),
        ),
        Reason::NotInList(codes) => pick(
            lang,
            format!("kode tidak dikenal; pilih salah satu: {codes}"),
            format!("unknown code; choose one of: {codes}"),
        ),
        Reason::NotFound => pick(
            lang,
            "tidak ditemukan di basis data; impor atau tambahkan dulu".into(),
            "not found in the database; import or add it first".into(),
        ),
        Reason::NumberLostDigits => pick(
            lang,
            "Excel menyimpan nomor ini sebagai angka dan hanya menjaga 15 digit, sehingga digit terakhirnya hilang; format kolom sebagai Teks lalu ketik ulang nomornya (atau ekspor dari PEKA dalam XLSX)".into(),
            "Excel stored this number as a number and keeps only 15 digits, so its last digits are lost; format the column as Text and type the numbers again (or export from PEKA as XLSX)".into(),
        ),
        Reason::Formula => pick(
            lang,
            "sel berisi rumus; salin kolomnya lalu tempel sebagai nilai (Paste Values)".into(),
            "the cell holds a formula; copy the column and paste it as values".into(),
        ),
        Reason::ErrorCell => pick(
            lang,
            "sel berisi galat Excel".into(),
            "the cell holds an Excel error".into(),
        ),
        Reason::DuplicateInFile(first) => pick(
            lang,
            format!("sudah ada di baris {first} berkas ini"),
            format!("already in row {first} of this file"),
        ),
    }
}

/// ENTITY cannot be imported (a report such as rekap-jp, or unknown).
pub fn not_importable(lang: Lang, given: &str, valid: &str) -> String {
    pick(
        lang,
        format!("Entitas '{given}' tidak dapat diimpor; pilih salah satu: {valid}."),
        format!("Entity '{given}' cannot be imported; choose one of: {valid}."),
    )
}

/// The file could not be read at all.
pub fn sheet_error(lang: Lang, file: &Path, e: &SheetError) -> String {
    let f = file.display();
    match e {
        SheetError::Io(d) => pick(
            lang,
            format!("Berkas {f} tidak dapat dibaca ({d}); periksa nama dan izinnya."),
            format!("Cannot read {f} ({d}); check its name and permissions."),
        ),
        SheetError::UnknownFormat { extension } => pick(
            lang,
            format!(
                "Berkas {f} (.{extension}) bukan CSV atau XLSX; simpan dari Excel sebagai \"Excel Workbook (.xlsx)\" atau \"CSV UTF-8\"."
            ),
            format!(
                "{f} (.{extension}) is neither CSV nor XLSX; save it from Excel as \"Excel Workbook (.xlsx)\" or \"CSV UTF-8\"."
            ),
        ),
        SheetError::Workbook(d) => pick(
            lang,
            format!(
                "Berkas {f} bukan buku kerja XLSX yang dapat dibaca ({d}); buka di Excel dan simpan ulang sebagai .xlsx."
            ),
            format!(
                "{f} is not a readable XLSX workbook ({d}); open it in Excel and save it again as .xlsx."
            ),
        ),
        SheetError::NoSuchSheet { name, sheets } => pick(
            lang,
            format!(
                "Berkas {f} tidak punya lembar '{name}'; lembar yang ada: {}.",
                sheets.join(", ")
            ),
            format!(
                "{f} has no sheet '{name}'; its sheets are: {}.",
                sheets.join(", ")
            ),
        ),
        SheetError::Merged { range } => pick(
            lang,
            format!(
                "Lembar di {f} punya sel gabungan ({range}); pisahkan sel (Unmerge) agar setiap baris satu data, lalu impor lagi."
            ),
            format!(
                "The sheet in {f} has merged cells ({range}); unmerge them so each row is one record, then import again."
            ),
        ),
        SheetError::Empty => pick(
            lang,
            format!("Berkas {f} kosong: tidak ada baris judul kolom."),
            format!("{f} is empty: it has no header row."),
        ),
        SheetError::Csv { row, detail } => pick(
            lang,
            format!(
                "Baris {row} berkas {f} tidak dapat dibaca sebagai CSV ({detail}); periksa tanda kutipnya."
            ),
            format!("Row {row} of {f} cannot be read as CSV ({detail}); check its quotes."),
        ),
        SheetError::BeyondSheet { cell } => pick(
            lang,
            format!(
                "Berkas {f} menyebut sel {cell}, di luar sel terakhir yang dapat dimiliki lembar (XFD1048576): berkasnya rusak; buka di Excel dan simpan ulang sebagai .xlsx."
            ),
            format!(
                "{f} names cell {cell}, beyond the last cell a sheet can have (XFD1048576): the file is damaged; open it in Excel and save it again as .xlsx."
            ),
        ),
        SheetError::SheetForCsv => pick(
            lang,
            format!("Berkas {f} adalah CSV dan tidak punya lembar; hapus --sheet."),
            format!("{f} is a CSV file and has no sheets; leave out --sheet."),
        ),
    }
}

/// A column named twice in the header.
pub fn duplicate_column(lang: Lang, file: &Path, name: &str) -> String {
    pick(
        lang,
        format!(
            "Kolom '{name}' muncul dua kali di baris judul {}; hapus salah satu.",
            file.display()
        ),
        format!(
            "Column '{name}' appears twice in the header of {}; remove one.",
            file.display()
        ),
    )
}

/// The header lacks the columns that identify a record.
pub fn missing_columns(lang: Lang, file: &Path, missing: &[&str], entity: &str) -> String {
    pick(
        lang,
        format!(
            "Baris judul {} tidak punya kolom wajib {} untuk {entity}; pakai nama kolom hasil `peka export` (urutan bebas).",
            file.display(),
            missing.join(", ")
        ),
        format!(
            "The header of {} lacks the required column(s) {} for {entity}; use the column names of `peka export` (any order).",
            file.display(),
            missing.join(", ")
        ),
    )
}

/// Columns the import does not read.
pub fn ignored_columns(lang: Lang, names: &[String]) -> String {
    pick(
        lang,
        format!("Kolom diabaikan (tidak dibaca): {}.", names.join(", ")),
        format!("Columns ignored (not read): {}.", names.join(", ")),
    )
}

/// One problem line of the report.
pub fn error_line(lang: Lang, e: &crate::import::row::RowError) -> String {
    let value = if e.value.is_empty() {
        String::new()
    } else {
        format!(" \"{}\"", e.value)
    };
    pick(
        lang,
        format!("baris {}, kolom {}{value}: {}", e.row, e.column, e.reason),
        format!("row {}, column {}{value}: {}", e.row, e.column, e.reason),
    )
}

/// More problems than were listed.
pub fn more_errors(lang: Lang, n: usize) -> String {
    pick(
        lang,
        format!("… dan {n} masalah lain."),
        format!("… and {n} more problems."),
    )
}

/// Nothing was written because of problems.
pub fn rejected(lang: Lang, problems: usize, rows: usize) -> String {
    pick(
        lang,
        format!(
            "Impor ditolak: {problems} masalah di {rows} baris; tidak ada yang disimpan. Perbaiki berkasnya lalu impor lagi."
        ),
        format!(
            "Import refused: {problems} problem(s) in {rows} row(s); nothing was saved. Fix the file and import again."
        ),
    )
}

/// The counts of a clean import.
pub fn summary(
    lang: Lang,
    dry_run: bool,
    rows: usize,
    added: usize,
    changed: usize,
    unchanged: usize,
) -> String {
    if dry_run {
        pick(
            lang,
            format!(
                "Uji coba (--dry-run): {rows} baris sah; akan ditambah {added}, diubah {changed}, tetap {unchanged}. Tidak ada yang disimpan."
            ),
            format!(
                "Dry run: {rows} valid row(s); would add {added}, change {changed}, leave {unchanged} unchanged. Nothing was saved."
            ),
        )
    } else {
        pick(
            lang,
            format!(
                "Impor selesai: {rows} baris; ditambah {added}, diubah {changed}, tetap {unchanged}."
            ),
            format!(
                "Import done: {rows} row(s); added {added}, changed {changed}, unchanged {unchanged}."
            ),
        )
    }
}

/// Progress on stderr for large files.
pub fn progress(lang: Lang, rows: usize) -> String {
    pick(
        lang,
        format!("… {rows} baris dibaca"),
        format!("… {rows} rows read"),
    )
}

/// The database refused the write as a whole (busy, disk full…).
pub fn write_failed(lang: Lang, detail: &str) -> String {
    pick(
        lang,
        format!("Impor gagal disimpan, tidak ada yang berubah: {detail}"),
        format!("The import could not be saved, nothing changed: {detail}"),
    )
}

/// Several units carry the name; the code says which.
pub fn ambiguous_unit(lang: Lang, has_code_column: bool) -> String {
    if has_code_column {
        pick(
            lang,
            "beberapa unit bernama ini; isi kolom kode_unit".into(),
            "several units have this name; fill in kode_unit".into(),
        )
    } else {
        pick(
            lang,
            "beberapa unit bernama ini; tulis nama lengkapnya yang unik".into(),
            "several units have this name; write its full, unique name".into(),
        )
    }
}

/// The note on a status change an import recorded.
pub fn status_note(lang: Lang) -> String {
    pick(
        lang,
        "dari impor berkas".into(),
        "from a file import".into(),
    )
}

/// The header line of the problem list.
pub fn problems_heading(lang: Lang) -> String {
    pick(lang, "Masalah:".into(), "Problems:".into())
}
