-- V13 (issue 12, province-scale import): the code lists of pegawai and
-- riwayat_status are checked with a chain of comparisons instead of IN.
-- SQLite evaluates `col IN ('A','B','C',...)` (three codes or more) by
-- building a temporary index of the list every time the statement runs: an
-- INSERT of a new employee built five of them, and its first status row one
-- more, about a seventh of the whole import. `col = 'A' OR col = 'B' OR ...`
-- accepts and refuses exactly the same values (the column's TEXT affinity and
-- BINARY collation apply to both forms, and a NULL gives NULL, which a CHECK
-- lets through, in both) without that index.
--
-- Both tables are rebuilt by SQLite's 12-step procedure, as V12 did: every
-- column in its place, every other CHECK, UNIQUE, REFERENCES, index and
-- trigger as V12 left them, every row copied as it is, and the AUTOINCREMENT
-- counter kept (a deleted last id is never handed out again).
-- tests/migration_v13.rs compares the schema before and after and tries the
-- refused values.
--
-- The audit's own list (aksi, three codes) is left as it is: the table is
-- append-only, the largest of the file and hash-chained, and its list costs
-- one index per audit entry.
--
-- Foreign keys must be off (dropping pegawai with them on would fail or
-- cascade): db::migrate turns them off; this guard stops the migration,
-- untouched, when they are on.
CREATE TEMP TABLE v13_kunci_asing (aktif INTEGER CHECK (aktif = 0));
INSERT INTO temp.v13_kunci_asing SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.v13_kunci_asing;

PRAGMA legacy_alter_table = ON;
PRAGMA ignore_check_constraints = ON;

-- The counters of the two tables, to put back after the rebuild.
CREATE TEMP TABLE v13_urutan AS
    SELECT name, seq FROM sqlite_sequence WHERE name IN ('pegawai', 'riwayat_status');

-- pegawai
CREATE TABLE pegawai_v13 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    nip                  TEXT NOT NULL UNIQUE CHECK (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'),
    nik                  TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    nama                 TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    gelar_depan          TEXT NOT NULL DEFAULT '',
    gelar_belakang       TEXT NOT NULL DEFAULT '',
    jenis_kelamin        TEXT NOT NULL CHECK (jenis_kelamin IN ('L','P')),
    tempat_lahir         TEXT NOT NULL DEFAULT '',
    tanggal_lahir        TEXT NOT NULL CHECK (date(tanggal_lahir) IS tanggal_lahir),
    jenis_asn            TEXT NOT NULL CHECK (jenis_asn = 'PNS' OR jenis_asn = 'CPNS' OR jenis_asn = 'PPPK' OR jenis_asn = 'PPPK_PARUH_WAKTU'),
    golongan             TEXT REFERENCES golongan(kode),
    tmt_golongan         TEXT CHECK (tmt_golongan IS NULL OR date(tmt_golongan) IS tmt_golongan),
    pendidikan_terakhir  TEXT CHECK (pendidikan_terakhir IS NULL OR pendidikan_terakhir = 'SD' OR pendidikan_terakhir = 'SMP' OR pendidikan_terakhir = 'SMA' OR pendidikan_terakhir = 'D1' OR pendidikan_terakhir = 'D2' OR pendidikan_terakhir = 'D3' OR pendidikan_terakhir = 'D4' OR pendidikan_terakhir = 'S1' OR pendidikan_terakhir = 'S2' OR pendidikan_terakhir = 'S3'),
    program_studi        TEXT NOT NULL DEFAULT '',
    jenis_jabatan        TEXT NOT NULL CHECK (jenis_jabatan = 'JPT_UTAMA' OR jenis_jabatan = 'JPT_MADYA' OR jenis_jabatan = 'JPT_PRATAMA' OR jenis_jabatan = 'ADMINISTRATOR' OR jenis_jabatan = 'PENGAWAS' OR jenis_jabatan = 'PELAKSANA' OR jenis_jabatan = 'JF_KEAHLIAN' OR jenis_jabatan = 'JF_KETERAMPILAN'),
    jenjang_jf           TEXT CHECK (jenjang_jf IS NULL OR jenjang_jf = 'AHLI_UTAMA' OR jenjang_jf = 'AHLI_MADYA' OR jenjang_jf = 'AHLI_MUDA' OR jenjang_jf = 'AHLI_PERTAMA' OR jenjang_jf = 'PENYELIA' OR jenjang_jf = 'MAHIR' OR jenjang_jf = 'TERAMPIL' OR jenjang_jf = 'PEMULA'),
    nama_jabatan         TEXT NOT NULL CHECK (length(trim(nama_jabatan)) > 0),
    unit_kerja_id        INTEGER NOT NULL REFERENCES unit_kerja(id),
    tmt_pengangkatan     TEXT CHECK (tmt_pengangkatan IS NULL OR date(tmt_pengangkatan) IS tmt_pengangkatan),
    tmt_jabatan          TEXT CHECK (tmt_jabatan IS NULL OR date(tmt_jabatan) IS tmt_jabatan),
    status               TEXT NOT NULL DEFAULT 'AKTIF' CHECK (status = 'AKTIF' OR status = 'CUTI' OR status = 'TUGAS_BELAJAR' OR status = 'DIBERHENTIKAN_SEMENTARA' OR status = 'PENSIUN' OR status = 'MUTASI_KELUAR' OR status = 'BERHENTI' OR status = 'MENINGGAL'),
    tanggal_status       TEXT CHECK (tanggal_status IS NULL OR date(tanggal_status) IS tanggal_status),
    email                TEXT NOT NULL DEFAULT '',
    telepon              TEXT NOT NULL DEFAULT '',
    version              INTEGER NOT NULL DEFAULT 1,
    CHECK ((jenis_jabatan IN ('JF_KEAHLIAN','JF_KETERAMPILAN')) = (jenjang_jf IS NOT NULL))
);
INSERT INTO pegawai_v13 SELECT * FROM pegawai;
DROP TABLE pegawai;
ALTER TABLE pegawai_v13 RENAME TO pegawai;
CREATE INDEX pegawai_unit ON pegawai(unit_kerja_id);
CREATE INDEX pegawai_nama ON pegawai(nama);
CREATE TRIGGER pegawai_golongan_wajib_tambah BEFORE INSERT ON pegawai
WHEN NEW.jenis_asn IN ('PNS','CPNS') AND (NEW.golongan IS NULL OR NEW.golongan = '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: golongan IS NOT NULL for PNS/CPNS'); END;
CREATE TRIGGER pegawai_golongan_wajib_ubah BEFORE UPDATE ON pegawai
WHEN NEW.jenis_asn IN ('PNS','CPNS') AND (NEW.golongan IS NULL OR NEW.golongan = '')
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: golongan IS NOT NULL for PNS/CPNS'); END;
CREATE TRIGGER pegawai_tmt_nip_tambah BEFORE INSERT ON pegawai
WHEN NEW.jenis_asn IN ('PNS','CPNS') AND NEW.tmt_pengangkatan IS NOT NULL AND length(NEW.nip) = 18
     AND substr(NEW.tmt_pengangkatan, 1, 4) || substr(NEW.tmt_pengangkatan, 6, 2) <> substr(NEW.nip, 9, 6)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: tmt_pengangkatan in the month of NIP digits 9-14'); END;
CREATE TRIGGER pegawai_tmt_nip_ubah BEFORE UPDATE ON pegawai
WHEN NEW.jenis_asn IN ('PNS','CPNS') AND NEW.tmt_pengangkatan IS NOT NULL AND length(NEW.nip) = 18
     AND substr(NEW.tmt_pengangkatan, 1, 4) || substr(NEW.tmt_pengangkatan, 6, 2) <> substr(NEW.nip, 9, 6)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: tmt_pengangkatan in the month of NIP digits 9-14'); END;

-- riwayat_status
CREATE TABLE riwayat_status_v13 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    pegawai_id     INTEGER NOT NULL REFERENCES pegawai(id),
    status         TEXT NOT NULL CHECK (status = 'AKTIF' OR status = 'CUTI' OR status = 'TUGAS_BELAJAR' OR status = 'DIBERHENTIKAN_SEMENTARA' OR status = 'PENSIUN' OR status = 'MUTASI_KELUAR' OR status = 'BERHENTI' OR status = 'MENINGGAL'),
    tanggal_mulai  TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    nomor_sk       TEXT NOT NULL DEFAULT '',
    keterangan     TEXT NOT NULL DEFAULT '',
    dicatat_oleh   TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
INSERT INTO riwayat_status_v13 SELECT * FROM riwayat_status;
DROP TABLE riwayat_status;
ALTER TABLE riwayat_status_v13 RENAME TO riwayat_status;
CREATE INDEX riwayat_status_pegawai ON riwayat_status(pegawai_id, tanggal_mulai);

PRAGMA ignore_check_constraints = OFF;
PRAGMA legacy_alter_table = OFF;

-- The counters as they were (the copy set them to the largest id there now,
-- which is less than the one before when the last row had been deleted).
DELETE FROM sqlite_sequence WHERE name IN ('pegawai', 'riwayat_status');
INSERT INTO sqlite_sequence (name, seq) SELECT name, seq FROM temp.v13_urutan;
DROP TABLE temp.v13_urutan;
