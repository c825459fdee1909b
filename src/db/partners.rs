//! Partnerships: partners, agreements (MoU / PKS) and student internships.

use super::employees::{UNIT_SHORT_SQL, code};
use super::model::{AgreementRow, InternshipRow, PartnerRow};
use crate::domain::enums::*;
use rusqlite::Connection;

/// The partner as lists show it: its short name (Unimal, PNL…) when it has one.
const PARTNER_SHORT_SQL: &str = "CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END";

/// The partner `m`'s name as it was on `date` (an SQL date expression): the
/// former name held then (`mitra_nama_lama`: each held until the day before
/// its `berlaku_sampai`), else today's. `short` gives the short name when
/// there is one (Unimal, IAIN Lhokseumawe…), as lists show it.
pub(crate) fn partner_name_on_sql(m: &str, date: &str, short: bool) -> String {
    let (old, now) = if short {
        (
            "CASE WHEN l.singkatan <> '' THEN l.singkatan ELSE l.nama END".to_string(),
            format!("CASE WHEN {m}.singkatan <> '' THEN {m}.singkatan ELSE {m}.nama END"),
        )
    } else {
        ("l.nama".to_string(), format!("{m}.nama"))
    };
    format!(
        "COALESCE((SELECT {old} FROM mitra_nama_lama l
                   WHERE l.mitra_id = {m}.id AND l.berlaku_sampai > {date}
                   ORDER BY l.berlaku_sampai LIMIT 1), {now})"
    )
}

/// Partners by name, with their number of agreements and of internships.
pub fn list_partners(conn: &Connection) -> rusqlite::Result<Vec<PartnerRow>> {
    partners_where(conn, "1", &[])
}

/// The partners that meet `cond` (SQL over `m`, the partner), by name.
fn partners_where(
    conn: &Connection,
    cond: &str,
    params: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<Vec<PartnerRow>> {
    let sql = format!(
        "SELECT m.id, m.nama, m.singkatan, m.jenis, m.narahubung, m.telepon,
                (SELECT COUNT(*) FROM kerja_sama k WHERE k.mitra_id = m.id),
                (SELECT COUNT(*) FROM magang g WHERE g.mitra_id = m.id), m.version
         FROM mitra m
         WHERE {cond}
         ORDER BY m.nama COLLATE NOCASE, m.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, |r| {
        Ok(PartnerRow {
            id: r.get(0)?,
            name: r.get(1)?,
            short: r.get(2)?,
            kind: code(r, 3, PartnerKind::from_code)?,
            contact: r.get(4)?,
            phone: r.get(5)?,
            agreements: r.get(6)?,
            interns: r.get(7)?,
            version: r.get(8)?,
        })
    })?;
    rows.collect()
}

/// The `ORDER BY` of agreements, shared with the export: grouped under their
/// MoU — groups by the partner of the MoU (name), then the MoU's start date;
/// inside a group the MoU first, then its PKS by start date. A PKS without a
/// MoU forms its own group. Needs the aliases `k` (the agreement), `h` (its
/// MoU, LEFT JOIN) and `hm` (the MoU's partner, LEFT JOIN) and `m` (the partner).
pub(crate) const AGREEMENT_ORDER_SQL: &str = "\
COALESCE(hm.nama, m.nama) COLLATE NOCASE, COALESCE(h.tanggal_mulai, k.tanggal_mulai),
COALESCE(k.induk_id, k.id), k.induk_id IS NOT NULL, k.tanggal_mulai, k.nomor_pemko";

/// Every agreement, MoU followed by its PKS (see `AGREEMENT_ORDER_SQL`), the
/// partner named as on the signing date (IAIN Lhokseumawe before May 2025).
/// The validity status is computed by the caller with `domain::agreement`.
pub fn list_agreements(conn: &Connection) -> rusqlite::Result<Vec<AgreementRow>> {
    agreements_where(conn, "1", &[])
}

/// The agreements that meet `cond` (SQL over the aliases of
/// `AGREEMENT_ORDER_SQL`, `?1`… bound to `params`), in list order.
pub(crate) fn agreements_where(
    conn: &Connection,
    cond: &str,
    params: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<Vec<AgreementRow>> {
    let partner = partner_name_on_sql(
        "m",
        "COALESCE(k.tanggal_tanda_tangan, k.tanggal_mulai)",
        true,
    );
    let sql = format!(
        "SELECT k.id, k.nomor_pemko, {partner}, k.jenis_dokumen, h.nomor_pemko, k.tentang,
                k.tanggal_mulai, k.tanggal_berakhir, k.status_dokumen, k.version
         FROM kerja_sama k
         JOIN mitra m ON m.id = k.mitra_id
         LEFT JOIN kerja_sama h ON h.id = k.induk_id
         LEFT JOIN mitra hm ON hm.id = h.mitra_id
         WHERE {cond}
         ORDER BY {AGREEMENT_ORDER_SQL}"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, |r| {
        Ok(AgreementRow {
            id: r.get(0)?,
            number: r.get(1)?,
            partner: r.get(2)?,
            doc: code(r, 3, AgreementDoc::from_code)?,
            parent_number: r.get(4)?,
            about: r.get(5)?,
            start: r.get(6)?,
            end: r.get(7)?,
            lifecycle: code(r, 8, AgreementLifecycle::from_code)?,
            version: r.get(9)?,
        })
    })?;
    rows.collect()
}

/// Student internships, newest start first. `unit` is the host unit's short
/// name; the mentor is the field mentor (pembimbing lapangan) when one is set.
pub fn list_internships(conn: &Connection) -> rusqlite::Result<Vec<InternshipRow>> {
    internships_where(conn, "1", &[])
}

/// The internships that meet `cond` (SQL over `g`, the internship, `m`, `u`
/// and `e`), newest start first.
pub(crate) fn internships_where(
    conn: &Connection,
    cond: &str,
    params: &[&dyn rusqlite::ToSql],
) -> rusqlite::Result<Vec<InternshipRow>> {
    let sql = format!(
        "SELECT g.id, g.nim, g.nama, {PARTNER_SHORT_SQL}, g.program_studi, {UNIT_SHORT_SQL}, e.nip,
                e.gelar_depan, e.nama, e.gelar_belakang, g.tanggal_mulai, g.tanggal_selesai,
                g.status, g.skema, g.version, g.unit_kerja_id
         FROM magang g
         JOIN mitra m ON m.id = g.mitra_id
         JOIN unit_kerja u ON u.id = g.unit_kerja_id
         LEFT JOIN pegawai e ON e.id = g.pembimbing_lapangan_id
         WHERE {cond}
         ORDER BY g.tanggal_mulai DESC, g.tanggal_selesai DESC, g.nama COLLATE NOCASE, g.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, |r| {
        let mentor_name = match r.get_ref(8)?.as_str_or_null()? {
            Some(name) => Some(super::employees::full_name(
                r.get_ref(7)?.as_str()?,
                name,
                r.get_ref(9)?.as_str()?,
            )),
            None => None,
        };
        Ok(InternshipRow {
            id: r.get(0)?,
            nim: r.get(1)?,
            name: r.get(2)?,
            partner: r.get(3)?,
            study_program: r.get(4)?,
            unit: r.get(5)?,
            unit_id: r.get(15)?,
            mentor_nip: r.get(6)?,
            mentor_name,
            start: r.get(10)?,
            end: r.get(11)?,
            status: code(r, 12, InternStatus::from_code)?,
            scheme: code(r, 13, InternScheme::from_code)?,
            version: r.get(14)?,
        })
    })?;
    rows.collect()
}

/// Partner `id` in full for its detail: the record, its former names, its
/// agreements (MoU then PKS, as the Perjanjian list orders them) and its
/// students' internships (newest first). `None` when there is no such partner.
pub fn detail(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<crate::db::model::PartnerDetail>> {
    use rusqlite::OptionalExtension;
    let Some(row) = partners_where(conn, "m.id = ?1", &[&id])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let (address, email, note) = conn
        .prepare_cached("SELECT alamat, email, catatan FROM mitra WHERE id = ?1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .unwrap_or_default();
    let former = conn
        .prepare_cached(
            "SELECT nama, berlaku_sampai FROM mitra_nama_lama
             WHERE mitra_id = ?1 ORDER BY berlaku_sampai",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
    Ok(Some(crate::db::model::PartnerDetail {
        row,
        address,
        email,
        note,
        former,
        agreements: agreements_where(conn, "k.mitra_id = ?1", &[&id])?,
        interns: internships_where(conn, "g.mitra_id = ?1", &[&id])?,
    }))
}

// ---------------------------------------------------------------- partner record

/// A partner as its form edits it (`jenis` as its code). Record kind, written
/// through `db::record`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartnerInput {
    pub nama: String,
    pub singkatan: String,
    pub jenis: String,
    pub alamat: String,
    pub narahubung: String,
    pub telepon: String,
    pub email: String,
    pub catatan: String,
}

impl super::record::Record for PartnerInput {
    const TABLE: &'static str = "mitra";
    const COLUMNS: &'static [&'static str] = &[
        "nama",
        "singkatan",
        "jenis",
        "alamat",
        "narahubung",
        "telepon",
        "email",
        "catatan",
    ];

    fn values(&self) -> Vec<rusqlite::types::Value> {
        [
            &self.nama,
            &self.singkatan,
            &self.jenis,
            &self.alamat,
            &self.narahubung,
            &self.telepon,
            &self.email,
            &self.catatan,
        ]
        .into_iter()
        .map(|s| rusqlite::types::Value::Text(s.trim().to_string()))
        .collect()
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(PartnerInput {
            nama: r.get(0)?,
            singkatan: r.get(1)?,
            jenis: r.get(2)?,
            alamat: r.get(3)?,
            narahubung: r.get(4)?,
            telepon: r.get(5)?,
            email: r.get(6)?,
            catatan: r.get(7)?,
        })
    }

    /// Names are unique ignoring case and surrounding spaces
    /// (`Constraint { "nama", Unique }`), said before the index would.
    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), super::write::WriteError> {
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM mitra
                 WHERE lower(trim(nama)) = lower(trim(?1)) AND (?2 IS NULL OR id <> ?2))",
            )?
            .query_row(rusqlite::params![self.nama, id], |r| r.get(0))?;
        if taken {
            return Err(super::write::WriteError::constraint(
                "nama",
                super::write::ConstraintKind::Unique,
            ));
        }
        Ok(())
    }

    /// Agreements and internships with the partner: it is never deleted
    /// while they exist.
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<super::record::Uses> {
        super::record::count_uses(
            tx,
            id,
            &[("kerja_sama", "mitra_id"), ("magang", "mitra_id")],
        )
    }
}
