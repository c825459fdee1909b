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
    pub code: &'static str,
    pub place: &'static str,
}

/// Lhokseumawe's kecamatan sub-codes (§4.3, unverified) with weights.
const CITY_DISTRICTS: &[(&str, u32)] = &[("02", 40), ("01", 25), ("03", 20), ("04", 15)];

/// Other Aceh kab/kota (Kemendagri codes) people were born in, with weights.
const OTHER_REGIONS: &[(Region, u32)] = &[
    (
        Region {
            code: "1111",
            place: "Aceh Utara",
        },
        30,
    ),
    (
        Region {
            code: "1110",
            place: "Bireuen",
        },
        18,
    ),
    (
        Region {
            code: "1109",
            place: "Sigli",
        },
        12,
    ),
    (
        Region {
            code: "1105",
            place: "Idi",
        },
        8,
    ),
    (
        Region {
            code: "1171",
            place: "Banda Aceh",
        },
        10,
    ),
    (
        Region {
            code: "1174",
            place: "Langsa",
        },
        6,
    ),
    (
        Region {
            code: "1108",
            place: "Aceh Besar",
        },
        5,
    ),
    (
        Region {
            code: "1106",
            place: "Takengon",
        },
        5,
    ),
    (
        Region {
            code: "1118",
            place: "Meureudu",
        },
        4,
    ),
    (
        Region {
            code: "1117",
            place: "Bener Meriah",
        },
        2,
    ),
];

const CITY: Region = Region {
    code: "1173",
    place: "Lhokseumawe",
};

/// Keeps the generated numbers unique.
#[derive(Debug, Default)]
pub struct Registry {
    nip15: HashMap<String, u32>,
    niks: HashSet<String>,
}

/// The place a person was registered: 75% Lhokseumawe, the rest elsewhere in Aceh.
pub fn region(rng: &mut Rng) -> Region {
    if rng.chance(0.75) {
        CITY
    } else {
        rng.pick_weighted(OTHER_REGIONS)
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
            format!("{}{:02}", region.code, rng.range(1, 15))
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
