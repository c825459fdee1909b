//! A partner of the city (issue 7 item 7): a university, a company, a
//! regional or state enterprise, a community group or a government agency,
//! with its address, contact person, phone, e-mail and notes. The first kind
//! built on the record-kind shape: this module and `db::partners` are all it
//! needs, plus one line in `kind::kinds`.

use super::employee::{email_shape, phone_char};
use super::kind::{DbOps, FormTarget, Home, Picks, RecordForm, Values};
use crate::db::partners::PartnerInput;
use crate::domain::enums::PartnerKind;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::partner_form as tx;
use crate::tui::widgets::form::{FieldSpec, Form, KeyFilter};

/// The fields, in entry order (keys are the `mitra` columns).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let kinds = PartnerKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), k.label(lang).to_string()))
        .collect();
    vec![
        FieldSpec::text("nama", tx::PF_NAME.get(lang), 150)
            .required()
            .help(tx::PH_NAME.get(lang)),
        FieldSpec::text("singkatan", tx::PF_SHORT.get(lang), 40).help(tx::PH_SHORT.get(lang)),
        FieldSpec::choice("jenis", tx::PF_KIND.get(lang), kinds).required(),
        FieldSpec::text("alamat", tx::PF_ADDRESS.get(lang), 200),
        FieldSpec::text("narahubung", tx::PF_CONTACT.get(lang), 100),
        FieldSpec::text("telepon", tx::PF_PHONE.get(lang), 20).filter(KeyFilter::Custom(
            phone_char,
            crate::i18n::tui_forms::PHONE_CHARS,
        )),
        FieldSpec::text("email", tx::PF_EMAIL.get(lang), 80)
            .filter(KeyFilter::NoSpaces)
            .validate(email_shape),
        FieldSpec::multi_line("catatan", tx::PF_NOTE.get(lang), 1000),
    ]
}

/// Puts a stored partner into the form (after a reload too).
pub fn fill(form: &mut Form, p: &PartnerInput) {
    form.set_value("nama", &p.nama);
    form.set_value("singkatan", &p.singkatan);
    form.set_value("jenis", &p.jenis);
    form.set_value("alamat", &p.alamat);
    form.set_value("narahubung", &p.narahubung);
    form.set_value("telepon", &p.telepon);
    form.set_value("email", &p.email);
    form.set_value("catatan", &p.catatan);
}

/// The typed values as a db input (None while no kind is chosen).
pub fn to_input(form: &Form) -> Option<PartnerInput> {
    PartnerKind::from_code(form.value("jenis"))?;
    let v = |k: &str| form.value(k).to_string();
    Some(PartnerInput {
        nama: v("nama"),
        singkatan: v("singkatan"),
        jenis: v("jenis"),
        alamat: v("alamat"),
        narahubung: v("narahubung"),
        telepon: v("telepon"),
        email: v("email"),
        catatan: v("catatan"),
    })
}

/// The partner kind, registered in `kind::kinds`.
pub struct PartnerForm;
pub static KIND: PartnerForm = PartnerForm;
static DB: DbOps = DbOps::record::<PartnerInput>();

impl RecordForm for PartnerForm {
    fn name(&self) -> &'static str {
        "mitra"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_PARTNER, tx::FORM_EDIT_PARTNER)
    }
    fn fill(&self, form: &mut Form, values: &Values, _picks: &Picks) {
        if let Some(p) = values.get::<PartnerInput>() {
            fill(form, p);
        }
    }
    fn read(&self, form: &Form, _target: &FormTarget) -> Option<Values> {
        to_input(form).map(Values::new)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &["jenis"]
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Partners
    }
}
