//! Tab 4's entry through `update` and the real runner on a copy of sample.db
//! (issue 10): the grid of a unit for a period with two keys a person, each
//! row saved as it is left, the progress and the distribution line against
//! the organisation predicate's limit; the full form's live predicate and
//! templates; a follow-up from the queue — each read back from the database.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::domain::enums::Rating;
use peka::tui::app::{App, Msg, Status, update};
use peka::tui::keymap::{Action, Screen};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn act(r: &Runner, app: &mut App, a: Action) {
    let effects = key(app, a);
    r.pump(app, effects);
}

fn press(r: &Runner, app: &mut App, code: KeyCode) {
    let effects = send(app, Msg::FormKey(KeyEvent::new(code, KeyModifiers::NONE)));
    r.pump(app, effects);
}

fn ctrl(r: &Runner, app: &mut App, c: char) {
    let effects = send(
        app,
        Msg::FormKey(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)),
    );
    r.pump(app, effects);
}

fn type_text(r: &Runner, app: &mut App, text: &str) {
    for c in text.chars() {
        press(r, app, KeyCode::Char(c));
    }
}

fn tab_to(r: &Runner, app: &mut App, key: &str) {
    for _ in 0..40 {
        if app.form.as_ref().unwrap().form.focus_key() == key {
            return;
        }
        press(r, app, KeyCode::Tab);
    }
    panic!("field {key} not reached");
}

fn filter(r: &Runner, app: &mut App, text: &str) {
    act(r, app, Action::Filter);
    for c in text.chars() {
        act(r, app, Action::FilterChar(c));
    }
    act(r, app, Action::FilterAccept);
}

fn status_text(app: &App) -> String {
    match &app.status {
        Some(Status::Info(t) | Status::Error(t)) => t.clone(),
        other => format!("{other:?}"),
    }
}

/// The grid of BKPSDM for the quarter after the latest one evaluated.
fn bkpsdm_next_quarter(r: &Runner) -> App {
    let mut app = r.app();
    act(r, &mut app, Action::GoTab(3));
    filter(r, &mut app, "BKPSDM");
    act(r, &mut app, Action::UnitGrid);
    assert_eq!(app.screen(), Screen::EvaluationGrid);
    act(r, &mut app, Action::Period(1));
    app
}

/// The list's filter (typed to find the unit) is not the grid's: the grid
/// has none, so the status line does not show one over it; back on the
/// list it is there again.
#[test]
fn the_lists_filter_is_not_shown_over_the_unit_grid() {
    let r = Runner::on_demo_copy();
    let app = bkpsdm_next_quarter(&r);
    let status = |app: &App| {
        let text = screen_text(&draw(app));
        text.lines().rev().nth(1).unwrap().to_string()
    };
    let line = status(&app);
    assert!(!line.contains("Saring"), "{line}");
    let mut app = app;
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    let leave = peka::tui::keymap::resolve(app.screen(), &esc).unwrap();
    act(&r, &mut app, leave);
    assert_eq!(app.screen(), Screen::EvaluationList);
    let line = status(&app);
    assert!(line.starts_with("Saring: BKPSDM"), "{line}");
}

#[test]
fn two_keys_a_person_rows_saved_as_left_with_progress_and_distribution() {
    let r = Runner::on_demo_copy();
    let mut app = bkpsdm_next_quarter(&r);
    let g = app.evaluation.grid.as_ref().unwrap();
    let d = g.data.as_ref().unwrap();
    assert_eq!(d.unit, "BKPSDM");
    assert_eq!((d.period.year, d.period.no), (2026, 4));
    let people = d.rows.len();
    assert!(people > 30, "BKPSDM and its divisions: {people}");
    assert!(d.rows.iter().all(|row| row.evaluation.is_none()));
    let text = screen_text(&draw(&app));
    assert!(text.contains(&format!("dinilai 0 dari {people}")), "{text}");
    // The organisation predicate: Baik (o: Istimewa, o: Baik).
    act(&r, &mut app, Action::OrgPredicate);
    act(&r, &mut app, Action::OrgPredicate);
    let g = app.evaluation.grid.as_ref().unwrap();
    assert_eq!(
        g.data.as_ref().unwrap().org,
        Some(peka::domain::enums::OrgPredicate::Baik)
    );
    // Everyone "sesuai / sesuai" (Baik) but the last five "di bawah" work.
    for i in 0..people {
        let work = if i + 5 >= people {
            Rating::DiBawah
        } else {
            Rating::Sesuai
        };
        let row = &app
            .evaluation
            .grid
            .as_ref()
            .unwrap()
            .data
            .as_ref()
            .unwrap()
            .rows[i];
        if row.leader_default.is_some() {
            // The head of BKPSDM already has the unit's achievement: one key.
            assert_eq!(row.work_result, Some(Rating::Sesuai));
        } else {
            act(&r, &mut app, Action::Rate(work));
        }
        act(&r, &mut app, Action::Rate(Rating::Sesuai));
    }
    let saved: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026 AND jenis_periode = 'TRIWULAN'
             AND periode_ke = 4",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(saved as usize, people);
    let baik: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026 AND jenis_periode = 'TRIWULAN'
             AND periode_ke = 4 AND predikat = 'BAIK'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(baik as usize, people - 5);
    // Every write audited, with who.
    let audited: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'evaluasi_kinerja' AND aksi = 'TAMBAH'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(audited as usize, people);
    // Done, and more Baik than 70% allows: the warning says how many may.
    let text = screen_text(&draw(&app));
    assert!(
        text.contains(&format!("dinilai {people} dari {people}")),
        "{text}"
    );
    let allowed = (people as f64 * 0.7).floor() as usize;
    assert!(
        text.contains("! B ") && text.contains(&format!("(maks {allowed} dari {people})")),
        "{text}"
    );
    // Changing one row: up, `b` `b`, and leaving it saves it (version 2).
    act(&r, &mut app, Action::RowLeave(-1));
    act(&r, &mut app, Action::Rate(Rating::DiBawah));
    act(&r, &mut app, Action::Rate(Rating::DiBawah));
    let worst: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026 AND periode_ke = 4
             AND jenis_periode = 'TRIWULAN' AND predikat = 'SANGAT_KURANG' AND version = 2",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(worst, 1);
    // Esc closes the grid; the list shows the new period.
    act(&r, &mut app, Action::RowLeave(0));
    assert_eq!(app.screen(), Screen::EvaluationList);
}

#[test]
fn a_row_with_one_rating_is_not_saved_and_says_so() {
    let r = Runner::on_demo_copy();
    let mut app = bkpsdm_next_quarter(&r);
    // Move past the leader to a plain row.
    act(&r, &mut app, Action::RowLeave(2));
    act(&r, &mut app, Action::Rate(Rating::DiAtas));
    act(&r, &mut app, Action::RowLeave(1));
    assert!(
        status_text(&app).contains("belum disimpan"),
        "{}",
        status_text(&app)
    );
    let saved: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026 AND periode_ke = 4
             AND jenis_periode = 'TRIWULAN'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(saved, 0);
}

#[test]
fn the_full_form_shows_the_predicate_live_and_templates_start_the_feedback() {
    let r = Runner::on_demo_copy();
    let mut app = bkpsdm_next_quarter(&r);
    act(&r, &mut app, Action::RowLeave(3));
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::Form);
    let form = &app.form.as_ref().unwrap().form;
    // A new evaluation, its appraisers from the structure.
    assert!(form.picked("pejabat_penilai_id").is_some());
    tab_to(&r, &mut app, "rating_hasil_kerja");
    type_text(&r, &mut app, "di atas");
    tab_to(&r, &mut app, "rating_perilaku");
    type_text(&r, &mut app, "di atas");
    press(&r, &mut app, KeyCode::Tab);
    let form = &app.form.as_ref().unwrap().form;
    assert_eq!(
        form.note("rating_perilaku"),
        Some("→ Predikat: Sangat Baik")
    );
    tab_to(&r, &mut app, "templat");
    press(&r, &mut app, KeyCode::Right);
    let form = &app.form.as_ref().unwrap().form;
    let observed = form.value("umpan_balik").to_string();
    assert!(observed.starts_with("Beberapa laporan"), "{observed}");
    // Clearing the next step warns, and the save still goes.
    tab_to(&r, &mut app, "umpan_balik_langkah");
    ctrl(&r, &mut app, 'u');
    press(&r, &mut app, KeyCode::Tab);
    let form = &app.form.as_ref().unwrap().form;
    assert!(
        form.note("umpan_balik_langkah")
            .is_some_and(|n| n.contains("Langkah berikut kosong")),
        "{:?}",
        form.note("umpan_balik_langkah")
    );
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "saved: {}", status_text(&app));
    let (predicate, observed_db, next): (String, String, String) = r
        .conn
        .query_row(
            "SELECT predikat, umpan_balik, umpan_balik_langkah FROM evaluasi_kinerja
             WHERE tahun = 2026 AND jenis_periode = 'TRIWULAN' AND periode_ke = 4",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap();
    assert_eq!(predicate, "SANGAT_BAIK");
    assert_eq!(observed_db, observed);
    assert_eq!(next, "");
    // Back in the grid, the row shows it.
    assert_eq!(app.screen(), Screen::EvaluationGrid);
    let g = app.evaluation.grid.as_ref().unwrap();
    let row = &g.data.as_ref().unwrap().rows[3];
    assert_eq!(
        (row.work_result, row.behaviour),
        (Some(Rating::DiAtas), Some(Rating::DiAtas))
    );
}

#[test]
fn a_follow_up_from_the_queue_with_a_level_moves_the_latest_assessment() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    act(&r, &mut app, Action::GoTab(3));
    act(&r, &mut app, Action::FollowUps);
    assert_eq!(app.screen(), Screen::FollowUps);
    let due = app
        .evaluation
        .follow_ups
        .selected()
        .cloned()
        .expect("one due");
    let (competency, _) = due.competency.clone().expect("a target competency");
    act(&r, &mut app, Action::Open);
    tab_to(&r, &mut app, "skor");
    type_text(&r, &mut app, "4");
    tab_to(&r, &mut app, "temuan");
    type_text(&r, &mut app, "Materi diterapkan dalam penyusunan anggaran");
    tab_to(&r, &mut app, "level");
    type_text(&r, &mut app, "4");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "saved: {}", status_text(&app));
    let (level, source): (i64, Option<i64>) = r
        .conn
        .query_row(
            "SELECT level_aktual, monitoring_id FROM penilaian_kompetensi
             WHERE pegawai_id = ?1 AND kompetensi_id = ?2 ORDER BY tanggal DESC, id DESC LIMIT 1",
            [due.employee_id, competency],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(level, 4);
    let (score, findings): (i64, String) = r
        .conn
        .query_row(
            "SELECT skor, temuan FROM monitoring_pasca_pelatihan WHERE id = ?1",
            [source.expect("sourced from the follow-up")],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        (score, findings.as_str()),
        (4, "Materi diterapkan dalam penyusunan anggaran")
    );
    // It left the queue.
    assert!(
        app.evaluation
            .follow_ups
            .all()
            .iter()
            .all(|d| d.enrollment_id != due.enrollment_id)
    );
}

/// The grid and the follow-up queue at 80×24 on the demo data.
#[test]
fn snapshot_grid_and_queue_80x24() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    act(&r, &mut app, Action::GoTab(3));
    filter(&r, &mut app, "BKPSDM");
    act(&r, &mut app, Action::UnitGrid);
    let screen = screen_text(&draw(&app));
    // The widest predicate fits whole beside the name at 80 columns (it
    // lost its last letter to a column one cell too wide).
    assert!(
        screen
            .lines()
            .any(|l| l.trim_end().ends_with("Di bawah  Kurang/Misconduct")),
        "{screen}"
    );
    insta::assert_snapshot!("evaluation_grid_80x24", screen);
    act(&r, &mut app, Action::RowLeave(0));
    act(&r, &mut app, Action::FollowUps);
    insta::assert_snapshot!("follow_ups_80x24", screen_text(&draw(&app)));
}

/// The last row completed and the grid left at once, before the save has
/// answered (a slow disk, a busy server): one save, not a second insert of
/// the same evaluation refused as "periode_ke already used".
#[test]
fn leaving_the_grid_while_the_last_rows_save_is_on_its_way_saves_it_once() {
    use peka::tui::app::{Effect, Save};
    let r = Runner::on_demo_copy();
    let mut app = bkpsdm_next_quarter(&r);
    let people = app.evaluation.grid.as_ref().unwrap().rows();
    for _ in 0..people - 1 {
        let leader = {
            let g = app.evaluation.grid.as_ref().unwrap();
            g.data.as_ref().unwrap().rows[g.row]
                .leader_default
                .is_some()
        };
        if !leader {
            act(&r, &mut app, Action::Rate(Rating::Sesuai));
        }
        act(&r, &mut app, Action::Rate(Rating::Sesuai));
    }
    // The last person: both keys and Esc, nothing answered in between.
    let mut effects = key(&mut app, Action::Rate(Rating::DiAtas));
    effects.extend(key(&mut app, Action::Rate(Rating::Sesuai)));
    effects.extend(key(&mut app, Action::RowLeave(0)));
    let saves = effects
        .iter()
        .filter(|e| matches!(e, Effect::Save(Save::GridRatings { .. })))
        .count();
    assert_eq!(saves, 1, "{effects:?}");
    r.pump(&mut app, effects);
    let saved: i64 = r
        .conn
        .query_row(
            "SELECT count(*) FROM evaluasi_kinerja WHERE tahun = 2026 AND jenis_periode = 'TRIWULAN'
             AND periode_ke = 4",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(saved as usize, people);
    assert!(
        !matches!(app.status, Some(Status::Error(_))),
        "{:?}",
        app.status
    );
}

/// Every effect `effects` lead to, run on the file one after another.
fn run_all(r: &Runner, app: &mut App, mut effects: Vec<peka::tui::app::Effect>) -> Vec<String> {
    let mut seen = Vec::new();
    while !effects.is_empty() {
        let mut next = Vec::new();
        for e in effects {
            seen.push(format!("{e:?}"));
            let msg = peka::tui::run::execute(&r.conn, e, &r.folders);
            next.extend(update(app, msg));
        }
        effects = next;
    }
    seen
}

/// Closing the grid reads the periods again (a save may have opened one),
/// the period listed only when a save went into it: on a province's file
/// that list is 100,000 rows, read again for nothing (and held twice while
/// it is) before.
#[test]
fn closing_the_grid_reads_the_listed_period_again_only_after_a_save_into_it() {
    let r = Runner::on_demo_copy();
    let mut app = r.app();
    act(&r, &mut app, Action::GoTab(3));
    let listed = app.evaluation.period().unwrap();
    filter(&r, &mut app, "BKPSDM");
    act(&r, &mut app, Action::UnitGrid);
    let reads_of_the_list = |seen: &[String]| {
        seen.iter()
            .filter(|e| e.starts_with("Load(Evaluations("))
            .count()
    };
    // Opened and closed, nothing saved.
    let effects = key(&mut app, Action::RowLeave(0));
    let seen = run_all(&r, &mut app, effects);
    assert!(
        seen.iter().any(|e| e.contains("EvaluationPeriods")),
        "{seen:?}"
    );
    assert_eq!(reads_of_the_list(&seen), 0, "{seen:?}");
    assert_eq!(app.screen(), Screen::EvaluationList);
    // A person of the listed period rated again: the list shows it.
    act(&r, &mut app, Action::UnitGrid);
    let (employee, before) = {
        let g = app.evaluation.grid.as_ref().unwrap();
        let d = g.data.as_ref().unwrap();
        assert_eq!(d.period, listed);
        let row = &d.rows[g.row];
        (row.employee_id, row.evaluation)
    };
    assert!(
        before.is_some(),
        "the listed period has this person's evaluation"
    );
    let mut effects = key(&mut app, Action::Rate(Rating::DiBawah));
    effects.extend(key(&mut app, Action::Rate(Rating::DiBawah)));
    let mut seen = run_all(&r, &mut app, effects);
    let effects = key(&mut app, Action::RowLeave(0));
    seen.extend(run_all(&r, &mut app, effects));
    assert_eq!(reads_of_the_list(&seen), 1, "{seen:?}");
    let shown = (0..app.evaluation.list.len())
        .filter_map(|i| app.evaluation.list.get(i))
        .find(|row| row.employee_id == employee)
        .expect("still listed");
    assert_eq!(
        shown.predicate,
        peka::domain::enums::Predicate::SangatKurang
    );
}

/// `Enter` on an evaluation opens it: the ratings and the predicate, both
/// appraisers, the structured feedback — what the list has no room for.
/// `e` there edits it; what was typed is what the detail shows next and
/// what the database holds.
#[test]
fn enter_opens_an_evaluation_and_e_there_edits_it() {
    let r = Runner::on_demo_copy();
    let (id, nip, observed, appraiser_nip): (i64, String, String, String) = r
        .conn
        .query_row(
            "SELECT k.id, e.nip, k.umpan_balik, a.nip
             FROM evaluasi_kinerja k JOIN pegawai e ON e.id = k.pegawai_id
             JOIN pegawai a ON a.id = k.pejabat_penilai_id
             WHERE k.tahun = 2026 AND k.jenis_periode = 'TRIWULAN' AND k.periode_ke = 3
               AND k.umpan_balik <> '' AND k.predikat = 'BUTUH_PERBAIKAN'
             ORDER BY k.id LIMIT 1",
            [],
            |x| Ok((x.get(0)?, x.get(1)?, x.get(2)?, x.get(3)?)),
        )
        .unwrap();
    let mut app = r.app();
    act(&r, &mut app, Action::GoTab(3));
    filter(&r, &mut app, &nip);
    act(&r, &mut app, Action::Open);
    assert_eq!(app.screen(), Screen::EvaluationDetail);
    let text = screen_text(&draw(&app));
    assert!(text.contains(&nip), "{text}");
    assert!(text.contains("Triwulan 3 2026"), "{text}");
    assert!(
        text.contains("Predikat           Butuh Perbaikan"),
        "{text}"
    );
    assert!(text.contains(&format!("({appraiser_nip})")), "{text}");
    let first_words: String = observed
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&first_words), "{first_words:?} in\n{text}");
    assert!(text.contains("Catatan BerAKHLAK"), "{text}");
    insta::assert_snapshot!("evaluation_detail_80x24", text);

    act(&r, &mut app, Action::Edit);
    assert!(app.form.is_some());
    tab_to(&r, &mut app, "catatan");
    type_text(&r, &mut app, "Dicatat lewat rincian");
    tab_to(&r, &mut app, "berakhlak_adaptif");
    type_text(&r, &mut app, "Cepat belajar aplikasi baru");
    ctrl(&r, &mut app, 's');
    assert!(app.form.is_none(), "{}", status_text(&app));
    assert_eq!(app.screen(), Screen::EvaluationDetail);
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("Catatan            Dicatat lewat rincian"),
        "{text}"
    );
    assert!(text.contains("Adaptif"), "{text}");
    assert!(text.contains("Cepat belajar aplikasi baru"), "{text}");
    let note: String = r
        .conn
        .query_row(
            "SELECT catatan FROM evaluasi_kinerja WHERE id = ?1",
            [id],
            |x| x.get(0),
        )
        .unwrap();
    assert_eq!(note, "Dicatat lewat rincian");

    act(&r, &mut app, Action::Back);
    assert_eq!(app.screen(), Screen::EvaluationList);
}
