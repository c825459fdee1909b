//! Recommendations (issue 8 item 5) on a small hand-made database whose right
//! answer is worked out by hand below from the rule of `domain::recommend`
//! (also on the help screen): candidates are upcoming trainings the person
//! is not enrolled in, open to them, that target an assessed competency below
//! standard; ranked by largest gap, sum of gaps, JP still missing, start.

use chrono::NaiveDate;
use peka::db::open_in_memory;
use peka::db::recommend::{candidates, development, for_employee, for_training};
use peka::domain::recommend::Candidates;
use rusqlite::Connection;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// Competencies M.01 (1), M.02 (2), T.01 (3). Standards: pelaksana M.01 3,
/// M.02 3, T.01 2; pengawas M.01 3, M.02 3, T.01 3.
///
/// | who | kind | gaps (standard − latest level) | JP 2026 | missing |
/// |---|---|---|---|---|
/// | A (1) | PNS pelaksana | M.01 ▼2, M.02 ▼1; T.01 never assessed | 0 | 20 |
/// | B (2) | PNS pelaksana | M.01 ▼2, T.01 ▼1 | 12 | 8 |
/// | C (3) | PNS pengawas | M.02 ▼2 (an older 3 is superseded by a 1) | 0 | 20 |
/// | D (4) | PNS pelaksana, retired | M.01 ▼2 | – | – |
/// | E (5) | CPNS pelaksana | M.01 ▼1 | 0 | 20 |
///
/// Trainings (reference date 28-11-2026):
/// T1 rencana 01-02-2027 M.01 · T2 rencana 01-03-2027 M.01+M.02 ·
/// T3 pendaftaran (started 20-11-2026, still open) T.01 · T4 PKP rencana
/// 15-01-2027 M.02 · T5 batal M.01 · T6 selesai (June 2026; B passed it,
/// 12 JP) M.01 · T7 berjalan since 25-11-2026 M.01 · T8 Latsar rencana
/// 10-01-2027 M.01 · T9 rencana 05-01-2027 M.01, A already proposed for it.
fn hand_made() -> Connection {
    let conn = open_in_memory().unwrap();
    conn.execute_batch(
        "
INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis) VALUES (1, '1.01', 'Badan Uji', 'BU', 'BADAN');
-- Its own dictionary instead of the national one a new file starts with (V12).
DELETE FROM kompetensi_level;
DELETE FROM kompetensi;
INSERT INTO kompetensi (id, kode, nama, jenis) VALUES
  (1, 'M.01', 'Integritas', 'MANAJERIAL'),
  (2, 'M.02', 'Kerjasama', 'MANAJERIAL'),
  (3, 'T.01', 'Manajemen SDM', 'TEKNIS');
INSERT INTO standar_kompetensi (jenis_jabatan, kompetensi_id, level_standar) VALUES
  ('PELAKSANA', 1, 3), ('PELAKSANA', 2, 3), ('PELAKSANA', 3, 2),
  ('PENGAWAS', 1, 3), ('PENGAWAS', 2, 3), ('PENGAWAS', 3, 3);
INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                     jenis_jabatan, nama_jabatan, unit_kerja_id, status, tanggal_status) VALUES
  (1, '199001012015031001', 'Ani', 'P', '1990-01-01', 'PNS', 'III/a', 'PELAKSANA', 'Pengadministrasi', 1, 'AKTIF', NULL),
  (2, '199002022015031002', 'Budi', 'L', '1990-02-02', 'PNS', 'III/a', 'PELAKSANA', 'Pengadministrasi', 1, 'AKTIF', NULL),
  (3, '198503032010031003', 'Cut', 'P', '1985-03-03', 'PNS', 'III/c', 'PENGAWAS', 'Kepala Subbagian', 1, 'AKTIF', NULL),
  (4, '196601012000031004', 'Dahlan', 'L', '1966-01-01', 'PNS', 'III/d', 'PELAKSANA', 'Pengadministrasi', 1, 'PENSIUN', '2024-02-01'),
  (5, '199805052025011005', 'Erna', 'P', '1998-05-05', 'CPNS', 'III/a', 'PELAKSANA', 'Pengadministrasi', 1, 'AKTIF', NULL);
INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode) VALUES
  (1, 1, 1, '2026-01-10', 'CACT'), (1, 2, 2, '2026-01-10', 'CACT'),
  (2, 1, 1, '2026-01-10', 'CACT'), (2, 2, 3, '2026-01-10', 'CACT'), (2, 3, 1, '2026-01-10', 'CACT'),
  (3, 1, 3, '2026-01-10', 'CACT'), (3, 2, 3, '2025-01-10', 'CACT'), (3, 2, 1, '2026-01-10', 'CACT'),
  (3, 3, 3, '2026-01-10', 'CACT'),
  (4, 1, 1, '2023-01-10', 'CACT'),
  (5, 1, 2, '2026-03-10', 'CACT');
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'T1', 'Integritas', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 24, '2027-02-01', '2027-02-04', 'APBK', 'RENCANA'),
  (2, 'T2', 'Kerjasama dan Integritas', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 32, '2027-03-01', '2027-03-04', 'APBK', 'RENCANA'),
  (3, 'T3', 'Manajemen SDM', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 16, '2026-11-20', '2026-12-20', 'APBK', 'PENDAFTARAN'),
  (4, 'T4', 'PKP', 'PELATIHAN', 'KLASIKAL', 'PKP', 'MANAJERIAL', 180, '2027-01-15', '2027-04-30', 'APBA', 'RENCANA'),
  (5, 'T5', 'Batal', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 24, '2027-01-01', '2027-01-03', 'APBK', 'BATAL'),
  (6, 'T6', 'Selesai', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 12, '2026-06-01', '2026-06-05', 'APBK', 'SELESAI'),
  (7, 'T7', 'Berjalan', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 24, '2026-11-25', '2026-12-05', 'APBK', 'BERJALAN'),
  (8, 'T8', 'Latsar', 'PELATIHAN', 'KLASIKAL', 'LATSAR', 'MANAJERIAL', 240, '2027-01-10', '2027-04-10', 'APBA', 'RENCANA'),
  (9, 'T9', 'Integritas Awal', 'PELATIHAN', 'KLASIKAL', 'MANAJERIAL', 'MANAJERIAL', 24, '2027-01-05', '2027-01-08', 'APBK', 'RENCANA');
INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id) VALUES
  (1, 1), (2, 1), (2, 2), (3, 3), (4, 2), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1);
INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
  (6, 2, 'OPD', 'LULUS', 12),
  (9, 1, 'AKPK', 'DIUSULKAN', 0);
",
    )
    .unwrap();
    conn
}

fn target(_: peka::domain::enums::AsnKind) -> f64 {
    20.0
}

fn codes(conn: &Connection, employee: i64) -> Vec<String> {
    for_employee(conn, employee, today(), &target)
        .unwrap()
        .into_iter()
        .map(|r| r.code)
        .collect()
}

fn names(conn: &Connection, training: i64) -> Vec<String> {
    for_training(conn, training, today(), &target)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect()
}

#[test]
fn an_employee_gets_the_upcoming_trainings_for_their_largest_gaps_in_the_rule_order() {
    let conn = hand_made();
    // A: T2 addresses M.01 ▼2 and M.02 ▼1 (sum 3) before T1 (M.01 only, sum
    // 2). T3 targets T.01, never assessed; T4 is PKP (pengawas only), T8
    // Latsar (CPNS only), T9 already proposed; T5–T7 are not upcoming.
    assert_eq!(codes(&conn, 1), ["T2", "T1"]);
    // B: T9, T1, T2 all close M.01 ▼2 alone (T2's M.02 is no gap for B):
    // earliest start first; then T3 (T.01 ▼1). T6 is done.
    assert_eq!(codes(&conn, 2), ["T9", "T1", "T2", "T3"]);
    // C, pengawas: M.02 ▼2 by PKP (15-01) before T2 (01-03).
    assert_eq!(codes(&conn, 3), ["T4", "T2"]);
    // D left the service: nothing.
    assert!(codes(&conn, 4).is_empty());
    // E, CPNS: M.01 ▼1 — Latsar is open to her.
    assert_eq!(codes(&conn, 5), ["T9", "T8", "T1", "T2"]);
}

#[test]
fn the_reason_names_the_competency_how_far_below_and_the_jp_still_missing() {
    let conn = hand_made();
    let a = for_employee(&conn, 1, today(), &target).unwrap();
    let main = a[0].need.main();
    assert_eq!(
        (main.code.as_str(), main.standard, main.actual, main.gap()),
        ("M.01", 3, 1, 2)
    );
    assert_eq!(a[0].need.gaps.len(), 2, "T2 addresses two of A's gaps");
    assert_eq!(a[0].need.jp_missing, 20.0);
    let b = for_employee(&conn, 2, today(), &target).unwrap();
    assert_eq!(b[0].need.jp_missing, 8.0, "20 − 12 JP credited in 2026");
    // The latest assessment counts: C's older level 3 on M.02 is no longer.
    let c = for_employee(&conn, 3, today(), &target).unwrap();
    assert_eq!(c[0].need.main().actual, 1);
}

#[test]
fn a_training_lists_the_employees_who_need_it_most_in_the_rule_order() {
    let conn = hand_made();
    // T1 (M.01): A and B both ▼2, A misses 20 JP and B 8; E ▼1; D retired.
    assert_eq!(names(&conn, 1), ["Ani", "Budi", "Erna"]);
    // T2 (M.01, M.02): A ▼2+▼1; C ▼2 (20 missing) before B ▼2 (8); E ▼1.
    assert_eq!(names(&conn, 2), ["Ani", "Cut", "Budi", "Erna"]);
    // PKP only for pengawas, Latsar only for CPNS; T9 leaves out A, enrolled.
    assert_eq!(names(&conn, 4), ["Cut"]);
    assert_eq!(names(&conn, 8), ["Erna"]);
    assert_eq!(names(&conn, 9), ["Budi", "Erna"]);
    // T.01: B ▼1 only (A never assessed, C meets it).
    assert_eq!(names(&conn, 3), ["Budi"]);
}

#[test]
fn the_yearly_target_per_kind_of_asn_sets_the_jp_still_missing() {
    let conn = hand_made();
    let cpns_more = |k: peka::domain::enums::AsnKind| {
        if k == peka::domain::enums::AsnKind::Cpns {
            40.0
        } else {
            20.0
        }
    };
    let people = for_training(&conn, 1, today(), &cpns_more).unwrap();
    let erna = people.iter().find(|p| p.name == "Erna").unwrap();
    assert_eq!(erna.need.jp_missing, 40.0);
}

#[test]
fn the_development_section_holds_the_plan_and_what_t_would_add_next() {
    let conn = hand_made();
    conn.execute_batch(
        "INSERT INTO rencana_pengembangan (tahun, pegawai_id, kompetensi_id, kesenjangan,
             jenis_pelatihan_usulan, prioritas, status, pelatihan_id, jp_rencana) VALUES
           (2026, 1, 1, 2, 'Kerjasama dan Integritas', 'TINGGI', 'USULAN', 2, 32),
           (2025, 1, 2, 1, 'Coaching', 'SEDANG', 'TERLAKSANA', NULL, 16);",
    )
    .unwrap();
    let d = development(&conn, 1, today(), &target).unwrap();
    assert_eq!(d.year, 2026);
    assert_eq!(d.plan.len(), 1, "this year's line; 2025 is counted");
    assert_eq!(d.earlier, 1);
    assert_eq!(d.jp_missing, 20.0);
    // T2 is planned already: `t` adds T1 next, in 2027 (when it starts).
    let next = d.next_to_plan(&[]).unwrap();
    assert_eq!(next.code, "T1");
    let line = next.plan_line(1, d.year);
    assert_eq!(
        (
            line.tahun,
            line.kompetensi_id,
            line.kesenjangan,
            line.jp_rencana
        ),
        (2027, 1, 2, 24.0)
    );
    assert_eq!(
        (
            line.prioritas.as_str(),
            line.status.as_str(),
            line.pelatihan_id
        ),
        ("TINGGI", "USULAN", Some(1))
    );
    assert!(d.next_to_plan(&[1]).is_none(), "nothing left once T1 waits");
}

#[test]
fn one_training_is_planned_for_a_person_once() {
    use peka::db::record::insert;
    use peka::db::write::{Actor, ConstraintKind, WriteError};
    let conn = hand_made();
    let d = development(&conn, 1, today(), &target).unwrap();
    let line = d.recommendations[0].plan_line(1, 2026);
    let actor = Actor::new("ani", "");
    insert(&conn, &line, &actor).unwrap();
    assert_eq!(
        insert(&conn, &line, &actor),
        Err(WriteError::Constraint {
            column: Some("pelatihan_id".into()),
            kind: ConstraintKind::Unique
        })
    );
}

fn candidate_names(conn: &Connection, training: i64, source: Candidates, jp: f64) -> Vec<String> {
    candidates(conn, training, today(), &|_| jp, source)
        .unwrap()
        .into_iter()
        .map(|p| p.name)
        .collect()
}

/// The three lists `v` walks through in tab 2, on the hand-made database:
/// all in service, not enrolled, open to the training.
#[test]
fn a_trainings_candidates_are_those_with_gaps_under_target_or_everyone() {
    let conn = hand_made();
    // T3 targets T.01: only B has a gap on it.
    assert_eq!(candidate_names(&conn, 3, Candidates::Gaps, 20.0), ["Budi"]);
    // Under target: A, C, E miss 20 JP (no gap on T.01: by name), B misses 8.
    assert_eq!(
        candidate_names(&conn, 3, Candidates::UnderTarget, 20.0),
        ["Ani", "Cut", "Erna", "Budi"]
    );
    // With a target of 12, B (12 JP credited) has met it and leaves.
    assert_eq!(
        candidate_names(&conn, 3, Candidates::UnderTarget, 12.0),
        ["Ani", "Cut", "Erna"]
    );
    // Under target, a gap ranks first among those missing as much: T1
    // (M.01): A ▼2 and E ▼1 miss 20, C (no gap on M.01) misses 20 too.
    assert_eq!(
        candidate_names(&conn, 1, Candidates::UnderTarget, 20.0),
        ["Ani", "Erna", "Cut", "Budi"]
    );
    // Everyone: by unit then name; D (retired) never, A not for T9 (enrolled).
    assert_eq!(
        candidate_names(&conn, 3, Candidates::All, 20.0),
        ["Ani", "Budi", "Cut", "Erna"]
    );
    assert_eq!(
        candidate_names(&conn, 9, Candidates::All, 20.0),
        ["Budi", "Cut", "Erna"]
    );
    // PKP only for a pengawas, whatever the list.
    assert_eq!(candidate_names(&conn, 4, Candidates::All, 20.0), ["Cut"]);
    // Someone without a gap carries none (the view shows "—").
    let all = candidates(&conn, 3, today(), &|_| 20.0, Candidates::All).unwrap();
    let ani = all.iter().find(|p| p.name == "Ani").unwrap();
    assert!(ani.need.gaps.is_empty());
    assert_eq!(ani.need.jp_missing, 20.0);
}
