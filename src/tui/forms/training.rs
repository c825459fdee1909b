//! A training of the catalogue (issue 8 item 1): code (made when left
//! empty), name, kind (domain.md §2.3 plus Latsar, PKP, PKA, PKN), path, form,
//! competency group, organiser, JP, dates, place or online, quota, cost,
//! funding, status, and up to three target competencies with the level each
//! aims at. A training with participants is cancelled (status batal), never
//! deleted.

use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, number_text, options, picked,
};
use crate::db::trainings::{TrainingInput, TrainingTarget};
use crate::db::write::{Actor, WriteError};
use crate::domain::dates::parse_iso;
use crate::domain::enums::*;
use crate::i18n::Lang;
use crate::i18n::labels::Label;
use crate::i18n::training_form as tx;
use crate::tui::widgets::form::{FieldSpec, Form, KeyFilter, LookupSource};

/// How many target competencies the form offers.
pub const TARGETS: usize = 3;
const TARGET_KEYS: [&str; TARGETS] = ["kompetensi_1", "kompetensi_2", "kompetensi_3"];
const LEVEL_KEYS: [&str; TARGETS] = ["level_1", "level_2", "level_3"];

/// What a series of trainings in one programme shares.
pub const KEEP_ON_NEW: [&str; 9] = [
    "jenis",
    "jalur",
    "bentuk",
    "kelompok_kompetensi",
    "penyelenggara",
    "lokasi",
    "daring",
    "sumber_dana",
    "status",
];

/// The fields, in entry order (keys are the `pelatihan` columns, then the
/// targets).
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    let mut out = vec![
        FieldSpec::text("nama", l(tx::TF_NAME), 150).required(),
        FieldSpec::choice("jenis", l(tx::TF_KIND), options::<TrainingType>(lang)).required(),
        FieldSpec::text("kode", l(tx::TF_CODE), 30)
            .filter(KeyFilter::NoSpaces)
            .help(l(tx::TH_CODE)),
        FieldSpec::date("tanggal_mulai", l(tx::TF_START)).required(),
        FieldSpec::date("tanggal_selesai", l(tx::TF_END)).required(),
        FieldSpec::decimal("jumlah_jp", l(tx::TF_JP), 0.25, 2000.0)
            .required()
            .help(l(tx::TH_JP)),
        FieldSpec::number("kuota", l(tx::TF_QUOTA), 1, 10_000).help(l(tx::TH_QUOTA)),
        FieldSpec::choice("status", l(tx::TF_STATUS), options::<TrainingStatus>(lang))
            .required()
            .help(l(tx::TH_STATUS)),
        FieldSpec::choice("jalur", l(tx::TF_PATH), options::<TrainingPath>(lang)).required(),
        FieldSpec::choice("bentuk", l(tx::TF_FORM), options::<TrainingForm>(lang)).required(),
        FieldSpec::choice(
            "kelompok_kompetensi",
            l(tx::TF_GROUP),
            options::<CompetencyGroup>(lang),
        )
        .required(),
        FieldSpec::text("penyelenggara", l(tx::TF_ORGANISER), 100).help(l(tx::TH_ORGANISER)),
        FieldSpec::text("lokasi", l(tx::TF_PLACE), 100),
        FieldSpec::yes_no("daring", l(tx::TF_ONLINE)),
        FieldSpec::number("biaya", l(tx::TF_COST), 0, 100_000_000_000),
        FieldSpec::choice(
            "sumber_dana",
            l(tx::TF_FUNDING),
            options::<FundingSource>(lang),
        )
        .required(),
    ];
    for n in 0..TARGETS {
        out.push(
            FieldSpec::lookup(
                TARGET_KEYS[n],
                tx::target_label(lang, n + 1),
                LookupSource::Competency,
            )
            .help(l(tx::TH_TARGET)),
        );
        out.push(
            FieldSpec::number(LEVEL_KEYS[n], tx::target_level_label(lang, n + 1), 1, 5)
                .help(l(tx::TH_LEVEL)),
        );
    }
    out
}

/// The competency group a kind of training belongs to, where it is plain.
pub fn group_of(kind: TrainingType) -> Option<CompetencyGroup> {
    use TrainingType as K;
    Some(match kind {
        K::Kepemimpinan | K::Manajerial | K::Latsar | K::Pkp | K::Pka | K::PknI | K::PknII => {
            CompetencyGroup::Manajerial
        }
        K::Teknis | K::Bimtek => CompetencyGroup::Teknis,
        K::Fungsional => CompetencyGroup::Fungsional,
        K::SosialKultural => CompetencyGroup::SosialKultural,
        _ => return None,
    })
}

/// Puts a stored training into the form; `picks` names its competencies.
pub fn fill(form: &mut Form, t: &TrainingInput, picks: &Picks) {
    form.set_value("kode", &t.kode);
    form.set_value("nama", &t.nama);
    form.set_value("jenis", &t.jenis);
    form.set_value("jalur", &t.jalur);
    form.set_value("bentuk", &t.bentuk);
    form.set_value("kelompok_kompetensi", &t.kelompok_kompetensi);
    form.set_value("penyelenggara", &t.penyelenggara);
    form.set_value("jumlah_jp", &number_text(t.jumlah_jp));
    form.set_value("tanggal_mulai", &t.tanggal_mulai);
    form.set_value("tanggal_selesai", &t.tanggal_selesai);
    form.set_value("lokasi", &t.lokasi);
    form.set_value("daring", if t.daring { "1" } else { "0" });
    form.set_value("kuota", &t.kuota.map(|q| q.to_string()).unwrap_or_default());
    form.set_value("biaya", &t.biaya.to_string());
    form.set_value("sumber_dana", &t.sumber_dana);
    form.set_value("status", &t.status);
    for n in 0..TARGETS {
        let item = t.targets.get(n).map(|target| {
            let label = picked(picks, TARGET_KEYS[n]);
            crate::tui::widgets::form::LookupItem {
                id: target.kompetensi_id,
                label,
                detail: String::new(),
            }
        });
        form.set_picked(TARGET_KEYS[n], item);
        let level = t.targets.get(n).and_then(|x| x.level);
        form.set_value(
            LEVEL_KEYS[n],
            &level.map(|l| l.to_string()).unwrap_or_default(),
        );
    }
}

/// The typed values as a db input (None while a number is unreadable).
pub fn to_input(form: &Form) -> Option<TrainingInput> {
    let v = |k: &str| form.value(k).to_string();
    let opt_num = |k: &str| -> Option<Option<i64>> {
        match form.value(k) {
            "" => Some(None),
            s => s.parse().ok().map(Some),
        }
    };
    let targets = (0..TARGETS)
        .filter_map(|n| {
            let id = form.value(TARGET_KEYS[n]).parse().ok()?;
            Some(TrainingTarget {
                kompetensi_id: id,
                level: form.value(LEVEL_KEYS[n]).parse().ok(),
            })
        })
        .collect();
    Some(TrainingInput {
        kode: v("kode"),
        nama: v("nama"),
        jalur: v("jalur"),
        bentuk: v("bentuk"),
        jenis: v("jenis"),
        kelompok_kompetensi: v("kelompok_kompetensi"),
        penyelenggara: v("penyelenggara"),
        jumlah_jp: form.value("jumlah_jp").parse().ok()?,
        tanggal_mulai: v("tanggal_mulai"),
        tanggal_selesai: v("tanggal_selesai"),
        lokasi: v("lokasi"),
        daring: form.value("daring") == "1",
        kuota: opt_num("kuota")?,
        biaya: opt_num("biaya")?.unwrap_or(0),
        sumber_dana: v("sumber_dana"),
        status: v("status"),
        targets,
    })
}

/// Cross-field rules (layer 3): the end is not before the start; a target
/// level needs its competency.
pub fn cross_check(form: &Form, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let (Some(start), Some(end)) = (
        parse_iso(form.value("tanggal_mulai")),
        parse_iso(form.value("tanggal_selesai")),
    ) && end < start
    {
        let show = crate::domain::dates::display;
        out.push((
            "tanggal_selesai",
            tx::end_before_start(lang, &show(start), &show(end)),
        ));
    }
    for n in 0..TARGETS {
        if !form.value(LEVEL_KEYS[n]).is_empty() && form.picked(TARGET_KEYS[n]).is_none() {
            out.push((
                LEVEL_KEYS[n],
                tx::LEVEL_WITHOUT_TARGET.get(lang).to_string(),
            ));
        }
    }
    out
}

/// Saves a training; an empty code becomes the next free `JENIS-YEAR-nn`.
fn save(
    conn: &rusqlite::Connection,
    target: &FormTarget,
    values: &Values,
    actor: &Actor,
) -> Result<i64, WriteError> {
    let Some(t) = values.get::<TrainingInput>() else {
        return Err(WriteError::Sqlite(
            "the training form gave other values".into(),
        ));
    };
    let mut t = t.clone();
    if t.kode.trim().is_empty() {
        let year = parse_iso(&t.tanggal_mulai).map_or(2000, |d| chrono::Datelike::year(&d));
        t.kode = crate::db::trainings::next_code(conn, &t.jenis, year)?;
    }
    (RECORD.save)(conn, target, &Values::new(t), actor)
}

static RECORD: DbOps = DbOps::record::<TrainingInput>();
static DB: DbOps = DbOps {
    save,
    delete: RECORD.delete,
    load: RECORD.load,
    template: None,
};

/// The training kind, registered in `kind::kinds`.
pub struct TrainingKind;
pub static KIND: TrainingKind = TrainingKind;

impl RecordForm for TrainingKind {
    fn name(&self) -> &'static str {
        "pelatihan"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_TRAINING, tx::FORM_EDIT_TRAINING)
    }
    fn new_defaults(&self, form: &mut Form, _today: chrono::NaiveDate) {
        form.set_value("status", TrainingStatus::Rencana.code());
        form.set_value("jalur", TrainingPath::Pelatihan.code());
        form.set_value("bentuk", TrainingForm::Klasikal.code());
        form.set_value("sumber_dana", FundingSource::Apbk.code());
        form.set_value("penyelenggara", "BKPSDM");
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(t) = values.get::<TrainingInput>() {
            fill(form, t, picks);
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
    /// The kind fills the competency group it belongs to (leadership
    /// trainings and Latsar are managerial, bimtek technical…) until the
    /// user chooses one.
    fn on_change(&self, screen: &mut super::FormScreen, key: &'static str) {
        if key != "jenis" {
            return;
        }
        let free = screen.form.value("kelompok_kompetensi").is_empty()
            || screen.prefilled.contains("kelompok_kompetensi");
        if let Some(group) = TrainingType::from_code(screen.form.value("jenis")).and_then(group_of)
            && free
        {
            screen.form.set_value("kelompok_kompetensi", group.code());
            screen.prefilled.insert("kelompok_kompetensi");
        }
    }
    fn db_error_field(&self, e: &WriteError) -> Option<&'static str> {
        match e.column()? {
            "kode" => Some("kode"),
            "kuota" => Some("kuota"),
            "jumlah_jp" => Some("jumlah_jp"),
            "tanggal_selesai" | "tanggal_mulai" => Some("tanggal_selesai"),
            "kompetensi_1" | "kompetensi_id" => Some("kompetensi_1"),
            "status_pelatihan" => Some("status"),
            col => specs(Lang::Id)
                .into_iter()
                .map(|s| s.key)
                .find(|k| *k == col),
        }
    }
    /// Set finished: first count the participants still without a result.
    fn confirm_read(&self, screen: &super::FormScreen) -> Option<crate::tui::app::Request> {
        let id = screen.target.id?;
        (screen.form.value("status") == TrainingStatus::Selesai.code())
            .then_some(crate::tui::app::Request::OpenResults(id))
    }
    fn confirm_question(
        &self,
        _screen: &super::FormScreen,
        answer: &crate::tui::app::Loaded,
        lang: Lang,
    ) -> Option<String> {
        match answer {
            crate::tui::app::Loaded::OpenResults(n) if *n > 0 => Some(tx::open_results(lang, *n)),
            _ => None,
        }
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Trainings
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        let n = TARGET_KEYS.iter().position(|k| *k == key)?;
        values
            .get::<TrainingInput>()
            .and_then(|t| t.targets.get(n))
            .map(|t| t.kompetensi_id)
    }
}
