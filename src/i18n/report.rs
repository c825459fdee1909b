//! What a person reads when PEKA stops on something that should never happen
//! (a panic, an unexpected error): one sentence, and the details only when
//! `RUST_BACKTRACE` asks for them (`crate::report`).

use super::T;

/// After a panic, on the terminal given back: what happened, that saved data
/// is safe (every save is one transaction), what to do, how to get details.
pub const PANICKED: T = T::new(
    "PEKA berhenti karena kesalahan internal; data yang sudah disimpan aman — jalankan lagi, \
     dan bila terulang laporkan langkahnya kepada pengelola aplikasi (rincian: RUST_BACKTRACE=1).",
    "PEKA stopped on an internal error; everything already saved is safe — run it again, and if \
     it happens again tell the application's administrator what you did (details: RUST_BACKTRACE=1).",
);

/// Before each cause of an unexpected error, in the details.
pub const DETAIL_CAUSE: T = T::new("penyebab", "caused by");
