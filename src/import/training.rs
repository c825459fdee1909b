//! Import kinds of the training catalogue: trainings and their participants
//! (with results).

use super::kinds::{self as k, code, opt_date, req_date, req_text, text};
use super::row::Row;
use super::{Ctx, Kind, Located};
use crate::codes;
use crate::db::import_keys as keys;
use crate::db::trainings::{EnrollmentInput, TrainingInput, TrainingTarget};
use crate::domain::enums::*;
use crate::domain::validate::{EnrollmentRecord, Problem, check_enrollment, check_training};
use rusqlite::Connection;

pub struct Trainings;

impl Kind for Trainings {
    type R = TrainingInput;
    const KEY: &'static [&'static str] = &["kode"];
    const READS: &'static [&'static str] = &[
        "nama",
        "jalur",
        "bentuk",
        "jenis",
        "kelompok_kompetensi",
        "penyelenggara",
        "jumlah_jp",
        "tanggal_mulai",
        "tanggal_selesai",
        "lokasi",
        "daring",
        "kuota",
        "biaya",
        "sumber_dana",
        "status",
        "kompetensi",
        "level_sasaran",
    ];
    const DERIVED: &'static [&'static str] =
        &["durasi_menit", "mitra", "peserta", "peserta_selesai"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let Some(kode) = row.required("kode") else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::training_by_code(tx, &kode)?,
            key: kode.to_uppercase(),
            column: "kode",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<TrainingInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<TrainingInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or_default();
        text(row, "kode", &mut r.kode);
        req_text(row, "nama", &mut r.nama);
        code(row, "jalur", &codes!(TrainingPath), &mut r.jalur, true);
        code(row, "bentuk", &codes!(TrainingForm), &mut r.bentuk, true);
        code(row, "jenis", &codes!(TrainingType), &mut r.jenis, true);
        code(
            row,
            "kelompok_kompetensi",
            &codes!(CompetencyGroup),
            &mut r.kelompok_kompetensi,
            true,
        );
        text(row, "penyelenggara", &mut r.penyelenggara);
        match row.real("jumlah_jp") {
            Some(Some(v)) => r.jumlah_jp = v,
            Some(None) => row.missing_for_new("jumlah_jp"),
            None if new && !row.has("jumlah_jp") => row.missing_for_new("jumlah_jp"),
            None => {}
        }
        req_date(row, "tanggal_mulai", &mut r.tanggal_mulai);
        req_date(row, "tanggal_selesai", &mut r.tanggal_selesai);
        text(row, "lokasi", &mut r.lokasi);
        if let Some(v) = row.flag("daring") {
            r.daring = v.unwrap_or(false);
        }
        k::opt_int(row, "kuota", &mut r.kuota);
        if let Some(v) = row.int("biaya") {
            r.biaya = v.unwrap_or(0);
        }
        code(
            row,
            "sumber_dana",
            &codes!(FundingSource),
            &mut r.sumber_dana,
            true,
        );
        code(row, "status", &codes!(TrainingStatus), &mut r.status, true);
        // Targets: `level_sasaran` (M.01=3;T.05) says more than `kompetensi`.
        let col = if row.has("level_sasaran") {
            Some("level_sasaran")
        } else if row.has("kompetensi") {
            Some("kompetensi")
        } else {
            None
        };
        if let Some(col) = col
            && let Some(list) = row.text(col)
        {
            r.targets = targets(tx, row, col, &list)?;
        }
        Ok(row.errors.is_empty().then_some(r))
    }

    fn rules(
        _tx: &Connection,
        r: &TrainingInput,
        ctx: &Ctx,
    ) -> rusqlite::Result<Vec<(&'static str, String)>> {
        let column = |p: &Problem| match p {
            Problem::NotPositive { .. } => "jumlah_jp",
            Problem::EndBeforeStart { .. } => "tanggal_selesai",
            Problem::BadDate { column, .. } => column,
            _ => "kode",
        };
        Ok(k::problems(
            ctx.lang,
            check_training(r.jumlah_jp, &r.tanggal_mulai, &r.tanggal_selesai),
            column,
        ))
    }
}

/// `M.01=3;T.05` → the competencies and the levels aimed at.
fn targets(
    tx: &Connection,
    row: &mut Row,
    col: &str,
    list: &str,
) -> rusqlite::Result<Vec<TrainingTarget>> {
    let mut out: Vec<TrainingTarget> = Vec::new();
    for part in list
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let (kode, level) = match part.split_once('=') {
            Some((c, l)) => (c.trim(), Some(l.trim())),
            None => (part, None),
        };
        let Some(id) = keys::competency_by_code(tx, kode)? else {
            row.not_found(col, kode);
            continue;
        };
        let level = match level.map(str::parse::<i64>) {
            None => None,
            Some(Ok(l)) if (1..=5).contains(&l) => Some(l),
            Some(_) => {
                let p = Problem::LevelOutOfRange {
                    column: "level_sasaran",
                    value: 0,
                };
                let text = crate::i18n::errors::problem(row.lang(), &p);
                row.fail(col, part, text);
                continue;
            }
        };
        if !out.iter().any(|t| t.kompetensi_id == id) {
            out.push(TrainingTarget {
                kompetensi_id: id,
                level,
            });
        }
    }
    out.sort_by_key(|t| t.kompetensi_id);
    Ok(out)
}

// ------------------------------------------------------------------ participants

pub struct Enrollments;

impl Kind for Enrollments {
    type R = EnrollmentInput;
    const KEY: &'static [&'static str] = &["kode_pelatihan", "nip"];
    const READS: &'static [&'static str] = &[
        "sumber_usulan",
        "status",
        "nilai_akhir",
        "jp_diakui",
        "nomor_sertifikat",
        "tanggal_sertifikat",
        "bukti_ref",
    ];
    const DERIVED: &'static [&'static str] = &[
        "nama_pelatihan",
        "nama",
        "unit_kerja",
        "diverifikasi_oleh",
        "tanggal_verifikasi",
        "tanggal_mulai",
        "tanggal_selesai",
    ];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let training = match row.required("kode_pelatihan") {
            Some(kode) => {
                let id = keys::training_by_code(tx, &kode)?;
                if id.is_none() {
                    row.not_found("kode_pelatihan", &kode);
                }
                id
            }
            None => None,
        };
        let employee = k::employee(tx, row, "nip")?;
        if let Some(None) = employee {
            row.missing_for_new("nip");
        }
        let (Some(t), Some(Some(e))) = (training, employee) else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::enrollment(tx, t, e)?,
            key: format!("{t}|{e}"),
            column: "nip",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<EnrollmentInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<EnrollmentInput>> {
        let mut r = base.unwrap_or_else(|| EnrollmentInput {
            sumber_usulan: ProposalSource::Opd.as_code().to_string(),
            status: EnrollmentStatus::ALL[0].as_code().to_string(),
            ..EnrollmentInput::default()
        });
        if let Some(kode) = row.text("kode_pelatihan")
            && let Some(id) = keys::training_by_code(tx, &kode)?
        {
            r.pelatihan_id = id;
        }
        if let Some(Some(e)) = k::employee(tx, row, "nip")? {
            r.pegawai_id = e;
        }
        code(
            row,
            "sumber_usulan",
            &codes!(ProposalSource),
            &mut r.sumber_usulan,
            true,
        );
        code(
            row,
            "status",
            &codes!(EnrollmentStatus),
            &mut r.status,
            true,
        );
        k::opt_real(row, "nilai_akhir", &mut r.nilai_akhir);
        if let Some(v) = row.real("jp_diakui") {
            r.jp_diakui = v.unwrap_or(0.0);
        }
        text(row, "nomor_sertifikat", &mut r.nomor_sertifikat);
        opt_date(row, "tanggal_sertifikat", &mut r.tanggal_sertifikat);
        text(row, "bukti_ref", &mut r.bukti_ref);
        Ok(row.errors.is_empty().then_some(r))
    }

    fn rules(
        tx: &Connection,
        r: &EnrollmentInput,
        ctx: &Ctx,
    ) -> rusqlite::Result<Vec<(&'static str, String)>> {
        let Some((jp, minutes, status, end)) = keys::training_facts(tx, r.pelatihan_id)? else {
            return Ok(Vec::new());
        };
        let record = EnrollmentRecord {
            status: r.status.clone(),
            jp: r.jp_diakui,
            training_jp: jp,
            training_minutes: minutes,
            training_status: status,
            training_end: end,
        };
        let column = |p: &Problem| match p {
            Problem::BadCode { column, .. } => column,
            _ => "jp_diakui",
        };
        Ok(k::problems(
            ctx.lang,
            check_enrollment(&record, ctx.today, ctx.minutes_per_jp),
            column,
        ))
    }
}
