//! The demo data of partnerships (issue 9) in `sample.db`, opened read-only
//! (tests never write to it): UIN SUNA named IAIN Lhokseumawe on what it
//! signed before 8 May 2025, one renewed MoU, an expired agreement with an
//! internship left running, host capacities respected, and enough logbook
//! and feedback for every Monitoring report to have rows.

use chrono::NaiveDate;
use peka::db::{self, OpenMode};
use peka::domain::enums::InternStatus;
use peka::domain::internship::takes_a_place;
use rusqlite::Connection;
use std::path::Path;

fn sample() -> Connection {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    db::open(&path, OpenMode::ReadOnly).expect("open sample.db read-only")
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (number, partner-side number, signing date) of UIN SUNA's agreements.
fn uin_agreements(conn: &Connection) -> Vec<(String, String, String)> {
    conn.prepare(
        "SELECT nomor_pemko, nomor_mitra, tanggal_tanda_tangan FROM kerja_sama
         WHERE mitra_id = 3 ORDER BY tanggal_tanda_tangan",
    )
    .unwrap()
    .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

#[test]
fn uin_suna_signed_as_iain_lhokseumawe_before_may_2025() {
    let conn = sample();
    let former: (String, String, String) = conn
        .query_row(
            "SELECT nama, singkatan, berlaku_sampai FROM mitra_nama_lama WHERE mitra_id = 3",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        former,
        (
            "IAIN Lhokseumawe".to_string(),
            "IAIN Lhokseumawe".to_string(),
            "2025-05-08".to_string()
        )
    );
    let all = uin_agreements(&conn);
    let listed = db::partners::list_agreements(&conn).unwrap();
    let shown = |number: &str| {
        listed
            .iter()
            .find(|a| a.number == number)
            .map(|a| a.partner.clone())
            .unwrap()
    };
    let old = all
        .iter()
        .find(|a| a.2.starts_with("2023"))
        .expect("an agreement with UIN SUNA signed in 2023");
    assert_eq!(shown(&old.0), "IAIN Lhokseumawe");
    assert!(old.1.contains("/IAIN-LSM/"), "{old:?}");
    let new = all
        .iter()
        .find(|a| date(&a.2) >= NaiveDate::from_ymd_opt(2025, 5, 8).unwrap())
        .expect("an agreement with UIN SUNA signed after its new name");
    assert_eq!(shown(&new.0), "UIN SUNA");
    assert!(new.1.contains("/UIN-SUNA/"), "{new:?}");
    // Every letter: the code of the name the campus had on its date.
    for (number, _, signed) in &all {
        let before = date(signed) < NaiveDate::from_ymd_opt(2025, 5, 8).unwrap();
        let partner = listed.iter().find(|a| &a.number == number).unwrap();
        assert_eq!(partner.partner == "IAIN Lhokseumawe", before, "{number}");
    }
    let letters: Vec<(String, String)> = conn
        .prepare("SELECT nomor_surat_permohonan, tanggal_surat FROM magang WHERE mitra_id = 3")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(letters.iter().any(|(n, _)| n.contains("/IAIN-LSM/")));
    for (number, day) in &letters {
        let before = date(day) < NaiveDate::from_ymd_opt(2025, 5, 8).unwrap();
        assert_eq!(number.contains("/IAIN-LSM/"), before, "{number} of {day}");
        assert_eq!(number.contains("/UIN-SUNA/"), !before, "{number} of {day}");
    }
}

#[test]
fn one_mou_was_renewed_from_the_day_after_it_ended() {
    let conn = sample();
    let rows: Vec<(i64, String, String, String, Option<i64>)> = conn
        .prepare(
            "SELECT id, tanggal_mulai, tanggal_berakhir, status_dokumen, diperpanjang_dari_id
             FROM kerja_sama WHERE jenis_dokumen = 'MOU' ORDER BY id",
        )
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let renewed: Vec<_> = rows.iter().filter(|r| r.3 == "DIPERPANJANG").collect();
    assert_eq!(renewed.len(), 1);
    let old = renewed[0];
    let new = rows
        .iter()
        .find(|r| r.4 == Some(old.0))
        .expect("its renewal");
    assert_eq!(date(&new.1), date(&old.2).succ_opt().unwrap());
    assert!(date(&new.2) > date(&old.2));
    assert_eq!(new.3, "DITANDATANGANI");
}

#[test]
fn every_monitoring_report_of_partnerships_has_rows() {
    let conn = sample();
    use db::monitoring as mon;
    let expired = mon::expired_with_interns(&conn, as_of()).unwrap();
    assert_eq!(expired.len(), 1, "{expired:?}");
    assert_eq!(expired[0].running, 1);
    let attention = mon::interns_needing_attention(&conn, as_of(), 14).unwrap();
    let no_mentor = attention.iter().filter(|a| a.without_mentor()).count();
    let quiet = attention.iter().filter(|a| a.logbook_late).count();
    assert_eq!(no_mentor, 1, "{attention:#?}");
    assert!((2..=3).contains(&quiet), "{attention:#?}");
    let per_unit = mon::interns_per_unit(&conn, as_of()).unwrap();
    assert!(per_unit.iter().filter(|u| u.capacity.is_some()).count() >= 3);
    assert!(per_unit.iter().any(|u| u.running > 0));
    assert!(per_unit.iter().any(|u| u.planned > 0));
    let suggestions = mon::student_suggestions(&conn).unwrap();
    assert!(suggestions.len() >= 10, "{}", suggestions.len());
    let mut distinct: Vec<&str> = suggestions
        .iter()
        .map(|s| s.suggestion.as_str())
        .filter(|s| !s.is_empty())
        .collect();
    distinct.sort();
    distinct.dedup();
    assert!(distinct.len() >= 8, "varied suggestions: {distinct:?}");
    assert!(suggestions.iter().any(|s| s.campus == "IAIN Lhokseumawe"));
}

/// How many of `periods` run on `day`.
fn on_day(periods: &[(NaiveDate, NaiveDate)], day: NaiveDate) -> i64 {
    periods
        .iter()
        .filter(|(s, e)| *s <= day && day <= *e)
        .count() as i64
}

/// No host ever has more interns at once than its `kapasitas_magang`: on no
/// day of any internship (counted day by day, not with the rule's shortcut).
#[test]
fn seeded_interns_respect_every_host_capacity() {
    let conn = sample();
    let rows: Vec<(i64, String, String, String, Option<i64>)> = conn
        .prepare(
            "SELECT g.unit_kerja_id, g.tanggal_mulai, g.tanggal_selesai, g.status, u.kapasitas_magang
             FROM magang g JOIN unit_kerja u ON u.id = g.unit_kerja_id",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut capped = 0;
    for (unit, from, to, _, cap) in &rows {
        let Some(cap) = cap else { continue };
        capped += 1;
        let periods: Vec<(NaiveDate, NaiveDate)> = rows
            .iter()
            .filter(|r| r.0 == *unit && InternStatus::from_code(&r.3).is_some_and(takes_a_place))
            .map(|r| (date(&r.1), date(&r.2)))
            .collect();
        let mut day = date(from);
        while day <= date(to) {
            let n = on_day(&periods, day);
            assert!(
                n <= *cap,
                "unit {unit}: {n} interns on {day}, capacity {cap}"
            );
            day = day.succ_opt().unwrap();
        }
    }
    assert!(capped >= 10, "most interns are at a unit with a capacity");
}

/// Weekly entries inside each internship's period; final feedback for most
/// finished internships, never before the internship began.
#[test]
fn logbook_and_feedback_follow_the_internships() {
    let conn = sample();
    let bad: i64 = conn
        .query_row(
            "SELECT count(*) FROM logbook_magang l JOIN magang g ON g.id = l.magang_id
             WHERE l.tanggal < g.tanggal_mulai OR l.tanggal > g.tanggal_selesai
                OR l.tanggal > '2026-11-28' OR g.status NOT IN ('BERJALAN', 'SELESAI')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(bad, 0);
    let (finished, with_feedback): (i64, i64) = conn
        .query_row(
            "SELECT count(*), count(f.id) FROM magang g
             LEFT JOIN umpan_balik_magang f ON f.magang_id = g.id WHERE g.status = 'SELESAI'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        with_feedback * 4 >= finished * 3,
        "{with_feedback} of {finished}"
    );
    let early: i64 = conn
        .query_row(
            "SELECT count(*) FROM umpan_balik_magang f JOIN magang g ON g.id = f.magang_id
             WHERE f.tanggal < g.tanggal_mulai OR g.status <> 'SELESAI'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(early, 0);
    let remarks: i64 = conn
        .query_row(
            "SELECT count(*) FROM logbook_magang WHERE catatan_pembimbing <> ''",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(remarks > 0, "a mentor's remark on some entries");
}
