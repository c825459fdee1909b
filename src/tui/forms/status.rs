//! Leaving the service (issue 3 item 3): an employee is never silently
//! deleted. A status change (pensiun, mutasi keluar, berhenti, meninggal, or
//! back to aktif, cuti…) is recorded as a new history row with its date,
//! decree and note (`db::employees_write::change_status`). The date may lie
//! ahead (issue 6 item 6: an SK pensiun comes before its date): the change is
//! scheduled and takes effect on its day. A hard delete exists only for a
//! record entered by mistake that has no history, after a y/n question
//! ([`delete_or_archive`]).

use super::kind::{CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values};
use crate::db::employees_write::StatusChange;
use crate::db::write::WriteError;
use crate::domain::dates::parse_iso;
use crate::domain::enums::EmployeeStatus;
use crate::domain::nip::MIN_AGE;
use crate::domain::retirement::StatusTimeline;
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form};
use chrono::{Months, NaiveDate};

/// What `d` on an employee leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteChoice {
    /// No history at all (entered by mistake): ask `y/n`
    /// ([`tx::delete_question`]), then `db::employees_write::delete`.
    HardDeleteAsk,
    /// The record has history: it is never deleted; open the status form
    /// ([`new_form`]) so the employee leaves the service with a status change.
    StatusForm,
}

/// The rule of `d`: a hard delete only for a record without any history
/// (`db::employees_write::has_history` is false), after a y/n question;
/// otherwise the status form.
pub fn delete_or_archive(has_history: bool) -> DeleteChoice {
    if has_history {
        DeleteChoice::StatusForm
    } else {
        DeleteChoice::HardDeleteAsk
    }
}

/// The statuses offered: those that leave the service first (pensiun,
/// mutasi keluar, berhenti, meninggal), then those in service.
pub fn status_order() -> Vec<EmployeeStatus> {
    let (leaving, staying): (Vec<EmployeeStatus>, Vec<EmployeeStatus>) =
        EmployeeStatus::ALL.iter().partition(|s| !s.is_in_service());
    leaving.into_iter().chain(staying).collect()
}

/// The fields, in entry order (keys are the `riwayat_status` columns).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let options = status_order()
        .into_iter()
        .map(|s| (s.code().to_string(), s.label(lang).to_string()))
        .collect();
    vec![
        FieldSpec::choice("status", tx::SF_STATUS.get(lang), options)
            .required()
            .help(tx::SH_STATUS.get(lang)),
        FieldSpec::date("tanggal_mulai", tx::SF_DATE.get(lang))
            .required()
            .help(tx::SH_DATE.get(lang)),
        FieldSpec::text("nomor_sk", tx::SF_SK.get(lang), 100).help(tx::SH_SK.get(lang)),
        FieldSpec::multi_line("keterangan", tx::SF_NOTE.get(lang), 500),
    ]
}

/// An empty status form for employee `name` whose status is now `current`
/// (named in the title). One change per form: no "save and new".
pub fn new_form(lang: Lang, name: &str, current: EmployeeStatus) -> Form {
    form_for(lang, name, current, None)
}

/// Like [`new_form`], with the change already scheduled ahead named in the
/// title too ("sekarang: Aktif; pensiun per 01-01-2030").
pub fn form_for(
    lang: Lang,
    name: &str,
    current: EmployeeStatus,
    scheduled: Option<(EmployeeStatus, NaiveDate)>,
) -> Form {
    let now = match scheduled {
        Some((s, d)) => format!(
            "{}; {}",
            current.label(lang),
            crate::i18n::retirement::scheduled(lang, s, d)
        ),
        None => current.label(lang).to_string(),
    };
    let title = tx::status_title(lang, name, &now);
    Form::new(title, specs(lang), lang).without_save_and_new()
}

/// Puts a status change into the form (e.g. to retry after a conflict).
pub fn fill(form: &mut Form, c: &StatusChange) {
    form.set_value("status", c.status.code());
    form.set_value("tanggal_mulai", &c.date);
    form.set_value("nomor_sk", &c.nomor_sk);
    form.set_value("keterangan", &c.note);
}

/// The typed values as a status change (None while no known status is chosen).
pub fn to_input(form: &Form) -> Option<StatusChange> {
    Some(StatusChange {
        status: EmployeeStatus::from_code(form.value("status"))?,
        date: form.value("tanggal_mulai").to_string(),
        nomor_sk: form.value("nomor_sk").to_string(),
        note: form.value("keterangan").to_string(),
    })
}

/// How far ahead a change may be dated: an SK pensiun comes months before its
/// date, so a date years ahead is almost surely a typed year gone wrong.
pub const MAX_YEARS_AHEAD: u32 = 5;

/// What the rules of a status change know about the employee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSubject {
    pub birth_date: NaiveDate,
    /// TMT pengangkatan, when stored.
    pub appointed: Option<NaiveDate>,
    /// The recorded changes, to know the status in effect on any date.
    pub timeline: StatusTimeline,
}

/// Cross-field rules (layer 3) of a change dated `tanggal_mulai`:
/// - not before the employee turned 17, nor before the TMT pengangkatan;
/// - ahead of `today` (the reference date) only up to [`MAX_YEARS_AHEAD`]
///   years, and never for a death;
/// - not to the status already in effect on that date (the status field).
pub fn cross_check(
    form: &Form,
    who: &StatusSubject,
    today: NaiveDate,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let Some(d) = parse_iso(form.value("tanggal_mulai")) else {
        return out;
    };
    let status = EmployeeStatus::from_code(form.value("status"));
    if status.is_some_and(|s| s == who.timeline.on(d)) {
        let current = who.timeline.on(d);
        out.push(("status", tx::same_status_on(lang, current, d, d > today)));
    }
    let adult = who.birth_date.checked_add_months(Months::new(MIN_AGE * 12));
    let latest = today
        .checked_add_months(Months::new(MAX_YEARS_AHEAD * 12))
        .unwrap_or(NaiveDate::MAX);
    if adult.is_some_and(|a| d < a) {
        out.push(("tanggal_mulai", tx::date_before_adult(lang, who.birth_date)));
    } else if let Some(tmt) = who.appointed.filter(|tmt| d < *tmt) {
        out.push(("tanggal_mulai", tx::date_before_appointment(lang, tmt)));
    } else if d > today && status == Some(EmployeeStatus::Meninggal) {
        out.push(("tanggal_mulai", tx::date_in_future(lang, today)));
    } else if d > latest {
        out.push(("tanggal_mulai", tx::date_too_far_ahead(lang, latest)));
    }
    out
}

/// Fills the form to record a pension ahead of its date (the list of those
/// reaching BUP): status PENSIUN from `date`; the cursor waits in the SK
/// number, the one thing left to type.
pub fn prefill_pension(form: &mut Form, date: NaiveDate) {
    form.set_value("status", EmployeeStatus::Pensiun.code());
    form.set_value("tanggal_mulai", &crate::domain::dates::iso(date));
    form.set_focus("nomor_sk");
}

/// What a status form knows about the employee it changes: the status in
/// effect now, a change already recorded ahead, and the dates that bound a
/// change (kept in `FormTarget::context`; the employee is the target's owner,
/// its version the target's version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusContext {
    pub current: EmployeeStatus,
    pub scheduled: Option<(EmployeeStatus, NaiveDate)>,
    pub subject: StatusSubject,
}

/// The status change kind, registered in `kind::kinds`: one change per form,
/// saved as a history row of the employee (`change_status`), never edited in
/// place.
pub struct StatusForm;
pub static KIND: StatusForm = StatusForm;

fn save_change(
    conn: &rusqlite::Connection,
    target: &FormTarget,
    v: &Values,
    actor: &crate::db::write::Actor,
) -> Result<i64, WriteError> {
    let (Some(change), Some(id)) = (v.get::<StatusChange>(), target.owner) else {
        return Err(WriteError::Sqlite(
            "a status form without its employee".into(),
        ));
    };
    crate::db::employees_write::change_status(conn, id, target.version, change, actor)?;
    Ok(id)
}

fn no_delete(
    _: &rusqlite::Connection,
    _: i64,
    _: i64,
    _: &crate::db::write::Actor,
) -> Result<(), WriteError> {
    Err(WriteError::HasHistory)
}

fn no_load(_: &rusqlite::Connection, _: i64) -> rusqlite::Result<Option<super::kind::Loaded>> {
    Ok(None)
}

static DB: DbOps = DbOps {
    save: save_change,
    delete: no_delete,
    load: no_load,
    template: None,
};

impl RecordForm for StatusForm {
    fn name(&self) -> &'static str {
        "riwayat_status"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        let (current, scheduled) = target
            .context::<StatusContext>()
            .map_or((EmployeeStatus::Aktif, None), |c| (c.current, c.scheduled));
        form_for(lang, subject, current, scheduled)
            .title()
            .to_string()
    }
    fn save_and_new(&self) -> bool {
        false
    }
    fn fill(&self, form: &mut Form, values: &Values, _picks: &Picks) {
        if let Some(c) = values.get::<StatusChange>() {
            fill(form, c);
        }
    }
    fn read(&self, form: &Form, _target: &FormTarget) -> Option<Values> {
        to_input(form).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        match target.context::<StatusContext>() {
            Some(c) => cross_check(form, &c.subject, ctx.today, ctx.lang),
            None => Vec::new(),
        }
    }
    fn db_error_field(&self, e: &WriteError) -> Option<&'static str> {
        match e.column()? {
            "tanggal_status" => Some("tanggal_mulai"),
            col => specs(Lang::Id)
                .into_iter()
                .map(|s| s.key)
                .find(|k| *k == col),
        }
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("status").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Employees
    }
}
