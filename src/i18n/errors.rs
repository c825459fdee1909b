//! Validation errors of the domain layer: one clear sentence each, in Bahasa
//! Indonesia and English. Dates are shown `dd-mm-yyyy`.

use super::labels::Label;
use super::{Lang, pick};
use crate::domain::dates::{display, display_iso};
use crate::domain::enums::{JfLevel, PositionKind};
use crate::domain::jp::format_jp;
use crate::domain::level::LevelError;
use crate::domain::nik::NikError;
use crate::domain::nip::NipError;
use crate::domain::validate::Problem;

/// The sentence for an invalid NIP or NI PPPK.
pub fn nip_error(lang: Lang, e: &NipError) -> String {
    match e {
        NipError::Empty => pick(
            lang,
            "NIP wajib diisi (18 angka).".into(),
            "The NIP is required (18 digits).".into(),
        ),
        NipError::NotDigits { found } => pick(
            lang,
            format!("NIP hanya boleh berisi angka; karakter '{found}' tidak sah."),
            format!("A NIP may contain digits only; '{found}' is not allowed."),
        ),
        NipError::Length { found } => pick(
            lang,
            format!("NIP harus 18 angka, bukan {found}."),
            format!("A NIP has 18 digits, not {found}."),
        ),
        NipError::BadBirthDate { digits } => pick(
            lang,
            format!(
                "Digit 1–8 NIP (tanggal lahir) harus tanggal yang sah (TTTTBBHH): {digits} tidak sah."
            ),
            format!("NIP digits 1–8 (birth date) must be a real date (YYYYMMDD): {digits} is not."),
        ),
        NipError::BadTmt { digits } => pick(
            lang,
            format!("Digit 9–14 NIP (TMT CPNS) harus bulan yang sah: {digits} tidak sah."),
            format!("NIP digits 9–14 (TMT CPNS) must be a real year and month: {digits} is not."),
        ),
        NipError::TmtBeforeAdult {
            tmt_year,
            tmt_month,
            birth_date,
        } => pick(
            lang,
            format!(
                "TMT CPNS {tmt_month:02}-{tmt_year} pada NIP lebih awal dari usia 17 tahun (lahir {}); periksa digit 1–14.",
                display(*birth_date)
            ),
            format!(
                "The TMT CPNS {tmt_month:02}-{tmt_year} in the NIP is before age 17 (born {}); check digits 1–14.",
                display(*birth_date)
            ),
        ),
        NipError::TmtInFuture {
            tmt_year,
            tmt_month,
        } => pick(
            lang,
            format!(
                "TMT CPNS {tmt_month:02}-{tmt_year} pada NIP belum terjadi; periksa digit 9–14."
            ),
            format!(
                "The TMT CPNS {tmt_month:02}-{tmt_year} in the NIP is in the future; check digits 9–14."
            ),
        ),
        NipError::BadAppointmentYear { year } => pick(
            lang,
            format!(
                "Digit 9–12 NI PPPK (tahun pengangkatan) {year} lebih awal dari 2019, tahun PPPK pertama."
            ),
            format!(
                "NI PPPK digits 9–12 (appointment year) {year} are before 2019, the first PPPK year."
            ),
        ),
        NipError::AppointmentInFuture { year } => pick(
            lang,
            format!("Digit 9–12 NI PPPK (tahun pengangkatan) {year} belum terjadi."),
            format!("NI PPPK digits 9–12 (appointment year) {year} are in the future."),
        ),
        NipError::AppointmentBeforeAdult { year, birth_date } => pick(
            lang,
            format!(
                "Tahun pengangkatan {year} pada NI PPPK lebih awal dari usia 17 tahun (lahir {}).",
                display(*birth_date)
            ),
            format!(
                "The appointment year {year} in the NI PPPK is before age 17 (born {}).",
                display(*birth_date)
            ),
        ),
        NipError::BadGenderDigit { digit } => pick(
            lang,
            format!("Digit 15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan {digit}."),
            format!("NIP digit 15 must be 1 (male) or 2 (female), not {digit}."),
        ),
        NipError::BadSequence => pick(
            lang,
            "Digit 16–18 NIP (nomor urut) harus 001–999, bukan 000.".into(),
            "NIP digits 16–18 (sequence) must be 001–999, not 000.".into(),
        ),
    }
}

/// The sentence for an invalid NIK.
pub fn nik_error(lang: Lang, e: &NikError) -> String {
    match e {
        NikError::Empty => pick(
            lang,
            "NIK kosong; isi 16 angka atau kosongkan kolomnya.".into(),
            "The NIK is empty; type its 16 digits or leave the field blank.".into(),
        ),
        NikError::NotDigits { found } => pick(
            lang,
            format!("NIK hanya boleh berisi angka; karakter '{found}' tidak sah."),
            format!("A NIK may contain digits only; '{found}' is not allowed."),
        ),
        NikError::Length { found } => pick(
            lang,
            format!("NIK harus 16 angka, bukan {found}."),
            format!("A NIK has 16 digits, not {found}."),
        ),
        NikError::BadProvince { code } => pick(
            lang,
            format!("Digit 1–2 NIK (provinsi) harus kode 11–94 (Aceh = 11), bukan {code}."),
            format!("NIK digits 1–2 (province) must be a code 11–94 (Aceh = 11), not {code}."),
        ),
        NikError::BadRegion { code } => pick(
            lang,
            format!("Kode kabupaten/kota atau kecamatan pada NIK tidak boleh {code}."),
            format!("The regency or district code in a NIK cannot be {code}."),
        ),
        NikError::BadBirthDay { digits } => pick(
            lang,
            format!(
                "Digit 7–8 NIK (hari lahir) harus 01–31, atau 41–71 untuk perempuan, bukan {digits}."
            ),
            format!("NIK digits 7–8 (birth day) must be 01–31, or 41–71 for women, not {digits}."),
        ),
        NikError::BadBirthMonth { digits } => pick(
            lang,
            format!("Digit 9–10 NIK (bulan lahir) harus 01–12, bukan {digits}."),
            format!("NIK digits 9–10 (birth month) must be 01–12, not {digits}."),
        ),
        NikError::BadBirthDate { digits } => pick(
            lang,
            format!("Digit 7–12 NIK (tanggal lahir HHBBTT) bukan tanggal yang ada: {digits}."),
            format!("NIK digits 7–12 (birth date DDMMYY) are not a real date: {digits}."),
        ),
        NikError::BadSequence => pick(
            lang,
            "Digit 13–16 NIK (nomor urut) harus 0001–9999, bukan 0000.".into(),
            "NIK digits 13–16 (sequence) must be 0001–9999, not 0000.".into(),
        ),
    }
}

/// The sentence for a refused competency level.
pub fn level_error(lang: Lang, e: &LevelError) -> String {
    let (id, en) = match e {
        LevelError::Empty => ("Level wajib diisi (1–5).", "The level is required (1–5)."),
        LevelError::NotANumber => (
            "Level harus angka bulat 1–5.",
            "The level must be a whole number 1–5.",
        ),
        LevelError::OutOfRange => (
            "Level harus antara 1 dan 5.",
            "The level must be between 1 and 5.",
        ),
    };
    pick(lang, id.into(), en.into())
}

/// The sentence for a broken rule on a stored record.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match p {
        Problem::BadCode { column, value } => pick(
            lang,
            format!("Kolom {column} berisi kode tidak dikenal \"{value}\"."),
            format!("Column {column} holds an unknown code \"{value}\"."),
        ),
        Problem::BadDate { column, value } => pick(
            lang,
            format!("Kolom {column} bukan tanggal yang sah (TTTT-BB-HH): \"{value}\"."),
            format!("Column {column} is not a valid date (YYYY-MM-DD): \"{value}\"."),
        ),
        Problem::Nip { error, .. } => nip_error(lang, error),
        Problem::NipBirthMismatch { in_nip, stored } => pick(
            lang,
            format!(
                "Tanggal lahir pada NIP ({}) berbeda dengan tanggal lahirnya ({}).",
                display(*in_nip),
                display(*stored)
            ),
            format!(
                "The birth date in the NIP ({}) differs from the date of birth ({}).",
                display(*in_nip),
                display(*stored)
            ),
        ),
        Problem::NipGenderMismatch { in_nip, stored } => pick(
            lang,
            format!(
                "Digit 15 NIP menyatakan {} tetapi jenis kelaminnya {}.",
                in_nip.label(lang).to_lowercase(),
                stored.label(lang).to_lowercase()
            ),
            format!(
                "NIP digit 15 says {} but the sex is {}.",
                in_nip.label(lang).to_lowercase(),
                stored.label(lang).to_lowercase()
            ),
        ),
        Problem::Nik(e) => nik_error(lang, e),
        Problem::NikBirthMismatch { stored } => pick(
            lang,
            format!(
                "Tanggal lahir pada NIK (digit 7–12) tidak sesuai dengan tanggal lahirnya ({}).",
                display(*stored)
            ),
            format!(
                "The birth date in the NIK (digits 7–12) does not match the date of birth ({}).",
                display(*stored)
            ),
        ),
        Problem::NikGenderMismatch { in_nik, stored } => pick(
            lang,
            format!(
                "Hari lahir pada NIK menyatakan {} tetapi jenis kelaminnya {}.",
                in_nik.label(lang).to_lowercase(),
                stored.label(lang).to_lowercase()
            ),
            format!(
                "The birth day in the NIK says {} but the sex is {}.",
                in_nik.label(lang).to_lowercase(),
                stored.label(lang).to_lowercase()
            ),
        ),
        Problem::GolonganNotForKind { golongan, kind } => {
            let range = if kind.is_pppk() {
                "I–XVII"
            } else {
                "I/a–IV/e"
            };
            pick(
                lang,
                format!(
                    "Golongan {golongan} tidak berlaku untuk {}; gunakan {range}.",
                    kind.label(lang)
                ),
                format!(
                    "Golongan {golongan} does not apply to {}; use {range}.",
                    kind.label(lang)
                ),
            )
        }
        Problem::GolonganMissing { kind } => pick(
            lang,
            format!(
                "{} wajib bergolongan (I/a–IV/e): isi golongannya.",
                kind.label(lang)
            ),
            format!(
                "A {} must have a golongan (I/a–IV/e): fill it in.",
                kind.label(lang)
            ),
        ),
        Problem::TmtNipMismatch {
            nip_year,
            nip_month,
            stored,
        } => pick(
            lang,
            format!(
                "TMT pengangkatan {} tidak sesuai NIP: digit 9–14 (TMT CPNS) = {nip_month:02}-{nip_year}.",
                display(*stored)
            ),
            format!(
                "TMT of appointment {} disagrees with the NIP: digits 9–14 (TMT CPNS) = {nip_month:02}-{nip_year}.",
                display(*stored)
            ),
        ),
        Problem::JfLevelMismatch { position, level } => jf_mismatch(lang, *position, *level),
        Problem::DateBeforeAdult {
            column,
            date,
            birth_date,
        } => pick(
            lang,
            format!(
                "{} {} lebih awal dari usia 17 tahun (lahir {}).",
                column_name(Lang::Id, column),
                display(*date),
                display(*birth_date)
            ),
            format!(
                "{} {} is before age 17 (born {}).",
                column_name(Lang::En, column),
                display(*date),
                display(*birth_date)
            ),
        ),
        Problem::EndBeforeStart { start, end } => pick(
            lang,
            format!(
                "Tanggal akhir {} lebih awal dari tanggal mulai {}.",
                display(*end),
                display(*start)
            ),
            format!(
                "The end date {} is before the start date {}.",
                display(*end),
                display(*start)
            ),
        ),
        Problem::LevelOutOfRange { column, value } => pick(
            lang,
            format!("{column} harus 1–5, bukan {value}."),
            format!("{column} must be 1–5, not {value}."),
        ),
        Problem::NotPositive { column, value } => pick(
            lang,
            format!("{column} harus lebih dari 0, bukan {value}."),
            format!("{column} must be more than 0, not {value}."),
        ),
        Problem::Negative { column, value } => pick(
            lang,
            format!("{column} harus 0 atau lebih, bukan {value}."),
            format!("{column} must be 0 or more, not {value}."),
        ),
        Problem::PeriodOutOfRange { kind, number } => pick(
            lang,
            format!(
                "periode_ke {number} tidak sah untuk periode {} (1–{}).",
                kind.label(lang).to_lowercase(),
                kind.periods_per_year()
            ),
            format!(
                "periode_ke {number} is not valid for a {} period (1–{}).",
                kind.label(lang).to_lowercase(),
                kind.periods_per_year()
            ),
        ),
        Problem::PredicateMismatch { stored, expected } => pick(
            lang,
            format!(
                "Predikat tersimpan \"{stored}\" tidak sesuai tabel PermenPAN-RB 6/2022; seharusnya {}.",
                expected.label(lang)
            ),
            format!(
                "The stored predicate \"{stored}\" does not follow the PermenPAN-RB 6/2022 table; it should be {}.",
                expected.label(lang)
            ),
        ),
        Problem::JpWithoutCompletion { status, jp } => pick(
            lang,
            format!(
                "{} JP diakui padahal statusnya {}; JP hanya diakui untuk keikutsertaan yang lulus atau selesai.",
                format_jp(*jp),
                status.label(lang).to_lowercase()
            ),
            format!(
                "{} JP credited although the status is {}; JP is credited only for passed or completed participation.",
                format_jp(*jp),
                status.label(lang).to_lowercase()
            ),
        ),
        Problem::JpAboveTraining { jp, training_jp } => pick(
            lang,
            format!(
                "{} JP diakui, melebihi jumlah JP pelatihannya ({}).",
                format_jp(*jp),
                format_jp(*training_jp)
            ),
            format!(
                "{} JP credited, more than the training has ({}).",
                format_jp(*jp),
                format_jp(*training_jp)
            ),
        ),
        Problem::JpTrainingNotHeld { status, jp } => pick(
            lang,
            format!(
                "{} JP diakui padahal pelatihannya berstatus {}; JP hanya diakui untuk pelatihan yang telah berakhir dan tidak batal — jadikan 0.",
                format_jp(*jp),
                status.label(lang).to_lowercase()
            ),
            format!(
                "{} JP credited although the training is {}; JP is credited only for a training that has ended and was not cancelled — set it to 0.",
                format_jp(*jp),
                status.label(lang).to_lowercase()
            ),
        ),
        Problem::JpTrainingNotEnded { end, jp } => pick(
            lang,
            format!(
                "{} JP diakui padahal pelatihannya baru berakhir {}; JP diakui setelah pelatihan berakhir.",
                format_jp(*jp),
                display(*end)
            ),
            format!(
                "{} JP credited although the training only ends on {}; JP is credited once the training has ended.",
                format_jp(*jp),
                display(*end)
            ),
        ),
        Problem::MentorMissing { id } => pick(
            lang,
            format!("Pembimbing lapangan (id {id}) tidak ada di data pegawai."),
            format!("The field mentor (id {id}) is not in the employee records."),
        ),
        Problem::MentorOtherUnit { mentor_nip } => pick(
            lang,
            format!("Pembimbing lapangan {mentor_nip} bukan pegawai unit tempat magang."),
            format!("Field mentor {mentor_nip} does not work in the host unit."),
        ),
        Problem::AgreementMissing { id } => pick(
            lang,
            format!("Perjanjian kerja sama (id {id}) tidak ada."),
            format!("The agreement (id {id}) does not exist."),
        ),
        Problem::AgreementOtherPartner { number } => pick(
            lang,
            format!("Perjanjian {number} dibuat dengan mitra lain, bukan kampus peserta magang."),
            format!("Agreement {number} is with another partner, not the intern's campus."),
        ),
        Problem::ParentMissing { id } => pick(
            lang,
            format!("Dokumen induk PKS (id {id}) tidak ada."),
            format!("The parent document of this PKS (id {id}) does not exist."),
        ),
        Problem::ParentNotMou { number } => pick(
            lang,
            format!("Dokumen induk PKS ({number}) bukan Kesepakatan Bersama (MoU)."),
            format!("The parent document of this PKS ({number}) is not an MoU."),
        ),
        Problem::ParentOtherPartner { number } => pick(
            lang,
            format!("MoU induk ({number}) dibuat dengan mitra lain."),
            format!("The parent MoU ({number}) is with another partner."),
        ),
        Problem::PksOutsideMou { number, start, end } => pick(
            lang,
            format!(
                "PKS melampaui MoU induknya {number} yang berlaku {} s.d. {}.",
                display_iso(start),
                display_iso(end)
            ),
            format!(
                "The PKS runs outside its MoU {number}, in force {} to {}.",
                display_iso(start),
                display_iso(end)
            ),
        ),
        Problem::InternOutsideAgreement { number, start, end } => pick(
            lang,
            format!(
                "Masa magang di luar perjanjian {number} yang berlaku {} s.d. {}.",
                display_iso(start),
                display_iso(end)
            ),
            format!(
                "The internship runs outside agreement {number}, in force {} to {}.",
                display_iso(start),
                display_iso(end)
            ),
        ),
        Problem::MouWithParent => pick(
            lang,
            "Kesepakatan Bersama (MoU) tidak boleh memiliki dokumen induk.".into(),
            "An MoU cannot have a parent document.".into(),
        ),
        Problem::UnitCycle => pick(
            lang,
            "Rantai unit induk kembali ke unit ini; perbaiki induk_id.".into(),
            "The chain of parent units loops back to this unit; fix induk_id.".into(),
        ),
        Problem::SettingMissing { key } => pick(
            lang,
            format!("Pengaturan {key} tidak ada; tambahkan nilainya."),
            format!("Setting {key} is missing; add its value."),
        ),
        Problem::SettingNotPositive { key, value } => pick(
            lang,
            format!("Pengaturan {key} harus angka lebih dari 0, bukan \"{value}\"."),
            format!("Setting {key} must be a number above 0, not \"{value}\"."),
        ),
        Problem::SettingNotCount { key, value } => pick(
            lang,
            format!("Pengaturan {key} harus bilangan bulat 0 atau lebih, bukan \"{value}\"."),
            format!("Setting {key} must be a whole number 0 or more, not \"{value}\"."),
        ),
        Problem::SettingNotTarget { key, value } => pick(
            lang,
            format!(
                "Pengaturan {key} harus angka 0 atau lebih (0: tanpa target), bukan \"{value}\"; sementara dipakai target_jp_tahunan."
            ),
            format!(
                "Setting {key} must be a number 0 or more (0: no target), not \"{value}\"; target_jp_tahunan is used meanwhile."
            ),
        ),
        Problem::SettingBadDate { key, value } => pick(
            lang,
            format!("Pengaturan {key} harus tanggal TTTT-BB-HH, bukan \"{value}\"."),
            format!("Setting {key} must be a date YYYY-MM-DD, not \"{value}\"."),
        ),
        Problem::StatusNotLatest {
            stored,
            stored_date,
            latest,
            latest_date,
        } => {
            let stored = match stored_date {
                Some(d) => format!("{} {}", status_name(lang, stored), display_iso(d)),
                None => status_name(lang, stored),
            };
            let latest = format!("{} {}", status_name(lang, latest), display_iso(latest_date));
            pick(
                lang,
                format!(
                    "Status tersimpan ({stored}) bukan perubahan terakhir di riwayatnya ({latest}); periksa perubahan di luar PEKA."
                ),
                format!(
                    "The stored status ({stored}) is not the latest change of its history ({latest}); check edits made outside PEKA."
                ),
            )
        }
        Problem::DeathAhead { date, today } => pick(
            lang,
            format!(
                "Meninggal dicatat per {}, sesudah tanggal acuan {}.",
                display(*date),
                display(*today)
            ),
            format!(
                "A death is recorded on {}, after the reference date {}.",
                display(*date),
                display(*today)
            ),
        ),
        Problem::NoRetirementAge { employees } => pick(
            lang,
            format!(
                "Tidak ada batas usia pensiun untuk jabatan ini; {employees} pegawai aktif tidak dapat dihitung TMT pensiunnya."
            ),
            format!(
                "No retirement age is stored for this position; the pension date of {employees_n} in service cannot be computed.", employees_n = super::en_count(employees, "employee", "employees")),
        ),
        Problem::LatestAssessmentStale => pick(
            lang,
            "Ringkasan penilaian terakhir (penilaian_terakhir) tidak sama dengan riwayat penilaian untuk pegawai dan kompetensi ini; berkas diubah di luar PEKA. Pulihkan dari cadangan.".to_string(),
            "The latest-assessment summary (penilaian_terakhir) differs from the assessment history for this employee and competency; the file was changed outside PEKA. Restore it from a backup.".to_string(),
        ),
        Problem::TrainingCountsStale => pick(
            lang,
            "Jumlah peserta dan lulusan tersimpan (pelatihan_jumlah) tidak sama dengan daftar peserta pelatihan ini; berkas diubah di luar PEKA. Pulihkan dari cadangan.".to_string(),
            "The stored number of participants and completions (pelatihan_jumlah) differs from this training's enrolments; the file was changed outside PEKA. Restore it from a backup.".to_string(),
        ),
    }
}

/// A stored status code as people read it (the code itself when unknown).
fn status_name(lang: Lang, code: &str) -> String {
    crate::domain::enums::EmployeeStatus::from_code(code)
        .map_or_else(|| code.to_string(), |s| s.label(lang).to_string())
}

fn jf_mismatch(lang: Lang, position: PositionKind, level: Option<JfLevel>) -> String {
    let pos = position.label(lang);
    match level {
        None => pick(
            lang,
            format!("Jabatan {pos} memerlukan jenjang JF."),
            format!("A {pos} position needs a JF level."),
        ),
        Some(lv) if !position.is_functional() => pick(
            lang,
            format!(
                "Jabatan {pos} tidak memiliki jenjang JF, tetapi tercatat {}.",
                lv.label(lang)
            ),
            format!(
                "A {pos} position has no JF level, but {} is recorded.",
                lv.label(lang)
            ),
        ),
        Some(lv) => pick(
            lang,
            format!("Jenjang {} bukan jenjang {pos}.", lv.label(lang)),
            format!("{} is not a level of {pos}.", lv.label(lang)),
        ),
    }
}

/// A column as people call it ("TMT jabatan"), or its name when it has no label.
fn column_name(lang: Lang, column: &str) -> String {
    super::write::column_label(column)
        .map_or_else(|| column.to_string(), |t| t.get(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::enums::Gender;
    use chrono::NaiveDate;
    use std::collections::HashSet;

    /// Each error reads as one sentence per language, and no two errors share a text.
    fn distinct_sentences(texts: Vec<(String, String)>) {
        let mut seen = HashSet::new();
        for (id, en) in texts {
            for t in [&id, &en] {
                assert!(
                    t.ends_with('.') && !t.trim_end_matches('.').contains(". "),
                    "{t}"
                );
                assert!(seen.insert(t.clone()), "repeated: {t}");
            }
            assert_ne!(id, en);
        }
    }

    #[test]
    fn every_nip_nik_and_level_error_has_its_own_sentence() {
        let born = NaiveDate::from_ymd_opt(1990, 9, 13).unwrap();
        let nip = [
            NipError::Empty,
            NipError::NotDigits { found: 'x' },
            NipError::Length { found: 17 },
            NipError::BadBirthDate {
                digits: "19901313".into(),
            },
            NipError::BadTmt {
                digits: "202513".into(),
            },
            NipError::TmtBeforeAdult {
                tmt_year: 2000,
                tmt_month: 1,
                birth_date: born,
            },
            NipError::TmtInFuture {
                tmt_year: 2030,
                tmt_month: 1,
            },
            NipError::BadAppointmentYear { year: 2018 },
            NipError::AppointmentInFuture { year: 2030 },
            NipError::AppointmentBeforeAdult {
                year: 2005,
                birth_date: born,
            },
            NipError::BadGenderDigit { digit: '3' },
            NipError::BadSequence,
        ];
        let nik = [
            NikError::Empty,
            NikError::NotDigits { found: 'x' },
            NikError::Length { found: 15 },
            NikError::BadProvince { code: "10".into() },
            NikError::BadRegion { code: "00".into() },
            NikError::BadBirthDay {
                digits: "32".into(),
            },
            NikError::BadBirthMonth {
                digits: "13".into(),
            },
            NikError::BadBirthDate {
                digits: "310490".into(),
            },
            NikError::BadSequence,
        ];
        let level = [
            LevelError::Empty,
            LevelError::NotANumber,
            LevelError::OutOfRange,
        ];
        let mut texts: Vec<(String, String)> = nip
            .iter()
            .map(|e| (nip_error(Lang::Id, e), nip_error(Lang::En, e)))
            .collect();
        texts.extend(
            nik.iter()
                .map(|e| (nik_error(Lang::Id, e), nik_error(Lang::En, e))),
        );
        texts.extend(
            level
                .iter()
                .map(|e| (level_error(Lang::Id, e), level_error(Lang::En, e))),
        );
        distinct_sentences(texts);
        assert_eq!(
            nip_error(
                Lang::Id,
                &NipError::BadTmt {
                    digits: "202513".into()
                }
            ),
            "Digit 9–14 NIP (TMT CPNS) harus bulan yang sah: 202513 tidak sah."
        );
    }

    #[test]
    fn problems_name_the_values_involved() {
        let p = Problem::NipGenderMismatch {
            in_nip: Gender::Male,
            stored: Gender::Female,
        };
        assert_eq!(
            problem(Lang::Id, &p),
            "Digit 15 NIP menyatakan laki-laki tetapi jenis kelaminnya perempuan."
        );
        let p = Problem::PredicateMismatch {
            stored: "BAIK".into(),
            expected: crate::domain::enums::Predicate::KurangMisconduct,
        };
        assert!(problem(Lang::Id, &p).ends_with("seharusnya Kurang/Misconduct."));
        let p = Problem::JfLevelMismatch {
            position: PositionKind::Pelaksana,
            level: Some(JfLevel::Mahir),
        };
        assert_eq!(
            problem(Lang::En, &p),
            "A Staff position has no JF level, but Advanced skilled is recorded."
        );
    }
}
