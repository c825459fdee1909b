//! Fixture data for the TUI tests: an App fed with `Msg::Loaded`, no database.

#![allow(dead_code)]

use chrono::NaiveDate;
use peka::db::model::*;
use peka::domain::enums::*;
use peka::i18n::Lang;
use peka::tui::app::{App, AppConfig, Effect, Loaded, Msg, update};
use peka::tui::keymap::Action;
use peka::tui::theme::{ColorMode, Theme};

pub const AS_OF: &str = "2026-11-28";

pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub fn settings() -> Settings {
    Settings {
        minutes_per_jp: 45,
        target_jp: 20.0,
        jp_targets: peka::domain::jp::JpTargets::default(),
        warn_days: 90,
        retirement_months: 12,
        logbook_days: 14,
        follow_up_months: 3,
        reference_date: Some(as_of()),
    }
}

pub fn app_sized(lang: Lang, w: u16, h: u16) -> (App, Vec<Effect>) {
    App::new(AppConfig {
        lang,
        theme: Theme::new(ColorMode::None),
        read_only: false,
        db_label: "sample.db".into(),
        settings: settings(),
        real_today: NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
        width: w,
        height: h,
    })
}

const NAMES: [&str; 10] = [
    "Muhammad Fadhil, S.Kom.",
    "Rahmi Safitri, S.E., M.Si.",
    "T. Rizki Maulana, S.STP, M.A.P",
    "Cut Nurul Aini, S.H.",
    "Zulfahmi, A.Md.",
    "Nurhayati, S.Pd.",
    "Khairul Anwar, S.T.",
    "Intan Maghfirah, S.Sos.",
    "Said Azhari, S.E.",
    "Syarifah Mutia, SKM",
];
const UNITS: [&str; 4] = ["BKPSDM", "Bappeda", "Diskominfo", "Kec. Banda Sakti"];

pub fn employees(n: usize) -> Vec<EmployeeRow> {
    (0..n)
        .map(|i| {
            let nip = format!(
                "1985{:02}{:02}201001{}{:03}",
                i % 12 + 1,
                i % 28 + 1,
                i % 2 + 1,
                i % 900 + 1
            );
            let mut r = EmployeeRow::new(i as i64 + 1, &nip, NAMES[i % NAMES.len()]);
            r.golongan = ["III/a", "III/b", "IV/a", "II/c"][i % 4].into();
            r.position = [
                "Analis SDM Aparatur",
                "Pengadministrasi Perkantoran",
                "Kepala Bidang",
                "Pranata Komputer",
            ][i % 4]
                .into();
            r.unit = UNITS[i % UNITS.len()].into();
            r.jp_year = [24.0, 12.0, 0.0, 20.0, 32.5][i % 5];
            r
        })
        .collect()
}

pub fn detail(id: i64) -> EmployeeDetail {
    EmployeeDetail {
        id,
        nip: "198509262010011001".into(),
        nik: Some("1173022609850003".into()),
        name: "Muhammad Fadhil, S.Kom.".into(),
        gender: Gender::Male,
        birth_place: "Lhokseumawe".into(),
        birth_date: "1985-09-26".into(),
        asn_kind: AsnKind::Pns,
        golongan: Some("III/c".into()),
        pangkat: "Penata".into(),
        tmt_golongan: Some("2019-04-01".into()),
        education: Some(Education::S1),
        study_program: "Teknik Informatika".into(),
        position_kind: PositionKind::JfKeahlian,
        jf_level: Some(JfLevel::AhliMuda),
        position: "Pranata Komputer Ahli Muda".into(),
        unit: "Dinas Komunikasi, Informatika dan Persandian".into(),
        tmt_appointment: Some("2010-01-01".into()),
        tmt_position: Some("2021-04-01".into()),
        status: EmployeeStatus::Aktif,
        scheduled: None,
        email: "fadhil@example.go.id".into(),
        phone: "".into(),
        version: 1,
        competencies: vec![
            CompetencyGap {
                code: "M.01".into(),
                name: "Integritas".into(),
                kind: CompetencyKind::Manajerial,
                standard: Some(2),
                actual: Some(2),
                assessed_on: Some("2025-03-10".into()),
            },
            CompetencyGap {
                code: "M.02".into(),
                name: "Kerjasama".into(),
                kind: CompetencyKind::Manajerial,
                standard: Some(2),
                actual: Some(1),
                assessed_on: Some("2025-03-10".into()),
            },
            CompetencyGap {
                code: "T.09".into(),
                name: "Tata Kelola TIK".into(),
                kind: CompetencyKind::Teknis,
                standard: Some(3),
                actual: None,
                assessed_on: None,
            },
        ],
        trainings: vec![TrainingHistoryRow {
            code: "BMT-2026-03".into(),
            name: "Bimtek Pemutakhiran Data SIASN/MyASN".into(),
            start: "2026-05-04".into(),
            end: "2026-05-06".into(),
            jp: 24.0,
            status: EnrollmentStatus::Lulus,
            jp_credited: 24.0,
        }],
        jp_per_year: vec![(2026, 12.0), (2025, 26.0)],
        evaluations: vec![EvaluationBrief {
            year: 2025,
            period_kind: PeriodKind::Tahunan,
            period_no: 1,
            work_result: Rating::Sesuai,
            behaviour: Rating::DiAtas,
            predicate: Predicate::Baik,
        }],
        interns: vec![],
        status_history: vec![],
        assessments: vec![],
    }
}

pub fn trainings() -> Vec<TrainingRow> {
    vec![
        TrainingRow {
            id: 1,
            code: "PKP-2026-01".into(),
            name: "Pelatihan Kepemimpinan Pengawas".into(),
            kind: TrainingType::Pkp,
            form: TrainingForm::Klasikal,
            organizer: "BPSDM Aceh".into(),
            jp: 240.0,
            start: "2026-03-02".into(),
            end: "2026-06-30".into(),
            status: TrainingStatus::Selesai,
            participants: 30,
            completed: 28,
            version: 1,
        },
        TrainingRow {
            id: 2,
            code: "MOOC-2026-04".into(),
            name: "E-learning BerAKHLAK".into(),
            kind: TrainingType::ELearning,
            form: TrainingForm::NonKlasikal,
            organizer: "LAN".into(),
            jp: 2.0,
            start: "2026-02-01".into(),
            end: "2026-02-01".into(),
            status: TrainingStatus::Selesai,
            participants: 400,
            completed: 380,
            version: 1,
        },
    ]
}

pub fn participants() -> Vec<ParticipantRow> {
    employees(5)
        .into_iter()
        .map(|e| ParticipantRow {
            id: 100 + e.id,
            version: 1,
            employee_id: e.id,
            nip: e.nip().to_string(),
            name: e.name().to_string(),
            unit: e.unit.to_string(),
            status: EnrollmentStatus::Lulus,
            jp_credited: 240.0,
            score: Some(85.0),
            certificate: format!("SRT-{}", e.id),
        })
        .collect()
}

pub fn partners() -> Vec<PartnerRow> {
    vec![
        PartnerRow {
            id: 1,
            name: "Universitas Malikussaleh".into(),
            short: "Unimal".into(),
            kind: PartnerKind::PerguruanTinggi,
            contact: "Bagian Kerja Sama".into(),
            phone: "".into(),
            agreements: 3,
            interns: 12,
            version: 1,
        },
        PartnerRow {
            id: 2,
            name: "Politeknik Negeri Lhokseumawe".into(),
            short: "PNL".into(),
            kind: PartnerKind::PerguruanTinggi,
            contact: "UPT Kerja Sama".into(),
            phone: "".into(),
            agreements: 2,
            interns: 9,
            version: 1,
        },
    ]
}

pub fn agreements() -> Vec<AgreementRow> {
    let a = |id, number: &str, partner: &str, start: &str, end: &str| AgreementRow {
        id,
        number: number.into(),
        partner: partner.into(),
        doc: AgreementDoc::Mou,
        parent_number: None,
        about: "Pengembangan SDM".into(),
        start: start.into(),
        end: end.into(),
        lifecycle: AgreementLifecycle::Ditandatangani,
        version: 1,
    };
    vec![
        a(
            1,
            "100/KSB/2024",
            "Universitas Malikussaleh",
            "2024-02-13",
            "2029-02-12",
        ),
        a(
            2,
            "045/KSB/2022",
            "Politeknik Negeri Lhokseumawe",
            "2022-01-10",
            "2027-01-09",
        ),
        a(
            3,
            "012/KSB/2021",
            "Universitas Bumi Persada",
            "2021-06-01",
            "2026-05-31",
        ),
    ]
}

pub fn internships() -> Vec<InternshipRow> {
    vec![InternshipRow {
        id: 1,
        nim: "210170123".into(),
        name: "Aulia Rahman".into(),
        partner: "Unimal".into(),
        study_program: "Ilmu Administrasi Negara".into(),
        unit: "BKPSDM".into(),
        unit_id: 4,
        mentor_nip: Some("198509262010011001".into()),
        mentor_name: Some("Muhammad Fadhil".into()),
        start: "2026-09-01".into(),
        end: "2026-11-30".into(),
        status: InternStatus::Berjalan,
        scheme: InternScheme::Mandiri,
        version: 1,
    }]
}

pub fn periods() -> Vec<PeriodRef> {
    vec![
        PeriodRef {
            year: 2026,
            kind: PeriodKind::Triwulan,
            no: 3,
        },
        PeriodRef {
            year: 2025,
            kind: PeriodKind::Tahunan,
            no: 1,
        },
    ]
}

pub fn evaluations() -> Vec<EvaluationRow> {
    employees(6)
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let (w, b) = [
                (Rating::Sesuai, Rating::Sesuai),
                (Rating::DiAtas, Rating::DiAtas),
                (Rating::DiBawah, Rating::Sesuai),
            ][i % 3];
            EvaluationRow {
                id: 1000 + e.id,
                version: 1,
                employee_id: e.id,
                person: e.person.clone(),
                unit: e.unit,
                work_result: w,
                behaviour: b,
                predicate: peka::domain::predicate::predicate(w, b),
            }
        })
        .collect()
}

pub fn compliance() -> Vec<UnitCompliance> {
    vec![
        UnitCompliance {
            unit_id: 4,
            unit: "BKPSDM".into(),
            employees: 40,
            met: 30,
            partial: 8,
            zero: 2,
        },
        UnitCompliance {
            unit_id: 6,
            unit: "Bappeda".into(),
            employees: 35,
            met: 14,
            partial: 11,
            zero: 10,
        },
    ]
}

/// Feeds a message and returns the effects.
pub fn send(app: &mut App, msg: Msg) -> Vec<Effect> {
    update(app, msg)
}

pub fn key(app: &mut App, a: Action) -> Vec<Effect> {
    update(app, Msg::Key(a))
}

/// An app with every tab's data loaded (answering the loads it asks for).
pub fn loaded_app(lang: Lang, w: u16, h: u16) -> App {
    let (mut app, _) = app_sized(lang, w, h);
    send(&mut app, Msg::Loaded(Loaded::Employees(employees(60))));
    send(&mut app, Msg::Loaded(Loaded::Trainings(trainings())));
    send(&mut app, Msg::Loaded(Loaded::Partners(partners())));
    send(&mut app, Msg::Loaded(Loaded::Agreements(agreements())));
    send(&mut app, Msg::Loaded(Loaded::Internships(internships())));
    send(&mut app, Msg::Loaded(Loaded::EvaluationPeriods(periods())));
    send(
        &mut app,
        Msg::Loaded(Loaded::Evaluations(periods()[0], evaluations())),
    );
    send(&mut app, Msg::Loaded(Loaded::Compliance(compliance())));
    app
}

/// One frame of `app` at its size on ratatui's TestBackend.
pub fn draw(app: &App) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| peka::tui::view::render(f, app)).unwrap();
    t
}

/// The text of a drawn frame, one line per row.
pub fn screen_text(t: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The runner's answer to the save of the open form: saved as `id`.
pub fn saved_reply(app: &App, id: i64, then_new: bool) -> Msg {
    let target = app.form.as_ref().expect("a form is open").target.clone();
    let save = peka::tui::app::Save::Record {
        target,
        values: peka::tui::forms::Values::new(()),
        then_new,
    };
    Msg::Saved(
        save,
        Ok(peka::tui::app::Saved {
            id,
            then_new,
            version: None,
        }),
    )
}

/// The runner's answer to the save of the open form: refused with `e`.
pub fn refused_reply(app: &App, e: peka::db::write::WriteError) -> Msg {
    let target = app.form.as_ref().expect("a form is open").target.clone();
    let save = peka::tui::app::Save::Record {
        target,
        values: peka::tui::forms::Values::new(()),
        then_new: false,
    };
    Msg::Saved(save, Err(e))
}

/// The app's real runner on a copy of sample.db in a temp folder (never
/// sample.db itself): `pump` answers every read and write `update` asks
/// for until none is left.
pub struct Runner {
    pub conn: rusqlite::Connection,
    pub folders: peka::tui::run::ExportFolders,
    _dir: tempfile::TempDir,
}

impl Runner {
    pub fn on_demo_copy() -> Runner {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("demo.db");
        std::fs::copy(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db"),
            &path,
        )
        .unwrap();
        let conn = peka::db::open(&path, peka::db::OpenMode::ReadWrite).unwrap();
        let folders = peka::tui::run::ExportFolders {
            folders: vec![dir.path().to_path_buf()],
            home: None,
        };
        Runner {
            conn,
            folders,
            _dir: dir,
        }
    }

    pub fn pump(&self, app: &mut App, mut effects: Vec<Effect>) {
        while !effects.is_empty() {
            let mut next = Vec::new();
            for e in effects {
                let msg = peka::tui::run::execute(&self.conn, e, &self.folders);
                next.extend(update(app, msg));
            }
            effects = next;
        }
    }

    /// An app at 80×24 in colour `mode` with the file's own settings (its
    /// reference date as today), its first reads answered.
    pub fn app_as_stored(&self, mode: ColorMode) -> App {
        let settings = peka::db::settings::load(&self.conn).unwrap();
        let today = settings.reference_date.unwrap();
        let (mut app, effects) = App::new(AppConfig {
            lang: Lang::Id,
            theme: Theme::new(mode),
            read_only: false,
            db_label: "demo.db".into(),
            settings,
            real_today: today,
            width: 80,
            height: 24,
        });
        self.pump(&mut app, effects);
        app
    }

    /// An app at 80×24 with its first reads answered.
    pub fn app(&self) -> App {
        let (mut app, first) = app_sized(Lang::Id, 80, 24);
        self.pump(&mut app, first);
        app
    }
}
