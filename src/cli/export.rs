//! `peka export DB ENTITY [--format csv|json|xlsx] [--out FILE] [--year Y] [--sep ';']`
//!
//! CSV starts with the UTF-8 BOM (`db::export::CSV_BOM`), JSON does not; XLSX
//! (`cli::xlsx`) is one typed sheet named after the entity.
//! The tables come from `db::export` (the only SQL), the texts from
//! `i18n::cli_export`; this module checks the arguments, renders the file and
//! writes it: to standard output (a closed pipe, as in `| head`, ends the
//! export quietly) or to `--out FILE` through a temporary file in the same
//! folder that is renamed at the end, so a failed export never leaves half a file.
//! XLSX is binary: it goes to standard output only when that is not a
//! terminal (a pipe or a redirect); on a terminal `--out` is required.
//! `--sep` is CSV's: with `--format xlsx` it is a usage error (a sheet has no
//! separator to choose, and silently dropping it would hide a mistaken
//! format); JSON ignores it, as it always did.

use crate::db::export::{self as dbx, Cell, Table};
use crate::db::{OpenMode, open};
use crate::domain::jp::format_jp;
use crate::i18n::{Lang, cli_export as msg};
use chrono::Datelike;
use rusqlite::Connection;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Smallest and largest year PEKA stores (the schema's CHECK on `tahun`).
pub const YEAR_MIN: i32 = 2000;
pub const YEAR_MAX: i32 = 2100;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Database file (opened read-only)
    pub db: PathBuf,
    /// What to export: pegawai|employees, kompetensi|competencies, pelatihan|trainings,
    /// peserta|enrollments, mitra|partners, perjanjian|agreements, magang|internships,
    /// logbook-magang|intern-logbook, umpan-balik-magang|intern-feedback, evaluasi|evaluations,
    /// rekap-jp|jp-summary, kesenjangan|gaps, pengaturan|settings, audit,
    /// rencana-pengembangan|development-plans, tindak-lanjut|follow-ups,
    /// predikat-organisasi|unit-predicates, unit-kerja|units, standar-kompetensi|standards,
    /// riwayat-status|status-history, penilaian|assessments
    pub entity: String,
    /// Output format: csv, json or xlsx (one typed sheet: NIP, NIK and phone numbers as text,
    /// dates as dates; binary, so --out is required when standard output is a terminal)
    #[arg(long, default_value = "csv", value_name = "csv|json|xlsx")]
    pub format: String,
    /// Write to FILE instead of standard output (replaced only when the export succeeds)
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Year: evaluasi (evaluation year), rekap-jp (default: the current or reference year),
    /// peserta (training end), pelatihan (training start), rencana-pengembangan (plan year),
    /// tindak-lanjut (follow-up date), predikat-organisasi (period year), penilaian
    /// (assessment date)
    #[arg(long, value_name = "Y", allow_hyphen_values = true)]
    pub year: Option<String>,
    /// CSV field separator (default `,`): one ASCII character; `tab` or `\t` for a tab.
    /// Not with --format xlsx
    #[arg(long, value_name = "CHAR", allow_hyphen_values = true)]
    pub sep: Option<String>,
}

/// The entities of the export contract (design.md §1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Entity {
    Employees,
    Competencies,
    Trainings,
    Enrollments,
    Partners,
    Agreements,
    Internships,
    InternLogbook,
    InternFeedback,
    Evaluations,
    JpSummary,
    Gaps,
    Settings,
    Audit,
    Plans,
    FollowUps,
    UnitPredicates,
    Units,
    Standards,
    StatusHistory,
    Assessments,
}

impl Entity {
    pub const ALL: &'static [Entity] = &[
        Entity::Employees,
        Entity::Competencies,
        Entity::Trainings,
        Entity::Enrollments,
        Entity::Partners,
        Entity::Agreements,
        Entity::Internships,
        Entity::InternLogbook,
        Entity::InternFeedback,
        Entity::Evaluations,
        Entity::JpSummary,
        Entity::Gaps,
        Entity::Settings,
        Entity::Audit,
        Entity::Plans,
        Entity::FollowUps,
        Entity::UnitPredicates,
        Entity::Units,
        Entity::Standards,
        Entity::StatusHistory,
        Entity::Assessments,
    ];

    /// The Indonesian name (the canonical one).
    pub fn name(self) -> &'static str {
        match self {
            Entity::Employees => "pegawai",
            Entity::Competencies => "kompetensi",
            Entity::Trainings => "pelatihan",
            Entity::Enrollments => "peserta",
            Entity::Partners => "mitra",
            Entity::Agreements => "perjanjian",
            Entity::Internships => "magang",
            Entity::InternLogbook => "logbook-magang",
            Entity::InternFeedback => "umpan-balik-magang",
            Entity::Evaluations => "evaluasi",
            Entity::JpSummary => "rekap-jp",
            Entity::Gaps => "kesenjangan",
            Entity::Settings => "pengaturan",
            Entity::Audit => "audit",
            Entity::Plans => "rencana-pengembangan",
            Entity::FollowUps => "tindak-lanjut",
            Entity::UnitPredicates => "predikat-organisasi",
            Entity::Units => "unit-kerja",
            Entity::Standards => "standar-kompetensi",
            Entity::StatusHistory => "riwayat-status",
            Entity::Assessments => "penilaian",
        }
    }

    /// The English alias.
    pub fn alias(self) -> &'static str {
        match self {
            Entity::Employees => "employees",
            Entity::Competencies => "competencies",
            Entity::Trainings => "trainings",
            Entity::Enrollments => "enrollments",
            Entity::Partners => "partners",
            Entity::Agreements => "agreements",
            Entity::Internships => "internships",
            Entity::InternLogbook => "intern-logbook",
            Entity::InternFeedback => "intern-feedback",
            Entity::Evaluations => "evaluations",
            Entity::JpSummary => "jp-summary",
            Entity::Gaps => "gaps",
            Entity::Settings => "settings",
            Entity::Audit => "audit",
            Entity::Plans => "development-plans",
            Entity::FollowUps => "follow-ups",
            Entity::UnitPredicates => "unit-predicates",
            Entity::Units => "units",
            Entity::Standards => "standards",
            Entity::StatusHistory => "status-history",
            Entity::Assessments => "assessments",
        }
    }

    /// Parses a name or alias (case and surrounding spaces ignored; `_` may
    /// stand for `-`).
    pub fn parse(s: &str) -> Option<Entity> {
        let s = s.trim().to_ascii_lowercase().replace('_', "-");
        Entity::ALL
            .iter()
            .copied()
            .find(|e| e.name() == s || e.alias() == s)
    }

    /// Whether `--year` filters this entity.
    pub fn takes_year(self) -> bool {
        matches!(
            self,
            Entity::Evaluations
                | Entity::JpSummary
                | Entity::Enrollments
                | Entity::Trainings
                | Entity::Plans
                | Entity::FollowUps
                | Entity::UnitPredicates
                | Entity::Assessments
        )
    }

    /// `name|alias` (or just the name when both are the same).
    pub fn both(self) -> String {
        if self.name() == self.alias() {
            self.name().to_string()
        } else {
            format!("{}|{}", self.name(), self.alias())
        }
    }
}

/// Output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
}

/// The checked arguments.
#[derive(Debug, Clone, PartialEq)]
struct Request {
    entity: Entity,
    format: Format,
    sep: u8,
    year: Option<i32>,
}

fn parse_request(args: &ExportArgs, lang: Lang) -> Result<Request, String> {
    let entity = Entity::parse(&args.entity).ok_or_else(|| {
        let valid: Vec<String> = Entity::ALL.iter().map(|e| e.both()).collect();
        msg::unknown_entity(lang, &args.entity, &valid.join(", "))
    })?;
    let format = match args.format.trim().to_ascii_lowercase().as_str() {
        "csv" => Format::Csv,
        "json" => Format::Json,
        "xlsx" => Format::Xlsx,
        _ => return Err(msg::bad_format(lang, &args.format)),
    };
    let sep = match (&args.sep, format) {
        (None, _) => b',',
        (Some(_), Format::Xlsx) => return Err(msg::sep_not_for_xlsx(lang)),
        (Some(s), _) => parse_sep(s).ok_or_else(|| msg::bad_sep(lang, s))?,
    };
    let year = match &args.year {
        None => None,
        Some(y) => Some(parse_year(y).ok_or_else(|| msg::bad_year(lang, y, YEAR_MIN, YEAR_MAX))?),
    };
    if year.is_some() && !entity.takes_year() {
        let valid: Vec<String> = Entity::ALL
            .iter()
            .filter(|e| e.takes_year())
            .map(|e| e.both())
            .collect();
        return Err(msg::year_not_applicable(
            lang,
            &args.entity,
            &valid.join(", "),
        ));
    }
    Ok(Request {
        entity,
        format,
        sep,
        year,
    })
}

/// One ASCII character other than a quote or a line break; `tab` and `\t`
/// (typed literally) mean a tab.
pub fn parse_sep(s: &str) -> Option<u8> {
    if s == "\\t" || s.eq_ignore_ascii_case("tab") {
        return Some(b'\t');
    }
    match s.as_bytes() {
        [b] if b.is_ascii() && !matches!(b, b'"' | b'\n' | b'\r' | 0) => Some(*b),
        _ => None,
    }
}

/// A year PEKA stores (2000–2100).
pub fn parse_year(s: &str) -> Option<i32> {
    let y: i32 = s.trim().parse().ok()?;
    (YEAR_MIN..=YEAR_MAX).contains(&y).then_some(y)
}

pub fn run(args: &ExportArgs, lang: Lang) -> i32 {
    let req = match parse_request(args, lang) {
        Ok(r) => r,
        Err(m) => return fail(&m, super::EXIT_USAGE),
    };
    if let Some(out) = &args.out {
        if out.is_dir() || out.file_name().is_none() {
            return fail(&msg::out_is_folder(lang, out), super::EXIT_USAGE);
        }
        if same_file(out, &args.db) {
            return fail(&msg::out_is_database(lang, out), super::EXIT_USAGE);
        }
    } else if req.format == Format::Xlsx && io::stdout().is_terminal() {
        return fail(&msg::xlsx_needs_out(lang), super::EXIT_USAGE);
    }
    let conn = match open(&args.db, OpenMode::ReadOnly) {
        Ok(c) => c,
        Err(e) => return fail(&crate::i18n::cli::open_error(lang, &e), super::EXIT_USAGE),
    };
    let today = chrono::Local::now().date_naive();
    let result = match &args.out {
        Some(out) => with_atomic_file(out, |file| write_export(&conn, &req, today, file)),
        None => {
            let mut stdout = io::stdout().lock();
            write_export(&conn, &req, today, &mut stdout)
        }
    };
    match result {
        Ok(()) => super::EXIT_OK,
        Err(dbx::StreamError::Db(e)) => {
            let m = msg::read_failed(lang, &args.db, req.entity.name(), &e);
            fail(&m, super::EXIT_DATA)
        }
        // `peka export … | head`: the reader has what it wanted.
        Err(dbx::StreamError::Write(e))
            if args.out.is_none() && e.kind() == io::ErrorKind::BrokenPipe =>
        {
            super::EXIT_OK
        }
        Err(dbx::StreamError::Write(e)) => match &args.out {
            Some(out) => fail(&msg::write_failed(lang, out, &e), super::EXIT_USAGE),
            None => fail(&msg::stdout_failed(lang, &e), super::EXIT_USAGE),
        },
    }
}

/// Streams the request's rows in its format to `w`: CSV and JSON row by
/// row, XLSX through the sheet writer (saved to `w` at the end).
fn write_export(
    conn: &Connection,
    req: &Request,
    today: chrono::NaiveDate,
    w: &mut dyn Write,
) -> Result<(), dbx::StreamError> {
    match req.format {
        Format::Csv => {
            let mut sink = CsvSink::new(io::BufWriter::with_capacity(1 << 16, w), req.sep)?;
            stream(conn, req, today, &mut sink)?;
            sink.finish()?;
        }
        Format::Json => {
            let mut sink = JsonSink::new(io::BufWriter::with_capacity(1 << 16, w));
            stream(conn, req, today, &mut sink)?;
            sink.finish()?;
        }
        Format::Xlsx => {
            let mut sink = super::xlsx::XlsxSink::new(req.entity.name());
            stream(conn, req, today, &mut sink)?;
            let mut book = sink.finish()?;
            // The zip needs to seek: build it in memory, then write it out.
            let bytes = book.save_to_buffer().map_err(super::xlsx::io_error)?;
            w.write_all(&bytes)?;
            w.flush()?;
        }
    }
    Ok(())
}

/// The request's rows to `out`: the large tables row by row as SQLite gives
/// them, the others through their table.
fn stream(
    conn: &Connection,
    req: &Request,
    today: chrono::NaiveDate,
    out: &mut dyn dbx::Sink,
) -> Result<(), dbx::StreamError> {
    match req.entity {
        Entity::Employees => dbx::stream_employees(conn, out),
        Entity::Enrollments => dbx::stream_enrollments(conn, req.year, out),
        Entity::Assessments => dbx::stream_assessments(conn, req.year, out),
        Entity::Evaluations => dbx::stream_evaluations(conn, req.year, out),
        Entity::StatusHistory => dbx::stream_status_history(conn, out),
        Entity::Audit => dbx::stream_audit(conn, out),
        Entity::Gaps => dbx::stream_gaps(conn, out),
        _ => {
            let t = table(conn, req, today)?;
            dbx::feed(&t, out)?;
            Ok(())
        }
    }
}

/// CSV row by row: the UTF-8 BOM, a header row, fields separated by `sep`
/// and quoted when needed, lines ended by `\n`.
struct CsvSink<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvSink<W> {
    fn new(mut w: W, sep: u8) -> io::Result<CsvSink<W>> {
        w.write_all(dbx::CSV_BOM)?;
        Ok(CsvSink {
            w: csv::WriterBuilder::new().delimiter(sep).from_writer(w),
        })
    }
    fn finish(self) -> io::Result<W> {
        let mut w = self.w.into_inner().map_err(|e| e.into_error())?;
        w.flush()?;
        Ok(w)
    }
}

impl<W: Write> dbx::Sink for CsvSink<W> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.w.write_record(columns).map_err(io::Error::other)
    }
    fn row(&mut self, row: &[Cell]) -> io::Result<()> {
        self.w
            .write_record(row.iter().map(csv_text))
            .map_err(csv_io)
    }
}

/// The OS error inside a CSV error (a closed pipe stays a closed pipe).
fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// A JSON array with one object per row, keys in column order, numbers as
/// numbers (two decimals at most, like the CSV), null for missing values.
struct JsonSink<W: Write> {
    w: W,
    keys: Vec<String>,
    rows: usize,
}

impl<W: Write> JsonSink<W> {
    fn new(w: W) -> JsonSink<W> {
        JsonSink {
            w,
            keys: Vec::new(),
            rows: 0,
        }
    }
    fn finish(mut self) -> io::Result<W> {
        let end: &[u8] = if self.rows == 0 { b"[]\n" } else { b"\n]\n" };
        self.w.write_all(end)?;
        self.w.flush()?;
        Ok(self.w)
    }
}

impl<W: Write> dbx::Sink for JsonSink<W> {
    fn begin(&mut self, columns: &[String]) -> io::Result<()> {
        self.keys = columns.iter().map(|c| json_string(c)).collect();
        Ok(())
    }
    fn row(&mut self, row: &[Cell]) -> io::Result<()> {
        let mut out = String::from(if self.rows == 0 { "[\n  {" } else { ",\n  {" });
        for (j, (key, cell)) in self.keys.iter().zip(row).enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(key);
            out.push_str(": ");
            match cell {
                Cell::Null => out.push_str("null"),
                Cell::Text(s) => out.push_str(&json_string(s)),
                Cell::Int(n) => out.push_str(&n.to_string()),
                Cell::Real(f) if f.is_finite() => out.push_str(&number_text(*f)),
                Cell::Real(_) => out.push_str("null"),
            }
        }
        out.push('}');
        self.rows += 1;
        self.w.write_all(out.as_bytes())
    }
}

fn fail(message: &str, code: i32) -> i32 {
    eprintln!("{message}");
    code
}

/// Reads the table of the request. "Today" (for agreement status and the
/// default rekap-jp year) is the database's reference date when it has one.
fn table(
    conn: &Connection,
    req: &Request,
    real_today: chrono::NaiveDate,
) -> rusqlite::Result<Table> {
    let settings = crate::db::settings::load(conn)?;
    let today = settings.today(real_today);
    match req.entity {
        Entity::Employees => dbx::employees(conn),
        Entity::Competencies => dbx::competencies(conn),
        Entity::Trainings => dbx::trainings(conn, req.year),
        Entity::Enrollments => dbx::enrollments(conn, req.year),
        Entity::Partners => dbx::partners(conn),
        Entity::Agreements => dbx::agreements(conn, today, settings.warn_days),
        Entity::Internships => dbx::internships(conn),
        Entity::InternLogbook => dbx::intern_logbook(conn),
        Entity::InternFeedback => dbx::intern_feedback(conn),
        Entity::Evaluations => dbx::evaluations(conn, req.year),
        Entity::JpSummary => {
            dbx::jp_summary(conn, req.year.unwrap_or(today.year()), &settings.jp_targets)
        }
        Entity::Gaps => dbx::gaps(conn),
        Entity::Settings => dbx::settings(conn),
        Entity::Audit => dbx::audit(conn),
        Entity::Plans => dbx::plans(conn, req.year),
        Entity::FollowUps => dbx::follow_ups(conn, req.year),
        Entity::UnitPredicates => dbx::unit_predicates(conn, req.year),
        Entity::Units => dbx::units(conn),
        Entity::Standards => dbx::standards(conn),
        Entity::StatusHistory => dbx::status_history(conn),
        Entity::Assessments => dbx::assessments(conn, req.year),
    }
}

/// True when both paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

/// The text of a cell in CSV: empty for null, numbers without useless decimals.
fn csv_text(c: &Cell) -> String {
    match c {
        Cell::Null => String::new(),
        Cell::Text(s) => s.clone(),
        Cell::Int(i) => i.to_string(),
        Cell::Real(f) if f.is_finite() => number_text(*f),
        Cell::Real(_) => String::new(),
    }
}

/// A decimal without useless digits (at most two decimals, like JP on
/// screen); huge values, which `format_jp` cannot hold, are written in full.
fn number_text(f: f64) -> String {
    if f.abs() < 1e15 {
        format_jp(f)
    } else {
        format!("{f}")
    }
}

/// CSV of a whole table (see [`CsvSink`]).
pub fn render_csv(table: &Table, sep: u8) -> io::Result<Vec<u8>> {
    let mut sink = CsvSink::new(Vec::new(), sep)?;
    dbx::feed(table, &mut sink)?;
    sink.finish()
}

/// JSON of a whole table (see [`JsonSink`]).
pub fn render_json(table: &Table) -> Vec<u8> {
    let mut sink = JsonSink::new(Vec::new());
    // Writing to a Vec cannot fail.
    let _ = dbx::feed(table, &mut sink);
    sink.finish().unwrap_or_default()
}

fn json_string(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// Runs `write` on a new temporary file next to `path`, flushes it to disk
/// and renames it over `path`; on any error the temporary file is removed
/// and `path` is left as it was.
fn with_atomic_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), dbx::StreamError>,
) -> Result<(), dbx::StreamError> {
    let folder = match path.parent() {
        Some(f) if !f.as_os_str().is_empty() => f.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let mut attempt = 0u32;
    let (tmp, mut file) = loop {
        let tmp = folder.join(format!(".{name}.{}-{attempt}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 100 => attempt += 1,
            Err(e) => return Err(e.into()),
        }
    };
    let result = write(&mut file).and_then(|()| {
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        Ok(())
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entity_parses_by_name_and_alias() {
        for e in Entity::ALL {
            assert_eq!(Entity::parse(e.name()), Some(*e));
            assert_eq!(Entity::parse(e.alias()), Some(*e));
        }
        assert_eq!(Entity::parse(" Rekap_JP "), Some(Entity::JpSummary));
        assert_eq!(Entity::parse("pegawais"), None);
    }

    #[test]
    fn separators_are_one_ascii_character_or_tab() {
        assert_eq!(parse_sep(";"), Some(b';'));
        assert_eq!(parse_sep("\\t"), Some(b'\t'));
        assert_eq!(parse_sep("tab"), Some(b'\t'));
        assert_eq!(parse_sep("\t"), Some(b'\t'));
        for bad in ["", ";;", "\"", "\n", "é"] {
            assert_eq!(parse_sep(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn years_outside_what_peka_stores_are_refused() {
        assert_eq!(parse_year("2024"), Some(2024));
        assert_eq!(parse_year(" 2000 "), Some(2000));
        for bad in ["1999", "2101", "24x", "", "-2024"] {
            assert_eq!(parse_year(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn json_keeps_column_order_and_number_types() {
        let t = Table {
            columns: vec!["nip".into(), "jp".into(), "aktual".into(), "n".into()],
            rows: vec![vec![
                Cell::Text("0012\"x".into()),
                Cell::Real(2.5),
                Cell::Null,
                Cell::Real(20.0),
            ]],
        };
        let s = String::from_utf8(render_json(&t)).unwrap();
        assert_eq!(
            s,
            "[\n  {\"nip\": \"0012\\\"x\", \"jp\": 2.5, \"aktual\": null, \"n\": 20}\n]\n"
        );
        let empty = Table {
            columns: vec!["a".into()],
            rows: vec![],
        };
        assert_eq!(String::from_utf8(render_json(&empty)).unwrap(), "[]\n");
    }

    #[test]
    fn csv_quotes_fields_holding_the_separator() {
        let t = Table {
            columns: vec!["a".into(), "b".into()],
            rows: vec![vec![Cell::Text("x;y".into()), Cell::Real(7.25)]],
        };
        let s = String::from_utf8(render_csv(&t, b';').unwrap()).unwrap();
        assert_eq!(s, "\u{feff}a;b\n\"x;y\";7.25\n");
    }

    #[test]
    fn numbers_keep_their_value_at_any_size() {
        assert_eq!(number_text(20.0), "20");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-3.5), "-3.5");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }
}
