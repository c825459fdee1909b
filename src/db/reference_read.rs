//! Read lists of the reference screens (units, competency dictionary,
//! standards) and the assessment history of one employee and competency.

use super::employees::{UNIT_TREE_CTE, code, opt_code, position_rank};
use crate::domain::enums::*;
use rusqlite::Connection;
use std::sync::LazyLock;

/// One unit of the unit list, in tree order.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub singkatan: String,
    pub jenis: UnitKind,
    pub induk_id: Option<i64>,
    /// Short name of the parent unit ("" for a top-level unit).
    pub induk: String,
    /// 0 for a top-level unit, 1 for its sub-units…
    pub depth: usize,
    pub urutan: i64,
    pub aktif: bool,
    /// Employees in service on the reference date placed in this unit
    /// itself — not those of its sub-units, which have rows (and counts) of
    /// their own.
    pub employees: i64,
    pub version: i64,
    /// Seeded content not yet confirmed by the office (`unit_kerja.asumsi`).
    pub assumed: bool,
}

/// A competency with its level texts (`levels[0]` is level 1: description,
/// indicators).
#[derive(Debug, Clone, PartialEq)]
pub struct CompetencyRow {
    pub id: i64,
    pub kode: String,
    pub nama: String,
    pub jenis: CompetencyKind,
    pub definisi: String,
    pub levels: Vec<(u8, String, String)>,
    /// Seeded content not yet confirmed by the office.
    pub assumed: bool,
    pub version: i64,
}

/// One row of the competency standard, with its competency's code and name.
#[derive(Debug, Clone, PartialEq)]
pub struct StandardRow {
    pub id: i64,
    pub jenis_jabatan: PositionKind,
    /// `None`: every jenjang.
    pub jenjang_jf: Option<JfLevel>,
    /// "": every title of the kind.
    pub nama_jabatan: String,
    pub kompetensi_id: i64,
    pub kompetensi_kode: String,
    pub kompetensi_nama: String,
    pub level_standar: i64,
    pub assumed: bool,
    pub version: i64,
}

/// One recorded assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentRow {
    pub id: i64,
    pub level: i64,
    pub tanggal: String,
    pub metode: AssessmentMethod,
    pub penilai: String,
    pub catatan: String,
    pub version: i64,
}

static UNITS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT u.id, u.kode, u.nama, u.singkatan, u.jenis, u.induk_id,
       COALESCE(CASE WHEN trim(p.singkatan) <> '' THEN p.singkatan ELSE p.nama END, ''),
       COALESCE(length(t.path) / 6 - 1, 0), u.urutan, u.aktif,
       (SELECT count(*) FROM pegawai e WHERE e.unit_kerja_id = u.id AND {in_service}), u.version,
       u.asumsi
FROM unit_kerja u
LEFT JOIN unit_kerja p ON p.id = u.induk_id
LEFT JOIN unit_tree t ON t.id = u.id
ORDER BY t.path IS NULL, t.path, u.nama COLLATE NOCASE, u.id",
        in_service = super::employees::in_service_now_sql("e"),
    )
});

/// Every unit in tree order (each parent followed by its sub-units); units
/// caught in a parent cycle come last.
pub fn list_units(conn: &Connection) -> rusqlite::Result<Vec<UnitRow>> {
    let mut stmt = conn.prepare_cached(&UNITS_SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(UnitRow {
            id: r.get(0)?,
            kode: r.get(1)?,
            nama: r.get(2)?,
            singkatan: r.get(3)?,
            jenis: code(r, 4, UnitKind::from_code)?,
            induk_id: r.get(5)?,
            induk: r.get(6)?,
            depth: r.get::<_, i64>(7)?.max(0) as usize,
            urutan: r.get(8)?,
            aktif: r.get(9)?,
            employees: r.get(10)?,
            version: r.get(11)?,
            assumed: r.get(12)?,
        })
    })?;
    rows.collect()
}

/// SQL `CASE` ranking a competency kind column in the order of the enum.
fn kind_order(column: &str) -> String {
    let whens: String = CompetencyKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| format!(" WHEN '{}' THEN {i}", k.as_code()))
        .collect();
    format!("CASE {column}{whens} ELSE 99 END")
}

/// The competency dictionary with level texts: managerial, socio-cultural,
/// technical, each by code.
pub fn list_competencies(conn: &Connection) -> rusqlite::Result<Vec<CompetencyRow>> {
    let sql = format!(
        "SELECT id, kode, nama, jenis, definisi, asumsi, version FROM kompetensi
         ORDER BY {}, kode",
        kind_order("jenis")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut out: Vec<CompetencyRow> = stmt
        .query_map([], |r| {
            Ok(CompetencyRow {
                id: r.get(0)?,
                kode: r.get(1)?,
                nama: r.get(2)?,
                jenis: code(r, 3, CompetencyKind::from_code)?,
                definisi: r.get(4)?,
                levels: Vec::new(),
                assumed: r.get(5)?,
                version: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT kompetensi_id, level, deskripsi, indikator FROM kompetensi_level
         ORDER BY kompetensi_id, level",
    )?;
    let levels = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let index: std::collections::HashMap<i64, usize> =
        out.iter().enumerate().map(|(i, c)| (c.id, i)).collect();
    for l in levels {
        let (id, level, text, indicators) = l?;
        if let Some(&i) = index.get(&id) {
            out[i]
                .levels
                .push((level.clamp(0, 255) as u8, text, indicators));
        }
    }
    Ok(out)
}

static STANDARDS_SQL: LazyLock<String> = LazyLock::new(|| {
    let levels: String = JfLevel::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| format!(" WHEN '{}' THEN {}", l.as_code(), i + 1))
        .collect();
    format!(
        "SELECT s.id, s.jenis_jabatan, NULLIF(s.jenjang_jf, ''), s.nama_jabatan, s.kompetensi_id,
                k.kode, k.nama, s.level_standar, s.asumsi, s.version
         FROM standar_kompetensi s
         JOIN kompetensi k ON k.id = s.kompetensi_id
         ORDER BY {rank}, CASE s.jenjang_jf WHEN '' THEN 0{levels} ELSE 99 END,
                  s.nama_jabatan COLLATE NOCASE, {kind}, k.kode",
        rank = PositionKind::ALL
            .iter()
            .map(|k| format!(" WHEN '{}' THEN {}", k.as_code(), position_rank(*k)))
            .fold("CASE s.jenis_jabatan".to_string(), |acc, w| acc + &w)
            + " ELSE 99 END",
        kind = kind_order("k.jenis"),
    )
});

/// The competency standard: by kind of position (JPT first … pelaksana
/// last), jenjang (general rows first), title (general rows first), then
/// competency kind and code.
pub fn list_standards(conn: &Connection) -> rusqlite::Result<Vec<StandardRow>> {
    let mut stmt = conn.prepare_cached(&STANDARDS_SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(StandardRow {
            id: r.get(0)?,
            jenis_jabatan: code(r, 1, PositionKind::from_code)?,
            jenjang_jf: opt_code(r, 2, JfLevel::from_code)?,
            nama_jabatan: r.get(3)?,
            kompetensi_id: r.get(4)?,
            kompetensi_kode: r.get(5)?,
            kompetensi_nama: r.get(6)?,
            level_standar: r.get(7)?,
            assumed: r.get(8)?,
            version: r.get(9)?,
        })
    })?;
    rows.collect()
}

/// Every assessment of one employee on one competency, newest first (by
/// date, then the last recorded): the first row is the one that counts.
pub fn assessment_history(
    conn: &Connection,
    pegawai_id: i64,
    kompetensi_id: i64,
) -> rusqlite::Result<Vec<AssessmentRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, level_aktual, tanggal, metode, penilai, catatan, version
         FROM penilaian_kompetensi WHERE pegawai_id = ?1 AND kompetensi_id = ?2
         ORDER BY tanggal DESC, id DESC",
    )?;
    let rows = stmt.query_map([pegawai_id, kompetensi_id], |r| {
        Ok(AssessmentRow {
            id: r.get(0)?,
            level: r.get(1)?,
            tanggal: r.get(2)?,
            metode: code(r, 3, AssessmentMethod::from_code)?,
            penilai: r.get(4)?,
            catatan: r.get(5)?,
            version: r.get(6)?,
        })
    })?;
    rows.collect()
}
