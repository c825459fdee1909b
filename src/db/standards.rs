//! Record kind: one row of the competency standard — which competency at
//! which level for which kind (and jenjang) of position or title. The table is
//! data the office edits (domain.md §1.4), never code. Written through
//! `db::record`.

use super::record::{Record, must_exist};
use super::write::{ConstraintKind, WriteError};
use crate::domain::enums::{JfLevel, PositionKind};
use rusqlite::Connection;
use rusqlite::types::Value;

/// One row of the competency standard. `jenjang_jf` "" applies to every
/// jenjang of the kind, `nama_jabatan` "" to every title (a row naming a
/// title wins over the general one, see `employees::standards_cte`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StandardInput {
    pub jenis_jabatan: String,
    pub jenjang_jf: String,
    pub nama_jabatan: String,
    pub kompetensi_id: i64,
    pub level_standar: i64,
}

impl Record for StandardInput {
    const TABLE: &'static str = "standar_kompetensi";
    const COLUMNS: &'static [&'static str] = &[
        "jenis_jabatan",
        "jenjang_jf",
        "nama_jabatan",
        "kompetensi_id",
        "level_standar",
        "asumsi",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.jenis_jabatan.trim().to_string()),
            Value::Text(self.jenjang_jf.trim().to_string()),
            Value::Text(self.nama_jabatan.trim().to_string()),
            Value::Integer(self.kompetensi_id),
            Value::Integer(self.level_standar),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(StandardInput {
            jenis_jabatan: r.get(0)?,
            jenjang_jf: r.get(1)?,
            nama_jabatan: r.get(2)?,
            kompetensi_id: r.get(3)?,
            level_standar: r.get(4)?,
        })
    }

    /// The competency exists; a jenjang belongs to the kind of position (Ahli
    /// … to JF keahlian, the others to JF keterampilan). A second row for the
    /// same position and competency is `Constraint { "kompetensi_id", Unique }`.
    fn check(&self, tx: &Connection, _id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM kompetensi WHERE id = ?1",
            &self.kompetensi_id,
            "kompetensi_id",
        )?;
        if let (Some(kind), Some(level)) = (
            PositionKind::from_code(self.jenis_jabatan.trim()),
            JfLevel::from_code(self.jenjang_jf.trim()),
        ) && level.position_kind() != kind
        {
            return Err(WriteError::constraint("jenjang_jf", ConstraintKind::Check));
        }
        Ok(())
    }
}
