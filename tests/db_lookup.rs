//! Form lookups (employees by NIP or name-word prefix, units, competencies,
//! position titles) on a copy of sample.db or a fresh temporary file.

use peka::db::employees_write::{self as ew, EmployeeInput};
use peka::db::record;
use peka::db::write::Actor;
use peka::db::{OpenMode, lookup, open};
use peka::domain::enums::EmployeeStatus;
use peka::tui::tabs::reference::unit_kind_words;
use rusqlite::Connection;
use std::path::Path;
use tempfile::TempDir;

fn sample_copy() -> (TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    (dir, conn)
}

fn fresh() -> (TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("fresh.db"), OpenMode::CreateIfMissing).unwrap();
    (dir, conn)
}

fn ani() -> Actor {
    Actor::new("ani", "")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn employee_lookup_by_nip_prefix_ignores_spaces_and_lists_in_service_first() {
    let (_d, conn) = sample_copy();
    let hits = lookup::employees(&conn, "1985 0", 500).unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|(_, nip, _, _)| nip.starts_with("19850")));
    let expected = count(
        &conn,
        "SELECT count(*) FROM pegawai WHERE nip LIKE '19850%'",
    );
    assert_eq!(hits.len() as i64, expected);
    let in_service: Vec<bool> = hits
        .iter()
        .map(|(id, ..)| {
            let (_, _, status) = ew::load(&conn, *id).unwrap().unwrap();
            EmployeeStatus::from_code(&status).unwrap().is_in_service()
        })
        .collect();
    assert!(
        in_service.windows(2).all(|w| w[0] >= w[1]),
        "in service first"
    );
    assert_eq!(
        lookup::employees(&conn, "1985 0", 3).unwrap().len(),
        3.min(hits.len())
    );
}

#[test]
fn employee_lookup_matches_any_part_of_the_name_case_insensitively() {
    let (_d, conn) = sample_copy();
    let (id, nama): (i64, String) = conn
        .query_row(
            "SELECT id, nama FROM pegawai WHERE nama LIKE '% %' ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let second = nama.split(' ').nth(1).unwrap();
    let prefix = second[..3.min(second.len())].to_lowercase();
    let hits = lookup::employees(&conn, &prefix, 2000).unwrap();
    assert!(
        hits.iter().any(|h| h.0 == id),
        "{prefix} should find {nama}"
    );
    for (_, _, name, _) in &hits {
        assert!(
            name.to_lowercase().contains(&prefix),
            "{name} does not hold {prefix}"
        );
    }
    // Two words narrow the result: both must occur in the name.
    let first = nama.split(' ').next().unwrap().to_uppercase();
    let both = lookup::employees(&conn, &format!("{first} {prefix}"), 2000).unwrap();
    assert!(both.iter().any(|h| h.0 == id));
    assert!(both.len() <= hits.len());
    assert!(lookup::employees(&conn, "zzzq", 10).unwrap().is_empty());
}

#[test]
fn wildcards_in_a_lookup_are_literal() {
    let (_d, conn) = fresh();
    conn.execute(
        "INSERT INTO unit_kerja (id, kode, nama, jenis) VALUES (1, 'U1', 'Dinas', 'DINAS')",
        [],
    )
    .unwrap();
    let mut e = EmployeeInput {
        nip: "199002022015042002".into(),
        nama: "Nurul Aini".into(),
        jenis_kelamin: "P".into(),
        tanggal_lahir: "1990-02-02".into(),
        jenis_asn: "PNS".into(),
        jenis_jabatan: "PELAKSANA".into(),
        nama_jabatan: "Staf 100% Lapangan".into(),
        unit_kerja_id: 1,
        golongan: Some("III/a".into()),
        ..Default::default()
    };
    record::insert(&conn, &e, &ani()).unwrap();
    e.nip = "198003032005011003".into();
    e.nama = "N_ur Basri".into();
    e.nama_jabatan = "Staf Umum".into();
    record::insert(&conn, &e, &ani()).unwrap();
    let names = |q: &str| -> Vec<String> {
        lookup::employees(&conn, q, 10)
            .unwrap()
            .into_iter()
            .map(|h| h.2)
            .collect()
    };
    assert_eq!(names("n_"), ["N_ur Basri"]);
    assert_eq!(names("nu"), ["Nurul Aini"]);
    assert!(names("%").is_empty());
    assert_eq!(names("").len(), 2);
    assert_eq!(
        lookup::positions(&conn, "100%", 10).unwrap(),
        ["Staf 100% Lapangan"]
    );
    assert!(lookup::positions(&conn, "1_0", 10).unwrap().is_empty());
}

#[test]
fn unit_competency_and_position_lookups() {
    let (_d, conn) = sample_copy();
    let units = lookup::units(&conn, "bkp", &unit_kind_words(), 10).unwrap();
    assert_eq!(units.first().map(|u| u.3.as_str()), Some("BKPSDM"));
    let by_code = lookup::units(&conn, "5.03", &unit_kind_words(), 50).unwrap();
    assert!(by_code.len() >= 2 && by_code.iter().all(|u| u.1.starts_with("5.03")));
    let comps = lookup::competencies(&conn, "M.0", 20).unwrap();
    assert_eq!(comps.len(), 8);
    assert_eq!(
        lookup::competencies(&conn, "orient", 5).unwrap()[0].1,
        "M.04"
    );
    let titles = lookup::positions(&conn, "analis kebij", 10).unwrap();
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Analis Kebijakan Ahli Pertama")
    );
    assert!(titles.iter().all(|t| t.starts_with("Analis Kebijakan")));
    let mut dedup = titles.clone();
    dedup.dedup_by_key(|t| t.to_lowercase());
    assert_eq!(dedup, titles);
}

/// One matching rule (issue 6 item 7): the unit lookup of a form finds what
/// the Unit kerja list filter finds, case and accents ignored.
#[test]
fn the_unit_lookup_finds_what_the_unit_list_filter_finds() {
    use peka::tui::tabs::reference::ReferenceState;
    let (_d, conn) = sample_copy();
    conn.execute(
        "UPDATE unit_kerja SET nama = 'Dinas Sosial Désa' WHERE singkatan = 'Dinsos'",
        [],
    )
    .unwrap();
    let rows = peka::db::reference_read::list_units(&conn).unwrap();
    let mut list = ReferenceState::default();
    list.set_units(rows, 200);
    for q in [
        "kominfo",
        "KOMINFO",
        "bkpsdm",
        "persandian",
        "sosial desa",
        "desa",
        "2.16",
        "kesehatan",
    ] {
        list.units.set_filter(q, 200);
        let mut in_list: Vec<i64> = (0..list.units.len())
            .map(|i| list.units.get(i).unwrap().id)
            .collect();
        let mut in_lookup: Vec<i64> = lookup::units(&conn, q, &unit_kind_words(), 500)
            .unwrap()
            .into_iter()
            .map(|u| u.0)
            .collect();
        in_list.sort();
        in_lookup.sort();
        assert!(!in_lookup.is_empty(), "{q} finds something");
        assert_eq!(in_lookup, in_list, "{q}: lookup and list agree");
    }
}

/// Before a new employee is saved the app asks for stored employees with the
/// same name (case and surrounding spaces ignored) and birth date.
#[test]
fn namesakes_are_found_by_name_and_birth_date() {
    let (_d, conn) = sample_copy();
    let (nip, nama, born): (String, String, String) = conn
        .query_row(
            "SELECT nip, nama, tanggal_lahir FROM pegawai ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    let typed = format!("  {}  ", nama.to_uppercase());
    let found = peka::db::employees::namesakes(&conn, &typed, &born).unwrap();
    assert!(found.iter().any(|(n, ..)| *n == nip), "{found:?}");
    assert!(
        peka::db::employees::namesakes(&conn, &nama, "1900-01-01")
            .unwrap()
            .is_empty()
    );
}

/// Issue 9: the mentor lookup offers employees in service by name, NIP or
/// unit (structural officials first), each with the interns they mentor now;
/// the agreement lookup finds by number or partner, those in force first.
#[test]
fn mentors_by_unit_with_their_load_and_agreements_by_partner() {
    let (_dir, conn) = sample_copy();
    let found = lookup::mentors(&conn, "bkpsdm", 8).unwrap();
    assert!(!found.is_empty());
    for (id, _, _, unit, load) in &found {
        assert!(
            unit.contains("BKPSDM") || unit.starts_with("Bidang"),
            "{unit}"
        );
        let in_service = count(
            &conn,
            &format!(
                "SELECT count(*) FROM pegawai WHERE id = {id}
                 AND (status IN ('AKTIF','CUTI','TUGAS_BELAJAR') OR tanggal_status > '2026-11-28')"
            ),
        );
        assert_eq!(in_service, 1, "{id} is in service");
        let now = count(
            &conn,
            &format!(
                "SELECT count(*) FROM magang WHERE pembimbing_lapangan_id = {id}
                 AND status IN ('DIAJUKAN','DITERIMA','BERJALAN') AND tanggal_selesai >= '2026-11-28'"
            ),
        );
        assert_eq!(*load, now, "the load of {id}");
    }
    let first = found[0].0;
    let kind: String = conn
        .query_row(
            "SELECT jenis_jabatan FROM pegawai WHERE id = ?1",
            [first],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        ["ADMINISTRATOR", "PENGAWAS", "JPT_PRATAMA"].contains(&kind.as_str()),
        "an official first, not {kind}"
    );
    // Someone who retired is not offered, even by NIP.
    let retired: String = conn
        .query_row(
            "SELECT nip FROM pegawai WHERE status = 'PENSIUN' AND tanggal_status <= '2026-11-28' LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(lookup::mentors(&conn, &retired, 8).unwrap().is_empty());

    let agreements = lookup::agreements(&conn, "unimal pks", 8).unwrap();
    assert!(!agreements.is_empty());
    for (_, number, partner, doc, _, _) in &agreements {
        assert_eq!(
            (partner.as_str(), doc.as_str()),
            ("Unimal", "PKS"),
            "{number}"
        );
    }
}

/// A lookup offers at most `LOOKUP_LIMIT` records and says when more match:
/// on the demo data "dinas" matches 15 units and "nurul" 13 employees; the
/// first eight must not pass for all of them. A query that matches fewer
/// says nothing of more.
#[test]
fn a_lookup_says_when_more_records_match_than_it_offers() {
    use peka::i18n::Lang;
    use peka::tui::widgets::form::LookupSource;
    use peka::tui::writes::{LOOKUP_LIMIT, lookup as offers};
    let (_dir, conn) = sample_copy();
    for (source, query, all) in [
        (
            LookupSource::Unit,
            "dinas",
            "unit_kerja WHERE nama LIKE '%dinas%'",
        ),
        (
            LookupSource::Employee,
            "nurul",
            "pegawai WHERE nama LIKE '%nurul%'",
        ),
    ] {
        let matching = count(&conn, &format!("SELECT count(*) FROM {all}")) as usize;
        assert!(
            matching > LOOKUP_LIMIT,
            "{query}: {matching} match in the demo data"
        );
        let (items, more) = offers(&conn, source, query, Lang::Id).unwrap();
        assert_eq!(items.len(), LOOKUP_LIMIT, "{query}");
        assert!(more, "{query}: {matching} match, {LOOKUP_LIMIT} offered");
    }
    let (items, more) = offers(&conn, LookupSource::Unit, "bkpsdm", Lang::Id).unwrap();
    assert!(!items.is_empty() && items.len() < LOOKUP_LIMIT, "{items:?}");
    assert!(!more);
}
