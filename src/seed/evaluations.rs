//! Performance evaluations (PermenPAN-RB 6/2022, domain.md §3.2, §10.9):
//! annual for the two years before the reference year, quarterly for the
//! reference year's completed quarters. Ratings lean to "sesuai"; the
//! predicate comes from the 3×3 table; every unit has a few Butuh Perbaikan
//! or Kurang/Misconduct. Appraisers follow the chain of §3.2.
//!
//! Every top-level unit has an organisation predicate per period (Baik;
//! BKPSDM Istimewa; now and then one unit Butuh Perbaikan) and its people's
//! predicates follow the distribution it allows — at most 70% Baik in a
//! Baik organisation — except in three units a period, left beyond it so
//! Monitoring's warning has something to show; BKPSDM has about half Sangat
//! Baik. A unit's head takes the unit's achievement as work result. In the
//! last quarter evaluated, four units have not finished (Monitoring's
//! "outstanding"). Most evaluations carry feedback (what was observed; for
//! many also its effect, the next step and a date agreed), a few none.

use super::cal::{add_months, quarter_end, ymd};
use super::feedback;
use super::people::Person;
use super::positions::Post;
use super::rng::Rng;
use super::rows::{Evaluation, UnitPredicate};
use super::units::{BIDANG_PKA, BKPSDM, SETDAKO, UNITS};
use crate::domain::enums::{OrgPredicate, Predicate, Rating};
use crate::domain::predicate::{leader_rating, predicate};
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

/// The top-level unit (index into `UNITS`) of unit `u`.
fn root_of(u: usize) -> usize {
    UNITS[u]
        .parent
        .and_then(|code| UNITS.iter().position(|x| x.code == code))
        .unwrap_or(u)
}

/// The top-level units (indices into `UNITS`).
fn roots() -> Vec<usize> {
    (0..UNITS.len())
        .filter(|&u| UNITS[u].parent.is_none())
        .collect()
}

/// Units beyond their limit in each period.
const OVER_PER_PERIOD: usize = 3;
/// Units that have not finished the last quarter.
const UNFINISHED_UNITS: usize = 4;

/// The organisation predicate of every top-level unit for every period
/// (`periods`): BKPSDM Istimewa, one other unit Butuh Perbaikan in about half
/// of the periods (never the Setdako), the rest Baik.
pub fn unit_predicates(seed: u64, as_of: NaiveDate) -> Vec<UnitPredicate> {
    let mut rng = Rng::stream(seed, "unit-predicates");
    let roots = roots();
    let weak_pool: Vec<usize> = roots
        .iter()
        .copied()
        .filter(|&u| !matches!(UNITS[u].code, BKPSDM | SETDAKO))
        .collect();
    let mut out = Vec::new();
    for period in periods(as_of) {
        let weak = rng.chance(0.5).then(|| *rng.pick(&weak_pool));
        for &u in &roots {
            let predicate = if UNITS[u].code == BKPSDM {
                OrgPredicate::Istimewa
            } else if Some(u) == weak {
                OrgPredicate::ButuhPerbaikan
            } else {
                OrgPredicate::Baik
            };
            out.push(UnitPredicate {
                unit_id: u as i64 + 1,
                year: period.year,
                period_kind: period.kind,
                period: period.number,
                predicate: predicate.as_code(),
            });
        }
    }
    out
}

fn predicate_of(e: &Evaluation) -> Predicate {
    predicate(
        Rating::from_code(e.work_result).unwrap_or(Rating::Sesuai),
        Rating::from_code(e.behaviour).unwrap_or(Rating::Sesuai),
    )
}

/// Every evaluation, period by period (ids in that order); `orgs` the
/// organisation predicates of [`unit_predicates`].
pub fn generate(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    orgs: &[UnitPredicate],
) -> Vec<Evaluation> {
    let mut rng = Rng::stream(seed, "evaluations");
    let mut shape_rng = Rng::stream(seed, "evaluation-shape");
    let mut feedback_rng = Rng::stream(seed, "evaluation-feedback");
    let chain = appraisers(&mut rng, people);
    let periods = periods(as_of);
    let last_quarter = periods.iter().rposition(|p| p.kind == "TRIWULAN");
    let mut out = Vec::new();
    for (n, period) in periods.iter().enumerate() {
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
                effect: "",
                next_step: "",
                agreed: None,
            });
        }
        if Some(n) == last_quarter {
            let mut rest = out.split_off(first);
            leave_unfinished(&mut shape_rng, &mut rest, people);
            out.extend(rest);
        }
        ensure_low_ratings(&mut rng, &mut out[first..], people);
        let org = |root: usize| {
            orgs.iter()
                .find(|o| {
                    o.unit_id == root as i64 + 1
                        && o.year == period.year
                        && o.period_kind == period.kind
                        && o.period == period.number
                })
                .and_then(|o| OrgPredicate::from_code(o.predicate))
                .unwrap_or(OrgPredicate::Baik)
        };
        shape_distribution(&mut shape_rng, &mut out[first..], people, org);
    }
    for (i, e) in out.iter_mut().enumerate() {
        e.id = i as i64 + 1;
        let result = Rating::from_code(e.work_result).unwrap_or(Rating::Sesuai);
        let behaviour = Rating::from_code(e.behaviour).unwrap_or(Rating::Sesuai);
        e.predicate = predicate(result, behaviour).as_code();
        e.note = match (result, behaviour) {
            (Rating::DiBawah, _) => *rng.pick(NOTES_RESULT_LOW),
            (_, Rating::DiBawah) => *rng.pick(NOTES_BEHAVIOUR_LOW),
            _ => "",
        };
        let end = if e.period_kind == "TAHUNAN" {
            ymd(e.year, 12, 31)
        } else {
            quarter_end(e.year, e.period as u32)
        };
        let empty = if e.period_kind == "TAHUNAN" {
            0.1
        } else {
            0.05
        };
        let w = feedback::write(&mut feedback_rng, e.predicate, end, empty);
        e.feedback = w.observed;
        e.effect = w.effect;
        e.next_step = w.step;
        e.agreed = w.agreed;
    }
    out
}

/// In the last quarter evaluated, four units (never BKPSDM, each with ten
/// people or more) have evaluated only part of their people: a third to
/// two thirds of their evaluations are not there yet.
fn leave_unfinished(rng: &mut Rng, period: &mut Vec<Evaluation>, people: &[Person]) {
    let root = |e: &Evaluation| root_of(people[e.employee_id as usize - 1].slot.unit);
    let mut pool: Vec<usize> = roots()
        .into_iter()
        .filter(|&u| {
            UNITS[u].code != BKPSDM && period.iter().filter(|e| root(e) == u).count() >= 10
        })
        .collect();
    rng.shuffle(&mut pool);
    pool.truncate(UNFINISHED_UNITS);
    let mut keep = Vec::with_capacity(period.len());
    for e in period.drain(..) {
        if !pool.contains(&root(&e)) || !rng.chance(0.5) {
            keep.push(e);
        }
    }
    *period = keep;
}

/// Makes each unit's predicates of one period follow its organisation
/// predicate (`org`): a unit's head takes its achievement as work result
/// (`domain::predicate::leader_rating`); in a Baik organisation at most 70%
/// Baik (the excess goes to Sangat Baik for the strongest, Butuh Perbaikan
/// or Kurang/Misconduct for the weakest) — except in three units, left
/// beyond the limit; in BKPSDM (Istimewa) about half Sangat Baik; in a unit
/// needing improvement a quarter Butuh Perbaikan.
fn shape_distribution(
    rng: &mut Rng,
    period: &mut [Evaluation],
    people: &[Person],
    org: impl Fn(usize) -> OrgPredicate,
) {
    let person = |e: &Evaluation| &people[e.employee_id as usize - 1];
    let is_head =
        |p: &Person| matches!(p.slot.post, Post::Head) && UNITS[p.slot.unit].parent.is_none();
    let roots = roots();
    // The units left beyond their limit: Baik organisations with ten people or more.
    let mut candidates: Vec<usize> = roots
        .iter()
        .copied()
        .filter(|&u| {
            org(u) == OrgPredicate::Baik
                && UNITS[u].code != BKPSDM
                && period
                    .iter()
                    .filter(|e| root_of(person(e).slot.unit) == u)
                    .count()
                    >= 10
        })
        .collect();
    rng.shuffle(&mut candidates);
    candidates.truncate(OVER_PER_PERIOD);
    for &u in &roots {
        let members: Vec<usize> = (0..period.len())
            .filter(|&k| root_of(person(&period[k]).slot.unit) == u)
            .collect();
        if members.is_empty() {
            continue;
        }
        let o = org(u);
        for &k in &members {
            if is_head(person(&period[k])) {
                period[k].work_result = leader_rating(o).as_code();
            }
        }
        let n = members.len();
        let count = |period: &[Evaluation], p: Predicate| {
            members
                .iter()
                .filter(|&&k| predicate_of(&period[k]) == p)
                .count()
        };
        // Those whose predicate may change, weakest first.
        let mut open: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&k| {
                !is_head(person(&period[k])) && predicate_of(&period[k]) == Predicate::Baik
            })
            .collect();
        rng.shuffle(&mut open);
        open.sort_by_key(|&k| person(&period[k]).quality);
        let to_sb = |e: &mut Evaluation| {
            e.work_result = "DI_ATAS";
            e.behaviour = "DI_ATAS";
        };
        match o {
            OrgPredicate::Istimewa => {
                let want = (n * 5).div_ceil(10).min(n * 7 / 10);
                let have = count(period, Predicate::SangatBaik);
                for &k in open.iter().rev().take(want.saturating_sub(have)) {
                    to_sb(&mut period[k]);
                }
            }
            OrgPredicate::Baik if candidates.contains(&u) => {
                // Beyond the limit: above 70% Baik whatever the draw gave.
                let allowed = n * 7 / 10;
                let baik = count(period, Predicate::Baik);
                let mut others: Vec<usize> = members
                    .iter()
                    .copied()
                    .filter(|&k| {
                        !is_head(person(&period[k]))
                            && predicate_of(&period[k]) == Predicate::SangatBaik
                    })
                    .collect();
                others.truncate((allowed + 2).saturating_sub(baik));
                for k in others {
                    period[k].work_result = "SESUAI";
                    period[k].behaviour = "SESUAI";
                }
            }
            OrgPredicate::Baik => {
                let allowed = n * 7 / 10;
                let target = allowed.saturating_sub(rng.range(0, (n / 15) as i64) as usize);
                let excess = count(period, Predicate::Baik).saturating_sub(target);
                let up = excess * 45 / 100;
                for &k in open.iter().rev().take(up) {
                    to_sb(&mut period[k]);
                }
                for &k in open.iter().take(excess - up) {
                    if rng.chance(0.8) {
                        period[k].work_result = "DI_BAWAH";
                    } else {
                        period[k].behaviour = "DI_BAWAH";
                    }
                }
            }
            _ => {
                let want = n.div_ceil(4);
                let have = count(period, Predicate::ButuhPerbaikan);
                for &k in open.iter().take(want.saturating_sub(have)) {
                    period[k].work_result = "DI_BAWAH";
                    period[k].behaviour = "SESUAI";
                }
            }
        }
    }
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
