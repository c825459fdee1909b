//! The development part of the employee detail (issue 8 items 5–6): the
//! upcoming trainings recommended from the person's gaps, each with its
//! reason, and the development plan of the year (and later years), whose
//! lines `r` selects for `n` / `e` / `d` and `t` fills from the
//! recommendations. The state lives in `employees::DetailState`.

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
