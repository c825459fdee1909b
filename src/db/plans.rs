//! Record kind: one line of an employee's development plan (rencana
//! pengembangan, the AKPK/HCDP line of domain.md §9): the competency to
//! develop and its gap, the activity proposed, the JP it plans, priority and
//! status, and the training that fulfils it. Written through `db::record`;
//! read for the employee detail by [`lines`].

use super::employees::{code, completed_sql};
use super::record::{Record, must_exist};
use super::write::{ConstraintKind, WriteError};
use crate::domain::enums::{PlanStatus, Priority};
use rusqlite::types::Value;
use rusqlite::{Connection, params};
use std::sync::LazyLock;

/// A plan line as its form edits it (`prioritas`, `status` as their codes).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanInput {
    pub tahun: i64,
    pub pegawai_id: i64,
    pub kompetensi_id: i64,
    /// The gap when the line was planned (standard − level).
    pub kesenjangan: i64,
    /// The development activity proposed (a training's name, "Coaching…").
    pub jenis_pelatihan_usulan: String,
    /// JP the activity plans.
    pub jp_rencana: f64,
    pub prioritas: String,
    pub status: String,
    /// The training that fulfils the line, when one is chosen.
    pub pelatihan_id: Option<i64>,
}

impl Record for PlanInput {
    const TABLE: &'static str = "rencana_pengembangan";
    const COLUMNS: &'static [&'static str] = &[
        "tahun",
        "pegawai_id",
        "kompetensi_id",
        "kesenjangan",
        "jenis_pelatihan_usulan",
        "jp_rencana",
        "prioritas",
        "status",
        "pelatihan_id",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.tahun),
            Value::Integer(self.pegawai_id),
            Value::Integer(self.kompetensi_id),
            Value::Integer(self.kesenjangan),
            Value::Text(self.jenis_pelatihan_usulan.trim().to_string()),
            Value::Real(self.jp_rencana),
            Value::Text(self.prioritas.trim().to_string()),
            Value::Text(self.status.trim().to_string()),
            self.pelatihan_id.map_or(Value::Null, Value::Integer),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(PlanInput {
            tahun: r.get(0)?,
            pegawai_id: r.get(1)?,
            kompetensi_id: r.get(2)?,
            kesenjangan: r.get(3)?,
            jenis_pelatihan_usulan: r.get(4)?,
            jp_rencana: r.get(5)?,
            prioritas: r.get(6)?,
            status: r.get(7)?,
            pelatihan_id: r.get(8)?,
        })
    }

    /// The employee, competency and training exist; one training appears in
    /// a person's plan once (a second `t` before the screen caught up, or a
    /// line typed for a training already planned, is refused at the field).
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM pegawai WHERE id = ?1",
            &self.pegawai_id,
            "pegawai_id",
        )?;
        must_exist(
            tx,
            "SELECT 1 FROM kompetensi WHERE id = ?1",
            &self.kompetensi_id,
            "kompetensi_id",
        )?;
        if !self.jp_rencana.is_finite() || self.jp_rencana < 0.0 {
            return Err(WriteError::constraint("jp_rencana", ConstraintKind::Check));
        }
        let Some(training) = self.pelatihan_id else {
            return Ok(());
        };
        must_exist(
            tx,
            "SELECT 1 FROM pelatihan WHERE id = ?1",
            &training,
            "pelatihan_id",
        )?;
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM rencana_pengembangan
                 WHERE pegawai_id = ?1 AND pelatihan_id = ?2 AND id IS NOT ?3)",
            )?
            .query_row(params![self.pegawai_id, training, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::constraint(
                "pelatihan_id",
                ConstraintKind::Unique,
            ));
        }
        Ok(())
    }
}

/// One plan line as the employee detail shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanLine {
    pub id: i64,
    pub version: i64,
    pub year: i32,
    pub competency_code: String,
    pub competency_name: String,
    pub gap: i64,
    /// The activity proposed.
    pub activity: String,
    /// Planned JP.
    pub jp: f64,
    pub priority: Priority,
    pub status: PlanStatus,
    /// The training that fulfils it (id, code).
    pub training: Option<(i64, String)>,
    /// Done: marked `terlaksana`, or the person completed the linked
    /// training (lulus / selesai).
    pub done: bool,
}

static LINES_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT r.id, r.version, r.tahun, k.kode, k.nama, r.kesenjangan, r.jenis_pelatihan_usulan,
       r.jp_rencana, r.prioritas, r.status, r.pelatihan_id, p.kode,
       r.status = 'TERLAKSANA' OR EXISTS(SELECT 1 FROM peserta_pelatihan pp
           WHERE pp.pelatihan_id = r.pelatihan_id AND pp.pegawai_id = r.pegawai_id
             AND pp.status IN ({completed}))
FROM rencana_pengembangan r
JOIN kompetensi k ON k.id = r.kompetensi_id
LEFT JOIN pelatihan p ON p.id = r.pelatihan_id
WHERE r.pegawai_id = ?1 AND r.tahun >= ?2
ORDER BY r.tahun, CASE r.prioritas WHEN 'TINGGI' THEN 0 WHEN 'SEDANG' THEN 1 ELSE 2 END,
         k.kode, r.id",
        completed = completed_sql()
    )
});

/// The plan lines of employee `id` for `from_year` and later: by year, then
/// priority (tinggi first), competency code, and the order entered.
pub fn lines(conn: &Connection, id: i64, from_year: i32) -> rusqlite::Result<Vec<PlanLine>> {
    let mut stmt = conn.prepare_cached(&LINES_SQL)?;
    let rows = stmt.query_map(params![id, from_year], |r| {
        let training = match (
            r.get::<_, Option<i64>>(10)?,
            r.get::<_, Option<String>>(11)?,
        ) {
            (Some(id), Some(code)) => Some((id, code)),
            _ => None,
        };
        Ok(PlanLine {
            id: r.get(0)?,
            version: r.get(1)?,
            year: r.get(2)?,
            competency_code: r.get(3)?,
            competency_name: r.get(4)?,
            gap: r.get(5)?,
            activity: r.get(6)?,
            jp: r.get(7)?,
            priority: code(r, 8, Priority::from_code)?,
            status: code(r, 9, PlanStatus::from_code)?,
            training,
            done: r.get(12)?,
        })
    })?;
    rows.collect()
}

/// Plan lines of employee `id` from years before `year` (not shown, counted).
pub fn earlier_count(conn: &Connection, id: i64, year: i32) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM rencana_pengembangan WHERE pegawai_id = ?1 AND tahun < ?2",
    )?
    .query_row(params![id, year], |r| r.get(0))
}
