//! One place per record kind in the interface (issue 7): a kind's form module
//! implements [`RecordForm`] — its fields, how a stored record fills the form
//! and how the form reads back into the db input, the cross-field check, what
//! save-and-new keeps, which database refusal belongs to which field, the
//! saved message and its hooks — and names its database operations
//! ([`DbOps`], built generically from the kind's `db::record::Record`). The
//! app and the runner only ever call through this trait: adding a kind is its
//! db module, its form module, one line in [`KINDS`] and its strings.

use crate::db::record::Record;
use crate::db::write::{Actor, WriteError};
use crate::i18n::Lang;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};
use chrono::NaiveDate;
use rusqlite::Connection;
use std::any::Any;
use std::fmt;

/// A value of any record kind (or a kind's context), type-erased so the app's
/// messages can carry it; compared and cloned through the concrete type.
pub trait AnyValue: Any + fmt::Debug + Send + Sync {
    fn clone_box(&self) -> Box<dyn AnyValue>;
    fn eq_value(&self, other: &dyn AnyValue) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any + fmt::Debug + Clone + PartialEq + Send + Sync> AnyValue for T {
    fn clone_box(&self) -> Box<dyn AnyValue> {
        Box::new(self.clone())
    }
    fn eq_value(&self, other: &dyn AnyValue) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A form's values as the db layer takes them (or a form's context).
#[derive(Debug)]
pub struct Values(Box<dyn AnyValue>);

impl Values {
    pub fn new<T: AnyValue>(v: T) -> Values {
        Values(Box::new(v))
    }
    /// The concrete value, when it is a `T`.
    pub fn get<T: 'static>(&self) -> Option<&T> {
        self.0.as_any().downcast_ref::<T>()
    }
}

impl Clone for Values {
    fn clone(&self) -> Values {
        Values(self.0.clone_box())
    }
}

impl PartialEq for Values {
    fn eq(&self, other: &Values) -> bool {
        self.0.eq_value(other.0.as_ref())
    }
}

/// The records that lookup fields of a form hold, for filling it.
pub type Picks = Vec<(&'static str, LookupItem)>;

/// A stored record for its edit form: the values, the version and what its
/// lookup fields show.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub values: Values,
    pub version: i64,
    pub picks: Picks,
}

/// The lists a save changes, so the app reloads them with the cursor on
/// the saved row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Home {
    /// The employee list, its detail and the list of those retiring soon.
    Employees,
    Units,
    Competencies,
    Standards,
    Partners,
    /// Tab 3's agreements (and the open agreement's detail).
    Agreements,
    /// Tab 3's internships and the open internship's detail (its logbook
    /// and final evaluation; the target's owner is the internship).
    Internships,
    Trainings,
    /// A training's participants (the target's owner is the training).
    Participants,
    /// Tab 4: the evaluations of a period and the entry grid of a unit.
    Evaluations,
}

/// What the cross-field rules need besides the form.
pub struct CheckContext<'a> {
    pub today: NaiveDate,
    pub lang: Lang,
    /// The loaded unit list (parent-cycle rule of the unit form).
    pub units: &'a [crate::db::reference_read::UnitRow],
}

/// A stored record's values and version.
pub type Loaded = (Values, i64);

/// Makes the values a new record starts from out of stored record `id`.
pub type Template = fn(&Connection, i64) -> rusqlite::Result<Option<Values>>;

/// The database side of a kind, as plain functions the runner calls (the
/// interface never calls SQL). [`DbOps::record`] builds them for any
/// `db::record::Record`.
pub struct DbOps {
    /// Saves the form's values: a new record (`target.id` None) or an edit
    /// made on `target.version`; returns the record's id.
    pub save: fn(&Connection, &FormTarget, &Values, &Actor) -> Result<i64, WriteError>,
    pub delete: fn(&Connection, i64, i64, &Actor) -> Result<(), WriteError>,
    pub load: fn(&Connection, i64) -> rusqlite::Result<Option<Loaded>>,
    /// The values a new record starts from, made from record `id` (an
    /// agreement's renewal); None for kinds without one.
    pub template: Option<Template>,
}

fn wrong_values<T>() -> WriteError {
    WriteError::Sqlite(format!(
        "a form gave values of another kind than {}",
        std::any::type_name::<T>()
    ))
}

fn save_record<R: Record + Sync>(
    conn: &Connection,
    target: &FormTarget,
    v: &Values,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let r = v.get::<R>().ok_or_else(wrong_values::<R>)?;
    match target.id {
        None => crate::db::record::insert(conn, r, actor),
        Some(id) => crate::db::record::update(conn, id, target.version, r, actor).map(|_| id),
    }
}

fn delete_record<R: Record>(
    conn: &Connection,
    id: i64,
    version: i64,
    actor: &Actor,
) -> Result<(), WriteError> {
    crate::db::record::delete::<R>(conn, id, version, actor)
}

fn load_record<R: Record + Sync>(conn: &Connection, id: i64) -> rusqlite::Result<Option<Loaded>> {
    Ok(crate::db::record::load::<R>(conn, id)?.map(|(r, v)| (Values::new(r), v)))
}

impl DbOps {
    /// The generic audited operations of record kind `R`.
    pub const fn record<R: Record + Sync>() -> DbOps {
        DbOps {
            save: save_record::<R>,
            delete: delete_record::<R>,
            load: load_record::<R>,
            template: None,
        }
    }

    /// With a template for new records made from a stored one.
    pub const fn with_template(self, template: Template) -> DbOps {
        DbOps {
            template: Some(template),
            ..self
        }
    }
}

/// What an open form edits.
#[derive(Clone)]
pub struct FormTarget {
    pub kind: &'static dyn RecordForm,
    /// The record edited (`None` for a new one).
    pub id: Option<i64>,
    /// The version it was loaded at (0 for a new one).
    pub version: i64,
    /// The record a new one belongs to (the employee of an assessment or of
    /// a status change).
    pub owner: Option<i64>,
    /// What a kind's rules need to know beyond the form (a status change:
    /// the status now and the dates that bound it).
    pub context: Option<Values>,
}

impl FormTarget {
    pub fn new(kind: &'static dyn RecordForm) -> FormTarget {
        FormTarget {
            kind,
            id: None,
            version: 0,
            owner: None,
            context: None,
        }
    }
    pub fn edit(kind: &'static dyn RecordForm, id: i64, version: i64) -> FormTarget {
        FormTarget {
            id: Some(id),
            version,
            ..FormTarget::new(kind)
        }
    }
    pub fn owned_by(mut self, owner: i64) -> FormTarget {
        self.owner = Some(owner);
        self
    }
    pub fn with_context<T: AnyValue>(mut self, context: T) -> FormTarget {
        self.context = Some(Values::new(context));
        self
    }
    pub fn is_new(&self) -> bool {
        self.id.is_none()
    }
    /// The kind, by its name.
    pub fn is(&self, name: &str) -> bool {
        self.kind.name() == name
    }
    /// The context of type `T`, when there is one.
    pub fn context<T: 'static>(&self) -> Option<&T> {
        self.context.as_ref().and_then(|c| c.get::<T>())
    }
}

impl PartialEq for FormTarget {
    fn eq(&self, other: &FormTarget) -> bool {
        self.kind.name() == other.kind.name()
            && self.id == other.id
            && self.version == other.version
            && self.owner == other.owner
            && self.context == other.context
    }
}

impl fmt::Debug for FormTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FormTarget")
            .field("kind", &self.kind.name())
            .field("id", &self.id)
            .field("version", &self.version)
            .field("owner", &self.owner)
            .finish()
    }
}

/// A record kind's form. Only `name`, `specs`, `fill`, `read`, `db` and
/// `home` have no default (and `titles` or `title`).
pub trait RecordForm: Send + Sync {
    /// The kind's stable name: its table (and audit entity).
    fn name(&self) -> &'static str;
    /// The fields, in entry order.
    fn specs(&self, lang: Lang) -> Vec<FieldSpec>;
    /// The titles of a new and of an edited record, for kinds whose title
    /// names no one.
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (crate::i18n::T::new("", ""), crate::i18n::T::new("", ""))
    }
    /// The form's title (`subject`: the name of the employee a status
    /// change or an assessment is about; "" otherwise).
    fn title(&self, lang: Lang, target: &FormTarget, _subject: &str) -> String {
        let (new, edit) = self.titles();
        let t = if target.is_new() { new } else { edit };
        t.get(lang).to_string()
    }
    /// Puts a stored record into the form (after a reload too).
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks);
    /// The typed values as a db input (None while a lookup is not picked).
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values>;
    /// Cross-field rules (layer 3).
    fn cross_check(
        &self,
        _form: &Form,
        _target: &FormTarget,
        _ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        Vec::new()
    }
    /// Values a series of new records usually shares ("save and new").
    fn keep_on_new(&self) -> &'static [&'static str] {
        &[]
    }
    /// Whether "save and new" makes sense for a new record of this kind.
    fn save_and_new(&self) -> bool {
        true
    }
    /// The field a refused save points at (layer 4), by the column SQLite
    /// (or a pre-check) named: by default the field of that name.
    fn db_error_field(&self, e: &WriteError) -> Option<&'static str> {
        let col = e.column()?;
        self.specs(Lang::Id)
            .into_iter()
            .map(|s| s.key)
            .find(|k| *k == col)
    }
    /// What the "saved" message names: the `nama` field, else the first.
    fn saved_name(&self, form: &Form) -> String {
        let specs = self.specs(Lang::Id);
        let key = specs
            .iter()
            .find(|s| s.key == "nama")
            .or(specs.first())
            .map_or("", |s| s.key);
        form.display(key).to_string()
    }
    /// Values a new record starts with (a unit is active, an assessment is
    /// dated `today`).
    fn new_defaults(&self, _form: &mut Form, _today: NaiveDate) {}
    /// A field's value changed (the NIP fills the birth date…).
    fn on_change(&self, _screen: &mut super::FormScreen, _key: &'static str) {}
    /// After save-and-new reset the form.
    fn on_reset(&self, _screen: &mut super::FormScreen) {}
    /// A read to make before saving, whose answer may need the user's yes
    /// (a namesake of a new employee; participants still without a result
    /// when a training is set finished). `None`: save at once.
    fn confirm_read(&self, _screen: &super::FormScreen) -> Option<crate::tui::app::Request> {
        None
    }
    /// The question to ask about `answer` before saving (`None`: save).
    fn confirm_question(
        &self,
        _screen: &super::FormScreen,
        _answer: &crate::tui::app::Loaded,
        _lang: Lang,
    ) -> Option<String> {
        None
    }
    /// Its database operations.
    fn db(&self) -> &'static DbOps;
    /// The list it lives in.
    fn home(&self) -> Home;
    /// The record a lookup field of this kind holds when loaded (the label
    /// shown): the runner answers it through the field's `LookupSource`.
    fn lookups(&self) -> Vec<(&'static str, LookupSource)> {
        self.specs(Lang::Id)
            .into_iter()
            .filter_map(|s| s.lookup_source().map(|src| (s.key, src)))
            .collect()
    }
    /// The id a lookup field of a stored record holds, to name it.
    fn picked_id(&self, _values: &Values, _key: &str) -> Option<i64> {
        None
    }
}

/// Every record kind with a form, registered once (the generic record test
/// walks them all).
pub fn kinds() -> Vec<&'static dyn RecordForm> {
    vec![
        &super::employee::KIND,
        &super::status::KIND,
        &super::assessment::KIND,
        &super::unit::KIND,
        &super::competency::KIND,
        &super::standard::KIND,
        &super::partner::KIND,
        &super::agreement::KIND,
        &super::internship::KIND,
        &super::intern_log::LOG_KIND,
        &super::intern_log::FEEDBACK_KIND,
        &super::training::KIND,
        &super::enrollment::KIND,
        &super::plan::KIND,
        &super::evaluation::KIND,
        &super::follow_up::KIND,
    ]
}

/// The options of a choice field over enum `E`: (code, label).
pub fn options<E: crate::i18n::labels::Label>(lang: Lang) -> Vec<(String, String)> {
    E::variants()
        .iter()
        .map(|v| (v.code().to_string(), v.label(lang).to_string()))
        .collect()
}

/// A stored number as typed back into a field: `24`, `87.5`.
pub fn number_text(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        v.to_string()
    }
}

/// The record lookup field `key` holds, named as `picks` names it (None
/// when `id` is None).
pub fn picked_item(picks: &Picks, key: &str, id: Option<i64>) -> Option<LookupItem> {
    id.map(|id| LookupItem {
        id,
        label: picked(picks, key),
        detail: String::new(),
    })
}

/// An optional id field's value: None when empty, Some(None) when it is no
/// number (the form is not read).
pub fn opt_id(form: &Form, key: &str) -> Option<Option<i64>> {
    match form.value(key) {
        "" => Some(None),
        v => v.parse().ok().map(Some),
    }
}

/// The label lookup field `key` shows in `picks` ("" when it holds nothing).
pub fn picked(picks: &Picks, key: &str) -> String {
    picks
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, item)| item.label.clone())
        .unwrap_or_default()
}

/// An empty form for a new record of `kind` (`subject`: the employee it is
/// about, for the title), with the kind's defaults; clean.
pub fn new_form(
    kind: &'static dyn RecordForm,
    target: &FormTarget,
    lang: Lang,
    subject: &str,
    today: NaiveDate,
) -> Form {
    let mut form = Form::new(kind.title(lang, target, subject), kind.specs(lang), lang);
    if !kind.save_and_new() {
        form = form.without_save_and_new();
    }
    kind.new_defaults(&mut form, today);
    form.mark_clean();
    form
}

/// A form holding a stored record of `kind`; clean.
pub fn edit_form(
    kind: &'static dyn RecordForm,
    target: &FormTarget,
    lang: Lang,
    subject: &str,
    stored: &Stored,
) -> Form {
    let mut form =
        Form::new(kind.title(lang, target, subject), kind.specs(lang), lang).without_save_and_new();
    kind.fill(&mut form, &stored.values, &stored.picks);
    form.mark_clean();
    form
}
