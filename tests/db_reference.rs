//! Reference data and competency-profile writes (units, dictionary,
//! standards, assessments), their read lists, and the form lookups — on a
//! fresh temporary file or a copy of sample.db (split from db_write.rs to
//! keep files short).

use peka::db::assessments::AssessmentInput;
use peka::db::competencies::{CompetencyInput, LevelText};
use peka::db::record;
use peka::db::reference_read as rr;
use peka::db::standards::StandardInput;
use peka::db::units::UnitInput;
use peka::db::write::{Actor, ConstraintKind, WriteError};
use peka::db::{OpenMode, employees, open};
use peka::domain::enums::*;
use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn sample_copy() -> (TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path: PathBuf = dir.path().join("copy.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    (dir, conn)
}

fn fresh() -> (TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("fresh.db"), OpenMode::CreateIfMissing).unwrap();
    (dir, conn)
}

fn ani() -> Actor {
    Actor::new("ani", "")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn audits(conn: &Connection, entity: &str, id: i64) -> Vec<(String, Option<Value>, Option<Value>)> {
    let mut st = conn
        .prepare(
            "SELECT aksi, sebelum, sesudah FROM audit WHERE entitas = ?1 AND entitas_id = ?2 ORDER BY id",
        )
        .unwrap();
    st.query_map(rusqlite::params![entity, id], |r| {
        let json = |s: Option<String>| s.map(|s| serde_json::from_str::<Value>(&s).unwrap());
        Ok((r.get(0)?, json(r.get(1)?), json(r.get(2)?)))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

fn unit(kode: &str, nama: &str, parent: Option<i64>) -> UnitInput {
    UnitInput {
        kode: kode.into(),
        nama: nama.into(),
        singkatan: String::new(),
        jenis: if parent.is_some() { "BIDANG" } else { "DINAS" }.into(),
        induk_id: parent,
        urutan: 1,
        aktif: true,
        kapasitas_magang: None,
    }
}

fn competency(kode: &str, nama: &str) -> CompetencyInput {
    CompetencyInput {
        kode: kode.into(),
        nama: nama.into(),
        jenis: "TEKNIS".into(),
        definisi: "Kemampuan mengelola arsip dinamis.".into(),
        levels: std::array::from_fn(|i| LevelText {
            deskripsi: format!("Level {}", i + 1),
            indikator: format!("Indikator {}", i + 1),
        }),
    }
}

// ---------------------------------------------------------------- units

#[test]
fn units_round_trip_refuse_a_parent_cycle_and_list_in_tree_order() {
    let (_d, conn) = fresh();
    let dinas = record::insert(&conn, &unit("7.01", "Dinas Arsip", None), &ani()).unwrap();
    let bidang = record::insert(
        &conn,
        &unit("7.01.01", "Bidang Akuisisi", Some(dinas)),
        &ani(),
    )
    .unwrap();
    let seksi = record::insert(
        &conn,
        &unit("7.01.01.1", "Seksi Alih Media", Some(bidang)),
        &ani(),
    )
    .unwrap();
    assert_eq!(
        record::load::<UnitInput>(&conn, bidang).unwrap(),
        Some((unit("7.01.01", "Bidang Akuisisi", Some(dinas)), 1))
    );

    // The dinas may not move under its own sub-unit (or under itself).
    let cyc = WriteError::constraint("induk_id", ConstraintKind::Check);
    assert_eq!(
        record::update(
            &conn,
            dinas,
            1,
            &unit("7.01", "Dinas Arsip", Some(seksi)),
            &ani()
        ),
        Err(cyc.clone())
    );
    assert_eq!(
        record::update(
            &conn,
            dinas,
            1,
            &unit("7.01", "Dinas Arsip", Some(dinas)),
            &ani()
        ),
        Err(cyc)
    );
    assert_eq!(
        record::update(
            &conn,
            dinas,
            1,
            &unit("7.01", "Dinas Arsip", Some(999)),
            &ani()
        ),
        Err(WriteError::constraint(
            "induk_id",
            ConstraintKind::ForeignKey
        ))
    );
    assert_eq!(
        record::insert(&conn, &unit("7.01", "Kembar", None), &ani()),
        Err(WriteError::constraint("kode", ConstraintKind::Unique))
    );
    let mut renamed = unit("7.01", "Dinas Kearsipan", None);
    renamed.singkatan = "Disarsip".into();
    assert_eq!(record::update(&conn, dinas, 1, &renamed, &ani()), Ok(2));
    let stale = record::update(&conn, dinas, 1, &renamed, &ani()).unwrap_err();
    assert!(
        matches!(stale, WriteError::Conflict { changed_by: Some(ref by), .. } if by == "ani"),
        "{stale:?}"
    );

    let list = rr::list_units(&conn).unwrap();
    let shown: Vec<(i64, usize, &str)> = list
        .iter()
        .map(|u| (u.id, u.depth, u.induk.as_str()))
        .collect();
    assert_eq!(
        shown,
        vec![
            (dinas, 0, ""),
            (bidang, 1, "Disarsip"),
            (seksi, 2, "Bidang Akuisisi")
        ]
    );

    // In use as a parent: refused; the leaf goes, audited.
    // The refusal says what uses it and how many.
    assert_eq!(
        record::delete::<UnitInput>(&conn, bidang, 1, &ani()),
        Err(WriteError::InUse(vec![("unit_kerja", 1)]))
    );
    record::delete::<UnitInput>(&conn, seksi, 1, &ani()).unwrap();
    assert!(record::load::<UnitInput>(&conn, seksi).unwrap().is_none());
    let trail = audits(&conn, "unit_kerja", seksi);
    assert_eq!(
        trail.iter().map(|a| a.0.as_str()).collect::<Vec<_>>(),
        ["TAMBAH", "HAPUS"]
    );
    assert_eq!(trail[1].1.as_ref().unwrap()["nama"], "Seksi Alih Media");
}

#[test]
fn a_unit_with_employees_cannot_be_deleted() {
    let (_d, conn) = sample_copy();
    let id: i64 = conn
        .query_row(
            "SELECT unit_kerja_id FROM pegawai ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (_, v) = record::load::<UnitInput>(&conn, id).unwrap().unwrap();
    let employees: i64 = conn
        .query_row(
            "SELECT count(*) FROM pegawai WHERE unit_kerja_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    let Err(WriteError::InUse(uses)) = record::delete::<UnitInput>(&conn, id, v, &ani()) else {
        panic!("a unit in use is not deleted");
    };
    assert_eq!(uses[0], ("pegawai", employees), "{uses:?}");
    let row = rr::list_units(&conn)
        .unwrap()
        .into_iter()
        .find(|u| u.id == id)
        .unwrap();
    assert!(row.employees > 0);
}

// ---------------------------------------------------------------- competencies

#[test]
fn a_competency_and_its_level_texts_are_saved_versioned_and_audited_together() {
    let (_d, conn) = fresh();
    let c = competency("T.90", "Pengelolaan Arsip");
    let id = record::insert(&conn, &c, &ani()).unwrap();
    assert_eq!(
        record::load::<CompetencyInput>(&conn, id).unwrap(),
        Some((c.clone(), 1))
    );
    let own_levels = format!("SELECT count(*) FROM kompetensi_level WHERE kompetensi_id = {id}");
    assert_eq!(count(&conn, &own_levels), 5);

    let mut edit = c.clone();
    edit.levels[2].deskripsi = "Menyusun jadwal retensi".into();
    assert_eq!(record::update(&conn, id, 1, &edit, &ani()), Ok(2));
    assert_eq!(
        record::update(&conn, id, 2, &edit, &ani()),
        Ok(2),
        "no change, no write"
    );
    assert_eq!(
        record::update(&conn, id, 1, &c, &ani())
            .unwrap_err()
            .column(),
        None
    );
    let versions: Vec<i64> = conn
        .prepare("SELECT version FROM kompetensi_level WHERE kompetensi_id = ?1 ORDER BY level")
        .unwrap()
        .query_map([id], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(versions, [1, 1, 2, 1, 1]);

    let trail = audits(&conn, "kompetensi", id);
    assert_eq!(trail.len(), 2);
    let (before, after) = (trail[1].1.as_ref().unwrap(), trail[1].2.as_ref().unwrap());
    assert_eq!(before["levels"][2]["deskripsi"], "Level 3");
    assert_eq!(after["levels"][2]["deskripsi"], "Menyusun jadwal retensi");

    // Listed after the national competencies a new file starts with.
    let listed = rr::list_competencies(&conn).unwrap();
    assert_eq!(listed.len(), 10);
    assert_eq!(listed[9].kode, "T.90");
    assert_eq!(listed[9].levels.len(), 5);
    assert_eq!(
        listed[9].levels[2],
        (
            3,
            "Menyusun jadwal retensi".to_string(),
            "Indikator 3".to_string()
        )
    );

    record::delete::<CompetencyInput>(&conn, id, 2, &ani()).unwrap();
    assert_eq!(count(&conn, &own_levels), 0);
    assert_eq!(
        audits(&conn, "kompetensi", id)[2].1.as_ref().unwrap()["levels"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn an_assessed_competency_cannot_be_deleted_and_the_dictionary_lists_in_kind_order() {
    let (_d, conn) = sample_copy();
    let (id, v): (i64, i64) = conn
        .query_row(
            "SELECT id, version FROM kompetensi WHERE kode = 'M.01'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let refused = record::delete::<CompetencyInput>(&conn, id, v, &ani());
    assert!(
        matches!(&refused, Err(WriteError::InUse(u)) if u.iter().any(|(t, n)| *t == "penilaian_kompetensi" && *n > 0)),
        "{refused:?}"
    );
    let kinds: Vec<CompetencyKind> = rr::list_competencies(&conn)
        .unwrap()
        .iter()
        .map(|c| c.jenis)
        .collect();
    let mut sorted = kinds.clone();
    sorted.sort_by_key(|k| CompetencyKind::ALL.iter().position(|x| x == k));
    assert_eq!(kinds, sorted);
    assert_eq!(
        kinds.len() as i64,
        count(&conn, "SELECT count(*) FROM kompetensi")
    );
}

// ---------------------------------------------------------------- standards and assessments

#[test]
fn standards_are_unique_per_position_and_competency_and_jenjang_must_fit_the_kind() {
    let (_d, conn) = sample_copy();
    let k: i64 = conn
        .query_row("SELECT id FROM kompetensi WHERE kode = 'M.04'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let s = StandardInput {
        jenis_jabatan: "JF_KEAHLIAN".into(),
        jenjang_jf: "AHLI_MUDA".into(),
        nama_jabatan: "Arsiparis Ahli Muda (uji)".into(),
        kompetensi_id: k,
        level_standar: 3,
    };
    let id = record::insert(&conn, &s, &ani()).unwrap();
    assert_eq!(
        record::insert(&conn, &s, &ani()),
        Err(WriteError::constraint(
            "kompetensi_id",
            ConstraintKind::Unique
        ))
    );
    let wrong = StandardInput {
        jenjang_jf: "MAHIR".into(),
        ..s.clone()
    };
    assert_eq!(
        record::insert(&conn, &wrong, &ani()),
        Err(WriteError::constraint("jenjang_jf", ConstraintKind::Check))
    );
    let missing = StandardInput {
        kompetensi_id: 9999,
        ..s.clone()
    };
    assert_eq!(
        record::insert(&conn, &missing, &ani()),
        Err(WriteError::constraint(
            "kompetensi_id",
            ConstraintKind::ForeignKey
        ))
    );
    let bad_level = StandardInput {
        level_standar: 6,
        ..s.clone()
    };
    assert_eq!(
        record::update(&conn, id, 1, &bad_level, &ani()),
        Err(WriteError::constraint(
            "level_standar",
            ConstraintKind::Check
        ))
    );

    let four = StandardInput {
        level_standar: 4,
        ..s.clone()
    };
    assert_eq!(record::update(&conn, id, 1, &four, &ani()), Ok(2));
    assert!(matches!(
        record::update(&conn, id, 1, &s, &ani()),
        Err(WriteError::Conflict { .. })
    ));
    let row = rr::list_standards(&conn)
        .unwrap()
        .into_iter()
        .find(|r| r.id == id)
        .unwrap();
    assert_eq!(
        (row.kompetensi_kode.as_str(), row.level_standar, row.assumed),
        ("M.04", 4, false)
    );
    assert_eq!(row.jenjang_jf, Some(JfLevel::AhliMuda));
    record::delete::<StandardInput>(&conn, id, 2, &ani()).unwrap();
    assert!(record::load::<StandardInput>(&conn, id).unwrap().is_none());
    assert_eq!(audits(&conn, "standar_kompetensi", id).len(), 3);
}

#[test]
fn standards_list_in_position_rank_order() {
    let (_d, conn) = sample_copy();
    let ranks: Vec<u8> = rr::list_standards(&conn)
        .unwrap()
        .iter()
        .map(|s| employees::position_rank(s.jenis_jabatan))
        .collect();
    assert!(!ranks.is_empty());
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn assessments_keep_their_history_the_latest_counts_and_corrections_are_versioned() {
    let (_d, conn) = sample_copy();
    let emp: i64 = conn
        .query_row(
            "SELECT min(id) FROM pegawai WHERE status = 'AKTIF'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let (k, kode): (i64, String) = conn
        .query_row(
            "SELECT id, kode FROM kompetensi WHERE kode = 'M.02'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let before = rr::assessment_history(&conn, emp, k).unwrap().len();
    let a = |level, date: &str| AssessmentInput {
        pegawai_id: emp,
        kompetensi_id: k,
        level,
        tanggal: date.into(),
        metode: "UJI_KOMPETENSI".into(),
        penilai: "Tim Asesor BKPSDM".into(),
        catatan: String::new(),
    };
    let first = record::insert(&conn, &a(2, "2030-01-10"), &ani()).unwrap();
    let second = record::insert(&conn, &a(4, "2030-06-10"), &ani()).unwrap();
    let history = rr::assessment_history(&conn, emp, k).unwrap();
    assert_eq!(history.len(), before + 2);
    assert_eq!((history[0].id, history[0].level), (second, 4));
    assert_eq!((history[1].id, history[1].level), (first, 2));
    let gap = |conn: &Connection| {
        employees::competencies(conn, emp)
            .unwrap()
            .into_iter()
            .find(|g| g.code == kode)
            .unwrap()
    };
    assert_eq!(gap(&conn).actual, Some(4));

    // Correcting the older one changes only it; a stale correction is refused.
    assert_eq!(
        record::update(&conn, first, 1, &a(3, "2030-01-10"), &ani()),
        Ok(2)
    );
    assert!(matches!(
        record::update(&conn, first, 1, &a(1, "2030-01-10"), &ani()),
        Err(WriteError::Conflict { .. })
    ));
    assert_eq!(
        record::load::<AssessmentInput>(&conn, first)
            .unwrap()
            .unwrap(),
        (a(3, "2030-01-10"), 2)
    );
    assert_eq!(
        record::load::<AssessmentInput>(&conn, second)
            .unwrap()
            .unwrap()
            .0
            .level,
        4
    );
    assert_eq!(gap(&conn).actual, Some(4));

    assert_eq!(
        record::insert(&conn, &a(6, "2030-07-01"), &ani()),
        Err(WriteError::constraint(
            "level_aktual",
            ConstraintKind::Check
        ))
    );
    let nobody = AssessmentInput {
        pegawai_id: 99_999,
        ..a(3, "2030-07-01")
    };
    assert_eq!(
        record::insert(&conn, &nobody, &ani()),
        Err(WriteError::constraint(
            "pegawai_id",
            ConstraintKind::ForeignKey
        ))
    );
    let bad_method = AssessmentInput {
        metode: "TEBAKAN".into(),
        ..a(3, "2030-07-01")
    };
    assert_eq!(
        record::insert(&conn, &bad_method, &ani()),
        Err(WriteError::constraint("metode", ConstraintKind::Check))
    );
    assert_eq!(
        rr::assessment_history(&conn, emp, k).unwrap().len(),
        before + 2
    );

    record::delete::<AssessmentInput>(&conn, second, 1, &ani()).unwrap();
    assert_eq!(gap(&conn).actual, Some(3));
    let acts: Vec<String> = audits(&conn, "penilaian_kompetensi", first)
        .into_iter()
        .map(|a| a.0)
        .collect();
    assert_eq!(acts, ["TAMBAH", "UBAH"]);
}

#[test]
fn the_unit_list_carries_the_assumption_mark_and_counts_each_unit_alone() {
    let (_d, conn) = sample_copy();
    let list = rr::list_units(&conn).unwrap();
    let bidang = list.iter().find(|u| u.kode == "5.03.01").unwrap();
    assert!(
        bidang.assumed,
        "sample.db marks this sub-unit as an assumption"
    );
    let parent = list.iter().find(|u| Some(u.id) == bidang.induk_id).unwrap();
    assert!(!parent.assumed);
    // The parent's count is its own people: the sub-unit's are not in it.
    let in_service: Vec<String> = EmployeeStatus::ALL
        .iter()
        .filter(|s| s.is_in_service())
        .map(|s| format!("'{}'", s.as_code()))
        .collect();
    // In service on the reference date: a change dated ahead (a pension
    // recorded before it takes effect) has not happened yet.
    let own = |id: i64| {
        count(
            &conn,
            &format!(
                "SELECT count(*) FROM pegawai WHERE unit_kerja_id = {id} AND (status IN ({})
                   OR tanggal_status > (SELECT nilai FROM pengaturan WHERE kunci = 'tanggal_acuan'))",
                in_service.join(",")
            ),
        )
    };
    assert!(bidang.employees > 0);
    assert_eq!(parent.employees, own(parent.id));
    assert_eq!(bidang.employees, own(bidang.id));
    // Saved through the application, the unit is the office's own: no mark.
    let (input, v) = record::load::<UnitInput>(&conn, bidang.id)
        .unwrap()
        .unwrap();
    record::update(&conn, bidang.id, v, &input, &ani()).unwrap();
    let list = rr::list_units(&conn).unwrap();
    assert!(!list.iter().find(|u| u.id == bidang.id).unwrap().assumed);
}
