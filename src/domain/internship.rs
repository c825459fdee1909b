//! How an internship's status may change (issue 9 item 2, domain.md §6.2):
//! a request (diajukan) is accepted (diterima) or refused (ditolak); an
//! accepted one starts (berjalan) and ends finished (selesai) or cancelled
//! (batal). One step back corrects a slip; a finished internship stays
//! finished (its score and completion letter rest on it).

use super::enums::InternStatus;

/// Whether an internship stored as `from` may be saved as `to`.
pub fn status_change_allowed(from: InternStatus, to: InternStatus) -> bool {
    use InternStatus::*;
    if from == to {
        return true;
    }
    matches!(
        (from, to),
        (Diajukan, Diterima | Ditolak | Batal)
            | (Diterima, Berjalan | Batal | Diajukan)
            | (Ditolak, Diajukan)
            | (Berjalan, Selesai | Batal | Diterima)
            | (Batal, Diajukan)
    )
}

/// Whether an internship in this status holds one of the host unit's places
/// during its period (a refused or cancelled one does not).
pub fn takes_a_place(s: InternStatus) -> bool {
    !matches!(s, InternStatus::Ditolak | InternStatus::Batal)
}

/// The busiest day of `from..=to` and how many of the other internships at
/// the unit run on it: it is the period's start or the start of another
/// internship inside it (the first such day on a tie).
pub fn busiest_day(
    others: &[(chrono::NaiveDate, chrono::NaiveDate)],
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> (usize, chrono::NaiveDate) {
    let mut days: Vec<chrono::NaiveDate> = std::iter::once(from)
        .chain(
            others
                .iter()
                .map(|(s, _)| *s)
                .filter(|s| *s > from && *s <= to),
        )
        .collect();
    days.sort();
    let mut best = (0, from);
    for day in days {
        let n = others
            .iter()
            .filter(|(s, e)| *s <= day && day <= *e)
            .count();
        if n > best.0 {
            best = (n, day);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use InternStatus::*;

    #[test]
    fn the_allowed_changes_are_exactly_these() {
        let all = [Diajukan, Diterima, Ditolak, Berjalan, Selesai, Batal];
        let allowed: Vec<(InternStatus, InternStatus)> = all
            .iter()
            .flat_map(|a| all.iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| a != b && status_change_allowed(*a, *b))
            .collect();
        assert_eq!(
            allowed,
            [
                (Diajukan, Diterima),
                (Diajukan, Ditolak),
                (Diajukan, Batal),
                (Diterima, Diajukan),
                (Diterima, Berjalan),
                (Diterima, Batal),
                (Ditolak, Diajukan),
                (Berjalan, Diterima),
                (Berjalan, Selesai),
                (Berjalan, Batal),
                (Batal, Diajukan),
            ]
        );
    }

    #[test]
    fn places_are_held_unless_refused_or_cancelled() {
        assert!(takes_a_place(Diajukan) && takes_a_place(Diterima) && takes_a_place(Berjalan));
        assert!(takes_a_place(Selesai));
        assert!(!takes_a_place(Ditolak) && !takes_a_place(Batal));
    }

    #[test]
    fn the_peak_is_the_busiest_day_of_the_period() {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        // Two that do not overlap each other: at most one on any day.
        let others = [(d(1, 1), d(2, 28)), (d(3, 1), d(4, 30))];
        assert_eq!(busiest_day(&others, d(1, 15), d(3, 15)), (1, d(1, 15)));
        // A third inside both: two on 1 February.
        let others = [
            (d(1, 1), d(2, 28)),
            (d(3, 1), d(4, 30)),
            (d(2, 1), d(3, 31)),
        ];
        assert_eq!(busiest_day(&others, d(1, 15), d(3, 15)), (2, d(2, 1)));
        // Outside the period: none.
        assert_eq!(busiest_day(&others, d(6, 1), d(6, 30)).0, 0);
        // The period's last day counts.
        assert_eq!(
            busiest_day(&[(d(3, 15), d(3, 20))], d(3, 1), d(3, 15)),
            (1, d(3, 15))
        );
    }
}
