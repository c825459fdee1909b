//! Validation errors of the domain layer (filled by the domain module).
