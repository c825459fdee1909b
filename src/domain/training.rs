//! How a training's status may change (issue 8 item 1): forward along
//! rencana → pendaftaran → berjalan → selesai (steps may be skipped), one
//! step back to correct a slip before it is finished, batal before it is
//! finished, and from batal only back to rencana. A finished training stays
//! finished: its results and the JP credited rest on it.

use super::enums::TrainingStatus;

fn rank(s: TrainingStatus) -> Option<u8> {
    match s {
        TrainingStatus::Rencana => Some(0),
        TrainingStatus::Pendaftaran => Some(1),
        TrainingStatus::Berjalan => Some(2),
        TrainingStatus::Selesai => Some(3),
        TrainingStatus::Batal => None,
    }
}

/// Whether a training stored as `from` may be saved as `to`.
pub fn status_change_allowed(from: TrainingStatus, to: TrainingStatus) -> bool {
    use TrainingStatus::*;
    if from == to {
        return true;
    }
    match (rank(from), rank(to)) {
        // Forward, or one step back before it is finished.
        (Some(a), Some(b)) => b > a || (a < 3 && a - b == 1),
        // Cancelled before it finished.
        (Some(a), None) => a < 3,
        // A cancelled plan taken up again.
        (None, _) => to == Rencana,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use TrainingStatus::*;

    #[test]
    fn the_allowed_changes_are_exactly_these() {
        let all = [Rencana, Pendaftaran, Berjalan, Selesai, Batal];
        let allowed: Vec<(TrainingStatus, TrainingStatus)> = all
            .iter()
            .flat_map(|a| all.iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| a != b && status_change_allowed(*a, *b))
            .collect();
        assert_eq!(
            allowed,
            [
                (Rencana, Pendaftaran),
                (Rencana, Berjalan),
                (Rencana, Selesai),
                (Rencana, Batal),
                (Pendaftaran, Rencana),
                (Pendaftaran, Berjalan),
                (Pendaftaran, Selesai),
                (Pendaftaran, Batal),
                (Berjalan, Pendaftaran),
                (Berjalan, Selesai),
                (Berjalan, Batal),
                (Batal, Rencana),
            ]
        );
    }
}
