//! What came after the trainings: the three-month follow-up questionnaires
//! (Kirkpatrick levels 1–3, alumni and superior; domain.md §7, §10.12) linked
//! to the next evaluation, and a few development-plan lines (AKPK) for the
//! reference year built from competency gaps.

use super::cal::{add_days, add_months, quarter_end, ymd};
use super::competencies::required_for;
use super::people::Person;
use super::rng::Rng;
use super::rows::{Assessment, Evaluation, FollowUp, Plan, SeedData};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

const FINDINGS: [&str; 5] = [
    "Materi belum diterapkan dalam pekerjaan.",
    "Sebagian materi diterapkan, masih perlu pendampingan.",
    "Materi diterapkan pada tugas rutin.",
    "Materi diterapkan dan mempercepat penyelesaian tugas.",
    "Materi diterapkan dan ditularkan kepada rekan kerja.",
];
const ADVICE: [&str; 3] = [
    "Perlu coaching lanjutan oleh atasan langsung.",
    "Pertahankan dan dokumentasikan praktik baiknya.",
    "Libatkan sebagai narasumber internal pada pelatihan berikutnya.",
];

/// Last day of an evaluation's period.
fn period_end(e: &Evaluation) -> NaiveDate {
    if e.period_kind == "TAHUNAN" {
        ymd(e.year, 12, 31)
    } else {
        quarter_end(e.year, e.period as u32)
    }
}

/// Follow-ups for about half of the completed participations in trainings
/// (not MOOCs or seminars) that ended at least three months before `as_of`.
pub fn follow_ups(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    data: &SeedData,
) -> Vec<FollowUp> {
    let mut rng = Rng::stream(seed, "follow-ups");
    let (trainings, enrollments, evaluations) =
        (&data.trainings, &data.enrollments, &data.evaluations);
    // Per employee: (period end, evaluation id), in period order.
    let mut next_eval: Vec<Vec<(NaiveDate, i64)>> = vec![Vec::new(); people.len() + 1];
    for e in evaluations {
        next_eval[e.employee_id as usize].push((period_end(e), e.id));
    }
    for list in &mut next_eval {
        list.sort();
    }
    let mut out = Vec::new();
    for en in enrollments {
        let t = &trainings[en.training_id as usize - 1];
        if !matches!(en.status, "LULUS" | "SELESAI")
            || matches!(t.kind, "E_LEARNING" | "SEMINAR" | "SOSIALISASI")
        {
            continue;
        }
        let date = add_days(add_months(t.end, 3), rng.range(0, 14));
        if date > as_of || !rng.chance(0.5) {
            continue;
        }
        let person = &people[en.employee_id as usize - 1];
        let evaluation = next_eval[en.employee_id as usize]
            .iter()
            .find(|(end, _)| *end >= date)
            .map(|&(_, id)| id);
        let behaviour = match person.quality {
            1 => rng.range(4, 5),
            0 => rng.range(3, 4),
            _ => rng.range(2, 3),
        };
        let rows = [
            ("REAKSI", "ALUMNI", rng.range(3, 5)),
            ("PEMBELAJARAN", "ALUMNI", rng.range(3, 5)),
            ("PERILAKU", "ATASAN", behaviour),
        ];
        for (level, respondent, score) in rows {
            let (finding, advice) = if level == "PERILAKU" {
                (
                    FINDINGS[score as usize - 1],
                    ADVICE[match score {
                        1..=2 => 0,
                        3..=4 => 1,
                        _ => 2,
                    }],
                )
            } else {
                ("", "")
            };
            out.push(FollowUp {
                id: out.len() as i64 + 1,
                enrollment_id: en.id,
                date,
                month: 3,
                level,
                respondent,
                score,
                finding,
                recommendation: advice,
                evaluation_id: evaluation,
            });
        }
    }
    out
}

/// A few superiors, answering a follow-up on behaviour with 4 or 5, also
/// proposed the competency the training aims at one level up; that level is
/// recorded as an assessment sourced from the follow-up (`monitoring_id`).
/// Ids follow the assessments already in `data`.
pub fn proposed_levels(seed: u64, data: &SeedData) -> Vec<Assessment> {
    let mut rng = Rng::stream(seed, "proposed-levels");
    let mut out: Vec<Assessment> = Vec::new();
    // The first competency each training aims at.
    let mut aim: HashMap<i64, i64> = HashMap::new();
    for l in &data.training_competencies {
        aim.entry(l.training_id).or_insert(l.competency_id);
    }
    // Each employee's assessments (indices).
    let employees = data
        .assessments
        .iter()
        .map(|a| a.employee_id)
        .max()
        .unwrap_or(0);
    let mut by_employee: Vec<Vec<usize>> = vec![Vec::new(); employees as usize + 1];
    for (k, a) in data.assessments.iter().enumerate() {
        by_employee[a.employee_id as usize].push(k);
    }
    for f in &data.follow_ups {
        if f.level != "PERILAKU" || f.respondent != "ATASAN" || f.score < 4 || !rng.chance(0.06) {
            continue;
        }
        let en = &data.enrollments[f.enrollment_id as usize - 1];
        let training = &data.trainings[en.training_id as usize - 1];
        let Some(&comp) = aim.get(&en.training_id) else {
            continue;
        };
        let current = by_employee
            .get(en.employee_id as usize)
            .into_iter()
            .flatten()
            .map(|&k| &data.assessments[k])
            .chain(out.iter())
            .filter(|a| {
                a.employee_id == en.employee_id && a.competency_id == comp && a.date <= f.date
            })
            .max_by_key(|a| (a.date, a.id))
            .map(|a| a.level);
        let Some(level) = current.filter(|l| *l < 5) else {
            continue;
        };
        out.push(Assessment {
            id: (data.assessments.len() + out.len()) as i64 + 1,
            employee_id: en.employee_id,
            competency_id: comp,
            level: level + 1,
            date: f.date,
            method: "PENILAIAN_ATASAN",
            assessor: "Atasan langsung".to_string(),
            note: format!(
                "Usulan dari tindak lanjut {} bulan pasca {}",
                f.month, training.code
            ),
            follow_up_id: Some(f.id),
        });
    }
    out
}

/// Development-plan lines for the reference year: the largest gap of some
/// employees, with the training that addresses it when one was completed.
pub fn plans(seed: u64, as_of: NaiveDate, people: &[Person], data: &SeedData) -> Vec<Plan> {
    let mut rng = Rng::stream(seed, "plans");
    let (trainings, links, enrollments) = (
        &data.trainings,
        &data.training_competencies,
        &data.enrollments,
    );
    let year = as_of.year();
    // Latest level per employee (by index) and competency.
    let mut latest: Vec<Vec<(i64, NaiveDate, i64)>> = vec![Vec::new(); people.len() + 1];
    for a in &data.assessments {
        let mine = &mut latest[a.employee_id as usize];
        match mine.iter_mut().find(|(c, _, _)| *c == a.competency_id) {
            Some(entry) if a.date >= entry.1 => *entry = (a.competency_id, a.date, a.level),
            Some(_) => {}
            None => mine.push((a.competency_id, a.date, a.level)),
        }
    }
    let aims: std::collections::HashSet<(i64, i64)> = links
        .iter()
        .map(|l| (l.training_id, l.competency_id))
        .collect();
    // Each employee's enrollments (indices, in enrollment order).
    let mut taken: Vec<Vec<usize>> = vec![Vec::new(); people.len() + 1];
    for (k, e) in enrollments.iter().enumerate() {
        taken[e.employee_id as usize].push(k);
    }
    let mut order: Vec<usize> = (0..people.len())
        .filter(|&i| people[i].in_service())
        .collect();
    rng.shuffle(&mut order);
    let wanted = (people.len() / 25).max(10);
    let mut out = Vec::new();
    for i in order {
        if out.len() >= wanted {
            break;
        }
        let p = &people[i];
        let gaps = required_for(p).into_iter().filter_map(|(comp, standard)| {
            latest[p.row.id as usize]
                .iter()
                .find(|(c, _, _)| *c == comp)
                .map(|&(_, _, actual)| (standard - actual, comp))
                .filter(|(gap, _)| *gap >= 1)
        });
        let Some((gap, comp)) = gaps.max() else {
            continue;
        };
        // A completed training this year that targets the competency.
        let done = taken[p.row.id as usize]
            .iter()
            .map(|&k| &enrollments[k])
            .find(|e| {
                matches!(e.status, "LULUS" | "SELESAI")
                    && trainings[e.training_id as usize - 1].end.year() == year
                    && aims.contains(&(e.training_id, comp))
            });
        let proposal = match (p.row.position_kind, comp <= 9) {
            ("PENGAWAS", true) => "Pelatihan Kepemimpinan Pengawas (PKP)",
            ("ADMINISTRATOR", true) => "Pelatihan Kepemimpinan Administrator (PKA)",
            ("JPT_PRATAMA", true) => "Pelatihan Kepemimpinan Nasional Tingkat II",
            (_, true) => "Coaching dan mentoring oleh atasan langsung",
            (_, false) => "Bimtek teknis sesuai jabatan",
        };
        // The JP of the training done, else what such an activity usually
        // takes (leadership trainings as in the catalogue, a coaching
        // cycle, a bimtek).
        let jp = match (done, proposal) {
            (Some(e), _) => trainings[e.training_id as usize - 1].jp,
            (None, p) if p.contains("(PKP)") => 180.0,
            (None, p) if p.contains("(PKA)") => 210.0,
            (None, p) if p.contains("Nasional") => 250.0,
            (None, p) if p.starts_with("Coaching") => 16.0,
            (None, _) => 24.0,
        };
        let status = match done {
            Some(_) => "TERLAKSANA",
            None => *rng.pick(&["USULAN", "USULAN", "DISETUJUI", "DISETUJUI", "DITUNDA"]),
        };
        out.push(Plan {
            id: out.len() as i64 + 1,
            year,
            employee_id: p.row.id,
            competency_id: comp,
            gap,
            proposal,
            jp,
            priority: if gap >= 2 {
                "TINGGI"
            } else if rng.chance(0.6) {
                "SEDANG"
            } else {
                "RENDAH"
            },
            status,
            training_id: done.map(|e| e.training_id),
        });
    }
    out
}
