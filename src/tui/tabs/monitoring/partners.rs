//! Monitoring's reports on partnerships (issue 9): columns, cells, summary
//! lines and `x` exports of the expired agreements with interns still
//! running, the internships needing attention, the interns per unit and the
//! students' suggestions. The rows come from `db::monitoring`.

use super::{MonitoringCtx, MonitoringState, Sub};
use crate::db::monitoring::{ExpiredWithInterns, InternAttention, StudentSuggestion, UnitInterns};
use crate::domain::dates::display_iso;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::monitoring_partners as mx;
use crate::i18n::tui as tx;
use crate::tui::app::ExportJob;
use crate::tui::list::FilteredList;
use crate::tui::tabs::{export_rows, render_list};
use crate::tui::theme::Theme;
use crate::tui::widgets::vtable::{Cell, Column};
use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Lines under the suggestions list that show the selected one in full: a
/// rule, who and where, what worked, the suggestion (with room to wrap).
pub(super) const PREVIEW_LINES: usize = 6;

/// A column only the `x` file has (no screen is this wide).
const EXPORT_ONLY: u16 = u16::MAX;

// ------------------------------------------------ expired agreements, interns

/// The names of `peka export perjanjian` (`nomor` … `tanggal_berakhir`), then
/// the days since the end, how many internships still run and their students.
pub(super) const EXPIRED_EXPORT_NAMES: [&str; 7] = [
    "nomor",
    "jenis_dokumen",
    "mitra",
    "tanggal_berakhir",
    "hari_lewat",
    "magang_berjalan",
    "mahasiswa",
];

fn expired_columns(lang: Lang) -> [Column; EXPIRED_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_NUMBER.get(lang), 16, 2),
        Column::fixed(tx::COL_DOC.get(lang), 4),
        Column::flex(tx::COL_PARTNER.get(lang), 12, 2),
        Column::fixed(tx::COL_END.get(lang), 10),
        Column::fixed(mx::COL_DAYS_OVER.get(lang), 5).right(),
        Column::fixed(mx::COL_RUNNING_N.get(lang), 7).right(),
        Column::flex(mx::COL_STUDENTS.get(lang), 8, 2),
    ]
}

fn expired_cell<'r>(r: &'r ExpiredWithInterns, c: usize, theme: &Theme) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.number.as_str()),
        1 => Cell::plain(tx::doc_short(r.doc)),
        2 => Cell::plain(r.partner.as_str()),
        // Every row is expired, as the title says; the days past follow.
        3 => Cell::styled(display_iso(&r.end), theme.warn()).with_raw(&r.end),
        4 => Cell::plain(r.days_over.to_string()),
        5 => Cell::plain(r.running.to_string()),
        _ => Cell::plain(r.students.as_str()),
    }
}

// ------------------------------------------------------ needing attention

/// Names of `peka export magang` where they exist, then what the screen
/// adds: the latest logbook entry, the days since it and the reason.
pub(super) const ATTENTION_EXPORT_NAMES: [&str; 12] = [
    "nama",
    "mitra",
    "unit_kerja",
    "pembimbing_nama",
    "logbook_terakhir",
    "hari_tanpa_logbook",
    "alasan",
    "nim",
    "status",
    "tanggal_mulai",
    "tanggal_selesai",
    "pembimbing_nip",
];

fn attention_columns(lang: Lang) -> [Column; ATTENTION_EXPORT_NAMES.len()] {
    [
        Column::flex(mx::COL_STUDENT.get(lang), 14, 3),
        Column::flex(mx::COL_CAMPUS.get(lang), 8, 1).from_width(100),
        Column::flex(tx::COL_UNIT.get(lang), 10, 1),
        Column::flex(tx::COL_MENTOR.get(lang), 10, 2).from_width(120),
        Column::fixed(mx::COL_LAST_ENTRY.get(lang), 10),
        Column::fixed(mx::COL_QUIET_DAYS.get(lang), 4).right(),
        // Both reasons fit at 80 columns: "tanpa pembimbing · logbook > 14 hari".
        Column::flex(mx::COL_REASON.get(lang), 36, 1),
        Column::fixed(mx::COL_NIM.get(lang), 12).from_width(EXPORT_ONLY),
        Column::fixed(tx::COL_STATUS.get(lang), 10).from_width(EXPORT_ONLY),
        Column::fixed(tx::COL_START.get(lang), 10).from_width(EXPORT_ONLY),
        Column::fixed(tx::COL_END.get(lang), 10).from_width(EXPORT_ONLY),
        Column::fixed(tx::COL_NIP.get(lang), 18).from_width(EXPORT_ONLY),
    ]
}

/// Why an internship is listed, in words: "tanpa pembimbing · logbook > 14 hari".
pub(crate) fn reason(r: &InternAttention, lang: Lang, logbook_days: i64) -> String {
    let mut parts: Vec<String> = Vec::new();
    if r.mentor_nip.is_none() {
        parts.push(mx::NO_MENTOR.get(lang).to_string());
    } else if let Some(s) = r.mentor_gone {
        parts.push(mx::mentor_gone(lang, s));
    }
    if r.logbook_late {
        parts.push(mx::logbook_over(lang, logbook_days));
    }
    parts.join(" · ")
}

fn attention_cell<'r>(
    r: &'r InternAttention,
    c: usize,
    lang: Lang,
    logbook_days: i64,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.name.as_str()),
        1 => Cell::plain(r.partner.as_str()),
        2 => Cell::plain(r.unit.as_str()),
        3 => Cell::plain(r.mentor_name.as_deref().unwrap_or("-"))
            .with_raw(r.mentor_name.as_deref().unwrap_or("")),
        4 => match &r.last_entry {
            Some(d) => Cell::date(d),
            None => Cell::plain("-").with_raw(""),
        },
        5 => {
            let days = r.days_quiet.to_string();
            if r.logbook_late {
                Cell::styled(format!("{days}!"), theme.warn()).with_raw(days)
            } else {
                Cell::plain(format!("{days} ")).with_raw(days)
            }
        }
        6 => Cell::styled(reason(r, lang, logbook_days), theme.warn()),
        7 => Cell::plain(r.nim.as_str()),
        8 => Cell::plain(r.status.label(lang)),
        9 => Cell::date(&r.start),
        10 => Cell::date(&r.end),
        _ => Cell::plain(r.mentor_nip.as_deref().unwrap_or("")),
    }
}

// ------------------------------------------------------------ per unit

/// `unit_kerja` as everywhere, the counts, the capacity (`kapasitas_magang`,
/// empty when none) and the places left, then the year of `selesai`.
pub(super) const PER_UNIT_EXPORT_NAMES: [&str; 7] = [
    "unit_kerja",
    "magang_berjalan",
    "magang_direncanakan",
    "magang_selesai",
    "kapasitas_magang",
    "sisa_kapasitas",
    "tahun",
];

fn per_unit_columns(lang: Lang) -> [Column; PER_UNIT_EXPORT_NAMES.len()] {
    [
        Column::flex(tx::COL_UNIT.get(lang), 16, 1),
        Column::fixed(mx::COL_RUNNING.get(lang), 8).right(),
        Column::fixed(mx::COL_PLANNED.get(lang), 7).right(),
        Column::fixed(mx::COL_FINISHED.get(lang), 15).right(),
        Column::fixed(mx::COL_CAPACITY.get(lang), 9).right(),
        Column::fixed(mx::COL_PLACES_LEFT.get(lang), 8).right(),
        Column::fixed("", 4).from_width(EXPORT_ONLY),
    ]
}

fn per_unit_cell<'r>(
    r: &'r UnitInterns,
    c: usize,
    lang: Lang,
    year: i32,
    theme: &Theme,
) -> Cell<'r> {
    match c {
        0 => Cell::plain(r.unit.as_str()),
        1 => Cell::plain(r.running.to_string()),
        2 => Cell::plain(r.planned.to_string()),
        3 => Cell::plain(r.finished.to_string()),
        4 => match r.capacity {
            Some(n) => Cell::plain(n.to_string()),
            None => Cell::plain("-").with_raw(""),
        },
        5 => match r.capacity {
            None => Cell::plain("-").with_raw(""),
            Some(cap) => {
                let left = cap - r.running;
                let raw = left.to_string();
                if left > 0 {
                    Cell::plain(raw)
                } else if left == 0 {
                    Cell::styled(mx::FULL.get(lang), theme.caution()).with_raw(raw)
                } else {
                    Cell::styled(format!("{}!", mx::over(lang, -left)), theme.warn()).with_raw(raw)
                }
            }
        },
        _ => Cell::plain(year.to_string()),
    }
}

// ---------------------------------------------------------- suggestions

/// The columns of `peka export umpan-balik-magang` the list shows.
pub(super) const SUGGESTION_EXPORT_NAMES: [&str; 7] = [
    "tanggal",
    "unit_kerja",
    "mitra",
    "nama",
    "yang_berhasil",
    "saran_unit",
    "nim",
];

fn suggestion_columns(lang: Lang) -> [Column; SUGGESTION_EXPORT_NAMES.len()] {
    [
        Column::fixed(mx::COL_DATE.get(lang), 10),
        Column::flex(tx::COL_UNIT.get(lang), 8, 1),
        Column::flex(mx::COL_CAMPUS.get(lang), 8, 1),
        Column::flex(mx::COL_STUDENT.get(lang), 10, 2),
        Column::flex(mx::COL_WORKED.get(lang), 10, 3),
        Column::flex(mx::COL_SUGGESTION.get(lang), 10, 3),
        Column::fixed(mx::COL_NIM.get(lang), 12).from_width(EXPORT_ONLY),
    ]
}

fn suggestion_cell(r: &StudentSuggestion, c: usize) -> Cell<'_> {
    let or_dash = |s: &str| {
        if s.is_empty() {
            Cell::plain("-").with_raw("")
        } else {
            Cell::plain(s.to_string())
        }
    };
    match c {
        0 => Cell::date(&r.date),
        1 => Cell::plain(r.unit.as_str()),
        2 => Cell::plain(r.campus.as_str()),
        3 => Cell::plain(r.student.as_str()),
        4 => or_dash(&r.worked),
        5 => or_dash(&r.suggestion),
        _ => Cell::plain(r.nim.as_str()),
    }
}

/// The selected suggestion in full under the list, wrapped.
fn render_preview(buf: &mut Buffer, area: Rect, r: Option<&StudentSuggestion>, cx: &MonitoringCtx) {
    let Some(r) = r else { return };
    if area.height < 2 {
        return;
    }
    let lang = cx.lang;
    let rule = "─".repeat(area.width as usize);
    buf.set_stringn(area.x, area.y, &rule, area.width as usize, cx.theme.dim());
    let text = |label: crate::i18n::T, body: &str| {
        let body = if body.is_empty() { "-" } else { body };
        Line::from(vec![
            Span::styled(label.get(lang), cx.theme.header()),
            Span::raw(body.to_string()),
        ])
    };
    // Who and where in full (the columns cut long names).
    let who = Line::styled(
        format!(
            "{} · {} · {} · {}",
            r.student,
            r.campus,
            r.unit_name,
            display_iso(&r.date)
        ),
        cx.theme.dim(),
    );
    let lines = vec![
        who,
        text(mx::WORKED_LABEL, &r.worked),
        text(mx::SUGGESTION_LABEL, &r.suggestion),
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

/// The summary line of the report shown (once it has loaded).
pub(super) fn summary(st: &MonitoringState, cx: &MonitoringCtx) -> Option<String> {
    let lang = cx.lang;
    match st.sub {
        Sub::ExpiredInterns if st.expired.loaded => {
            let interns = st.expired.all().iter().map(|r| r.running).sum();
            Some(mx::expired_title(lang, st.expired.total(), interns))
        }
        Sub::Attention if st.attention.loaded => {
            let all = st.attention.all();
            let no_mentor = all.iter().filter(|r| r.without_mentor()).count();
            let late = all.iter().filter(|r| r.logbook_late).count();
            let days = cx.settings.logbook_days;
            Some(mx::attention_title(lang, all.len(), no_mentor, late, days))
        }
        Sub::PerUnit if st.per_unit.loaded => {
            let all = st.per_unit.all();
            let sum = |f: fn(&UnitInterns) -> i64| all.iter().map(f).sum();
            Some(mx::per_unit_title(
                lang,
                sum(|r| r.running),
                sum(|r| r.planned),
                sum(|r| r.finished),
                cx.today.year(),
            ))
        }
        Sub::Suggestions if st.suggestions.loaded => {
            Some(mx::suggestions_title(lang, st.suggestions.total()))
        }
        _ => None,
    }
}

pub(super) fn render(buf: &mut Buffer, area: Rect, st: &MonitoringState, cx: &MonitoringCtx) {
    let (lang, theme) = (cx.lang, cx.theme);
    match st.sub {
        Sub::ExpiredInterns => {
            let cols = expired_columns(lang);
            render_list(buf, area, &cols, &st.expired, lang, theme, |r, c| {
                expired_cell(r, c, theme)
            });
        }
        Sub::Attention => {
            let cols = attention_columns(lang);
            let days = cx.settings.logbook_days;
            render_list(buf, area, &cols, &st.attention, lang, theme, |r, c| {
                attention_cell(r, c, lang, days, theme)
            });
        }
        Sub::PerUnit => {
            let cols = per_unit_columns(lang);
            let year = cx.today.year();
            render_list(buf, area, &cols, &st.per_unit, lang, theme, |r, c| {
                per_unit_cell(r, c, lang, year, theme)
            });
        }
        Sub::Suggestions => {
            let preview = super::preview_height(PREVIEW_LINES, area.height as usize) as u16;
            let table = Rect {
                height: area.height - preview,
                ..area
            };
            let cols = suggestion_columns(lang);
            render_list(buf, table, &cols, &st.suggestions, lang, theme, |r, c| {
                suggestion_cell(r, c)
            });
            let below = Rect {
                y: table.bottom(),
                height: preview,
                ..area
            };
            render_preview(buf, below, st.suggestions.selected(), cx);
        }
        _ => {}
    }
}

// ------------------------------------------------------------ `x` files

fn job(stem: &str, (header, rows): (Vec<String>, Vec<Vec<String>>)) -> ExportJob {
    ExportJob {
        stem: stem.to_string(),
        header,
        rows,
    }
}

fn plain_theme() -> Theme {
    Theme::new(crate::tui::theme::ColorMode::None)
}

pub(super) fn export_expired(list: &FilteredList<ExpiredWithInterns>) -> ExportJob {
    let theme = plain_theme();
    job(
        "perjanjian-kedaluwarsa-magang",
        export_rows(list, &EXPIRED_EXPORT_NAMES, |r, c| {
            expired_cell(r, c, &theme)
        }),
    )
}

pub(super) fn export_attention(
    list: &FilteredList<InternAttention>,
    lang: Lang,
    logbook_days: i64,
) -> ExportJob {
    let theme = plain_theme();
    job(
        "magang-perlu-perhatian",
        export_rows(list, &ATTENTION_EXPORT_NAMES, |r, c| {
            attention_cell(r, c, lang, logbook_days, &theme)
        }),
    )
}

pub(super) fn export_per_unit(
    list: &FilteredList<UnitInterns>,
    lang: Lang,
    year: i32,
) -> ExportJob {
    let theme = plain_theme();
    job(
        "magang-per-unit",
        export_rows(list, &PER_UNIT_EXPORT_NAMES, |r, c| {
            per_unit_cell(r, c, lang, year, &theme)
        }),
    )
}

pub(super) fn export_suggestions(list: &FilteredList<StudentSuggestion>) -> ExportJob {
    job(
        "saran-mahasiswa-magang",
        export_rows(list, &SUGGESTION_EXPORT_NAMES, suggestion_cell),
    )
}
