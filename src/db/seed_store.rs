//! Writing the demo data of `peka seed`, and a canonical dump of a database's
//! content (used to prove that seeding is deterministic and that the committed
//! sample.db is exactly what the seeder makes).

use crate::seed::rows::SeedData;
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};
use std::fmt::Write as _;

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn iso_opt(d: Option<NaiveDate>) -> Option<String> {
    d.map(iso)
}

/// Inserts everything in `data` in one transaction (all or nothing). The
/// database must be freshly migrated and empty but for what every new file
/// holds (the national competencies, ids 1–9, which the seed refers to).
pub fn insert_all(conn: &mut Connection, data: &SeedData) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    insert_reference(&tx, data)?;
    insert_people(&tx, data)?;
    schedule_pensions(&tx, data)?;
    insert_competencies(&tx, data)?;
    insert_trainings(&tx, data)?;
    insert_evaluations(&tx, data)?;
    insert_partnerships(&tx, data)?;
    tx.commit()
}

fn insert_reference(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn
        .prepare_cached("INSERT INTO pengaturan (kunci, nilai, keterangan) VALUES (?1, ?2, ?3)")?;
    for s in &data.settings {
        st.execute(params![s.key, s.value, s.note])?;
    }
    let mut st =
        conn.prepare_cached("INSERT INTO kecamatan (kode, nama, asumsi) VALUES (?1, ?2, ?3)")?;
    for k in &data.kecamatan {
        st.execute(params![k.code, k.name, k.assumed])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan, asumsi, kapasitas_magang)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for u in &data.units {
        st.execute(params![
            u.id,
            u.code,
            u.name,
            u.short,
            u.kind,
            u.parent_id,
            u.order,
            u.assumed,
            u.capacity
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO mitra (id, nama, singkatan, jenis, alamat, narahubung, telepon, email, fiktif)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for m in &data.partners {
        st.execute(params![
            m.id,
            m.name,
            m.short,
            m.kind,
            m.address,
            m.contact,
            m.phone,
            m.email,
            m.fictional
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO mitra_nama_lama (mitra_id, nama, singkatan, berlaku_sampai) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for f in &data.former_names {
        st.execute(params![f.partner_id, f.name, f.short, iso(f.until)])?;
    }
    Ok(())
}

fn insert_people(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO pegawai (id, nip, nik, nama, gelar_depan, gelar_belakang, jenis_kelamin, tempat_lahir,
             tanggal_lahir, jenis_asn, golongan, tmt_golongan, pendidikan_terakhir, program_studi,
             jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, tmt_pengangkatan, tmt_jabatan,
             status, tanggal_status, telepon)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
             ?21, ?22, ?23)",
    )?;
    for e in &data.employees {
        st.execute(params![
            e.id,
            e.nip,
            e.nik,
            e.name,
            e.title_front,
            e.title_back,
            e.gender,
            e.birth_place,
            iso(e.birth_date),
            e.asn_kind,
            e.golongan,
            iso_opt(e.tmt_golongan),
            e.education,
            e.study_program,
            e.position_kind,
            e.jf_level,
            e.position,
            e.unit_id,
            iso(e.tmt_appointment),
            iso_opt(e.tmt_position),
            e.status,
            iso_opt(e.status_date),
            e.phone,
        ])?;
    }
    // Status history as the application keeps it: the appointment, then the
    // current status when it is another one (leave, study, retirement…).
    let mut st = conn.prepare_cached(
        "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai) VALUES (?1, ?2, ?3)",
    )?;
    for e in &data.employees {
        st.execute(params![e.id, "AKTIF", iso(e.tmt_appointment)])?;
        if e.status != "AKTIF"
            && let Some(date) = e.status_date
        {
            st.execute(params![e.id, e.status, iso(date)])?;
        }
    }
    Ok(())
}

/// Months ahead of the reference date for which the demo office has already
/// recorded the pension (its SK issued before the date).
const PENSIONS_RECORDED_MONTHS: u32 = 3;

/// The pensions the office has recorded ahead: every PNS in service whose
/// pension date (BUP of `batas_usia_pensiun`) falls within
/// [`PENSIONS_RECORDED_MONTHS`] after the reference date gets a PENSIUN row
/// dated on it, as a status change through PEKA leaves it (the stored status
/// is the latest change, scheduled). The list of those retiring soon then
/// shows both recorded and not yet recorded pensions.
fn schedule_pensions(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    use crate::domain::retirement::{pension_date, retirement_horizon};
    let Some(as_of) = data
        .settings
        .iter()
        .find(|s| s.key == crate::db::settings::KEY_REFERENCE_DATE)
        .and_then(|s| crate::domain::dates::parse_iso(&s.value))
    else {
        return Ok(());
    };
    let ages = super::retirement::ages(conn)?;
    let until = retirement_horizon(as_of, PENSIONS_RECORDED_MONTHS);
    let mut history = conn.prepare_cached(
        "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai, nomor_sk) VALUES (?1, 'PENSIUN', ?2, ?3)",
    )?;
    let mut stored = conn.prepare_cached(
        "UPDATE pegawai SET status = 'PENSIUN', tanggal_status = ?2 WHERE id = ?1",
    )?;
    let mut n = 0;
    for e in data
        .employees
        .iter()
        .filter(|e| e.asn_kind == "PNS" && e.status == "AKTIF")
    {
        let kind = crate::domain::enums::PositionKind::from_code(e.position_kind);
        let level = e
            .jf_level
            .and_then(crate::domain::enums::JfLevel::from_code);
        let Some(age) = kind.and_then(|k| super::retirement::age_for(&ages, k, level)) else {
            continue;
        };
        let due = pension_date(e.birth_date, age).filter(|d| *d > as_of && *d <= until);
        if let Some(date) = due {
            n += 1;
            let sk = format!("800/{:03}/BKPSDM/{}", n, as_of.format("%Y"));
            history.execute(params![e.id, iso(date), sk])?;
            stored.execute(params![e.id, iso(date)])?;
        }
    }
    Ok(())
}

fn insert_competencies(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO kompetensi (id, kode, nama, jenis, definisi, asumsi) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for k in &data.competencies {
        st.execute(params![
            k.id,
            k.code,
            k.name,
            k.kind,
            k.definition,
            k.assumed
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi, asumsi) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for l in &data.levels {
        st.execute(params![l.competency_id, l.level, l.description, l.assumed])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO standar_kompetensi (id, jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id, level_standar, asumsi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)",
    )?;
    for s in &data.standards {
        st.execute(params![
            s.id,
            s.position_kind,
            s.jf_level,
            s.position,
            s.competency_id,
            s.level
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode, penilai, catatan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    // Assessments a follow-up proposed are written after the follow-ups.
    for a in data.assessments.iter().filter(|a| a.follow_up_id.is_none()) {
        st.execute(params![
            a.id,
            a.employee_id,
            a.competency_id,
            a.level,
            iso(a.date),
            a.method,
            a.assessor,
            a.note
        ])?;
    }
    Ok(())
}

fn insert_trainings(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, penyelenggara, jumlah_jp,
             tanggal_mulai, tanggal_selesai, lokasi, daring, kuota, biaya, sumber_dana, status, mitra_id,
             durasi_menit)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
    )?;
    for t in &data.trainings {
        st.execute(params![
            t.id,
            t.code,
            t.name,
            t.path,
            t.form,
            t.kind,
            t.group,
            t.organiser,
            t.jp,
            iso(t.start),
            iso(t.end),
            t.place,
            t.online,
            t.quota,
            t.cost,
            t.funding,
            t.status,
            t.partner_id,
            t.minutes,
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id) VALUES (?1, ?2)",
    )?;
    for l in &data.training_competencies {
        st.execute(params![l.training_id, l.competency_id])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, nilai_akhir,
             nomor_sertifikat, tanggal_sertifikat, jp_diakui, diverifikasi_oleh, tanggal_verifikasi)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for e in &data.enrollments {
        st.execute(params![
            e.id,
            e.training_id,
            e.employee_id,
            e.source,
            e.status,
            e.score,
            e.certificate_no,
            iso_opt(e.certificate_date),
            e.jp_credited,
            e.verified_by,
            iso_opt(e.verified_on),
        ])?;
    }
    Ok(())
}

fn insert_evaluations(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO evaluasi_kinerja (id, pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja,
             rating_perilaku, predikat, pejabat_penilai_id, atasan_penilai_id, catatan, umpan_balik,
             umpan_balik_dampak, umpan_balik_langkah, umpan_balik_tanggal)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?;
    for e in &data.evaluations {
        st.execute(params![
            e.id,
            e.employee_id,
            e.year,
            e.period_kind,
            e.period,
            e.work_result,
            e.behaviour,
            e.predicate,
            e.appraiser_id,
            e.appraiser_superior_id,
            e.note,
            e.feedback,
            e.effect,
            e.next_step,
            iso_opt(e.agreed),
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for u in &data.unit_predicates {
        st.execute(params![
            u.unit_id,
            u.year,
            u.period_kind,
            u.period,
            u.predicate
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick,
             responden, skor, temuan, rekomendasi, evaluasi_kinerja_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for f in &data.follow_ups {
        st.execute(params![
            f.id,
            f.enrollment_id,
            iso(f.date),
            f.month,
            f.level,
            f.respondent,
            f.score,
            f.finding,
            f.recommendation,
            f.evaluation_id,
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode, penilai,
             catatan, monitoring_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for a in data.assessments.iter().filter(|a| a.follow_up_id.is_some()) {
        st.execute(params![
            a.id,
            a.employee_id,
            a.competency_id,
            a.level,
            iso(a.date),
            a.method,
            a.assessor,
            a.note,
            a.follow_up_id
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO rencana_pengembangan (id, tahun, pegawai_id, kompetensi_id, kesenjangan, jenis_pelatihan_usulan,
             prioritas, status, pelatihan_id, jp_rencana)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for p in &data.plans {
        st.execute(params![
            p.id,
            p.year,
            p.employee_id,
            p.competency_id,
            p.gap,
            p.proposal,
            p.priority,
            p.status,
            p.training_id,
            p.jp,
        ])?;
    }
    Ok(())
}

fn insert_partnerships(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = conn.prepare_cached(
        "INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, nomor_mitra, tentang,
             ruang_lingkup, tanggal_tanda_tangan, tanggal_mulai, tanggal_berakhir, penandatangan_pemko,
             penandatangan_mitra, unit_pelaksana_id, status_dokumen, diperpanjang_dari_id, catatan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?;
    for a in &data.agreements {
        st.execute(params![
            a.id,
            a.partner_id,
            a.doc,
            a.parent_id,
            a.number_city,
            a.number_partner,
            a.about,
            a.scope,
            iso(a.signed),
            iso(a.start),
            iso(a.end),
            a.signer_city,
            a.signer_partner,
            a.unit_id,
            a.lifecycle,
            a.renews,
            a.note,
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO magang (id, mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, program_studi, jenjang, semester,
             skema, unit_kerja_id, pembimbing_lapangan_id, dosen_pembimbing, nomor_surat_permohonan, tanggal_surat,
             nomor_surat_balasan, tanggal_mulai, tanggal_selesai, status, nilai_akhir, nomor_surat_keterangan,
             tanggal_surat_balasan)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
    )?;
    for m in &data.interns {
        st.execute(params![
            m.id,
            m.partner_id,
            m.agreement_id,
            m.name,
            m.nim,
            m.gender,
            m.study_program,
            m.level,
            m.semester,
            m.scheme,
            m.unit_id,
            m.mentor_id,
            m.lecturer,
            m.request_no,
            iso(m.request_date),
            m.reply_no,
            iso(m.start),
            iso(m.end),
            m.status,
            m.score,
            m.completion_no,
            iso_opt(m.reply_date),
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO logbook_magang (id, magang_id, tanggal, kegiatan, hasil, catatan_pembimbing)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for l in &data.logbook {
        st.execute(params![
            l.id,
            l.intern_id,
            iso(l.date),
            l.activity,
            l.output,
            l.remark
        ])?;
    }
    let mut st = conn.prepare_cached(
        "INSERT INTO umpan_balik_magang (id, magang_id, tanggal, nilai_pembimbing, catatan_pembimbing,
             yang_berhasil, saran_unit)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for f in &data.feedback {
        st.execute(params![
            f.id,
            f.intern_id,
            iso(f.date),
            f.score,
            f.mentor_note,
            f.worked,
            f.suggestion
        ])?;
    }
    Ok(())
}

/// Makes a freshly seeded file compact and self-contained: rollback journal
/// instead of WAL (no -wal/-shm files beside it), then VACUUM.
pub fn compact(conn: &Connection) -> rusqlite::Result<()> {
    let _mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    conn.execute_batch("VACUUM")
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The whole content of a database as text: every table by name, its columns,
/// then every row ordered by primary key, one line per row. Two databases have
/// the same content exactly when their dumps are equal.
pub fn dump_content(conn: &Connection) -> rusqlite::Result<String> {
    let mut out = String::new();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let _ = writeln!(out, "user_version {version}");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for table in tables {
        // (pk position, name) for every column; pk position 0 = not in the key.
        let columns: Vec<(i64, String)> = conn
            .prepare(&format!("PRAGMA table_info({})", quote_ident(&table)))?
            .query_map([], |r| Ok((r.get::<_, i64>(5)?, r.get::<_, String>(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut keys: Vec<&(i64, String)> = columns.iter().filter(|(pk, _)| *pk > 0).collect();
        keys.sort();
        let order = if keys.is_empty() {
            "rowid".to_string()
        } else {
            keys.iter()
                .map(|(_, c)| quote_ident(c))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let names: Vec<&str> = columns.iter().map(|(_, c)| c.as_str()).collect();
        let _ = writeln!(out, "table {table} ({})", names.join(", "));
        let sql = format!("SELECT * FROM {} ORDER BY {order}", quote_ident(&table));
        let mut st = conn.prepare(&sql)?;
        let mut rows = st.query([])?;
        while let Some(row) = rows.next()? {
            for i in 0..names.len() {
                out.push(if i == 0 { ' ' } else { '|' });
                match row.get_ref(i)? {
                    ValueRef::Null => out.push_str("NULL"),
                    ValueRef::Integer(v) => {
                        let _ = write!(out, "{v}");
                    }
                    ValueRef::Real(v) => {
                        let _ = write!(out, "{v:?}");
                    }
                    ValueRef::Text(t) => {
                        let _ = write!(out, "{:?}", String::from_utf8_lossy(t));
                    }
                    ValueRef::Blob(b) => {
                        out.push_str("x'");
                        for byte in b {
                            let _ = write!(out, "{byte:02x}");
                        }
                        out.push('\'');
                    }
                }
            }
            out.push('\n');
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::{SeedConfig, generate};

    #[test]
    fn seeded_rows_satisfy_every_constraint_and_dump_is_stable() {
        let cfg = SeedConfig {
            employees: 200,
            seed: 3,
            as_of: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        };
        let data = generate(&cfg);
        let mut a = crate::db::open_in_memory().unwrap();
        insert_all(&mut a, &data).unwrap();
        let mut b = crate::db::open_in_memory().unwrap();
        insert_all(&mut b, &generate(&cfg)).unwrap();
        let dump = dump_content(&a).unwrap();
        assert_eq!(dump, dump_content(&b).unwrap());
        assert!(dump.contains("\"tanggal_acuan\"|\"2026-11-28\""));
        let fk: i64 = a
            .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(fk, 0);
    }
}
