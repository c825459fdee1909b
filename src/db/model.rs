//! Read models: what the db layer hands to the TUI and the exports. Dates are
//! ISO strings as stored (`YYYY-MM-DD`); the UI formats them for people.

use crate::domain::enums::*;
use crate::domain::sym::Sym;
use crate::domain::thin::ThinStr;
use chrono::NaiveDate;

/// Settings stored in `pengaturan`.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// `menit_per_jp`
    pub minutes_per_jp: u32,
    /// `target_jp_tahunan`: the yearly target of a kind of ASN whose own
    /// key is missing or unreadable.
    pub target_jp: f64,
    /// The yearly target per kind of ASN (`target_jp_pns`, `target_jp_cpns`,
    /// `target_jp_pppk`, `target_jp_pppk_paruh_waktu`); every list, detail,
    /// monitoring figure and `rekap-jp` row uses the person's own.
    pub jp_targets: crate::domain::jp::JpTargets,
    /// `hari_peringatan_perjanjian`
    pub warn_days: i64,
    /// `bulan_peringatan_pensiun`: how many months ahead the list of those
    /// retiring soon looks.
    pub retirement_months: u32,
    /// `hari_tanpa_logbook`: a running internship without a logbook entry
    /// for more days than this stands out in Monitoring.
    pub logbook_days: i64,
    /// `bulan_tindak_lanjut`: a completed participation is due for its
    /// post-training follow-up this many months after the training ended.
    pub follow_up_months: u32,
    /// `tanggal_acuan`: the seed's reference date; a seeded (demo) database is
    /// shown as of this date so its statuses stay meaningful.
    pub reference_date: Option<NaiveDate>,
}

impl Settings {
    /// "Today" for computed statuses: the reference date when the database has
    /// one, otherwise the real date.
    pub fn today(&self, real_today: NaiveDate) -> NaiveDate {
        self.reference_date.unwrap_or(real_today)
    }
}

/// A person's NIP and name in one allocation behind one pointer, as long
/// lists keep them.
#[derive(Clone, PartialEq, Eq)]
pub struct NipName(ThinStr);

/// Between NIP and name (never in a NIP: digits only).
const NIP_END: char = '\u{1f}';

impl NipName {
    pub fn new(nip: &str, name: &str) -> NipName {
        NipName(ThinStr::new(&format!("{nip}{NIP_END}{name}")))
    }

    pub fn nip(&self) -> &str {
        let text = self.0.as_str();
        text.split_once(NIP_END).map_or(text, |(nip, _)| nip)
    }

    pub fn name(&self) -> &str {
        self.0
            .as_str()
            .split_once(NIP_END)
            .map_or("", |(_, name)| name)
    }

    /// Both, as the `/` filter searches them.
    pub fn searched(&self) -> &str {
        self.0.as_str()
    }
}

impl std::fmt::Debug for NipName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} {:?}", self.nip(), self.name())
    }
}

/// One line of the employee list. A province's list holds 100,000 of
/// them, so a row is kept small (48 bytes and one allocation): NIP and name
/// share one text behind one pointer, the texts that repeat are [`Sym`]s, a change ahead of its
/// date (rare) is boxed.
#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeRow {
    pub id: i64,
    pub person: NipName,
    pub golongan: Sym,
    pub position: Sym,
    /// Short unit name (singkatan, or the name when there is none).
    pub unit: Sym,
    /// JP credited in the year asked for.
    pub jp_year: f64,
    /// Status in effect on the reference date.
    pub status: EmployeeStatus,
    pub asn_kind: AsnKind,
    /// A change recorded ahead of its date (e.g. a pension by an SK issued
    /// before it takes effect); the employee keeps `status` until then.
    pub scheduled: Option<Box<ScheduledStatus>>,
}

impl EmployeeRow {
    /// A row with this NIP and name; the other fields start empty (no
    /// golongan, position or unit, 0 JP, active PNS, nothing scheduled).
    pub fn new(id: i64, nip: &str, name: &str) -> EmployeeRow {
        EmployeeRow {
            id,
            person: NipName::new(nip, name),
            golongan: Sym::default(),
            position: Sym::default(),
            unit: Sym::default(),
            jp_year: 0.0,
            status: EmployeeStatus::Aktif,
            asn_kind: AsnKind::Pns,
            scheduled: None,
        }
    }

    pub fn nip(&self) -> &str {
        self.person.nip()
    }

    /// Name with degrees, e.g. "Dr. Rahmi Safitri, S.E., M.Si."
    pub fn name(&self) -> &str {
        self.person.name()
    }
}

/// A status change dated after the reference date: recorded, not yet in effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledStatus {
    pub status: EmployeeStatus,
    /// ISO date it takes effect.
    pub date: String,
}

/// Everything the employee detail view shows.
#[derive(Debug, Clone, PartialEq)]
pub struct EmployeeDetail {
    pub id: i64,
    pub nip: String,
    pub nik: Option<String>,
    /// Name with degrees.
    pub name: String,
    pub gender: Gender,
    pub birth_place: String,
    pub birth_date: String,
    pub asn_kind: AsnKind,
    pub golongan: Option<String>,
    /// Pangkat of a PNS golongan ("" for PPPK).
    pub pangkat: String,
    /// Since when the employee holds the golongan (ISO date), if recorded.
    pub tmt_golongan: Option<String>,
    pub education: Option<Education>,
    pub study_program: String,
    pub position_kind: PositionKind,
    pub jf_level: Option<JfLevel>,
    pub position: String,
    /// Full unit name.
    pub unit: String,
    pub tmt_appointment: Option<String>,
    pub tmt_position: Option<String>,
    /// Status in effect on the reference date.
    pub status: EmployeeStatus,
    /// A change recorded ahead of its date, not yet in effect.
    pub scheduled: Option<ScheduledStatus>,
    pub email: String,
    pub phone: String,
    pub version: i64,
    /// Standard vs latest actual level, one row per competency that has either.
    pub competencies: Vec<CompetencyGap>,
    /// Every enrollment, newest first.
    pub trainings: Vec<TrainingHistoryRow>,
    /// Σ JP credited per calendar year (of the training's end date), newest first.
    pub jp_per_year: Vec<(i32, f64)>,
    /// Evaluations, newest first.
    pub evaluations: Vec<EvaluationBrief>,
    /// Interns this employee mentors in the field.
    pub interns: Vec<InternBrief>,
    /// Every competency assessment, newest first (the latest per competency counts).
    pub assessments: Vec<AssessmentBrief>,
    /// Status changes, newest first (kept: leaving the service is history).
    pub status_history: Vec<crate::db::employees_write::StatusHistoryRow>,
}

/// Standard vs actual for one competency of one employee.
#[derive(Debug, Clone, PartialEq)]
pub struct CompetencyGap {
    pub code: String,
    pub name: String,
    pub kind: CompetencyKind,
    /// Required level for the employee's position (None: no standard set).
    pub standard: Option<u8>,
    /// Latest assessed level (None: never assessed).
    pub actual: Option<u8>,
    pub assessed_on: Option<String>,
}

impl CompetencyGap {
    /// standard − actual when both are known (positive = below standard).
    pub fn gap(&self) -> Option<i32> {
        Some(self.standard? as i32 - self.actual? as i32)
    }
}

/// One competency assessment in the detail's history.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentBrief {
    pub date: String,
    pub code: String,
    pub name: String,
    pub level: u8,
    pub method: AssessmentMethod,
    pub assessor: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrainingHistoryRow {
    pub code: String,
    pub name: String,
    pub start: String,
    pub end: String,
    pub jp: f64,
    pub status: EnrollmentStatus,
    pub jp_credited: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationBrief {
    pub year: i32,
    pub period_kind: PeriodKind,
    pub period_no: u32,
    pub work_result: Rating,
    pub behaviour: Rating,
    pub predicate: Predicate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InternBrief {
    pub nim: String,
    pub name: String,
    /// The campus as named when the internship started (short name).
    pub partner: String,
    pub start: String,
    pub end: String,
    pub status: InternStatus,
    /// Running on the reference date: BERJALAN, or DITERIMA from its start.
    pub current: bool,
}

/// One line of the training catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainingRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub kind: TrainingType,
    pub form: TrainingForm,
    pub organizer: String,
    pub jp: f64,
    pub start: String,
    pub end: String,
    pub status: TrainingStatus,
    /// Enrollments of any status.
    pub participants: i64,
    /// Enrollments with completed participation (LULUS/SELESAI).
    pub completed: i64,
    pub version: i64,
}

/// One participant of a training.
#[derive(Debug, Clone, PartialEq)]
pub struct ParticipantRow {
    /// The enrollment (peserta_pelatihan) row and its version.
    pub id: i64,
    pub version: i64,
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub unit: String,
    pub status: EnrollmentStatus,
    pub jp_credited: f64,
    pub score: Option<f64>,
    pub certificate: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PartnerRow {
    pub id: i64,
    pub name: String,
    pub short: String,
    pub kind: PartnerKind,
    pub contact: String,
    pub phone: String,
    pub agreements: i64,
    pub interns: i64,
    pub version: i64,
}

/// An agreement; its validity status is computed by `domain::agreement`.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRow {
    pub id: i64,
    pub number: String,
    pub partner: String,
    pub doc: AgreementDoc,
    /// The MoU a PKS falls under.
    pub parent_number: Option<String>,
    pub about: String,
    pub start: String,
    pub end: String,
    pub lifecycle: AgreementLifecycle,
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct InternshipRow {
    pub id: i64,
    pub nim: String,
    pub name: String,
    pub partner: String,
    pub study_program: String,
    pub unit: String,
    /// The host unit's id.
    pub unit_id: i64,
    pub mentor_nip: Option<String>,
    pub mentor_name: Option<String>,
    pub start: String,
    pub end: String,
    pub status: InternStatus,
    pub scheme: InternScheme,
    pub version: i64,
}

/// An evaluation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodRef {
    pub year: i32,
    pub kind: PeriodKind,
    pub no: u32,
}

/// One evaluation of the period shown.
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluationRow {
    /// The evaluation's id and version.
    pub id: i64,
    pub version: i64,
    pub employee_id: i64,
    pub person: NipName,
    pub unit: Sym,
    pub work_result: Rating,
    pub behaviour: Rating,
    pub predicate: Predicate,
}

/// 20-JP compliance of one unit (employees in service only).
#[derive(Debug, Clone, PartialEq)]
pub struct UnitCompliance {
    /// The unit's id (`Enter` lists its employees in tab 1).
    pub unit_id: i64,
    pub unit: String,
    pub employees: i64,
    /// JP ≥ target.
    pub met: i64,
    /// 0 < JP < target.
    pub partial: i64,
    /// No JP at all.
    pub zero: i64,
}

/// `rekap-jp` export row.
#[derive(Debug, Clone, PartialEq)]
pub struct JpSummaryRow {
    pub nip: String,
    pub name: String,
    /// Full unit name (unit_kerja.nama).
    pub unit: String,
    pub year: i32,
    pub jp: f64,
    pub target: f64,
    pub shortfall: f64,
}

/// `kesenjangan` export row (competencies below standard or unassessed).
#[derive(Debug, Clone, PartialEq)]
pub struct GapRow {
    pub nip: String,
    pub name: String,
    /// Full unit name (unit_kerja.nama).
    pub unit: String,
    /// Competency code (kompetensi.kode).
    pub competency: String,
    /// Competency name (kompetensi.nama).
    pub competency_name: String,
    pub standard: u8,
    pub actual: Option<u8>,
    pub gap: i32,
}

/// An agreement in full, for its detail in tab 3 (issue 9 item 1).
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementDetail {
    pub row: AgreementRow,
    /// The partner's name as on the signing date (IAIN Lhokseumawe before
    /// May 2025), in full.
    pub partner_full: String,
    pub partner_number: String,
    pub scope: String,
    pub signed: Option<String>,
    pub signer_city: String,
    pub signer_partner: String,
    /// The unit that carries it out (short name).
    pub unit: Option<String>,
    pub note: String,
    /// The agreement this one renews (number).
    pub renews: Option<String>,
    /// The agreement that renews this one (number).
    pub renewed_by: Option<String>,
    /// The PKS under an MoU, by start date.
    pub pks: Vec<AgreementRow>,
    /// Internships that run under it, newest first.
    pub interns: Vec<InternshipRow>,
}

/// A partner in full, for its detail in tab 3: its record, the names it
/// had before, its agreements and the internships of its students.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerDetail {
    pub row: PartnerRow,
    pub address: String,
    pub email: String,
    pub note: String,
    /// Former names (name, held until the day before this date), oldest first.
    pub former: Vec<(String, String)>,
    /// Its agreements, each MoU followed by its PKS (the list's order).
    pub agreements: Vec<AgreementRow>,
    /// Its students' internships, newest start first.
    pub interns: Vec<InternshipRow>,
}

/// One logbook entry of an internship.
#[derive(Debug, Clone, PartialEq)]
pub struct LogbookRow {
    pub id: i64,
    pub version: i64,
    pub date: String,
    pub activity: String,
    pub output: String,
    pub remark: String,
}

/// The final evaluations of an internship.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackRow {
    pub id: i64,
    pub version: i64,
    pub date: String,
    pub score: Option<f64>,
    pub mentor_remarks: String,
    pub worked: String,
    pub suggestion: String,
}

/// An internship in full, for its detail in tab 3 (issue 9 items 2–3).
#[derive(Debug, Clone, PartialEq)]
pub struct InternDetail {
    pub row: InternshipRow,
    pub gender: Gender,
    pub level: StudyLevel,
    pub semester: Option<i64>,
    pub agreement: Option<String>,
    pub supervisor: String,
    pub request_letter: String,
    pub request_date: Option<String>,
    pub reply_letter: String,
    pub reply_date: Option<String>,
    pub score: Option<f64>,
    pub done_letter: String,
    /// Entries, oldest first (the order they were written in).
    pub logbook: Vec<LogbookRow>,
    pub feedback: Option<FeedbackRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A province's lists hold 100,000 of these: every 8 bytes is 0.8 MB a
    /// session, a hundred sessions on one server.
    #[test]
    fn the_rows_of_long_lists_stay_small() {
        assert_eq!(std::mem::size_of::<EmployeeRow>(), 48);
        assert_eq!(std::mem::size_of::<EvaluationRow>(), 40);
        let p = NipName::new("199001012015031001", "Cut Nyak Dhien, S.Pd.");
        assert_eq!(p.nip(), "199001012015031001");
        assert_eq!(p.name(), "Cut Nyak Dhien, S.Pd.");
        assert_eq!(
            p.searched(),
            "199001012015031001\u{1f}Cut Nyak Dhien, S.Pd."
        );
    }
}
