//! A student internship (issue 9 item 2): the student, campus, the agreement
//! it runs under, host unit, field mentor (the lookup shows how many interns
//! each mentors now), academic supervisor, letters, period, status, final
//! score and completion letter. Save-and-new keeps campus, agreement, host
//! unit, mentor, period, scheme and status, so a group of students from one
//! campus goes in fast: only the student's own fields are typed again.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, number_text, opt_id, options,
    picked_item,
};
use crate::db::internships::InternshipInput;
use crate::domain::dates::{display, parse_iso};
use crate::domain::enums::{Gender, InternScheme, InternStatus, StudyLevel};
use crate::i18n::Lang;
use crate::i18n::intern_forms as tx;
use crate::i18n::labels::Label;
use crate::tui::widgets::form::{FieldSpec, Form, LookupSource};

/// What a group of students from one campus shares.
pub const KEEP_ON_NEW: [&str; 9] = [
    "mitra_id",
    "kerja_sama_id",
    "unit_kerja_id",
    "pembimbing_lapangan_id",
    "tanggal_mulai",
    "tanggal_selesai",
    "skema",
    "status",
    "jenjang",
];

/// The fields, in entry order: the student's own first (typed for each of
/// a group), then what a group shares, then letters and the result.
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::text("nama", l(tx::IF_NAME), 120).required(),
        FieldSpec::text("nim", l(tx::IF_NIM), 30)
            .required()
            .help(l(tx::IH_NIM)),
        FieldSpec::choice("jenis_kelamin", l(tx::IF_SEX), options::<Gender>(lang)).required(),
        FieldSpec::text("program_studi", l(tx::IF_PROGRAMME), 100),
        FieldSpec::choice("jenjang", l(tx::IF_LEVEL), options::<StudyLevel>(lang)).required(),
        FieldSpec::number("semester", l(tx::IF_SEMESTER), 1, 14),
        FieldSpec::lookup("mitra_id", l(tx::IF_CAMPUS), LookupSource::Partner)
            .required()
            .help(l(tx::IH_CAMPUS)),
        FieldSpec::lookup(
            "kerja_sama_id",
            l(tx::IF_AGREEMENT),
            LookupSource::Agreement,
        )
        .help(l(tx::IH_AGREEMENT)),
        FieldSpec::choice("skema", l(tx::IF_SCHEME), options::<InternScheme>(lang)).required(),
        FieldSpec::lookup("unit_kerja_id", l(tx::IF_UNIT), LookupSource::Unit).required(),
        FieldSpec::lookup(
            "pembimbing_lapangan_id",
            l(tx::IF_MENTOR),
            LookupSource::Mentor,
        )
        .help(l(tx::IH_MENTOR)),
        FieldSpec::date("tanggal_mulai", l(tx::IF_START)).required(),
        FieldSpec::date("tanggal_selesai", l(tx::IF_END)).required(),
        FieldSpec::choice("status", l(tx::IF_STATUS), options::<InternStatus>(lang))
            .required()
            .help(l(tx::IH_STATUS)),
        FieldSpec::text("dosen_pembimbing", l(tx::IF_SUPERVISOR), 120),
        FieldSpec::text("nomor_surat_permohonan", l(tx::IF_REQUEST_NO), 80),
        FieldSpec::date("tanggal_surat", l(tx::IF_REQUEST_DATE)),
        FieldSpec::text("nomor_surat_balasan", l(tx::IF_REPLY_NO), 80),
        FieldSpec::date("tanggal_surat_balasan", l(tx::IF_REPLY_DATE)),
        FieldSpec::decimal("nilai_akhir", l(tx::IF_SCORE), 0.0, 100.0),
        FieldSpec::text("nomor_surat_keterangan", l(tx::IF_DONE_LETTER), 80),
    ]
}

const LOOKUP_KEYS: [&str; 4] = [
    "mitra_id",
    "kerja_sama_id",
    "unit_kerja_id",
    "pembimbing_lapangan_id",
];

/// Puts a stored internship into the form; `picks` names its lookups.
pub fn fill(form: &mut Form, g: &InternshipInput, picks: &Picks) {
    form.set_value("nama", &g.nama);
    form.set_value("nim", &g.nim);
    form.set_value("jenis_kelamin", &g.jenis_kelamin);
    form.set_value("program_studi", &g.program_studi);
    form.set_value("jenjang", &g.jenjang);
    form.set_value(
        "semester",
        &g.semester.map(|s| s.to_string()).unwrap_or_default(),
    );
    form.set_picked("mitra_id", picked_item(picks, "mitra_id", Some(g.mitra_id)));
    form.set_picked(
        "kerja_sama_id",
        picked_item(picks, "kerja_sama_id", g.kerja_sama_id),
    );
    form.set_value("skema", &g.skema);
    form.set_picked(
        "unit_kerja_id",
        picked_item(picks, "unit_kerja_id", Some(g.unit_kerja_id)),
    );
    form.set_picked(
        "pembimbing_lapangan_id",
        picked_item(picks, "pembimbing_lapangan_id", g.pembimbing_lapangan_id),
    );
    form.set_value("tanggal_mulai", &g.tanggal_mulai);
    form.set_value("tanggal_selesai", &g.tanggal_selesai);
    form.set_value("status", &g.status);
    form.set_value("dosen_pembimbing", &g.dosen_pembimbing);
    form.set_value("nomor_surat_permohonan", &g.nomor_surat_permohonan);
    form.set_value("tanggal_surat", g.tanggal_surat.as_deref().unwrap_or(""));
    form.set_value("nomor_surat_balasan", &g.nomor_surat_balasan);
    form.set_value(
        "tanggal_surat_balasan",
        g.tanggal_surat_balasan.as_deref().unwrap_or(""),
    );
    form.set_value(
        "nilai_akhir",
        &g.nilai_akhir.map(number_text).unwrap_or_default(),
    );
    form.set_value("nomor_surat_keterangan", &g.nomor_surat_keterangan);
}

fn opt_date(form: &Form, key: &str) -> Option<String> {
    Some(form.value(key).to_string()).filter(|s| !s.is_empty())
}

/// The typed values as a db input (None while a required lookup is not
/// picked or a number is unreadable).
pub fn to_input(form: &Form) -> Option<InternshipInput> {
    let v = |k: &str| form.value(k).to_string();
    let semester = match form.value("semester") {
        "" => None,
        s => Some(s.parse().ok()?),
    };
    let nilai_akhir = match form.value("nilai_akhir") {
        "" => None,
        s => Some(s.parse().ok()?),
    };
    Some(InternshipInput {
        mitra_id: form.value("mitra_id").parse().ok()?,
        kerja_sama_id: opt_id(form, "kerja_sama_id")?,
        nama: v("nama"),
        nim: v("nim"),
        jenis_kelamin: v("jenis_kelamin"),
        program_studi: v("program_studi"),
        jenjang: v("jenjang"),
        semester,
        skema: v("skema"),
        unit_kerja_id: form.value("unit_kerja_id").parse().ok()?,
        pembimbing_lapangan_id: opt_id(form, "pembimbing_lapangan_id")?,
        dosen_pembimbing: v("dosen_pembimbing"),
        nomor_surat_permohonan: v("nomor_surat_permohonan"),
        tanggal_surat: opt_date(form, "tanggal_surat"),
        nomor_surat_balasan: v("nomor_surat_balasan"),
        tanggal_surat_balasan: opt_date(form, "tanggal_surat_balasan"),
        tanggal_mulai: v("tanggal_mulai"),
        tanggal_selesai: v("tanggal_selesai"),
        status: v("status"),
        nilai_akhir,
        nomor_surat_keterangan: v("nomor_surat_keterangan"),
    })
}

/// Cross-field rules (layer 3): the end not before the start (both dates in
/// the message), the reply not before the request, a final score only for
/// a finished internship.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let (Some(start), Some(end)) = (
        parse_iso(form.value("tanggal_mulai")),
        parse_iso(form.value("tanggal_selesai")),
    ) && end < start
    {
        out.push((
            "tanggal_selesai",
            tx::intern_end_before_start(lang, &display(start), &display(end)),
        ));
    }
    if let (Some(request), Some(reply)) = (
        parse_iso(form.value("tanggal_surat")),
        parse_iso(form.value("tanggal_surat_balasan")),
    ) && reply < request
    {
        out.push((
            "tanggal_surat_balasan",
            tx::REPLY_BEFORE_REQUEST.get(lang).to_string(),
        ));
    }
    if !form.value("nilai_akhir").is_empty() && form.value("status") != InternStatus::Selesai.code()
    {
        out.push(("nilai_akhir", tx::SCORE_BEFORE_END.get(lang).to_string()));
    }
    out
}

/// The internship kind, registered in `kind::kinds`.
pub struct InternshipForm;
pub static KIND: InternshipForm = InternshipForm;
static DB: DbOps = DbOps::record::<InternshipInput>();

impl RecordForm for InternshipForm {
    fn name(&self) -> &'static str {
        "magang"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_INTERN, tx::FORM_EDIT_INTERN)
    }
    fn new_defaults(&self, form: &mut Form, _today: chrono::NaiveDate) {
        form.set_value("status", InternStatus::Diajukan.code());
        form.set_value("skema", InternScheme::Pkl.code());
        form.set_value("jenjang", StudyLevel::S1.code());
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(g) = values.get::<InternshipInput>() {
            fill(form, g, picks);
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
        Home::Internships
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        let g = values.get::<InternshipInput>()?;
        match key {
            "mitra_id" => Some(g.mitra_id),
            "kerja_sama_id" => g.kerja_sama_id,
            "unit_kerja_id" => Some(g.unit_kerja_id),
            "pembimbing_lapangan_id" => g.pembimbing_lapangan_id,
            _ => None,
        }
        .filter(|_| LOOKUP_KEYS.contains(&key))
    }
}
