//! Post-training follow-up (issue 10 item 4, domain.md §3.2 and §7): the
//! queue of completed participations whose training ended long enough ago
//! (setting `bulan_tindak_lanjut`) without a follow-up, and the follow-up as
//! a record kind — Kirkpatrick level, respondent, score 1–5, findings,
//! recommendation — which may propose a new level of a competency: stored
//! as an assessment whose source is the follow-up (`monitoring_id`), so the
//! gap table moves.

use super::employees::{UNIT_SHORT_SQL, full_name, in_service_now_sql};
use super::record::{Record, must_exist, text_value};
use super::rules::Rule;
use super::write::{ConstraintKind, WriteError};
use crate::domain::enums::{AssessmentMethod, Respondent};
use chrono::{Datelike, Months, NaiveDate};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

/// A participation due for its follow-up.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpDue {
    /// The participation (peserta_pelatihan).
    pub enrollment_id: i64,
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub unit: String,
    pub training_code: String,
    pub training_name: String,
    /// The training's end date (ISO).
    pub ended: String,
    /// Whole months since it ended, on `today`.
    pub months: i64,
    /// The training's first target competency (proposed in the form):
    /// id and "kode nama".
    pub competency: Option<(i64, String)>,
}

/// Whole months from `from` to `to` (0 when `to` is earlier).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return 0;
    }
    let mut m =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() {
        m -= 1;
    }
    m.max(0)
}

/// Completed participations (lulus / selesai) of employees in service whose
/// training ended `months` months or more before `today` and that have no
/// follow-up yet, the longest waiting first.
pub fn queue(
    conn: &Connection,
    today: NaiveDate,
    months: u32,
) -> rusqlite::Result<Vec<FollowUpDue>> {
    let cutoff = today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
        .format("%Y-%m-%d")
        .to_string();
    let sql = format!(
        "SELECT pp.id, e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL},
                p.kode, p.nama, p.tanggal_selesai,
                k.id, k.kode || ' ' || k.nama
         FROM peserta_pelatihan pp
         JOIN pelatihan p ON p.id = pp.pelatihan_id
         JOIN pegawai e ON e.id = pp.pegawai_id
         JOIN unit_kerja u ON u.id = e.unit_kerja_id
         LEFT JOIN kompetensi k ON k.id = (SELECT pk.kompetensi_id FROM pelatihan_kompetensi pk
                                           WHERE pk.pelatihan_id = p.id ORDER BY pk.rowid LIMIT 1)
         WHERE pp.status IN ('LULUS','SELESAI') AND p.status <> 'BATAL'
           AND p.tanggal_selesai <= ?1
           AND NOT EXISTS (SELECT 1 FROM monitoring_pasca_pelatihan m WHERE m.peserta_pelatihan_id = pp.id)
           AND {in_service}
         ORDER BY p.tanggal_selesai, p.kode, e.nama COLLATE NOCASE, e.nip",
        in_service = in_service_now_sql("e"),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([cutoff], |r| {
        let ended: String = r.get(9)?;
        let months = crate::domain::dates::parse_iso(&ended)
            .map(|d| months_between(d, today))
            .unwrap_or(0);
        Ok(FollowUpDue {
            enrollment_id: r.get(0)?,
            employee_id: r.get(1)?,
            nip: r.get(2)?,
            name: full_name(
                r.get_ref(3)?.as_str()?,
                r.get_ref(4)?.as_str()?,
                r.get_ref(5)?.as_str()?,
            ),
            unit: r.get(6)?,
            training_code: r.get(7)?,
            training_name: r.get(8)?,
            ended,
            months,
            competency: match r.get::<_, Option<i64>>(10)? {
                Some(id) => Some((id, r.get(11)?)),
                None => None,
            },
        })
    })?;
    rows.collect()
}

/// A follow-up as its form edits it. `kompetensi_id` and `level` propose a
/// new level (both or neither): kept as the assessment the follow-up is the
/// source of.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUpInput {
    pub peserta_pelatihan_id: i64,
    pub tanggal: String,
    /// Months after the training's end (the form computes it from the dates).
    pub bulan_ke: i64,
    pub level_kirkpatrick: String,
    pub responden: String,
    pub skor: i64,
    pub temuan: String,
    pub rekomendasi: String,
    pub kompetensi_id: Option<i64>,
    pub level: Option<i64>,
}

/// The assessment method a respondent's judgement counts as.
/// [assumption: a colleague's judgement is recorded like a superior's; the
/// method list has no peer method.]
pub fn method_of(r: Respondent) -> AssessmentMethod {
    match r {
        Respondent::Alumni => AssessmentMethod::SelfAssessment,
        Respondent::Atasan | Respondent::Rekan => AssessmentMethod::PenilaianAtasan,
    }
}

impl Record for FollowUpInput {
    const TABLE: &'static str = "monitoring_pasca_pelatihan";
    const COLUMNS: &'static [&'static str] = &[
        "peserta_pelatihan_id",
        "tanggal",
        "bulan_ke",
        "level_kirkpatrick",
        "responden",
        "skor",
        "temuan",
        "rekomendasi",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.peserta_pelatihan_id),
            text_value(&self.tanggal),
            Value::Integer(self.bulan_ke),
            text_value(&self.level_kirkpatrick),
            text_value(&self.responden),
            Value::Integer(self.skor),
            text_value(&self.temuan),
            text_value(&self.rekomendasi),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(FollowUpInput {
            peserta_pelatihan_id: r.get(0)?,
            tanggal: r.get(1)?,
            bulan_ke: r.get(2)?,
            level_kirkpatrick: r.get(3)?,
            responden: r.get(4)?,
            skor: r.get(5)?,
            temuan: r.get(6)?,
            rekomendasi: r.get(7)?,
            kompetensi_id: None,
            level: None,
        })
    }

    /// The participation exists, the follow-up is dated on or after the
    /// training's end, a proposal names both competency and level.
    fn check(&self, tx: &Connection, _id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM peserta_pelatihan WHERE id = ?1",
            &self.peserta_pelatihan_id,
            "peserta_pelatihan_id",
        )?;
        let ended: String = tx
            .prepare_cached(
                "SELECT p.tanggal_selesai FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
                 WHERE pp.id = ?1",
            )?
            .query_row([self.peserta_pelatihan_id], |r| r.get(0))?;
        if self.tanggal.trim() < ended.as_str() {
            return Err(WriteError::rule(
                "tanggal",
                Rule::FollowUpBeforeEnd { end: ended },
            ));
        }
        match (self.kompetensi_id, self.level) {
            (Some(k), Some(l)) => {
                must_exist(
                    tx,
                    "SELECT 1 FROM kompetensi WHERE id = ?1",
                    &k,
                    "kompetensi_id",
                )?;
                if !(1..=5).contains(&l) {
                    return Err(WriteError::constraint("level", ConstraintKind::Check));
                }
            }
            (Some(_), None) => {
                return Err(WriteError::constraint("level", ConstraintKind::NotNull));
            }
            (None, Some(_)) => {
                return Err(WriteError::constraint(
                    "kompetensi_id",
                    ConstraintKind::NotNull,
                ));
            }
            (None, None) => {}
        }
        Ok(())
    }

    fn load_children(&mut self, conn: &Connection, id: i64) -> rusqlite::Result<()> {
        let found: Option<(i64, i64)> = conn
            .prepare_cached(
                "SELECT kompetensi_id, level_aktual FROM penilaian_kompetensi WHERE monitoring_id = ?1",
            )?
            .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        self.kompetensi_id = found.map(|f| f.0);
        self.level = found.map(|f| f.1);
        Ok(())
    }

    /// The proposed level as the assessment this follow-up is the source of
    /// (replaced on an edit, removed when no longer proposed).
    fn save_children(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        tx.prepare_cached("DELETE FROM penilaian_kompetensi WHERE monitoring_id = ?1")?
            .execute([id])?;
        let (Some(k), Some(l)) = (self.kompetensi_id, self.level) else {
            return Ok(());
        };
        let (employee, code): (i64, String) = tx
            .prepare_cached(
                "SELECT pp.pegawai_id, p.kode FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
                 WHERE pp.id = ?1",
            )?
            .query_row([self.peserta_pelatihan_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let method = Respondent::from_code(&self.responden)
            .map(method_of)
            .unwrap_or(AssessmentMethod::PenilaianAtasan);
        tx.prepare_cached(
            "INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode,
                                               penilai, catatan, monitoring_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?
        .execute(params![
            employee,
            k,
            l,
            self.tanggal.trim(),
            method.as_code(),
            format!("Tindak lanjut pasca pelatihan {code}"),
            self.temuan.trim(),
            id
        ])?;
        Ok(())
    }

    fn delete_children(
        tx: &Connection,
        id: i64,
    ) -> Result<Option<(&'static str, serde_json::Value)>, WriteError> {
        let mut probe = FollowUpInput::default();
        probe.load_children(tx, id)?;
        tx.prepare_cached("DELETE FROM penilaian_kompetensi WHERE monitoring_id = ?1")?
            .execute([id])?;
        Ok(probe
            .kompetensi_id
            .map(|k| ("usulan_level", proposal_json(k, probe.level))))
    }

    fn audit_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<serde_json::Value>> {
        let Some(row) = super::audit::row_json(tx, Self::TABLE, id)? else {
            return Ok(None);
        };
        let mut probe = FollowUpInput::default();
        probe.load_children(tx, id)?;
        Ok(Some(match probe.kompetensi_id {
            Some(k) => super::audit::with_key(row, "usulan_level", proposal_json(k, probe.level)),
            None => row,
        }))
    }
}

fn proposal_json(k: i64, level: Option<i64>) -> serde_json::Value {
    serde_json::json!({ "kompetensi_id": k, "level": level })
}
