//! The development part of the employee detail (issue 8 items 5–6): the
//! upcoming trainings recommended from the person's gaps, each with its
//! reason, and the development plan of the year (and later years), whose
//! lines `r` selects for `n` / `e` / `d` and `t` fills from the
//! recommendations. The state lives in `employees::DetailState`.

use super::employees::{DetailState, EmployeesState};
use crate::db::plans::PlanLine;
use crate::db::recommend::Development;
use crate::domain::dates::display_iso;
use crate::domain::jp::format_jp;
use crate::i18n::Lang;
use crate::i18n::development as tx;
use crate::i18n::labels::Label;
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::fit;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

// ------------------------------------------------------------ state

impl DetailState {
    /// The plan line under the cursor while the plan has the keyboard.
    pub fn selected_plan_line(&self) -> Option<&crate::db::plans::PlanLine> {
        let dev = self.development.as_ref().filter(|_| self.plan_focus)?;
        dev.plan.get(self.plan_cursor)
    }

    /// The detail's (line count, first line of the development section,
    /// first plan row), for scrolling.
    pub(super) fn layout(&self) -> Option<(usize, usize, usize)> {
        let data = self.data.as_ref()?;
        let theme = Theme::new(crate::tui::theme::ColorMode::None);
        // The count does not depend on language, colours or the year shown.
        let l = super::employees::detail_layout(
            data,
            self.dev_view(),
            Lang::Id,
            &theme,
            &crate::domain::jp::JpTargets::default(),
            0,
        );
        Some((l.lines.len() + 1, l.development, l.first_plan_row))
    }

    /// What the development section shows.
    pub fn dev_view(&self) -> DevView<'_> {
        DevView {
            dev: self.development.as_deref(),
            cursor: self.plan_focus.then_some(self.plan_cursor),
        }
    }

    /// Keeps the plan cursor on a line and that line on screen (`h` lines).
    pub(super) fn show_plan_cursor(&mut self, h: usize) {
        let n = self.development.as_ref().map_or(0, |d| d.plan.len());
        self.plan_cursor = self.plan_cursor.min(n.saturating_sub(1));
        let Some((total, _, first)) = self.layout() else {
            return;
        };
        let row = first + self.plan_cursor;
        let max_scroll = total.saturating_sub(h);
        if row < self.scroll {
            self.scroll = row;
        } else if row >= self.scroll + h {
            self.scroll = (row + 1).saturating_sub(h);
        }
        self.scroll = self.scroll.min(max_scroll);
    }
}

/// The development section as the detail shows it.
#[derive(Debug, Clone, Copy, Default)]
pub struct DevView<'a> {
    pub dev: Option<&'a crate::db::recommend::Development>,
    /// The selected plan line while the plan has the keyboard.
    pub cursor: Option<usize>,
}

impl EmployeesState {
    /// The plan and recommendations of the open detail arrived.
    pub fn set_development(
        &mut self,
        id: i64,
        dev: Box<crate::db::recommend::Development>,
        h: usize,
    ) {
        if let Some(d) = self.detail.as_mut().filter(|d| d.id == id) {
            d.development = Some(dev);
            d.pending_plan.clear();
            if d.plan_focus {
                d.show_plan_cursor(h);
            }
        }
    }

    /// `r`: the plan lines take the keyboard (the plan comes into view), or
    /// give it back. False while the plan has not arrived.
    pub fn toggle_plan_focus(&mut self, h: usize) -> bool {
        let Some(d) = self.detail.as_mut() else {
            return false;
        };
        if d.plan_focus {
            d.plan_focus = false;
            return true;
        }
        if d.development.is_none() || d.data.is_none() {
            return false;
        }
        d.plan_focus = true;
        // The recommendations and the plan at the top of the screen; if the
        // selected line does not fit under them, it is scrolled into view.
        if let Some((total, start, _)) = d.layout() {
            d.scroll = start.min(total.saturating_sub(h));
        }
        d.show_plan_cursor(h);
        true
    }
}

// ------------------------------------------------------------ drawing

/// How many recommendations the detail lists (the best ones; `t` takes
/// them in this order).
pub const SHOWN: usize = 5;

/// Width of a plan row: the selected one is highlighted across all of it.
const PLAN_ROW_WIDTH: usize = 78;
/// Width of the activity column of a plan row.
const ACTIVITY_WIDTH: usize = 33;

/// The section's lines and the index among them of the first plan row.
pub struct Section {
    pub lines: Vec<Line<'static>>,
    pub first_plan_row: usize,
}

/// Pads `text` with spaces to `width` display cells.
fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// The recommendations then the plan; `cursor` is the selected plan line
/// while the plan has the keyboard (`r`).
pub fn section(
    dev: Option<&Development>,
    lang: Lang,
    theme: &Theme,
    cursor: Option<usize>,
) -> Section {
    let mut out: Vec<Line<'static>> = Vec::new();
    let Some(dev) = dev else {
        out.push(Line::styled(
            tx::DETAIL_RECOMMENDATIONS.get(lang).to_string(),
            theme.header(),
        ));
        out.push(Line::raw(tx::LOADING_DEVELOPMENT.get(lang)));
        return Section {
            first_plan_row: out.len(),
            lines: out,
        };
    };
    // Recommendations: the training on one line, its reason under it.
    let jp = tx::jp_missing(lang, dev.year, &format_jp(dev.jp_missing));
    let total = dev.recommendations.len();
    let shown = total.min(SHOWN);
    out.push(Line::styled(
        tx::recommendations_head(lang, shown, total, &jp),
        theme.header(),
    ));
    if total == 0 {
        out.push(Line::raw(tx::NO_RECOMMENDATION.get(lang)));
    }
    for (i, r) in dev.recommendations.iter().take(SHOWN).enumerate() {
        out.push(Line::from(vec![
            Span::raw(format!("  {}. ", i + 1)),
            Span::styled(r.code.clone(), theme.key()),
            Span::raw(format!(
                " {} · {} JP · {}",
                display_iso(&r.start),
                format_jp(r.jp),
                r.name
            )),
        ]));
        let main = r.need.main();
        let mut reason = tx::gap_reason(
            lang,
            &main.code,
            &main.name,
            main.gap(),
            main.standard,
            main.actual,
        );
        for g in r.need.gaps.iter().skip(1) {
            reason.push_str(&format!("; {} ▼{}", g.code, g.gap()));
        }
        let mut spans = vec![Span::raw("     "), Span::styled(reason, theme.warn())];
        let planned = dev.plan.iter().any(|l| {
            l.training
                .as_ref()
                .is_some_and(|(id, _)| *id == r.training_id)
        });
        if planned {
            spans.push(Span::styled(
                format!(" · {}", tx::IN_PLAN.get(lang)),
                theme.good(),
            ));
        }
        out.push(Line::from(spans));
    }

    // The plan.
    out.push(Line::raw(""));
    let planned: f64 = dev
        .plan
        .iter()
        .filter(|l| l.year == dev.year)
        .map(|l| l.jp)
        .sum();
    out.push(Line::styled(
        tx::plan_head(lang, dev.year, &format_jp(planned), dev.earlier),
        theme.header(),
    ));
    if cursor.is_some() {
        out.push(Line::styled(tx::PLAN_FOCUS_HINT.get(lang), theme.dim()));
    }
    if dev.plan.is_empty() {
        out.push(Line::raw(tx::NO_PLAN.get(lang)));
        return Section {
            first_plan_row: out.len(),
            lines: out,
        };
    }
    out.push(Line::styled(
        format!(
            "  {:<4} {:<6} {:>3} {} {:>5} {:<9} {}",
            tx::COL_YEAR.get(lang),
            crate::i18n::tui::COL_CODE.get(lang),
            "▼",
            pad(tx::COL_ACTIVITY.get(lang), ACTIVITY_WIDTH),
            "JP",
            tx::COL_PRIORITY.get(lang),
            tx::PF_STATUS.get(lang),
        ),
        theme.dim(),
    ));
    let first_plan_row = out.len();
    for (i, l) in dev.plan.iter().enumerate() {
        let text = plan_row(l, lang);
        if cursor == Some(i) {
            out.push(Line::styled(pad(&text, PLAN_ROW_WIDTH), theme.selected()));
        } else if l.done {
            out.push(Line::styled(text, theme.good()));
        } else {
            out.push(Line::raw(text));
        }
    }
    Section {
        lines: out,
        first_plan_row,
    }
}

/// One plan line: year, competency, gap, activity, JP, priority, `✓` when
/// done, status.
fn plan_row(l: &PlanLine, lang: Lang) -> String {
    let activity = fit(&l.activity, ACTIVITY_WIDTH);
    let done = if l.done { "✓" } else { " " };
    format!(
        "  {:<4} {:<6} {:>3} {} {:>5} {:<9} {done}{}",
        l.year,
        l.competency_code,
        if l.gap > 0 {
            format!("▼{}", l.gap)
        } else {
            String::new()
        },
        pad(&activity, ACTIVITY_WIDTH),
        format_jp(l.jp),
        l.priority.label(lang),
        l.status.label(lang),
    )
}
