//! Issue 9: the rules of agreements and internships as the database layer
//! keeps them — validity of the agreement over the whole period, the mentor
//! in service, the unit's capacity, NIM per campus, the status lifecycle, and
//! the mentor load shown while picking.

use peka::db::internships::InternshipInput;
use peka::db::record::{insert, load, update};
use peka::db::rules::Rule;
use peka::db::write::{Actor, ConstraintKind, WriteError};
use rusqlite::Connection;

const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, kapasitas_magang) VALUES
  (1, 'BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', 2),
  (2, 'KOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'DINAS', NULL);
INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, jenis_jabatan,
                     nama_jabatan, unit_kerja_id, tmt_pengangkatan, status, tanggal_status) VALUES
  (1, '198001152005031001', 'Ahmad', 'L', '1980-01-15', 'PNS', 'III/c', 'PENGAWAS', 'Kasubbag', 1, '2005-03-01', 'AKTIF', NULL),
  (2, '196705101990031001', 'Bahri', 'L', '1967-05-10', 'PNS', 'IV/a', 'PELAKSANA', 'Pengadministrasi', 2, '1990-03-01', 'PENSIUN', '2025-06-01'),
  (4, '199010102019031001', 'Ikhsan', 'L', '1990-10-10', 'PNS', 'III/a', 'PENGAWAS', 'Kasi', 2, '2019-03-01', 'AKTIF', NULL);
INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (2, 'PENSIUN', '2025-06-01');
INSERT INTO mitra (id, nama, singkatan, jenis) VALUES
  (1, 'Universitas Malikussaleh', 'Unimal', 'PERGURUAN_TINGGI'),
  (2, 'Politeknik Negeri Lhokseumawe', 'PNL', 'PERGURUAN_TINGGI');
INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, nomor_pemko, tanggal_mulai, tanggal_berakhir, status_dokumen) VALUES
  (1, 1, 'MOU', 'MOU/1', '2023-02-13', '2026-12-31', 'DITANDATANGANI'),
  (2, 2, 'MOU', 'MOU/2', '2023-02-13', '2028-02-12', 'DITANDATANGANI'),
  (3, 1, 'MOU', 'MOU/3', '2020-01-01', '2030-01-01', 'DRAFT');
"#;

fn db() -> Connection {
    let conn = peka::db::open_in_memory().unwrap();
    conn.execute_batch(FIXTURE).unwrap();
    conn
}

fn actor() -> Actor {
    Actor {
        user: "uji".into(),
        ssh_client: String::new(),
    }
}

fn intern(nim: &str, start: &str, end: &str) -> InternshipInput {
    InternshipInput {
        mitra_id: 1,
        kerja_sama_id: Some(1),
        nama: format!("Mahasiswa {nim}"),
        nim: nim.into(),
        jenis_kelamin: "P".into(),
        program_studi: "Sistem Informasi".into(),
        jenjang: "S1".into(),
        semester: Some(6),
        skema: "MBKM".into(),
        unit_kerja_id: 2,
        pembimbing_lapangan_id: Some(4),
        tanggal_mulai: start.into(),
        tanggal_selesai: end.into(),
        status: "DITERIMA".into(),
        ..Default::default()
    }
}

fn rule(e: WriteError) -> (String, Rule) {
    match e {
        WriteError::Rule { column, rule } => (column.to_string(), rule),
        other => panic!("expected a rule, got {other:?}"),
    }
}

#[test]
fn the_agreement_must_be_in_force_for_the_whole_period() {
    let conn = db();
    // Inside MOU/1 (to 31-12-2026): saved.
    insert(&conn, &intern("1", "2026-09-01", "2026-12-31"), &actor()).unwrap();
    // One day past it: refused, with its dates.
    let e = insert(&conn, &intern("2", "2026-10-01", "2027-01-01"), &actor()).unwrap_err();
    assert_eq!(
        rule(e),
        (
            "kerja_sama_id".into(),
            Rule::AgreementNotCovering {
                number: "MOU/1".into(),
                start: "2023-02-13".into(),
                end: "2026-12-31".into(),
                in_force: true
            }
        )
    );
    // Starting before it.
    let e = insert(&conn, &intern("3", "2023-02-12", "2023-05-01"), &actor()).unwrap_err();
    assert!(matches!(rule(e).1, Rule::AgreementNotCovering { .. }));
    // A draft carries nothing.
    let draft = InternshipInput {
        kerja_sama_id: Some(3),
        ..intern("4", "2026-09-01", "2026-10-01")
    };
    let e = insert(&conn, &draft, &actor()).unwrap_err();
    assert!(matches!(
        rule(e).1,
        Rule::AgreementNotCovering {
            in_force: false,
            ..
        }
    ));
    // Another campus's agreement.
    let other = InternshipInput {
        kerja_sama_id: Some(2),
        ..intern("5", "2026-09-01", "2026-10-01")
    };
    let e = insert(&conn, &other, &actor()).unwrap_err();
    assert_eq!(
        rule(e),
        (
            "kerja_sama_id".into(),
            Rule::AgreementOtherPartner {
                number: "MOU/2".into(),
                partner: "PNL".into()
            }
        )
    );
    // A refused request is not held to the agreement's dates.
    let refused = InternshipInput {
        status: "DITOLAK".into(),
        ..intern("6", "2026-10-01", "2027-03-01")
    };
    insert(&conn, &refused, &actor()).unwrap();
}

#[test]
fn end_before_start_and_nim_per_campus() {
    let conn = db();
    let e = insert(&conn, &intern("1", "2026-10-02", "2026-10-01"), &actor()).unwrap_err();
    assert_eq!(
        e,
        WriteError::constraint("tanggal_selesai", ConstraintKind::Check)
    );
    insert(&conn, &intern("2201", "2026-09-01", "2026-10-01"), &actor()).unwrap();
    // The same NIM at the same campus (case and spaces aside): refused.
    let e = insert(
        &conn,
        &intern(" 2201 ", "2026-09-01", "2026-10-01"),
        &actor(),
    )
    .unwrap_err();
    assert_eq!(e, WriteError::constraint("nim", ConstraintKind::Unique));
    // The same NIM at another campus: another student.
    let pnl = InternshipInput {
        mitra_id: 2,
        kerja_sama_id: Some(2),
        ..intern("2201", "2026-09-01", "2026-10-01")
    };
    insert(&conn, &pnl, &actor()).unwrap();
}

#[test]
fn the_mentor_must_be_in_service() {
    let conn = db();
    let retired = InternshipInput {
        pembimbing_lapangan_id: Some(2),
        ..intern("1", "2026-09-01", "2026-10-01")
    };
    let e = insert(&conn, &retired, &actor()).unwrap_err();
    assert_eq!(
        rule(e),
        (
            "pembimbing_lapangan_id".into(),
            Rule::MentorNotInService {
                name: "Bahri".into(),
                status: "PENSIUN".into()
            }
        )
    );
    // A past internship keeps the mentor it had.
    let past = InternshipInput {
        status: "SELESAI".into(),
        kerja_sama_id: Some(1),
        ..retired.clone()
    };
    let past = InternshipInput {
        tanggal_mulai: "2024-01-08".into(),
        tanggal_selesai: "2024-03-29".into(),
        ..past
    };
    insert(&conn, &past, &actor()).unwrap();
}

#[test]
fn a_units_capacity_holds_on_every_day() {
    let conn = db();
    let at_bkpsdm = |nim: &str, start: &str, end: &str| InternshipInput {
        unit_kerja_id: 1,
        pembimbing_lapangan_id: Some(1),
        ..intern(nim, start, end)
    };
    // Capacity 2: two at once fit.
    insert(&conn, &at_bkpsdm("1", "2026-09-01", "2026-10-31"), &actor()).unwrap();
    insert(&conn, &at_bkpsdm("2", "2026-10-01", "2026-11-30"), &actor()).unwrap();
    // A third that overlaps both on 1-31 October: refused, naming the first full day.
    let e = insert(&conn, &at_bkpsdm("3", "2026-08-01", "2026-12-31"), &actor()).unwrap_err();
    assert_eq!(
        rule(e),
        (
            "unit_kerja_id".into(),
            Rule::CapacityFull {
                unit: "BKPSDM".into(),
                capacity: 2,
                day: "2026-10-01".into()
            }
        )
    );
    // One that only overlaps the first: fits (only one other on each of its days).
    insert(&conn, &at_bkpsdm("4", "2026-08-01", "2026-09-30"), &actor()).unwrap();
    // Refused or cancelled ones hold no place.
    let refused = InternshipInput {
        status: "DITOLAK".into(),
        ..at_bkpsdm("5", "2026-10-01", "2026-10-15")
    };
    insert(&conn, &refused, &actor()).unwrap();
    // Diskominfo has no capacity set: no limit.
    for n in 10..15 {
        insert(
            &conn,
            &intern(&n.to_string(), "2026-10-01", "2026-10-31"),
            &actor(),
        )
        .unwrap();
    }
}

#[test]
fn status_follows_its_lifecycle() {
    let conn = db();
    let id = insert(&conn, &intern("1", "2026-09-01", "2026-10-01"), &actor()).unwrap();
    let (stored, v) = load::<InternshipInput>(&conn, id).unwrap().unwrap();
    let running = InternshipInput {
        status: "BERJALAN".into(),
        ..stored
    };
    let v = update(&conn, id, v, &running, &actor()).unwrap();
    let done = InternshipInput {
        status: "SELESAI".into(),
        nilai_akhir: Some(88.5),
        ..running
    };
    let v = update(&conn, id, v, &done, &actor()).unwrap();
    // Finished stays finished.
    let back = InternshipInput {
        status: "DIAJUKAN".into(),
        ..done
    };
    let e = update(&conn, id, v, &back, &actor()).unwrap_err();
    assert_eq!(
        rule(e),
        (
            "status".into(),
            Rule::InternStatusChange {
                from: "SELESAI".into(),
                to: "DIAJUKAN".into()
            }
        )
    );
    let (now, _) = load::<InternshipInput>(&conn, id).unwrap().unwrap();
    assert_eq!(now.nilai_akhir, Some(88.5));
    assert_eq!(now.status, "SELESAI");
}

#[test]
fn logbook_entries_fall_within_the_internship_one_per_day() {
    use peka::db::intern_log::LogbookInput;
    let conn = db();
    let id = insert(&conn, &intern("1", "2026-09-01", "2026-10-31"), &actor()).unwrap();
    let entry = |day: &str| LogbookInput {
        magang_id: id,
        tanggal: day.into(),
        kegiatan: "Digitalisasi arsip".into(),
        ..Default::default()
    };
    insert(&conn, &entry("2026-09-04"), &actor()).unwrap();
    assert_eq!(
        rule(insert(&conn, &entry("2026-09-04"), &actor()).unwrap_err()),
        (
            "tanggal".into(),
            Rule::LogbookDayTaken {
                day: "2026-09-04".into()
            }
        )
    );
    assert_eq!(
        rule(insert(&conn, &entry("2026-11-01"), &actor()).unwrap_err()),
        (
            "tanggal".into(),
            Rule::LogbookOutsidePeriod {
                start: "2026-09-01".into(),
                end: "2026-10-31".into()
            }
        )
    );
}

#[test]
fn feedback_comes_once_the_internship_has_run() {
    use peka::db::intern_log::FeedbackInput;
    let conn = db();
    let id = insert(&conn, &intern("1", "2026-09-01", "2026-10-31"), &actor()).unwrap();
    let fb = FeedbackInput {
        magang_id: id,
        tanggal: "2026-10-31".into(),
        nilai_pembimbing: Some(85.0),
        saran_unit: "Antrean layanan dibuat daring".into(),
        ..Default::default()
    };
    // Still only accepted: too early.
    assert!(matches!(
        rule(insert(&conn, &fb, &actor()).unwrap_err()).1,
        Rule::FeedbackTooEarly { .. }
    ));
    let (stored, v) = load::<InternshipInput>(&conn, id).unwrap().unwrap();
    update(
        &conn,
        id,
        v,
        &InternshipInput {
            status: "BERJALAN".into(),
            ..stored
        },
        &actor(),
    )
    .unwrap();
    insert(&conn, &fb, &actor()).unwrap();
    // One per internship.
    assert_eq!(
        insert(&conn, &fb, &actor()).unwrap_err(),
        WriteError::constraint("magang_id", ConstraintKind::Unique)
    );
}

#[test]
fn the_mentor_is_an_official_of_the_host() {
    let conn = db();
    conn.execute_batch(
        "INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id) VALUES
           (3, 'BKPSDM.PK', 'Bidang Pengembangan Kompetensi', '', 'BIDANG', 1);
         INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan, jenis_jabatan,
                              nama_jabatan, unit_kerja_id, tmt_pengangkatan, status) VALUES
           (3, '198811112014032001', 'Hana', 'P', '1988-11-11', 'PNS', 'III/b', 'PELAKSANA', 'Analis', 2, '2014-03-01', 'AKTIF');",
    )
    .unwrap();
    // Hana works at Diskominfo; the intern is placed in BKPSDM.
    let at_bkpsdm = InternshipInput {
        unit_kerja_id: 1,
        pembimbing_lapangan_id: Some(3),
        ..intern("1", "2026-09-01", "2026-10-31")
    };
    assert_eq!(
        rule(insert(&conn, &at_bkpsdm, &actor()).unwrap_err()),
        (
            "pembimbing_lapangan_id".into(),
            Rule::MentorOtherUnit {
                name: "Hana".into(),
                unit: "Diskominfo".into(),
                host: "BKPSDM".into()
            }
        )
    );
    // Ahmad (BKPSDM) mentors an intern placed in one of its bidang.
    let in_bidang = InternshipInput {
        unit_kerja_id: 3,
        pembimbing_lapangan_id: Some(1),
        ..intern("2", "2026-09-01", "2026-10-31")
    };
    insert(&conn, &in_bidang, &actor()).unwrap();
}
