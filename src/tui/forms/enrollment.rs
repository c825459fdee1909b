//! A participant of a training (issue 8 item 2): the employee (picked by
//! NIP or name), how the participation was proposed, its status (domain.md
//! §9: diusulkan … lulus / tidak lulus / mengundurkan diri), score,
//! certificate and the JP credited — only for a completed participation. The
//! training's quota holds. Entered from the participants view of tab 2; the
//! training is the target's owner.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, number_text, options, picked,
};
use crate::db::trainings::EnrollmentInput;
use crate::domain::enums::{EnrollmentStatus, ProposalSource};
use crate::i18n::Lang;
use crate::i18n::enrollment_form as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};

/// What the participant form knows about its training.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingContext {
    /// The training's JP: credited to a participant who completes it.
    pub jp: f64,
}

/// What a series of participants of one training shares.
pub const KEEP_ON_NEW: [&str; 2] = ["status", "sumber_usulan"];

/// The fields, in entry order (keys are the `peserta_pelatihan` columns).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::lookup("pegawai_id", l(tx::PF_EMPLOYEE), LookupSource::Employee)
            .required()
            .help(l(tx::PH_EMPLOYEE)),
        FieldSpec::choice(
            "status",
            l(tx::PF_STATUS),
            options::<EnrollmentStatus>(lang),
        )
        .required()
        .help(l(tx::PH_STATUS)),
        FieldSpec::choice(
            "sumber_usulan",
            l(tx::PF_SOURCE),
            options::<ProposalSource>(lang),
        )
        .required(),
        FieldSpec::decimal("nilai_akhir", l(tx::PF_SCORE), 0.0, 100.0),
        FieldSpec::decimal("jp_diakui", l(tx::PF_JP), 0.0, 2000.0).help(l(tx::PH_JP)),
        FieldSpec::text("nomor_sertifikat", l(tx::PF_CERT), 60),
        FieldSpec::date("tanggal_sertifikat", l(tx::PF_CERT_DATE)),
        FieldSpec::text("bukti_ref", l(tx::PF_PROOF), 120),
    ]
}

/// Puts a stored participation into the form; `employee` names the employee.
pub fn fill(form: &mut Form, e: &EnrollmentInput, employee: &str) {
    form.set_picked(
        "pegawai_id",
        Some(LookupItem {
            id: e.pegawai_id,
            label: employee.to_string(),
            detail: String::new(),
        }),
    );
    form.set_value("status", &e.status);
    form.set_value("sumber_usulan", &e.sumber_usulan);
    form.set_value(
        "nilai_akhir",
        &e.nilai_akhir.map(number_text).unwrap_or_default(),
    );
    let jp = if e.jp_diakui == 0.0 {
        String::new()
    } else {
        number_text(e.jp_diakui)
    };
    form.set_value("jp_diakui", &jp);
    form.set_value("nomor_sertifikat", &e.nomor_sertifikat);
    form.set_value(
        "tanggal_sertifikat",
        e.tanggal_sertifikat.as_deref().unwrap_or(""),
    );
    form.set_value("bukti_ref", &e.bukti_ref);
}

/// The typed values as a db input for training `training` (None while the
/// employee is not picked or a number is unreadable).
pub fn to_input(form: &Form, training: i64) -> Option<EnrollmentInput> {
    let opt_num = |k: &str| -> Option<Option<f64>> {
        match form.value(k) {
            "" => Some(None),
            s => s.parse().ok().map(Some),
        }
    };
    let v = |k: &str| form.value(k).to_string();
    Some(EnrollmentInput {
        pelatihan_id: training,
        pegawai_id: form.value("pegawai_id").parse().ok()?,
        sumber_usulan: v("sumber_usulan"),
        status: v("status"),
        nilai_akhir: opt_num("nilai_akhir")?,
        nomor_sertifikat: v("nomor_sertifikat"),
        tanggal_sertifikat: Some(v("tanggal_sertifikat")).filter(|s| !s.is_empty()),
        jp_diakui: opt_num("jp_diakui")?.unwrap_or(0.0),
        bukti_ref: v("bukti_ref"),
    })
}

fn completed(form: &Form) -> bool {
    EnrollmentStatus::from_code(form.value("status")).is_some_and(|s| s.is_completed())
}

/// Cross-field rules (layer 3): JP only for a completed participation, and
/// not more than the training has.
pub fn cross_check(
    form: &Form,
    training_jp: Option<f64>,
    lang: Lang,
) -> Vec<(&'static str, String)> {
    let jp: f64 = form.value("jp_diakui").parse().unwrap_or(0.0);
    if jp > 0.0 && !completed(form) {
        return vec![("jp_diakui", tx::JP_WITHOUT_COMPLETION.get(lang).to_string())];
    }
    if training_jp.is_some_and(|max| jp > max) {
        return vec![("jp_diakui", tx::JP_ABOVE_TRAINING.get(lang).to_string())];
    }
    Vec::new()
}

/// The participant kind, registered in `kind::kinds`.
pub struct EnrollmentKind;
pub static KIND: EnrollmentKind = EnrollmentKind;
static DB: DbOps = DbOps::record::<EnrollmentInput>();

impl RecordForm for EnrollmentKind {
    fn name(&self) -> &'static str {
        "peserta_pelatihan"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        if target.is_new() {
            tx::title_new(lang, subject)
        } else {
            tx::title_edit(lang, subject)
        }
    }
    fn new_defaults(&self, form: &mut Form, _today: chrono::NaiveDate) {
        form.set_value("status", EnrollmentStatus::Terdaftar.code());
        form.set_value("sumber_usulan", ProposalSource::Opd.code());
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(e) = values.get::<EnrollmentInput>() {
            fill(form, e, &picked(picks, "pegawai_id"));
        }
    }
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values> {
        let training = target
            .owner
            .or_else(|| form.value("pelatihan_id").parse().ok())?;
        to_input(form, training).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        let jp = target.context::<TrainingContext>().map(|c| c.jp);
        cross_check(form, jp, ctx.lang)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &KEEP_ON_NEW
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("pegawai_id").to_string()
    }
    /// Passing credits the training's JP (until the user types another);
    /// a status that is no completion takes a filled-in JP back.
    fn on_change(&self, screen: &mut super::FormScreen, key: &'static str) {
        if key != "status" {
            return;
        }
        let free =
            screen.form.value("jp_diakui").is_empty() || screen.prefilled.contains("jp_diakui");
        if !free {
            return;
        }
        let jp = screen.target.context::<TrainingContext>().map(|c| c.jp);
        match jp.filter(|_| completed(&screen.form)) {
            Some(jp) => {
                screen.form.set_value("jp_diakui", &number_text(jp));
                screen.prefilled.insert("jp_diakui");
            }
            None if screen.prefilled.contains("jp_diakui") => {
                screen.form.set_value("jp_diakui", "");
                screen.prefilled.remove("jp_diakui");
            }
            None => {}
        }
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Participants
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<EnrollmentInput>()
            .filter(|_| key == "pegawai_id")
            .map(|e| e.pegawai_id)
    }
}
