//! Tab 3 — Kemitraan: partners · agreements (computed status) · internships,
//! each entered here (n/e/d); `Enter` opens an agreement (its PKS and
//! internships) or an internship (its logbook and final evaluation), `r`
//! renews an agreement.

use super::partnership_detail::{
    AgreementView, InternView, PartnerView, render_agreement, render_intern, render_partner,
};
use super::{export_rows, render_list, render_sub_bar, table_rows};
use crate::db::model::{AgreementRow, InternshipRow, PartnerRow};
use crate::domain::agreement::{agreement_status, days_left};
use crate::domain::dates::parse_iso;
use crate::domain::enums::AgreementStatus;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Which sub-list is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sub {
    #[default]
    Partners,
    Agreements,
    Internships,
}

impl Sub {
    const ALL: [Sub; 3] = [Sub::Partners, Sub::Agreements, Sub::Internships];

    /// Its name in the sub-list bar.
    pub fn name(self) -> crate::i18n::T {
        match self {
            Sub::Partners => tx::SUB_PARTNERS,
            Sub::Agreements => tx::SUB_AGREEMENTS,
            Sub::Internships => tx::SUB_INTERNSHIPS,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct PartnershipsState {
    pub sub: Sub,
    pub partners: FilteredList<PartnerRow>,
    pub agreements: FilteredList<AgreementRow>,
    pub internships: FilteredList<InternshipRow>,
    /// Put the cursor on this partner when the list arrives (after a save).
    pub select_partner_after_load: Option<i64>,
    /// Put the cursor on this agreement when the list arrives.
    pub select_agreement_after_load: Option<i64>,
    /// Put the cursor on this internship when the list arrives.
    pub select_intern_after_load: Option<i64>,
    /// The open partner (`Enter` on the Mitra list).
    pub partner: Option<PartnerView>,
    /// The open agreement (`Enter` on the Perjanjian list).
    pub agreement: Option<AgreementView>,
    /// The open internship (`Enter` on the Magang list).
    pub intern: Option<InternView>,
    /// Put the logbook cursor on this entry when the internship reloads.
    pub select_entry_after_load: Option<i64>,
    /// The host unit the Magang list keeps to (`Enter` on Monitoring's Per
    /// unit report): its id and short name; `Esc` lets go.
    pub host_unit: Option<(i64, String)>,
}

/// The computed status of an agreement on `today`.
pub fn status_of(a: &AgreementRow, today: NaiveDate, warn_days: i64) -> Option<AgreementStatus> {
    let start = parse_iso(&a.start)?;
    let end = parse_iso(&a.end)?;
    Some(agreement_status(a.lifecycle, start, end, today, warn_days))
}

/// The sign before a status that needs attention, so it stands out without
/// colour: `!` expiring, `!!` expired.
pub fn status_mark(s: Option<AgreementStatus>) -> &'static str {
    match s {
        Some(AgreementStatus::AkanBerakhir) => "! ",
        Some(AgreementStatus::Kedaluwarsa) => "!! ",
        _ => "",
    }
}

/// Style that marks a status (the text itself already says it without colour).
pub fn status_style(s: Option<AgreementStatus>, theme: &Theme) -> ratatui::style::Style {
    match s {
        Some(AgreementStatus::AkanBerakhir) => theme.caution(),
        Some(AgreementStatus::Kedaluwarsa) => theme.warn(),
        Some(AgreementStatus::Aktif) => theme.good(),
        _ => theme.normal(),
    }
}

impl PartnershipsState {
    fn rows_height(h: usize) -> usize {
        table_rows(h, 1)
    }

    pub fn loaded(&self) -> bool {
        self.partners.loaded && self.agreements.loaded && self.internships.loaded
    }

    pub fn mark_stale(&mut self) {
        self.partners.loaded = false;
        self.agreements.loaded = false;
        self.internships.loaded = false;
        if let Some(v) = self.partner.as_mut() {
            v.data = None;
        }
        if let Some(v) = self.agreement.as_mut() {
            v.data = None;
        }
        if let Some(v) = self.intern.as_mut() {
            v.data = None;
        }
    }

    pub fn set_partners(&mut self, rows: Vec<PartnerRow>, h: usize) {
        self.partners.set_rows(
            rows,
            |r| format!("{} {} {}", r.name, r.short, r.contact),
            |r| r.id,
            Self::rows_height(h),
        );
        if let Some(id) = self.select_partner_after_load.take() {
            self.partners
                .select_where(|r| r.id == id, Self::rows_height(h));
        }
    }

    /// The Mitra sub-list is shown, with no partner open.
    pub fn on_partners(&self) -> bool {
        self.sub == Sub::Partners && self.partner.is_none()
    }

    /// The id of the partner under the cursor of the Mitra list.
    pub fn selected_partner_id(&self) -> Option<i64> {
        self.partners.selected().map(|p| p.id)
    }

    /// The partner the keys act on: the open one, else the selected row —
    /// (id, version, name).
    pub fn current_partner(&self) -> Option<(i64, i64, String)> {
        if let Some(v) = &self.partner {
            let d = v.data.as_ref()?;
            return Some((v.id, d.row.version, d.row.name.clone()));
        }
        self.partners
            .selected()
            .map(|p| (p.id, p.version, p.name.clone()))
    }

    pub fn set_agreements(&mut self, rows: Vec<AgreementRow>, h: usize) {
        self.agreements.set_rows(
            rows,
            |r| format!("{} {} {} {}", r.number, r.partner, r.about, r.doc),
            |r| r.id,
            Self::rows_height(h),
        );
        if let Some(id) = self.select_agreement_after_load.take() {
            self.agreements
                .select_where(|r| r.id == id, Self::rows_height(h));
        }
    }

    /// The list shown is Perjanjian / Magang, with no detail open.
    pub fn on_agreements(&self) -> bool {
        self.sub == Sub::Agreements && self.agreement.is_none()
    }
    pub fn on_internships(&self) -> bool {
        self.sub == Sub::Internships && self.intern.is_none()
    }

    /// The agreement the keys act on: the open one, else the selected row —
    /// (id, version, number).
    pub fn current_agreement(&self) -> Option<(i64, i64, String)> {
        if let Some(v) = &self.agreement {
            let d = v.data.as_ref()?;
            return Some((v.id, d.row.version, d.row.number.clone()));
        }
        self.agreements
            .selected()
            .map(|a| (a.id, a.version, a.number.clone()))
    }

    /// The internship the keys act on: the open one, else the selected row
    /// — (id, version, student's name).
    pub fn current_intern(&self) -> Option<(i64, i64, String)> {
        if let Some(v) = &self.intern {
            let d = v.data.as_ref()?;
            return Some((v.id, d.row.version, d.row.name.clone()));
        }
        self.internships
            .selected()
            .map(|g| (g.id, g.version, g.name.clone()))
    }

    /// `Enter`: the selected partner, agreement or internship opens; the
    /// read it needs.
    pub fn open(&mut self) -> Option<crate::tui::app::Request> {
        use crate::tui::app::Request;
        match self.sub {
            Sub::Partners if self.partner.is_none() => {
                let id = self.partners.selected()?.id;
                self.partner = Some(PartnerView::new(id));
                Some(Request::PartnerDetail(id))
            }
            Sub::Agreements if self.agreement.is_none() => {
                let id = self.agreements.selected()?.id;
                self.agreement = Some(AgreementView::new(id));
                Some(Request::AgreementDetail(id))
            }
            Sub::Internships if self.intern.is_none() => {
                let id = self.internships.selected()?.id;
                self.intern = Some(InternView {
                    id,
                    data: None,
                    cursor: 0,
                });
                Some(Request::InternDetail(id))
            }
            _ => None,
        }
    }

    /// Opens agreement or internship `id` (`sub` says which) from elsewhere
    /// (a Monitoring report): its sub-list with the cursor on it, and its
    /// detail over it.
    pub fn open_record(&mut self, sub: Sub, id: i64, h: usize) {
        let rh = Self::rows_height(h);
        self.partner = None;
        self.agreement = None;
        self.intern = None;
        match sub {
            Sub::Partners => {}
            Sub::Agreements => {
                self.sub = Sub::Agreements;
                self.agreements.set_filter("", rh);
                if self.agreements.loaded {
                    self.agreements.select_where(|r| r.id == id, rh);
                } else {
                    self.select_agreement_after_load = Some(id);
                }
                self.agreement = Some(AgreementView::new(id));
            }
            Sub::Internships => {
                self.sub = Sub::Internships;
                self.internships.set_filter("", rh);
                // A unit chosen from another report may not hold it.
                if self.host_unit.take().is_some() {
                    self.internships.update_scope(None, rh);
                }
                if self.internships.loaded {
                    self.internships.select_where(|r| r.id == id, rh);
                } else {
                    self.select_intern_after_load = Some(id);
                }
                self.intern = Some(InternView {
                    id,
                    data: None,
                    cursor: 0,
                });
            }
        }
    }

    /// `Esc`: closes the open detail; false when none was open.
    pub fn back(&mut self) -> bool {
        match self.sub {
            Sub::Partners if self.partner.is_some() => {
                self.partner = None;
                true
            }
            Sub::Agreements if self.agreement.is_some() => {
                self.agreement = None;
                true
            }
            Sub::Internships if self.intern.is_some() => {
                self.intern = None;
                true
            }
            _ => false,
        }
    }

    /// The open detail has not been read yet (or was marked stale).
    pub fn detail_loads(&self) -> Vec<crate::tui::app::Request> {
        use crate::tui::app::Request;
        let mut out = Vec::new();
        if let Some(v) = self.partner.as_ref().filter(|v| v.data.is_none()) {
            out.push(Request::PartnerDetail(v.id));
        }
        if let Some(v) = self.agreement.as_ref().filter(|v| v.data.is_none()) {
            out.push(Request::AgreementDetail(v.id));
        }
        if let Some(v) = self.intern.as_ref().filter(|v| v.data.is_none()) {
            out.push(Request::InternDetail(v.id));
        }
        out
    }

    pub fn set_internships(&mut self, rows: Vec<InternshipRow>, h: usize) {
        self.internships.set_rows(
            rows,
            |r| {
                format!(
                    "{} {} {} {} {} {}",
                    r.nim,
                    r.name,
                    r.partner,
                    r.unit,
                    r.study_program,
                    r.mentor_name.as_deref().unwrap_or("")
                )
            },
            |r| r.id,
            Self::rows_height(h),
        );
        if let Some(id) = self.select_intern_after_load.take() {
            self.internships
                .select_where(|r| r.id == id, Self::rows_height(h));
        }
    }

    pub fn fit(&mut self, h: usize) {
        let rh = Self::rows_height(h);
        self.partners.fit(rh);
        self.agreements.fit(rh);
        self.internships.fit(rh);
    }

    pub fn switch(&mut self, delta: isize) {
        let i = Sub::ALL.iter().position(|s| *s == self.sub).unwrap_or(0) as isize;
        self.sub = Sub::ALL[(i + delta).rem_euclid(3) as usize];
    }

    /// The Magang list, kept to the interns placed in unit `id` (`name`,
    /// its short name); the filter typed before is cleared.
    pub fn keep_to_host_unit(&mut self, id: i64, name: String, h: usize) {
        use crate::tui::list::Scope;
        let rh = Self::rows_height(h);
        self.partner = None;
        self.agreement = None;
        self.intern = None;
        self.sub = Sub::Internships;
        self.internships.set_filter("", rh);
        let keep = Scope::new(vec![id], |r: &InternshipRow| r.unit_id);
        self.internships.set_scope(Some(keep), rh);
        self.host_unit = Some((id, name));
    }

    /// `Esc` on the Magang list with no filter typed: every unit again, the
    /// cursor staying on its row. False when no unit was chosen.
    pub fn clear_host_unit(&mut self, h: usize) -> bool {
        if self.host_unit.take().is_none() {
            return false;
        }
        self.internships.update_scope(None, Self::rows_height(h));
        true
    }

    /// The host unit the Magang list shown keeps to: its short name (its
    /// sub-units' interns are not counted in, so 0 under it).
    pub fn kept_to(&self) -> Option<(&str, usize)> {
        self.host_unit
            .as_ref()
            .filter(|_| self.sub == Sub::Internships && self.intern.is_none())
            .map(|(_, n)| (n.as_str(), 0))
    }

    pub fn filter(&self) -> &str {
        match self.sub {
            Sub::Partners => self.partners.filter(),
            Sub::Agreements => self.agreements.filter(),
            Sub::Internships => self.internships.filter(),
        }
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        let rh = Self::rows_height(h);
        match self.sub {
            Sub::Partners => self.partners.set_filter(text, rh),
            Sub::Agreements => self.agreements.set_filter(text, rh),
            Sub::Internships => self.internships.set_filter(text, rh),
        }
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        let rh = Self::rows_height(h);
        if let Some(v) = self
            .intern
            .as_mut()
            .filter(|_| self.sub == Sub::Internships)
        {
            v.move_cursor(delta);
            return;
        }
        if let Some(v) = self
            .agreement
            .as_mut()
            .filter(|_| self.sub == Sub::Agreements)
        {
            v.scroll_by(delta);
            return;
        }
        if let Some(v) = self.partner.as_mut().filter(|_| self.sub == Sub::Partners) {
            v.scroll_by(delta);
            return;
        }
        match self.sub {
            Sub::Partners => self.partners.move_cursor(delta, rh),
            Sub::Agreements => self.agreements.move_cursor(delta, rh),
            Sub::Internships => self.internships.move_cursor(delta, rh),
        }
    }

    /// (selected, shown, total) of the current sub-list.
    pub fn position(&self) -> (usize, usize, usize) {
        match self.sub {
            Sub::Partners => self.partners.position(),
            Sub::Agreements => self.agreements.position(),
            Sub::Internships => self.internships.position(),
        }
    }

    pub fn export(&self, lang: Lang, today: NaiveDate, warn: i64) -> ExportJob {
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        match self.sub {
            Sub::Partners => {
                let (header, rows) = export_rows(&self.partners, &PARTNER_EXPORT_NAMES, |r, c| {
                    partner_cell(r, c, lang)
                });
                ExportJob {
                    stem: "mitra".to_string(),
                    header,
                    rows,
                }
            }
            Sub::Agreements => {
                let names = &AGREEMENT_EXPORT_NAMES;
                let (header, rows) = export_rows(&self.agreements, names, |r, c| {
                    agreement_cell(r, c, lang, today, warn, &theme)
                });
                ExportJob {
                    stem: "perjanjian".to_string(),
                    header,
                    rows,
                }
            }
            Sub::Internships => {
                let names = &INTERN_EXPORT_NAMES;
                let (header, rows) =
                    export_rows(&self.internships, names, |r, c| intern_cell(r, c, lang));
                ExportJob {
                    stem: "magang".to_string(),
                    header,
                    rows,
                }
            }
        }
    }
}

/// The partner list in an `x` file: names of `peka export mitra`, then the
/// counts shown.
const PARTNER_EXPORT_NAMES: [&str; 5] = [
    "nama",
    "jenis",
    "narahubung",
    "jumlah_perjanjian",
    "jumlah_magang",
];

fn partner_columns(lang: Lang) -> [Column; PARTNER_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_PARTNER.get(lang), 16, 4),
        Column::fixed(tx::COL_KIND.get(lang), 16),
        Column::flex(tx::COL_CONTACT.get(lang), 10, 2),
        Column::fixed(tx::COL_AGREEMENTS.get(lang), 5).right(),
        Column::fixed(tx::COL_INTERNS.get(lang), 7).right(),
    ]
}

fn partner_cell<'r>(r: &'r PartnerRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.name.as_str()),
        1 => Cell::plain(r.kind.label(lang)),
        2 => Cell::plain(r.contact.as_str()),
        3 => Cell::plain(r.agreements.to_string()),
        _ => Cell::plain(r.interns.to_string()),
    }
}

/// The agreement lists (here and in Monitoring) in an `x` file: names of
/// `peka export perjanjian`.
pub(super) const AGREEMENT_EXPORT_NAMES: [&str; 6] = [
    "nomor",
    "jenis_dokumen",
    "mitra",
    "tanggal_berakhir",
    "sisa_hari",
    "status",
];

pub(super) fn agreement_columns(lang: Lang) -> [Column; AGREEMENT_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_NUMBER.get(lang), 12, 2),
        Column::fixed(tx::COL_DOC.get(lang), 4),
        Column::flex(tx::COL_PARTNER.get(lang), 10, 3),
        Column::fixed(tx::COL_END.get(lang), 10),
        Column::fixed(tx::COL_DAYS_LEFT.get(lang), 9).right(),
        Column::flex(tx::COL_STATUS.get(lang), 14, 1),
    ]
}

/// A cell of an agreement list: the status with a sign before it when it
/// needs attention (`!` expiring, `!!` expired: it stands out without
/// colour); a file gets the plain status word.
pub(super) fn agreement_cell<'r>(
    r: &'r AgreementRow,
    c: usize,
    lang: Lang,
    today: NaiveDate,
    warn: i64,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.number.as_str()),
        1 => Cell::plain(tx::doc_short(r.doc)),
        2 => Cell::plain(r.partner.as_str()),
        3 => Cell::date(&r.end),
        4 => Cell::plain(
            parse_iso(&r.end)
                .map(|e| days_left(e, today).to_string())
                .unwrap_or_default(),
        ),
        _ => {
            let s = status_of(r, today, warn);
            let label = s.map(|s| s.label(lang)).unwrap_or("?");
            Cell::styled(format!("{}{label}", status_mark(s)), status_style(s, theme))
                .with_raw(label)
        }
    }
}

/// The internship list in an `x` file: names of `peka export magang`.
const INTERN_EXPORT_NAMES: [&str; 6] = [
    "nama",
    "mitra",
    "unit_kerja",
    "pembimbing_nama",
    "tanggal_selesai",
    "status",
];

fn intern_columns(lang: Lang) -> [Column; INTERN_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_NAME.get(lang), 12, 3),
        Column::flex(tx::COL_PARTNER.get(lang), 8, 2),
        Column::flex(tx::COL_UNIT.get(lang), 6, 2),
        Column::flex(tx::COL_MENTOR.get(lang), 8, 2),
        Column::fixed(tx::COL_END.get(lang), 10),
        Column::flex(tx::COL_STATUS.get(lang), 7, 1),
    ]
}

fn intern_cell<'r>(r: &'r InternshipRow, c: usize, lang: Lang) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.name.as_str()),
        1 => Cell::plain(r.partner.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(r.mentor_name.as_deref().unwrap_or("-")),
        4 => Cell::date(&r.end),
        _ => Cell::plain(r.status.label(lang)),
    }
}

pub fn render(
    buf: &mut Buffer,
    area: Rect,
    st: &PartnershipsState,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
) {
    let names = Sub::ALL.map(|s| s.name().get(lang));
    let current = Sub::ALL.iter().position(|s| *s == st.sub).unwrap_or(0);
    render_sub_bar(buf, Rect { height: 1, ..area }, &names, current, theme);
    let rest = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    match (st.sub, &st.agreement, &st.intern) {
        (Sub::Partners, _, _) if st.partner.is_some() => {
            if let Some(v) = &st.partner {
                return render_partner(buf, rest, v, lang, theme, today, warn);
            }
        }
        (Sub::Agreements, Some(v), _) => {
            return render_agreement(buf, rest, v, lang, theme, today, warn);
        }
        (Sub::Internships, _, Some(v)) => return render_intern(buf, rest, v, lang, theme),
        _ => {}
    }
    match st.sub {
        Sub::Partners => {
            let cols = partner_columns(lang);
            render_list(buf, rest, &cols, &st.partners, lang, theme, |r, c| {
                partner_cell(r, c, lang)
            });
        }
        Sub::Agreements => {
            let cols = agreement_columns(lang);
            render_list(buf, rest, &cols, &st.agreements, lang, theme, |r, c| {
                agreement_cell(r, c, lang, today, warn, theme)
            });
        }
        Sub::Internships => {
            let cols = intern_columns(lang);
            render_list(buf, rest, &cols, &st.internships, lang, theme, |r, c| {
                intern_cell(r, c, lang)
            });
        }
    }
}
