//! Sentences for `db::rules::Rule`: why a partnership record was not saved,
//! with the dates and names that decide it (dates shown `dd-mm-yyyy`).

use super::{Lang, pick};
use crate::db::rules::Rule;
use crate::domain::dates::parse_iso;

/// `2026-03-01` → `01-03-2026` (anything else as it is).
fn d(iso: &str) -> String {
    parse_iso(iso)
        .map(|x| x.format("%d-%m-%Y").to_string())
        .unwrap_or_else(|| iso.to_string())
}

/// One sentence: what is wrong and what holds.
pub fn sentence(lang: Lang, rule: &Rule) -> String {
    match rule {
        Rule::PksNeedsMou => pick(
            lang,
            "PKS harus berada di bawah Kesepakatan Bersama (MoU) mitra yang sama; pilih MoU induknya.".into(),
            "A PKS belongs under a master agreement (MoU) of the same partner; pick its MoU.".into(),
        ),
        Rule::ParentNotMou { number } => pick(
            lang,
            format!("{number} adalah PKS, bukan MoU; induk PKS harus MoU."),
            format!("{number} is a PKS, not an MoU; a PKS belongs under an MoU."),
        ),
        Rule::ParentOtherPartner { number, partner } => pick(
            lang,
            format!("MoU {number} milik {partner}; PKS harus di bawah MoU mitra yang sama."),
            format!("MoU {number} is {partner}'s; a PKS belongs under an MoU of the same partner."),
        ),
        Rule::PksOutsideMou { number, start, end } => pick(
            lang,
            format!(
                "PKS tidak boleh melampaui MoU {number} yang berlaku {} s.d. {}.",
                d(start),
                d(end)
            ),
            format!(
                "A PKS cannot outlive its MoU {number}, in force {} to {}.",
                d(start),
                d(end)
            ),
        ),
        Rule::MouShorterThanPks { number, start, end } => pick(
            lang,
            format!(
                "PKS {number} di bawah MoU ini berlaku {} s.d. {}; MoU harus mencakup tanggal itu.",
                d(start),
                d(end)
            ),
            format!(
                "PKS {number} under this MoU runs {} to {}; the MoU must cover those dates.",
                d(start),
                d(end)
            ),
        ),
        Rule::AgreementStrandsInterns {
            count,
            name,
            start,
            end,
        } => pick(
            lang,
            format!(
                "{count} magang berjalan di bawah perjanjian ini (mis. {name}, {} s.d. {}); tanggal atau statusnya harus tetap mencakupnya.",
                d(start),
                d(end)
            ),
            format!(
                "{count} internships run under this agreement (e.g. {name}, {} to {}); its dates or status must still cover them.",
                d(start),
                d(end)
            ),
        ),
        Rule::AgreementOtherPartner { number, partner } => pick(
            lang,
            format!("Perjanjian {number} milik {partner}, bukan kampus mahasiswa ini."),
            format!("Agreement {number} is {partner}'s, not this student's campus."),
        ),
        Rule::AgreementNotCovering {
            number,
            start,
            end,
            in_force: true,
        } => pick(
            lang,
            format!(
                "Perjanjian {number} berlaku {} s.d. {}; seluruh masa magang harus di dalamnya.",
                d(start),
                d(end)
            ),
            format!(
                "Agreement {number} is in force {} to {}; the whole internship must fall within it.",
                d(start),
                d(end)
            ),
        ),
        Rule::AgreementNotCovering { number, .. } => pick(
            lang,
            format!("Perjanjian {number} masih draf atau sudah diakhiri; pilih perjanjian yang berlaku."),
            format!("Agreement {number} is a draft or terminated; pick one in force."),
        ),
        Rule::MentorNotInService { name, status } => {
            use super::labels::Label;
            let status = crate::domain::enums::EmployeeStatus::from_code(status)
                .map_or(status.as_str(), |s| s.label(lang));
            pick(
                lang,
                format!("{name} tidak sedang bertugas ({status}); pembimbing lapangan harus pegawai yang bertugas."),
                format!("{name} is not in service ({status}); the field mentor must be an employee in service."),
            )
        }
        Rule::MentorOtherUnit { name, unit, host } => pick(
            lang,
            format!("{name} bertugas di {unit}; pembimbing lapangan adalah pegawai {host} (atau unit di bawahnya)."),
            format!("{name} works at {unit}; the field mentor is an official of {host} (or a unit under it)."),
        ),
        Rule::CapacityFull {
            unit,
            capacity,
            day,
        } => pick(
            lang,
            format!(
                "Kapasitas magang {unit} {capacity} orang sudah terisi pada {}; pilih periode atau unit lain, atau naikkan kapasitasnya.",
                d(day)
            ),
            format!(
                "{unit} takes {capacity} interns and is full on {}; pick another period or unit, or raise its capacity.",
                d(day)
            ),
        ),
        Rule::InternStatusChange { from, to } => pick(
            lang,
            format!("Status magang tidak dapat diubah dari {from} ke {to}: diajukan → diterima atau ditolak → berjalan → selesai atau batal."),
            format!("An internship's status cannot go from {from} to {to}: requested → accepted or refused → running → finished or cancelled."),
        ),
        Rule::LogbookOutsidePeriod { start, end } => pick(
            lang,
            format!(
                "Tanggal logbook harus dalam masa magang {} s.d. {}.",
                d(start),
                d(end)
            ),
            format!(
                "A logbook date must fall within the internship, {} to {}.",
                d(start),
                d(end)
            ),
        ),
        Rule::LogbookDayTaken { day } => pick(
            lang,
            format!("Sudah ada entri logbook pada {}; ubah entri itu.", d(day)),
            format!("There is already a logbook entry on {}; edit that one.", d(day)),
        ),
        Rule::FeedbackTooEarly { start } => pick(
            lang,
            format!(
                "Evaluasi akhir diisi setelah magang dimulai ({}).",
                d(start)
            ),
            format!(
                "The final evaluation comes after the internship has started ({}).",
                d(start)
            ),
        ),
        Rule::FollowUpBeforeEnd { end } => pick(
            lang,
            format!("Tindak lanjut diisi setelah pelatihan selesai ({}).", d(end)),
            format!("A follow-up comes after the training ended ({}).", d(end)),
        ),
        Rule::AlreadyRenewed { number } => pick(
            lang,
            format!("Perjanjian ini sudah diperpanjang dengan {number}."),
            format!("This agreement was already renewed by {number}."),
        ),
    }
}
