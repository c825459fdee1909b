//! The writes and record loads the runner performs for forms: one place that
//! maps what a form edits to the db function that saves it.

use crate::db;
use crate::db::competencies::CompetencyInput;
use crate::db::record;
use crate::db::standards::StandardInput;
use crate::db::units::UnitInput;
use crate::db::write::{Actor, WriteError};
use crate::tui::app::{RecordKind, Save, Saved, StoredRecord};
use crate::tui::forms::{self, FormTarget, RecordInput};
use rusqlite::Connection;

/// Performs a write as the OS user at the keyboard, in one audited transaction.
pub fn write(conn: &Connection, save: Save) -> Result<Saved, WriteError> {
    let actor = Actor::current();
    let a = &actor;
    match save {
        Save::Record {
            target,
            input,
            then_new,
        } => {
            use FormTarget as F;
            use RecordInput as R;
            let id = match (target, input) {
                (F::NewEmployee, R::Employee(e)) => record::insert(conn, &*e, a)?,
                (F::EditEmployee { id, version }, R::Employee(e)) => {
                    record::update(conn, id, version, &*e, a)?;
                    id
                }
                (F::ChangeStatus { id, version, .. }, R::Status(c)) => {
                    db::employees_write::change_status(conn, id, version, &c, a)?;
                    id
                }
                (F::NewAssessment { pegawai_id }, R::Assessment(x)) => {
                    record::insert(conn, &x, a)?;
                    pegawai_id
                }
                (F::NewUnit, R::Unit(u)) => record::insert(conn, &u, a)?,
                (F::EditUnit { id, version }, R::Unit(u)) => {
                    record::update(conn, id, version, &u, a)?;
                    id
                }
                (F::NewCompetency, R::Competency(c)) => record::insert(conn, &*c, a)?,
                (F::EditCompetency { id, version }, R::Competency(c)) => {
                    record::update(conn, id, version, &*c, a)?;
                    id
                }
                (F::NewStandard, R::Standard(s)) => record::insert(conn, &s, a)?,
                (F::EditStandard { id, version }, R::Standard(s)) => {
                    record::update(conn, id, version, &s, a)?;
                    id
                }
                (target, _) => {
                    return Err(WriteError::Sqlite(format!(
                        "form {target:?} got another record's values"
                    )));
                }
            };
            Ok(Saved { id, then_new })
        }
        Save::DeleteEmployee { id, version } => {
            record::delete::<db::employees_write::EmployeeInput>(conn, id, version, a)?;
            Ok(Saved {
                id,
                then_new: false,
            })
        }
        Save::DeleteRecord { what, id, version } => {
            match what {
                RecordKind::Unit => record::delete::<UnitInput>(conn, id, version, a)?,
                RecordKind::Competency => record::delete::<CompetencyInput>(conn, id, version, a)?,
                RecordKind::Standard => record::delete::<StandardInput>(conn, id, version, a)?,
            }
            Ok(Saved {
                id,
                then_new: false,
            })
        }
    }
}

/// A stored reference record with the label its lookup field shows.
pub fn load_record(
    conn: &Connection,
    kind: RecordKind,
    id: i64,
) -> rusqlite::Result<Option<Box<StoredRecord>>> {
    Ok(match kind {
        RecordKind::Unit => match record::load::<UnitInput>(conn, id)? {
            Some((u, version)) => {
                let units = db::reference_read::list_units(conn)?;
                let parent = forms::unit::parent_label(&units, u.induk_id);
                Some(Box::new(StoredRecord::Unit(u, version, parent)))
            }
            None => None,
        },
        RecordKind::Competency => record::load::<CompetencyInput>(conn, id)?
            .map(|(c, version)| Box::new(StoredRecord::Competency(Box::new(c), version))),
        RecordKind::Standard => match record::load::<StandardInput>(conn, id)? {
            Some((s, version)) => {
                let label = db::reference_read::list_standards(conn)?
                    .iter()
                    .find(|r| r.id == id)
                    .map(forms::standard::row_competency_label)
                    .unwrap_or_default();
                Some(Box::new(StoredRecord::Standard(s, version, label)))
            }
            None => None,
        },
    })
}
