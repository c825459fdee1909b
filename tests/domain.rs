//! Domain rules: table-driven tests for the validators (NIP, NI PPPK, NIK,
//! golongan, levels) and the shared rules (dates, predicate, agreement status,
//! JP credit), plus property tests that the validators never panic and that
//! generated valid numbers read back to their parts.

use chrono::{Datelike, NaiveDate};
use peka::domain::agreement::{DEFAULT_WARN_DAYS, agreement_status};
use peka::domain::dates::parse_date;
use peka::domain::enums::*;
use peka::domain::golongan::*;
use peka::domain::jp::credited_jp;
use peka::domain::level::{Level, LevelError, gap};
use peka::domain::nik::{NikError, format_nik, nik_matches, parse_nik};
use peka::domain::nip::*;
use peka::domain::predicate::predicate;
use peka::domain::retirement::{StatusTimeline, pension_date, retirement_horizon};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The reference date of the seeded demo database.
fn today() -> NaiveDate {
    d(2026, 11, 28)
}

// ---------------------------------------------------------------- NIP (PNS)

#[test]
#[rustfmt::skip]
fn valid_nips_parse_into_their_parts() {
    let cases: &[(&str, NaiveDate, i32, u32, Gender, u16)] = &[
        ("19860926 201505 1 001", d(1986, 9, 26), 2015, 5, Gender::Male, 1),
        ("198609262015051001", d(1986, 9, 26), 2015, 5, Gender::Male, 1),
        ("  19910214\t201903 2 003 ", d(1991, 2, 14), 2019, 3, Gender::Female, 3),
        ("19800229 200901 2 999", d(1980, 2, 29), 2009, 1, Gender::Female, 999),
        // Exactly 17 years old in the TMT month: the youngest accepted.
        ("19860926 200309 1 002", d(1986, 9, 26), 2003, 9, Gender::Male, 2),
        // The TMT month is the current month of the reference date.
        ("20000101 202611 1 001", d(2000, 1, 1), 2026, 11, Gender::Male, 1),
    ];
    for &(input, birth, year, month, gender, seq) in cases {
        let n = parse_nip(input, today()).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        assert_eq!(
            (n.birth_date, n.tmt_year, n.tmt_month, n.gender, n.sequence),
            (birth, year, month, gender, seq),
            "{input}"
        );
    }
}

#[test]
#[rustfmt::skip]
fn each_nip_problem_has_its_own_error() {
    let adult = |y, m| NipError::TmtBeforeAdult { tmt_year: y, tmt_month: m, birth_date: d(1986, 9, 26) };
    let cases: Vec<(&str, NipError)> = vec![
        ("", NipError::Empty),
        ("   ", NipError::Empty),
        ("19860926 2015O5 1 001", NipError::NotDigits { found: 'O' }),
        ("19860926-201505-1-001", NipError::NotDigits { found: '-' }),
        ("1986092620150510", NipError::Length { found: 16 }),
        ("1986092620150510011", NipError::Length { found: 19 }),
        ("19860931 201505 1 001", NipError::BadBirthDate { digits: "19860931".into() }),
        ("19870229 201505 1 001", NipError::BadBirthDate { digits: "19870229".into() }),
        ("18991231 201505 1 001", NipError::BadBirthDate { digits: "18991231".into() }),
        ("19860926 202513 1 001", NipError::BadTmt { digits: "202513".into() }),
        ("19860926 201500 1 001", NipError::BadTmt { digits: "201500".into() }),
        ("19860926 200308 1 001", adult(2003, 8)),
        ("19860926 198610 1 001", adult(1986, 10)),
        ("19860926 202612 1 001", NipError::TmtInFuture { tmt_year: 2026, tmt_month: 12 }),
        ("19860926 203001 1 001", NipError::TmtInFuture { tmt_year: 2030, tmt_month: 1 }),
        ("19860926 201505 3 001", NipError::BadGenderDigit { digit: '3' }),
        ("19860926 201505 0 001", NipError::BadGenderDigit { digit: '0' }),
        ("19860926 201505 1 000", NipError::BadSequence),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_nip(input, today()), Err(expected), "{input:?}");
    }
}

#[test]
fn the_tmt_in_future_rule_follows_the_given_today() {
    assert!(parse_nip("19860926 202611 1 001", d(2026, 11, 1)).is_ok());
    assert_eq!(
        parse_nip("19860926 202611 1 001", d(2026, 10, 31)),
        Err(NipError::TmtInFuture {
            tmt_year: 2026,
            tmt_month: 11
        })
    );
}

// ---------------------------------------------------------------- NI PPPK

#[test]
fn the_domain_example_ni_pppk_is_accepted_and_its_code_is_not_a_month() {
    let n = parse_ni_pppk("19900913 2025 24 2 014", today()).unwrap();
    assert_eq!(n.birth_date, d(1990, 9, 13));
    assert_eq!(
        (n.appointment_year, n.code, n.gender, n.sequence),
        (2025, 24, Gender::Female, 14)
    );
    // The same digits read as a PNS NIP fail: "202524" is not a month.
    assert_eq!(
        parse_nip("19900913 2025 24 2 014", today()),
        Err(NipError::BadTmt {
            digits: "202524".into()
        })
    );
    for code in ["00", "13", "99"] {
        let s = format!("19900913 2024 {code} 1 001");
        assert_eq!(
            parse_ni_pppk(&s, today()).map(|n| n.code),
            Ok(code.parse().unwrap()),
            "{s}"
        );
    }
}

#[test]
#[rustfmt::skip]
fn each_ni_pppk_problem_has_its_own_error() {
    let cases: Vec<(&str, NipError)> = vec![
        ("", NipError::Empty),
        ("19900913 2025 24 2 01", NipError::Length { found: 17 }),
        ("19900913 2025 24 2 01x", NipError::NotDigits { found: 'x' }),
        ("19901313 2025 24 2 014", NipError::BadBirthDate { digits: "19901313".into() }),
        ("19900913 2018 24 2 014", NipError::BadAppointmentYear { year: 2018 }),
        ("19900913 2027 24 2 014", NipError::AppointmentInFuture { year: 2027 }),
        ("20090101 2025 24 2 014", NipError::AppointmentBeforeAdult { year: 2025, birth_date: d(2009, 1, 1) }),
        ("19900913 2025 24 5 014", NipError::BadGenderDigit { digit: '5' }),
        ("19900913 2025 24 2 000", NipError::BadSequence),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_ni_pppk(input, today()), Err(expected), "{input:?}");
    }
    // First PPPK year and the year someone turns 17 are both accepted.
    assert!(parse_ni_pppk("19900913 2019 01 1 001", today()).is_ok());
    assert!(parse_ni_pppk("20081231 2025 01 1 001", today()).is_ok());
}

#[test]
fn parse_identity_uses_the_layout_of_the_kind_of_asn() {
    let nip = "19860926 201505 1 001";
    let ni = "19900913 2025 24 2 014";
    for kind in [AsnKind::Pns, AsnKind::Cpns] {
        let id = parse_identity(kind, nip, today()).unwrap();
        assert_eq!((id.start_year, id.start_month), (2015, Some(5)));
        assert!(parse_identity(kind, ni, today()).is_err());
    }
    for kind in [AsnKind::Pppk, AsnKind::PppkParuhWaktu] {
        let id = parse_identity(kind, ni, today()).unwrap();
        assert_eq!(
            (id.start_year, id.start_month, id.gender),
            (2025, None, Gender::Female)
        );
        assert!(id.matches(d(1990, 9, 13), Gender::Female));
        assert!(!id.matches(d(1990, 9, 13), Gender::Male));
        assert!(!id.matches(d(1990, 9, 14), Gender::Female));
        // 2015 is before the first PPPK year.
        assert_eq!(
            parse_identity(kind, nip, today()),
            Err(NipError::BadAppointmentYear { year: 2015 })
        );
    }
}

#[test]
fn normalize_and_group() {
    assert_eq!(
        normalize(" 1986 0926\t2015\u{a0}05 1 001 "),
        "198609262015051001"
    );
    assert_eq!(
        group(AsnKind::Pns, "198609262015051001"),
        "19860926 201505 1 001"
    );
    assert_eq!(
        group(AsnKind::PppkParuhWaktu, "199009132025242014"),
        "19900913 2025 24 2 014"
    );
    assert_eq!(group(AsnKind::Pns, "12 34"), "1234");
}

// ---------------------------------------------------------------- NIK

#[test]
#[rustfmt::skip]
fn niks_parse_and_women_have_day_plus_forty() {
    let cases: &[(&str, u32, u32, u32, Gender, u16)] = &[
        ("1173020101900001", 1, 1, 90, Gender::Male, 1),
        ("1173 02 310190 0150", 31, 1, 90, Gender::Male, 150),
        ("1173024101900002", 1, 1, 90, Gender::Female, 2),
        ("1173027101909999", 31, 1, 90, Gender::Female, 9999),
        ("1173025309900001", 13, 9, 90, Gender::Female, 1),
        ("9471012902000001", 29, 2, 0, Gender::Male, 1),
        ("1101016902880001", 29, 2, 88, Gender::Female, 1),
    ];
    for &(input, day, month, yy, gender, seq) in cases {
        let n = parse_nik(input).unwrap_or_else(|e| panic!("{input}: {e:?}"));
        assert_eq!((n.birth_day, n.birth_month, n.birth_yy, n.gender, n.sequence), (day, month, yy, gender, seq));
    }
    let n = parse_nik("1173025309900001").unwrap();
    assert_eq!((n.province.as_str(), n.regency.as_str(), n.district.as_str()), ("11", "1173", "117302"));
}

#[test]
#[rustfmt::skip]
fn each_nik_problem_has_its_own_error() {
    let cases: Vec<(&str, NikError)> = vec![
        ("", NikError::Empty),
        ("117302010190000", NikError::Length { found: 15 }),
        ("11730201019000011", NikError::Length { found: 17 }),
        ("1173O20101900001", NikError::NotDigits { found: 'O' }),
        ("1073020101900001", NikError::BadProvince { code: "10".into() }),
        ("9573020101900001", NikError::BadProvince { code: "95".into() }),
        ("1100020101900001", NikError::BadRegion { code: "00".into() }),
        ("1173000101900001", NikError::BadRegion { code: "00".into() }),
        ("1173020001900001", NikError::BadBirthDay { digits: "00".into() }),
        ("1173023201900001", NikError::BadBirthDay { digits: "32".into() }),
        ("1173024001900001", NikError::BadBirthDay { digits: "40".into() }),
        ("1173027201900001", NikError::BadBirthDay { digits: "72".into() }),
        ("1173020113900001", NikError::BadBirthMonth { digits: "13".into() }),
        ("1173020100900001", NikError::BadBirthMonth { digits: "00".into() }),
        ("1173027104900001", NikError::BadBirthDate { digits: "710490".into() }),
        ("1173022902910001", NikError::BadBirthDate { digits: "290291".into() }),
        ("1173020101900000", NikError::BadSequence),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_nik(input), Err(expected), "{input:?}");
    }
}

#[test]
fn nik_matches_birth_date_and_sex() {
    let n = parse_nik("1173025309900001").unwrap();
    assert!(nik_matches(&n, d(1990, 9, 13), Gender::Female));
    assert!(!nik_matches(&n, d(1990, 9, 13), Gender::Male));
    assert!(!nik_matches(&n, d(1990, 9, 14), Gender::Female));
    assert!(!nik_matches(&n, d(1990, 10, 13), Gender::Female));
    assert!(!nik_matches(&n, d(1991, 9, 13), Gender::Female));
    // The century is not encoded: 2090 has the same two digits.
    assert!(nik_matches(&n, d(2090, 9, 13), Gender::Female));
}

// ---------------------------------------------------------------- golongan, jenjang, level

#[test]
#[rustfmt::skip]
fn golongan_domain_depends_on_the_kind_of_asn() {
    let cases: &[(AsnKind, &str, bool)] = &[
        (AsnKind::Pns, "I/a", true),
        (AsnKind::Pns, "IV/e", true),
        (AsnKind::Cpns, "III/a", true),
        (AsnKind::Pns, "IV/f", false),
        (AsnKind::Pns, "IX", false),
        (AsnKind::Pns, "iii/a", false),
        (AsnKind::Pns, "", false),
        (AsnKind::Pppk, "I", true),
        (AsnKind::Pppk, "XVII", true),
        (AsnKind::PppkParuhWaktu, "IX", true),
        (AsnKind::Pppk, "XVIII", false),
        (AsnKind::PppkParuhWaktu, "III/a", false),
    ];
    for &(kind, gol, ok) in cases {
        assert_eq!(is_valid_golongan(kind, gol), ok, "{kind:?} {gol}");
    }
    for kind in AsnKind::ALL {
        let opts = golongan_options(*kind);
        assert_eq!(opts.len(), 17);
        for (i, g) in opts.iter().enumerate() {
            assert!(is_valid_golongan(*kind, g));
            assert_eq!(rank(g), Some(i as u8 + 1), "{g}");
        }
    }
    assert_eq!(rank("III/a"), Some(9));
    assert_eq!(rank("IX"), Some(9));
    assert_eq!(rank("Z"), None);
}

#[test]
#[rustfmt::skip]
fn jf_level_must_fit_the_kind_of_position() {
    use JfLevel::*;
    use PositionKind::*;
    let cases: &[(PositionKind, Option<JfLevel>, bool)] = &[
        (JfKeahlian, Some(AhliMuda), true),
        (JfKeahlian, Some(AhliUtama), true),
        (JfKeahlian, Some(Mahir), false),
        (JfKeahlian, None, false),
        (JfKeterampilan, Some(Penyelia), true),
        (JfKeterampilan, Some(Pemula), true),
        (JfKeterampilan, Some(AhliPertama), false),
        (JfKeterampilan, None, false),
        (Pelaksana, None, true),
        (JptPratama, None, true),
        (Administrator, Some(AhliMadya), false),
        (Pengawas, Some(Terampil), false),
    ];
    for &(kind, level, ok) in cases {
        assert_eq!(jf_level_matches(kind, level), ok, "{kind:?} {level:?}");
    }
    assert_eq!(jf_level_options(JfKeahlian), vec![AhliUtama, AhliMadya, AhliMuda, AhliPertama]);
    assert_eq!(jf_level_options(JfKeterampilan), vec![Penyelia, Mahir, Terampil, Pemula]);
    assert!(jf_level_options(Pelaksana).is_empty());
}

#[test]
#[rustfmt::skip]
fn levels_are_one_to_five() {
    for n in 0..=7u8 {
        assert_eq!(Level::new(n).map(Level::get), (1..=5).contains(&n).then_some(n), "{n}");
    }
    let cases: &[(&str, Result<u8, LevelError>)] = &[
        ("1", Ok(1)),
        (" 5 ", Ok(5)),
        ("03", Ok(3)),
        ("0", Err(LevelError::OutOfRange)),
        ("6", Err(LevelError::OutOfRange)),
        ("300", Err(LevelError::OutOfRange)),
        ("", Err(LevelError::Empty)),
        ("tiga", Err(LevelError::NotANumber)),
        ("-1", Err(LevelError::NotANumber)),
        ("2.5", Err(LevelError::NotANumber)),
    ];
    for (input, expected) in cases {
        assert_eq!(input.parse::<Level>().map(Level::get), *expected, "{input:?}");
    }
    assert_eq!(Level::from_i64(-3), None);
    assert_eq!(Level::from_i64(4).map(Level::get), Some(4));
    let l = |n| Level::new(n).unwrap();
    assert_eq!(gap(l(4), l(1)), 3);
    assert_eq!(gap(l(3), l(3)), 0);
    assert_eq!(gap(l(1), l(5)), -4);
    assert_eq!(Level::all().map(Level::get).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
}

// ---------------------------------------------------------------- dates, predicate, agreement, JP

#[test]
#[rustfmt::skip]
fn dates_accept_the_four_typed_formats_and_refuse_impossible_ones() {
    let cases: &[(&str, Option<NaiveDate>)] = &[
        ("28-11-2026", Some(d(2026, 11, 28))),
        ("28/11/2026", Some(d(2026, 11, 28))),
        ("28112026", Some(d(2026, 11, 28))),
        ("2026-11-28", Some(d(2026, 11, 28))),
        ("  2026-11-28 ", Some(d(2026, 11, 28))),
        ("29-02-2024", Some(d(2024, 2, 29))),
        ("31-02-2024", None),
        ("29-02-2023", None),
        ("2024-02-30", None),
        ("31/04/2025", None),
        ("00-01-2025", None),
        ("01-13-2025", None),
        ("32012025", None),
        ("28-11/2026", None),
        ("2026/11/28", None),
        ("28-11-26", None),
        ("", None),
        ("hari ini", None),
        ("28-11-2026x", None),
        ("٢٨-١١-٢٠٢٦", None),
        // Unpadded day and month (issue 6 item 4).
        ("1/4/2023", Some(d(2023, 4, 1))),
        ("1-4-2023", Some(d(2023, 4, 1))),
        ("01-4-2023", Some(d(2023, 4, 1))),
        ("2023-4-1", Some(d(2023, 4, 1))),
        ("1-4-23", None),
        ("123-4-2023", None),
        ("1--2023", None),
        ("-1-4-2023", None),
    ];
    for (input, expected) in cases {
        assert_eq!(parse_date(input), *expected, "{input:?}");
    }
}

#[test]
fn an_impossible_date_reports_the_day_month_and_year_it_read() {
    use peka::domain::dates::{DateRead, read_date};
    let cases: &[(&str, DateRead)] = &[
        (
            "31-02-2024",
            DateRead::Impossible {
                day: 31,
                month: 2,
                year: 2024,
            },
        ),
        (
            "31/4/2025",
            DateRead::Impossible {
                day: 31,
                month: 4,
                year: 2025,
            },
        ),
        (
            "01-13-2025",
            DateRead::Impossible {
                day: 1,
                month: 13,
                year: 2025,
            },
        ),
        (
            "2023-02-29",
            DateRead::Impossible {
                day: 29,
                month: 2,
                year: 2023,
            },
        ),
        (
            "00012025",
            DateRead::Impossible {
                day: 0,
                month: 1,
                year: 2025,
            },
        ),
        ("28-11-26", DateRead::Unreadable),
        ("hari ini", DateRead::Unreadable),
    ];
    for (input, expected) in cases {
        assert_eq!(read_date(input), *expected, "{input:?}");
    }
    assert_eq!(
        peka::i18n::form::impossible_date(peka::i18n::Lang::En, 31, 2, 2024),
        "read as day 31, month 2, year 2024: that date does not exist"
    );
}

#[test]
fn predicate_follows_all_nine_cells_of_the_table() {
    use Predicate::*;
    use Rating::*;
    // (hasil kerja, perilaku) → predikat, domain.md §3.2.
    let table = [
        (DiAtas, DiBawah, KurangMisconduct),
        (DiAtas, Sesuai, Baik),
        (DiAtas, DiAtas, SangatBaik),
        (Sesuai, DiBawah, KurangMisconduct),
        (Sesuai, Sesuai, Baik),
        (Sesuai, DiAtas, Baik),
        (DiBawah, DiBawah, SangatKurang),
        (DiBawah, Sesuai, ButuhPerbaikan),
        (DiBawah, DiAtas, ButuhPerbaikan),
    ];
    for (work, behaviour, expected) in table {
        assert_eq!(
            predicate(work, behaviour),
            expected,
            "{work:?} × {behaviour:?}"
        );
    }
}

#[test]
#[rustfmt::skip]
fn agreement_status_boundaries() {
    use AgreementLifecycle::{Diperpanjang, Ditandatangani};
    use AgreementStatus::*;
    let days = chrono::Duration::days;
    let start = d(2024, 1, 15);
    let end = d(2026, 12, 31);
    let at = |today| agreement_status(Ditandatangani, start, end, today, DEFAULT_WARN_DAYS);
    assert_eq!(at(d(2024, 1, 14)), BelumBerlaku);
    assert_eq!(at(start), Aktif);
    assert_eq!(at(end - days(91)), Aktif);
    assert_eq!(at(end - days(90)), AkanBerakhir);
    assert_eq!(at(end - days(1)), AkanBerakhir);
    assert_eq!(at(end), AkanBerakhir);
    assert_eq!(at(end + days(1)), Kedaluwarsa);
    // The lifecycle wins over the dates for drafts, terminated and renewed documents.
    let mid = d(2025, 1, 1);
    assert_eq!(agreement_status(AgreementLifecycle::Draft, start, end, mid, 90), Draft);
    assert_eq!(agreement_status(AgreementLifecycle::Diakhiri, start, end, mid, 90), Diakhiri);
    // A renewed agreement is carried on by its renewal (issue 9): its end is no alarm.
    assert_eq!(agreement_status(Diperpanjang, start, end, mid, 90), AgreementStatus::Diperpanjang);
    assert_eq!(agreement_status(Diperpanjang, start, end, end + days(1), 90), AgreementStatus::Diperpanjang);
    // The warning window is a setting.
    assert_eq!(agreement_status(Ditandatangani, start, end, end - days(30), 29), Aktif);
}

#[test]
fn jp_is_credited_only_for_completed_participation() {
    for status in EnrollmentStatus::ALL {
        let expected = if matches!(status, EnrollmentStatus::Lulus | EnrollmentStatus::Selesai) {
            24.0
        } else {
            0.0
        };
        assert_eq!(credited_jp(*status, 24.0), expected, "{status:?}");
    }
    assert_eq!(credited_jp(EnrollmentStatus::Lulus, -3.0), 0.0);
    assert_eq!(credited_jp(EnrollmentStatus::Lulus, f64::NAN), 0.0);
    assert_eq!(credited_jp(EnrollmentStatus::Selesai, 2.5), 2.5);
}

/// domain.md §2.1: JP only for completed participation in a training that
/// ran and has ended (on the reference date), in the year it ended; an
/// activity in minutes gets its JP from the minutes-per-JP setting.
#[test]
fn jp_is_credited_only_in_a_training_that_has_ended_and_was_not_cancelled() {
    use peka::domain::enums::TrainingStatus as T;
    use peka::domain::jp::{Activity, activity_jp};
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let today = day(2026, 11, 28);
    let training = |status, end| Activity {
        status,
        end,
        jp: 24.0,
        minutes: None,
    };
    let ended = day(2026, 11, 28);
    let ahead = day(2026, 11, 29);
    for (status, end, expected) in [
        (T::Selesai, ended, 24.0),
        (T::Berjalan, ended, 24.0),
        (T::Selesai, ahead, 0.0),
        (T::Berjalan, ahead, 0.0),
        (T::Batal, ended, 0.0),
        (T::Rencana, ended, 0.0),
        (T::Pendaftaran, ended, 0.0),
    ] {
        let t = training(status, end);
        assert_eq!(
            t.credit(EnrollmentStatus::Lulus, today, 45),
            expected,
            "{status:?} ending {end}"
        );
        assert_eq!(t.credit(EnrollmentStatus::Mengikuti, today, 45), 0.0);
    }
    let new_year = training(T::Selesai, day(2026, 1, 3));
    assert_eq!(new_year.credit_year(), 2026);
    // 90 minutes: 2 JP at 45 minutes per JP, 1.5 at 60, 3 at 30.
    assert_eq!(activity_jp(2.0, Some(90), 45), 2.0);
    assert_eq!(activity_jp(2.0, Some(90), 60), 1.5);
    assert_eq!(activity_jp(2.0, Some(90), 30), 3.0);
    assert_eq!(
        activity_jp(2.0, None, 30),
        2.0,
        "a training in JP keeps its JP"
    );
    let module = Activity {
        minutes: Some(90),
        ..training(T::Selesai, ended)
    };
    assert_eq!(module.credit(EnrollmentStatus::Selesai, today, 60), 1.5);
}

// ---------------------------------------------------------------- properties

/// A valid NIP's parts: birth 1940–2005, TMT between age 17 and the reference
/// month, any gender, sequence 1–999.
fn valid_nip_parts() -> impl Strategy<Value = (NaiveDate, i32, u32, Gender, u16)> {
    (0i64..(66 * 366), 0u32..800, any::<bool>(), 1u16..=999).prop_map(|(days, k, female, seq)| {
        let birth = d(1940, 1, 1) + chrono::Duration::days(days);
        let birth = birth.min(d(2005, 12, 31));
        let adult = (birth.year() + 17) * 12 + birth.month() as i32 - 1;
        let now = today().year() * 12 + today().month() as i32 - 1;
        let tmt = (adult + k as i32).min(now);
        let gender = if female { Gender::Female } else { Gender::Male };
        (birth, tmt / 12, (tmt % 12 + 1) as u32, gender, seq)
    })
}

/// Strings built from the characters a NIP or NIK is made of, plus noise.
fn nip_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![8 => proptest::char::range('0', '9'), 1 => Just(' '), 1 => any::<char>()],
        0..24,
    )
    .prop_map(|v| v.into_iter().collect())
}

// ------------------------------------------------- retirement age (BUP, §4.8)

#[test]
#[rustfmt::skip]
fn a_pension_takes_effect_on_the_first_of_the_month_after_bup_is_reached() {
    let cases = [
        // (born, BUP, pension)
        (d(1968, 11, 30), 58, d(2026, 12, 1)),  // the last day of a month
        (d(1968, 12, 1), 58, d(2027, 1, 1)),    // the first day: still the next month
        (d(1968, 12, 31), 58, d(2027, 1, 1)),   // December: January of the next year
        (d(1967, 1, 1), 60, d(2027, 2, 1)),     // JPT, Ahli Madya: 60
        (d(1962, 6, 15), 65, d(2027, 7, 1)),    // Ahli Utama: 65
        (d(1968, 2, 29), 58, d(2026, 3, 1)),    // born on 29 February, BUP in a common year
        (d(1964, 2, 29), 60, d(2024, 3, 1)),    // …and in a leap year
    ];
    for (born, bup, pension) in cases {
        assert_eq!(pension_date(born, bup), Some(pension), "born {born}, BUP {bup}");
    }
}

#[test]
fn the_window_of_the_retiring_list_ends_months_after_the_reference_date() {
    assert_eq!(retirement_horizon(today(), 12), d(2027, 11, 28));
    assert_eq!(retirement_horizon(d(2027, 1, 31), 1), d(2027, 2, 28));
    // Born in November 1969: pension 01-12-2027, out of the 12 months from
    // 28-11-2026; born in October: 01-11-2027, in.
    assert!(pension_date(d(1969, 11, 1), 58).unwrap() > retirement_horizon(today(), 12));
    assert!(pension_date(d(1969, 10, 31), 58).unwrap() <= retirement_horizon(today(), 12));
}

#[test]
fn the_status_in_effect_follows_the_history_by_date_then_by_recording_order() {
    use EmployeeStatus::*;
    let t = StatusTimeline {
        latest: Aktif,
        latest_date: Some(d(2030, 1, 1)),
        changes: vec![
            (d(2010, 3, 1), Aktif),
            (d(2030, 1, 1), Pensiun),
            (d(2027, 5, 2), Cuti),
            (d(2027, 8, 1), Aktif),
            (d(2030, 1, 1), Aktif), // recorded last: cancels the pension
        ],
    };
    assert_eq!(t.on(d(2026, 11, 28)), Aktif);
    assert_eq!(t.on(d(2027, 5, 2)), Cuti);
    assert_eq!(t.on(d(2027, 7, 31)), Cuti);
    assert_eq!(t.on(d(2030, 1, 1)), Aktif);
    assert_eq!(
        t.scheduled(d(2026, 11, 28)),
        None,
        "the history ends in service"
    );
    // Every recorded change lies ahead: in service until the first one.
    let only_ahead = StatusTimeline {
        latest: MutasiKeluar,
        latest_date: Some(d(2027, 2, 1)),
        changes: vec![(d(2027, 2, 1), MutasiKeluar)],
    };
    assert_eq!(only_ahead.on(d(2027, 1, 31)), Aktif);
    assert_eq!(only_ahead.on(d(2027, 2, 1)), MutasiKeluar);
    assert_eq!(
        only_ahead.scheduled(today()),
        Some((MutasiKeluar, d(2027, 2, 1)))
    );
    // A stored status without a date (older files) holds whatever the day.
    assert_eq!(StatusTimeline::fixed(Pensiun).on(d(1990, 1, 1)), Pensiun);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn validators_never_panic_on_any_string(s in any::<String>(), t in nip_like()) {
        for input in [&s, &t] {
            let _ = parse_nip(input, today());
            let _ = parse_ni_pppk(input, today());
            for kind in AsnKind::ALL {
                let _ = parse_identity(*kind, input, today());
                let _ = group(*kind, input);
            }
            let _ = prefill(input);
            let _ = parse_nik(input);
            let _ = parse_date(input);
            let _ = input.parse::<Level>();
        }
    }

    #[test]
    fn validators_never_panic_on_extreme_today(t in nip_like(), y in -5000i32..5000, doy in 1u32..=365) {
        if let Some(today) = NaiveDate::from_yo_opt(y, doy) {
            let _ = parse_nip(&t, today);
            let _ = parse_ni_pppk(&t, today);
        }
    }

    #[test]
    fn a_generated_valid_nip_reads_back_to_its_parts((birth, year, month, gender, seq) in valid_nip_parts()) {
        let s = format_nip(birth, year, month, gender, seq);
        let n = parse_nip(&s, today()).map_err(|e| TestCaseError::fail(format!("{s}: {e:?}")))?;
        prop_assert_eq!((n.birth_date, n.tmt_year, n.tmt_month, n.gender, n.sequence), (birth, year, month, gender, seq));
        // Grouped with spaces, as people type it, it reads the same.
        prop_assert_eq!(parse_nip(&group(AsnKind::Pns, &s), today()), Ok(n));
    }

    #[test]
    fn a_generated_valid_ni_pppk_reads_back_to_its_parts(
        (birth, _, _, gender, seq) in valid_nip_parts(), year in 2019i32..=2026, code in 0u8..=99
    ) {
        prop_assume!(birth.year() + 17 <= year);
        let s = format_ni_pppk(birth, year, code, gender, seq);
        let n = parse_ni_pppk(&s, today()).map_err(|e| TestCaseError::fail(format!("{s}: {e:?}")))?;
        prop_assert_eq!((n.birth_date, n.appointment_year, n.code, n.gender, n.sequence), (birth, year, code, gender, seq));
    }

    #[test]
    fn a_generated_valid_nik_reads_back_and_matches((birth, _, _, gender, _) in valid_nip_parts(), seq in 1u16..=9999) {
        let s = format_nik("117302", birth, gender, seq);
        let n = parse_nik(&s).map_err(|e| TestCaseError::fail(format!("{s}: {e:?}")))?;
        prop_assert!(nik_matches(&n, birth, gender));
        prop_assert_eq!(n.sequence, seq);
        prop_assert_eq!(n.gender, gender);
    }

    #[test]
    fn normalize_is_idempotent_and_removes_all_whitespace(s in any::<String>()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert!(!once.chars().any(char::is_whitespace));
    }

    #[test]
    fn a_level_parses_exactly_when_it_is_one_to_five(n in -10i64..20) {
        prop_assert_eq!(n.to_string().parse::<Level>().is_ok(), (1..=5).contains(&n));
        prop_assert_eq!(Level::from_i64(n).is_some(), (1..=5).contains(&n));
    }
}
