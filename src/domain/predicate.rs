//! The employee predicate from the 3×3 table of PermenPAN-RB 6/2022 (domain.md §3.2).

use super::enums::{Predicate, Rating};

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
