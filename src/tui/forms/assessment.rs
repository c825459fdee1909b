//! Recording a competency assessment of one employee (issue 3 item 4):
//! competency, actual level 1–5, date, method, assessor, note. Every result
//! is a new row (`db::profile_write::insert_assessment`); the history is kept
//! and the latest counts. A typing mistake in a recorded result is corrected
//! with the edit form (`update_assessment`).

use super::kind::{CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, picked};
use crate::db::assessments::AssessmentInput;
use crate::domain::dates::{iso, parse_iso};
use crate::domain::enums::AssessmentMethod;
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};
use chrono::NaiveDate;

/// Values a series of assessments usually shares; "save and new" keeps them.
pub const KEEP_ON_NEW: [&str; 3] = ["tanggal", "metode", "penilai"];

/// The fields, in entry order (keys are the `penilaian_kompetensi` columns).
/// `kompetensi_id` is a lookup: answer its `FormOutcome::Lookup` with
/// `db::lookup::competencies` through [`super::competency::competency_items`].
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let methods = AssessmentMethod::ALL
        .iter()
        .map(|m| (m.code().to_string(), m.label(lang).to_string()))
        .collect();
    vec![
        FieldSpec::lookup(
            "kompetensi_id",
            tx::AF_COMPETENCY.get(lang),
            LookupSource::Competency,
        )
        .required()
        .help(tx::AH_COMPETENCY.get(lang)),
        FieldSpec::number("level_aktual", tx::AF_LEVEL.get(lang), 1, 5)
            .required()
            .help(tx::AH_LEVEL.get(lang)),
        FieldSpec::date("tanggal", tx::AF_DATE.get(lang))
            .required()
            .help(tx::AH_DATE.get(lang)),
        FieldSpec::choice("metode", tx::AF_METHOD.get(lang), methods).required(),
        FieldSpec::text("penilai", tx::AF_ASSESSOR.get(lang), 100),
        FieldSpec::multi_line("catatan", tx::AF_NOTE.get(lang), 1000),
    ]
}

/// A new assessment of employee `name`, dated `today` (the reference date);
/// the form is clean (`Esc` closes it at once until something is typed).
pub fn new_form(lang: Lang, name: &str, today: NaiveDate) -> Form {
    let mut form = Form::new(tx::assessment_title(lang, name), specs(lang), lang);
    form.set_value("tanggal", &iso(today));
    form.mark_clean();
    form
}

/// A recorded assessment for its correction; `competency` names its
/// competency as the lookup shows it (e.g. `competency_label(kode, nama)`).
pub fn edit_form(lang: Lang, name: &str, input: &AssessmentInput, competency: &str) -> Form {
    let mut form =
        Form::new(tx::assessment_edit_title(lang, name), specs(lang), lang).without_save_and_new();
    fill(&mut form, input, competency);
    form.mark_clean();
    form
}

/// Puts a stored assessment into the form (after a reload too).
pub fn fill(form: &mut Form, a: &AssessmentInput, competency: &str) {
    form.set_picked(
        "kompetensi_id",
        Some(LookupItem {
            id: a.kompetensi_id,
            label: competency.to_string(),
            detail: String::new(),
        }),
    );
    form.set_value("level_aktual", &a.level.to_string());
    form.set_value("tanggal", &a.tanggal);
    form.set_value("metode", &a.metode);
    form.set_value("penilai", &a.penilai);
    form.set_value("catatan", &a.catatan);
}

/// The typed values as a db input for employee `pegawai_id` (None while the
/// competency is not picked or the level is not a number).
pub fn to_input(form: &Form, pegawai_id: i64) -> Option<AssessmentInput> {
    Some(AssessmentInput {
        pegawai_id,
        kompetensi_id: form.value("kompetensi_id").parse().ok()?,
        level: form.value("level_aktual").parse().ok()?,
        tanggal: form.value("tanggal").to_string(),
        metode: form.value("metode").to_string(),
        penilai: form.value("penilai").to_string(),
        catatan: form.value("catatan").to_string(),
    })
}

/// Cross-field rules (layer 3): a competency is picked and the date is not
/// after `today` (the reference date). The level range is layer 2 (the
/// number field refuses anything but 1–5 when it is left).
pub fn cross_check(form: &Form, today: NaiveDate, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if form.picked("kompetensi_id").is_none() {
        out.push(("kompetensi_id", tx::PICK_COMPETENCY.get(lang).to_string()));
    }
    if let Some(d) = parse_iso(form.value("tanggal"))
        && d > today
    {
        out.push(("tanggal", tx::date_in_future(lang, today)));
    }
    out
}

/// The competency assessment kind, registered in `kind::kinds`; a new one
/// belongs to the employee in `FormTarget::owner`.
pub struct AssessmentForm;
pub static KIND: AssessmentForm = AssessmentForm;
static DB: DbOps = DbOps::record::<AssessmentInput>();

impl RecordForm for AssessmentForm {
    fn name(&self) -> &'static str {
        "penilaian_kompetensi"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        if target.is_new() {
            tx::assessment_title(lang, subject)
        } else {
            tx::assessment_edit_title(lang, subject)
        }
    }
    fn new_defaults(&self, form: &mut Form, today: NaiveDate) {
        form.set_value("tanggal", &iso(today));
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(a) = values.get::<AssessmentInput>() {
            fill(form, a, &picked(picks, "kompetensi_id"));
        }
    }
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values> {
        to_input(form, target.owner?).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        _target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        cross_check(form, ctx.today, ctx.lang)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &KEEP_ON_NEW
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("kompetensi_id").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Employees
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<AssessmentInput>()
            .filter(|_| key == "kompetensi_id")
            .map(|a| a.kompetensi_id)
    }
}
