//! Record kind: a student internship (issue 9 item 2, domain.md §6.2) — the
//! student, campus, the agreement it runs under, host unit, field mentor,
//! letters, period, status and result. Refused with the facts that decide
//! it: an end before the start, a status change out of its lifecycle, a
//! mentor not in service, an agreement of another partner or not in force for
//! the whole period, a host unit whose intern capacity is full on some day.

use super::employees::{TODAY_SQL, full_name, status_now_sql};
use super::record::{Record, Uses, count_uses, must_exist, opt_text_value, text_value};
use super::rules::Rule;
use super::write::{ConstraintKind, WriteError};
use crate::domain::agreement::covers;
use crate::domain::dates::parse_iso;
use crate::domain::enums::{AgreementLifecycle, EmployeeStatus, InternStatus};
use crate::domain::internship::{busiest_day, status_change_allowed, takes_a_place};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

/// An internship as its form edits it (codes for the enums, ISO dates).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InternshipInput {
    pub mitra_id: i64,
    pub kerja_sama_id: Option<i64>,
    pub nama: String,
    pub nim: String,
    pub jenis_kelamin: String,
    pub program_studi: String,
    pub jenjang: String,
    pub semester: Option<i64>,
    pub skema: String,
    pub unit_kerja_id: i64,
    pub pembimbing_lapangan_id: Option<i64>,
    pub dosen_pembimbing: String,
    pub nomor_surat_permohonan: String,
    pub tanggal_surat: Option<String>,
    pub nomor_surat_balasan: String,
    pub tanggal_surat_balasan: Option<String>,
    pub tanggal_mulai: String,
    pub tanggal_selesai: String,
    pub status: String,
    pub nilai_akhir: Option<f64>,
    pub nomor_surat_keterangan: String,
}

impl InternshipInput {
    fn status(&self) -> Option<InternStatus> {
        InternStatus::from_code(&self.status)
    }

    /// The stored status may move to the typed one.
    fn check_status(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        let from: Option<String> = tx
            .prepare_cached("SELECT status FROM magang WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        if let (Some(from), Some(to)) = (
            from.as_deref().and_then(InternStatus::from_code),
            self.status(),
        ) && !status_change_allowed(from, to)
        {
            return Err(WriteError::rule(
                "status",
                Rule::InternStatusChange {
                    from: from.as_code().to_string(),
                    to: to.as_code().to_string(),
                },
            ));
        }
        Ok(())
    }

    /// The field mentor exists and, while the internship is requested,
    /// accepted or running, is in service today and an official of the host
    /// (the same top-level unit).
    fn check_mentor(&self, tx: &Connection) -> Result<(), WriteError> {
        let Some(mentor) = self.pembimbing_lapangan_id else {
            return Ok(());
        };
        let sql = format!(
            "SELECT e.gelar_depan, e.nama, e.gelar_belakang, {} FROM pegawai e WHERE e.id = ?1",
            status_now_sql("e")
        );
        let found: Option<(String, String)> = tx
            .prepare_cached(&sql)?
            .query_row([mentor], |r| {
                Ok((
                    full_name(
                        r.get_ref(0)?.as_str()?,
                        r.get_ref(1)?.as_str()?,
                        r.get_ref(2)?.as_str()?,
                    ),
                    r.get(3)?,
                ))
            })
            .optional()?;
        let Some((name, status)) = found else {
            return Err(WriteError::constraint(
                "pembimbing_lapangan_id",
                ConstraintKind::ForeignKey,
            ));
        };
        let active = matches!(
            self.status(),
            Some(InternStatus::Diajukan | InternStatus::Diterima | InternStatus::Berjalan)
        );
        let in_service = EmployeeStatus::from_code(&status).is_some_and(|s| s.is_in_service());
        if !active {
            // A past internship keeps the mentor it had, wherever they
            // are now.
            return Ok(());
        }
        if !in_service {
            return Err(WriteError::rule(
                "pembimbing_lapangan_id",
                Rule::MentorNotInService { name, status },
            ));
        }
        // An official of the host: the same top-level unit (a bidang's
        // official may mentor at its dinas and the other way round).
        let short = |unit: i64| -> rusqlite::Result<String> {
            tx.prepare_cached(
                "SELECT CASE WHEN singkatan <> '' THEN singkatan ELSE nama END FROM unit_kerja WHERE id = ?1",
            )?
            .query_row([unit], |r| r.get(0))
        };
        let mentor_unit: i64 = tx
            .prepare_cached("SELECT unit_kerja_id FROM pegawai WHERE id = ?1")?
            .query_row([mentor], |r| r.get(0))?;
        let mentor_root = super::units::root_of(tx, mentor_unit)?;
        let host_root = super::units::root_of(tx, self.unit_kerja_id)?;
        // (A unit tree that loops has no root: `peka check` names that.)
        if let (Some(mentor_root), Some(host_root)) = (mentor_root, host_root)
            && mentor_root != host_root
        {
            return Err(WriteError::rule(
                "pembimbing_lapangan_id",
                Rule::MentorOtherUnit {
                    name,
                    unit: short(mentor_unit)?,
                    host: short(self.unit_kerja_id)?,
                },
            ));
        }
        Ok(())
    }

    /// The agreement is the campus's own and in force over the whole period
    /// (not needed for a refused or cancelled request).
    fn check_agreement(&self, tx: &Connection) -> Result<(), WriteError> {
        let Some(agreement) = self.kerja_sama_id else {
            return Ok(());
        };
        let found: Option<(String, i64, String, String, String, String)> = tx
            .prepare_cached(
                "SELECT k.nomor_pemko, k.mitra_id,
                        CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END,
                        k.tanggal_mulai, k.tanggal_berakhir, k.status_dokumen
                 FROM kerja_sama k JOIN mitra m ON m.id = k.mitra_id WHERE k.id = ?1",
            )?
            .query_row([agreement], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .optional()?;
        let Some((number, partner_id, partner, start, end, lifecycle)) = found else {
            return Err(WriteError::constraint(
                "kerja_sama_id",
                ConstraintKind::ForeignKey,
            ));
        };
        if partner_id != self.mitra_id {
            return Err(WriteError::rule(
                "kerja_sama_id",
                Rule::AgreementOtherPartner { number, partner },
            ));
        }
        if !self.status().is_some_and(takes_a_place) {
            return Ok(());
        }
        let lifecycle = AgreementLifecycle::from_code(&lifecycle);
        let ok = match (
            lifecycle,
            parse_iso(&start),
            parse_iso(&end),
            parse_iso(&self.tanggal_mulai),
            parse_iso(&self.tanggal_selesai),
        ) {
            (Some(l), Some(s), Some(e), Some(from), Some(to)) => covers(l, s, e, from, to),
            _ => false,
        };
        if !ok {
            let in_force = matches!(
                lifecycle,
                Some(AgreementLifecycle::Ditandatangani | AgreementLifecycle::Diperpanjang)
            );
            return Err(WriteError::rule(
                "kerja_sama_id",
                Rule::AgreementNotCovering {
                    number,
                    start,
                    end,
                    in_force,
                },
            ));
        }
        Ok(())
    }

    /// The host unit's capacity, when set, holds on every day of the period.
    fn check_capacity(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        if !self.status().is_some_and(takes_a_place) {
            return Ok(());
        }
        let unit: Option<(String, Option<i64>)> = tx
            .prepare_cached(
                "SELECT CASE WHEN singkatan <> '' THEN singkatan ELSE nama END, kapasitas_magang
                 FROM unit_kerja WHERE id = ?1",
            )?
            .query_row([self.unit_kerja_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((unit, Some(capacity))) = unit else {
            return Ok(());
        };
        let (Some(from), Some(to)) = (
            parse_iso(&self.tanggal_mulai),
            parse_iso(&self.tanggal_selesai),
        ) else {
            return Ok(());
        };
        let mut stmt = tx.prepare_cached(
            "SELECT tanggal_mulai, tanggal_selesai FROM magang
             WHERE unit_kerja_id = ?1 AND (?2 IS NULL OR id <> ?2)
               AND status NOT IN ('DITOLAK','BATAL')
               AND tanggal_mulai <= ?4 AND tanggal_selesai >= ?3",
        )?;
        let others: Vec<_> = stmt
            .query_map(
                params![
                    self.unit_kerja_id,
                    id,
                    self.tanggal_mulai,
                    self.tanggal_selesai
                ],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter_map(|(s, e)| Some((parse_iso(&s)?, parse_iso(&e)?)))
            .collect();
        let (busy, day) = busiest_day(&others, from, to);
        if busy as i64 >= capacity {
            return Err(WriteError::rule(
                "unit_kerja_id",
                Rule::CapacityFull {
                    unit,
                    capacity,
                    day: day.format("%Y-%m-%d").to_string(),
                },
            ));
        }
        Ok(())
    }
}

impl Record for InternshipInput {
    const TABLE: &'static str = "magang";
    const COLUMNS: &'static [&'static str] = &[
        "mitra_id",
        "kerja_sama_id",
        "nama",
        "nim",
        "jenis_kelamin",
        "program_studi",
        "jenjang",
        "semester",
        "skema",
        "unit_kerja_id",
        "pembimbing_lapangan_id",
        "dosen_pembimbing",
        "nomor_surat_permohonan",
        "tanggal_surat",
        "nomor_surat_balasan",
        "tanggal_surat_balasan",
        "tanggal_mulai",
        "tanggal_selesai",
        "status",
        "nilai_akhir",
        "nomor_surat_keterangan",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.mitra_id),
            self.kerja_sama_id.map_or(Value::Null, Value::Integer),
            text_value(&self.nama),
            text_value(&self.nim),
            text_value(&self.jenis_kelamin),
            text_value(&self.program_studi),
            text_value(&self.jenjang),
            self.semester.map_or(Value::Null, Value::Integer),
            text_value(&self.skema),
            Value::Integer(self.unit_kerja_id),
            self.pembimbing_lapangan_id
                .map_or(Value::Null, Value::Integer),
            text_value(&self.dosen_pembimbing),
            text_value(&self.nomor_surat_permohonan),
            opt_text_value(&self.tanggal_surat),
            text_value(&self.nomor_surat_balasan),
            opt_text_value(&self.tanggal_surat_balasan),
            text_value(&self.tanggal_mulai),
            text_value(&self.tanggal_selesai),
            text_value(&self.status),
            self.nilai_akhir.map_or(Value::Null, Value::Real),
            text_value(&self.nomor_surat_keterangan),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(InternshipInput {
            mitra_id: r.get(0)?,
            kerja_sama_id: r.get(1)?,
            nama: r.get(2)?,
            nim: r.get(3)?,
            jenis_kelamin: r.get(4)?,
            program_studi: r.get(5)?,
            jenjang: r.get(6)?,
            semester: r.get(7)?,
            skema: r.get(8)?,
            unit_kerja_id: r.get(9)?,
            pembimbing_lapangan_id: r.get(10)?,
            dosen_pembimbing: r.get(11)?,
            nomor_surat_permohonan: r.get(12)?,
            tanggal_surat: r.get(13)?,
            nomor_surat_balasan: r.get(14)?,
            tanggal_surat_balasan: r.get(15)?,
            tanggal_mulai: r.get(16)?,
            tanggal_selesai: r.get(17)?,
            status: r.get(18)?,
            nilai_akhir: r.get(19)?,
            nomor_surat_keterangan: r.get(20)?,
        })
    }

    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM mitra WHERE id = ?1",
            &self.mitra_id,
            "mitra_id",
        )?;
        must_exist(
            tx,
            "SELECT 1 FROM unit_kerja WHERE id = ?1",
            &self.unit_kerja_id,
            "unit_kerja_id",
        )?;
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM magang WHERE mitra_id = ?1
                 AND lower(trim(nim)) = lower(trim(?2)) AND (?3 IS NULL OR id <> ?3))",
            )?
            .query_row(params![self.mitra_id, self.nim, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::constraint("nim", ConstraintKind::Unique));
        }
        if self.tanggal_selesai < self.tanggal_mulai {
            return Err(WriteError::constraint(
                "tanggal_selesai",
                ConstraintKind::Check,
            ));
        }
        if let Some(id) = id {
            self.check_status(tx, id)?;
        }
        self.check_mentor(tx)?;
        self.check_agreement(tx)?;
        self.check_capacity(tx, id)
    }

    /// Its logbook and final evaluation.
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<Uses> {
        count_uses(
            tx,
            id,
            &[
                ("logbook_magang", "magang_id"),
                ("umpan_balik_magang", "magang_id"),
            ],
        )
    }
}

/// Internship `id` in full for its detail: the student, letters, result,
/// the logbook (oldest first) and the final evaluations.
pub fn detail(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<crate::db::model::InternDetail>> {
    use super::employees::code;
    use crate::db::model::{FeedbackRow, InternDetail, LogbookRow};
    use crate::domain::enums::{Gender, StudyLevel};
    let Some(row) = super::partners::internships_where(conn, "g.id = ?1", &[&id])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let mut d = conn
        .prepare_cached(
            "SELECT g.jenis_kelamin, g.jenjang, g.semester,
                    (SELECT k.nomor_pemko FROM kerja_sama k WHERE k.id = g.kerja_sama_id),
                    g.dosen_pembimbing, g.nomor_surat_permohonan, g.tanggal_surat,
                    g.nomor_surat_balasan, g.tanggal_surat_balasan, g.nilai_akhir,
                    g.nomor_surat_keterangan
             FROM magang g WHERE g.id = ?1",
        )?
        .query_row([id], |r| {
            Ok(InternDetail {
                row: row.clone(),
                gender: code(r, 0, Gender::from_code)?,
                level: code(r, 1, StudyLevel::from_code)?,
                semester: r.get(2)?,
                agreement: r.get(3)?,
                supervisor: r.get(4)?,
                request_letter: r.get(5)?,
                request_date: r.get(6)?,
                reply_letter: r.get(7)?,
                reply_date: r.get(8)?,
                score: r.get(9)?,
                done_letter: r.get(10)?,
                logbook: Vec::new(),
                feedback: None,
            })
        })?;
    let mut stmt = conn.prepare_cached(
        "SELECT id, version, tanggal, kegiatan, hasil, catatan_pembimbing
         FROM logbook_magang WHERE magang_id = ?1 ORDER BY tanggal, id",
    )?;
    d.logbook = stmt
        .query_map([id], |r| {
            Ok(LogbookRow {
                id: r.get(0)?,
                version: r.get(1)?,
                date: r.get(2)?,
                activity: r.get(3)?,
                output: r.get(4)?,
                remark: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    d.feedback = conn
        .prepare_cached(
            "SELECT id, version, tanggal, nilai_pembimbing, catatan_pembimbing, yang_berhasil,
                    saran_unit
             FROM umpan_balik_magang WHERE magang_id = ?1",
        )?
        .query_row([id], |r| {
            Ok(FeedbackRow {
                id: r.get(0)?,
                version: r.get(1)?,
                date: r.get(2)?,
                score: r.get(3)?,
                mentor_remarks: r.get(4)?,
                worked: r.get(5)?,
                suggestion: r.get(6)?,
            })
        })
        .optional()?;
    Ok(Some(d))
}

/// Employees in service who mentor interns, with how many internships they
/// mentor that are requested, accepted or running and end today or later.
/// Used by the mentor lookup to show the load while picking.
pub fn mentor_load_sql() -> String {
    format!(
        "(SELECT count(*) FROM magang g WHERE g.pembimbing_lapangan_id = e.id
            AND g.status IN ('DIAJUKAN','DITERIMA','BERJALAN') AND g.tanggal_selesai >= {TODAY_SQL})"
    )
}
