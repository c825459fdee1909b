//! Property tests of the validators in `src/domain` (issue 11, "How it is
//! checked"): arbitrary strings and values never panic, and where a rule has
//! a shape, it holds for every generated case (a date formatted any way a
//! person types it reads back, a golongan above its ceiling is above it,
//! improving a rating never lowers the predicate…).
//!
//! What `tests/domain.rs` already covers is not repeated here: NIP, NI PPPK
//! and NIK parsing (never panic, valid parts read back), `nip::normalize`,
//! `Level` parsing. Each property below runs the number of cases written at
//! its call (`check("…", CASES, …)`, a `ProptestConfig::with_cases`) and
//! prints it with the property's name: `--nocapture` shows the summary.

use chrono::{Datelike, Duration, NaiveDate};
use peka::db::check::{Finding, Issue, RowKey};
use peka::domain::agreement::{agreement_status, covers, days_left, renewal_dates};
use peka::domain::dates::{DateRead, display, display_iso, iso, parse_date, parse_iso, read_date};
use peka::domain::enums::*;
use peka::domain::golongan::{
    PNS_GOLONGAN, PPPK_GOLONGAN, above_ceiling, ceiling, golongan_options, is_valid_golongan,
    jf_level_matches, jf_level_options, rank,
};
use peka::domain::jp::{
    activity_jp, credited_jp, format_jp, jp_from_minutes, meets_target, shortfall,
};
use peka::domain::level::{Level, gap};
use peka::domain::period::{bounds, containing, due};
use peka::domain::predicate::{Distribution, distribution, over_limits, predicate};
use peka::domain::retirement::{StatusTimeline, pension_date};
use peka::domain::search::{MAX_WORDS, fold, matches, query_words};
use peka::domain::validate::{self as v, EmployeeRecord, EnrollmentRecord, StatusHistoryRecord};
use peka::i18n::Lang;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};

/// Runs `test` on `cases` values of `strategy` (`ProptestConfig::with_cases`),
/// prints how many passed, panics with the shrunk counterexample otherwise.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let config = Config {
        failure_persistence: None,
        ..Config::with_cases(cases)
    };
    match TestRunner::new(config).run(&strategy, test) {
        Ok(()) => println!("{name}: {cases} cases ok"),
        Err(e) => panic!("{name}: {e}"),
    }
}

// ---------------------------------------------------------------- strategies

/// Text made of what dates, codes and numbers are made of, plus any char.
fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                6 => proptest::char::range('0', '9'),
                1 => Just('-'),
                1 => Just('/'),
                1 => Just(' '),
                1 => Just('.'),
                1 => proptest::char::range('A', 'Z'),
                1 => any::<char>(),
            ],
            0..14,
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

/// A date people type: years 1000–9999 (four digits).
fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..3_287_000).prop_map(|n| NaiveDate::from_ymd_opt(1000, 1, 1).unwrap() + Duration::days(n))
}

/// Any date chrono can hold, the extremes included.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        date(),
        Just(NaiveDate::MIN),
        Just(NaiveDate::MAX),
        any::<i32>().prop_filter_map("in range", NaiveDate::from_num_days_from_ce_opt),
    ]
}

fn one_of<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    proptest::sample::select(all)
}

/// A stored code: one of `all`'s codes, or garbage.
fn code_or_not(all: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(all).prop_map(str::to_string),
        1 => texty(),
    ]
}

fn codes<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> &'static [&'static str] {
    Box::leak(
        all.iter()
            .map(|v| f(*v))
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    )
}

/// Finite, infinite and NaN floats, mostly in the range JP take.
fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0f64..200.0,
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(-0.0),
    ]
}

/// Every problem a check finds is written in both languages without a panic.
fn renders(table: &str, problems: &[v::Problem]) -> Result<(), TestCaseError> {
    for p in problems {
        for lang in [Lang::Id, Lang::En] {
            let line = peka::i18n::cli_check::finding_line(
                lang,
                &Finding {
                    table: table.to_string(),
                    key: RowKey::Id(7),
                    issue: Issue::Rule(p.clone()),
                },
            );
            prop_assert!(!line.trim().is_empty(), "{p:?}");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- dates

#[test]
fn dates() {
    check(
        "dates: any text reads without panic, and consistently",
        2048,
        texty(),
        |s| {
            let read = read_date(&s);
            prop_assert_eq!(
                parse_date(&s),
                match read {
                    DateRead::Date(d) => Some(d),
                    _ => None,
                }
            );
            if let DateRead::Impossible { day, month, year } = read {
                prop_assert!(NaiveDate::from_ymd_opt(year, month, day).is_none());
            }
            match parse_iso(&s) {
                Some(d) => {
                    prop_assert_eq!(iso(d), s.clone());
                    prop_assert_eq!(display_iso(&s), display(d));
                }
                None => prop_assert_eq!(display_iso(&s), s.clone()),
            }
            Ok(())
        },
    );
    check(
        "dates: every typed form of a date reads back (dd-mm-yyyy, dd/mm/yyyy, ddmmyyyy, yyyy-mm-dd, d-m-yyyy)",
        1024,
        date(),
        |d| {
            let (y, m, day) = (d.year(), d.month(), d.day());
            for typed in [
                display(d),
                d.format("%d/%m/%Y").to_string(),
                d.format("%d%m%Y").to_string(),
                iso(d),
                format!("{day}-{m}-{y}"),
                format!("{day}/{m}/{y}"),
                format!("  {}\t", display(d)),
            ] {
                prop_assert_eq!(parse_date(&typed), Some(d), "{:?}", typed);
            }
            prop_assert_eq!(parse_iso(&iso(d)), Some(d));
            prop_assert_eq!(display_iso(&iso(d)), display(d));
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- golongan

#[test]
fn golongan() {
    let all_gol: Vec<&'static str> = PNS_GOLONGAN.iter().chain(PPPK_GOLONGAN).copied().collect();
    let gol = prop_oneof![
        3 => proptest::sample::select(all_gol),
        1 => texty().prop_map(|s| &*Box::leak(s.into_boxed_str())),
    ];
    check(
        "golongan: a code valid for a kind of ASN is one of its options, ranked 1-17 in order",
        1024,
        (one_of(AsnKind::ALL), gol.clone()),
        |(kind, g)| {
            let options = golongan_options(kind);
            prop_assert_eq!(is_valid_golongan(kind, g), options.contains(&g));
            if let Some(i) = options.iter().position(|o| *o == g) {
                prop_assert_eq!(rank(g), Some(i as u8 + 1));
            }
            prop_assert!(rank(g).is_none_or(|r| (1..=17).contains(&r)));
            Ok(())
        },
    );
    check(
        "golongan: above its ceiling exactly when ranked above it; PPPK grades never",
        2048,
        (
            gol,
            one_of(Education::ALL),
            one_of(PositionKind::ALL),
            proptest::option::of(one_of(JfLevel::ALL)),
        ),
        |(g, edu, post, jenjang)| {
            let top = ceiling(edu, post, jenjang);
            prop_assert!(PNS_GOLONGAN.contains(&top));
            match above_ceiling(g, edu, post, jenjang) {
                Some(t) => {
                    prop_assert_eq!(t, top);
                    prop_assert!(PNS_GOLONGAN.contains(&g) && rank(g) > rank(top));
                }
                None => prop_assert!(!PNS_GOLONGAN.contains(&g) || rank(g) <= rank(top)),
            }
            Ok(())
        },
    );
    check(
        "golongan: a jenjang fits a position exactly when it is one of its options",
        256,
        (
            one_of(PositionKind::ALL),
            proptest::option::of(one_of(JfLevel::ALL)),
        ),
        |(kind, level)| {
            let expected = match level {
                None => !kind.is_functional(),
                Some(l) => jf_level_options(kind).contains(&l),
            };
            prop_assert_eq!(jf_level_matches(kind, level), expected);
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- levels

#[test]
fn levels() {
    check(
        "levels: the gap is standard minus actual, antisymmetric, and met at zero or below",
        256,
        (1u8..=5, 1u8..=5),
        |(s, a)| {
            let (ls, la) = (Level::new(s).unwrap(), Level::new(a).unwrap());
            prop_assert_eq!(i32::from(gap(ls, la)), i32::from(s) - i32::from(a));
            prop_assert_eq!(gap(ls, la), -gap(la, ls));
            prop_assert_eq!(ls.to_string().parse::<Level>(), Ok(ls));
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- search

#[test]
fn search() {
    check(
        "search: fold never panics, is idempotent and leaves no upper-case letter",
        2048,
        texty(),
        |s| {
            let f = fold(&s);
            prop_assert_eq!(fold(&f), f.clone());
            prop_assert!(!f.chars().any(|c| c.is_ascii_uppercase()));
            let words = query_words(&s);
            prop_assert!(words.len() <= MAX_WORDS);
            prop_assert!(
                words
                    .iter()
                    .all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
            );
            Ok(())
        },
    );
    check(
        "search: any part of a text typed as the filter finds the text",
        2048,
        (
            texty(),
            any::<proptest::sample::Index>(),
            any::<proptest::sample::Index>(),
        ),
        |(hay, a, b)| {
            let chars: Vec<char> = hay.chars().collect();
            let (i, j) = (a.index(chars.len() + 1), b.index(chars.len() + 1));
            let part: String = chars[i.min(j)..i.max(j)].iter().collect();
            prop_assert!(
                matches(&fold(&hay), &query_words(&part)),
                "{:?} in {:?}",
                part,
                hay
            );
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- predicate

fn rating_rank(r: Rating) -> usize {
    // Rating::ALL is listed best first.
    Rating::ALL.len() - Rating::ALL.iter().position(|x| *x == r).unwrap()
}

fn predicate_rank(p: Predicate) -> usize {
    Predicate::ALL.len() - Predicate::ALL.iter().position(|x| *x == p).unwrap()
}

#[test]
fn predicates() {
    check(
        "predicate: a better work result or behaviour never gives a lower predicate",
        512,
        (
            one_of(Rating::ALL),
            one_of(Rating::ALL),
            one_of(Rating::ALL),
            one_of(Rating::ALL),
        ),
        |(w1, b1, w2, b2)| {
            if rating_rank(w2) >= rating_rank(w1) && rating_rank(b2) >= rating_rank(b1) {
                prop_assert!(
                    predicate_rank(predicate(w2, b2)) >= predicate_rank(predicate(w1, b1))
                );
            }
            prop_assert_eq!(
                predicate(w1, b1) == Predicate::SangatBaik,
                w1 == Rating::DiAtas && b1 == Rating::DiAtas
            );
            Ok(())
        },
    );
    check(
        "predicate: the distribution counts every one, and over-limit warnings are exactly the shares past their limit",
        1024,
        (
            proptest::collection::vec(one_of(Predicate::ALL), 0..200),
            proptest::collection::vec((one_of(Predicate::ALL), float()), 0..6),
        ),
        |(given, limits)| {
            let d: Distribution = distribution(given.iter().copied());
            prop_assert_eq!(d.iter().sum::<usize>(), given.len());
            let over = over_limits(&d, &limits);
            for o in &over {
                prop_assert!(o.count > o.allowed());
                prop_assert!(o.percent().is_finite());
            }
            prop_assert!(over.len() <= limits.len());
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- periods

#[test]
fn periods() {
    check(
        "period: each period's days are its own, the next starts the day after, and the one due has ended",
        1024,
        (one_of(PeriodKind::ALL), 1001i32..9998, 0u32..14, date()),
        |(kind, year, no, today)| {
            let n = kind.periods_per_year();
            match bounds(year, kind, no) {
                None => prop_assert!(no == 0 || no > n),
                Some((start, end)) => {
                    prop_assert!((1..=n).contains(&no) && start <= end);
                    prop_assert_eq!(containing(start, kind), (year, no));
                    prop_assert_eq!(containing(end, kind), (year, no));
                    let next = if no == n {
                        bounds(year + 1, kind, 1)
                    } else {
                        bounds(year, kind, no + 1)
                    };
                    prop_assert_eq!(next.map(|(s, _)| s), end.succ_opt());
                }
            }
            if (1002..9998).contains(&today.year()) {
                let (y, k) = due(today, kind);
                let (_, end) = bounds(y, kind, k).unwrap();
                prop_assert!(end <= today, "due {y}/{k} ends {end}, after {today}");
                let after = if k == n {
                    bounds(y + 1, kind, 1)
                } else {
                    bounds(y, kind, k + 1)
                };
                prop_assert!(
                    after.unwrap().1 > today,
                    "a later period than {y}/{k} is over on {today}"
                );
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- agreements

#[test]
fn agreements() {
    check(
        "agreement: any dates and warning window give a status without panic, expired exactly after the end",
        2048,
        (
            one_of(AgreementLifecycle::ALL),
            any_date(),
            any_date(),
            any_date(),
            any::<i64>(),
        ),
        |(life, start, end, today, warn)| {
            let s = agreement_status(life, start, end, today, warn);
            if life == AgreementLifecycle::Ditandatangani && today >= start {
                prop_assert_eq!(s == AgreementStatus::Kedaluwarsa, today > end);
            }
            let _ = days_left(end, today);
            Ok(())
        },
    );
    check(
        "agreement: a renewal starts the day after the end and runs at least a day; covering means inside the dates",
        1024,
        (
            date(),
            0i64..4000,
            date(),
            date(),
            one_of(AgreementLifecycle::ALL),
        ),
        |(start, len, from, to, life)| {
            let end = start + Duration::days(len);
            let (s2, e2) = renewal_dates(start, end);
            prop_assert_eq!(Some(s2), end.succ_opt());
            prop_assert!(e2 >= s2);
            if covers(life, start, end, from, to) {
                prop_assert!(start <= from && to <= end);
            }
            Ok(())
        },
    );
    check(
        "agreement: renewal_dates never panics at the ends of the calendar",
        512,
        (any_date(), any_date()),
        |(a, b)| {
            let _ = renewal_dates(a.min(b), a.max(b));
            let _ = renewal_dates(a, b);
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- JP

#[test]
fn jp() {
    check(
        "jp: credited JP are finite, never negative, and only for a completed participation",
        2048,
        (one_of(EnrollmentStatus::ALL), float()),
        |(status, jp)| {
            let c = credited_jp(status, jp);
            prop_assert!(c.is_finite() && c >= 0.0);
            if c > 0.0 {
                prop_assert!(status.is_completed());
            }
            Ok(())
        },
    );
    check(
        "jp: minutes become JP to two decimals, never negative",
        2048,
        (
            any::<u32>(),
            any::<u32>(),
            float(),
            proptest::option::of(any::<u32>()),
        ),
        |(minutes, per, jp, dur)| {
            let x = jp_from_minutes(minutes, per);
            prop_assert!(x.is_finite() && x >= 0.0);
            if per > 0 {
                prop_assert!((x - f64::from(minutes) / f64::from(per)).abs() <= 0.005 + 1e-9);
            }
            let a = activity_jp(jp, dur, per);
            if dur.is_some_and(|m| m > 0) {
                prop_assert_eq!(a, jp_from_minutes(dur.unwrap(), per));
            } else {
                prop_assert!(a == jp || (a.is_nan() && jp.is_nan()));
            }
            Ok(())
        },
    );
    check(
        "jp: a JP amount is written without a useless .0 or a bare point, and reads back to two decimals",
        4096,
        float(),
        |x| {
            let s = format_jp(x);
            prop_assert!(!s.is_empty() && !s.ends_with('.'), "{x} → {s:?}");
            if x.is_finite() && x.abs() < 1e12 {
                let back: f64 = s
                    .parse()
                    .map_err(|_| TestCaseError::fail(format!("{x} → {s:?}")))?;
                prop_assert!((back - x).abs() <= 0.005 + 1e-9, "{x} → {s:?}");
            }
            Ok(())
        },
    );
    check(
        "jp: the shortfall is never negative and zero exactly when the target is met",
        1024,
        (0.0f64..100.0, 0.0f64..100.0),
        |(jp, target)| {
            let s = shortfall(jp, target);
            prop_assert!(s >= 0.0);
            prop_assert_eq!(s == 0.0, meets_target(jp, target));
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- validate.rs

fn employee_record() -> impl Strategy<Value = EmployeeRecord> {
    let kinds = codes(AsnKind::ALL, AsnKind::as_code);
    let genders = codes(Gender::ALL, Gender::as_code);
    let posts = codes(PositionKind::ALL, PositionKind::as_code);
    let levels = codes(JfLevel::ALL, JfLevel::as_code);
    let gols: &'static [&'static str] = Box::leak(
        PNS_GOLONGAN
            .iter()
            .chain(PPPK_GOLONGAN)
            .copied()
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let day = || prop_oneof![date().prop_map(iso), texty()];
    (
        (
            texty(),
            proptest::option::of(texty()),
            code_or_not(genders),
            day(),
            code_or_not(kinds),
        ),
        (
            proptest::option::of(code_or_not(gols)),
            code_or_not(posts),
            proptest::option::of(code_or_not(levels)),
            proptest::option::of(day()),
            proptest::option::of(day()),
            proptest::option::of(day()),
        ),
    )
        .prop_map(
            |((nip, nik, gender, birth, kind), (gol, post, level, tmt, tmt_gol, tmt_pos))| {
                EmployeeRecord {
                    nip,
                    nik,
                    gender,
                    birth_date: birth,
                    asn_kind: kind,
                    golongan: gol,
                    position_kind: post,
                    jf_level: level,
                    tmt_appointment: tmt,
                    tmt_golongan: tmt_gol,
                    tmt_position: tmt_pos,
                }
            },
        )
}

#[test]
fn validate() {
    check(
        "validate: any employee row is checked without panic and every problem is written in both languages",
        1024,
        (employee_record(), any_date()),
        |(e, today)| {
            let problems = v::check_employee(&e, today);
            renders("pegawai", &problems)
        },
    );
    let statuses = codes(EmployeeStatus::ALL, EmployeeStatus::as_code);
    check(
        "validate: any status history is checked without panic; one whose stored status is its latest change passes that rule",
        1024,
        (
            prop_oneof![date().prop_map(iso), texty()],
            proptest::collection::vec(
                (
                    prop_oneof![date().prop_map(iso), texty()],
                    code_or_not(statuses),
                ),
                0..6,
            ),
            any_date(),
        ),
        |(birth, changes, today)| {
            let mut r = StatusHistoryRecord {
                birth_date: birth,
                stored: "AKTIF".into(),
                stored_date: None,
                changes: changes.clone(),
            };
            renders("riwayat_status", &v::check_status_history(&r, today))?;
            // Stored as the latest readable change (by date, ties: the last).
            let latest = changes
                .iter()
                .enumerate()
                .filter_map(|(i, (d, s))| parse_iso(d).map(|d| (d, i, s.clone())))
                .max_by_key(|(d, i, _)| (*d, *i));
            if let Some((d, _, s)) = latest {
                r.stored = s;
                r.stored_date = Some(iso(d));
                let problems = v::check_status_history(&r, today);
                prop_assert!(
                    !problems
                        .iter()
                        .any(|p| matches!(p, v::Problem::StatusNotLatest { .. })),
                    "{problems:?}"
                );
            }
            Ok(())
        },
    );
    let training_statuses = codes(TrainingStatus::ALL, TrainingStatus::as_code);
    let enrollment_statuses = codes(EnrollmentStatus::ALL, EnrollmentStatus::as_code);
    check(
        "validate: any participation, training and period is checked without panic",
        2048,
        (
            (
                code_or_not(enrollment_statuses),
                float(),
                float(),
                proptest::option::of(any::<i64>()),
            ),
            (
                code_or_not(training_statuses),
                prop_oneof![date().prop_map(iso), texty()],
                any_date(),
                any::<u32>(),
            ),
            (
                prop_oneof![date().prop_map(iso), texty()],
                prop_oneof![date().prop_map(iso), texty()],
            ),
        ),
        |((status, jp, tjp, minutes), (tstatus, tend, today, per), (start, end))| {
            let r = EnrollmentRecord {
                status,
                jp,
                training_jp: tjp,
                training_minutes: minutes,
                training_status: tstatus,
                training_end: tend,
            };
            renders("peserta_pelatihan", &v::check_enrollment(&r, today, per))?;
            renders("pelatihan", &v::check_training(tjp, &start, &end))?;
            let period = v::check_period("tanggal_mulai", &start, "tanggal_selesai", &end);
            if let (Some(s), Some(e)) = (parse_iso(&start), parse_iso(&end)) {
                prop_assert_eq!(period.is_empty(), s <= e);
            }
            renders("magang", &period)
        },
    );
    let keys: &'static [&'static str] = &[
        "menit_per_jp",
        "target_jp_tahunan",
        "target_jp_pns",
        "target_jp_pppk",
        "hari_peringatan_perjanjian",
        "bulan_peringatan_pensiun",
        "tanggal_acuan",
    ];
    check(
        "validate: any settings are checked without panic; minutes per JP always positive; a reference date always valid",
        1024,
        proptest::collection::vec(
            (
                code_or_not(keys),
                prop_oneof![texty(), (0u32..500).prop_map(|n| n.to_string())],
            ),
            0..10,
        ),
        |settings| {
            let problems = v::check_settings(&settings);
            let only: Vec<v::Problem> = problems.into_iter().map(|(_, p)| p).collect();
            renders("pengaturan", &only)?;
            prop_assert!(v::minutes_per_jp(&settings) > 0);
            if let Some(d) = v::reference_date(&settings) {
                prop_assert!(
                    settings
                        .iter()
                        .any(|(k, val)| k == "tanggal_acuan" && val.trim() == iso(d))
                );
            }
            Ok(())
        },
    );
    check(
        "validate: every unit is either rooted at a unit without a known parent or in a loop",
        1024,
        proptest::collection::vec((0i64..30, proptest::option::of(0i64..34)), 0..30),
        |units| {
            let (roots, cyclic) = v::unit_roots(&units);
            let parent: std::collections::HashMap<i64, Option<i64>> =
                units.iter().copied().collect();
            for (id, _) in &units {
                prop_assert!(roots.contains_key(id) != cyclic.contains(id), "unit {id}");
                if let Some(root) = roots.get(id) {
                    // A root has no parent PEKA knows.
                    let p = parent.get(root).copied().flatten();
                    prop_assert!(
                        p.is_none_or(|p| !parent.contains_key(&p)),
                        "root {root} of {id}"
                    );
                }
            }
            Ok(())
        },
    );
}

// ---------------------------------------------------------------- codes and pensions

/// `from_code` of any text never panics and reads only its own codes.
fn codes_round_trip<T: Copy + PartialEq + std::fmt::Debug + 'static>(
    name: &str,
    all: &'static [T],
    as_code: fn(T) -> &'static str,
    from_code: fn(&str) -> Option<T>,
) {
    check(name, 256, code_or_not(codes(all, as_code)), |s| {
        if let Some(v) = from_code(&s) {
            prop_assert_eq!(as_code(v), s.as_str());
        }
        Ok(())
    });
    for v in all {
        assert_eq!(from_code(as_code(*v)), Some(*v), "{name}");
    }
}

#[test]
fn stored_codes() {
    codes_round_trip(
        "codes: jenis_asn",
        AsnKind::ALL,
        AsnKind::as_code,
        AsnKind::from_code,
    );
    codes_round_trip(
        "codes: jenis_kelamin",
        Gender::ALL,
        Gender::as_code,
        Gender::from_code,
    );
    codes_round_trip(
        "codes: jenis_jabatan",
        PositionKind::ALL,
        PositionKind::as_code,
        PositionKind::from_code,
    );
    codes_round_trip(
        "codes: jenjang_jf",
        JfLevel::ALL,
        JfLevel::as_code,
        JfLevel::from_code,
    );
    codes_round_trip(
        "codes: status pegawai",
        EmployeeStatus::ALL,
        EmployeeStatus::as_code,
        EmployeeStatus::from_code,
    );
    codes_round_trip(
        "codes: status peserta",
        EnrollmentStatus::ALL,
        EnrollmentStatus::as_code,
        EnrollmentStatus::from_code,
    );
    codes_round_trip(
        "codes: predikat",
        Predicate::ALL,
        Predicate::as_code,
        Predicate::from_code,
    );
    codes_round_trip(
        "codes: rating",
        Rating::ALL,
        Rating::as_code,
        Rating::from_code,
    );
}

#[test]
fn pensions() {
    check(
        "retirement: a pension starts on the first of the month after the retirement age is reached",
        1024,
        (date(), 0u32..=100),
        |(birth, bup)| {
            if let Some(p) = pension_date(birth, bup) {
                prop_assert_eq!(p.day(), 1);
                let reached = birth
                    .with_day(1)
                    .unwrap()
                    .with_year(birth.year() + bup as i32);
                if let Some(r) = reached {
                    prop_assert!(p > r && p <= r + Duration::days(31));
                }
            }
            Ok(())
        },
    );
    check(
        "retirement: the status in effect is never one not in the history (or AKTIF)",
        1024,
        (
            one_of(EmployeeStatus::ALL),
            proptest::option::of(date()),
            proptest::collection::vec((date(), one_of(EmployeeStatus::ALL)), 0..6),
            date(),
        ),
        |(latest, latest_date, changes, day)| {
            let t = StatusTimeline {
                latest,
                latest_date,
                changes: changes.clone(),
            };
            let s = t.on(day);
            prop_assert!(
                s == latest || s == EmployeeStatus::Aktif || changes.iter().any(|(_, c)| *c == s)
            );
            Ok(())
        },
    );
}
