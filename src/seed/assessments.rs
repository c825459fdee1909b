//! Competency assessments (domain.md §10.6): for most employees one
//! assessment of every competency their position requires, in the last three
//! years; actual level mostly the standard or one below, about a fifth two
//! below, a few above; some also have an older assessment (history).

use super::cal::{add_days, days_between};
use super::competencies::{SOCIO_CULTURAL_ID, required_for};
use super::people::Person;
use super::rng::Rng;
use super::rows::Assessment;
use chrono::NaiveDate;

/// Who assessed, as written on the record.
const CENTRE: &str = "Assessment Center BKPSDM";
const CACT: &str = "BKN (CACT)";
const TECHNICAL_TEST: &str = "BKPSDM (uji kompetensi teknis)";

fn delta(rng: &mut Rng, quality: i32) -> i64 {
    let weights: [u32; 4] = match quality {
        1 => [15, 62, 18, 5],
        0 => [5, 52, 25, 18],
        _ => [0, 30, 35, 35],
    };
    [1, 0, -1, -2][rng.weighted(&weights)]
}

/// The assessments of every employee; `heads` gives, per unit index, the name
/// of the unit's head (the assessor of a superior's assessment).
pub fn generate(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    heads: &[String],
) -> Vec<Assessment> {
    let mut rng = Rng::stream(seed, "assessments");
    let mut out = Vec::new();
    for p in people {
        let r = &p.row;
        let earliest = add_days(r.tmt_appointment, 30).max(add_days(as_of, -3 * 365));
        let latest = match r.status_date {
            Some(d) if !p.in_service() => add_days(d, -15).min(as_of),
            _ => add_days(as_of, -7),
        };
        let span = days_between(earliest, latest);
        if span < 0 || !rng.chance(if r.asn_kind == "CPNS" { 0.5 } else { 0.87 }) {
            continue;
        }
        let date = add_days(earliest, rng.range(0, span));
        let structural_high = matches!(r.position_kind, "JPT_PRATAMA" | "ADMINISTRATOR");
        let method = if structural_high {
            if rng.chance(0.8) {
                "ASSESSMENT_CENTER"
            } else {
                "CACT"
            }
        } else if r.position_kind == "PENGAWAS" {
            if rng.chance(0.3) {
                "ASSESSMENT_CENTER"
            } else {
                "CACT"
            }
        } else if rng.chance(0.55) {
            "CACT"
        } else {
            "PENILAIAN_ATASAN"
        };
        let head = &heads[p.slot.unit];
        let superior = if head.is_empty() || r.position_kind == "JPT_PRATAMA" {
            "Sekretaris Daerah"
        } else {
            head.as_str()
        };
        let assessor = |m: &str| match m {
            "ASSESSMENT_CENTER" => CENTRE.to_string(),
            "CACT" => CACT.to_string(),
            "UJI_KOMPETENSI" => TECHNICAL_TEST.to_string(),
            _ => superior.to_string(),
        };
        let tech_method = if rng.chance(0.4) {
            "UJI_KOMPETENSI"
        } else {
            "PENILAIAN_ATASAN"
        };
        let required = required_for(p);
        let mut latest_levels = Vec::with_capacity(required.len());
        for &(comp, standard) in &required {
            let m = if comp > SOCIO_CULTURAL_ID {
                tech_method
            } else {
                method
            };
            let level = (standard + delta(&mut rng, p.quality)).clamp(1, 5);
            latest_levels.push((comp, level, m));
        }
        // An older assessment for about a quarter, showing growth since.
        let older = add_days(date, -rng.range(365, 900));
        if older >= add_days(r.tmt_appointment, 30) && rng.chance(0.25) {
            let old_method = if structural_high { method } else { "CACT" };
            for &(comp, level, m) in &latest_levels {
                let m = if comp > SOCIO_CULTURAL_ID {
                    m
                } else {
                    old_method
                };
                let before = (level - rng.range(0, 1)).max(1);
                out.push(Assessment {
                    id: 0,
                    employee_id: r.id,
                    competency_id: comp,
                    level: before,
                    date: older,
                    method: m,
                    assessor: assessor(m),
                    note: String::new(),
                    follow_up_id: None,
                });
            }
        }
        for (comp, level, m) in latest_levels {
            out.push(Assessment {
                id: 0,
                employee_id: r.id,
                competency_id: comp,
                level,
                date,
                method: m,
                assessor: assessor(m),
                note: String::new(),
                follow_up_id: None,
            });
        }
    }
    for (i, a) in out.iter_mut().enumerate() {
        a.id = i as i64 + 1;
    }
    out
}
