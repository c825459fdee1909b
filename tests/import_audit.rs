//! The audit log an import of employees writes, pinned byte for byte: every
//! entry's columns (the time aside, which changes each run) and its images
//! as stored, for new employees (one starting AKTIF, one with a status
//! change, one with a scheduled status), a re-import that changes nothing,
//! edits, a dry run and a refused file. A faster writer must leave the same
//! entries, chained so that `verify_chain` (what `peka check` runs) holds.

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
5.03,Badan Kepegawaian dan Pengembangan SDM,BKPSDM,BADAN,,2,1,3
5.03.01,Bidang Pengembangan Kompetensi Aparatur,,BIDANG,5.03,3,1,
";

const HEADER: &str = "nip,nama,jenis_kelamin,tanggal_lahir,jenis_asn,golongan,jenis_jabatan,jabatan,unit_kerja,status,nik,gelar_depan,gelar_belakang,tempat_lahir,tmt_golongan,pendidikan_terakhir,program_studi,jenjang_jf,kode_unit,tmt_pengangkatan,tmt_jabatan,tanggal_status,email,telepon,status_terjadwal,tanggal_status_terjadwal";

/// A new PPPK starting AKTIF (a name with quotes and a non-ASCII letter),
/// a PNS on leave (a status change after the insert) and a PNS with a
/// retirement scheduled.
const ROW_A: &str = r#"198512062023222001,"Cut ""Nurul"" Hayati é",P,1985-12-06,PPPK,IX,JF_KEAHLIAN,Analis Kebijakan Ahli Pertama,Sekretariat Daerah,AKTIF,1173024612850065,,S.Psi.,Lhokseumawe,2023-04-01,S1,Psikologi,AHLI_PERTAMA,4.01,2023-04-01,2023-04-01,,,085388162351,,"#;
const ROW_B: &str = r#"197205072005102001,Suryani Maulida,P,1972-05-07,PNS,III/c,PELAKSANA,Operator Layanan Operasional,Sekretariat Daerah,CUTI,1173014705720037,,A.Md.Kom.,Lhokseumawe,2025-10-01,D3,Manajemen Informatika,,4.01,2005-10-01,2023-12-31,2026-09-18,,082239735640,,"#;
const ROW_C: &str = r#"196811301996031001,Ikhsan Iqbal,L,1968-11-30,PNS,III/d,PELAKSANA,Pengelola Layanan Kepegawaian,Bidang Pengembangan Kompetensi Aparatur,AKTIF,1173023011680123,,S.Psi.,Lhokseumawe,2011-04-01,S1,Psikologi,,5.03.01,1996-03-01,2023-08-07,1996-03-01,,,PENSIUN,2026-12-01"#;
/// A's phone changed; B back from leave; C as before.
const ROW_A2: &str = r#"198512062023222001,"Cut ""Nurul"" Hayati é",P,1985-12-06,PPPK,IX,JF_KEAHLIAN,Analis Kebijakan Ahli Pertama,Sekretariat Daerah,AKTIF,1173024612850065,,S.Psi.,Lhokseumawe,2023-04-01,S1,Psikologi,AHLI_PERTAMA,4.01,2023-04-01,2023-04-01,,,0811,,"#;
const ROW_B2: &str = r#"197205072005102001,Suryani Maulida,P,1972-05-07,PNS,III/c,PELAKSANA,Operator Layanan Operasional,Sekretariat Daerah,AKTIF,1173014705720037,,A.Md.Kom.,Lhokseumawe,2025-10-01,D3,Manajemen Informatika,,4.01,2005-10-01,2023-12-31,2026-11-01,,082239735640,,"#;
/// A new employee that would be fine, and one with an unknown unit.
const ROW_D: &str = r#"197808152005011003,Teuku Raja,L,1978-08-15,PNS,III/b,PELAKSANA,Pengadministrasi Perkantoran,Sekretariat Daerah,AKTIF,,,,Lhokseumawe,2005-01-01,SMA,,,4.01,2005-01-01,2005-01-01,,,,,"#;
const ROW_BAD: &str = r#"197808152005011004,Teuku Bad,L,1978-08-15,PNS,III/b,PELAKSANA,Pengadministrasi Perkantoran,Unit Tidak Ada,AKTIF,,,,Lhokseumawe,2005-01-01,SMA,,,9.99,2005-01-01,2005-01-01,,,,,"#;

fn ctx() -> Ctx {
    Ctx {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Lang::En,
        actor: Actor::new("budi", "10.0.0.5 51234 22"),
        minutes_per_jp: 45,
    }
}

fn run(conn: &Connection, entity: Entity, file: &Path, dry_run: bool) -> Report {
    import(
        conn,
        entity,
        file,
        &ctx(),
        Options {
            sheet: None,
            dry_run,
            progress: &mut |_| {},
        },
    )
    .expect("the import reads its file")
}

fn employees(dir: &Path, name: &str, rows: &[&str]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("{HEADER}\n{}\n", rows.join("\n"))).unwrap();
    path
}

/// Every audit entry as stored, the time aside; `prev` says whether the
/// entry names the hash of the one before it.
fn audit_text(conn: &Connection) -> String {
    let mut stmt = conn
        .prepare(
            "SELECT a.id, a.waktu, a.pengguna, a.klien_ssh, a.entitas, a.entitas_id, a.aksi,
                    a.sebelum, a.sesudah,
                    a.hash_sebelum IS coalesce((SELECT b.hash FROM audit b WHERE b.id = a.id - 1), '')
             FROM audit a ORDER BY a.id",
        )
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            let waktu: String = r.get(1)?;
            assert!(
                chrono::NaiveDateTime::parse_from_str(&waktu, "%Y-%m-%dT%H:%M:%S").is_ok(),
                "{waktu}"
            );
            Ok(format!(
                "#{} {}|{} {} {} {} chained={}\n  sebelum: {}\n  sesudah: {}\n",
                r.get::<_, i64>(0)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, String>(6)?,
                r.get::<_, bool>(9)?,
                r.get::<_, Option<String>>(7)?.unwrap_or("NULL".into()),
                r.get::<_, Option<String>>(8)?.unwrap_or("NULL".into()),
            ))
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn an_import_of_employees_writes_the_same_audit_entries_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("kantor.db"), OpenMode::CreateIfMissing).unwrap();
    let units = dir.path().join("units.csv");
    std::fs::write(&units, UNITS).unwrap();
    assert_eq!(run(&conn, Entity::Units, &units, false).added, 3);

    let first = employees(dir.path(), "first.csv", &[ROW_A, ROW_B, ROW_C]);
    let r = run(&conn, Entity::Employees, &first, false);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!((r.added, r.changed, r.unchanged, r.saved), (3, 0, 0, true));
    let after_first = audit_text(&conn);

    // The same file again: no entry, nothing saved that differs.
    let r = run(&conn, Entity::Employees, &first, false);
    assert_eq!((r.added, r.changed, r.unchanged), (0, 0, 3));
    assert_eq!(audit_text(&conn), after_first);

    let second = employees(dir.path(), "second.csv", &[ROW_A2, ROW_B2, ROW_C]);
    let r = run(&conn, Entity::Employees, &second, false);
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!((r.added, r.changed, r.unchanged), (0, 2, 1));
    let after_second = audit_text(&conn);

    // A dry run and a file with one bad row write nothing.
    let dry = employees(dir.path(), "dry.csv", &[ROW_D]);
    let r = run(&conn, Entity::Employees, &dry, true);
    assert_eq!((r.added, r.saved), (1, false));
    let bad = employees(dir.path(), "bad.csv", &[ROW_D, ROW_BAD]);
    let r = run(&conn, Entity::Employees, &bad, false);
    assert_eq!((r.error_rows, r.saved), (1, false));
    assert_eq!(audit_text(&conn), after_second);
    assert_eq!(
        conn.query_row("SELECT count(*) FROM pegawai", [], |r| r.get::<_, i64>(0))
            .unwrap(),
        3
    );

    assert_eq!(verify_chain(&conn).unwrap(), None);
    insta::assert_snapshot!("import_audit_entries", after_second);
}
