//! Deterministic demo data (`peka seed`).
