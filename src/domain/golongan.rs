//! Which golongan an ASN may hold (domain.md §4.4–4.5) and which jenjang a
//! position needs. Pangkat names are data (table `golongan`); this is the rule.

use super::enums::{AsnKind, JfLevel, PositionKind};

/// PNS and CPNS: golongan/ruang I/a … IV/e, in rank order.
pub const PNS_GOLONGAN: &[&str] = &[
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];

/// PPPK (full and part time): golongan I … XVII, in rank order.
pub const PPPK_GOLONGAN: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

/// The golongan an ASN of `kind` may hold, lowest first.
pub fn golongan_options(kind: AsnKind) -> &'static [&'static str] {
    if kind.is_pppk() {
        PPPK_GOLONGAN
    } else {
        PNS_GOLONGAN
    }
}

/// True when `gol` (exact code, e.g. "III/b" or "IX") belongs to the domain of `kind`.
pub fn is_valid_golongan(kind: AsnKind, gol: &str) -> bool {
    golongan_options(kind).contains(&gol)
}

/// Rank 1..=17 of a golongan within its own family (I/a = 1 … IV/e = 17;
/// I = 1 … XVII = 17); `None` for an unknown code.
pub fn rank(gol: &str) -> Option<u8> {
    PNS_GOLONGAN
        .iter()
        .position(|g| *g == gol)
        .or_else(|| PPPK_GOLONGAN.iter().position(|g| *g == gol))
        .map(|i| i as u8 + 1)
}

/// Functional positions (JF keahlian / keterampilan) need a jenjang of their
/// own family; every other kind of position must have none.
pub fn jf_level_matches(kind: PositionKind, level: Option<JfLevel>) -> bool {
    match level {
        None => !kind.is_functional(),
        Some(l) => kind.is_functional() && l.position_kind() == kind,
    }
}

/// The jenjang a functional position of `kind` may have (empty for others).
pub fn jf_level_options(kind: PositionKind) -> Vec<JfLevel> {
    JfLevel::ALL
        .iter()
        .copied()
        .filter(|l| l.position_kind() == kind && kind.is_functional())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_families_have_seventeen_grades() {
        assert_eq!(PNS_GOLONGAN.len(), 17);
        assert_eq!(PPPK_GOLONGAN.len(), 17);
        assert_eq!(rank("IV/e"), Some(17));
        assert_eq!(rank("XVII"), Some(17));
        assert_eq!(rank("iii/a"), None);
    }
}
