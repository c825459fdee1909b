//! A small hand-made database for the harness while `peka seed` is not built.

#![allow(dead_code)]

use std::path::Path;

pub fn make(path: &Path) {
    let conn =
        peka::db::open(path, peka::db::OpenMode::CreateIfMissing).expect("create the fixture db");
    conn.execute_batch(
        r#"
        INSERT INTO pengaturan (kunci, nilai) VALUES ('tanggal_acuan', '2026-11-28');
        INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis) VALUES
            (1, 'BKPSDM', 'Badan Kepegawaian dan Pengembangan SDM', 'BKPSDM', 'BADAN'),
            (2, 'DINKES', 'Dinas Kesehatan', 'Dinkes', 'DINAS');
        INSERT INTO pegawai (id, nip, nama, jenis_kelamin, tanggal_lahir, jenis_asn, golongan,
                             jenis_jabatan, nama_jabatan, unit_kerja_id) VALUES
            (1, '198001012005011001', 'Teuku Ahmad Fauzi', 'L', '1980-01-01', 'PNS', 'III/b', 'PELAKSANA', 'Pengadministrasi Umum', 1),
            (2, '198502022010012002', 'Cut Rahmi Safitri', 'P', '1985-02-02', 'PNS', 'III/c', 'PELAKSANA', 'Analis Kepegawaian', 1),
            (3, '199003032015031003', 'Muhammad Iqbal', 'L', '1990-03-03', 'PNS', 'III/a', 'PELAKSANA', 'Perawat', 2);
        INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, jumlah_jp,
                               tanggal_mulai, tanggal_selesai, sumber_dana, status) VALUES
            (1, 'PLT-2026-001', 'Pelatihan Dasar Kepegawaian', 'PELATIHAN', 'KLASIKAL', 'TEKNIS', 'TEKNIS', 24,
             '2026-03-01', '2026-03-03', 'APBK', 'SELESAI');
        INSERT INTO peserta_pelatihan (pelatihan_id, pegawai_id, sumber_usulan, status, jp_diakui) VALUES
            (1, 1, 'OPD', 'SELESAI', 24);
        INSERT INTO mitra (id, nama, jenis) VALUES (1, 'Universitas Malikussaleh', 'PERGURUAN_TINGGI');
        INSERT INTO evaluasi_kinerja (pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja,
                                      rating_perilaku, predikat) VALUES
            (1, 2025, 'TAHUNAN', 1, 'SESUAI', 'SESUAI', 'BAIK'),
            (2, 2025, 'TAHUNAN', 1, 'DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK');
        "#,
    )
    .expect("fill the fixture db");
}
