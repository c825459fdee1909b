//! Competency levels 1–5 (PermenPAN-RB 38/2017, domain.md §1.3) and the gap
//! between the standard of a position and a person's actual level.

use std::fmt;
use std::str::FromStr;

/// Lowest and highest competency level.
pub const MIN_LEVEL: u8 = 1;
pub const MAX_LEVEL: u8 = 5;

/// A competency level, always within 1..=5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Level(u8);

/// Why a typed level was refused (text: `crate::i18n::errors::level_error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LevelError {
    /// Nothing was typed.
    Empty,
    /// Not a whole number.
    NotANumber,
    /// A whole number outside 1–5.
    OutOfRange,
}

impl Level {
    /// `Some` for 1..=5.
    pub fn new(value: u8) -> Option<Level> {
        (MIN_LEVEL..=MAX_LEVEL)
            .contains(&value)
            .then_some(Level(value))
    }

    /// A stored integer (any width) as a level, `None` outside 1..=5.
    pub fn from_i64(value: i64) -> Option<Level> {
        u8::try_from(value).ok().and_then(Level::new)
    }

    /// The number 1..=5.
    pub fn get(self) -> u8 {
        self.0
    }

    /// Every level, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (MIN_LEVEL..=MAX_LEVEL).map(Level)
    }
}

impl FromStr for Level {
    type Err = LevelError;

    /// Parses a typed level (surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Level, LevelError> {
        let s = s.trim();
        if s.is_empty() {
            return Err(LevelError::Empty);
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(LevelError::NotANumber);
        }
        s.parse::<u8>()
            .ok()
            .and_then(Level::new)
            .ok_or(LevelError::OutOfRange)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Gap = standard − actual: positive when the person is below the standard,
/// zero or negative when the standard is met.
pub fn gap(standard: Level, actual: Level) -> i8 {
    standard.0 as i8 - actual.0 as i8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gap_is_standard_minus_actual() {
        let l = |n| Level::new(n).unwrap();
        assert_eq!(gap(l(4), l(2)), 2);
        assert_eq!(gap(l(2), l(4)), -2);
        assert_eq!("0".parse::<Level>(), Err(LevelError::OutOfRange));
        assert_eq!(" 3 ".parse::<Level>(), Ok(l(3)));
    }
}
