//! The form engine: one state machine for every data-entry form (design.md
//! §1.3 form keys). It knows nothing about employees, does no IO and no SQL:
//! `Form::handle` turns a key into a `FormOutcome` and the app carries it out
//! (saving, querying a lookup) and feeds results back (`set_errors`,
//! `set_lookup_results`). Drawing is in `form_view`.
//!
//! Validation layers: (1) a key the field cannot take is refused as it is
//! typed, with a hint; (2) a field is checked when the focus leaves it, and
//! every field again before `Save` is returned; (3) cross-field and (4)
//! database errors come from the caller through `set_errors`.

mod check;
mod input;
pub mod keys;
mod spec;

use crate::domain::dates;
use crate::i18n::form as tx;
use crate::i18n::{Lang, T};
use std::cell::Cell;

pub use input::TextInput;
pub use keys::{FORM_KEYS, FormAction, FormKey};
pub use spec::{
    Confirm, FieldKind, FieldSpec, FieldView, FormOutcome, KeyFilter, LookupItem, LookupSource,
    Validator,
};

#[derive(Debug, Clone)]
struct Field {
    spec: FieldSpec,
    input: TextInput,
    /// Canonical value (`Form::value`).
    value: String,
    choice: Option<usize>,
    picked: Option<LookupItem>,
    results: Option<Vec<LookupItem>>,
    /// More records match than `results` holds.
    more: bool,
    selected: usize,
    narrow: String,
    error: Option<String>,
    /// The value the error was given for: a caller's error stays while it is unchanged.
    error_value: String,
    /// Something the user should know about the value that is no error (a
    /// paste cut to the field's length, a choice typing could not decide):
    /// shown under the field until the value is edited again.
    note: Option<String>,
    /// The note only concerns the typing in progress (a choice search that
    /// matched nothing): it goes when the focus leaves.
    note_while_typing: bool,
    /// A note the form's owner keeps up to date (a derived value, a
    /// warning that does not stop the save): shown when the field has no
    /// note of its own.
    owner_note: Option<String>,
    /// The value at the last `mark_clean` (for `is_dirty`).
    initial: String,
    /// The whole value is selected (the field was reached with Tab/Enter/↑↓,
    /// or the form opened on it): typing replaces it, Backspace/Delete empty
    /// it, ←/→/Home/End drop the selection and edit in place — as in a
    /// spreadsheet cell or a browser form.
    selected_all: bool,
}

impl Field {
    fn new(spec: FieldSpec) -> Field {
        let value = if spec.kind == FieldKind::YesNo {
            "0"
        } else {
            ""
        };
        Field {
            spec,
            input: TextInput::default(),
            value: value.to_string(),
            choice: None,
            picked: None,
            results: None,
            more: false,
            selected: 0,
            narrow: String::new(),
            error: None,
            error_value: String::new(),
            note: None,
            note_while_typing: false,
            owner_note: None,
            initial: value.to_string(),
            selected_all: false,
        }
    }

    fn options(&self) -> &[(String, String)] {
        match &self.spec.kind {
            FieldKind::Choice { options } => options,
            _ => &[],
        }
    }

    /// Recomputes the canonical value from what was typed or picked.
    fn sync(&mut self) {
        let typed = self.input.text().trim();
        self.value = match &self.spec.kind {
            FieldKind::Text { .. } | FieldKind::MultiLine { .. } | FieldKind::Number { .. } => {
                typed.to_string()
            }
            FieldKind::Decimal { .. } => typed.replace(',', "."),
            FieldKind::Date => dates::parse_date(typed)
                .map(dates::iso)
                .unwrap_or_else(|| typed.to_string()),
            FieldKind::Lookup => self
                .picked
                .as_ref()
                .map(|p| p.id.to_string())
                .unwrap_or_default(),
            FieldKind::Choice { options } => match self.choice.and_then(|i| options.get(i)) {
                Some((code, _)) => code.clone(),
                None => return,
            },
            FieldKind::YesNo => return,
        };
    }

    fn is_empty(&self) -> bool {
        match self.spec.kind {
            FieldKind::Choice { .. } => self.choice.is_none() && self.value.is_empty(),
            FieldKind::Lookup => self.picked.is_none() && self.input.text().trim().is_empty(),
            FieldKind::YesNo => false,
            _ => self.value.is_empty(),
        }
    }

    fn check(&self, lang: Lang) -> Option<String> {
        let cur = check::Current {
            typed: self.input.text(),
            value: &self.value,
            empty: self.is_empty(),
            picked: self.picked.is_some(),
        };
        check::field_error(&self.spec, &cur, lang)
    }

    /// Layer 2 when the focus leaves (or on save): a caller's error on an
    /// unchanged value stays; a new problem replaces it.
    fn leave(&mut self, lang: Lang, keep_callers: bool) {
        if self.spec.kind == FieldKind::Date
            && let Some(d) = dates::parse_date(self.input.text())
        {
            self.input.set(&dates::display(d));
        }
        self.results = None;
        self.narrow.clear();
        self.selected_all = false;
        if self.note_while_typing {
            self.note = None;
            self.note_while_typing = false;
        }
        match self.check(lang) {
            Some(e) => self.set_error(e),
            None if keep_callers && self.value == self.error_value => {}
            None => self.error = None,
        }
    }

    fn set_error(&mut self, e: String) {
        self.error = Some(e);
        self.error_value = self.value.clone();
    }

    fn clear(&mut self) {
        let spec = self.spec.clone();
        *self = Field::new(spec);
    }

    fn display(&self, lang: Lang) -> &str {
        match &self.spec.kind {
            FieldKind::Choice { options } => match self.choice.and_then(|i| options.get(i)) {
                Some((_, label)) => label,
                None => &self.value,
            },
            FieldKind::YesNo if self.value == "1" => tx::YES.get(lang),
            FieldKind::YesNo => tx::NO.get(lang),
            _ => self.input.text(),
        }
    }
}

/// A form: fields, focus, errors and the discard question.
#[derive(Debug, Clone)]
pub struct Form {
    title: String,
    lang: Lang,
    fields: Vec<Field>,
    focus: usize,
    confirm: Option<Confirm>,
    /// A one-key message on the help line (refused key, refused save).
    notice: Option<String>,
    save_and_new: bool,
    /// First content row shown; kept by the view so scrolling is steady.
    scroll: Cell<usize>,
}

impl Form {
    /// A clean form with every field empty (`YesNo` = no) and the focus on the first field.
    pub fn new(title: impl Into<String>, specs: Vec<FieldSpec>, lang: Lang) -> Form {
        let mut form = Form {
            title: title.into(),
            lang,
            fields: specs.into_iter().map(Field::new).collect(),
            focus: 0,
            confirm: None,
            notice: None,
            save_and_new: true,
            scroll: Cell::new(0),
        };
        form.arrive(0);
        form
    }

    /// For forms where "save and new" makes no sense (editing one record):
    /// `Ctrl-N` does nothing and is not advertised.
    pub fn without_save_and_new(mut self) -> Form {
        self.save_and_new = false;
        self
    }

    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn len(&self) -> usize {
        self.fields.len()
    }
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
    /// Index of the focused field.
    pub fn focus(&self) -> usize {
        self.focus
    }
    /// Key of the focused field (`""` for a form without fields).
    pub fn focus_key(&self) -> &'static str {
        self.fields.get(self.focus).map_or("", |f| f.spec.key)
    }
    /// Moves the focus without checking the field left (e.g. the app opens a form on NIP).
    pub fn set_focus(&mut self, key: &str) -> bool {
        match self.index_of(key) {
            Some(i) => {
                self.close_focused();
                self.arrive(i);
                true
            }
            None => false,
        }
    }
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.fields.iter().position(|f| f.spec.key == key)
    }
    pub fn confirm(&self) -> Option<Confirm> {
        self.confirm
    }
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }
    pub fn save_and_new_enabled(&self) -> bool {
        self.save_and_new
    }

    /// Canonical value: text trimmed, ISO for a valid date (else the text as
    /// typed), the code for a choice, the id for a picked lookup (else `""`),
    /// `1`/`0` for yes/no, `.` as decimal point. Unknown key → `""`.
    pub fn value(&self, key: &str) -> &str {
        self.index_of(key).map_or("", |i| &self.fields[i].value)
    }

    /// What the field shows (date as typed or `dd-mm-yyyy`, choice label…).
    pub fn display(&self, key: &str) -> &str {
        self.index_of(key)
            .map_or("", |i| self.fields[i].display(self.lang))
    }

    /// Sets a value as the app loads or prefills it (ISO or typed date, choice
    /// code, `1`/`0`…). No filter, no check, the error of the field is cleared.
    /// A choice code not among the options is kept and shown as is. For a
    /// lookup use `set_picked`. False for an unknown key or an unusable value.
    pub fn set_value(&mut self, key: &str, value: &str) -> bool {
        let Some(i) = self.index_of(key) else {
            return false;
        };
        let f = &mut self.fields[i];
        match &f.spec.kind {
            FieldKind::Date => {
                let shown = dates::parse_date(value).map(dates::display);
                f.input.set(shown.as_deref().unwrap_or(value));
            }
            FieldKind::Choice { options } => {
                f.choice = options.iter().position(|(c, _)| c == value);
                f.value = value.to_string();
            }
            FieldKind::YesNo => {
                f.value = match value.to_lowercase().as_str() {
                    "1" | "true" | "y" | "ya" | "yes" => "1",
                    "0" | "false" | "n" | "tidak" | "no" | "" => "0",
                    _ => return false,
                }
                .to_string();
            }
            FieldKind::Lookup => {
                if !value.trim().is_empty() {
                    return false;
                }
                f.picked = None;
                f.input.clear();
            }
            _ => f.input.set(value),
        }
        f.results = None;
        f.narrow.clear();
        f.error = None;
        f.note = None;
        f.sync();
        true
    }

    /// Sets (or with `None` clears) the record a lookup field holds.
    pub fn set_picked(&mut self, key: &str, item: Option<LookupItem>) -> bool {
        let Some(i) = self.index_of(key) else {
            return false;
        };
        let f = &mut self.fields[i];
        if f.spec.kind != FieldKind::Lookup {
            return false;
        }
        f.input.set(item.as_ref().map_or("", |p| p.label.as_str()));
        f.picked = item;
        f.results = None;
        f.error = None;
        f.sync();
        true
    }

    /// The record a lookup field holds.
    pub fn picked(&self, key: &str) -> Option<&LookupItem> {
        self.index_of(key)
            .and_then(|i| self.fields[i].picked.as_ref())
    }

    /// Results for lookup field `field` (ignored unless it still has the focus
    /// and holds no pick). The first result is selected.
    pub fn set_lookup_results(&mut self, field: usize, items: Vec<LookupItem>) -> bool {
        self.set_lookup_results_of_more(field, items, false)
    }

    /// As `set_lookup_results`, for the first of more records that match
    /// (`more`): the list then says that typing more narrows it.
    pub fn set_lookup_results_of_more(
        &mut self,
        field: usize,
        items: Vec<LookupItem>,
        more: bool,
    ) -> bool {
        let focused = field == self.focus;
        match self.fields.get_mut(field) {
            Some(f) if focused && f.spec.kind == FieldKind::Lookup && f.picked.is_none() => {
                f.results = Some(items);
                f.more = more;
                f.selected = 0;
                true
            }
            _ => false,
        }
    }

    /// Something differs from the values at creation / the last `mark_clean`.
    /// A lookup with typed text but no pick counts as changed too: nothing
    /// typed is dropped without the question.
    pub fn is_dirty(&self) -> bool {
        self.fields.iter().any(|f| {
            f.value != f.initial
                || (f.spec.kind == FieldKind::Lookup
                    && f.picked.is_none()
                    && !f.input.text().trim().is_empty())
        })
    }

    /// The current values become the clean state (call after loading a record).
    pub fn mark_clean(&mut self) {
        for f in &mut self.fields {
            f.initial = f.value.clone();
        }
    }

    /// Sets (or clears) a note under field `key` that is no error: a value
    /// the form derives (a predicate shown live), a warning that does not
    /// stop the save. It stays until the field's value is set again.
    pub fn set_note(&mut self, key: &str, note: Option<String>) {
        if let Some(i) = self.index_of(key) {
            self.fields[i].owner_note = note;
        }
    }

    /// The note under field `key` (no error: see `Field::note`).
    pub fn note(&self, key: &str) -> Option<&str> {
        self.index_of(key).and_then(|i| {
            let f = &self.fields[i];
            f.note.as_deref().or(f.owner_note.as_deref())
        })
    }

    pub fn error(&self, key: &str) -> Option<&str> {
        self.index_of(key)
            .and_then(|i| self.fields[i].error.as_deref())
    }

    /// Every field error, in form order.
    pub fn errors(&self) -> Vec<(&'static str, &str)> {
        self.fields
            .iter()
            .filter_map(|f| f.error.as_deref().map(|e| (f.spec.key, e)))
            .collect()
    }

    /// Layers 3 and 4 (cross-field, database): shows each message at its
    /// field and moves the focus to the first field with an error in form
    /// order. Returns the messages whose key is no field of this form (for the
    /// status line). An error stays until its field's value changes.
    pub fn set_errors<K: AsRef<str>>(
        &mut self,
        errors: impl IntoIterator<Item = (K, String)>,
    ) -> Vec<String> {
        let mut unmatched = Vec::new();
        for (key, message) in errors {
            match self.index_of(key.as_ref()) {
                Some(i) => self.fields[i].set_error(message),
                None => unmatched.push(message),
            }
        }
        let count = self.fields.iter().filter(|f| f.error.is_some()).count();
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.close_focused();
            self.arrive(first);
            self.notice = Some(tx::save_refused(self.lang, count));
        }
        unmatched
    }

    pub fn clear_errors(&mut self) {
        for f in &mut self.fields {
            f.error = None;
        }
        self.notice = None;
    }

    /// "Save and new": keeps the values of `keep`, empties the other fields,
    /// clears errors and the question, focuses the first field; the result is clean.
    pub fn reset_for_new(&mut self, keep: &[&str]) {
        for f in &mut self.fields {
            if keep.contains(&f.spec.key) {
                f.results = None;
                f.narrow.clear();
                f.error = None;
                f.note = None;
            } else {
                f.clear();
            }
        }
        self.arrive(0);
        self.confirm = None;
        self.notice = None;
        self.scroll.set(0);
        self.mark_clean();
    }

    /// What the view needs about field `i`.
    pub fn field(&self, i: usize) -> Option<FieldView<'_>> {
        let f = self.fields.get(i)?;
        let focused = i == self.focus;
        Some(FieldView {
            spec: &f.spec,
            display: f.display(self.lang),
            cursor: f.spec.is_text().then(|| f.input.cursor()),
            error: f.error.as_deref(),
            note: f.note.as_deref().or(f.owner_note.as_deref()),
            results: f
                .results
                .as_deref()
                .filter(|_| focused)
                .map(|r| (r, f.selected)),
            more: f.more,
            picked: f.picked.is_some(),
            narrow: &f.narrow,
            focused,
            selected: focused && f.selected_all && !f.input.text().is_empty(),
        })
    }

    /// The keys that matter now, for the app's footer: (keys, what they do),
    /// from the form's key table.
    pub fn key_hints(&self) -> Vec<(T, T)> {
        keys::FORM_KEYS
            .iter()
            .filter(|b| (b.hint)(self))
            .map(|b| (b.keys, b.does))
            .collect()
    }

    pub(crate) fn scroll(&self) -> usize {
        self.scroll.get()
    }
    pub(crate) fn set_scroll(&self, row: usize) {
        self.scroll.set(row);
    }

    // ---- internals used by the key handling (keys.rs) ----

    /// The focused lookup shows a result list with at least one row.
    pub(crate) fn results_open(&self) -> bool {
        self.fields
            .get(self.focus)
            .and_then(|f| f.results.as_ref())
            .is_some_and(|r| !r.is_empty())
    }

    /// The focused lookup shows results or "nothing found".
    pub(crate) fn results_shown(&self) -> bool {
        self.fields
            .get(self.focus)
            .is_some_and(|f| f.results.is_some())
    }

    fn close_focused(&mut self) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.results = None;
            f.narrow.clear();
        }
    }

    /// Moves the focus to `to`, checking the field left (layer 2).
    fn move_to(&mut self, to: usize) {
        if to == self.focus || to >= self.fields.len() {
            return;
        }
        let lang = self.lang;
        if let Some(f) = self.fields.get_mut(self.focus) {
            f.leave(lang, true);
        }
        self.arrive(to);
    }

    /// The focus arrives at field `i` with its whole value selected, so that
    /// typing replaces it (design.md §1.3).
    fn arrive(&mut self, i: usize) {
        self.focus = i;
        if let Some(f) = self.fields.get_mut(i) {
            f.selected_all = f.spec.is_text();
            f.input.end_of_text();
        }
    }

    /// Drops the selection of the focused field (editing in place begins).
    fn deselect(&mut self) -> bool {
        match self.fields.get_mut(self.focus) {
            Some(f) if f.selected_all => {
                f.selected_all = false;
                true
            }
            _ => false,
        }
    }

    /// The focused field's whole value is selected and not empty: the next
    /// typed character replaces it.
    fn replacing(&self) -> bool {
        self.fields
            .get(self.focus)
            .is_some_and(|f| f.selected_all && !f.input.text().is_empty())
    }

    /// Layer 2 on every field; `outcome` only when all pass, else the focus
    /// goes to the first error. Earlier caller errors are dropped: the caller
    /// checks layers 3 and 4 again on the `Save` it gets.
    fn try_save(&mut self, outcome: FormOutcome) -> FormOutcome {
        let lang = self.lang;
        for f in &mut self.fields {
            f.leave(lang, false);
        }
        let count = self.fields.iter().filter(|f| f.error.is_some()).count();
        match self.fields.iter().position(|f| f.error.is_some()) {
            Some(first) => {
                self.arrive(first);
                self.notice = Some(tx::save_refused(lang, count));
                FormOutcome::None
            }
            None => outcome,
        }
    }
}
