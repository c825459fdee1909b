//! `peka seed OUT [--employees N] [--seed S] [--as-of YYYY-MM-DD]`: writes the
//! deterministic demo data to a new file. Refuses (exit 2) when OUT exists or
//! its folder does not; never overwrites anything.

use crate::db::{OpenError, OpenMode, open, seed_store};
use crate::domain::dates::parse_iso;
use crate::i18n::cli_seed::{self, SeedSummary};
use crate::i18n::{Lang, cli};
use crate::seed::{self, SeedConfig};
use chrono::{Datelike, NaiveDate};
use std::path::{Path, PathBuf};

/// Years `--as-of` may fall in (PPPK exist from 2019; the schema allows to 2100).
const MIN_YEAR: i32 = 2020;
const MAX_YEAR: i32 = 2099;

#[derive(Debug, clap::Args)]
pub struct SeedArgs {
    /// New database file to write (must not exist yet)
    pub out: PathBuf,
    /// Number of employees
    #[arg(long, default_value_t = seed::DEFAULT_EMPLOYEES)]
    pub employees: usize,
    /// Random seed (any unsigned 64-bit number); same arguments, same data
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Reference date YYYY-MM-DD the data is "as of" (default: today)
    #[arg(long)]
    pub as_of: Option<String>,
}

pub fn run(args: &SeedArgs, lang: Lang) -> i32 {
    let as_of = match args.as_of.as_deref() {
        None => chrono::Local::now().date_naive(),
        Some(s) => {
            match parse_iso(s.trim()).filter(|d| (MIN_YEAR..=MAX_YEAR).contains(&d.year())) {
                Some(d) => d,
                None => {
                    eprintln!("{}", cli_seed::bad_as_of(lang, s, MIN_YEAR, MAX_YEAR));
                    return super::EXIT_USAGE;
                }
            }
        }
    };
    let (min, max) = (seed::min_employees(), seed::MAX_EMPLOYEES);
    if !(min..=max).contains(&args.employees) {
        eprintln!(
            "{}",
            cli_seed::bad_employees(lang, args.employees, min, max)
        );
        return super::EXIT_USAGE;
    }
    // symlink_metadata: a dangling link is still something we must not replace.
    if args.out.symlink_metadata().is_ok() {
        eprintln!("{}", cli_seed::out_exists(lang, &args.out));
        return super::EXIT_USAGE;
    }
    let cfg = SeedConfig {
        employees: args.employees,
        seed: args.seed,
        as_of,
    };
    match write(&args.out, &cfg, lang) {
        Ok(()) => super::EXIT_OK,
        Err(msg) => {
            eprintln!("{msg}");
            super::EXIT_USAGE
        }
    }
}

fn write(out: &Path, cfg: &SeedConfig, lang: Lang) -> Result<(), String> {
    let started = std::time::Instant::now();
    let mut conn = open(out, OpenMode::CreateIfMissing).map_err(|e| match e {
        // The file was not there a moment ago: another process made it.
        OpenError::NotSqlite(_) => cli_seed::out_exists(lang, out),
        other => cli::open_error(lang, &other),
    })?;
    let data = seed::generate(cfg);
    let written = seed_store::prepare_bulk(&conn)
        .and_then(|()| seed_store::insert_all(&mut conn, &data))
        .and_then(|()| seed_store::compact(&conn));
    if let Err(e) = written {
        drop(conn);
        remove_created(out);
        return Err(cli_seed::write_failed(lang, out, &e.to_string()));
    }
    drop(conn);
    let as_of = format_date(cfg.as_of);
    let summary = SeedSummary {
        path: out,
        as_of: &as_of,
        seed: cfg.seed,
        employees: data.employees.len(),
        units: data.units.len(),
        // The national ones come with every new file (schema V12).
        competencies: seed::NATIONAL_CODES.len() + data.competencies.len(),
        assessments: data.assessments.len(),
        trainings: data.trainings.len(),
        enrollments: data.enrollments.len(),
        evaluations: data.evaluations.len(),
        follow_ups: data.follow_ups.len(),
        partners: data.partners.len(),
        agreements: data.agreements.len(),
        interns: data.interns.len(),
        millis: started.elapsed().as_millis(),
    };
    eprintln!("{}", cli_seed::summary(lang, &summary));
    Ok(())
}

fn format_date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Removes the file this run created (and SQLite's side files) after a failure.
fn remove_created(out: &Path) {
    let _ = std::fs::remove_file(out);
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut side = out.as_os_str().to_owned();
        side.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(side));
    }
}
