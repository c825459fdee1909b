//! Golongan and jenjang that fit the person (domain.md §4.4–4.5, §10.4): entry
//! rank by education, about one rank per four years, capped by education and
//! floored by the post; a JF's jenjang follows from the rank.

use super::cal::{
    add_months, add_years, promotion_period_on_or_after, promotion_period_on_or_before,
    years_between,
};
use super::catalog::Family;
use super::education::{cap_rank, entry_rank};
use super::rng::Rng;
use crate::domain::enums::{Education, PositionKind};
use crate::domain::golongan::{PNS_GOLONGAN, PPPK_GOLONGAN, ceiling, rank};
use chrono::NaiveDate;

/// The golongan code of a rank (1..=17) in the PNS or the PPPK family.
pub fn golongan_code(pppk: bool, rank: u32) -> &'static str {
    let table = if pppk { PPPK_GOLONGAN } else { PNS_GOLONGAN };
    table[(rank.clamp(1, 17) - 1) as usize]
}

/// Rank and its TMT for a PNS with education `level`, TMT CPNS `tmt`, as of
/// `as_of`, at least `floor` and at most `cap`.
pub fn pns_golongan(
    rng: &mut Rng,
    level: &str,
    tmt: NaiveDate,
    as_of: NaiveDate,
    floor: u32,
    cap: u32,
) -> (u32, NaiveDate) {
    let entry = match level {
        "S2" | "S3" if rng.chance(0.5) => 9,
        "S3" => 10,
        l => entry_rank(l),
    };
    let interval = if rng.chance(0.7) { 4 } else { 5 };
    let years = years_between(tmt, as_of) as u32;
    let mut rank = entry + years / interval;
    if entry == 9 && matches!(level, "S2" | "S3") && years >= 4 && rng.chance(0.6) {
        rank += 1; // degree adjustment (penyesuaian ijazah)
    }
    let rank = rank.min(cap_rank(level)).min(cap).max(floor).max(entry);
    let steps = rank - entry;
    let date = if steps == 0 {
        tmt
    } else {
        let natural = promotion_period_on_or_after(add_years(tmt, (steps * interval) as i32));
        let latest = promotion_period_on_or_before(as_of);
        let d = if natural <= latest {
            natural
        } else {
            add_months(latest, -6 * rng.range(0, 3) as i32)
        };
        d.max(tmt)
    };
    (rank, date)
}

/// The rank of the golongan ceiling (domain.md §4.4) of a PNS with education
/// `level` in a non-functional post of kind `position_kind` (17 when either
/// is unknown).
pub fn ceiling_rank(level: &str, position_kind: &str) -> u32 {
    match (
        Education::from_code(level),
        PositionKind::from_code(position_kind),
    ) {
        (Some(e), Some(k)) => rank(ceiling(e, k, None)).map_or(17, u32::from),
        _ => 17,
    }
}

/// PPPK golongan rank by jenjang or education.
pub fn pppk_rank(level: &str, jenjang: Option<&str>) -> u32 {
    match jenjang {
        Some("AHLI_MUDA") => 11,
        Some("PEMULA") => 5,
        Some("TERAMPIL") => 7,
        Some("MAHIR") => 9,
        _ => match level {
            "SMA" => 5,
            "D3" => 7,
            "S2" | "S3" => 10,
            _ => 9,
        },
    }
}

/// The jenjang a JF of `family` has at a golongan rank.
pub fn jenjang_from_rank(family: Family, rank: u32) -> &'static str {
    if family != Family::Ahli {
        match rank {
            0..=6 if family == Family::Pemula => "PEMULA",
            0..=8 => "TERAMPIL",
            9..=10 => "MAHIR",
            _ => "PENYELIA",
        }
    } else {
        match rank {
            0..=10 => "AHLI_PERTAMA",
            11..=12 => "AHLI_MUDA",
            _ => "AHLI_MADYA",
        }
    }
}
