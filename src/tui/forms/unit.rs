//! A unit (issue 3 item 5): code, name, short name, kind, parent unit,
//! order in the list, active (`db::reference_write::{insert_unit,
//! update_unit}`). A unit can be neither its own parent nor under one of its
//! own sub-units.

use super::kind::{CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, picked};
use crate::db::reference_read::UnitRow;
use crate::db::units::UnitInput;
use crate::domain::enums::UnitKind;
use crate::i18n::Lang;
use crate::i18n::forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, KeyFilter, LookupItem, LookupSource};

/// Values a series of new units (e.g. the divisions of one agency) shares.
pub const KEEP_ON_NEW: [&str; 2] = ["jenis", "induk_id"];

/// How a unit is named in its parent field: the full name.
pub fn unit_label(nama: &str) -> String {
    nama.to_string()
}

/// The rows of `db::lookup::units` (id, kode, nama, singkatan) as lookup
/// items, for the field `induk_id` (the same items as the employee form's unit).
pub fn unit_items(rows: Vec<(i64, String, String, String)>) -> Vec<LookupItem> {
    rows.into_iter()
        .map(|(id, kode, nama, singkatan)| LookupItem {
            id,
            label: unit_label(&nama),
            detail: format!("{singkatan} · {kode}"),
        })
        .collect()
}

/// The name of unit `id` among the listed units ("" when it is not there).
pub fn parent_label(units: &[UnitRow], id: Option<i64>) -> String {
    id.and_then(|id| units.iter().find(|u| u.id == id))
        .map(|u| unit_label(&u.nama))
        .unwrap_or_default()
}

/// The fields, in entry order (keys are the `unit_kerja` columns). The
/// lookup `induk_id` is answered with `db::lookup::units` via [`unit_items`].
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let kinds = UnitKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), k.label(lang).to_string()))
        .collect();
    vec![
        FieldSpec::text("kode", tx::UF_CODE.get(lang), 20)
            .required()
            .filter(KeyFilter::NoSpaces)
            .help(tx::UH_CODE.get(lang)),
        FieldSpec::text("nama", tx::UF_NAME.get(lang), 150).required(),
        FieldSpec::text("singkatan", tx::UF_SHORT.get(lang), 40),
        FieldSpec::choice("jenis", tx::UF_KIND.get(lang), kinds).required(),
        FieldSpec::lookup("induk_id", tx::UF_PARENT.get(lang), LookupSource::Unit)
            .help(tx::UH_PARENT.get(lang)),
        FieldSpec::number("urutan", tx::UF_ORDER.get(lang), 0, 9999).help(tx::UH_ORDER.get(lang)),
        FieldSpec::yes_no("aktif", tx::UF_ACTIVE.get(lang)).help(tx::UH_ACTIVE.get(lang)),
        FieldSpec::number("kapasitas_magang", tx::UF_INTERNS.get(lang), 0, 500)
            .help(tx::UH_INTERNS.get(lang)),
    ]
}

/// An empty form for a new unit: active, clean.
pub fn new_form(lang: Lang) -> Form {
    let mut form = Form::new(tx::FORM_NEW_UNIT.get(lang), specs(lang), lang);
    form.set_value("aktif", "1");
    form.mark_clean();
    form
}

/// A form holding a stored unit; `parent` names its parent unit (see
/// [`parent_label`]; ignored for a top-level unit).
pub fn edit_form(lang: Lang, input: &UnitInput, parent: &str) -> Form {
    let mut form =
        Form::new(tx::FORM_EDIT_UNIT.get(lang), specs(lang), lang).without_save_and_new();
    fill(&mut form, input, parent);
    form.mark_clean();
    form
}

/// Puts a stored unit into the form (after a reload too).
pub fn fill(form: &mut Form, u: &UnitInput, parent: &str) {
    form.set_value("kode", &u.kode);
    form.set_value("nama", &u.nama);
    form.set_value("singkatan", &u.singkatan);
    form.set_value("jenis", &u.jenis);
    let picked = u.induk_id.map(|id| LookupItem {
        id,
        label: parent.to_string(),
        detail: String::new(),
    });
    form.set_picked("induk_id", picked);
    form.set_value("urutan", &u.urutan.to_string());
    form.set_value("aktif", if u.aktif { "1" } else { "0" });
    form.set_value(
        "kapasitas_magang",
        &u.kapasitas_magang
            .map(|n| n.to_string())
            .unwrap_or_default(),
    );
}

/// The typed values as a db input (an empty order is 0; None while the
/// order is not a number).
pub fn to_input(form: &Form) -> Option<UnitInput> {
    let urutan = match form.value("urutan") {
        "" => 0,
        v => v.parse().ok()?,
    };
    let kapasitas_magang = match form.value("kapasitas_magang") {
        "" => None,
        v => Some(v.parse().ok()?),
    };
    Some(UnitInput {
        kapasitas_magang,
        kode: form.value("kode").to_string(),
        nama: form.value("nama").to_string(),
        singkatan: form.value("singkatan").to_string(),
        jenis: form.value("jenis").to_string(),
        induk_id: form.value("induk_id").parse().ok(),
        urutan,
        aktif: form.value("aktif") == "1",
    })
}

/// True when `unit` is `ancestor` or lies under it, following the parents
/// in `units` (a stored cycle ends the walk).
fn is_under(units: &[UnitRow], unit: i64, ancestor: i64) -> bool {
    let mut current = Some(unit);
    for _ in 0..=units.len() {
        match current {
            Some(id) if id == ancestor => return true,
            Some(id) => current = units.iter().find(|u| u.id == id).and_then(|u| u.induk_id),
            None => return false,
        }
    }
    false
}

/// Cross-field rules (layer 3) for the unit being edited (`self_id`; None for
/// a new one): the parent is not the unit itself, nor one of its sub-units
/// according to `units` (the loaded list; the database checks again).
pub fn cross_check(
    form: &Form,
    self_id: Option<i64>,
    units: &[UnitRow],
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let parent: Option<i64> = form.value("induk_id").parse().ok();
    match (parent, self_id) {
        (Some(p), Some(me)) if p == me => vec![("induk_id", tx::PARENT_SELF.get(lang).into())],
        (Some(p), Some(me)) if is_under(units, p, me) => {
            vec![("induk_id", tx::PARENT_CYCLE.get(lang).into())]
        }
        _ => Vec::new(),
    }
}

/// The unit kind, registered in `kind::kinds`.
pub struct UnitForm;
pub static KIND: UnitForm = UnitForm;
static DB: DbOps = DbOps::record::<UnitInput>();

impl RecordForm for UnitForm {
    fn name(&self) -> &'static str {
        "unit_kerja"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_UNIT, tx::FORM_EDIT_UNIT)
    }
    fn new_defaults(&self, form: &mut Form, _today: chrono::NaiveDate) {
        form.set_value("aktif", "1");
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(u) = values.get::<UnitInput>() {
            fill(form, u, &picked(picks, "induk_id"));
        }
    }
    fn read(&self, form: &Form, _target: &FormTarget) -> Option<Values> {
        to_input(form).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        cross_check(form, target.id, ctx.units, ctx.lang)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &KEEP_ON_NEW
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Units
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<UnitInput>()
            .and_then(|u| (key == "induk_id").then_some(u.induk_id).flatten())
    }
}
