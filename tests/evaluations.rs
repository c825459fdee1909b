//! Issue 10 in the database layer, on a small hand-made file: the appraisers
//! a unit's structure gives, the unit's grid with its leader's default, the
//! two ratings saved from the grid without touching the rest of the
//! evaluation, the organisation predicate and its limit, and a follow-up
//! whose proposed level becomes the latest assessment (the gap moves).

use peka::db::evaluations_write::{
    EvaluationInput, GridTarget, appraisers, grid_for, limits, new_for, save_ratings,
    set_org_predicate,
};
use peka::db::follow_ups::{FollowUpInput, months_between, queue};
use peka::db::model::PeriodRef;
use peka::db::record::{insert, load, update};
use peka::db::write::{Actor, WriteError};
use peka::domain::enums::{OrgPredicate, PeriodKind, Predicate, Rating};
use rusqlite::Connection;

const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan) VALUES
  (1, 'BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1),
  (2, 'BKPSDM.PK', 'Bidang Pengembangan Kompetensi', 'Bidang PK', 'BIDANG', 1, 1),
  (3, 'DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'DINAS', NULL, 2);
INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, jenis_jabatan,
                     jenjang_jf, nama_jabatan, unit_kerja_id, tmt_pengangkatan, status) VALUES
  (1, '197001012000031001', 'Kepala', 'L', '1970-01-01', 'PNS', 'IV/c', 'JPT_PRATAMA', NULL, 'Kepala Badan', 1, '2000-03-01', 'AKTIF'),
  (2, '197502022001031001', 'Kabid', 'L', '1975-02-02', 'PNS', 'IV/a', 'ADMINISTRATOR', NULL, 'Kepala Bidang', 2, '2001-03-01', 'AKTIF'),
  (3, '198003032005032001', 'Kasubbid', 'P', '1980-03-03', 'PNS', 'III/d', 'PENGAWAS', NULL, 'Kasubbid', 2, '2005-03-01', 'AKTIF'),
  (4, '199004042015031001', 'Staf', 'L', '1990-04-04', 'PNS', 'III/a', 'PELAKSANA', NULL, 'Pengadministrasi', 2, '2015-03-01', 'AKTIF'),
  (5, '198505052010032001', 'Analis', 'P', '1985-05-05', 'PNS', 'III/c', 'JF_KEAHLIAN', 'AHLI_MUDA', 'Analis SDM Aparatur Ahli Muda', 2, '2010-03-01', 'AKTIF'),
  (6, '197806062003031001', 'Kadis', 'L', '1978-06-06', 'PNS', 'IV/c', 'JPT_PRATAMA', NULL, 'Kepala Dinas', 3, '2003-03-01', 'AKTIF');
-- Its own dictionary instead of the national one a new file starts with (V12).
DELETE FROM kompetensi_level;
DELETE FROM kompetensi;
INSERT INTO kompetensi (id, kode, nama, jenis) VALUES (1, 'M.01', 'Integritas', 'MANAJERIAL');
INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode) VALUES
  (4, 1, 2, '2025-01-10', 'CACT');
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'PL-1', 'Pelatihan Integritas', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 24, '2026-03-02', '2026-03-05', 'APBK', 'SELESAI'),
  (2, 'PL-2', 'Bimtek Baru', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 16, '2026-10-01', '2026-10-02', 'APBK', 'SELESAI');
INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id) VALUES (1, 1);
INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
  (1, 1, 4, 'OPD', 'LULUS', 24),
  (2, 1, 3, 'OPD', 'MENGIKUTI', 0),
  (3, 2, 4, 'OPD', 'LULUS', 16);
"#;

fn db() -> Connection {
    let conn = peka::db::open_in_memory().unwrap();
    conn.execute_batch(FIXTURE).unwrap();
    conn
}

fn actor() -> Actor {
    Actor::new("uji", "")
}

fn q3() -> PeriodRef {
    PeriodRef {
        year: 2026,
        kind: PeriodKind::Triwulan,
        no: 3,
    }
}

#[test]
fn appraisers_follow_the_units_structure() {
    let conn = db();
    // Staf (Pelaksana, bidang): Kasubbid (Pengawas) appraises, Kabid above.
    assert_eq!(appraisers(&conn, 4).unwrap(), (Some(3), Some(2)));
    // Kasubbid (Pengawas): Kabid, then the head of the agency.
    assert_eq!(appraisers(&conn, 3).unwrap(), (Some(2), Some(1)));
    // Kabid (Administrator): the head of the agency; nobody above in the file.
    assert_eq!(appraisers(&conn, 2).unwrap(), (Some(1), None));
    // Ahli Muda: an Administrator, then the JPT.
    assert_eq!(appraisers(&conn, 5).unwrap(), (Some(2), Some(1)));
    // The JPT: the Wali Kota, who is not in the file.
    assert_eq!(appraisers(&conn, 1).unwrap(), (None, None));
}

#[test]
fn the_grid_lists_the_units_people_leader_first_with_the_units_achievement() {
    let conn = db();
    let g = grid_for(&conn, GridTarget::Employee(4), q3())
        .unwrap()
        .unwrap();
    // Staf's unit is a bidang of BKPSDM: the grid is BKPSDM's, bidang included.
    assert_eq!(g.unit, "BKPSDM");
    let names: Vec<&str> = g.rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Kepala", "Kabid", "Kasubbid", "Analis", "Staf"]);
    assert!(g.org.is_none() && g.limits.is_empty());
    assert_eq!(
        g.rows[0].leader_default, None,
        "no organisation predicate yet"
    );
    set_org_predicate(&conn, 1, q3(), Some(OrgPredicate::Istimewa), &actor()).unwrap();
    let g = grid_for(&conn, GridTarget::Unit(1), q3()).unwrap().unwrap();
    assert_eq!(g.org, Some(OrgPredicate::Istimewa));
    assert_eq!(g.limits, vec![(Predicate::SangatBaik, 70.0)]);
    assert_eq!(g.rows[0].leader_default, Some(Rating::DiAtas));
    assert!(g.rows[1..].iter().all(|r| r.leader_default.is_none()));
    // The head of the agency's new evaluation starts from it too.
    let new = new_for(&conn, 1, q3()).unwrap();
    assert_eq!(new.rating_hasil_kerja, "DI_ATAS");
    // Baik allows 70% Baik.
    assert_eq!(
        limits(&conn, OrgPredicate::Baik).unwrap(),
        vec![(Predicate::Baik, 70.0)]
    );
    // Removed again: audited each time.
    set_org_predicate(&conn, 1, q3(), None, &actor()).unwrap();
    let audited: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'predikat_organisasi'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 2);
    // Stepping through the top-level units wraps around.
    let next = grid_for(&conn, GridTarget::Step { from: 1, delta: 1 }, q3())
        .unwrap()
        .unwrap();
    assert_eq!(next.unit, "Diskominfo");
    let back = grid_for(&conn, GridTarget::Step { from: 1, delta: -1 }, q3())
        .unwrap()
        .unwrap();
    assert_eq!(back.unit, "Diskominfo");
}

#[test]
fn grid_ratings_change_only_the_ratings_and_are_version_checked() {
    let conn = db();
    // New: the appraisers come from the structure.
    let (id, v) = save_ratings(
        &conn,
        4,
        q3(),
        None,
        Rating::Sesuai,
        Rating::DiAtas,
        &actor(),
    )
    .unwrap();
    assert_eq!(v, 1);
    let (stored, _) = load::<EvaluationInput>(&conn, id).unwrap().unwrap();
    assert_eq!(
        (stored.pejabat_penilai_id, stored.atasan_penilai_id),
        (Some(3), Some(2))
    );
    assert_eq!(stored.predikat(), Some(Predicate::Baik));
    // Feedback written in the full form stays when the grid changes a rating.
    let with_feedback = EvaluationInput {
        umpan_balik: "Laporan rapi".into(),
        umpan_balik_langkah: "Bimbing rekan baru".into(),
        berakhlak: vec![("KOLABORATIF".into(), "Membantu bidang lain".into())],
        ..stored
    };
    let v = update(&conn, id, 1, &with_feedback, &actor()).unwrap();
    let (id2, v2) = save_ratings(
        &conn,
        4,
        q3(),
        Some((id, v)),
        Rating::DiAtas,
        Rating::DiAtas,
        &actor(),
    )
    .unwrap();
    assert_eq!((id2, v2), (id, v + 1));
    let (now, _) = load::<EvaluationInput>(&conn, id).unwrap().unwrap();
    assert_eq!(now.predikat(), Some(Predicate::SangatBaik));
    assert_eq!(now.umpan_balik, "Laporan rapi");
    assert_eq!(now.umpan_balik_langkah, "Bimbing rekan baru");
    assert_eq!(now.berakhlak, with_feedback.berakhlak);
    // A grid showing an older version is refused, naming who changed it.
    let stale = save_ratings(
        &conn,
        4,
        q3(),
        Some((id, v)),
        Rating::DiBawah,
        Rating::DiBawah,
        &Actor::new("budi", ""),
    );
    assert!(
        matches!(&stale, Err(WriteError::Conflict { changed_by: Some(by), .. }) if by == "uji"),
        "{stale:?}"
    );
    let (kept, _) = load::<EvaluationInput>(&conn, id).unwrap().unwrap();
    assert_eq!(kept.predikat(), Some(Predicate::SangatBaik));
    // One evaluation per employee and period.
    let twice = save_ratings(
        &conn,
        4,
        q3(),
        None,
        Rating::Sesuai,
        Rating::Sesuai,
        &actor(),
    );
    assert!(
        matches!(twice, Err(WriteError::Constraint { .. })),
        "{twice:?}"
    );
}

#[test]
fn a_follow_up_with_a_proposed_level_moves_the_gap_and_leaves_the_queue() {
    let conn = db();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    // Staf passed PL-1 (ended 05-03-2026, 8 months ago): due. PL-2 ended
    // 02-10-2026, less than 3 months ago: not yet. Kasubbid never
    // completed PL-1: not due.
    let due = queue(&conn, today, 3).unwrap();
    assert_eq!(due.iter().map(|d| d.enrollment_id).collect::<Vec<_>>(), [1]);
    assert_eq!(due[0].months, 8);
    assert_eq!(due[0].competency, Some((1, "M.01 Integritas".into())));
    assert_eq!(queue(&conn, today, 1).unwrap().len(), 2);
    // Before the training ended: refused with its end date.
    let early = FollowUpInput {
        peserta_pelatihan_id: 1,
        tanggal: "2026-03-04".into(),
        level_kirkpatrick: "PERILAKU".into(),
        responden: "ATASAN".into(),
        skor: 4,
        ..Default::default()
    };
    assert!(matches!(
        insert(&conn, &early, &actor()),
        Err(WriteError::Rule {
            column: "tanggal",
            ..
        })
    ));
    let f = FollowUpInput {
        tanggal: "2026-11-20".into(),
        bulan_ke: months_between(
            chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        ),
        temuan: "Menolak gratifikasi dan melaporkannya".into(),
        kompetensi_id: Some(1),
        level: Some(3),
        ..early
    };
    assert_eq!(f.bulan_ke, 8);
    let id = insert(&conn, &f, &actor()).unwrap();
    // The latest assessment of M.01 is the follow-up's: level 3, by the superior.
    let (level, method, source): (i64, String, Option<i64>) = conn
        .query_row(
            "SELECT level_aktual, metode, monitoring_id FROM penilaian_kompetensi
             WHERE pegawai_id = 4 AND kompetensi_id = 1 ORDER BY tanggal DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (level, method.as_str(), source),
        (3, "PENILAIAN_ATASAN", Some(id))
    );
    assert!(queue(&conn, today, 3).unwrap().is_empty());
    // The edit loads and keeps the proposal; dropping it removes the assessment.
    let (stored, v) = load::<FollowUpInput>(&conn, id).unwrap().unwrap();
    assert_eq!((stored.kompetensi_id, stored.level), (Some(1), Some(3)));
    let without = FollowUpInput {
        kompetensi_id: None,
        level: None,
        ..stored
    };
    update(&conn, id, v, &without, &actor()).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM penilaian_kompetensi WHERE monitoring_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
}
