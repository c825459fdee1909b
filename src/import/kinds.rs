//! Which entities can be imported, and the small steps every kind's `build`
//! repeats: set a field from a column the file has, resolve a reference by
//! its natural key, insist on a value a new record needs.

use super::row::Row;
use super::{Ctx, ImportError, Options, Report, run};
use crate::cli::export::Entity;
use crate::db::import_keys as keys;
use rusqlite::Connection;
use std::path::Path;

/// The entities `peka import` takes, in the order `--help` lists them.
pub const IMPORTABLE: &[Entity] = &[
    Entity::Units,
    Entity::Employees,
    Entity::Standards,
    Entity::Assessments,
    Entity::Trainings,
    Entity::Enrollments,
    Entity::Partners,
    Entity::Agreements,
    Entity::Internships,
    Entity::Evaluations,
];

pub(crate) fn dispatch(
    entity: Entity,
    conn: &Connection,
    file: &Path,
    ctx: &Ctx,
    opts: Options<'_>,
) -> Result<Report, ImportError> {
    use super::{partnership as pa, people as pe, training as tr};
    match entity {
        Entity::Units => run::<pe::Units>(conn, file, ctx, opts),
        Entity::Employees => run::<pe::Employees>(conn, file, ctx, opts),
        Entity::Standards => run::<pe::Standards>(conn, file, ctx, opts),
        Entity::Assessments => run::<pe::Assessments>(conn, file, ctx, opts),
        Entity::Evaluations => run::<pe::Evaluations>(conn, file, ctx, opts),
        Entity::Trainings => run::<tr::Trainings>(conn, file, ctx, opts),
        Entity::Enrollments => run::<tr::Enrollments>(conn, file, ctx, opts),
        Entity::Partners => run::<pa::Partners>(conn, file, ctx, opts),
        Entity::Agreements => run::<pa::Agreements>(conn, file, ctx, opts),
        Entity::Internships => run::<pa::Internships>(conn, file, ctx, opts),
        _ => unreachable!("only IMPORTABLE entities are dispatched"),
    }
}

/// `field = text` when the file has the column.
pub fn text(row: &mut Row, col: &str, field: &mut String) {
    if let Some(v) = row.text(col) {
        *field = v;
    }
}

/// An optional text column (empty → `None`).
pub fn opt_text(row: &mut Row, col: &str, field: &mut Option<String>) {
    if let Some(v) = row.opt_text(col) {
        *field = v;
    }
}

/// A required text column: it must not be empty once the row is read.
pub fn req_text(row: &mut Row, col: &str, field: &mut String) {
    text(row, col, field);
    if field.trim().is_empty() {
        row.missing_for_new(col);
    }
}

pub fn opt_date(row: &mut Row, col: &str, field: &mut Option<String>) {
    if let Some(v) = row.date(col) {
        *field = v;
    }
}

/// A required date; an unreadable one is reported by `row.date`.
pub fn req_date(row: &mut Row, col: &str, field: &mut String) {
    let before = row.errors.len();
    if let Some(v) = row.date(col) {
        *field = v.unwrap_or_default();
    }
    if field.is_empty() && row.errors.len() == before {
        row.missing_for_new(col);
    }
}

/// A code column (empty keeps `""`, which a required one reports).
pub fn code(row: &mut Row, col: &str, codes: &[&str], field: &mut String, required: bool) {
    let before = row.errors.len();
    if let Some(v) = row.code(col, codes) {
        *field = v.unwrap_or_default();
    }
    if required && field.is_empty() && row.errors.len() == before {
        row.missing_for_new(col);
    }
}

pub fn opt_code(row: &mut Row, col: &str, codes: &[&str], field: &mut Option<String>) {
    if let Some(v) = row.code(col, codes) {
        *field = v;
    }
}

pub fn opt_int(row: &mut Row, col: &str, field: &mut Option<i64>) {
    if let Some(v) = row.int(col) {
        *field = v;
    }
}

pub fn opt_real(row: &mut Row, col: &str, field: &mut Option<f64>) {
    if let Some(v) = row.real(col) {
        *field = v;
    }
}

/// An employee named by NIP: `Some(None)` when the cell is empty, `None`
/// when the column is absent or the NIP is unknown (reported).
pub fn employee(
    tx: &Connection,
    row: &mut Row,
    col: &str,
) -> rusqlite::Result<Option<Option<i64>>> {
    let Some(nip) = row.digits(col) else {
        return Ok(None);
    };
    if nip.is_empty() {
        return Ok(Some(None));
    }
    match keys::employee_by_nip(tx, &nip)? {
        Some(id) => Ok(Some(Some(id))),
        None => {
            row.not_found(col, &nip);
            Ok(None)
        }
    }
}

/// A unit named by its code (`code_col`, when the file has it) or else by
/// its full name (`name_col`): `Some(None)` when empty, `None` when absent
/// or not found (reported; a name several units share is reported too).
pub fn unit(
    tx: &Connection,
    row: &mut Row,
    code_col: Option<&str>,
    name_col: &str,
) -> rusqlite::Result<Option<Option<i64>>> {
    if let Some(c) = code_col
        && let Some(kode) = row.text(c)
        && !kode.is_empty()
    {
        return match keys::unit_by_code(tx, &kode)? {
            Some(id) => Ok(Some(Some(id))),
            None => {
                row.not_found(c, &kode);
                Ok(None)
            }
        };
    }
    let Some(name) = row.text(name_col) else {
        return Ok(None);
    };
    if name.is_empty() {
        return Ok(Some(None));
    }
    let ids = keys::units_by_name(tx, &name)?;
    match ids.as_slice() {
        [id] => Ok(Some(Some(*id))),
        [] => {
            row.not_found(name_col, &name);
            Ok(None)
        }
        _ => {
            let text = crate::i18n::cli_import::ambiguous_unit(row.lang(), code_col.is_some());
            row.fail(name_col, &name, text);
            Ok(None)
        }
    }
}

/// A partner named by its name (present or former).
pub fn partner(tx: &Connection, row: &mut Row, col: &str) -> rusqlite::Result<Option<i64>> {
    let Some(name) = row.text(col) else {
        return Ok(None);
    };
    if name.is_empty() {
        row.missing_for_new(col);
        return Ok(None);
    }
    if let Some(id) = keys::partner_by_current_name(tx, &name)? {
        return Ok(Some(id));
    }
    match keys::partners_by_name(tx, &name)?.as_slice() {
        [id] => Ok(Some(*id)),
        _ => {
            row.not_found(col, &name);
            Ok(None)
        }
    }
}

/// An agreement named by its number: `Some(None)` when empty.
pub fn agreement(
    tx: &Connection,
    row: &mut Row,
    col: &str,
) -> rusqlite::Result<Option<Option<i64>>> {
    let Some(nomor) = row.text(col) else {
        return Ok(None);
    };
    if nomor.is_empty() {
        return Ok(Some(None));
    }
    match keys::agreement_by_number(tx, &nomor)? {
        Some(id) => Ok(Some(Some(id))),
        None => {
            row.not_found(col, &nomor);
            Ok(None)
        }
    }
}

/// The sentences of `problems` at their columns.
pub fn problems(
    lang: crate::i18n::Lang,
    problems: Vec<crate::domain::validate::Problem>,
    column: impl Fn(&crate::domain::validate::Problem) -> &'static str,
) -> Vec<(&'static str, String)> {
    problems
        .into_iter()
        .map(|p| (column(&p), crate::i18n::errors::problem(lang, &p)))
        .collect()
}

/// The reference date and the minutes per JP of the database.
pub fn context(
    conn: &Connection,
    lang: crate::i18n::Lang,
    real_today: chrono::NaiveDate,
) -> rusqlite::Result<Ctx> {
    let settings = crate::db::settings::all(conn)?;
    Ok(Ctx {
        today: crate::domain::validate::reference_date(&settings).unwrap_or(real_today),
        lang,
        actor: crate::db::write::Actor::current(),
        minutes_per_jp: crate::domain::validate::minutes_per_jp(&settings),
    })
}
