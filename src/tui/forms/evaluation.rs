//! A performance evaluation (issue 10 items 1 and 3): employee, period, the
//! two ratings with the predicate shown live under them (never typed), the
//! appraising official and their superior (filled from the unit's structure
//! when left empty), constructive feedback as structure — what was observed,
//! its effect, the next step, the date agreed, with templates to start from
//! and a warning (no block) when the next step is empty — notes, and a note
//! per BerAKHLAK value.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, opt_id, options, picked_item,
};
use crate::db::evaluations_write::EvaluationInput;
use crate::db::write::{Actor, WriteError};
use crate::domain::enums::{CoreValue, PeriodKind, Rating};
use crate::domain::predicate::predicate;
use crate::i18n::Lang;
use crate::i18n::evaluation_form as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupSource};

/// The keys of the BerAKHLAK note fields, in `CoreValue::ALL` order.
pub const VALUE_KEYS: [&str; 7] = [
    "berakhlak_pelayanan",
    "berakhlak_akuntabel",
    "berakhlak_kompeten",
    "berakhlak_harmonis",
    "berakhlak_loyal",
    "berakhlak_adaptif",
    "berakhlak_kolaboratif",
];

/// What a series of evaluations (one unit, one period) shares.
const KEEP_ON_NEW: [&str; 5] = [
    "tahun",
    "jenis_periode",
    "periode_ke",
    "pejabat_penilai_id",
    "atasan_penilai_id",
];

const FEEDBACK: [&str; 3] = ["umpan_balik", "umpan_balik_dampak", "umpan_balik_langkah"];

/// The fields, in entry order (keys are the `evaluasi_kinerja` columns, the
/// template and the BerAKHLAK notes).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    let templates: Vec<(String, String)> = tx::TEMPLATES
        .iter()
        .enumerate()
        .map(|(i, t)| (i.to_string(), t.name.to_string()))
        .collect();
    let mut out = vec![
        FieldSpec::lookup("pegawai_id", l(tx::EF_EMPLOYEE), LookupSource::Employee).required(),
        FieldSpec::number("tahun", l(tx::EF_YEAR), 2000, 2100).required(),
        FieldSpec::choice("jenis_periode", l(tx::EF_KIND), options::<PeriodKind>(lang)).required(),
        FieldSpec::number("periode_ke", l(tx::EF_NO), 1, 12)
            .required()
            .help(l(tx::EH_NO)),
        FieldSpec::choice(
            "rating_hasil_kerja",
            l(tx::EF_WORK),
            options::<Rating>(lang),
        )
        .required()
        .help(l(tx::EH_RATING)),
        FieldSpec::choice(
            "rating_perilaku",
            l(tx::EF_BEHAVIOUR),
            options::<Rating>(lang),
        )
        .required()
        .help(l(tx::EH_RATING)),
        FieldSpec::lookup(
            "pejabat_penilai_id",
            l(tx::EF_APPRAISER),
            LookupSource::Employee,
        )
        .help(l(tx::EH_APPRAISER)),
        FieldSpec::lookup(
            "atasan_penilai_id",
            l(tx::EF_SUPERIOR),
            LookupSource::Employee,
        )
        .help(l(tx::EH_APPRAISER)),
        FieldSpec::choice("templat", l(tx::EF_TEMPLATE), templates).help(l(tx::EH_TEMPLATE)),
        FieldSpec::multi_line("umpan_balik", l(tx::EF_OBSERVED), 1000),
        FieldSpec::multi_line("umpan_balik_dampak", l(tx::EF_EFFECT), 1000),
        FieldSpec::multi_line("umpan_balik_langkah", l(tx::EF_NEXT), 1000),
        FieldSpec::date("umpan_balik_tanggal", l(tx::EF_AGREED)),
        FieldSpec::multi_line("catatan", l(tx::EF_NOTE), 1000),
    ];
    for (key, value) in VALUE_KEYS.iter().zip(CoreValue::ALL) {
        let name = value.label(lang);
        out.push(FieldSpec::multi_line(key, name, 500).help(tx::value_help(lang, name)));
    }
    out
}

/// The predicate the ratings give, under the behaviour rating; the warning
/// under the next step when feedback has none.
fn notes(form: &mut Form) {
    let lang = form.lang();
    let shown = match (
        Rating::from_code(form.value("rating_hasil_kerja")),
        Rating::from_code(form.value("rating_perilaku")),
    ) {
        (Some(w), Some(b)) => Some(tx::predicate_note(lang, predicate(w, b).label(lang))),
        _ => None,
    };
    form.set_note("rating_perilaku", shown);
    let feedback_given =
        !form.value("umpan_balik").is_empty() || !form.value("umpan_balik_dampak").is_empty();
    let warn = feedback_given && form.value("umpan_balik_langkah").is_empty();
    form.set_note(
        "umpan_balik_langkah",
        warn.then(|| tx::NEXT_STEP_EMPTY.get(lang).to_string()),
    );
}

/// Puts a stored (or prefilled) evaluation into the form.
pub fn fill(form: &mut Form, e: &EvaluationInput, picks: &Picks) {
    form.set_picked(
        "pegawai_id",
        picked_item(picks, "pegawai_id", Some(e.pegawai_id)),
    );
    form.set_value("tahun", &e.tahun.to_string());
    form.set_value("jenis_periode", &e.jenis_periode);
    form.set_value("periode_ke", &e.periode_ke.to_string());
    form.set_value("rating_hasil_kerja", &e.rating_hasil_kerja);
    form.set_value("rating_perilaku", &e.rating_perilaku);
    form.set_picked(
        "pejabat_penilai_id",
        picked_item(picks, "pejabat_penilai_id", e.pejabat_penilai_id),
    );
    form.set_picked(
        "atasan_penilai_id",
        picked_item(picks, "atasan_penilai_id", e.atasan_penilai_id),
    );
    form.set_value("umpan_balik", &e.umpan_balik);
    form.set_value("umpan_balik_dampak", &e.umpan_balik_dampak);
    form.set_value("umpan_balik_langkah", &e.umpan_balik_langkah);
    form.set_value(
        "umpan_balik_tanggal",
        e.umpan_balik_tanggal.as_deref().unwrap_or(""),
    );
    form.set_value("catatan", &e.catatan);
    for (key, value) in VALUE_KEYS.iter().zip(CoreValue::ALL) {
        let note = e
            .berakhlak
            .iter()
            .find(|(v, _)| v == value.as_code())
            .map_or("", |(_, n)| n.as_str());
        form.set_value(key, note);
    }
    notes(form);
}

/// The typed values as a db input (None while the employee is not picked).
pub fn to_input(form: &Form) -> Option<EvaluationInput> {
    let v = |k: &str| form.value(k).to_string();
    Some(EvaluationInput {
        pegawai_id: form.value("pegawai_id").parse().ok()?,
        tahun: form.value("tahun").parse().ok()?,
        jenis_periode: v("jenis_periode"),
        periode_ke: form.value("periode_ke").parse().ok()?,
        rating_hasil_kerja: v("rating_hasil_kerja"),
        rating_perilaku: v("rating_perilaku"),
        pejabat_penilai_id: opt_id(form, "pejabat_penilai_id")?,
        atasan_penilai_id: opt_id(form, "atasan_penilai_id")?,
        catatan: v("catatan"),
        umpan_balik: v("umpan_balik"),
        umpan_balik_dampak: v("umpan_balik_dampak"),
        umpan_balik_langkah: v("umpan_balik_langkah"),
        umpan_balik_tanggal: Some(v("umpan_balik_tanggal")).filter(|s| !s.is_empty()),
        berakhlak: VALUE_KEYS
            .iter()
            .zip(CoreValue::ALL)
            .filter(|(k, _)| !form.value(k).is_empty())
            .map(|(k, c)| (c.as_code().to_string(), form.value(k).to_string()))
            .collect(),
    })
}

/// Cross-field rules (layer 3): the period number fits its kind; nobody
/// appraises themself.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let (Some(kind), Ok(no)) = (
        PeriodKind::from_code(form.value("jenis_periode")),
        form.value("periode_ke").parse::<u32>(),
    ) && (no == 0 || no > kind.periods_per_year())
    {
        out.push(("periode_ke", tx::NO_FOR_KIND.get(lang).to_string()));
    }
    let employee = form.value("pegawai_id");
    for key in ["pejabat_penilai_id", "atasan_penilai_id"] {
        if !employee.is_empty() && form.value(key) == employee {
            out.push((key, tx::SELF_APPRAISER.get(lang).to_string()));
        }
    }
    out
}

/// Saves an evaluation; empty appraisers are filled from the unit's
/// structure (`db::evaluations_write::appraisers`).
fn save(
    conn: &rusqlite::Connection,
    target: &FormTarget,
    values: &Values,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let Some(e) = values.get::<EvaluationInput>() else {
        return Err(WriteError::Sqlite(
            "the evaluation form gave other values".into(),
        ));
    };
    let mut e = e.clone();
    if e.pejabat_penilai_id.is_none() || e.atasan_penilai_id.is_none() {
        let (penilai, atasan) = crate::db::evaluations_write::appraisers(conn, e.pegawai_id)?;
        e.pejabat_penilai_id = e.pejabat_penilai_id.or(penilai);
        e.atasan_penilai_id = e.atasan_penilai_id.or(atasan);
    }
    (RECORD.save)(conn, target, &Values::new(e), actor)
}

/// The evaluation kind, registered in `kind::kinds`.
pub struct EvaluationForm;
pub static KIND: EvaluationForm = EvaluationForm;
static RECORD: DbOps = DbOps::record::<EvaluationInput>();
static DB: DbOps = DbOps {
    save,
    delete: RECORD.delete,
    load: RECORD.load,
    template: None,
};

impl RecordForm for EvaluationForm {
    fn name(&self) -> &'static str {
        "evaluasi_kinerja"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_EVAL, tx::FORM_EDIT_EVAL)
    }
    fn title(&self, lang: Lang, target: &FormTarget, subject: &str) -> String {
        let (new, edit) = self.titles();
        let t = if target.is_new() { new } else { edit }.get(lang);
        if subject.is_empty() {
            t.to_string()
        } else {
            format!("{t} · {subject}")
        }
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(e) = values.get::<EvaluationInput>() {
            fill(form, e, picks);
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
        form.display("pegawai_id").to_string()
    }
    fn new_defaults(&self, form: &mut Form, today: chrono::NaiveDate) {
        let (year, no) = crate::domain::period::due(today, PeriodKind::Triwulan);
        form.set_value("tahun", &year.to_string());
        form.set_value("jenis_periode", PeriodKind::Triwulan.code());
        form.set_value("periode_ke", &no.to_string());
    }
    /// A template starts the feedback (fields still empty or filled by an
    /// earlier template); the notes follow every change.
    fn on_change(&self, screen: &mut super::FormScreen, key: &'static str) {
        if key == "templat"
            && let Some(t) = screen
                .form
                .value("templat")
                .parse::<usize>()
                .ok()
                .and_then(|i| tx::TEMPLATES.get(i))
        {
            for (k, text) in FEEDBACK.into_iter().zip([t.observed, t.effect, t.next]) {
                if screen.form.value(k).is_empty() || screen.prefilled.contains(k) {
                    screen.form.set_value(k, text);
                    screen.prefilled.insert(k);
                }
            }
        }
        notes(&mut screen.form);
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Evaluations
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        let e = values.get::<EvaluationInput>()?;
        match key {
            "pegawai_id" => Some(e.pegawai_id),
            "pejabat_penilai_id" => e.pejabat_penilai_id,
            "atasan_penilai_id" => e.atasan_penilai_id,
            _ => None,
        }
    }
}
