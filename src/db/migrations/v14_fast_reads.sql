-- V14 (issue 12): the whole-city reads fast on 100,000 employees.
--
-- Independent of V13 (whatever it adds): it only creates what is new here
-- and reads penilaian_kompetensi and evaluasi_kinerja as V12 left them.

-- The predicates of one period per person, read from the index alone
-- (Monitoring's distribution counts them per unit).
CREATE INDEX evaluasi_periode_predikat
    ON evaluasi_kinerja(tahun, jenis_periode, periode_ke, pegawai_id, predikat);

-- The latest assessment per employee and competency: the row of
-- penilaian_kompetensi with the largest (tanggal, id) for the pair. Derived
-- data, kept exactly in step by the triggers below on every insert, update
-- and delete; the gap report, Monitoring's gap table, a training's
-- candidates and the employee detail read it instead of ranking the whole
-- history (a million rows) each time. tests/query12.rs compares it with
-- the history after every kind of write.
CREATE TABLE penilaian_terakhir (
    pegawai_id     INTEGER NOT NULL,
    kompetensi_id  INTEGER NOT NULL,
    penilaian_id   INTEGER NOT NULL,
    level_aktual   INTEGER NOT NULL,
    tanggal        TEXT NOT NULL,
    PRIMARY KEY (pegawai_id, kompetensi_id)
) WITHOUT ROWID;

INSERT INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
SELECT pegawai_id, kompetensi_id, id, level_aktual, tanggal
FROM (
    SELECT a.pegawai_id, a.kompetensi_id, a.id, a.level_aktual, a.tanggal,
           ROW_NUMBER() OVER (PARTITION BY a.pegawai_id, a.kompetensi_id
                              ORDER BY a.tanggal DESC, a.id DESC) AS rn
    FROM penilaian_kompetensi a
)
WHERE rn = 1;

-- A new row replaces the pair's latest when it is later by (tanggal, id).
-- This reads only the summary's own key, so a bulk insert with the
-- secondary indexes dropped (the seed) stays linear.
CREATE TRIGGER penilaian_terakhir_tambah AFTER INSERT ON penilaian_kompetensi
BEGIN
    INSERT INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
    VALUES (NEW.pegawai_id, NEW.kompetensi_id, NEW.id, NEW.level_aktual, NEW.tanggal)
    ON CONFLICT (pegawai_id, kompetensi_id) DO UPDATE SET
        penilaian_id = excluded.penilaian_id,
        level_aktual = excluded.level_aktual,
        tanggal = excluded.tanggal
    WHERE excluded.tanggal > penilaian_terakhir.tanggal
       OR (excluded.tanggal = penilaian_terakhir.tanggal
           AND excluded.penilaian_id > penilaian_terakhir.penilaian_id);
END;

-- A changed or removed row: the pairs it belonged to are worked out again
-- from the history (the index penilaian_pegawai finds the latest).
CREATE TRIGGER penilaian_terakhir_ubah
AFTER UPDATE OF id, pegawai_id, kompetensi_id, level_aktual, tanggal ON penilaian_kompetensi
BEGIN
    DELETE FROM penilaian_terakhir
    WHERE (pegawai_id = OLD.pegawai_id AND kompetensi_id = OLD.kompetensi_id)
       OR (pegawai_id = NEW.pegawai_id AND kompetensi_id = NEW.kompetensi_id);
    INSERT OR REPLACE INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
    SELECT a.pegawai_id, a.kompetensi_id, a.id, a.level_aktual, a.tanggal
    FROM penilaian_kompetensi a
    WHERE a.pegawai_id = OLD.pegawai_id AND a.kompetensi_id = OLD.kompetensi_id
    ORDER BY a.tanggal DESC, a.id DESC LIMIT 1;
    INSERT OR REPLACE INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
    SELECT a.pegawai_id, a.kompetensi_id, a.id, a.level_aktual, a.tanggal
    FROM penilaian_kompetensi a
    WHERE a.pegawai_id = NEW.pegawai_id AND a.kompetensi_id = NEW.kompetensi_id
    ORDER BY a.tanggal DESC, a.id DESC LIMIT 1;
END;

CREATE TRIGGER penilaian_terakhir_hapus AFTER DELETE ON penilaian_kompetensi
BEGIN
    DELETE FROM penilaian_terakhir
    WHERE pegawai_id = OLD.pegawai_id AND kompetensi_id = OLD.kompetensi_id;
    INSERT INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
    SELECT a.pegawai_id, a.kompetensi_id, a.id, a.level_aktual, a.tanggal
    FROM penilaian_kompetensi a
    WHERE a.pegawai_id = OLD.pegawai_id AND a.kompetensi_id = OLD.kompetensi_id
    ORDER BY a.tanggal DESC, a.id DESC LIMIT 1;
END;

-- The participants of a training with what the JP rule reads of them, from
-- the index alone (the JP of a year: its trainings, then their participants).
CREATE INDEX peserta_pelatihan_jp
    ON peserta_pelatihan(pelatihan_id, status, pegawai_id, jp_diakui);
