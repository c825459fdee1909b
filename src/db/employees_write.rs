//! Employee writes: create, edit (version-checked), status changes with their
//! history, and the hard delete of a record entered by mistake. Each write is
//! one `BEGIN IMMEDIATE` transaction that also appends its audit row.

use super::audit::{self, row_json, rows_json, with_key};
use super::employees::{TODAY_SQL, code, status_now_sql};
use super::record::{self, Record, must_exist};
use super::write::{Actor, WriteError, in_transaction, opt_text};
use crate::domain::dates::parse_iso;
use crate::domain::enums::{AuditAction, EmployeeStatus};
use crate::domain::retirement::StatusTimeline;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;
use std::sync::LazyLock;

/// Every editable column of `pegawai`, as the database stores it: codes as
/// their strings (`"PNS"`, `"III/a"`, `"JF_KEAHLIAN"`), dates ISO
/// `YYYY-MM-DD`. Status is not here: it changes through [`change_status`].
///
/// On save, text is trimmed, spaces inside the NIP and NIK are removed, and an
/// empty optional value is stored as NULL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmployeeInput {
    pub nip: String,
    pub nik: Option<String>,
    pub nama: String,
    pub gelar_depan: String,
    pub gelar_belakang: String,
    pub jenis_kelamin: String,
    pub tempat_lahir: String,
    pub tanggal_lahir: String,
    pub jenis_asn: String,
    pub golongan: Option<String>,
    pub tmt_golongan: Option<String>,
    pub pendidikan_terakhir: Option<String>,
    pub program_studi: String,
    pub jenis_jabatan: String,
    pub jenjang_jf: Option<String>,
    pub nama_jabatan: String,
    pub unit_kerja_id: i64,
    pub tmt_pengangkatan: Option<String>,
    pub tmt_jabatan: Option<String>,
    pub email: String,
    pub telepon: String,
}

fn no_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

impl EmployeeInput {
    /// The values as they will be stored (trimmed; NIP/NIK without spaces;
    /// empty optionals as `None`).
    pub fn normalized(&self) -> EmployeeInput {
        let t = |s: &String| s.trim().to_string();
        EmployeeInput {
            nip: no_spaces(&self.nip),
            nik: opt_text(&self.nik).map(|s| no_spaces(&s)),
            nama: t(&self.nama),
            gelar_depan: t(&self.gelar_depan),
            gelar_belakang: t(&self.gelar_belakang),
            jenis_kelamin: t(&self.jenis_kelamin),
            tempat_lahir: t(&self.tempat_lahir),
            tanggal_lahir: t(&self.tanggal_lahir),
            jenis_asn: t(&self.jenis_asn),
            golongan: opt_text(&self.golongan),
            tmt_golongan: opt_text(&self.tmt_golongan),
            pendidikan_terakhir: opt_text(&self.pendidikan_terakhir),
            program_studi: t(&self.program_studi),
            jenis_jabatan: t(&self.jenis_jabatan),
            jenjang_jf: opt_text(&self.jenjang_jf),
            nama_jabatan: t(&self.nama_jabatan),
            unit_kerja_id: self.unit_kerja_id,
            tmt_pengangkatan: opt_text(&self.tmt_pengangkatan),
            tmt_jabatan: opt_text(&self.tmt_jabatan),
            email: t(&self.email),
            telepon: t(&self.telepon),
        }
    }
}

impl EmployeeInput {
    /// The record the whole-record rules (`domain::validate::check_employee`)
    /// read, from the values as they will be stored: what the form and an
    /// import both check.
    pub fn rule_record(&self) -> crate::domain::validate::EmployeeRecord {
        let e = self.normalized();
        crate::domain::validate::EmployeeRecord {
            nip: e.nip,
            nik: e.nik,
            gender: e.jenis_kelamin,
            birth_date: e.tanggal_lahir,
            asn_kind: e.jenis_asn,
            golongan: e.golongan,
            position_kind: e.jenis_jabatan,
            jf_level: e.jenjang_jf,
            tmt_appointment: e.tmt_pengangkatan,
            tmt_golongan: e.tmt_golongan,
            tmt_position: e.tmt_jabatan,
        }
    }
}

/// A status change: the new status, from when, the decree (SK) and a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub status: EmployeeStatus,
    /// ISO date the status starts.
    pub date: String,
    pub nomor_sk: String,
    pub note: String,
}

/// One row of an employee's status history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusHistoryRow {
    pub id: i64,
    pub status: EmployeeStatus,
    /// ISO date the status started.
    pub date: String,
    pub nomor_sk: String,
    pub note: String,
    /// OS user who recorded it ("" for rows made by the V2 migration).
    pub recorded_by: String,
    /// Dated after the reference date: recorded ahead, not yet in effect.
    pub scheduled: bool,
}

impl Record for EmployeeInput {
    const TABLE: &'static str = ENTITY;
    const COLUMNS: &'static [&'static str] = &[
        "nip",
        "nik",
        "nama",
        "gelar_depan",
        "gelar_belakang",
        "jenis_kelamin",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_asn",
        "golongan",
        "tmt_golongan",
        "pendidikan_terakhir",
        "program_studi",
        "jenis_jabatan",
        "jenjang_jf",
        "nama_jabatan",
        "unit_kerja_id",
        "tmt_pengangkatan",
        "tmt_jabatan",
        "email",
        "telepon",
    ];

    fn values(&self) -> Vec<SqlValue> {
        let e = self.normalized();
        let t = SqlValue::Text;
        let o = |v: Option<String>| v.map_or(SqlValue::Null, SqlValue::Text);
        vec![
            t(e.nip),
            o(e.nik),
            t(e.nama),
            t(e.gelar_depan),
            t(e.gelar_belakang),
            t(e.jenis_kelamin),
            t(e.tempat_lahir),
            t(e.tanggal_lahir),
            t(e.jenis_asn),
            o(e.golongan),
            o(e.tmt_golongan),
            o(e.pendidikan_terakhir),
            t(e.program_studi),
            t(e.jenis_jabatan),
            o(e.jenjang_jf),
            t(e.nama_jabatan),
            SqlValue::Integer(e.unit_kerja_id),
            o(e.tmt_pengangkatan),
            o(e.tmt_jabatan),
            t(e.email),
            t(e.telepon),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(EmployeeInput {
            nip: r.get(0)?,
            nik: r.get(1)?,
            nama: r.get(2)?,
            gelar_depan: r.get(3)?,
            gelar_belakang: r.get(4)?,
            jenis_kelamin: r.get(5)?,
            tempat_lahir: r.get(6)?,
            tanggal_lahir: r.get(7)?,
            jenis_asn: r.get(8)?,
            golongan: r.get(9)?,
            tmt_golongan: r.get(10)?,
            pendidikan_terakhir: r.get(11)?,
            program_studi: r.get(12)?,
            jenis_jabatan: r.get(13)?,
            jenjang_jf: r.get(14)?,
            nama_jabatan: r.get(15)?,
            unit_kerja_id: r.get(16)?,
            tmt_pengangkatan: r.get(17)?,
            tmt_jabatan: r.get(18)?,
            email: r.get(19)?,
            telepon: r.get(20)?,
        })
    }

    /// The unit and the golongan exist: checked first, so the error names
    /// the field instead of "FOREIGN KEY constraint failed".
    /// The image is the row (the first status row is added under its key).
    const AUDIT_IMAGE_IS_ROW: bool = true;

    fn check(&self, tx: &Connection, _id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM unit_kerja WHERE id = ?1",
            &self.unit_kerja_id,
            "unit_kerja_id",
        )?;
        if let Some(g) = opt_text(&self.golongan) {
            must_exist(tx, "SELECT 1 FROM golongan WHERE kode = ?1", &g, "golongan")?;
        }
        Ok(())
    }

    /// An employee with any history is never deleted (`HasHistory`: change
    /// the status instead); only a record entered by mistake is.
    fn refuse_delete(tx: &Connection, id: i64) -> Result<(), WriteError> {
        if has_history(tx, id)? {
            return Err(WriteError::HasHistory);
        }
        Ok(())
    }

    /// The first status row goes with the record it belongs to.
    fn delete_children(
        tx: &Connection,
        id: i64,
    ) -> Result<Option<(&'static str, Value)>, WriteError> {
        let history = rows_json(
            tx,
            "SELECT * FROM riwayat_status WHERE pegawai_id = ?1 ORDER BY id",
            [id],
        )?;
        tx.prepare_cached("DELETE FROM riwayat_status WHERE pegawai_id = ?1")?
            .execute([id])?;
        Ok(Some(("riwayat_status", Value::Array(history))))
    }

    /// A new employee starts in service with the first row of its status
    /// history (from `tmt_pengangkatan`, else today).
    fn after_insert(
        &self,
        tx: &Connection,
        id: i64,
        actor: &Actor,
    ) -> Result<Option<(&'static str, Value)>, WriteError> {
        let history = insert_history(tx, id, &self.first_status(), actor)?;
        Ok(Some(("riwayat_status", history)))
    }

    /// The same first status row, its image written as text straight from
    /// the row (no map of values for each of an import's 100,000 rows).
    fn after_insert_text(
        &self,
        tx: &Connection,
        id: i64,
        actor: &Actor,
    ) -> Result<Option<(&'static str, String)>, WriteError> {
        let history_id = insert_history_row(tx, id, &self.first_status(), actor)?;
        let text = super::audit_image::row_json_text(tx, "riwayat_status", history_id, None)?
            .unwrap_or_else(|| "null".to_string());
        Ok(Some(("riwayat_status", text)))
    }
}

const ENTITY: &str = "pegawai";

/// An employee as the edit form needs it: the input, the row's version (pass
/// it back to `record::update`) and the current status code. `None`: no such id.
pub fn load(conn: &Connection, id: i64) -> rusqlite::Result<Option<(EmployeeInput, i64, String)>> {
    let Some((input, version)) = record::load::<EmployeeInput>(conn, id)? else {
        return Ok(None);
    };
    let status: String = conn
        .prepare_cached("SELECT status FROM pegawai WHERE id = ?1")?
        .query_row([id], |r| r.get(0))?;
    Ok(Some((input, version, status)))
}

/// True when another employee than `except_id` already has this NIP (spaces
/// ignored).
pub fn nip_taken(conn: &Connection, nip: &str, except_id: Option<i64>) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS(SELECT 1 FROM pegawai WHERE nip = ?1 AND (?2 IS NULL OR id <> ?2))",
    )?
    .query_row(params![no_spaces(nip), except_id], |r| r.get(0))
}

fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// The row before a version-checked write: `NotFound` when it is gone,
/// `Conflict` (who/when from the audit) when its version moved.
pub(crate) fn versioned_row(
    tx: &Connection,
    table: &str,
    entity: &str,
    id: i64,
    expected_version: i64,
) -> Result<Value, WriteError> {
    let Some(before) = row_json(tx, table, id)? else {
        return Err(WriteError::NotFound);
    };
    if before["version"].as_i64() != Some(expected_version) {
        return Err(audit::conflict(tx, entity, id));
    }
    Ok(before)
}

impl EmployeeInput {
    /// A new employee's first status: in service from `tmt_pengangkatan`,
    /// else today.
    fn first_status(&self) -> StatusChange {
        StatusChange {
            status: EmployeeStatus::Aktif,
            date: opt_text(&self.tmt_pengangkatan).unwrap_or_else(today),
            nomor_sk: String::new(),
            note: String::new(),
        }
    }
}

fn insert_history(
    tx: &Connection,
    pegawai_id: i64,
    c: &StatusChange,
    actor: &Actor,
) -> Result<Value, WriteError> {
    let id = insert_history_row(tx, pegawai_id, c, actor)?;
    Ok(row_json(tx, "riwayat_status", id)?.unwrap_or(Value::Null))
}

/// Adds a status history row; its id.
fn insert_history_row(
    tx: &Connection,
    pegawai_id: i64,
    c: &StatusChange,
    actor: &Actor,
) -> Result<i64, WriteError> {
    tx.prepare_cached(
        "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai, nomor_sk, keterangan, dicatat_oleh)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        pegawai_id,
        c.status.as_code(),
        c.date.trim(),
        c.nomor_sk.trim(),
        c.note.trim(),
        actor.user
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Records a status change (pensiun, mutasi keluar, cuti, back to aktif…) as
/// a new history row — earlier rows are kept — and sets `pegawai.status` /
/// `tanggal_status` from the history row with the latest date (ties: the last
/// recorded), so a back-dated entry does not override a later one. Returns
/// the new version. A bad date is `Constraint { column: "tanggal_mulai", .. }`.
///
/// The date may lie ahead (an SK pensiun is issued before its date): the
/// stored status is then the one scheduled, and every read derives the status
/// in effect on its day (`employees::status_on_sql`), so the employee stays in
/// service and in every count until the date and nothing needs writing when
/// it comes.
pub fn change_status(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    change: &StatusChange,
    actor: &Actor,
) -> Result<i64, WriteError> {
    in_transaction(conn, |tx| {
        change_status_in(tx, id, expected_version, change, actor)
    })
}

/// `change_status` inside a transaction the caller holds (an import).
pub fn change_status_in(
    tx: &Connection,
    id: i64,
    expected_version: i64,
    change: &StatusChange,
    actor: &Actor,
) -> Result<i64, WriteError> {
    {
        let before = versioned_row(tx, "pegawai", ENTITY, id, expected_version)?;
        let history = insert_history(tx, id, change, actor)?;
        let n = tx
            .prepare_cached(
                "UPDATE pegawai SET (status, tanggal_status) = (
                     SELECT status, tanggal_mulai FROM riwayat_status WHERE pegawai_id = ?1
                     ORDER BY tanggal_mulai DESC, id DESC LIMIT 1),
                   version = version + 1
                 WHERE id = ?1 AND version = ?2",
            )?
            .execute(params![id, expected_version])?;
        if n == 0 {
            return Err(audit::conflict(tx, ENTITY, id));
        }
        let after = row_json(tx, ENTITY, id)?.map(|v| with_key(v, "riwayat_status", history));
        audit::append(
            tx,
            actor,
            ENTITY,
            id,
            AuditAction::Ubah,
            Some(before),
            after,
        )?;
        Ok(expected_version + 1)
    }
}

static HISTORY_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT id, status, tanggal_mulai, nomor_sk, keterangan, dicatat_oleh, tanggal_mulai > {TODAY_SQL}
         FROM riwayat_status WHERE pegawai_id = ?1 ORDER BY tanggal_mulai DESC, id DESC"
    )
});

/// The status history of an employee, newest first (by date, then id); rows
/// dated after the reference date are marked `scheduled`.
pub fn status_history(conn: &Connection, id: i64) -> rusqlite::Result<Vec<StatusHistoryRow>> {
    let mut stmt = conn.prepare_cached(&HISTORY_SQL)?;
    let rows = stmt.query_map([id], |r| {
        Ok(StatusHistoryRow {
            id: r.get(0)?,
            status: code(r, 1, EmployeeStatus::from_code)?,
            date: r.get(2)?,
            nomor_sk: r.get(3)?,
            note: r.get(4)?,
            recorded_by: r.get(5)?,
            scheduled: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// What the status form needs about an employee: the status in effect on the
/// reference date and the whole timeline (to judge a change on any date),
/// with the birth date and the TMT pengangkatan (ISO) that bound its dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusState {
    pub now: EmployeeStatus,
    pub timeline: StatusTimeline,
    pub birth_date: String,
    pub appointed: Option<String>,
}

static STATE_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {now}, e.status, e.tanggal_status, e.tanggal_lahir, e.tmt_pengangkatan
         FROM pegawai e WHERE e.id = ?1",
        now = status_now_sql("e")
    )
});

/// The status state of employee `id` (`None`: no such employee).
pub fn status_state(conn: &Connection, id: i64) -> rusqlite::Result<Option<StatusState>> {
    let head = conn
        .prepare_cached(&STATE_SQL)?
        .query_row([id], |r| {
            Ok((
                code(r, 0, EmployeeStatus::from_code)?,
                code(r, 1, EmployeeStatus::from_code)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })
        .optional()?;
    let Some((now, latest, latest_date, birth_date, appointed)) = head else {
        return Ok(None);
    };
    let mut stmt = conn.prepare_cached(
        "SELECT tanggal_mulai, status FROM riwayat_status WHERE pegawai_id = ?1 ORDER BY id",
    )?;
    let changes = stmt
        .query_map([id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                code(r, 1, EmployeeStatus::from_code)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter_map(|(d, s)| parse_iso(&d).map(|d| (d, s)))
        .collect();
    Ok(Some(StatusState {
        now,
        timeline: StatusTimeline {
            latest,
            latest_date: latest_date.as_deref().and_then(parse_iso),
            changes,
        },
        birth_date,
        appointed,
    }))
}

/// True when the employee has any history a hard delete would destroy: a
/// status other than AKTIF (recorded, even one still ahead of its date) or
/// more than the first status row, enrollments
/// (and so follow-ups), assessments, evaluations (as the one evaluated or as
/// an evaluator), development plans, or interns mentored. False for an
/// unknown id.
pub fn has_history(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached(
        "SELECT EXISTS(SELECT 1 FROM pegawai WHERE id = ?1 AND status <> 'AKTIF')
             OR (SELECT count(*) FROM riwayat_status WHERE pegawai_id = ?1) > 1
             OR EXISTS(SELECT 1 FROM peserta_pelatihan WHERE pegawai_id = ?1)
             OR EXISTS(SELECT 1 FROM penilaian_kompetensi WHERE pegawai_id = ?1)
             OR EXISTS(SELECT 1 FROM evaluasi_kinerja
                       WHERE pegawai_id = ?1 OR pejabat_penilai_id = ?1 OR atasan_penilai_id = ?1)
             OR EXISTS(SELECT 1 FROM rencana_pengembangan WHERE pegawai_id = ?1)
             OR EXISTS(SELECT 1 FROM magang WHERE pembimbing_lapangan_id = ?1)",
    )?
    .query_row([id], |r| r.get(0))
}
