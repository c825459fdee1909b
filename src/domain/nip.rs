//! NIP (PNS/CPNS, domain.md §4.1) and NI PPPK (§4.2): 18 digits each, with
//! different layouts. Spaces typed inside the number are accepted and removed.
//!
//! - NIP:     `YYYYMMDD YYYYMM G NNN` — birth date, TMT CPNS year-month, gender, sequence.
//! - NI PPPK: `YYYYMMDD YYYY CC G NNN` — birth date, year of first PPPK appointment,
//!   a 2-digit code (meaning disputed, never checked as a month), gender, sequence.
//!
//! Every function here is total: any input gives a value or an error, never a panic.

use super::enums::{AsnKind, Gender};
use chrono::{Datelike, Months, NaiveDate};

/// Number of digits of a NIP and of an NI PPPK.
pub const NIP_LEN: usize = 18;
/// Minimum age (years) at the TMT CPNS or the first PPPK appointment.
pub const MIN_AGE: u32 = 17;
/// The first PPPK appointments were made in 2019.
pub const FIRST_PPPK_YEAR: i32 = 2019;
/// Birth dates before this year are treated as typing errors.
pub const MIN_BIRTH_YEAR: i32 = 1900;

/// What is wrong with a typed NIP or NI PPPK. The sentence shown to people is
/// `crate::i18n::errors::nip_error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NipError {
    /// Nothing was typed.
    Empty,
    /// A character other than a digit or a space (the first one found).
    NotDigits { found: char },
    /// Not 18 digits.
    Length { found: usize },
    /// Digits 1–8 are not a real date `YYYYMMDD` (or the year is before 1900).
    BadBirthDate { digits: String },
    /// Digits 9–14 (NIP) are not a real year-month `YYYYMM`.
    BadTmt { digits: String },
    /// The TMT CPNS is before the person was 17.
    TmtBeforeAdult {
        tmt_year: i32,
        tmt_month: u32,
        birth_date: NaiveDate,
    },
    /// The TMT CPNS is after the current month.
    TmtInFuture { tmt_year: i32, tmt_month: u32 },
    /// Digits 9–12 (NI PPPK) are a year before the first PPPK appointments (2019).
    BadAppointmentYear { year: i32 },
    /// Digits 9–12 (NI PPPK) are a year after the current year.
    AppointmentInFuture { year: i32 },
    /// The appointment year (NI PPPK) is before the year the person turned 17.
    AppointmentBeforeAdult { year: i32, birth_date: NaiveDate },
    /// Digit 15 is neither 1 (male) nor 2 (female).
    BadGenderDigit { digit: char },
    /// Digits 16–18 are 000.
    BadSequence,
}

/// The parts of a valid PNS/CPNS NIP.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NipInfo {
    pub birth_date: NaiveDate,
    pub tmt_year: i32,
    pub tmt_month: u32,
    pub gender: Gender,
    pub sequence: u16,
}

/// The parts of a valid NI PPPK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NiPppkInfo {
    pub birth_date: NaiveDate,
    pub appointment_year: i32,
    /// Digits 13–14: a code whose meaning sources disagree on; not a month.
    pub code: u8,
    pub gender: Gender,
    pub sequence: u16,
}

/// What both layouts tell about the person, whatever the kind of ASN.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Identity {
    pub birth_date: NaiveDate,
    pub gender: Gender,
    pub sequence: u16,
    /// Year of the TMT CPNS (NIP) or of the first PPPK appointment (NI PPPK).
    pub start_year: i32,
    /// Month of the TMT CPNS; `None` for an NI PPPK (its layout has no month).
    pub start_month: Option<u32>,
}

impl From<NipInfo> for Identity {
    fn from(n: NipInfo) -> Identity {
        Identity {
            birth_date: n.birth_date,
            gender: n.gender,
            sequence: n.sequence,
            start_year: n.tmt_year,
            start_month: Some(n.tmt_month),
        }
    }
}

impl From<NiPppkInfo> for Identity {
    fn from(n: NiPppkInfo) -> Identity {
        Identity {
            birth_date: n.birth_date,
            gender: n.gender,
            sequence: n.sequence,
            start_year: n.appointment_year,
            start_month: None,
        }
    }
}

impl Identity {
    /// True when the number's birth date and gender digit agree with the
    /// stored birth date and sex.
    pub fn matches(&self, birth_date: NaiveDate, gender: Gender) -> bool {
        self.birth_date == birth_date && self.gender == gender
    }
}

/// Removes every whitespace character (spaces typed inside a NIP are accepted).
pub fn normalize(input: &str) -> String {
    input.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Parses a PNS/CPNS NIP, checking every part against `today`.
pub fn parse_nip(input: &str, today: NaiveDate) -> Result<NipInfo, NipError> {
    let d = digits18(input)?;
    let birth_date = birth_date(&d)?;
    let tmt_year = num(&d[8..12]) as i32;
    let tmt_month = num(&d[12..14]);
    if !(1..=12).contains(&tmt_month) || tmt_year < MIN_BIRTH_YEAR {
        return Err(NipError::BadTmt {
            digits: d[8..14].to_string(),
        });
    }
    let (adult_year, adult_month) = adult_year_month(birth_date);
    if (tmt_year, tmt_month) < (adult_year, adult_month) {
        return Err(NipError::TmtBeforeAdult {
            tmt_year,
            tmt_month,
            birth_date,
        });
    }
    if (tmt_year, tmt_month) > (today.year(), today.month()) {
        return Err(NipError::TmtInFuture {
            tmt_year,
            tmt_month,
        });
    }
    let (gender, sequence) = gender_and_sequence(&d)?;
    Ok(NipInfo {
        birth_date,
        tmt_year,
        tmt_month,
        gender,
        sequence,
    })
}

/// Parses an NI PPPK, checking every part against `today`. Digits 13–14 are
/// kept as a code and never checked as a month.
pub fn parse_ni_pppk(input: &str, today: NaiveDate) -> Result<NiPppkInfo, NipError> {
    let d = digits18(input)?;
    let birth_date = birth_date(&d)?;
    let year = num(&d[8..12]) as i32;
    if year < FIRST_PPPK_YEAR {
        return Err(NipError::BadAppointmentYear { year });
    }
    if year > today.year() {
        return Err(NipError::AppointmentInFuture { year });
    }
    if year < adult_year_month(birth_date).0 {
        return Err(NipError::AppointmentBeforeAdult { year, birth_date });
    }
    let code = num(&d[12..14]) as u8;
    let (gender, sequence) = gender_and_sequence(&d)?;
    Ok(NiPppkInfo {
        birth_date,
        appointment_year: year,
        code,
        gender,
        sequence,
    })
}

/// Parses the identity number of an ASN of `kind`: a NIP for PNS/CPNS, an NI
/// PPPK for PPPK (full and part time).
pub fn parse_identity(kind: AsnKind, input: &str, today: NaiveDate) -> Result<Identity, NipError> {
    if kind.is_pppk() {
        parse_ni_pppk(input, today).map(Identity::from)
    } else {
        parse_nip(input, today).map(Identity::from)
    }
}

/// What a partly typed NIP or NI PPPK already tells, for pre-filling a form:
/// the birth date once digits 1–8 are a real date, and the sex once digit 15
/// is 1 or 2 (both layouts put them in the same places). Nothing else is
/// checked, so this never refuses; `parse_identity` gives the verdict.
pub fn prefill(input: &str) -> (Option<NaiveDate>, Option<Gender>) {
    let d = normalize(input);
    let digits = d.bytes().take_while(u8::is_ascii_digit).count();
    let birth = if digits >= 8 {
        birth_date(&d).ok()
    } else {
        None
    };
    let gender = match d.as_bytes().get(14) {
        Some(b'1') if digits >= 15 => Some(Gender::Male),
        Some(b'2') if digits >= 15 => Some(Gender::Female),
        _ => None,
    };
    (birth, gender)
}

/// The first day of the TMT CPNS month in NIP digits 9–14, once 14 digits
/// are typed and they form a real year-month (spaces ignored).
pub fn tmt_month(input: &str) -> Option<NaiveDate> {
    let d = normalize(input);
    let digits = d.bytes().take_while(u8::is_ascii_digit).count();
    if digits < 14 {
        return None;
    }
    let year: i32 = d[8..12].parse().ok()?;
    let month: u32 = d[12..14].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// Builds a NIP from its parts (no validation; `parse_nip` checks the result).
/// Years outside 0..=9999 are clamped so the result always has 18 digits.
pub fn format_nip(
    birth_date: NaiveDate,
    tmt_year: i32,
    tmt_month: u32,
    gender: Gender,
    sequence: u16,
) -> String {
    format!(
        "{}{:04}{:02}{}{:03}",
        ymd(birth_date),
        tmt_year.clamp(0, 9999),
        tmt_month.min(99),
        gender_digit(gender),
        sequence.min(999)
    )
}

/// Builds an NI PPPK from its parts (no validation; `parse_ni_pppk` checks it).
pub fn format_ni_pppk(
    birth_date: NaiveDate,
    appointment_year: i32,
    code: u8,
    gender: Gender,
    sequence: u16,
) -> String {
    format!(
        "{}{:04}{:02}{}{:03}",
        ymd(birth_date),
        appointment_year.clamp(0, 9999),
        code.min(99),
        gender_digit(gender),
        sequence.min(999)
    )
}

/// Groups the digits for reading: `19860926 201505 1 001` for a NIP,
/// `19900913 2025 24 2 014` for an NI PPPK. Anything that is not 18 digits
/// after `normalize` is returned normalized but ungrouped.
pub fn group(kind: AsnKind, input: &str) -> String {
    let d = normalize(input);
    if d.len() != NIP_LEN || !d.bytes().all(|b| b.is_ascii_digit()) {
        return d;
    }
    if kind.is_pppk() {
        format!(
            "{} {} {} {} {}",
            &d[0..8],
            &d[8..12],
            &d[12..14],
            &d[14..15],
            &d[15..18]
        )
    } else {
        format!("{} {} {} {}", &d[0..8], &d[8..14], &d[14..15], &d[15..18])
    }
}

/// The digit digit 15 carries for a sex: 1 male, 2 female.
pub fn gender_digit(gender: Gender) -> char {
    match gender {
        Gender::Male => '1',
        Gender::Female => '2',
    }
}

fn ymd(d: NaiveDate) -> String {
    format!(
        "{:04}{:02}{:02}",
        d.year().clamp(0, 9999),
        d.month(),
        d.day()
    )
}

/// Normalizes and checks "18 ASCII digits"; returns the digit string.
fn digits18(input: &str) -> Result<String, NipError> {
    let d = normalize(input);
    if d.is_empty() {
        return Err(NipError::Empty);
    }
    if let Some(found) = d.chars().find(|c| !c.is_ascii_digit()) {
        return Err(NipError::NotDigits { found });
    }
    if d.len() != NIP_LEN {
        return Err(NipError::Length { found: d.len() });
    }
    Ok(d)
}

/// Value of a short run of ASCII digits (callers pass at most 4 digits).
fn num(s: &str) -> u32 {
    s.bytes()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'))
}

fn birth_date(d: &str) -> Result<NaiveDate, NipError> {
    let year = num(&d[0..4]) as i32;
    NaiveDate::from_ymd_opt(year, num(&d[4..6]), num(&d[6..8]))
        .filter(|_| year >= MIN_BIRTH_YEAR)
        .ok_or_else(|| NipError::BadBirthDate {
            digits: d[0..8].to_string(),
        })
}

/// The year and month in which someone born on `birth` turns 17.
fn adult_year_month(birth: NaiveDate) -> (i32, u32) {
    match birth.checked_add_months(Months::new(MIN_AGE * 12)) {
        Some(d) => (d.year(), d.month()),
        None => (i32::MAX, 12),
    }
}

fn gender_and_sequence(d: &str) -> Result<(Gender, u16), NipError> {
    let digit = d.as_bytes()[14] as char;
    let gender = match digit {
        '1' => Gender::Male,
        '2' => Gender::Female,
        _ => return Err(NipError::BadGenderDigit { digit }),
    };
    let sequence = num(&d[15..18]) as u16;
    if sequence == 0 {
        return Err(NipError::BadSequence);
    }
    Ok((gender, sequence))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_domain_example_parses_with_spaces() {
        let n = parse_nip("19860926 201505 1 001", day(2026, 1, 1)).unwrap();
        assert_eq!(n.birth_date, day(1986, 9, 26));
        assert_eq!(
            (n.tmt_year, n.tmt_month, n.gender, n.sequence),
            (2015, 5, Gender::Male, 1)
        );
    }

    #[test]
    fn prefill_reads_what_is_typed_so_far() {
        assert_eq!(prefill(""), (None, None));
        assert_eq!(prefill("1986092"), (None, None));
        assert_eq!(prefill("19860926"), (Some(day(1986, 9, 26)), None));
        assert_eq!(prefill("19860931 2015"), (None, None));
        assert_eq!(
            prefill("19860926 201513 2"),
            (Some(day(1986, 9, 26)), Some(Gender::Female))
        );
        assert_eq!(
            prefill("19900913 2025 24 1 0"),
            (Some(day(1990, 9, 13)), Some(Gender::Male))
        );
        assert_eq!(prefill("19860926 2015x5 1"), (Some(day(1986, 9, 26)), None));
        assert_eq!(
            prefill("19860926 201505 9 001"),
            (Some(day(1986, 9, 26)), None)
        );
    }

    #[test]
    fn group_and_format_agree_with_parse() {
        let s = format_nip(day(1986, 9, 26), 2015, 5, Gender::Female, 12);
        assert_eq!(group(AsnKind::Pns, &s), "19860926 201505 2 012");
        let p = format_ni_pppk(day(1990, 9, 13), 2025, 24, Gender::Female, 14);
        assert_eq!(group(AsnKind::Pppk, &p), "19900913 2025 24 2 014");
    }
}
