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
use super::units::{BKPSDM, Office, SETDAKO, root_of};
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
/// as employee ids. In a bidang, school or UPTD the head of the unit above
/// is the superior; the Sekda of each kab/kota appraises its unit heads.
fn appraisers(
    rng: &mut Rng,
    people: &[Person],
    offices: &[Office],
) -> Vec<(Option<i64>, Option<i64>)> {
    let regions = offices.iter().map(|o| o.region + 1).max().unwrap_or(1);
    let mut heads = vec![None; offices.len()];
    let mut admins: Vec<Vec<i64>> = vec![Vec::new(); offices.len()];
    let mut supervisors: Vec<Vec<i64>> = vec![Vec::new(); offices.len()];
    let mut deputies: Vec<Vec<i64>> = vec![Vec::new(); regions];
    for p in people {
        let u = p.slot.unit;
        match p.slot.post {
            Post::Head => heads[u] = Some(p.row.id),
            Post::Deputy(_) => deputies[p.slot.region].push(p.row.id),
            Post::Administrator(_) => admins[u].push(p.row.id),
            Post::Supervisor(_) => supervisors[u].push(p.row.id),
            _ if p.slot.lead => heads[u] = Some(p.row.id),
            _ => {}
        }
    }
    let mut sekda = vec![None; regions];
    for (u, o) in offices.iter().enumerate() {
        if o.def.code == SETDAKO {
            sekda[o.region] = heads[u];
        }
    }
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
            let r = p.slot.region;
            let head = heads[u];
            let sekda = sekda[r];
            let admin = pick(rng, &admins[u]);
            let supervisor = pick(rng, &supervisors[u]);
            let in_setdako = offices[u].def.code == SETDAKO;
            let (penilai, atasan) = match (offices[u].parent, p.slot.post) {
                (Some(above), _) if p.slot.heads_unit() => (heads[above], sekda),
                (Some(above), _) => (head, heads[above]),
                (None, Post::Head) if in_setdako => (None, None),
                (None, Post::Head | Post::Deputy(_)) => (sekda, None),
                (None, Post::Administrator(_)) if in_setdako => {
                    (pick(rng, &deputies[r]).or(sekda), sekda)
                }
                (None, Post::Administrator(_)) => (head, sekda),
                (None, Post::Supervisor(_)) => (admin.or(head), head),
                _ => match p.row.jf_level {
                    Some("AHLI_MADYA") => (head, sekda),
                    Some("AHLI_MUDA") => (admin.or(head), head),
                    _ => (supervisor.or(admin).or(head), admin.or(head)),
                },
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

/// The top-level offices (indices).
fn roots(offices: &[Office]) -> Vec<usize> {
    (0..offices.len())
        .filter(|&u| offices[u].parent.is_none())
        .collect()
}

/// The city's BKPSDM (Istimewa throughout) and Setdako.
fn is_city(o: &Office, code: &str) -> bool {
    o.code == code
}

/// Units beyond their limit in each period, per kab/kota.
const OVER_PER_PERIOD: usize = 3;
/// Units that have not finished the last quarter, per kab/kota.
const UNFINISHED_UNITS: usize = 4;

/// The number of kab/kota the offices belong to.
fn region_count(offices: &[Office]) -> usize {
    offices.iter().map(|o| o.region + 1).max().unwrap_or(1)
}

/// The organisation predicate of every top-level unit for every period
/// (`periods`): the city's BKPSDM Istimewa, in each kab/kota one other unit
/// Butuh Perbaikan in about half of the periods (never a Setda), the rest
/// Baik.
pub fn unit_predicates(seed: u64, as_of: NaiveDate, offices: &[Office]) -> Vec<UnitPredicate> {
    let mut rng = Rng::stream(seed, "unit-predicates");
    let roots = roots(offices);
    let weak_pools: Vec<Vec<usize>> = (0..region_count(offices))
        .map(|r| {
            roots
                .iter()
                .copied()
                .filter(|&u| {
                    let o = &offices[u];
                    o.region == r && !is_city(o, BKPSDM) && o.def.code != SETDAKO
                })
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    for period in periods(as_of) {
        let mut weak: Vec<usize> = Vec::new();
        for pool in &weak_pools {
            if rng.chance(0.5) {
                weak.push(*rng.pick(pool));
            }
        }
        for &u in &roots {
            let predicate = if is_city(&offices[u], BKPSDM) {
                OrgPredicate::Istimewa
            } else if weak.contains(&u) {
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
    offices: &[Office],
    orgs: &[UnitPredicate],
) -> Vec<Evaluation> {
    let mut rng = Rng::stream(seed, "evaluations");
    let mut shape_rng = Rng::stream(seed, "evaluation-shape");
    let mut feedback_rng = Rng::stream(seed, "evaluation-feedback");
    let chain = appraisers(&mut rng, people, offices);
    let ctx = Ctx::new(people, offices);
    // Organisation predicate by (unit id, year, kind, number).
    let org_of: std::collections::HashMap<(i64, i32, &str, i64), &str> = orgs
        .iter()
        .map(|o| ((o.unit_id, o.year, o.period_kind, o.period), o.predicate))
        .collect();
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
            leave_unfinished(&mut shape_rng, &mut rest, &ctx);
            out.extend(rest);
        }
        ensure_low_ratings(&mut rng, &mut out[first..], &ctx);
        let org = |root: usize| {
            org_of
                .get(&(root as i64 + 1, period.year, period.kind, period.number))
                .and_then(|c| OrgPredicate::from_code(c))
                .unwrap_or(OrgPredicate::Baik)
        };
        shape_distribution(&mut shape_rng, &mut out[first..], &ctx, org);
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

/// What the shaping passes need to know about people and units.
struct Ctx<'a> {
    people: &'a [Person],
    offices: &'a [Office],
    /// Top-level office per person (by index).
    root: Vec<usize>,
    roots: Vec<usize>,
    regions: usize,
}

impl<'a> Ctx<'a> {
    fn new(people: &'a [Person], offices: &'a [Office]) -> Ctx<'a> {
        Ctx {
            people,
            offices,
            root: people
                .iter()
                .map(|p| root_of(offices, p.slot.unit))
                .collect(),
            roots: roots(offices),
            regions: region_count(offices),
        }
    }

    fn person(&self, e: &Evaluation) -> &'a Person {
        &self.people[e.employee_id as usize - 1]
    }

    fn root(&self, e: &Evaluation) -> usize {
        self.root[e.employee_id as usize - 1]
    }

    /// The evaluations of `period` (indices) per top-level office.
    fn by_root(&self, period: &[Evaluation]) -> Vec<Vec<usize>> {
        let mut members = vec![Vec::new(); self.offices.len()];
        for (k, e) in period.iter().enumerate() {
            members[self.root(e)].push(k);
        }
        members
    }

    /// Heads a top-level unit (takes the unit's achievement as work result).
    fn is_head(&self, p: &Person) -> bool {
        matches!(p.slot.post, Post::Head) && self.offices[p.slot.unit].parent.is_none()
    }
}

/// In the last quarter evaluated, four units per kab/kota (never the city's
/// BKPSDM, each with ten people or more and not among the biggest) have evaluated only part of their
/// people: a third to two thirds of their evaluations are not there yet.
fn leave_unfinished(rng: &mut Rng, period: &mut Vec<Evaluation>, ctx: &Ctx) {
    let members = ctx.by_root(period);
    // Not the biggest units (a dinas with its schools): a few small gaps,
    // not a tenth of the city missing.
    let big = (period.len() / ctx.regions / 10).max(10);
    let mut unfinished = vec![false; ctx.offices.len()];
    for r in 0..ctx.regions {
        let mut pool: Vec<usize> = ctx
            .roots
            .iter()
            .copied()
            .filter(|&u| {
                let o = &ctx.offices[u];
                o.region == r && !is_city(o, BKPSDM) && (10..=big).contains(&members[u].len())
            })
            .collect();
        rng.shuffle(&mut pool);
        pool.truncate(UNFINISHED_UNITS);
        for u in pool {
            unfinished[u] = true;
        }
    }
    let mut keep = Vec::with_capacity(period.len());
    for e in period.drain(..) {
        if !unfinished[ctx.root(&e)] || !rng.chance(0.5) {
            keep.push(e);
        }
    }
    *period = keep;
}

/// Makes each unit's predicates of one period follow its organisation
/// predicate (`org`): a unit's head takes its achievement as work result
/// (`domain::predicate::leader_rating`); in a Baik organisation at most 70%
/// Baik (the excess goes to Sangat Baik for the strongest, Butuh Perbaikan
/// or Kurang/Misconduct for the weakest) — except in three units per
/// kab/kota, left beyond the limit; in BKPSDM (Istimewa) about half Sangat
/// Baik; in a unit needing improvement a quarter Butuh Perbaikan.
fn shape_distribution(
    rng: &mut Rng,
    period: &mut [Evaluation],
    ctx: &Ctx,
    org: impl Fn(usize) -> OrgPredicate,
) {
    let by_root = ctx.by_root(period);
    // The units left beyond their limit: Baik organisations with ten people or more.
    let mut beyond = vec![false; ctx.offices.len()];
    for r in 0..ctx.regions {
        let mut candidates: Vec<usize> = ctx
            .roots
            .iter()
            .copied()
            .filter(|&u| {
                let o = &ctx.offices[u];
                o.region == r
                    && org(u) == OrgPredicate::Baik
                    && !is_city(o, BKPSDM)
                    && by_root[u].len() >= 10
            })
            .collect();
        rng.shuffle(&mut candidates);
        candidates.truncate(OVER_PER_PERIOD);
        for u in candidates {
            beyond[u] = true;
        }
    }
    for &u in &ctx.roots {
        let members = &by_root[u];
        if members.is_empty() {
            continue;
        }
        let o = org(u);
        for &k in members {
            if ctx.is_head(ctx.person(&period[k])) {
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
                !ctx.is_head(ctx.person(&period[k])) && predicate_of(&period[k]) == Predicate::Baik
            })
            .collect();
        rng.shuffle(&mut open);
        open.sort_by_key(|&k| ctx.person(&period[k]).quality);
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
            OrgPredicate::Baik if beyond[u] => {
                // Beyond the limit: above 70% Baik whatever the draw gave.
                let allowed = n * 7 / 10;
                let baik = count(period, Predicate::Baik);
                let mut others: Vec<usize> = members
                    .iter()
                    .copied()
                    .filter(|&k| {
                        !ctx.is_head(ctx.person(&period[k]))
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
fn ensure_low_ratings(rng: &mut Rng, period: &mut [Evaluation], ctx: &Ctx) {
    let mut by_unit: Vec<Vec<usize>> = vec![Vec::new(); ctx.offices.len()];
    for (k, e) in period.iter().enumerate() {
        by_unit[ctx.person(e).slot.unit].push(k);
    }
    for members in by_unit {
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
        candidates.sort_by_key(|&k| ctx.person(&period[k]).quality);
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
