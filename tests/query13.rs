//! Issue 12, the reads still over budget at 100,000 employees: the
//! training catalogue reads its counts from `pelatihan_jumlah` (V16). It
//! gives exactly what the SQL before it gave (copied here as it was), on a
//! copy of sample.db and on a freshly seeded file, and `pelatihan_jumlah`
//! stays in step with the enrolments through every write path.

use peka::db::record;
use peka::db::trainings::{self, EnrollmentInput};
use peka::db::write::Actor;
use peka::db::{OpenMode, open};
use peka::domain::enums::{EnrollmentStatus, ProposalSource};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn sample_copy() -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

fn seeded(employees: u32) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seed.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["seed", path.to_str().unwrap(), "--employees"])
        .arg(employees.to_string())
        .args(["--as-of", "2026-11-28"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, path)
}

fn connect(path: &Path) -> Connection {
    open(path, OpenMode::ReadWrite).unwrap()
}

// ------------------------------------------------------------ the catalogue

/// The catalogue's rows as read before V16: every enrolment counted.
const OLD_TRAININGS: &str = "WITH n AS (
    SELECT pelatihan_id, COUNT(*) AS total, SUM(status IN ('LULUS','SELESAI')) AS done
    FROM peserta_pelatihan GROUP BY pelatihan_id
)
SELECT p.id, COALESCE(n.total, 0), COALESCE(n.done, 0)
FROM pelatihan p LEFT JOIN n ON n.pelatihan_id = p.id
ORDER BY p.tanggal_mulai DESC, p.tanggal_selesai DESC, p.kode";

fn old_trainings(conn: &Connection) -> Vec<(i64, i64, i64)> {
    conn.prepare(OLD_TRAININGS)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap()
}

fn assert_trainings_as_before(conn: &Connection) {
    let now: Vec<(i64, i64, i64)> = trainings::list(conn)
        .unwrap()
        .iter()
        .map(|t| (t.id, t.participants, t.completed))
        .collect();
    let before = old_trainings(conn);
    assert!(!before.is_empty());
    assert!(
        now == before,
        "the catalogue's counts differ from the enrolments"
    );
}

/// `pelatihan_jumlah` is exactly the enrolments counted: one row per
/// training with participants, none for a training without.
fn assert_counts_in_step(conn: &Connection) {
    let stored: Vec<(i64, i64, i64)> = conn
        .prepare("SELECT pelatihan_id, peserta, selesai FROM pelatihan_jumlah ORDER BY 1")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let counted: Vec<(i64, i64, i64)> = conn
        .prepare(
            "SELECT pelatihan_id, COUNT(*), SUM(status IN ('LULUS','SELESAI'))
             FROM peserta_pelatihan GROUP BY pelatihan_id ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(
        stored, counted,
        "pelatihan_jumlah differs from the enrolments"
    );
    assert!(
        peka::db::check::stale_training_counts(conn)
            .unwrap()
            .is_empty(),
        "peka check finds the counts stale"
    );
}

#[test]
fn the_catalogue_counts_what_it_counted_before_on_sample_db() {
    let (_dir, path) = sample_copy();
    let conn = connect(&path);
    assert_counts_in_step(&conn);
    assert_trainings_as_before(&conn);
}

#[test]
fn the_catalogue_counts_what_it_counted_before_on_a_seeded_file() {
    let (_dir, path) = seeded(2_000);
    let conn = connect(&path);
    assert_counts_in_step(&conn);
    assert_trainings_as_before(&conn);
}

#[test]
fn the_counts_follow_every_insert_update_and_delete() {
    let (_dir, path) = sample_copy();
    let conn = connect(&path);
    let actor = Actor::new("uji", "");
    // A training still taking participants, and employees not in it.
    let training: i64 = conn
        .query_row(
            "SELECT id FROM pelatihan WHERE kuota IS NULL OR kuota > 50
             ORDER BY (status = 'PENDAFTARAN') DESC, id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute(
        "UPDATE pelatihan SET kuota = NULL WHERE id = ?1",
        [training],
    )
    .unwrap();
    let outsiders: Vec<i64> = conn
        .prepare(
            "SELECT id FROM pegawai WHERE id NOT IN
                (SELECT pegawai_id FROM peserta_pelatihan WHERE pelatihan_id = ?1)
             ORDER BY id LIMIT 5",
        )
        .unwrap()
        .query_map([training], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let input = |employee: i64, status: &str| EnrollmentInput {
        pelatihan_id: training,
        pegawai_id: employee,
        sumber_usulan: "OPD".into(),
        status: status.into(),
        nilai_akhir: None,
        nomor_sertifikat: String::new(),
        tanggal_sertifikat: None,
        jp_diakui: 0.0,
        bukti_ref: String::new(),
    };
    let counts = |conn: &Connection| -> (i64, i64) {
        conn.query_row(
            "SELECT COALESCE((SELECT peserta FROM pelatihan_jumlah WHERE pelatihan_id = ?1), 0),
                    COALESCE((SELECT selesai FROM pelatihan_jumlah WHERE pelatihan_id = ?1), 0)",
            [training],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    let (n, done) = counts(&conn);
    // An enrolment, then its status to completed and back.
    let one = record::insert(&conn, &input(outsiders[0], "DIUSULKAN"), &actor).unwrap();
    assert_eq!(counts(&conn), (n + 1, done));
    record::update(&conn, one, 1, &input(outsiders[0], "SELESAI"), &actor).unwrap();
    assert_eq!(counts(&conn), (n + 1, done + 1));
    // A score or a certificate changes no count.
    let mut scored = input(outsiders[0], "SELESAI");
    scored.nilai_akhir = Some(80.0);
    record::update(&conn, one, 2, &scored, &actor).unwrap();
    assert_eq!(counts(&conn), (n + 1, done + 1));
    record::update(&conn, one, 3, &input(outsiders[0], "TIDAK_LULUS"), &actor).unwrap();
    assert_eq!(counts(&conn), (n + 1, done));
    assert_counts_in_step(&conn);
    // Several at once (the recommendations' `a`).
    let added = trainings::enroll_many(
        &conn,
        training,
        &outsiders[1..4],
        EnrollmentStatus::Diusulkan,
        ProposalSource::Opd,
        &actor,
    )
    .unwrap();
    assert_eq!(added, 3);
    assert_eq!(counts(&conn), (n + 4, done));
    assert_counts_in_step(&conn);
    // A delete.
    record::delete::<EnrollmentInput>(&conn, one, 4, &actor).unwrap();
    assert_eq!(counts(&conn), (n + 3, done));
    assert_counts_in_step(&conn);
    // Outside the application (plain SQL): moved to another training,
    // statuses changed in bulk, deleted until a training has nobody.
    conn.execute_batch(&format!(
        "UPDATE peserta_pelatihan SET pelatihan_id = (SELECT min(id) FROM pelatihan WHERE id <> {training} AND id NOT IN
            (SELECT pelatihan_id FROM peserta_pelatihan WHERE pegawai_id = {moved}))
         WHERE pelatihan_id = {training} AND pegawai_id = {moved};
         UPDATE peserta_pelatihan SET status = 'LULUS'
         WHERE id IN (SELECT id FROM peserta_pelatihan WHERE jp_diakui = 0 ORDER BY id LIMIT 40);
         UPDATE peserta_pelatihan SET status = 'MENGIKUTI'
         WHERE id IN (SELECT id FROM peserta_pelatihan WHERE jp_diakui = 0 ORDER BY id DESC LIMIT 40);",
        moved = outsiders[1],
    ))
    .unwrap();
    assert_counts_in_step(&conn);
    let last: i64 = conn
        .query_row(
            "SELECT pelatihan_id FROM peserta_pelatihan GROUP BY pelatihan_id
             ORDER BY count(*), pelatihan_id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    conn.execute_batch(&format!(
        "DELETE FROM monitoring_pasca_pelatihan WHERE peserta_pelatihan_id IN
            (SELECT id FROM peserta_pelatihan WHERE pelatihan_id = {last});
         DELETE FROM peserta_pelatihan WHERE pelatihan_id = {last};"
    ))
    .unwrap();
    assert_counts_in_step(&conn);
    let gone: i64 = conn
        .query_row(
            "SELECT count(*) FROM pelatihan_jumlah WHERE pelatihan_id = ?1",
            [last],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(gone, 0, "a training without participants has no row");
    assert_trainings_as_before(&conn);
}
