//! Texts of `peka check`: one report line per problem and the summary line.

use super::labels::Label;
use super::{Lang, pick};
use crate::db::check::{Finding, Issue, RowKey};
use crate::domain::dates::display_iso;
use crate::domain::enums::{JfLevel, PeriodKind, PositionKind};

/// One report line: `table [key]: sentence`.
pub fn finding_line(lang: Lang, f: &Finding) -> String {
    let table = if f.table.is_empty() {
        pick(lang, "basis data".into(), "database".into())
    } else {
        f.table.clone()
    };
    let key = row_key(lang, &f.key);
    let msg = issue(lang, &f.issue);
    if key.is_empty() {
        format!("{table}: {msg}")
    } else {
        format!("{table} [{key}]: {msg}")
    }
}

/// How a row is named in the report ("" for the whole table or file).
pub fn row_key(lang: Lang, key: &RowKey) -> String {
    let (training, code, number, setting) = match lang {
        Lang::Id => ("pelatihan", "kode", "nomor", "kunci"),
        Lang::En => ("training", "code", "number", "key"),
    };
    match key {
        RowKey::Whole => String::new(),
        RowKey::Id(id) => format!("id {id}"),
        RowKey::Nip(nip) => format!("NIP {nip}"),
        RowKey::Code(c) => format!("{code} {c}"),
        RowKey::Number(n) => format!("{number} {n}"),
        RowKey::Setting(k) => format!("{setting} {k}"),
        RowKey::Intern { nim, partner } => format!("NIM {nim}, {partner}"),
        RowKey::Enrollment { training: t, nip } => format!("{training} {t}, NIP {nip}"),
        RowKey::Evaluation {
            nip,
            year,
            period,
            number,
        } => {
            let named = PeriodKind::from_code(period)
                .zip(u32::try_from(*number).ok())
                .map(|(k, n)| super::labels::period_name(lang, k, n, *year as i32));
            match named {
                Some(name) => format!("NIP {nip}, {name}"),
                None => format!("NIP {nip}, {year} {period} {number}"),
            }
        }
        RowKey::Assessment {
            nip,
            competency,
            date,
        } => {
            format!("NIP {nip}, {competency}, {}", display_iso(date))
        }
        RowKey::Standard {
            position,
            jf_level,
            title,
            competency,
        } => {
            let mut s = PositionKind::from_code(position)
                .map_or(position.clone(), |p| p.label(lang).to_string());
            if let Some(l) = JfLevel::from_code(jf_level) {
                s = format!("{s} {}", l.label(lang));
            }
            if !title.is_empty() {
                s = format!("{s} \"{title}\"");
            }
            format!("{s}, {competency}")
        }
        RowKey::CompetencyLevel { competency, level } => format!("{competency} level {level}"),
        RowKey::Position { position, jf_level } => {
            let s = PositionKind::from_code(position)
                .map_or(position.clone(), |p| p.label(lang).to_string());
            match JfLevel::from_code(jf_level) {
                Some(l) => format!("{s} {}", l.label(lang)),
                None => s,
            }
        }
        RowKey::FollowUp {
            training: t,
            nip,
            date,
        } => {
            format!("{training} {t}, NIP {nip}, {}", display_iso(date))
        }
    }
}

/// The sentence for one issue.
pub fn issue(lang: Lang, i: &Issue) -> String {
    match i {
        Issue::Integrity(line) => pick(
            lang,
            format!("Pemeriksaan integritas SQLite melaporkan: {line}."),
            format!("SQLite's integrity check reports: {line}."),
        ),
        Issue::Constraint(line) => pick(
            lang,
            format!("Pemeriksaan batasan skema (CHECK/NOT NULL) melaporkan: {line}."),
            format!("The schema constraint check (CHECK/NOT NULL) reports: {line}."),
        ),
        Issue::ForeignKey { parent } => pick(
            lang,
            format!("Baris ini merujuk ke baris {parent} yang tidak ada."),
            format!("This row refers to a {parent} row that does not exist."),
        ),
        Issue::Rule(p) => super::errors::problem(lang, p),
        Issue::ReadableByEveryone => pick(
            lang,
            "Berkas ini berisi NIK dan tanggal lahir tetapi dapat dibaca semua pengguna mesin ini; batasi dengan `chmod 600` (atau `chmod 660` dalam folder kelompok).".into(),
            "This file holds NIKs and birth dates but every user of this machine can read it; restrict it with `chmod 600` (or `chmod 660` in a group folder).".into(),
        ),
        Issue::AuditChain(b) => {
            use crate::db::audit::ChainBreak;
            match b {
                ChainBreak::Altered { id } => pick(
                    lang,
                    format!(
                        "Riwayat perubahan: entri {id} telah diubah (isinya tidak cocok lagi dengan hash-nya)."
                    ),
                    format!(
                        "Change history: entry {id} was altered (its content no longer matches its hash)."
                    ),
                ),
                ChainBreak::Removed { before } => pick(
                    lang,
                    format!(
                        "Riwayat perubahan: entri sebelum entri {before} telah dihapus (rantai hash terputus)."
                    ),
                    format!(
                        "Change history: entries before entry {before} were removed (the hash chain is broken)."
                    ),
                ),
                ChainBreak::Inserted { id } => pick(
                    lang,
                    format!(
                        "Riwayat perubahan: entri {id} disisipkan kemudian (tidak tersambung ke rantai hash)."
                    ),
                    format!(
                        "Change history: entry {id} was put in afterwards (it is not linked into the hash chain)."
                    ),
                ),
            }
        }
        Issue::ReadFailed(msg) => pick(
            lang,
            format!(
                "Tabel ini tidak dapat dibaca ({msg}); berkas mungkin rusak, pulihkan dari cadangan."
            ),
            format!(
                "This table could not be read ({msg}); the file may be damaged, restore a backup."
            ),
        ),
    }
}

/// The last line of the report: how many problems, or what was checked.
pub fn summary(lang: Lang, problems: usize, counts: &[(&str, usize)]) -> String {
    if problems > 0 {
        return pick(
            lang,
            format!("{problems} masalah ditemukan."),
            format!(
                "{problems} problem{} found.",
                if problems == 1 { "" } else { "s" }
            ),
        );
    }
    // Tables with rows only (an empty database still names its first table).
    let mut shown: Vec<&(&str, usize)> = counts.iter().filter(|(_, n)| *n > 0).collect();
    if shown.is_empty() {
        shown.extend(counts.first());
    }
    let checked: Vec<String> = shown
        .iter()
        .map(|(t, n)| format!("{n} {}", table_noun(lang, t, *n)))
        .collect();
    pick(
        lang,
        format!("Tidak ada masalah: {} diperiksa.", checked.join(", ")),
        format!("No problems: {} checked.", checked.join(", ")),
    )
}

/// What the rows of a table are called in the summary.
fn table_noun(lang: Lang, table: &str, n: usize) -> String {
    let (id, en) = match table {
        "pegawai" => ("pegawai", "employee"),
        "riwayat_status" => ("riwayat status", "status change"),
        "batas_usia_pensiun" => ("batas usia pensiun", "retirement age"),
        "unit_kerja" => ("unit kerja", "unit"),
        "kompetensi_level" => ("level kompetensi", "competency level"),
        "standar_kompetensi" => ("standar kompetensi", "competency standard"),
        "penilaian_kompetensi" => ("penilaian kompetensi", "competency assessment"),
        "monitoring_pasca_pelatihan" => ("monitoring pasca pelatihan", "post-training follow-up"),
        "pelatihan" => ("pelatihan", "training"),
        "peserta_pelatihan" => ("peserta pelatihan", "enrollment"),
        "evaluasi_kinerja" => ("evaluasi kinerja", "performance evaluation"),
        "kerja_sama" => ("perjanjian", "agreement"),
        "magang" => ("magang", "internship"),
        "pengaturan" => ("pengaturan", "setting"),
        other => (other, other),
    };
    match lang {
        Lang::Id => id.to_string(),
        Lang::En if n == 1 => en.to_string(),
        Lang::En => format!("{en}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_only_tables_with_rows() {
        let counts = [("pegawai", 1), ("pelatihan", 0), ("kerja_sama", 2)];
        assert_eq!(
            summary(Lang::Id, 0, &counts),
            "Tidak ada masalah: 1 pegawai, 2 perjanjian diperiksa."
        );
        assert_eq!(
            summary(Lang::En, 0, &counts),
            "No problems: 1 employee, 2 agreements checked."
        );
        assert_eq!(
            summary(Lang::En, 0, &[("pegawai", 0), ("magang", 0)]),
            "No problems: 0 employees checked."
        );
        assert_eq!(summary(Lang::Id, 3, &counts), "3 masalah ditemukan.");
    }
}
