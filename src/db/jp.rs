//! The JP rule in SQL, written once: which participation credits JP and in
//! which year, who owes JP for a year, and each person's target. The
//! employee list and detail, Monitoring and `rekap-jp` all read through these
//! pieces, so they cannot disagree (domain.md §2.1; `domain::jp` is the same
//! rule in Rust).

use super::employees::{TODAY_SQL, code, completed_sql, in_service_sql, sql_list, status_on_sql};
use crate::domain::enums::{AsnKind, TrainingStatus};
use crate::domain::jp::{Activity, DEFAULT_MINUTES_PER_JP, JpTargets, status_can_credit};
use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};

/// SQL list of the training statuses whose participants may hold credited
/// JP once the end date has come (BERJALAN, SELESAI).
pub(crate) fn crediting_statuses_sql() -> String {
    sql_list(
        TrainingStatus::ALL
            .iter()
            .filter(|s| status_can_credit(**s))
            .map(|s| s.as_code()),
    )
}

/// Condition: participation `pp` (a `peserta_pelatihan` alias) in training
/// `p` (its `pelatihan`) credits its `jp_diakui` — completed (LULUS,
/// SELESAI) in a training that ran (BERJALAN, SELESAI) and ended on or before
/// the reference date. The schema refuses any other credited row (V7); this
/// keeps a row written by another tool out of every sum (`peka check`
/// reports it).
pub(crate) fn credited_sql(pp: &str, p: &str) -> String {
    format!(
        "({pp}.status IN ({}) AND {p}.status IN ({}) AND {p}.tanggal_selesai <= {TODAY_SQL})",
        completed_sql(),
        crediting_statuses_sql()
    )
}

/// SQL of the `menit_per_jp` setting as `Settings::load` reads it: a whole
/// number above zero, else the default.
pub(crate) fn minutes_per_jp_sql() -> String {
    format!(
        "COALESCE((SELECT CAST(trim(nilai) AS INTEGER) FROM pengaturan \
         WHERE kunci = 'menit_per_jp' AND trim(nilai) <> '' AND trim(nilai) NOT GLOB '*[^0-9]*' \
         AND CAST(trim(nilai) AS INTEGER) > 0), {DEFAULT_MINUTES_PER_JP})"
    )
}

/// SQL of the JP of training `p` (`domain::jp::activity_jp`): from its
/// minutes by `menit_per_jp` when it is measured in minutes, else its
/// `jumlah_jp`.
pub(crate) fn activity_jp_sql(p: &str) -> String {
    format!(
        "(CASE WHEN {p}.durasi_menit > 0 THEN round({p}.durasi_menit * 1.0 / {}, 2) ELSE {p}.jumlah_jp END)",
        minutes_per_jp_sql()
    )
}

/// CTE `jp(pegawai_id, jp)`: JP credited per employee in the year whose
/// bounds are bound as `?1` (first day) and `?2` (first day of the next
/// year): credited participation (`credited_sql`) in trainings that ended in
/// that year — a training spanning New Year counts in the year it ended.
///
/// The trainings of the year are found first and their participants read
/// from the covering index `peserta_pelatihan_jp` (V14); starting from the
/// participants read every enrolment of every year (half a million on
/// 100,000 employees) and looked its training up. `CROSS JOIN` keeps that
/// order.
pub(crate) fn jp_of_year_cte() -> String {
    format!(
        "jp AS (
    SELECT pp.pegawai_id, SUM(pp.jp_diakui) AS jp
    FROM pelatihan p CROSS JOIN peserta_pelatihan pp ON pp.pelatihan_id = p.id
    WHERE {} AND p.tanggal_selesai >= ?1 AND p.tanggal_selesai < ?2
    GROUP BY pp.pegawai_id
)",
        credited_sql("pp", "p")
    )
}

/// Condition on `pegawai e`: who owes JP for the year bound as `?1`/`?2` —
/// the people who served during it: appointed before it ended (TMT before
/// `?2`), and in service on at least one of its days (in service on its
/// first day by the status in effect then, or a change back into service
/// dated within it). Someone who retired in June owes that year's JP;
/// someone whose pension took effect on 1 January does not; someone
/// appointed the next year does not. Used by `rekap-jp` and by Monitoring's
/// compliance alike.
pub(crate) fn served_in_year_sql() -> String {
    let in_service = in_service_sql();
    format!(
        "((e.tmt_pengangkatan IS NULL OR e.tmt_pengangkatan < ?2) \
         AND ({on_first} IN ({in_service}) \
              OR EXISTS (SELECT 1 FROM riwayat_status r WHERE r.pegawai_id = e.id \
                         AND r.tanggal_mulai >= ?1 AND r.tanggal_mulai < ?2 \
                         AND r.status IN ({in_service}))))",
        on_first = status_on_sql("e", "?1"),
    )
}

/// CTE `target(jenis_asn, target)`: the yearly target of each kind of ASN,
/// bound as `?{first}` … `?{first + 3}` in the order of [`target_params`].
pub(crate) fn targets_cte(first: usize) -> String {
    let rows: Vec<String> = AsnKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| format!("('{}', ?{})", k.as_code(), first + i))
        .collect();
    format!("target(jenis_asn, target) AS (VALUES {})", rows.join(", "))
}

/// The values [`targets_cte`] binds, in `AsnKind::ALL` order.
pub(crate) fn target_params(targets: &JpTargets) -> Vec<f64> {
    AsnKind::ALL.iter().map(|k| targets.of(*k)).collect()
}

/// The training `id` as the JP rule sees it (status, end date, JP and
/// minutes), `None` when there is no such training. With the settings'
/// `minutes_per_jp` and the reference date, `Activity::credit` gives the JP
/// a participant earns — the default of the JP typed in a results row.
pub fn activity(conn: &Connection, id: i64) -> rusqlite::Result<Option<Activity>> {
    conn.query_row(
        "SELECT status, tanggal_selesai, jumlah_jp, durasi_menit FROM pelatihan WHERE id = ?1",
        [id],
        |r| {
            let end: String = r.get(1)?;
            let minutes: Option<i64> = r.get(3)?;
            Ok(Activity {
                status: code(r, 0, TrainingStatus::from_code)?,
                end: NaiveDate::parse_from_str(&end, "%Y-%m-%d").map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        1,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?,
                jp: r.get(2)?,
                minutes: minutes.and_then(|m| u32::try_from(m).ok()),
            })
        },
    )
    .optional()
}
