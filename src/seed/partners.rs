//! Partners and agreements (domain.md §5.5, §6.1, §10.10): real campuses and
//! the city's BUMD with fictional contact people and document numbers, one
//! fictional community group; an MoU each (five-year term) and PKS under them.
//! Relative to the reference date, exactly one MoU ends within 90 days and
//! exactly one has expired; the others run for more than 90 more days.

use super::cal::{add_days, add_years};
use super::names::person_name;
use super::rng::Rng;
use super::rows::{Agreement, Partner};
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

/// MoUs (ids 1–7, one per partner) then their PKS. `setdako`, `bkpsdm` and
/// `bidang` are unit ids of the units that carry them out.
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
    let mut out = Vec::new();
    for (i, d) in PARTNERS.iter().enumerate() {
        let partner_id = i as i64 + 1;
        let end = match partner_id {
            ENDING_SOON => add_days(as_of, rng.range(20, 80)),
            EXPIRED => add_days(as_of, -rng.range(20, 150)),
            _ => add_days(add_years(add_days(as_of, -rng.range(200, 1300)), 5), -1),
        };
        let start = add_days(add_years(end, -5), 1);
        let year = start.year();
        out.push(Agreement {
            id: partner_id,
            partner_id,
            doc: "MOU",
            parent_id: None,
            number_city: format!("{}/KSB/{year}", serial(&mut rng)),
            number_partner: format!("{}/{}/KS/{year}", rng.range(11, 989), d.code),
            about: d.about.to_string(),
            scope: d.scope,
            signed: start,
            start,
            end,
            signer_city: "Wali Kota Lhokseumawe",
            signer_partner: d.signer.to_string(),
            unit_id: Some(setdako),
            lifecycle: "DITANDATANGANI",
        });
    }
    let mous = out.clone();
    for (d, mou) in PARTNERS.iter().zip(&mous) {
        let kinds = [
            (
                d.internships,
                "Magang Mahasiswa di Lingkungan Pemerintah Kota Lhokseumawe",
                bkpsdm,
            ),
            (d.development, "Pengembangan Kompetensi ASN", bidang),
        ];
        for (wanted, about, unit) in kinds {
            if !wanted {
                continue;
            }
            let start = add_days(mou.start, rng.range(30, 150));
            out.push(Agreement {
                id: out.len() as i64 + 1,
                partner_id: mou.partner_id,
                doc: "PKS",
                parent_id: Some(mou.id),
                number_city: format!("{}/PKS/BKPSDM/{}", serial(&mut rng), start.year()),
                number_partner: format!("{}/{}/PKS/{}", rng.range(11, 989), d.code, start.year()),
                about: about.to_string(),
                scope: d.scope,
                signed: start,
                start,
                end: mou.end,
                signer_city: "Kepala BKPSDM Kota Lhokseumawe",
                signer_partner: d.pks_signer.to_string(),
                unit_id: Some(unit),
                lifecycle: "DITANDATANGANI",
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
            let mous: Vec<_> = all.iter().filter(|a| a.doc == "MOU").collect();
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
}
