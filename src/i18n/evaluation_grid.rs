//! Texts of tab 4's entry grid by unit (issue 10 item 2).

use super::{Lang, T, pick};
use crate::domain::predicate::OverLimit;

pub const COL_WORK: T = T::new("Hasil", "Result");
pub const COL_BEHAVIOUR: T = T::new("Perilaku", "Behaviour");
pub const NOBODY: T = T::new(
    "Tidak ada pegawai yang bertugas di unit ini.",
    "Nobody in service in this unit.",
);

/// "Penilaian BKPSDM · Triwulan 3 2026 · organisasi: Baik".
pub fn title(lang: Lang, unit: &str, period: &str, org: Option<&str>) -> String {
    let org = org.map_or_else(
        || pick(lang, "belum ditetapkan".into(), "not set".into()),
        str::to_string,
    );
    pick(
        lang,
        format!("Penilaian {unit} · {period} · predikat unit: {org}"),
        format!("Evaluations {unit} · {period} · unit predicate: {org}"),
    )
}

/// "dinilai 12 dari 45".
pub fn progress(lang: Lang, rated: usize, of: usize) -> String {
    pick(
        lang,
        format!("dinilai {rated} dari {of}"),
        format!("rated {rated} of {of}"),
    )
}

/// "! B 75% > 70% (maks 8 dari 12)": a predicate past its limit, short so
/// it fits the progress line.
pub fn over(lang: Lang, o: &OverLimit) -> String {
    let p = super::tui::predicate_short(lang, o.predicate);
    let (of, pct, max, allowed) = (o.of, o.percent(), o.max_percent, o.allowed());
    pick(
        lang,
        format!("! {p} {pct:.0}% > {max:.0}% (maks {allowed} dari {of})"),
        format!("! {p} {pct:.0}% > {max:.0}% (max {allowed} of {of})"),
    )
}

/// A row left with one rating only.
pub fn incomplete(lang: Lang, name: &str) -> String {
    pick(
        lang,
        format!("{name}: baru satu penilaian — belum disimpan; beri hasil kerja dan perilaku."),
        format!("{name}: only one rating — not saved; give both work result and behaviour."),
    )
}

/// A row saved.
pub fn saved(lang: Lang, name: &str, predicate: &str) -> String {
    pick(
        lang,
        format!("Tersimpan: {name} → {predicate}."),
        format!("Saved: {name} → {predicate}."),
    )
}

/// The organisation predicate saved.
pub fn org_saved(lang: Lang, unit: &str, org: Option<&str>) -> String {
    match org {
        Some(o) => pick(
            lang,
            format!("Predikat organisasi {unit}: {o}."),
            format!("Organisation predicate of {unit}: {o}."),
        ),
        None => pick(
            lang,
            format!("Predikat organisasi {unit} dihapus."),
            format!("Organisation predicate of {unit} removed."),
        ),
    }
}
