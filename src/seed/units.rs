//! The real perangkat daerah of Kota Lhokseumawe (domain.md §5.2) and the
//! kecamatan table (§4.3). Unit names are real; everything about their staff is
//! fictional. Unit codes follow the order of government affairs (urusan) and are
//! local identifiers only; a kecamatan office's code ends like its kecamatan code.
//!
//! [`plan`] places the catalogue for a number of employees: the city's units
//! with their schools and UPTD Puskesmas (sub-units whose names domain.md does
//! not confirm, marked as assumptions), and — above what one city employs —
//! the units of further Aceh kab/kota of [`NIK_REGIONS`], each named after its
//! kab/kota and marked as an assumption (domain.md lists no OPD of theirs).

use super::education::Profile;
use super::identity::NIK_REGIONS;
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
    /// Title of the head.
    pub head: &'static str,
    /// What kind of post heads the unit.
    pub head_post: HeadPost,
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
    /// Sub-units (schools, UPTD Puskesmas) that take part of the staff.
    pub subunits: &'static [SubUnits],
}

/// Who heads a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPost {
    /// JPT Pratama (kepala dinas/badan, sekda, inspektur).
    Jpt,
    /// Administrator (camat, kepala bidang).
    Administrator,
    /// Pengawas (kepala UPTD).
    Pengawas,
    /// One of its teachers (a school principal is a Guru with an extra
    /// duty, not a structural post): no head post of its own.
    Teacher,
}

/// How the sub-units of a kind are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubNames {
    /// "{prefix} {n} {place}": "SD Negeri 4 Lhokseumawe".
    Numbered(&'static str),
    /// In the city one per kecamatan, "{prefix} {kecamatan}" (then
    /// numbered); elsewhere "{prefix} {n} {place}".
    PerKecamatan(&'static str),
}

/// Sub-units of one kind under a unit.
#[derive(Debug, Clone, Copy)]
pub struct SubUnits {
    pub def: &'static UnitDef,
    /// Per mille of the parent's staff (beyond its minimum) placed in them.
    pub per_mille: usize,
    /// Staff of one sub-unit, about.
    pub staff: usize,
    pub names: SubNames,
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
#[cfg(test)]
pub fn index_of(code: &str) -> Option<usize> {
    UNITS.iter().position(|u| u.code == code)
}

/// One unit of the generated data: a catalogue entry placed in a region.
#[derive(Debug, Clone)]
pub struct Office {
    pub def: &'static UnitDef,
    pub code: String,
    pub name: String,
    pub short: String,
    /// Title of the head post.
    pub head: String,
    /// Index of the parent office.
    pub parent: Option<usize>,
    /// Index into [`NIK_REGIONS`] (0 = Kota Lhokseumawe).
    pub region: usize,
    pub assumed: bool,
    /// Number of people placed in it.
    pub size: usize,
}

impl Office {
    /// The office of the city itself (not of another kab/kota).
    pub fn in_city(&self) -> bool {
        self.region == 0
    }
}

/// Index of the office with `code` in `offices`.
pub fn find(offices: &[Office], code: &str) -> Option<usize> {
    offices.iter().position(|o| o.code == code)
}

/// The top-level office of office `u`.
pub fn root_of(offices: &[Office], u: usize) -> usize {
    let mut u = u;
    while let Some(p) = offices[u].parent {
        u = p;
    }
    u
}

/// People one city employs at most; each further `REGION_STAFF` employees
/// (or part of it) bring the units of one more kab/kota.
pub const REGION_STAFF: usize = 6000;

/// Relative size of each kab/kota's workforce (fictional), per
/// [`NIK_REGIONS`] entry.
const REGION_WEIGHTS: &[usize] = &[100, 150, 120, 120, 110, 60, 120, 80, 80, 70, 70, 40, 40];

/// Smallest staff of a unit (head, secretary, one Pengawas and a few staff).
pub const MIN_UNIT: usize = 5;
/// Smallest staff of a bidang.
pub const MIN_BIDANG: usize = 3;
/// Smallest staff of a school or a UPTD Puskesmas.
const MIN_SUB: usize = 2;

fn min_size(def: &UnitDef) -> usize {
    if def.parent.is_some() {
        MIN_BIDANG
    } else {
        MIN_UNIT
    }
}

/// The catalogue entries region `r` has: the city all of them; another
/// kab/kota its perangkat daerah without the city's kecamatan and bidang.
fn templates(region: usize) -> impl Iterator<Item = &'static UnitDef> {
    UNITS
        .iter()
        .filter(move |u| region == 0 || (u.kind != "KECAMATAN" && u.parent.is_none()))
}

/// `total` split by `weights` after each part got its minimum (largest
/// remainder; ties by order keep it deterministic).
fn split(total: usize, mins: &[usize], weights: &[usize]) -> Vec<usize> {
    let rest = total.saturating_sub(mins.iter().sum());
    let wsum: usize = weights.iter().sum::<usize>().max(1);
    let mut sizes = mins.to_vec();
    let mut rems: Vec<(usize, usize)> = Vec::with_capacity(weights.len());
    let mut given = 0usize;
    for (i, &w) in weights.iter().enumerate() {
        let exact = rest * w;
        sizes[i] += exact / wsum;
        given += exact / wsum;
        rems.push((exact % wsum, i));
    }
    rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in rems.iter().take(rest - given) {
        sizes[i] += 1;
    }
    sizes
}

/// The kab/kota whose units a workforce of `n` fills (at least the city).
pub fn regions_for(n: usize) -> usize {
    n.div_ceil(REGION_STAFF).clamp(1, NIK_REGIONS.len())
}

/// The smallest workforce the city's pyramid works for.
pub fn min_employees() -> usize {
    templates(0).map(min_size).sum::<usize>() + 12
}

/// "Kabupaten Aceh Utara" → "Aceh Utara".
fn place_of(region: usize) -> &'static str {
    let name = NIK_REGIONS[region].name;
    name.strip_prefix("Kabupaten ")
        .or_else(|| name.strip_prefix("Kota "))
        .unwrap_or(name)
}

/// The unit names of a template in region `r` (the city's as they are).
fn placed(def: &'static UnitDef, region: usize) -> (String, String, String) {
    if region == 0 {
        return (
            def.code.to_string(),
            def.name.to_string(),
            def.short.to_string(),
        );
    }
    let r = &NIK_REGIONS[region];
    let short = if def.code == SETDAKO && r.name.starts_with("Kabupaten") {
        "Setdakab"
    } else {
        def.short
    };
    (
        format!("{}.{}", r.code, def.code),
        format!("{} {}", def.name, r.name),
        format!("{short} {}", place_of(region)),
    )
}

/// Every office for a workforce of `n` (at least [`min_employees`]), with
/// its staff: parents before their sub-units, sizes adding up to `n`.
pub fn plan(n: usize) -> Vec<Office> {
    let k = regions_for(n);
    let region_mins: Vec<usize> = (0..k).map(|r| templates(r).map(min_size).sum()).collect();
    let region_sizes = split(n, &region_mins, &REGION_WEIGHTS[..k]);
    let mut out: Vec<Office> = Vec::new();
    for (r, &total) in region_sizes.iter().enumerate() {
        let defs: Vec<&'static UnitDef> = templates(r).collect();
        let mins: Vec<usize> = defs.iter().map(|d| min_size(d)).collect();
        let weights: Vec<usize> = defs.iter().map(|d| d.weight as usize).collect();
        let sizes = split(total, &mins, &weights);
        let first = out.len();
        for (def, size) in defs.into_iter().zip(sizes) {
            let (code, name, short) = placed(def, r);
            let parent = def.parent.and_then(|p| {
                out[first..]
                    .iter()
                    .position(|o| o.def.code == p)
                    .map(|i| first + i)
            });
            let at = out.len();
            out.push(Office {
                def,
                code,
                name,
                short,
                head: def.head.to_string(),
                parent,
                region: r,
                assumed: def.assumed || r != 0,
                size,
            });
            add_subunits(&mut out, at);
        }
    }
    out
}

/// Moves part of office `at`'s staff into its sub-units, placed after it.
fn add_subunits(out: &mut Vec<Office>, at: usize) {
    let parent = out[at].clone();
    let spare = parent.size.saturating_sub(min_size(parent.def));
    let mut code_no = 0;
    for spec in parent.def.subunits {
        let share = spare * spec.per_mille / 1000;
        if share < MIN_SUB {
            continue;
        }
        let mut count = ((share + spec.staff / 2) / spec.staff).max(1);
        if let SubNames::PerKecamatan(_) = spec.names
            && parent.in_city()
        {
            count = count.max(KECAMATAN.len()).min(share / MIN_SUB);
        }
        out[at].size -= share;
        // Sizes differ from one to the next (a fixed pattern, no draw).
        let weights: Vec<usize> = (0..count).map(|i| 6 + (i * 37 + code_no) % 9).collect();
        let sizes = split(share, &vec![MIN_SUB; count], &weights);
        for (i, size) in sizes.into_iter().enumerate() {
            code_no += 1;
            let name = match spec.names {
                SubNames::PerKecamatan(prefix) if parent.in_city() => {
                    let (_, kec) = KECAMATAN[i % KECAMATAN.len()];
                    match i / KECAMATAN.len() {
                        0 => format!("{prefix} {kec}"),
                        round => format!("{prefix} {kec} {}", round + 1),
                    }
                }
                SubNames::PerKecamatan(prefix) | SubNames::Numbered(prefix) => {
                    let place = if parent.in_city() {
                        "Lhokseumawe"
                    } else {
                        place_of(parent.region)
                    };
                    format!("{prefix} {} {place}", i + 1)
                }
            };
            let short = name
                .replace("SD Negeri", "SDN")
                .replace("SMP Negeri", "SMPN")
                .replace("UPTD Puskesmas", "Puskesmas");
            let head = if spec.def.head.is_empty() {
                String::new()
            } else {
                format!("Kepala {name}")
            };
            out.push(Office {
                def: spec.def,
                code: format!("{}.{code_no:02}", parent.code),
                name,
                short,
                head,
                parent: Some(at),
                region: parent.region,
                assumed: true,
                size,
            });
        }
    }
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
                !u.admins.is_empty() || u.head_post != HeadPost::Jpt,
                "{} has no Administrator post",
                u.code
            );
        }
        let dinas = UNITS.iter().filter(|u| u.kind == "DINAS").count();
        assert_eq!(dinas, 15);
        assert_eq!(UNITS.iter().filter(|u| u.kind == "KECAMATAN").count(), 4);
    }

    #[test]
    fn the_plan_adds_up_and_places_schools_puskesmas_and_regions() {
        for n in [min_employees(), 200, 1500, 4000, 20_000, 100_000] {
            let plan = plan(n);
            assert_eq!(plan.iter().map(|o| o.size).sum::<usize>(), n, "{n}");
            let mut codes: Vec<&str> = plan.iter().map(|o| o.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            assert_eq!(codes.len(), plan.len(), "codes unique at {n}");
            for (i, o) in plan.iter().enumerate() {
                assert!(o.parent.is_none_or(|p| p < i), "parent first");
                assert!(
                    o.size >= MIN_SUB.min(MIN_BIDANG),
                    "{} has {}",
                    o.name,
                    o.size
                );
            }
        }
        let city = plan(1500);
        assert!(city.iter().all(Office::in_city));
        let schools = city
            .iter()
            .filter(|o| o.name.starts_with("SD Negeri"))
            .count();
        assert!(schools >= 5, "{schools} schools");
        let puskesmas: Vec<&str> = city
            .iter()
            .filter(|o| o.name.starts_with("UPTD Puskesmas"))
            .map(|o| o.name.as_str())
            .collect();
        assert!(
            puskesmas.contains(&"UPTD Puskesmas Muara Dua"),
            "{puskesmas:?}"
        );
        assert!(
            city.iter()
                .filter(|o| o.parent.is_some())
                .all(|o| o.assumed)
        );
        let big = plan(100_000);
        assert_eq!(regions_for(100_000), NIK_REGIONS.len());
        assert!(
            big.iter()
                .any(|o| o.name == "Dinas Kesehatan Kabupaten Aceh Utara")
        );
        assert!(big.iter().filter(|o| !o.in_city()).all(|o| o.assumed));
        let largest = big.iter().map(|o| o.size).max().unwrap();
        assert!(largest < 2_500, "a unit of {largest}");
    }
}
