//! Plain domain types and validation: no SQL, no UI.

pub mod enums;
