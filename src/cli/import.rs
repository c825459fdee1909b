//! `peka import DB ENTITY FILE [--dry-run] [--sheet NAME]`
//!
//! Reads FILE (CSV or XLSX) with `import`, prints each problem on stdout as
//! "row, column, value: reason" (the first 50, then a count) and the
//! summary on stderr. Exit 0 when the rows were saved (or would be, with
//! `--dry-run`), 1 when any row has a problem (nothing is saved), 2 when the
//! database or the file cannot be opened or read. Progress goes to stderr
//! every 10,000 rows.

use super::export::Entity;
use crate::db::{OpenMode, open};
use crate::i18n::{Lang, cli, cli_import as msg};
use crate::import::{self, ImportError, Options, kinds};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Database file (created when missing, unless --dry-run)
    pub db: PathBuf,
    /// What FILE holds: unit-kerja|units, pegawai|employees, standar-kompetensi|standards,
    /// penilaian|assessments, pelatihan|trainings, peserta|enrollments, mitra|partners,
    /// perjanjian|agreements, magang|internships, evaluasi|evaluations
    pub entity: String,
    /// A .csv (`,` `;` or tab; UTF-8, UTF-16 or Windows-1252) or .xlsx file with the
    /// export's column names in its first row, in any order
    pub file: PathBuf,
    /// Check every row and report what would change, without saving anything
    #[arg(long)]
    pub dry_run: bool,
    /// The sheet of an .xlsx file to read (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

/// `name|alias, …` of the importable entities.
pub fn importable_list() -> String {
    kinds::IMPORTABLE
        .iter()
        .map(|e| e.both())
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn run(args: &ImportArgs, lang: Lang) -> i32 {
    let Some(entity) = Entity::parse(&args.entity).filter(|e| kinds::IMPORTABLE.contains(e)) else {
        eprintln!(
            "{}",
            msg::not_importable(lang, &args.entity, &importable_list())
        );
        return super::EXIT_USAGE;
    };
    // Read problems of the file itself before touching the database.
    if let Err(e) = import::sheet::Format::of(&args.file) {
        eprintln!("{}", msg::sheet_error(lang, &args.file, &e));
        return super::EXIT_USAGE;
    }
    if !args.file.is_file() {
        let e = import::sheet::SheetError::Io(
            std::io::Error::from(std::io::ErrorKind::NotFound).to_string(),
        );
        eprintln!("{}", msg::sheet_error(lang, &args.file, &e));
        return super::EXIT_USAGE;
    }
    let mode = if args.dry_run {
        OpenMode::ReadWrite
    } else {
        OpenMode::CreateIfMissing
    };
    let conn = match open(&args.db, mode) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", cli::open_error(lang, &e));
            return super::EXIT_USAGE;
        }
    };
    let ctx = match kinds::context(&conn, lang, chrono::Local::now().date_naive()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", msg::write_failed(lang, &e.to_string()));
            return super::EXIT_USAGE;
        }
    };
    let mut progress = |n: usize| eprintln!("{}", msg::progress(lang, n));
    let result = import::import(
        &conn,
        entity,
        &args.file,
        &ctx,
        Options {
            sheet: args.sheet.as_deref(),
            dry_run: args.dry_run,
            progress: &mut progress,
        },
    );
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            let text = match &e {
                ImportError::Sheet(s) => msg::sheet_error(lang, &args.file, s),
                ImportError::DuplicateColumn(c) => msg::duplicate_column(lang, &args.file, c),
                ImportError::MissingColumns(m) => {
                    msg::missing_columns(lang, &args.file, m, entity.name())
                }
                ImportError::Write(w) => {
                    msg::write_failed(lang, &crate::i18n::write::write_error(lang, w))
                }
            };
            eprintln!("{text}");
            return match e {
                ImportError::MissingColumns(_) | ImportError::DuplicateColumn(_) => {
                    super::EXIT_DATA
                }
                _ => super::EXIT_USAGE,
            };
        }
    };
    if !report.ignored.is_empty() {
        eprintln!("{}", msg::ignored_columns(lang, &report.ignored));
    }
    if report.error_count > 0 {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let _ = writeln!(out, "{}", msg::problems_heading(lang));
        for e in &report.errors {
            let _ = writeln!(out, "{}", msg::error_line(lang, e));
        }
        if report.error_count > report.errors.len() {
            let _ = writeln!(
                out,
                "{}",
                msg::more_errors(lang, report.error_count - report.errors.len())
            );
        }
        let _ = out.flush();
        eprintln!(
            "{}",
            msg::rejected(lang, report.error_count, report.error_rows)
        );
        return super::EXIT_DATA;
    }
    eprintln!(
        "{}",
        msg::summary(
            lang,
            args.dry_run,
            report.rows,
            report.added,
            report.changed,
            report.unchanged
        )
    );
    super::EXIT_OK
}
