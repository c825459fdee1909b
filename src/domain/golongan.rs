//! Which golongan an ASN may hold (domain.md §4.4–4.5) and which jenjang a
//! position needs. Pangkat names are data (table `golongan`); this is the rule.

use super::enums::{AsnKind, Education, JfLevel, PositionKind};

/// PNS and CPNS: golongan/ruang I/a … IV/e, in rank order.
pub const PNS_GOLONGAN: &[&str] = &[
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];

/// PPPK (full and part time): golongan I … XVII, in rank order.
pub const PPPK_GOLONGAN: &[&str] = &[
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII",
];

/// The golongan an ASN of `kind` may hold, lowest first.
pub fn golongan_options(kind: AsnKind) -> &'static [&'static str] {
    if kind.is_pppk() {
        PPPK_GOLONGAN
    } else {
        PNS_GOLONGAN
    }
}

/// True when `gol` (exact code, e.g. "III/b" or "IX") belongs to the domain of `kind`.
pub fn is_valid_golongan(kind: AsnKind, gol: &str) -> bool {
    golongan_options(kind).contains(&gol)
}

/// Rank 1..=17 of a golongan within its own family (I/a = 1 … IV/e = 17;
/// I = 1 … XVII = 17); `None` for an unknown code.
pub fn rank(gol: &str) -> Option<u8> {
    PNS_GOLONGAN
        .iter()
        .position(|g| *g == gol)
        .or_else(|| PPPK_GOLONGAN.iter().position(|g| *g == gol))
        .map(|i| i as u8 + 1)
}

/// Functional positions (JF keahlian / keterampilan) need a jenjang of their
/// own family; every other kind of position must have none.
pub fn jf_level_matches(kind: PositionKind, level: Option<JfLevel>) -> bool {
    match level {
        None => !kind.is_functional(),
        Some(l) => kind.is_functional() && l.position_kind() == kind,
    }
}

/// The jenjang a functional position of `kind` may have (empty for others).
pub fn jf_level_options(kind: PositionKind) -> Vec<JfLevel> {
    JfLevel::ALL
        .iter()
        .copied()
        .filter(|l| l.position_kind() == kind && kind.is_functional())
        .collect()
}

// ------------------------------------------------------------ ceilings
//
// How high a PNS golongan normally goes (domain.md §4.4). Not a rule the
// forms enforce — exceptions exist (kenaikan pangkat pilihan, old
// transitional rules) — but the data-quality list in Monitoring names the
// people above it for someone to review. The tables are data, each with its
// source; change a row, not the code that reads it.

/// The ruang regular promotion reaches with a diploma: PP 99/2000 jo PP
/// 12/2002, as restated by a regional BKD (domain.md §4.4, [C]): SD →II/a,
/// SLTP →II/c, SLTA or D-I →III/b, D-II →III/b, D-III →III/c, S1/D-IV
/// →III/d, S2 →IV/a, S3 →IV/b.
pub const EDUCATION_CEILINGS: &[(Education, &str)] = &[
    (Education::Sd, "II/a"),
    (Education::Smp, "II/c"),
    (Education::Sma, "III/b"),
    (Education::D1, "III/b"),
    (Education::D2, "III/b"),
    (Education::D3, "III/c"),
    (Education::D4, "III/d"),
    (Education::S1, "III/d"),
    (Education::S2, "IV/a"),
    (Education::S3, "IV/b"),
];

/// The top of a structural post's range (PP 13/2002, the eselon ranges
/// today's names inherit; domain.md §4.4 [C]): JPT Pratama (eselon II.b)
/// IV/b–IV/c; Administrator (III.a IV/a–IV/b, III.b III/d–IV/a: the higher
/// one, as the kind does not say which); Pengawas (IV.a III/c–III/d, IV.b
/// III/b–III/c). JPT Madya and Utama (eselon I) up to IV/e [assumption: the
/// eselon I ranges are not restated in domain.md]. Pelaksana have no range
/// of their own: the diploma sets their ceiling.
pub const POST_CEILINGS: &[(PositionKind, &str)] = &[
    (PositionKind::JptUtama, "IV/e"),
    (PositionKind::JptMadya, "IV/e"),
    (PositionKind::JptPratama, "IV/c"),
    (PositionKind::Administrator, "IV/b"),
    (PositionKind::Pengawas, "III/d"),
];

/// The top of a functional jenjang's range as commonly cited (domain.md §4.4,
/// [U]): Ahli Pertama III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya
/// IV/a–IV/c, Ahli Utama IV/d–IV/e; Pemula II/a, Terampil II/b–II/d, Mahir
/// III/a–III/b, Penyelia III/c–III/d.
pub const JENJANG_CEILINGS: &[(JfLevel, &str)] = &[
    (JfLevel::AhliUtama, "IV/e"),
    (JfLevel::AhliMadya, "IV/c"),
    (JfLevel::AhliMuda, "III/d"),
    (JfLevel::AhliPertama, "III/b"),
    (JfLevel::Penyelia, "III/d"),
    (JfLevel::Mahir, "III/b"),
    (JfLevel::Terampil, "II/d"),
    (JfLevel::Pemula, "II/a"),
];

fn lookup<K: PartialEq>(table: &[(K, &'static str)], key: K) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, g)| *g)
}

/// The highest PNS golongan expected of a person with this education and
/// post: the diploma's ceiling, unless the post's range (structural) or the
/// jenjang's range (functional) reaches higher — only those lift a person
/// above the diploma (domain.md §4.4).
pub fn ceiling(education: Education, post: PositionKind, jenjang: Option<JfLevel>) -> &'static str {
    let by_diploma = lookup(EDUCATION_CEILINGS, education).unwrap_or("IV/e");
    let by_post = match jenjang {
        Some(j) => lookup(JENJANG_CEILINGS, j),
        None => lookup(POST_CEILINGS, post),
    };
    match by_post {
        Some(p) if rank(p) > rank(by_diploma) => p,
        _ => by_diploma,
    }
}

/// The ceiling a PNS/CPNS golongan `gol` is above, if it is; None when it
/// is within it (or is not a PNS golongan: PPPK grades have no such table).
pub fn above_ceiling(
    gol: &str,
    education: Education,
    post: PositionKind,
    jenjang: Option<JfLevel>,
) -> Option<&'static str> {
    if !PNS_GOLONGAN.contains(&gol) {
        return None;
    }
    let top = ceiling(education, post, jenjang);
    (rank(gol) > rank(top)).then_some(top)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_education_and_post_has_one_ceiling_row() {
        for e in Education::ALL {
            assert_eq!(EDUCATION_CEILINGS.iter().filter(|(k, _)| k == e).count(), 1);
        }
        for j in JfLevel::ALL {
            assert_eq!(JENJANG_CEILINGS.iter().filter(|(k, _)| k == j).count(), 1);
        }
        let codes = EDUCATION_CEILINGS
            .iter()
            .map(|(_, g)| g)
            .chain(POST_CEILINGS.iter().map(|(_, g)| g))
            .chain(JENJANG_CEILINGS.iter().map(|(_, g)| g));
        for g in codes {
            assert!(PNS_GOLONGAN.contains(g), "{g}");
        }
    }

    #[test]
    fn the_diploma_caps_unless_the_post_or_jenjang_reaches_higher() {
        use Education::*;
        use PositionKind::*;
        // A pelaksana with SLTA stops at III/b; III/c is above.
        assert_eq!(ceiling(Sma, Pelaksana, None), "III/b");
        assert_eq!(above_ceiling("III/c", Sma, Pelaksana, None), Some("III/b"));
        assert_eq!(above_ceiling("III/b", Sma, Pelaksana, None), None);
        // S1 III/d; an Administrator's range lifts to IV/b.
        assert_eq!(above_ceiling("IV/a", S1, Pelaksana, None), Some("III/d"));
        assert_eq!(above_ceiling("IV/a", S1, Administrator, None), None);
        assert_eq!(above_ceiling("IV/c", S1, Administrator, None), Some("IV/b"));
        // A post lower than the diploma never lowers it.
        assert_eq!(ceiling(S2, Pengawas, None), "IV/a");
        // A functional jenjang: Ahli Madya to IV/c, whatever the diploma.
        assert_eq!(ceiling(S1, JfKeahlian, Some(JfLevel::AhliMadya)), "IV/c");
        assert_eq!(
            above_ceiling("III/c", D3, JfKeterampilan, Some(JfLevel::Terampil)),
            None,
            "D-III reaches III/c on its own"
        );
        // PPPK grades are not measured against this table.
        assert_eq!(above_ceiling("XVII", Sd, Pelaksana, None), None);
    }

    #[test]
    fn both_families_have_seventeen_grades() {
        assert_eq!(PNS_GOLONGAN.len(), 17);
        assert_eq!(PPPK_GOLONGAN.len(), 17);
        assert_eq!(rank("IV/e"), Some(17));
        assert_eq!(rank("XVII"), Some(17));
        assert_eq!(rank("iii/a"), None);
    }
}
