//! The training catalogue and its participants.

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE, code, completed_sql, full_name};
use super::model::{ParticipantRow, TrainingRow};
use crate::domain::enums::*;
use rusqlite::Connection;
use std::sync::LazyLock;

static LIST_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH n AS (
    SELECT pelatihan_id, COUNT(*) AS total, SUM(status IN ({completed})) AS done
    FROM peserta_pelatihan GROUP BY pelatihan_id
)
SELECT p.id, p.kode, p.nama, p.jenis, p.bentuk, p.penyelenggara, p.jumlah_jp, p.tanggal_mulai,
       p.tanggal_selesai, p.status, COALESCE(n.total, 0), COALESCE(n.done, 0)
FROM pelatihan p LEFT JOIN n ON n.pelatihan_id = p.id
ORDER BY p.tanggal_mulai DESC, p.tanggal_selesai DESC, p.kode",
        completed = completed_sql()
    )
});

/// The catalogue, newest start first, with the number of enrollments (any
/// status) and of completed participations.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<TrainingRow>> {
    let mut stmt = conn.prepare_cached(&LIST_SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(TrainingRow {
            id: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            kind: code(r, 3, TrainingType::from_code)?,
            form: code(r, 4, TrainingForm::from_code)?,
            organizer: r.get(5)?,
            jp: r.get(6)?,
            start: r.get(7)?,
            end: r.get(8)?,
            status: code(r, 9, TrainingStatus::from_code)?,
            participants: r.get(10)?,
            completed: r.get(11)?,
        })
    })?;
    rows.collect()
}

static PARTICIPANTS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL},
       pp.status, pp.jp_diakui, pp.nilai_akhir
FROM peserta_pelatihan pp
JOIN pegawai e ON e.id = pp.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE pp.pelatihan_id = ?1
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    )
});

/// Everyone enrolled in a training (any status, any employee status), in unit
/// order, then by name.
pub fn participants(conn: &Connection, training_id: i64) -> rusqlite::Result<Vec<ParticipantRow>> {
    let mut stmt = conn.prepare_cached(&PARTICIPANTS_SQL)?;
    let rows = stmt.query_map([training_id], |r| {
        Ok(ParticipantRow {
            employee_id: r.get(0)?,
            nip: r.get(1)?,
            name: full_name(
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?,
                r.get_ref(4)?.as_str()?,
            ),
            unit: r.get(5)?,
            status: code(r, 6, EnrollmentStatus::from_code)?,
            jp_credited: r.get(7)?,
            score: r.get(8)?,
        })
    })?;
    rows.collect()
}
