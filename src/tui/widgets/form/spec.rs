//! The public types of the form engine: field specifications, outcomes,
//! and the read-only view of one field.

use crate::i18n::Lang;

/// What a field holds and how it is edited.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// One line of text, at most `max_len` characters.
    Text { max_len: usize },
    /// A whole number in `min..=max` (digits, and `-` when `min < 0`).
    Number { min: i64, max: i64 },
    /// A number with a decimal comma or point in `min..=max`; the value uses `.`.
    Decimal { min: f64, max: f64 },
    /// A date typed `dd-mm-yyyy`, `dd/mm/yyyy`, `ddmmyyyy` or `yyyy-mm-dd`;
    /// shown `dd-mm-yyyy`, value ISO `yyyy-mm-dd`.
    Date,
    /// One of `(code, label)`: `←`/`→`/`Space` cycle, typing narrows; the value
    /// is the code. A field that is not required can also be empty.
    Choice { options: Vec<(String, String)> },
    /// A record picked by typing (NIP or name prefix): the form asks with
    /// `FormOutcome::Lookup`, the app answers with `set_lookup_results`; the
    /// value is the picked id.
    Lookup,
    /// Several lines; `Enter` still moves on, `Alt-Enter` or `Ctrl-J` breaks a line.
    MultiLine { max_len: usize },
    /// Yes or no: value `1` or `0`.
    YesNo,
}

/// What a lookup field searches: the app answers its queries from that kind
/// of record (never by guessing from the field's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LookupSource {
    Employee,
    Unit,
    Competency,
    Partner,
    /// The training catalogue (code or name words).
    Training,
    /// Agreements (number, partner, subject words); those in force first.
    Agreement,
    /// Employees in service, with the interns each mentors now.
    Mentor,
}

/// Layer 1: which characters a text-like field takes from the keyboard (on top
/// of what its kind takes: digits for numbers, digits and `-`/`/` for dates).
#[derive(Debug, Clone, Copy, Default)]
pub enum KeyFilter {
    #[default]
    Any,
    Digits,
    /// Digits and spaces (a NIP typed in groups; the caller removes the spaces).
    DigitsAndSpaces,
    /// Digits, `.`, `,` and `-`.
    Decimal,
    NoSpaces,
    /// Characters the function takes; the hint says which when one is refused.
    Custom(fn(char) -> bool, crate::i18n::T),
}

/// Layer 2 rule of one field: gets the canonical, non-empty value.
pub type Validator = fn(&str, Lang) -> Result<(), String>;

/// One field of a form.
#[derive(Debug, Clone)]
pub struct FieldSpec {
    /// Stable name the caller uses (`value("nip")`, `set_errors`).
    pub key: &'static str,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    pub filter: KeyFilter,
    /// Shown on the last line while the field has the focus.
    pub help: String,
    pub validate: Option<Validator>,
    /// What a lookup field searches (`None` for other kinds of field).
    pub source: Option<LookupSource>,
}

impl FieldSpec {
    pub fn new(key: &'static str, label: impl Into<String>, kind: FieldKind) -> FieldSpec {
        FieldSpec {
            key,
            label: label.into(),
            kind,
            required: false,
            filter: KeyFilter::Any,
            help: String::new(),
            validate: None,
            source: None,
        }
    }
    pub fn text(key: &'static str, label: impl Into<String>, max_len: usize) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::Text { max_len })
    }
    pub fn number(key: &'static str, label: impl Into<String>, min: i64, max: i64) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::Number { min, max })
    }
    pub fn decimal(key: &'static str, label: impl Into<String>, min: f64, max: f64) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::Decimal { min, max })
    }
    pub fn date(key: &'static str, label: impl Into<String>) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::Date)
    }
    pub fn choice(
        key: &'static str,
        label: impl Into<String>,
        options: Vec<(String, String)>,
    ) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::Choice { options })
    }
    /// A field that picks a record of `source` by typing.
    pub fn lookup(key: &'static str, label: impl Into<String>, source: LookupSource) -> FieldSpec {
        let mut f = FieldSpec::new(key, label, FieldKind::Lookup);
        f.source = Some(source);
        f
    }
    /// What a lookup field searches.
    pub fn lookup_source(&self) -> Option<LookupSource> {
        self.source
    }
    pub fn multi_line(key: &'static str, label: impl Into<String>, max_len: usize) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::MultiLine { max_len })
    }
    pub fn yes_no(key: &'static str, label: impl Into<String>) -> FieldSpec {
        FieldSpec::new(key, label, FieldKind::YesNo)
    }
    pub fn required(mut self) -> FieldSpec {
        self.required = true;
        self
    }
    pub fn filter(mut self, filter: KeyFilter) -> FieldSpec {
        self.filter = filter;
        self
    }
    pub fn help(mut self, help: impl Into<String>) -> FieldSpec {
        self.help = help.into();
        self
    }
    pub fn validate(mut self, f: Validator) -> FieldSpec {
        self.validate = Some(f);
        self
    }
    /// Fields edited as text with a cursor.
    pub fn is_text(&self) -> bool {
        !matches!(self.kind, FieldKind::Choice { .. } | FieldKind::YesNo)
    }
}

/// One record offered by a lookup field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupItem {
    pub id: i64,
    /// Shown in the field once picked (e.g. the name).
    pub label: String,
    /// Shown beside the label in the result list (e.g. NIP · unit).
    pub detail: String,
}

/// What the app must do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormOutcome {
    /// Nothing for the app (the form may have changed how it looks).
    None,
    /// The value of `key` changed (e.g. the NIP: the app may prefill from it).
    Changed { key: &'static str },
    /// The text of lookup field `field` changed: query the records matching
    /// `query` and call `set_lookup_results(field, …)`. Implies a change.
    Lookup {
        field: usize,
        key: &'static str,
        source: LookupSource,
        query: String,
    },
    /// Every field passed layer 2: check across fields, then save.
    Save,
    /// Like `Save`, then `reset_for_new(…)` for the next record.
    SaveAndNew,
    /// Close the form (nothing changed, or the user agreed to discard).
    Cancel,
    /// Quit the application (same agreement as `Cancel`).
    Quit,
}

/// A question the form is asking instead of editing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confirm {
    /// `Esc` on a changed form.
    Discard,
    /// `Ctrl-C` on a changed form.
    Quit,
}

/// What the view may read about one field.
#[derive(Debug, Clone, Copy)]
pub struct FieldView<'a> {
    pub spec: &'a FieldSpec,
    /// The text shown (typed text, choice label, Ya/Tidak).
    pub display: &'a str,
    /// Cursor as a byte index into `display` (text-like fields).
    pub cursor: Option<usize>,
    pub error: Option<&'a str>,
    /// A note under the field that is no error (a cut paste, an undecided choice).
    pub note: Option<&'a str>,
    /// Open lookup results and the selected index.
    pub results: Option<(&'a [LookupItem], usize)>,
    /// More records match than `results` holds.
    pub more: bool,
    /// A lookup field holds a picked record.
    pub picked: bool,
    /// Text typed to narrow a choice.
    pub narrow: &'a str,
    pub focused: bool,
    /// The focused field's whole value is selected: typing replaces it.
    pub selected: bool,
}
