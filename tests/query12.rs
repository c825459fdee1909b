//! Issue 12 (whole-city reads on 100,000 employees): the faster SQL gives
//! exactly what the SQL before it gave, and `penilaian_terakhir` (V14) stays
//! the latest assessment per employee × competency through every write path.
//! Checked on a copy of sample.db and on a freshly seeded 2,000-employee file.

use peka::db::assessments::AssessmentInput;
use peka::db::monitoring_eval::{self, ReviewReport, ReviewRows};
use peka::db::record;
use peka::db::reports;
use peka::db::write::Actor;
use rusqlite::Connection;
use std::collections::HashMap;

#[path = "common/copies.rs"]
mod copies;
use copies::{connect, sample_copy, seeded};

// The SQL of the reads before issue 12, as it was.

const UNIT_TREE: &str = "unit_pos AS (
    SELECT id, induk_id,
           ROW_NUMBER() OVER (PARTITION BY induk_id ORDER BY urutan, nama COLLATE NOCASE, id) AS n
    FROM unit_kerja
),
unit_tree(id, root_id, path) AS (
    SELECT id, id, printf('%06d', n) FROM unit_pos WHERE induk_id IS NULL
    UNION ALL
    SELECT c.id, t.root_id, t.path || printf('%06d', c.n)
    FROM unit_pos c JOIN unit_tree t ON c.induk_id = t.id
    WHERE length(t.path) < 6 * 16
)";

const TODAY: &str = "COALESCE((SELECT trim(nilai) FROM pengaturan \
     WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime'))";

fn in_service() -> String {
    format!(
        "(CASE WHEN e.tanggal_status IS NULL OR e.tanggal_status <= {TODAY} THEN e.status \
         ELSE COALESCE((SELECT r.status FROM riwayat_status r \
              WHERE r.pegawai_id = e.id AND r.tanggal_mulai <= {TODAY} \
              ORDER BY r.tanggal_mulai DESC, r.id DESC LIMIT 1), 'AKTIF') END) \
         IN ('AKTIF','CUTI','TUGAS_BELAJAR','DIBERHENTIKAN_SEMENTARA')"
    )
}

/// The latest assessment per pair, ranked over the whole history.
const LATEST: &str = "SELECT pegawai_id, kompetensi_id, id, level_aktual, tanggal FROM (
    SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.pegawai_id, a.kompetensi_id
                                   ORDER BY a.tanggal DESC, a.id DESC) AS rn
    FROM penilaian_kompetensi a) WHERE rn = 1";

fn rows(conn: &Connection, sql: &str) -> Vec<Vec<String>> {
    let mut st = conn.prepare(sql).unwrap();
    let n = st.column_count();
    st.query_map([], |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get_ref(i)? {
                    rusqlite::types::ValueRef::Null => "NULL".to_string(),
                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                    rusqlite::types::ValueRef::Real(v) => format!("{v:?}"),
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into(),
                    rusqlite::types::ValueRef::Blob(_) => "blob".to_string(),
                })
            })
            .collect()
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

fn assert_summary_in_step(conn: &Connection) {
    let latest = rows(conn, &format!("{LATEST} ORDER BY 1, 2"));
    let summary = rows(
        conn,
        "SELECT pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal
         FROM penilaian_terakhir ORDER BY 1, 2",
    );
    assert_eq!(summary.len(), latest.len());
    assert!(
        summary == latest,
        "penilaian_terakhir differs from the history"
    );
}

/// The gap report as it was read before V14 (ranked per employee and over
/// the whole assessment history).
fn old_gaps(conn: &Connection) -> Vec<(String, String, String, String, i64, Option<i64>)> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE},
std AS (
    SELECT e.id AS pegawai_id, s.kompetensi_id, s.level_standar,
           ROW_NUMBER() OVER (PARTITION BY e.id, s.kompetensi_id
               ORDER BY (s.nama_jabatan <> '') DESC, (s.jenjang_jf <> '') DESC, s.id) AS rn
    FROM pegawai e
    JOIN standar_kompetensi s ON s.jenis_jabatan = e.jenis_jabatan
     AND (s.jenjang_jf = '' OR s.jenjang_jf = e.jenjang_jf)
     AND (s.nama_jabatan = '' OR lower(trim(s.nama_jabatan)) = lower(trim(e.nama_jabatan)))
    WHERE {ins}
),
act AS (
    SELECT a.pegawai_id, a.kompetensi_id, a.level_aktual, a.tanggal,
           ROW_NUMBER() OVER (PARTITION BY a.pegawai_id, a.kompetensi_id ORDER BY a.tanggal DESC, a.id DESC) AS rn
    FROM penilaian_kompetensi a
)
SELECT e.nip, e.nama, u.nama, k.kode, std.level_standar, act.level_aktual
FROM std
JOIN pegawai e ON e.id = std.pegawai_id
JOIN kompetensi k ON k.id = std.kompetensi_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
LEFT JOIN act ON act.pegawai_id = std.pegawai_id AND act.kompetensi_id = std.kompetensi_id AND act.rn = 1
WHERE std.rn = 1 AND (act.level_aktual IS NULL OR act.level_aktual < std.level_standar)
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip, k.kode",
        ins = in_service()
    );
    let mut st = conn.prepare(&sql).unwrap();
    st.query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
        ))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

fn assert_gaps_as_before(conn: &Connection) {
    let old = old_gaps(conn);
    let new = reports::gaps(conn).unwrap();
    assert!(!old.is_empty());
    assert_eq!(new.len(), old.len());
    for (n, o) in new.iter().zip(&old) {
        assert_eq!(n.nip, o.0);
        assert!(n.name.contains(o.1.trim()), "{} / {}", n.name, o.1);
        assert_eq!(n.unit, o.2);
        assert_eq!(n.competency, o.3);
        assert_eq!(n.standard as i64, o.4);
        assert_eq!(n.actual.map(i64::from), o.5);
    }
}

/// The predicates of the period due per top-level unit, as Distribution
/// counted them before (every evaluation joined to every unit).
fn assert_distribution_as_before(conn: &Connection) {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let ReviewRows::Distribution(p, new) =
        monitoring_eval::review_report(conn, ReviewReport::Distribution, today).unwrap()
    else {
        panic!("not a distribution")
    };
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE},
ev AS (
    SELECT COALESCE(t.root_id, e.unit_kerja_id) AS unit_id, ev.predikat
    FROM evaluasi_kinerja ev
    JOIN pegawai e ON e.id = ev.pegawai_id
    LEFT JOIN unit_tree t ON t.id = e.unit_kerja_id
    WHERE ev.tahun = {y} AND ev.jenis_periode = '{k}' AND ev.periode_ke = {n}
),
po AS (
    SELECT unit_kerja_id AS unit_id, predikat FROM predikat_organisasi
    WHERE tahun = {y} AND jenis_periode = '{k}' AND periode_ke = {n}
)
SELECT u.nama, COALESCE(po.predikat, ''),
       COUNT(CASE WHEN ev.predikat = 'SANGAT_BAIK' THEN 1 END),
       COUNT(CASE WHEN ev.predikat = 'BAIK' THEN 1 END),
       COUNT(CASE WHEN ev.predikat = 'BUTUH_PERBAIKAN' THEN 1 END),
       COUNT(CASE WHEN ev.predikat = 'KURANG_MISCONDUCT' THEN 1 END),
       COUNT(CASE WHEN ev.predikat = 'SANGAT_KURANG' THEN 1 END)
FROM unit_kerja u
LEFT JOIN unit_tree rt ON rt.id = u.id
LEFT JOIN po ON po.unit_id = u.id
LEFT JOIN ev ON ev.unit_id = u.id
WHERE ev.unit_id IS NOT NULL OR po.unit_id IS NOT NULL
GROUP BY u.id
ORDER BY rt.path, u.nama COLLATE NOCASE, u.id",
        y = p.year,
        k = p.kind.as_code(),
        n = p.no
    );
    let old = rows(conn, &sql);
    assert!(!old.is_empty());
    assert_eq!(new.len(), old.len());
    for (n, o) in new.iter().zip(&old) {
        assert_eq!(n.unit_name, o[0]);
        assert_eq!(n.org.map_or("", |x| x.as_code()), o[1]);
        let mut by_code = HashMap::new();
        for (q, c) in peka::domain::enums::Predicate::ALL.iter().zip(n.counts) {
            by_code.insert(q.as_code(), c.to_string());
        }
        assert_eq!(by_code["SANGAT_BAIK"], o[2]);
        assert_eq!(by_code["BAIK"], o[3]);
        assert_eq!(by_code["BUTUH_PERBAIKAN"], o[4]);
        assert_eq!(by_code["KURANG_MISCONDUCT"], o[5]);
        assert_eq!(by_code["SANGAT_KURANG"], o[6]);
    }
}

/// The JP of the year per person in `rekap-jp`, against the sum read the way
/// it was before (from the enrolments to their trainings).
fn assert_jp_as_before(conn: &Connection) {
    let targets = peka::db::settings::load(conn).unwrap().jp_targets;
    let new = reports::jp_summary(conn, 2026, &targets).unwrap();
    let sql = format!(
        "SELECT e.nip, SUM(pp.jp_diakui)
         FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
         JOIN pegawai e ON e.id = pp.pegawai_id
         WHERE pp.status IN ('LULUS','SELESAI') AND p.status IN ('BERJALAN','SELESAI')
           AND p.tanggal_selesai <= {TODAY}
           AND p.tanggal_selesai >= '2026-01-01' AND p.tanggal_selesai < '2027-01-01'
         GROUP BY pp.pegawai_id"
    );
    let mut st = conn.prepare(&sql).unwrap();
    let old: HashMap<String, f64> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert!(new.iter().any(|r| r.jp > 0.0));
    for r in &new {
        assert_eq!(r.jp, old.get(&r.nip).copied().unwrap_or(0.0), "{}", r.nip);
    }
}

/// Tab 4's list of every period, in the order of the SQL before it (the
/// whole period sorted at once), and its first rows handed out ahead.
fn assert_evaluations_as_before(conn: &Connection) {
    let periods = peka::db::evaluations::periods(conn).unwrap();
    assert!(periods.len() >= 2);
    let old_periods = rows(
        conn,
        "SELECT tahun, jenis_periode, periode_ke FROM evaluasi_kinerja
         GROUP BY tahun, jenis_periode, periode_ke
         ORDER BY tahun DESC,
             CASE jenis_periode WHEN 'TAHUNAN' THEN 12 WHEN 'SEMESTER' THEN 6 * periode_ke
                                WHEN 'TRIWULAN' THEN 3 * periode_ke ELSE periode_ke END DESC,
             CASE jenis_periode WHEN 'TAHUNAN' THEN 0 WHEN 'SEMESTER' THEN 1
                                WHEN 'TRIWULAN' THEN 2 ELSE 3 END",
    );
    let new_periods: Vec<Vec<String>> = periods
        .iter()
        .map(|p| {
            vec![
                p.year.to_string(),
                p.kind.as_code().to_string(),
                p.no.to_string(),
            ]
        })
        .collect();
    assert_eq!(new_periods, old_periods);
    for p in periods {
        let old = rows(
            conn,
            &format!(
                "WITH RECURSIVE {UNIT_TREE}
SELECT ev.id, e.nip, ev.predikat
FROM evaluasi_kinerja ev
JOIN pegawai e ON e.id = ev.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE ev.tahun = {} AND ev.jenis_periode = '{}' AND ev.periode_ke = {}
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip",
                p.year,
                p.kind.as_code(),
                p.no
            ),
        );
        let mut head = Vec::new();
        let new = peka::db::evaluations::list_in_parts(conn, p, 50, |h| head = h.to_vec()).unwrap();
        let new_rows: Vec<Vec<String>> = new
            .iter()
            .map(|r| {
                vec![
                    r.id.to_string(),
                    r.person.nip().to_string(),
                    r.predicate.as_code().to_string(),
                ]
            })
            .collect();
        assert_eq!(new_rows, old, "{p:?}");
        assert_eq!(head.len(), if new.len() >= 50 { 50 } else { 0 });
        assert_eq!(head[..], new[..head.len()]);
    }
}

/// The catalogue (tab 2) as the sort of the whole table gave it, with the
/// counts of the enrolments; its first rows handed over before the rest,
/// in the same order, and read from V18's index rather than sorted.
fn assert_trainings_as_before(conn: &Connection) {
    let order = "ORDER BY p.tanggal_mulai DESC, p.tanggal_selesai DESC, p.kode";
    let old = rows(
        conn,
        &format!(
            "SELECT p.id, p.kode, p.status,
                    (SELECT COUNT(*) FROM peserta_pelatihan pp WHERE pp.pelatihan_id = p.id),
                    (SELECT COUNT(*) FROM peserta_pelatihan pp
                     WHERE pp.pelatihan_id = p.id AND pp.status IN ('LULUS', 'SELESAI'))
             FROM pelatihan p NOT INDEXED {order}"
        ),
    );
    let head_len = 20;
    let mut head = Vec::new();
    let mut calls = 0;
    let new = peka::db::trainings::list_in_parts(conn, head_len, |h| {
        calls += 1;
        head = h.to_vec();
    })
    .unwrap();
    let new_rows: Vec<Vec<String>> = new
        .iter()
        .map(|r| {
            vec![
                r.id.to_string(),
                r.code.clone(),
                r.status.as_code().to_string(),
                r.participants.to_string(),
                r.completed.to_string(),
            ]
        })
        .collect();
    assert_eq!(new_rows, old);
    assert_eq!(new, peka::db::trainings::list(conn).unwrap());
    // The top only when more follows, once.
    let more = new.len() > head_len;
    assert_eq!(calls, usize::from(more));
    assert_eq!(head[..], new[..if more { head_len } else { 0 }]);
    let plan = rows(
        conn,
        &format!(
            "EXPLAIN QUERY PLAN SELECT p.id FROM pelatihan p
             LEFT JOIN pelatihan_jumlah n ON n.pelatihan_id = p.id {order}"
        ),
    )
    .concat()
    .join(" ");
    assert!(plan.contains("pelatihan_urut"), "{plan}");
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
}

#[test]
fn the_faster_reads_give_what_the_old_ones_gave_on_sample_db() {
    let (_dir, path) = sample_copy();
    let conn = connect(&path);
    assert_summary_in_step(&conn);
    assert_gaps_as_before(&conn);
    assert_distribution_as_before(&conn);
    assert_jp_as_before(&conn);
    assert_evaluations_as_before(&conn);
    assert_trainings_as_before(&conn);
}

#[test]
fn the_faster_reads_give_what_the_old_ones_gave_on_a_seeded_file() {
    let (_dir, path) = seeded(2000);
    let conn = connect(&path);
    assert_summary_in_step(&conn);
    assert_gaps_as_before(&conn);
    assert_distribution_as_before(&conn);
    assert_jp_as_before(&conn);
    assert_evaluations_as_before(&conn);
    assert_trainings_as_before(&conn);
}

#[test]
fn the_latest_assessment_follows_every_insert_update_and_delete() {
    let (_dir, path) = sample_copy();
    let conn = connect(&path);
    let actor = Actor::new("uji", "");
    let (emp, comp, level, date): (i64, i64, i64, String) = conn
        .query_row(
            "SELECT pegawai_id, kompetensi_id, level_aktual, tanggal FROM penilaian_terakhir
             ORDER BY pegawai_id, kompetensi_id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    let latest = |conn: &Connection| -> (i64, String) {
        conn.query_row(
            "SELECT level_aktual, tanggal FROM penilaian_terakhir
             WHERE pegawai_id = ?1 AND kompetensi_id = ?2",
            [emp, comp],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap()
    };
    let input = |level: i64, tanggal: &str| AssessmentInput {
        pegawai_id: emp,
        kompetensi_id: comp,
        level,
        tanggal: tanggal.to_string(),
        metode: "UJI_KOMPETENSI".into(),
        penilai: "Tim".into(),
        catatan: String::new(),
    };
    // An older result does not change the latest; a later one does; one on
    // the same day as the latest wins by its larger id.
    let older = record::insert(&conn, &input(1, "2001-01-01"), &actor).unwrap();
    assert_eq!(latest(&conn), (level, date.clone()));
    assert_summary_in_step(&conn);
    let same_day = record::insert(&conn, &input(5 - level % 2, &date), &actor).unwrap();
    assert_eq!(latest(&conn), (5 - level % 2, date.clone()));
    let later = record::insert(&conn, &input(2, "2026-11-27"), &actor).unwrap();
    assert_eq!(latest(&conn), (2, "2026-11-27".to_string()));
    assert_summary_in_step(&conn);
    // Corrections: the latest's level, its date moved back before the
    // others, the old one moved ahead of everything.
    record::update(&conn, later, 1, &input(3, "2026-11-27"), &actor).unwrap();
    assert_eq!(latest(&conn), (3, "2026-11-27".to_string()));
    record::update(&conn, later, 2, &input(3, "2000-01-01"), &actor).unwrap();
    assert_eq!(latest(&conn), (5 - level % 2, date.clone()));
    record::update(&conn, older, 1, &input(4, "2026-11-28"), &actor).unwrap();
    assert_eq!(latest(&conn), (4, "2026-11-28".to_string()));
    assert_summary_in_step(&conn);
    // Moving a result to another competency: both pairs are worked out again.
    let other: i64 = conn
        .query_row(
            "SELECT id FROM kompetensi WHERE id <> ?1 ORDER BY id LIMIT 1",
            [comp],
            |r| r.get(0),
        )
        .unwrap();
    let mut moved = input(2, "2026-11-28");
    moved.kompetensi_id = other;
    record::update(&conn, older, 2, &moved, &actor).unwrap();
    assert_summary_in_step(&conn);
    // Deletes: the latest gone, the one before takes its place; the last
    // result of a pair gone, the pair goes.
    record::delete::<AssessmentInput>(&conn, same_day, 1, &actor).unwrap();
    assert_summary_in_step(&conn);
    assert_eq!(latest(&conn), (level, date));
    record::delete::<AssessmentInput>(&conn, later, 3, &actor).unwrap();
    record::delete::<AssessmentInput>(&conn, older, 3, &actor).unwrap();
    assert_summary_in_step(&conn);
    // Outside the application (plain SQL) the triggers hold it too.
    conn.execute_batch(
        "UPDATE penilaian_kompetensi SET tanggal = '2026-11-28'
         WHERE id IN (SELECT id FROM penilaian_kompetensi ORDER BY id LIMIT 50);
         DELETE FROM penilaian_kompetensi WHERE id IN
            (SELECT id FROM penilaian_kompetensi ORDER BY id DESC LIMIT 20);",
    )
    .unwrap();
    assert_summary_in_step(&conn);
    assert_gaps_as_before(&conn);
}
