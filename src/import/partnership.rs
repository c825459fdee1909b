//! Import kinds of the partnerships: partners, agreements (MoU / PKS) and
//! student internships. Their rules (a PKS within its MoU, an intern within
//! the agreement, the mentor, the host's capacity, the status steps) are the
//! record kinds' own checks in `db`, run by the write as in the forms.

use super::kinds::{self as k, code, opt_date, req_date, req_text, text};
use super::row::Row;
use super::{Ctx, Kind, Located};
use crate::codes;
use crate::db::agreements::AgreementInput;
use crate::db::import_keys as keys;
use crate::db::internships::InternshipInput;
use crate::db::partners::PartnerInput;
use crate::domain::enums::*;
use rusqlite::Connection;

pub struct Partners;

impl Kind for Partners {
    type R = PartnerInput;
    const KEY: &'static [&'static str] = &["nama"];
    const READS: &'static [&'static str] = &[
        "singkatan",
        "jenis",
        "alamat",
        "narahubung",
        "telepon",
        "email",
        "catatan",
    ];
    const DERIVED: &'static [&'static str] = &["fiktif"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let Some(nama) = row.required("nama") else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::partner_by_current_name(tx, &nama)?,
            key: nama.to_lowercase(),
            column: "nama",
        }))
    }

    fn build(
        _tx: &Connection,
        row: &mut Row,
        base: Option<PartnerInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<PartnerInput>> {
        let mut r = base.unwrap_or_default();
        req_text(row, "nama", &mut r.nama);
        text(row, "singkatan", &mut r.singkatan);
        code(row, "jenis", &codes!(PartnerKind), &mut r.jenis, true);
        for (col, field) in [
            ("alamat", &mut r.alamat),
            ("narahubung", &mut r.narahubung),
            ("telepon", &mut r.telepon),
            ("email", &mut r.email),
            ("catatan", &mut r.catatan),
        ] {
            text(row, col, field);
        }
        Ok(row.errors.is_empty().then_some(r))
    }
}

// ------------------------------------------------------------------ agreements

pub struct Agreements;

impl Kind for Agreements {
    type R = AgreementInput;
    const KEY: &'static [&'static str] = &["nomor"];
    const READS: &'static [&'static str] = &[
        "mitra",
        "mitra_sekarang",
        "jenis_dokumen",
        "tanggal_mulai",
        "tanggal_berakhir",
        "nomor_mitra",
        "tentang",
        "ruang_lingkup",
        "tanggal_tanda_tangan",
        "penandatangan_pemko",
        "penandatangan_mitra",
        "unit_pelaksana",
        "induk_nomor",
        "diperpanjang_dari_nomor",
        "status_dokumen",
        "catatan",
    ];
    const DERIVED: &'static [&'static str] = &["status", "sisa_hari", "diperpanjang_menjadi_nomor"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let Some(nomor) = row.required("nomor") else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::agreement_by_number(tx, &nomor)?,
            key: nomor.to_lowercase(),
            column: "nomor",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<AgreementInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<AgreementInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or_else(|| AgreementInput {
            status_dokumen: AgreementLifecycle::Ditandatangani.as_code().to_string(),
            ..AgreementInput::default()
        });
        text(row, "nomor", &mut r.nomor_pemko);
        // The partner today (`mitra_sekarang`) when the file has it: `mitra`
        // is the name on the signing date, maybe a former one.
        let partner_col = if row.has("mitra_sekarang") {
            "mitra_sekarang"
        } else {
            "mitra"
        };
        match k::partner(tx, row, partner_col)? {
            Some(id) => r.mitra_id = id,
            None if new && !row.has(partner_col) => row.missing_for_new("mitra"),
            None => {}
        }
        code(
            row,
            "jenis_dokumen",
            &codes!(AgreementDoc),
            &mut r.jenis_dokumen,
            true,
        );
        req_date(row, "tanggal_mulai", &mut r.tanggal_mulai);
        req_date(row, "tanggal_berakhir", &mut r.tanggal_berakhir);
        for (col, field) in [
            ("nomor_mitra", &mut r.nomor_mitra),
            ("tentang", &mut r.tentang),
            ("ruang_lingkup", &mut r.ruang_lingkup),
            ("penandatangan_pemko", &mut r.penandatangan_pemko),
            ("penandatangan_mitra", &mut r.penandatangan_mitra),
            ("catatan", &mut r.catatan),
        ] {
            text(row, col, field);
        }
        opt_date(row, "tanggal_tanda_tangan", &mut r.tanggal_tanda_tangan);
        if let Some(v) = k::unit(tx, row, None, "unit_pelaksana")? {
            r.unit_pelaksana_id = v;
        }
        if let Some(v) = k::agreement(tx, row, "induk_nomor")? {
            r.induk_id = v;
        }
        if let Some(v) = k::agreement(tx, row, "diperpanjang_dari_nomor")? {
            r.diperpanjang_dari_id = v;
        }
        code(
            row,
            "status_dokumen",
            &codes!(AgreementLifecycle),
            &mut r.status_dokumen,
            true,
        );
        Ok(row.errors.is_empty().then_some(r))
    }
}

// ------------------------------------------------------------------ internships

pub struct Internships;

impl Kind for Internships {
    type R = InternshipInput;
    const KEY: &'static [&'static str] = &["nim", "mitra"];
    const READS: &'static [&'static str] = &[
        "nama",
        "unit_kerja",
        "pembimbing_nip",
        "tanggal_mulai",
        "tanggal_selesai",
        "status",
        "jenis_kelamin",
        "program_studi",
        "jenjang",
        "semester",
        "skema",
        "perjanjian_nomor",
        "dosen_pembimbing",
        "nomor_surat_permohonan",
        "tanggal_surat_permohonan",
        "nomor_surat_balasan",
        "tanggal_surat_balasan",
        "nilai_akhir",
        "nomor_surat_keterangan",
    ];
    const DERIVED: &'static [&'static str] = &["pembimbing_nama"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let nim = row.required("nim");
        let partner = k::partner(tx, row, "mitra")?;
        let (Some(nim), Some(p)) = (nim, partner) else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::internship(tx, &nim, p)?,
            key: format!("{}|{p}", nim.to_lowercase()),
            column: "nim",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<InternshipInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<InternshipInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or_else(|| InternshipInput {
            status: InternStatus::Diajukan.as_code().to_string(),
            ..InternshipInput::default()
        });
        req_text(row, "nim", &mut r.nim);
        if let Some(p) = k::partner(tx, row, "mitra")? {
            r.mitra_id = p;
        }
        req_text(row, "nama", &mut r.nama);
        match k::unit(tx, row, None, "unit_kerja")? {
            Some(Some(id)) => r.unit_kerja_id = id,
            Some(None) => row.missing_for_new("unit_kerja"),
            None if new && !row.has("unit_kerja") => row.missing_for_new("unit_kerja"),
            None => {}
        }
        if let Some(v) = k::employee(tx, row, "pembimbing_nip")? {
            r.pembimbing_lapangan_id = v;
        }
        req_date(row, "tanggal_mulai", &mut r.tanggal_mulai);
        req_date(row, "tanggal_selesai", &mut r.tanggal_selesai);
        code(row, "status", &codes!(InternStatus), &mut r.status, true);
        code(
            row,
            "jenis_kelamin",
            &codes!(Gender),
            &mut r.jenis_kelamin,
            true,
        );
        text(row, "program_studi", &mut r.program_studi);
        code(row, "jenjang", &codes!(StudyLevel), &mut r.jenjang, true);
        k::opt_int(row, "semester", &mut r.semester);
        code(row, "skema", &codes!(InternScheme), &mut r.skema, true);
        if let Some(v) = k::agreement(tx, row, "perjanjian_nomor")? {
            r.kerja_sama_id = v;
        }
        for (col, field) in [
            ("dosen_pembimbing", &mut r.dosen_pembimbing),
            ("nomor_surat_permohonan", &mut r.nomor_surat_permohonan),
            ("nomor_surat_balasan", &mut r.nomor_surat_balasan),
            ("nomor_surat_keterangan", &mut r.nomor_surat_keterangan),
        ] {
            text(row, col, field);
        }
        opt_date(row, "tanggal_surat_permohonan", &mut r.tanggal_surat);
        opt_date(row, "tanggal_surat_balasan", &mut r.tanggal_surat_balasan);
        k::opt_real(row, "nilai_akhir", &mut r.nilai_akhir);
        Ok(row.errors.is_empty().then_some(r))
    }
}
