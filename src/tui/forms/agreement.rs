//! An agreement with a partner (issue 9 item 1): a master agreement (MoU) or
//! a PKS under one, numbers on both sides, title, scope, signatories, signing
//! date, period, the unit that carries it out, the document status and notes.
//! A renewal (`r` on the list) opens this form filled from the old agreement
//! with the dates moved forward; saving it marks the old one diperpanjang.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, opt_id, options, picked_item,
};
use crate::db::agreements::AgreementInput;
use crate::domain::dates::{display, parse_iso};
use crate::domain::enums::{AgreementDoc, AgreementLifecycle};
use crate::i18n::Lang;
use crate::i18n::intern_forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupSource};

/// A renewal being entered: the agreement renewed (for the title).
#[derive(Debug, Clone, PartialEq)]
pub struct RenewalContext {
    pub number: String,
}

/// What a series of agreements with one partner shares.
const KEEP_ON_NEW: [&str; 5] = [
    "mitra_id",
    "jenis_dokumen",
    "induk_id",
    "unit_pelaksana_id",
    "status_dokumen",
];

/// The fields, in entry order (keys are the `kerja_sama` columns).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::lookup("mitra_id", l(tx::AF_PARTNER), LookupSource::Partner).required(),
        FieldSpec::choice(
            "jenis_dokumen",
            l(tx::AF_DOC),
            options::<AgreementDoc>(lang),
        )
        .required(),
        FieldSpec::lookup("induk_id", l(tx::AF_PARENT), LookupSource::Agreement)
            .help(l(tx::AH_PARENT)),
        FieldSpec::text("nomor_pemko", l(tx::AF_NUMBER), 80)
            .required()
            .help(l(tx::AH_NUMBER)),
        FieldSpec::text("nomor_mitra", l(tx::AF_PARTNER_NUMBER), 80),
        FieldSpec::text("tentang", l(tx::AF_ABOUT), 200).required(),
        FieldSpec::date("tanggal_mulai", l(tx::AF_START)).required(),
        FieldSpec::date("tanggal_berakhir", l(tx::AF_END)).required(),
        FieldSpec::date("tanggal_tanda_tangan", l(tx::AF_SIGNED)),
        FieldSpec::choice(
            "status_dokumen",
            l(tx::AF_LIFECYCLE),
            options::<AgreementLifecycle>(lang),
        )
        .required()
        .help(l(tx::AH_LIFECYCLE)),
        FieldSpec::lookup("unit_pelaksana_id", l(tx::AF_UNIT), LookupSource::Unit),
        FieldSpec::text("penandatangan_pemko", l(tx::AF_SIGNER_CITY), 120),
        FieldSpec::text("penandatangan_mitra", l(tx::AF_SIGNER_PARTNER), 120),
        FieldSpec::multi_line("ruang_lingkup", l(tx::AF_SCOPE), 2000),
        FieldSpec::lookup(
            "diperpanjang_dari_id",
            l(tx::AF_RENEWS),
            LookupSource::Agreement,
        )
        .help(l(tx::AH_RENEWS)),
        FieldSpec::multi_line("catatan", l(tx::AF_NOTE), 1000),
    ]
}

const LOOKUP_KEYS: [&str; 4] = [
    "mitra_id",
    "induk_id",
    "unit_pelaksana_id",
    "diperpanjang_dari_id",
];

/// Puts a stored agreement into the form; `picks` names its lookups.
pub fn fill(form: &mut Form, a: &AgreementInput, picks: &Picks) {
    form.set_picked("mitra_id", picked_item(picks, "mitra_id", Some(a.mitra_id)));
    form.set_value("jenis_dokumen", &a.jenis_dokumen);
    form.set_picked("induk_id", picked_item(picks, "induk_id", a.induk_id));
    form.set_value("nomor_pemko", &a.nomor_pemko);
    form.set_value("nomor_mitra", &a.nomor_mitra);
    form.set_value("tentang", &a.tentang);
    form.set_value("ruang_lingkup", &a.ruang_lingkup);
    form.set_value(
        "tanggal_tanda_tangan",
        a.tanggal_tanda_tangan.as_deref().unwrap_or(""),
    );
    form.set_value("tanggal_mulai", &a.tanggal_mulai);
    form.set_value("tanggal_berakhir", &a.tanggal_berakhir);
    form.set_value("penandatangan_pemko", &a.penandatangan_pemko);
    form.set_value("penandatangan_mitra", &a.penandatangan_mitra);
    form.set_picked(
        "unit_pelaksana_id",
        picked_item(picks, "unit_pelaksana_id", a.unit_pelaksana_id),
    );
    form.set_value("status_dokumen", &a.status_dokumen);
    form.set_value("catatan", &a.catatan);
    form.set_picked(
        "diperpanjang_dari_id",
        picked_item(picks, "diperpanjang_dari_id", a.diperpanjang_dari_id),
    );
}

/// The typed values as a db input (None while the partner is not picked).
pub fn to_input(form: &Form) -> Option<AgreementInput> {
    let v = |k: &str| form.value(k).to_string();
    Some(AgreementInput {
        mitra_id: form.value("mitra_id").parse().ok()?,
        jenis_dokumen: v("jenis_dokumen"),
        induk_id: opt_id(form, "induk_id")?,
        nomor_pemko: v("nomor_pemko"),
        nomor_mitra: v("nomor_mitra"),
        tentang: v("tentang"),
        ruang_lingkup: v("ruang_lingkup"),
        tanggal_tanda_tangan: Some(v("tanggal_tanda_tangan")).filter(|s| !s.is_empty()),
        tanggal_mulai: v("tanggal_mulai"),
        tanggal_berakhir: v("tanggal_berakhir"),
        penandatangan_pemko: v("penandatangan_pemko"),
        penandatangan_mitra: v("penandatangan_mitra"),
        unit_pelaksana_id: opt_id(form, "unit_pelaksana_id")?,
        status_dokumen: v("status_dokumen"),
        catatan: v("catatan"),
        diperpanjang_dari_id: opt_id(form, "diperpanjang_dari_id")?,
    })
}

/// Cross-field rules (layer 3): the end not before the start, a PKS with its
/// MoU and an MoU without one, not signed after it ended.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let start = parse_iso(form.value("tanggal_mulai"));
    let end = parse_iso(form.value("tanggal_berakhir"));
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        out.push((
            "tanggal_berakhir",
            tx::end_before_start(lang, &display(start), &display(end)),
        ));
    }
    let pks = form.value("jenis_dokumen") == AgreementDoc::Pks.code();
    let parent = !form.value("induk_id").is_empty();
    if pks && !parent {
        out.push(("induk_id", tx::PKS_WITHOUT_PARENT.get(lang).to_string()));
    } else if !pks && parent {
        out.push(("induk_id", tx::MOU_WITH_PARENT.get(lang).to_string()));
    }
    if let (Some(signed), Some(end)) = (parse_iso(form.value("tanggal_tanda_tangan")), end)
        && signed > end
    {
        out.push((
            "tanggal_tanda_tangan",
            tx::SIGNED_AFTER_END.get(lang).to_string(),
        ));
    }
    out
}

/// The agreement kind, registered in `kind::kinds`.
pub struct AgreementForm;
pub static KIND: AgreementForm = AgreementForm;
static DB: DbOps = DbOps::record::<AgreementInput>().with_template(renewal);

/// A renewal of agreement `id`: `db::agreements::renewal_of`.
fn renewal(conn: &rusqlite::Connection, id: i64) -> rusqlite::Result<Option<Values>> {
    Ok(crate::db::agreements::renewal_of(conn, id)?.map(Values::new))
}

impl RecordForm for AgreementForm {
    fn name(&self) -> &'static str {
        "kerja_sama"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_AGREEMENT, tx::FORM_EDIT_AGREEMENT)
    }
    fn title(&self, lang: Lang, target: &FormTarget, _subject: &str) -> String {
        if let Some(r) = target.context::<RenewalContext>() {
            return tx::title_renewal(lang, &r.number);
        }
        let (new, edit) = self.titles();
        if target.is_new() { new } else { edit }
            .get(lang)
            .to_string()
    }
    fn new_defaults(&self, form: &mut Form, _today: chrono::NaiveDate) {
        form.set_value("jenis_dokumen", AgreementDoc::Mou.code());
        form.set_value("status_dokumen", AgreementLifecycle::Ditandatangani.code());
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(a) = values.get::<AgreementInput>() {
            fill(form, a, picks);
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
        form.display("nomor_pemko").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Agreements
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        let a = values.get::<AgreementInput>()?;
        match key {
            "mitra_id" => Some(a.mitra_id),
            "induk_id" => a.induk_id,
            "unit_pelaksana_id" => a.unit_pelaksana_id,
            "diperpanjang_dari_id" => a.diperpanjang_dari_id,
            _ => None,
        }
        .filter(|_| LOOKUP_KEYS.contains(&key))
    }
}
