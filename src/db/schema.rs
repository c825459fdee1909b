//! Schema migrations, applied by `PRAGMA user_version` in one transaction.
//!
//! Migration N brings a database from `user_version = N` to `N + 1`. Never edit a
//! migration that has shipped: add a new one. The CHECK lists repeat the codes of
//! `domain::enums`; a test keeps them in step. `db::migrate` runs them with
//! foreign keys off (a table rebuild needs that) and checks the keys before it
//! commits.

/// All migrations in order. `MIGRATIONS.len()` is the schema version this build writes.
pub const MIGRATIONS: &[&str] = &[
    V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16, V17, V18, V19,
];

/// The schema version this build understands.
pub fn current_version() -> i64 {
    MIGRATIONS.len() as i64
}

const V1: &str = r#"
CREATE TABLE pengaturan (
    kunci       TEXT PRIMARY KEY,
    nilai       TEXT NOT NULL,
    keterangan  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES
    ('menit_per_jp', '45', '1 JP = menit (konvensi, dapat diubah)'),
    ('target_jp_tahunan', '20', 'Target JP per pegawai per tahun (PP 11/2017 ps. 203)'),
    ('hari_peringatan_perjanjian', '90', 'Perjanjian "akan berakhir" bila sisa hari <= nilai ini');

CREATE TABLE kecamatan (
    kode     TEXT PRIMARY KEY CHECK (length(kode) = 6 AND kode NOT GLOB '*[^0-9]*'),
    nama     TEXT NOT NULL,
    asumsi   INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE golongan (
    kode      TEXT PRIMARY KEY,
    kelompok  TEXT NOT NULL CHECK (kelompok IN ('PNS', 'PPPK')),
    urutan    INTEGER NOT NULL,
    pangkat   TEXT NOT NULL DEFAULT '',
    version   INTEGER NOT NULL DEFAULT 1,
    UNIQUE (kelompok, urutan)
);
INSERT INTO golongan (kode, kelompok, urutan, pangkat) VALUES
    ('I/a','PNS',1,'Juru Muda'), ('I/b','PNS',2,'Juru Muda Tingkat I'), ('I/c','PNS',3,'Juru'),
    ('I/d','PNS',4,'Juru Tingkat I'), ('II/a','PNS',5,'Pengatur Muda'),
    ('II/b','PNS',6,'Pengatur Muda Tingkat I'), ('II/c','PNS',7,'Pengatur'),
    ('II/d','PNS',8,'Pengatur Tingkat I'), ('III/a','PNS',9,'Penata Muda'),
    ('III/b','PNS',10,'Penata Muda Tingkat I'), ('III/c','PNS',11,'Penata'),
    ('III/d','PNS',12,'Penata Tingkat I'), ('IV/a','PNS',13,'Pembina'),
    ('IV/b','PNS',14,'Pembina Tingkat I'), ('IV/c','PNS',15,'Pembina Utama Muda'),
    ('IV/d','PNS',16,'Pembina Utama Madya'), ('IV/e','PNS',17,'Pembina Utama'),
    ('I','PPPK',1,''), ('II','PPPK',2,''), ('III','PPPK',3,''), ('IV','PPPK',4,''),
    ('V','PPPK',5,''), ('VI','PPPK',6,''), ('VII','PPPK',7,''), ('VIII','PPPK',8,''),
    ('IX','PPPK',9,''), ('X','PPPK',10,''), ('XI','PPPK',11,''), ('XII','PPPK',12,''),
    ('XIII','PPPK',13,''), ('XIV','PPPK',14,''), ('XV','PPPK',15,''), ('XVI','PPPK',16,''),
    ('XVII','PPPK',17,'');

CREATE TABLE unit_kerja (
    id        INTEGER PRIMARY KEY,
    kode      TEXT NOT NULL UNIQUE,
    nama      TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    singkatan TEXT NOT NULL DEFAULT '',
    jenis     TEXT NOT NULL CHECK (jenis IN ('SEKRETARIAT','INSPEKTORAT','BADAN','DINAS','SATPOL_PP_WH','KECAMATAN','BIDANG','LAINNYA')),
    induk_id  INTEGER REFERENCES unit_kerja(id),
    urutan    INTEGER NOT NULL DEFAULT 0,
    aktif     INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
    asumsi    INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version   INTEGER NOT NULL DEFAULT 1,
    CHECK (induk_id IS NULL OR induk_id <> id)
);

CREATE TABLE pegawai (
    id                   INTEGER PRIMARY KEY,
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
CREATE INDEX pegawai_unit ON pegawai(unit_kerja_id);
CREATE INDEX pegawai_nama ON pegawai(nama);

CREATE TABLE kompetensi (
    id        INTEGER PRIMARY KEY,
    kode      TEXT NOT NULL UNIQUE,
    nama      TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    jenis     TEXT NOT NULL CHECK (jenis IN ('MANAJERIAL','SOSIAL_KULTURAL','TEKNIS')),
    definisi  TEXT NOT NULL DEFAULT '',
    asumsi    INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE kompetensi_level (
    kompetensi_id INTEGER NOT NULL REFERENCES kompetensi(id) ON DELETE CASCADE,
    level         INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    deskripsi     TEXT NOT NULL DEFAULT '',
    indikator     TEXT NOT NULL DEFAULT '',
    asumsi        INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version       INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (kompetensi_id, level)
);

-- Required level per position. A row with nama_jabatan = '' applies to every
-- position of that kind (and jenjang); a row naming a title applies to that
-- title and wins over the general row for the same competency.
CREATE TABLE standar_kompetensi (
    id             INTEGER PRIMARY KEY,
    jenis_jabatan  TEXT NOT NULL CHECK (jenis_jabatan IN ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','JF_KEAHLIAN','JF_KETERAMPILAN')),
    jenjang_jf     TEXT NOT NULL DEFAULT '' CHECK (jenjang_jf IN ('','AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    nama_jabatan   TEXT NOT NULL DEFAULT '',
    kompetensi_id  INTEGER NOT NULL REFERENCES kompetensi(id),
    level_standar  INTEGER NOT NULL CHECK (level_standar BETWEEN 1 AND 5),
    asumsi         INTEGER NOT NULL DEFAULT 1 CHECK (asumsi IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id)
);

-- Assessment history: every result is kept; the latest (tanggal, id) counts.
CREATE TABLE penilaian_kompetensi (
    id             INTEGER PRIMARY KEY,
    pegawai_id     INTEGER NOT NULL REFERENCES pegawai(id),
    kompetensi_id  INTEGER NOT NULL REFERENCES kompetensi(id),
    level_aktual   INTEGER NOT NULL CHECK (level_aktual BETWEEN 1 AND 5),
    tanggal        TEXT NOT NULL CHECK (date(tanggal) IS tanggal),
    metode         TEXT NOT NULL CHECK (metode IN ('ASSESSMENT_CENTER','CACT','UJI_KOMPETENSI','PENILAIAN_ATASAN','SELF_ASSESSMENT')),
    penilai        TEXT NOT NULL DEFAULT '',
    catatan        TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX penilaian_pegawai ON penilaian_kompetensi(pegawai_id, kompetensi_id, tanggal);

CREATE TABLE pelatihan (
    id                   INTEGER PRIMARY KEY,
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
    CHECK (tanggal_selesai >= tanggal_mulai)
);

CREATE TABLE pelatihan_kompetensi (
    pelatihan_id   INTEGER NOT NULL REFERENCES pelatihan(id) ON DELETE CASCADE,
    kompetensi_id  INTEGER NOT NULL REFERENCES kompetensi(id),
    PRIMARY KEY (pelatihan_id, kompetensi_id)
);

CREATE TABLE peserta_pelatihan (
    id                  INTEGER PRIMARY KEY,
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
CREATE INDEX peserta_pegawai ON peserta_pelatihan(pegawai_id);

CREATE TABLE rencana_pengembangan (
    id                      INTEGER PRIMARY KEY,
    tahun                   INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    pegawai_id              INTEGER NOT NULL REFERENCES pegawai(id),
    kompetensi_id           INTEGER NOT NULL REFERENCES kompetensi(id),
    kesenjangan             INTEGER NOT NULL DEFAULT 0,
    jenis_pelatihan_usulan  TEXT NOT NULL DEFAULT '',
    prioritas               TEXT NOT NULL CHECK (prioritas IN ('TINGGI','SEDANG','RENDAH')),
    status                  TEXT NOT NULL CHECK (status IN ('USULAN','DISETUJUI','TERLAKSANA','DITUNDA')),
    pelatihan_id            INTEGER REFERENCES pelatihan(id),
    version                 INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE evaluasi_kinerja (
    id                  INTEGER PRIMARY KEY,
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
CREATE INDEX evaluasi_periode ON evaluasi_kinerja(tahun, jenis_periode, periode_ke);

CREATE TABLE monitoring_pasca_pelatihan (
    id                    INTEGER PRIMARY KEY,
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

CREATE TABLE mitra (
    id          INTEGER PRIMARY KEY,
    nama        TEXT NOT NULL UNIQUE CHECK (length(trim(nama)) > 0),
    singkatan   TEXT NOT NULL DEFAULT '',
    jenis       TEXT NOT NULL CHECK (jenis IN ('PERGURUAN_TINGGI','SWASTA','BUMN','BUMD','KOMUNITAS','INSTANSI')),
    alamat      TEXT NOT NULL DEFAULT '',
    narahubung  TEXT NOT NULL DEFAULT '',
    telepon     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    fiktif      INTEGER NOT NULL DEFAULT 0 CHECK (fiktif IN (0, 1)),
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE kerja_sama (
    id                    INTEGER PRIMARY KEY,
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
    CHECK (tanggal_berakhir >= tanggal_mulai),
    CHECK (jenis_dokumen = 'PKS' OR induk_id IS NULL)
);

CREATE TABLE magang (
    id                           INTEGER PRIMARY KEY,
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
    UNIQUE (mitra_id, nim),
    CHECK (tanggal_selesai >= tanggal_mulai)
);
CREATE INDEX magang_pembimbing ON magang(pembimbing_lapangan_id);

-- Append-only record of every change: who (OS user, SSH client), when, what.
CREATE TABLE audit (
    id          INTEGER PRIMARY KEY,
    waktu       TEXT NOT NULL,
    pengguna    TEXT NOT NULL,
    klien_ssh   TEXT NOT NULL DEFAULT '',
    entitas     TEXT NOT NULL,
    entitas_id  INTEGER,
    aksi        TEXT NOT NULL CHECK (aksi IN ('TAMBAH','UBAH','HAPUS')),
    sebelum     TEXT,
    sesudah     TEXT
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
"#;

/// V2 (issue 3, data entry): the status history of employees, and an index so
/// a conflict can name the last writer of a row without scanning the audit.
/// Employees not in service when a V1 file is migrated get one history row for
/// their current status (from `tanggal_status`); employees in service start
/// with none (their history begins with their next recorded change).
const V2: &str = r#"
CREATE TABLE riwayat_status (
    id             INTEGER PRIMARY KEY,
    pegawai_id     INTEGER NOT NULL REFERENCES pegawai(id),
    status         TEXT NOT NULL CHECK (status IN ('AKTIF','CUTI','TUGAS_BELAJAR','DIBERHENTIKAN_SEMENTARA','PENSIUN','MUTASI_KELUAR','BERHENTI','MENINGGAL')),
    tanggal_mulai  TEXT NOT NULL CHECK (date(tanggal_mulai) IS tanggal_mulai),
    nomor_sk       TEXT NOT NULL DEFAULT '',
    keterangan     TEXT NOT NULL DEFAULT '',
    dicatat_oleh   TEXT NOT NULL DEFAULT '',
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX riwayat_status_pegawai ON riwayat_status(pegawai_id, tanggal_mulai);
CREATE INDEX audit_entitas ON audit(entitas, entitas_id);
INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai)
    SELECT id, status, tanggal_status FROM pegawai
    WHERE status <> 'AKTIF' AND tanggal_status IS NOT NULL
    ORDER BY id;
"#;

/// V3 (issue 6): two rules of the kind of ASN that a CHECK cannot add to an
/// existing table, as triggers on every insert and update of `pegawai`: a PNS
/// or CPNS has a golongan, and its TMT pengangkatan lies in the year and month
/// of NIP digits 9–14 (TMT CPNS). The messages read like SQLite's own CHECK
/// failures so `db::write::map_error` names the column. V19 replaced the
/// triggers with CHECK constraints of those names.
const V3: &str = r#"
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
"#;

/// V4 (issue 6, pensions dated ahead): the retirement age (BUP) per kind of
/// position and jenjang as data (domain.md §4.8 and §9: "reference tables
/// rather than hard-coded enums for jenjang→BUP"), and the window of the list
/// of those retiring soon. A row with jenjang_jf = '' applies to every
/// jenjang of its kind; a row naming the jenjang wins over it.
const V4: &str = r#"
CREATE TABLE batas_usia_pensiun (
    id             INTEGER PRIMARY KEY,
    jenis_jabatan  TEXT NOT NULL CHECK (jenis_jabatan IN ('JPT_UTAMA','JPT_MADYA','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','JF_KEAHLIAN','JF_KETERAMPILAN')),
    jenjang_jf     TEXT NOT NULL DEFAULT '' CHECK (jenjang_jf IN ('','AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    usia           INTEGER NOT NULL CHECK (usia BETWEEN 40 AND 80),
    dasar_hukum    TEXT NOT NULL DEFAULT '',
    asumsi         INTEGER NOT NULL DEFAULT 0 CHECK (asumsi IN (0, 1)),
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (jenis_jabatan, jenjang_jf)
);
INSERT INTO batas_usia_pensiun (jenis_jabatan, jenjang_jf, usia, dasar_hukum) VALUES
    ('JPT_UTAMA', '', 60, 'UU 5/2014; UU 20/2023'),
    ('JPT_MADYA', '', 60, 'UU 5/2014; UU 20/2023'),
    ('JPT_PRATAMA', '', 60, 'UU 5/2014; UU 20/2023'),
    ('ADMINISTRATOR', '', 58, 'UU 5/2014; UU 20/2023'),
    ('PENGAWAS', '', 58, 'UU 5/2014; UU 20/2023'),
    ('PELAKSANA', '', 58, 'UU 5/2014; UU 20/2023'),
    ('JF_KEAHLIAN', 'AHLI_UTAMA', 65, 'PP 11/2017'),
    ('JF_KEAHLIAN', 'AHLI_MADYA', 60, 'PP 11/2017'),
    ('JF_KEAHLIAN', 'AHLI_MUDA', 58, 'PP 11/2017'),
    ('JF_KEAHLIAN', 'AHLI_PERTAMA', 58, 'PP 11/2017'),
    ('JF_KETERAMPILAN', '', 58, 'PP 11/2017');
INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES
    ('bulan_peringatan_pensiun', '12', 'Daftar menjelang pensiun: TMT pensiun dalam sekian bulan ke depan');
"#;

/// V5 (issue 7, partners entered in the application): a note per partner, and
/// names unique ignoring case and surrounding spaces ("Unimal" and "unimal "
/// are one partner).
const V5: &str = r#"
ALTER TABLE mitra ADD COLUMN catatan TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX mitra_nama_nocase ON mitra(lower(trim(nama)));
"#;

/// V6 (issue 8, the training catalogue entered in the application): the
/// level (1–5) a training aims at for each of its target competencies
/// (NULL: not said).
const V6: &str = r#"
ALTER TABLE pelatihan_kompetensi ADD COLUMN level_sasaran INTEGER
    CHECK (level_sasaran IS NULL OR level_sasaran BETWEEN 1 AND 5);
"#;

/// V7 (issue 8, the JP rule made exact):
/// - JP are credited only for completed participation in a training that has
///   ended and was not cancelled: a participant holds `jp_diakui > 0` only in
///   a training that ran (BERJALAN or SELESAI — not RENCANA, PENDAFTARAN or
///   BATAL) and whose end date is on or before the reference date (the
///   setting `tanggal_acuan` when it holds a date, else today). Triggers guard
///   both sides: the participant's row, and a training set back to a status
///   that never ran, or to an end date ahead, while participants hold
///   credited JP. Their messages read like CHECK failures so
///   `db::write::map_error` names the column.
/// - `pelatihan.durasi_menit`: the duration of a non-klasikal activity
///   measured in minutes, whose JP follow from `menit_per_jp`.
/// - The yearly target per kind of ASN: one key per kind, starting from the
///   file's `target_jp_tahunan` (which stays the fallback).
const V7: &str = r#"
ALTER TABLE pelatihan ADD COLUMN durasi_menit INTEGER CHECK (durasi_menit IS NULL OR durasi_menit > 0);

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

CREATE TRIGGER pelatihan_status_jp_peserta BEFORE UPDATE OF status ON pelatihan
WHEN NEW.status NOT IN ('BERJALAN','SELESAI')
 AND EXISTS (SELECT 1 FROM peserta_pelatihan pp WHERE pp.pelatihan_id = NEW.id AND pp.jp_diakui > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: status IN (BERJALAN, SELESAI) while participants hold credited JP'); END;
CREATE TRIGGER pelatihan_selesai_jp_peserta BEFORE UPDATE OF tanggal_selesai ON pelatihan
WHEN NEW.tanggal_selesai > COALESCE((SELECT trim(nilai) FROM pengaturan
          WHERE kunci = 'tanggal_acuan' AND date(trim(nilai)) IS trim(nilai)), date('now', 'localtime'))
 AND EXISTS (SELECT 1 FROM peserta_pelatihan pp WHERE pp.pelatihan_id = NEW.id AND pp.jp_diakui > 0)
BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: tanggal_selesai on or before the reference date while participants hold credited JP'); END;

INSERT INTO pengaturan (kunci, nilai, keterangan)
SELECT k.kunci,
       COALESCE((SELECT trim(nilai) FROM pengaturan WHERE kunci = 'target_jp_tahunan'), '20'),
       k.keterangan
FROM (SELECT 'target_jp_pns' AS kunci, 'Target JP per tahun untuk PNS' AS keterangan
      UNION ALL SELECT 'target_jp_cpns', 'Target JP per tahun untuk CPNS'
      UNION ALL SELECT 'target_jp_pppk', 'Target JP per tahun untuk PPPK (domain.md 2.1: belum pasti)'
      UNION ALL SELECT 'target_jp_pppk_paruh_waktu', 'Target JP per tahun untuk PPPK paruh waktu (belum pasti)') k
WHERE NOT EXISTS (SELECT 1 FROM pengaturan p WHERE p.kunci = k.kunci);
UPDATE pengaturan
SET keterangan = 'Target JP per tahun bagi jenis ASN tanpa target sendiri (PP 11/2017 ps. 203)'
WHERE kunci = 'target_jp_tahunan' AND keterangan = 'Target JP per pegawai per tahun (PP 11/2017 ps. 203)';
"#;

/// V8 (issue 8 item 6, the development plan shown and edited): the JP each
/// plan line plans (the yearly 20-JP duty is planned in JP), never negative,
/// and an index for the plan of one employee.
const V8: &str = r#"
ALTER TABLE rencana_pengembangan ADD COLUMN jp_rencana REAL NOT NULL DEFAULT 0 CHECK (jp_rencana >= 0);
CREATE INDEX rencana_pegawai ON rencana_pengembangan(pegawai_id, tahun);
"#;

/// V9 (issue 9, agreements and internships entered in the application):
/// - an agreement's notes, and the agreement it renews (one renewal each);
/// - an internship's reply-letter date;
/// - a unit's intern capacity (NULL: no limit);
/// - the weekly logbook of an intern, and the two evaluations at the end
///   (the mentor's of the student, the student's of the unit);
/// - the names a partner had before its present one (IAIN Lhokseumawe became
///   UIN SUNA on 8 May 2025): each held until the day before `berlaku_sampai`.
///
/// New tables never reuse a deleted row's id (AUTOINCREMENT).
const V9: &str = r#"
ALTER TABLE kerja_sama ADD COLUMN catatan TEXT NOT NULL DEFAULT '';
ALTER TABLE kerja_sama ADD COLUMN diperpanjang_dari_id INTEGER REFERENCES kerja_sama(id);
CREATE UNIQUE INDEX kerja_sama_perpanjangan ON kerja_sama(diperpanjang_dari_id)
    WHERE diperpanjang_dari_id IS NOT NULL;
CREATE INDEX kerja_sama_induk ON kerja_sama(induk_id);
CREATE INDEX kerja_sama_mitra ON kerja_sama(mitra_id);
ALTER TABLE magang ADD COLUMN tanggal_surat_balasan TEXT
    CHECK (tanggal_surat_balasan IS NULL OR date(tanggal_surat_balasan) IS tanggal_surat_balasan);
CREATE INDEX magang_unit ON magang(unit_kerja_id, tanggal_mulai);
CREATE INDEX magang_kerja_sama ON magang(kerja_sama_id);
ALTER TABLE unit_kerja ADD COLUMN kapasitas_magang INTEGER
    CHECK (kapasitas_magang IS NULL OR kapasitas_magang >= 0);

CREATE TABLE logbook_magang (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    magang_id           INTEGER NOT NULL REFERENCES magang(id),
    tanggal             TEXT NOT NULL CHECK (date(tanggal) IS tanggal),
    kegiatan            TEXT NOT NULL CHECK (length(trim(kegiatan)) > 0),
    hasil               TEXT NOT NULL DEFAULT '',
    catatan_pembimbing  TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (magang_id, tanggal)
);

CREATE TABLE umpan_balik_magang (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    magang_id           INTEGER NOT NULL UNIQUE REFERENCES magang(id),
    tanggal             TEXT NOT NULL CHECK (date(tanggal) IS tanggal),
    nilai_pembimbing    REAL CHECK (nilai_pembimbing IS NULL OR (nilai_pembimbing >= 0 AND nilai_pembimbing <= 100)),
    catatan_pembimbing  TEXT NOT NULL DEFAULT '',
    yang_berhasil       TEXT NOT NULL DEFAULT '',
    saran_unit          TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE mitra_nama_lama (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    mitra_id        INTEGER NOT NULL REFERENCES mitra(id),
    nama            TEXT NOT NULL CHECK (length(trim(nama)) > 0),
    singkatan       TEXT NOT NULL DEFAULT '',
    berlaku_sampai  TEXT NOT NULL CHECK (date(berlaku_sampai) IS berlaku_sampai),
    UNIQUE (mitra_id, berlaku_sampai)
);

INSERT INTO pengaturan (kunci, nilai, keterangan)
SELECT 'hari_tanpa_logbook', '14', 'Magang berjalan tanpa entri logbook selama lebih dari sekian hari ditandai di Monitoring'
WHERE NOT EXISTS (SELECT 1 FROM pengaturan WHERE kunci = 'hari_tanpa_logbook');
"#;

/// V10 (issue 10, evaluations entered and the loop from training to work):
/// - constructive feedback as structure: `umpan_balik` holds what was
///   observed; its effect, the next step and the date agreed join it;
/// - notes per BerAKHLAK value of an evaluation (optional, one per value);
/// - the organisation predicate of a unit per period (capaian kinerja
///   organisasi), and the share of an employee predicate each one allows at
///   most (domain.md §3.2; data, so a new circular changes rows not code);
/// - an assessment may come from a post-training follow-up (its source);
/// - the months after a training when its follow-up is due (a setting).
const V10: &str = r#"
ALTER TABLE evaluasi_kinerja ADD COLUMN umpan_balik_dampak TEXT NOT NULL DEFAULT '';
ALTER TABLE evaluasi_kinerja ADD COLUMN umpan_balik_langkah TEXT NOT NULL DEFAULT '';
ALTER TABLE evaluasi_kinerja ADD COLUMN umpan_balik_tanggal TEXT
    CHECK (umpan_balik_tanggal IS NULL OR date(umpan_balik_tanggal) IS umpan_balik_tanggal);
CREATE INDEX evaluasi_pegawai ON evaluasi_kinerja(pegawai_id, tahun);

CREATE TABLE evaluasi_berakhlak (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    evaluasi_kinerja_id  INTEGER NOT NULL REFERENCES evaluasi_kinerja(id),
    nilai                TEXT NOT NULL CHECK (nilai IN ('BERORIENTASI_PELAYANAN','AKUNTABEL','KOMPETEN','HARMONIS','LOYAL','ADAPTIF','KOLABORATIF')),
    catatan              TEXT NOT NULL CHECK (length(trim(catatan)) > 0),
    UNIQUE (evaluasi_kinerja_id, nilai)
);

CREATE TABLE predikat_organisasi (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_kerja_id  INTEGER NOT NULL REFERENCES unit_kerja(id),
    tahun          INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    jenis_periode  TEXT NOT NULL CHECK (jenis_periode IN ('TAHUNAN','SEMESTER','TRIWULAN','BULANAN')),
    periode_ke     INTEGER NOT NULL CHECK (periode_ke >= 1 AND periode_ke <= CASE jenis_periode
        WHEN 'TAHUNAN' THEN 1 WHEN 'SEMESTER' THEN 2 WHEN 'TRIWULAN' THEN 4 ELSE 12 END),
    predikat       TEXT NOT NULL CHECK (predikat IN ('ISTIMEWA','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')),
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (unit_kerja_id, tahun, jenis_periode, periode_ke)
);

CREATE TABLE batas_predikat (
    predikat_organisasi  TEXT NOT NULL CHECK (predikat_organisasi IN ('ISTIMEWA','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')),
    predikat_pegawai     TEXT NOT NULL CHECK (predikat_pegawai IN ('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG_MISCONDUCT','SANGAT_KURANG')),
    maks_persen          REAL NOT NULL CHECK (maks_persen >= 0 AND maks_persen <= 100),
    keterangan           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (predikat_organisasi, predikat_pegawai)
);
INSERT INTO batas_predikat (predikat_organisasi, predikat_pegawai, maks_persen, keterangan) VALUES
    ('BAIK', 'BAIK', 70, 'Organisasi Baik: paling banyak 70% pegawai Baik (domain.md 3.2)'),
    ('ISTIMEWA', 'SANGAT_BAIK', 70, 'Organisasi Istimewa: paling banyak 70% pegawai Sangat Baik (domain.md 3.2)');

ALTER TABLE penilaian_kompetensi ADD COLUMN monitoring_id INTEGER REFERENCES monitoring_pasca_pelatihan(id);
CREATE INDEX monitoring_peserta ON monitoring_pasca_pelatihan(peserta_pelatihan_id);

INSERT INTO pengaturan (kunci, nilai, keterangan)
SELECT 'bulan_tindak_lanjut', '3', 'Tindak lanjut pasca pelatihan jatuh tempo sekian bulan setelah pelatihan selesai'
WHERE NOT EXISTS (SELECT 1 FROM pengaturan WHERE kunci = 'bulan_tindak_lanjut');
"#;

/// V11 (issue 11 item 4, a history nobody can quietly rewrite): each audit
/// entry stores the hash of the entry before it and its own
/// (`audit::entry_hash`, SQL `peka_audit_hash`), so `peka check` names the
/// first removed, altered or inserted entry. The entries already there are
/// chained in id order (the append-only trigger is lifted for that one
/// update and put back).
const V11: &str = r#"
ALTER TABLE audit ADD COLUMN hash_sebelum TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE TEMP TABLE audit_rantai AS
WITH RECURSIVE rantai(id, sebelum_h, h) AS (
    SELECT a.id, '', peka_audit_hash('', a.id, a.waktu, a.pengguna, a.klien_ssh, a.entitas,
                                     a.entitas_id, a.aksi, a.sebelum, a.sesudah)
    FROM audit a WHERE a.id = (SELECT min(id) FROM audit)
    UNION ALL
    SELECT a.id, r.h, peka_audit_hash(r.h, a.id, a.waktu, a.pengguna, a.klien_ssh, a.entitas,
                                      a.entitas_id, a.aksi, a.sebelum, a.sesudah)
    FROM rantai r JOIN audit a ON a.id = (SELECT min(id) FROM audit WHERE id > r.id)
)
SELECT id, sebelum_h, h FROM rantai;
DROP TRIGGER audit_no_update;
UPDATE audit SET hash_sebelum = r.sebelum_h, hash = r.h FROM temp.audit_rantai r WHERE r.id = audit.id;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
DROP TABLE temp.audit_rantai;
"#;

/// V12 (issue 11 items 4 and 2):
/// - ids are never handed out again after a delete: every table a user
///   deletes from that was made before V9 is rebuilt with `INTEGER PRIMARY
///   KEY AUTOINCREMENT`, definitions unchanged, and its next id set past the
///   largest it ever had (now there or named by the audit);
/// - a new file starts with the national competencies (8 managerial and
///   Perekat Bangsa, five levels each); an older file gets those it lacks.
///
/// Runs with foreign keys off (`db::migrate` sees to it; the SQL refuses to
/// start otherwise). The SQL lives beside this file in `migrations/`.
const V12: &str = concat!(
    include_str!("migrations/v12_autoincrement.sql"),
    include_str!("migrations/v12_competencies.sql")
);

/// V13 (issue 12, an import of 100,000 employees within its budget): the
/// code lists of `pegawai` and `riwayat_status` (three codes or more) are
/// checked as `col = 'A' OR col = 'B' ...` instead of `col IN (...)`, which
/// SQLite evaluated by building a temporary index of the list on every
/// insert. Same values accepted and refused; both tables rebuilt as V12
/// did, every row, key, index, trigger and id counter kept. Runs with
/// foreign keys off, like V12.
const V13: &str = include_str!("migrations/v13_check_lists.sql");

/// The tables V13 rebuilt, in its order.
pub const REBUILT_IN_V13: &[&str] = &["pegawai", "riwayat_status"];

/// V14 (issue 12, whole-city reads on 100,000 employees): a covering index
/// for the predicates of a period, and `penilaian_terakhir`, the latest
/// assessment per employee × competency kept in step by triggers. It depends on
/// nothing V13 changed. The SQL lives beside this file in `migrations/`.
const V14: &str = include_str!("migrations/v14_fast_reads.sql");

/// V15: no change. The number was held for the import work of issue 12,
/// made at the same time as V16, which in the end needed no migration; a
/// file passes through it to V16 unchanged.
const V15: &str = "";

/// V16 (issue 12, the training catalogue on 100,000 employees):
/// `pelatihan_jumlah`, each training's number of participants and of
/// completions, kept in step by triggers on `peserta_pelatihan`. The SQL
/// lives beside this file in `migrations/`.
const V16: &str = include_str!("migrations/v16_training_counts.sql");

/// V17 (issue 12, the import of 100,000 employees): the audit's list of
/// actions checked as a chain of comparisons, as V13 did for `pegawai`:
/// SQLite built a temporary index of `aksi IN (...)` on every audit entry.
/// The table is rebuilt, every row (ids and hash chain), index and trigger
/// kept. The SQL lives beside this file in `migrations/`.
const V17: &str = include_str!("migrations/v17_audit_check.sql");

/// The tables V17 rebuilt.
pub const REBUILT_IN_V17: &[&str] = &["audit"];

/// V18 (issue 12, tab 2's first visit on 100,000 employees): an index on
/// the catalogue's order, so its rows come sorted (no sort of the whole
/// catalogue before the first row) and the top is shown while the rest
/// is read. The SQL lives beside this file in `migrations/`.
const V18: &str = include_str!("migrations/v18_training_order.sql");

/// V19 (issue 12, the import of 100,000 employees): the golongan and TMT
/// rules of `pegawai` become named CHECK constraints (same rows refused,
/// same messages) instead of four triggers, whose presence made SQLite keep
/// a statement journal for every insert and update of an employee. The
/// table is rebuilt as V13 did, every row, key, index and the id counter
/// kept. Runs with foreign keys off. The SQL lives beside this file in
/// `migrations/`.
const V19: &str = include_str!("migrations/v19_rules_as_checks.sql");

/// The names of V19's two constraints, in the order they close the
/// definition of `pegawai` (each is also the text after "CHECK constraint
/// failed: " in SQLite's message).
pub const RULE_CHECKS_OF_V19: &[&str] = &[
    "tmt_pengangkatan in the month of NIP digits 9-14",
    "golongan IS NOT NULL for PNS/CPNS",
];

/// The tables V19 rebuilt, and the triggers it replaced.
pub const REBUILT_IN_V19: &[&str] = &["pegawai"];
pub const TRIGGERS_GONE_IN_V19: &[&str] = &[
    "pegawai_golongan_wajib_tambah",
    "pegawai_golongan_wajib_ubah",
    "pegawai_tmt_nip_tambah",
    "pegawai_tmt_nip_ubah",
];

/// The tables V12 rebuilt with AUTOINCREMENT, in its order.
pub const REBUILT_IN_V12: &[&str] = &[
    "unit_kerja",
    "pegawai",
    "riwayat_status",
    "kompetensi",
    "standar_kompetensi",
    "penilaian_kompetensi",
    "mitra",
    "pelatihan",
    "peserta_pelatihan",
    "rencana_pengembangan",
    "evaluasi_kinerja",
    "monitoring_pasca_pelatihan",
    "kerja_sama",
    "magang",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::enums::*;

    /// V17's chain of the audit's actions holds exactly the enum's codes,
    /// and the rebuilt table still refuses any other.
    #[test]
    fn v17_checks_the_audit_actions_as_a_chain_of_the_enum_codes() {
        let chain: Vec<String> = AuditAction::ALL
            .iter()
            .map(|a| format!("aksi = '{}'", a.as_code()))
            .collect();
        let chain = format!("CHECK ({})", chain.join(" OR "));
        assert!(V17.contains(&chain), "{chain}");
        assert!(!V17.contains("CHECK (aksi IN"));
        let conn = crate::db::open_in_memory().unwrap();
        let add = |aksi: &str| {
            conn.execute(
                "INSERT INTO audit (waktu, pengguna, entitas, entitas_id, aksi)
                 VALUES ('2026-12-02T12:00:00', 'budi', 'pegawai', 1, ?1)",
                [aksi],
            )
        };
        for a in AuditAction::ALL {
            add(a.as_code()).unwrap();
        }
        for bad in ["tambah", "UBAH ", "X", ""] {
            let e = add(bad).expect_err(bad);
            assert!(
                e.to_string().contains("CHECK constraint failed"),
                "{bad}: {e}"
            );
        }
    }

    /// The CHECK lists are literal SQL; they must hold exactly the enum codes.
    #[test]
    fn check_lists_match_the_domain_enums() {
        let lists = [
            AsnKind::sql_list(),
            PositionKind::sql_list(),
            JfLevel::sql_list(),
            EmployeeStatus::sql_list(),
            Education::sql_list(),
            UnitKind::sql_list(),
            CompetencyKind::sql_list(),
            AssessmentMethod::sql_list(),
            TrainingType::sql_list(),
            CompetencyGroup::sql_list(),
            FundingSource::sql_list(),
            TrainingStatus::sql_list(),
            ProposalSource::sql_list(),
            EnrollmentStatus::sql_list(),
            PeriodKind::sql_list(),
            Rating::sql_list(),
            PartnerKind::sql_list(),
            AgreementDoc::sql_list(),
            AgreementLifecycle::sql_list(),
            StudyLevel::sql_list(),
            InternScheme::sql_list(),
            InternStatus::sql_list(),
            Priority::sql_list(),
            PlanStatus::sql_list(),
            AuditAction::sql_list(),
            KirkpatrickLevel::sql_list(),
            Respondent::sql_list(),
            OrgPredicate::sql_list(),
            CoreValue::sql_list(),
        ];
        let compact: String = [V1, V3, V10]
            .concat()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("");
        for list in lists {
            assert!(
                compact.contains(&format!("IN({list})")),
                "schema lacks CHECK list {list}"
            );
        }
    }
}
