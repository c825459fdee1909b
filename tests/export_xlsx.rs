//! Excel out (issue 11, item 3): `peka export --format xlsx` for every entity
//! and the TUI's `x`, on a copy of sample.db, read back with calamine the way
//! a spreadsheet would read them: the same header and rows as the CSV, NIP
//! and NIK as text with every digit, dates as date cells, numbers as numbers,
//! the header bold and frozen.

mod common;

use calamine::{Data, DataType, Reader, Xlsx};
use common::pty::{Session, Spawn};
use peka::cli::export::Entity;
use peka::cli::xlsx::{ColumnKind, MAX_WIDTH, column_kind};
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// A temporary folder holding a copy of sample.db (never sample.db itself).
fn sample_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("peka.db");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"), &db)
        .expect("copy sample.db");
    (dir, db)
}

fn peka(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .output()
        .expect("run peka")
}

fn must(out: Output, what: &str) -> Vec<u8> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "{what}: {:?}", out.stderr);
    out.stdout
}

/// The CSV records (BOM dropped), header first.
fn csv_records(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("CSV starts with the BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The one sheet of an .xlsx file: its name and its cells, row by row.
fn sheet(bytes: &[u8]) -> (String, Vec<Vec<Data>>) {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).expect("a valid .xlsx");
    let names = book.sheet_names();
    assert_eq!(names.len(), 1, "one sheet: {names:?}");
    let range = book.worksheet_range(&names[0]).unwrap();
    assert_eq!(range.start(), Some((0, 0)), "the sheet starts at A1");
    let rows = range.rows().map(<[Data]>::to_vec).collect();
    (names[0].clone(), rows)
}

/// A file of the .xlsx archive as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("an .xlsx is a zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the archive"))
        .read_to_string(&mut text)
        .unwrap();
    text
}

fn is_iso_date(s: &str) -> bool {
    peka::domain::dates::parse_iso(s).is_some()
}

/// Every cell of the sheet against the CSV value of the same place:
/// identifiers are the same text, ISO dates in date columns are date cells of
/// that day, numbers in value columns are numbers of that value, the rest the
/// same text; an empty CSV value is an empty cell.
fn assert_cells_match(entity: &str, header: &[String], csv: &[Vec<String>], xlsx: &[Vec<Data>]) {
    for (r, (c_row, x_row)) in csv.iter().zip(xlsx).enumerate() {
        for (c, name) in header.iter().enumerate() {
            let want = c_row[c].as_str();
            let got = x_row.get(c).unwrap_or(&Data::Empty);
            let at = format!("{entity} row {} column {name}: {want:?} vs {got:?}", r + 2);
            if want.is_empty() {
                assert!(got.is_empty() || got.get_string() == Some(""), "{at}");
                continue;
            }
            match column_kind(name) {
                ColumnKind::Identifier => assert_eq!(got.get_string(), Some(want), "{at}"),
                ColumnKind::Date if is_iso_date(want) => {
                    let Data::DateTime(d) = got else {
                        panic!("a date cell: {at}")
                    };
                    assert!(d.is_datetime(), "{at}");
                    let (y, m, day, ..) = d.to_ymd_hms_milli();
                    assert_eq!(format!("{y:04}-{m:02}-{day:02}"), want, "{at}");
                }
                _ => match got {
                    Data::Float(f) => {
                        let v: f64 = want.parse().unwrap_or_else(|_| panic!("{at}"));
                        assert!((f - v).abs() < 0.005, "{at}");
                    }
                    Data::Int(i) => assert_eq!(i.to_string(), want, "{at}"),
                    _ => assert_eq!(got.get_string(), Some(want), "{at}"),
                },
            }
        }
    }
}

#[test]
fn every_entity_reads_back_as_its_csv_with_typed_cells() {
    let (dir, db) = sample_copy();
    let db = db.to_str().unwrap();
    let mut dated = vec![];
    let mut numeric = vec![];
    for entity in Entity::ALL {
        let name = entity.name();
        let out = dir.path().join(format!("{name}.xlsx"));
        let csv = csv_records(&must(peka(&["export", db, name]), name));
        let written = must(
            peka(&[
                "export",
                db,
                name,
                "--format",
                "xlsx",
                "--out",
                out.to_str().unwrap(),
            ]),
            name,
        );
        assert!(written.is_empty(), "{name}: nothing on stdout with --out");
        let bytes = std::fs::read(&out).unwrap();
        let (sheet_name, rows) = sheet(&bytes);
        assert_eq!(sheet_name, name, "the sheet is named after the entity");
        let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
        assert_eq!(header, csv[0], "{name}: the CSV's header");
        assert_eq!(rows.len(), csv.len(), "{name}: the CSV's row count");
        assert_cells_match(name, &header, &csv[1..], &rows[1..]);

        for (c, col) in header.iter().enumerate() {
            let values = || rows[1..].iter().map(move |r| &r[c]);
            let width = match col.as_str() {
                "nip" | "pembimbing_nip" | "pejabat_penilai_nip" => Some(18),
                "nik" => Some(16),
                _ => None,
            };
            if let Some(n) = width {
                for v in values().filter(|v| !v.is_empty()) {
                    let s = v
                        .get_string()
                        .unwrap_or_else(|| panic!("{name}.{col}: {v:?}"));
                    assert!(
                        s.len() == n && s.bytes().all(|b| b.is_ascii_digit()),
                        "{name}.{col}: {s:?} is {n} digits of text"
                    );
                }
            }
            // A column whose values are all ISO dates is a date column: the
            // list of date names in cli::xlsx misses none.
            let texts: Vec<&str> = csv[1..]
                .iter()
                .map(|r| r[c].as_str())
                .filter(|s| !s.is_empty())
                .collect();
            if !texts.is_empty() && texts.iter().all(|s| is_iso_date(s)) {
                assert_eq!(column_kind(col), ColumnKind::Date, "{name}.{col}");
                assert!(values().any(DataType::is_datetime), "{name}.{col}");
                dated.push(format!("{name}.{col}"));
            }
            if values().any(|v| matches!(v, Data::Float(_) | Data::Int(_))) {
                numeric.push(format!("{name}.{col}"));
            }
        }
    }
    for needed in [
        "pegawai.tanggal_lahir",
        "pegawai.tmt_pengangkatan",
        "perjanjian.tanggal_berakhir",
        "penilaian.tanggal",
    ] {
        assert!(dated.iter().any(|d| d == needed), "{needed}: {dated:?}");
    }
    for needed in [
        "rekap-jp.jp",
        "rekap-jp.tahun",
        "kesenjangan.standar",
        "perjanjian.sisa_hari",
    ] {
        assert!(numeric.iter().any(|d| d == needed), "{needed}: {numeric:?}");
    }
}

#[test]
fn the_header_is_bold_and_frozen_and_the_columns_fit() {
    let (dir, db) = sample_copy();
    let out = dir.path().join("pegawai.xlsx");
    must(
        peka(&[
            "export",
            db.to_str().unwrap(),
            "employees",
            "--format",
            "XLSX",
            "--out",
            out.to_str().unwrap(),
        ]),
        "pegawai",
    );
    let bytes = std::fs::read(&out).unwrap();
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(
        xml.contains(
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        ),
        "frozen under the header: {}",
        &xml[..600.min(xml.len())]
    );
    // The header's cells carry a style whose font is bold.
    let a1 = xml.find("<c r=\"A1\"").expect("cell A1");
    let style: usize = xml[a1..]
        .split("s=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .expect("A1 has a style");
    let styles = part(&bytes, "xl/styles.xml");
    let xfs = styles.split("<cellXfs").nth(1).unwrap();
    let xf = xfs.split("<xf ").nth(style + 1).expect("the style of A1");
    let font: usize = xf
        .split("fontId=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .and_then(|s| s.parse().ok())
        .unwrap();
    let fonts = styles.split("<fonts").nth(1).unwrap();
    let font_xml = fonts.split("<font>").nth(font + 1).expect("A1's font");
    assert!(font_xml.starts_with("<b/>"), "bold: {font_xml}");
    // Widths: set for every column, none wider than the cap, the NIP column
    // wide enough for 18 digits.
    let cols = xml
        .split("<cols>")
        .nth(1)
        .unwrap()
        .split("</cols>")
        .next()
        .unwrap();
    let widths: Vec<f64> = cols
        .split("width=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(!widths.is_empty(), "{cols}");
    assert!(
        widths.iter().all(|w| *w <= MAX_WIDTH as f64 + 1.0),
        "{widths:?}"
    );
    assert!(
        widths[0] >= 18.0,
        "the NIP column fits 18 digits: {widths:?}"
    );
}

#[test]
fn xlsx_may_go_to_a_pipe_or_a_redirect_but_not_to_a_terminal() {
    let (dir, db) = sample_copy();
    let db = db.to_str().unwrap();
    // A pipe: the bytes of the file.
    let bytes = must(peka(&["export", db, "mitra", "--format", "xlsx"]), "mitra");
    assert_eq!(&bytes[..4], b"PK\x03\x04", "a zip on stdout");
    let (_, rows) = sheet(&bytes);
    let phone = rows[0]
        .iter()
        .position(|h| h.get_string() == Some("telepon"))
        .unwrap();
    assert!(
        rows[1..]
            .iter()
            .all(|r| r[phone].is_empty() || r[phone].is_string()),
        "phone numbers are text"
    );
    // A terminal: one sentence naming --out, exit 2, nothing else written.
    for (lang, says) in [("id", "berikan --out"), ("en", "give --out")] {
        let mut s = Session::spawn(Spawn {
            program: bin(),
            args: &["export", db, "pegawai", "--format", "xlsx", "--lang", lang],
            cwd: dir.path(),
            env: &[],
            cols: 200,
            rows: 10,
        });
        let status = s
            .wait_exit(Duration::from_secs(20))
            .unwrap_or_else(|| panic!("peka export ended: {}", s.screen()));
        assert_eq!(status.exit_code(), 2, "{}", s.screen());
        let screen = s.screen();
        let text: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(text.len(), 1, "one sentence: {screen}");
        assert!(
            text[0].contains(says) && !text[0].contains("PK"),
            "{screen}"
        );
    }
}

#[test]
fn a_folder_that_does_not_exist_is_exit_2_and_leaves_nothing() {
    let (dir, db) = sample_copy();
    let out = dir.path().join("tidak-ada").join("pegawai.xlsx");
    let o = peka(&[
        "export",
        db.to_str().unwrap(),
        "pegawai",
        "--format",
        "xlsx",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(
        err.contains("pegawai.xlsx") && !err.contains("panicked"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["peka.db"], "no file and no temporary file left");
}

#[test]
fn sep_with_xlsx_is_a_usage_error() {
    let (_dir, db) = sample_copy();
    for (lang, says) in [
        ("id", "--sep hanya berlaku untuk CSV"),
        ("en", "--sep applies to CSV only"),
    ] {
        let o = peka(&[
            "export",
            db.to_str().unwrap(),
            "pegawai",
            "--format",
            "xlsx",
            "--sep",
            ";",
            "--lang",
            lang,
        ]);
        assert_eq!(o.status.code(), Some(2));
        assert!(o.stdout.is_empty());
        let err = String::from_utf8(o.stderr).unwrap();
        assert!(
            err.starts_with(says) && err.trim_end().lines().count() == 1,
            "{err}"
        );
    }
}

/// The files in `dir` whose names start with `stem` and end with `ext`.
fn files(dir: &Path, stem: &str, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy();
            n.starts_with(stem) && n.ends_with(ext)
        })
        .collect();
    found.sort();
    found
}

/// The TUI, by real keys: `x` writes the employee list as Excel (the header
/// of `peka export`'s names, NIP as 18 digits of text, JP a number), `X` the
/// same list as CSV with its BOM; the help says both.
#[test]
fn x_writes_the_list_as_excel_and_shift_x_as_csv() {
    let (dir, db) = sample_copy();
    let mut s = Session::spawn(Spawn {
        program: bin(),
        args: &[db.to_str().unwrap()],
        cwd: dir.path(),
        env: &[("HOME", dir.path().to_str().unwrap())],
        cols: 100,
        rows: 30,
    });
    s.wait_for("1/");
    s.send("x");
    s.wait_for("baris diekspor ke ");
    let xlsx = files(dir.path(), "pegawai-", ".xlsx");
    assert_eq!(xlsx.len(), 1, "{xlsx:?}");
    let (sheet_name, rows) = sheet(&std::fs::read(&xlsx[0]).unwrap());
    assert_eq!(sheet_name, "pegawai");
    let header: Vec<String> = rows[0].iter().map(|d| d.to_string()).collect();
    assert_eq!(
        header,
        ["nip", "nama", "golongan", "jabatan", "unit_kerja", "jp"]
    );
    assert!(rows.len() > 100, "the whole list: {}", rows.len());
    for r in &rows[1..] {
        let nip = r[0]
            .get_string()
            .unwrap_or_else(|| panic!("NIP as text: {r:?}"));
        assert!(
            nip.len() == 18 && nip.bytes().all(|b| b.is_ascii_digit()),
            "{nip}"
        );
        assert!(
            matches!(r[5], Data::Float(_) | Data::Int(_)),
            "JP a number: {r:?}"
        );
    }
    s.send("X");
    s.wait_for(".csv");
    let csv = files(dir.path(), "pegawai-", ".csv");
    assert_eq!(csv.len(), 1, "{csv:?}");
    let records = csv_records(&std::fs::read(&csv[0]).unwrap());
    assert_eq!(records[0], header, "the same names in both files");
    assert_eq!(records.len(), rows.len(), "the same rows in both files");
    s.send("?");
    s.wait_for("ke Excel");
    s.send(common::pty::key::PGDN);
    s.wait_for("(Shift-x) ekspor daftar yang sama ke CSV");
    s.send(common::pty::key::ESC);
    s.wait_gone("Excel");
    s.send("q");
    assert!(
        s.wait_exit(Duration::from_secs(10))
            .is_some_and(|st| st.success()),
        "{}",
        s.screen()
    );
}
