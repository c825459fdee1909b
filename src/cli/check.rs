//! `peka check DB`: SQLite's integrity and foreign-key checks plus every domain
//! rule on every row. Prints one line per problem and a summary on stdout;
//! exit 0 when clean, 1 when anything is wrong, 2 when the file cannot be opened.
//!
//! The rules live in `domain::validate`, the reads in `db::check`, the texts in
//! `i18n::cli_check`; this module only wires them together.

use crate::db::check::{self as dbc, Finding, Issue, RowKey};
use crate::db::{OpenMode, open};
use crate::domain::validate::{self as v, Problem};
use crate::i18n::{Lang, cli_check};
use chrono::NaiveDate;
use rusqlite::Connection;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Database file to check (opened read-only)
    pub db: std::path::PathBuf,
}

pub fn run(args: &CheckArgs, lang: Lang) -> i32 {
    let conn = match open(&args.db, OpenMode::ReadOnly) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", crate::i18n::cli::open_error(lang, &e));
            return super::EXIT_USAGE;
        }
    };
    // Best effort: without it the check is slower, not different.
    let _ = dbc::cache_for_whole_file_reads(&conn);
    let report = check_database(&conn, chrono::Local::now().date_naive());
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    // A closed pipe (`peka check db | head`) must not panic: write errors are ignored.
    for f in &report.findings {
        let _ = writeln!(out, "{}", cli_check::finding_line(lang, f));
    }
    let _ = writeln!(
        out,
        "{}",
        cli_check::summary(lang, report.findings.len(), &report.counts)
    );
    let _ = out.flush();
    // A warning on stderr, not a problem of the data: the exit code stays.
    if dbc::personal_data_readable_by_everyone(&conn).unwrap_or(false) {
        eprintln!(
            "{}",
            cli_check::issue(lang, &crate::db::check::Issue::ReadableByEveryone)
        );
    }
    if report.findings.is_empty() {
        super::EXIT_OK
    } else {
        super::EXIT_DATA
    }
}

/// What a check found and how many rows of each table it looked at.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub counts: Vec<(&'static str, usize)>,
}

/// Runs every check on an open database. `real_today` is used for NIP dates
/// unless the database has a reference date (`tanggal_acuan`).
pub fn check_database(conn: &Connection, real_today: NaiveDate) -> Report {
    let mut c = Collector {
        findings: Vec::new(),
        counts: Vec::new(),
    };

    match dbc::integrity(conn) {
        Ok(lines) => {
            for line in lines {
                c.push("", RowKey::Whole, Issue::Integrity(line));
            }
        }
        Err(e) => c.push("", RowKey::Whole, Issue::ReadFailed(e.to_string())),
    }
    match dbc::constraints(conn) {
        Ok(lines) => {
            for line in lines {
                let table = constraint_table(&line).to_string();
                c.push(&table, RowKey::Whole, Issue::Constraint(line));
            }
        }
        Err(e) => c.push("", RowKey::Whole, Issue::ReadFailed(e.to_string())),
    }
    match dbc::foreign_keys(conn) {
        Ok(rows) => {
            for fk in rows {
                let key = fk.rowid.map_or(RowKey::Whole, RowKey::Id);
                c.push(&fk.table, key, Issue::ForeignKey { parent: fk.parent });
            }
        }
        Err(e) => c.push("", RowKey::Whole, Issue::ReadFailed(e.to_string())),
    }

    match crate::db::audit::verify_chain(conn) {
        Ok(None) => {}
        Ok(Some(b)) => c.push("audit", RowKey::Whole, Issue::AuditChain(b)),
        Err(e) => c.push("audit", RowKey::Whole, Issue::ReadFailed(e.to_string())),
    }

    let settings = c.read("pengaturan", dbc::settings(conn));
    for (key, p) in v::check_settings(&settings) {
        c.rule("pengaturan", RowKey::Setting(key), p);
    }
    let today = v::reference_date(&settings).unwrap_or(real_today);
    let minutes_per_jp = v::minutes_per_jp(&settings);

    let units = c.read("unit_kerja", dbc::units(conn));
    let links: Vec<(i64, Option<i64>)> = units.iter().map(|(id, _, p)| (*id, *p)).collect();
    let (roots, cyclic) = v::unit_roots(&links);
    for (id, kode, _) in units.iter().filter(|(id, _, _)| cyclic.contains(id)) {
        let key = if kode.is_empty() {
            RowKey::Id(*id)
        } else {
            RowKey::Code(kode.clone())
        };
        c.rule("unit_kerja", key, Problem::UnitCycle);
    }

    // Each table is read, checked and dropped before the next, so the peak
    // is the largest table, not the sum (a province-size file holds over a
    // million assessments).
    let employee_count = c.each("pegawai", |c| {
        dbc::each_employees(conn, &mut |(key, e)| {
            c.rules("pegawai", &key, v::check_employee(&e, today))
        })
    });

    let histories = c.read("riwayat_status", dbc::status_histories(conn));
    for (key, h) in &histories {
        c.rules("riwayat_status", key, v::check_status_history(h, today));
    }
    let history_count: usize = histories.iter().map(|(_, h)| h.changes.len()).sum();
    drop(histories);
    let age_rows = dbc::retirement_age_count(conn).unwrap_or_else(|e| {
        c.push(
            "batas_usia_pensiun",
            RowKey::Whole,
            Issue::ReadFailed(e.to_string()),
        );
        0
    });
    let uncovered = c.read(
        "batas_usia_pensiun",
        dbc::positions_without_retirement_age(conn),
    );
    for (key, employees) in uncovered {
        c.rule(
            "batas_usia_pensiun",
            key,
            Problem::NoRetirementAge { employees },
        );
    }

    // The derived table of V14 against the history it is kept from.
    for key in c.read("penilaian_terakhir", dbc::stale_latest_assessments(conn)) {
        c.rule("penilaian_terakhir", key, Problem::LatestAssessmentStale);
    }
    // And V16's, against the enrolments.
    for key in c.read("pelatihan_jumlah", dbc::stale_training_counts(conn)) {
        c.rule("pelatihan_jumlah", key, Problem::TrainingCountsStale);
    }

    let mut level_counts: Vec<(&str, usize)> = Vec::new();
    for table in dbc::LEVEL_TABLES {
        let n = c.each(table, |c| {
            dbc::each_level(conn, table, &mut |l| {
                if let Some(p) = v::check_level(l.column, l.value) {
                    c.rule(l.table, l.key, p);
                }
            })
        });
        level_counts.push((table, n));
    }
    let level_count = |t: &str| {
        level_counts
            .iter()
            .filter(|(table, _)| *table == t)
            .map(|(_, n)| n)
            .sum::<usize>()
    };

    let trainings = c.read("pelatihan", dbc::trainings(conn));
    for (key, jp, start, end) in &trainings {
        c.rules("pelatihan", key, v::check_training(*jp, start, end));
    }
    let training_count = trainings.len();
    drop(trainings);
    let enrollment_count = c.each("peserta_pelatihan", |c| {
        dbc::each_enrollments(conn, &mut |(key, e)| {
            c.rules(
                "peserta_pelatihan",
                &key,
                v::check_enrollment(&e, today, minutes_per_jp),
            )
        })
    });
    let evaluation_count = c.each("evaluasi_kinerja", |c| {
        dbc::each_evaluations(conn, &mut |(key, e)| {
            c.rules("evaluasi_kinerja", &key, v::check_evaluation(&e))
        })
    });
    let agreements = c.read("kerja_sama", dbc::agreements(conn));
    for (key, a) in &agreements {
        c.rules("kerja_sama", key, v::check_agreement(a));
    }
    let internships = c.read("magang", dbc::internships(conn));
    for (key, m) in &internships {
        c.rules("magang", key, v::check_internship(m, &roots));
    }

    c.counts = vec![
        ("pegawai", employee_count),
        ("riwayat_status", history_count),
        ("batas_usia_pensiun", age_rows),
        ("unit_kerja", units.len()),
        ("kompetensi_level", level_count("kompetensi_level")),
        ("standar_kompetensi", level_count("standar_kompetensi")),
        ("penilaian_kompetensi", level_count("penilaian_kompetensi")),
        ("pelatihan", training_count),
        ("peserta_pelatihan", enrollment_count),
        (
            "monitoring_pasca_pelatihan",
            level_count("monitoring_pasca_pelatihan"),
        ),
        ("evaluasi_kinerja", evaluation_count),
        ("kerja_sama", agreements.len()),
        ("magang", internships.len()),
        ("pengaturan", settings.len()),
    ];
    Report {
        findings: c.findings,
        counts: c.counts,
    }
}

/// The table a constraint line is about: "CHECK constraint failed in T",
/// "NULL value in T.col" or "T: …" ("" when it names none).
fn constraint_table(line: &str) -> &str {
    if let Some(t) = line.strip_prefix("CHECK constraint failed in ") {
        return t.trim();
    }
    if let Some(rest) = line.strip_prefix("NULL value in ") {
        return rest.split('.').next().unwrap_or("").trim();
    }
    match line.split_once(": ") {
        Some((t, _)) if !t.contains(' ') => t,
        _ => "",
    }
}

struct Collector {
    findings: Vec<Finding>,
    counts: Vec<(&'static str, usize)>,
}

impl Collector {
    fn push(&mut self, table: &str, key: RowKey, issue: Issue) {
        self.findings.push(Finding {
            table: table.to_string(),
            key,
            issue,
        });
    }

    fn rule(&mut self, table: &str, key: RowKey, p: Problem) {
        self.push(table, key, Issue::Rule(p));
    }

    fn rules(&mut self, table: &str, key: &RowKey, ps: Vec<Problem>) {
        for p in ps {
            self.rule(table, key.clone(), p);
        }
    }

    /// The rows read, or none and a finding saying the table could not be read.
    fn read<T>(&mut self, table: &str, r: rusqlite::Result<Vec<T>>) -> Vec<T> {
        r.unwrap_or_else(|e| {
            self.push(table, RowKey::Whole, Issue::ReadFailed(e.to_string()));
            Vec::new()
        })
    }

    /// Runs a row-by-row read that checks each row into `self`; returns how
    /// many rows it read (a failed read is a finding, counting what came).
    fn each(
        &mut self,
        table: &str,
        read: impl FnOnce(&mut Collector) -> rusqlite::Result<usize>,
    ) -> usize {
        match read(self) {
            Ok(n) => n,
            Err(e) => {
                self.push(table, RowKey::Whole, Issue::ReadFailed(e.to_string()));
                0
            }
        }
    }
}
