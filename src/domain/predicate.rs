//! The employee predicate from the 3×3 table of PermenPAN-RB 6/2022
//! (domain.md §3.2), the distribution of predicates a unit's organisation
//! predicate allows, and the rating a unit's leader takes from it.

use super::enums::{OrgPredicate, Predicate, Rating};

/// Derives the predicate from the work-result and behaviour ratings. The
/// predicate is never typed; the database CHECK repeats this table.
pub fn predicate(work_result: Rating, behaviour: Rating) -> Predicate {
    use Predicate::*;
    use Rating::*;
    match (work_result, behaviour) {
        (DiAtas, DiAtas) => SangatBaik,
        (DiAtas, Sesuai) | (Sesuai, Sesuai) | (Sesuai, DiAtas) => Baik,
        (DiAtas, DiBawah) | (Sesuai, DiBawah) => KurangMisconduct,
        (DiBawah, DiBawah) => SangatKurang,
        (DiBawah, Sesuai) | (DiBawah, DiAtas) => ButuhPerbaikan,
    }
}

/// A unit's leader takes the unit's achievement as work-result rating
/// (domain.md §3.2): Istimewa is above expectation, Baik meets it, the rest
/// are below. [assumption: the three lower organisation predicates all map
/// to "di bawah ekspektasi"; the circular names only the principle.]
pub fn leader_rating(org: OrgPredicate) -> Rating {
    match org {
        OrgPredicate::Istimewa => Rating::DiAtas,
        OrgPredicate::Baik => Rating::Sesuai,
        OrgPredicate::ButuhPerbaikan | OrgPredicate::Kurang | OrgPredicate::SangatKurang => {
            Rating::DiBawah
        }
    }
}

/// How many of each predicate, in `Predicate::ALL` order.
pub type Distribution = [usize; 5];

/// Counts the predicates given.
pub fn distribution(predicates: impl IntoIterator<Item = Predicate>) -> Distribution {
    let mut out = [0; 5];
    for p in predicates {
        if let Some(i) = Predicate::ALL.iter().position(|x| *x == p) {
            out[i] += 1;
        }
    }
    out
}

/// A share of one predicate beyond what the organisation predicate allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OverLimit {
    pub predicate: Predicate,
    /// How many have it, of how many evaluated.
    pub count: usize,
    pub of: usize,
    /// The most allowed, in percent of those evaluated.
    pub max_percent: f64,
}

impl OverLimit {
    /// The share given, in percent.
    pub fn percent(&self) -> f64 {
        if self.of == 0 {
            0.0
        } else {
            self.count as f64 * 100.0 / self.of as f64
        }
    }
    /// The most that may have it among those evaluated (rounded down).
    pub fn allowed(&self) -> usize {
        (self.max_percent * self.of as f64 / 100.0 + 1e-9).floor() as usize
    }
}

/// The predicates whose share passes its limit (`limits`: the rows of
/// `batas_predikat` for the unit's organisation predicate, as (employee
/// predicate, max percent)). A warning, never a refusal: the user decides.
pub fn over_limits(d: &Distribution, limits: &[(Predicate, f64)]) -> Vec<OverLimit> {
    let of: usize = d.iter().sum();
    limits
        .iter()
        .filter_map(|(p, max)| {
            let i = Predicate::ALL.iter().position(|x| x == p)?;
            let o = OverLimit {
                predicate: *p,
                count: d[i],
                of,
                max_percent: *max,
            };
            (o.count > o.allowed()).then_some(o)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Predicate::*;
    use Rating::*;

    #[test]
    fn the_table_cell_by_cell() {
        // Rows: work result; columns: behaviour (domain.md §3.2).
        let table = [
            (DiAtas, [KurangMisconduct, Baik, SangatBaik]),
            (Sesuai, [KurangMisconduct, Baik, Baik]),
            (DiBawah, [SangatKurang, ButuhPerbaikan, ButuhPerbaikan]),
        ];
        for (work, row) in table {
            for (behaviour, expected) in [DiBawah, Sesuai, DiAtas].into_iter().zip(row) {
                assert_eq!(
                    predicate(work, behaviour),
                    expected,
                    "{work:?} × {behaviour:?}"
                );
            }
        }
    }

    #[test]
    fn limits_warn_only_past_the_share() {
        // 10 evaluated, 7 Baik: exactly 70% is allowed.
        let d = distribution(
            std::iter::repeat_n(Baik, 7).chain(std::iter::repeat_n(ButuhPerbaikan, 3)),
        );
        assert_eq!(d, [0, 7, 3, 0, 0]);
        assert!(over_limits(&d, &[(Baik, 70.0)]).is_empty());
        // 8 of 10: over, and it says how many are allowed.
        let d = distribution(
            std::iter::repeat_n(Baik, 8).chain(std::iter::repeat_n(ButuhPerbaikan, 2)),
        );
        let over = over_limits(&d, &[(Baik, 70.0)]);
        assert_eq!(over.len(), 1);
        assert_eq!((over[0].count, over[0].of, over[0].allowed()), (8, 10, 7));
        assert!((over[0].percent() - 80.0).abs() < 1e-9);
        // 3 of 4 is 75% > 70%: 2 allowed.
        let d = distribution([Baik, Baik, Baik, SangatBaik]);
        assert_eq!(over_limits(&d, &[(Baik, 70.0)])[0].allowed(), 2);
        // No limit for the predicate: never over.
        assert!(over_limits(&d, &[(SangatBaik, 70.0)]).is_empty());
        // Nobody evaluated: nothing over.
        assert!(over_limits(&[0; 5], &[(Baik, 70.0)]).is_empty());
    }

    #[test]
    fn a_leader_takes_the_units_achievement() {
        assert_eq!(leader_rating(OrgPredicate::Istimewa), DiAtas);
        assert_eq!(leader_rating(OrgPredicate::Baik), Sesuai);
        assert_eq!(leader_rating(OrgPredicate::ButuhPerbaikan), DiBawah);
        assert_eq!(leader_rating(OrgPredicate::SangatKurang), DiBawah);
    }
}
