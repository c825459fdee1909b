//! Record kinds of an internship's course (issue 9 item 3): the dated weekly
//! logbook entries (activity, output, the mentor's remark), and the two
//! evaluations at the end — the mentor's of the student (score and remarks)
//! and the student's of the host unit (what worked, what it could do better).
//! Both belong to one internship (`magang_id`, the form's owner).

use super::record::{Record, text_value};
use super::rules::Rule;
use super::write::{ConstraintKind, WriteError};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

/// The internship's period and status, or a foreign-key refusal at `column`.
fn internship(
    tx: &Connection,
    id: i64,
    column: &str,
) -> Result<(String, String, String), WriteError> {
    tx.prepare_cached("SELECT tanggal_mulai, tanggal_selesai, status FROM magang WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .ok_or_else(|| WriteError::constraint(column, ConstraintKind::ForeignKey))
}

/// One logbook entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogbookInput {
    pub magang_id: i64,
    pub tanggal: String,
    pub kegiatan: String,
    pub hasil: String,
    pub catatan_pembimbing: String,
}

impl Record for LogbookInput {
    const TABLE: &'static str = "logbook_magang";
    const COLUMNS: &'static [&'static str] = &[
        "magang_id",
        "tanggal",
        "kegiatan",
        "hasil",
        "catatan_pembimbing",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.magang_id),
            text_value(&self.tanggal),
            text_value(&self.kegiatan),
            text_value(&self.hasil),
            text_value(&self.catatan_pembimbing),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(LogbookInput {
            magang_id: r.get(0)?,
            tanggal: r.get(1)?,
            kegiatan: r.get(2)?,
            hasil: r.get(3)?,
            catatan_pembimbing: r.get(4)?,
        })
    }

    /// Dated within the internship, one entry per day.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        let (start, end, _) = internship(tx, self.magang_id, "magang_id")?;
        let day = self.tanggal.trim();
        if day < start.as_str() || day > end.as_str() {
            return Err(WriteError::rule(
                "tanggal",
                Rule::LogbookOutsidePeriod { start, end },
            ));
        }
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM logbook_magang
                 WHERE magang_id = ?1 AND tanggal = ?2 AND (?3 IS NULL OR id <> ?3))",
            )?
            .query_row(params![self.magang_id, day, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::rule(
                "tanggal",
                Rule::LogbookDayTaken {
                    day: day.to_string(),
                },
            ));
        }
        Ok(())
    }
}

/// The final evaluations of an internship (one per internship).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedbackInput {
    pub magang_id: i64,
    pub tanggal: String,
    /// The mentor's score of the student, 0–100.
    pub nilai_pembimbing: Option<f64>,
    /// The mentor's remarks on the student.
    pub catatan_pembimbing: String,
    /// The student: what worked at the unit.
    pub yang_berhasil: String,
    /// The student: what the unit could do better.
    pub saran_unit: String,
}

impl Record for FeedbackInput {
    const TABLE: &'static str = "umpan_balik_magang";
    const COLUMNS: &'static [&'static str] = &[
        "magang_id",
        "tanggal",
        "nilai_pembimbing",
        "catatan_pembimbing",
        "yang_berhasil",
        "saran_unit",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.magang_id),
            text_value(&self.tanggal),
            self.nilai_pembimbing.map_or(Value::Null, Value::Real),
            text_value(&self.catatan_pembimbing),
            text_value(&self.yang_berhasil),
            text_value(&self.saran_unit),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(FeedbackInput {
            magang_id: r.get(0)?,
            tanggal: r.get(1)?,
            nilai_pembimbing: r.get(2)?,
            catatan_pembimbing: r.get(3)?,
            yang_berhasil: r.get(4)?,
            saran_unit: r.get(5)?,
        })
    }

    /// Given once the internship has started (running or finished), dated
    /// on or after its start; one per internship.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        let (start, _, status) = internship(tx, self.magang_id, "magang_id")?;
        let ran = matches!(status.as_str(), "BERJALAN" | "SELESAI");
        if !ran || self.tanggal.trim() < start.as_str() {
            return Err(WriteError::rule(
                "tanggal",
                Rule::FeedbackTooEarly { start },
            ));
        }
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM umpan_balik_magang
                 WHERE magang_id = ?1 AND (?2 IS NULL OR id <> ?2))",
            )?
            .query_row(params![self.magang_id, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::constraint("magang_id", ConstraintKind::Unique));
        }
        Ok(())
    }
}

/// The id of an internship's final evaluation, if given.
pub fn feedback_id(conn: &Connection, magang_id: i64) -> rusqlite::Result<Option<i64>> {
    conn.prepare_cached("SELECT id FROM umpan_balik_magang WHERE magang_id = ?1")?
        .query_row([magang_id], |r| r.get(0))
        .optional()
}
