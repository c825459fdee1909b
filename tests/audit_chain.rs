//! Issue 11 item 4: the audit entries form a hash chain — the entries a
//! file already has are chained when it is upgraded, every write appends a
//! linked entry, and `peka check` names the first altered, removed or
//! inserted entry.

use peka::db::audit::{ChainBreak, verify_chain};
use peka::db::partners::PartnerInput;
use peka::db::record::{delete, insert, update};
use peka::db::schema::MIGRATIONS;
use peka::db::write::Actor;
use rusqlite::Connection;
use std::path::Path;

fn partner(name: &str) -> PartnerInput {
    PartnerInput {
        nama: name.into(),
        jenis: "PERGURUAN_TINGGI".into(),
        ..Default::default()
    }
}

/// A file with a few writes, opened as PEKA opens it.
fn written(dir: &Path) -> (std::path::PathBuf, Connection) {
    let path = dir.join("chain.db");
    let conn = peka::db::open(&path, peka::db::OpenMode::CreateIfMissing).unwrap();
    let ani = Actor::new("ani", "10.0.0.7");
    let a = insert(&conn, &partner("Universitas Satu"), &ani).unwrap();
    let b = insert(&conn, &partner("Universitas Dua"), &ani).unwrap();
    update(&conn, a, 1, &partner("Universitas Satu Baru"), &ani).unwrap();
    delete::<PartnerInput>(&conn, b, 1, &ani).unwrap();
    insert(&conn, &partner("Universitas Tiga"), &ani).unwrap();
    (path, conn)
}

/// Runs SQL past the append-only triggers, as someone editing the file
/// with another tool would.
fn tamper(conn: &Connection, sql: &str) {
    conn.execute_batch(&format!(
        "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; {sql}"
    ))
    .unwrap();
}

fn check_text(path: &Path) -> (i32, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn every_write_is_linked_and_the_chain_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = written(dir.path());
    let (n, linked): (i64, i64) = conn
        .query_row(
            "SELECT count(*), sum(a.hash_sebelum = COALESCE(p.hash, '')) FROM audit a
             LEFT JOIN audit p ON p.id = a.id - 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((n, linked), (5, 5));
    assert_eq!(verify_chain(&conn).unwrap(), None);
    drop(conn);
    let (code, text) = check_text(&path);
    assert_eq!(code, 0, "{text}");
}

#[test]
fn an_altered_entry_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let (path, conn) = written(dir.path());
    tamper(&conn, "UPDATE audit SET pengguna = 'budi' WHERE id = 3;");
    assert_eq!(
        verify_chain(&conn).unwrap(),
        Some(ChainBreak::Altered { id: 3 })
    );
    drop(conn);
    let (code, text) = check_text(&path);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("entri 3 telah diubah"), "{text}");
}

#[test]
fn a_removed_entry_is_named_by_the_one_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, conn) = written(dir.path());
    tamper(&conn, "DELETE FROM audit WHERE id = 2;");
    assert_eq!(
        verify_chain(&conn).unwrap(),
        Some(ChainBreak::Removed { before: 3 })
    );
    // The first one removed: the one after it no longer starts the chain.
    let dir = tempfile::tempdir().unwrap();
    let (_path, conn) = written(dir.path());
    tamper(&conn, "DELETE FROM audit WHERE id = 1;");
    assert_eq!(
        verify_chain(&conn).unwrap(),
        Some(ChainBreak::Removed { before: 2 })
    );
}

#[test]
fn an_entry_put_in_between_is_named_even_with_a_valid_hash_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, conn) = written(dir.path());
    // Make room at 3 (renumber 3..5 to 4..6), then put a well-formed entry
    // there that links to entry 2 and hashes correctly: entry 4 (the old 3)
    // still links to 2, so 3 is the one put in.
    let prev: String = conn
        .query_row("SELECT hash FROM audit WHERE id = 2", [], |r| r.get(0))
        .unwrap();
    let e = peka::db::audit::Entry {
        prev: prev.clone(),
        id: 3,
        waktu: "2026-11-28T10:00:00".into(),
        pengguna: "mallory".into(),
        klien_ssh: String::new(),
        entitas: "mitra".into(),
        entitas_id: 9,
        aksi: "HAPUS".into(),
        sebelum: None,
        sesudah: None,
    };
    let h = peka::db::audit::entry_hash(&e);
    tamper(
        &conn,
        &format!(
            "UPDATE audit SET id = id + 10 WHERE id >= 3;
             UPDATE audit SET id = id - 9 WHERE id >= 13;
             INSERT INTO audit (id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, hash_sebelum, hash)
             VALUES (3, '2026-11-28T10:00:00', 'mallory', '', 'mitra', 9, 'HAPUS', '{prev}', '{h}');"
        ),
    );
    // Ids moved: entries 4.. no longer hash as they were written (their id
    // is in the hash) — the first break is at 3 or 4, never missed.
    let found = verify_chain(&conn).unwrap();
    assert!(
        matches!(
            found,
            Some(ChainBreak::Inserted { id: 3 }) | Some(ChainBreak::Altered { id: 4 })
        ),
        "{found:?}"
    );
}

#[test]
fn a_file_upgraded_from_v10_chains_the_entries_it_had() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let c = Connection::open(&path).unwrap();
        for (i, m) in MIGRATIONS.iter().enumerate().take(10) {
            c.execute_batch(m).unwrap();
            c.pragma_update(None, "user_version", (i + 1) as i64)
                .unwrap();
        }
        c.execute_batch(
            "INSERT INTO audit (waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah) VALUES
               ('2026-01-01T08:00:00', 'ani', '', 'mitra', 1, 'TAMBAH', NULL, '{\"nama\":\"A\"}'),
               ('2026-01-02T08:00:00', 'budi', '10.0.0.5', 'mitra', 1, 'UBAH', '{\"nama\":\"A\"}', '{\"nama\":\"B\"}'),
               ('2026-01-03T08:00:00', 'ani', '', 'mitra', 1, 'HAPUS', '{\"nama\":\"B\"}', NULL);",
        )
        .unwrap();
    }
    let conn = peka::db::open(&path, peka::db::OpenMode::ReadWrite).unwrap();
    assert_eq!(verify_chain(&conn).unwrap(), None);
    let empty: i64 = conn
        .query_row("SELECT count(*) FROM audit WHERE hash = ''", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(empty, 0);
    // New writes link on.
    insert(&conn, &partner("Universitas Empat"), &Actor::new("ani", "")).unwrap();
    assert_eq!(verify_chain(&conn).unwrap(), None);
    // Still append-only.
    assert!(conn.execute("UPDATE audit SET pengguna = 'x'", []).is_err());
}
