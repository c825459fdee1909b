-- V12, part 1 (issue 11 item 4): a deleted row's id is never handed out
-- again. The tables of V1-V8 that a user deletes from used INTEGER PRIMARY KEY
-- without AUTOINCREMENT, so the next row took the id of a deleted last row and
-- the audit history of that id mixed two records. Each is rebuilt with
-- AUTOINCREMENT by SQLite's 12-step procedure
-- (https://www.sqlite.org/lang_altertable.html#otheralter): create the new
-- table, copy every row, drop the old one, rename the new one, then create its
-- indexes and triggers again. The definitions are the V11 ones exactly (every
-- column in its place, CHECK, UNIQUE, REFERENCES, index and trigger);
-- tests/migration_v12.rs compares them with a V11 file.
--
-- kompetensi_level and pelatihan_kompetensi have a composite key (no id);
-- audit is append-only; batas_usia_pensiun has no delete; the tables of
-- V9-V10 already use AUTOINCREMENT.
--
-- Foreign keys must be off: with them on, dropping kompetensi or pelatihan
-- would delete their levels and target competencies (ON DELETE CASCADE).
-- db::migrate turns them off before its transaction (the setting cannot change
-- inside one) and runs PRAGMA foreign_key_check before it commits. This guard
-- stops the migration, untouched, when they are on.
CREATE TEMP TABLE v12_kunci_asing (aktif INTEGER CHECK (aktif = 0));
INSERT INTO temp.v12_kunci_asing SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.v12_kunci_asing;

-- Renaming a table would otherwise re-check the triggers of other tables that
-- name the one being rebuilt (peserta_pelatihan's name pelatihan), which is
-- gone for that moment. Rows are copied as they are: a CHECK that SQLite never
-- let fail does not stop the copy (peka check reports such rows).
PRAGMA legacy_alter_table = ON;
PRAGMA ignore_check_constraints = ON;

-- unit_kerja
CREATE TABLE unit_kerja_v12 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kode      TEXT NOT NULL UNIQUE,
    nama      TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    singkatan TEXT NOT NULL DEFAULT '',
    jenis     TEXT NOT NULL CHECK (jenis IN ('SEKRETARIAT','INSPEKTORAT','BADAN','DINAS','SATPOL_PP_WH','KECAMATAN','BIDANG','LAINNYA')),
    induk_id  INTEGER REFERENCES unit_kerja(id),
    urutan    INTEGER NOT NULL DEFAULT 0,
    aktif     INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    asumsi    INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version   INTEGER NOT NULL DEFAULT 1,
    kapasitas_magang INTEGER CHECK (kapasitas_magang IS NULL OR kapasitas_magang >= 0),
    CHECK (induk_id IS NULL OR induk_id <> id)
);
INSERT INTO unit_kerja_v12 SELECT * FROM unit_kerja;
DROP TABLE unit_kerja;
ALTER TABLE unit_kerja_v12 RENAME TO unit_kerja;

-- pegawai
CREATE TABLE pegawai_v12 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    nip                  TEXT NOT NULL UNIQUE CHECK (length(nip) = 18 AND nip NOT GLOB '*[^0-9]*'),
    nik                  TEXT UNIQUE CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
    nama                 TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    gelar_depan          TEXT NOT NULL DEFAULT '',
    gelar_belakang       TEXT NOT NULL DEFAULT '',
    jenis_kelamin        TEXT NOT NULL CHECK (jenis_kelamin IN ('L','P')),
    tempat_lahir         TEXT NOT NULL DEFAULT '',
    tanggal_lahir        TEXT NOT NULL CHECK (date(tanggal_lahir) IS tanggal_lahir),
    jenis_asn            TEXT NOT NULL CHECK (jenis_asn IN ('PNS','CPNS','PPPK','PPPK_PARUH_WAKTU')),
    golongan             TEXT REFERENCES golongan(kode),
    tmt_golongan         TEXT CHECK (tmt_golongan IS NULL OR date(tmt_golongan) IS tmt_golongan),
    pendidikan_terakhir  TEXT CHECK (pendidikan_terakhir IS NULL OR pendidikan_terakhir IN ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3')),
    program_studi        TEXT NOT NULL DEFAULT '',
    jenis_jabatan        TEXT NOT NULL CHECK (jenis_jabatan IN ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','JF_KEAHLIAN','JF_KETERAMPILAN')),
    jenjang_jf           TEXT CHECK (jenjang_jf IS NULL OR jenjang_jf IN ('AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    nama_jabatan         TEXT NOT NULL CHECK (length(trim(nama_jabatan)) > 0),
    unit_kerja_id        INTEGER NOT NULL REFERENCES unit_kerja(id),
    tmt_pengangkatan     TEXT CHECK (tmt_pengangkatan IS NULL OR date(tmt_pengangkatan) IS tmt_pengangkatan),
    tmt_jabatan          TEXT CHECK (tmt_jabatan IS NULL OR date(tmt_jabatan) IS tmt_jabatan),
    status               TEXT NOT NULL DEFAULT 'AKTIF' CHECK (status IN ('AKTIF','CUTI','TUGAS_BELAJAR','DIBERHENTIKAN_SEMENTARA','PENSIUN','MUTASI_KELUAR','BERHENTI','MENINGGAL')),
    tanggal_status       TEXT CHECK (tanggal_status IS NULL OR date(tanggal_status) IS tanggal_status),
    email                TEXT NOT NULL DEFAULT '',
    telepon              TEXT NOT NULL DEFAULT '',
    version              INTEGER NOT NULL DEFAULT 1,
    CHECK ((jenis_jabatan IN ('JF_KEAHLIAN','JF_KETERAMPILAN')) = (jenjang_jf IS NOT NULL))
);
INSERT INTO pegawai_v12 SELECT * FROM pegawai;
DROP TABLE pegawai;
ALTER TABLE pegawai_v12 RENAME TO pegawai;
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
CREATE TABLE riwayat_status_v12 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    pegawai_id     INTEGER NOT NULL REFERENCES pegawai(id),
    status         TEXT NOT NULL CHECK (status IN ('AKTIF','CUTI','TUGAS_BELAJAR','DIBERHENTIKAN_SEMENTARA','PENSIUN','MUTASI_KELUAR','BERHENTI','MENINGGAL')),
    tanggal_mulai  TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    nomor_sk       TEXT NOT NULL DEFAULT '',
    keterangan     TEXT NOT NULL DEFAULT '',
    dicatat_oleh   TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
INSERT INTO riwayat_status_v12 SELECT * FROM riwayat_status;
DROP TABLE riwayat_status;
ALTER TABLE riwayat_status_v12 RENAME TO riwayat_status;
CREATE INDEX riwayat_status_pegawai ON riwayat_status(pegawai_id, tanggal_mulai);

-- kompetensi
CREATE TABLE kompetensi_v12 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    kode      TEXT NOT NULL UNIQUE,
    nama      TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    jenis     TEXT NOT NULL CHECK (jenis IN ('MANAJERIAL','SOSIAL_KULTURAL','TEKNIS')),
    definisi  TEXT NOT NULL DEFAULT '',
    asumsi    INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO kompetensi_v12 SELECT * FROM kompetensi;
DROP TABLE kompetensi;
ALTER TABLE kompetensi_v12 RENAME TO kompetensi;

-- standar_kompetensi
CREATE TABLE standar_kompetensi_v12 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    jenis_jabatan  TEXT NOT NULL CHECK (jenis_jabatan IN ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','JF_KEAHLIAN','JF_KETERAMPILAN')),
    jenjang_jf     TEXT NOT NULL DEFAULT '' CHECK (jenjang_jf IN ('','AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    nama_jabatan   TEXT NOT NULL DEFAULT '',
    kompetensi_id  INTEGER NOT NULL REFERENCES kompetensi(id),
    level_standar  INTEGER NOT NULL CHECK (level_standar BETWEEN 1 AND 5),
    asumsi         INTEGER NOT NULL DEFAULT 1 CHECK (asumsi IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id)
);
INSERT INTO standar_kompetensi_v12 SELECT * FROM standar_kompetensi;
DROP TABLE standar_kompetensi;
ALTER TABLE standar_kompetensi_v12 RENAME TO standar_kompetensi;

-- penilaian_kompetensi
CREATE TABLE penilaian_kompetensi_v12 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    pegawai_id     INTEGER NOT NULL REFERENCES pegawai(id),
    kompetensi_id  INTEGER NOT NULL REFERENCES kompetensi(id),
    level_aktual   INTEGER NOT NULL CHECK (level_aktual BETWEEN 1 AND 5),
    tanggal        TEXT NOT NULL CHECK (date(tanggal) IS tanggal),
    metode         TEXT NOT NULL CHECK (metode IN ('ASSESSMENT_CENTER','CACT','UJI_KOMPETENSI','PENILAIAN_ATASAN','SELF_ASSESSMENT')),
    penilai        TEXT NOT NULL DEFAULT '',
    catatan        TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1,
    monitoring_id  INTEGER REFERENCES monitoring_pasca_pelatihan(id)
);
INSERT INTO penilaian_kompetensi_v12 SELECT * FROM penilaian_kompetensi;
DROP TABLE penilaian_kompetensi;
ALTER TABLE penilaian_kompetensi_v12 RENAME TO penilaian_kompetensi;
CREATE INDEX penilaian_pegawai ON penilaian_kompetensi(pegawai_id, kompetensi_id, tanggal);

-- mitra
CREATE TABLE mitra_v12 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    nama        TEXT NOT NULL UNIQUE CHECK (length(trim(nama)) > 0),
    singkatan   TEXT NOT NULL DEFAULT '',
    jenis       TEXT NOT NULL CHECK (jenis IN ('PERGURUAN_TINGGI','SWASTA','BUMN','BUMD','KOMUNITAS','INSTANSI')),
    alamat      TEXT NOT NULL DEFAULT '',
    narahubung  TEXT NOT NULL DEFAULT '',
    telepon     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    fiktif      INTEGER NOT NULL DEFAULT 0 CHECK (fiktif IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1,
    catatan     TEXT NOT NULL DEFAULT ''
);
INSERT INTO mitra_v12 SELECT * FROM mitra;
DROP TABLE mitra;
ALTER TABLE mitra_v12 RENAME TO mitra;
CREATE UNIQUE INDEX mitra_nama_nocase ON mitra(lower(trim(nama)));

-- pelatihan
CREATE TABLE pelatihan_v12 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    kode                 TEXT NOT NULL UNIQUE,
    nama                 TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    jalur                TEXT NOT NULL CHECK (jalur IN ('PENDIDIKAN','PELATIHAN')),
    bentuk               TEXT NOT NULL CHECK (bentuk IN ('KLASIKAL','NON_KLASIKAL')),
    jenis                TEXT NOT NULL CHECK (jenis IN ('KEPEMIMPINAN','MANAJERIAL','TEKNIS','FUNGSIONAL','SOSIAL_KULTURAL','SEMINAR','WORKSHOP','KURSUS','PENATARAN','BIMTEK','SOSIALISASI','COACHING','MENTORING','E_LEARNING','JARAK_JAUH','DATASERING','ALAM_TERBUKA','PATOK_BANDING','PERTUKARAN','BELAJAR_MANDIRI','KOMUNITAS_BELAJAR','BIMBINGAN_TEMPAT_KERJA','MAGANG_ASN','LATSAR','PKP','PKA','PKN_I','PKN_II','TUGAS_BELAJAR','IZIN_BELAJAR')),
    kelompok_kompetensi  TEXT NOT NULL CHECK (kelompok_kompetensi IN ('MANAJERIAL','TEKNIS','FUNGSIONAL','SOSIAL_KULTURAL')),
    penyelenggara        TEXT NOT NULL DEFAULT '',
    jumlah_jp            REAL NOT NULL CHECK (jumlah_jp > 0),
    tanggal_mulai        TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    tanggal_selesai      TEXT NOT NULL CHECK (date(tanggal_selesai) IS tanggal_selesai),
    lokasi               TEXT NOT NULL DEFAULT '',
    daring               INTEGER NOT NULL DEFAULT 0 CHECK (daring IN (0, 1)),
    kuota                INTEGER CHECK (kuota IS NULL OR kuota > 0),
    biaya                INTEGER NOT NULL DEFAULT 0 CHECK (biaya >= 0),
    sumber_dana          TEXT NOT NULL CHECK (sumber_dana IN ('APBK','APBA','APBN','MANDIRI','MITRA')),
    status               TEXT NOT NULL CHECK (status IN ('RENCANA','PENDAFTARAN','BERJALAN','SELESAI','BATAL')),
    mitra_id             INTEGER REFERENCES mitra(id),
    version              INTEGER NOT NULL DEFAULT 1,
    durasi_menit         INTEGER CHECK (durasi_menit IS NULL OR durasi_menit > 0),
    CHECK (tanggal_selesai >= tanggal_mulai)
);
INSERT INTO pelatihan_v12 SELECT * FROM pelatihan;
DROP TABLE pelatihan;
ALTER TABLE pelatihan_v12 RENAME TO pelatihan;
CREATE TRIGGER pelatihan_status_jp_peserta BEFORE UPDATE OF status ON pelatihan
WHEN NEW.status NOT IN ('BERJALAN','SELESAI')
 AND EXISTS (SELECT 1 FROM peserta_pelatihan pp WHERE pp.pelatihan_id = NEW.id AND pp.jp_diakui > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: status IN (BERJALAN, SELESAI) while participants hold credited JP'); END;
CREATE TRIGGER pelatihan_selesai_jp_peserta BEFORE UPDATE OF tanggal_selesai ON pelatihan
WHEN NEW.tanggal_selesai > COALESCE((SELECT trim(nilai) FROM pengaturan
          WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime'))
 AND EXISTS (SELECT 1 FROM peserta_pelatihan pp WHERE pp.pelatihan_id = NEW.id AND pp.jp_diakui > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: tanggal_selesai on or before the reference date while participants hold credited JP'); END;

-- peserta_pelatihan
CREATE TABLE peserta_pelatihan_v12 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    pelatihan_id        INTEGER NOT NULL REFERENCES pelatihan(id),
    pegawai_id          INTEGER NOT NULL REFERENCES pegawai(id),
    sumber_usulan       TEXT NOT NULL CHECK (sumber_usulan IN ('OPD','AKPK','MANDIRI','PENUGASAN')),
    status              TEXT NOT NULL CHECK (status IN ('DIUSULKAN','DISETUJUI','DITOLAK','TERDAFTAR','MENGIKUTI','LULUS','SELESAI','TIDAK_LULUS','MENGUNDURKAN_DIRI')),
    nilai_akhir         REAL CHECK (nilai_akhir IS NULL OR (nilai_akhir >= 0 AND nilai_akhir <= 100)),
    nomor_sertifikat    TEXT NOT NULL DEFAULT '',
    tanggal_sertifikat  TEXT CHECK (tanggal_sertifikat IS NULL OR date(tanggal_sertifikat) IS tanggal_sertifikat),
    jp_diakui           REAL NOT NULL DEFAULT 0 CHECK (jp_diakui >= 0),
    bukti_ref           TEXT NOT NULL DEFAULT '',
    diverifikasi_oleh   TEXT NOT NULL DEFAULT '',
    tanggal_verifikasi  TEXT CHECK (tanggal_verifikasi IS NULL OR date(tanggal_verifikasi) IS tanggal_verifikasi),
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (pelatihan_id, pegawai_id),
    CHECK (status IN ('LULUS','SELESAI') OR jp_diakui = 0)
);
INSERT INTO peserta_pelatihan_v12 SELECT * FROM peserta_pelatihan;
DROP TABLE peserta_pelatihan;
ALTER TABLE peserta_pelatihan_v12 RENAME TO peserta_pelatihan;
CREATE INDEX peserta_pegawai ON peserta_pelatihan(pegawai_id);
CREATE TRIGGER peserta_jp_pelatihan_tambah BEFORE INSERT ON peserta_pelatihan
WHEN NEW.jp_diakui > 0 AND NOT EXISTS (
    SELECT 1 FROM pelatihan p
    WHERE p.id = NEW.pelatihan_id AND p.status IN ('BERJALAN','SELESAI')
      AND p.tanggal_selesai <= COALESCE((SELECT trim(nilai) FROM pengaturan
              WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime')))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: jp_diakui = 0 unless the training has ended and was not cancelled'); END;
CREATE TRIGGER peserta_jp_pelatihan_ubah BEFORE UPDATE OF jp_diakui, pelatihan_id ON peserta_pelatihan
WHEN NEW.jp_diakui > 0 AND NOT EXISTS (
    SELECT 1 FROM pelatihan p
    WHERE p.id = NEW.pelatihan_id AND p.status IN ('BERJALAN','SELESAI')
      AND p.tanggal_selesai <= COALESCE((SELECT trim(nilai) FROM pengaturan
              WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime')))
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: jp_diakui = 0 unless the training has ended and was not cancelled'); END;

-- rencana_pengembangan
CREATE TABLE rencana_pengembangan_v12 (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    tahun                   INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    pegawai_id              INTEGER NOT NULL REFERENCES pegawai(id),
    kompetensi_id           INTEGER NOT NULL REFERENCES kompetensi(id),
    kesenjangan             INTEGER NOT NULL DEFAULT 0,
    jenis_pelatihan_usulan  TEXT NOT NULL DEFAULT '',
    prioritas               TEXT NOT NULL CHECK (prioritas IN ('TINGGI','SEDANG','RENDAH')),
    status                  TEXT NOT NULL CHECK (status IN ('USULAN','DISETUJUI','TERLAKSANA','DITUNDA')),
    pelatihan_id            INTEGER REFERENCES pelatihan(id),
    version                 INTEGER NOT NULL DEFAULT 1,
    jp_rencana              REAL NOT NULL DEFAULT 0 CHECK (jp_rencana >= 0)
);
INSERT INTO rencana_pengembangan_v12 SELECT * FROM rencana_pengembangan;
DROP TABLE rencana_pengembangan;
ALTER TABLE rencana_pengembangan_v12 RENAME TO rencana_pengembangan;
CREATE INDEX rencana_pegawai ON rencana_pengembangan(pegawai_id, tahun);

-- evaluasi_kinerja
CREATE TABLE evaluasi_kinerja_v12 (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    pegawai_id          INTEGER NOT NULL REFERENCES pegawai(id),
    tahun               INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    jenis_periode       TEXT NOT NULL CHECK (jenis_periode IN ('TAHUNAN','SEMESTER','TRIWULAN','BULANAN')),
    periode_ke          INTEGER NOT NULL,
    rating_hasil_kerja  TEXT NOT NULL CHECK (rating_hasil_kerja IN ('DI_ATAS','SESUAI','DI_BAWAH')),
    rating_perilaku     TEXT NOT NULL CHECK (rating_perilaku IN ('DI_ATAS','SESUAI','DI_BAWAH')),
    predikat            TEXT NOT NULL,
    pejabat_penilai_id  INTEGER REFERENCES pegawai(id),
    atasan_penilai_id   INTEGER REFERENCES pegawai(id),
    catatan             TEXT NOT NULL DEFAULT '',
    umpan_balik         TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    umpan_balik_dampak  TEXT NOT NULL DEFAULT '',
    umpan_balik_langkah TEXT NOT NULL DEFAULT '',
    umpan_balik_tanggal TEXT CHECK (umpan_balik_tanggal IS NULL OR date(umpan_balik_tanggal) IS umpan_balik_tanggal),
    UNIQUE (pegawai_id, tahun, jenis_periode, periode_ke),
    CHECK (periode_ke >= 1 AND periode_ke <= CASE jenis_periode
        WHEN 'TAHUNAN' THEN 1 WHEN 'SEMESTER' THEN 2 WHEN 'TRIWULAN' THEN 4 ELSE 12 END),
    -- PermenPAN-RB 6/2022 3x3 table: the predicate is derived, never typed.
    CHECK (predikat = CASE
        WHEN rating_hasil_kerja = 'DI_BAWAH' AND rating_perilaku = 'DI_BAWAH' THEN 'SANGAT_KURANG'
        WHEN rating_hasil_kerja = 'DI_BAWAH' THEN 'BUTUH_PERBAIKAN'
        WHEN rating_perilaku = 'DI_BAWAH' THEN 'KURANG_MISCONDUCT'
        WHEN rating_hasil_kerja = 'DI_ATAS' AND rating_perilaku = 'DI_ATAS' THEN 'SANGAT_BAIK'
        ELSE 'BAIK' END)
);
INSERT INTO evaluasi_kinerja_v12 SELECT * FROM evaluasi_kinerja;
DROP TABLE evaluasi_kinerja;
ALTER TABLE evaluasi_kinerja_v12 RENAME TO evaluasi_kinerja;
CREATE INDEX evaluasi_periode ON evaluasi_kinerja(tahun, jenis_periode, periode_ke);
CREATE INDEX evaluasi_pegawai ON evaluasi_kinerja(pegawai_id, tahun);

-- monitoring_pasca_pelatihan
CREATE TABLE monitoring_pasca_pelatihan_v12 (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    peserta_pelatihan_id  INTEGER NOT NULL REFERENCES peserta_pelatihan(id),
    tanggal               TEXT NOT NULL CHECK (date(tanggal) IS tanggal),
    bulan_ke              INTEGER NOT NULL CHECK (bulan_ke BETWEEN 0 AND 60),
    level_kirkpatrick     TEXT NOT NULL CHECK (level_kirkpatrick IN ('REAKSI','PEMBELAJARAN','PERILAKU','HASIL')),
    responden             TEXT NOT NULL CHECK (responden IN ('ALUMNI','ATASAN','REKAN')),
    skor                  INTEGER NOT NULL CHECK (skor BETWEEN 1 AND 5),
    temuan                TEXT NOT NULL DEFAULT '',
    rekomendasi           TEXT NOT NULL DEFAULT '',
    evaluasi_kinerja_id   INTEGER REFERENCES evaluasi_kinerja(id),
    version               INTEGER NOT NULL DEFAULT 1
);
INSERT INTO monitoring_pasca_pelatihan_v12 SELECT * FROM monitoring_pasca_pelatihan;
DROP TABLE monitoring_pasca_pelatihan;
ALTER TABLE monitoring_pasca_pelatihan_v12 RENAME TO monitoring_pasca_pelatihan;
CREATE INDEX monitoring_peserta ON monitoring_pasca_pelatihan(peserta_pelatihan_id);

-- kerja_sama
CREATE TABLE kerja_sama_v12 (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    mitra_id              INTEGER NOT NULL REFERENCES mitra(id),
    jenis_dokumen         TEXT NOT NULL CHECK (jenis_dokumen IN ('MOU','PKS')),
    induk_id              INTEGER REFERENCES kerja_sama(id),
    nomor_pemko           TEXT NOT NULL UNIQUE CHECK (length(trim(nomor_pemko)) > 0),
    nomor_mitra           TEXT NOT NULL DEFAULT '',
    tentang               TEXT NOT NULL DEFAULT '',
    ruang_lingkup         TEXT NOT NULL DEFAULT '',
    tanggal_tanda_tangan  TEXT CHECK (tanggal_tanda_tangan IS NULL OR date(tanggal_tanda_tangan) IS tanggal_tanda_tangan),
    tanggal_mulai         TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    tanggal_berakhir      TEXT NOT NULL CHECK (date(tanggal_berakhir) IS tanggal_berakhir),
    penandatangan_pemko   TEXT NOT NULL DEFAULT '',
    penandatangan_mitra   TEXT NOT NULL DEFAULT '',
    unit_pelaksana_id     INTEGER REFERENCES unit_kerja(id),
    status_dokumen        TEXT NOT NULL DEFAULT 'DITANDATANGANI' CHECK (status_dokumen IN ('DRAFT','DITANDATANGANI','DIPERPANJANG','DIAKHIRI')),
    version               INTEGER NOT NULL DEFAULT 1,
    catatan               TEXT NOT NULL DEFAULT '',
    diperpanjang_dari_id  INTEGER REFERENCES kerja_sama(id),
    CHECK (tanggal_berakhir >= tanggal_mulai),
    CHECK (jenis_dokumen = 'PKS' OR induk_id IS NULL)
);
INSERT INTO kerja_sama_v12 SELECT * FROM kerja_sama;
DROP TABLE kerja_sama;
ALTER TABLE kerja_sama_v12 RENAME TO kerja_sama;
CREATE UNIQUE INDEX kerja_sama_perpanjangan ON kerja_sama(diperpanjang_dari_id)
    WHERE diperpanjang_dari_id IS NOT NULL;
CREATE INDEX kerja_sama_induk ON kerja_sama(induk_id);
CREATE INDEX kerja_sama_mitra ON kerja_sama(mitra_id);

-- magang
CREATE TABLE magang_v12 (
    id                           INTEGER PRIMARY KEY AUTOINCREMENT,
    mitra_id                     INTEGER NOT NULL REFERENCES mitra(id),
    kerja_sama_id                INTEGER REFERENCES kerja_sama(id),
    nama                         TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    nim                          TEXT NOT NULL CHECK (length(trim(nim)) > 0),
    jenis_kelamin                TEXT NOT NULL CHECK (jenis_kelamin IN ('L','P')),
    program_studi                TEXT NOT NULL DEFAULT '',
    jenjang                      TEXT NOT NULL CHECK (jenjang IN ('D3','D4','S1','S2')),
    semester                     INTEGER CHECK (semester IS NULL OR semester BETWEEN 1 AND 14),
    skema                        TEXT NOT NULL CHECK (skema IN ('MANDIRI','MBKM','PKL','PENELITIAN')),
    unit_kerja_id                INTEGER NOT NULL REFERENCES unit_kerja(id),
    pembimbing_lapangan_id       INTEGER REFERENCES pegawai(id),
    dosen_pembimbing             TEXT NOT NULL DEFAULT '',
    nomor_surat_permohonan       TEXT NOT NULL DEFAULT '',
    tanggal_surat                TEXT CHECK (tanggal_surat IS NULL OR date(tanggal_surat) IS tanggal_surat),
    nomor_surat_balasan          TEXT NOT NULL DEFAULT '',
    tanggal_mulai                TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    tanggal_selesai              TEXT NOT NULL CHECK (date(tanggal_selesai) IS tanggal_selesai),
    status                       TEXT NOT NULL CHECK (status IN ('DIAJUKAN','DITERIMA','DITOLAK','BERJALAN','SELESAI','BATAL')),
    nilai_akhir                  REAL CHECK (nilai_akhir IS NULL OR (nilai_akhir >= 0 AND nilai_akhir <= 100)),
    nomor_surat_keterangan       TEXT NOT NULL DEFAULT '',
    version                      INTEGER NOT NULL DEFAULT 1,
    tanggal_surat_balasan        TEXT CHECK (tanggal_surat_balasan IS NULL OR date(tanggal_surat_balasan) IS tanggal_surat_balasan),
    UNIQUE (mitra_id, nim),
    CHECK (tanggal_selesai >= tanggal_mulai)
);
INSERT INTO magang_v12 SELECT * FROM magang;
DROP TABLE magang;
ALTER TABLE magang_v12 RENAME TO magang;
CREATE INDEX magang_pembimbing ON magang(pembimbing_lapangan_id);
CREATE INDEX magang_unit ON magang(unit_kerja_id, tanggal_mulai);
CREATE INDEX magang_kerja_sama ON magang(kerja_sama_id);

PRAGMA ignore_check_constraints = OFF;
PRAGMA legacy_alter_table = OFF;

-- The next id of each rebuilt table follows the largest it ever had: the
-- largest id now there or named by the audit (a deleted last row is known only
-- there), so no record takes the history of one deleted before it.
DELETE FROM sqlite_sequence WHERE name IN (
    'unit_kerja',
    'pegawai',
    'riwayat_status',
    'kompetensi',
    'standar_kompetensi',
    'penilaian_kompetensi',
    'mitra',
    'pelatihan',
    'peserta_pelatihan',
    'rencana_pengembangan',
    'evaluasi_kinerja',
    'monitoring_pasca_pelatihan',
    'kerja_sama',
    'magang');
INSERT INTO sqlite_sequence (name, seq)
SELECT t.name, max(COALESCE(t.top, 0),
                   COALESCE((SELECT max(a.entitas_id) FROM audit a WHERE a.entitas = t.name), 0)) AS seq
FROM (SELECT 'unit_kerja' AS name, (SELECT max(id) FROM unit_kerja) AS top
      UNION ALL SELECT 'pegawai', (SELECT max(id) FROM pegawai)
      UNION ALL SELECT 'riwayat_status', (SELECT max(id) FROM riwayat_status)
      UNION ALL SELECT 'kompetensi', (SELECT max(id) FROM kompetensi)
      UNION ALL SELECT 'standar_kompetensi', (SELECT max(id) FROM standar_kompetensi)
      UNION ALL SELECT 'penilaian_kompetensi', (SELECT max(id) FROM penilaian_kompetensi)
      UNION ALL SELECT 'mitra', (SELECT max(id) FROM mitra)
      UNION ALL SELECT 'pelatihan', (SELECT max(id) FROM pelatihan)
      UNION ALL SELECT 'peserta_pelatihan', (SELECT max(id) FROM peserta_pelatihan)
      UNION ALL SELECT 'rencana_pengembangan', (SELECT max(id) FROM rencana_pengembangan)
      UNION ALL SELECT 'evaluasi_kinerja', (SELECT max(id) FROM evaluasi_kinerja)
      UNION ALL SELECT 'monitoring_pasca_pelatihan', (SELECT max(id) FROM monitoring_pasca_pelatihan)
      UNION ALL SELECT 'kerja_sama', (SELECT max(id) FROM kerja_sama)
      UNION ALL SELECT 'magang', (SELECT max(id) FROM magang)) t
WHERE seq > 0;
