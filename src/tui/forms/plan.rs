//! One line of an employee's development plan (issue 8 item 6): year,
//! competency and its gap, the activity proposed, planned JP, priority,
//! status and the training that fulfils it. Opened from the employee detail
//! (`r` then `n` / `e`; `t` adds a line from the recommendations without a
//! form); a new line belongs to the employee in `FormTarget::owner`.

use super::kind::{CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, picked};
use crate::db::lookup::TrainingLookupRow;
use crate::db::plans::PlanInput;
use crate::domain::dates::display_iso;
use crate::domain::enums::{PlanStatus, Priority};
use crate::i18n::Lang;
use crate::i18n::development as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};
use chrono::{Datelike, NaiveDate};

/// Values a series of plan lines usually shares; "save and new" keeps them.
pub const KEEP_ON_NEW: [&str; 3] = ["tahun", "prioritas", "status"];

/// A training as its lookup field shows it: "KODE Nama", with its start
/// beside it in the results.
pub fn training_item((id, kode, nama, start): TrainingLookupRow) -> LookupItem {
    LookupItem {
        id,
        label: format!("{kode} {nama}"),
        detail: display_iso(&start),
    }
}

/// The fields, in entry order (keys are the `rencana_pengembangan` columns).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let priorities = Priority::ALL
        .iter()
        .map(|p| (p.as_code().to_string(), p.label(lang).to_string()))
        .collect();
    let statuses = PlanStatus::ALL
        .iter()
        .map(|s| (s.as_code().to_string(), s.label(lang).to_string()))
        .collect();
    vec![
        FieldSpec::number("tahun", tx::PF_YEAR.get(lang), 2000, 2100).required(),
        FieldSpec::lookup(
            "kompetensi_id",
            tx::PF_COMPETENCY.get(lang),
            LookupSource::Competency,
        )
        .required()
        .help(tx::PH_COMPETENCY.get(lang)),
        FieldSpec::number("kesenjangan", tx::PF_GAP.get(lang), 0, 4).help(tx::PH_GAP.get(lang)),
        FieldSpec::text("jenis_pelatihan_usulan", tx::PF_ACTIVITY.get(lang), 200)
            .required()
            .help(tx::PH_ACTIVITY.get(lang)),
        FieldSpec::decimal("jp_rencana", tx::PF_JP.get(lang), 0.0, 1000.0),
        FieldSpec::choice("prioritas", tx::PF_PRIORITY.get(lang), priorities).required(),
        FieldSpec::choice("status", tx::PF_STATUS.get(lang), statuses)
            .required()
            .help(tx::PH_STATUS.get(lang)),
        FieldSpec::lookup(
            "pelatihan_id",
            tx::PF_TRAINING.get(lang),
            LookupSource::Training,
        )
        .help(tx::PH_TRAINING.get(lang)),
    ]
}

/// Puts a stored line into the form; `competency` and `training` name the
/// picked records as their lookups show them.
pub fn fill(form: &mut Form, p: &PlanInput, competency: &str, training: &str) {
    form.set_value("tahun", &p.tahun.to_string());
    form.set_picked(
        "kompetensi_id",
        Some(LookupItem {
            id: p.kompetensi_id,
            label: competency.to_string(),
            detail: String::new(),
        }),
    );
    form.set_value("kesenjangan", &p.kesenjangan.to_string());
    form.set_value("jenis_pelatihan_usulan", &p.jenis_pelatihan_usulan);
    form.set_value("jp_rencana", &crate::domain::jp::format_jp(p.jp_rencana));
    form.set_value("prioritas", &p.prioritas);
    form.set_value("status", &p.status);
    form.set_picked(
        "pelatihan_id",
        p.pelatihan_id.map(|id| LookupItem {
            id,
            label: training.to_string(),
            detail: String::new(),
        }),
    );
}

/// The typed values as a db input for employee `pegawai_id` (None while the
/// competency is not picked or a number is not one).
pub fn to_input(form: &Form, pegawai_id: i64) -> Option<PlanInput> {
    let number = |k: &str| -> Option<i64> {
        match form.value(k) {
            "" => Some(0),
            v => v.parse().ok(),
        }
    };
    let jp = match form.value("jp_rencana") {
        "" => 0.0,
        v => v.parse().ok()?,
    };
    Some(PlanInput {
        tahun: form.value("tahun").parse().ok()?,
        pegawai_id,
        kompetensi_id: form.value("kompetensi_id").parse().ok()?,
        kesenjangan: number("kesenjangan")?,
        jenis_pelatihan_usulan: form.value("jenis_pelatihan_usulan").to_string(),
        jp_rencana: jp,
        prioritas: form.value("prioritas").to_string(),
        status: form.value("status").to_string(),
        pelatihan_id: form.value("pelatihan_id").parse().ok(),
    })
}

/// Cross-field rules (layer 3): a competency is picked, and text typed into
/// the training field is a picked training (never silently dropped).
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if form.picked("kompetensi_id").is_none() {
        out.push((
            "kompetensi_id",
            crate::i18n::forms::PICK_COMPETENCY.get(lang).to_string(),
        ));
    }
    if form.picked("pelatihan_id").is_none() && !form.display("pelatihan_id").trim().is_empty() {
        out.push((
            "pelatihan_id",
            crate::i18n::tui::PICK_FROM_LIST.get(lang).to_string(),
        ));
    }
    out
}

/// The development-plan kind, registered in `kind::kinds`.
pub struct PlanForm;
pub static KIND: PlanForm = PlanForm;
static DB: DbOps = DbOps::record::<PlanInput>();

impl RecordForm for PlanForm {
    fn name(&self) -> &'static str {
        "rencana_pengembangan"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        tx::plan_title(lang, subject, target.is_new())
    }
    fn new_defaults(&self, form: &mut Form, today: NaiveDate) {
        form.set_value("tahun", &today.year().to_string());
        form.set_value("prioritas", Priority::Sedang.as_code());
        form.set_value("status", PlanStatus::Usulan.as_code());
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(p) = values.get::<PlanInput>() {
            fill(
                form,
                p,
                &picked(picks, "kompetensi_id"),
                &picked(picks, "pelatihan_id"),
            );
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
        cross_check(form, ctx.lang)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &KEEP_ON_NEW
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("jenis_pelatihan_usulan").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Employees
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        let p = values.get::<PlanInput>()?;
        match key {
            "kompetensi_id" => Some(p.kompetensi_id),
            "pelatihan_id" => p.pelatihan_id,
            _ => None,
        }
    }
}
