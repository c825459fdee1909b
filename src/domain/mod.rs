//! Plain domain types and validation: no SQL, no UI.

pub mod agreement;
pub mod dates;
pub mod enums;
pub mod jp;
pub mod predicate;
