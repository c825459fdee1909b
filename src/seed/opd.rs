//! The perangkat daerah of Kota Lhokseumawe (Qanun 9/2016, domain.md §5.2)
//! with the posts and functional positions each one is staffed with. The
//! bidang inside BKPSDM is fictional and marked as an assumption, and so are
//! the schools (SD and SMP: SMA/SMK belong to the province, §5.2) and the UPTD
//! Puskesmas (Puskesmas exist, e.g. Puskesmas Muara Dua; the UPTD names per
//! kecamatan are not confirmed) where the teachers and health staff work.

use super::education::Profile;
use super::units::{BIDANG_PKA, BKPSDM, HeadPost, SETDAKO, SubNames, SubUnits, UnitDef};

const D: UnitDef = UnitDef {
    code: "",
    name: "",
    short: "",
    kind: "DINAS",
    weight: 15,
    head: "",
    head_post: HeadPost::Jpt,
    deputies: &[],
    admins: &[],
    supervisors: &[],
    jf: &[
        ("analis_kebijakan", 3),
        ("arsiparis_t", 2),
        ("pranata_komputer_t", 1),
    ],
    jf_share: 25,
    pelaksana: &[],
    profile: Profile::Admin,
    parent: None,
    assumed: false,
    subunits: &[],
};

/// A state primary or junior secondary school: its teachers, one of whom
/// leads it.
const SCHOOL: UnitDef = UnitDef {
    kind: "LAINNYA",
    weight: 0,
    head_post: HeadPost::Teacher,
    jf: &[("guru", 1)],
    jf_share: 100,
    profile: Profile::Educ,
    assumed: true,
    ..D
};

/// A UPTD Puskesmas: a Pengawas heads it; nurses, midwives, doctors,
/// sanitarians and health promoters, with some administrative staff.
const PUSKESMAS: UnitDef = UnitDef {
    kind: "LAINNYA",
    weight: 0,
    head: "Kepala UPTD Puskesmas",
    head_post: HeadPost::Pengawas,
    jf: &[
        ("perawat_t", 10),
        ("perawat", 4),
        ("bidan_t", 8),
        ("bidan", 3),
        ("dokter", 3),
        ("sanitarian", 2),
        ("penyuluh_kesmas", 2),
    ],
    jf_share: 85,
    pelaksana: &["pengelola_kesehatan"],
    profile: Profile::Health,
    assumed: true,
    ..D
};

/// Every unit, in display order (parents before their bidang).
pub const UNITS: &[UnitDef] = &[
    UnitDef {
        code: SETDAKO,
        name: "Sekretariat Daerah",
        short: "Setdako",
        kind: "SEKRETARIAT",
        weight: 50,
        head: "Sekretaris Daerah",
        deputies: &[
            "Asisten Pemerintahan dan Keistimewaan Aceh",
            "Asisten Perekonomian dan Pembangunan",
            "Asisten Administrasi Umum",
        ],
        admins: &[
            "Kepala Bagian Pemerintahan",
            "Kepala Bagian Hukum",
            "Kepala Bagian Organisasi",
            "Kepala Bagian Kesejahteraan Rakyat",
            "Kepala Bagian Protokol dan Komunikasi Pimpinan",
            "Kepala Bagian Pengadaan Barang dan Jasa",
            "Kepala Bagian Umum",
        ],
        supervisors: &[
            "Kepala Subbagian Tata Usaha Pimpinan",
            "Kepala Subbagian Protokol",
            "Kepala Subbagian Rumah Tangga",
            "Kepala Subbagian Bantuan Hukum",
            "Kepala Subbagian Kelembagaan dan Analisis Jabatan",
            "Kepala Subbagian Otonomi Daerah",
            "Kepala Subbagian Keuangan",
            "Kepala Subbagian Kerja Sama",
        ],
        jf: &[
            ("pengelola_pbj", 3),
            ("analis_kebijakan", 3),
            ("pranata_humas", 2),
            ("arsiparis_t", 1),
        ],
        jf_share: 30,
        profile: Profile::Govt,
        ..D
    },
    UnitDef {
        code: "4.02",
        name: "Sekretariat DPRK",
        short: "Setwan",
        kind: "SEKRETARIAT",
        weight: 20,
        head: "Sekretaris DPRK",
        admins: &[
            "Kepala Bagian Umum dan Keuangan",
            "Kepala Bagian Persidangan dan Perundang-undangan",
            "Kepala Bagian Fasilitasi Penganggaran dan Pengawasan",
        ],
        supervisors: &[
            "Kepala Subbagian Tata Usaha dan Kepegawaian",
            "Kepala Subbagian Keuangan",
            "Kepala Subbagian Rapat dan Risalah",
            "Kepala Subbagian Humas dan Protokol",
        ],
        jf: &[
            ("analis_kebijakan", 2),
            ("pranata_humas", 1),
            ("arsiparis_t", 1),
        ],
        profile: Profile::Govt,
        ..D
    },
    UnitDef {
        code: "6.01",
        name: "Inspektorat",
        short: "Inspektorat",
        kind: "INSPEKTORAT",
        weight: 22,
        head: "Inspektur",
        admins: &[
            "Sekretaris Inspektorat",
            "Inspektur Pembantu Wilayah I",
            "Inspektur Pembantu Wilayah II",
            "Inspektur Pembantu Wilayah III",
            "Inspektur Pembantu Khusus",
        ],
        supervisors: &[
            "Kepala Subbagian Umum dan Kepegawaian",
            "Kepala Subbagian Perencanaan dan Keuangan",
            "Kepala Subbagian Evaluasi dan Pelaporan",
        ],
        jf: &[("auditor", 6), ("p2upd", 4)],
        jf_share: 70,
        profile: Profile::Econ,
        ..D
    },
    UnitDef {
        code: BKPSDM,
        name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        short: "BKPSDM",
        kind: "BADAN",
        weight: 22,
        head: "Kepala BKPSDM",
        admins: &[
            "Sekretaris BKPSDM",
            "Kepala Bidang Pengadaan dan Penilaian Kinerja ASN",
            "Kepala Bidang Mutasi dan Promosi",
            "Kepala Bidang Pembinaan dan Kesejahteraan",
        ],
        jf: &[
            ("analis_sdm", 5),
            ("asesor_sdm", 2),
            ("pranata_komputer", 1),
            ("arsiparis_t", 1),
        ],
        jf_share: 45,
        pelaksana: &["pengelola_kepegawaian"],
        ..D
    },
    UnitDef {
        code: BIDANG_PKA,
        name: "Bidang Pengembangan Kompetensi Aparatur",
        short: "Bidang PKA",
        kind: "BIDANG",
        weight: 6,
        head: "Kepala Bidang Pengembangan Kompetensi Aparatur",
        head_post: HeadPost::Administrator,
        jf: &[("analis_sdm", 3), ("asesor_sdm", 2)],
        jf_share: 60,
        pelaksana: &["pengelola_kepegawaian"],
        parent: Some(BKPSDM),
        assumed: true,
        ..D
    },
    UnitDef {
        code: "5.01",
        name: "Badan Perencanaan Pembangunan Daerah",
        short: "Bappeda",
        kind: "BADAN",
        weight: 20,
        head: "Kepala Bappeda",
        admins: &[
            "Sekretaris Bappeda",
            "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi",
            "Kepala Bidang Perekonomian dan Sumber Daya Alam",
            "Kepala Bidang Infrastruktur dan Kewilayahan",
            "Kepala Bidang Pemerintahan dan Pembangunan Manusia",
        ],
        jf: &[("perencana", 6), ("statistisi", 1), ("analis_kebijakan", 1)],
        jf_share: 55,
        profile: Profile::Econ,
        ..D
    },
    UnitDef {
        code: "5.02",
        name: "Badan Pengelolaan Keuangan Daerah",
        short: "BPKD",
        kind: "BADAN",
        weight: 30,
        head: "Kepala BPKD",
        admins: &[
            "Sekretaris BPKD",
            "Kepala Bidang Anggaran",
            "Kepala Bidang Perbendaharaan",
            "Kepala Bidang Akuntansi",
            "Kepala Bidang Pendapatan",
            "Kepala Bidang Aset",
        ],
        jf: &[("analis_keuangan", 4), ("pranata_komputer_t", 1)],
        jf_share: 30,
        pelaksana: &["pengadministrasi_keuangan"],
        profile: Profile::Econ,
        ..D
    },
    UnitDef {
        code: "1.05.02",
        name: "Badan Penanggulangan Bencana Daerah",
        short: "BPBD",
        kind: "BADAN",
        weight: 18,
        head: "Kepala Pelaksana BPBD",
        admins: &[
            "Sekretaris BPBD",
            "Kepala Bidang Pencegahan dan Kesiapsiagaan",
            "Kepala Bidang Kedaruratan dan Logistik",
            "Kepala Bidang Rehabilitasi dan Rekonstruksi",
        ],
        jf: &[("analis_bencana", 2), ("pemadam", 5)],
        jf_share: 50,
        ..D
    },
    UnitDef {
        code: "1.05.01",
        name: "Satuan Polisi Pamong Praja dan Wilayatul Hisbah",
        short: "Satpol PP dan WH",
        kind: "SATPOL_PP_WH",
        weight: 45,
        head: "Kepala Satuan Polisi Pamong Praja dan Wilayatul Hisbah",
        admins: &[
            "Sekretaris Satpol PP dan WH",
            "Kepala Bidang Penegakan Perundang-undangan Daerah",
            "Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
            "Kepala Bidang Penegakan Syariat Islam",
            "Kepala Bidang Perlindungan Masyarakat",
        ],
        jf: &[("polpp", 8), ("polpp_ahli", 2)],
        jf_share: 55,
        pelaksana: &["petugas_wh"],
        profile: Profile::Law,
        ..D
    },
    UnitDef {
        code: "1.01",
        name: "Dinas Pendidikan dan Kebudayaan",
        short: "Disdikbud",
        weight: 330,
        head: "Kepala Dinas Pendidikan dan Kebudayaan",
        admins: &[
            "Sekretaris Dinas Pendidikan dan Kebudayaan",
            "Kepala Bidang Pembinaan Sekolah Dasar",
            "Kepala Bidang Pembinaan Sekolah Menengah Pertama",
            "Kepala Bidang Pendidikan Anak Usia Dini dan Nonformal",
            "Kepala Bidang Kebudayaan",
        ],
        jf: &[
            ("pengawas_sekolah", 4),
            ("analis_kebijakan", 1),
            ("pranata_komputer_t", 1),
        ],
        jf_share: 55,
        profile: Profile::Educ,
        subunits: &[
            SubUnits {
                def: &SCHOOL,
                per_mille: 640,
                staff: 18,
                names: SubNames::Numbered("SD Negeri"),
            },
            SubUnits {
                def: &SCHOOL,
                per_mille: 240,
                staff: 26,
                names: SubNames::Numbered("SMP Negeri"),
            },
        ],
        ..D
    },
    UnitDef {
        code: "1.02",
        name: "Dinas Kesehatan",
        short: "Dinkes",
        weight: 160,
        head: "Kepala Dinas Kesehatan",
        admins: &[
            "Sekretaris Dinas Kesehatan",
            "Kepala Bidang Kesehatan Masyarakat",
            "Kepala Bidang Pencegahan dan Pengendalian Penyakit",
            "Kepala Bidang Pelayanan dan Sumber Daya Kesehatan",
        ],
        jf: &[
            ("perawat_t", 10),
            ("perawat", 4),
            ("bidan_t", 8),
            ("bidan", 3),
            ("dokter", 3),
            ("sanitarian", 2),
            ("penyuluh_kesmas", 2),
        ],
        jf_share: 45,
        pelaksana: &["pengelola_kesehatan"],
        profile: Profile::Health,
        subunits: &[SubUnits {
            def: &PUSKESMAS,
            per_mille: 700,
            staff: 45,
            names: SubNames::PerKecamatan("UPTD Puskesmas"),
        }],
        ..D
    },
    UnitDef {
        code: "1.03",
        name: "Dinas Pekerjaan Umum",
        short: "Dinas PU",
        weight: 25,
        head: "Kepala Dinas Pekerjaan Umum",
        admins: &[
            "Sekretaris Dinas Pekerjaan Umum",
            "Kepala Bidang Bina Marga",
            "Kepala Bidang Sumber Daya Air",
            "Kepala Bidang Cipta Karya dan Tata Ruang",
        ],
        jf: &[("teknik_jalan", 4), ("arsiparis_t", 1)],
        jf_share: 30,
        profile: Profile::Engineer,
        ..D
    },
    UnitDef {
        code: "1.06",
        name: "Dinas Sosial",
        short: "Dinsos",
        head: "Kepala Dinas Sosial",
        admins: &[
            "Sekretaris Dinas Sosial",
            "Kepala Bidang Perlindungan dan Jaminan Sosial",
            "Kepala Bidang Rehabilitasi dan Pemberdayaan Sosial",
        ],
        jf: &[("pekerja_sosial", 4), ("arsiparis_t", 1)],
        jf_share: 35,
        profile: Profile::Social,
        ..D
    },
    UnitDef {
        code: "2.18",
        name: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
        short: "DPMPTSP-Naker",
        head: "Kepala Dinas Penanaman Modal, PTSP dan Tenaga Kerja",
        admins: &[
            "Sekretaris DPMPTSP-Naker",
            "Kepala Bidang Pelayanan Perizinan",
            "Kepala Bidang Penanaman Modal",
            "Kepala Bidang Ketenagakerjaan",
        ],
        ..D
    },
    UnitDef {
        code: "2.10",
        name: "Dinas Pertanahan",
        short: "Dispertanahan",
        weight: 10,
        head: "Kepala Dinas Pertanahan",
        admins: &[
            "Sekretaris Dinas Pertanahan",
            "Kepala Bidang Pengadaan Tanah",
            "Kepala Bidang Penataan Pertanahan",
        ],
        profile: Profile::Law,
        ..D
    },
    UnitDef {
        code: "2.11",
        name: "Dinas Lingkungan Hidup",
        short: "DLH",
        weight: 25,
        head: "Kepala Dinas Lingkungan Hidup",
        admins: &[
            "Sekretaris Dinas Lingkungan Hidup",
            "Kepala Bidang Pengelolaan Sampah",
            "Kepala Bidang Penataan dan Pengendalian Pencemaran",
            "Kepala Bidang Pertamanan",
        ],
        jf: &[("pengendali_dampak", 3)],
        jf_share: 15,
        profile: Profile::Engineer,
        ..D
    },
    UnitDef {
        code: "2.12",
        name: "Dinas Kependudukan dan Pencatatan Sipil",
        short: "Disdukcapil",
        weight: 20,
        head: "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        admins: &[
            "Sekretaris Disdukcapil",
            "Kepala Bidang Pelayanan Pendaftaran Penduduk",
            "Kepala Bidang Pelayanan Pencatatan Sipil",
            "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
        ],
        jf: &[("adminduk", 4), ("pranata_komputer_t", 1)],
        jf_share: 35,
        pelaksana: &["operator_kependudukan"],
        ..D
    },
    UnitDef {
        code: "2.15",
        name: "Dinas Perhubungan",
        short: "Dishub",
        weight: 18,
        head: "Kepala Dinas Perhubungan",
        admins: &[
            "Sekretaris Dinas Perhubungan",
            "Kepala Bidang Lalu Lintas dan Angkutan",
            "Kepala Bidang Sarana dan Prasarana Perhubungan",
        ],
        jf: &[("penguji_kendaraan", 3)],
        jf_share: 25,
        profile: Profile::Engineer,
        ..D
    },
    UnitDef {
        code: "2.16",
        name: "Dinas Komunikasi, Informatika dan Persandian",
        short: "Diskominfo",
        weight: 18,
        head: "Kepala Dinas Komunikasi, Informatika dan Persandian",
        admins: &[
            "Sekretaris Diskominfo",
            "Kepala Bidang Aplikasi Informatika",
            "Kepala Bidang Informasi dan Komunikasi Publik",
            "Kepala Bidang Persandian dan Statistik",
        ],
        jf: &[
            ("pranata_komputer", 4),
            ("pranata_komputer_t", 3),
            ("pksti", 2),
            ("pranata_humas", 2),
            ("sandiman", 1),
            ("statistisi", 1),
        ],
        jf_share: 55,
        profile: Profile::It,
        ..D
    },
    UnitDef {
        code: "2.17",
        name: "Dinas Perindustrian, Perdagangan, Koperasi dan Usaha Kecil Menengah",
        short: "Disperindagkop-UKM",
        head: "Kepala Dinas Perindustrian, Perdagangan, Koperasi dan UKM",
        admins: &[
            "Sekretaris Disperindagkop-UKM",
            "Kepala Bidang Perdagangan",
            "Kepala Bidang Perindustrian",
            "Kepala Bidang Koperasi dan UKM",
        ],
        profile: Profile::Econ,
        ..D
    },
    UnitDef {
        code: "2.19",
        name: "Dinas Pemuda, Olahraga dan Pariwisata",
        short: "Disporapar",
        weight: 12,
        head: "Kepala Dinas Pemuda, Olahraga dan Pariwisata",
        admins: &[
            "Sekretaris Disporapar",
            "Kepala Bidang Kepemudaan dan Olahraga",
            "Kepala Bidang Pariwisata",
        ],
        ..D
    },
    UnitDef {
        code: "2.23",
        name: "Dinas Perpustakaan dan Kearsipan",
        short: "Dispusip",
        weight: 12,
        head: "Kepala Dinas Perpustakaan dan Kearsipan",
        admins: &[
            "Sekretaris Dispusip",
            "Kepala Bidang Perpustakaan",
            "Kepala Bidang Kearsipan",
        ],
        jf: &[
            ("pustakawan", 2),
            ("pustakawan_t", 2),
            ("arsiparis", 2),
            ("arsiparis_t", 2),
        ],
        jf_share: 50,
        profile: Profile::Library,
        ..D
    },
    UnitDef {
        code: "3.25",
        name: "Dinas Kelautan, Perikanan, Pertanian dan Pangan",
        short: "DKPPP",
        weight: 25,
        head: "Kepala Dinas Kelautan, Perikanan, Pertanian dan Pangan",
        admins: &[
            "Sekretaris DKPPP",
            "Kepala Bidang Perikanan Tangkap dan Budidaya",
            "Kepala Bidang Tanaman Pangan dan Hortikultura",
            "Kepala Bidang Ketahanan Pangan",
        ],
        jf: &[("penyuluh_pertanian", 4), ("penyuluh_pertanian_t", 3)],
        jf_share: 45,
        profile: Profile::Agri,
        ..D
    },
    UnitDef {
        code: "9.01",
        name: "Dinas Syariat Islam dan Pendidikan Dayah",
        short: "DSI-PD",
        head: "Kepala Dinas Syariat Islam dan Pendidikan Dayah",
        admins: &[
            "Sekretaris Dinas Syariat Islam dan Pendidikan Dayah",
            "Kepala Bidang Bina Hukum Syariat Islam",
            "Kepala Bidang Pembinaan Dayah",
            "Kepala Bidang Sarana Keagamaan",
        ],
        jf: &[("analis_kebijakan", 2)],
        jf_share: 15,
        profile: Profile::Religion,
        ..D
    },
    UnitDef {
        code: "7.01.02",
        name: "Kecamatan Banda Sakti",
        short: "Kec. Banda Sakti",
        kind: "KECAMATAN",
        weight: 14,
        head: "Camat Banda Sakti",
        head_post: HeadPost::Administrator,
        admins: &["Sekretaris Kecamatan Banda Sakti"],
        jf: &[("polpp", 2), ("arsiparis_t", 1)],
        jf_share: 15,
        profile: Profile::Govt,
        ..D
    },
    UnitDef {
        code: "7.01.01",
        name: "Kecamatan Muara Dua",
        short: "Kec. Muara Dua",
        kind: "KECAMATAN",
        weight: 12,
        head: "Camat Muara Dua",
        head_post: HeadPost::Administrator,
        admins: &["Sekretaris Kecamatan Muara Dua"],
        jf: &[("polpp", 2), ("arsiparis_t", 1)],
        jf_share: 15,
        profile: Profile::Govt,
        ..D
    },
    UnitDef {
        code: "7.01.04",
        name: "Kecamatan Muara Satu",
        short: "Kec. Muara Satu",
        kind: "KECAMATAN",
        weight: 11,
        head: "Camat Muara Satu",
        head_post: HeadPost::Administrator,
        admins: &["Sekretaris Kecamatan Muara Satu"],
        jf: &[("polpp", 2), ("arsiparis_t", 1)],
        jf_share: 15,
        profile: Profile::Govt,
        ..D
    },
    UnitDef {
        code: "7.01.03",
        name: "Kecamatan Blang Mangat",
        short: "Kec. Blang Mangat",
        kind: "KECAMATAN",
        weight: 11,
        head: "Camat Blang Mangat",
        head_post: HeadPost::Administrator,
        admins: &["Sekretaris Kecamatan Blang Mangat"],
        jf: &[("polpp", 2), ("arsiparis_t", 1)],
        jf_share: 15,
        profile: Profile::Govt,
        ..D
    },
];
