//! End-to-end tests of issue 3 (employee data entry) in a pseudo-terminal.
//!
//! Each scenario runs the real `peka` binary at 80×24 on a copy of the demo
//! data in a temp folder (never `sample.db` itself), types keys as an
//! operator would, reads the screen through a vt100 model of the terminal,
//! and checks what was stored through `peka export` and the audit table.
//! Expected texts and values come from the library and from the copy, read
//! before the binary starts.
//!
//! The form is driven in its own field order (`tui::forms::employee::specs`)
//! by an `Operator` that also counts the keys typed beyond the values (Tab,
//! the pick of a lookup result, save): the measurement the issue asks for.

mod common;

use chrono::NaiveDate;
use common::pty::{Session, Spawn, WAIT, key};
use peka::db::{self, OpenMode};
use peka::domain::enums::Gender;
use peka::domain::nip::{NipError, parse_nip};
use peka::i18n::Lang;
use peka::i18n::labels::Label;
use peka::i18n::{form as fx, tui as tx};
use peka::tui::forms::employee::{KEEP_ON_NEW, specs};
use peka::tui::widgets::form::FieldKind;
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

const LANG: Lang = Lang::Id;

fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// A temp folder holding `demo.db`: a copy of `sample.db`, or a fresh seed.
fn demo_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("demo.db");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    if sample.is_file() {
        std::fs::copy(&sample, &db).expect("copy sample.db");
    } else {
        let out = Command::new(bin())
            .args(["seed", db.to_str().unwrap(), "--employees", "300"])
            .args(["--as-of", "2026-11-28"])
            .output()
            .expect("run peka seed");
        assert!(out.status.success(), "peka seed failed: {out:?}");
    }
    (dir, db)
}

fn open(db: &Path) -> Connection {
    db::open(db, OpenMode::ReadOnly).expect("open the copy")
}

/// The date the application takes as today (the settings may pin one).
fn today(conn: &Connection) -> NaiveDate {
    db::settings::load(conn)
        .expect("settings")
        .today(chrono::Local::now().date_naive())
}

fn count(conn: &Connection, sql: &str, arg: &str) -> i64 {
    conn.query_row(sql, [arg], |r| r.get(0)).expect(sql)
}

fn employees(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))
        .expect("count pegawai")
}

fn audit_rows(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .expect("count audit")
}

/// A PNS NIP — birth `yyyymmdd`, TMT CPNS `yyyymm`, sex digit — with the
/// first sequence from `from` that no employee of the copy (nor `taken`) has.
fn free_nip(
    conn: &Connection,
    birth: &str,
    tmt: &str,
    sex: char,
    from: u32,
    taken: &[String],
) -> String {
    (from..=999)
        .map(|n| format!("{birth}{tmt}{sex}{n:03}"))
        .find(|nip| {
            !taken.contains(nip)
                && count(conn, "SELECT count(*) FROM pegawai WHERE nip = ?1", nip) == 0
        })
        .expect("a free NIP sequence")
}

/// The unit a lookup for `query` offers first (what `Enter` picks): (name, code).
fn first_unit(conn: &Connection, query: &str) -> (String, String) {
    let (_, code, name, _) = db::lookup::units(conn, query, 8)
        .expect("unit lookup")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no unit matches {query:?} in the copy"));
    (name, code)
}

/// `peka export DB pegawai` (CSV), one map column → value per employee.
fn export_employees(db: &Path) -> Vec<HashMap<String, String>> {
    let out = Command::new(bin())
        .args(["export", db.to_str().unwrap(), "pegawai"])
        .output()
        .expect("run peka export");
    assert!(
        out.status.success(),
        "peka export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let header = r.headers().expect("CSV header").clone();
    r.records()
        .map(|rec| {
            let rec = rec.expect("CSV row");
            header
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// The one exported row of `nip`.
fn row_of<'a>(rows: &'a [HashMap<String, String>], nip: &str) -> &'a HashMap<String, String> {
    let found: Vec<_> = rows.iter().filter(|r| r["nip"] == nip).collect();
    assert_eq!(found.len(), 1, "exactly one exported row has NIP {nip}");
    found[0]
}

fn assert_row(row: &HashMap<String, String>, expect: &[(&str, &str)]) {
    for (column, value) in expect {
        let got = row
            .get(*column)
            .unwrap_or_else(|| panic!("the export has no column {column:?}"));
        assert_eq!(got, value, "column {column} of NIP {}", row["nip"]);
    }
}

/// The first `n` characters of `s`.
fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The screen's words in order, one space between them (a wrapped sentence reads whole).
fn words(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn start(dir: &Path, args: &[&str]) -> Session {
    let s = Session::spawn(Spawn {
        program: bin(),
        args,
        cwd: dir,
        env: &[],
        cols: 80,
        rows: 24,
    });
    s.wait_for(tx::COL_NIP.get(LANG));
    s.wait_for("1/");
    s
}

fn quit(s: &mut Session) {
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit after q:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");
}

/// The person at the keyboard in the employee form. Moves through the fields
/// in the form's own order and counts the keys typed beyond the values.
struct Operator {
    s: Session,
    /// (key, label as drawn, kind) of every field, in form order.
    fields: Vec<(&'static str, String, FieldKind)>,
    focus: usize,
    /// The label a lookup field's wanted result starts with.
    picks: HashMap<&'static str, String>,
    /// Keys that are no part of a value: Tab, Shift-Tab, Enter on a result, open, save.
    extra: usize,
    /// Characters of the values: text, letters that narrow a choice, a lookup's query.
    typed: usize,
}

impl Operator {
    fn new(s: Session) -> Operator {
        let fields = specs(LANG)
            .into_iter()
            .map(|f| {
                let mark = if f.required { " *" } else { "" };
                (f.key, format!("{}{mark}", f.label), f.kind)
            })
            .collect();
        Operator {
            s,
            fields,
            focus: 0,
            picks: HashMap::new(),
            extra: 0,
            typed: 0,
        }
    }

    fn index(&self, key: &str) -> usize {
        self.fields
            .iter()
            .position(|(k, ..)| *k == key)
            .unwrap_or_else(|| panic!("the employee form has no field {key:?}"))
    }

    fn press(&mut self, k: &str) {
        self.s.send(k);
        self.extra += 1;
    }

    fn text(&mut self, t: &str) {
        self.s.send(t);
        self.typed += t.chars().count();
    }

    /// `n` in the list: an empty form, the cursor in the first field.
    fn open_new(&mut self) {
        self.press("n");
        self.s.wait_for(tx::FORM_NEW_EMPLOYEE.get(LANG));
        self.focus = 0;
    }

    /// The shortest way to `key` with Tab or Shift-Tab (both wrap around).
    fn go(&mut self, key: &str) {
        let (n, to) = (self.fields.len(), self.index(key));
        let forward = (to + n - self.focus) % n;
        let (k, times) = if forward <= n - forward {
            (key::TAB, forward)
        } else {
            (key::BACKTAB, n - forward)
        };
        for _ in 0..times {
            self.press(k);
        }
        self.focus = to;
    }

    /// Types `value` into the empty field `key`; a lookup takes it as the
    /// query and picks the result registered in `picks` with `Enter`.
    fn fill(&mut self, key: &'static str, value: &str) {
        self.go(key);
        self.text(value);
        if self.fields[self.focus].2 == FieldKind::Lookup {
            let want = self.picks.get(key).expect("the result to pick").clone();
            self.s.wait_for(&format!("› {}", head(&want, 20)));
            self.press(key::ENTER);
            self.focus = (self.focus + 1).min(self.fields.len() - 1);
        }
    }

    /// Fills the fields in form order, whatever order they are given in.
    fn fill_all(&mut self, values: &[(&'static str, &str)]) {
        let mut sorted = values.to_vec();
        sorted.sort_by_key(|(k, _)| self.index(k));
        for (k, v) in sorted {
            self.fill(k, v);
        }
    }

    /// Replaces the text of field `key` (`Ctrl-U` clears it first).
    fn replace(&mut self, key: &str, value: &str) {
        self.go(key);
        self.press(key::CTRL_U);
        self.text(value);
    }

    fn save(&mut self) {
        self.press(key::CTRL_S);
    }

    fn save_and_new(&mut self) {
        self.press(key::CTRL_N);
        self.focus = 0;
    }

    /// What the form shows for `key` on `screen` (choice arrows and the
    /// pick mark stripped); `None` when the field is scrolled out of view.
    fn shown(&self, screen: &str, key: &str) -> Option<String> {
        let label = &self.fields[self.index(key)].1;
        screen.lines().skip(2).find_map(|line| {
            let rest: String = line.chars().skip(2).collect();
            let value = rest.strip_prefix(label.as_str())?;
            if !(value.is_empty() || value.starts_with(' ')) {
                return None;
            }
            let v = value.trim();
            let v = v.strip_prefix('◀').unwrap_or(v);
            let v = v.strip_suffix('▶').unwrap_or(v);
            let v = v.strip_suffix('✓').unwrap_or(v);
            Some(v.trim().to_string())
        })
    }

    /// Whether the row of `key` carries the focus mark.
    fn focused(&self, screen: &str, key: &str) -> bool {
        let label = &self.fields[self.index(key)].1;
        screen.lines().any(|l| {
            l.strip_prefix("▶ ")
                .is_some_and(|r| r.starts_with(label.as_str()))
        })
    }
}

/// The acceptance: type a new employee with a valid NIP, save, find
/// it with `/`, edit one field, and `peka export` shows exactly those values;
/// the audit holds one TAMBAH and one UBAH row naming the OS user.
#[test]
fn a_typed_employee_is_found_edited_and_exported_exactly() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    let today = today(&conn);
    let nip = free_nip(&conn, "19900512", "201503", '1', 9, &[]);
    assert!(parse_nip(&nip, today).is_ok(), "{nip} is a valid PNS NIP");
    let word = "Kartanegara";
    let sql = "SELECT count(*) FROM pegawai WHERE nama LIKE ?1 OR nama_jabatan LIKE ?1";
    assert_eq!(
        count(&conn, sql, &format!("%{word}%")),
        0,
        "{word} is new to the copy"
    );
    let (unit, unit_code) = first_unit(&conn, "bkpsdm");
    let (employees_before, audit_before) = (employees(&conn), audit_rows(&conn));
    drop(conn);

    let name = format!("Rizky {word}");
    let mut op = Operator::new(start(dir.path(), &[db.to_str().unwrap()]));
    op.picks.insert("unit_kerja_id", unit.clone());
    op.open_new();
    assert!(
        op.focused(&op.s.screen(), "nip"),
        "the form opens on the NIP"
    );
    op.fill("nip", &nip);
    op.go("jenis_asn");
    // The NIP pre-filled the date of birth and the sex it encodes (the
    // focus has left it: every digit has arrived).
    let male = Gender::Male.label(LANG);
    op.s.wait_until(WAIT, |s| {
        op.focused(s, "jenis_asn")
            && op.shown(s, "tanggal_lahir").as_deref() == Some("12-05-1990")
            && op.shown(s, "jenis_kelamin").as_deref() == Some(male)
    })
    .unwrap_or_else(|s| panic!("the NIP did not pre-fill date of birth and sex:\n{s}"));
    op.fill_all(&[
        ("jenis_asn", "PNS"),
        ("nama", &name),
        ("gelar_depan", "Drs."),
        ("gelar_belakang", "M.Si."),
        ("tempat_lahir", "Lhokseumawe"),
        ("pendidikan_terakhir", "S1"),
        ("program_studi", "Ilmu Pemerintahan"),
        ("golongan", "III/a"),
        ("tmt_golongan", "01-04-2019"),
        ("jenis_jabatan", "Pelaksana"),
        ("nama_jabatan", "Pengadministrasi Umum"),
        ("unit_kerja_id", "bkpsdm"),
        ("tmt_pengangkatan", "01032015"),
        ("telepon", "0812-6600-1234"),
    ]);
    op.save();
    let saved = tx::saved(LANG, &name, 1);
    let new_title = tx::FORM_NEW_EMPLOYEE.get(LANG);
    op.s.wait_until(WAIT, |s| s.contains(&saved) && !s.contains(new_title))
        .unwrap_or_else(|s| panic!("the new employee was not saved:\n{s}"));
    let selected = op.s.selected_line().unwrap_or_default();
    assert!(
        selected.contains(&nip),
        "the cursor is on the saved row: {selected:?}"
    );

    // Find it with `/` and a word of the name, then edit it.
    let prompt = tx::FILTER_PROMPT.get(LANG);
    op.s.send("/");
    op.s.wait_for(prompt);
    let typed = word.to_lowercase();
    op.s.send(&typed);
    let found =
        op.s.wait_until(WAIT, |s| {
            s.contains(&format!("{prompt}{typed}")) && s.contains("1/1 (dari ")
        })
        .unwrap_or_else(|s| panic!("the filter did not find the one new row:\n{s}"));
    assert!(
        found.contains(&nip),
        "the found row is the new one:\n{found}"
    );
    op.s.send(key::ENTER);
    // The filter stays; the footer offers the list's keys again.
    op.s.wait_for(&format!(
        "{} {}",
        tx::KEY_ENTER.get(LANG),
        tx::DO_OPEN_EMPLOYEE.get(LANG)
    ));
    op.s.send("e");
    let edit_title = tx::FORM_EDIT_EMPLOYEE.get(LANG);
    let form = op.s.wait_for(edit_title);
    op.focus = 0;
    assert_eq!(
        op.shown(&form, "nip").as_deref(),
        Some(nip.as_str()),
        "{form}"
    );
    assert_eq!(
        op.shown(&form, "nama").as_deref(),
        Some(name.as_str()),
        "{form}"
    );
    assert_eq!(
        op.shown(&form, "unit_kerja_id").as_deref(),
        Some(unit.as_str()),
        "{form}"
    );
    let new_title = "Pengelola Data Kepegawaian";
    op.replace("nama_jabatan", new_title);
    op.press(key::F2);
    op.s.wait_until(WAIT, |s| s.contains(&saved) && !s.contains(edit_title))
        .unwrap_or_else(|s| panic!("the edit was not saved:\n{s}"));
    quit(&mut op.s);

    let rows = export_employees(&db);
    assert_row(
        row_of(&rows, &nip),
        &[
            ("nip", &nip),
            ("nama", &name),
            ("jenis_kelamin", "L"),
            ("tanggal_lahir", "1990-05-12"),
            ("jenis_asn", "PNS"),
            ("golongan", "III/a"),
            ("jenis_jabatan", "PELAKSANA"),
            ("jabatan", new_title),
            ("unit_kerja", &unit),
            ("kode_unit", &unit_code),
            ("status", "AKTIF"),
            ("nik", ""),
            ("gelar_depan", "Drs."),
            ("gelar_belakang", "M.Si."),
            ("tempat_lahir", "Lhokseumawe"),
            ("tmt_golongan", "2019-04-01"),
            ("pendidikan_terakhir", "S1"),
            ("program_studi", "Ilmu Pemerintahan"),
            ("jenjang_jf", ""),
            ("tmt_pengangkatan", "2015-03-01"),
            ("tmt_jabatan", ""),
            ("email", ""),
            ("telepon", "0812-6600-1234"),
        ],
    );

    let conn = open(&db);
    assert_eq!(
        employees(&conn),
        employees_before + 1,
        "one employee more, not two"
    );
    assert_eq!(
        audit_rows(&conn),
        audit_before + 2,
        "two audit rows, no more"
    );
    let id: i64 = conn
        .query_row("SELECT id FROM pegawai WHERE nip = ?1", [&nip], |r| {
            r.get(0)
        })
        .expect("the new row");
    let mut stmt = conn
        .prepare(
            "SELECT aksi, pengguna, sebelum, sesudah FROM audit
             WHERE entitas = 'pegawai' AND entitas_id = ?1 ORDER BY id",
        )
        .expect("audit query");
    let audit: Vec<(String, String, Option<String>, Option<String>)> = stmt
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .expect("audit rows")
        .collect::<Result<_, _>>()
        .expect("audit rows");
    let actions: Vec<&str> = audit.iter().map(|a| a.0.as_str()).collect();
    assert_eq!(actions, ["TAMBAH", "UBAH"], "the audit of employee {id}");
    let user = db::current_actor().0;
    for (action, who, ..) in &audit {
        assert!(!who.trim().is_empty(), "{action}: pengguna is filled");
        assert_eq!(who, &user, "{action}: pengguna is the OS user");
    }
    let json = |s: &Option<String>| -> serde_json::Value {
        serde_json::from_str(s.as_deref().expect("a JSON image")).expect("valid JSON")
    };
    assert_eq!(
        json(&audit[0].3)["nip"],
        nip.as_str(),
        "TAMBAH holds the new row"
    );
    assert_eq!(
        json(&audit[1].2)["nama_jabatan"],
        "Pengadministrasi Umum",
        "UBAH before"
    );
    assert_eq!(json(&audit[1].3)["nama_jabatan"], new_title, "UBAH after");
}

/// NIPs the form must refuse, with the sentence the NIP check gives for each.
struct BadNips {
    /// 31-02-1990 is no date.
    bad_date: (String, String),
    /// Digit 15 (sex) is 3.
    bad_sex: (String, String),
}

fn bad_nips(today: NaiveDate) -> BadNips {
    let refused = |nip: &str| {
        let e = parse_nip(nip, today).expect_err("an invalid NIP");
        (e.clone(), peka::i18n::errors::nip_error(LANG, &e))
    };
    let (date_err, date_msg) = refused("199002312015031009");
    assert!(
        matches!(date_err, NipError::BadBirthDate { .. }),
        "{date_err:?}"
    );
    let (sex_err, sex_msg) = refused("199005122015033009");
    assert!(
        matches!(sex_err, NipError::BadGenderDigit { .. }),
        "{sex_err:?}"
    );
    BadNips {
        bad_date: ("199002312015031009".into(), date_msg),
        bad_sex: ("199005122015033009".into(), sex_msg),
    }
}

/// An invalid NIP: the save is refused with the NIP's sentence at the field
/// and the cursor on it; after discarding, nothing was stored or audited.
#[test]
fn an_invalid_nip_is_refused_at_its_field_and_nothing_is_stored() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    let bad = bad_nips(today(&conn));
    for nip in [&bad.bad_date.0, &bad.bad_sex.0] {
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pegawai WHERE nip = ?1", nip),
            0
        );
    }
    let (unit, _) = first_unit(&conn, "bkpsdm");
    let (employees_before, audit_before) = (employees(&conn), audit_rows(&conn));
    drop(conn);

    let mut op = Operator::new(start(dir.path(), &[db.to_str().unwrap()]));
    op.picks.insert("unit_kerja_id", unit);
    op.open_new();
    // Every required field filled; only the NIP is wrong.
    op.fill_all(&[
        ("nip", &bad.bad_date.0),
        ("jenis_asn", "PNS"),
        ("nama", "Uji Salah Ketik"),
        ("jenis_kelamin", "Laki"),
        ("tanggal_lahir", "12-05-1990"),
        ("jenis_jabatan", "Pelaksana"),
        ("nama_jabatan", "Staf Uji"),
        ("unit_kerja_id", "bkpsdm"),
    ]);
    op.save();
    // The sentence may be cut at the right edge (reported); its start is there.
    let date_msg = head(&bad.bad_date.1, 50);
    let refused = fx::save_refused(LANG, 1);
    let title = tx::FORM_NEW_EMPLOYEE.get(LANG);
    let scr =
        op.s.wait_until(WAIT, |s| s.contains(&refused) && s.contains(&date_msg))
            .unwrap_or_else(|s| panic!("the save was not refused at the NIP:\n{s}"));
    assert!(scr.contains(title), "the form stays open:\n{scr}");
    assert!(op.focused(&scr, "nip"), "the cursor is on the NIP:\n{scr}");
    op.focus = op.index("nip");

    // Another wrong NIP: a sex digit 3. Its sentence fits the row.
    op.press(key::CTRL_U);
    op.text(&bad.bad_sex.0);
    op.save();
    let scr =
        op.s.wait_until(WAIT, |s| {
            s.contains(&refused) && s.contains(&bad.bad_sex.1) && !s.contains(&date_msg)
        })
        .unwrap_or_else(|s| panic!("the sex digit 3 was not refused at the NIP:\n{s}"));
    assert!(op.focused(&scr, "nip"), "the cursor is on the NIP:\n{scr}");

    // Esc asks before the typing is thrown away; y discards.
    op.s.send(key::ESC);
    op.s.wait_for(fx::CONFIRM_DISCARD.get(LANG));
    op.s.send("y");
    op.s.wait_gone(title);
    op.s.wait_for(tx::COL_NIP.get(LANG));
    quit(&mut op.s);

    let conn = open(&db);
    assert_eq!(employees(&conn), employees_before, "no employee was added");
    assert_eq!(audit_rows(&conn), audit_before, "no audit row was added");
    for nip in [&bad.bad_date.0, &bad.bad_sex.0] {
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pegawai WHERE nip = ?1", nip),
            0
        );
    }
}

/// A field error is one sentence and must be readable whole at 80×24 (wrapped
/// if need be). Today the error row is cut with `…` at the right edge.
#[test]
#[ignore = "reported: field errors longer than one row are cut at 80 columns"]
fn a_long_nip_error_is_readable_whole_at_80_columns() {
    let (dir, db) = demo_copy();
    let bad = bad_nips(today(&open(&db)));
    let mut op = Operator::new(start(dir.path(), &[db.to_str().unwrap()]));
    op.open_new();
    op.fill("nip", &bad.bad_date.0);
    op.go("jenis_asn");
    let start_of = head(&bad.bad_date.1, 50);
    let scr = op.s.wait_for(&start_of);
    assert!(
        words(&scr).contains(&words(&bad.bad_date.1)),
        "the whole sentence {:?} is on screen:\n{scr}",
        bad.bad_date.1
    );
}

/// Save and new: the form comes back empty but for the values a series
/// shares (kind of ASN and unit among them); both records are stored.
#[test]
fn save_and_new_keeps_the_shared_values_and_stores_both() {
    let (dir, db) = demo_copy();
    let conn = open(&db);
    let first = free_nip(&conn, "19920817", "201903", '2', 1, &[]);
    let second = free_nip(&conn, "19930105", "201903", '1', 1, &[]);
    let (unit, unit_code) = first_unit(&conn, "bkpsdm");
    let employees_before = employees(&conn);
    drop(conn);
    assert!(KEEP_ON_NEW.contains(&"jenis_asn") && KEEP_ON_NEW.contains(&"unit_kerja_id"));

    let mut op = Operator::new(start(dir.path(), &[db.to_str().unwrap()]));
    op.picks.insert("unit_kerja_id", unit.clone());
    op.open_new();
    let (name1, name2) = ("Cut Nurul Serirekam", "Teuku Fajar Serirekam");
    op.fill_all(&[
        ("nip", &first),
        ("jenis_asn", "PNS"),
        ("nama", name1),
        ("gelar_belakang", "S.Kom."),
        ("golongan", "III/a"),
        ("jenis_jabatan", "Pelaksana"),
        ("nama_jabatan", "Pranata Komputer"),
        ("unit_kerja_id", "bkpsdm"),
        ("tmt_pengangkatan", "01-03-2019"),
    ]);
    op.save_and_new();
    let saved1 = tx::saved(LANG, name1, 1);
    let scr =
        op.s.wait_until(WAIT, |s| {
            s.contains(&saved1) && op.shown(s, "nama").as_deref() == Some("")
        })
        .unwrap_or_else(|s| panic!("save and new did not give an empty form:\n{s}"));
    assert!(scr.contains(tx::FORM_NEW_EMPLOYEE.get(LANG)), "{scr}");
    assert!(
        op.focused(&scr, "nip"),
        "the cursor is back on the NIP:\n{scr}"
    );
    assert_eq!(op.shown(&scr, "jenis_asn").as_deref(), Some("PNS"), "{scr}");
    assert_eq!(
        op.shown(&scr, "unit_kerja_id").as_deref(),
        Some(unit.as_str()),
        "{scr}"
    );
    let empty_choice = fx::CHOICE_EMPTY.get(LANG);
    for (k, ..) in &op.fields {
        let Some(v) = op.shown(&scr, k) else { continue };
        if KEEP_ON_NEW.contains(k) {
            continue;
        }
        assert!(
            v.is_empty() || v == empty_choice,
            "{k} is emptied for the next employee, not {v:?}:\n{scr}"
        );
    }

    // The second one needs only what differs.
    op.fill_all(&[
        ("nip", &second),
        ("nama", name2),
        ("gelar_belakang", "S.E."),
        ("golongan", "III/a"),
        ("nama_jabatan", "Pengadministrasi Umum"),
    ]);
    op.save();
    let saved2 = tx::saved(LANG, name2, 2);
    let title = tx::FORM_NEW_EMPLOYEE.get(LANG);
    op.s.wait_until(WAIT, |s| s.contains(&saved2) && !s.contains(title))
        .unwrap_or_else(|s| panic!("the second employee was not saved:\n{s}"));
    quit(&mut op.s);

    assert_eq!(employees(&open(&db)), employees_before + 2);
    let rows = export_employees(&db);
    let shared = [
        ("jenis_asn", "PNS"),
        ("jenis_jabatan", "PELAKSANA"),
        ("unit_kerja", unit.as_str()),
        ("kode_unit", unit_code.as_str()),
        ("tmt_pengangkatan", "2019-03-01"),
        ("golongan", "III/a"),
    ];
    assert_row(row_of(&rows, &first), &shared);
    assert_row(
        row_of(&rows, &first),
        &[
            ("nama", name1),
            ("jenis_kelamin", "P"),
            ("tanggal_lahir", "1992-08-17"),
            ("gelar_belakang", "S.Kom."),
            ("jabatan", "Pranata Komputer"),
        ],
    );
    assert_row(row_of(&rows, &second), &shared);
    assert_row(
        row_of(&rows, &second),
        &[
            ("nama", name2),
            ("jenis_kelamin", "L"),
            ("tanggal_lahir", "1993-01-05"),
            ("gelar_belakang", "S.E."),
            ("jabatan", "Pengadministrasi Umum"),
        ],
    );
}

/// `--read-only`: `n` and `e` open no form and say why; the file is untouched.
#[test]
fn read_only_refuses_new_and_edit_and_leaves_the_file_alone() {
    let (dir, db) = demo_copy();
    let before = std::fs::read(&db).expect("read the copy");
    let mut s = start(dir.path(), &["--read-only", db.to_str().unwrap()]);
    let refused = tx::READ_ONLY_REFUSED.get(LANG);
    // The sentence may be cut at the right edge (reported); its start is there.
    let start_of = head(refused, 50);
    for k in ["n", "e"] {
        s.send(k);
        let scr = s.wait_for(&start_of);
        assert!(!scr.contains(tx::FORM_NEW_EMPLOYEE.get(LANG)), "{k}: {scr}");
        assert!(
            !scr.contains(tx::FORM_EDIT_EMPLOYEE.get(LANG)),
            "{k}: {scr}"
        );
        // Clear the status (Esc in the list), so the next key's answer is new.
        s.send(key::ESC);
        s.wait_gone(&start_of);
    }
    s.settle(Duration::from_millis(100));
    let scr = s.screen();
    assert!(!scr.contains(tx::FORM_EDIT_EMPLOYEE.get(LANG)), "{scr}");
    quit(&mut s);
    assert!(
        std::fs::read(&db).expect("read the copy") == before,
        "the file changed"
    );
}

/// The read-only sentence tells what to do; at 80 columns its end must show.
#[test]
#[ignore = "reported: the status line cuts READ_ONLY_REFUSED at 80 columns"]
fn the_read_only_sentence_is_readable_whole_at_80_columns() {
    let (dir, db) = demo_copy();
    let mut s = start(dir.path(), &["--read-only", db.to_str().unwrap()]);
    let refused = tx::READ_ONLY_REFUSED.get(LANG);
    s.send("n");
    let scr = s.wait_for(&head(refused, 50));
    assert!(words(&scr).contains(refused), "{refused:?} whole:\n{scr}");
}
