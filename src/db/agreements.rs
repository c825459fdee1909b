//! Record kind: an agreement with a partner (issue 9 item 1, domain.md §6.1)
//! — a master agreement (Kesepakatan Bersama / MoU) or a PKS under one. A PKS
//! belongs to an MoU of the same partner and cannot outlive it; an MoU's dates
//! must keep covering its PKS; an agreement's dates and status must keep
//! covering the internships still under way beneath it. A renewal names the
//! agreement it renews, which is marked DIPERPANJANG in the same transaction.

use super::audit::{self, row_json};
use super::record::{Record, Uses, count_uses, must_exist, opt_text_value, text_value};
use super::rules::Rule;
use super::write::{Actor, ConstraintKind, WriteError};
use crate::domain::agreement::covers;
use crate::domain::dates::parse_iso;
use crate::domain::enums::{AgreementDoc, AgreementLifecycle, AuditAction};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params};

/// An agreement as its form edits it (codes for the enums, ISO dates).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementInput {
    pub mitra_id: i64,
    pub jenis_dokumen: String,
    pub induk_id: Option<i64>,
    pub nomor_pemko: String,
    pub nomor_mitra: String,
    pub tentang: String,
    pub ruang_lingkup: String,
    pub tanggal_tanda_tangan: Option<String>,
    pub tanggal_mulai: String,
    pub tanggal_berakhir: String,
    pub penandatangan_pemko: String,
    pub penandatangan_mitra: String,
    pub unit_pelaksana_id: Option<i64>,
    pub status_dokumen: String,
    pub catatan: String,
    pub diperpanjang_dari_id: Option<i64>,
}

fn opt_id(v: Option<i64>) -> Value {
    v.map_or(Value::Null, Value::Integer)
}

/// An agreement as the rules read it.
struct Stored {
    number: String,
    partner_id: i64,
    partner: String,
    doc: String,
    start: String,
    end: String,
}

fn stored(tx: &Connection, id: i64) -> rusqlite::Result<Option<Stored>> {
    tx.prepare_cached(
        "SELECT k.nomor_pemko, k.mitra_id,
                CASE WHEN m.singkatan <> '' THEN m.singkatan ELSE m.nama END,
                k.jenis_dokumen, k.tanggal_mulai, k.tanggal_berakhir
         FROM kerja_sama k JOIN mitra m ON m.id = k.mitra_id WHERE k.id = ?1",
    )?
    .query_row([id], |r| {
        Ok(Stored {
            number: r.get(0)?,
            partner_id: r.get(1)?,
            partner: r.get(2)?,
            doc: r.get(3)?,
            start: r.get(4)?,
            end: r.get(5)?,
        })
    })
    .optional()
}

impl AgreementInput {
    fn is_pks(&self) -> bool {
        self.jenis_dokumen == AgreementDoc::Pks.as_code()
    }

    /// A PKS: its MoU exists, is an MoU, is the same partner's, and holds the
    /// PKS's dates.
    fn check_parent(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        if !self.is_pks() {
            return if self.induk_id.is_some() {
                Err(WriteError::constraint("induk_id", ConstraintKind::Check))
            } else {
                Ok(())
            };
        }
        let Some(parent_id) = self.induk_id.filter(|p| Some(*p) != id) else {
            return Err(WriteError::rule("induk_id", Rule::PksNeedsMou));
        };
        let Some(parent) = stored(tx, parent_id)? else {
            return Err(WriteError::constraint(
                "induk_id",
                ConstraintKind::ForeignKey,
            ));
        };
        if parent.doc != AgreementDoc::Mou.as_code() {
            return Err(WriteError::rule(
                "induk_id",
                Rule::ParentNotMou {
                    number: parent.number,
                },
            ));
        }
        if parent.partner_id != self.mitra_id {
            return Err(WriteError::rule(
                "induk_id",
                Rule::ParentOtherPartner {
                    number: parent.number,
                    partner: parent.partner,
                },
            ));
        }
        let outside = |column| {
            WriteError::rule(
                column,
                Rule::PksOutsideMou {
                    number: parent.number.clone(),
                    start: parent.start.clone(),
                    end: parent.end.clone(),
                },
            )
        };
        if self.tanggal_mulai.as_str() < parent.start.as_str() {
            return Err(outside("tanggal_mulai"));
        }
        if self.tanggal_berakhir.as_str() > parent.end.as_str() {
            return Err(outside("tanggal_berakhir"));
        }
        Ok(())
    }

    /// An MoU being edited: the PKS under it stay within its dates (and it
    /// stays an MoU while it has any).
    fn check_children(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        let mut stmt = tx.prepare_cached(
            "SELECT nomor_pemko, tanggal_mulai, tanggal_berakhir FROM kerja_sama
             WHERE induk_id = ?1 AND (tanggal_mulai < ?2 OR tanggal_berakhir > ?3 OR ?4)
             ORDER BY tanggal_berakhir DESC LIMIT 1",
        )?;
        let pks: Option<(String, String, String)> = stmt
            .query_row(
                params![id, self.tanggal_mulai, self.tanggal_berakhir, self.is_pks()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        match pks {
            Some(_) if self.is_pks() => Err(WriteError::constraint(
                "jenis_dokumen",
                ConstraintKind::Check,
            )),
            Some((number, start, end)) => {
                let column = if start.as_str() < self.tanggal_mulai.as_str() {
                    "tanggal_mulai"
                } else {
                    "tanggal_berakhir"
                };
                Err(WriteError::rule(
                    column,
                    Rule::MouShorterThanPks { number, start, end },
                ))
            }
            None => Ok(()),
        }
    }

    /// The internships still under way beneath the agreement stay covered by
    /// its new dates and status, and stay with its partner.
    fn check_interns(&self, tx: &Connection, id: i64) -> Result<(), WriteError> {
        let lifecycle = AgreementLifecycle::from_code(&self.status_dokumen);
        let (Some(start), Some(end), Some(lifecycle)) = (
            parse_iso(&self.tanggal_mulai),
            parse_iso(&self.tanggal_berakhir),
            lifecycle,
        ) else {
            return Ok(());
        };
        let mut stmt = tx.prepare_cached(
            "SELECT nama, tanggal_mulai, tanggal_selesai, mitra_id FROM magang
             WHERE kerja_sama_id = ?1 AND status IN ('DIAJUKAN','DITERIMA','BERJALAN')
             ORDER BY tanggal_mulai, id",
        )?;
        let rows = stmt
            .query_map([id], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let stranded: Vec<&(String, String, String, i64)> = rows
            .iter()
            .filter(|(_, from, to, partner)| {
                *partner != self.mitra_id
                    || !matches!(
                        (parse_iso(from), parse_iso(to)),
                        (Some(f), Some(t)) if covers(lifecycle, start, end, f, t)
                    )
            })
            .collect();
        if let Some((name, from, to, _)) = stranded.first() {
            let column = if lifecycle == AgreementLifecycle::Ditandatangani
                || lifecycle == AgreementLifecycle::Diperpanjang
            {
                if from.as_str() < self.tanggal_mulai.as_str() {
                    "tanggal_mulai"
                } else {
                    "tanggal_berakhir"
                }
            } else {
                "status_dokumen"
            };
            return Err(WriteError::rule(
                column,
                Rule::AgreementStrandsInterns {
                    count: stranded.len() as i64,
                    name: name.clone(),
                    start: from.clone(),
                    end: to.clone(),
                },
            ));
        }
        Ok(())
    }

    /// A renewal: of an existing agreement of the same partner and kind, not
    /// renewed yet by another.
    fn check_renewal(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        let Some(old) = self.diperpanjang_dari_id else {
            return Ok(());
        };
        let Some(previous) = stored(tx, old)?.filter(|_| Some(old) != id) else {
            return Err(WriteError::constraint(
                "diperpanjang_dari_id",
                ConstraintKind::ForeignKey,
            ));
        };
        if previous.partner_id != self.mitra_id {
            return Err(WriteError::rule(
                "mitra_id",
                Rule::ParentOtherPartner {
                    number: previous.number,
                    partner: previous.partner,
                },
            ));
        }
        let other: Option<String> = tx
            .prepare_cached(
                "SELECT nomor_pemko FROM kerja_sama
                 WHERE diperpanjang_dari_id = ?1 AND (?2 IS NULL OR id <> ?2)",
            )?
            .query_row(params![old, id], |r| r.get(0))
            .optional()?;
        if let Some(number) = other {
            return Err(WriteError::rule(
                "diperpanjang_dari_id",
                Rule::AlreadyRenewed { number },
            ));
        }
        Ok(())
    }
}

impl Record for AgreementInput {
    const TABLE: &'static str = "kerja_sama";
    const COLUMNS: &'static [&'static str] = &[
        "mitra_id",
        "jenis_dokumen",
        "induk_id",
        "nomor_pemko",
        "nomor_mitra",
        "tentang",
        "ruang_lingkup",
        "tanggal_tanda_tangan",
        "tanggal_mulai",
        "tanggal_berakhir",
        "penandatangan_pemko",
        "penandatangan_mitra",
        "unit_pelaksana_id",
        "status_dokumen",
        "catatan",
        "diperpanjang_dari_id",
    ];

    fn values(&self) -> Vec<Value> {
        vec![
            Value::Integer(self.mitra_id),
            text_value(&self.jenis_dokumen),
            opt_id(self.induk_id.filter(|_| self.is_pks())),
            text_value(&self.nomor_pemko),
            text_value(&self.nomor_mitra),
            text_value(&self.tentang),
            text_value(&self.ruang_lingkup),
            opt_text_value(&self.tanggal_tanda_tangan),
            text_value(&self.tanggal_mulai),
            text_value(&self.tanggal_berakhir),
            text_value(&self.penandatangan_pemko),
            text_value(&self.penandatangan_mitra),
            opt_id(self.unit_pelaksana_id),
            text_value(&self.status_dokumen),
            text_value(&self.catatan),
            opt_id(self.diperpanjang_dari_id),
        ]
    }

    fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(AgreementInput {
            mitra_id: r.get(0)?,
            jenis_dokumen: r.get(1)?,
            induk_id: r.get(2)?,
            nomor_pemko: r.get(3)?,
            nomor_mitra: r.get(4)?,
            tentang: r.get(5)?,
            ruang_lingkup: r.get(6)?,
            tanggal_tanda_tangan: r.get(7)?,
            tanggal_mulai: r.get(8)?,
            tanggal_berakhir: r.get(9)?,
            penandatangan_pemko: r.get(10)?,
            penandatangan_mitra: r.get(11)?,
            unit_pelaksana_id: r.get(12)?,
            status_dokumen: r.get(13)?,
            catatan: r.get(14)?,
            diperpanjang_dari_id: r.get(15)?,
        })
    }

    fn check(&self, tx: &Connection, id: Option<i64>) -> Result<(), WriteError> {
        must_exist(
            tx,
            "SELECT 1 FROM mitra WHERE id = ?1",
            &self.mitra_id,
            "mitra_id",
        )?;
        if let Some(unit) = self.unit_pelaksana_id {
            must_exist(
                tx,
                "SELECT 1 FROM unit_kerja WHERE id = ?1",
                &unit,
                "unit_pelaksana_id",
            )?;
        }
        let taken: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM kerja_sama
                 WHERE lower(trim(nomor_pemko)) = lower(trim(?1)) AND (?2 IS NULL OR id <> ?2))",
            )?
            .query_row(params![self.nomor_pemko, id], |r| r.get(0))?;
        if taken {
            return Err(WriteError::constraint(
                "nomor_pemko",
                ConstraintKind::Unique,
            ));
        }
        if self.tanggal_berakhir < self.tanggal_mulai {
            return Err(WriteError::constraint(
                "tanggal_berakhir",
                ConstraintKind::Check,
            ));
        }
        self.check_parent(tx, id)?;
        self.check_renewal(tx, id)?;
        if let Some(id) = id {
            self.check_children(tx, id)?;
            self.check_interns(tx, id)?;
        }
        Ok(())
    }

    /// The PKS under it, the internships that run under it and its renewal.
    fn uses(tx: &Connection, id: i64) -> rusqlite::Result<Uses> {
        count_uses(
            tx,
            id,
            &[
                ("kerja_sama", "induk_id"),
                ("magang", "kerja_sama_id"),
                ("kerja_sama", "diperpanjang_dari_id"),
            ],
        )
    }

    /// A renewal marks the agreement it renews DIPERPANJANG (one audited
    /// change of that row, in the same transaction).
    fn after_insert(
        &self,
        tx: &Connection,
        _id: i64,
        actor: &Actor,
    ) -> Result<Option<(&'static str, serde_json::Value)>, WriteError> {
        let Some(old) = self.diperpanjang_dari_id else {
            return Ok(None);
        };
        let before = row_json(tx, Self::TABLE, old)?;
        tx.prepare_cached(
            "UPDATE kerja_sama SET status_dokumen = 'DIPERPANJANG', version = version + 1
             WHERE id = ?1 AND status_dokumen <> 'DIPERPANJANG'",
        )?
        .execute([old])?;
        let after = row_json(tx, Self::TABLE, old)?;
        if before != after {
            audit::append(
                tx,
                actor,
                Self::TABLE,
                old,
                AuditAction::Ubah,
                before,
                after,
            )?;
        }
        Ok(None)
    }
}

/// The values of a renewal of agreement `id`: the same partner, kind, MoU,
/// parties, scope and unit, dates moved forward (`domain::agreement::
/// renewal_dates`), numbers and signing date left to type, status signed.
pub fn renewal_of(conn: &Connection, id: i64) -> rusqlite::Result<Option<AgreementInput>> {
    let Some((old, _)) = super::record::load::<AgreementInput>(conn, id)? else {
        return Ok(None);
    };
    let (start, end) = match (
        parse_iso(&old.tanggal_mulai),
        parse_iso(&old.tanggal_berakhir),
    ) {
        (Some(s), Some(e)) => crate::domain::agreement::renewal_dates(s, e),
        _ => return Ok(None),
    };
    Ok(Some(AgreementInput {
        nomor_pemko: String::new(),
        nomor_mitra: String::new(),
        tanggal_tanda_tangan: None,
        tanggal_mulai: start.format("%Y-%m-%d").to_string(),
        tanggal_berakhir: end.format("%Y-%m-%d").to_string(),
        status_dokumen: AgreementLifecycle::Ditandatangani.as_code().to_string(),
        catatan: String::new(),
        diperpanjang_dari_id: Some(id),
        ..old
    }))
}

/// Agreement `id` in full for its detail: the partner as on the signing
/// date, the PKS under it, the internships that depend on it (under it or,
/// for an MoU, under one of its PKS), and the renewal links both ways.
pub fn detail(
    conn: &Connection,
    id: i64,
) -> rusqlite::Result<Option<crate::db::model::AgreementDetail>> {
    use super::partners::{agreements_where, internships_where, partner_name_on_sql};
    let Some(row) = agreements_where(conn, "k.id = ?1", &[&id])?
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let partner = partner_name_on_sql(
        "m",
        "COALESCE(k.tanggal_tanda_tangan, k.tanggal_mulai)",
        false,
    );
    let sql = format!(
        "SELECT {partner}, k.nomor_mitra, k.ruang_lingkup, k.tanggal_tanda_tangan,
                k.penandatangan_pemko, k.penandatangan_mitra,
                (SELECT CASE WHEN u.singkatan <> '' THEN u.singkatan ELSE u.nama END
                 FROM unit_kerja u WHERE u.id = k.unit_pelaksana_id),
                k.catatan,
                (SELECT o.nomor_pemko FROM kerja_sama o WHERE o.id = k.diperpanjang_dari_id),
                (SELECT n.nomor_pemko FROM kerja_sama n WHERE n.diperpanjang_dari_id = k.id)
         FROM kerja_sama k JOIN mitra m ON m.id = k.mitra_id WHERE k.id = ?1"
    );
    let d = conn.prepare_cached(&sql)?.query_row([id], |r| {
        Ok(crate::db::model::AgreementDetail {
            row: row.clone(),
            partner_full: r.get(0)?,
            partner_number: r.get(1)?,
            scope: r.get(2)?,
            signed: r.get(3)?,
            signer_city: r.get(4)?,
            signer_partner: r.get(5)?,
            unit: r.get(6)?,
            note: r.get(7)?,
            renews: r.get(8)?,
            renewed_by: r.get(9)?,
            pks: Vec::new(),
            interns: Vec::new(),
        })
    })?;
    Ok(Some(crate::db::model::AgreementDetail {
        pks: agreements_where(conn, "k.induk_id = ?1", &[&id])?,
        // Those under the agreement itself and, for an MoU, under its PKS.
        interns: internships_where(
            conn,
            "g.kerja_sama_id = ?1 OR g.kerja_sama_id IN (SELECT p.id FROM kerja_sama p WHERE p.induk_id = ?1)",
            &[&id],
        )?,
        ..d
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::record::{insert, load, update};

    fn db() -> Connection {
        let conn = crate::db::open_in_memory().unwrap();
        conn.execute_batch(
            "INSERT INTO mitra (id, nama, singkatan, jenis) VALUES
                 (1, 'Universitas Malikussaleh', 'Unimal', 'PERGURUAN_TINGGI'),
                 (2, 'Politeknik Negeri Lhokseumawe', 'PNL', 'PERGURUAN_TINGGI');
             INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (1, 'U1', 'BKPSDM', 'BADAN');",
        )
        .unwrap();
        conn
    }

    fn actor() -> Actor {
        Actor {
            user: "t".into(),
            ssh_client: String::new(),
        }
    }

    fn mou(number: &str, start: &str, end: &str) -> AgreementInput {
        AgreementInput {
            mitra_id: 1,
            jenis_dokumen: "MOU".into(),
            nomor_pemko: number.into(),
            tanggal_mulai: start.into(),
            tanggal_berakhir: end.into(),
            status_dokumen: "DITANDATANGANI".into(),
            ..Default::default()
        }
    }

    fn pks(parent: i64, number: &str, start: &str, end: &str) -> AgreementInput {
        AgreementInput {
            jenis_dokumen: "PKS".into(),
            induk_id: Some(parent),
            ..mou(number, start, end)
        }
    }

    fn rule(e: WriteError) -> (String, Rule) {
        match e {
            WriteError::Rule { column, rule } => (column.to_string(), rule),
            other => panic!("expected a rule, got {other:?}"),
        }
    }

    #[test]
    fn a_pks_stays_within_its_mou_of_the_same_partner() {
        let conn = db();
        let m = insert(&conn, &mou("M/1", "2023-02-13", "2028-02-12"), &actor()).unwrap();
        // Inside: saved.
        insert(&conn, &pks(m, "P/1", "2024-01-01", "2028-02-12"), &actor()).unwrap();
        // One day past the MoU: refused at the end date, with the MoU's dates.
        let e = insert(&conn, &pks(m, "P/2", "2024-01-01", "2028-02-13"), &actor()).unwrap_err();
        assert_eq!(
            rule(e),
            (
                "tanggal_berakhir".into(),
                Rule::PksOutsideMou {
                    number: "M/1".into(),
                    start: "2023-02-13".into(),
                    end: "2028-02-12".into()
                }
            )
        );
        // Starting before the MoU: refused at the start date.
        let e = insert(&conn, &pks(m, "P/3", "2023-02-12", "2024-01-01"), &actor()).unwrap_err();
        assert_eq!(rule(e).0, "tanggal_mulai");
        // Another partner's MoU.
        let other = AgreementInput {
            mitra_id: 2,
            ..pks(m, "P/4", "2024-01-01", "2025-01-01")
        };
        let e = insert(&conn, &other, &actor()).unwrap_err();
        assert!(matches!(rule(e).1, Rule::ParentOtherPartner { .. }));
        // Without an MoU.
        let orphan = AgreementInput {
            induk_id: None,
            ..pks(m, "P/5", "2024-01-01", "2025-01-01")
        };
        assert_eq!(
            rule(insert(&conn, &orphan, &actor()).unwrap_err()),
            ("induk_id".into(), Rule::PksNeedsMou)
        );
        // Under a PKS.
        let p1 = 2;
        let e = insert(&conn, &pks(p1, "P/6", "2024-01-01", "2025-01-01"), &actor()).unwrap_err();
        assert!(matches!(rule(e).1, Rule::ParentNotMou { .. }));
        // Shortening the MoU below its PKS: refused, naming the PKS.
        let (stored, v) = load::<AgreementInput>(&conn, m).unwrap().unwrap();
        let shorter = AgreementInput {
            tanggal_berakhir: "2027-12-31".into(),
            ..stored
        };
        let e = update(&conn, m, v, &shorter, &actor()).unwrap_err();
        assert_eq!(
            rule(e),
            (
                "tanggal_berakhir".into(),
                Rule::MouShorterThanPks {
                    number: "P/1".into(),
                    start: "2024-01-01".into(),
                    end: "2028-02-12".into()
                }
            )
        );
    }

    #[test]
    fn numbers_are_unique_ignoring_case_and_end_is_not_before_start() {
        let conn = db();
        insert(&conn, &mou("M/1", "2023-01-01", "2024-01-01"), &actor()).unwrap();
        let e = insert(&conn, &mou(" m/1 ", "2023-01-01", "2024-01-01"), &actor()).unwrap_err();
        assert_eq!(
            e,
            WriteError::constraint("nomor_pemko", ConstraintKind::Unique)
        );
        let e = insert(&conn, &mou("M/2", "2024-01-02", "2024-01-01"), &actor()).unwrap_err();
        assert_eq!(
            e,
            WriteError::constraint("tanggal_berakhir", ConstraintKind::Check)
        );
    }

    #[test]
    fn a_renewal_marks_the_old_one_and_is_made_once() {
        let conn = db();
        let m = insert(&conn, &mou("M/1", "2023-02-13", "2028-02-12"), &actor()).unwrap();
        let mut renewal = renewal_of(&conn, m).unwrap().unwrap();
        assert_eq!(
            (
                renewal.tanggal_mulai.as_str(),
                renewal.tanggal_berakhir.as_str()
            ),
            ("2028-02-13", "2033-02-12")
        );
        assert_eq!(renewal.diperpanjang_dari_id, Some(m));
        assert!(renewal.nomor_pemko.is_empty());
        renewal.nomor_pemko = "M/2".into();
        insert(&conn, &renewal, &actor()).unwrap();
        let (old, version) = load::<AgreementInput>(&conn, m).unwrap().unwrap();
        assert_eq!(old.status_dokumen, "DIPERPANJANG");
        assert_eq!(version, 2);
        let audited: i64 = conn
            .query_row(
                "SELECT count(*) FROM audit WHERE entitas = 'kerja_sama' AND entitas_id = ?1 AND aksi = 'UBAH'",
                [m],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audited, 1);
        renewal.nomor_pemko = "M/3".into();
        let e = insert(&conn, &renewal, &actor()).unwrap_err();
        assert_eq!(
            rule(e),
            (
                "diperpanjang_dari_id".into(),
                Rule::AlreadyRenewed {
                    number: "M/2".into()
                }
            )
        );
    }
}
