//! One generic test over every registered record kind (issue 7 item 8):
//! the form round-trips its values, then create → edit → a stale edit from a
//! second session refused with who and when → delete (or its refusal), with
//! exactly one audit row per write. A kind registered in `forms::kind::kinds`
//! without sample values here fails the test, so none is left out.

use peka::db::agreements::AgreementInput;
use peka::db::assessments::AssessmentInput;
use peka::db::competencies::{CompetencyInput, LevelText};
use peka::db::employees_write::{EmployeeInput, StatusChange};
use peka::db::evaluations_write::EvaluationInput;
use peka::db::follow_ups::FollowUpInput;
use peka::db::intern_log::{FeedbackInput, LogbookInput};
use peka::db::internships::InternshipInput;
use peka::db::partners::PartnerInput;
use peka::db::plans::PlanInput;
use peka::db::standards::StandardInput;
use peka::db::trainings::{EnrollmentInput, TrainingInput, TrainingTarget};
use peka::db::units::UnitInput;
use peka::db::write::{Actor, WriteError};
use peka::db::{OpenMode, open};
use peka::domain::enums::EmployeeStatus;
use peka::i18n::Lang;
use peka::tui::forms::kind::{FormTarget, Picks, RecordForm, Values, kinds};
use peka::tui::widgets::form::{Form, LookupItem};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

fn copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kinds.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    (dir, path)
}

fn audit_rows(conn: &Connection) -> i64 {
    conn.query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap()
}

fn one(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// Ids the samples refer to, read from the copy.
struct Refs {
    unit: i64,
    competency: i64,
    employee: i64,
    /// A training without quota in which `employee` is not enrolled.
    training: i64,
    /// Unimal, and a PKS of Unimal in force to 2028.
    partner: i64,
    agreement: i64,
    /// A unit without an intern capacity.
    free_unit: i64,
    /// A running internship and a day of it without a logbook entry.
    intern: i64,
    intern_day: String,
    /// A running internship without its final evaluation.
    feedback_intern: i64,
    /// Another employee in service (an appraiser) and a completed
    /// participation without a follow-up, with its training's end.
    appraiser: i64,
    participation: i64,
    participation_end: String,
}

fn employee(unit: i64, name: &str) -> EmployeeInput {
    EmployeeInput {
        nip: "199912312025011999".into(),
        nama: name.into(),
        jenis_kelamin: "L".into(),
        tempat_lahir: "Lhokseumawe".into(),
        tanggal_lahir: "1999-12-31".into(),
        jenis_asn: "CPNS".into(),
        golongan: Some("III/a".into()),
        pendidikan_terakhir: Some("S1".into()),
        jenis_jabatan: "PELAKSANA".into(),
        nama_jabatan: "Penata Layanan Operasional".into(),
        unit_kerja_id: unit,
        tmt_pengangkatan: Some("2025-01-01".into()),
        ..Default::default()
    }
}

fn competency(name: &str) -> CompetencyInput {
    CompetencyInput {
        kode: "T.999".into(),
        nama: name.into(),
        jenis: "TEKNIS".into(),
        definisi: "Uji".into(),
        levels: std::array::from_fn(|i| LevelText {
            deskripsi: format!("Level {}", i + 1),
            indikator: String::new(),
        }),
    }
}

/// (new values, edited values, owner) of a kind, by its name.
fn samples(name: &str, r: &Refs) -> (Values, Values, Option<i64>) {
    match name {
        "pegawai" => (
            Values::new(employee(r.unit, "Uji Rekam")),
            Values::new(employee(r.unit, "Uji Rekam Ubah")),
            None,
        ),
        "riwayat_status" => {
            let change = |sk: &str| StatusChange {
                status: EmployeeStatus::Cuti,
                date: "2026-12-01".into(),
                nomor_sk: sk.into(),
                note: String::new(),
            };
            (
                Values::new(change("800/1/2026")),
                Values::new(change("800/2/2026")),
                Some(r.employee),
            )
        }
        "penilaian_kompetensi" => {
            let a = |level| AssessmentInput {
                pegawai_id: r.employee,
                kompetensi_id: r.competency,
                level,
                tanggal: "2026-01-15".into(),
                metode: "CACT".into(),
                penilai: "Tim".into(),
                catatan: String::new(),
            };
            (Values::new(a(3)), Values::new(a(4)), Some(r.employee))
        }
        "unit_kerja" => {
            let u = |nama: &str| UnitInput {
                kode: "9.99".into(),
                nama: nama.into(),
                singkatan: "UJI".into(),
                jenis: "DINAS".into(),
                induk_id: None,
                urutan: 1,
                aktif: true,
                kapasitas_magang: Some(3),
            };
            (
                Values::new(u("Dinas Uji")),
                Values::new(u("Dinas Uji Ubah")),
                None,
            )
        }
        "kompetensi" => (
            Values::new(competency("Uji Teknis")),
            Values::new(competency("Uji Teknis Ubah")),
            None,
        ),
        "standar_kompetensi" => {
            let s = |level| StandardInput {
                jenis_jabatan: "PELAKSANA".into(),
                jenjang_jf: String::new(),
                nama_jabatan: "Jabatan Uji Unik".into(),
                kompetensi_id: r.competency,
                level_standar: level,
            };
            (Values::new(s(2)), Values::new(s(3)), None)
        }
        "mitra" => {
            let p = |contact: &str| PartnerInput {
                nama: "Universitas Almuslim".into(),
                singkatan: "Umuslim".into(),
                jenis: "PERGURUAN_TINGGI".into(),
                alamat: "Bireuen".into(),
                narahubung: contact.into(),
                telepon: "0644-41384".into(),
                email: "humas@example.org".into(),
                catatan: "Menjajaki MoU".into(),
            };
            (Values::new(p("Marzuki")), Values::new(p("Rahmi")), None)
        }
        "pelatihan" => {
            let t = |jp: f64| TrainingInput {
                kode: "UJI-2027-01".into(),
                nama: "Bimtek Uji".into(),
                jalur: "PELATIHAN".into(),
                bentuk: "KLASIKAL".into(),
                jenis: "BIMTEK".into(),
                kelompok_kompetensi: "TEKNIS".into(),
                penyelenggara: "BKPSDM".into(),
                jumlah_jp: jp,
                tanggal_mulai: "2027-02-01".into(),
                tanggal_selesai: "2027-02-03".into(),
                lokasi: "Aula BKPSDM".into(),
                daring: false,
                kuota: Some(30),
                biaya: 0,
                sumber_dana: "APBK".into(),
                status: "RENCANA".into(),
                targets: vec![TrainingTarget {
                    kompetensi_id: r.competency,
                    level: Some(3),
                }],
            };
            (Values::new(t(24.0)), Values::new(t(32.0)), None)
        }
        "peserta_pelatihan" => {
            let e = |status: &str, jp: f64| EnrollmentInput {
                pelatihan_id: r.training,
                pegawai_id: r.employee,
                sumber_usulan: "OPD".into(),
                status: status.into(),
                nilai_akhir: None,
                nomor_sertifikat: String::new(),
                tanggal_sertifikat: None,
                jp_diakui: jp,
                bukti_ref: String::new(),
            };
            (
                Values::new(e("TERDAFTAR", 0.0)),
                Values::new(e("MENGIKUTI", 0.0)),
                Some(r.training),
            )
        }
        "rencana_pengembangan" => {
            let p = |status: &str, jp| PlanInput {
                tahun: 2026,
                pegawai_id: r.employee,
                kompetensi_id: r.competency,
                kesenjangan: 1,
                jenis_pelatihan_usulan: "Coaching oleh atasan langsung".into(),
                jp_rencana: jp,
                prioritas: "SEDANG".into(),
                status: status.into(),
                pelatihan_id: Some(r.training),
            };
            (
                Values::new(p("USULAN", 16.0)),
                Values::new(p("TERLAKSANA", 18.5)),
                Some(r.employee),
            )
        }
        "kerja_sama" => {
            let a = |about: &str| AgreementInput {
                mitra_id: r.partner,
                jenis_dokumen: "MOU".into(),
                nomor_pemko: "999/KSB/2026".into(),
                nomor_mitra: "77/UN45/KS/2026".into(),
                tentang: about.into(),
                ruang_lingkup: "Magang mahasiswa".into(),
                tanggal_tanda_tangan: Some("2026-11-20".into()),
                tanggal_mulai: "2026-12-01".into(),
                tanggal_berakhir: "2031-11-30".into(),
                penandatangan_pemko: "Wali Kota Lhokseumawe".into(),
                penandatangan_mitra: "Rektor".into(),
                unit_pelaksana_id: Some(r.unit),
                status_dokumen: "DITANDATANGANI".into(),
                catatan: "Uji".into(),
                ..Default::default()
            };
            (
                Values::new(a("Kerja sama uji")),
                Values::new(a("Kerja sama uji ubah")),
                None,
            )
        }
        "magang" => {
            let g = |status: &str| InternshipInput {
                mitra_id: r.partner,
                kerja_sama_id: Some(r.agreement),
                nama: "Mahasiswa Uji".into(),
                nim: "UJI-0001".into(),
                jenis_kelamin: "P".into(),
                program_studi: "Sistem Informasi".into(),
                jenjang: "S1".into(),
                semester: Some(6),
                skema: "MBKM".into(),
                unit_kerja_id: r.free_unit,
                pembimbing_lapangan_id: Some(r.employee),
                dosen_pembimbing: "Dosen Uji".into(),
                nomor_surat_permohonan: "1/UJI/2027".into(),
                tanggal_surat: Some("2026-12-01".into()),
                nomor_surat_balasan: "2/BKPSDM/2027".into(),
                tanggal_surat_balasan: Some("2026-12-10".into()),
                tanggal_mulai: "2027-02-01".into(),
                tanggal_selesai: "2027-05-31".into(),
                status: status.into(),
                nilai_akhir: None,
                nomor_surat_keterangan: String::new(),
            };
            (Values::new(g("DIAJUKAN")), Values::new(g("DITERIMA")), None)
        }
        "logbook_magang" => {
            let l = |output: &str| LogbookInput {
                magang_id: r.intern,
                tanggal: r.intern_day.clone(),
                kegiatan: "Uji kegiatan".into(),
                hasil: output.into(),
                catatan_pembimbing: String::new(),
            };
            (
                Values::new(l("Hasil")),
                Values::new(l("Hasil ubah")),
                Some(r.intern),
            )
        }
        "umpan_balik_magang" => {
            let f = |score| FeedbackInput {
                magang_id: r.feedback_intern,
                tanggal: "2026-11-28".into(),
                nilai_pembimbing: Some(score),
                catatan_pembimbing: "Teliti".into(),
                yang_berhasil: "Pembimbing sabar".into(),
                saran_unit: "Layanan daring".into(),
            };
            (
                Values::new(f(80.0)),
                Values::new(f(85.5)),
                Some(r.feedback_intern),
            )
        }
        "evaluasi_kinerja" => {
            let e = |work: &str, next: &str| EvaluationInput {
                pegawai_id: r.employee,
                tahun: 2027,
                jenis_periode: "TAHUNAN".into(),
                periode_ke: 1,
                rating_hasil_kerja: work.into(),
                rating_perilaku: "SESUAI".into(),
                pejabat_penilai_id: Some(r.appraiser),
                atasan_penilai_id: None,
                catatan: "Uji".into(),
                umpan_balik: "Laporan tepat waktu".into(),
                umpan_balik_dampak: "Rekap unit lancar".into(),
                umpan_balik_langkah: next.into(),
                umpan_balik_tanggal: Some("2028-01-31".into()),
                berakhlak: vec![("AKUNTABEL".into(), "Jujur dan teliti".into())],
            };
            (
                Values::new(e("SESUAI", "Pertahankan")),
                Values::new(e("DI_ATAS", "Bagikan praktik baik")),
                None,
            )
        }
        "monitoring_pasca_pelatihan" => {
            let f = |score: i64, level: i64| FollowUpInput {
                peserta_pelatihan_id: r.participation,
                tanggal: r.participation_end.clone(),
                bulan_ke: 0,
                level_kirkpatrick: "PERILAKU".into(),
                responden: "ATASAN".into(),
                skor: score,
                temuan: "Menerapkan materi".into(),
                rekomendasi: "Lanjutkan".into(),
                kompetensi_id: Some(r.competency),
                level: Some(level),
            };
            (
                Values::new(f(4, 3)),
                Values::new(f(5, 4)),
                Some(r.participation),
            )
        }
        other => panic!("kind {other} is registered but has no sample values in this test"),
    }
}

/// What the lookup fields of `values` hold, labelled by id (the label does
/// not matter to the round trip, the id does).
fn picks(kind: &dyn RecordForm, values: &Values) -> Picks {
    kind.lookups()
        .into_iter()
        .filter_map(|(key, _)| {
            kind.picked_id(values, key).map(|id| {
                (
                    key,
                    LookupItem {
                        id,
                        label: format!("#{id}"),
                        detail: String::new(),
                    },
                )
            })
        })
        .collect()
}

#[test]
fn every_record_kind_round_trips_saves_refuses_a_stale_edit_and_audits_each_write() {
    let (_dir, path) = copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let other = open(&path, OpenMode::ReadWrite).unwrap();
    let refs = Refs {
        unit: one(&conn, "SELECT min(id) FROM unit_kerja"),
        competency: one(&conn, "SELECT id FROM kompetensi WHERE kode = 'M.01'"),
        employee: one(&conn, "SELECT min(id) FROM pegawai WHERE status = 'AKTIF'"),
        training: one(
            &conn,
            "SELECT min(p.id) FROM pelatihan p WHERE p.kuota IS NULL AND NOT EXISTS(
                 SELECT 1 FROM peserta_pelatihan x WHERE x.pelatihan_id = p.id
                 AND x.pegawai_id = (SELECT min(id) FROM pegawai WHERE status = 'AKTIF'))",
        ),
        partner: one(&conn, "SELECT id FROM mitra WHERE singkatan = 'Unimal'"),
        agreement: one(
            &conn,
            "SELECT min(id) FROM kerja_sama WHERE jenis_dokumen = 'PKS' AND status_dokumen = 'DITANDATANGANI'
             AND mitra_id = (SELECT id FROM mitra WHERE singkatan = 'Unimal')
             AND tanggal_mulai <= '2027-02-01' AND tanggal_berakhir >= '2027-05-31'",
        ),
        free_unit: one(
            &conn,
            "SELECT min(id) FROM unit_kerja WHERE kapasitas_magang IS NULL",
        ),
        intern: one(&conn, "SELECT min(id) FROM magang WHERE status = 'BERJALAN'"),
        intern_day: conn
            .query_row(
                "SELECT g.tanggal_selesai FROM magang g WHERE g.id =
                     (SELECT min(id) FROM magang WHERE status = 'BERJALAN')",
                [],
                |r| r.get(0),
            )
            .unwrap(),
        appraiser: one(
            &conn,
            "SELECT min(id) FROM pegawai WHERE status = 'AKTIF'
             AND id > (SELECT min(id) FROM pegawai WHERE status = 'AKTIF')",
        ),
        participation: one(
            &conn,
            "SELECT min(pp.id) FROM peserta_pelatihan pp WHERE pp.status = 'LULUS'
             AND NOT EXISTS (SELECT 1 FROM monitoring_pasca_pelatihan m WHERE m.peserta_pelatihan_id = pp.id)",
        ),
        participation_end: conn
            .query_row(
                "SELECT p.tanggal_selesai FROM peserta_pelatihan pp JOIN pelatihan p ON p.id = pp.pelatihan_id
                 WHERE pp.id = (SELECT min(pp.id) FROM peserta_pelatihan pp WHERE pp.status = 'LULUS'
                   AND NOT EXISTS (SELECT 1 FROM monitoring_pasca_pelatihan m WHERE m.peserta_pelatihan_id = pp.id))",
                [],
                |r| r.get(0),
            )
            .unwrap(),
        feedback_intern: one(
            &conn,
            "SELECT min(g.id) FROM magang g WHERE g.status = 'BERJALAN'
             AND NOT EXISTS (SELECT 1 FROM umpan_balik_magang f WHERE f.magang_id = g.id)",
        ),
    };
    let (ani, budi) = (Actor::new("ani", ""), Actor::new("budi", "10.0.0.5"));
    let registered = kinds();
    assert!(
        registered.iter().any(|k| k.name() == "mitra"),
        "partners are a kind"
    );
    for kind in registered {
        let name = kind.name();
        let (new, edited, owner) = samples(name, &refs);

        // The form shows the values and reads them back unchanged.
        let mut target = FormTarget::new(kind);
        target.owner = owner;
        let mut form = Form::new("t", kind.specs(Lang::Id), Lang::Id);
        kind.fill(&mut form, &new, &picks(kind, &new));
        assert_eq!(
            kind.read(&form, &target).as_ref(),
            Some(&new),
            "{name}: form round trip"
        );

        // Create.
        if let Some(employee) =
            owner.filter(|_| !name.contains("magang") && name != "monitoring_pasca_pelatihan")
        {
            // A change or an assessment of an employee checks its version.
            target.version = one(
                &conn,
                &format!("SELECT version FROM pegawai WHERE id = {employee}"),
            );
        }
        let before = audit_rows(&conn);
        let id = (kind.db().save)(&conn, &target, &new, &ani)
            .unwrap_or_else(|e| panic!("{name}: create refused: {e:?}"));
        assert_eq!(
            audit_rows(&conn),
            before + 1,
            "{name}: one audit row for the create"
        );

        let loaded = (kind.db().load)(&conn, id).unwrap();
        if name == "riwayat_status" {
            // A status change is a history row of its employee: it is never
            // edited or deleted in place; a stale change is refused.
            assert_eq!(loaded, None, "{name}: not loaded as a record");
            let stale = (kind.db().save)(&other, &target, &edited, &budi);
            assert!(
                matches!(&stale, Err(WriteError::Conflict { changed_by: Some(by), changed_at: Some(_) }) if by == "ani"),
                "{name}: stale change refused with who and when: {stale:?}"
            );
            assert_eq!(
                (kind.db().delete)(&conn, id, 1, &ani),
                Err(WriteError::HasHistory)
            );
            assert_eq!(
                audit_rows(&conn),
                before + 1,
                "{name}: refusals write nothing"
            );
            continue;
        }
        let (stored, version) = loaded.unwrap_or_else(|| panic!("{name}: the new record loads"));
        assert_eq!(stored, new, "{name}: stored as typed");
        assert_eq!(version, 1, "{name}: a new record is version 1");

        // Edit.
        let edit = FormTarget {
            owner,
            ..FormTarget::edit(kind, id, version)
        };
        assert_eq!(
            (kind.db().save)(&conn, &edit, &edited, &ani),
            Ok(id),
            "{name}: edit"
        );
        assert_eq!(
            audit_rows(&conn),
            before + 2,
            "{name}: one audit row for the edit"
        );
        let (stored, version) = (kind.db().load)(&conn, id).unwrap().unwrap();
        assert_eq!((stored, version), (edited.clone(), 2), "{name}: edited");

        // A second session still holding version 1 is refused, naming ani.
        let stale = (kind.db().save)(&other, &FormTarget::edit(kind, id, 1), &new, &budi);
        assert!(
            matches!(&stale, Err(WriteError::Conflict { changed_by: Some(by), changed_at: Some(_) }) if by == "ani"),
            "{name}: stale edit: {stale:?}"
        );
        assert_eq!(
            (kind.db().load)(&conn, id).unwrap().unwrap().0,
            edited,
            "{name}: kept"
        );

        // Delete: the record goes, audited once.
        (kind.db().delete)(&conn, id, 2, &ani)
            .unwrap_or_else(|e| panic!("{name}: delete refused: {e:?}"));
        assert_eq!(
            audit_rows(&conn),
            before + 3,
            "{name}: one audit row for the delete"
        );
        assert_eq!((kind.db().load)(&conn, id).unwrap(), None, "{name}: gone");
    }
}

/// A partner with agreements or interns is never deleted; the refusal says
/// how many use it, and nothing is written.
#[test]
fn a_partner_in_use_is_not_deleted_and_the_refusal_counts_what_uses_it() {
    let (_dir, path) = copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let (id, version): (i64, i64) = conn
        .query_row(
            "SELECT id, version FROM mitra WHERE nama = 'Universitas Malikussaleh'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let agreements = one(
        &conn,
        &format!("SELECT count(*) FROM kerja_sama WHERE mitra_id = {id}"),
    );
    let interns = one(
        &conn,
        &format!("SELECT count(*) FROM magang WHERE mitra_id = {id}"),
    );
    assert!(agreements > 0 && interns > 0, "the demo partner is in use");
    let before = audit_rows(&conn);
    let kind = &peka::tui::forms::partner::KIND;
    assert_eq!(
        (kind.db().delete)(&conn, id, version, &Actor::new("ani", "")),
        Err(WriteError::InUse(vec![
            ("kerja_sama", agreements),
            ("magang", interns)
        ]))
    );
    assert_eq!(audit_rows(&conn), before);
    let text = peka::i18n::write::write_error(
        Lang::Id,
        &WriteError::InUse(vec![("kerja_sama", agreements), ("magang", interns)]),
    );
    assert!(
        text.contains(&format!("{agreements} perjanjian"))
            && text.contains(&format!("{interns} magang")),
        "{text}"
    );
}

/// Partner names are unique ignoring case and surrounding spaces; the
/// refusal names the field.
#[test]
fn a_partner_name_taken_in_another_case_is_refused_at_the_name() {
    let (_dir, path) = copy();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    let p = PartnerInput {
        nama: "  universitas MALIKUSSALEH ".into(),
        jenis: "PERGURUAN_TINGGI".into(),
        ..Default::default()
    };
    let kind = &peka::tui::forms::partner::KIND;
    let refused = (kind.db().save)(
        &conn,
        &FormTarget::new(kind),
        &Values::new(p),
        &Actor::new("ani", ""),
    )
    .unwrap_err();
    assert_eq!(kind.db_error_field(&refused), Some("nama"), "{refused:?}");
}

/// Every label of every form, with its ` *`, fits the label column at 80
/// columns in both languages: a label cut with `…` ("Kompetensi (usulan
/// lev…") hides what the field is for.
#[test]
fn every_forms_labels_fit_the_label_column() {
    use peka::tui::widgets::form_view::LABEL_MAX;
    use unicode_width::UnicodeWidthStr;
    let mut long = Vec::new();
    for kind in kinds() {
        for lang in [Lang::Id, Lang::En] {
            for spec in kind.specs(lang) {
                let shown = spec.label.width() + if spec.required { 2 } else { 0 };
                // One cell stays between the label and the value.
                if shown + 1 > LABEL_MAX {
                    long.push(format!("{} {lang:?}: {:?}", kind.name(), spec.label));
                }
            }
        }
    }
    assert!(long.is_empty(), "labels wider than the column: {long:#?}");
}
