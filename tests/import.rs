//! `peka import` end to end: the real binary on a copy of the demo data (or a
//! new file), with CSV and XLSX files written here. Every refusal is checked
//! for its message, its exit code and that the database did not change.

use rusqlite::Connection;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("run peka")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

struct Fixture {
    dir: tempfile::TempDir,
    db: PathBuf,
}

/// A copy of sample.db (never the file itself).
fn demo() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/sample.db"), &db).unwrap();
    Fixture { dir, db }
}

impl Fixture {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
    fn conn(&self) -> Connection {
        Connection::open(&self.db).unwrap()
    }
    fn count(&self, sql: &str) -> i64 {
        self.conn().query_row(sql, [], |r| r.get(0)).unwrap()
    }
    /// A fingerprint of the whole database: every audit hash and row count.
    fn fingerprint(&self) -> String {
        let c = self.conn();
        let audit: String = c
            .query_row(
                "SELECT COUNT(*) || ':' || COALESCE(MAX(hash), '') FROM audit",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let people: String = c
            .query_row(
                "SELECT group_concat(nip || nama || telepon || version, ',') FROM pegawai",
                [],
                |r| r.get(0),
            )
            .unwrap();
        format!("{audit}|{}", people.len())
    }
    fn export(&self, entity: &str) -> PathBuf {
        let out = self.path(&format!("{entity}.csv"));
        let o = peka(&["export", s(&self.db), entity, "--out", s(&out)]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        out
    }
    fn import(&self, entity: &str, file: &Path, extra: &[&str]) -> (i32, String, String) {
        let mut args = vec!["import", s(&self.db), entity, s(file)];
        args.extend_from_slice(extra);
        let o = peka(&args);
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    }
}

/// The CSV rows of an export, BOM removed.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text.trim_start_matches('\u{feff}');
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn write_csv(path: &Path, rows: &[Vec<String>], sep: u8) {
    let mut w = csv::WriterBuilder::new()
        .delimiter(sep)
        .from_path(path)
        .unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

fn col(rows: &[Vec<String>], name: &str) -> usize {
    rows[0].iter().position(|c| c == name).unwrap()
}

#[test]
fn every_export_imports_back_as_a_no_op() {
    let f = demo();
    let before = f.fingerprint();
    for entity in [
        "unit-kerja",
        "pegawai",
        "standar-kompetensi",
        "penilaian",
        "pelatihan",
        "peserta",
        "mitra",
        "perjanjian",
        "magang",
        "evaluasi",
    ] {
        let csv = f.export(entity);
        let xlsx = f.path(&format!("{entity}.xlsx"));
        let o = peka(&[
            "export",
            s(&f.db),
            entity,
            "--format",
            "xlsx",
            "--out",
            s(&xlsx),
        ]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        for file in [&csv, &xlsx] {
            let (code, _, err) = f.import(entity, file, &[]);
            assert_eq!(code, 0, "{entity}: {err}");
            assert!(
                err.contains("ditambah 0, diubah 0"),
                "{entity} {} must change nothing: {err}",
                file.display()
            );
        }
    }
    assert_eq!(f.fingerprint(), before, "no audit entry, no version moved");
}

#[test]
fn a_changed_row_updates_by_nip_and_a_new_one_is_added_once() {
    let f = demo();
    let mut rows = read_csv(&f.export("pegawai"));
    let (nip, tel) = (col(&rows, "nip"), col(&rows, "telepon"));
    let changed_nip = rows[1][nip].clone();
    rows[1][tel] = "0812 3456 7890".into();
    // A new employee: a copy of row 2 with another valid NIP (same birth
    // date, TMT and sex; sequence 999) and no NIK.
    let mut new = rows[2].clone();
    let seq = format!("{}999", &new[nip][..15]);
    new[nip] = seq.clone();
    new[col(&rows, "nik")] = String::new();
    new[col(&rows, "nama")] = "Pegawai Impor".into();
    let file = f.path("changes.csv");
    write_csv(&file, &[rows[0].clone(), rows[1].clone(), new], b';');
    let employees = f.count("SELECT COUNT(*) FROM pegawai");

    let (code, _, err) = f.import("pegawai", &file, &["--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("akan ditambah 1, diubah 1"), "{err}");
    assert_eq!(
        f.count("SELECT COUNT(*) FROM pegawai"),
        employees,
        "dry run saves nothing"
    );

    let (code, _, err) = f.import("pegawai", &file, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("ditambah 1, diubah 1, tetap 0"), "{err}");
    let c = f.conn();
    let phone: String = c
        .query_row(
            "SELECT telepon FROM pegawai WHERE nip = ?1",
            [&changed_nip],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        phone, "0812 3456 7890",
        "the typed value is the saved value"
    );
    let (name, history): (String, i64) = c
        .query_row(
            "SELECT nama, (SELECT COUNT(*) FROM riwayat_status r WHERE r.pegawai_id = e.id)
             FROM pegawai e WHERE nip = ?1",
            [&seq],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((name.as_str(), history), ("Pegawai Impor", 1));
    let audited: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE entitas = 'pegawai' AND pengguna <> ''
             AND entitas_id IN (SELECT id FROM pegawai WHERE nip IN (?1, ?2))",
            [&changed_nip, &seq],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 2, "each write has its audit entry");

    // Again: the same file changes nothing and duplicates nothing.
    let (code, _, err) = f.import("pegawai", &file, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("ditambah 0, diubah 0, tetap 2"), "{err}");
    assert_eq!(f.count("SELECT COUNT(*) FROM pegawai"), employees + 1);
    assert!(
        f.count("SELECT COUNT(*) FROM pegawai WHERE status = 'AKTIF'") > 0,
        "sanity"
    );
}

#[test]
fn a_file_with_bad_rows_writes_nothing_and_names_row_column_value_and_reason() {
    let f = demo();
    let mut rows = read_csv(&f.export("pegawai"));
    let before = f.fingerprint();
    {
        let c = col(&rows, "telepon");
        rows[1][c] = "0811".into();
    } // a valid change, not kept
    {
        let c = col(&rows, "tanggal_lahir");
        rows[2][c] = "31-02-1980".into();
    }
    {
        let c = col(&rows, "nip");
        rows[3][c] = "1.97808E+17".into();
    }
    {
        let c = col(&rows, "jenis_asn");
        rows[4][c] = "XYZ".into();
    }
    {
        let c = col(&rows, "golongan");
        rows[5][c] = "V/a".into();
    }
    let file = f.path("bad.csv");
    write_csv(&file, &rows[..7], b',');
    let (code, out, err) = f.import("pegawai", &file, &["--lang", "en"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("row 3, column tanggal_lahir \"31-02-1980\": not a date"),
        "{out}"
    );
    assert!(
        out.contains("row 4, column nip \"1.97808E+17\": Excel stored this number"),
        "{out}"
    );
    assert!(
        out.contains("row 5, column jenis_asn \"XYZ\": unknown code"),
        "{out}"
    );
    assert!(out.contains("row 6, column golongan \"V/a\""), "{out}");
    assert!(err.contains("nothing was saved"), "{err}");
    assert_eq!(f.fingerprint(), before);
}

#[test]
fn more_than_fifty_problems_are_listed_then_counted() {
    let f = demo();
    let mut rows = read_csv(&f.export("pegawai"));
    let d = col(&rows, "tanggal_lahir");
    for r in rows.iter_mut().skip(1).take(80) {
        r[d] = "kemarin".into();
    }
    let file = f.path("many.csv");
    write_csv(&file, &rows[..81], b',');
    let (code, out, _) = f.import("employees", &file, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("baris ")).count(),
        50,
        "{out}"
    );
    assert!(out.contains("… dan 30 masalah lain."), "{out}");
}

#[test]
fn a_key_twice_in_one_file_is_a_problem() {
    let f = demo();
    let rows = read_csv(&f.export("mitra"));
    let file = f.path("dup.csv");
    write_csv(
        &file,
        &[rows[0].clone(), rows[1].clone(), rows[1].clone()],
        b',',
    );
    let (code, out, _) = f.import("mitra", &file, &[]);
    assert_eq!(code, 1);
    assert!(
        out.contains("baris 3, kolom nama") && out.contains("sudah ada di baris 2"),
        "{out}"
    );
}

#[test]
fn windows_1252_semicolon_csv_without_bom_is_read() {
    let f = demo();
    let mut bytes = b"nama;jenis;alamat\r\n".to_vec();
    bytes.extend_from_slice(b"Caf\xE9 Lhokseumawe;SWASTA;Jl. Merdeka \x93Pusat\x94\r\n");
    let file = f.write("mitra.csv", &bytes);
    let (code, _, err) = f.import("partners", &file, &[]);
    assert_eq!(code, 0, "{err}");
    let alamat: String = f
        .conn()
        .query_row(
            "SELECT alamat FROM mitra WHERE nama = 'Café Lhokseumawe'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(alamat, "Jl. Merdeka “Pusat”");
}

#[test]
fn bad_files_are_refused_whole_with_one_sentence() {
    let f = demo();
    let before = f.fingerprint();
    let cases: Vec<(&str, PathBuf, i32, &str)> = vec![
        ("empty", f.write("empty.csv", b""), 2, "empty"),
        ("blank", f.write("blank.csv", b"\n\n  \n"), 2, "empty"),
        (
            "wrong header",
            f.write("wrong.csv", b"kode,nama\nX,Y\n"),
            1,
            "nip",
        ),
        (
            "missing column",
            f.write("nokey.csv", b"nama,telepon\nA,1\n"),
            1,
            "required column(s) nip",
        ),
        (
            "duplicate column",
            f.write("dupcol.csv", b"nip,NIP\n1,2\n"),
            1,
            "twice",
        ),
        (
            "unclosed quote",
            f.write("quote.csv", b"nip,nama\n\"1,2\n"),
            1,
            "row 2",
        ),
        (
            "old excel",
            f.write("old.xls", b"\xD0\xCF\x11\xE0"),
            2,
            "neither CSV nor XLSX",
        ),
        (
            "not a zip",
            f.write("fake.xlsx", b"nip,nama\n"),
            2,
            "not a readable XLSX",
        ),
        ("missing file", f.path("nothere.csv"), 2, "Cannot read"),
    ];
    let mut tried = Vec::new();
    for (name, file, want, text) in &cases {
        let (code, out, err) = f.import("pegawai", file, &["--lang", "en"]);
        assert_eq!(code, *want, "{name}: {out}{err}");
        let all = format!("{out}{err}");
        assert!(all.contains(text), "{name}: {all}");
        assert!(!all.contains("panicked"), "{name}");
        tried.push(*name);
    }
    // A 10 MB line: one header cell of 10 MB.
    let huge = f.write("huge.csv", &vec![b'x'; 10 * 1024 * 1024]);
    let (code, _, err) = f.import("pegawai", &huge, &["--lang", "en"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.len() < 2000,
        "the message stays short: {} bytes",
        err.len()
    );
    tried.push("10 MB single line");
    assert_eq!(f.fingerprint(), before);
    eprintln!("bad import files tried: {}", tried.join(", "));
}

#[test]
fn an_unknown_or_report_entity_is_a_usage_error() {
    let f = demo();
    let file = f.write("x.csv", b"nip\n");
    for entity in ["rekap-jp", "audit", "pegawaii"] {
        let (code, _, err) = f.import(entity, &file, &[]);
        assert_eq!(code, 2, "{entity}");
        assert!(err.contains("tidak dapat diimpor"), "{err}");
    }
}

/// An XLSX like one a unit sends: typed cells, a text NIP, a real date.
fn workbook(path: &Path, nip_as_number: bool, formula: bool, merged: bool) {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Data").unwrap();
    let headers = ["nip", "telepon", "tmt_jabatan", "email"];
    for (i, h) in headers.iter().enumerate() {
        sheet.write_string(0, i as u16, *h).unwrap();
    }
    if nip_as_number {
        sheet
            .write_number(1, 0, 196_902_061_999_071_001f64)
            .unwrap();
    } else {
        sheet.write_string(1, 0, "196902061999071001").unwrap();
    }
    sheet.write_string(1, 1, "0811-222-333").unwrap();
    let date = ExcelDateTime::from_ymd(2023, 1, 2).unwrap();
    sheet
        .write_datetime_with_format(1, 2, &date, &Format::new().set_num_format("dd/mm/yyyy"))
        .unwrap();
    if formula {
        sheet
            .write_formula(1, 3, Formula::new("=B2&\"@x.id\""))
            .unwrap();
    } else {
        sheet
            .write_string(1, 3, "sekda@lhokseumawekota.go.id")
            .unwrap();
    }
    if merged {
        sheet
            .merge_range(3, 0, 3, 3, "Catatan", &Format::new())
            .unwrap();
    }
    book.save(path).unwrap();
}

/// The text of the workbook part `part` at `path`.
fn part_text(path: &Path, part: &str) -> String {
    use std::io::Read;
    let mut src = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut text = String::new();
    src.by_name(part)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// `path`'s workbook with the first `from` in its part `part` replaced by
/// `to`, as a damaged file may have it.
fn edited(path: &Path, part: &str, from: &str, to: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut src = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..src.len() {
        let mut entry = src.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == part {
            let xml = String::from_utf8(data).unwrap();
            assert!(xml.contains(from), "{part}: {xml}");
            data = xml.replacen(from, to, 1).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// `path`'s workbook with its cell B2 renamed `to`.
fn with_cell_renamed(path: &Path, to: &str) -> Vec<u8> {
    edited(
        path,
        "xl/worksheets/sheet1.xml",
        "r=\"B2\"",
        &format!("r=\"{to}\""),
    )
}

/// A shared-string table claiming more strings than its bytes hold is a
/// damaged workbook: calamine reserves room for the claim first, and
/// `uniqueCount="4000000000"` ended the import with "memory allocation of
/// 96000000000 bytes failed" (abort, exit 134) instead of a sentence.
#[test]
fn a_shared_string_count_its_table_cannot_hold_is_a_damaged_workbook() {
    let f = demo();
    let good = f.path("good.xlsx");
    workbook(&good, false, false, false);
    let before = f.fingerprint();
    let part = "xl/sharedStrings.xml";
    let count = part_text(&good, part)
        .split("uniqueCount=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the table names its unique count")
        .to_string();
    let claim = |n: &str| {
        edited(
            &good,
            part,
            &format!("uniqueCount=\"{count}\""),
            &format!("uniqueCount=\"{n}\""),
        )
    };
    let bad = f.write("sst.xlsx", &claim("4000000000"));
    let (code, out, err) = f.import("pegawai", &bad, &["--lang", "en"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("not a readable XLSX workbook"), "{err}");
    assert!(err.contains("uniqueCount"), "{err}");
    assert!(!err.contains("memory allocation"), "{err}");
    // The true count, and one a little over it, are read as before.
    for n in [count.as_str(), "20"] {
        let ok = f.write(&format!("sst-{n}.xlsx"), &claim(n));
        let (code, out, err) = f.import("pegawai", &ok, &["--lang", "en", "--dry-run"]);
        assert_eq!(code, 0, "uniqueCount {n}: {out}{err}");
    }
    assert_eq!(f.fingerprint(), before);
}

/// A damaged workbook naming a cell beyond the last a sheet can have
/// (XFD1048576) is refused at once, naming the cell. Read on, `ZZZZZZ2`
/// made a row of 321 million cells: 17 s and 10 GB on the two-core
/// machine, then a wrong "required" problem for the row. Nothing is written.
#[test]
fn a_cell_beyond_the_last_column_is_a_damaged_workbook_refused_at_once() {
    let f = demo();
    let good = f.path("good.xlsx");
    workbook(&good, false, false, false);
    let before = f.fingerprint();
    for (cell, lang, text) in [
        (
            "ZZZZZZ2",
            "en",
            "names cell ZZZZZZ2, beyond the last cell a sheet can have",
        ),
        ("XFE2", "id", "menyebut sel XFE2, di luar sel terakhir"),
        ("B1048577", "en", "names cell B1048577"),
    ] {
        let bad = f.write(&format!("bad-{cell}.xlsx"), &with_cell_renamed(&good, cell));
        let started = std::time::Instant::now();
        let (code, out, err) = f.import("pegawai", &bad, &["--lang", lang]);
        assert_eq!(code, 2, "{cell}: {out}{err}");
        assert!(err.contains(text), "{cell}: {err}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{cell}: {:?}",
            started.elapsed()
        );
    }
    // The last cell a sheet can have is read as any other.
    let edge = f.write("edge.xlsx", &with_cell_renamed(&good, "XFD2"));
    let (code, out, err) = f.import("pegawai", &edge, &["--lang", "en", "--dry-run"]);
    assert!(!err.contains("beyond"), "{out}{err}");
    assert_ne!(code, 2, "{out}{err}");
    assert_eq!(f.fingerprint(), before);
}

#[test]
fn xlsx_with_typed_cells_updates_and_a_named_sheet_is_found() {
    let f = demo();
    let file = f.path("units.xlsx");
    workbook(&file, false, false, false);
    let (code, _, err) = f.import("pegawai", &file, &["--sheet", "data"]);
    assert_eq!(code, 0, "{err}");
    let (tel, tmt, email): (String, String, String) = f
        .conn()
        .query_row(
            "SELECT telepon, tmt_jabatan, email FROM pegawai WHERE nip = '196902061999071001'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (tel.as_str(), tmt.as_str(), email.as_str()),
        ("0811-222-333", "2023-01-02", "sekda@lhokseumawekota.go.id")
    );
    let (code, _, err) = f.import("pegawai", &file, &["--sheet", "Lembar9", "--lang", "en"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no sheet 'Lembar9'; its sheets are: Data"),
        "{err}"
    );
}

#[test]
fn xlsx_with_a_number_nip_a_formula_or_merged_cells_is_refused() {
    let f = demo();
    let before = f.fingerprint();
    let number = f.path("number.xlsx");
    workbook(&number, true, false, false);
    let (code, out, _) = f.import("pegawai", &number, &["--lang", "en"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("column nip \"1.96902061999071E17\": Excel stored"),
        "{out}"
    );
    let formula = f.path("formula.xlsx");
    workbook(&formula, false, true, false);
    let (code, out, _) = f.import("pegawai", &formula, &["--lang", "en"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("row 2, column email \"=B2&\\\"@x.id\\\"\"") || out.contains("formula"),
        "{out}"
    );
    let merged = f.path("merged.xlsx");
    workbook(&merged, false, false, true);
    let (code, _, err) = f.import("pegawai", &merged, &["--lang", "en"]);
    assert_eq!(code, 2);
    assert!(err.contains("merged cells (A4:D4)"), "{err}");
    assert_eq!(f.fingerprint(), before);
}

#[test]
fn a_new_file_is_filled_by_import_units_first_then_employees() {
    let f = demo();
    let units = f.export("unit-kerja");
    let employees = f.export("pegawai");
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("kantor.db");
    let run = |entity: &str, file: &Path| {
        let o = peka(&["import", s(&db), entity, s(file)]);
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    // Employees before their units: every row names a unit not found.
    let (code, err) = run("pegawai", &employees);
    assert_eq!(code, Some(1), "{err}");
    let (code, err) = run("unit-kerja", &units);
    assert_eq!(code, Some(0), "{err}");
    let (code, err) = run("pegawai", &employees);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("ditambah 1500"), "{err}");
    let c = Connection::open(&db).unwrap();
    let n: i64 = c
        .query_row("SELECT COUNT(*) FROM pegawai", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1500);
    let o = peka(&["check", s(&db)]);
    let report = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "imported employees pass the rules: {report}"
    );
}

#[test]
fn rules_of_the_forms_refuse_rows_jp_without_completion_and_a_pks_outside_its_mou() {
    let f = demo();
    let before = f.fingerprint();
    // JP credited for a participation that is not completed.
    let mut rows = read_csv(&f.export("peserta"));
    let (st, jp) = (col(&rows, "status"), col(&rows, "jp_diakui"));
    let i = rows
        .iter()
        .position(|r| r[st] == "LULUS")
        .expect("a completed participation");
    rows[i][st] = "MENGUNDURKAN_DIRI".into();
    assert_ne!(rows[i][jp], "0", "it had JP");
    let file = f.path("jp.csv");
    write_csv(&file, &[rows[0].clone(), rows[i].clone()], b',');
    let (code, out, _) = f.import("peserta", &file, &["--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("row 2, column jp_diakui"), "{out}");

    // A PKS that ends after its MoU.
    let mut rows = read_csv(&f.export("perjanjian"));
    let (parent, end) = (col(&rows, "induk_nomor"), col(&rows, "tanggal_berakhir"));
    let i = rows
        .iter()
        .skip(1)
        .position(|r| !r[parent].is_empty())
        .expect("a PKS")
        + 1;
    rows[i][end] = "2099-12-31".into();
    let file = f.path("pks.csv");
    write_csv(&file, &[rows[0].clone(), rows[i].clone()], b',');
    let (code, out, _) = f.import("perjanjian", &file, &["--lang", "en"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("row 2, column tanggal_berakhir"), "{out}");
    assert_eq!(f.fingerprint(), before);
}

#[test]
fn a_new_evaluation_without_appraisers_gets_them_from_the_structure() {
    let f = demo();
    let rows = read_csv(&f.export("evaluasi"));
    let h = &rows[0];
    let keep = [
        "nip",
        "tahun",
        "jenis_periode",
        "periode_ke",
        "hasil_kerja",
        "perilaku",
    ];
    let pick: Vec<usize> = keep.iter().map(|c| col(&rows, c)).collect();
    // Someone whose unit's structure gives an appraising official.
    let conn = f.conn();
    let expected = |nip: &str| -> Option<i64> {
        let id: i64 = conn
            .query_row("SELECT id FROM pegawai WHERE nip = ?1", [nip], |r| r.get(0))
            .ok()?;
        peka::db::evaluations_write::appraisers(&conn, id).ok()?.0
    };
    let row = rows
        .iter()
        .skip(1)
        .find(|r| r[col(&rows, "jenis_periode")] == "TAHUNAN" && expected(&r[0]).is_some())
        .expect("an annual evaluation of someone with an appraiser");
    let want = expected(&row[0]);
    let mut new: Vec<String> = pick.iter().map(|&i| row[i].clone()).collect();
    new[1] = "2030".into();
    let header: Vec<String> = pick.iter().map(|&i| h[i].clone()).collect();
    let file = f.path("eval.csv");
    write_csv(&file, &[header, new.clone()], b',');
    let (code, _, err) = f.import("evaluasi", &file, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("ditambah 1"), "{err}");
    let (predikat, penilai): (String, Option<i64>) = f
        .conn()
        .query_row(
            "SELECT ev.predikat, ev.pejabat_penilai_id FROM evaluasi_kinerja ev
             JOIN pegawai e ON e.id = ev.pegawai_id WHERE e.nip = ?1 AND ev.tahun = 2030",
            [&new[0]],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(!predikat.is_empty(), "the predicate is derived");
    assert_eq!(
        penilai, want,
        "the appraiser comes from the unit's structure"
    );
}

#[test]
fn a_workbook_with_a_wrong_header_or_an_empty_sheet_is_refused_whole() {
    let f = demo();
    let before = f.fingerprint();
    let wrong = f.path("wrong.xlsx");
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Nomor Induk").unwrap();
    sheet.write_string(0, 1, "Nama Lengkap").unwrap();
    sheet.write_string(1, 0, "197808262002011001").unwrap();
    book.save(&wrong).unwrap();
    let (code, _, err) = f.import("pegawai", &wrong, &["--lang", "en"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("lacks the required column(s) nip"), "{err}");

    let empty = f.path("empty.xlsx");
    let mut book = Workbook::new();
    book.add_worksheet();
    book.save(&empty).unwrap();
    let (code, _, err) = f.import("pegawai", &empty, &["--lang", "en"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is empty: it has no header row"), "{err}");
    assert_eq!(f.fingerprint(), before);
}

/// Rows the database itself refuses (a NIK another new row of the file
/// already has: no check before the write sees that) are reported at their
/// column, each once, and the rows before them stay in place for the rest
/// of the file to be checked against: one NIK taken from a row of the
/// first thousand (written long before), one from a row of the group being
/// written when the first refusal came (undone and written again), one from
/// a row after it. Nothing is saved.
#[test]
fn rows_the_database_refuses_are_reported_each_once_and_nothing_is_saved() {
    let f = demo();
    let units = f.export("unit-kerja");
    let rows = read_csv(&f.export("pegawai"));
    let fresh = tempfile::tempdir().unwrap();
    let db = fresh.path().join("kantor.db");
    let o = peka(&["import", s(&db), "unit-kerja", s(&units)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let (nip, nik) = (col(&rows, "nip"), col(&rows, "nik"));
    let with_nik = |from: usize| {
        (from..rows.len())
            .find(|&i| !rows[i][nik].is_empty())
            .unwrap()
    };
    let mut all = rows.clone();
    let mut expected = Vec::new();
    for source in [with_nik(1100), with_nik(1200), with_nik(1)] {
        let mut copy = rows[source].clone();
        // Another person's NIP (the sequence digits), the same NIK.
        copy[nip].replace_range(15..18, "999");
        all.push(copy);
        expected.push(format!(
            "row {}, column nik \"{}\":",
            all.len(),
            rows[source][nik]
        ));
    }
    let file = f.path("dup-nik.csv");
    write_csv(&file, &all, b',');
    let o = peka(&["import", s(&db), "pegawai", s(&file), "--lang", "en"]);
    let (out, err) = (
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr),
    );
    assert_eq!(o.status.code(), Some(1), "{out}{err}");
    let problems: Vec<&str> = out.lines().filter(|l| l.starts_with("row ")).collect();
    assert_eq!(problems.len(), 3, "{out}");
    for (line, want) in problems.iter().zip(&expected) {
        assert!(line.starts_with(want.as_str()), "{line} / {want}");
    }
    assert!(err.contains("nothing was saved"), "{err}");
    let c = Connection::open(&db).unwrap();
    let n: i64 = c
        .query_row("SELECT COUNT(*) FROM pegawai", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}
