-- V17 (issue 12, an import of 100,000 employees within its budget): the
-- audit's list of actions is checked as `aksi = 'TAMBAH' OR aksi = 'UBAH' OR
-- aksi = 'HAPUS'` instead of `aksi IN ('TAMBAH','UBAH','HAPUS')`, as V13 did
-- for pegawai and riwayat_status: SQLite evaluated the list (three codes) by
-- building a temporary index of it on every audit entry written, about a
-- twentieth of the time an import spends writing a new employee. The same
-- values are accepted and refused (TEXT affinity and BINARY collation apply
-- to both forms; NULL is refused by NOT NULL before the CHECK).
--
-- The table is rebuilt by SQLite's 12-step procedure: every column in its
-- place with its default (hash_sebelum and hash, added by V11, stay last),
-- every row copied as it is (same id, same hash chain), the index and both
-- append-only triggers as before. `id INTEGER PRIMARY KEY` (no AUTOINCREMENT,
-- as in V1): the next entry is the largest id plus one, which the copy keeps.
-- tests/migration_v17.rs compares the schema before and after.
--
-- Foreign keys must be off while a table is dropped (db::migrate turns them
-- off); nothing references the audit, but the guard keeps V12's and V13's
-- rule for every rebuild.
CREATE TEMP TABLE v17_kunci_asing (aktif INTEGER CHECK (aktif = 0));
INSERT INTO temp.v17_kunci_asing SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.v17_kunci_asing;

PRAGMA legacy_alter_table = ON;

CREATE TABLE audit_v17 (
    id          INTEGER PRIMARY KEY,
    waktu       TEXT NOT NULL,
    pengguna    TEXT NOT NULL,
    klien_ssh   TEXT NOT NULL DEFAULT '',
    entitas     TEXT NOT NULL,
    entitas_id  INTEGER,
    aksi        TEXT NOT NULL CHECK (aksi = 'TAMBAH' OR aksi = 'UBAH' OR aksi = 'HAPUS'),
    sebelum     TEXT,
    sesudah     TEXT,
    hash_sebelum TEXT NOT NULL DEFAULT '',
    hash        TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_v17 (id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah,
                       hash_sebelum, hash)
    SELECT id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah,
           hash_sebelum, hash
    FROM audit ORDER BY id;
DROP TABLE audit;
ALTER TABLE audit_v17 RENAME TO audit;
CREATE INDEX audit_entitas ON audit(entitas, entitas_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;

PRAGMA legacy_alter_table = OFF;
