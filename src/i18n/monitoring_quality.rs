//! Texts of Monitoring's data-quality list (issue 10): the kinds of
//! problem, the row details, the summary line.

use super::labels::{Label, period_name};
use super::{Lang, T, pick};
use crate::db::data_quality::{Detail, Problem};

pub const COL_PROBLEM: T = T::new("Masalah", "Problem");
pub const COL_KEY: T = T::new("NIP / kode / NIM", "NIP / code / NIM");
pub const COL_NAME: T = T::new("Nama", "Name");
pub const COL_DETAIL: T = T::new("Keterangan", "Detail");

/// The kind of problem in its column (short) — the words `/` finds it by.
pub fn problem_label(p: Problem) -> T {
    match p {
        Problem::NoAssessment => T::new("Tanpa penilaian", "Never assessed"),
        Problem::OpenResults => T::new("Hasil belum dicatat", "Results missing"),
        Problem::NoMentor => T::new("Tanpa pembimbing", "No mentor"),
        Problem::EmptyFeedback => T::new("Umpan balik kosong", "Empty feedback"),
        Problem::AboveCeiling => T::new("Golongan > plafon", "Rank > ceiling"),
    }
}

/// What the row adds, in words.
pub fn detail(lang: Lang, d: &Detail) -> String {
    match d {
        Detail::None => pick(lang, "belum pernah dinilai".into(), "never assessed".into()),
        Detail::OpenResults { open, of, .. } => pick(
            lang,
            format!("{open} dari {of} peserta tanpa hasil"),
            format!(
                "{open} of {of_n} without a result",
                of_n = super::en_count(of, "participant", "participants")
            ),
        ),
        Detail::Intern { status, partner } => format!("{} · {partner}", status.label(lang)),
        Detail::Period(p) => period_name(lang, p.kind, p.no, p.year),
        Detail::Ceiling {
            golongan,
            ceiling,
            education,
            post,
            jenjang,
        } => {
            let post = match jenjang {
                Some(j) => j.label(lang),
                None => post.label(lang),
            };
            format!("{golongan} > {ceiling} ({}, {post})", education.label(lang))
        }
    }
}

/// One word for a kind in the summary line.
fn problem_word(p: Problem) -> T {
    match p {
        Problem::NoAssessment => T::new("penilaian", "assessment"),
        Problem::OpenResults => T::new("hasil", "results"),
        Problem::NoMentor => T::new("pembimbing", "mentor"),
        Problem::EmptyFeedback => T::new("umpan balik", "feedback"),
        Problem::AboveCeiling => T::new("golongan", "rank"),
    }
}

/// The summary line: the count of each kind found.
pub fn quality_title(lang: Lang, counts: &[(Problem, usize)]) -> String {
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(p, n)| format!("{} {n}", problem_word(*p).get(lang)))
        .collect();
    pick(
        lang,
        format!("{total} masalah · {}", parts.join(" · ")),
        format!("{total} problems · {}", parts.join(" · ")),
    )
}
