//! A competency of the dictionary (issue 3 item 5): code, name, kind,
//! definition and the description and indicators of each level 1–5
//! (`db::reference_write::{insert_competency, update_competency}`). Also the
//! lookup items every form with a competency lookup shows.

use super::kind::{CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values};
use crate::db::competencies::{CompetencyInput, LevelText};
use crate::domain::enums::CompetencyKind;
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, KeyFilter, LookupItem};

/// Values a series of new competencies usually shares.
pub const KEEP_ON_NEW: [&str; 1] = ["jenis"];

/// Field keys of the level descriptions, level 1 first.
pub const LEVEL_KEYS: [&str; 5] = ["level_1", "level_2", "level_3", "level_4", "level_5"];
/// Field keys of the level indicators, level 1 first.
pub const INDICATOR_KEYS: [&str; 5] = [
    "indikator_1",
    "indikator_2",
    "indikator_3",
    "indikator_4",
    "indikator_5",
];

/// How a competency is named in a lookup field and its results: "M.01 Integritas".
pub fn competency_label(kode: &str, nama: &str) -> String {
    format!("{kode} {nama}")
}

/// The rows of `db::lookup::competencies` (id, kode, nama) as lookup items,
/// for the fields `kompetensi_id` of the assessment and standard forms.
pub fn competency_items(rows: Vec<(i64, String, String)>) -> Vec<LookupItem> {
    rows.into_iter()
        .map(|(id, kode, nama)| LookupItem {
            id,
            label: competency_label(&kode, &nama),
            detail: String::new(),
        })
        .collect()
}

/// The fields, in entry order: code, name, kind, definition, then per level
/// its description and its indicators.
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let kinds = CompetencyKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), k.label(lang).to_string()))
        .collect();
    let mut out = vec![
        FieldSpec::text("kode", tx::CF_CODE.get(lang), 20)
            .required()
            .filter(KeyFilter::NoSpaces)
            .help(tx::CH_CODE.get(lang)),
        FieldSpec::text("nama", tx::CF_NAME.get(lang), 120).required(),
        FieldSpec::choice("jenis", tx::CF_KIND.get(lang), kinds).required(),
        FieldSpec::multi_line("definisi", tx::CF_DEFINITION.get(lang), 2000),
    ];
    for (i, (level, indicator)) in LEVEL_KEYS.iter().zip(INDICATOR_KEYS).enumerate() {
        out.push(
            FieldSpec::multi_line(level, tx::level_description_label(lang, i + 1), 2000)
                .help(tx::CH_LEVEL.get(lang)),
        );
        out.push(
            FieldSpec::multi_line(indicator, tx::level_indicator_label(lang, i + 1), 2000)
                .help(tx::CH_INDICATOR.get(lang)),
        );
    }
    out
}

/// An empty form for a new competency.
pub fn new_form(lang: Lang) -> Form {
    Form::new(tx::FORM_NEW_COMPETENCY.get(lang), specs(lang), lang)
}

/// A form holding a stored competency with its level texts.
pub fn edit_form(lang: Lang, input: &CompetencyInput) -> Form {
    let mut form =
        Form::new(tx::FORM_EDIT_COMPETENCY.get(lang), specs(lang), lang).without_save_and_new();
    fill(&mut form, input);
    form.mark_clean();
    form
}

/// Puts a stored competency into the form (after a reload too).
pub fn fill(form: &mut Form, c: &CompetencyInput) {
    form.set_value("kode", &c.kode);
    form.set_value("nama", &c.nama);
    form.set_value("jenis", &c.jenis);
    form.set_value("definisi", &c.definisi);
    for (i, l) in c.levels.iter().enumerate() {
        form.set_value(LEVEL_KEYS[i], &l.deskripsi);
        form.set_value(INDICATOR_KEYS[i], &l.indikator);
    }
}

/// The typed values as a db input (None while no kind is chosen).
pub fn to_input(form: &Form) -> Option<CompetencyInput> {
    CompetencyKind::from_code(form.value("jenis"))?;
    let levels: [LevelText; 5] = std::array::from_fn(|i| LevelText {
        deskripsi: form.value(LEVEL_KEYS[i]).to_string(),
        indikator: form.value(INDICATOR_KEYS[i]).to_string(),
    });
    Some(CompetencyInput {
        kode: form.value("kode").to_string(),
        nama: form.value("nama").to_string(),
        jenis: form.value("jenis").to_string(),
        definisi: form.value("definisi").to_string(),
        levels,
    })
}

/// Cross-field rules (layer 3): a level with indicators needs its description.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    (0..5)
        .filter(|&i| {
            form.value(LEVEL_KEYS[i]).is_empty() && !form.value(INDICATOR_KEYS[i]).is_empty()
        })
        .map(|i| {
            (
                LEVEL_KEYS[i],
                tx::indicators_without_description(lang, i + 1),
            )
        })
        .collect()
}

/// The competency kind, registered in `kind::kinds`.
pub struct CompetencyForm;
pub static KIND: CompetencyForm = CompetencyForm;
static DB: DbOps = DbOps::record::<CompetencyInput>();

impl RecordForm for CompetencyForm {
    fn name(&self) -> &'static str {
        "kompetensi"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_COMPETENCY, tx::FORM_EDIT_COMPETENCY)
    }
    fn fill(&self, form: &mut Form, values: &Values, _picks: &Picks) {
        if let Some(c) = values.get::<CompetencyInput>() {
            fill(form, c);
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
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Competencies
    }
}
