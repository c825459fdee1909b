//! Names of enum values shown to people, in Bahasa Indonesia and English.
//!
//! Every enum of `crate::domain::enums` implements [`Label`]:
//! `AsnKind::PppkParuhWaktu.label(Lang::Id) == "PPPK Paruh Waktu"`.
//! The matches are exhaustive, so a new variant does not compile without its label.

use super::{Lang, T};
use crate::domain::enums::*;

/// A value with a human label in each language.
pub trait Label: Copy + PartialEq + 'static {
    /// The label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// Both labels.
    fn labels(self) -> T;
    /// The stored code (database, CSV).
    fn code(self) -> &'static str;
    /// Every value, in the domain's order.
    fn variants() -> &'static [Self];
}

/// The label of `value` in `lang` (same as `value.label(lang)`).
pub fn label<E: Label>(lang: Lang, value: E) -> &'static str {
    value.label(lang)
}

/// Every value with its label in `lang`, in the domain's order (for choice
/// fields and filters).
pub fn options<E: Label>(lang: Lang) -> Vec<(E, &'static str)> {
    E::variants().iter().map(|v| (*v, v.label(lang))).collect()
}

/// Reads a value typed or imported as its code or as its label in either
/// language (case-insensitive, surrounding spaces ignored).
pub fn parse_any<E: Label>(text: &str) -> Option<E> {
    let t = text.trim();
    E::variants().iter().copied().find(|v| {
        let l = v.labels();
        v.code().eq_ignore_ascii_case(t)
            || l.id.to_lowercase() == t.to_lowercase()
            || l.en.to_lowercase() == t.to_lowercase()
    })
}

macro_rules! labels {
    ($ty:ident { $($v:ident => $id:literal, $en:literal;)+ }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                self.labels().get(lang)
            }
            fn labels(self) -> T {
                match self { $($ty::$v => T::new($id, $en)),+ }
            }
            fn code(self) -> &'static str {
                self.as_code()
            }
            fn variants() -> &'static [Self] {
                $ty::ALL
            }
        }
    };
}

labels!(Gender {
    Male => "Laki-laki", "Male";
    Female => "Perempuan", "Female";
});

labels!(AsnKind {
    Pns => "PNS", "PNS";
    Cpns => "CPNS", "CPNS";
    Pppk => "PPPK", "PPPK";
    PppkParuhWaktu => "PPPK Paruh Waktu", "PPPK part-time";
});

labels!(PositionKind {
    JptUtama => "JPT Utama", "JPT Utama";
    JptMadya => "JPT Madya", "JPT Madya";
    JptPratama => "JPT Pratama", "JPT Pratama";
    Administrator => "Administrator", "Administrator";
    Pengawas => "Pengawas", "Supervisor";
    Pelaksana => "Pelaksana", "Staff";
    JfKeahlian => "JF Keahlian", "Functional (expert)";
    JfKeterampilan => "JF Keterampilan", "Functional (skilled)";
});

labels!(JfLevel {
    AhliUtama => "Ahli Utama", "Principal expert";
    AhliMadya => "Ahli Madya", "Middle expert";
    AhliMuda => "Ahli Muda", "Junior expert";
    AhliPertama => "Ahli Pertama", "First expert";
    Penyelia => "Penyelia", "Senior skilled";
    Mahir => "Mahir", "Advanced skilled";
    Terampil => "Terampil", "Skilled";
    Pemula => "Pemula", "Entry skilled";
});

labels!(EmployeeStatus {
    Aktif => "Aktif", "Active";
    Cuti => "Cuti", "On leave";
    TugasBelajar => "Tugas belajar", "Study assignment";
    DiberhentikanSementara => "Diberhentikan sementara", "Suspended";
    Pensiun => "Pensiun", "Retired";
    MutasiKeluar => "Mutasi keluar", "Transferred out";
    Berhenti => "Berhenti", "Resigned";
    Meninggal => "Meninggal", "Deceased";
});

labels!(Education {
    Sd => "SD", "Primary school (SD)";
    Smp => "SMP", "Junior secondary (SMP)";
    Sma => "SMA/SMK", "Senior secondary (SMA)";
    D1 => "D1", "Diploma 1";
    D2 => "D2", "Diploma 2";
    D3 => "D3", "Diploma 3";
    D4 => "D4", "Diploma 4";
    S1 => "S1", "Bachelor (S1)";
    S2 => "S2", "Master (S2)";
    S3 => "S3", "Doctorate (S3)";
});

labels!(UnitKind {
    Sekretariat => "Sekretariat", "Secretariat";
    Inspektorat => "Inspektorat", "Inspectorate";
    Badan => "Badan", "Agency";
    Dinas => "Dinas", "Department";
    SatpolPpWh => "Satpol PP dan WH", "Municipal police (Satpol PP & WH)";
    Kecamatan => "Kecamatan", "District office";
    Bidang => "Bidang", "Division";
    Lainnya => "Lainnya", "Other";
});

labels!(CompetencyKind {
    Manajerial => "Manajerial", "Managerial";
    SosialKultural => "Sosial kultural", "Socio-cultural";
    Teknis => "Teknis", "Technical";
});

labels!(AssessmentMethod {
    AssessmentCenter => "Assessment center", "Assessment centre";
    Cact => "CACT", "CACT";
    UjiKompetensi => "Uji kompetensi", "Competency test";
    PenilaianAtasan => "Penilaian atasan", "Superior's assessment";
    SelfAssessment => "Penilaian diri", "Self-assessment";
});

labels!(TrainingPath {
    Pendidikan => "Pendidikan", "Education";
    Pelatihan => "Pelatihan", "Training";
});

labels!(TrainingForm {
    Klasikal => "Klasikal", "Classroom";
    NonKlasikal => "Non-klasikal", "Non-classroom";
});

labels!(TrainingType {
    Kepemimpinan => "Pelatihan struktural kepemimpinan", "Leadership training";
    Manajerial => "Pelatihan manajerial", "Managerial training";
    Teknis => "Pelatihan teknis", "Technical training";
    Fungsional => "Pelatihan fungsional", "Functional training";
    SosialKultural => "Pelatihan sosial kultural", "Socio-cultural training";
    Seminar => "Seminar/konferensi/sarasehan", "Seminar/conference";
    Workshop => "Workshop/lokakarya", "Workshop";
    Kursus => "Kursus", "Course";
    Penataran => "Penataran", "Upgrading course (penataran)";
    Bimtek => "Bimbingan teknis (bimtek)", "Technical guidance (bimtek)";
    Sosialisasi => "Sosialisasi", "Briefing (sosialisasi)";
    Coaching => "Coaching", "Coaching";
    Mentoring => "Mentoring", "Mentoring";
    ELearning => "E-learning", "E-learning";
    JarakJauh => "Pelatihan jarak jauh", "Distance training";
    Datasering => "Datasering", "Secondment";
    AlamTerbuka => "Pembelajaran alam terbuka", "Outdoor learning";
    PatokBanding => "Patok banding", "Benchmarking";
    Pertukaran => "Pertukaran pegawai", "Staff exchange";
    BelajarMandiri => "Belajar mandiri", "Self-study";
    KomunitasBelajar => "Komunitas belajar", "Community of practice";
    BimbinganTempatKerja => "Bimbingan di tempat kerja", "On-the-job guidance";
    MagangAsn => "Magang/praktik kerja", "Work placement";
    Latsar => "Latsar CPNS", "CPNS basic training (Latsar)";
    Pkp => "PKP (Kepemimpinan Pengawas)", "PKP (supervisor leadership)";
    Pka => "PKA (Kepemimpinan Administrator)", "PKA (administrator leadership)";
    PknI => "PKN Tingkat I", "PKN level I (national leadership)";
    PknII => "PKN Tingkat II", "PKN level II (national leadership)";
    TugasBelajar => "Tugas belajar", "Study assignment";
    IzinBelajar => "Izin belajar", "Study permit";
});

labels!(CompetencyGroup {
    Manajerial => "Manajerial", "Managerial";
    Teknis => "Teknis", "Technical";
    Fungsional => "Fungsional", "Functional";
    SosialKultural => "Sosial kultural", "Socio-cultural";
});

labels!(FundingSource {
    Apbk => "APBK", "City budget (APBK)";
    Apba => "APBA", "Aceh budget (APBA)";
    Apbn => "APBN", "State budget (APBN)";
    Mandiri => "Mandiri", "Self-funded";
    Mitra => "Mitra", "Partner";
});

labels!(TrainingStatus {
    Rencana => "Rencana", "Planned";
    Pendaftaran => "Pendaftaran", "Registration";
    Berjalan => "Berjalan", "Running";
    Selesai => "Selesai", "Finished";
    Batal => "Batal", "Cancelled";
});

labels!(ProposalSource {
    Opd => "OPD", "Unit (OPD)";
    Akpk => "AKPK", "Needs analysis (AKPK)";
    Mandiri => "Mandiri", "Self-proposed";
    Penugasan => "Penugasan", "Assignment";
});

labels!(EnrollmentStatus {
    Diusulkan => "Diusulkan", "Proposed";
    Disetujui => "Disetujui", "Approved";
    Ditolak => "Ditolak", "Rejected";
    Terdaftar => "Terdaftar", "Registered";
    Mengikuti => "Mengikuti", "Attending";
    Lulus => "Lulus", "Passed";
    Selesai => "Selesai", "Completed";
    TidakLulus => "Tidak lulus", "Failed";
    MengundurkanDiri => "Mengundurkan diri", "Withdrew";
});

labels!(PeriodKind {
    Tahunan => "Tahunan", "Annual";
    Semester => "Semester", "Semester";
    Triwulan => "Triwulan", "Quarterly";
    Bulanan => "Bulanan", "Monthly";
});

/// The one way a period is named on screen and in reports: the kind, the
/// number within the year (not for an annual period), the year —
/// `Triwulan 3 2026`, `Tahunan 2025`; `Quarter 3 2026`, `Annual 2025`.
pub fn period_name(lang: Lang, kind: PeriodKind, no: u32, year: i32) -> String {
    let noun = match kind {
        PeriodKind::Tahunan => return format!("{} {year}", kind.label(lang)),
        PeriodKind::Semester => T::new("Semester", "Half-year"),
        PeriodKind::Triwulan => T::new("Triwulan", "Quarter"),
        PeriodKind::Bulanan => T::new("Bulan", "Month"),
    };
    format!("{} {no} {year}", noun.get(lang))
}

labels!(Rating {
    DiAtas => "Di atas ekspektasi", "Above expectation";
    Sesuai => "Sesuai ekspektasi", "Meets expectation";
    DiBawah => "Di bawah ekspektasi", "Below expectation";
});

labels!(Predicate {
    SangatBaik => "Sangat Baik", "Very good";
    Baik => "Baik", "Good";
    ButuhPerbaikan => "Butuh Perbaikan", "Needs improvement";
    KurangMisconduct => "Kurang/Misconduct", "Poor/Misconduct";
    SangatKurang => "Sangat Kurang", "Very poor";
});

labels!(OrgPredicate {
    Istimewa => "Istimewa", "Outstanding";
    Baik => "Baik", "Good";
    ButuhPerbaikan => "Butuh Perbaikan", "Needs improvement";
    Kurang => "Kurang", "Poor";
    SangatKurang => "Sangat Kurang", "Very poor";
});

labels!(CoreValue {
    BerorientasiPelayanan => "Berorientasi Pelayanan", "Service-oriented";
    Akuntabel => "Akuntabel", "Accountable";
    Kompeten => "Kompeten", "Competent";
    Harmonis => "Harmonis", "Harmonious";
    Loyal => "Loyal", "Loyal";
    Adaptif => "Adaptif", "Adaptive";
    Kolaboratif => "Kolaboratif", "Collaborative";
});

labels!(KirkpatrickLevel {
    Reaksi => "Reaksi", "Reaction";
    Pembelajaran => "Pembelajaran", "Learning";
    Perilaku => "Perilaku", "Behaviour";
    Hasil => "Hasil", "Results";
});

labels!(Respondent {
    Alumni => "Alumni", "Alumnus";
    Atasan => "Atasan", "Superior";
    Rekan => "Rekan kerja", "Peer";
});

labels!(PartnerKind {
    PerguruanTinggi => "Perguruan tinggi", "University";
    Swasta => "Swasta", "Private company";
    Bumn => "BUMN", "State-owned enterprise";
    Bumd => "BUMD", "Regional enterprise";
    Komunitas => "Komunitas / LSM", "Community / NGO";
    Instansi => "Instansi pemerintah", "Government agency";
});

labels!(AgreementDoc {
    Mou => "Kesepakatan Bersama (MoU)", "Memorandum of understanding (MoU)";
    Pks => "Perjanjian Kerja Sama (PKS)", "Cooperation agreement (PKS)";
});

labels!(AgreementLifecycle {
    Draft => "Draf", "Draft";
    Ditandatangani => "Ditandatangani", "Signed";
    Diperpanjang => "Diperpanjang", "Extended";
    Diakhiri => "Diakhiri", "Terminated";
});

labels!(AgreementStatus {
    Draft => "Draf", "Draft";
    BelumBerlaku => "Belum berlaku", "Not yet in force";
    Aktif => "Aktif", "Active";
    AkanBerakhir => "Akan berakhir", "Expiring";
    Kedaluwarsa => "Kedaluwarsa", "Expired";
    Diperpanjang => "Diperpanjang", "Renewed";
    Diakhiri => "Diakhiri", "Terminated";
});

labels!(StudyLevel {
    D3 => "D3", "Diploma 3";
    D4 => "D4", "Diploma 4";
    S1 => "S1", "Bachelor (S1)";
    S2 => "S2", "Master (S2)";
});

labels!(InternScheme {
    Mandiri => "Mandiri", "Independent";
    Mbkm => "MBKM (Kampus Merdeka)", "MBKM (Kampus Merdeka)";
    Pkl => "PKL", "Field practice (PKL)";
    Penelitian => "Penelitian", "Research";
});

labels!(InternStatus {
    Diajukan => "Diajukan", "Applied";
    Diterima => "Diterima", "Accepted";
    Ditolak => "Ditolak", "Rejected";
    Berjalan => "Berjalan", "Ongoing";
    Selesai => "Selesai", "Completed";
    Batal => "Batal", "Cancelled";
});

labels!(Priority {
    Tinggi => "Tinggi", "High";
    Sedang => "Sedang", "Medium";
    Rendah => "Rendah", "Low";
});

labels!(PlanStatus {
    Usulan => "Usulan", "Proposed";
    Disetujui => "Disetujui", "Approved";
    Terlaksana => "Terlaksana", "Done";
    Ditunda => "Ditunda", "Postponed";
});

labels!(AuditAction {
    Tambah => "Tambah", "Added";
    Ubah => "Ubah", "Changed";
    Hapus => "Hapus", "Deleted";
});

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Each enum's labels are non-empty and distinct within a language, so a
    /// choice field never shows two identical entries and `parse_any` is exact.
    fn distinct<E: Label + std::fmt::Debug>() {
        for lang in [Lang::Id, Lang::En] {
            let mut seen = HashSet::new();
            for v in E::variants() {
                let l = v.label(lang);
                assert!(!l.trim().is_empty(), "{v:?} has no {lang:?} label");
                assert!(seen.insert(l.to_lowercase()), "{v:?}: label {l:?} repeats");
                assert_eq!(parse_any::<E>(l), Some(*v), "{l:?} does not read back");
                assert_eq!(parse_any::<E>(v.code()), Some(*v));
            }
        }
    }

    #[test]
    fn every_enum_has_distinct_labels_in_both_languages() {
        distinct::<Gender>();
        distinct::<AsnKind>();
        distinct::<PositionKind>();
        distinct::<JfLevel>();
        distinct::<EmployeeStatus>();
        distinct::<Education>();
        distinct::<UnitKind>();
        distinct::<CompetencyKind>();
        distinct::<AssessmentMethod>();
        distinct::<TrainingPath>();
        distinct::<TrainingForm>();
        distinct::<TrainingType>();
        distinct::<CompetencyGroup>();
        distinct::<FundingSource>();
        distinct::<TrainingStatus>();
        distinct::<ProposalSource>();
        distinct::<EnrollmentStatus>();
        distinct::<PeriodKind>();
        distinct::<Rating>();
        distinct::<Predicate>();
        distinct::<KirkpatrickLevel>();
        distinct::<Respondent>();
        distinct::<PartnerKind>();
        distinct::<AgreementDoc>();
        distinct::<AgreementLifecycle>();
        distinct::<AgreementStatus>();
        distinct::<StudyLevel>();
        distinct::<InternScheme>();
        distinct::<InternStatus>();
        distinct::<Priority>();
        distinct::<PlanStatus>();
        distinct::<AuditAction>();
    }

    #[test]
    fn official_labels_are_spelled_as_the_regulations_do() {
        assert_eq!(
            Predicate::KurangMisconduct.label(Lang::Id),
            "Kurang/Misconduct"
        );
        assert_eq!(AsnKind::PppkParuhWaktu.label(Lang::Id), "PPPK Paruh Waktu");
        assert_eq!(AgreementStatus::AkanBerakhir.label(Lang::En), "Expiring");
        assert_eq!(Rating::DiAtas.label(Lang::Id), "Di atas ekspektasi");
        assert_eq!(options::<Priority>(Lang::En)[0], (Priority::Tinggi, "High"));
    }
}
