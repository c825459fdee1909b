//! The read layer on a small hand-built database: every number below follows
//! from the fixture, and each test names the rule it protects.

use peka::db::{self, employees};
use peka::domain::enums::*;
use peka::domain::jp::JpTargets;
use rusqlite::Connection;

/// Units: BKPSDM (top, urutan 1) with its sub-unit Bidang Mutasi; Disdik (top,
/// urutan 2); Kecamatan Banda Sakti (top, urutan 3, no singkatan, no employees).
/// Employees (id: name, unit, position, status):
///   1 Zulkifli (Drs. …, M.Si.) BKPSDM JPT_PRATAMA AKTIF
///   2 Aminah                   BKPSDM PELAKSANA AKTIF
///   3 Budi                     Bidang Mutasi ADMINISTRATOR AKTIF
///   4 Cut Nyak                 Bidang Mutasi JF_KEAHLIAN/AHLI_MUDA "Analis SDM Aparatur Ahli Muda" CUTI
///   5 Dedi                     Disdik PELAKSANA PENSIUN (not in service)
///   6 Erna                     Disdik PENGAWAS AKTIF
const FIXTURE: &str = r#"
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan) VALUES
  (10, 'U-DIK', 'Dinas Pendidikan', 'Disdik', 'DINAS', NULL, 2),
  (20, 'U-BKP', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1),
  (21, 'U-BKP-MUT', 'Bidang Mutasi', '', 'BIDANG', 20, 1),
  (30, 'U-KEC', 'Kecamatan Banda Sakti', '', 'KECAMATAN', NULL, 3);

INSERT INTO pegawai (id, nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, jenis_asn,
                     golongan, jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, status) VALUES
  (1, '197001011995031001', 'Zulkifli', 'Drs.', 'M.Si.', 'L', '1970-01-01', 'PNS', 'IV/b', 'JPT_PRATAMA', NULL, 'Kepala Badan', 20, 'AKTIF'),
  (2, '199002022015042002', 'Aminah', '', '', 'P', '1990-02-02', 'PNS', 'II/c', 'PELAKSANA', NULL, 'Pengadministrasi Perkantoran', 20, 'AKTIF'),
  (3, '198003032005011003', 'Budi', '', 'S.E.', 'L', '1980-03-03', 'PNS', 'III/d', 'ADMINISTRATOR', NULL, 'Kepala Bidang Mutasi', 21, 'AKTIF'),
  (4, '198504042010012004', 'Cut Nyak', '', 'S.Psi.', 'P', '1985-04-04', 'PNS', 'III/c', 'JF_KEAHLIAN', 'AHLI_MUDA', 'Analis SDM Aparatur Ahli Muda', 21, 'CUTI'),
  (5, '196205051985031005', 'Dedi', '', '', 'L', '1962-05-05', 'PNS', 'III/a', 'PELAKSANA', NULL, 'Pengadministrasi Perkantoran', 10, 'PENSIUN'),
  (6, '197506062000032006', 'Erna', '', 'S.Pd.', 'P', '1975-06-06', 'PNS', 'III/b', 'PENGAWAS', NULL, 'Kepala Seksi Kurikulum', 10, 'AKTIF');

-- Trainings: 1 ends early 2024, 2 ends on the last day of 2024, 3 in 2023,
-- 4 starts in 2024 but ends in 2025 (counts for 2025).
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'PL-1', 'Bimtek SIASN', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 20, '2024-03-04', '2024-03-10', 'APBK', 'SELESAI'),
  (2, 'PL-2', 'Seminar Integritas', 'PELATIHAN', 'NON_KLASIKAL', 'SEMINAR', 'SOSIAL_KULTURAL', 8, '2024-12-30', '2024-12-31', 'APBK', 'SELESAI'),
  (3, 'PL-3', 'PKA Angkatan I', 'PELATIHAN', 'KLASIKAL', 'PKA', 'MANAJERIAL', 40, '2023-12-01', '2023-12-31', 'APBA', 'SELESAI'),
  (4, 'PL-4', 'Kursus Analisis Jabatan', 'PELATIHAN', 'KLASIKAL', 'KURSUS', 'TEKNIS', 10, '2024-12-31', '2025-01-02', 'APBK', 'SELESAI');

INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui, nilai_akhir) VALUES
  (1, 1, 'OPD', 'LULUS', 20, 88.5),
  (2, 1, 'OPD', 'SELESAI', 8, NULL),
  (3, 1, 'AKPK', 'LULUS', 40, 90),
  (1, 2, 'OPD', 'MENGIKUTI', 0, NULL),
  (2, 2, 'OPD', 'SELESAI', 8, NULL),
  (4, 3, 'MANDIRI', 'LULUS', 10, 80),
  (1, 4, 'OPD', 'TIDAK_LULUS', 0, 40),
  (1, 5, 'OPD', 'LULUS', 20, 75),
  (1, 6, 'OPD', 'LULUS', 20, 81);

-- Its own dictionary instead of the national one a new file starts with (V12).
DELETE FROM kompetensi_level;
DELETE FROM kompetensi;
INSERT INTO kompetensi (id, kode, nama, jenis) VALUES
  (1, 'M.01', 'Integritas', 'MANAJERIAL'),
  (2, 'M.02', 'Kerja Sama', 'MANAJERIAL'),
  (3, 'T.01', 'Manajemen ASN', 'TEKNIS');

INSERT INTO standar_kompetensi (jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id, level_standar) VALUES
  ('JF_KEAHLIAN', '', '', 1, 2),
  ('JF_KEAHLIAN', 'AHLI_MUDA', '', 1, 3),
  ('JF_KEAHLIAN', '', 'analis sdm aparatur ahli muda', 1, 4),
  ('JF_KEAHLIAN', 'AHLI_PERTAMA', '', 2, 1),
  ('JF_KEAHLIAN', '', '', 2, 2),
  ('PELAKSANA', '', '', 1, 1),
  ('PELAKSANA', '', 'Pengadministrasi Lain', 1, 3),
  ('JPT_PRATAMA', '', '', 1, 4),
  ('JPT_PRATAMA', '', '', 2, 4);

INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode) VALUES
  (1, 4, 1, 3, '2024-05-01', 'UJI_KOMPETENSI'),
  (2, 4, 1, 4, '2023-01-01', 'ASSESSMENT_CENTER'),
  (3, 4, 2, 1, '2024-01-01', 'SELF_ASSESSMENT'),
  (4, 4, 2, 2, '2024-01-01', 'PENILAIAN_ATASAN'),
  (5, 4, 3, 2, '2024-01-01', 'UJI_KOMPETENSI'),
  (6, 1, 1, 5, '2024-02-01', 'ASSESSMENT_CENTER');
-- Assessments 3 and 4 share a date: the higher id (4, level 2) is the latest.

INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat) VALUES
  (1, 2024, 'TRIWULAN', 1, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'),
  (2, 2024, 'TRIWULAN', 1, 'SESUAI', 'DI_BAWAH', 'KURANG_MISCONDUCT'),
  (1, 2024, 'TRIWULAN', 2, 'SESUAI', 'SESUAI', 'BAIK'),
  (1, 2023, 'TAHUNAN', 1, 'DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'),
  (3, 2023, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK');

INSERT INTO mitra (id, nama, singkatan, jenis, narahubung) VALUES
  (1, 'Universitas Malikussaleh', 'UNIMAL', 'PERGURUAN_TINGGI', 'Dr. Ridwan'),
  (2, 'PT Pupuk Iskandar Muda', 'PIM', 'BUMN', '');

INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tentang, tanggal_mulai, tanggal_berakhir, status_dokumen) VALUES
  (1, 1, 'MOU', NULL, '100/1/2023', 'Tridharma', '2023-01-01', '2027-12-31', 'DITANDATANGANI'),
  (2, 2, 'MOU', NULL, '100/2/2020', 'CSR', '2020-01-01', '2023-12-31', 'DITANDATANGANI'),
  (3, 1, 'PKS', 1, '100/3/2024', 'Magang mahasiswa', '2024-01-01', '2024-08-15', 'DITANDATANGANI');

INSERT INTO magang (id, mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, jenjang, skema, unit_kerja_id,
                    pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status) VALUES
  (1, 1, 3, 'Rizki Maulana', '210170001', 'L', 'S1', 'MBKM', 21, 3, '2024-02-01', '2024-05-31', 'SELESAI'),
  (2, 1, 3, 'Nurul Hidayah', '210170002', 'P', 'S1', 'PKL', 10, NULL, '2024-07-01', '2024-09-30', 'BERJALAN');
"#;

fn fixture() -> Connection {
    let conn = db::open_in_memory().expect("in-memory database");
    conn.execute_batch(FIXTURE).expect("fixture loads");
    conn
}

fn ids(rows: &[peka::db::model::EmployeeRow]) -> Vec<i64> {
    rows.iter().map(|r| r.id).collect()
}

// ---------------------------------------------------------------- settings

#[test]
fn settings_load_reads_the_stored_target_and_reference_date() {
    let conn = fixture();
    conn.execute_batch(
        "UPDATE pengaturan SET nilai = '24' WHERE kunci = 'target_jp_tahunan';
         INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2024-06-30');",
    )
    .unwrap();
    let s = db::settings::load(&conn).unwrap();
    assert_eq!(s.target_jp, 24.0);
    assert_eq!(s.minutes_per_jp, 45);
    assert_eq!(
        s.today(chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap())
            .to_string(),
        "2024-06-30"
    );
}

// ---------------------------------------------------------------- employees

#[test]
fn employee_list_hides_employees_out_of_service_unless_asked() {
    let conn = fixture();
    let active = employees::list(&conn, 2024, false).unwrap();
    assert!(!ids(&active).contains(&5), "the retired employee is hidden");
    assert!(
        ids(&active).contains(&4),
        "leave (CUTI) is still in service"
    );
    let all = employees::list(&conn, 2024, true).unwrap();
    assert_eq!(all.len(), 6);
    assert!(ids(&all).contains(&5));
}

/// After a save, a few rows put in the list's order tell whether the saved
/// one kept its place (the TUI then reads no whole list): the same order as
/// the list for any ids given, and a change of name, position or unit that
/// moves a row shows as another order.
#[test]
fn a_few_employees_come_in_the_list_order_and_a_move_shows() {
    let conn = fixture();
    let all = ids(&employees::list(&conn, 2024, true).unwrap());
    for pick in [vec![6, 1, 4], vec![5, 3], vec![2], vec![4, 2, 99]] {
        let want: Vec<i64> = all.iter().copied().filter(|i| pick.contains(i)).collect();
        assert_eq!(
            employees::in_list_order(&conn, &pick).unwrap(),
            want,
            "{pick:?}"
        );
    }
    // 2 Aminah sits between 1 and 3; renamed she still does (one Pelaksana in BKPSDM)…
    conn.execute("UPDATE pegawai SET nama = 'Zahra' WHERE id = 2", [])
        .unwrap();
    assert_eq!(
        employees::in_list_order(&conn, &[1, 2, 3]).unwrap(),
        [1, 2, 3]
    );
    // …made JPT she sorts by name among the JPTs, before Zulkifli…
    conn.execute(
        "UPDATE pegawai SET jenis_jabatan = 'JPT_PRATAMA' WHERE id = 2",
        [],
    )
    .unwrap();
    assert_eq!(
        employees::in_list_order(&conn, &[1, 2, 3]).unwrap(),
        [2, 1, 3]
    );
    // …and moved to Disdik she leaves BKPSDM.
    conn.execute(
        "UPDATE pegawai SET jenis_jabatan = 'PELAKSANA', unit_kerja_id = 10 WHERE id = 2",
        [],
    )
    .unwrap();
    assert_eq!(
        employees::in_list_order(&conn, &[1, 2, 3]).unwrap(),
        [1, 3, 2]
    );
}

#[test]
fn employee_list_orders_by_unit_tree_then_position_rank_then_name() {
    let conn = fixture();
    let all = employees::list(&conn, 2024, true).unwrap();
    // BKPSDM: JPT before Pelaksana; its Bidang Mutasi next: Administrator before JF;
    // then Disdik: Pengawas before Pelaksana.
    assert_eq!(ids(&all), [1, 2, 3, 4, 6, 5]);
    assert_eq!(&*all[0].unit, "BKPSDM");
    assert_eq!(
        &*all[2].unit, "Bidang Mutasi",
        "no singkatan: the name is shown"
    );
    assert_eq!(all[0].name(), "Drs. Zulkifli, M.Si.");
    assert_eq!(all[1].name(), "Aminah");
    assert_eq!(all[2].name(), "Budi, S.E.");
    assert_eq!(&*all[0].golongan, "IV/b");
    assert_eq!(&*all[0].position, "Kepala Badan");
    assert_eq!(all[3].status, EmployeeStatus::Cuti);
    assert_eq!(all[0].asn_kind, AsnKind::Pns);
}

#[test]
fn jp_of_the_year_sums_only_completed_enrollments_of_trainings_ending_that_year() {
    let conn = fixture();
    let jp = |year: i32, id: i64| {
        employees::list(&conn, year, true)
            .unwrap()
            .into_iter()
            .find(|r| r.id == id)
            .unwrap()
            .jp_year
    };
    assert_eq!(
        jp(2024, 1),
        28.0,
        "20 + 8; the 2023 training is not counted"
    );
    assert_eq!(jp(2023, 1), 40.0);
    assert_eq!(
        jp(2024, 2),
        8.0,
        "the enrollment still MENGIKUTI earns nothing"
    );
    assert_eq!(
        jp(2024, 3),
        0.0,
        "a training ending in 2025 counts for 2025"
    );
    assert_eq!(jp(2025, 3), 10.0);
    assert_eq!(jp(2024, 4), 0.0, "TIDAK_LULUS earns nothing");
}

#[test]
fn employee_detail_of_an_unknown_id_is_none() {
    let conn = fixture();
    assert!(employees::detail(&conn, 999).unwrap().is_none());
}

#[test]
fn detail_picks_the_most_specific_standard_and_the_latest_assessment() {
    let conn = fixture();
    let d = employees::detail(&conn, 4).unwrap().unwrap();
    assert_eq!(d.name, "Cut Nyak, S.Psi.");
    assert_eq!(d.jf_level, Some(JfLevel::AhliMuda));
    assert_eq!(d.unit, "Bidang Mutasi");
    let codes: Vec<&str> = d.competencies.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["M.01", "M.02", "T.01"]);
    let m01 = &d.competencies[0];
    assert_eq!(
        m01.standard,
        Some(4),
        "the row naming the title beats jenjang and general rows"
    );
    assert_eq!(m01.actual, Some(3), "the 2024 result replaces the 2023 one");
    assert_eq!(m01.assessed_on.as_deref(), Some("2024-05-01"));
    assert_eq!(m01.gap(), Some(1));
    let m02 = &d.competencies[1];
    assert_eq!(
        m02.standard,
        Some(2),
        "the AHLI_PERTAMA row does not apply to an Ahli Muda"
    );
    assert_eq!(
        m02.actual,
        Some(2),
        "same date: the later record (higher id) wins"
    );
    let t01 = &d.competencies[2];
    assert_eq!(
        (t01.standard, t01.actual),
        (None, Some(2)),
        "assessed without a standard is still shown"
    );
    // Every assessment is kept and listed, newest first (id breaks a date tie).
    let history: Vec<(&str, &str, u8)> = d
        .assessments
        .iter()
        .map(|a| (a.date.as_str(), a.code.as_str(), a.level))
        .collect();
    assert_eq!(
        history,
        [
            ("2024-05-01", "M.01", 3),
            ("2024-01-01", "T.01", 2),
            ("2024-01-01", "M.02", 2),
            ("2024-01-01", "M.02", 1),
            ("2023-01-01", "M.01", 4),
        ]
    );
}

#[test]
fn jenjang_specific_standard_beats_the_row_for_every_jenjang() {
    let conn = fixture();
    conn.execute(
        "DELETE FROM standar_kompetensi WHERE nama_jabatan <> ''",
        [],
    )
    .unwrap();
    let d = employees::detail(&conn, 4).unwrap().unwrap();
    assert_eq!(d.competencies[0].standard, Some(3));
}

#[test]
fn detail_reads_the_tmt_of_the_golongan() {
    let conn = fixture();
    assert_eq!(
        employees::detail(&conn, 1).unwrap().unwrap().tmt_golongan,
        None
    );
    conn.execute(
        "UPDATE pegawai SET tmt_golongan = '2019-04-01' WHERE id = 1",
        [],
    )
    .unwrap();
    let d = employees::detail(&conn, 1).unwrap().unwrap();
    assert_eq!(d.tmt_golongan.as_deref(), Some("2019-04-01"));
}

#[test]
fn detail_lists_history_newest_first() {
    let conn = fixture();
    let d = employees::detail(&conn, 1).unwrap().unwrap();
    assert_eq!(d.name, "Drs. Zulkifli, M.Si.");
    assert_eq!(d.pangkat, "Pembina Tingkat I");
    let trainings: Vec<&str> = d.trainings.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(trainings, ["PL-2", "PL-1", "PL-3"]);
    assert_eq!(d.trainings[1].jp, 20.0);
    assert_eq!(d.trainings[1].status, EnrollmentStatus::Lulus);
    assert_eq!(d.jp_per_year, vec![(2024, 28.0), (2023, 40.0)]);
    let evals: Vec<(i32, PeriodKind, u32)> = d
        .evaluations
        .iter()
        .map(|e| (e.year, e.period_kind, e.period_no))
        .collect();
    assert_eq!(
        evals,
        [
            (2024, PeriodKind::Triwulan, 2),
            (2024, PeriodKind::Triwulan, 1),
            (2023, PeriodKind::Tahunan, 1)
        ]
    );
    assert_eq!(d.evaluations[1].predicate, Predicate::SangatBaik);
    // The employee's own standard: M.01 4 (assessed 5), M.02 4 (never assessed).
    let m02 = d.competencies.iter().find(|c| c.code == "M.02").unwrap();
    assert_eq!((m02.standard, m02.actual), (Some(4), None));
    assert!(d.interns.is_empty());
}

#[test]
fn detail_lists_the_interns_an_employee_mentors() {
    let conn = fixture();
    let d = employees::detail(&conn, 3).unwrap().unwrap();
    assert_eq!(d.interns.len(), 1);
    assert_eq!(d.interns[0].nim, "210170001");
    assert_eq!(
        d.interns[0].partner, "UNIMAL",
        "the campus's short name, as lists show it"
    );
    assert_eq!(d.interns[0].status, InternStatus::Selesai);
    assert!(!d.interns[0].current, "finished: not a current intern");
    assert!(
        d.competencies.is_empty(),
        "no standard and no assessment for this position"
    );
}

// ---------------------------------------------------------------- trainings

#[test]
fn training_list_is_newest_first_with_participant_counts() {
    let conn = fixture();
    let rows = db::trainings::list(&conn).unwrap();
    let codes: Vec<&str> = rows.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(codes, ["PL-4", "PL-2", "PL-1", "PL-3"]);
    let pl1 = &rows[2];
    assert_eq!(
        (pl1.participants, pl1.completed),
        (5, 3),
        "MENGIKUTI and TIDAK_LULUS are not completed"
    );
    assert_eq!(pl1.kind, TrainingType::Bimtek);
    assert_eq!(pl1.jp, 20.0);
}

#[test]
fn participants_are_listed_by_unit_then_name() {
    let conn = fixture();
    let rows = db::trainings::participants(&conn, 1).unwrap();
    let who: Vec<i64> = rows.iter().map(|p| p.employee_id).collect();
    assert_eq!(
        who,
        [2, 1, 4, 5, 6],
        "BKPSDM (Aminah, Zulkifli), Bidang Mutasi, Disdik (Dedi, Erna)"
    );
    assert_eq!(rows[1].name, "Drs. Zulkifli, M.Si.");
    assert_eq!(rows[1].score, Some(88.5));
    assert_eq!(rows[0].score, None);
    assert_eq!(rows[0].status, EnrollmentStatus::Mengikuti);
    assert_eq!(rows[3].unit, "Disdik");
}

// ---------------------------------------------------------------- partnerships

#[test]
fn partners_are_listed_by_name_with_their_counts() {
    let conn = fixture();
    let rows = db::partners::list_partners(&conn).unwrap();
    let names: Vec<&str> = rows.iter().map(|p| p.short.as_str()).collect();
    assert_eq!(names, ["PIM", "UNIMAL"]);
    assert_eq!((rows[1].agreements, rows[1].interns), (2, 2));
    assert_eq!((rows[0].agreements, rows[0].interns), (1, 0));
}

#[test]
fn a_partners_detail_holds_its_own_agreements_interns_and_former_names() {
    let conn = fixture();
    conn.execute_batch(
        "UPDATE mitra SET alamat = 'Reuleut', email = 'humas@unimal.ac.id', catatan = 'Kampus utama'
         WHERE id = 1;
         INSERT INTO mitra_nama_lama (mitra_id, nama, singkatan, berlaku_sampai)
         VALUES (1, 'Universitas Malikussaleh Lama', 'UML', '2001-01-01');",
    )
    .unwrap();
    let d = db::partners::detail(&conn, 1).unwrap().expect("partner 1");
    assert_eq!(
        (d.row.name.as_str(), d.row.short.as_str()),
        ("Universitas Malikussaleh", "UNIMAL")
    );
    assert_eq!(
        (d.address.as_str(), d.email.as_str(), d.note.as_str()),
        ("Reuleut", "humas@unimal.ac.id", "Kampus utama")
    );
    assert_eq!(
        d.former,
        [(
            "Universitas Malikussaleh Lama".to_string(),
            "2001-01-01".to_string()
        )]
    );
    // Its MoU, then the PKS under it; not PIM's MoU.
    let numbers: Vec<&str> = d.agreements.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers, ["100/1/2023", "100/3/2024"]);
    // Newest first.
    let interns: Vec<&str> = d.interns.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(interns, ["Nurul Hidayah", "Rizki Maulana"]);

    let pim = db::partners::detail(&conn, 2).unwrap().expect("partner 2");
    let numbers: Vec<&str> = pim.agreements.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(numbers, ["100/2/2020"]);
    assert!(pim.interns.is_empty() && pim.former.is_empty());
    assert_eq!(db::partners::detail(&conn, 99).unwrap(), None);
}

#[test]
fn agreements_list_each_mou_followed_by_its_pks() {
    let conn = fixture();
    // A second MoU of PIM starting earlier than its first, and a PKS under it.
    conn.execute_batch(
        "INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tanggal_mulai, tanggal_berakhir)
         VALUES (4, 2, 'MOU', NULL, '100/4/2019', '2019-01-01', '2019-12-31'),
                (5, 2, 'PKS', 4, '100/5/2019', '2019-03-01', '2019-06-30');",
    )
    .unwrap();
    let rows = db::partners::list_agreements(&conn).unwrap();
    let numbers: Vec<&str> = rows.iter().map(|a| a.number.as_str()).collect();
    assert_eq!(
        numbers,
        [
            "100/4/2019",
            "100/5/2019",
            "100/2/2020",
            "100/1/2023",
            "100/3/2024"
        ]
    );
    assert_eq!(rows[4].parent_number.as_deref(), Some("100/1/2023"));
    assert_eq!(rows[4].doc, AgreementDoc::Pks);
    assert_eq!(rows[3].parent_number, None);
    assert_eq!(rows[3].partner, "UNIMAL", "lists use the short name");
}

#[test]
fn internships_are_newest_first_with_the_field_mentor() {
    let conn = fixture();
    let rows = db::partners::list_internships(&conn).unwrap();
    let nims: Vec<&str> = rows.iter().map(|i| i.nim.as_str()).collect();
    assert_eq!(nims, ["210170002", "210170001"]);
    assert_eq!(rows[0].mentor_nip, None);
    assert_eq!(rows[1].mentor_nip.as_deref(), Some("198003032005011003"));
    assert_eq!(rows[1].mentor_name.as_deref(), Some("Budi, S.E."));
    assert_eq!(rows[1].unit, "Bidang Mutasi");
    assert_eq!(rows[0].unit, "Disdik");
}

// ---------------------------------------------------------------- evaluations

fn period(year: i32, kind: PeriodKind, no: u32) -> db::model::PeriodRef {
    db::model::PeriodRef { year, kind, no }
}

#[test]
fn latest_period_is_the_last_quarter_of_a_year_without_annual_rows() {
    let conn = fixture();
    assert_eq!(
        db::evaluations::latest_period(&conn).unwrap(),
        Some(period(2024, PeriodKind::Triwulan, 2))
    );
    assert_eq!(
        db::evaluations::periods(&conn).unwrap(),
        [
            period(2024, PeriodKind::Triwulan, 2),
            period(2024, PeriodKind::Triwulan, 1),
            period(2023, PeriodKind::Tahunan, 1)
        ]
    );
}

#[test]
fn latest_period_prefers_the_annual_evaluation_once_it_exists() {
    let conn = fixture();
    conn.execute_batch(
        "INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat)
         VALUES (6, 2024, 'TRIWULAN', 4, 'SESUAI', 'SESUAI', 'BAIK'),
                (6, 2024, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK'),
                (6, 2024, 'SEMESTER', 1, 'SESUAI', 'SESUAI', 'BAIK');",
    )
    .unwrap();
    let periods = db::evaluations::periods(&conn).unwrap();
    assert_eq!(periods[0], period(2024, PeriodKind::Tahunan, 1));
    assert_eq!(periods[1], period(2024, PeriodKind::Triwulan, 4));
    assert_eq!(
        periods[2],
        period(2024, PeriodKind::Semester, 1),
        "June ends after March"
    );
    assert_eq!(
        db::evaluations::latest_period(&conn).unwrap(),
        Some(periods[0])
    );
}

#[test]
fn no_evaluations_means_no_latest_period() {
    let conn = db::open_in_memory().unwrap();
    assert_eq!(db::evaluations::latest_period(&conn).unwrap(), None);
    assert!(db::evaluations::periods(&conn).unwrap().is_empty());
}

#[test]
fn evaluation_list_holds_only_the_period_asked_for() {
    let conn = fixture();
    let rows = db::evaluations::list(&conn, period(2024, PeriodKind::Triwulan, 1)).unwrap();
    let who: Vec<i64> = rows.iter().map(|r| r.employee_id).collect();
    assert_eq!(who, [2, 1]);
    assert_eq!(rows[0].predicate, Predicate::KurangMisconduct);
    assert_eq!(rows[1].work_result, Rating::DiAtas);
    assert!(
        db::evaluations::list(&conn, period(2022, PeriodKind::Tahunan, 1))
            .unwrap()
            .is_empty()
    );
}

// ---------------------------------------------------------------- monitoring and reports

#[test]
fn compliance_counts_in_service_employees_per_top_level_unit() {
    let conn = fixture();
    let rows = db::monitoring::jp_compliance(&conn, 2024, &JpTargets::uniform(20.0)).unwrap();
    let units: Vec<&str> = rows.iter().map(|u| u.unit.as_str()).collect();
    assert_eq!(
        units,
        ["BKPSDM", "Disdik"],
        "the bidang counts for BKPSDM; an empty kecamatan is left out"
    );
    // BKPSDM: Zulkifli 28 (met), Aminah 8 (partial), Budi 0 and Cut Nyak 0 (zero).
    assert_eq!(
        (
            rows[0].employees,
            rows[0].met,
            rows[0].partial,
            rows[0].zero
        ),
        (4, 1, 1, 2)
    );
    // Disdik: Erna 20 (met); the retired Dedi is not counted.
    assert_eq!(
        (
            rows[1].employees,
            rows[1].met,
            rows[1].partial,
            rows[1].zero
        ),
        (1, 1, 0, 0)
    );
    let higher = db::monitoring::jp_compliance(&conn, 2024, &JpTargets::uniform(30.0)).unwrap();
    assert_eq!((higher[0].met, higher[0].partial), (0, 2));
}

#[test]
fn jp_summary_gives_jp_target_and_shortfall_per_employee_in_service() {
    let conn = fixture();
    let rows = db::reports::jp_summary(&conn, 2024, &JpTargets::uniform(20.0)).unwrap();
    let nips: Vec<&str> = rows.iter().map(|r| &r.nip[..4]).collect();
    assert_eq!(
        nips,
        ["1990", "1970", "1980", "1985", "1975"],
        "unit order, then name; Dedi (retired) absent"
    );
    let zul = &rows[1];
    assert_eq!(
        (zul.jp, zul.target, zul.shortfall, zul.year),
        (28.0, 20.0, 0.0, 2024)
    );
    assert_eq!(zul.unit, "Badan Kepegawaian dan Pengembangan SDM");
    let aminah = &rows[0];
    assert_eq!((aminah.jp, aminah.shortfall), (8.0, 12.0));
}

#[test]
fn gaps_list_standards_not_met_or_never_assessed() {
    let conn = fixture();
    let rows = db::reports::gaps(&conn).unwrap();
    let got: Vec<(&str, &str, u8, Option<u8>, i32)> = rows
        .iter()
        .map(|g| {
            (
                &g.nip[..4],
                g.competency.as_str(),
                g.standard,
                g.actual,
                g.gap,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("1990", "M.01", 1, None, 1),    // Aminah, pelaksana, never assessed
            ("1970", "M.02", 4, None, 4),    // Zulkifli: M.01 assessed 5 ≥ 4 is no gap
            ("1985", "M.01", 4, Some(3), 1), // Cut Nyak: title standard 4, latest 3
        ]
    );
    assert_eq!(rows[2].competency_name, "Integritas");
    assert_eq!(rows[2].unit, "Bidang Mutasi");
    assert_eq!(rows[1].name, "Drs. Zulkifli, M.Si.");
}

/// A past year's JP recap concerns who served that year: not people appointed
/// later, but people who left during or after it.
#[test]
fn jp_summary_of_a_past_year_lists_who_served_that_year() {
    let conn = fixture();
    conn.execute_batch(
        "UPDATE pegawai SET tmt_pengangkatan = '2025-03-01',
                nip = substr(nip, 1, 8) || '202503' || substr(nip, 15) WHERE id = 1;
         UPDATE pegawai SET status = 'PENSIUN', tanggal_status = '2024-06-01' WHERE id = 2;",
    )
    .unwrap();
    let nips = |year| -> Vec<String> {
        db::reports::jp_summary(&conn, year, &JpTargets::uniform(20.0))
            .unwrap()
            .into_iter()
            .map(|r| r.nip)
            .collect()
    };
    let nip_of = |id: i64| -> String {
        conn.query_row("SELECT nip FROM pegawai WHERE id = ?1", [id], |r| r.get(0))
            .unwrap()
    };
    let (n1, n2) = (nip_of(1), nip_of(2));
    assert!(
        !nips(2024).contains(&n1),
        "appointed in 2025: not in 2024's recap"
    );
    assert!(nips(2025).contains(&n1));
    assert!(
        nips(2024).contains(&n2),
        "retired in June 2024: still owed 2024's JP"
    );
    assert!(!nips(2025).contains(&n2), "gone before 2025 began");
}

/// The rows read again after another session saved are the list's own rows
/// (same columns, same values), whoever they are; an unknown id is left out.
#[test]
fn list_rows_gives_the_lists_rows_of_the_ids_asked() {
    let conn = fixture();
    for year in [2024, 2025] {
        let all = employees::list(&conn, year, true).unwrap();
        let mut wanted: Vec<i64> = ids(&all).into_iter().rev().collect();
        wanted.push(999_999);
        let got = employees::list_rows(&conn, year, &wanted).unwrap();
        assert_eq!(got.len(), all.len());
        for row in &got {
            let same = all.iter().find(|r| r.id == row.id).unwrap();
            assert_eq!(row, same);
        }
    }
}
