//! The training catalogue and its participants.

use super::employees::{UNIT_SHORT_SQL, UNIT_TREE_CTE, code, full_name};
use super::model::{ParticipantRow, TrainingRow};
use crate::domain::enums::*;
use rusqlite::Connection;
use std::sync::LazyLock;

/// The catalogue with each training's counts from `pelatihan_jumlah` (V16,
/// kept in step with the enrolments by triggers): one row per training read,
/// not every enrolment counted (half a million at 100,000 employees).
const LIST_SQL: &str = "\
SELECT p.id, p.kode, p.nama, p.jenis, p.bentuk, p.penyelenggara, p.jumlah_jp, p.tanggal_mulai,
       p.tanggal_selesai, p.status, COALESCE(n.peserta, 0), COALESCE(n.selesai, 0), p.version
FROM pelatihan p LEFT JOIN pelatihan_jumlah n ON n.pelatihan_id = p.id
ORDER BY p.tanggal_mulai DESC, p.tanggal_selesai DESC, p.kode";

/// The catalogue, newest start first, with the number of enrollments (any
/// status) and of completed participations.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<TrainingRow>> {
    list_in_parts(conn, 0, |_| {})
}

/// [`list`], handing the first `head` rows to `first` as soon as they are
/// read (only when there are more; `head` 0: never). The rows come in the
/// catalogue's order from an index (V18), so the first ones are read
/// before the rest, not after a sort of the whole catalogue.
pub fn list_in_parts(
    conn: &Connection,
    head: usize,
    mut first: impl FnMut(&[TrainingRow]),
) -> rusqlite::Result<Vec<TrainingRow>> {
    let mut stmt = conn.prepare_cached(LIST_SQL)?;
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        if head > 0 && out.len() == head {
            first(&out);
        }
        out.push(TrainingRow {
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
            version: r.get(12)?,
        });
    }
    Ok(out)
}

static PARTICIPANTS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL},
       pp.status, pp.jp_diakui, pp.nilai_akhir, pp.id, pp.version, pp.nomor_sertifikat
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
            id: r.get(9)?,
            version: r.get(10)?,
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
            certificate: r.get(11)?,
        })
    })?;
    rows.collect()
}

// ---------------------------------------------------------------- training record

/// A competency a training aims at, with the level it aims at (1–5).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrainingTarget {
    pub kompetensi_id: i64,
    pub level: Option<i64>,
}

/// A training of the catalogue as its form edits it (codes as stored, dates
/// ISO), with its target competencies as child rows. Record kind, written
/// through `db::record`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrainingInput {
    pub kode: String,
    pub nama: String,
    pub jalur: String,
    pub bentuk: String,
    pub jenis: String,
    pub kelompok_kompetensi: String,
    pub penyelenggara: String,
    pub jumlah_jp: f64,
    pub tanggal_mulai: String,
    pub tanggal_selesai: String,
    pub lokasi: String,
    pub daring: bool,
    pub kuota: Option<i64>,
    pub biaya: i64,
    pub sumber_dana: String,
    pub status: String,
    pub targets: Vec<TrainingTarget>,
}

impl super::record::Record for TrainingInput {
    const TABLE: &'static str = "pelatihan";
    const COLUMNS: &'static [&'static str] = &[
        "kode",
        "nama",
        "jalur",
        "bentuk",
        "jenis",
        "kelompok_kompetensi",
        "penyelenggara",
        "jumlah_jp",
        "tanggal_mulai",
        "tanggal_selesai",
        "lokasi",
        "daring",
        "kuota",
        "biaya",
        "sumber_dana",
        "status",
    ];

    fn values(&self) -> Vec<rusqlite::types::Value> {
        use rusqlite::types::Value as V;
        let t = |s: &String| V::Text(s.trim().to_string());
        vec![
            t(&self.kode),
            t(&self.nama),
            t(&self.jalur),
            t(&self.bentuk),
            t(&self.jenis),
            t(&self.kelompok_kompetensi),
            t(&self.penyelenggara),
            V::Real(self.jumlah_jp),
            t(&self.tanggal_mulai),
            t(&self.tanggal_selesai),
            t(&self.lokasi),
            V::Integer(i64::from(self.daring)),
            self.kuota.map_or(V::Null, V::Integer),
            V::Integer(self.biaya),
            t(&self.sumber_dana),
            t(&self.status),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(TrainingInput {
            kode: r.get(0)?,
            nama: r.get(1)?,
            jalur: r.get(2)?,
            bentuk: r.get(3)?,
            jenis: r.get(4)?,
            kelompok_kompetensi: r.get(5)?,
            penyelenggara: r.get(6)?,
            jumlah_jp: r.get(7)?,
            tanggal_mulai: r.get(8)?,
            tanggal_selesai: r.get(9)?,
            lokasi: r.get(10)?,
            daring: r.get(11)?,
            kuota: r.get(12)?,
            biaya: r.get(13)?,
            sumber_dana: r.get(14)?,
            status: r.get(15)?,
            targets: Vec::new(),
        })
    }

    fn normalized(&self) -> Self {
        let mut targets: Vec<TrainingTarget> = Vec::new();
        for t in &self.targets {
            if !targets.iter().any(|x| x.kompetensi_id == t.kompetensi_id) {
                targets.push(t.clone());
            }
        }
        targets.sort_by_key(|t| t.kompetensi_id);
        TrainingInput {
            targets,
            ..self.clone()
        }
    }

    /// The code is unique (named at the field, case ignored); the quota is
    /// not below the participants already enrolled (who have not withdrawn
    /// or been refused); target competencies exist.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), super::write::WriteError> {
        use super::write::{ConstraintKind, WriteError};
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM pelatihan
                 WHERE lower(trim(kode)) = lower(trim(?1)) AND (?2 IS NULL OR id <> ?2))",
            )?
            .query_row(rusqlite::params![self.kode, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::constraint("kode", ConstraintKind::Unique));
        }
        if let (Some(id), Some(quota)) = (id, self.kuota)
            && enrolled(tx, id)? > quota
        {
            return Err(WriteError::constraint("kuota", ConstraintKind::Check));
        }
        // The status moves as domain::training says (named apart from other
        // tables' status columns, for its own message).
        if let Some(id) = id {
            use crate::domain::enums::TrainingStatus;
            let stored: String = tx
                .prepare_cached("SELECT status FROM pelatihan WHERE id = ?1")?
                .query_row([id], |r| r.get(0))?;
            if let (Some(from), Some(to)) = (
                TrainingStatus::from_code(&stored),
                TrainingStatus::from_code(self.status.trim()),
            ) && !crate::domain::training::status_change_allowed(from, to)
            {
                return Err(WriteError::constraint(
                    "status_pelatihan",
                    ConstraintKind::Check,
                ));
            }
        }
        for t in &self.targets {
            super::record::must_exist(
                tx,
                "SELECT 1 FROM kompetensi WHERE id = ?1",
                &t.kompetensi_id,
                "kompetensi_1",
            )?;
        }
        Ok(())
    }

    fn load_children(&mut self, conn: &Connection, id: i64) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(
            "SELECT kompetensi_id, level_sasaran FROM pelatihan_kompetensi
             WHERE pelatihan_id = ?1 ORDER BY kompetensi_id",
        )?;
        self.targets = stmt
            .query_map([id], |r| {
                Ok(TrainingTarget {
                    kompetensi_id: r.get(0)?,
                    level: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(())
    }

    fn save_children(&self, tx: &Connection, id: i64) -> Result<(), super::write::WriteError> {
        tx.execute(
            "DELETE FROM pelatihan_kompetensi WHERE pelatihan_id = ?1",
            [id],
        )?;
        let mut stmt = tx.prepare_cached(
            "INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id, level_sasaran)
             VALUES (?1, ?2, ?3)",
        )?;
        for t in &self.normalized().targets {
            stmt.execute(rusqlite::params![id, t.kompetensi_id, t.level])?;
        }
        Ok(())
    }

    fn delete_children(
        tx: &Connection,
        id: i64,
    ) -> Result<Option<(&'static str, serde_json::Value)>, super::write::WriteError> {
        tx.execute(
            "DELETE FROM pelatihan_kompetensi WHERE pelatihan_id = ?1",
            [id],
        )?;
        Ok(None)
    }

    /// The training row with its target competencies under `sasaran`.
    fn audit_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<serde_json::Value>> {
        let targets = super::audit::rows_json(
            tx,
            "SELECT kompetensi_id, level_sasaran FROM pelatihan_kompetensi
             WHERE pelatihan_id = ?1 ORDER BY kompetensi_id",
            [id],
        )?;
        Ok(super::audit::row_json(tx, "pelatihan", id)?
            .map(|v| super::audit::with_key(v, "sasaran", serde_json::Value::Array(targets))))
    }

    /// A training with participants is never deleted: cancel it (status
    /// batal) instead.
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<super::record::Uses> {
        super::record::count_uses(
            tx,
            id,
            &[
                ("peserta_pelatihan", "pelatihan_id"),
                ("rencana_pengembangan", "pelatihan_id"),
            ],
        )
    }
}

/// Participants of training `id` who count against its quota (not refused,
/// not withdrawn).
pub fn enrolled(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM peserta_pelatihan
         WHERE pelatihan_id = ?1 AND status NOT IN ('DITOLAK', 'MENGUNDURKAN_DIRI')",
    )?
    .query_row([id], |r| r.get(0))
}

/// The next free code for a training of `jenis` in `year`: `BIMTEK-2026-03`.
pub fn next_code(conn: &Connection, jenis: &str, year: i32) -> rusqlite::Result<String> {
    let prefix = format!("{jenis}-{year}-");
    let taken: Vec<String> = conn
        .prepare_cached("SELECT kode FROM pelatihan WHERE kode LIKE ?1 || '%'")?
        .query_map([&prefix], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let next = (1..)
        .find(|n| !taken.iter().any(|k| *k == format!("{prefix}{n:02}")))
        .unwrap_or(1);
    Ok(format!("{prefix}{next:02}"))
}

// ---------------------------------------------------------------- enrollment record

/// One participant of a training (`peserta_pelatihan`), codes as stored.
/// Record kind, written through `db::record`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnrollmentInput {
    pub pelatihan_id: i64,
    pub pegawai_id: i64,
    pub sumber_usulan: String,
    pub status: String,
    pub nilai_akhir: Option<f64>,
    pub nomor_sertifikat: String,
    pub tanggal_sertifikat: Option<String>,
    pub jp_diakui: f64,
    pub bukti_ref: String,
}

/// Statuses that do not take a place of the quota.
const OUTSIDE_QUOTA: [&str; 2] = ["DITOLAK", "MENGUNDURKAN_DIRI"];

impl super::record::Record for EnrollmentInput {
    const TABLE: &'static str = "peserta_pelatihan";
    const COLUMNS: &'static [&'static str] = &[
        "pelatihan_id",
        "pegawai_id",
        "sumber_usulan",
        "status",
        "nilai_akhir",
        "nomor_sertifikat",
        "tanggal_sertifikat",
        "jp_diakui",
        "bukti_ref",
    ];

    fn values(&self) -> Vec<rusqlite::types::Value> {
        use rusqlite::types::Value as V;
        let t = |s: &String| V::Text(s.trim().to_string());
        vec![
            V::Integer(self.pelatihan_id),
            V::Integer(self.pegawai_id),
            t(&self.sumber_usulan),
            t(&self.status),
            self.nilai_akhir.map_or(V::Null, V::Real),
            t(&self.nomor_sertifikat),
            super::write::opt_text(&self.tanggal_sertifikat).map_or(V::Null, V::Text),
            V::Real(self.jp_diakui),
            t(&self.bukti_ref),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(EnrollmentInput {
            pelatihan_id: r.get(0)?,
            pegawai_id: r.get(1)?,
            sumber_usulan: r.get(2)?,
            status: r.get(3)?,
            nilai_akhir: r.get(4)?,
            nomor_sertifikat: r.get(5)?,
            tanggal_sertifikat: r.get(6)?,
            jp_diakui: r.get(7)?,
            bukti_ref: r.get(8)?,
        })
    }

    /// The employee exists and is not enrolled twice (named at the employee
    /// field); the quota holds for a participant who takes a place.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), super::write::WriteError> {
        use super::write::{ConstraintKind, WriteError};
        super::record::must_exist(
            tx,
            "SELECT 1 FROM pegawai WHERE id = ?1",
            &self.pegawai_id,
            "pegawai_id",
        )?;
        let twice: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM peserta_pelatihan
                 WHERE pelatihan_id = ?1 AND pegawai_id = ?2 AND (?3 IS NULL OR id <> ?3))",
            )?
            .query_row(
                rusqlite::params![self.pelatihan_id, self.pegawai_id, id],
                |r| r.get(0),
            )?;
        if twice {
            return Err(WriteError::constraint("pegawai_id", ConstraintKind::Unique));
        }
        if OUTSIDE_QUOTA.contains(&self.status.trim()) {
            return Ok(());
        }
        let quota: Option<i64> = tx
            .prepare_cached("SELECT kuota FROM pelatihan WHERE id = ?1")?
            .query_row([self.pelatihan_id], |r| r.get(0))?;
        let others: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM peserta_pelatihan
                 WHERE pelatihan_id = ?1 AND status NOT IN ('DITOLAK', 'MENGUNDURKAN_DIRI')
                   AND (?2 IS NULL OR id <> ?2)",
            )?
            .query_row(rusqlite::params![self.pelatihan_id, id], |r| r.get(0))?;
        if quota.is_some_and(|q| others >= q) {
            return Err(WriteError::QuotaFull {
                quota: quota.unwrap_or(0),
            });
        }
        Ok(())
    }

    /// A participation with a follow-up is kept (its status changes instead).
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<super::record::Uses> {
        super::record::count_uses(
            tx,
            id,
            &[("monitoring_pasca_pelatihan", "peserta_pelatihan_id")],
        )
    }
}

/// Enrolls `employees` in training `id` at once (`status`, proposed by
/// `source`): all of them or none — one transaction, each row checked and
/// audited like a single add. Someone already enrolled is skipped. Refused
/// with `QuotaShort` when the places left are fewer than the people asked
/// for. Returns how many were added.
pub fn enroll_many(
    conn: &Connection,
    id: i64,
    employees: &[i64],
    status: crate::domain::enums::EnrollmentStatus,
    source: crate::domain::enums::ProposalSource,
    actor: &super::write::Actor,
) -> Result<usize, super::write::WriteError> {
    use super::write::{WriteError, in_transaction};
    in_transaction(conn, |tx| {
        let quota: Option<i64> = tx
            .prepare_cached("SELECT kuota FROM pelatihan WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => WriteError::NotFound,
                e => e.into(),
            })?;
        let enrolled: Vec<i64> = tx
            .prepare_cached("SELECT pegawai_id FROM peserta_pelatihan WHERE pelatihan_id = ?1")?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut new: Vec<i64> = employees
            .iter()
            .copied()
            .filter(|e| !enrolled.contains(e))
            .collect();
        new.sort_unstable();
        new.dedup();
        let takes_place = !OUTSIDE_QUOTA.contains(&status.as_code());
        if let Some(quota) = quota.filter(|_| takes_place) {
            let taken: i64 = tx
                .prepare_cached(
                    "SELECT count(*) FROM peserta_pelatihan
                     WHERE pelatihan_id = ?1 AND status NOT IN ('DITOLAK', 'MENGUNDURKAN_DIRI')",
                )?
                .query_row([id], |r| r.get(0))?;
            let free = (quota - taken).max(0);
            if new.len() as i64 > free {
                return Err(WriteError::QuotaShort {
                    quota,
                    free,
                    wanted: new.len() as i64,
                });
            }
        }
        for employee in &new {
            let row = EnrollmentInput {
                pelatihan_id: id,
                pegawai_id: *employee,
                sumber_usulan: source.as_code().to_string(),
                status: status.as_code().to_string(),
                nilai_akhir: None,
                nomor_sertifikat: String::new(),
                tanggal_sertifikat: None,
                jp_diakui: 0.0,
                bukti_ref: String::new(),
            };
            super::record::insert_in(tx, &row, actor)?;
        }
        Ok(new.len())
    })
}

/// Participants of training `id` whose result is still open (proposed,
/// approved, registered or attending).
pub fn open_results(conn: &Connection, id: i64) -> rusqlite::Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM peserta_pelatihan WHERE pelatihan_id = ?1
         AND status IN ('DIUSULKAN', 'DISETUJUI', 'TERDAFTAR', 'MENGIKUTI')",
    )?
    .query_row([id], |r| r.get(0))
}

#[cfg(test)]
mod tests {
    /// V16's triggers name the completed statuses literally (as the
    /// catalogue's old count did through `completed_sql`): the same list.
    #[test]
    fn the_stored_counts_use_the_completed_statuses_of_the_domain() {
        assert_eq!(
            super::super::employees::completed_sql(),
            "'LULUS','SELESAI'"
        );
        let v16 = include_str!("migrations/v16_training_counts.sql");
        let lists = v16.matches("IN (").count();
        assert!(lists > 0);
        assert_eq!(v16.matches("IN ('LULUS', 'SELESAI')").count(), lists);
    }
}
