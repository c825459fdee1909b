//! Validation layers 1 (a key refused as it is typed) and 2 (a field checked
//! when the focus leaves it, and every field again on save).

use super::{FieldKind, FieldSpec, KeyFilter};
use crate::domain::dates::{DateRead, read_date};
use crate::i18n::form as tx;
use crate::i18n::{Lang, T};

/// Layer 1: may `c` be typed into a field of `kind` with `filter`? `Err` holds
/// the hint that says why not.
pub fn accepts(kind: &FieldKind, filter: KeyFilter, c: char) -> Result<(), T> {
    if c.is_control() {
        return Err(tx::CHAR_REFUSED);
    }
    let digit = c.is_ascii_digit();
    match kind {
        FieldKind::Number { min, .. } if !(digit || (c == '-' && *min < 0)) => {
            return Err(tx::ONLY_DIGITS);
        }
        FieldKind::Decimal { min, .. }
            if !(digit || c == '.' || c == ',' || (c == '-' && *min < 0.0)) =>
        {
            return Err(tx::ONLY_DECIMAL);
        }
        FieldKind::Date if !(digit || c == '-' || c == '/') => return Err(tx::DATE_CHARS),
        _ => {}
    }
    let (ok, hint) = match filter {
        KeyFilter::Any => (true, tx::CHAR_REFUSED),
        KeyFilter::Digits => (digit, tx::ONLY_DIGITS),
        KeyFilter::DigitsAndSpaces => (digit || c == ' ', tx::ONLY_DIGITS_SPACES),
        KeyFilter::Decimal => (digit || matches!(c, '.' | ',' | '-'), tx::ONLY_DECIMAL),
        KeyFilter::NoSpaces => (!c.is_whitespace(), tx::NO_SPACES),
        KeyFilter::Custom(f, hint) => (f(c), hint),
    };
    if ok { Ok(()) } else { Err(hint) }
}

/// The most characters a field of `kind` takes from the keyboard.
pub fn max_chars(kind: &FieldKind) -> usize {
    match kind {
        FieldKind::Text { max_len } | FieldKind::MultiLine { max_len } => *max_len,
        // As many characters as the widest bound: a level 1–5 takes one digit,
        // so a second key cannot hide what the field holds.
        FieldKind::Number { min, max } => min.to_string().len().max(max.to_string().len()),
        FieldKind::Decimal { .. } => 24,
        FieldKind::Date => 10,
        FieldKind::Lookup => 100,
        FieldKind::Choice { .. } | FieldKind::YesNo => 0,
    }
}

/// What layer 2 needs to know about a field's current state.
pub struct Current<'a> {
    /// The text as typed (for text-like kinds).
    pub typed: &'a str,
    /// The canonical value (`Form::value`).
    pub value: &'a str,
    /// Nothing entered (no text, no choice, no pick).
    pub empty: bool,
    /// A lookup field holds a picked record.
    pub picked: bool,
}

/// Layer 2: required, the kind's own rules, then the spec's `validate` (called
/// only for a non-empty value). `None` = the field is fine.
pub fn field_error(spec: &FieldSpec, cur: &Current<'_>, lang: Lang) -> Option<String> {
    if cur.empty {
        return spec.required.then(|| tx::REQUIRED.get(lang).to_string());
    }
    let kind_error = match &spec.kind {
        FieldKind::Text { max_len } | FieldKind::MultiLine { max_len } => {
            (cur.value.chars().count() > *max_len).then(|| tx::too_long(lang, *max_len))
        }
        FieldKind::Number { min, max } => match cur.value.parse::<i64>() {
            Ok(n) if (*min..=*max).contains(&n) => None,
            _ => Some(tx::bad_number(lang, *min, *max)),
        },
        FieldKind::Decimal { min, max } => match cur.value.parse::<f64>() {
            Ok(n) if n.is_finite() && *min <= n && n <= *max => None,
            _ => Some(tx::bad_decimal(lang, *min, *max)),
        },
        FieldKind::Date => match read_date(cur.typed) {
            DateRead::Date(_) => None,
            DateRead::Impossible { day, month, year } => {
                Some(tx::impossible_date(lang, day, month, year))
            }
            DateRead::Unreadable => Some(tx::BAD_DATE.get(lang).to_string()),
        },
        FieldKind::Lookup => (!cur.picked).then(|| tx::PICK_FROM_LIST.get(lang).to_string()),
        FieldKind::Choice { .. } | FieldKind::YesNo => None,
    };
    kind_error.or_else(|| spec.validate.and_then(|f| f(cur.value, lang).err()))
}

/// Index of the option a narrowing text selects: label prefix first, then
/// code prefix, then label containing the text (all case-insensitive).
pub fn narrow(options: &[(String, String)], typed: &str) -> Option<usize> {
    narrow_all(options, typed).first().copied()
}

/// Every option the text matches at the first rule that matches any (label
/// prefix, code prefix, label containing it), in option order; an option
/// whose label or code equals the text exactly comes alone.
pub fn narrow_all(options: &[(String, String)], typed: &str) -> Vec<usize> {
    use crate::domain::search::fold;
    let t = fold(typed);
    if t.is_empty() {
        return vec![];
    }
    let low: Vec<(String, String)> = options.iter().map(|(c, l)| (fold(c), fold(l))).collect();
    if let Some(i) = low.iter().position(|(c, l)| *l == t || *c == t) {
        return vec![i];
    }
    // Rule 0: label prefix; 1: code prefix; 2: label containing the text.
    for rule in 0..3 {
        let found: Vec<usize> = (0..low.len())
            .filter(|&i| {
                let (c, l) = &low[i];
                match rule {
                    0 => l.starts_with(&t),
                    1 => c.starts_with(&t),
                    _ => l.contains(&t),
                }
            })
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    vec![]
}
