//! The employee detail's recommendations and development plan, and a
//! training's "need it most" list (issue 8 items 5–6): drawn on ratatui's
//! TestBackend from fixture data, driven through `update`, and once end to
//! end through the runner on a copy of sample.db.

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::plans::{PlanInput, PlanLine};
use peka::db::recommend::{Development, EmployeeNeed, TrainingRecommendation};
use peka::domain::enums::ProposalSource;
use peka::domain::enums::{PlanStatus, Priority, TrainingStatus, TrainingType};
use peka::domain::jp::JpTargets;
use peka::domain::recommend::Candidates;
use peka::domain::recommend::{GapOn, Need};
use peka::i18n::Lang;
use peka::tui::app::{App, Effect, Loaded, Msg, Question, Request, Save, Saved, Status};
use peka::tui::keymap::{Action, Screen};

fn gap(id: i64, code: &str, name: &str, standard: u8, actual: u8) -> GapOn {
    GapOn {
        competency_id: id,
        code: code.into(),
        name: name.into(),
        standard,
        actual,
    }
}

fn rec(
    id: i64,
    code: &str,
    name: &str,
    start: &str,
    jp: f64,
    gaps: Vec<GapOn>,
) -> TrainingRecommendation {
    TrainingRecommendation {
        training_id: id,
        code: code.into(),
        name: name.into(),
        kind: TrainingType::Manajerial,
        status: TrainingStatus::Rencana,
        start: start.into(),
        end: start.into(),
        jp,
        need: Need::new(gaps, 8.0, start.into()).unwrap(),
    }
}

fn development() -> Development {
    Development {
        year: 2026,
        jp_missing: 8.0,
        plan: vec![PlanLine {
            id: 41,
            version: 3,
            year: 2026,
            competency_code: "T.09".into(),
            competency_name: "Tata Kelola TIK".into(),
            gap: 1,
            activity: "Coaching oleh atasan langsung".into(),
            jp: 16.0,
            priority: Priority::Sedang,
            status: PlanStatus::Terlaksana,
            training: None,
            done: true,
        }],
        earlier: 0,
        recommendations: vec![
            rec(
                7,
                "PLT-2027-002",
                "Pelatihan Kerjasama Tim",
                "2027-02-24",
                24.0,
                vec![
                    gap(2, "M.02", "Kerjasama", 2, 1),
                    gap(5, "M.05", "Pelayanan Publik", 3, 2),
                ],
            ),
            rec(
                8,
                "PLT-2026-056",
                "Pelatihan Pelayanan Publik BerAKHLAK",
                "2026-12-17",
                32.0,
                vec![gap(5, "M.05", "Pelayanan Publik", 3, 2)],
            ),
        ],
    }
}

/// The detail of employee 1 open, with its plan and recommendations.
fn detail_open(lang: Lang) -> App {
    let mut app = loaded_app(lang, 80, 24);
    key(&mut app, Action::Open);
    let effects = send(
        &mut app,
        Msg::Loaded(Loaded::EmployeeDetail(1, Some(Box::new(detail(1))))),
    );
    assert_eq!(
        effects,
        vec![Effect::Load(Request::Development {
            id: 1,
            today: as_of(),
            targets: JpTargets::default()
        })],
        "the plan and recommendations follow the detail"
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::Development(1, Box::new(development()))),
    );
    app
}

/// The detail scrolled until `needle` is on screen.
fn scrolled_to(app: &mut App, needle: &str) -> String {
    for _ in 0..60 {
        let text = screen_text(&draw(app));
        if text.contains(needle) {
            return text;
        }
        key(app, Action::Down);
    }
    panic!("{needle:?} never on screen");
}

#[test]
fn the_detail_shows_the_recommendations_with_their_reason_and_the_plan() {
    let mut app = detail_open(Lang::Id);
    let text = scrolled_to(&mut app, "Coaching oleh");
    for part in [
        "Rekomendasi pelatihan (kurang 8 JP di 2026)",
        "1. PLT-2027-002 24-02-2027 · 24 JP · Pelatihan Kerjasama Tim",
        "M.02 Kerjasama ▼1 (standar 2, aktual 1); M.05 ▼1",
        "2. PLT-2026-056 17-12-2026 · 32 JP",
        "Rencana pengembangan 2026 dst. — 2026: 16 JP direncanakan",
        "2026 T.09    ▼1 Coaching oleh atasan langsung",
        "Sedang    ✓Terlaksana",
    ] {
        assert!(text.contains(part), "{part:?} in\n{text}");
    }
    // The same in English.
    app.lang = Lang::En;
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("M.02 Kerjasama ▼1 (standard 2, actual 1)"),
        "{text}"
    );
    assert!(text.contains("Development plan 2026 on"), "{text}");
}

#[test]
fn snapshot_detail_with_the_plan_selected_80x24() {
    let mut app = detail_open(Lang::Id);
    key(&mut app, Action::Plan);
    assert_eq!(app.screen(), Screen::EmployeePlan);
    insta::assert_snapshot!("detail_plan_80x24", screen_text(&draw(&app)));
}

#[test]
fn the_help_of_the_detail_and_of_a_training_states_the_ranking_rule() {
    let mut app = detail_open(Lang::Id);
    key(&mut app, Action::Help);
    let lines: String = peka::tui::view::help_lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for part in [
        "Urutan rekomendasi",
        "1) kesenjangan terbesar",
        "3) JP yang masih kurang tahun ini",
        "Latsar hanya CPNS",
        "belum dinilai belum dihitung",
    ] {
        assert!(lines.contains(part), "{part:?} in\n{lines}");
    }
    let mut app = loaded_app(Lang::En, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    let lines: String = peka::tui::view::help_lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(lines.contains("1) the largest gap"), "{lines}");
}

/// `t` adds the best recommendation not in the plan as a proposed line, one
/// per press; the answer says so and reloads the detail.
#[test]
fn t_fills_the_plan_from_the_recommendations_one_line_per_press() {
    let mut app = detail_open(Lang::Id);
    let effects = key(&mut app, Action::FillPlan);
    let [
        Effect::Save(
            save @ Save::Add {
                target,
                values,
                name,
            },
        ),
    ] = effects.as_slice()
    else {
        panic!("{effects:?}");
    };
    assert_eq!((target.owner, target.id), (Some(1), None));
    assert_eq!(name, "Pelatihan Kerjasama Tim");
    assert_eq!(
        values.get::<PlanInput>(),
        Some(&PlanInput {
            tahun: 2027,
            pegawai_id: 1,
            kompetensi_id: 2,
            kesenjangan: 1,
            jenis_pelatihan_usulan: "Pelatihan Kerjasama Tim".into(),
            jp_rencana: 24.0,
            prioritas: "SEDANG".into(),
            status: "USULAN".into(),
            pelatihan_id: Some(7),
        })
    );
    // Pressed again before the answer: the next one, never the same twice.
    let again = key(&mut app, Action::FillPlan);
    let [Effect::Save(Save::Add { values, .. })] = again.as_slice() else {
        panic!("{again:?}");
    };
    assert_eq!(values.get::<PlanInput>().unwrap().pelatihan_id, Some(8));
    assert_eq!(key(&mut app, Action::FillPlan), vec![]);
    assert_eq!(
        app.status,
        Some(Status::Info(
            "Semua pelatihan yang direkomendasikan sudah ada di rencana.".into()
        ))
    );
    // The first save's answer: said, and the detail (then its plan) reloads.
    let effects = send(
        &mut app,
        Msg::Saved(
            save.clone(),
            Ok(Saved {
                id: 99,
                then_new: false,
                version: None,
            }),
        ),
    );
    assert!(
        effects.contains(&Effect::Load(Request::EmployeeDetail(1))),
        "{effects:?}"
    );
    assert_eq!(
        app.status,
        Some(Status::Info(
            "Masuk rencana 2027: Pelatihan Kerjasama Tim".into()
        ))
    );
    assert!(app.employees.detail.is_some(), "the detail stays open");
}

#[test]
fn read_only_refuses_t_and_the_plan_keys() {
    let mut app = detail_open(Lang::Id);
    app.read_only = true;
    assert_eq!(key(&mut app, Action::FillPlan), vec![]);
    assert!(matches!(app.status, Some(Status::Error(_))));
    key(&mut app, Action::Plan);
    assert_eq!(app.screen(), Screen::EmployeePlan, "looking is no write");
    for a in [Action::New, Action::Edit, Action::Delete] {
        assert_eq!(key(&mut app, a), vec![]);
        assert!(app.form.is_none() && app.question.is_none());
    }
}

/// `r` gives the plan lines the keyboard: `n` opens a plan line of this
/// employee, `e` loads the selected one, `d` asks; Esc returns to the detail.
#[test]
fn r_then_n_e_d_act_on_the_plan_lines_and_esc_returns_to_the_detail() {
    let mut app = detail_open(Lang::Id);
    key(&mut app, Action::Plan);
    key(&mut app, Action::New);
    let fs = app.form.as_ref().expect("a plan-line form");
    assert!(fs.target.is("rencana_pengembangan"));
    assert_eq!(fs.target.owner, Some(1));
    assert_eq!(fs.form.value("tahun"), "2026");
    assert!(
        fs.form.title().contains("Muhammad Fadhil"),
        "{}",
        fs.form.title()
    );
    app.form = None;

    let effects = key(&mut app, Action::Edit);
    let [Effect::Load(Request::RecordForEdit(target))] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert_eq!((target.id, target.owner), (Some(41), Some(1)));
    assert!(target.is("rencana_pengembangan"));

    key(&mut app, Action::Delete);
    let Some(Question::DeleteRecord { target, name }) = &app.question else {
        panic!("{:?}", app.question);
    };
    assert_eq!((target.id, target.version), (Some(41), 3));
    assert_eq!(name, "Coaching oleh atasan langsung");
    // Deleted: the line goes, the detail stays and reloads.
    let effects = key(&mut app, Action::Yes);
    let [Effect::Save(save)] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    let effects = send(
        &mut app,
        Msg::Saved(
            save.clone(),
            Ok(Saved {
                id: 41,
                then_new: false,
                version: None,
            }),
        ),
    );
    assert!(effects.contains(&Effect::Load(Request::EmployeeDetail(1))));
    assert_eq!(app.screen(), Screen::EmployeePlan);

    key(&mut app, Action::Back);
    assert_eq!(
        app.screen(),
        Screen::EmployeeDetail,
        "Esc leaves the plan only"
    );
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::EmployeeList);
}

fn needs() -> Vec<EmployeeNeed> {
    ["Rahmi Safitri", "Zulfahmi"]
        .iter()
        .enumerate()
        .map(|(i, name)| EmployeeNeed {
            employee_id: i as i64 + 10,
            nip: format!("19850101201001100{i}"),
            name: (*name).into(),
            unit: "BKPSDM".into(),
            need: Need::new(
                vec![gap(1, "M.01", "Integritas", 3, 1 + i as u8)],
                20.0 - 12.0 * i as f64,
                "2026-12-17".into(),
            )
            .unwrap(),
        })
        .collect()
}

/// `]` on a training's participants lists who needs it most, ranked, with
/// the gap and the JP still missing; `[` or Esc returns to the participants.
#[test]
fn a_training_shows_the_employees_who_need_it_most() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    let effects = key(&mut app, Action::NextSub);
    assert_eq!(
        effects,
        vec![Effect::Load(Request::TrainingNeeds {
            id: 1,
            today: as_of(),
            targets: JpTargets::default(),
            source: Candidates::Gaps,
        })]
    );
    assert_eq!(app.screen(), Screen::TrainingNeeds);
    send(&mut app, Msg::Loaded(Loaded::TrainingNeeds(1, needs())));
    let text = screen_text(&draw(&app));
    assert!(text.contains("Paling membutuhkan: "), "{text}");
    let rahmi = text.lines().find(|l| l.contains("Rahmi Safitri")).unwrap();
    assert!(
        rahmi.contains("M.01 ▼2") && rahmi.trim_end().ends_with("20"),
        "{rahmi}"
    );
    let zul = text.lines().find(|l| l.contains("Zulfahmi")).unwrap();
    assert!(
        zul.contains("M.01 ▼1") && zul.trim_end().ends_with('8'),
        "{zul}"
    );
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::Participants);
    key(&mut app, Action::NextSub);
    key(&mut app, Action::PrevSub);
    assert_eq!(app.screen(), Screen::Participants);
}

/// End to end through the runner on a copy of sample.db: open an employee
/// with recommendations, press `t`, and the new line is in the plan shown.
#[test]
fn t_on_the_demo_data_puts_the_top_recommendation_into_the_plan_shown() {
    let runner = Runner::on_demo_copy();
    let conn = &runner.conn;
    let pump = |app: &mut App, effects| runner.pump(app, effects);
    let mut app = runner.app();
    // The first employee in the list with a recommendation not yet planned.
    let mut found = None;
    for i in 0..app.employees.list.len() {
        let effects = key(&mut app, Action::Open);
        pump(&mut app, effects);
        let d = app.employees.detail.as_ref().unwrap();
        let dev = d.development.as_ref().expect("loaded with the detail");
        if let Some(r) = dev.next_to_plan(&[]) {
            found = Some((d.id, r.training_id, r.code.clone(), dev.plan.len()));
            break;
        }
        key(&mut app, Action::Back);
        key(&mut app, Action::Down);
        assert!(i < 400, "someone in the demo data has a recommendation");
    }
    let (id, training, code, lines) = found.unwrap();
    let effects = key(&mut app, Action::FillPlan);
    pump(&mut app, effects);
    let dev = app
        .employees
        .detail
        .as_ref()
        .unwrap()
        .development
        .as_ref()
        .unwrap();
    assert_eq!(dev.plan.len(), lines + 1, "one line more");
    assert!(
        dev.plan.iter().any(|l| l
            .training
            .as_ref()
            .is_some_and(|(t, c)| *t == training && *c == code)),
        "the line names the training"
    );
    let stored: i64 = conn
        .query_row(
            "SELECT count(*) FROM rencana_pengembangan WHERE pegawai_id = ?1 AND pelatihan_id = ?2",
            [id, training],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 1);
    let audited: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'rencana_pengembangan' AND aksi = 'TAMBAH'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1, "the added line is audited");
}

/// `a` in the list of who needs a training: a question counts the people
/// shown (the filter narrows them), `y` enrolls exactly those, `n` nobody;
/// read-only refuses it.
#[test]
fn a_enrolls_the_people_shown_after_a_question() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    key(&mut app, Action::NextSub);
    send(&mut app, Msg::Loaded(Loaded::TrainingNeeds(1, needs())));
    // Narrowed to one person by the filter.
    key(&mut app, Action::Filter);
    for c in "Zulf".chars() {
        key(&mut app, Action::FilterChar(c));
    }
    key(&mut app, Action::FilterAccept);
    assert_eq!(key(&mut app, Action::AddShown), vec![]);
    let Some(Question::AddParticipants { ids, filter, .. }) = app.question.clone() else {
        panic!("a asks first: {:?}", app.question);
    };
    assert_eq!((ids, filter.as_str()), (vec![11], "Zulf"));
    let text = screen_text(&draw(&app));
    assert!(text.contains("Daftarkan 1 pegawai"), "{text}");
    assert_eq!(key(&mut app, Action::No), vec![]);
    assert!(app.question.is_none(), "n drops it");
    // Everyone, without the filter.
    key(&mut app, Action::Filter);
    key(&mut app, Action::FilterClear);
    key(&mut app, Action::AddShown);
    let effects = key(&mut app, Action::Yes);
    let [
        Effect::Save(Save::AddParticipants {
            training,
            ids,
            source,
            ..
        }),
    ] = effects.as_slice()
    else {
        panic!("y saves: {effects:?}");
    };
    assert_eq!(
        (*training, ids.clone(), *source),
        (1, vec![10, 11], ProposalSource::Akpk),
        "from the gaps list: an AKPK proposal"
    );
    // The answer says how many and reads the lists again.
    let save = Save::AddParticipants {
        training: 1,
        name: "X".into(),
        ids: vec![10, 11],
        source: ProposalSource::Akpk,
    };
    let effects = send(
        &mut app,
        Msg::Saved(
            save,
            Ok(Saved {
                id: 2,
                then_new: false,
                version: None,
            }),
        ),
    );
    assert!(effects.contains(&Effect::Load(Request::Participants(1))));
    assert!(matches!(&app.status, Some(Status::Info(t)) if t.starts_with("2 pegawai ditambahkan")));
    // Read-only: refused, nothing asked.
    app.read_only = true;
    app.status = None;
    assert_eq!(key(&mut app, Action::AddShown), vec![]);
    assert!(app.question.is_none());
    assert!(matches!(app.status, Some(Status::Error(_))));
}

/// Through the runner on a copy of sample.db: `a` on an upcoming training's
/// list of who needs it, narrowed to one person, enrolls that person
/// (proposed, AKPK, audited) and they leave the list; more people than the
/// places left are refused whole, with nothing written.
#[test]
fn a_on_the_demo_data_enrolls_the_shown_and_the_quota_holds() {
    use peka::db::write::{Actor, WriteError};
    use peka::domain::enums::{EnrollmentStatus, ProposalSource};
    let runner = Runner::on_demo_copy();
    let conn = &runner.conn;
    let pump = |app: &mut App, effects| runner.pump(app, effects);
    let mut app = runner.app();
    let effects = key(&mut app, Action::GoTab(1));
    pump(&mut app, effects);
    // The first training still open to enrollment with someone who needs it.
    let upcoming =
        |s: TrainingStatus| matches!(s, TrainingStatus::Rencana | TrainingStatus::Pendaftaran);
    let mut found = None;
    for _ in 0..app.training.list.len() {
        let row = app.training.list.selected().unwrap().clone();
        if upcoming(row.status) {
            let effects = key(&mut app, Action::Open);
            pump(&mut app, effects);
            let effects = key(&mut app, Action::NextSub);
            pump(&mut app, effects);
            let needs = app.training.needs.as_ref().unwrap();
            if let Some(top) = needs.list.get(0) {
                found = Some((row.id, top.employee_id, top.nip.clone()));
                break;
            }
            key(&mut app, Action::Back);
            key(&mut app, Action::Back);
        }
        key(&mut app, Action::Down);
    }
    let (training, employee, nip) = found.expect("an upcoming training someone needs");
    key(&mut app, Action::Filter);
    for c in nip.chars() {
        key(&mut app, Action::FilterChar(c));
    }
    key(&mut app, Action::FilterAccept);
    let effects = key(&mut app, Action::AddShown);
    pump(&mut app, effects);
    let effects = key(&mut app, Action::Yes);
    pump(&mut app, effects);
    let (status, source): (String, String) = conn
        .query_row(
            "SELECT status, sumber_usulan FROM peserta_pelatihan WHERE pelatihan_id = ?1 AND pegawai_id = ?2",
            [training, employee],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("enrolled");
    assert_eq!((status.as_str(), source.as_str()), ("DIUSULKAN", "AKPK"));
    let audited: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit WHERE entitas = 'peserta_pelatihan' AND aksi = 'TAMBAH'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(audited, 1);
    let needs = app.training.needs.as_ref().unwrap();
    assert!(
        needs.list.all().iter().all(|r| r.employee_id != employee),
        "an enrolled person leaves the list"
    );
    // The quota: one place left, two people asked for — nobody is added.
    let enrolled = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row(
            "SELECT count(*) FROM peserta_pelatihan WHERE pelatihan_id = ?1",
            [training],
            |r| r.get(0),
        )
        .unwrap()
    };
    let before = enrolled(conn);
    conn.execute(
        "UPDATE pelatihan SET kuota = ?2 WHERE id = ?1",
        [training, before + 1],
    )
    .unwrap();
    let two: Vec<i64> = needs
        .list
        .all()
        .iter()
        .take(2)
        .map(|r| r.employee_id)
        .collect();
    assert_eq!(two.len(), 2);
    let refused = peka::db::trainings::enroll_many(
        conn,
        training,
        &two,
        EnrollmentStatus::Diusulkan,
        ProposalSource::Akpk,
        &Actor::current(),
    );
    assert!(
        matches!(
            refused,
            Err(WriteError::QuotaShort {
                free: 1,
                wanted: 2,
                ..
            })
        ),
        "{refused:?}"
    );
    assert_eq!(enrolled(conn), before, "all or none");
    // Someone already enrolled is skipped, not doubled.
    let added = peka::db::trainings::enroll_many(
        conn,
        training,
        &[employee, two[0]],
        EnrollmentStatus::Diusulkan,
        ProposalSource::Akpk,
        &Actor::current(),
    )
    .unwrap();
    assert_eq!((added, enrolled(conn)), (1, before + 1));
}

/// `v` walks the candidates: who needs it → under target → everyone → back,
/// each read at once with its own list; a late answer for another list is
/// dropped; `a` from the other lists proposes as OPD.
#[test]
fn v_walks_the_lists_of_candidates() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(1));
    key(&mut app, Action::Open);
    send(
        &mut app,
        Msg::Loaded(Loaded::Participants(1, participants())),
    );
    key(&mut app, Action::NextSub);
    let request = |source| Request::TrainingNeeds {
        id: 1,
        today: as_of(),
        targets: JpTargets::default(),
        source,
    };
    for (source, title) in [
        (Candidates::UnderTarget, "Belum mencapai target JP: "),
        (Candidates::All, "Semua pegawai aktif: "),
        (Candidates::Gaps, "Paling membutuhkan: "),
    ] {
        let effects = key(&mut app, Action::NextCandidates);
        assert_eq!(effects, vec![Effect::Load(request(source))]);
        let text = screen_text(&draw(&app));
        assert!(text.contains(title), "{text}");
    }
    // On "everyone", rows without a gap show a dash; the answer of the
    // list left behind is not shown.
    key(&mut app, Action::NextCandidates);
    key(&mut app, Action::NextCandidates);
    send(
        &mut app,
        Msg::Answer {
            request: request(Candidates::Gaps),
            answer: Ok(Loaded::TrainingNeeds(1, needs())),
        },
    );
    assert!(
        !app.training.needs.as_ref().unwrap().list.loaded,
        "stale answer dropped"
    );
    let mut plain = needs();
    plain[0].need.gaps.clear();
    send(
        &mut app,
        Msg::Answer {
            request: request(Candidates::All),
            answer: Ok(Loaded::TrainingNeeds(1, plain)),
        },
    );
    let text = screen_text(&draw(&app));
    let rahmi = text.lines().find(|l| l.contains("Rahmi Safitri")).unwrap();
    assert!(rahmi.contains('—'), "{rahmi}");
    key(&mut app, Action::AddShown);
    assert!(matches!(
        app.question,
        Some(Question::AddParticipants {
            source: ProposalSource::Opd,
            ..
        })
    ));
}
