//! Who appraises whom (domain.md §3.2, the appraiser chain in a Pemda): the
//! kind of position of the appraising official (pejabat penilai) and of the
//! official's superior (atasan pejabat penilai) for each kind of position.
//! `None` where the chain leaves the civil service (the Wali Kota appraises
//! a JPT Pratama; nobody in the file does).

use super::enums::{JfLevel, PositionKind};

/// (appraising official, their superior) by kind of position.
pub fn appraiser_kinds(
    kind: PositionKind,
    jf_level: Option<JfLevel>,
) -> (Option<PositionKind>, Option<PositionKind>) {
    use PositionKind as P;
    match kind {
        P::Pelaksana | P::JfKeterampilan => (Some(P::Pengawas), Some(P::Administrator)),
        P::Pengawas => (Some(P::Administrator), Some(P::JptPratama)),
        P::Administrator => (Some(P::JptPratama), None),
        P::JfKeahlian => match jf_level {
            Some(JfLevel::AhliUtama | JfLevel::AhliMadya) => (Some(P::JptPratama), None),
            Some(JfLevel::AhliMuda) => (Some(P::Administrator), Some(P::JptPratama)),
            _ => (Some(P::Pengawas), Some(P::Administrator)),
        },
        P::JptPratama | P::JptMadya | P::JptUtama => (None, None),
    }
}

/// The kinds of position that lead a unit, highest first: a unit's leader
/// is its official of the highest of these kinds.
pub const LEADER_KINDS: [PositionKind; 3] = [
    PositionKind::JptPratama,
    PositionKind::Administrator,
    PositionKind::Pengawas,
];

#[cfg(test)]
mod tests {
    use super::*;
    use PositionKind as P;

    #[test]
    fn the_chain_of_domain_md() {
        assert_eq!(
            appraiser_kinds(P::Pelaksana, None),
            (Some(P::Pengawas), Some(P::Administrator))
        );
        assert_eq!(
            appraiser_kinds(P::Pengawas, None),
            (Some(P::Administrator), Some(P::JptPratama))
        );
        assert_eq!(
            appraiser_kinds(P::Administrator, None),
            (Some(P::JptPratama), None)
        );
        assert_eq!(
            appraiser_kinds(P::JfKeahlian, Some(JfLevel::AhliMadya)),
            (Some(P::JptPratama), None)
        );
        assert_eq!(
            appraiser_kinds(P::JfKeahlian, Some(JfLevel::AhliMuda)),
            (Some(P::Administrator), Some(P::JptPratama))
        );
        assert_eq!(
            appraiser_kinds(P::JfKeahlian, Some(JfLevel::AhliPertama)),
            (Some(P::Pengawas), Some(P::Administrator))
        );
        assert_eq!(
            appraiser_kinds(P::JfKeterampilan, Some(JfLevel::Mahir)),
            (Some(P::Pengawas), Some(P::Administrator))
        );
        assert_eq!(appraiser_kinds(P::JptPratama, None), (None, None));
    }
}
