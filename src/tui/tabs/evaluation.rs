//! Tab 4 — Evaluasi: the evaluations of one period with their predicate.

use super::{export_rows, render_list, table_rows};
use crate::db::model::{EvaluationRow, PeriodRef};
use crate::domain::enums::Predicate;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::tui as tx;
use crate::tui::app::{Effect, ExportJob, Request};
use crate::tui::list::{FilteredList, RowWords, Words};
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

#[derive(Debug, Clone, Default)]
pub struct EvaluationState {
    /// Periods that have evaluations, newest first.
    pub periods: Vec<PeriodRef>,
    pub periods_loaded: bool,
    /// Index into `periods` of the period shown.
    pub current: usize,
    pub list: FilteredList<EvaluationRow>,
    /// The entry grid of a unit, when open (`u`).
    pub grid: Option<super::evaluation_grid::GridState>,
    /// Put the cursor on this evaluation when the list arrives.
    pub select_after_load: Option<i64>,
    /// The evaluation open over the list (`Enter`).
    pub detail: Option<super::evaluation_detail::EvaluationView>,
    /// The queue of post-training follow-ups due is shown (`t`).
    pub queue: bool,
    pub follow_ups: FilteredList<crate::db::follow_ups::FollowUpDue>,
    /// Only the first rows of the period are in; the rest is being read.
    pub head_only: bool,
    /// The period's list was let go when the tab was left (`leave`): shown
    /// again, it is read beside the keys (the view says `Memuat…` until it
    /// comes) rather than hold them for the ~0.2 s a province's period takes.
    pub let_go: bool,
}

/// What `/` matches an evaluation against: NIP, name and unit.
impl RowWords for EvaluationRow {
    fn words(&self) -> Words<'_> {
        Words {
            own: self.person.searched(),
            shared: [Some(self.unit), None, None],
        }
    }
}

impl EvaluationState {
    /// Rows under the title line and above the legend of the abbreviations.
    fn rows_height(h: usize) -> usize {
        table_rows(h, 2)
    }

    /// Periods arrived: show the one already chosen if it still exists, else the latest.
    pub fn set_periods(&mut self, periods: Vec<PeriodRef>) -> Vec<Effect> {
        let keep = self.periods.get(self.current).copied();
        self.current = keep
            .and_then(|k| periods.iter().position(|p| *p == k))
            .unwrap_or(0);
        self.periods = periods;
        self.periods_loaded = true;
        match self.periods.get(self.current) {
            // The same period, its list in hand: not read again.
            Some(p) if keep == Some(*p) && self.list.loaded => vec![],
            Some(p) => vec![Effect::Load(Request::Evaluations(*p))],
            None => {
                self.list.loaded = true;
                vec![]
            }
        }
    }

    /// Tab 4 left: a province's period (100,000 rows, ~10 MB) is let go,
    /// not while its unit grid is open (the grid's saves name the list).
    pub fn leave(&mut self) -> bool {
        let long = self.grid.is_none() && self.list.is_long();
        if long {
            self.list.release();
            // Counts and position say `Memuat…` until the list is back.
            self.head_only = true;
            self.let_go = true;
        }
        long
    }

    pub fn period(&self) -> Option<PeriodRef> {
        self.periods.get(self.current).copied()
    }

    pub fn set_rows(&mut self, p: PeriodRef, rows: Vec<EvaluationRow>, h: usize) {
        if self.period() == Some(p) {
            self.head_only = false;
            self.list
                .set_rows_in_place(rows, |r| r.employee_id, Self::rows_height(h));
            if let Some(id) = self.select_after_load.take() {
                self.list.select_where(|r| r.id == id, Self::rows_height(h));
            }
        }
    }

    /// The first rows of period `p` while the rest is read: shown only in an
    /// empty list (a list on screen stays until the whole new one is in).
    /// Not when the cursor is further down than the head reaches (a list let
    /// go when the tab was left keeps the cursor's place): the screen then
    /// waits for the whole list rather than show the cursor elsewhere.
    pub fn set_head(&mut self, p: PeriodRef, rows: Vec<EvaluationRow>, h: usize) {
        if self.period() == Some(p) && self.list.total() == 0 && self.list.nav.selected < rows.len()
        {
            self.head_only = true;
            self.list
                .set_rows_in_place(rows, |r| r.employee_id, Self::rows_height(h));
        }
    }

    /// Shows period `p` (a new one saved into the list of periods).
    pub fn show_period(&mut self, p: PeriodRef) {
        if let Some(i) = self.periods.iter().position(|x| *x == p) {
            self.current = i;
        } else {
            // Not listed yet: the reload of the periods brings it; keep it
            // first so it is the one shown.
            self.periods.insert(0, p);
            self.current = 0;
        }
        self.list.loaded = false;
    }

    /// Rows of the queue under its title.
    fn queue_rows(h: usize) -> usize {
        table_rows(h, 1)
    }

    pub fn set_follow_ups(&mut self, rows: Vec<crate::db::follow_ups::FollowUpDue>, h: usize) {
        super::follow_ups::set_rows(&mut self.follow_ups, rows, Self::queue_rows(h));
    }

    pub fn fit(&mut self, h: usize) {
        self.follow_ups.fit(Self::queue_rows(h));
        self.list.fit(Self::rows_height(h));
        if let Some(g) = self.grid.as_mut() {
            g.fit(super::evaluation_grid::table_rows(h));
        }
    }

    pub fn set_filter(&mut self, text: &str, h: usize) {
        if self.queue {
            self.follow_ups.set_filter(text, Self::queue_rows(h));
        } else {
            self.list.set_filter(text, Self::rows_height(h));
        }
    }

    /// The evaluation the keys act on: the open one, else the selected row
    /// — (id, version, "name (NIP)").
    pub fn current(&self) -> Option<(i64, i64, String)> {
        if let Some(v) = &self.detail {
            let d = v.data.as_ref()?;
            return Some((v.id, d.version, d.person.clone()));
        }
        self.list.selected().map(|r| {
            (
                r.id,
                r.version,
                format!("{} ({})", r.person.name(), r.person.nip()),
            )
        })
    }

    pub fn move_cursor(&mut self, delta: isize, h: usize) {
        if let Some(v) = self.detail.as_mut().filter(|_| !self.queue) {
            v.scroll_by(delta);
        } else if self.queue {
            self.follow_ups.move_cursor(delta, Self::queue_rows(h));
        } else {
            self.list.move_cursor(delta, Self::rows_height(h));
        }
    }

    /// `[` goes to the older period, `]` to the newer one; returns the period to load.
    pub fn switch(&mut self, delta: isize) -> Option<PeriodRef> {
        if self.periods.is_empty() {
            return None;
        }
        // Periods are newest first: "previous" (−1) means older, a higher index.
        let next =
            (self.current as isize - delta).clamp(0, self.periods.len() as isize - 1) as usize;
        if next == self.current {
            return None;
        }
        self.current = next;
        self.list.loaded = false;
        self.period()
    }

    pub fn export(&self, lang: Lang) -> ExportJob {
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        let (header, rows) =
            export_rows(&self.list, &EXPORT_NAMES, |r, c| cell(r, c, lang, &theme));
        ExportJob {
            // The period the rows belong to is in the file name.
            stem: match self.period() {
                Some(p) => format!(
                    "evaluasi-{}-{}-{}",
                    p.year,
                    p.kind.as_code().to_lowercase(),
                    p.no
                ),
                None => "evaluasi".to_string(),
            },
            header,
            rows,
        }
    }
}

/// The columns in an `x` file: those of `peka export evaluasi` (the period
/// is in the file name).
const EXPORT_NAMES: [&str; 6] = [
    "nip",
    "nama",
    "unit_kerja",
    "hasil_kerja",
    "perilaku",
    "predikat",
];

fn columns(lang: Lang) -> [Column; EXPORT_NAMES.len()] {
    [
        Column::fixed(tx::COL_NIP.get(lang), 18),
        Column::flex(tx::COL_NAME.get(lang), 10, 2),
        Column::flex(tx::COL_UNIT.get(lang), 6, 1),
        Column::fixed(tx::COL_WORK.get(lang), 8),
        Column::fixed(tx::COL_BEHAVIOUR.get(lang), 8),
        Column::fixed(tx::COL_PREDICATE.get(lang), 17),
    ]
}

fn predicate_style(p: Predicate, theme: &Theme) -> ratatui::style::Style {
    match p {
        Predicate::SangatBaik => theme.good(),
        Predicate::Baik => theme.normal(),
        Predicate::ButuhPerbaikan => theme.caution(),
        Predicate::KurangMisconduct | Predicate::SangatKurang => theme.warn(),
    }
}

fn cell<'r>(r: &'r EvaluationRow, c: usize, lang: Lang, theme: &Theme) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.person.nip()),
        1 => Cell::plain(r.person.name()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(tx::rating_short(lang, r.work_result)),
        4 => Cell::plain(tx::rating_short(lang, r.behaviour)),
        _ => Cell::styled(r.predicate.label(lang), predicate_style(r.predicate, theme)),
    }
}

pub fn render(buf: &mut Buffer, area: Rect, st: &EvaluationState, lang: Lang, theme: &Theme) {
    if let Some(g) = st.grid.as_ref() {
        return super::evaluation_grid::render(buf, area, g, lang, theme);
    }
    if let Some(v) = st.detail.as_ref() {
        return super::evaluation_detail::render(buf, area, v, lang, theme);
    }
    let Some(p) = st.period() else {
        let text = if st.periods_loaded {
            tx::NO_EVALUATIONS.get(lang)
        } else {
            tx::LOADING.get(lang)
        };
        buf.set_stringn(area.x, area.y, text, area.width as usize, theme.dim());
        return;
    };
    let mut title = tx::period_title(
        lang,
        &crate::i18n::labels::period_name(lang, p.kind, p.no, p.year),
    );
    // Distribution of predicates in the period (all rows, not only the
    // filtered ones; once they are all in).
    title.push_str(" · ");
    if st.head_only {
        title.push_str(tx::LOADING.get(lang));
    } else {
        let counts: Vec<String> = Predicate::ALL
            .iter()
            .map(|pr| {
                let n = st.list.all().iter().filter(|r| r.predicate == *pr).count();
                format!("{} {n}", tx::predicate_short(lang, *pr))
            })
            .collect();
        title.push_str(&counts.join(" · "));
    }
    buf.set_stringn(area.x, area.y, &title, area.width as usize, theme.header());
    // The list between the title and the legend of the abbreviations.
    let rest = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    let cols = columns(lang);
    render_list(buf, rest, &cols, &st.list, lang, theme, |r, c| {
        cell(r, c, lang, theme)
    });
    if area.height > 2 {
        let legend = tx::predicate_legend(lang, area.width as usize);
        buf.set_stringn(
            area.x,
            area.bottom() - 1,
            &legend,
            area.width as usize,
            theme.dim(),
        );
    }
}
