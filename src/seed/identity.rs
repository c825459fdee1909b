//! Identity numbers that agree with the person: NIP (domain.md §4.1), NI PPPK
//! (§4.2) and NIK (§4.3), plus birth place and a fictional phone number.

use super::rng::Rng;
use crate::domain::enums::Gender;
use crate::domain::nik::format_nik;
use crate::domain::nip::{format_ni_pppk, format_nip};
use chrono::{Datelike, NaiveDate};
use std::collections::{HashMap, HashSet};

/// Where a NIK was first registered and the birth place written with it.
#[derive(Debug, Clone, Copy)]
pub struct Region {
    /// Province + kab/kota, Kemendagri (Dukcapil) series: "1173".
    pub code: &'static str,
    /// The kab/kota's name.
    pub name: &'static str,
    /// The birth place written with it (its main town).
    pub place: &'static str,
    /// Highest kecamatan sub-code drawn for it (its real count is not in
    /// domain.md: a low bound, an assumption).
    pub districts: u8,
    /// Named with its code in domain.md §4.3 ([P]); false: its code is
    /// read off the order domain.md gives for the series ([P], an assumption).
    pub named: bool,
}

const fn r(
    code: &'static str,
    name: &'static str,
    place: &'static str,
    districts: u8,
    named: bool,
) -> Region {
    Region {
        code,
        name,
        place,
        districts,
        named,
    }
}

/// The kab/kota of Aceh (province 11) a NIK may start with, Kemendagri series
/// only (domain.md §4.3; BPS numbers them differently and must never appear
/// in a NIK): Kota Lhokseumawe 11.73; Aceh Timur 11.03, Pidie 11.07, Aceh
/// Utara 11.08 and Bireuen 11.11 as domain.md names them; the other
/// regencies 11.01–11.11 by the order it gives (Aceh Selatan, Aceh Tenggara,
/// Aceh Timur, Aceh Tengah, Aceh Barat, Aceh Besar, Pidie, Aceh Utara,
/// Simeulue, Aceh Singkil, Bireuen); Kota Langsa 11.74 ("the reverse" of
/// Lhokseumawe's BPS 1174 / Kemendagri 1173). Codes not in that list (Banda
/// Aceh, Pidie Jaya…) are left out rather than guessed.
#[rustfmt::skip]
pub const NIK_REGIONS: &[Region] = &[
    r("1173", "Kota Lhokseumawe", "Lhokseumawe", 4, true),
    r("1108", "Kabupaten Aceh Utara", "Aceh Utara", 10, true),
    r("1111", "Kabupaten Bireuen", "Bireuen", 10, true),
    r("1107", "Kabupaten Pidie", "Sigli", 10, true),
    r("1103", "Kabupaten Aceh Timur", "Idi", 10, true),
    r("1174", "Kota Langsa", "Langsa", 5, true),
    r("1106", "Kabupaten Aceh Besar", "Aceh Besar", 10, false),
    r("1104", "Kabupaten Aceh Tengah", "Takengon", 10, false),
    r("1101", "Kabupaten Aceh Selatan", "Tapaktuan", 10, false),
    r("1102", "Kabupaten Aceh Tenggara", "Kutacane", 10, false),
    r("1105", "Kabupaten Aceh Barat", "Meulaboh", 10, false),
    r("1109", "Kabupaten Simeulue", "Sinabang", 10, false),
    r("1110", "Kabupaten Aceh Singkil", "Singkil", 10, false),
];

/// Where people working in the city were born, outside it: weights per
/// [`NIK_REGIONS`] entry (the neighbours first).
const OTHER_WEIGHTS: &[u32] = &[0, 34, 20, 14, 9, 7, 5, 5, 1, 1, 2, 1, 1];

/// Lhokseumawe's kecamatan sub-codes (§4.3, unverified) with weights.
const CITY_DISTRICTS: &[(&str, u32)] = &[("02", 40), ("01", 25), ("03", 20), ("04", 15)];

const CITY: Region = NIK_REGIONS[0];

/// Keeps the generated numbers unique.
#[derive(Debug, Default)]
pub struct Registry {
    nip15: HashMap<String, u32>,
    niks: HashSet<String>,
}

/// The place a person working in region `home` (index into
/// [`NIK_REGIONS`]) was registered: 75% there, the rest elsewhere in Aceh
/// (the city's neighbours first).
pub fn region(rng: &mut Rng, home: usize) -> Region {
    if rng.chance(0.75) {
        NIK_REGIONS[home]
    } else {
        let mut weights = OTHER_WEIGHTS.to_vec();
        weights[home] = 0;
        if home != 0 {
            weights[0] = 20;
        }
        NIK_REGIONS[rng.weighted(&weights)]
    }
}

fn gender(female: bool) -> Gender {
    if female { Gender::Female } else { Gender::Male }
}

impl Registry {
    /// The next free sequence for numbers sharing their first 15 digits
    /// (`build(0)` gives that prefix): 001, then 002 on a collision.
    fn next_sequence(&mut self, build: impl Fn(u16) -> String) -> String {
        let n = self.nip15.entry(build(0)[..15].to_string()).or_insert(0);
        *n += 1;
        build(*n as u16)
    }

    /// NIP of a PNS/CPNS: birth date, TMT CPNS year-month, gender digit and a
    /// sequence that starts at 001 and only grows when the first 15 digits repeat.
    pub fn nip(&mut self, birth: NaiveDate, tmt: NaiveDate, female: bool) -> String {
        self.next_sequence(|seq| format_nip(birth, tmt.year(), tmt.month(), gender(female), seq))
    }

    /// NI PPPK: birth date, appointment year, a two-digit cohort code (not a
    /// month), gender digit and sequence.
    pub fn ni_pppk(&mut self, birth: NaiveDate, year: i32, cohort: u32, female: bool) -> String {
        self.next_sequence(|seq| {
            format_ni_pppk(birth, year, (cohort % 100) as u8, gender(female), seq)
        })
    }

    /// NIK: region (4) + kecamatan (2) + DDMMYY with day + 40 for women + a
    /// 4-digit sequence (0001–0150, moved on when taken).
    pub fn nik(&mut self, rng: &mut Rng, region: Region, birth: NaiveDate, female: bool) -> String {
        let district = if region.code == CITY.code {
            format!("{}{}", region.code, rng.pick_weighted(CITY_DISTRICTS))
        } else {
            format!(
                "{}{:02}",
                region.code,
                rng.range(1, i64::from(region.districts))
            )
        };
        let mut seq = rng.range(1, 150) as u16;
        loop {
            let nik = format_nik(&district, birth, gender(female), seq);
            if self.niks.insert(nik.clone()) {
                return nik;
            }
            seq = if seq >= 9999 { 1 } else { seq + 1 };
        }
    }
}

/// A fictional mobile number (Indonesian 08xx prefix, 12 digits).
pub fn phone(rng: &mut Rng) -> String {
    const PREFIX: &[&str] = &[
        "0811", "0812", "0813", "0821", "0822", "0852", "0853", "0857", "0877", "0878",
    ];
    format!("{}{:08}", rng.pick(PREFIX), rng.below(100_000_000))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::cal::ymd;

    #[test]
    fn regions_are_kemendagri_codes_of_aceh_and_unique() {
        assert_eq!(NIK_REGIONS.len(), OTHER_WEIGHTS.len());
        let mut codes: Vec<&str> = NIK_REGIONS.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), NIK_REGIONS.len());
        assert!(
            NIK_REGIONS
                .iter()
                .all(|r| r.code.starts_with("11") && r.code.len() == 4)
        );
        // BPS numbers (1111 = Aceh Utara, 1174 = Lhokseumawe) never stand for
        // the wrong place.
        let named = |code: &str| NIK_REGIONS.iter().find(|r| r.code == code).map(|r| r.name);
        assert_eq!(named("1173"), Some("Kota Lhokseumawe"));
        assert_eq!(named("1108"), Some("Kabupaten Aceh Utara"));
        assert_eq!(named("1111"), Some("Kabupaten Bireuen"));
        let mut rng = Rng::new(4);
        for _ in 0..500 {
            let r = region(&mut rng, 0);
            assert!(NIK_REGIONS.iter().any(|x| x.code == r.code));
        }
    }

    #[test]
    fn numbers_encode_birth_date_and_sex_and_stay_unique() {
        let mut reg = Registry::default();
        let b = ymd(1986, 9, 26);
        let a = reg.nip(b, ymd(2015, 5, 1), false);
        let c = reg.nip(b, ymd(2015, 5, 1), false);
        assert_eq!(a, "198609262015051001");
        assert_eq!(c, "198609262015051002");
        let p = reg.ni_pppk(ymd(1990, 9, 13), 2025, 24, true);
        assert_eq!(p, "199009132025242001");
        let mut rng = Rng::new(9);
        let mut seen = HashSet::new();
        for _ in 0..400 {
            let n = reg.nik(&mut rng, CITY, ymd(1990, 3, 7), true);
            assert_eq!(n.len(), 16);
            assert_eq!(&n[..4], "1173");
            assert_eq!(&n[6..12], "470390");
            assert!(seen.insert(n));
        }
        assert_eq!(phone(&mut rng).len(), 12);
    }
}
