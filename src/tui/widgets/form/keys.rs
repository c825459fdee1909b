//! Keys and pasted text → edits of the form and a `FormOutcome` (design.md
//! §1.3, form mode).

use super::{Confirm, FieldKind, Form, FormOutcome, check};
use crate::i18n::T;
use crate::i18n::form as tx;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Ctrl without Alt: a command. (Ctrl+Alt is AltGr on some terminals: a typed character.)
fn command(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && !key.modifiers.contains(KeyModifiers::ALT)
}

/// A character typed as text (plain, shifted or AltGr), not a command or an Alt chord.
fn typed(key: &KeyEvent) -> Option<char> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(c) if ctrl == alt => Some(c),
        _ => None,
    }
}

/// What a form key asks for (the keys that edit a field's text are not
/// here: every other key goes to the focused field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormAction {
    Save,
    SaveAndNew,
    /// Ask before quitting when anything changed.
    Quit,
    /// Ask before discarding when anything changed.
    Cancel,
    /// Close the open lookup list.
    CloseList,
    NewLine,
    /// Accept the field and move on (pick in an open list; save on the last).
    Enter,
    /// Next / previous field, wrapping around.
    Next,
    Prev,
    /// Next / previous field, stopping at the ends.
    Down,
    Up,
    /// Take the selected lookup result and move on.
    PickAndNext,
    /// Move in an open lookup list.
    ListDown,
    ListUp,
}

/// One line of the form's key table: the key handling, the footer hints and
/// the F1 form help are all made from [`FORM_KEYS`].
pub struct FormKey {
    pub keys: T,
    pub does: T,
    /// Shown in the footer in this state of the form.
    pub hint: fn(&Form) -> bool,
    /// Listed in the F1 form help.
    pub help: bool,
    /// The action for a key, when this line takes it (`None` for lines that
    /// only describe how fields are edited).
    pub map: fn(&KeyEvent, &Form) -> Option<FormAction>,
}

fn never(_: &KeyEvent, _: &Form) -> Option<FormAction> {
    None
}
fn asking(f: &Form) -> bool {
    f.confirm.is_some()
}
fn editing(f: &Form) -> bool {
    f.confirm.is_none()
}
fn focused_kind(f: &Form) -> Option<&FieldKind> {
    f.fields.get(f.focus).map(|x| &x.spec.kind)
}
fn is_multi(f: &Form) -> bool {
    matches!(focused_kind(f), Some(FieldKind::MultiLine { .. }))
}
fn last_field(f: &Form) -> bool {
    f.focus + 1 >= f.fields.len()
}
fn shift_tab(k: &KeyEvent) -> bool {
    k.code == KeyCode::BackTab
        || (k.code == KeyCode::Tab && k.modifiers.contains(KeyModifiers::SHIFT))
}
fn ctrl_key(k: &KeyEvent, c: char) -> bool {
    command(k) && matches!(k.code, KeyCode::Char(x) if x.to_ascii_lowercase() == c)
}

/// The form's keys, in the order the footer and the help show them.
pub static FORM_KEYS: &[FormKey] = &[
    FormKey {
        keys: tx::KEY_CONFIRM_YES,
        does: tx::DO_CONFIRM_DISCARD,
        hint: |f| f.confirm == Some(Confirm::Discard),
        help: false,
        map: never,
    },
    FormKey {
        keys: tx::KEY_CONFIRM_YES,
        does: tx::DO_CONFIRM_QUIT,
        hint: |f| f.confirm == Some(Confirm::Quit),
        help: false,
        map: never,
    },
    FormKey {
        keys: tx::KEY_CONFIRM_NO,
        does: tx::DO_CONFIRM_NO,
        hint: asking,
        help: false,
        map: never,
    },
    FormKey {
        keys: tx::KEY_CYCLE,
        does: tx::DO_CYCLE,
        hint: |f| editing(f) && matches!(focused_kind(f), Some(FieldKind::Choice { .. })),
        help: true,
        map: never,
    },
    FormKey {
        keys: tx::KEY_YES_NO,
        does: tx::DO_YES_NO,
        hint: |f| editing(f) && matches!(focused_kind(f), Some(FieldKind::YesNo)),
        help: true,
        map: never,
    },
    FormKey {
        keys: tx::KEY_PICK,
        does: tx::DO_PICK,
        hint: |f| editing(f) && f.results_open(),
        help: true,
        // With results open, ↑↓ Tab Enter act on the list.
        map: |k, f| {
            if !f.results_open() || shift_tab(k) {
                return None;
            }
            match k.code {
                KeyCode::Down => Some(FormAction::ListDown),
                KeyCode::Up => Some(FormAction::ListUp),
                KeyCode::Tab => Some(FormAction::PickAndNext),
                KeyCode::Enter => Some(FormAction::Enter),
                _ => None,
            }
        },
    },
    FormKey {
        keys: tx::KEY_TYPE,
        does: tx::DO_LOOKUP,
        hint: |f| {
            editing(f) && !f.results_open() && matches!(focused_kind(f), Some(FieldKind::Lookup))
        },
        help: true,
        map: never,
    },
    FormKey {
        keys: tx::KEY_NEWLINE,
        does: tx::DO_NEWLINE,
        hint: |f| editing(f) && is_multi(f),
        help: true,
        map: |k, f| {
            let alt_enter = k.code == KeyCode::Enter && k.modifiers.contains(KeyModifiers::ALT);
            (is_multi(f) && (alt_enter || ctrl_key(k, 'j'))).then_some(FormAction::NewLine)
        },
    },
    FormKey {
        keys: tx::KEY_NEXT,
        does: tx::DO_NEXT,
        hint: |f| editing(f) && !f.results_open(),
        help: true,
        map: |k, _| {
            if shift_tab(k) {
                return Some(FormAction::Prev);
            }
            match k.code {
                KeyCode::Tab => Some(FormAction::Next),
                KeyCode::Down => Some(FormAction::Down),
                KeyCode::Up => Some(FormAction::Up),
                _ => None,
            }
        },
    },
    FormKey {
        keys: tx::KEY_ENTER,
        does: tx::DO_ENTER,
        hint: |f| editing(f) && !f.results_open() && !last_field(f),
        help: true,
        map: |k, _| (k.code == KeyCode::Enter || ctrl_key(k, 'j')).then_some(FormAction::Enter),
    },
    FormKey {
        keys: tx::KEY_ENTER,
        does: tx::DO_SAVE,
        hint: |f| editing(f) && !f.results_open() && last_field(f),
        help: false,
        map: never,
    },
    FormKey {
        keys: tx::KEY_SAVE,
        does: tx::DO_SAVE,
        hint: editing,
        help: true,
        map: |k, _| (ctrl_key(k, 's') || k.code == KeyCode::F(2)).then_some(FormAction::Save),
    },
    FormKey {
        keys: tx::KEY_SAVE_NEW,
        does: tx::DO_SAVE_NEW,
        hint: |f| editing(f) && f.save_and_new,
        help: true,
        map: |k, f| (f.save_and_new && ctrl_key(k, 'n')).then_some(FormAction::SaveAndNew),
    },
    FormKey {
        keys: tx::KEY_CANCEL,
        does: tx::DO_CLOSE_LIST,
        hint: |f| editing(f) && f.results_shown(),
        help: false,
        map: |k, f| (k.code == KeyCode::Esc && f.results_shown()).then_some(FormAction::CloseList),
    },
    FormKey {
        keys: tx::KEY_CANCEL,
        does: tx::DO_CANCEL,
        hint: |f| editing(f) && !f.results_shown(),
        help: true,
        map: |k, _| (k.code == KeyCode::Esc).then_some(FormAction::Cancel),
    },
    FormKey {
        keys: tx::KEY_QUIT,
        does: tx::DO_QUIT,
        hint: |_| false,
        help: true,
        map: |k, _| ctrl_key(k, 'c').then_some(FormAction::Quit),
    },
    FormKey {
        keys: tx::KEY_REPLACE,
        does: tx::DO_REPLACE,
        hint: |_| false,
        help: true,
        map: never,
    },
    FormKey {
        keys: tx::KEY_IN_PLACE,
        does: tx::DO_IN_PLACE,
        hint: |_| false,
        help: true,
        map: never,
    },
    FormKey {
        keys: tx::KEY_CLEAR,
        does: tx::DO_CLEAR,
        hint: |_| false,
        help: true,
        map: never,
    },
];

impl Form {
    /// One key press. Releases are ignored; any key clears the last notice.
    /// A key of [`FORM_KEYS`] does its action; every other key edits the
    /// focused field. At the discard/quit question only its answers count.
    pub fn handle(&mut self, key: KeyEvent) -> FormOutcome {
        if key.kind == KeyEventKind::Release {
            return FormOutcome::None;
        }
        self.notice = None;
        if let Some(c) = self.confirm {
            return self.on_confirm(c, key);
        }
        match FORM_KEYS.iter().find_map(|b| (b.map)(&key, self)) {
            Some(action) => self.perform(action),
            None => self.edit(key),
        }
    }

    fn perform(&mut self, action: FormAction) -> FormOutcome {
        match action {
            FormAction::Save => self.try_save(FormOutcome::Save),
            FormAction::SaveAndNew => self.try_save(FormOutcome::SaveAndNew),
            FormAction::Quit => self.ask(Confirm::Quit),
            FormAction::Cancel => self.ask(Confirm::Discard),
            FormAction::CloseList => {
                self.close_focused();
                FormOutcome::None
            }
            FormAction::NewLine => self.newline(),
            FormAction::Enter => self.enter(),
            FormAction::Next => self.step(1, true),
            FormAction::Prev => self.step(-1, true),
            FormAction::Down => self.step(1, false),
            FormAction::Up => self.step(-1, false),
            // Tab in a lookup with results open takes the selected record,
            // as completion lists do, then moves on like Tab everywhere.
            FormAction::PickAndNext => {
                let out = self.pick();
                self.step(1, true);
                out
            }
            FormAction::ListDown => self.move_selection(1),
            FormAction::ListUp => self.move_selection(-1),
        }
    }

    /// Pasted text (bracketed paste): goes through the field's filter like
    /// typed keys; refused characters are dropped, a full field stops it.
    pub fn paste(&mut self, text: &str) -> FormOutcome {
        self.notice = None;
        if self.confirm.is_some() {
            return FormOutcome::None;
        }
        match self.kind() {
            None | Some(FieldKind::YesNo) => FormOutcome::None,
            Some(FieldKind::Choice { .. }) => {
                let t: String = text.chars().filter(|c| !c.is_control()).collect();
                self.narrow_by(t.trim())
            }
            Some(kind) => {
                let multi = matches!(kind, FieldKind::MultiLine { .. });
                let max = check::max_chars(kind);
                // Pasting over a selected value replaces it (kept if nothing
                // of the paste can go in).
                let before = self.replacing().then(|| {
                    let input = &mut self.fields[self.focus].input;
                    let old = input.text().to_string();
                    input.clear();
                    old
                });
                let mut any = false;
                let (mut cut, mut refused) = (0, 0);
                let mut chars = text.chars().filter(|c| *c != '\r').peekable();
                while let Some(c) = chars.next() {
                    let full = self.fields[self.focus].input.chars() >= max;
                    if full {
                        self.notice = Some(tx::too_long(self.lang, max));
                        cut = 1 + chars.count();
                        break;
                    }
                    let took = match c {
                        '\n' if multi => self.insert(c),
                        // A pasted line break or tab between words becomes a space.
                        '\n' | '\t' => {
                            let spaced = self.fields[self.focus]
                                .input
                                .text()
                                .ends_with(|p: char| !p.is_whitespace())
                                && chars.peek().is_some_and(|n| !n.is_whitespace());
                            spaced && self.type_char(' ')
                        }
                        _ => {
                            let ok = self.type_char(c);
                            refused += usize::from(!ok);
                            ok
                        }
                    };
                    any |= took;
                }
                if any {
                    self.deselect();
                    let out = self.text_changed();
                    let lang = self.lang;
                    let f = &mut self.fields[self.focus];
                    if cut > 0 {
                        f.note = Some(tx::paste_cut(lang, max, cut));
                    } else if refused > 0 {
                        f.note = Some(tx::paste_refused(lang, refused));
                    }
                    out
                } else {
                    if let Some(old) = before {
                        self.fields[self.focus].input.set(&old);
                    }
                    FormOutcome::None
                }
            }
        }
    }

    fn kind(&self) -> Option<&FieldKind> {
        self.fields.get(self.focus).map(|f| &f.spec.kind)
    }

    fn ask(&mut self, question: Confirm) -> FormOutcome {
        if self.is_dirty() {
            self.close_focused();
            self.confirm = Some(question);
            return FormOutcome::None;
        }
        match question {
            Confirm::Discard => FormOutcome::Cancel,
            Confirm::Quit => FormOutcome::Quit,
        }
    }

    fn on_confirm(&mut self, question: Confirm, key: KeyEvent) -> FormOutcome {
        if command(&key) && matches!(key.code, KeyCode::Char('c' | 'C')) {
            if question == Confirm::Quit {
                self.confirm = None;
                return FormOutcome::Quit;
            }
            self.confirm = Some(Confirm::Quit);
            return FormOutcome::None;
        }
        match (key.code, typed(&key)) {
            (_, Some('y' | 'Y')) => {
                self.confirm = None;
                match question {
                    Confirm::Discard => FormOutcome::Cancel,
                    Confirm::Quit => FormOutcome::Quit,
                }
            }
            (KeyCode::Esc, _) | (_, Some('n' | 'N' | 't' | 'T')) => {
                self.confirm = None;
                FormOutcome::None
            }
            _ => FormOutcome::None,
        }
    }

    /// Next (`delta` 1) or previous (-1) field, wrapping or stopping at the ends.
    fn step(&mut self, delta: isize, wrap: bool) -> FormOutcome {
        let n = self.fields.len() as isize;
        if n == 0 {
            return FormOutcome::None;
        }
        let to = self.focus as isize + delta;
        let to = if wrap {
            to.rem_euclid(n)
        } else {
            to.clamp(0, n - 1)
        };
        self.move_to(to as usize);
        FormOutcome::None
    }

    fn enter(&mut self) -> FormOutcome {
        let last = self.focus + 1 >= self.fields.len();
        if self.results_open() {
            let out = self.pick();
            if !last {
                self.move_to(self.focus + 1);
            }
            return out;
        }
        if last {
            self.try_save(FormOutcome::Save)
        } else {
            self.move_to(self.focus + 1);
            FormOutcome::None
        }
    }

    fn move_selection(&mut self, delta: isize) -> FormOutcome {
        let f = &mut self.fields[self.focus];
        if let Some(r) = &f.results {
            let last = r.len().saturating_sub(1) as isize;
            f.selected = (f.selected as isize + delta).clamp(0, last) as usize;
        }
        FormOutcome::None
    }

    /// Enter on an open lookup list: the selected record becomes the value.
    fn pick(&mut self) -> FormOutcome {
        let f = &mut self.fields[self.focus];
        let Some(item) = f.results.take().and_then(|r| r.into_iter().nth(f.selected)) else {
            return FormOutcome::None;
        };
        f.input.set(&item.label);
        f.picked = Some(item);
        f.error = None;
        f.sync();
        FormOutcome::Changed { key: f.spec.key }
    }

    fn edit(&mut self, key: KeyEvent) -> FormOutcome {
        match self.kind() {
            None => FormOutcome::None,
            Some(FieldKind::Choice { .. }) => self.edit_choice(key),
            Some(FieldKind::YesNo) => self.edit_yes_no(key),
            Some(_) => self.edit_text(key),
        }
    }

    fn edit_text(&mut self, key: KeyEvent) -> FormOutcome {
        let cmd = command(&key);
        let replacing = self.replacing();
        let erase = matches!(key.code, KeyCode::Backspace | KeyCode::Delete)
            || (cmd && matches!(key.code, KeyCode::Char('h' | 'u')));
        if replacing && erase {
            // A selected value goes as a whole, as in a spreadsheet cell.
            self.deselect();
            self.fields[self.focus].input.clear();
            return self.text_changed();
        }
        if matches!(
            key.code,
            KeyCode::Left | KeyCode::Right | KeyCode::Home | KeyCode::End
        ) && self.deselect()
        {
            // The first ←/Home starts editing at the start, →/End at the end.
            let input = &mut self.fields[self.focus].input;
            match key.code {
                KeyCode::Left | KeyCode::Home => input.start_of_text(),
                _ => input.end_of_text(),
            }
            return FormOutcome::None;
        }
        let input = &mut self.fields[self.focus].input;
        let changed = match key.code {
            KeyCode::Left => {
                input.left();
                false
            }
            KeyCode::Right => {
                input.right();
                false
            }
            KeyCode::Home => {
                input.home();
                false
            }
            KeyCode::End => {
                input.end();
                false
            }
            KeyCode::Backspace => input.backspace(),
            KeyCode::Char('h') if cmd => input.backspace(),
            KeyCode::Delete => input.delete(),
            KeyCode::Char('u') if cmd => {
                let had = !input.text().is_empty();
                input.clear();
                had
            }
            _ => typed(&key).is_some_and(|c| self.type_replacing(c, replacing)),
        };
        if changed {
            self.text_changed()
        } else {
            FormOutcome::None
        }
    }

    /// A typed character; over a selected value it replaces the value, unless
    /// layer 1 refuses it (then the value stays, selected, with the hint).
    fn type_replacing(&mut self, c: char, replacing: bool) -> bool {
        if replacing {
            let f = &self.fields[self.focus];
            if let Err(hint) = check::accepts(&f.spec.kind, f.spec.filter, c) {
                self.notice = Some(hint.get(self.lang).to_string());
                return false;
            }
            self.fields[self.focus].input.clear();
        }
        self.type_char(c)
    }

    /// Layer 1 for one typed character; a refusal leaves a hint.
    fn type_char(&mut self, c: char) -> bool {
        let f = &self.fields[self.focus];
        match check::accepts(&f.spec.kind, f.spec.filter, c) {
            Ok(()) => self.insert(c),
            Err(hint) => {
                self.notice = Some(hint.get(self.lang).to_string());
                false
            }
        }
    }

    /// Inserts at the cursor unless the field is full.
    fn insert(&mut self, c: char) -> bool {
        let f = &mut self.fields[self.focus];
        let max = check::max_chars(&f.spec.kind);
        if f.input.chars() >= max {
            self.notice = Some(tx::too_long(self.lang, max));
            return false;
        }
        f.input.insert(c);
        f.selected_all = false;
        true
    }

    fn newline(&mut self) -> FormOutcome {
        if self.insert('\n') {
            self.text_changed()
        } else {
            FormOutcome::None
        }
    }

    /// After the text of the focused field changed: a lookup loses its pick
    /// and asks for results.
    fn text_changed(&mut self) -> FormOutcome {
        let field = self.focus;
        let f = &mut self.fields[field];
        f.note = None;
        let key = f.spec.key;
        if f.spec.kind != FieldKind::Lookup {
            f.sync();
            return FormOutcome::Changed { key };
        }
        f.picked = None;
        f.results = None;
        f.sync();
        let query = f.input.text().trim();
        if query.is_empty() {
            FormOutcome::Changed { key }
        } else {
            FormOutcome::Lookup {
                field,
                key,
                source: f.spec.source.unwrap_or(super::LookupSource::Employee),
                query: query.to_string(),
            }
        }
    }

    fn edit_choice(&mut self, key: KeyEvent) -> FormOutcome {
        let f = &self.fields[self.focus];
        let n = f.options().len();
        match (key.code, typed(&key)) {
            (KeyCode::Left, _) => self.cycle(-1),
            (KeyCode::Right, _) => self.cycle(1),
            (_, Some(' ')) if f.narrow.is_empty() => self.cycle(1),
            (KeyCode::Home, _) if n > 0 => self.set_choice(Some(0)),
            (KeyCode::End, _) if n > 0 => self.set_choice(Some(n - 1)),
            (KeyCode::Delete, _) if !f.spec.required => self.set_choice(None),
            (KeyCode::Backspace, _) => {
                let f = &mut self.fields[self.focus];
                f.narrow.pop();
                if f.narrow.is_empty() && f.note_while_typing {
                    f.note = None;
                    f.note_while_typing = false;
                }
                match check::narrow(f.options(), &f.narrow) {
                    Some(i) => self.set_choice(Some(i)),
                    None => FormOutcome::None,
                }
            }
            (_, Some(c)) => {
                let t = format!("{}{c}", f.narrow);
                self.narrow_by(&t)
            }
            _ => FormOutcome::None,
        }
    }

    /// Narrows the focused choice to the first option matching `text`. When
    /// several match, or none, the field says so under it: the choice made
    /// (or kept) is never a silent guess.
    fn narrow_by(&mut self, text: &str) -> FormOutcome {
        if text.is_empty() {
            return FormOutcome::None;
        }
        let lang = self.lang;
        let f = &mut self.fields[self.focus];
        let found = check::narrow_all(f.options(), text);
        let label = |f: &super::Field, i: usize| f.options()[i].1.clone();
        match found.as_slice() {
            [] => {
                let kept = f.choice.map(|i| label(f, i));
                let options: Vec<String> = (0..f.options().len()).map(|i| label(f, i)).collect();
                f.note = Some(tx::choice_no_match(lang, text, kept.as_deref(), &options));
                f.note_while_typing = true;
                // What was typed stays the search, so the next key does not
                // start a new one and pick something else (`Fung` stays `Fung`).
                f.narrow = text.to_string();
                self.notice = Some(tx::NO_MATCH.get(lang).to_string());
                FormOutcome::None
            }
            [i, rest @ ..] => {
                let (i, several) = (*i, !rest.is_empty());
                let names: Vec<String> = found.iter().map(|&j| label(f, j)).collect();
                f.narrow = text.to_string();
                let out = self.set_choice(Some(i));
                let f = &mut self.fields[self.focus];
                f.note = several.then(|| tx::choice_several(lang, text, &names));
                out
            }
        }
    }

    /// `←`/`→`/`Space`: the next or previous option; a field that is not
    /// required passes through "empty" too.
    fn cycle(&mut self, delta: isize) -> FormOutcome {
        let f = &mut self.fields[self.focus];
        f.narrow.clear();
        let n = f.options().len();
        if n == 0 {
            return FormOutcome::None;
        }
        let optional = usize::from(!f.spec.required);
        let states = (n + optional) as isize;
        let current = match f.choice {
            Some(i) => Some(i + optional),
            None if optional == 1 => Some(0),
            None => None,
        };
        let next = match current {
            Some(s) => (s as isize + delta).rem_euclid(states) as usize,
            None if delta > 0 => 0,
            None => n - 1,
        };
        let choice = if optional == 1 {
            next.checked_sub(1)
        } else {
            Some(next)
        };
        self.set_choice(choice)
    }

    fn set_choice(&mut self, choice: Option<usize>) -> FormOutcome {
        let f = &mut self.fields[self.focus];
        f.note = None;
        let before = std::mem::take(&mut f.value);
        f.choice = choice;
        if choice.is_none() {
            f.narrow.clear();
        }
        f.sync();
        if f.value == before {
            FormOutcome::None
        } else {
            FormOutcome::Changed { key: f.spec.key }
        }
    }

    fn edit_yes_no(&mut self, key: KeyEvent) -> FormOutcome {
        let f = &mut self.fields[self.focus];
        let new = match (key.code, typed(&key)) {
            (KeyCode::Left | KeyCode::Right, _) | (_, Some(' ')) => {
                if f.value == "1" {
                    "0"
                } else {
                    "1"
                }
            }
            (_, Some('y' | 'Y')) => "1",
            (_, Some('n' | 'N' | 't' | 'T')) => "0",
            _ => return FormOutcome::None,
        };
        if f.value == new {
            return FormOutcome::None;
        }
        f.value = new.to_string();
        FormOutcome::Changed { key: f.spec.key }
    }
}
