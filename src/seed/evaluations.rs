//! Performance evaluations (PermenPAN-RB 6/2022, domain.md §3.2, §10.9):
//! annual for the two years before the reference year, quarterly for the
//! reference year's completed quarters. Ratings lean to "sesuai"; the
//! predicate comes from the 3×3 table; BKPSDM (an "Istimewa" organisation)
//! has more Sangat Baik; every unit has a few Butuh Perbaikan or
//! Kurang/Misconduct. Appraisers follow the chain of §3.2.

use super::cal::{add_months, quarter_end, ymd};
use super::people::Person;
use super::positions::Post;
use super::rng::Rng;
use super::rows::Evaluation;
use super::units::{BIDANG_PKA, BKPSDM, SETDAKO, UNITS};
use crate::domain::enums::Rating;
use crate::domain::predicate::predicate;
use chrono::{Datelike, NaiveDate};

/// One evaluation period: its kind, number and last day.
#[derive(Debug, Clone, Copy)]
pub struct Period {
    pub year: i32,
    pub kind: &'static str,
    pub number: i64,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// Annual periods of as_of−2 and as_of−1, then the completed quarters of the
/// reference year.
pub fn periods(as_of: NaiveDate) -> Vec<Period> {
    let y = as_of.year();
    let mut out: Vec<Period> = [y - 2, y - 1]
        .iter()
        .map(|&year| Period {
            year,
            kind: "TAHUNAN",
            number: 1,
            start: ymd(year, 1, 1),
            end: ymd(year, 12, 31),
        })
        .collect();
    for q in 1..=4u32 {
        let end = quarter_end(y, q);
        if end < as_of {
            out.push(Period {
                year: y,
                kind: "TRIWULAN",
                number: i64::from(q),
                start: ymd(y, q * 3 - 2, 1),
                end,
            });
        }
    }
    out
}

/// Who appraises whom: (pejabat penilai, atasan pejabat penilai) per person,
/// as employee ids.
fn appraisers(rng: &mut Rng, people: &[Person]) -> Vec<(Option<i64>, Option<i64>)> {
    let mut heads = vec![None; UNITS.len()];
    let mut admins: Vec<Vec<i64>> = vec![Vec::new(); UNITS.len()];
    let mut supervisors: Vec<Vec<i64>> = vec![Vec::new(); UNITS.len()];
    let mut deputies = Vec::new();
    for p in people {
        let u = p.slot.unit;
        match p.slot.post {
            Post::Head => heads[u] = Some(p.row.id),
            Post::Deputy(_) => deputies.push(p.row.id),
            Post::Administrator(_) => admins[u].push(p.row.id),
            Post::Supervisor(_) => supervisors[u].push(p.row.id),
            _ => {}
        }
    }
    let unit = |code: &str| UNITS.iter().position(|u| u.code == code).unwrap_or(0);
    let sekda = heads[unit(SETDAKO)];
    let bkpsdm = heads[unit(BKPSDM)];
    let bidang = unit(BIDANG_PKA);
    let pick = |rng: &mut Rng, list: &[i64]| {
        if list.is_empty() {
            None
        } else {
            Some(*rng.pick(list))
        }
    };
    people
        .iter()
        .map(|p| {
            let u = p.slot.unit;
            let head = heads[u];
            let admin = pick(rng, &admins[u]);
            let supervisor = pick(rng, &supervisors[u]);
            let in_setdako = u == unit(SETDAKO);
            let (penilai, atasan) = match p.slot.post {
                Post::Head if in_setdako => (None, None),
                Post::Head if u == bidang => (bkpsdm, sekda),
                Post::Head | Post::Deputy(_) => (sekda, None),
                Post::Administrator(_) if in_setdako => (pick(rng, &deputies).or(sekda), sekda),
                Post::Administrator(_) => (head, sekda),
                Post::Supervisor(_) => (admin.or(head), head),
                _ => match p.row.jf_level {
                    Some("AHLI_MADYA") => (head, sekda),
                    Some("AHLI_MUDA") => (admin.or(head), head),
                    _ => (supervisor.or(admin).or(head), admin.or(head)),
                },
            };
            let (penilai, atasan) = if u == bidang && !matches!(p.slot.post, Post::Head) {
                (head, bkpsdm)
            } else {
                (penilai, atasan)
            };
            // Nobody appraises themselves.
            let not_self = |x: Option<i64>| x.filter(|&id| id != p.row.id);
            (not_self(penilai), not_self(atasan))
        })
        .collect()
}

fn rating(rng: &mut Rng, weights: [u32; 3]) -> Rating {
    [Rating::DiAtas, Rating::Sesuai, Rating::DiBawah][rng.weighted(&weights)]
}

const NOTES_RESULT_LOW: &[&str] = &[
    "Beberapa target kinerja utama belum tercapai.",
    "Penyelesaian laporan sering melewati tenggat waktu.",
];
const NOTES_BEHAVIOUR_LOW: &[&str] = &[
    "Kedisiplinan kehadiran perlu ditingkatkan.",
    "Ada keluhan rekan kerja terkait kerja sama tim.",
];
const FEEDBACK_LOW: &[&str] = &[
    "Perlu pendampingan atasan dan rencana perbaikan kinerja bulanan.",
    "Disarankan mengikuti coaching bersama atasan langsung dan mengingat kembali nilai BerAKHLAK.",
];
const FEEDBACK_HIGH: &[&str] = &[
    "Melampaui target dan menjadi teladan; dipertimbangkan untuk program pengembangan talenta.",
    "Pertahankan inisiatif dalam pelayanan dan bagikan praktik baiknya kepada rekan.",
];
const FEEDBACK_USUAL: &[&str] = &[
    "Pertahankan kinerja; tingkatkan kompetensi teknis melalui pelatihan yang relevan.",
    "Kinerja sesuai ekspektasi; perhatikan ketepatan waktu pelaporan.",
];

/// Every evaluation, period by period (ids in that order).
pub fn generate(seed: u64, as_of: NaiveDate, people: &[Person]) -> Vec<Evaluation> {
    let mut rng = Rng::stream(seed, "evaluations");
    let chain = appraisers(&mut rng, people);
    let mut out = Vec::new();
    for period in periods(as_of) {
        let first = out.len();
        // Appointed well before the period ends, still employed at its end.
        let cutoff = if period.kind == "TAHUNAN" {
            add_months(period.end, -6)
        } else {
            period.start
        };
        for (i, p) in people.iter().enumerate() {
            if p.row.tmt_appointment > cutoff || !p.employed_on(period.end) {
                continue;
            }
            let (w_result, w_behaviour) = match p.quality {
                1 => ([60, 39, 1], [60, 39, 1]),
                0 => ([10, 86, 4], [10, 88, 2]),
                _ => ([2, 58, 40], [2, 73, 25]),
            };
            let result = rating(&mut rng, w_result);
            let behaviour = rating(&mut rng, w_behaviour);
            let (penilai, atasan) = chain[i];
            out.push(Evaluation {
                id: 0,
                employee_id: p.row.id,
                year: period.year,
                period_kind: period.kind,
                period: period.number,
                work_result: result.as_code(),
                behaviour: behaviour.as_code(),
                predicate: "",
                appraiser_id: penilai,
                appraiser_superior_id: atasan,
                note: "",
                feedback: "",
            });
        }
        ensure_low_ratings(&mut rng, &mut out[first..], people);
    }
    for (i, e) in out.iter_mut().enumerate() {
        e.id = i as i64 + 1;
        let result = Rating::from_code(e.work_result).unwrap_or(Rating::Sesuai);
        let behaviour = Rating::from_code(e.behaviour).unwrap_or(Rating::Sesuai);
        e.predicate = predicate(result, behaviour).as_code();
        let (note, feedback) = match (result, behaviour) {
            (Rating::DiBawah, _) => (*rng.pick(NOTES_RESULT_LOW), *rng.pick(FEEDBACK_LOW)),
            (_, Rating::DiBawah) => (*rng.pick(NOTES_BEHAVIOUR_LOW), *rng.pick(FEEDBACK_LOW)),
            (Rating::DiAtas, Rating::DiAtas) => ("", *rng.pick(FEEDBACK_HIGH)),
            _ if rng.chance(0.2) => ("", *rng.pick(FEEDBACK_USUAL)),
            _ => ("", ""),
        };
        e.note = note;
        e.feedback = feedback;
    }
    out
}

/// Each unit with four or more people evaluated in a period gets at least one
/// rating below expectation (about 3% of its people), taken from its weakest.
fn ensure_low_ratings(rng: &mut Rng, period: &mut [Evaluation], people: &[Person]) {
    let person_of = |e: &Evaluation| &people[e.employee_id as usize - 1];
    for unit in 0..UNITS.len() {
        let members: Vec<usize> = (0..period.len())
            .filter(|&k| person_of(&period[k]).slot.unit == unit)
            .collect();
        if members.len() < 4 {
            continue;
        }
        let wanted = (members.len() * 3).div_ceil(100).max(1);
        let low = |e: &Evaluation| e.work_result == "DI_BAWAH" || e.behaviour == "DI_BAWAH";
        let have = members.iter().filter(|&&k| low(&period[k])).count();
        let mut candidates: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&k| !low(&period[k]))
            .collect();
        rng.shuffle(&mut candidates);
        candidates.sort_by_key(|&k| person_of(&period[k]).quality);
        for &k in candidates.iter().take(wanted.saturating_sub(have)) {
            if rng.chance(0.5) {
                period[k].work_result = "DI_BAWAH";
            } else {
                period[k].behaviour = "DI_BAWAH";
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_two_years_then_completed_quarters() {
        let p = periods(ymd(2026, 11, 28));
        let labels: Vec<(i32, &str, i64)> = p.iter().map(|p| (p.year, p.kind, p.number)).collect();
        assert_eq!(
            labels,
            vec![
                (2024, "TAHUNAN", 1),
                (2025, "TAHUNAN", 1),
                (2026, "TRIWULAN", 1),
                (2026, "TRIWULAN", 2),
                (2026, "TRIWULAN", 3)
            ]
        );
        assert_eq!(periods(ymd(2026, 3, 31)).len(), 2);
    }
}
