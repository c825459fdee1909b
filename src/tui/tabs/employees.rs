//! Tab 1 — Pegawai: the employee list and the employee detail.

use super::development::DevView;
use super::{export_rows, render_list, table_rows};
use crate::db::model::{EmployeeDetail, EmployeeRow};
use crate::db::retirement::RetirementRow;
use crate::domain::dates::{display_iso, parse_iso};
use crate::domain::jp::{JpTargets, format_jp, meets_target, shortfall};
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::{FilteredList, RowWords, Words};
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

#[derive(Debug, Clone, Default)]
pub struct EmployeesState {
    pub list: FilteredList<EmployeeRow>,
    pub detail: Option<DetailState>,
    /// Also list employees who left the service (`a`).
    pub include_inactive: bool,
    /// Put the cursor on this employee when the list arrives (after a save).
    pub select_after_load: Option<i64>,
    /// Only the first rows of the list are in; the rest is being read.
    pub head_only: bool,
    /// Another session saved while this long list was shown: the rows on
    /// screen were read again, the rest is read at the next key.
    pub rest_stale: bool,
    /// Sub-list shown: 0 employees, 1 retiring soon (BUP), 2 units,
    /// 3 competency dictionary, 4 standards.
    pub sub: usize,
    /// Employees reaching their retirement age soon (sub-list 1).
    pub retiring: crate::tui::tabs::retirement::RetirementState,
    /// The reference lists (sub-lists 2–4).
    pub reference: crate::tui::tabs::reference::ReferenceState,
    /// The unit the Pegawai list keeps to, with its sub-units (`Enter` on a
    /// unit, or on a unit's row of a Monitoring report); `Esc` lets go.
    pub unit: Option<UnitChoice>,
}

/// The unit tab 1's list keeps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitChoice {
    pub id: i64,
    /// Its short name and how many units are under it; `None` until its
    /// employees are read.
    pub shown: Option<(String, usize)>,
    /// Its full name, once read (a new employee's unit, see `unit_for_new`).
    pub name: String,
}

/// Index of the sub-list of those retiring soon.
pub const SUB_RETIRING: usize = 1;
/// Index of the first reference sub-list (units).
const FIRST_REFERENCE: usize = 2;

/// The open employee detail.
#[derive(Debug, Clone)]
pub struct DetailState {
    pub id: i64,
    /// None while loading.
    pub data: Option<Box<EmployeeDetail>>,
    /// The employee disappeared (another session deleted it).
    pub missing: bool,
    pub scroll: usize,
    /// Plan and recommendations (None until they arrive, after the detail).
    pub development: Option<Box<crate::db::recommend::Development>>,
    /// The plan lines have the keyboard (`r`): ↑↓ pick, `n` `e` `d` act.
    pub plan_focus: bool,
    /// The selected plan line while `plan_focus`.
    pub plan_cursor: usize,
    /// Trainings `t` put into the plan whose reload has not come yet (the
    /// next `t` takes the next recommendation).
    pub pending_plan: Vec<i64>,
}

impl DetailState {
    /// Employee `id`, not read yet.
    fn new(id: i64) -> DetailState {
        DetailState {
            id,
            data: None,
            missing: false,
            scroll: 0,
            development: None,
            plan_focus: false,
            plan_cursor: 0,
            pending_plan: Vec::new(),
        }
    }
}

impl EmployeesState {
    /// Data rows under the sub-list bar and the table header.
    fn rows_height(h: usize) -> usize {
        table_rows(h, 1)
    }

    /// `[` / `]`: Pegawai · Pensiun · Unit kerja · Kamus kompetensi · Standar.
    pub fn switch(&mut self, delta: isize) {
        use crate::tui::tabs::reference::Sub;
        self.sub = (self.sub as isize + delta).rem_euclid(5) as usize;
        if self.is_reference() {
            let want = [Sub::Units, Sub::Competencies, Sub::Standards][self.sub - FIRST_REFERENCE];
            while self.reference.sub != want {
                self.reference.switch(1);
            }
        }
    }

    /// A reference sub-list (units, dictionary, standards) is shown.
    pub fn is_reference(&self) -> bool {
        self.sub >= FIRST_REFERENCE
    }

    /// The Unit kerja sub-list is shown.
    pub fn is_units(&self) -> bool {
        self.sub == FIRST_REFERENCE
    }

    /// The list of those retiring soon is shown.
    pub fn is_retiring(&self) -> bool {
        self.sub == SUB_RETIRING
    }

    pub fn set_rows(&mut self, rows: Vec<EmployeeRow>, h: usize) {
        self.set_head(rows, h);
        self.head_only = false;
        if let Some(id) = self.select_after_load.take()
            && !self.list.select_where(|r| r.id == id, Self::rows_height(h))
            && self.unit.is_some()
        {
            // Someone new in the unit: they join it when its employees
            // are read again (after this list).
            self.select_after_load = Some(id);
        }
    }

    /// `Enter` on unit `id`: the Pegawai list, kept to that unit and its
    /// sub-units once their employees are read (`set_unit_scope`); the
    /// filter typed before is cleared, as it was typed for the whole list.
    pub fn choose_unit(&mut self, id: i64, h: usize) {
        self.sub = 0;
        self.detail = None;
        self.list.set_filter("", Self::rows_height(h));
        self.unit = Some(UnitChoice {
            id,
            shown: None,
            name: String::new(),
        });
    }

    /// The employees of the unit chosen, read (again, after the list was):
    /// the list keeps to them. The first time the cursor goes to the top;
    /// after a reload it stays on its row.
    pub fn set_unit_scope(&mut self, scope: crate::db::units::UnitScope, h: usize) {
        use crate::tui::list::Scope;
        let Some(choice) = self.unit.as_mut().filter(|u| u.id == scope.unit_id) else {
            return;
        };
        let first = choice.shown.is_none();
        choice.shown = Some((scope.unit, scope.sub_units));
        choice.name = scope.unit_name;
        let rh = Self::rows_height(h);
        let retiring_h = crate::tui::tabs::retirement::RetirementState::rows_height(h);
        // Pensiun keeps to the same people.
        let keep_retiring = Scope::new(scope.employees.clone(), |r: &RetirementRow| r.id);
        let keep = Scope::new(scope.employees, |r: &EmployeeRow| r.id);
        if first {
            self.list.set_scope(Some(keep), rh);
            self.retiring
                .list
                .set_scope(Some(keep_retiring), retiring_h);
        } else {
            self.list.update_scope(Some(keep), rh);
            self.retiring
                .list
                .update_scope(Some(keep_retiring), retiring_h);
        }
        if !self.head_only
            && let Some(id) = self.select_after_load.take()
        {
            self.list.select_where(|r| r.id == id, rh);
        }
    }

    /// `Esc` on the Pegawai or Pensiun list with no filter typed: every unit again,
    /// the cursor staying on its row. False when no unit was chosen.
    pub fn clear_unit(&mut self, h: usize) -> bool {
        if self.unit.take().is_none() {
            return false;
        }
        self.list.update_scope(None, Self::rows_height(h));
        let retiring_h = crate::tui::tabs::retirement::RetirementState::rows_height(h);
        self.retiring.list.update_scope(None, retiring_h);
        true
    }

    /// `n` on the list kept to a unit without sub-units: the new employee's
    /// unit, (id, full name). With sub-units there is no telling which one
    /// (a dinas or one of its schools), so none.
    pub fn unit_for_new(&self) -> Option<(i64, String)> {
        let u = self.unit.as_ref().filter(|_| self.sub == 0)?;
        matches!(u.shown, Some((_, 0))).then(|| (u.id, u.name.clone()))
    }

    /// The unit the Pegawai or Pensiun list shown keeps to, once read: its
    /// short name and how many units are under it.
    pub fn kept_to(&self) -> Option<(&str, usize)> {
        if self.sub > SUB_RETIRING || self.detail.is_some() {
            return None;
        }
        let (name, subs) = self.unit.as_ref()?.shown.as_ref()?;
        Some((name.as_str(), *subs))
    }

    /// Rows read again after another session saved, put in place.
    pub fn patch_rows(&mut self, rows: Vec<EmployeeRow>, h: usize) {
        self.list
            .patch_in_place(rows, |r| r.id, Self::rows_height(h));
    }

    /// Employee `id`, saved, kept its place in the list: the cursor goes to
    /// it now (no whole list comes to take `select_after_load`).
    pub fn saved_in_place(&mut self, id: i64, h: usize) {
        if self.select_after_load == Some(id) {
            self.select_after_load = None;
            self.list.select_where(|r| r.id == id, Self::rows_height(h));
        }
    }

    /// The ids of the rows on screen.
    pub fn ids_on_screen(&self, h: usize) -> Vec<i64> {
        self.list
            .on_screen(Self::rows_height(h))
            .map(|r| r.id)
            .collect()
    }

    /// The rows without the selection a save asked for (that waits for the
    /// whole list).
    pub fn set_head(&mut self, rows: Vec<EmployeeRow>, h: usize) {
        self.head_only = true;
        self.list
            .set_rows_in_place(rows, |r| r.id, Self::rows_height(h));
    }

    pub fn set_detail(&mut self, id: i64, data: Option<Box<EmployeeDetail>>) {
        if let Some(d) = self.detail.as_mut().filter(|d| d.id == id) {
            d.missing = data.is_none();
            d.data = data;
        }
    }

    pub fn fit(&mut self, h: usize) {
        self.reference.fit(h);
        self.retiring.fit(h);
        self.list.fit(Self::rows_height(h));
    }

    pub fn filter(&self) -> &str {
        if self.is_reference() {
            return self.reference.filter();
        }
        if self.is_retiring() {
            return self.retiring.list.filter();
        }
        self.list.filter()
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        if self.is_reference() {
            return self.reference.set_filter(text, h);
        }
        if self.is_retiring() {
            let rh = crate::tui::tabs::retirement::RetirementState::rows_height(h);
            return self.retiring.list.set_filter(text, rh);
        }
        self.list.set_filter(text, Self::rows_height(h));
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        if let Some(d) = self.detail.as_mut() {
            if d.plan_focus {
                d.plan_cursor = (d.plan_cursor as isize + delta).max(0) as usize;
                d.show_plan_cursor(h);
                return;
            }
            let max = d.layout().map_or(0, |(n, _, _)| n);
            let max_scroll = max.saturating_sub(h);
            d.scroll = (d.scroll as isize + delta).clamp(0, max_scroll as isize) as usize;
            return;
        }
        if self.is_reference() {
            return self.reference.move_cursor(delta, h);
        }
        if self.is_retiring() {
            let rh = crate::tui::tabs::retirement::RetirementState::rows_height(h);
            return self.retiring.list.move_cursor(delta, rh);
        }
        self.list.move_cursor(delta, Self::rows_height(h));
    }

    /// The employee under the cursor of the employee list or of the list of
    /// those retiring soon (None on a reference sub-list).
    pub fn selected_id(&self) -> Option<i64> {
        match self.sub {
            0 => self.list.selected().map(|r| r.id),
            SUB_RETIRING => self.retiring.list.selected().map(|r| r.id),
            _ => None,
        }
    }

    /// Opens the selected employee; returns the id to load.
    pub fn open(&mut self) -> Option<i64> {
        if self.detail.is_some() {
            return None;
        }
        let id = self.selected_id()?;
        self.detail = Some(DetailState::new(id));
        Some(id)
    }

    /// Opens employee `id` from elsewhere (a Monitoring report): the
    /// Pegawai list with the cursor on them when they are in it, and their
    /// detail over it.
    pub fn open_id(&mut self, id: i64, h: usize) {
        self.sub = 0;
        let rh = Self::rows_height(h);
        // Kept to another unit: every unit again, so `Esc` finds them.
        if !self.list.select_where(|r| r.id == id, rh) && self.clear_unit(h) {
            self.list.select_where(|r| r.id == id, rh);
        }
        self.detail = Some(DetailState::new(id));
    }

    pub fn export(&self, lang: Lang, targets: &JpTargets, today: chrono::NaiveDate) -> ExportJob {
        if self.is_reference() {
            return self.reference.export(lang);
        }
        if self.is_retiring() {
            return self.retiring.export(lang, today);
        }
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        let (header, rows) = export_rows(&self.list, &EXPORT_NAMES, |r, c| {
            cell(r, c, targets, &theme, lang)
        });
        ExportJob {
            stem: "pegawai".to_string(),
            header,
            rows,
        }
    }
}

/// The columns in an `x` file: the names of `peka export pegawai` (`nama` here
/// with degrees, `unit_kerja` the short name shown) and `jp` of `rekap-jp`
/// (JP of the year shown).
const EXPORT_NAMES: [&str; 6] = ["nip", "nama", "golongan", "jabatan", "unit_kerja", "jp"];

fn columns(lang: Lang) -> [Column; EXPORT_NAMES.len()] {
    [
        Column::fixed(tx::COL_NIP.get(lang), 18),
        Column::flex(tx::COL_NAME.get(lang), 11, 4),
        Column::fixed(tx::COL_GOLONGAN.get(lang), 5),
        Column::flex(tx::COL_POSITION.get(lang), 10, 3),
        Column::flex(tx::COL_UNIT.get(lang), 6, 2),
        Column::fixed(tx::COL_JP.get(lang), 5).right(),
    ]
}

/// One cell of the employee list; the JP of the year is marked `!` below the
/// person's own target (by kind of ASN).
fn cell<'r>(
    r: &'r EmployeeRow,
    c: usize,
    targets: &JpTargets,
    theme: &Theme,
    lang: Lang,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.nip()),
        1 if !r.status.is_in_service() => Cell::styled(
            format!("[{}] {}", r.status.label(lang), r.name()),
            theme.dim(),
        )
        .with_raw(r.name()),
        // Still in service, with a change recorded ahead (a pension by an
        // SK issued early): marked, not dimmed.
        1 => match &r.scheduled {
            Some(s) => Cell::plain(format!(
                "{} {}",
                crate::i18n::retirement::scheduled_mark(lang, s.status),
                r.name()
            ))
            .with_raw(r.name()),
            None => Cell::plain(r.name()),
        },
        2 => Cell::plain(&*r.golongan),
        3 => Cell::plain(&*r.position),
        4 => Cell::plain(&*r.unit),
        _ => {
            let jp = format_jp(r.jp_year);
            if !meets_target(r.jp_year, targets.of(r.asn_kind)) {
                Cell::styled(format!("{jp}!"), theme.warn()).with_raw(jp)
            } else {
                Cell::plain(format!("{jp} ")).with_raw(jp)
            }
        }
    }
}

/// What the tab needs besides its state to draw.
pub struct RenderContext {
    /// The yearly JP target per kind of ASN.
    pub targets: JpTargets,
    pub year: i32,
    /// The reference date.
    pub today: chrono::NaiveDate,
    /// Window of the list of those retiring soon (months).
    pub retirement_months: u32,
}

/// Draws the list or, when open, the detail.
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    st: &EmployeesState,
    lang: Lang,
    theme: &Theme,
    cx: &RenderContext,
) {
    let (targets, year) = (&cx.targets, cx.year);
    if let Some(d) = &st.detail {
        let lines = match (&d.data, d.missing) {
            (_, true) => vec![Line::styled(tx::DETAIL_NOT_FOUND.get(lang), theme.warn())],
            (None, _) => vec![Line::raw(tx::LOADING.get(lang))],
            (Some(data), _) => detail_layout(data, d.dev_view(), lang, theme, targets, year).lines,
        };
        Paragraph::new(lines)
            .scroll((d.scroll as u16, 0))
            .render(area, buf);
        return;
    }
    let names = sub_names(lang, area.width);
    super::render_sub_bar(buf, Rect { height: 1, ..area }, &names, st.sub, theme);
    let rest = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    if st.is_reference() {
        // The reference view lays out its lists under a bar line of its own.
        crate::tui::tabs::reference::render_body(buf, area, &st.reference, lang, theme);
        return;
    }
    if st.is_retiring() {
        crate::tui::tabs::retirement::render(
            buf,
            rest,
            &st.retiring,
            lang,
            theme,
            cx.today,
            cx.retirement_months,
        );
        return;
    }
    let cols = columns(lang);
    render_list(buf, rest, &cols, &st.list, lang, theme, |r, c| {
        cell(r, c, targets, theme, lang)
    });
}

/// The names of the five sub-lists; when the full names do not fit on one
/// line of `width` cells, the two long reference names are shortened.
pub fn sub_names(lang: Lang, width: u16) -> [&'static str; 5] {
    use crate::i18n::{forms as fx, retirement as rx};
    let full = [
        tx::SUB_EMPLOYEES.get(lang),
        rx::SUB_RETIRING.get(lang),
        fx::SUB_UNITS.get(lang),
        fx::SUB_DICTIONARY.get(lang),
        fx::SUB_STANDARDS.get(lang),
    ];
    // Each name is padded by a space on both sides; " · " between names.
    let needed: usize = full
        .iter()
        .map(|n| unicode_width::UnicodeWidthStr::width(*n) + 2)
        .sum::<usize>()
        + 3 * (full.len() - 1);
    if needed <= width as usize {
        return full;
    }
    [
        full[0],
        full[1],
        full[2],
        rx::SUB_SHORT_DICTIONARY.get(lang),
        rx::SUB_SHORT_STANDARDS.get(lang),
    ]
}

/// The detail page's lines and where its development part is.
pub struct DetailLayout<'a> {
    pub lines: Vec<Line<'a>>,
    /// Index of the first line of the recommendations.
    pub development: usize,
    /// Index of the first plan row (where the plan cursor starts).
    pub first_plan_row: usize,
}

/// Lines of the detail page (for drawing and for the scroll limit).
pub fn detail_layout<'a>(
    d: &'a EmployeeDetail,
    dev: DevView<'_>,
    lang: Lang,
    theme: &Theme,
    targets: &JpTargets,
    year: i32,
) -> DetailLayout<'a> {
    // The person's own target: that of their kind of ASN.
    let target = targets.of(d.asn_kind);
    let mut out: Vec<Line<'a>> = Vec::new();
    let field = |label: &str, value: String| {
        Line::from(vec![
            Span::styled(format!("{label:<18}"), theme.dim()),
            Span::raw(value),
        ])
    };
    out.push(Line::from(vec![
        Span::styled(d.name.clone(), theme.header()),
        Span::raw(format!(
            "  {}",
            crate::domain::nip::group(d.asn_kind, &d.nip)
        )),
    ]));
    out.push(field(tx::F_POSITION.get(lang), d.position.clone()));
    let kind = match d.jf_level {
        Some(l) => format!("{} · {}", d.position_kind.label(lang), l.label(lang)),
        None => d.position_kind.label(lang).to_string(),
    };
    out.push(field(tx::F_POSITION_KIND.get(lang), kind));
    out.push(field(tx::F_UNIT.get(lang), d.unit.clone()));
    let gol = match (&d.golongan, d.pangkat.is_empty()) {
        (Some(g), false) => format!("{} ({g})", d.pangkat),
        (Some(g), true) => g.clone(),
        (None, _) => "-".to_string(),
    };
    out.push(field(
        tx::F_ASN.get(lang),
        d.asn_kind.label(lang).to_string(),
    ));
    // The golongan on a line of its own with its TMT, so that a long pangkat
    // and the date both stay whole at 80 columns.
    let gol = match (&d.golongan, d.tmt_golongan.as_deref()) {
        (Some(_), Some(tmt)) => format!("{gol} · {}", tx::tmt_since(lang, &display_iso(tmt))),
        _ => gol,
    };
    out.push(field(tx::F_GOLONGAN.get(lang), gol));
    out.push(field(
        tx::F_NIK.get(lang),
        d.nik.clone().unwrap_or_else(|| "-".into()),
    ));
    out.push(field(
        tx::F_BIRTH.get(lang),
        if d.birth_place.is_empty() {
            format!("{} · {}", display_iso(&d.birth_date), d.gender.label(lang))
        } else {
            format!(
                "{}, {} · {}",
                d.birth_place,
                display_iso(&d.birth_date),
                d.gender.label(lang)
            )
        },
    ));
    let edu = match d.education {
        Some(e) if d.study_program.is_empty() => e.label(lang).to_string(),
        Some(e) => format!("{} {}", e.label(lang), d.study_program),
        None => "-".into(),
    };
    out.push(field(tx::F_EDUCATION.get(lang), edu));
    let tmt = |s: &Option<String>| s.as_deref().map(display_iso).unwrap_or_else(|| "-".into());
    out.push(field(
        tx::F_TMT.get(lang),
        format!(
            "{} · {} {}",
            tmt(&d.tmt_appointment),
            tx::F_TMT_POSITION.get(lang),
            tmt(&d.tmt_position)
        ),
    ));
    let status = match d
        .scheduled
        .as_ref()
        .and_then(|s| parse_iso(&s.date).map(|date| (s.status, date)))
    {
        Some((s, date)) => format!(
            "{} · {}",
            d.status.label(lang),
            crate::i18n::retirement::scheduled(lang, s, date)
        ),
        None => d.status.label(lang).to_string(),
    };
    out.push(field(tx::F_STATUS.get(lang), status));
    let contact = [d.email.as_str(), d.phone.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    if !contact.is_empty() {
        out.push(field(tx::F_CONTACT.get(lang), contact));
    }

    // JP this year and per year.
    out.push(Line::raw(""));
    out.push(Line::styled(tx::DETAIL_JP_YEARS.get(lang), theme.header()));
    let this_year = d
        .jp_per_year
        .iter()
        .find(|(y, _)| *y == year)
        .map(|(_, jp)| *jp)
        .unwrap_or(0.0);
    let short = shortfall(this_year, target);
    let style = if short > 0.0 {
        theme.warn()
    } else {
        theme.good()
    };
    out.push(Line::styled(
        format!(
            "  {}",
            tx::jp_line(
                lang,
                year,
                &format_jp(this_year),
                &format_jp(target),
                &format_jp(short)
            )
        ),
        style,
    ));
    for (y, jp) in d.jp_per_year.iter().filter(|(y, _)| *y != year) {
        let mark = if meets_target(*jp, target) { "" } else { " !" };
        out.push(Line::raw(format!("  {y}: {} JP{mark}", format_jp(*jp))));
    }

    // Competencies.
    out.push(Line::raw(""));
    out.push(Line::styled(
        tx::DETAIL_COMPETENCIES.get(lang),
        theme.header(),
    ));
    if d.competencies.is_empty() {
        out.push(Line::raw(tx::DETAIL_NONE.get(lang)));
    }
    out.push(Line::styled(
        format!(
            "  {:<6} {:<34} {:>3} {:>3} {:>4}",
            tx::COL_CODE.get(lang),
            tx::COL_COMPETENCY.get(lang),
            tx::COL_STANDARD.get(lang),
            tx::COL_ACTUAL.get(lang),
            tx::COL_GAP.get(lang)
        ),
        theme.dim(),
    ));
    for c in &d.competencies {
        let std = c
            .standard
            .map(|v| v.to_string())
            .unwrap_or_else(|| "-".into());
        let act = c
            .actual
            .map(|v| v.to_string())
            .unwrap_or_else(|| "-".into());
        let (gap, style) = match (c.gap(), c.standard, c.actual) {
            (Some(g), _, _) if g > 0 => (format!("▼{g}"), theme.warn()),
            (Some(_), _, _) => (tx::MEETS.get(lang).to_string(), theme.good()),
            (None, Some(_), None) => (tx::NOT_ASSESSED.get(lang).to_string(), theme.caution()),
            _ => (tx::NO_STANDARD.get(lang).to_string(), theme.dim()),
        };
        let name = crate::tui::widgets::vtable::fit(&c.name, 34);
        out.push(Line::from(vec![
            Span::raw(format!(
                "  {:<6} {:<34} {:>3} {:>3} ",
                c.code, name, std, act
            )),
            Span::styled(format!("{gap:>4}"), style),
        ]));
    }

    // Recommendations from the gaps above, and the development plan.
    out.push(Line::raw(""));
    let section = super::development::section(dev.dev, lang, theme, dev.cursor);
    let development = out.len();
    let first_plan_row = development + section.first_plan_row;
    out.extend(section.lines);

    // Assessment history (the latest per competency is what the table above uses).
    if !d.assessments.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled(
            tx::DETAIL_ASSESSMENTS.get(lang),
            theme.header(),
        ));
        for a in &d.assessments {
            let who = if a.assessor.is_empty() {
                String::new()
            } else {
                format!(" · {}", a.assessor)
            };
            out.push(Line::raw(format!(
                "  {} {:<6} {} {}{who}",
                display_iso(&a.date),
                a.code,
                a.level,
                a.method.label(lang)
            )));
        }
    }

    // Trainings.
    out.push(Line::raw(""));
    out.push(Line::styled(tx::DETAIL_TRAININGS.get(lang), theme.header()));
    if d.trainings.is_empty() {
        out.push(Line::raw(tx::DETAIL_NONE.get(lang)));
    }
    for t in &d.trainings {
        let name = crate::tui::widgets::vtable::fit(&t.name, 36);
        out.push(Line::raw(format!(
            "  {} {:<36} {:>5} JP  {}",
            display_iso(&t.end),
            name,
            format_jp(t.jp_credited),
            t.status.label(lang)
        )));
    }

    // Evaluations.
    out.push(Line::raw(""));
    out.push(Line::styled(
        tx::DETAIL_EVALUATIONS.get(lang),
        theme.header(),
    ));
    if d.evaluations.is_empty() {
        out.push(Line::raw(tx::DETAIL_NONE.get(lang)));
    }
    for e in &d.evaluations {
        let period = crate::i18n::labels::period_name(lang, e.period_kind, e.period_no, e.year);
        out.push(Line::raw(format!(
            "  {:<18} {} / {} → {}",
            period,
            e.work_result.label(lang),
            e.behaviour.label(lang),
            e.predicate.label(lang)
        )));
    }

    // Status history (a change dated ahead is marked as scheduled).
    if d.status_history.len() > 1
        || d.status != crate::domain::enums::EmployeeStatus::Aktif
        || d.scheduled.is_some()
    {
        out.push(Line::raw(""));
        out.push(Line::styled(
            tx::DETAIL_STATUS_HISTORY.get(lang),
            theme.header(),
        ));
        for h in &d.status_history {
            let sk = if h.nomor_sk.is_empty() {
                String::new()
            } else {
                format!(" · SK {}", h.nomor_sk)
            };
            let note = if h.note.is_empty() {
                String::new()
            } else {
                format!(" · {}", h.note)
            };
            let ahead = if h.scheduled {
                format!(" {}", crate::i18n::retirement::SCHEDULED_ROW.get(lang))
            } else {
                String::new()
            };
            out.push(Line::raw(format!(
                "  {} {}{ahead}{sk}{note}",
                display_iso(&h.date),
                h.status.label(lang)
            )));
        }
    }

    // Interns mentored: those running now first, marked ▶ and in the normal
    // style, then past (and coming) ones dimmed; each with status, period,
    // name, campus and NIM.
    use crate::i18n::monitoring_partners as mx;
    out.push(Line::raw(""));
    let current = d.interns.iter().filter(|i| i.current).count();
    out.push(Line::styled(
        mx::interns_heading(lang, current, d.interns.len()),
        theme.header(),
    ));
    if d.interns.is_empty() {
        out.push(Line::raw(tx::DETAIL_NONE.get(lang)));
    }
    for i in &d.interns {
        let (mark, style) = if i.current {
            (mx::NOW_MARK.get(lang), theme.normal())
        } else {
            (" ", theme.dim())
        };
        out.push(Line::styled(
            format!(
                "  {mark} {:<9} {}–{} {} · {} · {}",
                i.status.label(lang),
                display_iso(&i.start),
                display_iso(&i.end),
                i.name,
                i.partner,
                i.nim,
            ),
            style,
        ));
    }
    DetailLayout {
        lines: out,
        development,
        first_plan_row,
    }
}

/// What `/` matches an employee row against: NIP and name, unit, position
/// and golongan (read in place: a province's list is 100,000 rows).
impl RowWords for EmployeeRow {
    fn words(&self) -> Words<'_> {
        Words {
            own: self.person.searched(),
            shared: [Some(self.unit), Some(self.position), Some(self.golongan)],
        }
    }
}
