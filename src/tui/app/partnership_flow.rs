//! The part of `update` behind tab 3's agreements and internships (issue 9):
//! `r` renews an agreement, and in an open internship `n` / `Enter` / `d`
//! act on its logbook entries, `e` on the internship itself and `f` opens
//! its final evaluation.

use super::*;
use crate::tui::forms;
use crate::tui::forms::intern_log::{FEEDBACK_KIND, InternPeriod, LOG_KIND, entry_day};

/// `r`: the form of a new agreement made from the selected (or open) one.
pub(super) fn renew(app: &mut App) -> Vec<Effect> {
    let Some((id, _, number)) = app.partnerships.current_agreement() else {
        return vec![];
    };
    let target = FormTarget::new(&forms::agreement::KIND)
        .with_context(forms::agreement::RenewalContext { number });
    vec![Effect::Load(Request::RecordTemplate { target, from: id })]
}

/// The open internship: (id, student, period).
fn open_intern(app: &App) -> Option<(i64, String, Option<InternPeriod>)> {
    let v = app.partnerships.intern.as_ref()?;
    let d = v.data.as_ref()?;
    let period = match (
        crate::domain::dates::parse_iso(&d.row.start),
        crate::domain::dates::parse_iso(&d.row.end),
    ) {
        (Some(start), Some(end)) => Some(InternPeriod { start, end }),
        _ => None,
    };
    Some((v.id, d.row.name.clone(), period))
}

/// `n`, `Enter`, `d`, `e` in an open internship.
pub(super) fn on_intern_detail(app: &mut App, action: Action) -> Vec<Effect> {
    let lang = app.lang;
    let Some((id, name, period)) = open_intern(app) else {
        return vec![];
    };
    let entry = app
        .partnerships
        .intern
        .as_ref()
        .and_then(|v| v.selected_entry());
    match action {
        Action::New => {
            let mut target = FormTarget::new(&LOG_KIND).owned_by(id);
            if let Some(p) = period.clone() {
                target = target.with_context(p);
            }
            let mut fs = FormScreen::new_record(target, lang, &name, app.today);
            if let Some(p) = &period {
                let day = entry_day(p, app.today);
                fs.form
                    .set_value("tanggal", &day.format("%Y-%m-%d").to_string());
                fs.form.mark_clean();
            }
            app.form = Some(fs);
        }
        Action::Open => {
            if let Some((entry_id, _, _)) = entry {
                let target = FormTarget::edit(&LOG_KIND, entry_id, 0).owned_by(id);
                app.pending_subject = name;
                return vec![Effect::Load(Request::RecordForEdit(target))];
            }
        }
        Action::Delete => {
            if let Some((entry_id, version, date)) = entry {
                let target = FormTarget::edit(&LOG_KIND, entry_id, version).owned_by(id);
                let name = crate::i18n::intern_forms::entry_name(
                    lang,
                    &name,
                    &crate::domain::dates::display_iso(&date),
                );
                app.question = Some(Question::DeleteRecord { target, name });
            }
        }
        Action::Edit => {
            let target = FormTarget::edit(&forms::internship::KIND, id, 0);
            app.pending_subject = name;
            return vec![Effect::Load(Request::RecordForEdit(target))];
        }
        _ => {}
    }
    vec![]
}

/// `f`: the final evaluation of the open internship — its form with what
/// was given, or a new one.
pub(super) fn feedback(app: &mut App) -> Vec<Effect> {
    let Some((id, name, _)) = open_intern(app) else {
        return vec![];
    };
    let given = app
        .partnerships
        .intern
        .as_ref()
        .and_then(|v| v.data.as_ref())
        .and_then(|d| d.feedback.as_ref())
        .map(|f| f.id);
    match given {
        Some(fid) => {
            let target = FormTarget::edit(&FEEDBACK_KIND, fid, 0).owned_by(id);
            app.pending_subject = name;
            vec![Effect::Load(Request::RecordForEdit(target))]
        }
        None => {
            let target = FormTarget::new(&FEEDBACK_KIND).owned_by(id);
            app.form = Some(FormScreen::new_record(target, app.lang, &name, app.today));
            vec![]
        }
    }
}
