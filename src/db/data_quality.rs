//! Monitoring's data-quality list (issue 10): records that are incomplete or
//! look wrong, one kind of problem per row, for someone to review. Nothing
//! here refuses anything: a golongan above its ceiling may be a lawful
//! exception (domain.md §4.4).

use super::employees::{
    UNIT_SHORT_SQL, UNIT_TREE_CTE, code, full_name, in_service_now_sql, opt_code,
};
use super::model::PeriodRef;
use crate::domain::enums::{Education, InternStatus, JfLevel, PositionKind};
use crate::domain::golongan::above_ceiling;
use rusqlite::{Connection, params};

/// The kinds of problem, in the order the list shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Problem {
    /// An employee in service without any competency assessment.
    NoAssessment,
    /// A finished training (SELESAI) with participants whose result is not
    /// recorded (still proposed, approved, registered or attending).
    OpenResults,
    /// An accepted or running internship without a field mentor.
    NoMentor,
    /// An evaluation of the period due whose feedback (what was observed)
    /// is empty.
    EmptyFeedback,
    /// A PNS/CPNS golongan above the ceiling of their education and post.
    AboveCeiling,
}

impl Problem {
    pub const ALL: [Problem; 5] = [
        Problem::NoAssessment,
        Problem::OpenResults,
        Problem::NoMentor,
        Problem::EmptyFeedback,
        Problem::AboveCeiling,
    ];

    /// The code written in an `x` file (`masalah`).
    pub fn as_code(self) -> &'static str {
        match self {
            Problem::NoAssessment => "TANPA_PENILAIAN_KOMPETENSI",
            Problem::OpenResults => "HASIL_PELATIHAN_BELUM_DICATAT",
            Problem::NoMentor => "MAGANG_TANPA_PEMBIMBING",
            Problem::EmptyFeedback => "UMPAN_BALIK_KOSONG",
            Problem::AboveCeiling => "GOLONGAN_DI_ATAS_PLAFON",
        }
    }
}

/// What a row adds about its problem.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    None,
    /// `open` participants of `of` have no result; the training ended on `end`.
    OpenResults {
        open: i64,
        of: i64,
        end: String,
    },
    /// The internship's status and campus.
    Intern {
        status: InternStatus,
        partner: String,
    },
    /// The evaluation's period.
    Period(PeriodRef),
    /// The golongan held, the ceiling it passes and what sets the ceiling.
    Ceiling {
        golongan: String,
        ceiling: &'static str,
        education: Education,
        post: PositionKind,
        jenjang: Option<JfLevel>,
    },
}

/// One problem with one record.
#[derive(Debug, Clone, PartialEq)]
pub struct QualityRow {
    pub problem: Problem,
    /// The record's id: the employee's, the training's, the internship's or
    /// the evaluation's, as `problem` says.
    pub id: i64,
    /// What names the record: a NIP, a training code, a NIM.
    pub key: String,
    /// The person's name with degrees, the training's or the student's name.
    pub name: String,
    /// The unit (short name): the employee's, the host unit; for a training
    /// its organiser.
    pub unit: String,
    pub detail: Detail,
}

/// Every problem found, kind by kind (in [`Problem::ALL`] order), each kind
/// in unit order then by name. `due`: the period whose evaluations are
/// checked for empty feedback.
pub fn quality(conn: &Connection, due: PeriodRef) -> rusqlite::Result<Vec<QualityRow>> {
    let mut out = no_assessment(conn)?;
    out.extend(open_results(conn)?);
    out.extend(no_mentor(conn)?);
    out.extend(empty_feedback(conn, due)?);
    out.extend(above_ceilings(conn)?);
    Ok(out)
}

fn person(r: &rusqlite::Row, at: usize) -> rusqlite::Result<String> {
    Ok(full_name(
        r.get_ref(at)?.as_str()?,
        r.get_ref(at + 1)?.as_str()?,
        r.get_ref(at + 2)?.as_str()?,
    ))
}

fn no_assessment(conn: &Connection) -> rusqlite::Result<Vec<QualityRow>> {
    let in_service = in_service_now_sql("e");
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, e.id
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE {in_service}
  AND NOT EXISTS (SELECT 1 FROM penilaian_kompetensi a WHERE a.pegawai_id = e.id)
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(QualityRow {
            problem: Problem::NoAssessment,
            id: r.get(5)?,
            key: r.get(0)?,
            name: person(r, 1)?,
            unit: r.get(4)?,
            detail: Detail::None,
        })
    })?;
    rows.collect()
}

/// Enrollment statuses that are not a result: the participation was
/// proposed, approved, registered or under way.
const OPEN_STATUSES: &str = "'DIUSULKAN','DISETUJUI','TERDAFTAR','MENGIKUTI'";

fn open_results(conn: &Connection) -> rusqlite::Result<Vec<QualityRow>> {
    let sql = format!(
        "SELECT p.kode, p.nama, p.penyelenggara, p.tanggal_selesai,
       COUNT(CASE WHEN pp.status IN ({OPEN_STATUSES}) THEN 1 END), COUNT(*), p.id
FROM pelatihan p
JOIN peserta_pelatihan pp ON pp.pelatihan_id = p.id
WHERE p.status = 'SELESAI'
GROUP BY p.id
HAVING COUNT(CASE WHEN pp.status IN ({OPEN_STATUSES}) THEN 1 END) > 0
ORDER BY p.tanggal_selesai, p.kode"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(QualityRow {
            problem: Problem::OpenResults,
            id: r.get(6)?,
            key: r.get(0)?,
            name: r.get(1)?,
            unit: r.get(2)?,
            detail: Detail::OpenResults {
                end: r.get(3)?,
                open: r.get(4)?,
                of: r.get(5)?,
            },
        })
    })?;
    rows.collect()
}

fn no_mentor(conn: &Connection) -> rusqlite::Result<Vec<QualityRow>> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT g.nim, g.nama, {UNIT_SHORT_SQL}, g.status,
       CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END, g.id
FROM magang g
JOIN mitra m ON m.id = g.mitra_id
JOIN unit_kerja u ON u.id = g.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE g.status IN ('DITERIMA', 'BERJALAN') AND g.pembimbing_lapangan_id IS NULL
ORDER BY t.path, g.nama COLLATE NOCASE, g.nim"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        Ok(QualityRow {
            problem: Problem::NoMentor,
            id: r.get(5)?,
            key: r.get(0)?,
            name: r.get(1)?,
            unit: r.get(2)?,
            detail: Detail::Intern {
                status: code(r, 3, InternStatus::from_code)?,
                partner: r.get(4)?,
            },
        })
    })?;
    rows.collect()
}

fn empty_feedback(conn: &Connection, p: PeriodRef) -> rusqlite::Result<Vec<QualityRow>> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, ev.id
FROM evaluasi_kinerja ev
JOIN pegawai e ON e.id = ev.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE ev.tahun = ?1 AND ev.jenis_periode = ?2 AND ev.periode_ke = ?3
  AND trim(ev.umpan_balik) = ''
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params![p.year, p.kind.as_code(), p.no], |r| {
        Ok(QualityRow {
            problem: Problem::EmptyFeedback,
            id: r.get(5)?,
            key: r.get(0)?,
            name: person(r, 1)?,
            unit: r.get(4)?,
            detail: Detail::Period(p),
        })
    })?;
    rows.collect()
}

/// PNS and CPNS in service whose golongan passes the ceiling of
/// `domain::golongan::ceiling` (PPPK grades have no such table; a person
/// without a recorded education is not judged).
fn above_ceilings(conn: &Connection) -> rusqlite::Result<Vec<QualityRow>> {
    let in_service = in_service_now_sql("e");
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}, e.golongan,
       e.pendidikan_terakhir, e.jenis_jabatan, e.jenjang_jf, e.id
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE {in_service} AND e.jenis_asn IN ('PNS', 'CPNS')
  AND e.golongan IS NOT NULL AND e.pendidikan_terakhir IS NOT NULL
ORDER BY t.path, e.nama COLLATE NOCASE, e.nip"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |r| {
        let golongan: String = r.get(5)?;
        let education = code(r, 6, Education::from_code)?;
        let post = code(r, 7, PositionKind::from_code)?;
        let jenjang = opt_code(r, 8, JfLevel::from_code)?;
        let Some(ceiling) = above_ceiling(&golongan, education, post, jenjang) else {
            return Ok(None);
        };
        Ok(Some(QualityRow {
            problem: Problem::AboveCeiling,
            id: r.get(9)?,
            key: r.get(0)?,
            name: person(r, 1)?,
            unit: r.get(4)?,
            detail: Detail::Ceiling {
                golongan,
                ceiling,
                education,
                post,
                jenjang,
            },
        }))
    })?;
    rows.filter_map(Result::transpose).collect()
}
