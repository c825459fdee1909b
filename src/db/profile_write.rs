//! Writes behind the competency profile: the standard per position (which
//! competency at which level for which kind/level of position or title) and
//! competency assessments. The assessment history is kept: a new result is a
//! new row, never an overwrite of an older one; correcting a wrongly typed
//! result is a version-checked update of that row. Transactions, versions,
//! audit and deletes follow `reference_write`.

use super::reference_write::{Table, delete_audited, insert_audited, must_exist, update_audited};
use super::write::{Actor, ConstraintKind, WriteError};
use crate::domain::enums::{JfLevel, PositionKind};
use rusqlite::types::ToSql;
use rusqlite::{Connection, OptionalExtension};

// ---------------------------------------------------------------- standards

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

const STANDARD: Table = Table {
    name: "standar_kompetensi",
    cols: &[
        "jenis_jabatan",
        "jenjang_jf",
        "nama_jabatan",
        "kompetensi_id",
        "level_standar",
        "asumsi",
    ],
};

struct StandardValues(String, String, String, i64, i64);

impl StandardValues {
    fn of(s: &StandardInput) -> StandardValues {
        StandardValues(
            s.jenis_jabatan.trim().to_string(),
            s.jenjang_jf.trim().to_string(),
            s.nama_jabatan.trim().to_string(),
            s.kompetensi_id,
            s.level_standar,
        )
    }
    fn values(&self) -> [&dyn ToSql; 6] {
        [&self.0, &self.1, &self.2, &self.3, &self.4, &false]
    }
}

/// A jenjang must belong to the kind of position (Ahli … to JF keahlian,
/// the others to JF keterampilan; none for structural positions).
fn check_standard(tx: &Connection, v: &StandardValues) -> Result<(), WriteError> {
    must_exist(
        tx,
        "SELECT 1 FROM kompetensi WHERE id = ?1",
        &v.3,
        "kompetensi_id",
    )?;
    if let (Some(kind), Some(level)) = (PositionKind::from_code(&v.0), JfLevel::from_code(&v.1))
        && level.position_kind() != kind
    {
        return Err(WriteError::constraint("jenjang_jf", ConstraintKind::Check));
    }
    Ok(())
}

/// A standard row for its edit form, with the version.
pub fn load_standard(conn: &Connection, id: i64) -> rusqlite::Result<Option<(StandardInput, i64)>> {
    conn.prepare_cached(
        "SELECT jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id, level_standar, version
         FROM standar_kompetensi WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok((
            StandardInput {
                jenis_jabatan: r.get(0)?,
                jenjang_jf: r.get(1)?,
                nama_jabatan: r.get(2)?,
                kompetensi_id: r.get(3)?,
                level_standar: r.get(4)?,
            },
            r.get(5)?,
        ))
    })
    .optional()
}

/// Adds a standard row; a second row for the same position and competency is
/// `Constraint { column: "kompetensi_id", kind: Unique }`.
pub fn insert_standard(
    conn: &Connection,
    s: &StandardInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let v = StandardValues::of(s);
    insert_audited(conn, &STANDARD, &v.values(), actor, &|tx| {
        check_standard(tx, &v)
    })
}

/// Saves an edit of a standard row; returns the new version.
pub fn update_standard(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    s: &StandardInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let v = StandardValues::of(s);
    update_audited(
        conn,
        &STANDARD,
        (id, expected_version),
        &v.values(),
        actor,
        &|tx| check_standard(tx, &v),
    )
}

/// Deletes a standard row (nothing refers to one).
pub fn delete_standard(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    delete_audited(
        conn,
        "standar_kompetensi",
        (id, expected_version),
        actor,
        None,
    )
}

// ---------------------------------------------------------------- assessments

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

const ASSESSMENT: Table = Table {
    name: "penilaian_kompetensi",
    cols: &[
        "pegawai_id",
        "kompetensi_id",
        "level_aktual",
        "tanggal",
        "metode",
        "penilai",
        "catatan",
    ],
};

struct AssessmentValues(i64, i64, i64, String, String, String, String);

impl AssessmentValues {
    fn of(a: &AssessmentInput) -> AssessmentValues {
        AssessmentValues(
            a.pegawai_id,
            a.kompetensi_id,
            a.level,
            a.tanggal.trim().to_string(),
            a.metode.trim().to_string(),
            a.penilai.trim().to_string(),
            a.catatan.trim().to_string(),
        )
    }
    fn values(&self) -> [&dyn ToSql; 7] {
        [
            &self.0, &self.1, &self.2, &self.3, &self.4, &self.5, &self.6,
        ]
    }
}

fn check_assessment(tx: &Connection, v: &AssessmentValues) -> Result<(), WriteError> {
    must_exist(
        tx,
        "SELECT 1 FROM pegawai WHERE id = ?1",
        &v.0,
        "pegawai_id",
    )?;
    must_exist(
        tx,
        "SELECT 1 FROM kompetensi WHERE id = ?1",
        &v.1,
        "kompetensi_id",
    )
}

/// An assessment for its correction form, with the version.
pub fn load_assessment(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<(AssessmentInput, i64)>> {
    conn.prepare_cached(
        "SELECT pegawai_id, kompetensi_id, level_aktual, tanggal, metode, penilai, catatan, version
         FROM penilaian_kompetensi WHERE id = ?1",
    )?
    .query_row([id], |r| {
        Ok((
            AssessmentInput {
                pegawai_id: r.get(0)?,
                kompetensi_id: r.get(1)?,
                level: r.get(2)?,
                tanggal: r.get(3)?,
                metode: r.get(4)?,
                penilai: r.get(5)?,
                catatan: r.get(6)?,
            },
            r.get(7)?,
        ))
    })
    .optional()
}

/// Records a new assessment result (earlier ones stay; the latest by date
/// counts). Returns its id.
pub fn insert_assessment(
    conn: &Connection,
    a: &AssessmentInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let v = AssessmentValues::of(a);
    insert_audited(conn, &ASSESSMENT, &v.values(), actor, &|tx| {
        check_assessment(tx, &v)
    })
}

/// Corrects a recorded assessment (a typing mistake), version-checked;
/// returns the new version. A new result is [`insert_assessment`], not this.
pub fn update_assessment(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    a: &AssessmentInput,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let v = AssessmentValues::of(a);
    update_audited(
        conn,
        &ASSESSMENT,
        (id, expected_version),
        &v.values(),
        actor,
        &|tx| check_assessment(tx, &v),
    )
}

/// Deletes an assessment recorded by mistake (audited with its values).
pub fn delete_assessment(
    conn: &Connection,
    id: i64,
    expected_version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    delete_audited(
        conn,
        "penilaian_kompetensi",
        (id, expected_version),
        actor,
        None,
    )
}
