//! One matching rule for every list filter and every lookup (issue 6 item 7):
//! the query is split into words, and each word must occur somewhere in the
//! record's searchable text (name, short name, code, NIP…), ignoring case and
//! accents. `kominfo` finds "Diskominfo", `jose` finds "José", `bkp sdm`
//! finds "BKPSDM". Lists apply it in memory; lookups apply the same rule in
//! SQL through the `peka_fold` function (`db::register_functions`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// At most this many query words are used (the rest are ignored).
pub const MAX_WORDS: usize = 6;

/// Lower case without accents: `"Désa Ürü"` → `"desa uru"`. Plain ASCII
/// (nearly every name, code and title) has nothing to decompose: it is only
/// lowered, several times faster than the general path (a province's
/// 6,576 trainings: 14 ms → a few ms to make their filter texts).
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// The folded words of a query (white space separates them).
pub fn query_words(query: &str) -> Vec<String> {
    fold(query)
        .split_whitespace()
        .take(MAX_WORDS)
        .map(str::to_string)
        .collect()
}

/// Whether every query word occurs in `folded` (a text already `fold`ed).
pub fn matches(folded: &str, words: &[String]) -> bool {
    words.iter().all(|w| folded.contains(w.as_str()))
}

/// Whether `text` (as shown: any case, accents) holds `word` (folded), the
/// same answer as `fold(text).contains(word)` without making the folded copy
/// when `text` is plain ASCII — the filter of a long list asks this of every
/// row at each keystroke.
pub fn contains_folded(text: &str, word: &str) -> bool {
    if !text.is_ascii() {
        return fold(text).contains(word);
    }
    let (hay, needle) = (text.as_bytes(), word.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    if needle.len() > hay.len() {
        return false;
    }
    (0..=hay.len() - needle.len()).any(|i| {
        hay[i].to_ascii_lowercase() == first
            && hay[i + 1..i + needle.len()].eq_ignore_ascii_case(rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_drops_case_and_accents() {
        assert_eq!(fold("Désa ÜRÜ Çut"), "desa uru cut");
        assert_eq!(fold("BKPSDM"), "bkpsdm");
    }

    /// The ASCII shortcut gives what the general path gives.
    #[test]
    fn ascii_folds_as_the_general_path_does() {
        let all: String = (0u8..128).map(char::from).collect();
        for s in [
            all.as_str(),
            "BIMTEK-2026-03 Bimtek SIPD-RI: Penatausahaan",
            "",
        ] {
            let general: String = s
                .nfd()
                .filter(|c| !is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(fold(s), general);
        }
    }

    #[test]
    fn contains_folded_agrees_with_folding_first() {
        for text in ["Rahmi Safitri, S.E.", "Désa Çut Nyak", "198501", "", "a"] {
            for word in [
                "rahmi",
                "s.e.",
                "desa",
                "cut nyak",
                "985",
                "",
                "ab",
                "é",
                "safitri, s.e.x",
            ] {
                assert_eq!(
                    contains_folded(text, word),
                    fold(text).contains(word),
                    "{text:?} / {word:?}"
                );
            }
        }
    }

    #[test]
    fn every_word_must_occur_anywhere() {
        let hay = fold("2.16 Diskominfo Dinas Komunikasi, Informatika dan Persandian");
        assert!(matches(&hay, &query_words("kominfo")));
        assert!(matches(&hay, &query_words("KOMUNIKASI persandian")));
        assert!(!matches(&hay, &query_words("kominfo bappeda")));
        assert!(matches(&hay, &query_words("")));
    }
}
