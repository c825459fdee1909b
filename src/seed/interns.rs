//! Student interns (domain.md §6.2, §10.11): about thirty, from the partner
//! campuses, placed in BKPSDM, Diskominfo, Bappeda and the kecamatan offices,
//! each with a field mentor (an Administrator or Pengawas of the host unit).
//! Statuses follow the dates: SELESAI before the reference date, BERJALAN
//! around it, DITERIMA / DIAJUKAN after it. NIMs are fictional. No host unit
//! ever has more interns at once than its capacity (`HOST_CAPACITY`, the
//! peak-overlap rule of `domain::internship`). So that Monitoring has
//! something to show, one internship under the expired agreement was left
//! BERJALAN after its end, and one running internship has no mentor yet.
//! Letters carry the campus's code of their date (IAIN Lhokseumawe's before
//! May 2025).

use super::cal::{add_days, add_months, ymd};
use super::education::{Profile, schooling};
use super::names::person_name;
use super::partners::{BINA_BANGSA, EXPIRED, PNL, UIN_SUNA, UNBP, UNIMAL, letter_code};
use super::people::Person;
use super::rng::Rng;
use super::rows::{Agreement, Intern};
use super::units::{BKPSDM, Office, find};
use crate::db::employees::full_name;
use crate::domain::enums::InternStatus;
use crate::domain::internship::takes_a_place;
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// How many interns the demo data holds.
pub const INTERNS: usize = 30;

/// The first running internship: under the expired agreement, its end date
/// passed, still marked BERJALAN (nobody closed it).
const LEFT_RUNNING: usize = 18;
/// A running internship whose host has not named a field mentor yet.
const WITHOUT_MENTOR: usize = 20;
/// The earliest internship: from UIN SUNA when it was still IAIN
/// Lhokseumawe (its letters carry IAIN's code).
const IAIN_ERA: usize = 0;

/// `kapasitas_magang` of a few hosts: Diskominfo, Bappeda, Kecamatan Banda
/// Sakti. BKPSDM, which runs the programme, sets no limit.
pub const HOST_CAPACITY: [(&str, i64); 3] = [("2.16", 3), ("5.01", 2), ("7.01.02", 2)];

/// The capacity of the unit with `code` (None: no limit set).
pub fn capacity_of(code: &str) -> Option<i64> {
    HOST_CAPACITY
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, n)| *n)
}

/// Where a study programme's students are placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    It,
    Admin,
    Comms,
    Finance,
}

/// (campus, weight, [(programme, level, field)]).
type Campus = (i64, u32, &'static [(&'static str, &'static str, Field)]);

const CAMPUSES: [Campus; 5] = [
    (
        UNIMAL,
        35,
        &[
            ("Ilmu Hukum", "S1", Field::Admin),
            ("Ilmu Administrasi Negara", "S1", Field::Admin),
            ("Manajemen", "S1", Field::Finance),
            ("Teknik Informatika", "S1", Field::It),
            ("Sistem Informasi", "S1", Field::It),
            ("Ilmu Komunikasi", "S1", Field::Comms),
        ],
    ),
    (
        PNL,
        30,
        &[
            ("Teknik Informatika", "D3", Field::It),
            ("Teknologi Rekayasa Komputer Jaringan", "D4", Field::It),
            ("Administrasi Bisnis", "D3", Field::Admin),
            ("Akuntansi", "D3", Field::Finance),
            ("Akuntansi Lembaga Keuangan Syariah", "D4", Field::Finance),
        ],
    ),
    (
        UIN_SUNA,
        20,
        &[
            ("Komunikasi dan Penyiaran Islam", "S1", Field::Comms),
            ("Hukum Keluarga Islam", "S1", Field::Admin),
            ("Ekonomi Syariah", "S1", Field::Finance),
        ],
    ),
    (
        UNBP,
        10,
        &[
            ("Manajemen", "S1", Field::Finance),
            ("Ilmu Administrasi Negara", "S1", Field::Admin),
        ],
    ),
    (
        BINA_BANGSA,
        5,
        &[
            ("Sistem Informasi", "S1", Field::It),
            ("Akuntansi", "S1", Field::Finance),
        ],
    ),
];

/// The field of a study programme (of any campus).
pub(super) fn field_of(program: &str) -> Field {
    CAMPUSES
        .iter()
        .flat_map(|c| c.2.iter())
        .find(|p| p.0 == program)
        .map_or(Field::Admin, |p| p.2)
}

/// Host units by field (unit codes).
pub(super) fn hosts(field: Field) -> &'static [&'static str] {
    match field {
        Field::It => &["2.16", BKPSDM],
        Field::Comms => &["2.16"],
        Field::Finance => &["5.01", BKPSDM],
        Field::Admin => &[BKPSDM, "5.01", "7.01.01", "7.01.02", "7.01.03", "7.01.04"],
    }
}

fn lecturer_profile(field: Field) -> Profile {
    match field {
        Field::It => Profile::It,
        Field::Comms => Profile::Comms,
        Field::Finance => Profile::Econ,
        Field::Admin => Profile::Admin,
    }
}

/// The most of `others` that run on one day of `from..=to` (the busiest day
/// is the period's start or the start of another inside it) — the rule the
/// internship form applies to a unit's capacity.
fn busiest(others: &[(NaiveDate, NaiveDate)], from: NaiveDate, to: NaiveDate) -> usize {
    std::iter::once(from)
        .chain(others.iter().map(|o| o.0).filter(|s| *s > from && *s <= to))
        .map(|day| {
            others
                .iter()
                .filter(|(s, e)| *s <= day && day <= *e)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Whether office `host` has a place over `from..=to` beside the
/// internships already placed.
fn has_room(
    offices: &[Office],
    placed: &[Intern],
    host: usize,
    from: NaiveDate,
    to: NaiveDate,
) -> bool {
    let Some(cap) = capacity_of(&offices[host].code) else {
        return true;
    };
    let others: Vec<(NaiveDate, NaiveDate)> = placed
        .iter()
        .filter(|m| {
            m.unit_id == host as i64 + 1
                && InternStatus::from_code(m.status).is_some_and(takes_a_place)
        })
        .map(|m| (m.start, m.end))
        .collect();
    (busiest(&others, from, to) as i64) < cap
}

/// The interns. `agreements` are the MoU/PKS rows (an internship is linked
/// to the campus's internship PKS when that covers its dates).
pub fn generate(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    offices: &[Office],
    agreements: &[Agreement],
) -> Vec<Intern> {
    let mut rng = Rng::stream(seed, "interns");
    let mut nims: HashSet<(i64, String)> = HashSet::new();
    let mut letters = 0;
    let mut out: Vec<Intern> = Vec::new();
    let weights: Vec<u32> = CAMPUSES.iter().map(|c| c.1).collect();
    let is_internship_pks = |a: &&Agreement| a.doc == "PKS" && a.about.starts_with("Magang");
    let expired_pks = agreements
        .iter()
        .filter(is_internship_pks)
        .find(|a| a.partner_id == EXPIRED);
    for i in 0..INTERNS {
        // 18 finished, 7 running, 3 accepted, 2 applied.
        let phase = match i {
            0..=17 => 0,
            18..=24 => 1,
            25..=27 => 2,
            _ => 3,
        };
        let left_running = i == LEFT_RUNNING && expired_pks.is_some();
        let mut tries = 0;
        let (campus, chosen, scheme, start, end, pks, host) = loop {
            tries += 1;
            let campus = if left_running {
                *CAMPUSES
                    .iter()
                    .find(|c| c.0 == EXPIRED)
                    .unwrap_or(&CAMPUSES[0])
            } else if i == IAIN_ERA {
                *CAMPUSES
                    .iter()
                    .find(|c| c.0 == UIN_SUNA)
                    .unwrap_or(&CAMPUSES[0])
            } else {
                CAMPUSES[rng.weighted(&weights)]
            };
            let chosen = *rng.pick(campus.2);
            let level = chosen.1;
            let scheme = if level == "D3" {
                if rng.chance(0.3) { "PKL" } else { "MANDIRI" }
            } else if level == "S1" && rng.chance(0.25) && !left_running {
                "MBKM"
            } else {
                "MANDIRI"
            };
            let months = match scheme {
                "MBKM" => 5,
                "PKL" => 2,
                _ => 3,
            };
            let days = i64::from(months) * 30;
            let mut start = match phase {
                0 if i == IAIN_ERA => add_days(as_of, -rng.range(days + 560, days + 620)),
                0 => add_days(as_of, -rng.range(days + 10, days + 620)),
                1 => add_days(as_of, -rng.range(5, days - 25)),
                _ => add_days(as_of, rng.range(20, 75)),
            };
            if let (true, Some(p)) = (left_running, expired_pks) {
                // Ended with the agreement (or a few days before).
                start = add_months(add_days(p.end, -rng.range(0, 10)), -months);
            }
            start = ymd(
                start.year(),
                start.month(),
                if start.day() < 15 { 1 } else { 15 },
            );
            if phase == 1 && start > as_of {
                start = add_days(start, -15);
            }
            let end = add_days(add_months(start, months), -1);
            let pks = agreements
                .iter()
                .filter(is_internship_pks)
                .find(|a| a.partner_id == campus.0 && a.start <= start && end <= a.end);
            let rooms: Vec<usize> = hosts(chosen.2)
                .iter()
                .filter_map(|code| find(offices, code))
                .filter(|&h| has_room(offices, &out, h, start, end))
                .collect();
            let host = (!rooms.is_empty()).then(|| *rng.pick(&rooms));
            if let Some(h) = host
                && (pks.is_some() || tries > 20)
            {
                break (campus, chosen, scheme, start, end, pks.map(|a| a.id), h);
            }
            if tries > 60 {
                // Every host of the field is full then: BKPSDM (no limit).
                let h = find(offices, BKPSDM).unwrap_or(0);
                break (campus, chosen, scheme, start, end, pks.map(|a| a.id), h);
            }
        };
        let (program, level, _) = chosen;
        let mentors: Vec<i64> = people
            .iter()
            .filter(|p| {
                p.slot.unit == host
                    && matches!(p.row.position_kind, "ADMINISTRATOR" | "PENGAWAS")
                    && p.row.status == "AKTIF"
            })
            .map(|p| p.row.id)
            .collect();
        let female = rng.chance(0.55);
        let semester = match (scheme, level) {
            ("MBKM", _) => rng.range(5, 6),
            (_, "D3") => rng.range(4, 5),
            _ => rng.range(5, 7),
        };
        let entry_year = start.year() - ((semester as i32 + 1) / 2);
        let nim = loop {
            let seq = rng.range(1, 999);
            let pidx = campus.2.iter().position(|c| c.0 == program).unwrap_or(0) as i64;
            let nim = match campus.0 {
                UNIMAL => format!("{:02}{:02}{:05}", entry_year % 100, 10 + pidx, seq),
                PNL => format!("{entry_year}{:03}{seq:03}", 301 + pidx * 10),
                UIN_SUNA => format!("{entry_year}{:02}{seq:04}", pidx + 1),
                _ => format!("{:02}{:02}{seq:04}", entry_year % 100, 60 + pidx),
            };
            if nims.insert((campus.0, nim.clone())) {
                break nim;
            }
        };
        let lecturer_level = if rng.chance(0.25) { "S3" } else { "S2" };
        let l = schooling(&mut rng, lecturer_level, lecturer_profile(chosen.2));
        let lecturer_female = rng.chance(0.45);
        let lecturer_name = person_name(&mut rng, lecturer_female);
        let lecturer = full_name(&l.front, &lecturer_name, &l.back);
        // The request letter came in before the reference date, even for future starts.
        let request_date =
            add_days(start, -rng.range(21, 60)).min(add_days(as_of, -rng.range(1, 10)));
        letters += 1;
        let status = match phase {
            0 => "SELESAI",
            1 => "BERJALAN",
            2 => "DITERIMA",
            _ => "DIAJUKAN",
        };
        // The reply within two weeks (never after the reference date).
        let reply_date = (phase != 3).then(|| add_days(request_date, rng.range(5, 14)).min(as_of));
        let host_short = offices[host].short.replace([' ', '.'], "");
        let campus_code = letter_code(campus.0, request_date).unwrap_or("");
        out.push(Intern {
            id: 0,
            partner_id: campus.0,
            agreement_id: pks,
            name: person_name(&mut rng, female),
            nim,
            gender: if female { "P" } else { "L" },
            study_program: program,
            level,
            semester,
            scheme,
            unit_id: host as i64 + 1,
            mentor_id: if mentors.is_empty() || i == WITHOUT_MENTOR {
                None
            } else {
                Some(*rng.pick(&mentors))
            },
            lecturer,
            request_no: format!(
                "{}/{campus_code}/PP.00/{}",
                rng.range(100, 2999),
                request_date.year()
            ),
            request_date,
            reply_no: match reply_date {
                Some(d) => format!("800/{}/BKPSDM/{}", 100 + letters, d.year()),
                None => String::new(),
            },
            reply_date,
            start,
            end,
            status,
            score: (phase == 0).then(|| f64::from(rng.range(78, 95) as i32)),
            completion_no: if phase == 0 {
                format!("800/{}/{host_short}/{}", 300 + letters, end.year())
            } else {
                String::new()
            },
        });
    }
    out.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.nim.cmp(&b.nim)));
    for (i, m) in out.iter_mut().enumerate() {
        m.id = i as i64 + 1;
    }
    out
}
