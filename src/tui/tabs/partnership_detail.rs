//! Tab 3 details (issue 9): an agreement in full with the PKS under it and
//! the internships that depend on it; an internship in full with its logbook
//! (a cursor over the entries) and its final evaluations.

use super::partnerships::{status_mark, status_style};
use crate::db::model::{AgreementDetail, AgreementRow, InternDetail, InternshipRow, PartnerDetail};
use crate::domain::agreement::{agreement_status, days_left};
use crate::domain::dates::{display_iso, parse_iso};
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::partnership_detail as tx;
use crate::tui::theme::Theme;
use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// An open partner: its record, agreements and internships.
pub type PartnerView = super::DetailView<PartnerDetail>;

/// An open agreement.
pub type AgreementView = super::DetailView<AgreementDetail>;

/// An open internship.
#[derive(Debug, Clone, PartialEq)]
pub struct InternView {
    pub id: i64,
    pub data: Option<Box<InternDetail>>,
    /// The selected logbook entry.
    pub cursor: usize,
}

impl InternView {
    /// The selected logbook entry: (id, version, date).
    pub fn selected_entry(&self) -> Option<(i64, i64, String)> {
        let d = self.data.as_ref()?;
        d.logbook
            .get(self.cursor)
            .map(|e| (e.id, e.version, e.date.clone()))
    }

    pub fn move_cursor(&mut self, delta: isize) {
        let n = self.data.as_ref().map_or(0, |d| d.logbook.len());
        if n == 0 {
            self.cursor = 0;
            return;
        }
        self.cursor = (self.cursor as isize + delta).clamp(0, n as isize - 1) as usize;
    }

    /// After a reload: the cursor on entry `id` when given, else kept in range.
    pub fn set_data(&mut self, data: Option<Box<InternDetail>>, select: Option<i64>) {
        self.data = data;
        let entries = self.data.as_ref().map_or(&[][..], |d| &d.logbook[..]);
        if let Some(pos) = select.and_then(|id| entries.iter().position(|e| e.id == id)) {
            self.cursor = pos;
        } else {
            self.cursor = self.cursor.min(entries.len().saturating_sub(1));
        }
    }
}

/// A blank line, a section's heading, and `(belum ada)` under it when the
/// section holds nothing.
pub(super) fn section(
    out: &mut Vec<Line<'_>>,
    heading: String,
    empty: bool,
    lang: Lang,
    theme: &Theme,
) {
    out.push(Line::raw(""));
    out.push(Line::styled(heading, theme.header()));
    if empty {
        out.push(Line::styled(
            format!("  {}", tx::NONE.get(lang)),
            theme.dim(),
        ));
    }
}

pub(super) fn field<'a>(label: &str, value: String, theme: &Theme) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{label:<18} "), theme.dim()),
        Span::raw(value),
    ])
}

/// A labelled text broken at word boundaries to `width` columns, the
/// continuation lines indented under the value.
pub(super) fn wrapped<'a>(label: &str, value: &str, width: usize, theme: &Theme) -> Vec<Line<'a>> {
    use unicode_width::UnicodeWidthStr;
    let room = width.saturating_sub(19).max(20);
    let mut rows: Vec<String> = vec![String::new()];
    for word in value.split_whitespace() {
        let last = rows.last_mut().expect("one row");
        if !last.is_empty() && last.width() + 1 + word.width() > room {
            rows.push(word.to_string());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, row)| {
            let head = if i == 0 { label } else { "" };
            field(head, row, theme)
        })
        .collect()
}

fn period(start: &str, end: &str, lang: Lang) -> String {
    tx::period(lang, &display_iso(start), &display_iso(end))
}

/// One agreement as a line of the detail: number, period, status with its sign.
fn agreement_line<'a>(
    a: &AgreementRow,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
) -> Line<'a> {
    let s = super::partnerships::status_of(a, today, warn);
    Line::from(vec![
        Span::raw(format!(
            "  {} · {} · ",
            a.number,
            period(&a.start, &a.end, lang)
        )),
        Span::styled(
            format!(
                "{}{}",
                status_mark(s),
                s.map(|s| s.label(lang)).unwrap_or("?")
            ),
            status_style(s, theme),
        ),
    ])
}

/// The lines of an agreement's detail.
pub fn agreement_lines<'a>(
    d: &'a AgreementDetail,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
    width: usize,
) -> Vec<Line<'a>> {
    let a = &d.row;
    let mut out = vec![Line::from(vec![
        Span::styled(a.number.clone(), theme.header()),
        Span::raw(format!("  {}", a.doc.label(lang))),
    ])];
    let partner = if d.partner_number.is_empty() {
        d.partner_full.clone()
    } else {
        format!("{} · {}", d.partner_full, d.partner_number)
    };
    out.extend(wrapped(tx::F_PARTNER.get(lang), &partner, width, theme));
    if let Some(parent) = &a.parent_number {
        out.push(field(tx::F_PARENT.get(lang), parent.clone(), theme));
    }
    out.extend(wrapped(tx::F_ABOUT.get(lang), &a.about, width, theme));
    let status = match (parse_iso(&a.start), parse_iso(&a.end)) {
        (Some(start), Some(end)) => {
            let s = agreement_status(a.lifecycle, start, end, today, warn);
            let left = days_left(end, today);
            Span::styled(
                format!(
                    "{}{} · {}",
                    status_mark(Some(s)),
                    s.label(lang),
                    tx::days_left(lang, left)
                ),
                status_style(Some(s), theme),
            )
        }
        _ => Span::raw("?"),
    };
    out.push(Line::from(vec![
        Span::styled(format!("{:<18} ", tx::F_PERIOD.get(lang)), theme.dim()),
        Span::raw(format!("{} · ", period(&a.start, &a.end, lang))),
        status,
    ]));
    let signed = d
        .signed
        .as_deref()
        .map(display_iso)
        .unwrap_or_else(|| "-".into());
    out.push(field(tx::F_SIGNED.get(lang), signed, theme));
    let signers = [d.signer_city.as_str(), d.signer_partner.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ");
    if !signers.is_empty() {
        out.extend(wrapped(tx::F_SIGNERS.get(lang), &signers, width, theme));
    }
    out.push(field(
        tx::F_UNIT.get(lang),
        d.unit.clone().unwrap_or_else(|| "-".into()),
        theme,
    ));
    if let Some(old) = &d.renews {
        out.push(field(tx::F_RENEWS.get(lang), old.clone(), theme));
    }
    if let Some(new) = &d.renewed_by {
        out.push(field(tx::F_RENEWED_BY.get(lang), new.clone(), theme));
    }
    if !d.scope.is_empty() {
        out.extend(wrapped(tx::F_SCOPE.get(lang), &d.scope, width, theme));
    }
    if !d.note.is_empty() {
        out.extend(wrapped(tx::F_NOTE.get(lang), &d.note, width, theme));
    }
    if a.doc == crate::domain::enums::AgreementDoc::Mou {
        section(
            &mut out,
            tx::pks_heading(lang, d.pks.len()),
            d.pks.is_empty(),
            lang,
            theme,
        );
        for p in &d.pks {
            out.push(agreement_line(p, lang, theme, today, warn));
        }
    }
    section(
        &mut out,
        tx::interns_heading(lang, d.interns.len()),
        d.interns.is_empty(),
        lang,
        theme,
    );
    for g in &d.interns {
        // The partner is the agreement's: name, host unit, period, status.
        out.push(Line::raw(format!(
            "  {} · {} · {} · {}",
            g.name,
            g.unit,
            period(&g.start, &g.end, lang),
            g.status.label(lang)
        )));
    }
    out
}

/// Draws an agreement's detail from line `scroll`.
pub fn render_agreement(
    buf: &mut Buffer,
    area: Rect,
    v: &AgreementView,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
) {
    let Some(d) = v.data.as_ref() else {
        Paragraph::new(crate::i18n::tui::LOADING.get(lang)).render(area, buf);
        return;
    };
    let lines = agreement_lines(d, lang, theme, today, warn, area.width as usize);
    v.render_wrapped(buf, area, lines);
}

/// The lines of an internship's detail and the first and last line of the
/// selected logbook entry (to keep it in view).
pub fn intern_lines<'a>(
    v: &InternView,
    d: &'a InternDetail,
    lang: Lang,
    theme: &Theme,
    width: usize,
) -> (Vec<Line<'a>>, (usize, usize)) {
    let g = &d.row;
    let mut out = vec![Line::from(vec![
        Span::styled(g.name.clone(), theme.header()),
        Span::raw(format!("  NIM {} · {}", g.nim, g.partner)),
    ])];
    let semester = d
        .semester
        .map(|s| tx::semester(lang, s))
        .unwrap_or_default();
    let programme = {
        let level = format!("({}{semester})", d.level.label(lang));
        let programme = if g.study_program.is_empty() {
            level
        } else {
            format!("{} {level}", g.study_program)
        };
        format!("{programme} · {}", d.gender.label(lang))
    };
    // The long values wrap under themselves on a narrow screen instead of
    // being cut (a mentor's NIP, a programme's name).
    out.extend(wrapped(tx::F_PROGRAMME.get(lang), &programme, width, theme));
    out.push(field(
        tx::F_SCHEME.get(lang),
        format!("{} · {}", g.scheme.label(lang), g.status.label(lang)),
        theme,
    ));
    let mentor = match (&g.mentor_name, &g.mentor_nip) {
        (Some(name), Some(nip)) => format!("{name} ({nip})"),
        _ => tx::NO_MENTOR.get(lang).to_string(),
    };
    out.extend(wrapped(tx::F_HOST.get(lang), &g.unit, width, theme));
    out.extend(wrapped(tx::F_MENTOR.get(lang), &mentor, width, theme));
    if !d.supervisor.is_empty() {
        out.extend(wrapped(
            tx::F_SUPERVISOR.get(lang),
            &d.supervisor,
            width,
            theme,
        ));
    }
    out.push(field(
        tx::F_AGREEMENT.get(lang),
        d.agreement.clone().unwrap_or_else(|| "-".into()),
        theme,
    ));
    out.push(field(
        tx::F_INTERN_PERIOD.get(lang),
        period(&g.start, &g.end, lang),
        theme,
    ));
    let letter = |no: &str, date: &Option<String>| match (no.is_empty(), date) {
        (true, None) => "-".to_string(),
        (false, None) => no.to_string(),
        (true, Some(d)) => display_iso(d),
        (false, Some(d)) => format!("{no} ({})", display_iso(d)),
    };
    out.extend(wrapped(
        tx::F_LETTERS.get(lang),
        &tx::letters(
            lang,
            &letter(&d.request_letter, &d.request_date),
            &letter(&d.reply_letter, &d.reply_date),
        ),
        width,
        theme,
    ));
    if d.score.is_some() || !d.done_letter.is_empty() {
        let score = d.score.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
        let done = if d.done_letter.is_empty() {
            "-".to_string()
        } else {
            d.done_letter.clone()
        };
        out.extend(wrapped(
            tx::F_RESULT.get(lang),
            &tx::result(lang, &score, &done),
            width,
            theme,
        ));
    }

    out.push(Line::raw(""));
    out.push(Line::styled(tx::FEEDBACK_HEADING.get(lang), theme.header()));
    match &d.feedback {
        None => out.push(Line::styled(
            format!("  {}", tx::NO_FEEDBACK.get(lang)),
            theme.dim(),
        )),
        Some(f) => {
            let score = f.score.map(|s| s.to_string()).unwrap_or_else(|| "-".into());
            out.push(field(
                tx::F_MENTOR_SCORE.get(lang),
                format!("{score} · {}", display_iso(&f.date)),
                theme,
            ));
            for (label, text) in [
                (tx::F_MENTOR_REMARKS, &f.mentor_remarks),
                (tx::F_WORKED, &f.worked),
                (tx::F_SUGGESTION, &f.suggestion),
            ] {
                if !text.is_empty() {
                    out.extend(wrapped(label.get(lang), text, width, theme));
                }
            }
        }
    }

    // The logbook last (it grows): one line per entry, the selected one
    // opened in full under its line.
    out.push(Line::raw(""));
    out.push(Line::styled(
        tx::logbook_heading(lang, d.logbook.len()),
        theme.header(),
    ));
    // With no entry, nothing to keep in view: the detail shows from its top.
    let mut cursor = (0, 0);
    if d.logbook.is_empty() {
        out.push(Line::styled(
            format!("  {}", tx::NO_LOGBOOK.get(lang)),
            theme.dim(),
        ));
    }
    for (i, e) in d.logbook.iter().enumerate() {
        let selected = i == v.cursor;
        let text = if e.output.is_empty() {
            e.activity.clone()
        } else {
            format!("{} → {}", e.activity, e.output)
        };
        if !selected {
            out.push(Line::raw(format!(
                "  {}  {}",
                display_iso(&e.date),
                one_line(&text)
            )));
            continue;
        }
        let first = out.len();
        out.push(Line::styled(
            format!("▶ {}", display_iso(&e.date)),
            theme.selected(),
        ));
        out.extend(wrapped(tx::F_ACTIVITY.get(lang), &e.activity, width, theme));
        if !e.output.is_empty() {
            out.extend(wrapped(tx::F_OUTPUT.get(lang), &e.output, width, theme));
        }
        if !e.remark.is_empty() {
            out.extend(wrapped(tx::F_REMARK.get(lang), &e.remark, width, theme));
        }
        cursor = (first, out.len() - 1);
    }
    (out, cursor)
}

/// A multi-line text on one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Draws an internship's detail, scrolled so the selected entry shows.
pub fn render_intern(buf: &mut Buffer, area: Rect, v: &InternView, lang: Lang, theme: &Theme) {
    let Some(d) = v.data.as_ref() else {
        Paragraph::new(crate::i18n::tui::LOADING.get(lang)).render(area, buf);
        return;
    };
    let (mut lines, (first, last)) = intern_lines(v, d, lang, theme, area.width as usize);
    let h = area.height.max(1) as usize;
    // The selected entry in view, whole when it fits, its first line always.
    let scroll = (last + 1).saturating_sub(h).min(first);
    if scroll == 0 || area.height < 2 {
        Paragraph::new(lines)
            .scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .render(area, buf);
        return;
    }
    // Scrolled down to a logbook entry: the student's name stays on the top
    // row, so the screen always says whose logbook it is.
    let title = lines.remove(0);
    title.render(Rect { height: 1, ..area }, buf);
    let rest = Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    };
    let h = rest.height as usize;
    let (first, last) = (first - 1, last - 1);
    let scroll = (last + 1).saturating_sub(h).min(first);
    Paragraph::new(lines)
        .scroll((scroll.min(u16::MAX as usize) as u16, 0))
        .render(rest, buf);
}

/// The lines of a partner's detail: its record, then its agreements (each
/// MoU followed by its PKS, indented) and its students' internships, each
/// on one line cut to `width`.
pub fn partner_lines<'a>(
    d: &'a PartnerDetail,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
    width: usize,
) -> Vec<Line<'a>> {
    use crate::tui::widgets::vtable::fit;
    use unicode_width::UnicodeWidthStr;
    let p = &d.row;
    // The name whole when it fits, its short name after it when that fits too.
    let mut head = vec![Span::styled(
        fit(&p.name, width).into_owned(),
        theme.header(),
    )];
    let short = format!("  ({})", p.short);
    if !p.short.is_empty() && p.short != p.name && p.name.width() + short.width() <= width {
        head.push(Span::raw(short));
    }
    let mut out = vec![Line::from(head)];
    out.push(field(
        tx::F_KIND.get(lang),
        p.kind.label(lang).to_string(),
        theme,
    ));
    for (name, until) in &d.former {
        let last_day = parse_iso(until)
            .and_then(|u| u.pred_opt())
            .map(crate::domain::dates::display)
            .unwrap_or_else(|| display_iso(until));
        out.push(field(
            tx::F_FORMER_NAME.get(lang),
            tx::former_name(lang, name, &last_day),
            theme,
        ));
    }
    if !d.address.is_empty() {
        out.extend(wrapped(tx::F_ADDRESS.get(lang), &d.address, width, theme));
    }
    let reach = [p.contact.as_str(), p.phone.as_str(), d.email.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let reach = if reach.is_empty() { "-".into() } else { reach };
    out.extend(wrapped(tx::F_CONTACT.get(lang), &reach, width, theme));
    if !d.note.is_empty() {
        out.extend(wrapped(tx::F_NOTE.get(lang), &d.note, width, theme));
    }
    section(
        &mut out,
        tx::partner_agreements_heading(lang, d.agreements.len()),
        d.agreements.is_empty(),
        lang,
        theme,
    );
    for a in &d.agreements {
        out.push(partner_agreement_line(a, lang, theme, today, warn, width));
    }
    section(
        &mut out,
        tx::partner_interns_heading(lang, d.interns.len()),
        d.interns.is_empty(),
        lang,
        theme,
    );
    for g in &d.interns {
        out.push(partner_intern_line(g, lang, width));
    }
    out
}

/// "  MoU 045/KB/2023 · 13-02-2023 s.d. 12-02-2028 · aktif", a PKS indented
/// under its MoU; the number is what gives way when the line is too long.
fn partner_agreement_line<'a>(
    a: &AgreementRow,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
    width: usize,
) -> Line<'a> {
    use unicode_width::UnicodeWidthStr;
    let s = super::partnerships::status_of(a, today, warn);
    let indent = if a.parent_number.is_some() {
        "    "
    } else {
        "  "
    };
    let lead = format!("{indent}{} ", crate::i18n::tui::doc_short(a.doc));
    let tail = format!(" · {}", period(&a.start, &a.end, lang));
    let status = format!(
        " · {}{}",
        status_mark(s),
        s.map(|s| s.label(lang)).unwrap_or("?")
    );
    let room = width.saturating_sub(lead.width() + tail.width() + status.width());
    Line::from(vec![
        Span::raw(format!(
            "{lead}{}{tail}",
            crate::tui::widgets::vtable::fit(&a.number, room.max(8))
        )),
        Span::styled(status, status_style(s, theme)),
    ])
}

/// "  Student name · host unit · period · status"; the name gives way first.
fn partner_intern_line<'a>(g: &InternshipRow, lang: Lang, width: usize) -> Line<'a> {
    use unicode_width::UnicodeWidthStr;
    let tail = format!(
        " · {} · {} · {}",
        g.unit,
        period(&g.start, &g.end, lang),
        g.status.label(lang)
    );
    let room = width.saturating_sub(2 + tail.width()).max(10);
    let line = format!(
        "  {}{tail}",
        crate::tui::widgets::vtable::fit(&g.name, room)
    );
    Line::raw(crate::tui::widgets::vtable::fit(&line, width).into_owned())
}

/// Draws a partner's detail from line `scroll` (kept within the lines).
pub fn render_partner(
    buf: &mut Buffer,
    area: Rect,
    v: &PartnerView,
    lang: Lang,
    theme: &Theme,
    today: NaiveDate,
    warn: i64,
) {
    let Some(d) = v.data.as_ref() else {
        Paragraph::new(crate::i18n::tui::LOADING.get(lang)).render(area, buf);
        return;
    };
    v.render_lines(
        buf,
        area,
        partner_lines(d, lang, theme, today, warn, area.width as usize),
    );
}
