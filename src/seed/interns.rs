//! Student interns (domain.md §6.2, §10.11): about thirty, from the partner
//! campuses, placed in BKPSDM, Diskominfo, Bappeda and the kecamatan offices,
//! each with a field mentor (an Administrator or Pengawas of the host unit).
//! Statuses follow the dates: SELESAI before the reference date, BERJALAN
//! around it, DITERIMA / DIAJUKAN after it. NIMs are fictional.

use super::cal::{add_days, add_months, ymd};
use super::education::{Profile, schooling};
use super::names::person_name;
use super::partners::{BINA_BANGSA, PNL, UIN_SUNA, UNBP, UNIMAL};
use super::people::Person;
use super::rng::Rng;
use super::rows::{Agreement, Intern};
use super::units::{BKPSDM, UNITS};
use crate::db::employees::full_name;
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// How many interns the demo data holds.
pub const INTERNS: usize = 30;

/// Where a study programme's students are placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    It,
    Admin,
    Comms,
    Finance,
}

/// (campus, campus code for letters, weight, [(programme, level, field)]).
type Campus = (
    i64,
    &'static str,
    u32,
    &'static [(&'static str, &'static str, Field)],
);

const CAMPUSES: [Campus; 5] = [
    (
        UNIMAL,
        "UNIMAL",
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
        "PNL",
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
        "UIN-SUNA",
        20,
        &[
            ("Komunikasi dan Penyiaran Islam", "S1", Field::Comms),
            ("Hukum Keluarga Islam", "S1", Field::Admin),
            ("Ekonomi Syariah", "S1", Field::Finance),
        ],
    ),
    (
        UNBP,
        "UNBP",
        10,
        &[
            ("Manajemen", "S1", Field::Finance),
            ("Ilmu Administrasi Negara", "S1", Field::Admin),
        ],
    ),
    (
        BINA_BANGSA,
        "UBBL",
        5,
        &[
            ("Sistem Informasi", "S1", Field::It),
            ("Akuntansi", "S1", Field::Finance),
        ],
    ),
];

/// Host units by field (unit codes).
fn hosts(field: Field) -> &'static [&'static str] {
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

/// The interns. `agreements` are the MoU/PKS rows (an internship is linked
/// to the campus's internship PKS when that covers its dates).
pub fn generate(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    agreements: &[Agreement],
) -> Vec<Intern> {
    let mut rng = Rng::stream(seed, "interns");
    let mut nims: HashSet<(i64, String)> = HashSet::new();
    let mut letters = 0;
    let mut out = Vec::new();
    for i in 0..INTERNS {
        // 18 finished, 7 running, 3 accepted, 2 applied.
        let phase = match i {
            0..=17 => 0,
            18..=24 => 1,
            25..=27 => 2,
            _ => 3,
        };
        let weights: Vec<u32> = CAMPUSES.iter().map(|c| c.2).collect();
        let (mut campus, mut chosen, mut scheme, mut start, mut end);
        let mut tries = 0;
        let pks = loop {
            campus = CAMPUSES[rng.weighted(&weights)];
            chosen = *rng.pick(campus.3);
            let level = chosen.1;
            scheme = if level == "D3" {
                if rng.chance(0.3) { "PKL" } else { "MANDIRI" }
            } else if level == "S1" && rng.chance(0.25) {
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
            start = match phase {
                0 => add_days(as_of, -rng.range(days + 10, days + 620)),
                1 => add_days(as_of, -rng.range(5, days - 25)),
                _ => add_days(as_of, rng.range(20, 75)),
            };
            start = ymd(
                start.year(),
                start.month(),
                if start.day() < 15 { 1 } else { 15 },
            );
            if phase == 1 && start > as_of {
                start = add_days(start, -15);
            }
            end = add_days(add_months(start, months), -1);
            let found = agreements.iter().find(|a| {
                a.doc == "PKS"
                    && a.partner_id == campus.0
                    && a.about.starts_with("Magang")
                    && a.start <= start
                    && end <= a.end
            });
            tries += 1;
            if found.is_some() || tries > 20 {
                break found.map(|a| a.id);
            }
        };
        let (program, level, field) = chosen;
        let host_code = *rng.pick(hosts(field));
        let host = UNITS.iter().position(|u| u.code == host_code).unwrap_or(0);
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
            let pidx = campus.3.iter().position(|c| c.0 == program).unwrap_or(0) as i64;
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
        let l = schooling(&mut rng, lecturer_level, lecturer_profile(field));
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
        let host_short = UNITS[host].short.replace([' ', '.'], "");
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
            mentor_id: if mentors.is_empty() {
                None
            } else {
                Some(*rng.pick(&mentors))
            },
            lecturer,
            request_no: format!(
                "{}/{}/PP.00/{}",
                rng.range(100, 2999),
                campus.1,
                request_date.year()
            ),
            request_date,
            reply_no: if phase == 3 {
                String::new()
            } else {
                format!(
                    "800/{}/BKPSDM/{}",
                    100 + letters,
                    add_days(request_date, 14).year()
                )
            },
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
