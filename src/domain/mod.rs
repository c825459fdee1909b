//! Plain domain types and validation: no SQL, no UI.

pub mod agreement;
pub mod appraisal;
pub mod dates;
pub mod effect;
pub mod enums;
pub mod golongan;
pub mod internship;
pub mod jp;
pub mod level;
pub mod nik;
pub mod nip;
pub mod period;
pub mod predicate;
pub mod recommend;
pub mod retirement;
pub mod search;
pub mod sym;
pub mod thin;
pub mod training;
pub mod validate;
