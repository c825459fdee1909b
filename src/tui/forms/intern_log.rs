//! The logbook entries and the final evaluations of an internship (issue 9
//! item 3), entered from the internship's detail in tab 3: the internship is
//! the target's owner and its student the form's subject.

use super::kind::{DbOps, FormTarget, Home, Picks, RecordForm, Values, number_text};
use crate::db::intern_log::{FeedbackInput, LogbookInput};
use crate::i18n::Lang;
use crate::i18n::intern_forms as tx;
use crate::tui::widgets::form::{FieldSpec, Form};
use chrono::NaiveDate;

/// The internship's period, so a new entry starts on a day within it.
#[derive(Debug, Clone, PartialEq)]
pub struct InternPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

// ---------------------------------------------------------------- logbook

pub fn log_specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::date("tanggal", l(tx::LF_DATE))
            .required()
            .help(l(tx::LH_DATE)),
        FieldSpec::multi_line("kegiatan", l(tx::LF_ACTIVITY), 1000).required(),
        FieldSpec::multi_line("hasil", l(tx::LF_OUTPUT), 1000),
        FieldSpec::multi_line("catatan_pembimbing", l(tx::LF_REMARK), 1000),
    ]
}

/// The logbook kind, registered in `kind::kinds`.
pub struct LogbookForm;
pub static LOG_KIND: LogbookForm = LogbookForm;
static LOG_DB: DbOps = DbOps::record::<LogbookInput>();

impl RecordForm for LogbookForm {
    fn name(&self) -> &'static str {
        "logbook_magang"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        log_specs(lang)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        tx::log_title(lang, target.is_new(), subject)
    }
    fn new_defaults(&self, form: &mut Form, today: NaiveDate) {
        form.set_value("tanggal", &crate::domain::dates::iso(today));
    }
    fn fill(&self, form: &mut Form, values: &Values, _picks: &Picks) {
        if let Some(e) = values.get::<LogbookInput>() {
            form.set_value("tanggal", &e.tanggal);
            form.set_value("kegiatan", &e.kegiatan);
            form.set_value("hasil", &e.hasil);
            form.set_value("catatan_pembimbing", &e.catatan_pembimbing);
        }
    }
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values> {
        let v = |k: &str| form.value(k).to_string();
        Some(Values::new(LogbookInput {
            magang_id: target.owner?,
            tanggal: v("tanggal"),
            kegiatan: v("kegiatan"),
            hasil: v("hasil"),
            catatan_pembimbing: v("catatan_pembimbing"),
        }))
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("tanggal").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &LOG_DB
    }
    fn home(&self) -> Home {
        Home::Internships
    }
}

/// The day a new logbook entry starts on: `today` within the period, else
/// the nearest end of it.
pub fn entry_day(period: &InternPeriod, today: NaiveDate) -> NaiveDate {
    today.clamp(period.start, period.end.max(period.start))
}

// ---------------------------------------------------------------- feedback

pub fn feedback_specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::date("tanggal", l(tx::FF_DATE)).required(),
        FieldSpec::decimal("nilai_pembimbing", l(tx::FF_SCORE), 0.0, 100.0).help(l(tx::FH_SCORE)),
        FieldSpec::multi_line("catatan_pembimbing", l(tx::FF_MENTOR_REMARKS), 1000)
            .help(l(tx::FH_MENTOR_REMARKS)),
        FieldSpec::multi_line("yang_berhasil", l(tx::FF_WORKED), 1000).help(l(tx::FH_WORKED)),
        FieldSpec::multi_line("saran_unit", l(tx::FF_SUGGESTION), 1000).help(l(tx::FH_SUGGESTION)),
    ]
}

/// The final-evaluation kind, registered in `kind::kinds`.
pub struct FeedbackForm;
pub static FEEDBACK_KIND: FeedbackForm = FeedbackForm;
static FEEDBACK_DB: DbOps = DbOps::record::<FeedbackInput>();

impl RecordForm for FeedbackForm {
    fn name(&self) -> &'static str {
        "umpan_balik_magang"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        feedback_specs(lang)
    }
    fn title(&self, lang: Lang, _target: &FormTarget, subject: &str) -> String {
        tx::feedback_title(lang, subject)
    }
    fn save_and_new(&self) -> bool {
        false
    }
    fn new_defaults(&self, form: &mut Form, today: NaiveDate) {
        form.set_value("tanggal", &crate::domain::dates::iso(today));
    }
    fn fill(&self, form: &mut Form, values: &Values, _picks: &Picks) {
        if let Some(f) = values.get::<FeedbackInput>() {
            form.set_value("tanggal", &f.tanggal);
            form.set_value(
                "nilai_pembimbing",
                &f.nilai_pembimbing.map(number_text).unwrap_or_default(),
            );
            form.set_value("catatan_pembimbing", &f.catatan_pembimbing);
            form.set_value("yang_berhasil", &f.yang_berhasil);
            form.set_value("saran_unit", &f.saran_unit);
        }
    }
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values> {
        let v = |k: &str| form.value(k).to_string();
        let nilai_pembimbing = match form.value("nilai_pembimbing") {
            "" => None,
            s => Some(s.parse().ok()?),
        };
        Some(Values::new(FeedbackInput {
            magang_id: target.owner?,
            tanggal: v("tanggal"),
            nilai_pembimbing,
            catatan_pembimbing: v("catatan_pembimbing"),
            yang_berhasil: v("yang_berhasil"),
            saran_unit: v("saran_unit"),
        }))
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("tanggal").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &FEEDBACK_DB
    }
    fn home(&self) -> Home {
        Home::Internships
    }
}
