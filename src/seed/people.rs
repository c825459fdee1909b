//! Employees: who holds each post, with NIP/NIK, golongan, dates and status all
//! consistent with each other (domain.md §4, §10.2–10.5).

use super::cal::{add_days, add_months, add_years, month_start, years_between, ymd};
use super::catalog::{Family, Tag};
use super::education::{Profile, entry_rank, schooling};
use super::identity::{Registry, phone, region};
use super::names::person_name;
use super::positions::{Post, Slot, unit_posts};
use super::ranks::{ceiling_rank, golongan_code, jenjang_from_rank, pns_golongan, pppk_rank};
use super::rng::Rng;
use super::rows::Employee;
use super::units::{BIDANG_PKA, BKPSDM, Office};
use crate::domain::enums::EmployeeStatus;
use crate::domain::nip::FIRST_PPPK_YEAR;
use chrono::{Datelike, NaiveDate};

/// An employee with what the later stages need to know about the post.
#[derive(Debug, Clone)]
pub struct Person {
    pub row: Employee,
    pub slot: Slot,
    pub tag: Tag,
    /// Technical competency codes of the post.
    pub tech: &'static [&'static str],
    /// Latent performance: 1 strong, 0 usual, -1 weak (drives ratings and gaps).
    pub quality: i32,
}

impl Person {
    pub fn in_service(&self) -> bool {
        EmployeeStatus::from_code(self.row.status).is_some_and(EmployeeStatus::is_in_service)
    }

    /// Employed (appointed, not yet gone) on `d`.
    pub fn employed_on(&self, d: NaiveDate) -> bool {
        self.row.tmt_appointment <= d
            && (self.in_service() || self.row.status_date.is_none_or(|s| d < s))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asn {
    Pns,
    Cpns,
    Pppk,
    ParuhWaktu,
}

fn round_share(n: usize, per_mille: usize) -> usize {
    (n * per_mille + 500) / 1000
}

/// Kind of ASN per slot: structural posts are PNS; the rest reach ~65% PNS,
/// ~30% PPPK (a third part-time, in pelaksana posts) and ~5% CPNS overall.
fn assign_asn(rng: &mut Rng, slots: &[Slot]) -> Vec<Asn> {
    let n = slots.len();
    let mut kinds = vec![Asn::Pns; n];
    // Structural posts and the teachers who lead a school are PNS.
    let mut free: Vec<usize> = (0..n)
        .filter(|&i| slots[i].structural_kind().is_none() && !slots[i].lead)
        .collect();
    rng.shuffle(&mut free);
    let pppk_total = round_share(n, 300);
    let mut quota_pw = (pppk_total + 1) / 3;
    let mut quota_cpns = round_share(n, 50);
    let mut quota_pppk = pppk_total - quota_pw;
    for &i in &free {
        if quota_pw > 0 && matches!(slots[i].post, Post::Pelaksana(_)) {
            kinds[i] = Asn::ParuhWaktu;
            quota_pw -= 1;
        }
    }
    quota_pppk += quota_pw; // part-time places that found no pelaksana post
    for &i in &free {
        if kinds[i] != Asn::Pns {
            continue;
        }
        if quota_cpns > 0 {
            kinds[i] = Asn::Cpns;
            quota_cpns -= 1;
        } else if quota_pppk > 0 {
            kinds[i] = Asn::Pppk;
            quota_pppk -= 1;
        }
    }
    kinds
}

/// Statuses other than AKTIF, given to PNS in non-structural posts.
fn assign_status(rng: &mut Rng, slots: &[Slot], kinds: &[Asn]) -> Vec<&'static str> {
    let n = slots.len();
    let mut status = vec!["AKTIF"; n];
    let mut pool: Vec<usize> = (0..n)
        .filter(|&i| kinds[i] == Asn::Pns && slots[i].structural_kind().is_none() && !slots[i].lead)
        .collect();
    rng.shuffle(&mut pool);
    let plan = [
        ("PENSIUN", round_share(n, 10).max(1)),
        ("MUTASI_KELUAR", round_share(n, 6).max(1)),
        ("MENINGGAL", round_share(n, 4).max(1)),
        ("CUTI", round_share(n, 10).max(1)),
        ("TUGAS_BELAJAR", round_share(n, 6).max(1)),
    ];
    let mut it = pool.into_iter();
    for (code, count) in plan {
        for i in it.by_ref().take(count) {
            status[i] = code;
        }
    }
    status
}

fn female_share(slot: &Slot) -> f64 {
    match slot.post {
        Post::Head | Post::Deputy(_) => 0.15,
        Post::Administrator(_) => 0.30,
        Post::Supervisor(_) => 0.45,
        Post::Functional(j) => match j.key {
            "guru" => 0.75,
            "perawat" | "perawat_t" => 0.70,
            "bidan" | "bidan_t" => 1.0,
            "dokter" => 0.60,
            "polpp" | "polpp_ahli" => 0.20,
            "pemadam" => 0.05,
            _ => 0.50,
        },
        Post::Pelaksana(p) => match p.key {
            "teknisi_sarpras" => 0.10,
            "petugas_wh" => 0.35,
            _ => 0.50,
        },
    }
}

fn education_level(rng: &mut Rng, slot: &Slot, asn: Asn) -> &'static str {
    let table: &[(&'static str, u32)] = match slot.post {
        Post::Head | Post::Deputy(_) if slot.structural_kind() == Some("JPT_PRATAMA") => {
            &[("S2", 80), ("S3", 8), ("S1", 12)]
        }
        Post::Head | Post::Administrator(_) => &[("S2", 55), ("S1", 35), ("D4", 7), ("S3", 3)],
        Post::Deputy(_) => &[("S2", 90), ("S3", 10)],
        Post::Supervisor(_) => &[("S1", 62), ("S2", 25), ("D4", 8), ("D3", 5)],
        Post::Functional(j) if j.skilled() => {
            if j.family == Family::Pemula {
                &[("SMA", 50), ("D3", 50)]
            } else {
                &[("D3", 100)]
            }
        }
        Post::Functional(j) => match (j.profile, asn) {
            (Profile::Midwife, _) => &[("D4", 60), ("S1", 30), ("S2", 10)],
            (Profile::Doctor, _) => &[("S1", 90), ("S2", 10)],
            (_, Asn::Pns) => &[("S1", 78), ("S2", 17), ("D4", 5)],
            _ => &[("S1", 90), ("D4", 5), ("S2", 5)],
        },
        Post::Pelaksana(p) => {
            let [sma, d3, s1] = p.education;
            return match rng.weighted(&[sma, d3, s1]) {
                0 => "SMA",
                1 => "D3",
                _ => "S1",
            };
        }
    };
    rng.pick_weighted(table)
}

fn profile(rng: &mut Rng, slot: &Slot) -> Profile {
    match slot.post {
        Post::Functional(j) => j.profile,
        _ if rng.chance(0.5) => slot.unit_def().profile,
        Post::Pelaksana(_) => Profile::Admin,
        _ => Profile::Govt,
    }
}

/// Years of service a structural post needs before appointment.
fn min_service_years(slot: &Slot) -> i32 {
    match slot.structural_kind() {
        Some("JPT_PRATAMA") => 15,
        Some("ADMINISTRATOR") => 10,
        Some("PENGAWAS") => 6,
        _ => 1,
    }
}

fn age_range(slot: &Slot, asn: Asn, status: &str) -> (i32, i32) {
    if status == "TUGAS_BELAJAR" {
        return (27, 45);
    }
    match (slot.structural_kind(), asn) {
        (Some("JPT_PRATAMA"), _) => (45, 59),
        (Some("ADMINISTRATOR"), _) => (38, 57),
        (Some(_), _) => (32, 57),
        (None, Asn::ParuhWaktu) => (23, 50),
        (None, _) => (25, 57),
    }
}

fn tmt_month(rng: &mut Rng) -> u32 {
    const W: [u32; 12] = [30, 3, 25, 15, 3, 3, 3, 3, 3, 3, 3, 3];
    rng.weighted(&W) as u32 + 1
}

/// TMT CPNS of a PNS: birth + 22–34 years, months mostly 01/03/04, at least a
/// year (and the post's required service) before `as_of`.
fn pns_tmt(rng: &mut Rng, birth: NaiveDate, as_of: NaiveDate, min_service: i32) -> NaiveDate {
    let hi = month_start(add_years(add_months(as_of, -13), 1 - min_service))
        .min(month_start(add_years(birth, 34)));
    let mut lo = month_start(add_months(add_years(birth, 22), 1));
    if lo > hi {
        lo = month_start(add_months(add_years(birth, 19), 1)).min(hi);
    }
    for _ in 0..40 {
        let d = ymd(
            rng.range(i64::from(lo.year()), i64::from(hi.year())) as i32,
            tmt_month(rng),
            1,
        );
        if lo <= d && d <= hi {
            return d;
        }
    }
    hi
}

/// TMT of a CPNS: within the year before `as_of`, preferring 01/03/04.
fn cpns_tmt(rng: &mut Rng, as_of: NaiveDate) -> NaiveDate {
    let months: Vec<NaiveDate> = (0..12)
        .map(|k| month_start(add_months(as_of, -k)))
        .collect();
    let weights: Vec<u32> = months
        .iter()
        .map(|d| {
            if matches!(d.month(), 1 | 3 | 4) {
                12
            } else {
                1
            }
        })
        .collect();
    months[rng.weighted(&weights)]
}

/// Generates every employee of `offices` (`units::plan`). Employee ids are
/// 1.., unit ids are the office's index + 1.
pub fn generate(seed: u64, as_of: NaiveDate, offices: &[Office]) -> Vec<Person> {
    let mut rng = Rng::stream(seed, "people");
    let slots: Vec<Slot> = offices
        .iter()
        .enumerate()
        .flat_map(|(u, o)| unit_posts(&mut rng, u, o))
        .collect();
    let kinds = assign_asn(&mut rng, &slots);
    let statuses = assign_status(&mut rng, &slots, &kinds);
    let mut reg = Registry::default();
    let mut people: Vec<Person> = slots
        .iter()
        .enumerate()
        .map(|(i, slot)| {
            person(
                &mut rng,
                &mut reg,
                as_of,
                Placement {
                    id: i as i64 + 1,
                    slot: *slot,
                    head_title: &offices[slot.unit].head,
                    asn: kinds[i],
                    status: statuses[i],
                },
            )
        })
        .collect();
    keep_within_ceilings(&mut people);
    people
}

/// Every PNS stays within the golongan ceiling of their diploma and post
/// (domain.md §4.4, `domain::golongan::ceiling`): ranks are drawn under it
/// already; this guard brings any golongan above it down to it, so that
/// neither `peka check` nor Monitoring's data-quality list finds one in the
/// demo data.
fn keep_within_ceilings(people: &mut [Person]) {
    use crate::domain::enums::{Education, JfLevel, PositionKind};
    for p in people.iter_mut() {
        let r = &mut p.row;
        if !matches!(r.asn_kind, "PNS" | "CPNS") {
            continue;
        }
        let (Some(gol), Some(edu), Some(post)) = (
            r.golongan,
            Education::from_code(r.education),
            PositionKind::from_code(r.position_kind),
        ) else {
            continue;
        };
        let jenjang = r.jf_level.and_then(JfLevel::from_code);
        if let Some(ceiling) = crate::domain::golongan::above_ceiling(gol, edu, post, jenjang) {
            r.golongan = Some(ceiling);
        }
    }
}

/// Who is drawn: the employee id, the post, the head's title of its unit,
/// the kind of ASN and the status.
struct Placement<'a> {
    id: i64,
    slot: Slot,
    head_title: &'a str,
    asn: Asn,
    status: &'static str,
}

fn person(rng: &mut Rng, reg: &mut Registry, as_of: NaiveDate, at: Placement) -> Person {
    let Placement {
        id,
        slot,
        head_title,
        asn,
        status,
    } = at;
    let female = rng.chance(female_share(&slot));
    let level = education_level(rng, &slot, asn);
    let field = profile(rng, &slot);
    let school = schooling(rng, level, field);
    let min_service = min_service_years(&slot);
    let (amin, amax) = age_range(&slot, asn, status);
    // A master's or doctoral degree takes a few years after the first one.
    let amin = if matches!(level, "S2" | "S3") {
        amin.max(30)
    } else {
        amin
    };
    let random_birth = |rng: &mut Rng, lo: i32, hi: i32| {
        add_days(
            add_years(as_of, -(rng.range(i64::from(lo), i64::from(hi)) as i32)),
            -rng.range(0, 364),
        )
    };

    // Birth, appointment and status dates.
    let (birth, tmt, status_date) = match asn {
        Asn::Cpns => {
            let tmt = cpns_tmt(rng, as_of);
            let youngest = if matches!(level, "S2" | "S3") { 27 } else { 22 };
            let age_at_tmt = rng.range(youngest, 34) as i32;
            let birth = add_days(add_years(tmt, -age_at_tmt), -rng.range(0, 364));
            (birth, tmt, None)
        }
        Asn::Pppk | Asn::ParuhWaktu => {
            let y = as_of.year();
            // Appointed in the four years before the reference year, never
            // before the first PPPK appointments.
            let tmt = if asn == Asn::ParuhWaktu {
                ymd((y - 1).max(FIRST_PPPK_YEAR), *rng.pick(&[10, 12]), 1)
            } else {
                let year = y - 4 + rng.weighted(&[40, 25, 15, 20]) as i32;
                ymd(
                    year.max(FIRST_PPPK_YEAR),
                    *rng.pick(&[1, 3, 3, 4, 4, 12]),
                    1,
                )
            };
            (random_birth(rng, amin, amax), tmt, None)
        }
        Asn::Pns if status == "PENSIUN" => {
            let birth = add_days(add_years(as_of, -58), -rng.range(40, 700));
            let pension = month_start(add_months(add_years(birth, 58), 1));
            (birth, pns_tmt(rng, birth, as_of, 8), Some(pension))
        }
        Asn::Pns => {
            let birth = random_birth(rng, amin, amax);
            let tmt = pns_tmt(rng, birth, as_of, min_service);
            let date = match status {
                "MUTASI_KELUAR" | "MENINGGAL" => {
                    Some(add_days(as_of, -rng.range(30, 700)).max(add_years(tmt, 1)))
                }
                "CUTI" => Some(add_days(as_of, -rng.range(5, 80))),
                "TUGAS_BELAJAR" => {
                    let sept = ymd(as_of.year(), 9, 1);
                    Some(if sept <= as_of {
                        sept
                    } else {
                        add_years(sept, -1)
                    })
                }
                _ => None,
            };
            (birth, tmt, date)
        }
    };

    // Golongan, jenjang and the position's name.
    let structural = slot.structural_kind();
    let floor = match structural {
        Some("JPT_PRATAMA") => 14,
        Some("ADMINISTRATOR") => 12,
        Some("PENGAWAS") => 10,
        _ => 1,
    };
    // A leaver's rank stopped at the date they left.
    let rank_date = match status {
        "PENSIUN" | "MUTASI_KELUAR" | "MENINGGAL" => add_days(status_date.unwrap_or(as_of), -1),
        _ => as_of,
    };
    let (gol_rank, tmt_gol, jenjang) = match (asn, slot.post) {
        (Asn::Pns, Post::Functional(j)) => {
            let cap = if j.skilled() { 12 } else { 15 };
            let (r, d) = pns_golongan(rng, level, tmt, rank_date, floor, cap);
            (r, d, Some(jenjang_from_rank(j.family, r)))
        }
        (Asn::Pns, _) => {
            // The ceiling of the diploma, or of the post's range when higher
            // (domain.md §4.4).
            let cap = ceiling_rank(level, structural.unwrap_or("PELAKSANA"));
            let (r, d) = pns_golongan(rng, level, tmt, rank_date, floor, cap);
            (r, d, None)
        }
        (Asn::Cpns, post) => {
            let r = entry_rank(level).min(10);
            let jenjang = match post {
                Post::Functional(j) => Some(jenjang_from_rank(j.family, r)),
                _ => None,
            };
            (r, tmt, jenjang)
        }
        (_, post) => {
            let jenjang = match post {
                Post::Functional(j) if j.skilled() => {
                    Some(if j.family == Family::Pemula && level == "SMA" {
                        "PEMULA"
                    } else if rng.chance(0.75) {
                        "TERAMPIL"
                    } else {
                        "MAHIR"
                    })
                }
                Post::Functional(_) => {
                    let young = years_between(birth, as_of) < 35;
                    Some(if young || rng.chance(0.8) {
                        "AHLI_PERTAMA"
                    } else {
                        "AHLI_MUDA"
                    })
                }
                _ => None,
            };
            (pppk_rank(level, jenjang), tmt, jenjang)
        }
    };
    let pppk = matches!(asn, Asn::Pppk | Asn::ParuhWaktu);
    let golongan = golongan_code(pppk, gol_rank);
    let def = slot.unit_def();
    let (position_kind, position, tag, tech) = match slot.post {
        Post::Head => (
            structural.unwrap_or("ADMINISTRATOR"),
            head_title.to_string(),
            Tag::General,
            &[][..],
        ),
        Post::Deputy(t) | Post::Administrator(t) | Post::Supervisor(t) => (
            structural.unwrap_or("PENGAWAS"),
            t.to_string(),
            Tag::General,
            &[][..],
        ),
        Post::Functional(j) => {
            let jenjang = jenjang.unwrap_or(j.levels()[0]);
            let kind = if j.skilled() {
                "JF_KETERAMPILAN"
            } else {
                "JF_KEAHLIAN"
            };
            (kind, j.title_at(jenjang), j.tag, j.tech)
        }
        Post::Pelaksana(p) => ("PELAKSANA", p.title.to_string(), p.tag, p.tech),
    };

    // Date of the current position.
    let service_start = if pppk || asn == Asn::Cpns {
        tmt
    } else {
        add_years(tmt, min_service.max(1))
    };
    let mut tmt_position = if pppk || asn == Asn::Cpns {
        tmt
    } else {
        add_days(as_of, -rng.range(90, 2400))
            .max(service_start)
            .min(as_of)
    };
    if let Some(s) = status_date.filter(|_| !matches!(status, "CUTI" | "TUGAS_BELAJAR")) {
        tmt_position = tmt_position.min(add_days(s, -30)).max(tmt);
    }

    let reg_place = region(rng, slot.region);
    let nip = if pppk {
        let cohort = if asn == Asn::ParuhWaktu {
            tmt.year()
        } else {
            tmt.year() - 1
        };
        reg.ni_pppk(birth, tmt.year(), cohort as u32, female)
    } else {
        reg.nip(birth, tmt, female)
    };
    let nik = if rng.chance(0.03) {
        None
    } else {
        Some(reg.nik(rng, reg_place, birth, female))
    };
    let unit_code = def.code;
    let strong = if slot.region == 0 && (unit_code == BKPSDM || unit_code == BIDANG_PKA) {
        55
    } else {
        15
    };
    let quality = [1, 0, -1][rng.weighted(&[strong, 90 - strong, 10])];
    let phone = if rng.chance(0.75) {
        phone(rng)
    } else {
        String::new()
    };
    let asn_code = match asn {
        Asn::Pns => "PNS",
        Asn::Cpns => "CPNS",
        Asn::Pppk => "PPPK",
        Asn::ParuhWaktu => "PPPK_PARUH_WAKTU",
    };
    let row = Employee {
        id,
        nip,
        nik,
        name: person_name(rng, female),
        title_front: school.front,
        title_back: school.back,
        gender: if female { "P" } else { "L" },
        birth_place: reg_place.place,
        birth_date: birth,
        asn_kind: asn_code,
        golongan: Some(golongan),
        tmt_golongan: Some(tmt_gol),
        education: school.level,
        study_program: school.program,
        position_kind,
        jf_level: if position_kind.starts_with("JF_") {
            jenjang
        } else {
            None
        },
        position,
        unit_id: slot.unit as i64 + 1,
        tmt_appointment: tmt,
        tmt_position: Some(tmt_position),
        status,
        status_date,
        phone,
    };
    Person {
        row,
        slot,
        tag,
        tech,
        quality,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proportions_ages_and_ranks_follow_the_recipe() {
        let as_of = ymd(2026, 11, 28);
        let people = generate(1, as_of, &crate::seed::units::plan(1500));
        assert_eq!(people.len(), 1500);
        let count = |k: &str| people.iter().filter(|p| p.row.asn_kind == k).count();
        assert!((900..1050).contains(&count("PNS")), "PNS {}", count("PNS"));
        assert!((60..90).contains(&count("CPNS")));
        assert_eq!(count("PPPK") + count("PPPK_PARUH_WAKTU"), 450);
        for p in &people {
            let r = &p.row;
            let age = years_between(r.birth_date, as_of);
            assert!(r.tmt_appointment <= as_of && r.birth_date < r.tmt_appointment);
            if p.in_service() {
                let bup = if r.position_kind == "JPT_PRATAMA" {
                    60
                } else {
                    58
                };
                assert!(age < bup, "{} is {age}, past BUP", r.nip);
            }
            if r.position_kind == "JPT_PRATAMA" {
                assert!(
                    matches!(r.golongan, Some("IV/b" | "IV/c" | "IV/d" | "IV/e")),
                    "{:?}",
                    r.golongan
                );
            }
            if r.asn_kind == "CPNS" {
                assert!(add_years(r.tmt_appointment, 1) > as_of);
            }
            assert!(
                r.tmt_golongan.unwrap() >= r.tmt_appointment && r.tmt_golongan.unwrap() <= as_of
            );
            assert!(r.tmt_position.unwrap() >= r.tmt_appointment);
        }
    }
}
