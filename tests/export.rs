//! `peka export` end to end: the real binary on a temporary database built here.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Reference date 2024-06-30. Agreements relative to it: 100/1 ends 2027 (AKTIF),
/// 100/3 ends 2024-08-15, 46 days later (AKAN_BERAKHIR), 100/2 ended 2023
/// (KEDALUWARSA). Employee 1 has 20 + 2.5 JP in 2024 and 40 in 2023; employee 2
/// none; employee 3 is retired.
const FIXTURE: &str = r#"
INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES ('tanggal_acuan', '2024-06-30', 'Tanggal acuan data contoh');
INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan) VALUES
  (1, 'U-BKP', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN', NULL, 1),
  (2, 'U-DIK', 'Dinas Pendidikan', 'Disdik', 'DINAS', NULL, 2);
INSERT INTO pegawai (id, nip, nik, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, jenis_asn,
                     golongan, jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, status) VALUES
  (1, '197001011995031001', '1173010101700001', 'Zulkifli', 'Drs.', 'M.Si.', 'L', '1970-01-01', 'PNS', 'IV/b',
   'JPT_PRATAMA', NULL, 'Kepala Badan', 1, 'AKTIF'),
  (2, '199002022015042002', NULL, 'Aminah', '', '', 'P', '1990-02-02', 'PNS', 'II/c',
   'PELAKSANA', NULL, 'Pengadministrasi Umum; Keuangan', 2, 'AKTIF'),
  (3, '196205051985031005', NULL, 'Dedi', '', '', 'L', '1962-05-05', 'PNS', 'III/a',
   'PELAKSANA', NULL, 'Pengadministrasi Umum', 2, 'PENSIUN');
INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                       tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
  (1, 'PL-1', 'Bimtek SIASN; Angkatan I', 'PELATIHAN', 'KLASIKAL', 'BIMTEK', 'TEKNIS', 20, '2024-03-04', '2024-03-10', 'APBK', 'SELESAI'),
  (2, 'PL-2', 'Webinar Integritas', 'PELATIHAN', 'NON_KLASIKAL', 'SEMINAR', 'SOSIAL_KULTURAL', 2.5, '2024-05-02', '2024-05-02', 'APBK', 'SELESAI'),
  (3, 'PL-3', 'PKA Angkatan I', 'PELATIHAN', 'KLASIKAL', 'PKA', 'MANAJERIAL', 40, '2023-11-01', '2023-12-15', 'APBA', 'SELESAI');
INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui, nilai_akhir) VALUES
  (1, 1, 'OPD', 'LULUS', 20, 88.5),
  (2, 1, 'OPD', 'SELESAI', 2.5, NULL),
  (3, 1, 'AKPK', 'LULUS', 40, 90),
  (1, 2, 'OPD', 'MENGIKUTI', 0, NULL);
-- Its own dictionary instead of the national one a new file starts with (V12).
DELETE FROM kompetensi_level;
DELETE FROM kompetensi;
INSERT INTO kompetensi (id, kode, nama, jenis) VALUES (1, 'M.01', 'Integritas', 'MANAJERIAL'), (2, 'M.02', 'Kerja Sama', 'MANAJERIAL');
INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi) VALUES (1, 1, 'Jujur'), (1, 2, 'Konsisten');
INSERT INTO standar_kompetensi (jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id, level_standar) VALUES
  ('JPT_PRATAMA', '', '', 1, 4), ('JPT_PRATAMA', '', '', 2, 4), ('PELAKSANA', '', '', 1, 1);
INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode) VALUES
  (1, 1, 3, '2024-02-01', 'ASSESSMENT_CENTER'), (1, 2, 4, '2024-02-01', 'ASSESSMENT_CENTER');
INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat, pejabat_penilai_id) VALUES
  (2, 2024, 'TRIWULAN', 1, 'SESUAI', 'DI_BAWAH', 'KURANG_MISCONDUCT', 1),
  (1, 2023, 'TAHUNAN', 1, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK', NULL);
INSERT INTO mitra (id, nama, singkatan, jenis) VALUES
  (1, 'Universitas Malikussaleh', 'UNIMAL', 'PERGURUAN_TINGGI'), (2, 'PT Pupuk Iskandar Muda', 'PIM', 'BUMN');
INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, tentang, tanggal_mulai, tanggal_berakhir) VALUES
  (1, 1, 'MOU', NULL, '100/1/2023', 'Tridharma', '2023-01-01', '2027-12-31'),
  (2, 2, 'MOU', NULL, '100/2/2020', 'CSR', '2020-01-01', '2023-12-31'),
  (3, 1, 'PKS', 1, '100/3/2024', 'Magang mahasiswa', '2024-01-01', '2024-08-15');
INSERT INTO magang (mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, jenjang, skema, unit_kerja_id,
                    pembimbing_lapangan_id, tanggal_mulai, tanggal_selesai, status) VALUES
  (1, 3, 'Rizki Maulana', '210170001', 'L', 'S1', 'MBKM', 1, 1, '2024-02-01', '2024-05-31', 'SELESAI'),
  (1, 3, 'Nurul Hidayah', '210170002', 'P', 'S1', 'PKL', 2, NULL, '2024-07-01', '2024-09-30', 'DITERIMA');
INSERT INTO logbook_magang (magang_id, tanggal, kegiatan) VALUES (1, '2024-03-01', 'Rekap arsip kepegawaian');
INSERT INTO umpan_balik_magang (magang_id, tanggal, nilai_pembimbing, catatan_pembimbing, yang_berhasil, saran_unit) VALUES
  (1, '2024-05-31', 87, 'Disiplin dan cepat belajar', 'Tugas nyata sejak pekan pertama', 'Digitalkan SOP layanan kepegawaian');
INSERT INTO rencana_pengembangan (tahun, pegawai_id, kompetensi_id, kesenjangan,
    jenis_pelatihan_usulan, prioritas, status, pelatihan_id, jp_rencana) VALUES
  (2024, 1, 1, 1, 'Bimtek SIASN', 'TINGGI', 'TERLAKSANA', 1, 20),
  (2025, 2, 2, 2, 'Coaching; mentoring', 'SEDANG', 'USULAN', NULL, 7.5);
INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick, responden, skor) VALUES
  (3, 3, '2023-12-30', 0, 'REAKSI', 'ALUMNI', 3);
INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat) VALUES (1, 2023, 'TAHUNAN', 1, 'BAIK');
INSERT INTO audit (waktu, pengguna, entitas, entitas_id, aksi, sebelum, sesudah) VALUES
  ('2024-06-01T08:00:00', 'operator', 'pegawai', 2, 'UBAH', '{"status":"CUTI"}', '{"status":"AKTIF"}');
"#;

/// The fixed columns of design.md §1.1.
const FIXED: &[(&str, &str)] = &[
    (
        "pegawai",
        "nip,nama,jenis_kelamin,tanggal_lahir,jenis_asn,golongan,jenis_jabatan,jabatan,unit_kerja,status",
    ),
    ("rekap-jp", "nip,nama,unit_kerja,tahun,jp,target,kekurangan"),
    (
        "evaluasi",
        "nip,nama,tahun,jenis_periode,periode_ke,hasil_kerja,perilaku,predikat",
    ),
    (
        "kesenjangan",
        "nip,nama,unit_kerja,kompetensi,standar,aktual,kesenjangan",
    ),
    (
        "perjanjian",
        "nomor,mitra,jenis_dokumen,tanggal_mulai,tanggal_berakhir,status",
    ),
    (
        "magang",
        "nim,nama,mitra,unit_kerja,pembimbing_nip,tanggal_mulai,tanggal_selesai,status",
    ),
    ("pengaturan", "kunci,nilai"),
];

const ENTITIES: &[(&str, &str)] = &[
    ("pegawai", "employees"),
    ("kompetensi", "competencies"),
    ("pelatihan", "trainings"),
    ("peserta", "enrollments"),
    ("mitra", "partners"),
    ("perjanjian", "agreements"),
    ("magang", "internships"),
    ("logbook-magang", "intern-logbook"),
    ("umpan-balik-magang", "intern-feedback"),
    ("evaluasi", "evaluations"),
    ("rekap-jp", "jp-summary"),
    ("kesenjangan", "gaps"),
    ("pengaturan", "settings"),
    ("audit", "audit"),
    ("rencana-pengembangan", "development-plans"),
    ("tindak-lanjut", "follow-ups"),
    ("predikat-organisasi", "unit-predicates"),
];

struct Db {
    dir: tempfile::TempDir,
    path: PathBuf,
}

fn database() -> Db {
    database_with("")
}

fn database_with(extra_sql: &str) -> Db {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("peka.db");
    let conn = peka::db::open(&path, peka::db::OpenMode::CreateIfMissing).unwrap();
    conn.execute_batch(FIXTURE).unwrap();
    conn.execute_batch(extra_sql).unwrap();
    drop(conn);
    Db { dir, path }
}

fn peka(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(args)
        .output()
        .unwrap()
}

fn export(db: &Db, entity: &str, more: &[&str]) -> Output {
    let mut args = vec!["export", db.path.to_str().unwrap(), entity];
    args.extend_from_slice(more);
    peka(&args)
}

/// Runs an export that must succeed and returns its stdout.
fn ok(db: &Db, entity: &str, more: &[&str]) -> String {
    let out = export(db, entity, more);
    assert_eq!(
        out.status.code(),
        Some(0),
        "export {entity} {more:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The UTF-8 byte order mark every CSV export starts with (design.md §1.1).
const BOM: &str = "\u{feff}";

/// The CSV text after its BOM, which must be there exactly once.
fn after_bom(csv_text: &str) -> &str {
    let rest = csv_text.strip_prefix(BOM).unwrap_or_else(|| {
        panic!(
            "CSV without the UTF-8 BOM: {:?}",
            &csv_text[..20.min(csv_text.len())]
        )
    });
    assert!(!rest.starts_with(BOM), "the BOM is written twice");
    rest
}

fn records(csv_text: &str, sep: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .from_reader(csv_text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect()
}

/// The rows of a CSV export as maps column → value.
fn rows(csv_text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let all = records(csv_text, b',');
    let header = &all[0];
    all[1..]
        .iter()
        .map(|r| header.iter().cloned().zip(r.iter().cloned()).collect())
        .collect()
}

fn one_sentence(stderr: &[u8]) -> String {
    let s = String::from_utf8(stderr.to_vec()).unwrap();
    assert_eq!(s.trim_end().lines().count(), 1, "one line expected: {s}");
    assert!(!s.contains("panicked"), "{s}");
    s
}

#[test]
fn fixed_columns_come_first_and_in_contract_order() {
    let db = database();
    for (entity, fixed) in FIXED {
        let text = ok(&db, entity, &[]);
        let header = after_bom(&text).lines().next().unwrap();
        assert!(
            header == *fixed || header.starts_with(&format!("{fixed},")),
            "{entity}: header {header:?} does not start with {fixed:?}"
        );
    }
}

/// Excel reads the names (and any text beyond ASCII) right only with the BOM:
/// every entity, any separator, to standard output and to `--out`. A reader
/// of the file gets `nip`, not `\u{feff}nip`, as its first column.
#[test]
fn every_csv_starts_with_the_bom_and_json_has_none() {
    let db = database();
    for (entity, _) in ENTITIES {
        for more in [&[][..], &["--sep", ";"][..], &["--sep", "tab"][..]] {
            let out = export(&db, entity, more);
            assert_eq!(out.status.code(), Some(0), "{entity} {more:?}");
            assert_eq!(&out.stdout[..3], b"\xEF\xBB\xBF", "{entity} {more:?}");
            after_bom(std::str::from_utf8(&out.stdout).unwrap());
        }
        let target = db.dir.path().join(format!("{entity}.csv"));
        let out = export(&db, entity, &["--out", target.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(0), "{entity} --out");
        let file = std::fs::read(&target).unwrap();
        assert_eq!(&file[..3], b"\xEF\xBB\xBF", "{entity} --out");
        let json = ok(&db, entity, &["--format", "json"]);
        assert!(json.starts_with('['), "{entity}: JSON has no BOM");
    }
    let semi = ok(&db, "pegawai", &["--sep", ";"]);
    assert_eq!(records(&semi, b';')[0][0], "nip");
    let comma = ok(&db, "pegawai", &[]);
    let first = csv::Reader::from_reader(comma.as_bytes())
        .headers()
        .unwrap()
        .get(0)
        .map(str::to_string);
    assert_eq!(first.as_deref(), Some("nip"));
}

#[test]
fn english_aliases_give_the_same_output() {
    let db = database();
    for (id, en) in ENTITIES {
        assert_eq!(ok(&db, id, &[]), ok(&db, en, &[]), "{id} vs {en}");
    }
}

#[test]
fn json_parses_with_the_csv_keys_and_row_count() {
    let db = database();
    for (entity, _) in ENTITIES {
        let csv_text = ok(&db, entity, &[]);
        let csv_rows = records(&csv_text, b',');
        let json: serde_json::Value = serde_json::from_str(&ok(&db, entity, &["--format", "json"]))
            .unwrap_or_else(|e| panic!("{entity}: JSON does not parse: {e}"));
        let arr = json.as_array().unwrap();
        assert_eq!(arr.len(), csv_rows.len() - 1, "{entity}: row count");
        assert!(!arr.is_empty(), "{entity}: the fixture has rows");
        let keys: Vec<&String> = arr[0].as_object().unwrap().keys().collect();
        let mut header = csv_rows[0].clone();
        header.sort();
        let mut keys: Vec<String> = keys.into_iter().cloned().collect();
        keys.sort();
        assert_eq!(keys, header, "{entity}: keys");
    }
}

#[test]
fn json_numbers_are_numbers_and_missing_values_null() {
    let db = database();
    let jp: serde_json::Value =
        serde_json::from_str(&ok(&db, "rekap-jp", &["--format", "json"])).unwrap();
    let zul = jp
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["nip"] == "197001011995031001")
        .unwrap();
    assert_eq!(zul["jp"], serde_json::json!(22.5));
    assert_eq!(zul["tahun"], serde_json::json!(2024));
    assert_eq!(zul["nama"], "Drs. Zulkifli, M.Si.");
    let gaps: serde_json::Value =
        serde_json::from_str(&ok(&db, "kesenjangan", &["--format", "json"])).unwrap();
    let aminah = &gaps.as_array().unwrap()[1];
    assert_eq!(aminah["nip"], "199002022015042002");
    assert!(aminah["aktual"].is_null());
    assert_eq!(aminah["kesenjangan"], serde_json::json!(1));
}

#[test]
fn rekap_jp_defaults_to_the_reference_year_and_formats_jp_plainly() {
    let db = database();
    let got = rows(&ok(&db, "rekap-jp", &[]));
    assert_eq!(got.len(), 2, "the retired employee is not listed");
    assert_eq!(got[0]["nip"], "197001011995031001");
    assert_eq!(
        (
            &got[0]["tahun"][..],
            &got[0]["jp"][..],
            &got[0]["target"][..],
            &got[0]["kekurangan"][..]
        ),
        ("2024", "22.5", "20", "0")
    );
    assert_eq!((&got[1]["jp"][..], &got[1]["kekurangan"][..]), ("0", "20"));
    let y2023 = rows(&ok(&db, "rekap-jp", &["--year", "2023"]));
    assert_eq!(
        (&y2023[0]["tahun"][..], &y2023[0]["jp"][..]),
        ("2023", "40")
    );
}

#[test]
fn year_filters_evaluations_enrollments_and_trainings() {
    let db = database();
    let ev = rows(&ok(&db, "evaluasi", &["--year", "2024"]));
    assert_eq!(ev.len(), 1);
    assert_eq!(
        (
            &ev[0]["jenis_periode"][..],
            &ev[0]["predikat"][..],
            &ev[0]["pejabat_penilai_nip"][..]
        ),
        ("TRIWULAN", "KURANG_MISCONDUCT", "197001011995031001")
    );
    assert_eq!(rows(&ok(&db, "evaluasi", &[])).len(), 2);
    assert_eq!(rows(&ok(&db, "peserta", &["--year", "2023"])).len(), 1);
    assert_eq!(rows(&ok(&db, "peserta", &[])).len(), 4);
    let pl = rows(&ok(&db, "pelatihan", &["--year", "2024"]));
    let codes: Vec<&str> = pl.iter().map(|r| r["kode"].as_str()).collect();
    assert_eq!(codes, ["PL-1", "PL-2"]);
}

#[test]
fn stored_codes_and_iso_dates_are_written() {
    let db = database();
    let emp = rows(&ok(&db, "pegawai", &[]));
    assert_eq!(emp.len(), 3, "the export holds every employee, retired too");
    let zul = &emp[0];
    assert_eq!(
        (
            &zul["jenis_kelamin"][..],
            &zul["tanggal_lahir"][..],
            &zul["jenis_asn"][..],
            &zul["status"][..]
        ),
        ("L", "1970-01-01", "PNS", "AKTIF")
    );
    assert_eq!(
        (&zul["nama"][..], &zul["gelar_depan"][..]),
        ("Zulkifli", "Drs.")
    );
    assert_eq!(zul["unit_kerja"], "Badan Kepegawaian dan Pengembangan SDM");
    let interns = rows(&ok(&db, "magang", &[]));
    assert_eq!(interns[0]["pembimbing_nip"], "197001011995031001");
    assert_eq!(interns[1]["pembimbing_nip"], "", "no mentor: empty");
}

#[test]
fn agreement_status_is_computed_against_the_reference_date() {
    let db = database();
    let got = rows(&ok(&db, "perjanjian", &[]));
    let status: Vec<(&str, &str)> = got
        .iter()
        .map(|r| (r["nomor"].as_str(), r["status"].as_str()))
        .collect();
    assert_eq!(
        status,
        [
            ("100/2/2020", "KEDALUWARSA"),
            ("100/1/2023", "AKTIF"),
            ("100/3/2024", "AKAN_BERAKHIR"),
        ]
    );
    assert_eq!(got[2]["induk_nomor"], "100/1/2023");
    assert_eq!(got[2]["sisa_hari"], "46");
}

#[test]
fn a_shorter_warning_window_from_the_settings_changes_the_status() {
    let db = database_with(
        "UPDATE pengaturan SET nilai = '30' WHERE kunci = 'hari_peringatan_perjanjian';",
    );
    let got = rows(&ok(&db, "perjanjian", &[]));
    assert_eq!(
        got[2]["status"], "AKTIF",
        "46 days left is outside a 30-day window"
    );
}

#[test]
fn semicolon_separator_quotes_fields_that_hold_it() {
    let db = database();
    for entity in ["pegawai", "pelatihan"] {
        let comma = ok(&db, entity, &[]);
        let semi = ok(&db, entity, &["--sep", ";"]);
        assert!(semi.lines().next().unwrap().contains(';'));
        assert_eq!(records(&semi, b';'), records(&comma, b','), "{entity}");
    }
    let semi = ok(&db, "pegawai", &["--sep", ";"]);
    assert!(
        semi.contains("\"Pengadministrasi Umum; Keuangan\""),
        "{semi}"
    );
    let tab = ok(&db, "pegawai", &["--sep", "tab"]);
    assert_eq!(records(&tab, b'\t'), records(&semi, b';'));
}

#[test]
fn out_writes_the_file_and_nothing_to_stdout() {
    let db = database();
    let target = db.dir.path().join("pegawai.csv");
    let out = export(&db, "pegawai", &["--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty());
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        ok(&db, "pegawai", &[])
    );
    let names: Vec<String> = std::fs::read_dir(db.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(names.is_empty(), "temporary files left: {names:?}");
}

#[test]
fn out_into_a_missing_folder_fails_and_leaves_nothing() {
    let db = database();
    let target = db.dir.path().join("nope").join("x.csv");
    let out = export(&db, "pegawai", &["--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = one_sentence(&out.stderr);
    // In the user's language, not the OS's "No such file or directory (os error 2)".
    assert!(err.contains("(foldernya tidak ada)"), "{err}");
    assert!(!err.contains("os error"), "{err}");
    assert!(!target.exists());
}

#[test]
fn out_never_replaces_the_database_itself() {
    let db = database();
    let before = std::fs::read(&db.path).unwrap();
    let out = export(&db, "pegawai", &["--out", db.path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    one_sentence(&out.stderr);
    assert_eq!(std::fs::read(&db.path).unwrap(), before);
}

#[test]
fn unknown_entity_is_a_usage_error_listing_the_valid_names() {
    let db = database();
    let out = export(&db, "karyawan", &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let s = one_sentence(&out.stderr);
    for (id, en) in ENTITIES {
        assert!(s.contains(id) && s.contains(en), "{s}");
    }
}

#[test]
fn bad_separator_year_and_format_are_usage_errors() {
    let db = database();
    for more in [
        &["--sep", ";;"][..],
        &["--sep", "\""][..],
        &["--year", "20x4"][..],
        &["--year", "1899"][..],
        &["--format", "ods"][..],
    ] {
        let out = export(&db, "evaluasi", more);
        assert_eq!(out.status.code(), Some(2), "{more:?}");
        assert!(out.stdout.is_empty());
        one_sentence(&out.stderr);
    }
    let out = export(&db, "mitra", &["--year", "2024"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "--year does not filter partners"
    );
    assert!(one_sentence(&out.stderr).contains("evaluasi"));
}

#[test]
fn english_messages_with_lang_en() {
    let db = database();
    // `--lang` is global: it follows the subcommand.
    let out = export(&db, "karyawan", &["--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(one_sentence(&out.stderr).starts_with("Unknown entity 'karyawan'"));
}

#[test]
fn missing_database_is_exit_2_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("tidak-ada.db");
    let out = peka(&["export", missing.to_str().unwrap(), "pegawai"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(one_sentence(&out.stderr).contains("tidak-ada.db"));
    assert!(!missing.exists(), "export never creates a database");
}

#[test]
fn output_is_deterministic() {
    let db = database();
    for (entity, _) in ENTITIES {
        assert_eq!(ok(&db, entity, &[]), ok(&db, entity, &[]), "{entity}");
    }
}

#[test]
fn a_reader_closing_the_pipe_early_ends_the_export_quietly() {
    // Enough audit rows to overflow the pipe buffer.
    let db = database_with(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
         INSERT INTO audit (waktu, pengguna, entitas, entitas_id, aksi, sesudah)
         SELECT '2024-06-01T08:00:00', 'operator', 'pegawai', i, 'TAMBAH', printf('%0200d', i) FROM n;",
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_peka"))
        .args(["export", db.path.to_str().unwrap(), "audit"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child
        .stdout
        .as_mut()
        .unwrap()
        .read_exact(&mut first)
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(first.starts_with(b"\xEF\xBB\xBFid,waktu,pengguna"));
    assert_eq!(status.code(), Some(0), "stderr: {err}");
    assert!(err.is_empty(), "{err}");
}

/// The development plan lines (issue 8 item 6) and a training's target
/// levels leave the program as stored; `--year` keeps one plan year.
#[test]
fn plans_and_target_levels_are_exported() {
    let db = database_with(
        "INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id, level_sasaran) VALUES
           (1, 1, 3), (1, 2, NULL);",
    );
    let text = ok(&db, "rencana-pengembangan", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "tahun,nip,nama,unit_kerja,kompetensi,nama_kompetensi,kesenjangan,kegiatan_usulan,jp_rencana,prioritas,status,kode_pelatihan"
    );
    let all = rows(&text);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0]["kode_pelatihan"], "PL-1");
    assert_eq!(all[1]["kegiatan_usulan"], "Coaching; mentoring");
    assert_eq!(all[1]["jp_rencana"], "7.5");
    assert_eq!(all[1]["kode_pelatihan"], "");
    let one = rows(&ok(&db, "development-plans", &["--year", "2025"]));
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["nip"], "199002022015042002");
    let trainings = rows(&ok(&db, "pelatihan", &[]));
    let pl1 = trainings.iter().find(|r| r["kode"] == "PL-1").unwrap();
    assert_eq!(pl1["kompetensi"], "M.01;M.02");
    assert_eq!(pl1["level_sasaran"], "M.01=3;M.02");
}

/// Issue 10, on top of the fixture's follow-up of PL-3 and BKPSDM's 2023
/// predicate: Aminah's Q1 2024 evaluation (appraised by Zulkifli) with its
/// feedback in parts; Zulkifli's follow-up after PL-1 (two answers, the
/// superior's proposing M.01 at 4, recorded as an assessment), linked to
/// his next evaluation (2024 Q2, added here); the Q1 2024 organisation
/// predicates of both units.
const EVALUATION_EXTRA: &str = r#"
UPDATE evaluasi_kinerja SET umpan_balik = 'Laporan sering terlambat', umpan_balik_dampak = 'Rekap unit tertunda',
    umpan_balik_langkah = 'Jadwal mingguan disepakati', umpan_balik_tanggal = '2024-04-15',
    atasan_penilai_id = 1
WHERE pegawai_id = 2 AND tahun = 2024;
INSERT INTO evaluasi_kinerja (id, pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat) VALUES
  (10, 1, 2024, 'TRIWULAN', 2, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK');
INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick, responden,
                                        skor, temuan, rekomendasi, evaluasi_kinerja_id) VALUES
  (1, 1, '2024-06-10', 3, 'PERILAKU', 'ATASAN', 4, 'Materi diterapkan', 'Pertahankan', 10),
  (2, 1, '2024-06-10', 3, 'REAKSI', 'ALUMNI', 5, '', '', 10);
INSERT INTO penilaian_kompetensi (pegawai_id, kompetensi_id, level_aktual, tanggal, metode, monitoring_id) VALUES
  (1, 1, 4, '2024-06-10', 'PENILAIAN_ATASAN', 1);
INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat) VALUES
  (2, 2024, 'TRIWULAN', 1, 'BAIK'), (1, 2024, 'TRIWULAN', 1, 'ISTIMEWA');
"#;

/// `evaluasi` keeps the contract's columns, the derived predicate, the
/// appraisers by NIP, then the feedback in its parts.
#[test]
fn evaluations_carry_the_appraisers_and_the_feedback_in_parts() {
    let db = database_with(EVALUATION_EXTRA);
    let text = ok(&db, "evaluasi", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "nip,nama,tahun,jenis_periode,periode_ke,hasil_kerja,perilaku,predikat,unit_kerja,\
pejabat_penilai_nip,atasan_penilai_nip,catatan,umpan_balik,umpan_balik_dampak,\
umpan_balik_langkah,umpan_balik_tanggal"
    );
    let all = rows(&text);
    // 2023 TAHUNAN, then 2024 Q1 (Aminah), 2024 Q2 (Zulkifli).
    let order: Vec<(&str, &str)> = all
        .iter()
        .map(|r| (r["tahun"].as_str(), r["periode_ke"].as_str()))
        .collect();
    assert_eq!(order, [("2023", "1"), ("2024", "1"), ("2024", "2")]);
    let aminah = &all[1];
    assert_eq!(aminah["predikat"], "KURANG_MISCONDUCT", "sesuai × di bawah");
    assert_eq!(aminah["pejabat_penilai_nip"], "197001011995031001");
    assert_eq!(aminah["atasan_penilai_nip"], "197001011995031001");
    assert_eq!(aminah["umpan_balik"], "Laporan sering terlambat");
    assert_eq!(aminah["umpan_balik_dampak"], "Rekap unit tertunda");
    assert_eq!(aminah["umpan_balik_langkah"], "Jadwal mingguan disepakati");
    assert_eq!(aminah["umpan_balik_tanggal"], "2024-04-15");
    assert_eq!(all[0]["umpan_balik_tanggal"], "", "none agreed");
}

/// `tindak-lanjut` names each answer by NIP and training code, links the
/// evaluation it leads to and the level it proposed; `--year` by date.
#[test]
fn follow_ups_are_keyed_by_nip_and_training_code() {
    let db = database_with(EVALUATION_EXTRA);
    let text = ok(&db, "tindak-lanjut", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "nip,nama,kode_pelatihan,nama_pelatihan,tanggal,bulan_ke,level_kirkpatrick,responden,skor,\
temuan,rekomendasi,unit_kerja,tanggal_selesai_pelatihan,evaluasi_tahun,evaluasi_jenis_periode,\
evaluasi_periode_ke,evaluasi_predikat,level_diusulkan"
    );
    let all = rows(&text);
    // PL-3 (2023) first, then PL-1 by level: Reaksi before Perilaku.
    let got: Vec<(&str, &str, &str, &str)> = all
        .iter()
        .map(|r| {
            (
                r["kode_pelatihan"].as_str(),
                r["level_kirkpatrick"].as_str(),
                r["skor"].as_str(),
                r["level_diusulkan"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("PL-3", "REAKSI", "3", ""),
            ("PL-1", "REAKSI", "5", ""),
            ("PL-1", "PERILAKU", "4", "M.01=4"),
        ]
    );
    assert!(all.iter().all(|r| r["nip"] == "197001011995031001"));
    assert_eq!(all[1]["nama"], "Drs. Zulkifli, M.Si.");
    assert_eq!(all[2]["evaluasi_jenis_periode"], "TRIWULAN");
    assert_eq!(all[2]["evaluasi_periode_ke"], "2");
    assert_eq!(all[2]["evaluasi_predikat"], "SANGAT_BAIK");
    assert_eq!(all[0]["evaluasi_tahun"], "", "not linked");
    assert_eq!(
        rows(&ok(&db, "follow-ups", &["--year", "2024"])).len(),
        2,
        "the English alias; 2024 only"
    );
}

/// `predikat-organisasi`: per period then unit, with the limits it sets.
#[test]
fn unit_predicates_by_period_with_their_limits() {
    let db = database_with(EVALUATION_EXTRA);
    let text = ok(&db, "predikat-organisasi", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "unit_kerja,tahun,jenis_periode,periode_ke,predikat,kode_unit,batas"
    );
    let all = rows(&text);
    let got: Vec<(&str, &str, &str, &str)> = all
        .iter()
        .map(|r| {
            (
                r["kode_unit"].as_str(),
                r["tahun"].as_str(),
                r["predikat"].as_str(),
                r["batas"].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("U-BKP", "2023", "BAIK", "BAIK<=70"),
            ("U-BKP", "2024", "ISTIMEWA", "SANGAT_BAIK<=70"),
            ("U-DIK", "2024", "BAIK", "BAIK<=70"),
        ]
    );
    assert_eq!(
        rows(&ok(&db, "unit-predicates", &["--year", "2023"])).len(),
        1
    );
}

/// Issue 9: a renewal of MoU 100/1/2023 signed after the partner took a new
/// name (its old name held until 2023-06-30), the letters of an internship
/// and two more entries of its logbook.
const PARTNERSHIP_EXTRA: &str = r#"
INSERT INTO mitra_nama_lama (mitra_id, nama, singkatan, berlaku_sampai) VALUES
  (1, 'Universitas Negeri Malikussaleh Lama', 'UNM', '2023-07-01');
UPDATE kerja_sama SET tanggal_tanda_tangan = '2022-12-20', nomor_mitra = 'B-12/UNM/KS/2022',
    status_dokumen = 'DIPERPANJANG', catatan = 'Diperpanjang 2024' WHERE id = 1;
INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, nomor_pemko, tentang, tanggal_tanda_tangan,
                        tanggal_mulai, tanggal_berakhir, diperpanjang_dari_id, unit_pelaksana_id, catatan) VALUES
  (4, 1, 'MOU', '100/4/2024', 'Tridharma', '2024-06-01', '2028-01-01', '2032-12-31', 1, 1, 'Perpanjangan 100/1/2023');
UPDATE magang SET tanggal_surat = '2024-01-10', nomor_surat_permohonan = '77/UNM/PP/2024',
    nomor_surat_balasan = '800/12/BKPSDM/2024', tanggal_surat_balasan = '2024-01-20',
    nilai_akhir = 87, nomor_surat_keterangan = '800/40/BKPSDM/2024', semester = 6,
    program_studi = 'Ilmu Administrasi Negara', dosen_pembimbing = 'Dr. Hasan' WHERE nim = '210170001';
INSERT INTO logbook_magang (magang_id, tanggal, kegiatan, hasil, catatan_pembimbing) VALUES
  (1, '2024-02-09', 'Orientasi dan pengenalan tugas bidang', 'Memahami alur layanan', ''),
  (1, '2024-02-16', 'Entri data SIASN', '40 berkas terverifikasi', 'Teliti, pertahankan');
"#;

#[test]
fn agreements_keep_the_contract_columns_then_every_field() {
    let db = database_with(PARTNERSHIP_EXTRA);
    let text = ok(&db, "perjanjian", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "nomor,mitra,jenis_dokumen,tanggal_mulai,tanggal_berakhir,status,nomor_mitra,tentang,\
ruang_lingkup,tanggal_tanda_tangan,penandatangan_pemko,penandatangan_mitra,unit_pelaksana,\
induk_nomor,diperpanjang_dari_nomor,diperpanjang_menjadi_nomor,status_dokumen,sisa_hari,\
catatan,mitra_sekarang"
    );
    let got = rows(&text);
    let by = |n: &str| got.iter().find(|r| r["nomor"] == n).unwrap();
    let old = by("100/1/2023");
    // Signed 2022-12-20, when the partner still had its former name.
    assert_eq!(old["mitra"], "Universitas Negeri Malikussaleh Lama");
    assert_eq!(old["mitra_sekarang"], "Universitas Malikussaleh");
    assert_eq!(
        (&old["status"][..], &old["status_dokumen"][..]),
        ("DIPERPANJANG", "DIPERPANJANG")
    );
    assert_eq!(old["diperpanjang_menjadi_nomor"], "100/4/2024");
    assert_eq!(old["nomor_mitra"], "B-12/UNM/KS/2022");
    assert_eq!(old["tanggal_tanda_tangan"], "2022-12-20");
    let renewal = by("100/4/2024");
    assert_eq!(
        renewal["mitra"], "Universitas Malikussaleh",
        "signed after the new name"
    );
    assert_eq!(renewal["diperpanjang_dari_nomor"], "100/1/2023");
    assert_eq!(
        renewal["unit_pelaksana"],
        "Badan Kepegawaian dan Pengembangan SDM"
    );
    assert_eq!(renewal["catatan"], "Perpanjangan 100/1/2023");
    assert_eq!(renewal["status"], "BELUM_BERLAKU");
    // The PKS under the old MoU: named by the date it was signed (none
    // stored: its start, 2024-01-01, after the new name).
    let pks = by("100/3/2024");
    assert_eq!(pks["mitra"], "Universitas Malikussaleh");
    assert_eq!(pks["induk_nomor"], "100/1/2023");
    // The other partner never changed its name.
    assert_eq!(by("100/2/2020")["mitra"], "PT Pupuk Iskandar Muda");
}

#[test]
fn internships_keep_the_contract_columns_then_every_field() {
    let db = database_with(PARTNERSHIP_EXTRA);
    let text = ok(&db, "magang", &[]);
    let header = after_bom(&text).lines().next().unwrap();
    assert_eq!(
        header,
        "nim,nama,mitra,unit_kerja,pembimbing_nip,tanggal_mulai,tanggal_selesai,status,\
jenis_kelamin,program_studi,jenjang,semester,skema,perjanjian_nomor,pembimbing_nama,\
dosen_pembimbing,nomor_surat_permohonan,tanggal_surat_permohonan,nomor_surat_balasan,\
tanggal_surat_balasan,nilai_akhir,nomor_surat_keterangan"
    );
    let rizki = &rows(&text)[0];
    assert_eq!(
        rizki["mitra"], "Universitas Malikussaleh",
        "the present name"
    );
    assert_eq!(rizki["perjanjian_nomor"], "100/3/2024");
    assert_eq!(rizki["pembimbing_nama"], "Drs. Zulkifli, M.Si.");
    assert_eq!(
        (
            &rizki["tanggal_surat_permohonan"][..],
            &rizki["nomor_surat_balasan"][..],
            &rizki["tanggal_surat_balasan"][..]
        ),
        ("2024-01-10", "800/12/BKPSDM/2024", "2024-01-20")
    );
    assert_eq!(
        (&rizki["nilai_akhir"][..], &rizki["semester"][..]),
        ("87", "6")
    );
    assert_eq!(rizki["nomor_surat_keterangan"], "800/40/BKPSDM/2024");
}

/// The logbook and the final feedback name the internship by `nim` and
/// `mitra` exactly as `magang` does, so a spreadsheet joins them.
#[test]
fn logbook_and_feedback_join_the_internships_on_nim_and_partner() {
    let db = database_with(PARTNERSHIP_EXTRA);
    let logbook = ok(&db, "logbook-magang", &[]);
    assert_eq!(
        after_bom(&logbook).lines().next().unwrap(),
        "nim,mitra,nama,tanggal,kegiatan,hasil,catatan_pembimbing,unit_kerja"
    );
    let entries = rows(&logbook);
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[1]["tanggal"], "2024-02-16");
    assert_eq!(entries[1]["hasil"], "40 berkas terverifikasi");
    assert_eq!(entries[1]["catatan_pembimbing"], "Teliti, pertahankan");
    let feedback = ok(&db, "intern-feedback", &[]);
    assert_eq!(
        after_bom(&feedback).lines().next().unwrap(),
        "nim,mitra,nama,unit_kerja,tanggal,nilai_pembimbing,catatan_pembimbing,yang_berhasil,\
saran_unit,pembimbing_nip"
    );
    let f = &rows(&feedback)[0];
    assert_eq!(f["nilai_pembimbing"], "87");
    assert_eq!(f["saran_unit"], "Digitalkan SOP layanan kepegawaian");
    assert_eq!(f["yang_berhasil"], "Tugas nyata sejak pekan pertama");
    let interns = rows(&ok(&db, "magang", &[]));
    for r in entries.iter().chain(std::iter::once(f)) {
        assert!(
            interns
                .iter()
                .any(|i| i["nim"] == r["nim"] && i["mitra"] == r["mitra"]),
            "no internship {} of {}",
            r["nim"],
            r["mitra"]
        );
    }
    assert_eq!(ok(&db, "intern-logbook", &[]), logbook, "the English alias");
}

/// `peka export --help` names every entity, Indonesian and English.
#[test]
fn help_names_every_entity() {
    let out = peka(&["export", "--help"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (id, en) in ENTITIES {
        let both = if id == en {
            id.to_string()
        } else {
            format!("{id}|{en}")
        };
        assert!(flat.contains(&both), "--help does not name {both}:\n{text}");
    }
}

/// The README lists every entity where it lists the export entities.
#[test]
fn readme_names_every_entity() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let at = readme
        .find("ENTITY: ")
        .expect("the README lists the entities");
    let list = &readme[at..at + readme[at..].find("\n\n").unwrap()];
    for (id, en) in ENTITIES {
        let both = if id == en {
            id.to_string()
        } else {
            format!("{id}|{en}")
        };
        assert!(
            list.contains(&format!("`{both}`")),
            "README: {both} missing in {list}"
        );
    }
}

/// Issue 11 item 2: every table a user can edit can be exported — units,
/// competency standards, status history and assessments too.
#[test]
fn units_standards_status_history_and_assessments_are_exported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.db");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &db,
    )
    .unwrap();
    let run = |args: &[&str]| -> String {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_peka"))
            .arg("export")
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let conn = rusqlite::Connection::open(&db).unwrap();
    let count =
        |sql: &str| -> usize { conn.query_row(sql, [], |r| r.get::<_, i64>(0)).unwrap() as usize };
    for (entity, header, rows) in [
        (
            "unit-kerja",
            "\u{feff}kode,nama,singkatan,jenis,induk_kode,urutan,aktif,kapasitas_magang,asumsi",
            count("SELECT count(*) FROM unit_kerja"),
        ),
        (
            "standards",
            "\u{feff}jenis_jabatan,jenjang_jf,nama_jabatan,kompetensi,level_standar,asumsi",
            count("SELECT count(*) FROM standar_kompetensi"),
        ),
        (
            "riwayat-status",
            "\u{feff}nip,nama,status,tanggal_mulai,nomor_sk,keterangan,dicatat_oleh",
            count("SELECT count(*) FROM riwayat_status"),
        ),
        (
            "assessments",
            "\u{feff}nip,nama,kompetensi,level_aktual,tanggal,metode,penilai,catatan,sumber",
            count("SELECT count(*) FROM penilaian_kompetensi"),
        ),
    ] {
        let text = run(&[entity]);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some(header), "{entity}");
        assert_eq!(lines.count(), rows, "{entity}: one line a row");
    }
    // --year on the assessments, and the follow-up as their source.
    let year = run(&["penilaian", "--year", "2026"]);
    assert_eq!(
        year.lines().count() - 1,
        count("SELECT count(*) FROM penilaian_kompetensi WHERE tanggal LIKE '2026-%'")
    );
    let sourced = year
        .lines()
        .filter(|l| l.ends_with(",tindak-lanjut"))
        .count();
    assert_eq!(
        sourced,
        count(
            "SELECT count(*) FROM penilaian_kompetensi WHERE tanggal LIKE '2026-%' AND monitoring_id IS NOT NULL"
        )
    );
}
