-- V19 (issue 12, the import of 100,000 employees within its budget): the two
-- rules V3 kept in triggers on pegawai (a PNS or CPNS has a golongan; a TMT
-- of appointment lies in the month of NIP digits 9-14) become named CHECK
-- constraints of the table, and the four triggers go.
--
-- A table with an INSERT or UPDATE trigger makes SQLite keep a statement
-- journal for every insert or update of it (a copy of each page the
-- statement changes, so a trigger's abort can undo the row): about a tenth
-- of an import of new employees (4.1-4.5 s against 4.8-5.2 s for 100,000),
-- and of every save of an employee. A CHECK is tested before anything is
-- written, so a refused row needs no journal.
--
-- The same rows are accepted and refused, with the same message: a trigger
-- raised 'CHECK constraint failed: <text>', and a constraint named <text>
-- fails with exactly that message (db::write::map_error reads the column
-- from it, as before). Each condition is the trigger's WHEN condition,
-- negated; it is never NULL (jenis_asn and nip are NOT NULL, and
-- `tmt_pengangkatan IS NOT NULL` guards the rest), so NOT gives TRUE or
-- FALSE, as the WHEN did. A row breaking both gets the TMT's message, as
-- before: SQLite ran the later trigger first and tests CHECKs in order.
-- tests/migration_v19.rs tries both against the triggers.
--
-- pegawai is rebuilt by SQLite's 12-step procedure, as V12 and V13 did:
-- every column in its place, every other CHECK, UNIQUE and REFERENCES, both
-- indexes, every row as it is, and the AUTOINCREMENT counter kept. A row
-- that breaks a rule (only another tool could have written one) is copied
-- as it is and reported by `peka check`. One difference for such a row
-- only: SQLite tests a CHECK on UPDATE when the update sets one of its
-- columns, so a change of, say, its phone alone is no longer refused by
-- the database (the forms check the whole record and still refuse it).
--
-- Foreign keys must be off while pegawai is dropped (db::migrate turns them
-- off); this guard stops the migration, untouched, when they are on.
CREATE TEMP TABLE v19_kunci_asing (aktif INTEGER CHECK (aktif = 0));
INSERT INTO temp.v19_kunci_asing SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.v19_kunci_asing;

PRAGMA legacy_alter_table = ON;
PRAGMA ignore_check_constraints = ON;

CREATE TEMP TABLE v19_urutan AS
    SELECT name, seq FROM sqlite_sequence WHERE name = 'pegawai';

CREATE TABLE pegawai_v19 (
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
    CHECK ((jenis_jabatan IN ('JF_KEAHLIAN','JF_KETERAMPILAN')) = (jenjang_jf IS NOT NULL)),
    CONSTRAINT "tmt_pengangkatan in the month of NIP digits 9-14" CHECK (
        NOT ((jenis_asn = 'PNS' OR jenis_asn = 'CPNS') AND tmt_pengangkatan IS NOT NULL AND length(nip) = 18
             AND substr(tmt_pengangkatan, 1, 4) || substr(tmt_pengangkatan, 6, 2) <> substr(nip, 9, 6))),
    CONSTRAINT "golongan IS NOT NULL for PNS/CPNS" CHECK (
        NOT ((jenis_asn = 'PNS' OR jenis_asn = 'CPNS') AND (golongan IS NULL OR golongan = '')))
);
INSERT INTO pegawai_v19 SELECT * FROM pegawai;
DROP TABLE pegawai;
ALTER TABLE pegawai_v19 RENAME TO pegawai;
CREATE INDEX pegawai_unit ON pegawai(unit_kerja_id);
CREATE INDEX pegawai_nama ON pegawai(nama);

PRAGMA ignore_check_constraints = OFF;
PRAGMA legacy_alter_table = OFF;

DELETE FROM sqlite_sequence WHERE name = 'pegawai';
INSERT INTO sqlite_sequence (name, seq) SELECT name, seq FROM temp.v19_urutan;
DROP TABLE temp.v19_urutan;
