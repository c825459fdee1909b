//! NIK, the population ID number (domain.md §4.3): 16 digits =
//! province (2) + regency/city (2) + district (2) + birth `DDMMYY` with the day
//! plus 40 for women + sequence (4, from 0001). Spaces typed inside are removed.
//!
//! Every function here is total: any input gives a value or an error, never a panic.

use super::enums::Gender;
use super::nip::normalize;
use chrono::{Datelike, NaiveDate};

/// Number of digits of a NIK.
pub const NIK_LEN: usize = 16;
/// Province code of Aceh.
pub const ACEH: &str = "11";
/// Lowest and highest province codes of the Kemendagri series.
pub const PROVINCE_CODES: std::ops::RangeInclusive<u32> = 11..=94;

/// What is wrong with a typed NIK. The sentence shown to people is
/// `crate::i18n::errors::nik_error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NikError {
    /// Nothing was typed.
    Empty,
    /// A character other than a digit or a space (the first one found).
    NotDigits { found: char },
    /// Not 16 digits.
    Length { found: usize },
    /// Digits 1–2 are not a province code (11–94).
    BadProvince { code: String },
    /// Digits 3–4 (regency/city) or 5–6 (district) are 00.
    BadRegion { code: String },
    /// Digits 7–8 are neither a day 01–31 (men) nor 41–71 (women).
    BadBirthDay { digits: String },
    /// Digits 9–10 are not a month 01–12.
    BadBirthMonth { digits: String },
    /// Day and month exist separately but not together (e.g. 31 February).
    BadBirthDate { digits: String },
    /// Digits 13–16 are 0000.
    BadSequence,
}

/// The parts of a valid NIK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NikInfo {
    /// Digits 1–2, e.g. "11" (Aceh).
    pub province: String,
    /// Digits 1–4, e.g. "1173" (Kota Lhokseumawe, Kemendagri code).
    pub regency: String,
    /// Digits 1–6, e.g. "117302".
    pub district: String,
    /// The real day of birth (the +40 for women already removed).
    pub birth_day: u32,
    pub birth_month: u32,
    /// Two-digit year of birth (the century is not encoded).
    pub birth_yy: u32,
    pub gender: Gender,
    pub sequence: u16,
}

/// Parses a NIK and checks every part that can be checked without a register.
pub fn parse_nik(input: &str) -> Result<NikInfo, NikError> {
    let d = normalize(input);
    if d.is_empty() {
        return Err(NikError::Empty);
    }
    if let Some(found) = d.chars().find(|c| !c.is_ascii_digit()) {
        return Err(NikError::NotDigits { found });
    }
    if d.len() != NIK_LEN {
        return Err(NikError::Length { found: d.len() });
    }
    if !PROVINCE_CODES.contains(&num(&d[0..2])) {
        return Err(NikError::BadProvince {
            code: d[0..2].to_string(),
        });
    }
    for r in [2..4, 4..6] {
        if num(&d[r.clone()]) == 0 {
            return Err(NikError::BadRegion {
                code: d[r].to_string(),
            });
        }
    }
    let raw_day = num(&d[6..8]);
    let (birth_day, gender) = match raw_day {
        1..=31 => (raw_day, Gender::Male),
        41..=71 => (raw_day - 40, Gender::Female),
        _ => {
            return Err(NikError::BadBirthDay {
                digits: d[6..8].to_string(),
            });
        }
    };
    let birth_month = num(&d[8..10]);
    if !(1..=12).contains(&birth_month) {
        return Err(NikError::BadBirthMonth {
            digits: d[8..10].to_string(),
        });
    }
    let birth_yy = num(&d[10..12]);
    if birth_day > max_day(birth_month, birth_yy) {
        return Err(NikError::BadBirthDate {
            digits: d[6..12].to_string(),
        });
    }
    let sequence = num(&d[12..16]) as u16;
    if sequence == 0 {
        return Err(NikError::BadSequence);
    }
    Ok(NikInfo {
        province: d[0..2].to_string(),
        regency: d[0..4].to_string(),
        district: d[0..6].to_string(),
        birth_day,
        birth_month,
        birth_yy,
        gender,
        sequence,
    })
}

/// True when the NIK's birth day, month, two-digit year and sex agree with
/// the stored birth date and sex.
pub fn nik_matches(nik: &NikInfo, birth_date: NaiveDate, gender: Gender) -> bool {
    nik.birth_day == birth_date.day()
        && nik.birth_month == birth_date.month()
        && nik.birth_yy == birth_date.year().rem_euclid(100) as u32
        && nik.gender == gender
}

/// Builds a NIK from its parts (`district` = the first 6 digits). No
/// validation: `parse_nik` checks the result.
pub fn format_nik(district: &str, birth_date: NaiveDate, gender: Gender, sequence: u16) -> String {
    let day = birth_date.day() + if gender == Gender::Female { 40 } else { 0 };
    format!(
        "{}{:02}{:02}{:02}{:04}",
        district,
        day,
        birth_date.month(),
        birth_date.year().rem_euclid(100),
        sequence.min(9999)
    )
}

/// Days in a month; 29 February is allowed whenever the two-digit year is a
/// multiple of 4 (the century is unknown, so "00" may be 2000).
fn max_day(month: u32, yy: u32) -> u32 {
    match month {
        2 if yy.is_multiple_of(4) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn num(s: &str) -> u32 {
    s.bytes()
        .fold(0u32, |acc, b| acc * 10 + u32::from(b - b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn female_day_is_shifted_by_forty() {
        let n = parse_nik("1173 02 530990 0001").unwrap();
        assert_eq!(
            (n.birth_day, n.birth_month, n.birth_yy, n.gender),
            (13, 9, 90, Gender::Female)
        );
        assert_eq!(n.regency, "1173");
        let birth = NaiveDate::from_ymd_opt(1990, 9, 13).unwrap();
        assert!(nik_matches(&n, birth, Gender::Female));
        assert!(!nik_matches(&n, birth, Gender::Male));
        assert_eq!(
            format_nik("117302", birth, Gender::Female, 1),
            "1173025309900001"
        );
    }
}
