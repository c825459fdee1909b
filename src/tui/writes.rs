//! The runner's side of record forms: saves, deletes and loads of any record
//! kind through its `forms::kind::DbOps`, and the answers to lookup fields by
//! what they search. Nothing here names a record kind.

use crate::db;
use crate::db::write::{Actor, WriteError};
use crate::tui::app::{Save, Saved};
use crate::tui::forms::kind::{Picks, Stored};
use crate::tui::forms::{FormTarget, competency, plan, unit};
use crate::tui::widgets::form::{LookupItem, LookupSource};
use rusqlite::Connection;

/// Performs a write as the OS user at the keyboard, in one audited transaction.
pub fn write(conn: &Connection, save: &Save) -> Result<Saved, WriteError> {
    let actor = Actor::current();
    match save {
        Save::Record {
            target,
            values,
            then_new,
        } => {
            let id = (target.kind.db().save)(conn, target, values, &actor)?;
            Ok(Saved {
                id,
                then_new: *then_new,
                version: None,
            })
        }
        Save::SetResult {
            target, status, jp, ..
        } => {
            let id = target.id.ok_or(WriteError::NotFound)?;
            let (mut e, _) = db::record::load::<db::trainings::EnrollmentInput>(conn, id)?
                .ok_or(WriteError::NotFound)?;
            e.status = status.as_code().to_string();
            e.jp_diakui = *jp;
            db::record::update(conn, id, target.version, &e, &actor)?;
            Ok(Saved {
                id,
                then_new: false,
                version: None,
            })
        }
        Save::Add { target, values, .. } => {
            let id = (target.kind.db().save)(conn, target, values, &actor)?;
            Ok(Saved {
                id,
                then_new: false,
                version: None,
            })
        }
        Save::RowResult {
            target,
            score,
            certificate,
            jp,
            ..
        } => {
            let id = target.id.ok_or(WriteError::NotFound)?;
            let (mut e, _) = db::record::load::<db::trainings::EnrollmentInput>(conn, id)?
                .ok_or(WriteError::NotFound)?;
            e.nilai_akhir = *score;
            e.nomor_sertifikat = certificate.clone();
            e.jp_diakui = *jp;
            let version = db::record::update(conn, id, target.version, &e, &actor)?;
            Ok(Saved {
                id,
                then_new: false,
                version: Some(version),
            })
        }
        Save::GridRatings {
            employee,
            period,
            existing,
            work,
            behaviour,
            ..
        } => {
            let (id, _) = db::evaluations_write::save_ratings(
                conn, *employee, *period, *existing, *work, *behaviour, &actor,
            )?;
            Ok(Saved {
                id,
                then_new: false,
                version: None,
            })
        }
        Save::OrgPredicate {
            unit,
            period,
            value,
            ..
        } => {
            db::evaluations_write::set_org_predicate(conn, *unit, *period, *value, &actor)?;
            Ok(Saved {
                id: *unit,
                then_new: false,
                version: None,
            })
        }
        Save::AddParticipants {
            training,
            ids,
            source,
            ..
        } => {
            use crate::domain::enums::EnrollmentStatus;
            let added = db::trainings::enroll_many(
                conn,
                *training,
                ids,
                EnrollmentStatus::Diusulkan,
                *source,
                &actor,
            )?;
            // The count added stands in the id (no single record).
            Ok(Saved {
                id: added as i64,
                then_new: false,
                version: None,
            })
        }
        Save::Delete { target, .. } => {
            let id = target.id.ok_or(WriteError::NotFound)?;
            (target.kind.db().delete)(conn, id, target.version, &actor)?;
            Ok(Saved {
                id,
                then_new: false,
                version: None,
            })
        }
    }
}

/// The stored record `target.id` for its edit form, with what its lookup
/// fields show.
pub fn load_for_edit(
    conn: &Connection,
    target: &FormTarget,
) -> rusqlite::Result<Option<Box<Stored>>> {
    let Some(id) = target.id else {
        return Ok(None);
    };
    let Some((values, version)) = (target.kind.db().load)(conn, id)? else {
        return Ok(None);
    };
    stored_with_picks(conn, target, values, version).map(Some)
}

/// The values a new record of `target`'s kind starts from, made from record
/// `from` by the kind's template (version 0: a new record).
pub fn load_template(
    conn: &Connection,
    target: &FormTarget,
    from: i64,
) -> rusqlite::Result<Option<Box<Stored>>> {
    let Some(template) = target.kind.db().template else {
        return Ok(None);
    };
    let Some(values) = template(conn, from)? else {
        return Ok(None);
    };
    stored_with_picks(conn, target, values, 0).map(Some)
}

/// A new record's `values` with what its lookup fields show (version 0).
pub fn load_values(
    conn: &Connection,
    target: &FormTarget,
    values: crate::tui::forms::Values,
) -> rusqlite::Result<Box<Stored>> {
    stored_with_picks(conn, target, values, 0)
}

/// A record's values with what its lookup fields show.
fn stored_with_picks(
    conn: &Connection,
    target: &FormTarget,
    values: crate::tui::forms::Values,
    version: i64,
) -> rusqlite::Result<Box<Stored>> {
    let mut picks: Picks = Vec::new();
    for (key, source) in target.kind.lookups() {
        if let Some(picked) = target.kind.picked_id(&values, key)
            && let Some(item) = item_of(conn, source, picked)?
        {
            picks.push((key, item));
        }
    }
    Ok(Box::new(Stored {
        values,
        version,
        picks,
    }))
}

/// How many records a lookup offers under its field.
pub const LOOKUP_LIMIT: usize = 8;

fn employee_item((id, nip, name, unit): (i64, String, String, String)) -> LookupItem {
    LookupItem {
        id,
        label: name,
        detail: format!("{nip} · {unit}"),
    }
}

fn partner_item((id, nama, singkatan): (i64, String, String)) -> LookupItem {
    LookupItem {
        id,
        label: nama,
        detail: singkatan,
    }
}

/// "MOU/… · Unimal", with the kind and the period under it.
fn agreement_item(
    (id, number, partner, doc, start, end): db::lookup::AgreementLookupRow,
) -> LookupItem {
    let show = crate::domain::dates::display_iso;
    LookupItem {
        id,
        label: format!("{number} · {partner}"),
        detail: format!("{doc} {} – {}", show(&start), show(&end)),
    }
}

/// A mentor with the interns mentored now ("NIP · unit · 2 magang").
fn mentor_item(
    (id, nip, name, unit, load): db::lookup::MentorLookupRow,
    lang: crate::i18n::Lang,
) -> LookupItem {
    LookupItem {
        id,
        label: name,
        detail: crate::i18n::intern_forms::mentor_detail(lang, &nip, &unit, load),
    }
}

/// Records of `source` matching `query`, for a lookup field: at most
/// `LOOKUP_LIMIT` of them, and whether more match (on a province's file
/// "Puskes" matches 260 units; the list must not look like the whole).
pub fn lookup(
    conn: &Connection,
    source: LookupSource,
    query: &str,
    lang: crate::i18n::Lang,
) -> rusqlite::Result<(Vec<LookupItem>, bool)> {
    let mut items = matching(conn, source, query, lang, LOOKUP_LIMIT + 1)?;
    let more = items.len() > LOOKUP_LIMIT;
    items.truncate(LOOKUP_LIMIT);
    Ok((items, more))
}

/// Up to `limit` records of `source` matching `query`.
fn matching(
    conn: &Connection,
    source: LookupSource,
    query: &str,
    lang: crate::i18n::Lang,
    limit: usize,
) -> rusqlite::Result<Vec<LookupItem>> {
    Ok(match source {
        LookupSource::Unit => {
            let kinds = crate::tui::tabs::reference::unit_kind_words();
            unit::unit_items(db::lookup::units(conn, query, &kinds, limit)?)
        }
        LookupSource::Competency => {
            competency::competency_items(db::lookup::competencies(conn, query, limit)?)
        }
        LookupSource::Employee => db::lookup::employees(conn, query, limit)?
            .into_iter()
            .map(employee_item)
            .collect(),
        LookupSource::Partner => db::lookup::partners(conn, query, limit)?
            .into_iter()
            .map(partner_item)
            .collect(),
        LookupSource::Training => db::lookup::trainings(conn, query, limit)?
            .into_iter()
            .map(plan::training_item)
            .collect(),
        LookupSource::Agreement => db::lookup::agreements(conn, query, limit)?
            .into_iter()
            .map(agreement_item)
            .collect(),
        LookupSource::Mentor => db::lookup::mentors(conn, query, limit)?
            .into_iter()
            .map(|row| mentor_item(row, lang))
            .collect(),
    })
}

/// Record `id` of `source` as its lookup field shows it.
fn item_of(
    conn: &Connection,
    source: LookupSource,
    id: i64,
) -> rusqlite::Result<Option<LookupItem>> {
    Ok(match source {
        LookupSource::Unit => db::lookup::unit(conn, id)?
            .and_then(|row| unit::unit_items(vec![row]).into_iter().next()),
        LookupSource::Competency => db::lookup::competency(conn, id)?
            .and_then(|row| competency::competency_items(vec![row]).into_iter().next()),
        LookupSource::Employee => db::lookup::employee(conn, id)?.map(employee_item),
        LookupSource::Partner => db::lookup::partner(conn, id)?.map(partner_item),
        LookupSource::Training => db::lookup::training(conn, id)?.map(plan::training_item),
        LookupSource::Agreement => db::lookup::agreement(conn, id)?.map(agreement_item),
        LookupSource::Mentor => {
            db::lookup::mentor(conn, id)?.map(|row| mentor_item(row, crate::i18n::Lang::Id))
        }
    })
}
