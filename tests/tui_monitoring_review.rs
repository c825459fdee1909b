//! Monitoring's reports of issue 10 in the TUI: what they ask the runner
//! for, `Enter` / `Esc` on the training effect, `/` and `x` on each, the
//! one-line bar at any width, and 80×24 snapshots without colour (the heat
//! table's numbers and shades, the bars, the `!` marks all readable).

#[path = "tui/fixtures.rs"]
mod fixtures;

use fixtures::*;
use peka::db::data_quality::{Detail, Problem, QualityRow};
use peka::db::model::PeriodRef;
use peka::db::monitoring_eval::{
    EffectTraining, FollowUpScore, GapColumn, GapTable, ParticipantEffect, ReviewReport,
    ReviewRows, UnitDistribution, UnitGaps, UnitOutstanding,
};
use peka::domain::effect::Rated;
use peka::domain::enums::{
    Education, InternStatus, KirkpatrickLevel, OrgPredicate, PeriodKind, PositionKind, Predicate,
    Respondent,
};
use peka::i18n::Lang;
use peka::tui::app::{App, Effect, ExportJob, Loaded, Msg, Request};
use peka::tui::keymap::{Action, Screen};
use peka::tui::tabs::monitoring::Sub;

const Q3: PeriodRef = PeriodRef {
    year: 2026,
    kind: PeriodKind::Triwulan,
    no: 3,
};

fn gaps() -> GapTable {
    let col = |code: &str, name: &str| GapColumn {
        code: code.into(),
        name: name.into(),
    };
    let unit = |unit: &str, employees, gaps: Vec<i64>, technical| UnitGaps {
        unit_id: 0,
        unit: unit.into(),
        unit_name: format!("Unit {unit}"),
        employees,
        gaps,
        technical,
    };
    GapTable {
        columns: vec![
            col("M.01", "Integritas"),
            col("M.02", "Kerjasama"),
            col("M.03", "Komunikasi"),
            col("M.04", "Orientasi pada Hasil"),
            col("M.05", "Pelayanan Publik"),
            col("M.06", "Pengembangan Diri dan Orang Lain"),
            col("M.07", "Mengelola Perubahan"),
            col("M.08", "Pengambilan Keputusan"),
            col("SK.01", "Perekat Bangsa"),
        ],
        units: vec![
            // 40 people: 3 is 7% (░), 5 is 12% (▒), 9 is 22% (▓), 14 is 35% (█).
            unit("BKPSDM", 40, vec![3, 5, 9, 14, 0, 1, 2, 4, 8], 6),
            unit(
                "Disdikbud",
                444,
                vec![64, 61, 46, 60, 53, 59, 53, 55, 57],
                216,
            ),
            unit("Kec. Banda Sakti", 24, vec![0, 2, 1, 2, 2, 2, 3, 2, 1], 2),
        ],
    }
}

fn outstanding() -> Vec<UnitOutstanding> {
    let u = |unit: &str, employees, evaluated| UnitOutstanding {
        unit_id: 0,
        unit: unit.into(),
        unit_name: format!("Unit {unit}"),
        employees,
        evaluated,
    };
    vec![
        u("Setdako", 72, 36),
        u("BKPSDM", 44, 43),
        u("Bappeda", 31, 31),
        u("Kec. Muara Dua", 20, 7),
    ]
}

fn distribution() -> Vec<UnitDistribution> {
    let u = |unit: &str, counts, org: Option<OrgPredicate>| UnitDistribution {
        unit_id: 0,
        unit: unit.into(),
        unit_name: format!("Unit {unit}"),
        counts,
        org,
        limits: match org {
            Some(OrgPredicate::Baik) => vec![(Predicate::Baik, 70.0)],
            Some(OrgPredicate::Istimewa) => vec![(Predicate::SangatBaik, 70.0)],
            _ => vec![],
        },
    };
    vec![
        // 22 SB of 43: within 70%.
        u("BKPSDM", [22, 19, 1, 1, 0], Some(OrgPredicate::Istimewa)),
        // 37 Baik of 39: 27 allowed, 10 over.
        u("Dinas PU", [0, 37, 1, 1, 0], Some(OrgPredicate::Baik)),
        u(
            "Inspektorat",
            [3, 20, 9, 2, 0],
            Some(OrgPredicate::ButuhPerbaikan),
        ),
        // 24 Baik of 36: 25 allowed.
        u("Setdako", [4, 24, 5, 3, 0], Some(OrgPredicate::Baik)),
        u("Bappeda", [1, 2, 0, 0, 0], None),
    ]
}

fn trainings() -> Vec<EffectTraining> {
    let t = |id, code: &str, name: &str, end: &str, participants, followed, mean| EffectTraining {
        id,
        code: code.into(),
        name: name.into(),
        start: "2026-08-03".into(),
        end: end.into(),
        participants,
        followed,
        mean_score: mean,
    };
    vec![
        t(
            27,
            "PLT-2026-027",
            "Coaching & Mentoring Pengawas",
            "2026-08-13",
            24,
            15,
            Some(4.0),
        ),
        t(
            12,
            "PLT-2026-012",
            "Pelatihan Pelayanan Publik BerAKHLAK",
            "2026-04-17",
            29,
            3,
            Some(4.25),
        ),
        t(
            5,
            "PLT-2026-005",
            "MOOC Keamanan Informasi untuk ASN",
            "2026-02-28",
            197,
            0,
            None,
        ),
    ]
}

fn rated(year: i32, kind: PeriodKind, no: u32, predicate: Predicate) -> Option<Rated> {
    Some(Rated {
        year,
        kind,
        no,
        predicate,
    })
}

fn participants() -> Vec<ParticipantEffect> {
    let score = |level, respondent, score| FollowUpScore {
        level,
        respondent,
        score,
        month: 3,
        date: "2026-11-16".into(),
    };
    let p = |id, nip: &str, name: &str, unit: &str, before, after, scores, findings: &str| {
        ParticipantEffect {
            enrollment_id: id,
            nip: nip.into(),
            name: name.into(),
            unit: unit.into(),
            before,
            after,
            scores,
            findings: findings.into(),
        }
    };
    use KirkpatrickLevel::*;
    use Respondent::*;
    vec![
        p(
            1,
            "198203152006041001",
            "Khalid Daud, S.Sos.",
            "BKPSDM",
            rated(2026, PeriodKind::Triwulan, 2, Predicate::Baik),
            rated(2026, PeriodKind::Triwulan, 3, Predicate::SangatBaik),
            vec![
                score(Reaksi, Alumni, 5),
                score(Pembelajaran, Alumni, 5),
                score(Perilaku, Atasan, 4),
            ],
            "Materi diterapkan dan mempercepat penyelesaian tugas.",
        ),
        p(
            2,
            "197905052005022002",
            "Hafsah Hayati, S.IP.",
            "Setwan",
            rated(2026, PeriodKind::Triwulan, 2, Predicate::Baik),
            rated(2026, PeriodKind::Triwulan, 3, Predicate::ButuhPerbaikan),
            vec![
                score(Reaksi, Alumni, 4),
                score(Pembelajaran, Alumni, 4),
                score(Perilaku, Atasan, 2),
            ],
            "Sebagian materi diterapkan, masih perlu pendampingan.",
        ),
        p(
            3,
            "198807072014031003",
            "Irwan Rahman, S.IP.",
            "BPBD",
            rated(2025, PeriodKind::Tahunan, 1, Predicate::Baik),
            rated(2026, PeriodKind::Triwulan, 3, Predicate::Baik),
            vec![],
            "",
        ),
        p(
            4,
            "199101012019032004",
            "Zahara Safitri, S.E.",
            "Bappeda",
            None,
            rated(2026, PeriodKind::Triwulan, 3, Predicate::Baik),
            vec![],
            "",
        ),
    ]
}

fn quality() -> Vec<QualityRow> {
    let row = |problem, key: &str, name: &str, unit: &str, detail| QualityRow {
        problem,
        id: 0,
        key: key.into(),
        name: name.into(),
        unit: unit.into(),
        detail,
    };
    vec![
        row(
            Problem::NoAssessment,
            "199702052026042001",
            "Aida Husna, S.I.Kom.",
            "Setwan",
            Detail::None,
        ),
        row(
            Problem::OpenResults,
            "PLT-2026-049",
            "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
            "BKPSDM",
            Detail::OpenResults {
                open: 1,
                of: 14,
                end: "2026-10-15".into(),
            },
        ),
        row(
            Problem::NoMentor,
            "2201170044",
            "Nurul Hidayah",
            "Diskominfo",
            Detail::Intern {
                status: InternStatus::Berjalan,
                partner: "Unimal".into(),
            },
        ),
        row(
            Problem::EmptyFeedback,
            "198806062010011006",
            "Rizki Mahmud, S.STP",
            "Setdako",
            Detail::Period(Q3),
        ),
        row(
            Problem::AboveCeiling,
            "197501012000031001",
            "Syahrul, S.IP., M.M.",
            "Dinkes",
            Detail::Ceiling {
                golongan: "IV/b".into(),
                ceiling: "III/d",
                education: Education::S1,
                post: PositionKind::Pengawas,
                jenjang: None,
            },
        ),
    ]
}

/// The app on tab 5 with every report of issue 10 answered.
fn review_app(lang: Lang, w: u16, h: u16) -> App {
    let mut app = loaded_app(lang, w, h);
    key(&mut app, Action::GoTab(4));
    for rows in [
        ReviewRows::Gaps(gaps()),
        ReviewRows::Outstanding(Q3, outstanding()),
        ReviewRows::Distribution(Q3, distribution()),
        ReviewRows::Trainings(trainings()),
        ReviewRows::Quality(Q3, quality()),
    ] {
        send(&mut app, Msg::Loaded(Loaded::Review(rows)));
    }
    app
}

fn to(app: &mut App, sub: Sub) {
    while app.monitoring.sub != sub {
        key(app, Action::NextSub);
    }
}

fn snap(name: &str, app: &App) {
    insta::assert_snapshot!(name, screen_text(&draw(app)));
}

fn export(app: &mut App) -> ExportJob {
    let effects = key(app, Action::Export);
    let [Effect::Export(job, _)] = effects.as_slice() else {
        panic!("one export expected: {effects:?}")
    };
    job.clone()
}

fn filtered(app: &mut App, text: &str) -> usize {
    key(app, Action::Filter);
    for c in text.chars() {
        key(app, Action::FilterChar(c));
    }
    key(app, Action::FilterAccept);
    let shown = app.monitoring.position().1;
    key(app, Action::Back);
    shown
}

/// Opens the first finished training and answers with its participants.
fn open_effect(app: &mut App) {
    to(app, Sub::Effect);
    assert_eq!(
        key(app, Action::Open),
        vec![Effect::Load(Request::TrainingEffect(27))]
    );
    send(app, Msg::Loaded(Loaded::TrainingEffect(27, participants())));
}

#[test]
fn each_report_asks_for_its_rows_as_of_the_reference_date() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    key(&mut app, Action::GoTab(4));
    for (sub, report) in [
        (Sub::Gaps, ReviewReport::Gaps),
        (Sub::Outstanding, ReviewReport::Outstanding),
        (Sub::Distribution, ReviewReport::Distribution),
        (Sub::Effect, ReviewReport::Trainings),
    ] {
        let effects = key(&mut app, Action::NextSub);
        assert_eq!(app.monitoring.sub, sub);
        assert_eq!(
            effects,
            vec![Effect::Load(Request::Review {
                report,
                today: as_of()
            })]
        );
    }
    assert_eq!(
        key(&mut app, Action::PrevSub),
        vec![Effect::Load(Request::Review {
            report: ReviewReport::Distribution,
            today: as_of()
        })],
        "not answered yet: asked again"
    );
    let text = screen_text(&draw(&app));
    assert!(
        text.contains(peka::i18n::tui::LOADING.get(Lang::Id)),
        "{text}"
    );
}

#[test]
fn enter_opens_a_trainings_participants_and_esc_goes_back() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Effect);
    assert_eq!(app.screen(), Screen::EffectTrainings);
    key(&mut app, Action::Open);
    assert_eq!(app.screen(), Screen::EffectParticipants);
    // An answer for another training (opened before) is dropped.
    send(
        &mut app,
        Msg::Answer {
            request: Request::TrainingEffect(12),
            answer: Ok(Loaded::TrainingEffect(12, participants())),
        },
    );
    assert!(!app.monitoring.effect.as_ref().unwrap().list.loaded);
    send(
        &mut app,
        Msg::Loaded(Loaded::TrainingEffect(27, participants())),
    );
    assert_eq!(app.monitoring.position(), (0, 4, 4));
    // Another session wrote: the participants are read again.
    assert_eq!(
        send(&mut app, Msg::DataChanged),
        vec![Effect::Refresh(Request::TrainingEffect(27))]
    );
    send(
        &mut app,
        Msg::Loaded(Loaded::TrainingEffect(27, participants())),
    );
    key(&mut app, Action::Back);
    assert_eq!(app.screen(), Screen::EffectTrainings);
    assert_eq!(app.monitoring.position(), (0, 3, 3), "the trainings again");
    // `]` from the participants leaves them for the next report.
    open_effect(&mut app);
    key(&mut app, Action::NextSub);
    assert_eq!(app.monitoring.sub, Sub::AgreementsDue);
    assert!(app.monitoring.effect.is_none());
    // Enter on a unit's row lists its employees in tab 1.
    to(&mut app, Sub::Gaps);
    let unit = app.monitoring.gaps.selected().unwrap().unit_id;
    let effects = key(&mut app, Action::Open);
    assert!(
        effects.contains(&Effect::Load(Request::UnitScope(unit))),
        "{effects:?}"
    );
    assert_eq!(app.screen(), Screen::EmployeeList);
    assert_eq!(app.employees.unit.as_ref().map(|u| u.id), Some(unit));
    // Enter on a report with no rows (none read here) says so.
    key(&mut app, Action::GoTab(4));
    to(&mut app, Sub::PerUnit);
    assert!(app.monitoring.per_unit.is_empty());
    assert_eq!(key(&mut app, Action::Open), vec![]);
    assert!(app.status.is_some());
}

#[test]
fn the_effect_summary_counts_better_same_worse_and_the_mean_score() {
    let mut app = review_app(Lang::Id, 80, 24);
    open_effect(&mut app);
    let text = screen_text(&draw(&app));
    // Khalid ↑, Hafsah ↓, Irwan =, Zahara ? (nothing before); scores
    // 5 5 4 4 4 2 → 24 / 6 = 4.0.
    assert!(
        text.contains("↑ naik 1 · = tetap 1 · ↓ turun 1 · ? 1 · skor 4.0 · PLT-2026-027"),
        "{text}"
    );
}

#[test]
fn every_report_filters_the_quality_list_by_the_kind_of_problem() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Gaps);
    assert_eq!(filtered(&mut app, "banda"), 1);
    to(&mut app, Sub::Outstanding);
    assert_eq!(filtered(&mut app, "muara"), 1);
    to(&mut app, Sub::Distribution);
    assert_eq!(
        filtered(&mut app, "istimewa"),
        1,
        "the organisation predicate"
    );
    to(&mut app, Sub::Effect);
    assert_eq!(filtered(&mut app, "coaching"), 1);
    open_effect(&mut app);
    assert_eq!(filtered(&mut app, "pendampingan"), 1, "a finding");
    key(&mut app, Action::Back);
    to(&mut app, Sub::Quality);
    assert_eq!(filtered(&mut app, "golongan"), 1);
    assert_eq!(filtered(&mut app, "umpan balik"), 1);
    assert_eq!(filtered(&mut app, "pembimbing"), 1);
    assert_eq!(filtered(&mut app, "hasil belum"), 1);
    assert_eq!(filtered(&mut app, "penilaian"), 1);
    let mut en = review_app(Lang::En, 80, 24);
    to(&mut en, Sub::Quality);
    assert_eq!(filtered(&mut en, "feedback"), 1, "in either language");
}

/// `x` writes each report as shown under snake_case names, with plain
/// values: counts, codes, ISO dates, no marks or bars.
#[test]
fn x_exports_each_report_with_plain_values() {
    for lang in [Lang::Id, Lang::En] {
        let mut app = review_app(lang, 80, 24);
        to(&mut app, Sub::Gaps);
        let job = export(&mut app);
        assert_eq!(job.stem, "kesenjangan-per-unit");
        assert_eq!(
            job.header.join(","),
            "unit_kerja,jumlah_pegawai,m_01,m_02,m_03,m_04,m_05,m_06,m_07,m_08,sk_01,teknis"
        );
        assert_eq!(job.rows[0].join(","), "Unit BKPSDM,40,3,5,9,14,0,1,2,4,8,6");
        to(&mut app, Sub::Outstanding);
        let job = export(&mut app);
        assert_eq!(job.stem, "evaluasi-belum-dinilai-2026-triwulan-3");
        assert_eq!(
            job.header.join(","),
            "unit_kerja,jumlah_pegawai,sudah_dinilai,belum_dinilai,persen_dinilai,tahun,jenis_periode,periode_ke"
        );
        assert_eq!(
            job.rows[0].join(","),
            "Unit Setdako,72,36,36,50,2026,TRIWULAN,3"
        );
        to(&mut app, Sub::Distribution);
        let job = export(&mut app);
        assert_eq!(job.stem, "distribusi-predikat-2026-triwulan-3");
        assert_eq!(
            job.header.join(","),
            "unit_kerja,sangat_baik,baik,butuh_perbaikan,kurang_misconduct,sangat_kurang,predikat_organisasi,batas,kelebihan,tahun,jenis_periode,periode_ke"
        );
        assert_eq!(
            job.rows[1].join(","),
            "Unit Dinas PU,0,37,1,1,0,BAIK,BAIK<=70,10,2026,TRIWULAN,3"
        );
        assert_eq!(
            job.rows[4][6..9],
            ["", "", "0"],
            "no organisation predicate"
        );
        to(&mut app, Sub::Effect);
        let job = export(&mut app);
        assert_eq!(job.stem, "efek-pelatihan");
        assert_eq!(
            job.header.join(","),
            "kode,nama,tanggal_mulai,tanggal_selesai,peserta_selesai,peserta_ditindaklanjuti,rata_rata_skor"
        );
        assert_eq!(job.rows[1][3..], ["2026-04-17", "29", "3", "4.25"]);
        assert_eq!(job.rows[2][6], "", "no follow-up: empty");
        open_effect(&mut app);
        let job = export(&mut app);
        assert_eq!(job.stem, "efek-pelatihan-plt-2026-027");
        assert_eq!(
            job.header.join(","),
            "nip,nama,unit_kerja,predikat_sebelum,predikat_sesudah,perubahan,skor_tindak_lanjut,periode_sebelum,periode_sesudah,rata_rata_skor,temuan"
        );
        assert_eq!(
            job.rows[1][3..10],
            [
                "BAIK",
                "BUTUH_PERBAIKAN",
                "TURUN",
                "REAKSI/ALUMNI=4;PEMBELAJARAN/ALUMNI=4;PERILAKU/ATASAN=2",
                "2026 TRIWULAN 2",
                "2026 TRIWULAN 3",
                "3.33"
            ]
        );
        assert_eq!(job.rows[3][3..6], ["", "BAIK", ""], "nothing before");
        key(&mut app, Action::Back);
        to(&mut app, Sub::Quality);
        let job = export(&mut app);
        assert_eq!(job.stem, "kualitas-data");
        assert_eq!(
            job.header.join(","),
            "masalah,nama,unit_kerja,keterangan,kode"
        );
        let codes: Vec<&str> = job.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            codes,
            [
                "TANPA_PENILAIAN_KOMPETENSI",
                "HASIL_PELATIHAN_BELUM_DICATAT",
                "MAGANG_TANPA_PEMBIMBING",
                "UMPAN_BALIK_KOSONG",
                "GOLONGAN_DI_ATAS_PLAFON"
            ]
        );
        assert_eq!(
            job.rows[4][4], "197501012000031001",
            "the NIP, hidden at 80"
        );
    }
}

/// The compliance line names the target of each kind of ASN in use.
#[test]
fn compliance_shows_the_target_of_each_kind_and_a_bar() {
    let mut app = loaded_app(Lang::Id, 80, 24);
    app.settings.jp_targets = peka::domain::jp::JpTargets::uniform(20.0)
        .with(peka::domain::enums::AsnKind::PppkParuhWaktu, 10.0);
    key(&mut app, Action::GoTab(4));
    let text = screen_text(&draw(&app));
    assert!(
        text.contains("target PNS 20 CPNS 20 PPPK 20 PPPK-PW 10"),
        "{text}"
    );
    // BKPSDM 75%: three quarters of the chart column in blocks.
    assert!(text.contains("75%  ███████████"), "{text}");
}

#[test]
fn snapshot_gaps_heat_table_80x24() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Gaps);
    let text = screen_text(&draw(&app));
    // Without colour every cell has its number and its shade.
    assert!(text.contains("░  3 ▒  5 ▓  9 █ 14    0"), "{text}");
    snap("monitoring_gaps_80x24", &app);
}

#[test]
fn snapshot_outstanding_80x24() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Outstanding);
    snap("monitoring_outstanding_80x24", &app);
}

#[test]
fn snapshot_distribution_80x24() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Distribution);
    let text = screen_text(&draw(&app));
    assert!(text.contains("! lebih 10"), "{text}");
    snap("monitoring_distribution_80x24", &app);
    let mut app = review_app(Lang::En, 80, 24);
    to(&mut app, Sub::Distribution);
    snap("monitoring_distribution_en_80x24", &app);
}

#[test]
fn snapshot_training_effect_80x24() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Effect);
    snap("monitoring_effect_trainings_80x24", &app);
    open_effect(&mut app);
    key(&mut app, Action::Down);
    snap("monitoring_effect_participants_80x24", &app);
}

#[test]
fn snapshot_data_quality_80x24() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Quality);
    snap("monitoring_quality_80x24", &app);
}

/// The bar stays one line with the current report and its number at every
/// width; every report draws at 60×12 and wide.
#[test]
fn the_bar_keeps_one_line_and_every_report_draws_small_and_wide() {
    for (w, h) in [(60, 12), (80, 24), (160, 40)] {
        for lang in [Lang::Id, Lang::En] {
            let mut app = review_app(lang, w, h);
            for (i, _) in Sub::ALL.iter().enumerate() {
                let text = screen_text(&draw(&app));
                let bar = text.lines().nth(1).unwrap();
                let counter = format!("{}/11", i + 1);
                assert!(bar.trim_end().ends_with(&counter), "{w}: {bar}");
                let name = app.monitoring.sub;
                assert!(!bar.is_empty(), "{name:?}");
                if app.monitoring.sub == Sub::Effect {
                    open_effect(&mut app);
                    key(&mut app, Action::Down);
                    let text = screen_text(&draw(&app));
                    assert!(text.contains("Hafsah"), "{text}");
                    key(&mut app, Action::Back);
                }
                key(&mut app, Action::Down);
                key(&mut app, Action::NextSub);
            }
        }
    }
}

#[test]
fn the_help_explains_the_shades_limits_and_effect_marks() {
    let mut app = review_app(Lang::Id, 80, 24);
    to(&mut app, Sub::Gaps);
    let lines: String = peka::tui::view::help_lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(lines.contains("░ < 10%"), "{lines}");
    assert!(lines.contains("batas_predikat"), "{lines}");
    open_effect(&mut app);
    let lines: String = peka::tui::view::help_lines(&app)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(lines.contains("kembali ke daftar pelatihan"), "{lines}");
}

/// A province's data-quality list (more than 10,000 rows) is let go when
/// tab 5 is left and read again when the report is shown; the short
/// reports stay.
#[test]
fn a_long_report_is_let_go_when_tab_5_is_left_and_read_again_on_return() {
    let mut app = review_app(Lang::Id, 80, 24);
    let many: Vec<QualityRow> = (0..10_001)
        .map(|i| {
            let mut r = quality()[i % quality().len()].clone();
            r.key = format!("{i:018}");
            r
        })
        .collect();
    send(
        &mut app,
        Msg::Loaded(Loaded::Review(ReviewRows::Quality(Q3, many))),
    );
    to(&mut app, Sub::Quality);
    assert_eq!(app.monitoring.quality.total(), 10_001);
    key(&mut app, Action::GoTab(0));
    assert_eq!(app.monitoring.quality.total(), 0);
    assert!(!app.monitoring.quality.loaded);
    assert!(app.monitoring.gaps.loaded, "a short report is kept");
    let effects = key(&mut app, Action::GoTab(4));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Load(Request::Review { .. }))),
        "{effects:?}"
    );
}
