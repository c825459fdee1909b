//! Every user-visible string, in Bahasa Indonesia and English. Code elsewhere
//! never spells out text for people; it asks this module.
//!
//! - `cli.rs`     messages of the command-line tools (stderr sentences, reports)
//! - `errors.rs`  validation errors of the domain layer
//! - `labels.rs`  names of enum values (jenis ASN, status…)
//! - `tui.rs`     everything on screen
//! - `report.rs`  the sentence after a panic or an unexpected error
//! - `launch.rs`  starting and leaving the TUI (demo copy, terminal failure)

pub mod cli;
pub mod cli_backup;
pub mod cli_check;
pub mod cli_export;
pub mod cli_import;
pub mod cli_seed;
pub mod development;
pub mod enrollment_form;
pub mod errors;
pub mod evaluation_form;
pub mod evaluation_grid;
pub mod evaluation_keys;
pub mod follow_ups;
pub mod form;
pub mod forms;
pub mod history;
pub mod intern_forms;
pub mod io;
pub mod labels;
pub mod launch;
pub mod monitoring_partners;
pub mod monitoring_quality;
pub mod monitoring_review;
pub mod partner_form;
pub mod partnership_detail;
pub mod report;
pub mod results;
pub mod retirement;
pub mod rules;
pub mod training_form;
pub mod tui;
pub mod tui_forms;
pub mod write;

/// Interface language (`--lang id|en`, default id).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    /// Parses `id` / `en` (case-insensitive).
    pub fn parse(s: &str) -> Option<Lang> {
        match s.to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesia" => Some(Lang::Id),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A fixed text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct T {
    pub id: &'static str,
    pub en: &'static str,
}

impl T {
    pub const fn new(id: &'static str, en: &'static str) -> T {
        T { id, en }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

/// Picks the variant for `lang` of a formatted message.
pub fn pick(lang: Lang, id: String, en: String) -> String {
    match lang {
        Lang::Id => id,
        Lang::En => en,
    }
}

/// `n` and an English noun in the number it takes: "1 unit", "2 units".
pub fn en_count(n: impl std::fmt::Display, one: &str, many: &str) -> String {
    let n = n.to_string();
    let noun = if n == "1" { one } else { many };
    format!("{n} {noun}")
}

#[cfg(test)]
mod count_tests {
    use super::en_count;

    #[test]
    fn one_takes_the_singular_every_other_number_the_plural() {
        assert_eq!(en_count(1, "unit", "units"), "1 unit");
        assert_eq!(en_count(0usize, "unit", "units"), "0 units");
        assert_eq!(en_count(2i64, "person", "people"), "2 people");
        assert_eq!(en_count(11u32, "row", "rows"), "11 rows");
    }
}
