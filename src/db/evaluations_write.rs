//! Record kind: a performance evaluation (issue 10 items 1–3, PermenPAN-RB
//! 6/2022): the period, the two ratings (the predicate is derived, never
//! typed), the appraising official and their superior, notes, the structured
//! constructive feedback and optional notes per BerAKHLAK value (child rows).
//! One evaluation per employee and period. Also what entry by unit needs: the
//! unit's people in service with their evaluation, the organisation
//! predicate and the limits it sets, the appraisers a unit's structure gives.

use super::audit::{self, row_json};
use super::employees::{UNIT_SHORT_SQL, code, full_name, in_service_now_sql};
use super::model::PeriodRef;
use super::record::{Record, Uses, must_exist, opt_text_value, text_value};
use super::write::{Actor, ConstraintKind, WriteError, in_transaction};
use crate::domain::appraisal::{LEADER_KINDS, appraiser_kinds};
use crate::domain::enums::*;
use crate::domain::predicate::{leader_rating, predicate};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

/// An evaluation as its form (or a row of the grid) edits it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvaluationInput {
    pub pegawai_id: i64,
    pub tahun: i64,
    pub jenis_periode: String,
    pub periode_ke: i64,
    pub rating_hasil_kerja: String,
    pub rating_perilaku: String,
    pub pejabat_penilai_id: Option<i64>,
    pub atasan_penilai_id: Option<i64>,
    pub catatan: String,
    /// Feedback: what was observed.
    pub umpan_balik: String,
    /// Feedback: its effect.
    pub umpan_balik_dampak: String,
    /// Feedback: the next step.
    pub umpan_balik_langkah: String,
    /// Feedback: the date agreed for the next step.
    pub umpan_balik_tanggal: Option<String>,
    /// Notes per BerAKHLAK value: (value code, note), in value order.
    pub berakhlak: Vec<(String, String)>,
}

impl EvaluationInput {
    /// The predicate the two ratings give (stored for reading; the CHECK
    /// repeats the table).
    pub fn predikat(&self) -> Option<Predicate> {
        Some(predicate(
            Rating::from_code(&self.rating_hasil_kerja)?,
            Rating::from_code(&self.rating_perilaku)?,
        ))
    }
}

impl Record for EvaluationInput {
    const TABLE: &'static str = "evaluasi_kinerja";
    const COLUMNS: &'static [&'static str] = &[
        "pegawai_id",
        "tahun",
        "jenis_periode",
        "periode_ke",
        "rating_hasil_kerja",
        "rating_perilaku",
        "predikat",
        "pejabat_penilai_id",
        "atasan_penilai_id",
        "catatan",
        "umpan_balik",
        "umpan_balik_dampak",
        "umpan_balik_langkah",
        "umpan_balik_tanggal",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.pegawai_id),
            Value::Integer(self.tahun),
            text_value(&self.jenis_periode),
            Value::Integer(self.periode_ke),
            text_value(&self.rating_hasil_kerja),
            text_value(&self.rating_perilaku),
            Value::Text(
                self.predikat()
                    .map(|p| p.as_code().to_string())
                    .unwrap_or_default(),
            ),
            self.pejabat_penilai_id.map_or(Value::Null, Value::Integer),
            self.atasan_penilai_id.map_or(Value::Null, Value::Integer),
            text_value(&self.catatan),
            text_value(&self.umpan_balik),
            text_value(&self.umpan_balik_dampak),
            text_value(&self.umpan_balik_langkah),
            opt_text_value(&self.umpan_balik_tanggal),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(EvaluationInput {
            pegawai_id: r.get(0)?,
            tahun: r.get(1)?,
            jenis_periode: r.get(2)?,
            periode_ke: r.get(3)?,
            rating_hasil_kerja: r.get(4)?,
            rating_perilaku: r.get(5)?,
            pejabat_penilai_id: r.get(7)?,
            atasan_penilai_id: r.get(8)?,
            catatan: r.get(9)?,
            umpan_balik: r.get(10)?,
            umpan_balik_dampak: r.get(11)?,
            umpan_balik_langkah: r.get(12)?,
            umpan_balik_tanggal: r.get(13)?,
            berakhlak: Vec::new(),
        })
    }

    /// The employee and appraisers exist (an appraiser is not the employee
    /// appraised), the period number fits its kind, one evaluation per
    /// employee and period.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM pegawai WHERE id = ?1",
            &self.pegawai_id,
            "pegawai_id",
        )?;
        for (column, who) in [
            ("pejabat_penilai_id", self.pejabat_penilai_id),
            ("atasan_penilai_id", self.atasan_penilai_id),
        ] {
            if let Some(who) = who {
                if who == self.pegawai_id {
                    return Err(WriteError::constraint(column, ConstraintKind::Check));
                }
                must_exist(tx, "SELECT 1 FROM pegawai WHERE id = ?1", &who, column)?;
            }
        }
        let kind = PeriodKind::from_code(&self.jenis_periode)
            .ok_or_else(|| WriteError::constraint("jenis_periode", ConstraintKind::Check))?;
        if self.periode_ke < 1 || self.periode_ke > i64::from(kind.periods_per_year()) {
            return Err(WriteError::constraint("periode_ke", ConstraintKind::Check));
        }
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM evaluasi_kinerja WHERE pegawai_id = ?1 AND tahun = ?2
                 AND jenis_periode = ?3 AND periode_ke = ?4 AND (?5 IS NULL OR id <> ?5))",
            )?
            .query_row(
                params![
                    self.pegawai_id,
                    self.tahun,
                    self.jenis_periode,
                    self.periode_ke,
                    id
                ],
                |r| r.get(0),
            )?;
        if taken {
            return Err(WriteError::constraint("periode_ke", ConstraintKind::Unique));
        }
        Ok(())
    }

    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<Uses> {
        super::record::count_uses(
            tx,
            id,
            &[("monitoring_pasca_pelatihan", "evaluasi_kinerja_id")],
        )
    }

    fn normalized(&self) -> Self {
        let mut out = self.clone();
        out.berakhlak = self
            .berakhlak
            .iter()
            .map(|(v, n)| (v.trim().to_string(), n.trim().to_string()))
            .filter(|(_, n)| !n.is_empty())
            .collect();
        out.berakhlak.sort_by_key(|(v, _)| {
            CoreValue::ALL
                .iter()
                .position(|c| c.as_code() == v)
                .unwrap_or(usize::MAX)
        });
        out
    }

    fn load_children(&mut self, conn: &Connection, id: i64) -> rusqlite::Result<()> {
        let mut stmt = conn.prepare_cached(
            "SELECT nilai, catatan FROM evaluasi_berakhlak WHERE evaluasi_kinerja_id = ?1",
        )?;
        let mut notes: Vec<(String, String)> = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        notes.sort_by_key(|(v, _)| {
            CoreValue::ALL
                .iter()
                .position(|c| c.as_code() == v)
                .unwrap_or(usize::MAX)
        });
        self.berakhlak = notes;
        Ok(())
    }

    fn save_children(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        tx.prepare_cached("DELETE FROM evaluasi_berakhlak WHERE evaluasi_kinerja_id = ?1")?
            .execute([id])?;
        let mut stmt = tx.prepare_cached(
            "INSERT INTO evaluasi_berakhlak (evaluasi_kinerja_id, nilai, catatan) VALUES (?1, ?2, ?3)",
        )?;
        for (value, note) in &self.normalized().berakhlak {
            stmt.execute(params![id, value, note])?;
        }
        Ok(())
    }

    fn delete_children(
        tx: &Connection,
        id: i64,
    ) -> Result<Option<(&'static str, serde_json::Value)>, WriteError> {
        let mut probe = EvaluationInput::default();
        probe.load_children(tx, id)?;
        tx.prepare_cached("DELETE FROM evaluasi_berakhlak WHERE evaluasi_kinerja_id = ?1")?
            .execute([id])?;
        Ok((!probe.berakhlak.is_empty()).then(|| ("berakhlak", berakhlak_json(&probe.berakhlak))))
    }

    fn audit_json(tx: &Connection, id: i64) -> rusqlite::Result<Option<serde_json::Value>> {
        let Some(row) = row_json(tx, Self::TABLE, id)? else {
            return Ok(None);
        };
        let mut probe = EvaluationInput::default();
        probe.load_children(tx, id)?;
        Ok(Some(if probe.berakhlak.is_empty() {
            row
        } else {
            audit::with_key(row, "berakhlak", berakhlak_json(&probe.berakhlak))
        }))
    }
}

fn berakhlak_json(notes: &[(String, String)]) -> serde_json::Value {
    serde_json::Value::Object(
        notes
            .iter()
            .map(|(v, n)| (v.clone(), serde_json::Value::String(n.clone())))
            .collect(),
    )
}

/// The official of `kind` in service closest to `unit` in the unit tree: in
/// the unit itself, else in its parent, and so on up; else anywhere under
/// the same top-level unit. Ties by NIP.
fn official_near(
    conn: &Connection,
    unit: i64,
    kind: PositionKind,
    not: i64,
) -> rusqlite::Result<Option<i64>> {
    let sql = format!(
        "WITH RECURSIVE up(id, induk, depth) AS (
             SELECT u.id, u.induk_id, 0 FROM unit_kerja u WHERE u.id = ?1
             UNION
             SELECT u.id, u.induk_id, up.depth + 1 FROM unit_kerja u JOIN up ON u.id = up.induk
             WHERE up.depth < 20
         ),
         root AS (SELECT id FROM up WHERE induk IS NULL LIMIT 1),
         down(id, depth) AS (
             SELECT id, 0 FROM root
             UNION
             SELECT u.id, down.depth + 1 FROM unit_kerja u JOIN down ON u.induk_id = down.id
             WHERE down.depth < 20
         )
         SELECT e.id FROM pegawai e
         LEFT JOIN up ON up.id = e.unit_kerja_id
         WHERE e.jenis_jabatan = ?2 AND e.id <> ?3 AND {in_service}
           AND (up.id IS NOT NULL OR e.unit_kerja_id IN (SELECT id FROM down))
         ORDER BY up.depth IS NULL, up.depth, e.nip
         LIMIT 1",
        in_service = in_service_now_sql("e")
    );
    conn.prepare_cached(&sql)?
        .query_row(params![unit, kind.as_code(), not], |r| r.get(0))
        .optional()
}

/// The appraising official and their superior the unit's structure gives
/// employee `id` (domain.md §3.2's chain, the nearest official of each kind
/// in service): (pejabat penilai, atasan pejabat penilai).
pub fn appraisers(conn: &Connection, id: i64) -> rusqlite::Result<(Option<i64>, Option<i64>)> {
    let found: Option<(i64, PositionKind, Option<JfLevel>)> = conn
        .prepare_cached(
            "SELECT unit_kerja_id, jenis_jabatan, jenjang_jf FROM pegawai WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                r.get(0)?,
                code(r, 1, PositionKind::from_code)?,
                r.get::<_, Option<String>>(2)?
                    .as_deref()
                    .and_then(JfLevel::from_code),
            ))
        })
        .optional()?;
    let Some((unit, kind, level)) = found else {
        return Ok((None, None));
    };
    let (first, second) = appraiser_kinds(kind, level);
    let first = match first {
        Some(k) => official_near(conn, unit, k, id)?,
        None => None,
    };
    let second = match second {
        Some(k) => official_near(conn, unit, k, id)?,
        None => None,
    };
    Ok((first, second))
}

/// Whether employee `id` leads their unit: no one in service in the unit
/// holds a higher leading kind of position, and they hold one.
fn leads_unit(conn: &Connection, id: i64) -> rusqlite::Result<Option<i64>> {
    let found: Option<(i64, String)> = conn
        .prepare_cached("SELECT unit_kerja_id, jenis_jabatan FROM pegawai WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((unit, kind)) = found else {
        return Ok(None);
    };
    let Some(rank) = LEADER_KINDS.iter().position(|k| k.as_code() == kind) else {
        return Ok(None);
    };
    let higher: Vec<&str> = LEADER_KINDS[..rank].iter().map(|k| k.as_code()).collect();
    if higher.is_empty() {
        return Ok(Some(unit));
    }
    let sql = format!(
        "SELECT EXISTS(SELECT 1 FROM pegawai e WHERE e.unit_kerja_id = ?1 AND e.jenis_jabatan IN ({})
         AND {})",
        higher
            .iter()
            .map(|k| format!("'{k}'"))
            .collect::<Vec<_>>()
            .join(","),
        in_service_now_sql("e")
    );
    let above: bool = conn.prepare_cached(&sql)?.query_row([unit], |r| r.get(0))?;
    Ok((!above).then_some(unit))
}

/// The organisation predicate of `unit` for period `p`, if recorded.
pub fn org_predicate(
    conn: &Connection,
    unit: i64,
    p: PeriodRef,
) -> rusqlite::Result<Option<OrgPredicate>> {
    let found: Option<String> = conn
        .prepare_cached(
            "SELECT predikat FROM predikat_organisasi
             WHERE unit_kerja_id = ?1 AND tahun = ?2 AND jenis_periode = ?3 AND periode_ke = ?4",
        )?
        .query_row(params![unit, p.year, p.kind.as_code(), p.no], |r| r.get(0))
        .optional()?;
    Ok(found.as_deref().and_then(OrgPredicate::from_code))
}

/// Records (or, with `None`, removes) the organisation predicate of `unit`
/// for period `p`; one audited write.
pub fn set_org_predicate(
    conn: &Connection,
    unit: i64,
    p: PeriodRef,
    value: Option<OrgPredicate>,
    actor: &Actor,
) -> Result<(), WriteError> {
    in_transaction(conn, |tx| {
        let id: Option<i64> = tx
            .prepare_cached(
                "SELECT id FROM predikat_organisasi
                 WHERE unit_kerja_id = ?1 AND tahun = ?2 AND jenis_periode = ?3 AND periode_ke = ?4",
            )?
            .query_row(params![unit, p.year, p.kind.as_code(), p.no], |r| r.get(0))
            .optional()?;
        let before = match id {
            Some(id) => row_json(tx, "predikat_organisasi", id)?,
            None => None,
        };
        let (id, action) = match (id, value) {
            (Some(id), None) => {
                tx.execute("DELETE FROM predikat_organisasi WHERE id = ?1", [id])?;
                (id, AuditAction::Hapus)
            }
            (Some(id), Some(v)) => {
                tx.execute(
                    "UPDATE predikat_organisasi SET predikat = ?2, version = version + 1 WHERE id = ?1",
                    params![id, v.as_code()],
                )?;
                (id, AuditAction::Ubah)
            }
            (None, Some(v)) => {
                tx.execute(
                    "INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![unit, p.year, p.kind.as_code(), p.no, v.as_code()],
                )?;
                (tx.last_insert_rowid(), AuditAction::Tambah)
            }
            (None, None) => return Ok(()),
        };
        let after = row_json(tx, "predikat_organisasi", id)?;
        audit::append(tx, actor, "predikat_organisasi", id, action, before, after)?;
        Ok(())
    })
}

/// The most of each employee predicate the organisation predicate allows
/// (rows of `batas_predikat`): (employee predicate, max percent).
pub fn limits(conn: &Connection, org: OrgPredicate) -> rusqlite::Result<Vec<(Predicate, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT predikat_pegawai, maks_persen FROM batas_predikat WHERE predikat_organisasi = ?1",
    )?;
    let rows = stmt.query_map([org.as_code()], |r| {
        Ok((code(r, 0, Predicate::from_code)?, r.get(1)?))
    })?;
    rows.collect()
}

/// A new evaluation of employee `id` for period `p` as the form starts it:
/// the appraisers the structure gives, and for a unit's leader the work
/// result the unit's organisation predicate gives.
pub fn new_for(conn: &Connection, id: i64, p: PeriodRef) -> rusqlite::Result<EvaluationInput> {
    let (penilai, atasan) = appraisers(conn, id)?;
    let led = match leads_unit(conn, id)? {
        Some(unit) => org_predicate(conn, unit, p)?.map(leader_rating),
        None => None,
    };
    Ok(EvaluationInput {
        pegawai_id: id,
        tahun: i64::from(p.year),
        jenis_periode: p.kind.as_code().to_string(),
        periode_ke: i64::from(p.no),
        rating_hasil_kerja: led.map(|r| r.as_code().to_string()).unwrap_or_default(),
        pejabat_penilai_id: penilai,
        atasan_penilai_id: atasan,
        ..Default::default()
    })
}

/// One row of the entry grid: an employee in service of the unit (or a unit
/// under it) and their evaluation for the period, if there is one.
#[derive(Debug, Clone, PartialEq)]
pub struct GridRow {
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub position: String,
    /// The short name of the employee's own unit (a bidang under the unit).
    pub unit: String,
    /// The evaluation: (id, version), ratings.
    pub evaluation: Option<(i64, i64)>,
    pub work_result: Option<Rating>,
    pub behaviour: Option<Rating>,
    /// The work result a unit leader takes from the organisation predicate
    /// (offered while the row has none).
    pub leader_default: Option<Rating>,
}

/// Everything the grid of `unit` for period `p` shows.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitGrid {
    pub unit_id: i64,
    pub unit: String,
    pub period: PeriodRef,
    pub org: Option<OrgPredicate>,
    pub limits: Vec<(Predicate, f64)>,
    pub rows: Vec<GridRow>,
}

/// The employees in service of `unit` and the units under it, the leader
/// first, then by kind of position and name, with their evaluations of `p`.
pub fn unit_grid(conn: &Connection, unit: i64, p: PeriodRef) -> rusqlite::Result<Option<UnitGrid>> {
    let name: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT {UNIT_SHORT_SQL} FROM unit_kerja u WHERE u.id = ?1"
        ))?
        .query_row([unit], |r| r.get(0))
        .optional()?;
    let Some(name) = name else { return Ok(None) };
    let org = org_predicate(conn, unit, p)?;
    let limits = match org {
        Some(o) => limits(conn, o)?,
        None => Vec::new(),
    };
    let sql = format!(
        "WITH RECURSIVE down(id, depth) AS (
             SELECT ?1, 0
             UNION
             SELECT u.id, down.depth + 1 FROM unit_kerja u JOIN down ON u.induk_id = down.id
             WHERE down.depth < 20
         )
         SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, e.nama_jabatan, {UNIT_SHORT_SQL},
                ev.id, ev.version, ev.rating_hasil_kerja, ev.rating_perilaku, e.jenis_jabatan,
                down.depth
         FROM pegawai e
         JOIN down ON down.id = e.unit_kerja_id
         JOIN unit_kerja u ON u.id = e.unit_kerja_id
         LEFT JOIN evaluasi_kinerja ev ON ev.pegawai_id = e.id AND ev.tahun = ?2
              AND ev.jenis_periode = ?3 AND ev.periode_ke = ?4
         WHERE {in_service}
         ORDER BY down.depth,
                  CASE e.jenis_jabatan WHEN 'JPT_PRATAMA' THEN 0 WHEN 'ADMINISTRATOR' THEN 1
                       WHEN 'PENGAWAS' THEN 2 ELSE 3 END,
                  e.nama COLLATE NOCASE, e.nip",
        in_service = in_service_now_sql("e"),
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows: Vec<(GridRow, String, i64)> = stmt
        .query_map(params![unit, p.year, p.kind.as_code(), p.no], |r| {
            let evaluation = match r.get::<_, Option<i64>>(7)? {
                Some(id) => Some((id, r.get(8)?)),
                None => None,
            };
            Ok((
                GridRow {
                    employee_id: r.get(0)?,
                    nip: r.get(1)?,
                    name: full_name(
                        r.get_ref(2)?.as_str()?,
                        r.get_ref(3)?.as_str()?,
                        r.get_ref(4)?.as_str()?,
                    ),
                    position: r.get(5)?,
                    unit: r.get(6)?,
                    evaluation,
                    work_result: r
                        .get::<_, Option<String>>(9)?
                        .as_deref()
                        .and_then(Rating::from_code),
                    behaviour: r
                        .get::<_, Option<String>>(10)?
                        .as_deref()
                        .and_then(Rating::from_code),
                    leader_default: None,
                },
                r.get(11)?,
                r.get(12)?,
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    // The unit's leader: the first row of the unit itself when it holds a
    // leading kind of position (rows are ordered so).
    if let (Some(o), Some((first, kind, 0))) = (org, rows.first_mut())
        && LEADER_KINDS.iter().any(|k| k.as_code() == kind)
    {
        first.leader_default = Some(leader_rating(o));
    }
    Ok(Some(UnitGrid {
        unit_id: unit,
        unit: name,
        period: p,
        org,
        limits,
        rows: rows.into_iter().map(|(r, _, _)| r).collect(),
    }))
}

/// Which unit's grid to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridTarget {
    /// The top-level unit of this employee (the row chosen in the list).
    Employee(i64),
    /// This unit.
    Unit(i64),
    /// The top-level unit `delta` places from this one, in unit order.
    Step { from: i64, delta: i64 },
}

/// The top-level units (no parent) in the order lists show them.
fn top_units(conn: &Connection) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id FROM unit_kerja WHERE induk_id IS NULL AND aktif = 1 ORDER BY urutan, kode, id",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// The grid `target` names for period `p` (None when the unit is gone).
pub fn grid_for(
    conn: &Connection,
    target: GridTarget,
    p: PeriodRef,
) -> rusqlite::Result<Option<UnitGrid>> {
    let unit = match target {
        GridTarget::Unit(u) => u,
        GridTarget::Employee(e) => {
            let unit: Option<i64> = conn
                .prepare_cached("SELECT unit_kerja_id FROM pegawai WHERE id = ?1")?
                .query_row([e], |r| r.get(0))
                .optional()?;
            match unit {
                Some(u) => super::units::root_of(conn, u)?.unwrap_or(u),
                None => return Ok(None),
            }
        }
        GridTarget::Step { from, delta } => {
            let units = top_units(conn)?;
            let here = units.iter().position(|u| *u == from).unwrap_or(0) as i64;
            let n = units.len() as i64;
            if n == 0 {
                return Ok(None);
            }
            units[(here + delta).rem_euclid(n) as usize]
        }
    };
    unit_grid(conn, unit, p)
}

/// The two ratings typed in the grid for employee `employee` and period
/// `p`: an update of the stored evaluation `existing` (id, version) that
/// changes only the ratings (and so the predicate) — appraisers, feedback and
/// notes stay as stored — or a new evaluation with the appraisers the
/// structure gives. Version-checked and audited through `db::record`.
/// Returns the evaluation's id and its version now.
pub fn save_ratings(
    conn: &Connection,
    employee: i64,
    p: PeriodRef,
    existing: Option<(i64, i64)>,
    work: Rating,
    behaviour: Rating,
    actor: &Actor,
) -> Result<(i64, i64), WriteError> {
    match existing {
        Some((id, version)) => {
            let Some((mut stored, _)) = super::record::load::<EvaluationInput>(conn, id)? else {
                return Err(WriteError::NotFound);
            };
            // Saved on the version the grid showed: another session's
            // change in between is refused by the check, naming who.
            stored.rating_hasil_kerja = work.as_code().to_string();
            stored.rating_perilaku = behaviour.as_code().to_string();
            let v = super::record::update(conn, id, version, &stored, actor)?;
            Ok((id, v))
        }
        None => {
            let mut new = new_for(conn, employee, p)?;
            new.rating_hasil_kerja = work.as_code().to_string();
            new.rating_perilaku = behaviour.as_code().to_string();
            let id = super::record::insert(conn, &new, actor)?;
            Ok((id, 1))
        }
    }
}
