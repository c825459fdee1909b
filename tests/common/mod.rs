//! Helpers shared by the integration tests (and the benchmark, through `#[path]`).

pub mod fixture;
pub mod pty;
