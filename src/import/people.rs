//! Import kinds about the organisation and its people: units, employees,
//! competency standards, assessments and performance evaluations.

use super::kinds::{self as k, code, opt_code, opt_date, opt_text, req_date, req_text, text};
use super::row::Row;
use super::{Ctx, Kind, Located};
use crate::codes;
use crate::db::assessments::AssessmentInput;
use crate::db::employees_write::{self as ew, EmployeeInput, StatusChange};
use crate::db::evaluations_write::EvaluationInput;
use crate::db::import_keys as keys;
use crate::db::standards::StandardInput;
use crate::db::units::UnitInput;
use crate::db::write::WriteError;
use crate::domain::enums::*;
use crate::domain::validate::{check_employee, employee_column};
use rusqlite::Connection;

// ------------------------------------------------------------------ units

pub struct Units;

impl Kind for Units {
    type R = UnitInput;
    const KEY: &'static [&'static str] = &["kode"];
    const READS: &'static [&'static str] = &[
        "nama",
        "singkatan",
        "jenis",
        "induk_kode",
        "urutan",
        "aktif",
        "kapasitas_magang",
    ];
    const DERIVED: &'static [&'static str] = &["asumsi"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let Some(kode) = row.required("kode") else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::unit_by_code(tx, &kode)?,
            key: kode.to_uppercase(),
            column: "kode",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<UnitInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<UnitInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or(UnitInput {
            aktif: true,
            ..UnitInput::default()
        });
        text(row, "kode", &mut r.kode);
        req_text(row, "nama", &mut r.nama);
        text(row, "singkatan", &mut r.singkatan);
        code(row, "jenis", &codes!(UnitKind), &mut r.jenis, true);
        if let Some(parent) = row.text("induk_kode") {
            r.induk_id = if parent.is_empty() {
                None
            } else {
                match keys::unit_by_code(tx, &parent)? {
                    Some(id) => Some(id),
                    None => {
                        row.not_found("induk_kode", &parent);
                        None
                    }
                }
            };
        }
        if let Some(v) = row.int("urutan") {
            r.urutan = v.unwrap_or(0);
        }
        if let Some(v) = row.flag("aktif") {
            r.aktif = v.unwrap_or(new || r.aktif);
        }
        k::opt_int(row, "kapasitas_magang", &mut r.kapasitas_magang);
        Ok(row.errors.is_empty().then_some(r))
    }
}

// ------------------------------------------------------------------ employees

pub struct Employees;

impl Kind for Employees {
    type R = EmployeeInput;
    const KEY: &'static [&'static str] = &["nip"];
    const READS: &'static [&'static str] = &[
        "nama",
        "jenis_kelamin",
        "tanggal_lahir",
        "jenis_asn",
        "golongan",
        "jenis_jabatan",
        "jabatan",
        "unit_kerja",
        "status",
        "nik",
        "gelar_depan",
        "gelar_belakang",
        "tempat_lahir",
        "tmt_golongan",
        "pendidikan_terakhir",
        "program_studi",
        "jenjang_jf",
        "kode_unit",
        "tmt_pengangkatan",
        "tmt_jabatan",
        "tanggal_status",
        "email",
        "telepon",
        "status_terjadwal",
        "tanggal_status_terjadwal",
    ];
    const DERIVED: &'static [&'static str] = &[];
    /// The checks read the row's own employee (by NIP), golongan and units,
    /// which an import of employees never writes.
    const CHECKS_READ_ONLY_OTHERS: bool = true;

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let Some(nip) = row.digits("nip") else {
            return Ok(None);
        };
        if nip.is_empty() {
            row.missing_for_new("nip");
            return Ok(None);
        }
        Ok(Some(Located {
            id: keys::employee_by_nip(tx, &nip)?,
            key: nip,
            column: "nip",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<EmployeeInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<EmployeeInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or_default();
        if let Some(nip) = row.digits("nip") {
            r.nip = nip;
        }
        req_text(row, "nama", &mut r.nama);
        text(row, "gelar_depan", &mut r.gelar_depan);
        text(row, "gelar_belakang", &mut r.gelar_belakang);
        code(
            row,
            "jenis_kelamin",
            &codes!(Gender),
            &mut r.jenis_kelamin,
            true,
        );
        text(row, "tempat_lahir", &mut r.tempat_lahir);
        req_date(row, "tanggal_lahir", &mut r.tanggal_lahir);
        code(row, "jenis_asn", &codes!(AsnKind), &mut r.jenis_asn, true);
        opt_text(row, "golongan", &mut r.golongan);
        if let Some(g) = &r.golongan
            && !keys::golongan_exists(tx, g)?
        {
            let g = g.clone();
            row.not_found("golongan", &g);
        }
        opt_date(row, "tmt_golongan", &mut r.tmt_golongan);
        opt_code(
            row,
            "pendidikan_terakhir",
            &codes!(Education),
            &mut r.pendidikan_terakhir,
        );
        text(row, "program_studi", &mut r.program_studi);
        code(
            row,
            "jenis_jabatan",
            &codes!(PositionKind),
            &mut r.jenis_jabatan,
            true,
        );
        opt_code(row, "jenjang_jf", &codes!(JfLevel), &mut r.jenjang_jf);
        req_text(row, "jabatan", &mut r.nama_jabatan);
        match k::unit(tx, row, Some("kode_unit"), "unit_kerja")? {
            Some(Some(id)) => r.unit_kerja_id = id,
            Some(None) => row.missing_for_new("unit_kerja"),
            None if new && !row.has("unit_kerja") && !row.has("kode_unit") => {
                row.missing_for_new("unit_kerja")
            }
            None => {}
        }
        if row.has("nik")
            && let Some(nik) = row.digits("nik")
        {
            r.nik = (!nik.is_empty()).then_some(nik);
        }
        opt_date(row, "tmt_pengangkatan", &mut r.tmt_pengangkatan);
        opt_date(row, "tmt_jabatan", &mut r.tmt_jabatan);
        text(row, "email", &mut r.email);
        text(row, "telepon", &mut r.telepon);
        Ok(row.errors.is_empty().then_some(r))
    }

    fn rules(
        _tx: &Connection,
        r: &EmployeeInput,
        ctx: &Ctx,
    ) -> rusqlite::Result<Vec<(&'static str, String)>> {
        Ok(k::problems(
            ctx.lang,
            check_employee(&r.rule_record(), ctx.today),
            employee_column,
        ))
    }

    /// The status columns: a status other than the one in effect (with the
    /// date it began) is recorded as a change, as the status form does; a
    /// scheduled one likewise when it is not recorded yet.
    fn after(
        tx: &Connection,
        id: i64,
        added: bool,
        row: &mut Row,
        ctx: &Ctx,
    ) -> Result<bool, WriteError> {
        let mut changed = false;
        for (status_col, date_col, scheduled) in [
            ("status", "tanggal_status", false),
            ("status_terjadwal", "tanggal_status_terjadwal", true),
        ] {
            let Some(Some(status)) = row.code(status_col, &codes!(EmployeeStatus)) else {
                continue;
            };
            let Some(status) = EmployeeStatus::from_code(&status) else {
                continue;
            };
            let date = row.date(date_col).flatten();
            // A new employee starts AKTIF: nothing to record for that (one
            // just inserted has only the first status row: no need to count).
            if !scheduled && status == EmployeeStatus::Aktif && (added || row_is_new(tx, id)?) {
                continue;
            }
            let Some(state) = ew::status_state(tx, id)? else {
                continue;
            };
            let recorded = |d: &str| {
                state
                    .timeline
                    .changes
                    .iter()
                    .any(|(cd, s)| *s == status && crate::domain::dates::iso(*cd) == d)
            };
            let needed = match &date {
                Some(d) if scheduled => !recorded(d),
                _ if scheduled => false,
                Some(d) => state.now != status && !recorded(d),
                None => state.now != status,
            };
            if !needed {
                continue;
            }
            let Some(date) = date else {
                row.missing_for_new(date_col);
                continue;
            };
            let Some((_, version, _)) = ew::load(tx, id)? else {
                continue;
            };
            ew::change_status_in(
                tx,
                id,
                version,
                &StatusChange {
                    status,
                    date,
                    nomor_sk: String::new(),
                    note: crate::i18n::cli_import::status_note(ctx.lang),
                },
                &ctx.actor,
            )?;
            changed = true;
        }
        Ok(changed)
    }
}

/// Whether employee `id` has only the first status row its insert made.
fn row_is_new(tx: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(crate::db::import_keys::status_rows(tx, id)? <= 1)
}

// ------------------------------------------------------------------ standards

pub struct Standards;

impl Kind for Standards {
    type R = StandardInput;
    const KEY: &'static [&'static str] = &["jenis_jabatan", "kompetensi"];
    const READS: &'static [&'static str] = &["jenjang_jf", "nama_jabatan", "level_standar"];
    const DERIVED: &'static [&'static str] = &["asumsi"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let position = row.code("jenis_jabatan", &codes!(PositionKind)).flatten();
        if position.is_none() && row.errors.is_empty() {
            row.missing_for_new("jenis_jabatan");
        }
        let level = row.code("jenjang_jf", &codes!(JfLevel)).flatten();
        let title = row.text("nama_jabatan").unwrap_or_default();
        let competency = competency(tx, row)?;
        let (Some(position), Some(competency)) = (position, competency) else {
            return Ok(None);
        };
        let level = level.unwrap_or_default();
        Ok(Some(Located {
            id: keys::standard(tx, &position, &level, &title, competency)?,
            key: format!("{position}|{level}|{}|{competency}", title.to_lowercase()),
            column: "kompetensi",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<StandardInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<StandardInput>> {
        let mut r = base.unwrap_or_default();
        code(
            row,
            "jenis_jabatan",
            &codes!(PositionKind),
            &mut r.jenis_jabatan,
            true,
        );
        code(
            row,
            "jenjang_jf",
            &codes!(JfLevel),
            &mut r.jenjang_jf,
            false,
        );
        text(row, "nama_jabatan", &mut r.nama_jabatan);
        if let Some(id) = competency(tx, row)? {
            r.kompetensi_id = id;
        }
        level(row, "level_standar", &mut r.level_standar);
        Ok(row.errors.is_empty().then_some(r))
    }
}

/// The competency named by its code in `kompetensi`.
fn competency(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<i64>> {
    let Some(kode) = row.required("kompetensi") else {
        return Ok(None);
    };
    let id = keys::competency_by_code(tx, &kode)?;
    if id.is_none() {
        row.not_found("kompetensi", &kode);
    }
    Ok(id)
}

/// A level 1–5 that must be given.
fn level(row: &mut Row, col: &'static str, field: &mut i64) {
    let before = row.errors.len();
    match row.int(col) {
        Some(Some(v)) => *field = v,
        Some(None) => *field = 0,
        None => {}
    }
    if row.errors.len() > before {
        return;
    }
    if *field == 0 && !row.has(col) {
        row.missing_for_new(col);
    } else if let Some(p) = crate::domain::validate::check_level(col, *field) {
        let text = crate::i18n::errors::problem(row.lang(), &p);
        row.fail(col, &field.to_string(), text);
    }
}

// ------------------------------------------------------------------ assessments

pub struct Assessments;

impl Kind for Assessments {
    type R = AssessmentInput;
    const KEY: &'static [&'static str] = &["nip", "kompetensi", "tanggal"];
    const READS: &'static [&'static str] = &["level_aktual", "metode", "penilai", "catatan"];
    const DERIVED: &'static [&'static str] = &["nama", "sumber"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let employee = k::employee(tx, row, "nip")?;
        if let Some(None) = employee {
            row.missing_for_new("nip");
        }
        let competency = competency(tx, row)?;
        let date = row.date("tanggal").flatten();
        if date.is_none() && row.errors.is_empty() {
            row.missing_for_new("tanggal");
        }
        let (Some(Some(e)), Some(c), Some(d)) = (employee, competency, date) else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::assessment(tx, e, c, &d)?,
            key: format!("{e}|{c}|{d}"),
            column: "tanggal",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<AssessmentInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<AssessmentInput>> {
        let mut r = base.unwrap_or_default();
        if let Some(Some(e)) = k::employee(tx, row, "nip")? {
            r.pegawai_id = e;
        }
        if let Some(c) = competency(tx, row)? {
            r.kompetensi_id = c;
        }
        req_date(row, "tanggal", &mut r.tanggal);
        level(row, "level_aktual", &mut r.level);
        code(
            row,
            "metode",
            &codes!(AssessmentMethod),
            &mut r.metode,
            true,
        );
        text(row, "penilai", &mut r.penilai);
        text(row, "catatan", &mut r.catatan);
        Ok(row.errors.is_empty().then_some(r))
    }
}

// ------------------------------------------------------------------ evaluations

pub struct Evaluations;

impl Kind for Evaluations {
    type R = EvaluationInput;
    const KEY: &'static [&'static str] = &["nip", "tahun", "jenis_periode", "periode_ke"];
    const READS: &'static [&'static str] = &[
        "hasil_kerja",
        "perilaku",
        "pejabat_penilai_nip",
        "atasan_penilai_nip",
        "catatan",
        "umpan_balik",
        "umpan_balik_dampak",
        "umpan_balik_langkah",
        "umpan_balik_tanggal",
    ];
    const DERIVED: &'static [&'static str] = &["nama", "predikat", "unit_kerja"];

    fn locate(tx: &Connection, row: &mut Row) -> rusqlite::Result<Option<Located>> {
        let employee = k::employee(tx, row, "nip")?;
        if let Some(None) = employee {
            row.missing_for_new("nip");
        }
        let year = row.int("tahun").flatten();
        let kind = row.code("jenis_periode", &codes!(PeriodKind)).flatten();
        let number = row.int("periode_ke").flatten();
        for (col, missing) in [
            ("tahun", year.is_none()),
            ("jenis_periode", kind.is_none()),
            ("periode_ke", number.is_none()),
        ] {
            if missing && !row.errors.iter().any(|e| e.column == col) {
                row.missing_for_new(col);
            }
        }
        let (Some(Some(e)), Some(y), Some(kind), Some(n)) = (employee, year, kind, number) else {
            return Ok(None);
        };
        Ok(Some(Located {
            id: keys::evaluation(tx, e, y, &kind, n)?,
            key: format!("{e}|{y}|{kind}|{n}"),
            column: "periode_ke",
        }))
    }

    fn build(
        tx: &Connection,
        row: &mut Row,
        base: Option<EvaluationInput>,
        _ctx: &Ctx,
    ) -> rusqlite::Result<Option<EvaluationInput>> {
        let new = base.is_none();
        let mut r = base.unwrap_or_default();
        if let Some(Some(e)) = k::employee(tx, row, "nip")? {
            r.pegawai_id = e;
        }
        if let Some(Some(y)) = row.int("tahun") {
            r.tahun = y;
        }
        code(
            row,
            "jenis_periode",
            &codes!(PeriodKind),
            &mut r.jenis_periode,
            true,
        );
        if let Some(Some(n)) = row.int("periode_ke") {
            r.periode_ke = n;
        }
        let ratings = codes!(Rating);
        code(
            row,
            "hasil_kerja",
            &ratings,
            &mut r.rating_hasil_kerja,
            true,
        );
        code(row, "perilaku", &ratings, &mut r.rating_perilaku, true);
        if let Some(v) = k::employee(tx, row, "pejabat_penilai_nip")? {
            r.pejabat_penilai_id = v;
        }
        if let Some(v) = k::employee(tx, row, "atasan_penilai_nip")? {
            r.atasan_penilai_id = v;
        }
        text(row, "catatan", &mut r.catatan);
        text(row, "umpan_balik", &mut r.umpan_balik);
        text(row, "umpan_balik_dampak", &mut r.umpan_balik_dampak);
        text(row, "umpan_balik_langkah", &mut r.umpan_balik_langkah);
        opt_date(row, "umpan_balik_tanggal", &mut r.umpan_balik_tanggal);
        // As the form does: a new evaluation without appraisers gets the
        // ones the unit's structure gives (a stored one keeps what it has).
        if new
            && row.errors.is_empty()
            && (r.pejabat_penilai_id.is_none() || r.atasan_penilai_id.is_none())
        {
            let (penilai, atasan) = crate::db::evaluations_write::appraisers(tx, r.pegawai_id)?;
            r.pejabat_penilai_id = r.pejabat_penilai_id.or(penilai);
            r.atasan_penilai_id = r.atasan_penilai_id.or(atasan);
        }
        Ok(row.errors.is_empty().then_some(r))
    }
}
