//! Helpers of the employee-form end-to-end tests: the demo copy, the
//! expectations read from it, `peka export`, and the `Operator` who types into
//! the form in its field order and counts the keys beyond the values.

use crate::common::pty::{Session, Spawn, key};
use chrono::NaiveDate;
use peka::db::{self, OpenMode};
use peka::i18n::Lang;
use peka::i18n::tui as tx;
use peka::tui::forms::employee::specs;
use peka::tui::widgets::form::FieldKind;
use rusqlite::Connection;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

pub const LANG: Lang = Lang::Id;

pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_peka"))
}

/// A temp folder holding `demo.db`: a copy of `sample.db`, or a fresh seed.
pub fn demo_copy() -> (tempfile::TempDir, PathBuf) {
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

pub fn open(db: &Path) -> Connection {
    db::open(db, OpenMode::ReadOnly).expect("open the copy")
}

/// The date the application takes as today (the settings may pin one).
pub fn today(conn: &Connection) -> NaiveDate {
    db::settings::load(conn)
        .expect("settings")
        .today(chrono::Local::now().date_naive())
}

pub fn count(conn: &Connection, sql: &str, arg: &str) -> i64 {
    conn.query_row(sql, [arg], |r| r.get(0)).expect(sql)
}

pub fn employees(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))
        .expect("count pegawai")
}

pub fn audit_rows(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .expect("count audit")
}

/// A PNS NIP — birth `yyyymmdd`, TMT CPNS `yyyymm`, sex digit — with the
/// first sequence from `from` that no employee of the copy (nor `taken`) has.
pub fn free_nip(
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
pub fn first_unit(conn: &Connection, query: &str) -> (String, String) {
    let (_, code, name, _) = db::lookup::units(
        conn,
        query,
        &peka::tui::tabs::reference::unit_kind_words(),
        8,
    )
    .expect("unit lookup")
    .into_iter()
    .next()
    .unwrap_or_else(|| panic!("no unit matches {query:?} in the copy"));
    (name, code)
}

/// `peka export DB pegawai` (CSV), one map column → value per employee.
pub fn export_employees(db: &Path) -> Vec<HashMap<String, String>> {
    let out = Command::new(bin())
        .args(["export", db.to_str().unwrap(), "pegawai"])
        .output()
        .expect("run peka export");
    assert!(
        out.status.success(),
        "peka export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The file starts with the UTF-8 BOM (design.md §1.1); the first column
    // must read `nip`, not `\u{feff}nip`.
    let body = out
        .stdout
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a CSV export starts with the UTF-8 BOM");
    let mut r = csv::Reader::from_reader(body);
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
pub fn row_of<'a>(rows: &'a [HashMap<String, String>], nip: &str) -> &'a HashMap<String, String> {
    let found: Vec<_> = rows.iter().filter(|r| r["nip"] == nip).collect();
    assert_eq!(found.len(), 1, "exactly one exported row has NIP {nip}");
    found[0]
}

pub fn assert_row(row: &HashMap<String, String>, expect: &[(&str, &str)]) {
    for (column, value) in expect {
        let got = row
            .get(*column)
            .unwrap_or_else(|| panic!("the export has no column {column:?}"));
        assert_eq!(got, value, "column {column} of NIP {}", row["nip"]);
    }
}

/// The first `n` characters of `s`.
pub fn head(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The screen's words in order, one space between them (a wrapped sentence reads whole).
pub fn words(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn start(dir: &Path, args: &[&str]) -> Session {
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

pub fn quit(s: &mut Session) {
    s.send("q");
    let status = s
        .wait_exit(Duration::from_secs(5))
        .unwrap_or_else(|| panic!("peka did not exit after q:\n{}", s.screen()));
    assert!(status.success(), "exit status {status:?}");
}

/// The person at the keyboard in the employee form. Moves through the fields
/// in the form's own order and counts the keys typed beyond the values.
pub struct Operator {
    pub s: Session,
    /// (key, label as drawn, kind) of every field, in form order.
    pub fields: Vec<(&'static str, String, FieldKind)>,
    pub focus: usize,
    /// The label a lookup field's wanted result starts with.
    pub picks: HashMap<&'static str, String>,
    /// Keys that are no part of a value: Tab, Shift-Tab, Enter on a result, open, save.
    pub extra: usize,
    /// Characters of the values: text, letters that narrow a choice, a lookup's query.
    pub typed: usize,
}

impl Operator {
    pub fn new(s: Session) -> Operator {
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

    pub fn index(&self, key: &str) -> usize {
        self.fields
            .iter()
            .position(|(k, ..)| *k == key)
            .unwrap_or_else(|| panic!("the employee form has no field {key:?}"))
    }

    pub fn press(&mut self, k: &str) {
        self.s.send(k);
        self.extra += 1;
    }

    pub fn text(&mut self, t: &str) {
        self.s.send(t);
        self.typed += t.chars().count();
    }

    /// `n` in the list: an empty form, the cursor in the first field.
    pub fn open_new(&mut self) {
        self.press("n");
        self.s.wait_for(tx::FORM_NEW_EMPLOYEE.get(LANG));
        self.focus = 0;
    }

    /// The shortest way to `key` with Tab or Shift-Tab (both wrap around).
    pub fn go(&mut self, key: &str) {
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
    pub fn fill(&mut self, key: &'static str, value: &str) {
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
    pub fn fill_all(&mut self, values: &[(&'static str, &str)]) {
        let mut sorted = values.to_vec();
        sorted.sort_by_key(|(k, _)| self.index(k));
        for (k, v) in sorted {
            self.fill(k, v);
        }
    }

    /// Replaces the text of field `key` (`Ctrl-U` clears it first).
    pub fn replace(&mut self, key: &str, value: &str) {
        self.go(key);
        self.press(key::CTRL_U);
        self.text(value);
    }

    pub fn save(&mut self) {
        self.press(key::CTRL_S);
    }

    pub fn save_and_new(&mut self) {
        self.press(key::CTRL_N);
        self.focus = 0;
    }

    /// What the form shows for `key` on `screen` (choice arrows and the
    /// pick mark stripped); `None` when the field is scrolled out of view.
    pub fn shown(&self, screen: &str, key: &str) -> Option<String> {
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
    pub fn focused(&self, screen: &str, key: &str) -> bool {
        let label = &self.fields[self.index(key)].1;
        screen.lines().any(|l| {
            l.strip_prefix("▶ ")
                .is_some_and(|r| r.starts_with(label.as_str()))
        })
    }
}
