//! The training catalogue entered in tab 2 (issue 8 item 1): the form's
//! rules, the code made when left empty, the quota against the participants
//! already enrolled, and a training with participants never deleted.

use peka::db::record;
use peka::db::trainings::{TrainingInput, enrolled, next_code};
use peka::db::write::{Actor, ConstraintKind, WriteError};
use peka::db::{OpenMode, open};
use peka::i18n::Lang;
use peka::tui::forms::kind::{CheckContext, FormTarget, RecordForm, Values};
use peka::tui::forms::training;
use peka::tui::widgets::form::Form;
use rusqlite::Connection;
use std::path::Path;

fn copy() -> (tempfile::TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
        &path,
    )
    .unwrap();
    let conn = open(&path, OpenMode::ReadWrite).unwrap();
    (dir, conn)
}

fn bimtek() -> TrainingInput {
    TrainingInput {
        kode: String::new(),
        nama: "Bimtek Penyusunan SKP".into(),
        jalur: "PELATIHAN".into(),
        bentuk: "KLASIKAL".into(),
        jenis: "BIMTEK".into(),
        kelompok_kompetensi: "TEKNIS".into(),
        penyelenggara: "BKPSDM".into(),
        jumlah_jp: 24.0,
        tanggal_mulai: "2027-03-01".into(),
        tanggal_selesai: "2027-03-03".into(),
        sumber_dana: "APBK".into(),
        status: "RENCANA".into(),
        ..Default::default()
    }
}

#[test]
fn an_end_before_the_start_is_refused_at_the_end_date_naming_both() {
    let mut form = Form::new("t", training::specs(Lang::En), Lang::En);
    training::fill(&mut form, &bimtek(), &vec![]);
    form.set_value("tanggal_selesai", "2027-02-27");
    let errors = training::cross_check(&form, Lang::En);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "tanggal_selesai");
    assert!(errors[0].1.contains("27-02-2027") && errors[0].1.contains("01-03-2027"));
}

#[test]
fn an_empty_code_becomes_the_next_free_one_of_its_kind_and_year() {
    let (_d, conn) = copy();
    let kind = &training::KIND;
    let a = Actor::new("ani", "");
    let expected = next_code(&conn, "BIMTEK", 2027).unwrap();
    assert!(expected.starts_with("BIMTEK-2027-"), "{expected}");
    let id = (kind.db().save)(&conn, &FormTarget::new(kind), &Values::new(bimtek()), &a).unwrap();
    let (stored, _) = record::load::<TrainingInput>(&conn, id).unwrap().unwrap();
    assert_eq!(stored.kode, expected);
    let second =
        (kind.db().save)(&conn, &FormTarget::new(kind), &Values::new(bimtek()), &a).unwrap();
    let (stored2, _) = record::load::<TrainingInput>(&conn, second)
        .unwrap()
        .unwrap();
    assert_ne!(
        stored2.kode, stored.kode,
        "the next one gets the next number"
    );
}

#[test]
fn a_quota_below_the_participants_enrolled_is_refused_at_the_quota() {
    let (_d, conn) = copy();
    let (id, n): (i64, i64) = conn
        .query_row(
            "SELECT pelatihan_id, count(*) FROM peserta_pelatihan
             WHERE status NOT IN ('DITOLAK','MENGUNDURKAN_DIRI')
             GROUP BY pelatihan_id HAVING count(*) > 2 ORDER BY pelatihan_id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(enrolled(&conn, id).unwrap(), n);
    let (mut t, version) = record::load::<TrainingInput>(&conn, id).unwrap().unwrap();
    t.kuota = Some(n - 1);
    let refused = record::update(&conn, id, version, &t, &Actor::new("ani", "")).unwrap_err();
    assert_eq!(
        refused,
        WriteError::constraint("kuota", ConstraintKind::Check)
    );
    assert_eq!(training::KIND.db_error_field(&refused), Some("kuota"));
    let text = peka::i18n::write::write_error(Lang::Id, &refused);
    assert!(text.contains("Kuota"), "{text}");
    t.kuota = Some(n);
    assert!(record::update(&conn, id, version, &t, &Actor::new("ani", "")).is_ok());
}

#[test]
fn a_training_with_participants_is_cancelled_not_deleted() {
    let (_d, conn) = copy();
    let (id, version): (i64, i64) = conn
        .query_row(
            "SELECT p.id, p.version FROM pelatihan p
             WHERE EXISTS(SELECT 1 FROM peserta_pelatihan WHERE pelatihan_id = p.id) LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let refused = record::delete::<TrainingInput>(&conn, id, version, &Actor::new("ani", ""));
    assert!(
        matches!(&refused, Err(WriteError::InUse(u)) if u[0].0 == "peserta_pelatihan"),
        "{refused:?}"
    );
}

#[test]
fn target_competencies_round_trip_with_their_levels() {
    let (_d, conn) = copy();
    let competency: i64 = conn
        .query_row("SELECT id FROM kompetensi WHERE kode = 'M.04'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let mut t = bimtek();
    t.kode = "BIMTEK-2027-77".into();
    t.targets = vec![peka::db::trainings::TrainingTarget {
        kompetensi_id: competency,
        level: Some(2),
    }];
    let id = record::insert(&conn, &t, &Actor::new("ani", "")).unwrap();
    let (stored, _) = record::load::<TrainingInput>(&conn, id).unwrap().unwrap();
    assert_eq!(stored.targets, t.targets);
    // Through the form: the level without its competency is refused.
    let mut form = Form::new("t", training::specs(Lang::Id), Lang::Id);
    training::fill(&mut form, &bimtek(), &vec![]);
    form.set_value("level_2", "3");
    let ctx_units = [];
    let ctx = CheckContext {
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        lang: Lang::Id,
        units: &ctx_units,
    };
    let errors = training::KIND.cross_check(&form, &FormTarget::new(&training::KIND), &ctx);
    assert_eq!(errors.iter().map(|e| e.0).collect::<Vec<_>>(), ["level_2"]);
}

/// Picking the kind fills its competency group until the user chooses one.
#[test]
fn the_kind_fills_its_competency_group_until_one_is_chosen() {
    use peka::tui::forms::{FormScreen, kind::FormTarget};
    let target = FormTarget::new(&training::KIND);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut fs = FormScreen::new_record(target, Lang::Id, "", today);
    fs.form.set_value("jenis", "PKP");
    training::KIND.on_change(&mut fs, "jenis");
    assert_eq!(fs.form.value("kelompok_kompetensi"), "MANAJERIAL");
    fs.form.set_value("jenis", "BIMTEK");
    training::KIND.on_change(&mut fs, "jenis");
    assert_eq!(
        fs.form.value("kelompok_kompetensi"),
        "TEKNIS",
        "filled again"
    );
    // The user chooses: the kind no longer overrides it.
    fs.prefilled.remove("kelompok_kompetensi");
    fs.form.set_value("kelompok_kompetensi", "FUNGSIONAL");
    fs.form.set_value("jenis", "PKA");
    training::KIND.on_change(&mut fs, "jenis");
    assert_eq!(fs.form.value("kelompok_kompetensi"), "FUNGSIONAL");
}

// ---- participants (issue 8 item 2) ------------------------------------------

use peka::db::trainings::EnrollmentInput;
use peka::tui::forms::enrollment;

fn enrol(training: i64, employee: i64) -> EnrollmentInput {
    EnrollmentInput {
        pelatihan_id: training,
        pegawai_id: employee,
        sumber_usulan: "OPD".into(),
        status: "TERDAFTAR".into(),
        ..Default::default()
    }
}

#[test]
fn the_quota_holds_and_nobody_is_enrolled_twice() {
    let (_d, conn) = copy();
    let a = Actor::new("ani", "");
    let mut t = bimtek();
    t.kode = "BIMTEK-2027-90".into();
    t.kuota = Some(2);
    let training = record::insert(&conn, &t, &a).unwrap();
    let ids: Vec<i64> = conn
        .prepare("SELECT id FROM pegawai WHERE status = 'AKTIF' ORDER BY id LIMIT 3")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    record::insert(&conn, &enrol(training, ids[0]), &a).unwrap();
    record::insert(&conn, &enrol(training, ids[1]), &a).unwrap();
    let full = record::insert(&conn, &enrol(training, ids[2]), &a).unwrap_err();
    assert_eq!(full, WriteError::QuotaFull { quota: 2 });
    let text = peka::i18n::write::write_error(Lang::Id, &full);
    assert!(text.contains("Kuota penuh") && text.contains('2'), "{text}");
    // A refused participant takes no place.
    let mut refused = enrol(training, ids[2]);
    refused.status = "DITOLAK".into();
    record::insert(&conn, &refused, &a).unwrap();
    // The same employee twice: refused at the employee field.
    let mut again = enrol(training, ids[0]);
    again.status = "DITOLAK".into();
    let twice = record::insert(&conn, &again, &a).unwrap_err();
    assert_eq!(enrollment::KIND.db_error_field(&twice), Some("pegawai_id"));
}

#[test]
fn passing_fills_the_training_jp_and_jp_need_a_completed_participation() {
    use peka::tui::forms::{FormScreen, kind::FormTarget};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let target = FormTarget::new(&enrollment::KIND)
        .owned_by(7)
        .with_context(enrollment::TrainingContext { jp: 24.0 });
    let mut fs = FormScreen::new_record(target, Lang::Id, "BIMTEK-2027-01", today);
    assert!(fs.form.title().contains("BIMTEK-2027-01"));
    assert_eq!(fs.form.value("status"), "TERDAFTAR");
    fs.form.set_value("status", "LULUS");
    enrollment::KIND.on_change(&mut fs, "status");
    assert_eq!(fs.form.value("jp_diakui"), "24");
    fs.form.set_value("status", "TIDAK_LULUS");
    enrollment::KIND.on_change(&mut fs, "status");
    assert_eq!(fs.form.value("jp_diakui"), "", "taken back");
    fs.form.set_value("jp_diakui", "10");
    let errors = enrollment::cross_check(&fs.form, Some(24.0), Lang::En);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, "jp_diakui");
    fs.form.set_value("status", "LULUS");
    fs.form.set_value("jp_diakui", "30");
    let errors = enrollment::cross_check(&fs.form, Some(24.0), Lang::En);
    assert_eq!(errors[0].0, "jp_diakui", "not more than the training has");
}

/// The status moves forward (steps may be skipped), one step back before it
/// is finished, to batal before it is finished, and from batal only back to
/// rencana; a refusal names the status field, the stored row unchanged.
#[test]
fn status_changes_follow_the_lifecycle_and_a_refusal_lands_on_the_status() {
    let (_d, conn) = copy();
    let actor = Actor::new("ani", "");
    let id = record::insert(&conn, &bimtek(), &actor).unwrap();
    let set = |to: &str| -> Result<(), WriteError> {
        let (mut t, version) = record::load::<TrainingInput>(&conn, id).unwrap().unwrap();
        t.status = to.into();
        record::update(&conn, id, version, &t, &actor).map(|_| ())
    };
    assert!(set("BERJALAN").is_ok(), "rencana → berjalan skips a step");
    assert!(set("PENDAFTARAN").is_ok(), "one step back corrects a slip");
    assert!(
        set("RENCANA").is_ok(),
        "pendaftaran → rencana: one step back too"
    );
    assert!(set("BATAL").is_ok());
    assert!(
        set("SELESAI").is_err(),
        "a cancelled training never finishes"
    );
    assert!(set("RENCANA").is_ok(), "a cancelled plan is taken up again");
    assert!(set("SELESAI").is_ok());
    for to in ["BERJALAN", "BATAL", "RENCANA"] {
        let refused = set(to).unwrap_err();
        assert_eq!(
            refused,
            WriteError::constraint("status_pelatihan", ConstraintKind::Check),
            "selesai → {to}"
        );
        assert_eq!(training::KIND.db_error_field(&refused), Some("status"));
        let text = peka::i18n::write::write_error(Lang::Id, &refused);
        assert!(text.contains("selesai tetap selesai"), "{text}");
    }
    let stored: String = conn
        .query_row("SELECT status FROM pelatihan WHERE id = ?1", [id], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(stored, "SELESAI");
}
