//! Tab 2 — Pelatihan: the catalogue and the participants of one training.

use super::{export_rows, render_list, table_rows};
use crate::db::model::{ParticipantRow, TrainingRow};
use crate::domain::dates::display_iso;
use crate::domain::jp::format_jp;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column, fit};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Default)]
pub struct TrainingState {
    pub list: FilteredList<TrainingRow>,
    pub participants: Option<ParticipantsState>,
    /// Put the cursor on this training when the list arrives (after a save).
    pub select_after_load: Option<i64>,
    /// Open this training's participants when the catalogue arrives (asked
    /// for from a Monitoring report before the catalogue was read).
    pub open_after_load: Option<i64>,
    /// The employees the open training helps most (`]` on its
    /// participants); shown instead of them while open. Driven through
    /// `screen::TabScreen`.
    pub needs: Option<super::training_needs::NeedsState>,
    /// Only the top of the catalogue is in; the rest is being read.
    pub head_only: bool,
    /// Width of the code column: the longest code listed, within
    /// [`CODE_WIDTH`] (a province's `PLT-2026-2140` is not cut to `PLT-2026-21…`).
    pub code_width: u16,
}

/// The code column's narrowest and widest.
const CODE_WIDTH: (u16, u16) = (12, 24);

/// The participants view of one training.
#[derive(Debug, Clone)]
pub struct ParticipantsState {
    pub training: TrainingRow,
    pub list: FilteredList<ParticipantRow>,
    /// The row whose score, certificate and JP are being typed (Enter).
    pub edit: Option<RowEdit>,
}

/// Longest certificate number the row takes (the form's limit).
pub const CERTIFICATE_MAX: usize = 100;

/// A participant's row open for typing: score, certificate number and JP
/// credited, as text while typed; saved when the row is left.
#[derive(Debug, Clone, PartialEq)]
pub struct RowEdit {
    /// The enrollment and the version it was read at.
    pub id: i64,
    pub version: i64,
    /// "Name (NIP)", for messages.
    pub name: String,
    /// The column typed into: 0 score, 1 certificate, 2 JP.
    pub col: usize,
    /// The column was just entered: the first character typed replaces
    /// its value (as a form field does), Backspace clears it.
    pub fresh: bool,
    /// Where the next row opens: the column typing began in this row (as a
    /// spreadsheet's Enter returns under it), else where it was opened.
    pub start: usize,
    /// Something was typed in this row.
    pub typed: bool,
    pub cells: [String; 3],
    /// The cells as stored (nothing is saved when they are unchanged).
    pub stored: [String; 3],
}

/// The code column's width for `rows`: their longest code, within [`CODE_WIDTH`].
fn code_width(rows: &[TrainingRow]) -> u16 {
    use unicode_width::UnicodeWidthStr;
    let longest = rows.iter().map(|r| r.code.width()).max().unwrap_or(0);
    (longest.min(usize::from(CODE_WIDTH.1)) as u16).max(CODE_WIDTH.0)
}

/// What `/` searches in a training's row.
fn training_haystack(r: &TrainingRow) -> String {
    format!("{} {} {} {}", r.code, r.name, r.organizer, r.kind)
}

/// What `/` searches in a participant's row.
fn participant_haystack(r: &ParticipantRow) -> String {
    format!("{} {} {} {}", r.nip, r.name, r.unit, r.certificate)
}

/// A grid row's result as saved: the enrollment, its version after the
/// save and the three values written.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedResult {
    pub id: i64,
    pub version: i64,
    pub score: Option<f64>,
    pub certificate: String,
    pub jp: f64,
}

impl RowEdit {
    /// The row `r` as its cells show it.
    pub fn of(r: &ParticipantRow, col: usize) -> RowEdit {
        let cells = [
            r.score.map(format_jp).unwrap_or_default(),
            r.certificate.clone(),
            format_jp(r.jp_credited),
        ];
        RowEdit {
            id: r.id,
            version: r.version,
            name: format!("{} ({})", r.name, r.nip),
            col,
            fresh: true,
            start: col,
            typed: false,
            stored: cells.clone(),
            cells,
        }
    }

    /// Whether `c` may be typed into the current column: digits and one
    /// decimal mark in the numbers, any printable character (within the
    /// limit) in the certificate number.
    pub fn accepts(&self, c: char) -> bool {
        let empty = String::new();
        let cell = if self.fresh {
            &empty
        } else {
            &self.cells[self.col]
        };
        match self.col {
            1 => !c.is_control() && cell.chars().count() < CERTIFICATE_MAX,
            _ => c.is_ascii_digit() || (matches!(c, ',' | '.') && !cell.contains([',', '.'])),
        }
    }
}

impl TrainingState {
    fn list_height(h: usize) -> usize {
        table_rows(h, 0)
    }
    /// Rows under the two header lines (name; code, dates, JP…).
    fn participants_height(h: usize) -> usize {
        table_rows(h, 2)
    }

    pub fn set_rows(&mut self, rows: Vec<TrainingRow>, h: usize) {
        self.head_only = false;
        self.code_width = code_width(&rows);
        self.list
            .set_rows(rows, training_haystack, |r| r.id, Self::list_height(h));
        if let Some(id) = self.select_after_load.take() {
            self.list.select_where(|r| r.id == id, Self::list_height(h));
        }
        // Keep the open participants' header in step with a reload.
        if let Some(p) = self.participants.as_mut()
            && let Some(t) = self.list.all().iter().find(|t| t.id == p.training.id)
        {
            p.training = t.clone();
        }
    }

    /// The top of the catalogue while the rest is read: shown only in an
    /// empty list (a list on screen stays until the whole new one is in).
    pub fn set_head(&mut self, rows: Vec<TrainingRow>, h: usize) {
        if self.list.total() == 0 && self.list.nav.selected < rows.len() {
            self.head_only = true;
            self.code_width = code_width(&rows);
            self.list
                .set_rows(rows, training_haystack, |r| r.id, Self::list_height(h));
        }
    }

    pub fn set_participants(&mut self, id: i64, rows: Vec<ParticipantRow>, h: usize) {
        if let Some(p) = self.participants.as_mut().filter(|p| p.training.id == id) {
            p.list.set_rows(
                rows,
                participant_haystack,
                |r| r.employee_id,
                Self::participants_height(h),
            );
        }
    }

    /// One participant's result as just saved from the grid (enrollment
    /// `saved.id` of training `training`, at its new version), written into
    /// the row shown in place: the list keeps its order, cursor and filter,
    /// and the other rows are not read again (26,000 of them in a
    /// province-size training). Returns whether the row was there.
    pub fn patch_participant(&mut self, training: i64, saved: SavedResult, h: usize) -> bool {
        let Some(p) = self
            .participants
            .as_mut()
            .filter(|p| p.training.id == training)
        else {
            return false;
        };
        let Some(row) = p.list.all().iter().find(|r| r.id == saved.id) else {
            return false;
        };
        let row = ParticipantRow {
            version: saved.version,
            score: saved.score,
            certificate: saved.certificate,
            jp_credited: saved.jp,
            ..row.clone()
        };
        p.list.patch(
            vec![row],
            participant_haystack,
            |r| r.id,
            Self::participants_height(h),
        );
        true
    }

    pub fn fit(&mut self, h: usize) {
        self.list.fit(Self::list_height(h));
        if let Some(p) = self.participants.as_mut() {
            p.list.fit(Self::participants_height(h));
        }
    }

    pub fn filter(&self) -> &str {
        match &self.participants {
            Some(p) => p.list.filter(),
            None => self.list.filter(),
        }
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        match self.participants.as_mut() {
            Some(p) => p.list.set_filter(text, Self::participants_height(h)),
            None => self.list.set_filter(text, Self::list_height(h)),
        }
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        match self.participants.as_mut() {
            Some(p) => {
                p.list.move_cursor(delta, Self::participants_height(h));
            }
            None => {
                self.list.move_cursor(delta, Self::list_height(h));
            }
        }
    }

    /// Opens the participants of the selected training; returns its id to load.
    pub fn open(&mut self) -> Option<i64> {
        if self.participants.is_some() {
            return None;
        }
        let t = self.list.selected()?.clone();
        let id = t.id;
        self.participants = Some(ParticipantsState {
            training: t,
            list: FilteredList::default(),
            edit: None,
        });
        Some(id)
    }

    /// Opens training `id`'s participants from elsewhere (a Monitoring
    /// report) with the cursor on it in the catalogue; false when the
    /// catalogue read so far does not hold it.
    pub fn open_id(&mut self, id: i64, h: usize) -> bool {
        self.participants = None;
        self.list.set_filter("", Self::list_height(h));
        let Some(t) = self.list.all().iter().find(|t| t.id == id).cloned() else {
            return false;
        };
        self.list.select_where(|r| r.id == id, Self::list_height(h));
        self.participants = Some(ParticipantsState {
            training: t,
            list: FilteredList::default(),
            edit: None,
        });
        true
    }

    pub fn export(&self, lang: Lang) -> ExportJob {
        match &self.participants {
            Some(p) => {
                let names = &PARTICIPANT_EXPORT_NAMES;
                let (header, rows) =
                    export_rows(&p.list, names, |r, c| participant_cell(r, c, lang, None));
                ExportJob {
                    // The training the participants belong to is in the file name.
                    stem: format!("peserta-{}", p.training.code),
                    header,
                    rows,
                }
            }
            None => {
                let (header, rows) =
                    export_rows(&self.list, &EXPORT_NAMES, |r, c| export_cell(r, c, lang));
                ExportJob {
                    stem: "pelatihan".to_string(),
                    header,
                    rows,
                }
            }
        }
    }
}

/// The catalogue in an `x` file: names of `peka export pelatihan`. The screen's
/// "completed/participants" column becomes two numbers, `peserta_selesai` and
/// `peserta`: a spreadsheet would read "3/10" as a date.
const EXPORT_NAMES: [&str; 9] = [
    "kode",
    "nama",
    "jenis",
    "penyelenggara",
    "tanggal_mulai",
    "jumlah_jp",
    "peserta_selesai",
    "peserta",
    "status",
];

fn columns(lang: Lang, code_width: u16) -> [Column; 8] {
    [
        Column::fixed(tx::COL_CODE.get(lang), code_width),
        Column::flex(tx::COL_TRAINING.get(lang), 16, 5),
        Column::flex(tx::COL_KIND.get(lang), 12, 2).from_width(110),
        Column::flex(tx::COL_ORGANIZER.get(lang), 10, 1).from_width(130),
        Column::fixed(tx::COL_START.get(lang), 10),
        Column::fixed(tx::COL_JP.get(lang), 4).right(),
        Column::fixed(tx::COL_PARTICIPANTS.get(lang), 7).right(),
        Column::fixed(tx::COL_STATUS.get(lang), 11),
    ]
}

fn cell<'r>(r: &'r TrainingRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.code.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.kind.label(lang)),
        3 => Cell::plain(r.organizer.as_str()),
        4 => Cell::date(&r.start),
        5 => Cell::plain(format_jp(r.jp)),
        6 => Cell::plain(format!("{}/{}", r.completed, r.participants)),
        _ => Cell::plain(r.status.label(lang)),
    }
}

/// A row of the catalogue in an `x` file, in the columns of [`EXPORT_NAMES`].
fn export_cell<'r>(r: &'r TrainingRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        6 => Cell::plain(r.completed.to_string()),
        7 => Cell::plain(r.participants.to_string()),
        8 => cell(r, 7, lang),
        _ => cell(r, c, lang),
    }
}

/// The participants of a training in an `x` file: names of `peka export peserta`.
const PARTICIPANT_EXPORT_NAMES: [&str; 7] = [
    "nip",
    "nama",
    "unit_kerja",
    "status",
    "nilai_akhir",
    "nomor_sertifikat",
    "jp_diakui",
];

fn participant_columns(lang: Lang) -> [Column; PARTICIPANT_EXPORT_NAMES.len()] {
    use crate::i18n::results as rx;
    [
        Column::fixed(tx::COL_NIP.get(lang), 18).from_width(100),
        Column::flex(tx::COL_NAME.get(lang), 12, 3),
        Column::flex(tx::COL_UNIT.get(lang), 6, 2),
        Column::flex(tx::COL_STATUS.get(lang), 8, 1),
        Column::fixed(rx::COL_SCORE.get(lang), 6).right(),
        Column::flex(rx::COL_CERTIFICATE.get(lang), 14, 2),
        Column::fixed(tx::COL_JP.get(lang), 6).right(),
    ]
}

fn participant_cell<'r>(
    r: &'r ParticipantRow,
    c: usize,
    lang: Lang,
    edit: Option<&RowEdit>,
) -> Cell<'r> {
    // The row being typed shows what is typed, `_` after the column the
    // keys go to — `[value]` while typing would replace it.
    if let Some(e) = edit.filter(|e| e.id == r.id && (4..=6).contains(&c)) {
        let i = c - 4;
        let text = if e.col == i && e.fresh && !e.cells[i].is_empty() {
            format!("[{}]", e.cells[i])
        } else if e.col == i {
            format!("{}_", e.cells[i])
        } else {
            e.cells[i].clone()
        };
        return Cell::plain(text);
    }
    match c {
        0 => Cell::plain(r.nip.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(r.status.label(lang)),
        4 => Cell::plain(r.score.map(format_jp).unwrap_or_default()),
        5 => Cell::plain(r.certificate.as_str()),
        _ => Cell::plain(format_jp(r.jp_credited)),
    }
}

pub fn render(buf: &mut Buffer, area: Rect, st: &TrainingState, lang: Lang, theme: &Theme) {
    match &st.participants {
        Some(p) => {
            let t = &p.training;
            // The name on a line of its own (cut with `…` only if wider than
            // the screen), so that the dates under it are never cut by it.
            let width = area.width as usize;
            let title = tx::participants_title(lang, &t.name);
            buf.set_stringn(area.x, area.y, fit(&title, width), width, theme.header());
            let facts = tx::participants_facts(
                lang,
                &t.code,
                &display_iso(&t.start),
                &display_iso(&t.end),
                &format_jp(t.jp),
                p.list.total(),
                t.status.label(lang),
            );
            if area.height > 1 {
                buf.set_stringn(
                    area.x,
                    area.y + 1,
                    fit(&facts, width),
                    width,
                    theme.normal(),
                );
            }
            let rest = Rect {
                y: area.y + 2,
                height: area.height.saturating_sub(2),
                ..area
            };
            let cols = participant_columns(lang);
            render_list(buf, rest, &cols, &p.list, lang, theme, |r, c| {
                participant_cell(r, c, lang, p.edit.as_ref())
            });
        }
        None => {
            let cols = columns(lang, st.code_width.max(CODE_WIDTH.0));
            render_list(buf, area, &cols, &st.list, lang, theme, |r, c| {
                cell(r, c, lang)
            });
        }
    }
}
