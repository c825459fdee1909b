//! Employees: the list and the detail view, plus the SQL pieces the other read
//! modules share (unit order, position rank, in-service statuses, code columns).
//!
//! Unit order everywhere: the unit tree in pre-order — top-level units by
//! (urutan, nama), each followed by its sub-units by (urutan, nama). Employees of
//! a dinas itself therefore come before those of its bidang.

use super::model::*;
use crate::domain::enums::*;
use crate::domain::sym::Sym;
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::sync::LazyLock;

// ---------------------------------------------------------------- shared SQL

/// CTE `unit_tree(id, root_id, path)`: every unit with its top-level unit and a
/// fixed-width path whose text order is the tree pre-order. Use after
/// `WITH RECURSIVE`. (A unit caught in a parent cycle has no row; join with LEFT JOIN.)
pub(crate) const UNIT_TREE_CTE: &str = "\
unit_pos AS (
    SELECT id, induk_id,
           ROW_NUMBER() OVER (PARTITION BY induk_id ORDER BY urutan, nama COLLATE NOCASE, id) AS n
    FROM unit_kerja
),
unit_tree(id, root_id, path) AS (
    SELECT id, id, printf('%06d', n) FROM unit_pos WHERE induk_id IS NULL
    UNION ALL
    SELECT c.id, t.root_id, t.path || printf('%06d', c.n)
    FROM unit_pos c JOIN unit_tree t ON c.induk_id = t.id
    WHERE length(t.path) < 6 * 16
)";

/// SQL list (`'AKTIF','CUTI',…`) of the statuses of employees in service.
pub(crate) fn in_service_sql() -> String {
    sql_list(
        EmployeeStatus::ALL
            .iter()
            .filter(|s| s.is_in_service())
            .map(|s| s.as_code()),
    )
}

/// SQL of the reference date ("today", `YYYY-MM-DD`) of the open database:
/// the setting `tanggal_acuan` when it holds a valid date (a seeded demo
/// database is shown as of that day), else the local date — the same day
/// `Settings::today` gives. An uncorrelated subquery and `'now'` are both
/// evaluated once per statement, so one query sees one day.
pub(crate) const TODAY_SQL: &str = "COALESCE((SELECT trim(nilai) FROM pengaturan \
     WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime'))";

/// SQL of the status of `pegawai {e}` in effect on `day` (an SQL date
/// expression: [`TODAY_SQL`] or a bound parameter). `pegawai.status` /
/// `tanggal_status` hold the latest recorded change, which may lie ahead (an
/// SK pensiun issued before its date); until that date the status is the one
/// of the latest history row dated on or before `day` (ties: the last
/// recorded), or AKTIF when there is none. Nothing is written when the day
/// comes: every session, read-only or not, derives the same status.
/// `domain::retirement::StatusTimeline::on` is the same rule in Rust.
pub(crate) fn status_on_sql(e: &str, day: &str) -> String {
    format!(
        "(CASE WHEN {e}.tanggal_status IS NULL OR {e}.tanggal_status <= {day} THEN {e}.status \
         ELSE COALESCE((SELECT r.status FROM riwayat_status r \
              WHERE r.pegawai_id = {e}.id AND r.tanggal_mulai <= {day} \
              ORDER BY r.tanggal_mulai DESC, r.id DESC LIMIT 1), 'AKTIF') END)"
    )
}

/// SQL of the status of `pegawai {e}` in effect today (the reference date).
pub(crate) fn status_now_sql(e: &str) -> String {
    status_on_sql(e, TODAY_SQL)
}

/// Condition: `pegawai {e}` is in service today (a change dated ahead counts
/// from its date only).
pub(crate) fn in_service_now_sql(e: &str) -> String {
    format!("{} IN ({})", status_now_sql(e), in_service_sql())
}

/// SQL of the two columns (status, date) of the change of `pegawai {e}`
/// still ahead of `day`, both NULL when none is. The caller drops a change
/// whose status equals the one in effect (see `scheduled_from`).
pub(crate) fn scheduled_sql(e: &str, day: &str) -> String {
    format!(
        "CASE WHEN {e}.tanggal_status > {day} THEN {e}.status END, \
         CASE WHEN {e}.tanggal_status > {day} THEN {e}.tanggal_status END"
    )
}

/// The change still ahead from the columns of [`scheduled_sql`] at `idx` and
/// `idx + 1`, given the status in effect.
pub(crate) fn scheduled_from(
    row: &Row,
    idx: usize,
    now: EmployeeStatus,
) -> rusqlite::Result<Option<ScheduledStatus>> {
    let status = opt_code(row, idx, EmployeeStatus::from_code)?;
    let date: Option<String> = row.get(idx + 1)?;
    Ok(match (status, date) {
        (Some(status), Some(date)) if status != now => Some(ScheduledStatus { status, date }),
        _ => None,
    })
}

/// SQL list of the enrollment statuses that earn JP (LULUS, SELESAI).
pub(crate) fn completed_sql() -> String {
    sql_list(
        EnrollmentStatus::ALL
            .iter()
            .filter(|s| s.is_completed())
            .map(|s| s.as_code()),
    )
}

pub(crate) fn sql_list<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    codes
        .map(|c| format!("'{c}'"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Rank of a position for sorting: JPT first, then administrator, pengawas,
/// functional positions (keahlian before keterampilan), pelaksana last.
pub fn position_rank(kind: PositionKind) -> u8 {
    match kind {
        PositionKind::JptUtama => 1,
        PositionKind::JptMadya => 2,
        PositionKind::JptPratama => 3,
        PositionKind::Administrator => 4,
        PositionKind::Pengawas => 5,
        PositionKind::JfKeahlian => 6,
        PositionKind::JfKeterampilan => 7,
        PositionKind::Pelaksana => 8,
    }
}

/// `ORDER BY` terms ranking the position of `e` (a `pegawai` alias): kind, then
/// jenjang (Ahli Utama … Pemula, in the order of `JfLevel::ALL`).
pub(crate) fn position_order_sql() -> String {
    let kinds: String = PositionKind::ALL
        .iter()
        .map(|k| format!(" WHEN '{}' THEN {}", k.as_code(), position_rank(*k)))
        .collect();
    let levels: String = JfLevel::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| format!(" WHEN '{}' THEN {}", l.as_code(), i + 1))
        .collect();
    format!("CASE e.jenis_jabatan{kinds} ELSE 99 END, CASE e.jenjang_jf{levels} ELSE 99 END")
}

/// SQL of the short unit name of `u` (singkatan, or nama when there is none).
pub(crate) const UNIT_SHORT_SQL: &str =
    "CASE WHEN trim(u.singkatan) <> '' THEN u.singkatan ELSE u.nama END";

/// Name with degrees: "Dr. Rahmi Safitri, S.E., M.Si."; empty parts leave no
/// stray space or comma.
pub fn full_name(front: &str, name: &str, back: &str) -> String {
    let (front, name, back) = (front.trim(), name.trim(), back.trim());
    let mut s = String::with_capacity(front.len() + name.len() + back.len() + 3);
    if !front.is_empty() {
        s.push_str(front);
        s.push(' ');
    }
    s.push_str(name);
    if !back.is_empty() {
        s.push_str(", ");
        s.push_str(back);
    }
    s
}

/// Reads a code column into its enum; an unknown code is a conversion error.
pub(crate) fn code<T>(row: &Row, idx: usize, from: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    let s = row.get_ref(idx)?.as_str()?;
    from(s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            Type::Text,
            format!("unknown code '{s}'").into(),
        )
    })
}

/// Reads a nullable code column.
pub(crate) fn opt_code<T>(
    row: &Row,
    idx: usize,
    from: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    match row.get_ref(idx)?.as_str_or_null()? {
        None => Ok(None),
        Some(s) => from(s).map(Some).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                idx,
                Type::Text,
                format!("unknown code '{s}'").into(),
            )
        }),
    }
}

/// Reads a competency level (1–5) column.
pub(crate) fn level(row: &Row, idx: usize) -> rusqlite::Result<Option<u8>> {
    let v: Option<i64> = row.get(idx)?;
    Ok(v.map(|n| n.clamp(0, u8::MAX as i64) as u8))
}

/// Bounds `[from, to)` of the ISO dates of a calendar year.
pub(crate) fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{:04}-01-01", year + 1))
}

/// CTE `std(pegawai_id, kompetensi_id, level_standar, rn)`: the standard rows that
/// apply to each employee of `employee_filter` (a condition on `e`); `rn = 1` is
/// the most specific one per competency: a row naming the employee's title
/// (case-insensitive) beats a general row (nama_jabatan = ''), a row for the
/// employee's jenjang beats one for every jenjang ('').
///
/// Which rows apply depends on the position alone (kind, jenjang, title), so
/// they are ranked once per distinct position (a few hundred) and then given
/// to its holders; ranking them per employee sorted a million rows on
/// 100,000 employees. Also defines `std_emp`, `std_pos` and `std_lvl`.
pub(crate) fn standards_cte(employee_filter: &str) -> String {
    format!(
        "std_emp AS MATERIALIZED (
    SELECT e.id AS pegawai_id, e.jenis_jabatan, COALESCE(e.jenjang_jf, '') AS jenjang,
           lower(trim(e.nama_jabatan)) AS jabatan
    FROM pegawai e
    WHERE {employee_filter}
),
std_pos AS MATERIALIZED (
    SELECT DISTINCT jenis_jabatan, jenjang, jabatan FROM std_emp
),
std_lvl AS MATERIALIZED (
    SELECT p.jenis_jabatan, p.jenjang, p.jabatan, s.kompetensi_id, s.level_standar,
           ROW_NUMBER() OVER (PARTITION BY p.jenis_jabatan, p.jenjang, p.jabatan, s.kompetensi_id
               ORDER BY (s.nama_jabatan <> '') DESC, (s.jenjang_jf <> '') DESC, s.id) AS rn
    FROM std_pos p
    JOIN standar_kompetensi s ON s.jenis_jabatan = p.jenis_jabatan
     AND (s.jenjang_jf = '' OR s.jenjang_jf = p.jenjang)
     AND (s.nama_jabatan = '' OR lower(trim(s.nama_jabatan)) = p.jabatan)
),
std AS (
    SELECT se.pegawai_id, l.kompetensi_id, l.level_standar, l.rn
    FROM std_emp se
    JOIN std_lvl l ON l.jenis_jabatan = se.jenis_jabatan AND l.jenjang = se.jenjang
     AND l.jabatan = se.jabatan
)"
    )
}

/// CTE `act(pegawai_id, kompetensi_id, level_aktual, tanggal, rn)`: the latest
/// assessment by (tanggal, id) per employee and competency of `filter` (a
/// condition on `a`, naming `pegawai_id` or `kompetensi_id`), from
/// `penilaian_terakhir` (V14, kept in step with the history by triggers);
/// `rn` is always 1.
pub(crate) fn assessments_cte(filter: &str) -> String {
    format!(
        "act AS (
    SELECT a.pegawai_id, a.kompetensi_id, a.level_aktual, a.tanggal, 1 AS rn
    FROM penilaian_terakhir a
    WHERE {filter}
)"
    )
}

// ---------------------------------------------------------------- list

/// The list in its order, unit by unit: the units are walked in tree order
/// (`ut`, a few thousand rows at most) and each unit's employees are found
/// by the `pegawai_unit` index and sorted among themselves, so SQLite hands
/// out the first rows before it has read the rest (the screen shows them
/// while the others load). The JP of the year is looked up per employee.
static LIST_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE},
ut AS MATERIALIZED (SELECT id, path FROM unit_tree ORDER BY path)
SELECT {columns}
FROM ut t
CROSS JOIN pegawai e ON e.unit_kerja_id = t.id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
WHERE ?3 OR {in_service}
ORDER BY t.path, {rank}, e.nama COLLATE NOCASE, e.nip",
        columns = list_columns(),
        in_service = in_service_now_sql("e"),
        rank = position_order_sql(),
    )
});

/// The columns of a row of the employee list (`?1`/`?2`: the year's bounds).
fn list_columns() -> String {
    format!(
        "e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, COALESCE(e.golongan, ''), e.nama_jabatan,
       {UNIT_SHORT_SQL}, COALESCE((SELECT SUM(pp.jp_diakui)
            FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
            WHERE pp.pegawai_id = e.id AND {credited}
              AND p.tanggal_selesai >= ?1 AND p.tanggal_selesai < ?2), 0),
       {status}, e.jenis_asn, {scheduled}",
        credited = super::jp::credited_sql("pp", "p"),
        status = status_now_sql("e"),
        scheduled = scheduled_sql("e", TODAY_SQL),
    )
}

/// One row of [`list_columns`].
fn row_of(r: &Row) -> rusqlite::Result<EmployeeRow> {
    let status = code(r, 9, EmployeeStatus::from_code)?;
    let name = full_name(
        r.get_ref(2)?.as_str()?,
        r.get_ref(3)?.as_str()?,
        r.get_ref(4)?.as_str()?,
    );
    let mut row = EmployeeRow::new(r.get(0)?, r.get_ref(1)?.as_str()?, &name);
    row.golongan = Sym::new(r.get_ref(5)?.as_str()?);
    row.position = Sym::new(r.get_ref(6)?.as_str()?);
    row.unit = Sym::new(r.get_ref(7)?.as_str()?);
    row.jp_year = r.get(8)?;
    row.status = status;
    row.asn_kind = code(r, 10, AsnKind::from_code)?;
    row.scheduled = scheduled_from(r, 11, status)?.map(Box::new);
    Ok(row)
}

/// The rows of the employee list for `ids` (another session saved: the rows
/// on screen are read again, not 100,000), in no particular order; an id
/// that no longer exists is left out.
pub fn list_rows(conn: &Connection, year: i32, ids: &[i64]) -> rusqlite::Result<Vec<EmployeeRow>> {
    let (from, to) = year_bounds(year);
    let mut stmt = conn.prepare_cached(&ROWS_SQL)?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let mut rows = stmt.query(params![from, to, id])?;
        if let Some(r) = rows.next()? {
            out.push(row_of(r)?);
        }
    }
    Ok(out)
}

/// `ids` (a few employees) in the employee list's order (unit tree, position
/// rank, name, NIP), whatever their status; an id that no longer exists is
/// left out. After a save, `[before, saved, after]` coming back unchanged
/// says the saved row kept its place between its neighbours, so a list of
/// 100,000 need not be read again to show it.
pub fn in_list_order(conn: &Connection, ids: &[i64]) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached(&ORDER_SQL)?;
    let ids = ids
        .iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let out = stmt
        .query_map([format!("[{ids}]")], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(out)
}

/// The order of [`LIST_SQL`] for the employees named in `?1` (a JSON array).
static ORDER_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.id
FROM json_each(?1) j
JOIN pegawai e ON e.id = j.value
JOIN unit_tree t ON t.id = e.unit_kerja_id
ORDER BY t.path, {rank}, e.nama COLLATE NOCASE, e.nip",
        rank = position_order_sql(),
    )
});

/// The employee list's columns for one employee (`?3`).
static ROWS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {LIST_COLUMNS}
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
WHERE e.id = ?3",
        LIST_COLUMNS = list_columns(),
    )
});

/// The employee list: in unit order, then position rank, then name. `jp_year` is
/// the JP credited for completed participation in trainings that ended in
/// `year`. Without `include_inactive` only employees in service are listed.
/// Status and "in service" are as of the reference date: someone whose
/// pension is scheduled stays listed, with the change in `scheduled`.
pub fn list(
    conn: &Connection,
    year: i32,
    include_inactive: bool,
) -> rusqlite::Result<Vec<EmployeeRow>> {
    list_in_parts(conn, year, include_inactive, usize::MAX, |_| {})
}

/// [`list`], handing the first `head` rows to `first` as soon as they are
/// read (once, and only when the list has more rows than that), then
/// returning the whole list.
pub fn list_in_parts(
    conn: &Connection,
    year: i32,
    include_inactive: bool,
    head: usize,
    mut first: impl FnMut(&[EmployeeRow]),
) -> rusqlite::Result<Vec<EmployeeRow>> {
    let (from, to) = year_bounds(year);
    let mut stmt = conn.prepare_cached(&LIST_SQL)?;
    // Room for everyone at once: growing by doubling would hold the old and
    // the new buffer together, a third more memory at the peak.
    let everyone: i64 = conn.query_row("SELECT count(*) FROM pegawai", [], |r| r.get(0))?;
    let mut rows = stmt.query(params![from, to, include_inactive])?;
    let mut out = Vec::with_capacity(usize::try_from(everyone).unwrap_or(0));
    while let Some(r) = rows.next()? {
        out.push(row_of(r)?);
        if out.len() == head {
            first(&out);
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------- detail

static DETAIL_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT e.id, e.nip, e.nik, e.gelar_depan, e.nama, e.gelar_belakang, e.jenis_kelamin, e.tempat_lahir,
       e.tanggal_lahir, e.jenis_asn, e.golongan, COALESCE(g.pangkat, ''), e.pendidikan_terakhir,
       e.program_studi, e.jenis_jabatan, e.jenjang_jf, e.nama_jabatan, u.nama, e.tmt_pengangkatan,
       e.tmt_jabatan, {status}, e.email, e.telepon, e.version, {scheduled}, e.tmt_golongan
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN golongan g ON g.kode = e.golongan
WHERE e.id = ?1",
        status = status_now_sql("e"),
        scheduled = scheduled_sql("e", TODAY_SQL),
    )
});

/// Everything the detail view shows about one employee, or `None` when no
/// employee has this id.
///
/// Orders: competencies by code; trainings newest start first; JP per year
/// newest year first; evaluations by year (newest first), then period kind
/// (TAHUNAN, SEMESTER, TRIWULAN, BULANAN), then period number (latest first);
/// interns running now first, then newest start first.
pub fn detail(conn: &Connection, id: i64) -> rusqlite::Result<Option<EmployeeDetail>> {
    let mut stmt = conn.prepare_cached(&DETAIL_SQL)?;
    let head = stmt
        .query_row([id], |r| {
            let status = code(r, 20, EmployeeStatus::from_code)?;
            Ok(EmployeeDetail {
                id: r.get(0)?,
                nip: r.get(1)?,
                nik: r.get(2)?,
                name: full_name(
                    r.get_ref(3)?.as_str()?,
                    r.get_ref(4)?.as_str()?,
                    r.get_ref(5)?.as_str()?,
                ),
                gender: code(r, 6, Gender::from_code)?,
                birth_place: r.get(7)?,
                birth_date: r.get(8)?,
                asn_kind: code(r, 9, AsnKind::from_code)?,
                golongan: r.get(10)?,
                pangkat: r.get(11)?,
                tmt_golongan: r.get(26)?,
                education: opt_code(r, 12, Education::from_code)?,
                study_program: r.get(13)?,
                position_kind: code(r, 14, PositionKind::from_code)?,
                jf_level: opt_code(r, 15, JfLevel::from_code)?,
                position: r.get(16)?,
                unit: r.get(17)?,
                tmt_appointment: r.get(18)?,
                tmt_position: r.get(19)?,
                status,
                scheduled: scheduled_from(r, 24, status)?,
                email: r.get(21)?,
                phone: r.get(22)?,
                version: r.get(23)?,
                competencies: Vec::new(),
                trainings: Vec::new(),
                jp_per_year: Vec::new(),
                evaluations: Vec::new(),
                interns: Vec::new(),
                status_history: Vec::new(),
                assessments: Vec::new(),
            })
        })
        .optional()?;
    let Some(mut d) = head else { return Ok(None) };
    d.competencies = competencies(conn, id)?;
    d.trainings = trainings(conn, id)?;
    d.jp_per_year = jp_per_year(conn, id)?;
    d.evaluations = evaluations(conn, id)?;
    d.interns = interns(conn, id)?;
    d.status_history = super::employees_write::status_history(conn, id)?;
    d.assessments = assessments(conn, id)?;
    Ok(Some(d))
}

static COMPETENCY_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "WITH {std}, {act}
SELECT k.kode, k.nama, k.jenis, std.level_standar, act.level_aktual, act.tanggal
FROM kompetensi k
LEFT JOIN std ON std.kompetensi_id = k.id AND std.rn = 1
LEFT JOIN act ON act.kompetensi_id = k.id AND act.rn = 1
WHERE std.kompetensi_id IS NOT NULL OR act.kompetensi_id IS NOT NULL
ORDER BY k.kode",
        std = standards_cte("e.id = ?1"),
        act = assessments_cte("a.pegawai_id = ?1"),
    )
});

/// Standard vs latest actual level, for every competency the employee has a
/// standard for or was assessed on, by competency code.
pub fn competencies(conn: &Connection, id: i64) -> rusqlite::Result<Vec<CompetencyGap>> {
    let mut stmt = conn.prepare_cached(&COMPETENCY_SQL)?;
    let rows = stmt.query_map([id], |r| {
        Ok(CompetencyGap {
            code: r.get(0)?,
            name: r.get(1)?,
            kind: code(r, 2, CompetencyKind::from_code)?,
            standard: level(r, 3)?,
            actual: level(r, 4)?,
            assessed_on: r.get(5)?,
        })
    })?;
    rows.collect()
}

static TRAININGS_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT p.kode, p.nama, p.tanggal_mulai, p.tanggal_selesai, {jp}, pp.status,
                CASE WHEN {credited} THEN pp.jp_diakui ELSE 0 END
         FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
         WHERE pp.pegawai_id = ?1
         ORDER BY p.tanggal_mulai DESC, p.tanggal_selesai DESC, p.id DESC",
        jp = super::jp::activity_jp_sql("p"),
        credited = super::jp::credited_sql("pp", "p"),
    )
});

/// The trainings of employee `id`, newest first: the training's JP (from its
/// minutes where it has them) and the JP credited by the JP rule.
fn trainings(conn: &Connection, id: i64) -> rusqlite::Result<Vec<TrainingHistoryRow>> {
    let mut stmt = conn.prepare_cached(&TRAININGS_SQL)?;
    let rows = stmt.query_map([id], |r| {
        Ok(TrainingHistoryRow {
            code: r.get(0)?,
            name: r.get(1)?,
            start: r.get(2)?,
            end: r.get(3)?,
            jp: r.get(4)?,
            status: code(r, 5, EnrollmentStatus::from_code)?,
            jp_credited: r.get(6)?,
        })
    })?;
    rows.collect()
}

static JP_PER_YEAR_SQL: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT CAST(substr(p.tanggal_selesai, 1, 4) AS INTEGER) AS y, SUM(pp.jp_diakui)
         FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
         WHERE pp.pegawai_id = ?1 AND {}
         GROUP BY y ORDER BY y DESC",
        super::jp::credited_sql("pp", "p")
    )
});

/// Σ JP credited per year to employee `id` (the detail's JP per year; the
/// recommendations count the JP still missing from it).
pub(crate) fn jp_per_year(conn: &Connection, id: i64) -> rusqlite::Result<Vec<(i32, f64)>> {
    let mut stmt = conn.prepare_cached(&JP_PER_YEAR_SQL)?;
    let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

fn evaluations(conn: &Connection, id: i64) -> rusqlite::Result<Vec<EvaluationBrief>> {
    let mut stmt = conn.prepare_cached(
        "SELECT tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat
         FROM evaluasi_kinerja WHERE pegawai_id = ?1
         ORDER BY tahun DESC,
                  CASE jenis_periode WHEN 'TAHUNAN' THEN 0 WHEN 'SEMESTER' THEN 1 WHEN 'TRIWULAN' THEN 2 ELSE 3 END,
                  periode_ke DESC",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(EvaluationBrief {
            year: r.get(0)?,
            period_kind: code(r, 1, PeriodKind::from_code)?,
            period_no: r.get(2)?,
            work_result: code(r, 3, Rating::from_code)?,
            behaviour: code(r, 4, Rating::from_code)?,
            predicate: code(r, 5, Predicate::from_code)?,
        })
    })?;
    rows.collect()
}

fn interns(conn: &Connection, id: i64) -> rusqlite::Result<Vec<InternBrief>> {
    let partner = super::partners::partner_name_on_sql("p", "m.tanggal_mulai", true);
    let sql = format!(
        "SELECT m.nim, m.nama, {partner}, m.tanggal_mulai, m.tanggal_selesai, m.status,
                m.status = 'BERJALAN' OR (m.status = 'DITERIMA' AND m.tanggal_mulai <= {TODAY_SQL})
                    AS current
         FROM magang m JOIN mitra p ON p.id = m.mitra_id
         WHERE m.pembimbing_lapangan_id = ?1
         ORDER BY current DESC, m.tanggal_mulai DESC, m.id DESC"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([id], |r| {
        Ok(InternBrief {
            nim: r.get(0)?,
            name: r.get(1)?,
            partner: r.get(2)?,
            start: r.get(3)?,
            end: r.get(4)?,
            status: code(r, 5, InternStatus::from_code)?,
            current: r.get(6)?,
        })
    })?;
    rows.collect()
}

/// Every competency assessment of the employee, newest first (history kept).
fn assessments(conn: &Connection, id: i64) -> rusqlite::Result<Vec<AssessmentBrief>> {
    let mut stmt = conn.prepare_cached(
        "SELECT a.tanggal, k.kode, k.nama, a.level_aktual, a.metode, a.penilai
         FROM penilaian_kompetensi a JOIN kompetensi k ON k.id = a.kompetensi_id
         WHERE a.pegawai_id = ?1
         ORDER BY a.tanggal DESC, a.id DESC",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(AssessmentBrief {
            date: r.get(0)?,
            code: r.get(1)?,
            name: r.get(2)?,
            level: r.get(3)?,
            method: code(r, 4, AssessmentMethod::from_code)?,
            assessor: r.get(5)?,
        })
    })?;
    rows.collect()
}

/// Employees (any status) whose name — ignoring case, surrounding spaces and
/// degrees — and birth date are `name` and `birth_date` (ISO): (NIP, name
/// with degrees, short unit name), by NIP. A second entry of one person is
/// the usual reason, two people alike the rare one.
pub fn namesakes(
    conn: &Connection,
    name: &str,
    birth_date: &str,
) -> rusqlite::Result<Vec<(String, String, String)>> {
    let sql = format!(
        "SELECT e.nip, e.gelar_depan, e.nama, e.gelar_belakang, {UNIT_SHORT_SQL}
         FROM pegawai e JOIN unit_kerja u ON u.id = e.unit_kerja_id
         WHERE e.tanggal_lahir = ?2 AND lower(trim(e.nama)) = lower(trim(?1))
         ORDER BY e.nip"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![name, birth_date], |r| {
        Ok((
            r.get(0)?,
            full_name(
                r.get_ref(1)?.as_str()?,
                r.get_ref(2)?.as_str()?,
                r.get_ref(3)?.as_str()?,
            ),
            r.get(4)?,
        ))
    })?;
    rows.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_name_leaves_no_stray_separators() {
        assert_eq!(
            full_name("Dr.", "Rahmi Safitri", "S.E., M.Si."),
            "Dr. Rahmi Safitri, S.E., M.Si."
        );
        assert_eq!(full_name("", "Rahmi", ""), "Rahmi");
        assert_eq!(full_name(" ", "Rahmi", "S.T."), "Rahmi, S.T.");
        assert_eq!(full_name("Ir.", "Rahmi", "  "), "Ir. Rahmi");
    }

    #[test]
    fn every_position_kind_has_a_distinct_rank_with_pelaksana_last() {
        let mut ranks: Vec<u8> = PositionKind::ALL
            .iter()
            .map(|k| position_rank(*k))
            .collect();
        ranks.sort();
        ranks.dedup();
        assert_eq!(ranks.len(), PositionKind::ALL.len());
        assert_eq!(
            position_rank(PositionKind::Pelaksana),
            *ranks.last().unwrap()
        );
        assert_eq!(position_rank(PositionKind::JptUtama), ranks[0]);
    }

    #[test]
    fn the_shared_queries_prepare_on_the_real_schema() {
        let conn = crate::db::open_in_memory().unwrap();
        assert!(list(&conn, 2024, true).unwrap().is_empty());
        assert!(detail(&conn, 1).unwrap().is_none());
    }
}
