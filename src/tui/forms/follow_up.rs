//! A post-training follow-up (issue 10 item 4), entered from tab 4's queue
//! of participations due: the Kirkpatrick level, respondent, score 1–5,
//! findings and recommendation, and optionally a proposed level of a
//! competency (the training's target by default) — stored as an assessment
//! whose source is the follow-up, so the gap table moves. The participation
//! is the target's owner.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, options, picked,
};
use crate::db::follow_ups::{FollowUpInput, months_between};
use crate::domain::dates::{display, parse_iso};
use crate::domain::enums::{KirkpatrickLevel, Respondent};
use crate::i18n::Lang;
use crate::i18n::evaluation_form as tx;
use crate::tui::widgets::form::{FieldSpec, Form, LookupItem, LookupSource};
use chrono::NaiveDate;

/// What the form knows about the participation.
#[derive(Debug, Clone, PartialEq)]
pub struct FollowUpContext {
    /// The training's end.
    pub ended: NaiveDate,
    /// The training's first target competency, proposed by default.
    pub competency: Option<(i64, String)>,
}

pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::date("tanggal", l(tx::FF_DATE)).required(),
        FieldSpec::choice(
            "level_kirkpatrick",
            l(tx::FF_LEVEL),
            options::<KirkpatrickLevel>(lang),
        )
        .required()
        .help(l(tx::FH_LEVEL)),
        FieldSpec::choice(
            "responden",
            l(tx::FF_RESPONDENT),
            options::<Respondent>(lang),
        )
        .required(),
        FieldSpec::number("skor", l(tx::FF_SCORE), 1, 5).required(),
        FieldSpec::multi_line("temuan", l(tx::FF_FINDINGS), 1000),
        FieldSpec::multi_line("rekomendasi", l(tx::FF_RECOMMENDATION), 1000),
        FieldSpec::lookup(
            "kompetensi_id",
            l(tx::FF_COMPETENCY),
            LookupSource::Competency,
        )
        .help(l(tx::FH_COMPETENCY)),
        FieldSpec::number("level", l(tx::FF_PROPOSED), 1, 5),
    ]
}

/// The follow-up kind, registered in `kind::kinds`.
pub struct FollowUpForm;
pub static KIND: FollowUpForm = FollowUpForm;
static DB: DbOps = DbOps::record::<FollowUpInput>();

impl RecordForm for FollowUpForm {
    fn name(&self) -> &'static str {
        "monitoring_pasca_pelatihan"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn title(&self, lang: Lang, _target: &FormTarget, subject: &str) -> String {
        tx::follow_up_title(lang, subject)
    }
    fn save_and_new(&self) -> bool {
        false
    }
    fn new_defaults(&self, form: &mut Form, today: NaiveDate) {
        form.set_value("tanggal", &crate::domain::dates::iso(today));
        form.set_value("level_kirkpatrick", KirkpatrickLevel::Perilaku.as_code());
        form.set_value("responden", Respondent::Atasan.as_code());
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        let Some(f) = values.get::<FollowUpInput>() else {
            return;
        };
        form.set_value("tanggal", &f.tanggal);
        form.set_value("level_kirkpatrick", &f.level_kirkpatrick);
        form.set_value("responden", &f.responden);
        form.set_value("skor", &f.skor.to_string());
        form.set_value("temuan", &f.temuan);
        form.set_value("rekomendasi", &f.rekomendasi);
        form.set_picked(
            "kompetensi_id",
            f.kompetensi_id.map(|id| LookupItem {
                id,
                label: picked(picks, "kompetensi_id"),
                detail: String::new(),
            }),
        );
        form.set_value("level", &f.level.map(|l| l.to_string()).unwrap_or_default());
    }
    fn read(&self, form: &Form, target: &FormTarget) -> Option<Values> {
        let tanggal = form.value("tanggal").to_string();
        let bulan_ke = match (target.context::<FollowUpContext>(), parse_iso(&tanggal)) {
            (Some(c), Some(d)) => months_between(c.ended, d),
            _ => 0,
        };
        let opt = |k: &str| -> Option<Option<i64>> {
            match form.value(k) {
                "" => Some(None),
                v => v.parse().ok().map(Some),
            }
        };
        Some(Values::new(FollowUpInput {
            peserta_pelatihan_id: target.owner?,
            tanggal,
            bulan_ke,
            level_kirkpatrick: form.value("level_kirkpatrick").to_string(),
            responden: form.value("responden").to_string(),
            skor: form.value("skor").parse().ok()?,
            temuan: form.value("temuan").to_string(),
            rekomendasi: form.value("rekomendasi").to_string(),
            kompetensi_id: opt("kompetensi_id")?,
            level: opt("level")?,
        }))
    }
    fn cross_check(
        &self,
        form: &Form,
        target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let (Some(c), Some(d)) = (
            target.context::<FollowUpContext>(),
            parse_iso(form.value("tanggal")),
        ) && d < c.ended
        {
            out.push((
                "tanggal",
                tx::follow_up_before_end(ctx.lang, &display(c.ended)),
            ));
        }
        match (
            form.value("kompetensi_id").is_empty(),
            form.value("level").is_empty(),
        ) {
            (true, false) => out.push((
                "kompetensi_id",
                tx::LEVEL_WITHOUT_COMPETENCY.get(ctx.lang).to_string(),
            )),
            (false, true) => out.push((
                "level",
                tx::COMPETENCY_WITHOUT_LEVEL.get(ctx.lang).to_string(),
            )),
            _ => {}
        }
        out
    }
    fn saved_name(&self, form: &Form) -> String {
        form.display("tanggal").to_string()
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Evaluations
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<FollowUpInput>()
            .filter(|_| key == "kompetensi_id")
            .and_then(|f| f.kompetensi_id)
    }
}
