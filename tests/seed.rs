//! `peka seed`: runs the real binary into temporary folders and checks the
//! data it writes against the recipe of domain.md §10. The committed
//! sample.db is only ever opened read-only.

use chrono::NaiveDate;
use peka::db::seed_store::dump_content;
use peka::db::{OpenMode, open, schema};
use peka::domain::agreement::agreement_status;
use peka::domain::enums::{AgreementLifecycle, AgreementStatus, AsnKind, Gender};
use peka::domain::nik::{nik_matches, parse_nik};
use peka::domain::nip::parse_identity;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const AS_OF: &str = "2026-11-28";

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .expect("run peka")
}

/// Seeds `name` inside `dir` and returns its path (panics with stderr on failure).
fn seed(dir: &Path, name: &str, extra: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut args = vec!["seed", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let out = peka(&args);
    assert!(
        out.status.success(),
        "seed failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

fn read_only(path: &Path) -> Connection {
    open(path, OpenMode::ReadOnly).unwrap_or_else(|e| panic!("open {}: {e:?}", path.display()))
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The first line where two dumps differ, with its table, for a readable failure.
fn first_difference(a: &str, b: &str) -> Option<String> {
    let mut table = "";
    for (la, lb) in a.lines().zip(b.lines()) {
        if la.starts_with("table ") {
            table = la;
        }
        if la != lb {
            return Some(format!("in {table}:\n  left:  {la}\n  right: {lb}"));
        }
    }
    (a.lines().count() != b.lines().count()).then(|| "the dumps differ in length".to_string())
}

#[test]
fn same_arguments_give_identical_content_and_another_seed_differs() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["--employees", "200", "--seed", "5", "--as-of", AS_OF];
    let a = seed(dir.path(), "a.db", &args);
    let b = seed(dir.path(), "b.db", &args);
    let c = seed(
        dir.path(),
        "c.db",
        &["--employees", "200", "--seed", "6", "--as-of", AS_OF],
    );
    let (da, db, dc) = (
        dump_content(&read_only(&a)).unwrap(),
        dump_content(&read_only(&b)).unwrap(),
        dump_content(&read_only(&c)).unwrap(),
    );
    assert!(
        first_difference(&da, &db).is_none(),
        "{}",
        first_difference(&da, &db).unwrap()
    );
    assert_ne!(da, dc, "a different --seed must give different data");
    // Compact and self-contained: rollback journal, no WAL file left beside it.
    let header = std::fs::read(&a).unwrap();
    assert_eq!(
        (header[18], header[19]),
        (1, 1),
        "file is still in WAL mode"
    );
    assert!(!dir.path().join("a.db-wal").exists());
}

#[test]
fn sample_db_is_exactly_what_the_seeder_makes() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    let conn = read_only(&sample);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        version,
        schema::current_version(),
        "sample.db is not at the current schema; regenerate it"
    );
    let as_of: String = conn
        .query_row(
            "SELECT nilai FROM pengaturan WHERE kunci = 'tanggal_acuan'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let expected = dump_content(&conn).unwrap();
    drop(conn);
    let dir = tempfile::tempdir().unwrap();
    let fresh = seed(dir.path(), "fresh.db", &["--as-of", &as_of]);
    let actual = dump_content(&read_only(&fresh)).unwrap();
    if let Some(diff) = first_difference(&expected, &actual) {
        panic!(
            "sample.db differs from `peka seed sample.db --as-of {as_of}`; regenerate it. First difference {diff}"
        );
    }
}

#[test]
fn small_seed_follows_the_recipe() {
    let dir = tempfile::tempdir().unwrap();
    let path = seed(
        dir.path(),
        "small.db",
        &["--employees", "200", "--seed", "11", "--as-of", AS_OF],
    );
    let conn = read_only(&path);
    let as_of = date(AS_OF);
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };

    // Kinds of ASN: ~65% PNS, ~30% PPPK (a third part-time), ~5% CPNS.
    assert_eq!(count("SELECT count(*) FROM pegawai"), 200);
    let pns = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PNS'");
    let cpns = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'CPNS'");
    let pppk = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PPPK'");
    let part_time = count("SELECT count(*) FROM pegawai WHERE jenis_asn = 'PPPK_PARUH_WAKTU'");
    assert!((110..=150).contains(&pns), "PNS {pns}");
    assert!((5..=15).contains(&cpns), "CPNS {cpns}");
    assert!(
        (50..=70).contains(&(pppk + part_time)),
        "PPPK {pppk} + {part_time}"
    );
    assert!((15..=25).contains(&part_time), "part-time PPPK {part_time}");

    // 20-JP rule in the reference year, counting only completed participation.
    let (full, total): (i64, i64) = conn
        .query_row(
            "SELECT sum(jp >= 20), count(*) FROM (
                 SELECT p.id, (SELECT coalesce(sum(pp.jp_diakui), 0) FROM peserta_pelatihan pp
                               JOIN pelatihan t ON t.id = pp.pelatihan_id
                               WHERE pp.pegawai_id = p.id AND pp.status IN ('LULUS', 'SELESAI')
                                 AND substr(t.tanggal_selesai, 1, 4) = '2026') AS jp
                 FROM pegawai p WHERE p.status IN ('AKTIF', 'CUTI', 'TUGAS_BELAJAR', 'DIBERHENTIKAN_SEMENTARA'))",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let share = full as f64 / total as f64;
    assert!(
        (0.5..=0.7).contains(&share),
        "share with >= 20 JP in 2026: {share:.2}"
    );
    let bad_credit = count(
        "SELECT count(*) FROM peserta_pelatihan pp JOIN pelatihan t ON t.id = pp.pelatihan_id
         WHERE (pp.status IN ('LULUS', 'SELESAI') AND (pp.jp_diakui <> t.jumlah_jp OR t.tanggal_selesai > '2026-11-28'))
            OR (pp.status NOT IN ('LULUS', 'SELESAI') AND pp.jp_diakui <> 0)",
    );
    assert_eq!(
        bad_credit, 0,
        "JP credited for an unfinished or unfinishable participation"
    );

    // Agreements: exactly one MoU ends within 90 days, exactly one has expired.
    let mut st = conn
        .prepare("SELECT status_dokumen, tanggal_mulai, tanggal_berakhir FROM kerja_sama WHERE jenis_dokumen = 'MOU'")
        .unwrap();
    let statuses: Vec<AgreementStatus> = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .unwrap()
        .map(|row| {
            let (life, start, end) = row.unwrap();
            let life = AgreementLifecycle::from_code(&life).unwrap();
            agreement_status(life, date(&start), date(&end), as_of, 90)
        })
        .collect();
    let soon = statuses
        .iter()
        .filter(|s| **s == AgreementStatus::AkanBerakhir)
        .count();
    let expired = statuses
        .iter()
        .filter(|s| **s == AgreementStatus::Kedaluwarsa)
        .count();
    assert_eq!((soon, expired), (1, 1), "MoU statuses {statuses:?}");

    // Every intern has a field mentor, an Administrator or Pengawas of the
    // host unit — but one running internship whose host has not named one
    // yet (so Monitoring's "needing attention" has it to show).
    assert!(count("SELECT count(*) FROM magang") >= 25);
    let unmentored = count(
        "SELECT count(*) FROM magang m LEFT JOIN pegawai p ON p.id = m.pembimbing_lapangan_id
         WHERE p.id IS NULL OR p.unit_kerja_id <> m.unit_kerja_id
            OR p.jenis_jabatan NOT IN ('ADMINISTRATOR', 'PENGAWAS')",
    );
    assert_eq!(unmentored, 1);
    let without = count(
        "SELECT count(*) FROM magang WHERE pembimbing_lapangan_id IS NULL AND status = 'BERJALAN'",
    );
    assert_eq!(without, 1, "the one without a mentor is running");

    // NIP / NI PPPK and NIK agree with birth date and sex.
    let mut st = conn
        .prepare("SELECT jenis_asn, nip, nik, tanggal_lahir, jenis_kelamin FROM pegawai")
        .unwrap();
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (kind, nip, nik, birth, sex) = row.unwrap();
        let (kind, birth, sex) = (
            AsnKind::from_code(&kind).unwrap(),
            date(&birth),
            Gender::from_code(&sex).unwrap(),
        );
        let id = parse_identity(kind, &nip, as_of).unwrap_or_else(|e| panic!("NIP {nip}: {e:?}"));
        assert!(
            id.matches(birth, sex),
            "NIP {nip} disagrees with {birth} {sex:?}"
        );
        assert_eq!(&nip[..8], birth.format("%Y%m%d").to_string(), "NIP {nip}");
        if let Some(nik) = nik {
            let info = parse_nik(&nik).unwrap_or_else(|e| panic!("NIK {nik}: {e:?}"));
            assert!(
                nik_matches(&info, birth, sex),
                "NIK {nik} disagrees with {birth} {sex:?}"
            );
        }
    }
}

#[test]
fn check_finds_nothing_wrong_whatever_the_reference_date() {
    let dir = tempfile::tempdir().unwrap();
    for (i, as_of) in ["2026-11-28", "2027-01-03", "2020-02-10"]
        .iter()
        .enumerate()
    {
        let name = format!("c{i}.db");
        let path = seed(
            dir.path(),
            &name,
            &[
                "--employees",
                "160",
                "--seed",
                &i.to_string(),
                "--as-of",
                as_of,
            ],
        );
        let out = peka(&["check", path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "check of the seed as of {as_of}:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn never_overwrites_and_refuses_bad_arguments_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let existing = dir.path().join("mine.db");
    std::fs::write(&existing, b"my own data").unwrap();
    let out = peka(&["seed", existing.to_str().unwrap(), "--employees", "200"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mine.db") && err.trim().lines().count() == 1,
        "{err}"
    );
    assert_eq!(std::fs::read(&existing).unwrap(), b"my own data");

    let missing = dir.path().join("no-such-folder").join("x.db");
    let out = peka(&["seed", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!missing.exists());

    let target = dir.path().join("new.db");
    for bad in [["--as-of", "2026-02-30"], ["--employees", "3"]] {
        let out = peka(&[
            "--lang",
            "en",
            "seed",
            target.to_str().unwrap(),
            bad[0],
            bad[1],
        ]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim().lines().count(),
            1
        );
        assert!(!target.exists(), "a refused seed must not leave a file");
    }
}

fn sample() -> Connection {
    read_only(&Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"))
}

/// The field words (`peka::seed::jf_fields`) of a functional position's
/// full title ("Penyuluh Pertanian Ahli Muda" → those of "Penyuluh
/// Pertanian"; the longest title that starts it wins).
fn field_of(position: &str) -> Option<&'static [&'static str]> {
    peka::seed::jf_fields()
        .iter()
        .filter(|(title, _)| {
            position
                .strip_prefix(title)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        .max_by_key(|(title, _)| title.len())
        .map(|(_, words)| *words)
}

#[test]
fn every_functional_positions_technical_competency_is_of_its_own_field() {
    let conn = sample();
    // The standard table: each JF title's technical competencies.
    let mut st = conn
        .prepare(
            "SELECT s.nama_jabatan, k.nama FROM standar_kompetensi s
             JOIN kompetensi k ON k.id = s.kompetensi_id
             WHERE s.jenis_jabatan IN ('JF_KEAHLIAN', 'JF_KETERAMPILAN') AND k.jenis = 'TEKNIS'",
        )
        .unwrap();
    let rows: Vec<(String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(rows.len() > 50, "{} technical JF standards", rows.len());
    for (title, competency) in &rows {
        let words = field_of(title).unwrap_or_else(|| panic!("{title} has no field"));
        assert!(
            words.iter().any(|w| competency.contains(w)),
            "{title} stands for {competency}, not its field {words:?}"
        );
    }
    for (title, expected) in [
        (
            "Penyuluh Pertanian Ahli Pertama",
            "Penyuluhan Pertanian dan Perikanan",
        ),
        (
            "Pekerja Sosial Ahli Muda",
            "Perlindungan dan Rehabilitasi Sosial",
        ),
        (
            "Penguji Kendaraan Bermotor Terampil",
            "Pengujian Kendaraan dan Lalu Lintas",
        ),
    ] {
        assert!(
            rows.iter().any(|(t, c)| t == title && c == expected),
            "{title}: {expected}"
        );
    }
    // And what the employees in those positions were assessed on.
    let mut st = conn
        .prepare(
            "SELECT DISTINCT e.nama_jabatan, k.nama FROM penilaian_kompetensi a
             JOIN pegawai e ON e.id = a.pegawai_id
             JOIN kompetensi k ON k.id = a.kompetensi_id
             WHERE e.jenis_jabatan IN ('JF_KEAHLIAN', 'JF_KETERAMPILAN') AND k.jenis = 'TEKNIS'
               AND a.monitoring_id IS NULL",
        )
        .unwrap();
    let assessed: Vec<(String, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!assessed.is_empty());
    for (title, competency) in &assessed {
        let words = field_of(title).unwrap_or_else(|| panic!("{title} has no field"));
        assert!(
            words.iter().any(|w| competency.contains(w)),
            "someone in {title} was assessed on {competency}"
        );
    }
}

/// Every PNS/CPNS golongan against the ceiling of domain.md §4.4
/// (`domain::golongan::above_ceiling`), in service or not.
fn above_ceilings(conn: &Connection) -> Vec<String> {
    use peka::domain::enums::{Education, JfLevel, PositionKind};
    use peka::domain::golongan::above_ceiling;
    let mut st = conn
        .prepare(
            "SELECT nip, golongan, pendidikan_terakhir, jenis_jabatan, jenjang_jf FROM pegawai
             WHERE jenis_asn IN ('PNS', 'CPNS')",
        )
        .unwrap();
    st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .filter_map(|(nip, gol, edu, post, jenjang)| {
        let edu = Education::from_code(&edu).unwrap();
        let post = PositionKind::from_code(&post).unwrap();
        let jenjang = jenjang.as_deref().and_then(JfLevel::from_code);
        above_ceiling(&gol, edu, post, jenjang)
            .map(|c| format!("{nip} {gol} > {c} ({edu:?}, {post:?})"))
    })
    .collect()
}

#[test]
fn every_golongan_is_within_the_ceiling_of_education_and_post() {
    let conn = sample();
    let above = above_ceilings(&conn);
    assert!(
        above.is_empty(),
        "{} above: {:?}",
        above.len(),
        &above[..above.len().min(5)]
    );
    // Structural posts still fill their ranges.
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert!(
        count(
            "SELECT count(*) FROM pegawai WHERE jenis_jabatan = 'ADMINISTRATOR' AND golongan = 'IV/b'"
        ) > 0
    );
    assert!(
        count(
            "SELECT count(*) FROM pegawai WHERE jenis_jabatan = 'JPT_PRATAMA' AND golongan = 'IV/c'"
        ) > 0
    );
}

#[test]
fn every_nik_starts_with_a_kemendagri_code_of_aceh() {
    let conn = sample();
    let regions: Vec<&str> = peka::seed::NIK_REGIONS.iter().map(|r| r.code).collect();
    let kecamatan: Vec<String> = conn
        .prepare("SELECT kode FROM kecamatan")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let niks: Vec<String> = conn
        .prepare("SELECT nik FROM pegawai WHERE nik IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(niks.len() > 1000);
    for nik in &niks {
        assert!(
            regions.contains(&&nik[..4]),
            "NIK {nik}: {} is no Kemendagri code",
            &nik[..4]
        );
        if &nik[..4] == "1173" {
            assert!(
                kecamatan.contains(&nik[..6].to_string()),
                "NIK {nik}: kecamatan {}",
                &nik[..6]
            );
        }
    }
    // BPS numbers never appear: 1174 is Langsa in the Kemendagri series, and
    // is so written; a Lhokseumawe birth place goes with 1173.
    let mismatched: i64 = conn
        .query_row(
            "SELECT count(*) FROM pegawai WHERE nik IS NOT NULL
               AND ((substr(nik, 1, 4) = '1173') <> (tempat_lahir = 'Lhokseumawe'))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(mismatched, 0);
}

#[test]
fn teachers_and_health_staff_work_in_schools_and_puskesmas() {
    let conn = sample();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    let teachers = count("SELECT count(*) FROM pegawai WHERE nama_jabatan LIKE 'Guru %'");
    let in_schools = count(
        "SELECT count(*) FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE e.nama_jabatan LIKE 'Guru %' AND (u.nama LIKE 'SD Negeri %' OR u.nama LIKE 'SMP Negeri %')",
    );
    assert!(
        teachers > 200 && in_schools == teachers,
        "{in_schools} of {teachers} teachers in schools"
    );
    let health = count(
        "SELECT count(*) FROM pegawai WHERE nama_jabatan LIKE 'Perawat %' OR nama_jabatan LIKE 'Bidan %'
            OR nama_jabatan LIKE 'Dokter %'",
    );
    let in_puskesmas = count(
        "SELECT count(*) FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE (e.nama_jabatan LIKE 'Perawat %' OR e.nama_jabatan LIKE 'Bidan %' OR e.nama_jabatan LIKE 'Dokter %')
           AND u.nama LIKE 'UPTD Puskesmas %'",
    );
    assert!(
        in_puskesmas * 2 > health,
        "{in_puskesmas} of {health} health staff in a Puskesmas"
    );
    // One UPTD Puskesmas per kecamatan, under the Dinas Kesehatan; schools
    // under the Dinas Pendidikan; all of them assumptions (names not
    // confirmed by domain.md).
    assert_eq!(
        count(
            "SELECT count(*) FROM unit_kerja u JOIN unit_kerja p ON p.id = u.induk_id
             WHERE u.nama LIKE 'UPTD Puskesmas %' AND p.singkatan = 'Dinkes' AND u.asumsi = 1"
        ),
        4
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM unit_kerja u LEFT JOIN unit_kerja p ON p.id = u.induk_id
             WHERE (u.nama LIKE 'SD Negeri %' OR u.nama LIKE 'SMP Negeri %')
               AND (p.singkatan IS NOT 'Disdikbud' OR u.asumsi = 0)"
        ),
        0
    );
    // Each school is led by one of its teachers; each Puskesmas by a Pengawas.
    assert_eq!(
        count(
            "SELECT count(*) FROM unit_kerja u WHERE u.nama LIKE 'UPTD Puskesmas %' AND NOT EXISTS (
                SELECT 1 FROM pegawai e WHERE e.unit_kerja_id = u.id AND e.jenis_jabatan = 'PENGAWAS'
                  AND e.nama_jabatan = 'Kepala ' || u.nama)"
        ),
        0
    );
}

#[test]
fn a_workforce_beyond_the_city_brings_the_units_of_other_regencies() {
    let dir = tempfile::tempdir().unwrap();
    let path = seed(
        dir.path(),
        "region.db",
        &["--employees", "6200", "--seed", "4", "--as-of", AS_OF],
    );
    let out = peka(&["check", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "check of a two-region seed:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let conn = read_only(&path);
    let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM pegawai"), 6200);
    // The city's units as in the sample, then Aceh Utara's, all marked as
    // assumptions and named after the regency.
    assert!(
        count(
            "SELECT count(*) FROM unit_kerja WHERE nama = 'Dinas Kesehatan Kabupaten Aceh Utara' AND asumsi = 1"
        ) == 1
    );
    assert_eq!(
        count("SELECT count(*) FROM unit_kerja WHERE kode LIKE '1108.%' AND asumsi = 0"),
        0
    );
    let regency_staff = count(
        "SELECT count(*) FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id WHERE u.kode LIKE '1108.%'",
    );
    assert!(
        (2500..=4500).contains(&regency_staff),
        "{regency_staff} in Aceh Utara"
    );
    // Its people were mostly registered there.
    let born_there = count(
        "SELECT count(*) FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE u.kode LIKE '1108.%' AND substr(e.nik, 1, 4) = '1108'",
    );
    assert!(
        born_there * 2 > regency_staff,
        "{born_there} of {regency_staff}"
    );
    assert!(above_ceilings(&conn).is_empty());
    let regions: Vec<&str> = peka::seed::NIK_REGIONS.iter().map(|r| r.code).collect();
    let bad: i64 = conn
        .prepare("SELECT nik FROM pegawai WHERE nik IS NOT NULL")
        .unwrap()
        .query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .filter(|n| !regions.contains(&&n[..4]))
        .count() as i64;
    assert_eq!(bad, 0);
}
