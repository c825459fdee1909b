//! Whole-record rules: what `peka check` (and an import) verifies on each
//! stored row, as pure functions over plain records. Records carry the stored
//! text as is, so a value written by another tool (an unknown code, a malformed
//! date) is reported instead of failing the read. The sentences shown to people
//! are `crate::i18n::errors::problem`.

use super::dates::parse_iso;
use super::enums::*;
use super::golongan::{is_valid_golongan, jf_level_matches};
use super::level::Level;
use super::nik::{NikError, parse_nik};
use super::nip::{MIN_AGE, NipError, parse_identity};
use super::predicate::predicate;
use chrono::{Datelike, Months, NaiveDate};
use std::collections::HashMap;

/// One broken rule on one record.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A code column holds a value outside its list.
    BadCode { column: &'static str, value: String },
    /// A date column does not hold an ISO date `YYYY-MM-DD`.
    BadDate { column: &'static str, value: String },
    /// The NIP / NI PPPK itself is invalid for the kind of ASN.
    Nip { kind: AsnKind, error: NipError },
    /// The birth date encoded in the NIP differs from `tanggal_lahir`.
    NipBirthMismatch {
        in_nip: NaiveDate,
        stored: NaiveDate,
    },
    /// The gender digit of the NIP differs from `jenis_kelamin`.
    NipGenderMismatch { in_nip: Gender, stored: Gender },
    /// The NIK itself is invalid.
    Nik(NikError),
    /// The birth date encoded in the NIK differs from `tanggal_lahir`.
    NikBirthMismatch { stored: NaiveDate },
    /// The sex encoded in the NIK day differs from `jenis_kelamin`.
    NikGenderMismatch { in_nik: Gender, stored: Gender },
    /// The golongan is not in the domain of the kind of ASN.
    GolonganNotForKind { golongan: String, kind: AsnKind },
    /// A PNS or CPNS without a golongan.
    GolonganMissing { kind: AsnKind },
    /// The TMT pengangkatan of a PNS/CPNS is not in the year and month that
    /// NIP digits 9–14 (TMT CPNS) give.
    TmtNipMismatch {
        nip_year: i32,
        nip_month: u32,
        stored: NaiveDate,
    },
    /// The jenjang JF does not fit the kind of position.
    JfLevelMismatch {
        position: PositionKind,
        level: Option<JfLevel>,
    },
    /// A working-life date falls before the person turned 17.
    DateBeforeAdult {
        column: &'static str,
        date: NaiveDate,
        birth_date: NaiveDate,
    },
    /// An end date before its start date.
    EndBeforeStart { start: NaiveDate, end: NaiveDate },
    /// A level or score outside 1–5.
    LevelOutOfRange { column: &'static str, value: i64 },
    /// A number that must be positive is not.
    NotPositive { column: &'static str, value: f64 },
    /// A number that must be zero or more is negative (or not a number).
    Negative { column: &'static str, value: f64 },
    /// `periode_ke` outside 1..=periods per year of its kind.
    PeriodOutOfRange { kind: PeriodKind, number: i64 },
    /// The stored predicate is not the one the 3×3 table gives.
    PredicateMismatch { stored: String, expected: Predicate },
    /// JP credited for a participation that was not completed.
    JpWithoutCompletion { status: EnrollmentStatus, jp: f64 },
    /// More JP credited than the training has.
    JpAboveTraining { jp: f64, training_jp: f64 },
    /// JP credited in a training that never ran (RENCANA, PENDAFTARAN or
    /// BATAL).
    JpTrainingNotHeld { status: TrainingStatus, jp: f64 },
    /// JP credited in a training that ends after the reference date.
    JpTrainingNotEnded { end: NaiveDate, jp: f64 },
    /// The field mentor does not exist.
    MentorMissing { id: i64 },
    /// The field mentor works outside the host unit.
    MentorOtherUnit { mentor_nip: String },
    /// The internship's agreement does not exist.
    AgreementMissing { id: i64 },
    /// The internship's agreement is with another partner than the campus.
    AgreementOtherPartner { number: String },
    /// The parent of a PKS does not exist.
    ParentMissing { id: i64 },
    /// The parent of a PKS is not an MoU.
    ParentNotMou { number: String },
    /// The parent MoU of a PKS is with another partner.
    ParentOtherPartner { number: String },
    /// An MoU that names a parent document.
    MouWithParent,
    /// A PKS runs outside the dates of its MoU.
    PksOutsideMou {
        number: String,
        start: String,
        end: String,
    },
    /// An internship runs outside the dates of its agreement.
    InternOutsideAgreement {
        number: String,
        start: String,
        end: String,
    },
    /// The unit's chain of parent units loops back on itself.
    UnitCycle,
    /// A required setting is missing.
    SettingMissing { key: &'static str },
    /// A setting that must be a positive number is not.
    SettingNotPositive { key: String, value: String },
    /// A setting that must be a whole number ≥ 0 is not.
    SettingNotCount { key: String, value: String },
    /// A yearly JP target of a kind of ASN that is not a number ≥ 0.
    SettingNotTarget { key: String, value: String },
    /// A setting that must be an ISO date is not.
    SettingBadDate { key: String, value: String },
    /// `pegawai.status` / `tanggal_status` are not the latest change of the
    /// status history (the stored status is the latest recorded change, even
    /// one dated ahead; only an edit outside PEKA makes them differ).
    StatusNotLatest {
        stored: String,
        stored_date: Option<String>,
        latest: String,
        latest_date: String,
    },
    /// A death recorded with a date after the reference date.
    DeathAhead { date: NaiveDate, today: NaiveDate },
    /// Employees in service hold a kind of position (and jenjang) for which
    /// `batas_usia_pensiun` gives no retirement age.
    NoRetirementAge { employees: usize },
    /// `penilaian_terakhir` (kept by triggers) does not hold the latest
    /// assessment of the history for this employee and competency, or holds
    /// a pair the history does not have.
    LatestAssessmentStale,
    /// `pelatihan_jumlah` (kept by triggers) does not hold this training's
    /// number of participants and of completions as the enrolments give them.
    TrainingCountsStale,
}

/// A character of an academic degree or title (`Drs.`, `S.E., M.Si.`):
/// letters of any script, dots, commas and spaces — no digits, no emoji.
pub fn is_degree_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '.' | ',' | ' ')
}

/// An employee row, as stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EmployeeRecord {
    pub nip: String,
    pub nik: Option<String>,
    pub gender: String,
    pub birth_date: String,
    pub asn_kind: String,
    pub golongan: Option<String>,
    pub position_kind: String,
    pub jf_level: Option<String>,
    pub tmt_appointment: Option<String>,
    pub tmt_golongan: Option<String>,
    pub tmt_position: Option<String>,
}

/// Every rule on one employee: NIP per kind and its agreement with birth date
/// and sex, NIK likewise, golongan domain, jenjang JF, working-life dates.
/// `today` is the reference date (setting `tanggal_acuan`, else the real date).
pub fn check_employee(e: &EmployeeRecord, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    let kind = code(&mut out, "jenis_asn", &e.asn_kind, AsnKind::from_code);
    let gender = code(&mut out, "jenis_kelamin", &e.gender, Gender::from_code);
    let birth = date(&mut out, "tanggal_lahir", &e.birth_date);
    if let Some(kind) = kind {
        match parse_identity(kind, &e.nip, today) {
            Err(error) => out.push(Problem::Nip { kind, error }),
            Ok(id) => {
                if let Some(stored) = birth.filter(|b| *b != id.birth_date) {
                    out.push(Problem::NipBirthMismatch {
                        in_nip: id.birth_date,
                        stored,
                    });
                }
                if let Some(stored) = gender.filter(|g| *g != id.gender) {
                    out.push(Problem::NipGenderMismatch {
                        in_nip: id.gender,
                        stored,
                    });
                }
            }
        }
    }
    if let Some(nik) = e.nik.as_deref() {
        match parse_nik(nik) {
            Err(err) => out.push(Problem::Nik(err)),
            Ok(info) => {
                if let Some(stored) = birth {
                    let same = super::nik::nik_matches(&info, stored, info.gender);
                    if !same {
                        out.push(Problem::NikBirthMismatch { stored });
                    }
                }
                if let Some(stored) = gender.filter(|g| *g != info.gender) {
                    out.push(Problem::NikGenderMismatch {
                        in_nik: info.gender,
                        stored,
                    });
                }
            }
        }
    }
    if let Some(kind) = kind
        && !kind.is_pppk()
    {
        if e.golongan.as_deref().is_none_or(|g| g.trim().is_empty()) {
            out.push(Problem::GolonganMissing { kind });
        }
        if let Some(tmt) = e.tmt_appointment.as_deref().and_then(parse_iso)
            && let Ok(id) = parse_identity(kind, &e.nip, today)
            && let Some(month) = id.start_month
            && (tmt.year(), tmt.month()) != (id.start_year, month)
        {
            out.push(Problem::TmtNipMismatch {
                nip_year: id.start_year,
                nip_month: month,
                stored: tmt,
            });
        }
    }
    if let (Some(kind), Some(gol)) = (kind, e.golongan.as_deref())
        && !is_valid_golongan(kind, gol)
    {
        out.push(Problem::GolonganNotForKind {
            golongan: gol.to_string(),
            kind,
        });
    }
    let position = code(
        &mut out,
        "jenis_jabatan",
        &e.position_kind,
        PositionKind::from_code,
    );
    let level = match e.jf_level.as_deref() {
        None => Some(None),
        Some(s) => code(&mut out, "jenjang_jf", s, JfLevel::from_code).map(Some),
    };
    if let (Some(position), Some(level)) = (position, level)
        && !jf_level_matches(position, level)
    {
        out.push(Problem::JfLevelMismatch { position, level });
    }
    let adult = birth.and_then(|b| b.checked_add_months(Months::new(MIN_AGE * 12)));
    for (column, value) in [
        ("tmt_pengangkatan", &e.tmt_appointment),
        ("tmt_golongan", &e.tmt_golongan),
        ("tmt_jabatan", &e.tmt_position),
    ] {
        let Some(value) = value.as_deref() else {
            continue;
        };
        if let (Some(d), Some(adult), Some(birth_date)) =
            (date(&mut out, column, value), adult, birth)
            && d < adult
        {
            out.push(Problem::DateBeforeAdult {
                column,
                date: d,
                birth_date,
            });
        }
    }
    out
}

/// A competency level or a 1–5 score.
pub fn check_level(column: &'static str, value: i64) -> Option<Problem> {
    Level::from_i64(value)
        .is_none()
        .then_some(Problem::LevelOutOfRange { column, value })
}

/// A start and end date pair (both ISO, named by their columns); an end
/// before the start is reported.
pub fn check_period(
    start_column: &'static str,
    start: &str,
    end_column: &'static str,
    end: &str,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let s = date(&mut out, start_column, start);
    let e = date(&mut out, end_column, end);
    if let (Some(start), Some(end)) = (s, e)
        && end < start
    {
        out.push(Problem::EndBeforeStart { start, end });
    }
    out
}

/// An evaluation row, as stored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvaluationRecord {
    pub period_kind: String,
    pub period_no: i64,
    pub work_result: String,
    pub behaviour: String,
    pub predicate: String,
}

/// Period number within its kind, and the predicate equal to the 3×3 table.
pub fn check_evaluation(r: &EvaluationRecord) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(kind) = code(
        &mut out,
        "jenis_periode",
        &r.period_kind,
        PeriodKind::from_code,
    ) && (r.period_no < 1 || r.period_no > i64::from(kind.periods_per_year()))
    {
        out.push(Problem::PeriodOutOfRange {
            kind,
            number: r.period_no,
        });
    }
    let work = code(
        &mut out,
        "rating_hasil_kerja",
        &r.work_result,
        Rating::from_code,
    );
    let behaviour = code(&mut out, "rating_perilaku", &r.behaviour, Rating::from_code);
    if let (Some(w), Some(b)) = (work, behaviour) {
        let expected = predicate(w, b);
        if Predicate::from_code(&r.predicate) != Some(expected) {
            out.push(Problem::PredicateMismatch {
                stored: r.predicate.clone(),
                expected,
            });
        }
    }
    out
}

/// The employee column a rule of [`check_employee`] points at (the form's
/// field, the import's column).
pub fn employee_column(p: &Problem) -> &'static str {
    match p {
        Problem::Nip { .. } => "nip",
        Problem::NipBirthMismatch { .. } => "tanggal_lahir",
        Problem::NipGenderMismatch { .. } => "jenis_kelamin",
        // The birth date comes from the NIP: a NIK that disagrees is the wrong one.
        Problem::Nik(_) | Problem::NikBirthMismatch { .. } | Problem::NikGenderMismatch { .. } => {
            "nik"
        }
        Problem::GolonganNotForKind { .. } | Problem::GolonganMissing { .. } => "golongan",
        Problem::TmtNipMismatch { .. } => "tmt_pengangkatan",
        Problem::JfLevelMismatch { .. } => "jenjang_jf",
        Problem::BadCode { column, .. } | Problem::BadDate { column, .. } => column,
        Problem::DateBeforeAdult { column, .. } => column,
        _ => "nip",
    }
}

/// An enrollment and what the JP rule needs of its training.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EnrollmentRecord {
    pub status: String,
    pub jp: f64,
    /// `jumlah_jp` of the training.
    pub training_jp: f64,
    /// `durasi_menit` of the training (an activity measured in minutes).
    pub training_minutes: Option<i64>,
    /// `status` of the training.
    pub training_status: String,
    /// `tanggal_selesai` of the training.
    pub training_end: String,
}

/// The JP rule on one participation (domain.md §2.1, `domain::jp`): JP
/// credited only for completed participation in a training that ran
/// (BERJALAN, SELESAI) and ended on or before `today` (the reference date),
/// and never more than the training has (its JP from its minutes by
/// `minutes_per_jp` when it is measured in minutes).
pub fn check_enrollment(
    r: &EnrollmentRecord,
    today: NaiveDate,
    minutes_per_jp: u32,
) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(status) = code(&mut out, "status", &r.status, EnrollmentStatus::from_code)
        && r.jp > 0.0
        && !status.is_completed()
    {
        out.push(Problem::JpWithoutCompletion { status, jp: r.jp });
    }
    if r.jp > 0.0 {
        // The training's own columns are checked on its row; only a readable
        // value says anything here.
        if let Some(status) = TrainingStatus::from_code(&r.training_status)
            && !super::jp::status_can_credit(status)
        {
            out.push(Problem::JpTrainingNotHeld { status, jp: r.jp });
        }
        if let Some(end) = parse_iso(&r.training_end)
            && end > today
        {
            out.push(Problem::JpTrainingNotEnded { end, jp: r.jp });
        }
    }
    let minutes = r.training_minutes.and_then(|m| u32::try_from(m).ok());
    let training_jp = super::jp::activity_jp(r.training_jp, minutes, minutes_per_jp);
    if r.jp.is_nan() || r.jp < 0.0 {
        out.push(Problem::Negative {
            column: "jp_diakui",
            value: r.jp,
        });
    } else if r.jp > training_jp + super::jp::JP_EPSILON {
        out.push(Problem::JpAboveTraining {
            jp: r.jp,
            training_jp,
        });
    }
    out
}

/// A training in the catalogue: positive JP and a sane period.
pub fn check_training(jp: f64, start: &str, end: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    if jp.is_nan() || jp <= 0.0 {
        out.push(Problem::NotPositive {
            column: "jumlah_jp",
            value: jp,
        });
    }
    out.extend(check_period("tanggal_mulai", start, "tanggal_selesai", end));
    out
}

/// The top-level unit of every unit (following `induk_id`), and the units
/// whose parent chain loops. A parent that does not exist ends the chain (the
/// foreign-key check reports it).
pub fn unit_roots(units: &[(i64, Option<i64>)]) -> (HashMap<i64, i64>, Vec<i64>) {
    let parent: HashMap<i64, Option<i64>> = units.iter().copied().collect();
    let mut roots = HashMap::new();
    let mut cyclic = Vec::new();
    for &(id, _) in units {
        let mut cur = id;
        let mut steps = 0;
        while let Some(Some(p)) = parent.get(&cur) {
            if !parent.contains_key(p) {
                break;
            }
            cur = *p;
            steps += 1;
            if steps > units.len() {
                break;
            }
        }
        if steps > units.len() {
            cyclic.push(id);
        } else {
            roots.insert(id, cur);
        }
    }
    (roots, cyclic)
}

/// A person linked from another row: their NIP and unit, or `None` when the
/// id points at nobody.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRef {
    pub id: i64,
    pub found: Option<(String, i64)>,
}

/// An agreement linked from another row: its number, document kind and
/// partner, or `None` when the id points at nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRef {
    pub id: i64,
    pub found: Option<(String, String, i64)>,
    /// Its start and end dates (ISO), when found.
    pub period: Option<(String, String)>,
}

/// A student internship, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct InternshipRecord {
    pub partner_id: i64,
    pub host_unit: i64,
    pub start: String,
    pub end: String,
    pub mentor: Option<PersonRef>,
    pub agreement: Option<AgreementRef>,
    /// The status code (a refused or cancelled request needs no agreement
    /// in force).
    pub status: String,
}

/// Period, mentor of the host unit (same top-level unit), agreement with the campus.
pub fn check_internship(r: &InternshipRecord, roots: &HashMap<i64, i64>) -> Vec<Problem> {
    let mut out = check_period("tanggal_mulai", &r.start, "tanggal_selesai", &r.end);
    if let Some(m) = &r.mentor {
        match &m.found {
            None => out.push(Problem::MentorMissing { id: m.id }),
            Some((nip, unit)) => {
                let root = |u: &i64| roots.get(u).copied().unwrap_or(*u);
                if root(unit) != root(&r.host_unit) {
                    out.push(Problem::MentorOtherUnit {
                        mentor_nip: nip.clone(),
                    });
                }
            }
        }
    }
    if let Some(a) = &r.agreement {
        match &a.found {
            None => out.push(Problem::AgreementMissing { id: a.id }),
            Some((number, _, partner)) if *partner != r.partner_id => {
                out.push(Problem::AgreementOtherPartner {
                    number: number.clone(),
                })
            }
            Some((number, _, _)) => {
                let held = !matches!(r.status.as_str(), "DITOLAK" | "BATAL");
                if let Some((start, end)) = a.period.as_ref().filter(|_| held)
                    && (r.start < *start || r.end > *end)
                {
                    out.push(Problem::InternOutsideAgreement {
                        number: number.clone(),
                        start: start.clone(),
                        end: end.clone(),
                    });
                }
            }
        }
    }
    out
}

/// An agreement (MoU or PKS), as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct AgreementRecord {
    pub doc: String,
    pub partner_id: i64,
    pub start: String,
    pub end: String,
    pub parent: Option<AgreementRef>,
}

/// Period; a PKS's parent is an MoU of the same partner; an MoU has no parent.
pub fn check_agreement(r: &AgreementRecord) -> Vec<Problem> {
    let mut out = check_period("tanggal_mulai", &r.start, "tanggal_berakhir", &r.end);
    let doc = code(&mut out, "jenis_dokumen", &r.doc, AgreementDoc::from_code);
    match (doc, &r.parent) {
        (Some(AgreementDoc::Mou), Some(_)) => out.push(Problem::MouWithParent),
        (Some(AgreementDoc::Pks), Some(p)) => match &p.found {
            None => out.push(Problem::ParentMissing { id: p.id }),
            Some((number, doc, _)) if doc != AgreementDoc::Mou.as_code() => {
                out.push(Problem::ParentNotMou {
                    number: number.clone(),
                })
            }
            Some((number, _, partner)) if *partner != r.partner_id => {
                out.push(Problem::ParentOtherPartner {
                    number: number.clone(),
                })
            }
            Some((number, _, _)) => {
                if let Some((start, end)) = &p.period
                    && (r.start < *start || r.end > *end)
                {
                    out.push(Problem::PksOutsideMou {
                        number: number.clone(),
                        start: start.clone(),
                        end: end.clone(),
                    });
                }
            }
        },
        _ => {}
    }
    out
}

/// Settings the application relies on: minutes per JP and the yearly target
/// (positive numbers), the target of each kind of ASN when present (a number
/// ≥ 0; a missing one follows `target_jp_tahunan`), the warning window (a
/// whole number ≥ 0) and, when present, the reference date. Returns `(key,
/// problem)` pairs.
pub fn check_settings(settings: &[(String, String)]) -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    let get = |k: &str| {
        settings
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.trim())
    };
    for key in ["menit_per_jp", "target_jp_tahunan"] {
        match get(key) {
            None => out.push((key.to_string(), Problem::SettingMissing { key })),
            Some(v) if !v.parse::<f64>().is_ok_and(|n| n.is_finite() && n > 0.0) => out.push((
                key.to_string(),
                Problem::SettingNotPositive {
                    key: key.to_string(),
                    value: v.to_string(),
                },
            )),
            Some(_) => {}
        }
    }
    for kind in AsnKind::ALL {
        let key = super::jp::target_key(*kind);
        if let Some(v) =
            get(key).filter(|v| !v.parse::<f64>().is_ok_and(|n| n.is_finite() && n >= 0.0))
        {
            out.push((
                key.to_string(),
                Problem::SettingNotTarget {
                    key: key.to_string(),
                    value: v.to_string(),
                },
            ));
        }
    }
    for key in [
        "hari_peringatan_perjanjian",
        "bulan_peringatan_pensiun",
        "hari_tanpa_logbook",
        "bulan_tindak_lanjut",
    ] {
        if let Some(v) = get(key).filter(|v| v.parse::<u32>().is_err()) {
            out.push((
                key.to_string(),
                Problem::SettingNotCount {
                    key: key.to_string(),
                    value: v.to_string(),
                },
            ));
        }
    }
    let key = "tanggal_acuan";
    if let Some(v) = get(key).filter(|v| parse_iso(v).is_none()) {
        out.push((
            key.to_string(),
            Problem::SettingBadDate {
                key: key.to_string(),
                value: v.to_string(),
            },
        ));
    }
    out
}

/// One employee's status as stored in `pegawai` with its history rows
/// (`riwayat_status`, in the order they were recorded), as stored text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatusHistoryRecord {
    pub birth_date: String,
    pub stored: String,
    pub stored_date: Option<String>,
    /// (tanggal_mulai, status) per history row.
    pub changes: Vec<(String, String)>,
}

/// Rules on an employee's status history: codes and dates readable, no
/// change before the employee turned 17, no death dated after `today` (the
/// reference date), and the stored status equal to the latest change (by
/// date, ties: the last recorded) — the rule reads use to know the status in
/// effect on any day. A change dated ahead is normal (scheduled); nothing
/// has to be applied when its day comes, so no "overdue" state exists.
pub fn check_status_history(r: &StatusHistoryRecord, today: NaiveDate) -> Vec<Problem> {
    let mut out = Vec::new();
    let birth = parse_iso(&r.birth_date);
    let adult = birth.and_then(|b| b.checked_add_months(Months::new(MIN_AGE * 12)));
    let mut latest: Option<(NaiveDate, usize)> = None;
    for (i, (date_text, status_text)) in r.changes.iter().enumerate() {
        let status = code(&mut out, "status", status_text, EmployeeStatus::from_code);
        let Some(d) = date(&mut out, "tanggal_mulai", date_text) else {
            continue;
        };
        if let (Some(a), Some(b)) = (adult, birth)
            && d < a
        {
            out.push(Problem::DateBeforeAdult {
                column: "tanggal_mulai",
                date: d,
                birth_date: b,
            });
        }
        if status == Some(EmployeeStatus::Meninggal) && d > today {
            out.push(Problem::DeathAhead { date: d, today });
        }
        if latest.is_none_or(|(ld, _)| d >= ld) {
            latest = Some((d, i));
        }
    }
    if let Some((_, i)) = latest {
        let (latest_date, latest_status) = &r.changes[i];
        let date_differs = r
            .stored_date
            .as_deref()
            .is_some_and(|sd| sd != latest_date.as_str());
        if r.stored != *latest_status || date_differs {
            out.push(Problem::StatusNotLatest {
                stored: r.stored.clone(),
                stored_date: r.stored_date.clone(),
                latest: latest_status.clone(),
                latest_date: latest_date.clone(),
            });
        }
    }
    out
}

/// `menit_per_jp` as `db::settings::load` reads it: a whole number above
/// zero, else the default (45).
pub fn minutes_per_jp(settings: &[(String, String)]) -> u32 {
    settings
        .iter()
        .find(|(k, _)| k == "menit_per_jp")
        .and_then(|(_, v)| v.trim().parse::<u32>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(super::jp::DEFAULT_MINUTES_PER_JP)
}

/// The reference date of a database: `tanggal_acuan` when it is a valid date.
pub fn reference_date(settings: &[(String, String)]) -> Option<NaiveDate> {
    settings
        .iter()
        .find(|(k, _)| k == "tanggal_acuan")
        .and_then(|(_, v)| parse_iso(v.trim()))
}

/// Parses a stored code, recording a `BadCode` problem when it is unknown.
fn code<T>(
    out: &mut Vec<Problem>,
    column: &'static str,
    value: &str,
    parse: fn(&str) -> Option<T>,
) -> Option<T> {
    let parsed = parse(value);
    if parsed.is_none() {
        out.push(Problem::BadCode {
            column,
            value: value.to_string(),
        });
    }
    parsed
}

/// Parses a stored ISO date, recording a `BadDate` problem when it is not one.
fn date(out: &mut Vec<Problem>, column: &'static str, value: &str) -> Option<NaiveDate> {
    let parsed = parse_iso(value);
    if parsed.is_none() {
        out.push(Problem::BadDate {
            column,
            value: value.to_string(),
        });
    }
    parsed
}
