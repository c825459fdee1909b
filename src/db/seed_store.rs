//! Writing the demo data of `peka seed`, and a canonical dump of a database's
//! content (used to prove that seeding is deterministic and that the committed
//! sample.db is exactly what the seeder makes).

use crate::seed::rows::SeedData;
use chrono::NaiveDate;
use rusqlite::ToSql;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{Connection, params};
use std::fmt::Write as _;

fn iso(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// A date as a bound value, `YYYY-MM-DD`.
fn date(d: NaiveDate) -> ToSqlOutput<'static> {
    ToSqlOutput::Owned(Value::Text(iso(d)))
}

fn date_opt(d: Option<NaiveDate>) -> ToSqlOutput<'static> {
    d.map_or(ToSqlOutput::Owned(Value::Null), date)
}

/// Rows written per INSERT statement: a statement's fixed work (the
/// ephemeral tables of its CHECK lists, its statement journal) is done once
/// for many rows instead of once per row. 64 rather than 256: the same
/// instructions, but the 100,000-employee seed took 41 s against 48 s
/// here (fewer bound values held at once: less work for the allocator).
const ROWS_PER_STATEMENT: usize = 64;

/// Rows of one table gathered and written [`ROWS_PER_STATEMENT`] at a time
/// by one multi-row INSERT; [`Bulk::finish`] writes the rest.
struct Bulk<'c, 'a> {
    conn: &'c Connection,
    /// "INSERT INTO t (a, b)".
    head: &'static str,
    columns: usize,
    values: Vec<ToSqlOutput<'a>>,
}

impl<'c, 'a> Bulk<'c, 'a> {
    fn new(conn: &'c Connection, head: &'static str, columns: usize) -> Bulk<'c, 'a> {
        Bulk {
            conn,
            head,
            columns,
            values: Vec::with_capacity(columns * ROWS_PER_STATEMENT),
        }
    }

    fn row<const N: usize>(&mut self, row: [ToSqlOutput<'a>; N]) -> rusqlite::Result<()> {
        debug_assert_eq!(N, self.columns);
        self.values.extend(row);
        if self.values.len() >= self.columns * ROWS_PER_STATEMENT {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> rusqlite::Result<()> {
        let rows = self.values.len() / self.columns;
        if rows == 0 {
            return Ok(());
        }
        let one = format!("({})", vec!["?"; self.columns].join(", "));
        let sql = format!("{} VALUES {}", self.head, vec![one; rows].join(", "));
        self.conn
            .prepare_cached(&sql)?
            .execute(rusqlite::params_from_iter(self.values.drain(..)))?;
        Ok(())
    }

    fn finish(mut self) -> rusqlite::Result<()> {
        self.flush()
    }
}

/// Makes a new, empty file quick to fill in bulk: no rollback journal and no
/// syncing (a seed that fails removes its file, so nothing half-written is
/// ever kept), temporary structures in memory and a page cache big enough
/// for the indexes being built. Constraints, foreign keys and triggers still
/// check every row. [`compact`] puts the file back to its normal journal.
pub fn prepare_bulk(conn: &Connection) -> rusqlite::Result<()> {
    let _mode: String = conn.query_row("PRAGMA journal_mode = OFF", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;")
}

/// Inserts everything in `data` in one transaction (all or nothing). The
/// database must be freshly migrated and empty but for what every new file
/// holds (the national competencies, ids 1–9, which the seed refers to).
pub fn insert_all(conn: &mut Connection, data: &SeedData) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    // The secondary indexes are built once at the end rather than row by
    // row: the same definitions (their SQL as the schema has it), less work.
    let indexes: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (name, _) in &indexes {
        tx.execute_batch(&format!("DROP INDEX {}", quote_ident(name)))?;
    }
    // Likewise the triggers that keep derived tables in step: the tables
    // are filled once at the end by the same rules, a statement each
    // instead of a trigger run per row (a million assessments, half a
    // million enrolments: 11 s of the 100,000-employee seed).
    let derived: Vec<(String, String)> = tx
        .prepare(&format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({}) ORDER BY name",
            vec!["?"; DERIVED_TRIGGERS.len()].join(", ")
        ))?
        .query_map(rusqlite::params_from_iter(DERIVED_TRIGGERS), |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?;
    for (name, _) in &derived {
        tx.execute_batch(&format!("DROP TRIGGER {}", quote_ident(name)))?;
    }
    insert_reference(&tx, data)?;
    insert_people(&tx, data)?;
    schedule_pensions(&tx, data)?;
    insert_competencies(&tx, data)?;
    insert_trainings(&tx, data)?;
    insert_evaluations(&tx, data)?;
    insert_partnerships(&tx, data)?;
    if !derived.is_empty() {
        tx.execute_batch(FILL_DERIVED)?;
    }
    for (_, sql) in &derived {
        tx.execute_batch(sql)?;
    }
    for (_, sql) in &indexes {
        tx.execute_batch(sql)?;
    }
    tx.commit()
}

/// The triggers that keep `penilaian_terakhir` (V14) and `pelatihan_jumlah`
/// (V16) in step with the assessments and enrolments.
const DERIVED_TRIGGERS: [&str; 6] = [
    "penilaian_terakhir_tambah",
    "penilaian_terakhir_ubah",
    "penilaian_terakhir_hapus",
    "pelatihan_jumlah_tambah",
    "pelatihan_jumlah_hapus",
    "pelatihan_jumlah_ubah",
];

/// The derived tables filled from the rows as [`DERIVED_TRIGGERS`] would
/// have kept them: the insert trigger's own rule (a later `(tanggal, id)`
/// replaces the pair's latest) over all assessments at once, and the
/// enrolments counted per training. `peka check` compares both with the
/// rows.
const FILL_DERIVED: &str = "
DELETE FROM penilaian_terakhir;
INSERT INTO penilaian_terakhir (pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal)
SELECT pegawai_id, kompetensi_id, id, level_aktual, tanggal FROM penilaian_kompetensi WHERE true
ON CONFLICT (pegawai_id, kompetensi_id) DO UPDATE SET
    penilaian_id = excluded.penilaian_id,
    level_aktual = excluded.level_aktual,
    tanggal = excluded.tanggal
WHERE excluded.tanggal > penilaian_terakhir.tanggal
   OR (excluded.tanggal = penilaian_terakhir.tanggal
       AND excluded.penilaian_id > penilaian_terakhir.penilaian_id);
DELETE FROM pelatihan_jumlah;
INSERT INTO pelatihan_jumlah (pelatihan_id, peserta, selesai)
SELECT pelatihan_id, COUNT(*), SUM(status IN ('LULUS', 'SELESAI'))
FROM peserta_pelatihan
GROUP BY pelatihan_id;
";

fn insert_reference(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = Bulk::new(conn, "INSERT INTO pengaturan (kunci, nilai, keterangan)", 3);
    for s in &data.settings {
        st.row([s.key.to_sql()?, s.value.to_sql()?, s.note.to_sql()?])?;
    }
    st.finish()?;
    let mut st = Bulk::new(conn, "INSERT INTO kecamatan (kode, nama, asumsi)", 3);
    for k in &data.kecamatan {
        st.row([k.code.to_sql()?, k.name.to_sql()?, k.assumed.to_sql()?])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO unit_kerja (id, kode, nama, singkatan, jenis, induk_id, urutan, asumsi, kapasitas_magang)",
        9,
    );
    for u in &data.units {
        st.row([
            u.id.to_sql()?,
            u.code.to_sql()?,
            u.name.to_sql()?,
            u.short.to_sql()?,
            u.kind.to_sql()?,
            u.parent_id.to_sql()?,
            u.order.to_sql()?,
            u.assumed.to_sql()?,
            u.capacity.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO mitra (id, nama, singkatan, jenis, alamat, narahubung, telepon, email, fiktif)",
        9,
    );
    for m in &data.partners {
        st.row([
            m.id.to_sql()?,
            m.name.to_sql()?,
            m.short.to_sql()?,
            m.kind.to_sql()?,
            m.address.to_sql()?,
            m.contact.to_sql()?,
            m.phone.to_sql()?,
            m.email.to_sql()?,
            m.fictional.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO mitra_nama_lama (mitra_id, nama, singkatan, berlaku_sampai)",
        4,
    );
    for f in &data.former_names {
        st.row([
            f.partner_id.to_sql()?,
            f.name.to_sql()?,
            f.short.to_sql()?,
            date(f.until),
        ])?;
    }
    st.finish()?;
    Ok(())
}

fn insert_people(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = Bulk::new(
        conn,
        "INSERT INTO pegawai (id, nip, nik, nama, gelar_depan, gelar_belakang, jenis_kelamin, tempat_lahir, tanggal_lahir, jenis_asn, golongan, tmt_golongan, pendidikan_terakhir, program_studi, jenis_jabatan, jenjang_jf, nama_jabatan, unit_kerja_id, tmt_pengangkatan, tmt_jabatan, status, tanggal_status, telepon)",
        23,
    );
    for e in &data.employees {
        st.row([
            e.id.to_sql()?,
            e.nip.to_sql()?,
            e.nik.to_sql()?,
            e.name.to_sql()?,
            e.title_front.to_sql()?,
            e.title_back.to_sql()?,
            e.gender.to_sql()?,
            e.birth_place.to_sql()?,
            date(e.birth_date),
            e.asn_kind.to_sql()?,
            e.golongan.to_sql()?,
            date_opt(e.tmt_golongan),
            e.education.to_sql()?,
            e.study_program.to_sql()?,
            e.position_kind.to_sql()?,
            e.jf_level.to_sql()?,
            e.position.to_sql()?,
            e.unit_id.to_sql()?,
            date(e.tmt_appointment),
            date_opt(e.tmt_position),
            e.status.to_sql()?,
            date_opt(e.status_date),
            e.phone.to_sql()?,
        ])?;
    }
    st.finish()?;
    // Status history as the application keeps it: the appointment, then the
    // current status when it is another one (leave, study, retirement…).
    let mut st = Bulk::new(
        conn,
        "INSERT INTO riwayat_status (pegawai_id, status, tanggal_mulai)",
        3,
    );
    for e in &data.employees {
        st.row([e.id.to_sql()?, "AKTIF".to_sql()?, date(e.tmt_appointment)])?;
        if e.status != "AKTIF"
            && let Some(on) = e.status_date
        {
            st.row([e.id.to_sql()?, e.status.to_sql()?, date(on)])?;
        }
    }
    st.finish()?;
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
    let mut st = Bulk::new(
        conn,
        "INSERT INTO kompetensi (id, kode, nama, jenis, definisi, asumsi)",
        6,
    );
    for k in &data.competencies {
        st.row([
            k.id.to_sql()?,
            k.code.to_sql()?,
            k.name.to_sql()?,
            k.kind.to_sql()?,
            k.definition.to_sql()?,
            k.assumed.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO kompetensi_level (kompetensi_id, level, deskripsi, asumsi)",
        4,
    );
    for l in &data.levels {
        st.row([
            l.competency_id.to_sql()?,
            l.level.to_sql()?,
            l.description.to_sql()?,
            l.assumed.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO standar_kompetensi (id, jenis_jabatan, jenjang_jf, nama_jabatan, kompetensi_id, level_standar, asumsi)",
        7,
    );
    for s in &data.standards {
        st.row([
            s.id.to_sql()?,
            s.position_kind.to_sql()?,
            s.jf_level.to_sql()?,
            s.position.to_sql()?,
            s.competency_id.to_sql()?,
            s.level.to_sql()?,
            true.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode, penilai, catatan)",
        8,
    );
    // Assessments a follow-up proposed are written after the follow-ups.
    for a in data.assessments.iter().filter(|a| a.follow_up_id.is_none()) {
        st.row([
            a.id.to_sql()?,
            a.employee_id.to_sql()?,
            a.competency_id.to_sql()?,
            a.level.to_sql()?,
            date(a.date),
            a.method.to_sql()?,
            a.assessor.to_sql()?,
            a.note.to_sql()?,
        ])?;
    }
    st.finish()?;
    Ok(())
}

fn insert_trainings(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = Bulk::new(
        conn,
        "INSERT INTO pelatihan (id, kode, nama, jalur, bentuk, jenis, kelompok_kompetensi, penyelenggara, jumlah_jp, tanggal_mulai, tanggal_selesai, lokasi, daring, kuota, biaya, sumber_dana, status, mitra_id, durasi_menit)",
        19,
    );
    for t in &data.trainings {
        st.row([
            t.id.to_sql()?,
            t.code.to_sql()?,
            t.name.to_sql()?,
            t.path.to_sql()?,
            t.form.to_sql()?,
            t.kind.to_sql()?,
            t.group.to_sql()?,
            t.organiser.to_sql()?,
            t.jp.to_sql()?,
            date(t.start),
            date(t.end),
            t.place.to_sql()?,
            t.online.to_sql()?,
            t.quota.to_sql()?,
            t.cost.to_sql()?,
            t.funding.to_sql()?,
            t.status.to_sql()?,
            t.partner_id.to_sql()?,
            t.minutes.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO pelatihan_kompetensi (pelatihan_id, kompetensi_id)",
        2,
    );
    for l in &data.training_competencies {
        st.row([l.training_id.to_sql()?, l.competency_id.to_sql()?])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO peserta_pelatihan (id, pelatihan_id, pegawai_id, sumber_usulan, status, nilai_akhir, nomor_sertifikat, tanggal_sertifikat, jp_diakui, diverifikasi_oleh, tanggal_verifikasi)",
        11,
    );
    for e in &data.enrollments {
        st.row([
            e.id.to_sql()?,
            e.training_id.to_sql()?,
            e.employee_id.to_sql()?,
            e.source.to_sql()?,
            e.status.to_sql()?,
            e.score.to_sql()?,
            e.certificate_no.to_sql()?,
            date_opt(e.certificate_date),
            e.jp_credited.to_sql()?,
            e.verified_by.to_sql()?,
            date_opt(e.verified_on),
        ])?;
    }
    st.finish()?;
    Ok(())
}

fn insert_evaluations(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = Bulk::new(
        conn,
        "INSERT INTO evaluasi_kinerja (id, pegawai_id, tahun, jenis_periode, periode_ke, rating_hasil_kerja, rating_perilaku, predikat, pejabat_penilai_id, atasan_penilai_id, catatan, umpan_balik, umpan_balik_dampak, umpan_balik_langkah, umpan_balik_tanggal)",
        15,
    );
    for e in &data.evaluations {
        st.row([
            e.id.to_sql()?,
            e.employee_id.to_sql()?,
            e.year.to_sql()?,
            e.period_kind.to_sql()?,
            e.period.to_sql()?,
            e.work_result.to_sql()?,
            e.behaviour.to_sql()?,
            e.predicate.to_sql()?,
            e.appraiser_id.to_sql()?,
            e.appraiser_superior_id.to_sql()?,
            e.note.to_sql()?,
            e.feedback.to_sql()?,
            e.effect.to_sql()?,
            e.next_step.to_sql()?,
            date_opt(e.agreed),
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO predikat_organisasi (unit_kerja_id, tahun, jenis_periode, periode_ke, predikat)",
        5,
    );
    for u in &data.unit_predicates {
        st.row([
            u.unit_id.to_sql()?,
            u.year.to_sql()?,
            u.period_kind.to_sql()?,
            u.period.to_sql()?,
            u.predicate.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO monitoring_pasca_pelatihan (id, peserta_pelatihan_id, tanggal, bulan_ke, level_kirkpatrick, responden, skor, temuan, rekomendasi, evaluasi_kinerja_id)",
        10,
    );
    for f in &data.follow_ups {
        st.row([
            f.id.to_sql()?,
            f.enrollment_id.to_sql()?,
            date(f.date),
            f.month.to_sql()?,
            f.level.to_sql()?,
            f.respondent.to_sql()?,
            f.score.to_sql()?,
            f.finding.to_sql()?,
            f.recommendation.to_sql()?,
            f.evaluation_id.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO penilaian_kompetensi (id, pegawai_id, kompetensi_id, level_aktual, tanggal, metode, penilai, catatan, monitoring_id)",
        9,
    );
    for a in data.assessments.iter().filter(|a| a.follow_up_id.is_some()) {
        st.row([
            a.id.to_sql()?,
            a.employee_id.to_sql()?,
            a.competency_id.to_sql()?,
            a.level.to_sql()?,
            date(a.date),
            a.method.to_sql()?,
            a.assessor.to_sql()?,
            a.note.to_sql()?,
            a.follow_up_id.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO rencana_pengembangan (id, tahun, pegawai_id, kompetensi_id, kesenjangan, jenis_pelatihan_usulan, prioritas, status, pelatihan_id, jp_rencana)",
        10,
    );
    for p in &data.plans {
        st.row([
            p.id.to_sql()?,
            p.year.to_sql()?,
            p.employee_id.to_sql()?,
            p.competency_id.to_sql()?,
            p.gap.to_sql()?,
            p.proposal.to_sql()?,
            p.priority.to_sql()?,
            p.status.to_sql()?,
            p.training_id.to_sql()?,
            p.jp.to_sql()?,
        ])?;
    }
    st.finish()?;
    Ok(())
}

fn insert_partnerships(conn: &Connection, data: &SeedData) -> rusqlite::Result<()> {
    let mut st = Bulk::new(
        conn,
        "INSERT INTO kerja_sama (id, mitra_id, jenis_dokumen, induk_id, nomor_pemko, nomor_mitra, tentang, ruang_lingkup, tanggal_tanda_tangan, tanggal_mulai, tanggal_berakhir, penandatangan_pemko, penandatangan_mitra, unit_pelaksana_id, status_dokumen, diperpanjang_dari_id, catatan)",
        17,
    );
    for a in &data.agreements {
        st.row([
            a.id.to_sql()?,
            a.partner_id.to_sql()?,
            a.doc.to_sql()?,
            a.parent_id.to_sql()?,
            a.number_city.to_sql()?,
            a.number_partner.to_sql()?,
            a.about.to_sql()?,
            a.scope.to_sql()?,
            date(a.signed),
            date(a.start),
            date(a.end),
            a.signer_city.to_sql()?,
            a.signer_partner.to_sql()?,
            a.unit_id.to_sql()?,
            a.lifecycle.to_sql()?,
            a.renews.to_sql()?,
            a.note.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO magang (id, mitra_id, kerja_sama_id, nama, nim, jenis_kelamin, program_studi, jenjang, semester, skema, unit_kerja_id, pembimbing_lapangan_id, dosen_pembimbing, nomor_surat_permohonan, tanggal_surat, nomor_surat_balasan, tanggal_mulai, tanggal_selesai, status, nilai_akhir, nomor_surat_keterangan, tanggal_surat_balasan)",
        22,
    );
    for m in &data.interns {
        st.row([
            m.id.to_sql()?,
            m.partner_id.to_sql()?,
            m.agreement_id.to_sql()?,
            m.name.to_sql()?,
            m.nim.to_sql()?,
            m.gender.to_sql()?,
            m.study_program.to_sql()?,
            m.level.to_sql()?,
            m.semester.to_sql()?,
            m.scheme.to_sql()?,
            m.unit_id.to_sql()?,
            m.mentor_id.to_sql()?,
            m.lecturer.to_sql()?,
            m.request_no.to_sql()?,
            date(m.request_date),
            m.reply_no.to_sql()?,
            date(m.start),
            date(m.end),
            m.status.to_sql()?,
            m.score.to_sql()?,
            m.completion_no.to_sql()?,
            date_opt(m.reply_date),
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO logbook_magang (id, magang_id, tanggal, kegiatan, hasil, catatan_pembimbing)",
        6,
    );
    for l in &data.logbook {
        st.row([
            l.id.to_sql()?,
            l.intern_id.to_sql()?,
            date(l.date),
            l.activity.to_sql()?,
            l.output.to_sql()?,
            l.remark.to_sql()?,
        ])?;
    }
    st.finish()?;
    let mut st = Bulk::new(
        conn,
        "INSERT INTO umpan_balik_magang (id, magang_id, tanggal, nilai_pembimbing, catatan_pembimbing, yang_berhasil, saran_unit)",
        7,
    );
    for f in &data.feedback {
        st.row([
            f.id.to_sql()?,
            f.intern_id.to_sql()?,
            date(f.date),
            f.score.to_sql()?,
            f.mentor_note.to_sql()?,
            f.worked.to_sql()?,
            f.suggestion.to_sql()?,
        ])?;
    }
    st.finish()?;
    Ok(())
}

/// Makes a freshly seeded file compact and self-contained: rollback journal
/// instead of WAL (no -wal/-shm files beside it), and VACUUM when pages were
/// left free. A seed written in one transaction, its indexes built at the
/// end, leaves none (a VACUUM would only copy the whole file once more: two
/// seconds of the 100,000-employee seed).
pub fn compact(conn: &Connection) -> rusqlite::Result<()> {
    let _mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
    let free: i64 = conn.query_row("PRAGMA freelist_count", [], |r| r.get(0))?;
    if free > 0 {
        conn.execute_batch("VACUUM")?;
    }
    Ok(())
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

    /// A database in memory seeded with `employees` and `seed` as of the
    /// sample's reference date.
    fn seeded(employees: usize, seed: u64) -> Connection {
        let cfg = SeedConfig {
            employees,
            seed,
            as_of: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        };
        let mut c = crate::db::open_in_memory().unwrap();
        insert_all(&mut c, &generate(&cfg)).unwrap();
        c
    }

    #[test]
    fn seeded_rows_satisfy_every_constraint_and_dump_is_stable() {
        let (a, b) = (seeded(200, 3), seeded(200, 3));
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

    /// The triggers and indexes set aside for the bulk insert are all back,
    /// as the schema has them, and the derived tables hold what the
    /// triggers would have made: the same rows as a file written one row
    /// at a time through them.
    #[test]
    fn a_seeded_file_has_the_schema_and_derived_rows_of_one_written_row_by_row() {
        // Every row of `sql`, its first `n` columns.
        let rows = |c: &Connection, sql: &str, n: usize| -> Vec<Vec<rusqlite::types::Value>> {
            c.prepare(sql)
                .unwrap()
                .query_map([], |r| (0..n).map(|i| r.get(i)).collect())
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        let schema = |c: &Connection| {
            rows(
                c,
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name",
                2,
            )
        };
        let fresh = crate::db::open_in_memory().unwrap();
        let seeded = seeded(120, 5);
        let seeded_schema = schema(&seeded);
        assert_eq!(seeded_schema, schema(&fresh));
        for t in DERIVED_TRIGGERS {
            let name = rusqlite::types::Value::Text(t.to_string());
            assert!(seeded_schema.iter().any(|row| row[0] == name), "{t}");
        }
        // The same rows inserted with the triggers at work, in id order.
        let derived = |c: &Connection| {
            (
                rows(
                    c,
                    "SELECT pegawai_id, kompetensi_id, penilaian_id, level_aktual, tanggal
                     FROM penilaian_terakhir ORDER BY 1, 2",
                    5,
                ),
                rows(
                    c,
                    "SELECT pelatihan_id, peserta, selesai FROM pelatihan_jumlah ORDER BY 1",
                    3,
                ),
            )
        };
        let (terakhir, jumlah) = derived(&seeded);
        assert!(!terakhir.is_empty() && !jumlah.is_empty());
        seeded
            .execute_batch(
                "PRAGMA foreign_keys = OFF;
                 CREATE TEMP TABLE pk AS SELECT * FROM penilaian_kompetensi;
                 CREATE TEMP TABLE pp AS SELECT * FROM peserta_pelatihan;
                 DELETE FROM penilaian_kompetensi; DELETE FROM peserta_pelatihan;
                 DELETE FROM penilaian_terakhir; DELETE FROM pelatihan_jumlah;
                 INSERT INTO penilaian_kompetensi SELECT * FROM temp.pk ORDER BY id;
                 INSERT INTO peserta_pelatihan SELECT * FROM temp.pp ORDER BY id;",
            )
            .unwrap();
        assert_eq!(derived(&seeded), (terakhir, jumlah));
    }
}
