//! Deterministic demo data (`peka seed`), following domain.md §10.
//!
//! [`generate`] is pure: the same [`SeedConfig`] always yields the same
//! [`SeedData`] (own PRNG, no clock, no hash-map iteration). Each stage draws
//! from its own random stream so that changing one stage leaves the others'
//! draws as they were. `crate::db::seed_store` writes the result.

mod assessments;
mod cal;
mod catalog;
mod competencies;
mod education;
mod enrollments;
mod evaluations;
mod feedback;
mod followups;
mod identity;
mod intern_notes;
mod interns;
mod names;
mod opd;
mod partners;
mod people;
mod positions;
mod ranks;
pub mod rng;
pub mod rows;
mod trainings;
mod units;

pub use competencies::NATIONAL_CODES;

use crate::db::employees::full_name;
use chrono::NaiveDate;
use rows::{Kecamatan, SeedData, Setting, Unit};

/// Default number of employees.
pub const DEFAULT_EMPLOYEES: usize = 1500;
/// Largest number of employees `peka seed` accepts: above one city's
/// workforce the data takes in the units of further Aceh kab/kota
/// (`units::plan`).
pub const MAX_EMPLOYEES: usize = 100_000;

pub use catalog::jf_fields;
pub use identity::{NIK_REGIONS, Region};

/// The smallest number of employees the unit pyramid works for.
pub fn min_employees() -> usize {
    positions::min_employees()
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedConfig {
    pub employees: usize,
    pub seed: u64,
    /// Reference date: statuses (trainings, agreements, internships) are as of it.
    pub as_of: NaiveDate,
}

/// Generates the whole data set for `cfg`.
pub fn generate(cfg: &SeedConfig) -> SeedData {
    let mut data = SeedData {
        settings: vec![Setting {
            key: "tanggal_acuan",
            value: cfg.as_of.format("%Y-%m-%d").to_string(),
            note: "Tanggal acuan data contoh (peka seed)",
        }],
        kecamatan: units::KECAMATAN
            .iter()
            .map(|&(code, name)| Kecamatan {
                code,
                name,
                assumed: true,
            })
            .collect(),
        ..SeedData::default()
    };
    let offices = units::plan(cfg.employees);
    data.units = unit_rows(&offices);
    let people = people::generate(cfg.seed, cfg.as_of, &offices);
    let heads = unit_heads(&people, &offices);
    let (competencies, levels) = competencies::dictionary();
    data.competencies = competencies;
    data.levels = levels;
    data.standards = competencies::standards();
    data.assessments = assessments::generate(cfg.seed, cfg.as_of, &people, &heads);
    data.partners = partners::partners(cfg.seed);
    let unit_id = |code: &str| units::find(&offices, code).map_or(1, |i| i as i64 + 1);
    data.agreements = partners::agreements(
        cfg.seed,
        cfg.as_of,
        unit_id(units::SETDAKO),
        unit_id(units::BKPSDM),
        unit_id(units::BIDANG_PKA),
    );
    let batches = trainings::schedule(cfg.seed, cfg.as_of, cfg.employees);
    let (trainings, links) = trainings::rows(&batches);
    let codes: Vec<String> = trainings.iter().map(|t| t.code.clone()).collect();
    let verifier =
        units::find(&offices, units::BIDANG_PKA).map_or_else(String::new, |i| heads[i].clone());
    data.enrollments =
        enrollments::generate(cfg.seed, cfg.as_of, &people, &batches, &codes, &verifier);
    data.trainings = trainings;
    data.training_competencies = links;
    data.unit_predicates = evaluations::unit_predicates(cfg.seed, cfg.as_of, &offices);
    data.evaluations = evaluations::generate(
        cfg.seed,
        cfg.as_of,
        &people,
        &offices,
        &data.unit_predicates,
    );
    data.follow_ups = followups::follow_ups(cfg.seed, cfg.as_of, &people, &data);
    data.plans = followups::plans(cfg.seed, cfg.as_of, &people, &data);
    let proposed = followups::proposed_levels(cfg.seed, &data);
    data.assessments.extend(proposed);
    data.former_names = partners::former_names();
    data.interns = interns::generate(cfg.seed, cfg.as_of, &people, &offices, &data.agreements);
    data.logbook = intern_notes::logbook(cfg.seed, cfg.as_of, &offices, &data.interns);
    data.feedback = intern_notes::feedback(cfg.seed, cfg.as_of, &offices, &data.interns);
    data.employees = people.iter().map(|p| p.row.clone()).collect();
    data
}

/// The head's full name per unit index ("" when a unit has none).
fn unit_heads(people: &[people::Person], offices: &[units::Office]) -> Vec<String> {
    let mut heads = vec![String::new(); offices.len()];
    for p in people {
        if p.slot.heads_unit() {
            heads[p.slot.unit] = full_name(&p.row.title_front, &p.row.name, &p.row.title_back);
        }
    }
    heads
}

fn unit_rows(offices: &[units::Office]) -> Vec<Unit> {
    offices
        .iter()
        .enumerate()
        .map(|(i, o)| Unit {
            id: i as i64 + 1,
            code: o.code.clone(),
            name: o.name.clone(),
            short: o.short.clone(),
            kind: o.def.kind,
            parent_id: o.parent.map(|p| p as i64 + 1),
            order: i as i64 + 1,
            assumed: o.assumed,
            capacity: interns::capacity_of(&o.code),
        })
        .collect()
}
