//! Tables for `peka export`: one function per entity, each returning the
//! columns of the file contract (design.md §1.1) first and in order, then the
//! extra columns. Values are the stored codes and ISO dates; every query has a
//! full `ORDER BY` so the same database always gives the same file.
//!
//! `nama` is the bare name in `pegawai` (the degrees follow in `gelar_depan`
//! and `gelar_belakang`) and the name with degrees everywhere else.
//! `unit_kerja` is the full unit name; `pegawai` adds the unit code `kode_unit`.

use super::employees::{TODAY_SQL, UNIT_TREE_CTE, position_order_sql, status_now_sql, year_bounds};
use super::partners::{AGREEMENT_ORDER_SQL, partner_name_on_sql};
use crate::domain::agreement::{agreement_status, days_left};
use crate::domain::dates::parse_iso;
use crate::domain::enums::AgreementLifecycle;
use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, Params, params};

/// The UTF-8 byte order mark every CSV file PEKA writes starts with (`peka
/// export` and the TUI's `x`; design.md §1.1). Without it Excel opens a CSV in
/// the machine's legacy code page and garbles any text beyond ASCII (`é`, `≥`,
/// quotes pasted from a word processor); with it Excel reads UTF-8. CSV readers
/// (the `csv` crate, Python's `utf-8-sig`, LibreOffice) skip it. JSON has none.
pub const CSV_BOM: &[u8] = b"\xEF\xBB\xBF";

/// One value of an exported table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Int(i64),
    Real(f64),
}

/// An exported table: column names (snake_case Indonesian) and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Where the rows of an export go, one at a time: a file being written (so a
/// table of 100,000 employees is never held whole) or a [`Table`].
pub trait Sink {
    /// The column names, before any row.
    fn begin(&mut self, columns: &[String]) -> std::io::Result<()>;
    fn row(&mut self, row: &[Cell]) -> std::io::Result<()>;
}

impl Sink for Table {
    fn begin(&mut self, columns: &[String]) -> std::io::Result<()> {
        self.columns = columns.to_vec();
        Ok(())
    }
    fn row(&mut self, row: &[Cell]) -> std::io::Result<()> {
        self.rows.push(row.to_vec());
        Ok(())
    }
}

/// Why a streamed export stopped.
#[derive(Debug)]
pub enum StreamError {
    Db(rusqlite::Error),
    Write(std::io::Error),
}

impl From<rusqlite::Error> for StreamError {
    fn from(e: rusqlite::Error) -> Self {
        StreamError::Db(e)
    }
}

impl From<std::io::Error> for StreamError {
    fn from(e: std::io::Error) -> Self {
        StreamError::Write(e)
    }
}

/// Feeds a table already read to `out`.
pub fn feed(t: &Table, out: &mut dyn Sink) -> std::io::Result<()> {
    out.begin(&t.columns)?;
    for r in &t.rows {
        out.row(r)?;
    }
    Ok(())
}

/// Runs `sql` and hands each row to `out` as it comes: the column names are
/// the SQL names (aliases), the values their SQLite types.
fn query_into(
    conn: &Connection,
    sql: &str,
    params: impl Params,
    out: &mut dyn Sink,
) -> Result<(), StreamError> {
    let mut stmt = conn.prepare(sql)?;
    let columns: Vec<String> = stmt.column_names().map(str::to_string).collect();
    let n = columns.len();
    out.begin(&columns)?;
    let mut row = Vec::with_capacity(n);
    let mut q = stmt.query(params)?;
    while let Some(r) = q.next()? {
        row.clear();
        for i in 0..n {
            row.push(match r.get_ref(i)? {
                ValueRef::Null => Cell::Null,
                ValueRef::Integer(v) => Cell::Int(v),
                ValueRef::Real(v) => Cell::Real(v),
                ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(b) => Cell::Text(String::from_utf8_lossy(b).into_owned()),
            });
        }
        out.row(&row)?;
    }
    Ok(())
}

/// The table a streaming reader gives.
fn collect(f: impl FnOnce(&mut Table) -> Result<(), StreamError>) -> rusqlite::Result<Table> {
    let mut t = Table::default();
    match f(&mut t) {
        Ok(()) => Ok(t),
        Err(StreamError::Db(e)) => Err(e),
        // A table takes every row it is given.
        Err(StreamError::Write(e)) => unreachable!("{e}"),
    }
}

/// Runs `sql` and keeps its result as it is.
fn query_table(conn: &Connection, sql: &str, params: impl Params) -> rusqlite::Result<Table> {
    collect(|t| query_into(conn, sql, params, t))
}

/// `(?1, ?2)` bounds for an optional year filter: everything when `None`.
fn year_filter(year: Option<i32>) -> (String, String) {
    match year {
        Some(y) => year_bounds(y),
        None => ("0000-00-00".to_string(), "9999-99-99".to_string()),
    }
}

/// SQL of the name with degrees of `e`, matching `employees::full_name`.
const FULL_NAME_SQL: &str = "\
(CASE WHEN trim(e.gelar_depan) <> '' THEN trim(e.gelar_depan) || ' ' ELSE '' END || trim(e.nama) ||
 CASE WHEN trim(e.gelar_belakang) <> '' THEN ', ' || trim(e.gelar_belakang) ELSE '' END)";

/// `pegawai`: every employee (any status), in the order of the employee list.
/// `status` and `tanggal_status` are the status in effect on the reference
/// date and the day it began; a change recorded ahead of its date (a pension
/// by an SK issued early) follows in `status_terjadwal` /
/// `tanggal_status_terjadwal`.
pub fn employees(conn: &Connection) -> rusqlite::Result<Table> {
    query_table(conn, &employees_sql(), [])
}

/// [`employees`] row by row.
pub fn stream_employees(conn: &Connection, out: &mut dyn Sink) -> Result<(), StreamError> {
    query_into(conn, &employees_sql(), [], out)
}

fn employees_sql() -> String {
    let now = status_now_sql("e");
    format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.nip AS nip, e.nama AS nama, e.jenis_kelamin AS jenis_kelamin, e.tanggal_lahir AS tanggal_lahir,
       e.jenis_asn AS jenis_asn, e.golongan AS golongan, e.jenis_jabatan AS jenis_jabatan,
       e.nama_jabatan AS jabatan, u.nama AS unit_kerja, {now} AS status,
       e.nik AS nik, e.gelar_depan AS gelar_depan, e.gelar_belakang AS gelar_belakang,
       e.tempat_lahir AS tempat_lahir, e.tmt_golongan AS tmt_golongan,
       e.pendidikan_terakhir AS pendidikan_terakhir, e.program_studi AS program_studi,
       e.jenjang_jf AS jenjang_jf, u.kode AS kode_unit, e.tmt_pengangkatan AS tmt_pengangkatan,
       e.tmt_jabatan AS tmt_jabatan,
       CASE WHEN e.tanggal_status IS NULL OR e.tanggal_status <= {TODAY_SQL} THEN e.tanggal_status
            ELSE (SELECT r.tanggal_mulai FROM riwayat_status r
                  WHERE r.pegawai_id = e.id AND r.tanggal_mulai <= {TODAY_SQL}
                  ORDER BY r.tanggal_mulai DESC, r.id DESC LIMIT 1) END AS tanggal_status,
       e.email AS email, e.telepon AS telepon,
       CASE WHEN e.tanggal_status > {TODAY_SQL} AND e.status <> {now} THEN e.status END
           AS status_terjadwal,
       CASE WHEN e.tanggal_status > {TODAY_SQL} AND e.status <> {now} THEN e.tanggal_status END
           AS tanggal_status_terjadwal
FROM pegawai e
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
ORDER BY t.path, {rank}, e.nama COLLATE NOCASE, e.nip",
        rank = position_order_sql()
    )
}

/// `kompetensi`: the competency dictionary with the description of each level.
pub fn competencies(conn: &Connection) -> rusqlite::Result<Table> {
    let levels: String = (1..=5)
        .map(|l| {
            format!(
                ", (SELECT deskripsi FROM kompetensi_level kl WHERE kl.kompetensi_id = k.id AND kl.level = {l}) AS level_{l}"
            )
        })
        .collect();
    let sql = format!(
        "SELECT k.kode AS kode, k.nama AS nama, k.jenis AS jenis, k.definisi AS definisi{levels}
         FROM kompetensi k ORDER BY k.kode"
    );
    query_table(conn, &sql, [])
}

/// `unit-kerja`: every unit with its parent's code, in tree order of codes.
pub fn units(conn: &Connection) -> rusqlite::Result<Table> {
    query_table(
        conn,
        "SELECT u.kode AS kode, u.nama AS nama, u.singkatan AS singkatan, u.jenis AS jenis,
                p.kode AS induk_kode, u.urutan AS urutan, u.aktif AS aktif,
                u.kapasitas_magang AS kapasitas_magang, u.asumsi AS asumsi
         FROM unit_kerja u LEFT JOIN unit_kerja p ON p.id = u.induk_id
         ORDER BY u.kode",
        [],
    )
}

/// `standar-kompetensi`: the level each kind of position (jenjang, title)
/// requires of each competency.
pub fn standards(conn: &Connection) -> rusqlite::Result<Table> {
    query_table(
        conn,
        "SELECT s.jenis_jabatan AS jenis_jabatan, s.jenjang_jf AS jenjang_jf,
                s.nama_jabatan AS nama_jabatan, k.kode AS kompetensi, s.level_standar AS level_standar,
                s.asumsi AS asumsi
         FROM standar_kompetensi s JOIN kompetensi k ON k.id = s.kompetensi_id
         ORDER BY s.jenis_jabatan, s.jenjang_jf, s.nama_jabatan, k.kode",
        [],
    )
}

/// `riwayat-status`: every status change of every employee, by NIP and date.
pub fn status_history(conn: &Connection) -> rusqlite::Result<Table> {
    collect(|t| stream_status_history(conn, t))
}

/// [`status_history`] row by row.
pub fn stream_status_history(conn: &Connection, out: &mut dyn Sink) -> Result<(), StreamError> {
    query_into(
        conn,
        "SELECT e.nip AS nip, e.nama AS nama, r.status AS status, r.tanggal_mulai AS tanggal_mulai,
                r.nomor_sk AS nomor_sk, r.keterangan AS keterangan, r.dicatat_oleh AS dicatat_oleh
         FROM riwayat_status r JOIN pegawai e ON e.id = r.pegawai_id
         ORDER BY e.nip, r.tanggal_mulai, r.id",
        [],
        out,
    )
}

/// `penilaian`: every competency assessment (all kept; the latest counts in
/// the gap), with the follow-up it came from when it did.
pub fn assessments(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    collect(|t| stream_assessments(conn, year, t))
}

/// [`assessments`] row by row.
pub fn stream_assessments(
    conn: &Connection,
    year: Option<i32>,
    out: &mut dyn Sink,
) -> Result<(), StreamError> {
    query_into(
        conn,
        "SELECT e.nip AS nip, e.nama AS nama, k.kode AS kompetensi, a.level_aktual AS level_aktual,
                a.tanggal AS tanggal, a.metode AS metode, a.penilai AS penilai, a.catatan AS catatan,
                CASE WHEN a.monitoring_id IS NULL THEN '' ELSE 'tindak-lanjut' END AS sumber
         FROM penilaian_kompetensi a
         JOIN pegawai e ON e.id = a.pegawai_id
         JOIN kompetensi k ON k.id = a.kompetensi_id
         WHERE ?1 IS NULL OR CAST(substr(a.tanggal, 1, 4) AS INTEGER) = ?1
         ORDER BY e.nip, k.kode, a.tanggal, a.id",
        [year], out)
}

/// `pelatihan`: the catalogue in date order; `year` keeps trainings that start
/// in that year. `kompetensi` lists the competency codes addressed, joined by
/// `;`; `level_sasaran` the same with the level each aims at (`M.01=3;T.05`).
pub fn trainings(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    let completed = super::employees::completed_sql();
    let sql = format!(
        "SELECT p.kode AS kode, p.nama AS nama, p.jalur AS jalur, p.bentuk AS bentuk, p.jenis AS jenis,
       p.kelompok_kompetensi AS kelompok_kompetensi, p.penyelenggara AS penyelenggara,
       p.jumlah_jp AS jumlah_jp, p.durasi_menit AS durasi_menit,
       p.tanggal_mulai AS tanggal_mulai, p.tanggal_selesai AS tanggal_selesai,
       p.lokasi AS lokasi, p.daring AS daring, p.kuota AS kuota, p.biaya AS biaya,
       p.sumber_dana AS sumber_dana, p.status AS status, m.nama AS mitra,
       (SELECT group_concat(k.kode, ';' ORDER BY k.kode) FROM pelatihan_kompetensi pk
          JOIN kompetensi k ON k.id = pk.kompetensi_id WHERE pk.pelatihan_id = p.id) AS kompetensi,
       (SELECT COUNT(*) FROM peserta_pelatihan pp WHERE pp.pelatihan_id = p.id) AS peserta,
       (SELECT COUNT(*) FROM peserta_pelatihan pp WHERE pp.pelatihan_id = p.id
          AND pp.status IN ({completed})) AS peserta_selesai,
       (SELECT group_concat(k.kode || COALESCE('=' || pk.level_sasaran, ''), ';' ORDER BY k.kode)
          FROM pelatihan_kompetensi pk JOIN kompetensi k ON k.id = pk.kompetensi_id
          WHERE pk.pelatihan_id = p.id) AS level_sasaran
FROM pelatihan p
LEFT JOIN mitra m ON m.id = p.mitra_id
WHERE p.tanggal_mulai >= ?1 AND p.tanggal_mulai < ?2
ORDER BY p.tanggal_mulai, p.tanggal_selesai, p.kode"
    );
    let (from, to) = year_filter(year);
    query_table(conn, &sql, params![from, to])
}

/// `peserta`: every enrollment, by training (date order) then unit and name;
/// `year` keeps trainings that end in that year.
pub fn enrollments(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    collect(|t| stream_enrollments(conn, year, t))
}

/// [`enrollments`] row by row.
pub fn stream_enrollments(
    conn: &Connection,
    year: Option<i32>,
    out: &mut dyn Sink,
) -> Result<(), StreamError> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT p.kode AS kode_pelatihan, p.nama AS nama_pelatihan, e.nip AS nip, {FULL_NAME_SQL} AS nama,
       u.nama AS unit_kerja, pp.sumber_usulan AS sumber_usulan, pp.status AS status,
       pp.nilai_akhir AS nilai_akhir, pp.jp_diakui AS jp_diakui, pp.nomor_sertifikat AS nomor_sertifikat,
       pp.tanggal_sertifikat AS tanggal_sertifikat, pp.bukti_ref AS bukti_ref,
       pp.diverifikasi_oleh AS diverifikasi_oleh, pp.tanggal_verifikasi AS tanggal_verifikasi,
       p.tanggal_mulai AS tanggal_mulai, p.tanggal_selesai AS tanggal_selesai
FROM peserta_pelatihan pp
JOIN pelatihan p ON p.id = pp.pelatihan_id
JOIN pegawai e ON e.id = pp.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE p.tanggal_selesai >= ?1 AND p.tanggal_selesai < ?2
ORDER BY p.tanggal_mulai, p.tanggal_selesai, p.kode, t.path, e.nama COLLATE NOCASE, e.nip"
    );
    let (from, to) = year_filter(year);
    query_into(conn, &sql, params![from, to], out)
}

/// `mitra`: partners by name.
pub fn partners(conn: &Connection) -> rusqlite::Result<Table> {
    query_table(
        conn,
        "SELECT nama, singkatan, jenis, alamat, narahubung, telepon, email, fiktif, catatan
         FROM mitra ORDER BY nama COLLATE NOCASE, id",
        [],
    )
}

/// Positions of (tanggal_mulai, tanggal_berakhir, status, status_dokumen,
/// sisa_hari) in the agreement query.
const AGREEMENT_COLUMNS: (usize, usize, usize, usize, usize) = (3, 4, 5, 16, 17);

/// `perjanjian`: agreements, each MoU followed by its PKS. `mitra` is the
/// partner as named on the signing date (IAIN Lhokseumawe for what it signed
/// before it became UIN SUNA), `mitra_sekarang` its name today (as `mitra`
/// and `magang` give it). `status` is the validity on `today` computed by
/// `domain::agreement` (warning window `warn_days`); `status_dokumen` is the
/// recorded lifecycle; `sisa_hari` the days left (negative once expired).
/// `induk_nomor` is a PKS's MoU, `diperpanjang_dari_nomor` the agreement a
/// renewal carries on, `diperpanjang_menjadi_nomor` the renewal of one.
pub fn agreements(conn: &Connection, today: NaiveDate, warn_days: i64) -> rusqlite::Result<Table> {
    let partner = partner_name_on_sql(
        "m",
        "COALESCE(k.tanggal_tanda_tangan, k.tanggal_mulai)",
        false,
    );
    let sql = format!(
        "SELECT k.nomor_pemko AS nomor, {partner} AS mitra, k.jenis_dokumen AS jenis_dokumen,
       k.tanggal_mulai AS tanggal_mulai, k.tanggal_berakhir AS tanggal_berakhir, NULL AS status,
       k.nomor_mitra AS nomor_mitra, k.tentang AS tentang, k.ruang_lingkup AS ruang_lingkup,
       k.tanggal_tanda_tangan AS tanggal_tanda_tangan, k.penandatangan_pemko AS penandatangan_pemko,
       k.penandatangan_mitra AS penandatangan_mitra, up.nama AS unit_pelaksana,
       h.nomor_pemko AS induk_nomor, d.nomor_pemko AS diperpanjang_dari_nomor,
       (SELECT r.nomor_pemko FROM kerja_sama r WHERE r.diperpanjang_dari_id = k.id
        ORDER BY r.id LIMIT 1) AS diperpanjang_menjadi_nomor,
       k.status_dokumen AS status_dokumen, NULL AS sisa_hari, k.catatan AS catatan,
       m.nama AS mitra_sekarang
FROM kerja_sama k
JOIN mitra m ON m.id = k.mitra_id
LEFT JOIN kerja_sama h ON h.id = k.induk_id
LEFT JOIN mitra hm ON hm.id = h.mitra_id
LEFT JOIN kerja_sama d ON d.id = k.diperpanjang_dari_id
LEFT JOIN unit_kerja up ON up.id = k.unit_pelaksana_id
ORDER BY {AGREEMENT_ORDER_SQL}"
    );
    let mut t = query_table(conn, &sql, [])?;
    let (start, end, status, lifecycle, left) = AGREEMENT_COLUMNS;
    for row in &mut t.rows {
        let date = |c: &Cell| match c {
            Cell::Text(s) => parse_iso(s),
            _ => None,
        };
        let life = match &row[lifecycle] {
            Cell::Text(s) => AgreementLifecycle::from_code(s),
            _ => None,
        };
        if let (Some(s), Some(e), Some(l)) = (date(&row[start]), date(&row[end]), life) {
            let st = agreement_status(l, s, e, today, warn_days);
            row[status] = Cell::Text(st.as_code().to_string());
            row[left] = Cell::Int(days_left(e, today));
        }
    }
    Ok(t)
}

/// The internships in the order every intern export uses: by start, end,
/// campus and NIM.
const INTERN_ORDER_SQL: &str =
    "g.tanggal_mulai, g.tanggal_selesai, m.nama COLLATE NOCASE, g.nim, g.id";

/// `magang`: internships in date order; `mitra` is the campus's present
/// name, so (`nim`, `mitra`) names an internship in every intern export
/// (`logbook-magang`, `umpan-balik-magang` join on them). `pembimbing_nip`
/// is the field mentor's NIP (empty when none), `perjanjian_nomor` the
/// agreement it runs under.
pub fn internships(conn: &Connection) -> rusqlite::Result<Table> {
    let sql = format!(
        "SELECT g.nim AS nim, g.nama AS nama, m.nama AS mitra, u.nama AS unit_kerja,
       e.nip AS pembimbing_nip, g.tanggal_mulai AS tanggal_mulai, g.tanggal_selesai AS tanggal_selesai,
       g.status AS status, g.jenis_kelamin AS jenis_kelamin, g.program_studi AS program_studi,
       g.jenjang AS jenjang, g.semester AS semester, g.skema AS skema,
       k.nomor_pemko AS perjanjian_nomor,
       CASE WHEN e.id IS NULL THEN NULL ELSE {FULL_NAME_SQL} END AS pembimbing_nama,
       g.dosen_pembimbing AS dosen_pembimbing, g.nomor_surat_permohonan AS nomor_surat_permohonan,
       g.tanggal_surat AS tanggal_surat_permohonan, g.nomor_surat_balasan AS nomor_surat_balasan,
       g.tanggal_surat_balasan AS tanggal_surat_balasan,
       g.nilai_akhir AS nilai_akhir, g.nomor_surat_keterangan AS nomor_surat_keterangan
FROM magang g
JOIN mitra m ON m.id = g.mitra_id
JOIN unit_kerja u ON u.id = g.unit_kerja_id
LEFT JOIN pegawai e ON e.id = g.pembimbing_lapangan_id
LEFT JOIN kerja_sama k ON k.id = g.kerja_sama_id
ORDER BY {INTERN_ORDER_SQL}"
    );
    query_table(conn, &sql, [])
}

/// `logbook-magang`: every weekly logbook entry, by internship (in the
/// order of `magang`) then date; `nim` and `mitra` as in `magang`.
pub fn intern_logbook(conn: &Connection) -> rusqlite::Result<Table> {
    let sql = format!(
        "SELECT g.nim AS nim, m.nama AS mitra, g.nama AS nama, l.tanggal AS tanggal,
       l.kegiatan AS kegiatan, l.hasil AS hasil, l.catatan_pembimbing AS catatan_pembimbing,
       u.nama AS unit_kerja
FROM logbook_magang l
JOIN magang g ON g.id = l.magang_id
JOIN mitra m ON m.id = g.mitra_id
JOIN unit_kerja u ON u.id = g.unit_kerja_id
ORDER BY {INTERN_ORDER_SQL}, l.tanggal, l.id"
    );
    query_table(conn, &sql, [])
}

/// `umpan-balik-magang`: the final evaluations, one per internship (in the
/// order of `magang`): the mentor's score and remarks on the student, the
/// student's "what worked" and suggestion for the unit; `nim` and `mitra`
/// as in `magang`.
pub fn intern_feedback(conn: &Connection) -> rusqlite::Result<Table> {
    let sql = format!(
        "SELECT g.nim AS nim, m.nama AS mitra, g.nama AS nama, u.nama AS unit_kerja,
       f.tanggal AS tanggal, f.nilai_pembimbing AS nilai_pembimbing,
       f.catatan_pembimbing AS catatan_pembimbing, f.yang_berhasil AS yang_berhasil,
       f.saran_unit AS saran_unit, e.nip AS pembimbing_nip
FROM umpan_balik_magang f
JOIN magang g ON g.id = f.magang_id
JOIN mitra m ON m.id = g.mitra_id
JOIN unit_kerja u ON u.id = g.unit_kerja_id
LEFT JOIN pegawai e ON e.id = g.pembimbing_lapangan_id
ORDER BY {INTERN_ORDER_SQL}"
    );
    query_table(conn, &sql, [])
}

/// The order of the evaluation periods of table `t` in every export: by
/// year, kind (TAHUNAN, SEMESTER, TRIWULAN, BULANAN), number.
fn period_order(t: &str) -> String {
    format!(
        "{t}.tahun, CASE {t}.jenis_periode WHEN 'TAHUNAN' THEN 0 WHEN 'SEMESTER' THEN 1 \
         WHEN 'TRIWULAN' THEN 2 ELSE 3 END, {t}.periode_ke"
    )
}

/// `evaluasi`: by year, period (TAHUNAN, SEMESTER, TRIWULAN, BULANAN; number),
/// then unit and name; `year` keeps one year. `predikat` is the one derived
/// from the two ratings (the 3×3 table); the appraisers by NIP; the feedback
/// in its parts: what was observed (`umpan_balik`), its effect
/// (`umpan_balik_dampak`), the next step (`umpan_balik_langkah`) and the
/// date agreed for it (`umpan_balik_tanggal`).
pub fn evaluations(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    collect(|t| stream_evaluations(conn, year, t))
}

/// [`evaluations`] row by row.
pub fn stream_evaluations(
    conn: &Connection,
    year: Option<i32>,
    out: &mut dyn Sink,
) -> Result<(), StreamError> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT e.nip AS nip, {FULL_NAME_SQL} AS nama, ev.tahun AS tahun, ev.jenis_periode AS jenis_periode,
       ev.periode_ke AS periode_ke, ev.rating_hasil_kerja AS hasil_kerja, ev.rating_perilaku AS perilaku,
       ev.predikat AS predikat, u.nama AS unit_kerja, pp.nip AS pejabat_penilai_nip,
       ap.nip AS atasan_penilai_nip, ev.catatan AS catatan, ev.umpan_balik AS umpan_balik,
       ev.umpan_balik_dampak AS umpan_balik_dampak, ev.umpan_balik_langkah AS umpan_balik_langkah,
       ev.umpan_balik_tanggal AS umpan_balik_tanggal
FROM evaluasi_kinerja ev
JOIN pegawai e ON e.id = ev.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
LEFT JOIN pegawai pp ON pp.id = ev.pejabat_penilai_id
LEFT JOIN pegawai ap ON ap.id = ev.atasan_penilai_id
WHERE ?1 IS NULL OR ev.tahun = ?1
ORDER BY {order}, t.path, e.nama COLLATE NOCASE, e.nip",
        order = period_order("ev"),
    );
    query_into(conn, &sql, params![year], out)
}

/// `tindak-lanjut`: the post-training follow-ups, one row per answer, named
/// by the participant's NIP and the training's code (as `peserta` names a
/// participation); by training (date order), name, date and Kirkpatrick
/// level. `evaluasi_*` name the evaluation it is linked to (the next one
/// after it); `level_diusulkan` the levels it proposed and were recorded as
/// assessments (`M.05=3;T.01=2`). `year` keeps the follow-ups dated in it.
pub fn follow_ups(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    let sql = format!(
        "SELECT e.nip AS nip, {FULL_NAME_SQL} AS nama, p.kode AS kode_pelatihan,
       p.nama AS nama_pelatihan, m.tanggal AS tanggal, m.bulan_ke AS bulan_ke,
       m.level_kirkpatrick AS level_kirkpatrick, m.responden AS responden, m.skor AS skor,
       m.temuan AS temuan, m.rekomendasi AS rekomendasi, u.nama AS unit_kerja,
       p.tanggal_selesai AS tanggal_selesai_pelatihan,
       ev.tahun AS evaluasi_tahun, ev.jenis_periode AS evaluasi_jenis_periode,
       ev.periode_ke AS evaluasi_periode_ke, ev.predikat AS evaluasi_predikat,
       (SELECT group_concat(k.kode || '=' || a.level_aktual, ';' ORDER BY k.kode)
          FROM penilaian_kompetensi a JOIN kompetensi k ON k.id = a.kompetensi_id
          WHERE a.monitoring_id = m.id) AS level_diusulkan
FROM monitoring_pasca_pelatihan m
JOIN peserta_pelatihan pp ON pp.id = m.peserta_pelatihan_id
JOIN pelatihan p ON p.id = pp.pelatihan_id
JOIN pegawai e ON e.id = pp.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
LEFT JOIN evaluasi_kinerja ev ON ev.id = m.evaluasi_kinerja_id
WHERE m.tanggal >= ?1 AND m.tanggal < ?2
ORDER BY p.tanggal_mulai, p.tanggal_selesai, p.kode, e.nama COLLATE NOCASE, e.nip, m.tanggal,
         CASE m.level_kirkpatrick WHEN 'REAKSI' THEN 0 WHEN 'PEMBELAJARAN' THEN 1
                                  WHEN 'PERILAKU' THEN 2 ELSE 3 END, m.id"
    );
    let (from, to) = year_filter(year);
    query_table(conn, &sql, params![from, to])
}

/// `predikat-organisasi`: each unit's organisation predicate per period, by
/// period then unit order; `batas` the limits it sets on the employees'
/// predicates (`batas_predikat`: `BAIK<=70`). `year` keeps one year.
pub fn unit_predicates(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    let sql = format!(
        "WITH RECURSIVE {UNIT_TREE_CTE}
SELECT u.nama AS unit_kerja, po.tahun AS tahun, po.jenis_periode AS jenis_periode,
       po.periode_ke AS periode_ke, po.predikat AS predikat, u.kode AS kode_unit,
       (SELECT group_concat(b.predikat_pegawai || '<=' || printf('%g', b.maks_persen), ';'
                            ORDER BY b.predikat_pegawai)
          FROM batas_predikat b WHERE b.predikat_organisasi = po.predikat) AS batas
FROM predikat_organisasi po
JOIN unit_kerja u ON u.id = po.unit_kerja_id
LEFT JOIN unit_tree t ON t.id = u.id
WHERE ?1 IS NULL OR po.tahun = ?1
ORDER BY {order}, t.path, u.nama COLLATE NOCASE, u.id",
        order = period_order("po"),
    );
    query_table(conn, &sql, params![year])
}

/// `rekap-jp`: JP of `year` per employee who served during it
/// (`reports::jp_summary`), with their own target and the JP still missing.
pub fn jp_summary(
    conn: &Connection,
    year: i32,
    targets: &crate::domain::jp::JpTargets,
) -> rusqlite::Result<Table> {
    let rows = super::reports::jp_summary(conn, year, targets)?;
    Ok(Table {
        columns: cols(&[
            "nip",
            "nama",
            "unit_kerja",
            "tahun",
            "jp",
            "target",
            "kekurangan",
        ]),
        rows: rows
            .into_iter()
            .map(|r| {
                vec![
                    Cell::Text(r.nip),
                    Cell::Text(r.name),
                    Cell::Text(r.unit),
                    Cell::Int(r.year as i64),
                    Cell::Real(r.jp),
                    Cell::Real(r.target),
                    Cell::Real(r.shortfall),
                ]
            })
            .collect(),
    })
}

/// `rencana-pengembangan`: the development plan lines (AKPK), by year, unit
/// and name; `year` keeps one year's plan. `kode_pelatihan` names the
/// training that fulfils a line, when one is linked.
pub fn plans(conn: &Connection, year: Option<i32>) -> rusqlite::Result<Table> {
    let sql = format!(
        "SELECT r.tahun AS tahun, e.nip AS nip, {FULL_NAME_SQL} AS nama, u.nama AS unit_kerja,
       k.kode AS kompetensi, k.nama AS nama_kompetensi, r.kesenjangan AS kesenjangan,
       r.jenis_pelatihan_usulan AS kegiatan_usulan, r.jp_rencana AS jp_rencana,
       r.prioritas AS prioritas, r.status AS status, p.kode AS kode_pelatihan
FROM rencana_pengembangan r
JOIN pegawai e ON e.id = r.pegawai_id
JOIN unit_kerja u ON u.id = e.unit_kerja_id
JOIN kompetensi k ON k.id = r.kompetensi_id
LEFT JOIN pelatihan p ON p.id = r.pelatihan_id
WHERE ?1 IS NULL OR r.tahun = ?1
ORDER BY r.tahun, u.nama, e.nama, e.nip, k.kode"
    );
    query_table(conn, &sql, params![year])
}

/// `kesenjangan`: competency gaps of employees in service (`reports::gaps`);
/// `kompetensi` is the code, `nama_kompetensi` follows.
pub fn gaps(conn: &Connection) -> rusqlite::Result<Table> {
    let mut t = Table {
        columns: Vec::new(),
        rows: Vec::new(),
    };
    match stream_gaps(conn, &mut t) {
        Ok(()) => Ok(t),
        Err(StreamError::Db(e)) => Err(e),
        // A table takes every row it is given.
        Err(StreamError::Write(e)) => unreachable!("{e}"),
    }
}

/// [`gaps`] row by row (`reports::each_gap`).
pub fn stream_gaps(conn: &Connection, out: &mut dyn Sink) -> Result<(), StreamError> {
    out.begin(&cols(&[
        "nip",
        "nama",
        "unit_kerja",
        "kompetensi",
        "standar",
        "aktual",
        "kesenjangan",
        "nama_kompetensi",
    ]))?;
    let mut row = Vec::with_capacity(8);
    super::reports::each_gap(conn, |r| {
        row.clear();
        row.extend([
            Cell::Text(r.nip),
            Cell::Text(r.name),
            Cell::Text(r.unit),
            Cell::Text(r.competency),
            Cell::Int(r.standard as i64),
            r.actual.map_or(Cell::Null, |a| Cell::Int(a as i64)),
            Cell::Int(r.gap as i64),
            Cell::Text(r.competency_name),
        ]);
        out.row(&row).map_err(StreamError::Write)
    })
}

/// `pengaturan`: every setting by key.
pub fn settings(conn: &Connection) -> rusqlite::Result<Table> {
    query_table(
        conn,
        "SELECT kunci, nilai, keterangan FROM pengaturan ORDER BY kunci",
        [],
    )
}

/// `audit`: the change log in the order it was written.
pub fn audit(conn: &Connection) -> rusqlite::Result<Table> {
    collect(|t| stream_audit(conn, t))
}

/// [`audit`] row by row.
pub fn stream_audit(conn: &Connection, out: &mut dyn Sink) -> Result<(), StreamError> {
    query_into(
        conn,
        "SELECT id, waktu, pengguna, klien_ssh, entitas, entitas_id, aksi, sebelum, sesudah,
                hash_sebelum, hash
         FROM audit ORDER BY id",
        [],
        out,
    )
}

fn cols(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sql_name_with_degrees_matches_the_rust_one() {
        let conn = crate::db::open_in_memory().unwrap();
        for (f, n, b) in [
            ("Dr.", "Rahmi", "S.E., M.Si."),
            ("", "Rahmi", ""),
            (" ", "Rahmi", "S.T."),
            ("Ir.", "Rahmi", " "),
        ] {
            let sql = format!(
                "SELECT {FULL_NAME_SQL} FROM (SELECT ?1 AS gelar_depan, ?2 AS nama, ?3 AS gelar_belakang) e"
            );
            let got: String = conn.query_row(&sql, [f, n, b], |r| r.get(0)).unwrap();
            assert_eq!(got, crate::db::employees::full_name(f, n, b));
        }
    }

    #[test]
    fn every_entity_query_prepares_on_an_empty_database() {
        let conn = crate::db::open_in_memory().unwrap();
        let today = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        let tables = [
            employees(&conn).unwrap(),
            trainings(&conn, None).unwrap(),
            enrollments(&conn, Some(2024)).unwrap(),
            partners(&conn).unwrap(),
            agreements(&conn, today, 90).unwrap(),
            internships(&conn).unwrap(),
            intern_logbook(&conn).unwrap(),
            intern_feedback(&conn).unwrap(),
            units(&conn).unwrap(),
            standards(&conn).unwrap(),
            status_history(&conn).unwrap(),
            assessments(&conn, Some(2024)).unwrap(),
            evaluations(&conn, None).unwrap(),
            follow_ups(&conn, None).unwrap(),
            unit_predicates(&conn, None).unwrap(),
            jp_summary(&conn, 2024, &crate::domain::jp::JpTargets::default()).unwrap(),
            gaps(&conn).unwrap(),
            audit(&conn).unwrap(),
        ];
        for t in &tables {
            assert!(t.rows.is_empty());
            assert!(!t.columns.is_empty());
        }
        assert_eq!(settings(&conn).unwrap().rows.len(), 10);
        // A new file holds the national competencies (schema V12).
        assert_eq!(competencies(&conn).unwrap().rows.len(), 9);
        let a = agreements(&conn, today, 90).unwrap();
        let (start, end, status, lifecycle, left) = AGREEMENT_COLUMNS;
        let names: Vec<&str> = [start, end, status, lifecycle, left]
            .iter()
            .map(|&i| a.columns[i].as_str())
            .collect();
        assert_eq!(
            names,
            [
                "tanggal_mulai",
                "tanggal_berakhir",
                "status",
                "status_dokumen",
                "sisa_hari"
            ]
        );
    }
}
