//! Migration V12 (issue 11 item 4): ids are never handed out again after a
//! delete. The tables a user deletes from are rebuilt with AUTOINCREMENT, every
//! definition kept, and their next id set past the largest the file or its
//! audit ever had. Every test works on files in a temporary folder.

use peka::db::audit::{history, verify_chain};
use peka::db::employees_write::EmployeeInput;
use peka::db::record;
use peka::db::schema::{self, REBUILT_IN_V12};
use peka::db::seed_store::dump_content;
use peka::db::{OpenMode, open};
use rusqlite::Connection;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "common/schema.rs"]
mod schema_cmp;
use schema_cmp::{chains_as_lists, flat, schema_of, v19_undone};

#[path = "common/migration.rs"]
mod migration;
use migration::{budi, file_at, migrated_whole, refuses_while_foreign_keys_are_on};

/// A PNS born 1990-02-02, appointed April 2015 (NIP `19900202201504 2 nnn`).
fn employee(seq: u32, name: &str) -> EmployeeInput {
    EmployeeInput {
        nip: format!("199002022015042{seq:03}"),
        nik: None,
        nama: name.into(),
        gelar_depan: String::new(),
        gelar_belakang: String::new(),
        jenis_kelamin: "P".into(),
        tempat_lahir: "Lhokseumawe".into(),
        tanggal_lahir: "1990-02-02".into(),
        jenis_asn: "PNS".into(),
        golongan: Some("III/a".into()),
        tmt_golongan: Some("2015-04-01".into()),
        pendidikan_terakhir: Some("S1".into()),
        program_studi: String::new(),
        jenis_jabatan: "PELAKSANA".into(),
        jenjang_jf: None,
        nama_jabatan: "Pengadministrasi Perkantoran".into(),
        unit_kerja_id: 1,
        tmt_pengangkatan: Some("2015-04-01".into()),
        tmt_jabatan: None,
        email: String::new(),
        telepon: String::new(),
    }
}

/// The names written in the history of employee `id` (its audit entries).
fn names_in_history(conn: &Connection, id: i64) -> Vec<String> {
    history(conn, "pegawai", id)
        .unwrap()
        .iter()
        .flat_map(|h| h.changes.iter())
        .filter(|(field, _, _)| field == "nama")
        .flat_map(|(_, before, after)| [before.clone(), after.clone()])
        .flatten()
        .collect()
}

/// A file at schema V11, made by the migrations of that build.
fn v11_file(dir: &Path) -> (PathBuf, Connection) {
    file_at(dir, 11)
}

/// Rows in every table V12 rebuilds and in those that point at them.
/// Employees 1–3 are written through the application (audited), then
/// employee 3, the last, is deleted: only the audit still knows id 3.
fn fill(c: &Connection) {
    c.execute_batch(
        "INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
         INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, kapasitas_magang) VALUES
           (1, 'SETDAKO', 'Sekretariat Daerah', 'Setdako', 'SEKRETARIAT', NULL, NULL),
           (2, 'BKPSDM', 'Badan Kepegawaian', 'BKPSDM', 'BADAN', 1, 3);",
    )
    .unwrap();
    for (seq, name) in [(1, "Aminah"), (2, "Cut Nyak"), (3, "Dedi Salah Ketik")] {
        record::insert(c, &employee(seq, name), &budi()).unwrap();
    }
    let v: i64 = c
        .query_row("SELECT version FROM pegawai WHERE id = 3", [], |r| r.get(0))
        .unwrap();
    record::delete::<EmployeeInput>(c, 3, v, &budi()).unwrap();
    c.execute_batch(
        "INSERT INTO kompetensi (id, kode, nama, jenis, definisi) VALUES
           (1, 'M.01', 'Integritas', 'MANAJERIAL', 'Definisi kantor sendiri'),
           (2, 'T.01', 'Manajemen SDM Aparatur', 'TEKNIS', '');
         INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi) VALUES
           (1, 1, 'Teks kantor level 1'), (1, 2, 'Teks kantor level 2'), (2, 1, 'Dasar');
         INSERT INTO standar_kompetensi (id, jenis_jabatan, nama_jabatan, kompetensi_id, level_standar) VALUES
           (1, 'PELAKSANA', '', 1, 1);
         INSERT INTO mitra (id, nama, singkatan, jenis, catatan) VALUES
           (1, 'Universitas Malikussaleh', 'Unimal', 'PERGURUAN_TINGGI', 'mitra lama');
         INSERT INTO mitra_nama_lama (mitra_id, nama, berlaku_sampai) VALUES (1, 'Unimal Lama', '2020-01-01');
         INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                                tanggal_mulai, tanggal_selesai, sumber_dana, status, mitra_id, durasi_menit) VALUES
           (1, 'PLT-2024-001', 'Bimtek SIASN', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 16,
            '2024-03-04', '2024-03-05', 'APBK', 'SELESAI', 1, NULL);
         INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id, level_sasaran) VALUES (1, 2, 2);
         INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
           (1, 1, 1, 'OPD', 'SELESAI', 16);
         INSERT INTO evaluasi_kinerja (id, pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja,
                                       rating_perilaku, predikat, pejabat_penilai_id, umpan_balik,
                                       umpan_balik_dampak, umpan_balik_langkah, umpan_balik_tanggal) VALUES
           (1, 1, 2025, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK', 2, 'rapi', 'tepat waktu', 'lanjutkan', '2026-01-10');
         INSERT INTO evaluasi_berakhlak (evaluasi_kinerja_id, nilai, catatan) VALUES (1, 'AKUNTABEL', 'jujur');
         INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat) VALUES
           (2, 2025, 'TAHUNAN', 1, 'BAIK');
         INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick,
                                                 responden, skor, evaluasi_kinerja_id) VALUES
           (1, 1, '2024-06-05', 3, 'PERILAKU', 'ATASAN', 4, 1);
         INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode, monitoring_id) VALUES
           (1, 1, 1, 2, '2024-01-10', 'PENILAIAN_ATASAN', NULL),
           (2, 1, 2, 2, '2024-06-05', 'PENILAIAN_ATASAN', 1);
         INSERT INTO rencana_pengembangan (id, tahun, pegawai_id, kompetensi_id, kesenjangan, prioritas, status,
                                           pelatihan_id, jp_rencana) VALUES
           (1, 2026, 2, 2, 1, 'TINGGI', 'USULAN', 1, 16);
         INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tanggal_mulai, tanggal_berakhir,
                                 unit_pelaksana_id, status_dokumen, catatan, diperpanjang_dari_id) VALUES
           (1, 1, 'MOU', NULL, '001/MOU/2020', '2020-01-01', '2024-12-31', 1, 'DIPERPANJANG', '', NULL),
           (2, 1, 'PKS', 1, '002/PKS/2020', '2020-02-01', '2024-12-31', 2, 'DITANDATANGANI', 'magang', NULL),
           (3, 1, 'MOU', NULL, '003/MOU/2025', '2025-01-01', '2029-12-31', 1, 'DITANDATANGANI', '', 1);
         INSERT INTO magang (id, mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, jenjang, skema, unit_kerja_id,
                             pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status, tanggal_surat_balasan) VALUES
           (1, 1, 2, 'Rahmat', '200170001', 'L', 'S1', 'MBKM', 2, 1, '2024-02-01', '2024-05-31', 'SELESAI', '2024-01-20');
         INSERT INTO logbook_magang (magang_id, tanggal, kegiatan) VALUES (1, '2024-02-02', 'Orientasi');
         INSERT INTO umpan_balik_magang (magang_id, tanggal, nilai_pembimbing) VALUES (1, '2024-05-31', 88);",
    )
    .unwrap();
}

/// A definition as text that ignores layout: comments, white space, quotes
/// around names and the AUTOINCREMENT keyword removed, and V13's chains of
/// comparisons read as the code lists they replace (tests/migration_v13.rs
/// checks that rewrite).
fn normalized(sql: &str) -> String {
    chains_as_lists(&flat(sql).replace("AUTOINCREMENT", ""))
}

/// The dump of `seed_store::dump_content` cut into its tables.
fn tables_of(dump: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current = String::new();
    for line in dump.lines() {
        if let Some(rest) = line.strip_prefix("table ") {
            current = rest.split(' ').next().unwrap_or("").to_string();
            out.insert(current.clone(), String::new());
        }
        if let Some(body) = out.get_mut(&current) {
            body.push_str(line);
            body.push('\n');
        }
    }
    out
}

fn one<T: rusqlite::types::FromSql>(c: &Connection, sql: &str) -> T {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn deleting_the_last_employee_never_gives_its_id_to_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("new.db"), OpenMode::CreateIfMissing).unwrap();
    conn.execute(
        "INSERT INTO unit_kerja (kode, nama, jenis) VALUES ('BKPSDM', 'Badan Kepegawaian', 'BADAN')",
        [],
    )
    .unwrap();
    record::insert(&conn, &employee(1, "Aminah"), &budi()).unwrap();
    let wrong = record::insert(&conn, &employee(2, "Salah Ketik"), &budi()).unwrap();
    record::delete::<EmployeeInput>(&conn, wrong, 1, &budi()).unwrap();
    let next = record::insert(&conn, &employee(3, "Cut Nyak"), &budi()).unwrap();
    assert!(
        next > wrong,
        "new id {next} must follow the deleted {wrong}"
    );
    // Each history is one person's.
    assert_eq!(names_in_history(&conn, next), ["Cut Nyak"]);
    assert_eq!(
        names_in_history(&conn, wrong),
        ["Salah Ketik", "Salah Ketik"]
    );
}

#[test]
fn every_table_a_user_deletes_from_hands_out_ids_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let conn = open(&dir.path().join("new.db"), OpenMode::CreateIfMissing).unwrap();
    for table in REBUILT_IN_V12 {
        let sql: String = conn
            .query_row(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .unwrap();
        assert!(
            normalized(&sql).contains("idINTEGERPRIMARYKEY,") && sql.contains("AUTOINCREMENT"),
            "{table}: {sql}"
        );
    }
    // Every table with an id of its own that a record kind writes is among them
    // (or was made with AUTOINCREMENT from the start, V9–V10).
    let plain: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND sql LIKE '%id %INTEGER PRIMARY KEY,%' AND sql NOT LIKE '%AUTOINCREMENT%'
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // The audit is append-only; the retirement ages are read, never deleted.
    assert_eq!(plain, ["audit", "batas_usia_pensiun"]);
}

#[test]
fn a_v11_file_migrates_with_every_row_key_index_and_trigger_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v11_file(dir.path());
    fill(&c);
    let schema_before = schema_of(&c, normalized);
    let tables_before = tables_of(&dump_content(&c).unwrap());
    assert_eq!(one::<i64>(&c, "SELECT max(id) FROM pegawai"), 2);
    drop(c);

    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    migrated_whole(&conn);

    // What later migrations add (V14: a derived table, its triggers and two
    // indexes; V16: another derived table and its triggers; V18: an index on
    // the catalogue's order) is not V12's concern: taken away, the rest is compared.
    conn.execute_batch(
        "DROP TRIGGER penilaian_terakhir_tambah; DROP TRIGGER penilaian_terakhir_ubah;
         DROP TRIGGER penilaian_terakhir_hapus; DROP TABLE penilaian_terakhir;
         DROP INDEX evaluasi_periode_predikat; DROP INDEX peserta_pelatihan_jp;
         DROP TRIGGER pelatihan_jumlah_tambah; DROP TRIGGER pelatihan_jumlah_hapus;
         DROP TRIGGER pelatihan_jumlah_ubah; DROP TABLE pelatihan_jumlah;
         DROP INDEX pelatihan_urut;",
    )
    .unwrap();

    // The schema is the same, AUTOINCREMENT and V19's rules as
    // constraints (not triggers) aside.
    let mut schema_after = schema_of(&conn, normalized);
    v19_undone(&mut schema_after, &schema_before);
    for (key, before) in &schema_before {
        assert_eq!(
            Some(before),
            schema_after.get(key),
            "{key} changed in the migration"
        );
    }
    let added: Vec<&String> = schema_after
        .keys()
        .filter(|k| !schema_before.contains_key(*k))
        .collect();
    assert!(added.is_empty(), "new schema objects: {added:?}");

    // Every row is there as it was; only national competencies were added.
    let tables_after = tables_of(&dump_content(&conn).unwrap());
    assert_eq!(
        tables_before.keys().collect::<Vec<_>>(),
        tables_after.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &tables_before {
        let after = &tables_after[table];
        if table == "kompetensi" || table == "kompetensi_level" {
            for line in rows.lines() {
                assert!(after.contains(line), "{table} lost {line}");
            }
        } else {
            assert_eq!(rows, after, "rows of {table} changed");
        }
    }

    // The next employee follows the deleted one the audit still knows.
    assert_eq!(
        one::<i64>(
            &conn,
            "SELECT seq FROM sqlite_sequence WHERE name = 'pegawai'"
        ),
        3
    );
    let next = record::insert(&conn, &employee(4, "Teuku Baru"), &budi()).unwrap();
    assert_eq!(next, 4);
    assert_eq!(names_in_history(&conn, next), ["Teuku Baru"]);
    assert_eq!(
        names_in_history(&conn, 3),
        ["Dedi Salah Ketik", "Dedi Salah Ketik"]
    );
    assert_eq!(verify_chain(&conn).unwrap(), None);
    // The rebuilt tables still enforce their rules: keys, checks and triggers.
    assert!(
        conn.execute(
            "INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status) VALUES (1, 99, 'OPD', 'DIUSULKAN')",
            []
        )
        .is_err()
    );
    assert!(
        conn.execute("UPDATE pelatihan SET status = 'BATAL' WHERE id = 1", [])
            .is_err()
    );
    assert!(
        conn.execute("UPDATE unit_kerja SET induk_id = 2 WHERE id = 2", [])
            .is_err()
    );
    assert!(
        conn.execute("DELETE FROM kompetensi WHERE id = 2", [])
            .is_err(),
        "a competency used by a training must stay"
    );
}

#[test]
fn v12_refuses_to_start_while_foreign_keys_are_on_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_path, c) = v11_file(dir.path());
    fill(&c);
    refuses_while_foreign_keys_are_on(&c, 11);
}

#[test]
fn a_failed_v12_leaves_the_v11_file_as_it_was_with_foreign_keys_back_on() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v11_file(dir.path());
    fill(&c);
    // Something in the way of the rebuild of magang, the last table.
    c.execute_batch("CREATE TABLE magang_v12 (x)").unwrap();
    let before = dump_content(&c).unwrap();
    assert!(peka::db::migrate(&c).is_err());
    assert_eq!(one::<i64>(&c, "PRAGMA foreign_keys"), 1);
    assert_eq!(one::<i64>(&c, "PRAGMA legacy_alter_table"), 0);
    assert_eq!(dump_content(&c).unwrap(), before);
    drop(c);
    assert!(open(&path, OpenMode::ReadWrite).is_err());
    let c = Connection::open(&path).unwrap();
    assert_eq!(peka::db::schema_version(&c).unwrap(), 11);
    assert_eq!(dump_content(&c).unwrap(), before);
}

#[test]
fn a_broken_reference_the_file_already_had_does_not_stop_the_migration() {
    let dir = tempfile::tempdir().unwrap();
    let (path, c) = v11_file(dir.path());
    fill(&c);
    c.execute_batch(
        "PRAGMA foreign_keys = OFF;
         INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status)
           VALUES (7, 1, 99, 'OPD', 'DIUSULKAN');",
    )
    .unwrap();
    drop(c);
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    assert_eq!(
        peka::db::schema_version(&conn).unwrap(),
        schema::current_version()
    );
    assert_eq!(
        one::<i64>(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
        1
    );
}
