//! Command-line arguments and the non-interactive commands (no terminal code).

pub mod backup;
pub mod check;
pub mod export;
pub mod import;
pub mod seed;
pub mod xlsx;

use crate::i18n::Lang;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Exit codes of the contract (design.md §1.1).
pub const EXIT_OK: i32 = 0;
/// The data has problems (check found some, import rejected).
pub const EXIT_DATA: i32 = 1;
/// Usage error or a file that cannot be opened.
pub const EXIT_USAGE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "peka",
    version,
    about = "PEKA — Pengelolaan Kompetensi ASN (Kota Lhokseumawe)"
)]
pub struct Cli {
    /// Database file to open in the TUI (default ./peka.db; created if missing)
    pub db: Option<PathBuf>,
    /// Open a scratch copy of the demo data (peka-demo.db, made from sample.db)
    #[arg(long)]
    pub demo: bool,
    /// Interface language: id (Bahasa Indonesia) or en
    #[arg(long, global = true, default_value = "id", value_parser = parse_lang)]
    pub lang: Lang,
    /// Browse only; every write key says why it is refused
    #[arg(long)]
    pub read_only: bool,
    /// Colour mode (auto honours NO_COLOR and TERM)
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Never,
    #[value(name = "16")]
    C16,
    #[value(name = "256")]
    C256,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write deterministic demo data to OUT (sample.db = `peka seed sample.db`)
    Seed(seed::SeedArgs),
    /// Check integrity, foreign keys and every domain rule; exit 1 with a report on any problem
    Check(check::CheckArgs),
    /// Export an entity as CSV, JSON or XLSX
    Export(export::ExportArgs),
    /// Read a CSV or XLSX file into DB: validated, all or nothing, a report per row and column
    Import(import::ImportArgs),
    /// Consistent copy of DB to OUT while others keep working
    Backup(backup::BackupArgs),
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("unknown language '{s}' (use id or en)"))
}

/// Runs a subcommand and returns its exit code. Messages for people go to stderr
/// as one sentence; data goes to stdout or `--out`.
pub fn run_command(cmd: Command, lang: Lang) -> i32 {
    match cmd {
        Command::Seed(a) => seed::run(&a, lang),
        Command::Check(a) => check::run(&a, lang),
        Command::Export(a) => export::run(&a, lang),
        Command::Import(a) => import::run(&a, lang),
        Command::Backup(a) => backup::run(&a, lang),
    }
}
