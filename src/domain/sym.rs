//! Texts that repeat down a long list — a unit's short name, a position, a
//! golongan — held once per process and named by a 4-byte number.
//!
//! A list of 100,000 employees names about 2,000 units and a few hundred
//! positions: each row keeps three `Sym`s (12 bytes) instead of three shared
//! pointers (48 bytes), and the `/` filter folds and searches each distinct
//! text once per keystroke instead of once per row ([`Sym::masks`]).
//!
//! The table only grows: a text once seen stays for the life of the process
//! (bounded by the distinct names in the file — renaming a unit adds one).

use crate::domain::search::fold;
use std::collections::HashMap;
use std::fmt;
use std::sync::{LazyLock, RwLock};

/// A shared text; compares, hashes and prints as the text it names.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sym(u32);

#[derive(Default)]
struct Table {
    texts: Vec<&'static str>,
    /// `fold` of each text, for the filter.
    folded: Vec<&'static str>,
    ids: HashMap<&'static str, u32>,
}

static TABLE: LazyLock<RwLock<Table>> = LazyLock::new(|| RwLock::new(Table::default()));

fn read() -> std::sync::RwLockReadGuard<'static, Table> {
    TABLE.read().unwrap_or_else(|e| e.into_inner())
}

impl Sym {
    /// The symbol of `text`, added to the table the first time it is seen.
    pub fn new(text: &str) -> Sym {
        if let Some(&id) = read().ids.get(text) {
            return Sym(id);
        }
        let mut table = TABLE.write().unwrap_or_else(|e| e.into_inner());
        if let Some(&id) = table.ids.get(text) {
            return Sym(id);
        }
        let id = u32::try_from(table.texts.len()).expect("fewer than 4 billion distinct texts");
        let text: &'static str = Box::leak(text.into());
        let folded = fold(text);
        let folded: &'static str = if folded == text {
            text
        } else {
            Box::leak(folded.into_boxed_str())
        };
        table.texts.push(text);
        table.folded.push(folded);
        table.ids.insert(text, id);
        Sym(id)
    }

    pub fn as_str(self) -> &'static str {
        read().texts[self.0 as usize]
    }

    /// For each symbol (by its number), the bits of the `words` its folded
    /// text contains (bit `i` = `words[i]`; at most 64 words count).
    pub fn masks(words: &[String]) -> Vec<u64> {
        read()
            .folded
            .iter()
            .map(|t| {
                words
                    .iter()
                    .take(64)
                    .enumerate()
                    .filter(|(_, w)| t.contains(w.as_str()))
                    .fold(0u64, |m, (i, _)| m | 1 << i)
            })
            .collect()
    }

    /// Its place in [`Sym::masks`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl Default for Sym {
    fn default() -> Self {
        Sym::new("")
    }
}

impl std::ops::Deref for Sym {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Sym {
    fn from(text: &str) -> Sym {
        Sym::new(text)
    }
}

impl From<String> for Sym {
    fn from(text: String) -> Sym {
        Sym::new(&text)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Sym {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Sym {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::search::query_words;

    #[test]
    fn one_number_per_text() {
        let a = Sym::new("Dinas Kesehatan (sym test)");
        let b = Sym::from(String::from("Dinas Kesehatan (sym test)"));
        let c = Sym::new("Dinas Pendidikan (sym test)");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(&*a, "Dinas Kesehatan (sym test)");
        assert_eq!(
            format!("{c} {c:?}"),
            "Dinas Pendidikan (sym test) \"Dinas Pendidikan (sym test)\""
        );
    }

    #[test]
    fn masks_say_which_words_each_text_holds_folded() {
        let s = Sym::new("UPTD Puskesmas Banda Sakti (sym mask)");
        let t = Sym::new("Dinas Pendidikan dan Kebudayaan (sym mask)");
        let words = query_words("PUSKESMAS sakti kebudayaan zzz");
        let m = Sym::masks(&words);
        assert_eq!(m[s.index()], 0b011);
        assert_eq!(m[t.index()], 0b100);
    }
}
