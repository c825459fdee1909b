//! Helpers shared by the integration tests (and the benchmark, through `#[path]`).

pub mod pty;
pub mod screen;
