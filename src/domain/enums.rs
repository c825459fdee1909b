//! The closed enumerations of the domain (domain.md §9). Each one has a stable
//! database/CSV code (`as_code` / `from_code`); the text shown to people lives in
//! `crate::i18n`.

/// Defines a code enum: a variant list with the code stored in the database.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every variant, in the order the domain lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code stored in the database and written to files.
            pub fn as_code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a stored code (exact, upper case).
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The SQL list `'A','B',…` used by CHECK constraints.
            pub fn sql_list() -> String {
                Self::ALL.iter().map(|v| format!("'{}'", v.as_code())).collect::<Vec<_>>().join(",")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_code())
            }
        }
    };
}

code_enum!(
    /// Sex as written in NIP digit 15 and the NIK day.
    Gender { Male = "L", Female = "P" }
);

code_enum!(
    /// Kind of ASN (domain.md §9 pegawai.jenis_asn).
    AsnKind { Pns = "PNS", Cpns = "CPNS", Pppk = "PPPK", PppkParuhWaktu = "PPPK_PARUH_WAKTU" }
);

impl AsnKind {
    /// PNS and CPNS carry a PNS NIP and a PNS golongan; PPPK carry an NI PPPK.
    pub fn is_pppk(self) -> bool {
        matches!(self, AsnKind::Pppk | AsnKind::PppkParuhWaktu)
    }
}

code_enum!(
    /// Kind of position (domain.md §4.6).
    PositionKind {
        JptUtama = "JPT_UTAMA",
        JptMadya = "JPT_MADYA",
        JptPratama = "JPT_PRATAMA",
        Administrator = "ADMINISTRATOR",
        Pengawas = "PENGAWAS",
        Pelaksana = "PELAKSANA",
        JfKeahlian = "JF_KEAHLIAN",
        JfKeterampilan = "JF_KETERAMPILAN",
    }
);

impl PositionKind {
    /// Functional positions need a jenjang; structural ones must not have one.
    pub fn is_functional(self) -> bool {
        matches!(
            self,
            PositionKind::JfKeahlian | PositionKind::JfKeterampilan
        )
    }
}

code_enum!(
    /// Level of a functional position (jenjang JF).
    JfLevel {
        AhliUtama = "AHLI_UTAMA",
        AhliMadya = "AHLI_MADYA",
        AhliMuda = "AHLI_MUDA",
        AhliPertama = "AHLI_PERTAMA",
        Penyelia = "PENYELIA",
        Mahir = "MAHIR",
        Terampil = "TERAMPIL",
        Pemula = "PEMULA",
    }
);

impl JfLevel {
    /// Ahli levels belong to JF keahlian, the others to JF keterampilan.
    pub fn position_kind(self) -> PositionKind {
        match self {
            JfLevel::AhliUtama | JfLevel::AhliMadya | JfLevel::AhliMuda | JfLevel::AhliPertama => {
                PositionKind::JfKeahlian
            }
            _ => PositionKind::JfKeterampilan,
        }
    }
}

code_enum!(
    /// Employment status (domain.md §9, plus MUTASI_KELUAR for transfers out).
    EmployeeStatus {
        Aktif = "AKTIF",
        Cuti = "CUTI",
        TugasBelajar = "TUGAS_BELAJAR",
        DiberhentikanSementara = "DIBERHENTIKAN_SEMENTARA",
        Pensiun = "PENSIUN",
        MutasiKeluar = "MUTASI_KELUAR",
        Berhenti = "BERHENTI",
        Meninggal = "MENINGGAL",
    }
);

impl EmployeeStatus {
    /// Still on the city's payroll (shown in active lists, counted for the JP rule).
    pub fn is_in_service(self) -> bool {
        matches!(
            self,
            EmployeeStatus::Aktif
                | EmployeeStatus::Cuti
                | EmployeeStatus::TugasBelajar
                | EmployeeStatus::DiberhentikanSementara
        )
    }
}

code_enum!(
    /// Highest education (domain.md §4.7).
    Education {
        Sd = "SD", Smp = "SMP", Sma = "SMA", D1 = "D1", D2 = "D2", D3 = "D3",
        D4 = "D4", S1 = "S1", S2 = "S2", S3 = "S3",
    }
);

code_enum!(
    /// Kind of unit (domain.md §9 unit_kerja.jenis; BIDANG for sub-units).
    UnitKind {
        Sekretariat = "SEKRETARIAT",
        Inspektorat = "INSPEKTORAT",
        Badan = "BADAN",
        Dinas = "DINAS",
        SatpolPpWh = "SATPOL_PP_WH",
        Kecamatan = "KECAMATAN",
        Bidang = "BIDANG",
        Lainnya = "LAINNYA",
    }
);

code_enum!(
    /// Kind of competency (PermenPAN-RB 38/2017).
    CompetencyKind { Manajerial = "MANAJERIAL", SosialKultural = "SOSIAL_KULTURAL", Teknis = "TEKNIS" }
);

code_enum!(
    /// How an actual competency level was assessed.
    AssessmentMethod {
        AssessmentCenter = "ASSESSMENT_CENTER",
        Cact = "CACT",
        UjiKompetensi = "UJI_KOMPETENSI",
        PenilaianAtasan = "PENILAIAN_ATASAN",
        SelfAssessment = "SELF_ASSESSMENT",
    }
);

code_enum!(
    /// Development path (domain.md §2.3).
    TrainingPath { Pendidikan = "PENDIDIKAN", Pelatihan = "PELATIHAN" }
);

code_enum!(
    /// Classical (face to face) or non-classical.
    TrainingForm { Klasikal = "KLASIKAL", NonKlasikal = "NON_KLASIKAL" }
);

code_enum!(
    /// Kind of development activity (domain.md §2.3 plus Latsar and leadership trainings).
    TrainingType {
        Kepemimpinan = "KEPEMIMPINAN",
        Manajerial = "MANAJERIAL",
        Teknis = "TEKNIS",
        Fungsional = "FUNGSIONAL",
        SosialKultural = "SOSIAL_KULTURAL",
        Seminar = "SEMINAR",
        Workshop = "WORKSHOP",
        Kursus = "KURSUS",
        Penataran = "PENATARAN",
        Bimtek = "BIMTEK",
        Sosialisasi = "SOSIALISASI",
        Coaching = "COACHING",
        Mentoring = "MENTORING",
        ELearning = "E_LEARNING",
        JarakJauh = "JARAK_JAUH",
        Datasering = "DATASERING",
        AlamTerbuka = "ALAM_TERBUKA",
        PatokBanding = "PATOK_BANDING",
        Pertukaran = "PERTUKARAN",
        BelajarMandiri = "BELAJAR_MANDIRI",
        KomunitasBelajar = "KOMUNITAS_BELAJAR",
        BimbinganTempatKerja = "BIMBINGAN_TEMPAT_KERJA",
        MagangAsn = "MAGANG_ASN",
        Latsar = "LATSAR",
        Pkp = "PKP",
        Pka = "PKA",
        PknI = "PKN_I",
        PknII = "PKN_II",
        TugasBelajar = "TUGAS_BELAJAR",
        IzinBelajar = "IZIN_BELAJAR",
    }
);

code_enum!(
    /// Competency group a training addresses.
    CompetencyGroup {
        Manajerial = "MANAJERIAL",
        Teknis = "TEKNIS",
        Fungsional = "FUNGSIONAL",
        SosialKultural = "SOSIAL_KULTURAL",
    }
);

code_enum!(
    /// Who pays.
    FundingSource { Apbk = "APBK", Apba = "APBA", Apbn = "APBN", Mandiri = "MANDIRI", Mitra = "MITRA" }
);

code_enum!(
    /// Lifecycle of a training in the catalogue.
    TrainingStatus {
        Rencana = "RENCANA",
        Pendaftaran = "PENDAFTARAN",
        Berjalan = "BERJALAN",
        Selesai = "SELESAI",
        Batal = "BATAL",
    }
);

code_enum!(
    /// Where an enrollment came from.
    ProposalSource { Opd = "OPD", Akpk = "AKPK", Mandiri = "MANDIRI", Penugasan = "PENUGASAN" }
);

code_enum!(
    /// State of one person's participation. LULUS (passed, graded) and SELESAI
    /// (attended a non-graded activity) are the completed states that earn JP.
    EnrollmentStatus {
        Diusulkan = "DIUSULKAN",
        Disetujui = "DISETUJUI",
        Ditolak = "DITOLAK",
        Terdaftar = "TERDAFTAR",
        Mengikuti = "MENGIKUTI",
        Lulus = "LULUS",
        Selesai = "SELESAI",
        TidakLulus = "TIDAK_LULUS",
        MengundurkanDiri = "MENGUNDURKAN_DIRI",
    }
);

impl EnrollmentStatus {
    /// Completed participation: the only states for which JP is credited.
    pub fn is_completed(self) -> bool {
        matches!(self, EnrollmentStatus::Lulus | EnrollmentStatus::Selesai)
    }
}

code_enum!(
    /// Kind of evaluation period (PermenPAN-RB 6/2022).
    PeriodKind { Tahunan = "TAHUNAN", Semester = "SEMESTER", Triwulan = "TRIWULAN", Bulanan = "BULANAN" }
);

impl PeriodKind {
    /// How many periods of this kind a year has (periode_ke runs 1..=count).
    pub fn periods_per_year(self) -> u32 {
        match self {
            PeriodKind::Tahunan => 1,
            PeriodKind::Semester => 2,
            PeriodKind::Triwulan => 4,
            PeriodKind::Bulanan => 12,
        }
    }
}

code_enum!(
    /// Work-result and behaviour ratings (domain.md §3.2).
    Rating { DiAtas = "DI_ATAS", Sesuai = "SESUAI", DiBawah = "DI_BAWAH" }
);

code_enum!(
    /// Employee predicate from the 3×3 table (domain.md §3.2).
    Predicate {
        SangatBaik = "SANGAT_BAIK",
        Baik = "BAIK",
        ButuhPerbaikan = "BUTUH_PERBAIKAN",
        KurangMisconduct = "KURANG_MISCONDUCT",
        SangatKurang = "SANGAT_KURANG",
    }
);

code_enum!(
    /// Organisation predicate of a unit for a period (capaian kinerja
    /// organisasi, domain.md §3.2): it bounds its employees' predicates.
    OrgPredicate {
        Istimewa = "ISTIMEWA",
        Baik = "BAIK",
        ButuhPerbaikan = "BUTUH_PERBAIKAN",
        Kurang = "KURANG",
        SangatKurang = "SANGAT_KURANG",
    }
);

code_enum!(
    /// The seven BerAKHLAK core values (domain.md §3.3).
    CoreValue {
        BerorientasiPelayanan = "BERORIENTASI_PELAYANAN",
        Akuntabel = "AKUNTABEL",
        Kompeten = "KOMPETEN",
        Harmonis = "HARMONIS",
        Loyal = "LOYAL",
        Adaptif = "ADAPTIF",
        Kolaboratif = "KOLABORATIF",
    }
);

code_enum!(
    /// Kirkpatrick level of a post-training follow-up.
    KirkpatrickLevel { Reaksi = "REAKSI", Pembelajaran = "PEMBELAJARAN", Perilaku = "PERILAKU", Hasil = "HASIL" }
);

code_enum!(
    /// Who answered a post-training follow-up.
    Respondent { Alumni = "ALUMNI", Atasan = "ATASAN", Rekan = "REKAN" }
);

code_enum!(
    /// Kind of partner.
    PartnerKind {
        PerguruanTinggi = "PERGURUAN_TINGGI",
        Swasta = "SWASTA",
        Bumn = "BUMN",
        Bumd = "BUMD",
        Komunitas = "KOMUNITAS",
        Instansi = "INSTANSI",
    }
);

code_enum!(
    /// Agreement document: Kesepakatan Bersama (MoU) or PKS under it.
    AgreementDoc { Mou = "MOU", Pks = "PKS" }
);

code_enum!(
    /// Lifecycle recorded by people; validity (aktif / akan berakhir /
    /// kedaluwarsa) is computed from dates, see `domain::agreement`.
    AgreementLifecycle { Draft = "DRAFT", Ditandatangani = "DITANDATANGANI", Diperpanjang = "DIPERPANJANG", Diakhiri = "DIAKHIRI" }
);

code_enum!(
    /// Computed validity of an agreement (contract §1.4).
    AgreementStatus {
        Draft = "DRAFT",
        BelumBerlaku = "BELUM_BERLAKU",
        Aktif = "AKTIF",
        AkanBerakhir = "AKAN_BERAKHIR",
        Kedaluwarsa = "KEDALUWARSA",
        Diperpanjang = "DIPERPANJANG",
        Diakhiri = "DIAKHIRI",
    }
);

code_enum!(
    /// Study level of an intern.
    StudyLevel { D3 = "D3", D4 = "D4", S1 = "S1", S2 = "S2" }
);

code_enum!(
    /// Internship scheme.
    InternScheme { Mandiri = "MANDIRI", Mbkm = "MBKM", Pkl = "PKL", Penelitian = "PENELITIAN" }
);

code_enum!(
    /// State of a student internship.
    InternStatus {
        Diajukan = "DIAJUKAN",
        Diterima = "DITERIMA",
        Ditolak = "DITOLAK",
        Berjalan = "BERJALAN",
        Selesai = "SELESAI",
        Batal = "BATAL",
    }
);

code_enum!(
    /// Development-plan priority (AKPK).
    Priority { Tinggi = "TINGGI", Sedang = "SEDANG", Rendah = "RENDAH" }
);

code_enum!(
    /// Development-plan line status.
    PlanStatus { Usulan = "USULAN", Disetujui = "DISETUJUI", Terlaksana = "TERLAKSANA", Ditunda = "DITUNDA" }
);

code_enum!(
    /// What an audit row records.
    AuditAction { Tambah = "TAMBAH", Ubah = "UBAH", Hapus = "HAPUS" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_for_every_enum_variant() {
        for v in TrainingType::ALL {
            assert_eq!(TrainingType::from_code(v.as_code()), Some(*v));
        }
        for v in EnrollmentStatus::ALL {
            assert_eq!(EnrollmentStatus::from_code(v.as_code()), Some(*v));
        }
        assert_eq!(Gender::from_code("X"), None);
        assert_eq!(
            AsnKind::sql_list(),
            "'PNS','CPNS','PPPK','PPPK_PARUH_WAKTU'"
        );
    }

    #[test]
    fn only_lulus_and_selesai_count_as_completed() {
        let done: Vec<_> = EnrollmentStatus::ALL
            .iter()
            .filter(|s| s.is_completed())
            .collect();
        assert_eq!(
            done,
            vec![&EnrollmentStatus::Lulus, &EnrollmentStatus::Selesai]
        );
    }
}
