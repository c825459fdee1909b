//! Record kind: one competency assessment result of an employee. The history
//! is kept: a new result is a new row, never an overwrite of an older one (the
//! latest by date counts); correcting a wrongly typed result is a
//! version-checked update of that row. Written through `db::record`.

use super::record::{Record, must_exist};
use super::write::WriteError;
use rusqlite::Connection;
use rusqlite::types::Value;

/// One assessment result (`metode` as its code, `tanggal` ISO).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessmentInput {
    pub pegawai_id: i64,
    pub kompetensi_id: i64,
    /// Actual level 1–5 (anything else is `Constraint { "level_aktual", Check }`).
    pub level: i64,
    pub tanggal: String,
    pub metode: String,
    pub penilai: String,
    pub catatan: String,
}

impl Record for AssessmentInput {
    const TABLE: &'static str = "penilaian_kompetensi";
    const COLUMNS: &'static [&'static str] = &[
        "pegawai_id",
        "kompetensi_id",
        "level_aktual",
        "tanggal",
        "metode",
        "penilai",
        "catatan",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.pegawai_id),
            Value::Integer(self.kompetensi_id),
            Value::Integer(self.level),
            Value::Text(self.tanggal.trim().to_string()),
            Value::Text(self.metode.trim().to_string()),
            Value::Text(self.penilai.trim().to_string()),
            Value::Text(self.catatan.trim().to_string()),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(AssessmentInput {
            pegawai_id: r.get(0)?,
            kompetensi_id: r.get(1)?,
            level: r.get(2)?,
            tanggal: r.get(3)?,
            metode: r.get(4)?,
            penilai: r.get(5)?,
            catatan: r.get(6)?,
        })
    }

    fn check(&self, tx: &Connection, _id: Option<i64>) -> Result<(), WriteError> {
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
        )
    }
}
