//! A record's history (issue 11 item 4), opened with `h` on a list row or a
//! detail: every audit entry of the record — when, who, from where, what —
//! and each field that changed, before and after side by side.

use crate::db::audit::HistoryEntry;
use crate::i18n::Lang;
use crate::i18n::history as hx;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

/// The open history.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryView {
    /// Whose history: the record's name.
    pub name: String,
    pub entries: Option<Vec<HistoryEntry>>,
    pub scroll: usize,
}

fn value(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "—".to_string())
}

/// The lines: one heading per entry, then its changes as
/// "field: before → after".
pub fn lines<'a>(v: &HistoryView, lang: Lang, theme: &Theme) -> Vec<Line<'a>> {
    let Some(entries) = &v.entries else {
        return vec![Line::raw(crate::i18n::tui::LOADING.get(lang))];
    };
    if entries.is_empty() {
        return vec![Line::styled(hx::NONE.get(lang), theme.dim())];
    }
    let mut out = Vec::new();
    for e in entries.iter().rev() {
        let from = if e.klien_ssh.is_empty() {
            String::new()
        } else {
            format!(" ({})", e.klien_ssh)
        };
        out.push(Line::from(vec![
            Span::styled(
                format!(
                    "{} · {}",
                    e.waktu.replace('T', " "),
                    hx::action(lang, &e.aksi)
                ),
                theme.header(),
            ),
            Span::raw(format!(" · {}{from}", e.pengguna)),
        ]));
        if e.changes.is_empty() {
            out.push(Line::styled(
                format!("  {}", hx::NO_CHANGE.get(lang)),
                theme.dim(),
            ));
        }
        for (field, before, after) in &e.changes {
            out.push(Line::from(vec![
                Span::styled(format!("  {field}: "), theme.dim()),
                Span::raw(format!("{} → {}", value(before), value(after))),
            ]));
        }
        out.push(Line::raw(""));
    }
    out
}

/// Draws the history over the body.
pub fn render(buf: &mut Buffer, area: Rect, v: &HistoryView, lang: Lang, theme: &Theme) {
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(hx::title(lang, &v.name));
    let inner = block.inner(area);
    block.render(area, buf);
    Paragraph::new(lines(v, lang, theme))
        .wrap(Wrap { trim: false })
        .scroll((v.scroll.min(u16::MAX as usize) as u16, 0))
        .render(inner, buf);
}
