//! Recommendations from competency gaps (issue 8 item 5; domain.md §2.1:
//! development is planned from a competency gap analysis). One rule, used
//! both ways — the upcoming trainings of one employee, and the employees one
//! training helps most — and stated on the help screen
//! (`i18n::development::HELP_RULE`):
//!
//! A training is a candidate for a person when
//! - it is *upcoming*: not cancelled (`batal`) or finished (`selesai`), and it
//!   starts after the reference date or is open for registration (`pendaftaran`);
//! - the person is in service and not enrolled in it already (in any status);
//! - it is *open to* the person: Latsar only to a CPNS, PKP to a pengawas, PKA to
//!   an administrator, PKN II to a JPT pratama, PKN I to a JPT madya (domain.md
//!   §2.4–2.5); every other kind to everyone;
//! - it targets a competency on which the person's latest assessed level is
//!   below the standard of their position. A competency never assessed is not
//!   a gap yet (it is assessed first, `p` in the detail).
//!
//! Candidates are ranked by
//! 1. the largest gap (standard − latest level) among the competencies the
//!    training targets, larger first;
//! 2. the sum of those gaps, larger first (a training that closes two gaps
//!    comes before one that closes one);
//! 3. the JP still missing this year (yearly target − JP credited, never
//!    below 0), more first — this orders people, one person's is the same
//!    for every training;
//! 4. the earlier start — this orders trainings;
//! 5. the training code, or the person's name then NIP, so the order is fixed.

use super::enums::{AsnKind, PositionKind, TrainingStatus, TrainingType};
use std::cmp::Ordering;

/// A gap of one person on one competency a training targets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapOn {
    pub competency_id: i64,
    pub code: String,
    pub name: String,
    /// Required level of the person's position.
    pub standard: u8,
    /// Latest assessed level (below `standard`).
    pub actual: u8,
}

impl GapOn {
    /// How far below the standard (≥ 1 for a gap).
    pub fn gap(&self) -> i32 {
        self.standard as i32 - self.actual as i32
    }
}

/// What the rule weighs for one (person, training) pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Need {
    /// The person's gaps on competencies the training targets, largest first
    /// (ties by competency code): the first is the reason shown.
    pub gaps: Vec<GapOn>,
    /// JP still missing this year (0 when the target is met).
    pub jp_missing: f64,
    /// The training's start (ISO date).
    pub start: String,
}

impl Need {
    /// A need from the gaps in any order; `None` when there is none.
    pub fn new(mut gaps: Vec<GapOn>, jp_missing: f64, start: String) -> Option<Need> {
        gaps.retain(|g| g.gap() > 0);
        if gaps.is_empty() {
            return None;
        }
        gaps.sort_by(|a, b| b.gap().cmp(&a.gap()).then_with(|| a.code.cmp(&b.code)));
        Some(Need {
            gaps,
            jp_missing: jp_missing.max(0.0),
            start,
        })
    }
    /// Step 1: the largest gap.
    pub fn largest(&self) -> i32 {
        self.gaps.first().map_or(0, GapOn::gap)
    }
    /// Step 2: the sum of the gaps.
    pub fn total(&self) -> i32 {
        self.gaps.iter().map(GapOn::gap).sum()
    }
    /// The competency of the largest gap: the reason shown first.
    pub fn main(&self) -> &GapOn {
        &self.gaps[0]
    }
}

/// Whom a training's list of candidates holds (tab 2, `]` on its
/// participants; `v` walks through them). Everyone listed is in service,
/// not enrolled yet, and one the training is open to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Candidates {
    /// Those with a gap on a competency it targets, ranked by `compare`.
    #[default]
    Gaps,
    /// Those still under their yearly JP target, most JP missing first.
    UnderTarget,
    /// Everyone, by unit then name (narrowed to a unit with the filter).
    All,
}

impl Candidates {
    /// The next list `v` shows.
    pub fn next(self) -> Candidates {
        match self {
            Candidates::Gaps => Candidates::UnderTarget,
            Candidates::UnderTarget => Candidates::All,
            Candidates::All => Candidates::Gaps,
        }
    }

    /// Whether someone with these gaps (maybe none) and this JP still
    /// missing belongs in the list.
    pub fn holds(self, gaps: usize, jp_missing: f64) -> bool {
        match self {
            Candidates::Gaps => gaps > 0,
            Candidates::UnderTarget => hundredths(jp_missing) > 0,
            Candidates::All => true,
        }
    }
}

/// JP compared to the hundredth, so float noise never reorders people.
fn hundredths(jp: f64) -> i64 {
    (jp * 100.0).round() as i64
}

/// Steps 1–4 of the rule: `Less` when `a` comes first. Step 5 (code, or
/// name and NIP) is the caller's.
pub fn compare(a: &Need, b: &Need) -> Ordering {
    b.largest()
        .cmp(&a.largest())
        .then_with(|| b.total().cmp(&a.total()))
        .then_with(|| hundredths(b.jp_missing).cmp(&hundredths(a.jp_missing)))
        .then_with(|| a.start.cmp(&b.start))
}

/// Whether a training of `kind` is meant for a person of this kind of ASN
/// and position (leadership trainings and Latsar have their own audience).
pub fn open_to(kind: TrainingType, asn: AsnKind, position: PositionKind) -> bool {
    match kind {
        TrainingType::Latsar => asn == AsnKind::Cpns,
        TrainingType::Pkp => position == PositionKind::Pengawas,
        TrainingType::Pka => position == PositionKind::Administrator,
        TrainingType::PknII => position == PositionKind::JptPratama,
        TrainingType::PknI => position == PositionKind::JptMadya,
        _ => true,
    }
}

/// Whether a training is upcoming on `today` (ISO dates): not cancelled or
/// finished, and starting after `today` or open for registration.
pub fn is_upcoming(status: TrainingStatus, start: &str, today: &str) -> bool {
    match status {
        TrainingStatus::Batal | TrainingStatus::Selesai => false,
        TrainingStatus::Pendaftaran => true,
        _ => start > today,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(code: &str, standard: u8, actual: u8) -> GapOn {
        GapOn {
            competency_id: 0,
            code: code.into(),
            name: code.into(),
            standard,
            actual,
        }
    }

    fn need(gaps: &[(&str, u8, u8)], jp_missing: f64, start: &str) -> Need {
        Need::new(
            gaps.iter().map(|(c, s, a)| gap(c, *s, *a)).collect(),
            jp_missing,
            start.into(),
        )
        .unwrap()
    }

    #[test]
    fn the_largest_gap_decides_first_then_the_sum_then_jp_then_the_start() {
        let big = need(&[("M.01", 4, 1)], 0.0, "2027-06-01");
        let two = need(&[("M.02", 3, 1), ("M.03", 3, 1)], 0.0, "2027-06-01");
        let one = need(&[("M.02", 3, 1)], 0.0, "2027-06-01");
        let one_short = need(&[("M.02", 3, 1)], 12.0, "2027-06-01");
        let one_early = need(&[("M.02", 3, 1)], 0.0, "2027-01-10");
        assert_eq!(compare(&big, &two), Ordering::Less, "gap 3 before gap 2+2");
        assert_eq!(compare(&two, &one), Ordering::Less, "2+2 before 2");
        assert_eq!(
            compare(&one_short, &one),
            Ordering::Less,
            "12 JP missing first"
        );
        assert_eq!(compare(&one_early, &one), Ordering::Less, "earlier start");
        assert_eq!(compare(&one, &one.clone()), Ordering::Equal);
    }

    #[test]
    fn the_reason_is_the_largest_gap_and_ties_go_by_code() {
        let n = need(&[("T.02", 3, 2), ("M.05", 3, 1), ("M.04", 3, 1)], 5.0, "x");
        assert_eq!(n.main().code, "M.04");
        assert_eq!((n.largest(), n.total()), (2, 5));
        assert!(Need::new(vec![gap("M.01", 2, 2)], 0.0, "x".into()).is_none());
    }

    #[test]
    fn float_noise_in_jp_does_not_reorder() {
        let a = need(&[("M.01", 3, 2)], 0.1 + 0.2, "2027-01-01");
        let b = need(&[("M.01", 3, 2)], 0.3, "2027-01-01");
        assert_eq!(compare(&a, &b), Ordering::Equal);
    }

    #[test]
    fn leadership_trainings_and_latsar_have_their_own_audience() {
        use AsnKind::*;
        use PositionKind::*;
        assert!(open_to(TrainingType::Latsar, Cpns, Pelaksana));
        assert!(!open_to(TrainingType::Latsar, Pns, Pelaksana));
        assert!(open_to(TrainingType::Pkp, Pns, Pengawas));
        assert!(!open_to(TrainingType::Pkp, Pns, Administrator));
        assert!(open_to(TrainingType::Pka, Pns, Administrator));
        assert!(open_to(TrainingType::PknII, Pns, JptPratama));
        assert!(!open_to(TrainingType::PknI, Pns, JptPratama));
        assert!(open_to(TrainingType::Bimtek, Pppk, Pelaksana));
    }

    #[test]
    fn upcoming_means_not_over_and_ahead_or_open_for_registration() {
        let t = "2026-11-28";
        assert!(is_upcoming(TrainingStatus::Rencana, "2027-01-05", t));
        assert!(!is_upcoming(TrainingStatus::Rencana, "2026-11-28", t));
        assert!(is_upcoming(TrainingStatus::Pendaftaran, "2026-11-01", t));
        assert!(!is_upcoming(TrainingStatus::Berjalan, "2026-11-27", t));
        assert!(!is_upcoming(TrainingStatus::Batal, "2027-01-05", t));
        assert!(!is_upcoming(TrainingStatus::Selesai, "2027-01-05", t));
    }
}
