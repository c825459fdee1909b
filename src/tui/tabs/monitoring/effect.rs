//! Monitoring's training effect: the finished trainings, and on `Enter` the
//! participants of one with their predicate before and after it and the
//! follow-up scores (the selected one in full under the list). The rows come
//! from `db::monitoring_eval`.

use super::{MonitoringCtx, MonitoringState};
use crate::db::monitoring_eval::{EffectTraining, ParticipantEffect};
use crate::domain::dates::display_iso;
use crate::domain::effect::{Change, Rated};
use crate::i18n::Lang;
use crate::i18n::monitoring_review as rx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::tabs::{export_rows, render_list};
use crate::tui::widgets::vtable::{Cell, Column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Lines under the participants that show the selected one in full: a rule,
/// who with the periods, the follow-up answers, the findings.
pub(super) const PREVIEW_LINES: usize = 5;

/// A column only the `x` file has.
const EXPORT_ONLY: u16 = u16::MAX;

/// The participants of one training, opened from the list.
#[derive(Debug, Clone)]
pub struct EffectView {
    pub training: EffectTraining,
    pub list: FilteredList<ParticipantEffect>,
}

// ------------------------------------------------------------ trainings

/// The names of `peka export pelatihan` where they exist (`kode`, `nama`,
/// `tanggal_mulai`, `tanggal_selesai`, `peserta_selesai`), then the
/// follow-ups.
const TRAINING_EXPORT_NAMES: [&str; 7] = [
    "kode",
    "nama",
    "tanggal_mulai",
    "tanggal_selesai",
    "peserta_selesai",
    "peserta_ditindaklanjuti",
    "rata_rata_skor",
];

fn training_columns(lang: Lang) -> [Column; 7] {
    [
        Column::fixed(tx::COL_CODE.get(lang), 12).from_width(70),
        Column::flex(tx::COL_TRAINING.get(lang), 14, 3),
        Column::fixed(tx::COL_START.get(lang), 10).from_width(EXPORT_ONLY),
        Column::fixed(rx::COL_ENDED.get(lang), 10),
        Column::fixed(rx::COL_COMPLETED.get(lang), 7).right(),
        Column::fixed(rx::COL_FOLLOWED.get(lang), 9).right(),
        Column::fixed(rx::COL_SCORE.get(lang), 4).right(),
    ]
}

fn score_text(mean: Option<f64>) -> (String, String) {
    match mean {
        Some(m) => (format!("{m:.1}"), crate::domain::jp::format_jp(m)),
        None => ("-".into(), String::new()),
    }
}

fn training_cell(r: &EffectTraining, c: usize) -> Cell<'_> {
    match c {
        0 => Cell::plain(r.code.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::date(&r.start),
        3 => Cell::date(&r.end),
        4 => Cell::plain(r.participants.to_string()),
        5 => Cell::plain(r.followed.to_string()),
        _ => {
            let (shown, raw) = score_text(r.mean_score);
            Cell::plain(shown).with_raw(raw)
        }
    }
}

// ------------------------------------------------------------ participants

const PARTICIPANT_EXPORT_NAMES: [&str; 11] = [
    "nip",
    "nama",
    "unit_kerja",
    "predikat_sebelum",
    "predikat_sesudah",
    "perubahan",
    "skor_tindak_lanjut",
    "periode_sebelum",
    "periode_sesudah",
    "rata_rata_skor",
    "temuan",
];

fn participant_columns(lang: Lang) -> [Column; 11] {
    [
        Column::fixed(tx::COL_NIP.get(lang), 18).from_width(110),
        Column::flex(tx::COL_NAME.get(lang), 14, 2),
        Column::flex(tx::COL_UNIT.get(lang), 8, 1),
        Column::fixed(rx::COL_BEFORE.get(lang), 12),
        Column::fixed(rx::COL_AFTER.get(lang), 12),
        Column::fixed("±", 1),
        Column::flex(rx::COL_SCORES.get(lang), 7, 1),
        Column::fixed("", 1).from_width(EXPORT_ONLY),
        Column::fixed("", 1).from_width(EXPORT_ONLY),
        Column::fixed("", 1).from_width(EXPORT_ONLY),
        Column::fixed("", 1).from_width(EXPORT_ONLY),
    ]
}

fn change_mark(c: Option<Change>) -> (&'static str, &'static str) {
    match c {
        Some(Change::Better) => ("↑", "NAIK"),
        Some(Change::Same) => ("=", "TETAP"),
        Some(Change::Worse) => ("↓", "TURUN"),
        None => ("?", ""),
    }
}

fn rated_cell<'r>(r: Option<Rated>, lang: Lang) -> Cell<'r> {
    match r {
        Some(r) => Cell::plain(rx::rated_short(lang, &r)).with_raw(r.predicate.as_code()),
        None => Cell::plain("-").with_raw(""),
    }
}

fn period_code(r: Option<Rated>) -> String {
    r.map_or_else(String::new, |r| {
        format!("{} {} {}", r.year, r.kind.as_code(), r.no)
    })
}

fn participant_cell<'r>(
    r: &'r ParticipantEffect,
    c: usize,
    lang: Lang,
    theme: &crate::tui::theme::Theme,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.nip.as_str()),
        1 => Cell::plain(r.name.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => rated_cell(r.before, lang),
        4 => rated_cell(r.after, lang),
        5 => {
            let (mark, raw) = change_mark(r.change());
            let style = match r.change() {
                Some(Change::Worse) => theme.warn(),
                Some(Change::Better) => theme.good(),
                _ => theme.normal(),
            };
            Cell::styled(mark, style).with_raw(raw)
        }
        6 => {
            let shown: Vec<String> = r.scores.iter().map(|s| s.score.to_string()).collect();
            let raw: Vec<String> = r
                .scores
                .iter()
                .map(|s| {
                    format!(
                        "{}/{}={}",
                        s.level.as_code(),
                        s.respondent.as_code(),
                        s.score
                    )
                })
                .collect();
            if shown.is_empty() {
                Cell::plain("-").with_raw("")
            } else {
                Cell::plain(shown.join(" ")).with_raw(raw.join(";"))
            }
        }
        7 => Cell::plain(period_code(r.before)),
        8 => Cell::plain(period_code(r.after)),
        9 => Cell::plain(score_text(r.mean_score()).1),
        _ => Cell::plain(r.findings.as_str()),
    }
}

/// The selected participant in full under the list, wrapped.
fn render_preview(buf: &mut Buffer, area: Rect, r: Option<&ParticipantEffect>, cx: &MonitoringCtx) {
    let Some(r) = r else { return };
    if area.height < 2 {
        return;
    }
    let lang = cx.lang;
    let rule = "─".repeat(area.width as usize);
    buf.set_stringn(area.x, area.y, &rule, area.width as usize, cx.theme.dim());
    let text = |label: crate::i18n::T, body: String| {
        Line::from(vec![
            Span::styled(label.get(lang), cx.theme.header()),
            Span::raw(body),
        ])
    };
    let rated = |x: Option<Rated>| x.map_or("-".to_string(), |x| rx::rated_short(lang, &x));
    let who = Line::styled(
        format!(
            "{} · {} · {} → {}",
            r.name,
            r.unit,
            rated(r.before),
            rated(r.after)
        ),
        cx.theme.dim(),
    );
    let scores = if r.scores.is_empty() {
        rx::NO_FOLLOW_UP.get(lang).to_string()
    } else {
        r.scores
            .iter()
            .map(|s| rx::score_words(lang, s.level, s.respondent, s.score))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let findings = if r.findings.is_empty() {
        "-".to_string()
    } else {
        r.findings.clone()
    };
    let lines = vec![
        who,
        text(rx::SCORES_LABEL, scores),
        text(rx::FINDINGS_LABEL, findings),
    ];
    let body = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(body, buf);
}

// ------------------------------------------------------------ dispatch

pub(super) fn summary(st: &MonitoringState, cx: &MonitoringCtx) -> Option<String> {
    let lang = cx.lang;
    match &st.effect {
        Some(v) if v.list.loaded => {
            let all = v.list.all();
            let count = |c: Option<Change>| all.iter().filter(|r| r.change() == c).count();
            let counts = (
                count(Some(Change::Better)),
                count(Some(Change::Same)),
                count(Some(Change::Worse)),
                count(None),
            );
            let scores: Vec<i64> = all
                .iter()
                .flat_map(|r| r.scores.iter().map(|s| s.score))
                .collect();
            let mean = (!scores.is_empty()).then(|| {
                format!(
                    "{:.1}",
                    scores.iter().sum::<i64>() as f64 / scores.len() as f64
                )
            });
            let title = format!("{} {}", v.training.code, v.training.name);
            Some(rx::effect_title(lang, &title, counts, mean.as_deref()))
        }
        Some(_) => None,
        None if st.trainings.loaded => {
            let all = st.trainings.all();
            let followed = all.iter().filter(|t| t.followed > 0).count();
            Some(rx::trainings_title(lang, all.len(), followed))
        }
        None => None,
    }
}

pub(super) fn render(buf: &mut Buffer, area: Rect, st: &MonitoringState, cx: &MonitoringCtx) {
    let (lang, theme) = (cx.lang, cx.theme);
    match &st.effect {
        None => {
            let cols = training_columns(lang);
            render_list(buf, area, &cols, &st.trainings, lang, theme, training_cell);
        }
        Some(v) => {
            let preview = super::preview_height(PREVIEW_LINES, area.height as usize) as u16;
            let table = Rect {
                height: area.height - preview,
                ..area
            };
            let cols = participant_columns(lang);
            render_list(buf, table, &cols, &v.list, lang, theme, |r, c| {
                participant_cell(r, c, lang, theme)
            });
            let below = Rect {
                y: table.bottom(),
                height: preview,
                ..area
            };
            render_preview(buf, below, v.list.selected(), cx);
        }
    }
}

pub(super) fn export(st: &MonitoringState, lang: Lang) -> ExportJob {
    let theme = crate::tui::theme::Theme::new(crate::tui::theme::ColorMode::None);
    let (stem, (header, rows)) = match &st.effect {
        None => (
            "efek-pelatihan".to_string(),
            export_rows(&st.trainings, &TRAINING_EXPORT_NAMES, training_cell),
        ),
        Some(v) => (
            format!("efek-pelatihan-{}", v.training.code.to_lowercase()),
            export_rows(&v.list, &PARTICIPANT_EXPORT_NAMES, |r, c| {
                participant_cell(r, c, lang, &theme)
            }),
        ),
    };
    ExportJob { stem, header, rows }
}

/// The haystack of a finished training: code, name, end date as shown.
pub(super) fn training_haystack(r: &EffectTraining) -> String {
    format!("{} {} {}", r.code, r.name, display_iso(&r.end))
}

/// The haystack of a participant: NIP, name, unit, findings.
pub(super) fn participant_haystack(r: &ParticipantEffect) -> String {
    format!("{} {} {} {}", r.nip, r.name, r.unit, r.findings)
}
