//! Partners and agreements (domain.md §5.5, §6.1, §10.10): real campuses and
//! the city's BUMD with fictional contact people and document numbers, one
//! fictional community group; an MoU each (five-year term) and PKS under them.
//! Relative to the reference date, exactly one MoU ends within 90 days and
//! exactly one has expired; Unimal's first MoU ended a few months ago and was
//! renewed (status DIPERPANJANG, the renewal and its PKS carry it on); the
//! others run for more than 90 more days. UIN SUNA was IAIN Lhokseumawe until
//! Perpres 56/2025 of 8 May 2025 (`FORMER_NAMES`): its MoU was signed before
//! then and carries IAIN's name, code and signers; a later PKS, UIN SUNA's.

use super::cal::{add_days, add_years, ymd};
use super::names::person_name;
use super::rng::Rng;
use super::rows::{Agreement, FormerName, Partner};
use crate::domain::agreement::renewal_dates;
use chrono::{Datelike, NaiveDate};

/// Partner ids, in insertion order.
pub const UNIMAL: i64 = 1;
pub const PNL: i64 = 2;
pub const UIN_SUNA: i64 = 3;
pub const UNBP: i64 = 4;
pub const BINA_BANGSA: i64 = 5;

/// The MoU that ends within the warning window, and the one already expired.
pub const ENDING_SOON: i64 = UNBP;
pub const EXPIRED: i64 = BINA_BANGSA;
/// The partner whose first MoU ended and was renewed.
pub const RENEWED: i64 = UNIMAL;
/// The id of the renewal (after the seven first MoUs).
pub const RENEWAL_ID: i64 = 8;

/// A name a partner had, with what went with it: the code in its letter
/// numbers and its signers.
struct Former {
    partner_id: i64,
    name: &'static str,
    short: &'static str,
    code: &'static str,
    signer: &'static str,
    pks_signer: &'static str,
    /// The first day of the present name (the old one held until the day before).
    until: (i32, u32, u32),
}

/// IAIN Lhokseumawe became UIN Sultanah Nahrasiyah by Perpres 56/2025,
/// signed 8 May 2025 (domain.md §5.5).
const FORMER_NAMES: [Former; 1] = [Former {
    partner_id: UIN_SUNA,
    name: "IAIN Lhokseumawe",
    short: "IAIN Lhokseumawe",
    code: "IAIN-LSM",
    signer: "Rektor IAIN Lhokseumawe",
    pks_signer: "Wakil Rektor Bidang Kerja Sama IAIN Lhokseumawe",
    until: (2025, 5, 8),
}];

/// The former names (`mitra_nama_lama`).
pub fn former_names() -> Vec<FormerName> {
    FORMER_NAMES
        .iter()
        .map(|f| FormerName {
            partner_id: f.partner_id,
            name: f.name,
            short: f.short,
            until: ymd(f.until.0, f.until.1, f.until.2),
        })
        .collect()
}

/// The name the partner had on `date`, if not its present one.
fn former_on(partner_id: i64, date: NaiveDate) -> Option<&'static Former> {
    FORMER_NAMES
        .iter()
        .filter(|f| f.partner_id == partner_id && date < ymd(f.until.0, f.until.1, f.until.2))
        .min_by_key(|f| f.until)
}

/// The code partner `partner_id` put in its letter numbers on `date`
/// (IAIN-LSM before UIN SUNA took its name); `None` for a partner not here.
pub fn letter_code(partner_id: i64, date: NaiveDate) -> Option<&'static str> {
    if let Some(f) = former_on(partner_id, date) {
        return Some(f.code);
    }
    let i = usize::try_from(partner_id - 1).ok()?;
    PARTNERS.get(i).map(|d| d.code)
}

struct PartnerDef {
    name: &'static str,
    short: &'static str,
    /// Upper-case code used in the partner's own document numbers.
    code: &'static str,
    kind: &'static str,
    address: &'static str,
    fictional: bool,
    about: &'static str,
    scope: &'static str,
    signer: &'static str,
    pks_signer: &'static str,
    /// PKS for student internships / for ASN competency development.
    internships: bool,
    development: bool,
}

const CAMPUS_ABOUT: &str =
    "Kerja Sama Pengembangan Sumber Daya Manusia dan Tridarma Perguruan Tinggi";
const CAMPUS_SCOPE: &str = "Pendidikan dan pelatihan, penelitian, pengabdian kepada masyarakat, magang mahasiswa, dan pengembangan kompetensi ASN.";

const PARTNERS: [PartnerDef; 7] = [
    PartnerDef {
        name: "Universitas Malikussaleh",
        short: "Unimal",
        code: "UNIMAL",
        kind: "PERGURUAN_TINGGI",
        address: "Jl. Cot Tengku Nie, Reuleut, Muara Batu, Aceh Utara",
        fictional: false,
        about: CAMPUS_ABOUT,
        scope: CAMPUS_SCOPE,
        signer: "Rektor Universitas Malikussaleh",
        pks_signer: "Wakil Rektor Bidang Kerja Sama Universitas Malikussaleh",
        internships: true,
        development: true,
    },
    PartnerDef {
        name: "Politeknik Negeri Lhokseumawe",
        short: "PNL",
        code: "PNL",
        kind: "PERGURUAN_TINGGI",
        address: "Jl. Banda Aceh–Medan Km. 280,3, Buketrata, Lhokseumawe",
        fictional: false,
        about: CAMPUS_ABOUT,
        scope: CAMPUS_SCOPE,
        signer: "Direktur Politeknik Negeri Lhokseumawe",
        pks_signer: "Wakil Direktur Bidang Kerja Sama Politeknik Negeri Lhokseumawe",
        internships: true,
        development: true,
    },
    PartnerDef {
        name: "Universitas Islam Negeri Sultanah Nahrasiyah Lhokseumawe",
        short: "UIN SUNA",
        code: "UIN-SUNA",
        kind: "PERGURUAN_TINGGI",
        address: "Alue Awe, Muara Dua, Lhokseumawe",
        fictional: false,
        about: CAMPUS_ABOUT,
        scope: CAMPUS_SCOPE,
        signer: "Rektor UIN Sultanah Nahrasiyah Lhokseumawe",
        pks_signer: "Wakil Rektor Bidang Kerja Sama UIN Sultanah Nahrasiyah Lhokseumawe",
        internships: true,
        development: false,
    },
    PartnerDef {
        name: "Universitas Bumi Persada",
        short: "UNBP",
        code: "UNBP",
        kind: "PERGURUAN_TINGGI",
        address: "Lhokseumawe",
        fictional: false,
        about: CAMPUS_ABOUT,
        scope: CAMPUS_SCOPE,
        signer: "Rektor Universitas Bumi Persada",
        pks_signer: "Wakil Rektor Bidang Kerja Sama Universitas Bumi Persada",
        internships: true,
        development: false,
    },
    PartnerDef {
        name: "Universitas Bina Bangsa Lhokseumawe",
        short: "UBB Lhokseumawe",
        code: "UBBL",
        kind: "PERGURUAN_TINGGI",
        address: "Lhokseumawe",
        fictional: false,
        about: CAMPUS_ABOUT,
        scope: CAMPUS_SCOPE,
        signer: "Rektor Universitas Bina Bangsa Lhokseumawe",
        pks_signer: "Wakil Rektor Bidang Kerja Sama Universitas Bina Bangsa Lhokseumawe",
        internships: true,
        development: false,
    },
    PartnerDef {
        name: "PT Pembangunan Lhokseumawe (Perseroda)",
        short: "PT Pembangunan Lhokseumawe",
        code: "PTPL",
        kind: "BUMD",
        address: "Lhokseumawe",
        fictional: false,
        about: "Kerja Sama Pengembangan Kompetensi Pegawai dan Peningkatan Pelayanan Publik",
        scope: "Pertukaran dan magang pegawai, pelatihan bersama, dan pemanfaatan sarana untuk pengembangan kompetensi ASN.",
        signer: "Direktur Utama PT Pembangunan Lhokseumawe",
        pks_signer: "Direktur Umum PT Pembangunan Lhokseumawe",
        internships: false,
        development: true,
    },
    PartnerDef {
        name: "Komunitas Belajar Digital Gampong",
        short: "KBDG",
        code: "KBDG",
        kind: "KOMUNITAS",
        address: "Banda Sakti, Lhokseumawe",
        fictional: true,
        about: "Peningkatan Literasi Digital Aparatur dan Masyarakat Gampong",
        scope: "Pelatihan literasi digital, pendampingan layanan daring gampong, dan kampanye keamanan siber.",
        signer: "Ketua Komunitas Belajar Digital Gampong",
        pks_signer: "Ketua Komunitas Belajar Digital Gampong",
        internships: false,
        development: false,
    },
];

/// The partner rows (contact people are fictional; real institutions get no
/// invented phone numbers or e-mail addresses).
pub fn partners(seed: u64) -> Vec<Partner> {
    let mut rng = Rng::stream(seed, "partners");
    PARTNERS
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let female = rng.chance(0.4);
            let contact = person_name(&mut rng, female);
            let (phone, email) = if d.fictional {
                (
                    format!("0852{:08}", rng.below(100_000_000)),
                    "kbdg@example.org".to_string(),
                )
            } else {
                (String::new(), String::new())
            };
            Partner {
                id: i as i64 + 1,
                name: d.name,
                short: d.short,
                kind: d.kind,
                address: d.address,
                contact,
                phone,
                email,
                fictional: d.fictional,
            }
        })
        .collect()
}

/// MoUs (ids 1–7, one per partner), the renewal of Unimal's (id 8), then
/// their PKS. `setdako`, `bkpsdm` and `bidang` are unit ids of the units that
/// carry them out. A document's partner-side number and signer are those of
/// the partner's name on its signing date.
pub fn agreements(
    seed: u64,
    as_of: NaiveDate,
    setdako: i64,
    bkpsdm: i64,
    bidang: i64,
) -> Vec<Agreement> {
    let mut rng = Rng::stream(seed, "agreements");
    let mut serials: Vec<i64> = Vec::new();
    let mut serial = |rng: &mut Rng| loop {
        let s = rng.range(101, 989);
        if !serials.contains(&s) {
            serials.push(s);
            return s;
        }
    };
    let code = |partner_id: i64, date: NaiveDate| letter_code(partner_id, date).unwrap_or("");
    let mut out = Vec::new();
    for (i, d) in PARTNERS.iter().enumerate() {
        let partner_id = i as i64 + 1;
        let end = match partner_id {
            ENDING_SOON => add_days(as_of, rng.range(20, 80)),
            EXPIRED => add_days(as_of, -rng.range(20, 150)),
            RENEWED => add_days(as_of, -rng.range(60, 200)),
            // Signed some three years back: as IAIN Lhokseumawe in the demo.
            UIN_SUNA => add_days(add_years(add_days(as_of, -rng.range(1000, 1300)), 5), -1),
            _ => add_days(add_years(add_days(as_of, -rng.range(200, 1300)), 5), -1),
        };
        let start = add_days(add_years(end, -5), 1);
        let year = start.year();
        let signer = former_on(partner_id, start).map_or(d.signer, |f| f.signer);
        out.push(Agreement {
            id: partner_id,
            partner_id,
            doc: "MOU",
            parent_id: None,
            number_city: format!("{}/KSB/{year}", serial(&mut rng)),
            number_partner: format!(
                "{}/{}/KS/{year}",
                rng.range(11, 989),
                code(partner_id, start)
            ),
            about: d.about.to_string(),
            scope: d.scope,
            signed: start,
            start,
            end,
            signer_city: "Wali Kota Lhokseumawe",
            signer_partner: signer.to_string(),
            unit_id: Some(setdako),
            lifecycle: if partner_id == RENEWED {
                "DIPERPANJANG"
            } else {
                "DITANDATANGANI"
            },
            renews: None,
            note: String::new(),
        });
    }
    // The renewal: from the day after the old one ends, as long; signed a
    // few weeks before.
    let old = out[RENEWED as usize - 1].clone();
    let (start, end) = renewal_dates(old.start, old.end);
    let signed = add_days(start, -rng.range(10, 40));
    let d = &PARTNERS[RENEWED as usize - 1];
    out.push(Agreement {
        id: RENEWAL_ID,
        number_city: format!("{}/KSB/{}", serial(&mut rng), signed.year()),
        number_partner: format!(
            "{}/{}/KS/{}",
            rng.range(11, 989),
            code(RENEWED, signed),
            signed.year()
        ),
        signed,
        start,
        end,
        lifecycle: "DITANDATANGANI",
        renews: Some(old.id),
        note: format!("Perpanjangan Kesepakatan Bersama {}", old.number_city),
        signer_partner: d.signer.to_string(),
        ..old
    });
    let mous = out.clone();
    // PKS renewed with the MoU: (old PKS id, about) → the renewal's PKS.
    let mut renewed_pks: Vec<(i64, &str)> = Vec::new();
    for mou in &mous {
        let d = &PARTNERS[mou.partner_id as usize - 1];
        let kinds = [
            (
                d.internships,
                "Magang Mahasiswa di Lingkungan Pemerintah Kota Lhokseumawe",
                bkpsdm,
            ),
            (
                d.development || mou.partner_id == UIN_SUNA,
                "Pengembangan Kompetensi ASN",
                bidang,
            ),
        ];
        for (wanted, about, unit) in kinds {
            if !wanted {
                continue;
            }
            let renews = if mou.renews.is_some() {
                renewed_pks
                    .iter()
                    .find(|(_, a)| *a == about)
                    .map(|(id, _)| *id)
            } else {
                None
            };
            let start = if renews.is_some() {
                // Renewed together with the MoU, within its first weeks.
                add_days(mou.start, rng.range(0, 21))
            } else if mou.partner_id == UIN_SUNA && about.starts_with("Pengembangan") {
                // Added after the campus became UIN SUNA.
                add_days(as_of, -rng.range(120, 400)).clamp(add_days(mou.start, 30), mou.end)
            } else {
                add_days(mou.start, rng.range(30, 150))
            };
            let id = out.len() as i64 + 1;
            if mou.partner_id == RENEWED && mou.renews.is_none() {
                renewed_pks.push((id, about));
            }
            let pks_signer =
                former_on(mou.partner_id, start).map_or(d.pks_signer, |f| f.pks_signer);
            out.push(Agreement {
                id,
                partner_id: mou.partner_id,
                doc: "PKS",
                parent_id: Some(mou.id),
                number_city: format!("{}/PKS/BKPSDM/{}", serial(&mut rng), start.year()),
                number_partner: format!(
                    "{}/{}/PKS/{}",
                    rng.range(11, 989),
                    code(mou.partner_id, start),
                    start.year()
                ),
                about: about.to_string(),
                scope: d.scope,
                signed: start,
                start,
                end: mou.end,
                signer_city: "Kepala BKPSDM Kota Lhokseumawe",
                signer_partner: pks_signer.to_string(),
                unit_id: Some(unit),
                lifecycle: if mou.lifecycle == "DIPERPANJANG" {
                    "DIPERPANJANG"
                } else {
                    "DITANDATANGANI"
                },
                renews,
                note: renews.map_or_else(String::new, |old| {
                    format!("Perpanjangan PKS {}", out[old as usize - 1].number_city)
                }),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::cal::ymd;

    #[test]
    fn exactly_one_mou_ends_soon_and_one_has_expired_for_any_reference_date() {
        for (seed, as_of) in [
            (1, ymd(2026, 11, 28)),
            (9, ymd(2021, 2, 28)),
            (77, ymd(2030, 7, 1)),
        ] {
            let all = agreements(seed, as_of, 1, 2, 3);
            // The renewed MoU is carried on by its renewal: not counted.
            let mous: Vec<_> = all
                .iter()
                .filter(|a| a.doc == "MOU" && a.lifecycle != "DIPERPANJANG")
                .collect();
            assert_eq!(mous.len(), PARTNERS.len());
            let soon = mous
                .iter()
                .filter(|a| a.end >= as_of && (a.end - as_of).num_days() <= 90)
                .count();
            let expired = mous.iter().filter(|a| a.end < as_of).count();
            assert_eq!((soon, expired), (1, 1), "as of {as_of}");
            for pks in all.iter().filter(|a| a.doc == "PKS") {
                let parent = &all[pks.parent_id.unwrap() as usize - 1];
                assert_eq!(parent.partner_id, pks.partner_id);
                assert!(pks.start >= parent.start && pks.end <= parent.end);
            }
        }
        assert_eq!(partners(1).iter().filter(|p| p.fictional).count(), 1);
    }

    #[test]
    fn the_renewal_carries_the_old_mou_and_its_pks_on() {
        let as_of = ymd(2026, 11, 28);
        let all = agreements(1, as_of, 1, 2, 3);
        let old = &all[RENEWED as usize - 1];
        let new = &all[RENEWAL_ID as usize - 1];
        assert_eq!((old.lifecycle, new.renews), ("DIPERPANJANG", Some(old.id)));
        assert_eq!(new.start, add_days(old.end, 1));
        assert!(old.end < as_of && new.end > as_of);
        // Each PKS of the old MoU is renewed once, under the new one.
        let old_pks: Vec<_> = all.iter().filter(|a| a.parent_id == Some(old.id)).collect();
        assert!(!old_pks.is_empty());
        for p in old_pks {
            assert_eq!(p.lifecycle, "DIPERPANJANG");
            let renewal = all.iter().filter(|a| a.renews == Some(p.id)).count();
            assert_eq!(renewal, 1, "{}", p.number_city);
        }
    }

    #[test]
    fn letters_carry_the_code_of_the_name_on_their_date() {
        assert_eq!(letter_code(UIN_SUNA, ymd(2025, 5, 7)), Some("IAIN-LSM"));
        assert_eq!(letter_code(UIN_SUNA, ymd(2025, 5, 8)), Some("UIN-SUNA"));
        assert_eq!(letter_code(UNIMAL, ymd(2020, 1, 1)), Some("UNIMAL"));
        assert_eq!(letter_code(99, ymd(2020, 1, 1)), None);
        let all = agreements(1, ymd(2026, 11, 28), 1, 2, 3);
        for a in all.iter().filter(|a| a.partner_id == UIN_SUNA) {
            let iain = a.signed < ymd(2025, 5, 8);
            assert_eq!(
                a.number_partner.contains("IAIN-LSM"),
                iain,
                "{}",
                a.number_partner
            );
            assert_eq!(
                a.signer_partner.contains("IAIN"),
                iain,
                "{}",
                a.signer_partner
            );
        }
    }
}
