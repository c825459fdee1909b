//! Texts of Monitoring's reports of issue 10: the gap heat table, the
//! evaluations outstanding, the predicate distribution and the training
//! effect (the data-quality list is in `monitoring_quality.rs`), and the
//! sub-list bar that now holds eleven reports.

use super::labels::{Label, period_name};

use super::{Lang, T, pick};
use crate::db::model::PeriodRef;
use crate::domain::enums::{KirkpatrickLevel, OrgPredicate, Predicate, Respondent};

// Names in the sub-list bar.
pub const BAR_GAPS: T = T::new("Kesenjangan", "Gaps");
pub const BAR_OUTSTANDING: T = T::new("Belum dinilai", "Not evaluated");
pub const BAR_DISTRIBUTION: T = T::new("Distribusi predikat", "Predicates");
pub const BAR_EFFECT: T = T::new("Efek pelatihan", "Training effect");
pub const BAR_QUALITY: T = T::new("Kualitas data", "Data quality");

/// The help's line for `[` / `]` on Monitoring: every report by its full name.
pub const DO_SUB_LONG: T = T::new(
    "laporan sebelumnya/berikutnya (11; bilah atas: yang ini di tengah, nomornya di kanan): kepatuhan JP · kesenjangan · belum dinilai · distribusi predikat · efek pelatihan · perjanjian berakhir · kedaluwarsa, magang berjalan · magang perlu perhatian · magang per unit · saran mahasiswa · kualitas data",
    "previous/next report (11; top bar: this one in the middle, its number on the right): JP compliance · gaps · not evaluated · predicates · training effect · agreements ending · expired, internships running · internships needing attention · interns per unit · students' suggestions · data quality",
);

/// The help's rules behind these reports.
pub fn help_rules(lang: Lang) -> String {
    pick(
        lang,
        "Kesenjangan: pegawai yang dinilai terakhir di bawah standar jabatannya (yang belum pernah dinilai tidak dihitung; lihat Kualitas data); arsiran = bagian dari pegawai unit: ░ < 10% ▒ < 20% ▓ < 30% █ ≥ 30%, angkanya selalu tertulis. Periode jatuh tempo: periode terakhir yang sudah berakhir, dalam jenis periode yang dipakai kantor. Batas predikat (tabel batas_predikat): organisasi Baik ≤ 70% pegawai Baik, Istimewa ≤ 70% Sangat Baik; ! lebih n = n orang di atas batas — peringatan, bukan larangan. Efek pelatihan: predikat periode terakhir sebelum pelatihan mulai dan periode pertama sesudah selesai; ↑ naik, = tetap, ↓ turun, ? belum ada salah satunya; skor tindak lanjut 1–5 (Reaksi, Pembelajaran, Perilaku, Hasil).".to_string(),
        "Gaps: employees whose latest assessment is below their position's standard (never assessed is not counted; see Data quality); shading = share of the unit's employees: ░ < 10% ▒ < 20% ▓ < 30% █ ≥ 30%, the number is always written. Period due: the last period that has ended, in the kind of period the office uses. Predicate limits (table batas_predikat): a Good organisation ≤ 70% Good, an Outstanding one ≤ 70% Very good; ! over n = n people above the limit — a warning, not a refusal. Training effect: the predicate of the last period before the training started and of the first after it ended; ↑ better, = same, ↓ worse, ? one of them missing; follow-up scores 1–5 (Reaction, Learning, Behaviour, Results).".to_string(),
    )
}

// ------------------------------------------------------------ gaps

pub const COL_EMPLOYEES_SHORT: T = T::new("Peg.", "Emp.");
pub const COL_TECHNICAL: T = T::new("Tekn", "Tech");

pub fn gaps_title(lang: Lang, units: usize) -> String {
    pick(
        lang,
        format!("Di bawah standar, {units} unit · arsir: ░<10% ▒<20% ▓<30% █≥30% pegawai"),
        format!(
            "Below standard, {units_n} · shade: ░<10% ▒<20% ▓<30% █≥30% of staff",
            units_n = super::en_count(units, "unit", "units")
        ),
    )
}

// ------------------------------------------------------------ outstanding

pub const COL_DONE: T = T::new("Sudah", "Done");
pub const COL_NOT_YET: T = T::new("Belum", "Not yet");
pub const COL_DONE_PCT: T = T::new("% dinilai", "% done");
pub const COL_BAR: T = T::new("Grafik", "Chart");

pub fn outstanding_title(
    lang: Lang,
    p: PeriodRef,
    done: i64,
    total: i64,
    units_open: usize,
) -> String {
    let period = period_name(lang, p.kind, p.no, p.year);
    pick(
        lang,
        format!(
            "{period}: {done} dari {total} dinilai · belum {} · {units_open} unit belum lengkap",
            total - done
        ),
        format!(
            "{period}: {done} of {total} evaluated · {} not yet · {units_open_n} incomplete",
            total - done,
            units_open_n = super::en_count(units_open, "unit", "units")
        ),
    )
}

// ------------------------------------------------------------ distribution

/// Short names of the employee predicates for column headers and limits.
pub fn predicate_short(lang: Lang, p: Predicate) -> &'static str {
    let t = match p {
        Predicate::SangatBaik => T::new("SB", "VG"),
        Predicate::Baik => T::new("B", "G"),
        Predicate::ButuhPerbaikan => T::new("BP", "NI"),
        Predicate::KurangMisconduct => T::new("K/M", "P/M"),
        Predicate::SangatKurang => T::new("SK", "VP"),
    };
    t.get(lang)
}

/// The glyph of each predicate in the stacked bar (best to worst, dark to
/// light), the same in both languages.
pub fn predicate_glyph(p: Predicate) -> char {
    match p {
        Predicate::SangatBaik => '█',
        Predicate::Baik => '▓',
        Predicate::ButuhPerbaikan => '▒',
        Predicate::KurangMisconduct => '░',
        Predicate::SangatKurang => '·',
    }
}

pub const COL_ORG: T = T::new("Organisasi", "Org. pred.");
pub const COL_LIMIT: T = T::new("Batas", "Limit");
pub const COL_WARNING: T = T::new("Peringatan", "Warning");

/// The organisation predicate in a narrow column (11 cells).
pub fn org_short(lang: Lang, o: OrgPredicate) -> &'static str {
    let t = match o {
        OrgPredicate::Istimewa => T::new("Istimewa", "Outstanding"),
        OrgPredicate::Baik => T::new("Baik", "Good"),
        OrgPredicate::ButuhPerbaikan => T::new("Butuh prb.", "Needs impr."),
        OrgPredicate::Kurang => T::new("Kurang", "Poor"),
        OrgPredicate::SangatKurang => T::new("Sgt kurang", "Very poor"),
    };
    t.get(lang)
}

/// "B≤70%" for a limit.
pub fn limit_text(lang: Lang, p: Predicate, max: f64) -> String {
    format!(
        "{}≤{}%",
        predicate_short(lang, p),
        crate::domain::jp::format_jp(max)
    )
}

/// The warning of a unit over its limit: how many people too many.
pub fn over_by(lang: Lang, n: usize) -> String {
    pick(lang, format!("! lebih {n}"), format!("! over {n}"))
}

pub fn distribution_title(lang: Lang, p: PeriodRef, units: usize, over: usize) -> String {
    let period = period_name(lang, p.kind, p.no, p.year);
    let legend: String = Predicate::ALL
        .iter()
        .map(|q| format!("{}{}", predicate_glyph(*q), predicate_short(lang, *q)))
        .collect::<Vec<_>>()
        .join(" ");
    pick(
        lang,
        format!("{period}: {units} unit · {over} melewati batas · {legend}"),
        format!(
            "{period}: {units_n} · {over} over the limit · {legend}",
            units_n = super::en_count(units, "unit", "units")
        ),
    )
}

// ------------------------------------------------------------ training effect

pub const COL_ENDED: T = T::new("Selesai", "Ended");
pub const COL_COMPLETED: T = T::new("Peserta", "People");
pub const COL_FOLLOWED: T = T::new("Ditindak", "Follow-up");
/// The mean follow-up score, in a column four cells wide.
pub const COL_SCORE: T = T::new("Skor", "Mean");
pub const COL_BEFORE: T = T::new("Sebelum", "Before");
pub const COL_AFTER: T = T::new("Sesudah", "After");
pub const COL_SCORES: T = T::new("Skor", "Scores");

/// The footer and help of Enter on the list of trainings.
pub const DO_OPEN_EFFECT: T = T::new("peserta", "participants");
pub const DO_OPEN_EFFECT_LONG: T = T::new(
    "peserta pelatihan terpilih: predikat sebelum dan sesudah, skor tindak lanjut",
    "the selected training's participants: predicates before and after, follow-up scores",
);
pub const DO_OPEN_RECORD: T = T::new("buka", "open");
pub const DO_OPEN_RECORD_LONG: T = T::new(
    "buka baris terpilih di tabnya: unit → daftar pegawainya (dengan sub-unit), di Per unit mahasiswa magangnya; pegawai, pelatihan, perjanjian, magang, evaluasi → rinciannya; 5 kembali ke sini",
    "open the selected row in its tab: a unit → its employee list (with sub-units), in Per unit its interns; an employee, training, agreement, internship, evaluation → its details; 5 comes back here",
);
pub const GRID_OPEN: T = T::new(
    "Grid unit masih terbuka di tab 4: tutup dengan Esc di sana, lalu buka evaluasi ini lagi.",
    "A unit's grid is open in tab 4: close it there with Esc, then open this evaluation again.",
);
pub const DO_BACK_TRAININGS: T = T::new("daftar pelatihan", "trainings");
pub const DO_BACK_TRAININGS_LONG: T = T::new(
    "kembali ke daftar pelatihan selesai",
    "back to the list of finished trainings",
);

pub fn trainings_title(lang: Lang, n: usize, followed: usize) -> String {
    pick(
        lang,
        format!("Pelatihan selesai: {n} · {followed} dengan tindak lanjut · Enter: peserta"),
        format!("Finished trainings: {n} · {followed} followed up · Enter: participants"),
    )
}

/// A predicate with its period, shortly: "B Tw3 2026", "SB 2025".
pub fn rated_short(lang: Lang, r: &crate::domain::effect::Rated) -> String {
    use crate::domain::enums::PeriodKind::*;
    let period = match r.kind {
        Tahunan => format!("{}", r.year),
        Semester => format!("S{} {}", r.no, r.year),
        Triwulan => pick(
            lang,
            format!("Tw{} {}", r.no, r.year),
            format!("Q{} {}", r.no, r.year),
        ),
        Bulanan => format!("{:02}/{}", r.no, r.year),
    };
    format!("{} {period}", predicate_short(lang, r.predicate))
}

/// The summary of a training's participants: the counts first, the
/// training last (a narrow screen cuts its name, not the figures).
pub fn effect_title(
    lang: Lang,
    training: &str,
    (better, same, worse, unknown): (usize, usize, usize, usize),
    mean: Option<&str>,
) -> String {
    let mean = mean.unwrap_or("-");
    pick(
        lang,
        format!(
            "↑ naik {better} · = tetap {same} · ↓ turun {worse} · ? {unknown} · skor {mean} · {training}"
        ),
        format!(
            "↑ better {better} · = same {same} · ↓ worse {worse} · ? {unknown} · score {mean} · {training}"
        ),
    )
}

/// One follow-up answer in words: "Perilaku (atasan) 4".
pub fn score_words(lang: Lang, level: KirkpatrickLevel, who: Respondent, score: i64) -> String {
    format!(
        "{} ({}) {score}",
        level.label(lang),
        who.label(lang).to_lowercase()
    )
}

pub const SCORES_LABEL: T = T::new("Tindak lanjut: ", "Follow-up: ");
pub const FINDINGS_LABEL: T = T::new("Temuan: ", "Findings: ");
pub const NO_FOLLOW_UP: T = T::new("belum ada", "none yet");

/// The bar's counter when not every name fits: "3/11".
pub fn counter(at: usize, of: usize) -> String {
    format!("{at}/{of}")
}

// ------------------------------------------------------------ compliance

/// The compliance summary with the target of each kind of ASN in use:
/// "Kepatuhan JP 2026: 44/75 (58%) · target PNS 20 CPNS 20 PPPK 20 PPPK-PW 20".
pub fn compliance_title(
    lang: Lang,
    year: i32,
    met: i64,
    total: i64,
    targets: &crate::domain::jp::JpTargets,
) -> String {
    use crate::domain::enums::AsnKind;
    let pct = (met * 100).checked_div(total).unwrap_or(0);
    let kinds: Vec<String> = [
        (AsnKind::Pns, "PNS"),
        (AsnKind::Cpns, "CPNS"),
        (AsnKind::Pppk, "PPPK"),
        (AsnKind::PppkParuhWaktu, "PPPK-PW"),
    ]
    .iter()
    .map(|(k, name)| format!("{name} {}", crate::domain::jp::format_jp(targets.of(*k))))
    .collect();
    let kinds = kinds.join(" ");
    pick(
        lang,
        format!("Kepatuhan JP {year}: {met}/{total} ({pct}%) · target {kinds}"),
        format!("JP compliance {year}: {met}/{total} ({pct}%) · targets {kinds}"),
    )
}
