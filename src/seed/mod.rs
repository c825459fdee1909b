//! Deterministic demo data (`peka seed`), following domain.md §10.
//!
//! [`generate`] is pure: the same [`SeedConfig`] always yields the same
//! [`SeedData`] (own PRNG, no clock, no hash-map iteration). Each stage draws
//! from its own random stream so that changing one stage leaves the others'
//! draws as they were. `crate::db::seed_store` writes the result.

mod cal;
mod catalog;
mod education;
mod identity;
mod names;
mod people;
mod positions;
mod ranks;
pub mod rng;
pub mod rows;
mod units;

use chrono::NaiveDate;
use rows::{Kecamatan, SeedData, Setting, Unit};

/// Default number of employees.
pub const DEFAULT_EMPLOYEES: usize = 1500;
/// Largest number of employees `peka seed` accepts.
pub const MAX_EMPLOYEES: usize = 100_000;

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
        units: unit_rows(),
        ..SeedData::default()
    };
    let people = people::generate(cfg.seed, cfg.as_of, cfg.employees);
    data.employees = people.iter().map(|p| p.row.clone()).collect();
    data
}

fn unit_rows() -> Vec<Unit> {
    units::UNITS
        .iter()
        .enumerate()
        .map(|(i, u)| Unit {
            id: i as i64 + 1,
            code: u.code,
            name: u.name,
            short: u.short,
            kind: u.kind,
            parent_id: u.parent.and_then(units::index_of).map(|p| p as i64 + 1),
            order: i as i64 + 1,
            assumed: u.assumed,
        })
        .collect()
}
