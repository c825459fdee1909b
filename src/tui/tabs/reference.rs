//! Reference data the forms depend on (issue 3 item 5), three sub-lists
//! switched with `[` / `]`: Unit kerja (tree order, sub-units indented) ·
//! Kamus kompetensi (with the level texts of the selected competency in a box
//! below when there is room, and over the whole body on `Enter`) · Standar
//! kompetensi. Rows whose content is an
//! unconfirmed assumption carry a `*` mark and a legend line (no colour
//! needed). Drawing and cells are in `reference/view.rs`.

mod view;

pub use view::{detail_box_height, detail_lines, indented_name, render, render_body, wrap};

use super::{export_rows, table_rows};
use crate::db::reference_read::{CompetencyRow, StandardRow, UnitRow};
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use std::collections::HashMap;

/// Which sub-list is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sub {
    #[default]
    Units,
    Competencies,
    Standards,
}

impl Sub {
    pub const ALL: [Sub; 3] = [Sub::Units, Sub::Competencies, Sub::Standards];
}

#[derive(Debug, Clone, Default)]
pub struct ReferenceState {
    pub sub: Sub,
    pub units: FilteredList<UnitRow>,
    pub competencies: FilteredList<CompetencyRow>,
    pub standards: FilteredList<StandardRow>,
    /// Put the cursor on this row of this sub-list when it arrives (after a save).
    pub select_after_load: Option<(Sub, i64)>,
    /// The dictionary shows the selected competency in full over the list
    /// (`Enter`; `Enter` or `Esc` returns to the list).
    pub expanded: bool,
    /// Per standard row (by id): how many leading characters of its title
    /// tell it apart from the other titles of its kind and jenjang.
    title_keep: HashMap<i64, usize>,
}

/// Both labels of a value, for filter text that works in either language.
fn both<E: Label>(v: E) -> String {
    let l = v.labels();
    format!("{} {}", l.id, l.en)
}

/// Every kind of unit with the words a search finds it by (both labels), for
/// the unit lookup of the forms (`db::lookup::units`).
pub fn unit_kind_words() -> Vec<(&'static str, String)> {
    crate::domain::enums::UnitKind::ALL
        .iter()
        .map(|k| (k.as_code(), both(*k)))
        .collect()
}

fn assumed_words(assumed: bool) -> &'static str {
    if assumed { tx::ASSUMED_WORDS } else { "" }
}

impl ReferenceState {
    /// Lines of a body of height `h` that are not table rows of sub-list
    /// `sub`: the sub-list bar, the legend of assumed rows, the detail box.
    fn extra_lines(&self, sub: Sub, h: usize) -> usize {
        let legend = self.legend_lines(sub, h);
        let detail = match sub {
            Sub::Competencies => detail_box_height(h, legend),
            _ => 0,
        };
        1 + legend + detail
    }

    fn rows_height(&self, sub: Sub, h: usize) -> usize {
        table_rows(h, self.extra_lines(sub, h))
    }

    /// Legend lines under sub-list `sub`: what the unit counts count (units
    /// only) and what the `*` mark means (when a row carries it).
    fn legend_lines(&self, sub: Sub, h: usize) -> usize {
        if h <= 3 {
            return 0;
        }
        usize::from(sub == Sub::Units && h > 4) + usize::from(self.has_assumed(sub))
    }

    /// Any row of `sub` is marked as an assumption (the legend is shown).
    pub fn has_assumed(&self, sub: Sub) -> bool {
        match sub {
            Sub::Units => self.units.all().iter().any(|r| r.assumed),
            Sub::Competencies => self.competencies.all().iter().any(|r| r.assumed),
            Sub::Standards => self.standards.all().iter().any(|r| r.assumed),
        }
    }

    pub fn loaded(&self) -> bool {
        self.units.loaded && self.competencies.loaded && self.standards.loaded
    }

    /// The sub-list `sub` holds rows from the database.
    pub fn is_loaded(&self, sub: Sub) -> bool {
        match sub {
            Sub::Units => self.units.loaded,
            Sub::Competencies => self.competencies.loaded,
            Sub::Standards => self.standards.loaded,
        }
    }

    pub fn mark_stale(&mut self) {
        self.units.loaded = false;
        self.competencies.loaded = false;
        self.standards.loaded = false;
    }

    /// The cursor goes to the row `id` of `sub` if it was asked for.
    fn select_pending(&mut self, sub: Sub, h: usize) {
        let Some((want, id)) = self.select_after_load else {
            return;
        };
        if want != sub {
            return;
        }
        self.select_after_load = None;
        let rh = self.rows_height(sub, h);
        match sub {
            Sub::Units => self.units.select_where(|r| r.id == id, rh),
            Sub::Competencies => self.competencies.select_where(|r| r.id == id, rh),
            Sub::Standards => self.standards.select_where(|r| r.id == id, rh),
        };
    }

    pub fn set_units(&mut self, rows: Vec<UnitRow>, h: usize) {
        let rh = self.rows_height(Sub::Units, h);
        self.units.set_rows(
            rows,
            // The text the unit lookup of every form searches too
            // (`db::lookup::units` with `unit_kind_words`): one matching
            // rule for list and lookup.
            |r| {
                format!(
                    "{} {} {} {} {}",
                    r.singkatan,
                    r.nama,
                    r.kode,
                    r.induk,
                    both(r.jenis)
                )
            },
            |r| r.id,
            rh,
        );
        self.fit(h);
        self.select_pending(Sub::Units, h);
    }

    pub fn set_competencies(&mut self, rows: Vec<CompetencyRow>, h: usize) {
        let rh = self.rows_height(Sub::Competencies, h);
        self.competencies.set_rows(
            rows,
            |r| {
                format!(
                    "{} {} {} {}",
                    r.kode,
                    r.nama,
                    both(r.jenis),
                    assumed_words(r.assumed)
                )
            },
            |r| r.id,
            rh,
        );
        self.fit(h);
        self.select_pending(Sub::Competencies, h);
    }

    pub fn set_standards(&mut self, rows: Vec<StandardRow>, h: usize) {
        self.title_keep = title_keep(&rows);
        let rh = self.rows_height(Sub::Standards, h);
        self.standards.set_rows(
            rows,
            |r| {
                format!(
                    "{} {} {} {} {} {}",
                    both(r.jenis_jabatan),
                    r.jenjang_jf.map(both).unwrap_or_default(),
                    r.nama_jabatan,
                    r.kompetensi_kode,
                    r.kompetensi_nama,
                    assumed_words(r.assumed)
                )
            },
            |r| r.id,
            rh,
        );
        self.fit(h);
        self.select_pending(Sub::Standards, h);
    }

    /// How many leading characters of the standard's title must stay
    /// readable to tell it from the others of its kind and jenjang.
    pub fn title_keep(&self, r: &StandardRow) -> usize {
        self.title_keep.get(&r.id).copied().unwrap_or(0)
    }

    /// Keeps every sub-list's cursor in view after a resize.
    pub fn fit(&mut self, h: usize) {
        let (a, b, c) = (
            self.rows_height(Sub::Units, h),
            self.rows_height(Sub::Competencies, h),
            self.rows_height(Sub::Standards, h),
        );
        self.units.fit(a);
        self.competencies.fit(b);
        self.standards.fit(c);
    }

    /// `Enter`: in the dictionary, the selected competency in full, or back
    /// to the list. `false` where it does not apply (units, standards).
    pub fn toggle_expanded(&mut self) -> bool {
        if self.sub != Sub::Competencies || self.competencies.selected().is_none() {
            return false;
        }
        self.expanded = !self.expanded;
        true
    }

    /// `[` (-1) / `]` (+1): the previous / next sub-list, wrapping around.
    pub fn switch(&mut self, delta: isize) {
        self.expanded = false;
        let i = Sub::ALL.iter().position(|s| *s == self.sub).unwrap_or(0) as isize;
        self.sub = Sub::ALL[(i + delta).rem_euclid(Sub::ALL.len() as isize) as usize];
    }

    /// The filter of the current sub-list.
    pub fn filter(&self) -> &str {
        match self.sub {
            Sub::Units => self.units.filter(),
            Sub::Competencies => self.competencies.filter(),
            Sub::Standards => self.standards.filter(),
        }
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        // The list narrows as the user types: show it.
        self.expanded = false;
        let rh = self.rows_height(self.sub, h);
        match self.sub {
            Sub::Units => self.units.set_filter(text, rh),
            Sub::Competencies => self.competencies.set_filter(text, rh),
            Sub::Standards => self.standards.set_filter(text, rh),
        }
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        let rh = self.rows_height(self.sub, h);
        match self.sub {
            Sub::Units => self.units.move_cursor(delta, rh),
            Sub::Competencies => self.competencies.move_cursor(delta, rh),
            Sub::Standards => self.standards.move_cursor(delta, rh),
        }
    }

    /// Rows of the current sub-list a page holds (for PgUp/PgDn).
    pub fn page(&self, h: usize) -> usize {
        self.rows_height(self.sub, h)
    }

    /// (selected, shown, total) of the current sub-list.
    pub fn position(&self) -> (usize, usize, usize) {
        match self.sub {
            Sub::Units => self.units.position(),
            Sub::Competencies => self.competencies.position(),
            Sub::Standards => self.standards.position(),
        }
    }

    pub fn selected_unit(&self) -> Option<&UnitRow> {
        self.units.selected()
    }
    pub fn selected_competency(&self) -> Option<&CompetencyRow> {
        self.competencies.selected()
    }
    pub fn selected_standard(&self) -> Option<&StandardRow> {
        self.standards.selected()
    }
    pub fn selected_unit_id(&self) -> Option<i64> {
        self.units.selected().map(|r| r.id)
    }
    pub fn selected_competency_id(&self) -> Option<i64> {
        self.competencies.selected().map(|r| r.id)
    }
    pub fn selected_standard_id(&self) -> Option<i64> {
        self.standards.selected().map(|r| r.id)
    }

    /// The id of the selected row of the current sub-list.
    pub fn selected_id(&self) -> Option<i64> {
        match self.sub {
            Sub::Units => self.selected_unit_id(),
            Sub::Competencies => self.selected_competency_id(),
            Sub::Standards => self.selected_standard_id(),
        }
    }

    /// The current sub-list as shown (filter applied) for a CSV file; the
    /// `*` mark becomes a column of its own, units carry their parent.
    pub fn export(&self, lang: Lang) -> ExportJob {
        match self.sub {
            Sub::Units => {
                let names = &view::UNIT_EXPORT_NAMES;
                let (header, rows) = export_rows(&self.units, names, |r, c| {
                    view::unit_export_cell(r, c, lang)
                });
                ExportJob {
                    stem: "unit_kerja".to_string(),
                    header,
                    rows,
                }
            }
            Sub::Competencies => {
                let names = &view::COMPETENCY_EXPORT_NAMES;
                let (header, rows) = export_rows(&self.competencies, names, |r, c| {
                    view::competency_export_cell(r, c, lang)
                });
                ExportJob {
                    stem: "kompetensi".to_string(),
                    header,
                    rows,
                }
            }
            Sub::Standards => {
                let names = &view::STANDARD_EXPORT_NAMES;
                let (header, rows) = export_rows(&self.standards, names, |r, c| {
                    view::standard_export_cell(r, c, lang)
                });
                ExportJob {
                    stem: "standar_kompetensi".to_string(),
                    header,
                    rows,
                }
            }
        }
    }
}

/// For every standard row with a title: one more than the longest run of
/// leading characters its title shares with another title of the same kind
/// and jenjang ("Pengelola Layanan Kepegawaian" and "… Kesehatan" share 20).
/// Rows of other kinds or jenjang are told apart by those columns.
fn title_keep(rows: &[StandardRow]) -> HashMap<i64, usize> {
    let mut groups: HashMap<_, Vec<&str>> = HashMap::new();
    for r in rows.iter().filter(|r| !r.nama_jabatan.trim().is_empty()) {
        groups
            .entry((r.jenis_jabatan, r.jenjang_jf))
            .or_default()
            .push(r.nama_jabatan.as_str());
    }
    let mut shared: HashMap<(_, _, &str), usize> = HashMap::new();
    for (group, titles) in &mut groups {
        titles.sort_unstable();
        titles.dedup();
        // In sorted order the longest shared start is with a neighbour.
        for pair in titles.windows(2) {
            let n = pair[0]
                .chars()
                .zip(pair[1].chars())
                .take_while(|(a, b)| a == b)
                .count();
            for t in pair {
                let e = shared.entry((group.0, group.1, *t)).or_default();
                *e = (*e).max(n);
            }
        }
    }
    rows.iter()
        .filter_map(|r| {
            let n = shared.get(&(r.jenis_jabatan, r.jenjang_jf, r.nama_jabatan.as_str()))?;
            Some((r.id, n + 1))
        })
        .collect()
}
