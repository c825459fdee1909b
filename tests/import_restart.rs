//! An import writes its rows without a savepoint each; a row the database
//! refuses after it wrote part of itself makes the import start again with
//! a savepoint per row. The report must be the one a savepoint per row
//! gives from the start: each problem once, the rows after it checked
//! against the rows before it, nothing saved.

use peka::cli::export::Entity;
use peka::db::audit::verify_chain;
use peka::db::write::Actor;
use peka::db::{OpenMode, open};
use peka::i18n::Lang;
use peka::import::{Ctx, Options, Report, import};
use rusqlite::Connection;
use std::path::Path;

const UNITS: &str = "kode,nama,singkatan,jenis,induk_kode,urutan,aktif,kapasitas_magang
4.01,Sekretariat Daerah,Setda,SEKRETARIAT,,1,1,
";

const HEADER: &str = "nip,nama,jenis_kelamin,tanggal_lahir,jenis_asn,golongan,jenis_jabatan,jabatan,kode_unit,status,tanggal_status,nik,tmt_pengangkatan";
/// New and AKTIF: written whole.
const ROW_A: &str = "198512062023222001,Cut Nurul,P,1985-12-06,PPPK,IX,PELAKSANA,Analis,4.01,AKTIF,,1173024612850065,2023-04-01";
/// New and on leave: the insert is written, then its status change is
/// refused (by the trigger below).
const ROW_B: &str = "197205072005102001,Suryani,P,1972-05-07,PNS,III/c,PELAKSANA,Operator,4.01,CUTI,2026-09-18,1173014705720037,2005-10-01";
/// A's NIK under another NIP: refused at its first write.
const ROW_C: &str = "198512062023222009,Cut Lain,P,1985-12-06,PPPK,IX,PELAKSANA,Analis,4.01,AKTIF,,1173024612850065,2023-04-01";
/// B's NIK: refused only if B's row were still there.
const ROW_D: &str = "197205072005102009,Suryana,P,1972-05-07,PNS,III/c,PELAKSANA,Operator,4.01,AKTIF,,1173014705720037,2005-10-01";

fn ctx() -> Ctx {
    Ctx {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Lang::En,
        actor: Actor::new("budi", ""),
        minutes_per_jp: 45,
    }
}

/// (row, column) of each problem reported.
fn places(r: &Report) -> Vec<(usize, &str)> {
    r.errors
        .iter()
        .map(|e| (e.row, e.column.as_str()))
        .collect()
}

fn run(conn: &Connection, entity: Entity, file: &Path) -> Report {
    import(
        conn,
        entity,
        file,
        &ctx(),
        Options {
            sheet: None,
            dry_run: false,
            progress: &mut |_| {},
        },
    )
    .expect("the import reads its file")
}

#[test]
fn a_row_refused_after_a_partial_write_is_reported_as_with_a_savepoint_per_row() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("kantor.db"), OpenMode::CreateIfMissing).unwrap();
    let units = dir.path().join("units.csv");
    std::fs::write(&units, UNITS).unwrap();
    assert_eq!(run(&conn, Entity::Units, &units).added, 1);
    conn.execute_batch(
        "CREATE TRIGGER test_no_leave BEFORE INSERT ON riwayat_status WHEN NEW.status = 'CUTI'
         BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: tanggal_mulai refused here'); END;",
    )
    .unwrap();
    let audit_before: i64 = conn
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap();

    let file = dir.path().join("pegawai.csv");
    std::fs::write(
        &file,
        format!("{HEADER}\n{ROW_A}\n{ROW_B}\n{ROW_C}\n{ROW_D}\n"),
    )
    .unwrap();
    let r = run(&conn, Entity::Employees, &file);
    let found = places(&r);
    // B refused at its status (once, though the file was read twice); C at
    // A's NIK; D passes, B's row having been undone.
    assert_eq!(
        found,
        vec![(3, "tanggal_mulai"), (4, "nik")],
        "{:?}",
        r.errors
    );
    assert_eq!((r.rows, r.error_rows, r.error_count), (4, 2, 2));
    assert_eq!((r.added, r.changed, r.unchanged, r.saved), (2, 0, 0, false));

    // Nothing saved, the chain intact.
    let count = |sql: &str| conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap();
    assert_eq!(count("SELECT count(*) FROM pegawai"), 0);
    assert_eq!(count("SELECT count(*) FROM riwayat_status"), 0);
    assert_eq!(count("SELECT count(*) FROM audit"), audit_before);
    assert_eq!(verify_chain(&conn).unwrap(), None);

    // Without the refusal the same file is saved, D refused at B's NIK.
    conn.execute_batch("DROP TRIGGER test_no_leave").unwrap();
    let r = run(&conn, Entity::Employees, &file);
    let found = places(&r);
    assert_eq!(found, vec![(4, "nik"), (5, "nik")], "{:?}", r.errors);
}
