//! Reading a spreadsheet for `peka import`: a CSV file (separator `,` `;` or
//! tab, detected from the header line; UTF-8 with or without its byte order
//! mark, UTF-16 with one, or Windows-1252 — what Excel's "CSV" writes on an
//! Indonesian or English Windows) or the first sheet (or a named one) of an
//! `.xlsx` workbook. Rows are handed to a callback one by one with their row
//! number as a spreadsheet shows it (the header is row 1), so a large file
//! is never held as a table of strings.
//!
//! Cells keep their kind where the file has one (an XLSX number, date or
//! formula); a CSV gives text only.

use calamine::{DataRef, Reader, Xlsx};
use chrono::NaiveDate;
use std::io::{BufReader, Read};
use std::path::Path;

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    /// A number cell of a workbook (Excel keeps every number as a float).
    Number(f64),
    /// A date cell of a workbook.
    Date(NaiveDate),
    Bool(bool),
    /// A formula cell; its cached result is not imported.
    Formula {
        formula: String,
    },
    /// An error cell (`#REF!`, `#N/A`…).
    Error(String),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

/// Why a file could not be read at all (nothing is imported).
#[derive(Debug, Clone, PartialEq)]
pub enum SheetError {
    /// The file cannot be opened or read.
    Io(String),
    /// Neither `.csv`/`.txt` nor `.xlsx` (an old `.xls`, an `.ods`…).
    UnknownFormat { extension: String },
    /// The workbook cannot be read (not a zip, damaged XML…).
    Workbook(String),
    /// `--sheet NAME` names no sheet; `sheets` are the ones there are.
    NoSuchSheet { name: String, sheets: Vec<String> },
    /// The sheet has merged cells (`A1:C1`): rows would shift.
    Merged { range: String },
    /// The file has no header row.
    Empty,
    /// A CSV record the reader cannot split (an unclosed quote…).
    Csv { row: usize, detail: String },
    /// `--sheet` given for a CSV file.
    SheetForCsv,
    /// A workbook's cell lies beyond the last cell a sheet can have
    /// (XFD1048576): the file is damaged. Read on, a reference such as
    /// `ZZZZZZ2` made a row of 321 million cells (10 GB).
    BeyondSheet { cell: String },
}

/// Excel's last column (XFD) and row, 0-based: no sheet has cells beyond.
const LAST_COLUMN: u32 = 16_383;
const LAST_ROW: u32 = 1_048_575;

/// The file kinds `peka import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// By extension (case ignored): `.xlsx`/`.xlsm` or `.csv`/`.txt`/`.tsv`.
    pub fn of(path: &Path) -> Result<Format, SheetError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Ok(Format::Xlsx),
            "csv" | "txt" | "tsv" => Ok(Format::Csv),
            _ => Err(SheetError::UnknownFormat { extension: ext }),
        }
    }
}

/// Reads `path` and calls `row(number, cells)` for every row, the header
/// (row 1 of a CSV; the first non-empty row of a sheet) included. Rows that
/// are wholly empty are skipped. `row` returns `false` to stop early.
pub fn read(
    path: &Path,
    sheet: Option<&str>,
    row: &mut dyn FnMut(usize, Vec<Value>) -> bool,
) -> Result<(), SheetError> {
    match Format::of(path)? {
        Format::Csv => {
            if sheet.is_some() {
                return Err(SheetError::SheetForCsv);
            }
            let mut bytes = Vec::new();
            std::fs::File::open(path)
                .and_then(|mut f| f.read_to_end(&mut bytes))
                .map_err(|e| SheetError::Io(e.to_string()))?;
            read_csv(&bytes, row)
        }
        Format::Xlsx => read_xlsx(path, sheet, row),
    }
}

/// The text of a CSV file: UTF-8 (a byte order mark removed), UTF-16 when it
/// starts with its byte order mark, else Windows-1252 when the bytes are not
/// valid UTF-8 (Excel's "CSV (Comma delimited)" on Windows).
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_with_bom_removal(bytes);
        return text;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
        }
    }
}

/// The separator of a CSV: the most frequent of `,` `;` and tab outside
/// quotes on the first line that has any (looking at 20 lines at most; `,`
/// when none has one).
pub fn detect_separator(text: &str) -> u8 {
    let seps = [b',', b';', b'\t'];
    let mut counts = [0usize; 3];
    let mut quoted = false;
    let mut lines = 0;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => {
                if counts.iter().any(|&n| n > 0) {
                    break;
                }
                lines += 1;
                if lines >= 20 {
                    break;
                }
            }
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    seps[best]
}

/// Reads CSV bytes (see [`read`]).
pub fn read_csv(
    bytes: &[u8],
    row: &mut dyn FnMut(usize, Vec<Value>) -> bool,
) -> Result<(), SheetError> {
    let text = decode(bytes);
    if text.trim().is_empty() {
        return Err(SheetError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_separator(&text))
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut number = 0usize;
    // Lines counted up to byte `counted_to`.
    let (mut line, mut counted_to) = (1usize, 0usize);
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                // The line the record starts on: the row number a
                // spreadsheet shows when it opens the file.
                // The line the record's first character is on: the row
                // number a spreadsheet shows when it opens the file (blank
                // lines and CRLF endings counted as it counts them).
                if let Some(p) = record.position() {
                    let bytes = text.as_bytes();
                    let mut at = (p.byte() as usize).max(counted_to);
                    while at < bytes.len() && (bytes[at] == b'\r' || bytes[at] == b'\n') {
                        at += 1;
                    }
                    line += bytecount(&bytes[counted_to..at]);
                    counted_to = at;
                    number = line;
                } else {
                    number += 1;
                }
                let cells: Vec<Value> = record
                    .iter()
                    .map(|s| {
                        if s.trim().is_empty() {
                            Value::Empty
                        } else {
                            Value::Text(s.to_string())
                        }
                    })
                    .collect();
                if cells.iter().all(Value::is_empty) {
                    continue;
                }
                if !row(number, cells) {
                    return Ok(());
                }
            }
            Err(e) => {
                return Err(SheetError::Csv {
                    row: number + 1,
                    detail: e.to_string(),
                });
            }
        }
    }
    if number == 0 {
        return Err(SheetError::Empty);
    }
    Ok(())
}

fn bytecount(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c == b'\n').count()
}

/// `A1`-style name of a zero-based cell position.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = u64::from(col) + 1;
    while c > 0 {
        let r = (c - 1) % 26;
        letters.push(b'A' + r as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!(
        "{}{}",
        String::from_utf8_lossy(&letters),
        u64::from(row) + 1
    )
}

fn convert(v: DataRef<'_>) -> Value {
    use calamine::DataType;
    if (v.is_datetime() || v.is_datetime_iso())
        && let Some(d) = v.as_date()
    {
        return Value::Date(d);
    }
    match v {
        DataRef::Empty => Value::Empty,
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Text(s),
        DataRef::SharedString(s) => Value::Text(s.to_string()),
        DataRef::Int(i) => Value::Number(i as f64),
        DataRef::Float(f) => Value::Number(f),
        DataRef::Bool(b) => Value::Bool(b),
        DataRef::DateTime(d) => Value::Number(d.as_f64()),
        DataRef::Error(e) => Value::Error(e.to_string()),
    }
}

/// Whether a part of the workbook at `path` names a `mergeCell` (or the
/// file cannot be read as a zip here: calamine then says why). The merged
/// cells of a sheet come after its rows, so calamine finds them by parsing
/// the whole sheet: a second parse of a 100,000-row sheet, most of an
/// unchanged re-import's time. Searching the inflated bytes for the name
/// costs a fraction of that; only a workbook that has it (any part, any
/// namespace prefix, even in a text) is parsed for its merged cells.
fn may_have_merged_cells(path: &Path) -> bool {
    let scan = || -> Option<bool> {
        let file = std::fs::File::open(path).ok()?;
        let mut zip = zip::ZipArchive::new(BufReader::new(file)).ok()?;
        for i in 0..zip.len() {
            if holds(zip.by_index(i).ok()?, b"mergeCell").ok()? {
                return Some(true);
            }
        }
        Some(false)
    };
    scan().unwrap_or(true)
}

/// Whether the bytes `r` reads hold `needle` (read in chunks; a needle cut
/// between two reads is found too).
fn holds(mut r: impl Read, needle: &[u8]) -> std::io::Result<bool> {
    let finder = memchr::memmem::Finder::new(needle);
    let mut buf = vec![0u8; (1 << 16).max(2 * needle.len())];
    // The bytes kept from the end of the read before.
    let mut kept = 0;
    loop {
        let n = r.read(&mut buf[kept..])?;
        if n == 0 {
            return Ok(false);
        }
        let end = kept + n;
        if finder.find(&buf[..end]).is_some() {
            return Ok(true);
        }
        kept = end.min(needle.len().saturating_sub(1));
        buf.copy_within(end - kept..end, 0);
    }
}

/// The fewest bytes one string of a shared-string table takes
/// (`<si></si>` is nine).
const SHARED_STRING_BYTES: u64 = 8;

/// Whether the shared-string table's `uniqueCount` is one its bytes can
/// hold. calamine reserves room for that many strings before reading
/// them: a damaged `uniqueCount="4000000000"` asked for 96 GB, and the
/// import ended with "memory allocation failed" (abort) instead of a
/// sentence. Reads the table at most once, up to what the count needs.
fn shared_strings_fit(path: &Path) -> Result<(), SheetError> {
    let damaged = |detail: String| Err(SheetError::Workbook(detail));
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut zip) = zip::ZipArchive::new(BufReader::new(file)) else {
        return Ok(());
    };
    for i in 0..zip.len() {
        let Ok(mut part) = zip.by_index(i) else {
            continue;
        };
        let name = part.name().unwrap_or_default().to_ascii_lowercase();
        if !name.ends_with("sharedstrings.xml") {
            continue;
        }
        let mut head = vec![0u8; 4096];
        let n = read_up_to(&mut part, &mut head);
        let Some(claimed) = unique_count(&head[..n]) else {
            continue;
        };
        let needed = claimed.saturating_mul(SHARED_STRING_BYTES);
        let rest = std::io::copy(
            &mut (&mut part).take(needed.saturating_sub(n as u64)),
            &mut std::io::sink(),
        )
        .unwrap_or(0);
        if (n as u64) + rest < needed {
            return damaged(format!(
                "sharedStrings.xml: uniqueCount=\"{claimed}\" in {} B",
                n as u64 + rest
            ));
        }
    }
    Ok(())
}

/// Fills `buf` from `r` as far as it goes; the bytes read.
fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> usize {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n
}

/// The `uniqueCount` attribute of the `sst` start tag in `head`.
fn unique_count(head: &[u8]) -> Option<u64> {
    let at = memchr::memmem::find(head, b"uniqueCount=")? + b"uniqueCount=".len();
    let value = head.get(at + 1..)?;
    let digits = value.iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(&value[..digits]).ok()?.parse().ok()
}

fn read_xlsx(
    path: &Path,
    sheet: Option<&str>,
    row: &mut dyn FnMut(usize, Vec<Value>) -> bool,
) -> Result<(), SheetError> {
    let file = std::fs::File::open(path).map_err(|e| SheetError::Io(e.to_string()))?;
    shared_strings_fit(path)?;
    let mut book: Xlsx<_> =
        Xlsx::new(BufReader::new(file)).map_err(|e| SheetError::Workbook(e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(want) => names
            .iter()
            .find(|n| n.as_str() == want || n.eq_ignore_ascii_case(want))
            .cloned()
            .ok_or_else(|| SheetError::NoSuchSheet {
                name: want.to_string(),
                sheets: names.clone(),
            })?,
        None => names.first().cloned().ok_or(SheetError::Empty)?,
    };
    if may_have_merged_cells(path)
        && let Ok(merged) = book.merge_cells_by_sheet_name(&name)
        && let Some(d) = merged.first()
    {
        return Err(SheetError::Merged {
            range: format!(
                "{}:{}",
                cell_name(d.start.0, d.start.1),
                cell_name(d.end.0, d.end.1)
            ),
        });
    }
    let mut cells = book
        .worksheet_cells_reader(&name)
        .map_err(|e| SheetError::Workbook(e.to_string()))?;
    let mut current: Option<u32> = None;
    let mut values: Vec<Value> = Vec::new();
    let mut any = false;
    let mut flush = |r: u32, values: &mut Vec<Value>| -> bool {
        let v = std::mem::take(values);
        if v.iter().all(Value::is_empty) {
            return true;
        }
        any = true;
        row(r as usize + 1, v)
    };
    loop {
        let cell = cells
            .next_cell_with_formula()
            .map_err(|e| SheetError::Workbook(e.to_string()))?;
        let Some(cell) = cell else { break };
        let (r, c) = cell.pos;
        if r > LAST_ROW || c > LAST_COLUMN {
            return Err(SheetError::BeyondSheet {
                cell: cell_name(r, c),
            });
        }
        if current != Some(r) {
            if let Some(prev) = current
                && !flush(prev, &mut values)
            {
                return Ok(());
            }
            current = Some(r);
        }
        let c = c as usize;
        if values.len() <= c {
            values.resize(c + 1, Value::Empty);
        }
        values[c] = match cell.formula.filter(|f| !f.is_empty()) {
            Some(formula) => Value::Formula { formula },
            None => convert(cell.value),
        };
    }
    if let Some(prev) = current {
        flush(prev, &mut values);
    }
    if !any {
        return Err(SheetError::Empty);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `bytes` a few at a time, as a part of a zip may come.
    struct Dribble<'a>(&'a [u8], usize);

    impl Read for Dribble<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn a_name_is_found_wherever_the_reads_cut_it() {
        let text = b"<sheetData/><mergeCells count=\"1\"><x:mergeCell ref=\"A4:D4\"/>";
        for step in 1..12 {
            assert!(holds(Dribble(text, step), b"mergeCell").unwrap(), "{step}");
            assert!(
                !holds(Dribble(text, step), b"mergeCellz").unwrap(),
                "{step}"
            );
        }
        assert!(!holds(Dribble(b"", 3), b"mergeCell").unwrap());
    }

    /// Only a workbook that names merged cells is parsed for them; one that
    /// cannot be read as a zip is left to calamine to refuse.
    #[test]
    fn merged_cells_are_looked_for_only_where_they_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, merged: bool| {
            let path = dir.path().join(name);
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            for r in 0..3000u32 {
                sheet.write_string(r, 0, format!("baris {r}")).unwrap();
                sheet.write_number(r, 1, f64::from(r)).unwrap();
            }
            if merged {
                sheet
                    .merge_range(3000, 0, 3000, 3, "Catatan", &rust_xlsxwriter::Format::new())
                    .unwrap();
            }
            book.save(&path).unwrap();
            path
        };
        assert!(!may_have_merged_cells(&write("plain.xlsx", false)));
        assert!(may_have_merged_cells(&write("merged.xlsx", true)));
        let not_zip = dir.path().join("x.xlsx");
        std::fs::write(&not_zip, b"nama,nip\n").unwrap();
        assert!(may_have_merged_cells(&not_zip));
    }

    fn rows(bytes: &[u8]) -> Vec<(usize, Vec<Value>)> {
        let mut out = Vec::new();
        read_csv(bytes, &mut |n, v| {
            out.push((n, v));
            true
        })
        .unwrap();
        out
    }

    fn t(s: &str) -> Value {
        Value::Text(s.to_string())
    }

    #[test]
    fn separators_are_detected_from_the_header_line() {
        assert_eq!(detect_separator("nip;nama;\"a,b\"\n1,2,3,4"), b';');
        assert_eq!(detect_separator("nip,nama;x,y\n"), b',');
        assert_eq!(detect_separator("nip\tnama\n"), b'\t');
        assert_eq!(detect_separator("nip\n"), b',');
        assert_eq!(detect_separator("nip\n1;2\n"), b';', "a one-column header");
    }

    #[test]
    fn a_bom_and_windows_1252_are_read_as_text() {
        let utf8 = rows(b"\xEF\xBB\xBFnip;nama\n1;Caf\xC3\xA9\n");
        assert_eq!(utf8[0].1, vec![t("nip"), t("nama")]);
        assert_eq!(utf8[1].1[1], t("Café"));
        // 0xE9 is é in Windows-1252; 0x93/0x94 are curly quotes.
        let cp = rows(b"nip,nama\n1,Caf\xE9 \x93x\x94\n");
        assert_eq!(cp[1].1[1], t("Café “x”"));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(
                "nip\tnama\n1\tA\n"
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes()),
            )
            .collect();
        assert_eq!(rows(&utf16)[1].1, vec![t("1"), t("A")]);
    }

    #[test]
    fn blank_lines_are_skipped_and_rows_keep_their_numbers() {
        let r = rows(b"a,b\n\n,\n1,2\n");
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[1].0, 4,
            "numbered by line, as a spreadsheet shows the file"
        );
        let crlf = rows(b"a,b\r\n1,2\r\n\r\n3,4\r\n");
        let numbers: Vec<usize> = crlf.iter().map(|(n, _)| *n).collect();
        assert_eq!(numbers, vec![1, 2, 4]);
    }

    #[test]
    fn an_empty_file_is_an_error() {
        assert_eq!(read_csv(b"", &mut |_, _| true), Err(SheetError::Empty));
        assert_eq!(read_csv(b"\n \n", &mut |_, _| true), Err(SheetError::Empty));
    }

    #[test]
    fn cell_names_follow_excel() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(4, 25), "Z5");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 701), "ZZ10");
    }
}
