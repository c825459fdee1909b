//! Drawing: reads the model, never changes it.

use crate::domain::dates::display;
use crate::i18n::T;
use crate::i18n::tui as tx;
use crate::tui::app::{App, MIN_HEIGHT, MIN_WIDTH, Status};
use crate::tui::keymap::{self, Screen};
use crate::tui::tabs;
use crate::tui::widgets::vtable::fit;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

const TAB_NAMES: [T; 5] = [
    tx::TAB_EMPLOYEES,
    tx::TAB_TRAINING,
    tx::TAB_PARTNERSHIPS,
    tx::TAB_EVALUATION,
    tx::TAB_MONITORING,
];

/// Draws one frame.
pub fn render(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render_too_small(frame.buffer_mut(), area, app);
        return;
    }
    let buf = frame.buffer_mut();
    render_tab_bar(buf, Rect { height: 1, ..area }, app);
    if let Some(fs) = &app.form {
        // The form takes the body and the footer; the status line stays for
        // save results and conflicts.
        let body = Rect {
            y: area.y + 1,
            height: area.height - 3,
            ..area
        };
        let cursor = crate::tui::widgets::form_view::render(buf, body, &fs.form, &app.theme);
        render_status(buf, status_area(area, app), app);
        let footer = Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        };
        if let Some(q) = &app.question {
            // A question about the form's save (a namesake): its keys in the footer.
            render_footer(buf, footer, app);
            render_question(buf, area, app, q);
            return;
        }
        crate::tui::widgets::form_view::render_hints(buf, footer, &fs.form, &app.theme);
        if app.help {
            render_help(buf, area, app);
        } else if let Some(pos) = cursor {
            frame.set_cursor_position(pos);
        }
        return;
    }
    let body = Rect {
        y: area.y + 1,
        height: area.height - 3,
        ..area
    };
    render_body(buf, body, app);
    let cursor = render_status(buf, status_area(area, app), app);
    render_footer(
        buf,
        Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        },
        app,
    );
    if let Some(q) = &app.question {
        render_question(buf, area, app, q);
    } else if app.help {
        render_help(buf, area, app);
    } else if let Some(h) = &app.history {
        crate::tui::tabs::history::render(buf, body, h, app.lang, &app.theme);
    } else if let Some(pos) = cursor {
        frame.set_cursor_position(pos);
    }
}

fn render_too_small(buf: &mut Buffer, area: Rect, app: &App) {
    let lines = vec![
        Line::styled(tx::TOO_SMALL_TITLE.get(app.lang), app.theme.error()),
        Line::raw(tx::too_small(
            app.lang,
            area.width,
            area.height,
            MIN_WIDTH,
            MIN_HEIGHT,
        )),
    ];
    Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(area, buf);
}

/// The tab labels as drawn in `width` columns, and whether they are the
/// short ones (narrow terminals: only the current tab keeps its name, the
/// others their key).
fn tab_labels(app: &App, width: u16) -> Vec<String> {
    let title = format!("{} ", tx::APP_TITLE.get(app.lang));
    let full = |i: usize, name: &T| format!(" {} {} ", i + 1, name.get(app.lang));
    let needed: usize = TAB_NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| full(i, n).width())
        .sum();
    // Read-only: the mark must stay whole, so it counts as needed room.
    let badge = if app.read_only {
        tx::READ_ONLY_MARK.get(app.lang).width() + 1
    } else {
        0
    };
    let short = needed + badge > (width as usize).saturating_sub(title.width());
    let mut labels = vec![title];
    labels.extend(TAB_NAMES.iter().enumerate().map(|(i, name)| {
        if short && app.tab.index() != i {
            format!(" {} ", i + 1)
        } else {
            full(i, name)
        }
    }));
    labels
}

/// The database file and the reference date: "sample.db · per 28-11-2026".
fn file_and_date(app: &App) -> String {
    format!(
        "{} · {}",
        app.db_label,
        tx::as_of(app.lang, &display(app.today))
    )
}

/// Columns the tab bar leaves free on its right in `width` (one space kept
/// after the last tab).
fn tab_bar_room(app: &App, width: u16) -> usize {
    let used: usize = tab_labels(app, width).iter().map(|l| l.width()).sum();
    (width as usize).saturating_sub(used + 1)
}

/// The tab bar holds the file and the reference date whole; when it cannot
/// (80 columns with every tab named), the status line shows them instead.
fn file_and_date_in_tab_bar(app: &App, width: u16) -> bool {
    let mut right = file_and_date(app).width();
    if app.read_only {
        right += tx::READ_ONLY_MARK.get(app.lang).width() + 3;
    }
    right <= tab_bar_room(app, width)
}

fn render_tab_bar(buf: &mut Buffer, area: Rect, app: &App) {
    let mut x = area.x;
    for (i, label) in tab_labels(app, area.width).iter().enumerate() {
        let style = match i {
            0 => app.theme.header(),
            _ if app.tab.index() == i - 1 => app.theme.tab_active(),
            _ => app.theme.tab_inactive(),
        };
        let room = area.right().saturating_sub(x) as usize;
        buf.set_stringn(x, area.y, label, room, style);
        x = x.saturating_add(label.width() as u16);
    }
    // Right side: read-only mark, file and reference date — only whole.
    let room = tab_bar_room(app, area.width);
    if file_and_date_in_tab_bar(app, area.width) {
        let mut right = file_and_date(app);
        if app.read_only {
            right = format!("{} · {right}", tx::READ_ONLY_MARK.get(app.lang));
        }
        let rx = area.right() - right.width() as u16;
        buf.set_stringn(rx, area.y, &right, room, app.theme.dim());
    } else if app.read_only && room >= 4 {
        let text = fit(tx::READ_ONLY_MARK.get(app.lang), room);
        let rx = area.right() - text.width() as u16;
        buf.set_stringn(rx, area.y, &text, room, app.theme.error());
    }
}

fn render_body(buf: &mut Buffer, area: Rect, app: &App) {
    let ctx = app.tab_ctx(&app.settings);
    app.tab_screen(app.tab).render(buf, area, &ctx);
}

/// (selected, shown, total) of the list that has the focus, if any.
fn list_position(app: &App) -> Option<(usize, usize, usize)> {
    app.tab_screen(app.tab).position()
}

fn current_filter(app: &App) -> &str {
    let screen = app.tab_screen(app.tab);
    match screen.position() {
        Some(_) => screen.filter(),
        None => "",
    }
}

/// A message may take up to this many lines above the footer.
const STATUS_MAX_LINES: usize = 3;

/// The status line above the footer. A message wider than the screen (an
/// export path, a refusal naming a record) grows it upwards over the last rows
/// of the body until the next key, so it is read in full instead of cut.
fn status_area(area: Rect, app: &App) -> Rect {
    let lines = status_lines(app, area.width).len().max(1) as u16;
    Rect {
        y: area.bottom() - 1 - lines,
        height: lines,
        ..area
    }
}

/// The message as drawn: wrapped at spaces, at most [`STATUS_MAX_LINES`]
/// (the last one ends in `…` if even that is not enough).
fn status_lines(app: &App, width: u16) -> Vec<String> {
    let Some(Status::Info(text) | Status::Error(text)) = &app.status else {
        return Vec::new();
    };
    let width = width as usize;
    let mut lines = tabs::reference::wrap(text, width);
    if lines.len() > STATUS_MAX_LINES {
        // The rest is wider than one line, so `fit` cuts it and marks the cut.
        let rest = lines[STATUS_MAX_LINES - 1..].join(" ");
        lines.truncate(STATUS_MAX_LINES - 1);
        lines.push(fit(&rest, width).into_owned());
    }
    lines
}

/// The status line; returns where the text cursor goes while filtering.
fn render_status(buf: &mut Buffer, area: Rect, app: &App) -> Option<Position> {
    let theme = &app.theme;
    let mut right = String::new();
    // A message takes the whole line: the position would cut into it.
    let position = list_position(app).filter(|_| app.form.is_none() && app.status.is_none());
    if let Some((sel, shown, total)) = position {
        right = tx::position(app.lang, sel, shown, total);
        // Only the top of a long list is in: no count yet.
        if app.shows_head_only() {
            right = tx::LOADING.get(app.lang).to_string();
        }
    }
    let right_w = right.width() as u16;
    let left_room = area.width.saturating_sub(right_w + 1) as usize;
    if right_w > 0 && right_w < area.width {
        buf.set_stringn(
            area.right() - right_w,
            area.y,
            &right,
            right_w as usize,
            theme.dim(),
        );
    }
    let filter = current_filter(app);
    if let Some(status) = &app.status {
        let style = match status {
            Status::Info(_) => theme.info(),
            Status::Error(_) => theme.error(),
        };
        Clear.render(area, buf);
        for (i, line) in status_lines(app, area.width).iter().enumerate() {
            let y = area.y + i as u16;
            if y >= area.bottom() {
                break;
            }
            buf.set_stringn(area.x, y, line, area.width as usize, style);
        }
        return None;
    }
    let filter_shown = app.form.is_none() && (app.filtering || !filter.is_empty());
    // A list kept to a unit says so where the file and date go, and before
    // the filter.
    let unit = app
        .form
        .is_none()
        .then(|| app.tab_screen(app.tab).kept_to())
        .flatten();
    if let Some((name, subs)) = unit.filter(|_| !filter_shown) {
        let label = tx::unit_scope(app.lang, name, subs);
        let text = fit(&label, left_room);
        buf.set_stringn(area.x, area.y, &text, left_room, theme.key());
    } else if app.form.is_none() && !filter_shown && !file_and_date_in_tab_bar(app, area.width) {
        // Where the tab bar has no room for them (80 columns): the file and
        // the date the screens are computed for, left of the position.
        let text = file_and_date(app);
        let text = fit(&text, left_room);
        buf.set_stringn(area.x, area.y, &text, left_room, theme.dim());
    }
    if filter_shown {
        let mut x = area.x;
        let mut left_room = left_room;
        if let Some((name, _)) = unit {
            // "Dinkes · Saring: …": the unit, then the filter within it.
            let before = format!("{} · ", fit(name, left_room / 3));
            buf.set_stringn(x, area.y, &before, left_room, theme.key());
            x += before.width() as u16;
            left_room = left_room.saturating_sub(before.width());
        }
        let prompt = tx::FILTER_PROMPT.get(app.lang);
        buf.set_stringn(x, area.y, prompt, left_room, theme.key());
        let px = x + prompt.width() as u16;
        let room = left_room.saturating_sub(prompt.width());
        // Show the end of a long filter: that is where the typing happens.
        let shown = tail(filter, room.saturating_sub(1));
        buf.set_stringn(px, area.y, shown, room, theme.input());
        if app.filtering {
            return Some(Position::new(px + shown.width() as u16, area.y));
        }
    }
    None
}

fn tail(s: &str, width: usize) -> &str {
    let mut start = 0;
    while s[start..].width() > width {
        start += s[start..].chars().next().map(char::len_utf8).unwrap_or(1);
    }
    &s[start..]
}

fn render_footer(buf: &mut Buffer, area: Rect, app: &App) {
    let mut spans: Vec<Span> = Vec::new();
    // Read-only: the write keys still answer (with the reason), but the
    // footer does not offer them.
    let mut shown: Vec<(&str, &str, u8)> = keymap::footer_for(app.screen())
        .into_iter()
        .filter(|b| !(app.read_only && keymap::is_write_key(b)))
        .map(|b| (b.keys.get(app.lang), b.short.get(app.lang), b.footer))
        .collect();
    // Monitoring's `Enter` is bound on every report but opens something on
    // five of them only: it is offered where it does.
    if app.screen() == Screen::Monitoring && app.monitoring.record_under_cursor().is_some() {
        shown.insert(
            0,
            (
                crate::i18n::tui::KEY_ENTER.get(app.lang),
                crate::i18n::monitoring_review::DO_OPEN_RECORD.get(app.lang),
                keymap::MAJOR,
            ),
        );
    }
    let with_text = footer_fit(&shown, area.width as usize);
    for (i, (keys, what, _)) in shown.iter().enumerate() {
        if !spans.is_empty() {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled(*keys, app.theme.key()));
        if with_text[i] {
            spans.push(Span::raw(" "));
            spans.push(Span::raw(*what));
        }
    }
    Line::from(spans).render(area, buf);
}

/// Which footer entries keep their text at `width` columns: all when they
/// fit; else texts go, lowest rank first and the last of a rank first, until
/// the line fits. The keys stay (the help lists what they do).
pub fn footer_fit(entries: &[(&str, &str, u8)], width: usize) -> Vec<bool> {
    let mut keep = vec![true; entries.len()];
    let len = |keep: &[bool]| -> usize {
        entries
            .iter()
            .zip(keep)
            .map(|((k, w, _), on)| k.width() + if *on { 1 + w.width() } else { 0 })
            .sum::<usize>()
            + 2 * entries.len().saturating_sub(1)
    };
    let mut order: Vec<usize> = (0..entries.len()).rev().collect();
    order.sort_by_key(|&i| entries[i].2);
    for i in order {
        if len(&keep) <= width {
            break;
        }
        keep[i] = false;
    }
    keep
}

/// Help lines for the screen under the popup: its keys, the filter keys, the marks.
pub fn help_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    if app.form.is_some() {
        return form_help_lines(app);
    }
    let screen = app.list_screen();
    let mut lines = vec![Line::styled(tx::HELP_KEYS.get(lang), app.theme.header())];
    let line = |b: &keymap::Binding| {
        Line::from(vec![
            Span::styled(format!("  {:<12}", b.keys.get(lang)), app.theme.key()),
            Span::raw(b.long.get(lang)),
        ])
    };
    let here = keymap::help_for(screen);
    lines.extend(here.iter().map(|b| line(b)));
    if here.iter().any(|b| b.keys == tx::KEY_FILTER) {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tx::HELP_FILTER_KEYS.get(lang),
            app.theme.header(),
        ));
        // Only what differs while typing; moving and quitting work as above.
        let same = [
            tx::KEY_CTRL_C,
            tx::KEY_CTRL_Z,
            tx::KEY_CTRL_L,
            tx::KEY_MOVE,
            tx::KEY_PAGE,
        ];
        lines.extend(
            keymap::help_for(Screen::Filter)
                .iter()
                .filter(|b| !same.contains(&b.keys))
                .map(|b| line(b)),
        );
    }
    lines.push(Line::raw(""));
    // The rules of Monitoring's reports of issue 10 (gaps, period due,
    // predicate limits, training effect) before the marks.
    if matches!(
        screen,
        Screen::Monitoring | Screen::EffectTrainings | Screen::EffectParticipants
    ) {
        lines.push(Line::raw(crate::i18n::monitoring_review::help_rules(lang)));
        lines.push(Line::raw(""));
    }
    lines.push(Line::raw(tx::HELP_MARKS.get(lang)));
    if matches!(
        screen,
        Screen::EmployeeList
            | Screen::EmployeeDetail
            | Screen::Monitoring
            | Screen::EffectTrainings
            | Screen::EffectParticipants
    ) {
        lines.push(Line::raw(tx::HELP_JP_RULE.get(lang)));
    }
    if screen == Screen::EvaluationList {
        lines.push(Line::raw(tx::HELP_PREDICATES.get(lang)));
    }
    if matches!(
        screen,
        Screen::Monitoring | Screen::EffectTrainings | Screen::EffectParticipants
    ) {
        let days = app.settings.logbook_days;
        lines.push(Line::raw(crate::i18n::monitoring_partners::help_rules(
            lang, days,
        )));
    }
    // Where recommendations show, the rule that ranks them (issue 8 item 5).
    if matches!(
        screen,
        Screen::EmployeeDetail
            | Screen::EmployeePlan
            | Screen::Participants
            | Screen::TrainingNeeds
    ) {
        use crate::i18n::development as dx;
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            dx::HELP_RULE_TITLE.get(lang),
            app.theme.header(),
        ));
        lines.push(Line::raw(dx::HELP_RULE.get(lang)));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tx::HELP_CLOSE.get(lang), app.theme.dim()));
    lines
}

/// The help popup's size in `area`: (width, height).
fn help_box(area: Rect) -> (u16, u16) {
    (
        area.width.saturating_sub(4).min(76),
        area.height.saturating_sub(2),
    )
}

/// How far the help can scroll on the current terminal (for `End`).
pub fn help_max_scroll(app: &App) -> usize {
    let (w, h) = help_box(Rect::new(0, 0, app.width, app.height));
    let lines = hang(help_lines(app), w.saturating_sub(2) as usize).len();
    lines.saturating_sub(h.saturating_sub(2) as usize)
}

fn render_help(buf: &mut Buffer, area: Rect, app: &App) {
    let (w, h) = help_box(area);
    let popup = Rect::new(area.x + (area.width - w) / 2, area.y + 1, w, h);
    // The screen's rows beside the box are cleared too: each row of the
    // screen is then the help's own, so a line scrolled moves whole rows,
    // which the terminal does itself (`tui::shift`: about 150 B instead of
    // 1,200 B a line at 80×24), and no scrap of the list shows at its sides.
    Clear.render(Rect::new(area.x, popup.y, area.width, popup.height), buf);
    let block = Block::bordered().title(format!(" {} ", tx::HELP_TITLE.get(app.lang)));
    let lines = hang(help_lines(app), w.saturating_sub(2) as usize);
    let inner_h = h.saturating_sub(2) as usize;
    let max_scroll = lines.len().saturating_sub(inner_h);
    Paragraph::new(lines)
        .block(block)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .scroll((app.help_scroll.min(max_scroll) as u16, 0))
        .render(popup, buf);
}

/// A yes/no question in a box over the screen (its keys are in the footer).
fn render_question(buf: &mut Buffer, area: Rect, app: &App, q: &crate::tui::app::Question) {
    let text = match q {
        crate::tui::app::Question::DeleteEmployee { name, nip, .. } => {
            tx::ask_delete(app.lang, name, nip)
        }
        crate::tui::app::Question::ConfirmSave { text } => text.clone(),
        crate::tui::app::Question::DeleteRecord { name, .. } => {
            tx::ask_delete_record(app.lang, name)
        }
        crate::tui::app::Question::AddParticipants {
            name,
            ids,
            filter,
            source,
            ..
        } => crate::i18n::development::ask_add_shown(
            app.lang,
            ids.len(),
            name,
            filter,
            source.as_code(),
        ),
    };
    let w = area.width.saturating_sub(8).min(64);
    let inner_w = w.saturating_sub(2).max(1) as usize;
    let lines = (text.width() / inner_w + 1) as u16;
    let h = (lines + 2).min(area.height);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + area.height / 3,
        w,
        h,
    );
    Clear.render(popup, buf);
    Paragraph::new(text)
        .style(app.theme.normal())
        .block(Block::bordered().border_style(app.theme.warn()))
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(popup, buf);
}

/// The help of an open form: every key of the form engine (they are the same
/// in every form), then how to close the help.
fn form_help_lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.lang;
    // The form's own key table, then Ctrl-R (the app's, after a conflict).
    let keys: Vec<(T, T)> = crate::tui::widgets::form::FORM_KEYS
        .iter()
        .filter(|b| b.help)
        .map(|b| (b.keys, b.does))
        .chain([(tx::KEY_RELOAD, tx::DO_RELOAD)])
        .collect();
    let mut lines = vec![Line::styled(
        tx::HELP_FORM_KEYS.get(lang),
        app.theme.header(),
    )];
    lines.extend(keys.iter().map(|(k, d)| {
        Line::from(vec![
            Span::styled(format!("  {:<18}", k.get(lang)), app.theme.key()),
            Span::raw(d.get(lang)),
        ])
    }));
    lines.push(Line::raw(""));
    lines.push(Line::raw(tx::HELP_FORM_DATES.get(lang)));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tx::HELP_CLOSE.get(lang), app.theme.dim()));
    lines
}

/// Key lines of the help whose description is longer than the box continue
/// under the description, not under the key column.
fn hang(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        // A plain sentence (the marks, the JP rule) is wrapped here too, so
        // the scroll limit counts every row it takes.
        if let [text] = line.spans.as_slice()
            && text.content.width() > width
            && width > 10
        {
            let body = text.content.to_string();
            for (s, e) in crate::tui::widgets::form_view::wrap_words(&body, width) {
                out.push(
                    Line::from(Span::styled(body[s..e].to_string(), text.style)).style(line.style),
                );
            }
            continue;
        }
        let [key, text] = line.spans.as_slice() else {
            out.push(line);
            continue;
        };
        let indent = key.content.width();
        if indent + text.content.width() <= width || indent + 10 > width {
            out.push(line);
            continue;
        }
        let body = text.content.to_string();
        for (i, (s, e)) in crate::tui::widgets::form_view::wrap_words(&body, width - indent)
            .into_iter()
            .enumerate()
        {
            let lead = if i == 0 {
                key.clone()
            } else {
                Span::raw(" ".repeat(indent))
            };
            out.push(Line::from(vec![
                lead,
                Span::styled(body[s..e].to_string(), text.style),
            ]));
        }
    }
    out
}
