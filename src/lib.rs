//! PEKA — Pengelolaan Kompetensi ASN, Kota Lhokseumawe.
//!
//! Layers: `domain` (rules, no IO) → `db` (the only SQL) → `cli` and `tui`
//! (people and scripts). `i18n` holds every user-visible string; `report` is
//! the path for panics and unexpected errors.

pub mod cli;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod import;
pub mod report;
pub mod seed;
pub mod tui;
