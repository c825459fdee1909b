//! A real office's first day (issue 11 item 2): a new, empty database already
//! holds the national reference data a BKPSDM does not type — the eight
//! managerial competencies and Perekat Bangsa with their five levels
//! (domain.md §1), besides the golongan and settings of V1 — and an older file
//! gets those it lacks without losing or doubling what it has.

use peka::db::schema::MIGRATIONS;
use peka::db::{OpenMode, open};
use rusqlite::Connection;
use std::path::Path;
use std::process::{Command, Output};

const NATIONAL: [(&str, &str, &str); 9] = [
    ("M.01", "Integritas", "MANAJERIAL"),
    ("M.02", "Kerjasama", "MANAJERIAL"),
    ("M.03", "Komunikasi", "MANAJERIAL"),
    ("M.04", "Orientasi pada Hasil", "MANAJERIAL"),
    ("M.05", "Pelayanan Publik", "MANAJERIAL"),
    ("M.06", "Pengembangan Diri dan Orang Lain", "MANAJERIAL"),
    ("M.07", "Mengelola Perubahan", "MANAJERIAL"),
    ("M.08", "Pengambilan Keputusan", "MANAJERIAL"),
    ("SK.01", "Perekat Bangsa", "SOSIAL_KULTURAL"),
];

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .expect("run peka")
}

/// (code, name, kind, number of level texts that are not blank) by id.
fn competencies(c: &Connection) -> Vec<(String, String, String, i64)> {
    c.prepare(
        "SELECT k.kode, k.nama, k.jenis,
                (SELECT count(*) FROM kompetensi_level l
                 WHERE l.kompetensi_id = k.id AND length(trim(l.deskripsi)) > 0)
         FROM kompetensi k ORDER BY k.id",
    )
    .unwrap()
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn level_text(c: &Connection, code: &str, level: i64) -> String {
    c.query_row(
        "SELECT l.deskripsi FROM kompetensi_level l JOIN kompetensi k ON k.id = l.kompetensi_id
         WHERE k.kode = ?1 AND l.level = ?2",
        rusqlite::params![code, level],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn a_new_file_starts_with_the_national_competencies_and_passes_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kantor.db");
    let conn = open(&path, OpenMode::CreateIfMissing).unwrap();
    let expected: Vec<(String, String, String, i64)> = NATIONAL
        .iter()
        .map(|(k, n, j)| (k.to_string(), n.to_string(), j.to_string(), 5))
        .collect();
    assert_eq!(competencies(&conn), expected);
    // The texts domain.md §1.3 confirms, word for word as the seed had them.
    assert_eq!(
        level_text(&conn, "M.01", 1),
        "Bertindak sesuai nilai, norma dan etika organisasi dalam kapasitas pribadi."
    );
    assert_eq!(
        level_text(&conn, "SK.01", 1),
        "Peka, memahami dan menerima kemajemukan."
    );
    // Nothing else is typed for the office: no employees, units or standards.
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM pegawai"), 0);
    assert_eq!(count("SELECT count(*) FROM unit_kerja"), 0);
    assert_eq!(count("SELECT count(*) FROM audit"), 0);
    assert_eq!(count("SELECT count(*) FROM golongan"), 34);
    drop(conn);

    let p = path.to_str().unwrap();
    let check = peka(&["check", p]);
    assert!(
        check.status.success(),
        "peka check on a new file: {}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    let export = peka(&["export", p, "kompetensi"]);
    assert!(export.status.success());
    let csv = String::from_utf8(export.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + NATIONAL.len(), "{csv}");
    for ((code, name, _), line) in NATIONAL.iter().zip(&lines[1..]) {
        assert!(line.starts_with(&format!("{code},{name},")), "{line}");
    }
}

#[test]
fn an_older_file_keeps_its_competencies_and_gets_only_those_it_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v11.db");
    {
        let c = Connection::open(&path).unwrap();
        peka::db::register_functions(&c).unwrap();
        for (i, m) in MIGRATIONS.iter().enumerate().take(11) {
            c.execute_batch(m).unwrap();
            c.pragma_update(None, "user_version", (i + 1) as i64)
                .unwrap();
        }
        // The office's own wording of Integritas, and Komunikasi under a
        // code of its own (a name it already has is not added again).
        c.execute_batch(
            "INSERT INTO kompetensi (id, kode, nama, jenis, definisi) VALUES
               (1, 'M.01', 'Integritas', 'MANAJERIAL', 'Rumusan kantor'),
               (2, 'KOM', 'komunikasi ', 'MANAJERIAL', ''),
               (3, 'T.01', 'Manajemen SDM Aparatur', 'TEKNIS', '');
             INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi) VALUES
               (1, 1, 'Level satu versi kantor'), (1, 2, 'Level dua versi kantor');",
        )
        .unwrap();
    }
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let found = competencies(&conn);
    let codes: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        codes,
        [
            "M.01", "KOM", "T.01", "M.02", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"
        ]
    );
    // What the file had is untouched: M.01 keeps its two levels and texts.
    assert_eq!(found[0].3, 2);
    assert_eq!(level_text(&conn, "M.01", 1), "Level satu versi kantor");
    let definition: String = conn
        .query_row(
            "SELECT definisi FROM kompetensi WHERE kode = 'M.01'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(definition, "Rumusan kantor");
    assert_eq!(found[1].3, 0);
    // Each one added comes with its five levels.
    assert!(found[3..].iter().all(|c| c.3 == 5), "{found:?}");
}

#[test]
fn a_seeded_file_holds_each_national_competency_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    let conn = open(&path, OpenMode::ReadOnly).unwrap();
    let found = competencies(&conn);
    let national: Vec<(String, String, String, i64)> = found.iter().take(9).cloned().collect();
    let expected: Vec<(String, String, String, i64)> = NATIONAL
        .iter()
        .map(|(k, n, j)| (k.to_string(), n.to_string(), j.to_string(), 5))
        .collect();
    assert_eq!(national, expected);
    assert!(found[9..].iter().all(|c| c.2 == "TEKNIS" && c.3 == 5));
    let mut codes: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), found.len(), "a code appears twice");
}
