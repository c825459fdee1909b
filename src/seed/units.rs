//! The real perangkat daerah of Kota Lhokseumawe (domain.md §5.2) and the
//! kecamatan table (§4.3). Unit names are real; everything about their staff is
//! fictional. Unit codes follow the order of government affairs (urusan) and are
//! local identifiers only; a kecamatan office's code ends like its kecamatan code.

use super::education::Profile;
pub use super::opd::UNITS;

/// One unit of the catalogue and how it is staffed.
#[derive(Debug, Clone, Copy)]
pub struct UnitDef {
    pub code: &'static str,
    pub name: &'static str,
    pub short: &'static str,
    pub kind: &'static str,
    /// Share of the city's staff, per mille of the default workforce.
    pub weight: u32,
    /// Title of the head; `head_jpt` false means the head is an Administrator.
    pub head: &'static str,
    pub head_jpt: bool,
    /// Further JPT Pratama posts (the Setdako assistants).
    pub deputies: &'static [&'static str],
    /// Administrator posts, the secretary first.
    pub admins: &'static [&'static str],
    /// Pengawas posts; empty means the generic list for the kind of unit.
    pub supervisors: &'static [&'static str],
    /// Functional positions (JF catalogue keys) with weights.
    pub jf: &'static [(&'static str, u32)],
    /// Per cent of the non-structural staff in a functional position.
    pub jf_share: u32,
    /// Unit-specific pelaksana titles (catalogue keys) added to the general ones.
    pub pelaksana: &'static [&'static str],
    /// Education profile of the unit's structural and pelaksana staff.
    pub profile: Profile,
    /// The unit is a sub-unit (bidang) of the unit with this code.
    pub parent: Option<&'static str>,
    pub assumed: bool,
}

const DINAS_SUPERVISORS: &[&str] = &[
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Keuangan",
    "Kepala Subbagian Perencanaan dan Pelaporan",
    "Kepala Seksi Perencanaan Teknis",
    "Kepala Seksi Pembinaan dan Pengawasan",
    "Kepala Seksi Pelayanan",
    "Kepala Seksi Data dan Evaluasi",
    "Kepala Seksi Sarana dan Prasarana",
];

const KECAMATAN_SUPERVISORS: &[&str] = &[
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Seksi Pemerintahan",
    "Kepala Seksi Ketenteraman dan Ketertiban Umum",
    "Kepala Seksi Pemberdayaan Masyarakat Gampong",
    "Kepala Seksi Kesejahteraan Sosial",
    "Kepala Seksi Pelayanan Umum",
    "Kepala Subbagian Keuangan",
    "Kepala Subbagian Program dan Pelaporan",
];

impl UnitDef {
    /// The Pengawas titles of this unit.
    pub fn supervisor_titles(&self) -> &'static [&'static str] {
        if !self.supervisors.is_empty() {
            self.supervisors
        } else if self.kind == "KECAMATAN" {
            KECAMATAN_SUPERVISORS
        } else {
            DINAS_SUPERVISORS
        }
    }
}

/// The BKPSDM (parent of the fictional bidang, trainer and intern host).
pub const BKPSDM: &str = "5.03";
/// The fictional bidang inside BKPSDM.
pub const BIDANG_PKA: &str = "5.03.01";
/// The Setdako (the Sekda appraises the unit heads).
pub const SETDAKO: &str = "4.01";

/// Kecamatan codes of one unverified public data file (domain.md §4.3), hence
/// marked as assumptions.
pub const KECAMATAN: &[(&str, &str)] = &[
    ("117301", "Muara Dua"),
    ("117302", "Banda Sakti"),
    ("117303", "Blang Mangat"),
    ("117304", "Muara Satu"),
];

/// Index of the unit with `code` in [`UNITS`].
pub fn index_of(code: &str) -> Option<usize> {
    UNITS.iter().position(|u| u.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_parents_come_first() {
        for (i, u) in UNITS.iter().enumerate() {
            assert_eq!(index_of(u.code), Some(i), "duplicate code {}", u.code);
            if let Some(p) = u.parent {
                assert!(
                    index_of(p).is_some_and(|pi| pi < i),
                    "{} before its parent",
                    u.code
                );
            }
            assert!(
                !u.admins.is_empty() || !u.head_jpt,
                "{} has no Administrator post",
                u.code
            );
        }
        let dinas = UNITS.iter().filter(|u| u.kind == "DINAS").count();
        assert_eq!(dinas, 15);
        assert_eq!(UNITS.iter().filter(|u| u.kind == "KECAMATAN").count(), 4);
    }
}
