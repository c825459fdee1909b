//! Tab 4: one evaluation open over the period's list (`Enter`) — the
//! ratings and the predicate they give, who appraised, the structured
//! feedback and the notes per BerAKHLAK value, which the list has no room
//! for. `e` edits it, `Esc` goes back.

use super::DetailView;
use super::partnership_detail::{field, section, wrapped};
use crate::db::evaluations::EvaluationDetail;
use crate::domain::dates::display_iso;
use crate::domain::enums::{CoreValue, PeriodKind, Rating};
use crate::i18n::Lang;
use crate::i18n::evaluation_form as tx;
use crate::i18n::labels::{Label, period_name};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The width of the label column of `field` and `wrapped`.
const LABEL_WIDTH: usize = 18;

/// An open evaluation.
pub type EvaluationView = DetailView<EvaluationDetail>;

/// The lines of an evaluation's detail at `width` columns.
pub fn lines<'a>(
    d: &'a EvaluationDetail,
    lang: Lang,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'a>> {
    let e = &d.input;
    let l = |t: crate::i18n::T| t.get(lang);
    let dash = |s: &Option<String>| s.clone().unwrap_or_else(|| "-".into());
    let rating = |code: &str| {
        Rating::from_code(code)
            .map(|r| r.label(lang).to_string())
            .unwrap_or_else(|| code.to_string())
    };
    let period = match PeriodKind::from_code(&e.jenis_periode) {
        Some(kind) => period_name(lang, kind, e.periode_ke as u32, e.tahun as i32),
        None => format!("{} {} {}", e.jenis_periode, e.periode_ke, e.tahun),
    };
    let mut out = vec![
        Line::from(Span::styled(
            crate::tui::widgets::vtable::fit(&d.person, width).into_owned(),
            theme.header(),
        )),
        field(l(tx::ED_UNIT), d.unit.clone(), theme),
        field(l(tx::ED_PERIOD), period, theme),
        field(l(tx::ED_WORK), rating(&e.rating_hasil_kerja), theme),
        field(l(tx::ED_BEHAVIOUR), rating(&e.rating_perilaku), theme),
        field(
            l(tx::ED_PREDICATE),
            e.predikat().map_or("?", |p| p.label(lang)).to_string(),
            theme,
        ),
    ];
    // A name with degrees and NIP: broken at words on a narrow screen.
    out.extend(wrapped(
        l(tx::ED_APPRAISER),
        &dash(&d.appraiser),
        width,
        theme,
    ));
    out.extend(wrapped(
        l(tx::ED_SUPERIOR),
        &dash(&d.superior),
        width,
        theme,
    ));
    let feedback = [
        (tx::ED_OBSERVED, e.umpan_balik.as_str()),
        (tx::ED_EFFECT, e.umpan_balik_dampak.as_str()),
        (tx::ED_NEXT, e.umpan_balik_langkah.as_str()),
    ];
    let agreed = e.umpan_balik_tanggal.as_deref().filter(|s| !s.is_empty());
    let no_feedback = feedback.iter().all(|(_, text)| text.trim().is_empty()) && agreed.is_none();
    section(
        &mut out,
        l(tx::ED_FEEDBACK).to_string(),
        no_feedback,
        lang,
        theme,
    );
    for (label, text) in feedback {
        if !text.trim().is_empty() {
            out.extend(wrapped(l(label), text, width, theme));
        }
    }
    if let Some(date) = agreed {
        out.push(field(l(tx::ED_AGREED), display_iso(date), theme));
    }
    if !e.catatan.trim().is_empty() {
        out.extend(wrapped(l(tx::ED_NOTE), &e.catatan, width, theme));
    }
    let notes: Vec<(CoreValue, &str)> = CoreValue::ALL
        .iter()
        .copied()
        .filter_map(|v| {
            e.berakhlak
                .iter()
                .find(|(code, note)| code == v.as_code() && !note.trim().is_empty())
                .map(|(_, note)| (v, note.as_str()))
        })
        .collect();
    section(
        &mut out,
        l(tx::ED_VALUES).to_string(),
        notes.is_empty(),
        lang,
        theme,
    );
    for (value, note) in notes {
        // The value's name as the label, or on a line of its own when it is
        // longer than the label column (Berorientasi Pelayanan).
        let name = value.label(lang);
        if name.chars().count() <= LABEL_WIDTH {
            out.extend(wrapped(name, note, width, theme));
        } else {
            out.push(Line::styled(name.to_string(), theme.dim()));
            out.extend(wrapped("", note, width, theme));
        }
    }
    out
}

/// Draws an evaluation's detail from its scroll line.
pub fn render(buf: &mut Buffer, area: Rect, v: &EvaluationView, lang: Lang, theme: &Theme) {
    let Some(d) = v.data.as_ref() else {
        Paragraph::new(crate::i18n::tui::LOADING.get(lang)).render(area, buf);
        return;
    };
    v.render_lines(buf, area, lines(d, lang, theme, area.width as usize));
}
