//! One row of the competency standard per position (issue 3 item 4): which
//! competency at which level for a kind of position (with its jenjang for
//! JF), optionally for one title only (`db::profile_write::{insert_standard,
//! update_standard}`). Editable because the official table is not fully
//! confirmed (domain.md §1.4).

use super::competency::competency_label;
use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, options, picked,
};
use crate::db::standards::StandardInput;
use crate::domain::enums::{JfLevel, PositionKind};
use crate::domain::golongan::jf_level_matches;
use crate::domain::validate::Problem;
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};

/// Values a series of rows for one position shares: only the competency differs.
pub const KEEP_ON_NEW: [&str; 4] = [
    "jenis_jabatan",
    "jenjang_jf",
    "nama_jabatan",
    "level_standar",
];

/// The fields, in entry order (keys are the `standar_kompetensi` columns).
/// `kompetensi_id` is answered with `db::lookup::competencies` via
/// `competency::competency_items`.
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    vec![
        FieldSpec::choice(
            "jenis_jabatan",
            tx::STF_KIND.get(lang),
            options::<PositionKind>(lang),
        )
        .required(),
        FieldSpec::choice(
            "jenjang_jf",
            tx::STF_JF_LEVEL.get(lang),
            options::<JfLevel>(lang),
        )
        .help(tx::STH_JF_LEVEL.get(lang)),
        FieldSpec::text("nama_jabatan", tx::STF_TITLE.get(lang), 120).help(tx::STH_TITLE.get(lang)),
        FieldSpec::lookup(
            "kompetensi_id",
            tx::STF_COMPETENCY.get(lang),
            LookupSource::Competency,
        )
        .required()
        .help(tx::AH_COMPETENCY.get(lang)),
        FieldSpec::number("level_standar", tx::STF_LEVEL.get(lang), 1, 5)
            .required()
            .help(tx::STH_LEVEL.get(lang)),
    ]
}

/// An empty form for a new standard row.
pub fn new_form(lang: Lang) -> Form {
    Form::new(tx::FORM_NEW_STANDARD.get(lang), specs(lang), lang)
}

/// A form holding a stored standard row; `competency` names its competency
/// (`competency_label(kode, nama)`, e.g. from a `StandardRow`).
pub fn edit_form(lang: Lang, input: &StandardInput, competency: &str) -> Form {
    let mut form =
        Form::new(tx::FORM_EDIT_STANDARD.get(lang), specs(lang), lang).without_save_and_new();
    fill(&mut form, input, competency);
    form.mark_clean();
    form
}

/// The label of the competency of a listed standard row.
pub fn row_competency_label(r: &crate::db::reference_read::StandardRow) -> String {
    competency_label(&r.kompetensi_kode, &r.kompetensi_nama)
}

/// Puts a stored standard row into the form (after a reload too).
pub fn fill(form: &mut Form, s: &StandardInput, competency: &str) {
    form.set_value("jenis_jabatan", &s.jenis_jabatan);
    form.set_value("jenjang_jf", &s.jenjang_jf);
    form.set_value("nama_jabatan", &s.nama_jabatan);
    form.set_picked(
        "kompetensi_id",
        Some(LookupItem {
            id: s.kompetensi_id,
            label: competency.to_string(),
            detail: String::new(),
        }),
    );
    form.set_value("level_standar", &s.level_standar.to_string());
}

/// The typed values as a db input (None while the competency is not picked
/// or the level is not a number). An empty jenjang or title is "".
pub fn to_input(form: &Form) -> Option<StandardInput> {
    Some(StandardInput {
        jenis_jabatan: form.value("jenis_jabatan").to_string(),
        jenjang_jf: form.value("jenjang_jf").to_string(),
        nama_jabatan: form.value("nama_jabatan").to_string(),
        kompetensi_id: form.value("kompetensi_id").parse().ok()?,
        level_standar: form.value("level_standar").parse().ok()?,
    })
}

/// Cross-field rules (layer 3): a JF kind needs a jenjang of its own family
/// (Ahli … for keahlian, Pemula … Penyelia for keterampilan) and any other
/// kind none (`domain::golongan::jf_level_matches`); a competency is picked.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let level = match form.value("jenjang_jf") {
        "" => Some(None),
        code => JfLevel::from_code(code).map(Some),
    };
    if let (Some(kind), Some(level)) = (PositionKind::from_code(form.value("jenis_jabatan")), level)
        && !jf_level_matches(kind, level)
    {
        let p = Problem::JfLevelMismatch {
            position: kind,
            level,
        };
        out.push(("jenjang_jf", crate::i18n::errors::problem(lang, &p)));
    }
    if form.picked("kompetensi_id").is_none() {
        out.push(("kompetensi_id", tx::PICK_COMPETENCY.get(lang).to_string()));
    }
    out
}

/// The competency standard kind, registered in `kind::kinds`.
pub struct StandardForm;
pub static KIND: StandardForm = StandardForm;
static DB: DbOps = DbOps::record::<StandardInput>();

impl RecordForm for StandardForm {
    fn name(&self) -> &'static str {
        "standar_kompetensi"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_STANDARD, tx::FORM_EDIT_STANDARD)
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(s) = values.get::<StandardInput>() {
            fill(form, s, &picked(picks, "kompetensi_id"));
        }
    }
    fn read(&self, form: &Form, _target: &FormTarget) -> Option<Values> {
        to_input(form).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        _target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        cross_check(form, ctx.lang)
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
        Home::Standards
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<StandardInput>()
            .filter(|_| key == "kompetensi_id")
            .map(|s| s.kompetensi_id)
    }
}
