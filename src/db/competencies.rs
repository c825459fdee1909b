//! Record kind: a competency of the dictionary (PermenPAN-RB 38/2017) with its
//! five level texts as child rows. Written through `db::record`; the
//! competency's version covers its levels.

use super::audit::{row_json, rows_json, with_key};
use super::record::{Record, Uses, count_uses};
use super::write::WriteError;
use rusqlite::types::Value;
use rusqlite::{Connection, params};
use serde_json::Value as Json;

/// The text of one proficiency level (1–5) of a competency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LevelText {
    pub deskripsi: String,
    pub indikator: String,
}

/// A competency of the dictionary with its five level texts (`levels[0]` is
/// level 1); `jenis` as its code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompetencyInput {
    pub kode: String,
    pub nama: String,
    pub jenis: String,
    pub definisi: String,
    pub levels: [LevelText; 5],
}

impl CompetencyInput {
    fn trimmed_levels(&self) -> [LevelText; 5] {
        self.levels.clone().map(|l| LevelText {
            deskripsi: l.deskripsi.trim().to_string(),
            indikator: l.indikator.trim().to_string(),
        })
    }
}

impl Record for CompetencyInput {
    const TABLE: &'static str = "kompetensi";
    const COLUMNS: &'static [&'static str] = &["kode", "nama", "jenis", "definisi", "asumsi"];

    fn values(&self) -> Vec<Value> {
        [&self.kode, &self.nama, &self.jenis, &self.definisi]
            .into_iter()
            .map(|s| Value::Text(s.trim().to_string()))
            .collect()
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(CompetencyInput {
            kode: r.get(0)?,
            nama: r.get(1)?,
            jenis: r.get(2)?,
            definisi: r.get(3)?,
            levels: Default::default(),
        })
    }

    fn normalized(&self) -> Self {
        CompetencyInput {
            levels: self.trimmed_levels(),
            ..self.clone()
        }
    }

    fn load_children(&mut self, conn: &Connection, id: i64) -> rusqlite::Result<()> {
        let mut levels: [LevelText; 5] = Default::default();
        let mut stmt = conn.prepare_cached(
            "SELECT level, deskripsi, indikator FROM kompetensi_level WHERE kompetensi_id = ?1",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            let (level, deskripsi, indikator) = row?;
            if let Some(slot) = usize::try_from(level - 1)
                .ok()
                .and_then(|i| levels.get_mut(i))
            {
                *slot = LevelText {
                    deskripsi,
                    indikator,
                };
            }
        }
        self.levels = levels;
        Ok(())
    }

    /// Writes the five level texts; a level whose text changed gets version + 1.
    fn save_children(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi, indikator, asumsi)
             VALUES (?1, ?2, ?3, ?4, 0)
             ON CONFLICT (kompetensi_id, level) DO UPDATE SET
                 deskripsi = excluded.deskripsi, indikator = excluded.indikator, asumsi = 0,
                 version = version + 1
             WHERE deskripsi IS NOT excluded.deskripsi OR indikator IS NOT excluded.indikator",
        )?;
        for (i, l) in self.trimmed_levels().iter().enumerate() {
            stmt.execute(params![id, i as i64 + 1, l.deskripsi, l.indikator])?;
        }
        Ok(())
    }

    fn delete_children(
        tx: &Connection,
        id: i64,
    ) -> Result<Option<(&'static str, Json)>, WriteError> {
        tx.execute(
            "DELETE FROM kompetensi_level WHERE kompetensi_id = ?1",
            [id],
        )?;
        Ok(None)
    }

    /// The competency row with its level rows under `levels`.
    fn audit_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<Json>> {
        let levels = rows_json(
            tx,
            "SELECT * FROM kompetensi_level WHERE kompetensi_id = ?1 ORDER BY level",
            [id],
        )?;
        Ok(row_json(tx, "kompetensi", id)?.map(|v| with_key(v, "levels", Json::Array(levels))))
    }

    /// Assessments, standards, trainings and development plans that name it.
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<Uses> {
        count_uses(
            tx,
            id,
            &[
                ("penilaian_kompetensi", "kompetensi_id"),
                ("standar_kompetensi", "kompetensi_id"),
                ("pelatihan_kompetensi", "kompetensi_id"),
                ("rencana_pengembangan", "kompetensi_id"),
            ],
        )
    }
}
