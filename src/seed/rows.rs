//! The generated rows, one struct per table, with the ids the seeder assigns.
//! `crate::db::seed_store` writes them; nothing here knows SQL.

use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct Setting {
    pub key: &'static str,
    pub value: String,
    pub note: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kecamatan {
    pub code: &'static str,
    pub name: &'static str,
    pub assumed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub short: String,
    pub kind: &'static str,
    pub parent_id: Option<i64>,
    pub order: i64,
    pub assumed: bool,
    /// `kapasitas_magang`: the most interns the unit hosts at once.
    pub capacity: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Employee {
    pub id: i64,
    pub nip: String,
    pub nik: Option<String>,
    pub name: String,
    pub title_front: String,
    pub title_back: String,
    pub gender: &'static str,
    pub birth_place: &'static str,
    pub birth_date: NaiveDate,
    pub asn_kind: &'static str,
    pub golongan: Option<&'static str>,
    pub tmt_golongan: Option<NaiveDate>,
    pub education: &'static str,
    pub study_program: &'static str,
    pub position_kind: &'static str,
    pub jf_level: Option<&'static str>,
    pub position: String,
    pub unit_id: i64,
    pub tmt_appointment: NaiveDate,
    pub tmt_position: Option<NaiveDate>,
    pub status: &'static str,
    pub status_date: Option<NaiveDate>,
    pub phone: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Competency {
    pub id: i64,
    pub code: String,
    pub name: &'static str,
    pub kind: &'static str,
    pub definition: String,
    pub assumed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CompetencyLevel {
    pub competency_id: i64,
    pub level: i64,
    pub description: String,
    pub assumed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Standard {
    pub id: i64,
    pub position_kind: &'static str,
    pub jf_level: &'static str,
    pub position: String,
    pub competency_id: i64,
    pub level: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub id: i64,
    pub employee_id: i64,
    pub competency_id: i64,
    pub level: i64,
    pub date: NaiveDate,
    pub method: &'static str,
    pub assessor: String,
    pub note: String,
    /// The post-training follow-up that proposed this level (`monitoring_id`).
    pub follow_up_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Training {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub path: &'static str,
    pub form: &'static str,
    pub kind: &'static str,
    pub group: &'static str,
    pub organiser: &'static str,
    pub jp: f64,
    /// `durasi_menit`: an activity measured in minutes.
    pub minutes: Option<u32>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub place: &'static str,
    pub online: bool,
    pub quota: Option<i64>,
    pub cost: i64,
    pub funding: &'static str,
    pub status: &'static str,
    pub partner_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrainingCompetency {
    pub training_id: i64,
    pub competency_id: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Enrollment {
    pub id: i64,
    pub training_id: i64,
    pub employee_id: i64,
    pub source: &'static str,
    pub status: &'static str,
    pub score: Option<f64>,
    pub certificate_no: String,
    pub certificate_date: Option<NaiveDate>,
    pub jp_credited: f64,
    pub verified_by: String,
    pub verified_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub id: i64,
    pub year: i32,
    pub employee_id: i64,
    pub competency_id: i64,
    pub gap: i64,
    pub proposal: &'static str,
    /// JP the line plans.
    pub jp: f64,
    pub priority: &'static str,
    pub status: &'static str,
    pub training_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    pub id: i64,
    pub employee_id: i64,
    pub year: i32,
    pub period_kind: &'static str,
    pub period: i64,
    pub work_result: &'static str,
    pub behaviour: &'static str,
    pub predicate: &'static str,
    pub appraiser_id: Option<i64>,
    pub appraiser_superior_id: Option<i64>,
    pub note: &'static str,
    /// Constructive feedback in its parts: what was observed (`umpan_balik`),
    /// its effect, the next step and the date agreed for it.
    pub feedback: &'static str,
    pub effect: &'static str,
    pub next_step: &'static str,
    pub agreed: Option<NaiveDate>,
}

/// The organisation predicate of a top-level unit for one period
/// (`predikat_organisasi`).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitPredicate {
    pub unit_id: i64,
    pub year: i32,
    pub period_kind: &'static str,
    pub period: i64,
    pub predicate: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FollowUp {
    pub id: i64,
    pub enrollment_id: i64,
    pub date: NaiveDate,
    pub month: i64,
    pub level: &'static str,
    pub respondent: &'static str,
    pub score: i64,
    pub finding: &'static str,
    pub recommendation: &'static str,
    pub evaluation_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    pub id: i64,
    pub name: &'static str,
    pub short: &'static str,
    pub kind: &'static str,
    pub address: &'static str,
    pub contact: String,
    pub phone: String,
    pub email: String,
    pub fictional: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    pub id: i64,
    pub partner_id: i64,
    pub doc: &'static str,
    pub parent_id: Option<i64>,
    pub number_city: String,
    pub number_partner: String,
    pub about: String,
    pub scope: &'static str,
    pub signed: NaiveDate,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub signer_city: &'static str,
    pub signer_partner: String,
    pub unit_id: Option<i64>,
    pub lifecycle: &'static str,
    /// The agreement this one renews (`diperpanjang_dari_id`).
    pub renews: Option<i64>,
    pub note: String,
}

/// A name a partner had before its present one (`mitra_nama_lama`), held
/// until the day before `until`.
#[derive(Debug, Clone, PartialEq)]
pub struct FormerName {
    pub partner_id: i64,
    pub name: &'static str,
    pub short: &'static str,
    pub until: NaiveDate,
}

/// A weekly logbook entry of an intern (`logbook_magang`).
#[derive(Debug, Clone, PartialEq)]
pub struct LogbookEntry {
    pub id: i64,
    pub intern_id: i64,
    pub date: NaiveDate,
    pub activity: &'static str,
    pub output: &'static str,
    pub remark: &'static str,
}

/// The two evaluations at the end of an internship (`umpan_balik_magang`).
#[derive(Debug, Clone, PartialEq)]
pub struct InternFeedback {
    pub id: i64,
    pub intern_id: i64,
    pub date: NaiveDate,
    pub score: Option<f64>,
    pub mentor_note: &'static str,
    pub worked: &'static str,
    pub suggestion: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Intern {
    pub id: i64,
    pub partner_id: i64,
    pub agreement_id: Option<i64>,
    pub name: String,
    pub nim: String,
    pub gender: &'static str,
    pub study_program: &'static str,
    pub level: &'static str,
    pub semester: i64,
    pub scheme: &'static str,
    pub unit_id: i64,
    pub mentor_id: Option<i64>,
    pub lecturer: String,
    pub request_no: String,
    pub request_date: NaiveDate,
    pub reply_no: String,
    pub reply_date: Option<NaiveDate>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub status: &'static str,
    pub score: Option<f64>,
    pub completion_no: String,
}

/// Everything one `peka seed` run writes, in insertion order per table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SeedData {
    pub settings: Vec<Setting>,
    pub kecamatan: Vec<Kecamatan>,
    pub units: Vec<Unit>,
    pub partners: Vec<Partner>,
    pub employees: Vec<Employee>,
    pub competencies: Vec<Competency>,
    pub levels: Vec<CompetencyLevel>,
    pub standards: Vec<Standard>,
    pub assessments: Vec<Assessment>,
    pub trainings: Vec<Training>,
    pub training_competencies: Vec<TrainingCompetency>,
    pub enrollments: Vec<Enrollment>,
    pub evaluations: Vec<Evaluation>,
    pub unit_predicates: Vec<UnitPredicate>,
    pub follow_ups: Vec<FollowUp>,
    pub plans: Vec<Plan>,
    pub agreements: Vec<Agreement>,
    pub interns: Vec<Intern>,
    pub former_names: Vec<FormerName>,
    pub logbook: Vec<LogbookEntry>,
    pub feedback: Vec<InternFeedback>,
}
