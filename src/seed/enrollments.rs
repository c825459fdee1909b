//! Who attended what (domain.md §10.8). Per calendar year, about 60% of the
//! employees reach 20 JP or more, about 25% get 8–19 JP and about 15% none;
//! only batches that ended by the reference date can be completed (LULUS or
//! SELESAI, with jp_diakui = the training's JP by the JP rule of
//! `domain::jp`); the rest credit 0 JP.
//! Latsar, leadership trainings and the PPPK orientation are assigned first,
//! to the people they are for.

use super::cal::{add_days, ymd};
use super::catalog::Tag;
use super::people::Person;
use super::rng::Rng;
use super::rows::Enrollment;
use super::trainings::{Audience, Batch};
use crate::domain::enums::{EnrollmentStatus, TrainingStatus};
use crate::domain::jp::{Activity, DEFAULT_MINUTES_PER_JP};
use chrono::{Datelike, NaiveDate};
use std::collections::HashSet;

/// JP credited by the JP rule (`domain::jp::Activity::credit`) for a
/// participation with `status` in `batch`, as of `as_of`, at 45 minutes per
/// JP (the default the seeded database keeps).
fn credit(batch: &Batch, status: &str, as_of: NaiveDate) -> f64 {
    let (Some(training), Some(participation)) = (
        TrainingStatus::from_code(batch.status),
        EnrollmentStatus::from_code(status),
    ) else {
        return 0.0;
    };
    Activity {
        status: training,
        end: batch.end,
        jp: batch.edition.jp,
        minutes: batch.edition.minutes(batch.template),
    }
    .credit(participation, as_of, DEFAULT_MINUTES_PER_JP)
}

/// One participation before ids and certificates are given.
#[derive(Debug, Clone, Copy)]
struct Draft {
    batch: usize,
    person: usize,
    status: &'static str,
}

struct State<'a> {
    as_of: NaiveDate,
    people: &'a [Person],
    batches: &'a [Batch],
    filled: Vec<usize>,
    /// The batches each person is in already.
    taken: Vec<Vec<u32>>,
    drafts: Vec<Draft>,
    /// (person, year) pairs already at 20 JP or more from assigned trainings.
    forced: HashSet<(usize, i32)>,
}

fn mandatory(b: &Batch) -> bool {
    matches!(b.template.kind, "LATSAR" | "PKP" | "PKA" | "PKN_II")
        || b.template.audience == Audience::NewPppk
}

fn matches_audience(p: &Person, b: &Batch) -> bool {
    let kind = p.row.position_kind;
    let title = p.row.position.as_str();
    let structural = matches!(kind, "ADMINISTRATOR" | "PENGAWAS");
    match b.template.audience {
        Audience::All => true,
        Audience::Cpns => p.row.asn_kind == "CPNS",
        Audience::NewPppk => {
            matches!(p.row.asn_kind, "PPPK" | "PPPK_PARUH_WAKTU")
                && p.row.tmt_appointment.year() == b.start.year()
        }
        Audience::Pengawas => kind == "PENGAWAS",
        Audience::Administrator => kind == "ADMINISTRATOR",
        Audience::Jpt => kind == "JPT_PRATAMA",
        Audience::Structural => structural,
        Audience::Tag(t) => p.tag == t,
        Audience::Operators => kind == "PELAKSANA" || p.tag == Tag::Sdm,
        Audience::Finance => {
            matches!(p.tag, Tag::Keuangan | Tag::Pengadaan)
                || kind == "ADMINISTRATOR"
                || (structural && (title.contains("Keuangan") || title.contains("Pengadaan")))
        }
        Audience::Planning => {
            p.tag == Tag::Perencana || title.contains("Perencanaan") || title.contains("Program")
        }
        Audience::FrontOffice => p.tag == Tag::Dukcapil || p.slot.unit_def().kind == "KECAMATAN",
        Audience::Unit(code) => p.slot.region == 0 && p.slot.unit_def().code == code,
    }
}

impl State<'_> {
    /// Can `person` take part in batch `b` at all (appointed, not gone, not on leave)?
    fn available(&self, person: usize, b: usize) -> bool {
        let p = &self.people[person];
        let batch = &self.batches[b];
        if p.row.tmt_appointment > batch.start || batch.status == "BATAL" {
            return false;
        }
        match p.row.status_date {
            Some(d) if p.row.status != "AKTIF" => batch.end < d,
            _ => true,
        }
    }

    /// Whether `person` is in batch `b` already.
    fn is_in(&self, person: usize, b: usize) -> bool {
        self.taken[person].contains(&(b as u32))
    }

    fn has_room(&self, b: usize) -> bool {
        self.batches[b]
            .edition
            .quota
            .is_none_or(|q| (self.filled[b] as i64) < q)
    }

    fn open(&self, person: usize, b: usize) -> bool {
        self.has_room(b)
            && !self.is_in(person, b)
            && self.available(person, b)
            && matches_audience(&self.people[person], &self.batches[b])
    }

    fn enroll(&mut self, person: usize, b: usize, status: &'static str) {
        self.filled[b] += 1;
        self.taken[person].push(b as u32);
        self.drafts.push(Draft {
            batch: b,
            person,
            status,
        });
    }

    /// Status of a participation in a batch that has not failed.
    fn normal_status(&self, rng: &mut Rng, b: usize) -> &'static str {
        let batch = &self.batches[b];
        match batch.status {
            "SELESAI" if batch.template.graded => "LULUS",
            "SELESAI" => "SELESAI",
            "BERJALAN" => "MENGIKUTI",
            "PENDAFTARAN" => {
                if rng.chance(0.7) {
                    "TERDAFTAR"
                } else {
                    "DISETUJUI"
                }
            }
            _ => "DIUSULKAN",
        }
    }

    fn completed(&self, b: usize) -> bool {
        self.batches[b].status == "SELESAI" && self.batches[b].end <= self.as_of
    }
}

/// Latsar for each new CPNS (and for PNS appointed within the data window),
/// leadership trainings for some structural officials, the orientation for
/// every new PPPK.
fn assign_mandatory(st: &mut State, rng: &mut Rng) {
    let n = st.batches.len();
    let latsar: Vec<usize> = (0..n)
        .filter(|&b| st.batches[b].template.kind == "LATSAR")
        .collect();
    for person in 0..st.people.len() {
        let r = &st.people[person].row;
        if !matches!(r.asn_kind, "CPNS" | "PNS") {
            continue;
        }
        let from = add_days(r.tmt_appointment, 30);
        let until = add_days(r.tmt_appointment, 420);
        let pns = r.asn_kind == "PNS";
        // Batches are in start order: look only from the first on or after `from`.
        let first = latsar.partition_point(|&b| st.batches[b].start < from);
        let found = latsar[first..]
            .iter()
            .copied()
            .take_while(|&b| st.batches[b].start <= until)
            .find(|&b| {
                (!pns || st.completed(b))
                    && st.has_room(b)
                    && !st.is_in(person, b)
                    && st.available(person, b)
            });
        if let Some(b) = found {
            let status = st.normal_status(rng, b);
            st.enroll(person, b, status);
        }
    }
    for b in 0..n {
        let t = st.batches[b].template;
        let share = match t.kind {
            "PKP" => 0.12,
            "PKA" => 0.10,
            "PKN_II" => 0.06,
            _ if t.audience == Audience::NewPppk => 1.0,
            _ => continue,
        };
        let mut candidates: Vec<usize> = (0..st.people.len()).filter(|&p| st.open(p, b)).collect();
        if t.kind != "PKN_II" && t.audience != Audience::NewPppk {
            // One leadership training per person.
            candidates.retain(|&p| {
                !st.taken[p]
                    .iter()
                    .any(|&d| st.batches[d as usize].template.kind == t.kind)
            });
        }
        rng.shuffle(&mut candidates);
        let take = ((candidates.len() as f64 * share).ceil() as usize)
            .max(1)
            .min(candidates.len());
        for &p in candidates.iter().take(take) {
            if st.has_room(b) {
                let status = st.normal_status(rng, b);
                st.enroll(p, b, status);
            }
        }
    }
    let done: Vec<(usize, i32)> = st
        .drafts
        .iter()
        .filter(|d| st.completed(d.batch))
        .map(|d| (d.person, st.batches[d.batch].year()))
        .collect();
    st.forced.extend(done);
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bucket {
    Full,
    Some,
    Zero,
}

/// The completed batches of one year that are open to everyone who fits
/// them, grouped by template (`Pool::groups`), each group's batches with
/// room left.
struct Pool {
    groups: Vec<Vec<usize>>,
}

impl Pool {
    fn new(st: &State, batches: &[usize]) -> Pool {
        let mut groups: Vec<Vec<usize>> = Vec::new();
        let mut names: Vec<&str> = Vec::new();
        for &b in batches {
            let name = st.batches[b].template.name;
            match names.iter().position(|n| *n == name) {
                Some(g) => groups[g].push(b),
                None => {
                    names.push(name);
                    groups.push(vec![b]);
                }
            }
        }
        Pool { groups }
    }

    /// For `person`, at most one open batch of each template they fit,
    /// in random order. Full batches leave their group as they are met.
    fn options(&mut self, st: &State, rng: &mut Rng, person: usize) -> Vec<usize> {
        let mut out = Vec::new();
        for group in &mut self.groups {
            let Some(&first) = group.first() else {
                continue;
            };
            if !matches_audience(&st.people[person], &st.batches[first]) {
                continue;
            }
            // A few random tries, then any batch of the group that is open.
            let mut found = None;
            for _ in 0..4 {
                if group.is_empty() {
                    break;
                }
                let k = rng.index(group.len());
                let b = group[k];
                if !st.has_room(b) {
                    group.swap_remove(k);
                    continue;
                }
                if st.open(person, b) {
                    found = Some(b);
                    break;
                }
            }
            if found.is_none() {
                group.retain(|&b| st.has_room(b));
                found = group.iter().copied().find(|&b| st.open(person, b));
            }
            out.extend(found);
        }
        rng.shuffle(&mut out);
        out
    }
}

/// Fills one person's year: `Full` reaches ≥ 20 JP, `Some` 8–19 JP.
fn fill(st: &mut State, rng: &mut Rng, person: usize, pool: &mut Pool, bucket: Bucket) {
    let (target, limit) = match bucket {
        Bucket::Full => (20.0, 80.0),
        Bucket::Some => (8.0, 19.0),
        Bucket::Zero => return,
    };
    let options = pool.options(st, rng, person);
    let jp = |st: &State, b: usize| st.batches[b].edition.jp;
    let mut total = 0.0;
    // Full: one course of 16 JP or more first, role-specific preferred.
    if bucket == Bucket::Full || rng.chance(0.3) {
        let mut big: Vec<usize> = options
            .iter()
            .copied()
            .filter(|&b| jp(st, b) >= 16.0 && jp(st, b) <= limit)
            .collect();
        big.sort_by_key(|&b| st.batches[b].template.audience == Audience::All);
        if let Some(&b) = big.first() {
            st.enroll(person, b, st.normal_status(rng, b));
            total += jp(st, b);
        }
    }
    let extra = if bucket == Bucket::Full && rng.chance(0.5) {
        rng.range(1, 2)
    } else {
        0
    };
    let mut bonus = 0;
    for b in options {
        if !st.open(person, b) {
            continue;
        }
        let j = jp(st, b);
        if total + j > limit {
            continue;
        }
        if total < target {
            st.enroll(person, b, st.normal_status(rng, b));
            total += j;
        } else if bonus < extra && j <= 4.0 {
            st.enroll(person, b, st.normal_status(rng, b));
            bonus += 1;
        }
        if total >= target && bonus >= extra {
            break;
        }
    }
}

/// The per-year JP distribution over the completed batches of that year.
fn assign_years(st: &mut State, rng: &mut Rng) {
    let as_of = st.as_of;
    for year in as_of.year() - 2..=as_of.year() {
        let batches: Vec<usize> = (0..st.batches.len())
            .filter(|&b| {
                st.batches[b].year() == year && st.completed(b) && !mandatory(&st.batches[b])
            })
            .collect();
        let mut pool = Pool::new(st, &batches);
        let graded: Vec<usize> = batches
            .iter()
            .copied()
            .filter(|&b| st.batches[b].template.graded)
            .collect();
        let mut population: Vec<usize> = (0..st.people.len())
            .filter(|&i| {
                let p = &st.people[i];
                if year == as_of.year() {
                    p.in_service()
                } else {
                    p.row.tmt_appointment <= ymd(year, 6, 30) && p.employed_on(ymd(year, 12, 31))
                }
            })
            .collect();
        rng.shuffle(&mut population);
        let n = population.len();
        let mut full = (n * 60 + 50) / 100;
        let mut zero = (n * 15 + 50) / 100;
        let mut buckets = vec![Bucket::Some; n];
        let studying = |p: &Person| {
            p.row.status == "TUGAS_BELAJAR" && p.row.status_date.is_some_and(|d| d.year() <= year)
        };
        for (k, &i) in population.iter().enumerate() {
            if st.forced.contains(&(i, year)) {
                buckets[k] = Bucket::Full;
                full = full.saturating_sub(1);
            } else if studying(&st.people[i]) {
                buckets[k] = Bucket::Zero;
                zero = zero.saturating_sub(1);
            }
        }
        for (k, &i) in population.iter().enumerate() {
            if st.forced.contains(&(i, year)) || studying(&st.people[i]) {
                continue;
            }
            buckets[k] = if full > 0 {
                full -= 1;
                Bucket::Full
            } else if zero > 0 {
                zero -= 1;
                Bucket::Zero
            } else {
                Bucket::Some
            };
        }
        for (k, &i) in population.iter().enumerate() {
            if !st.forced.contains(&(i, year)) {
                fill(st, rng, i, &mut pool, buckets[k]);
            }
            // A few failed or withdrew from a graded course (no JP).
            if rng.chance(0.02) {
                let open: Vec<usize> = graded.iter().copied().filter(|&b| st.open(i, b)).collect();
                if !open.is_empty() {
                    let b = *rng.pick(&open);
                    let status = if rng.chance(0.6) {
                        "TIDAK_LULUS"
                    } else {
                        "MENGUNDURKAN_DIRI"
                    };
                    st.enroll(i, b, status);
                }
            }
        }
    }
}

/// Participants proposed, registered or attending batches that have not ended.
fn assign_upcoming(st: &mut State, rng: &mut Rng) {
    for b in 0..st.batches.len() {
        let batch = &st.batches[b];
        if mandatory(batch) || !matches!(batch.status, "BERJALAN" | "PENDAFTARAN" | "RENCANA") {
            continue;
        }
        let mut candidates: Vec<usize> = (0..st.people.len())
            .filter(|&p| st.people[p].in_service() && st.open(p, b))
            .collect();
        rng.shuffle(&mut candidates);
        let want = match batch.edition.quota {
            Some(q) => (q as f64 * (0.5 + 0.4 * rng.unit())) as usize,
            None => st.people.len() / 20,
        };
        for &p in candidates.iter().take(want) {
            let status = st.normal_status(rng, b);
            st.enroll(p, b, status);
        }
    }
}

/// Every participation, ordered by training then employee; `codes` are the
/// training codes (certificate numbers build on them), `verifier` the name of
/// the BKPSDM official who verifies certificates.
pub fn generate(
    seed: u64,
    as_of: NaiveDate,
    people: &[Person],
    batches: &[Batch],
    codes: &[String],
    verifier: &str,
) -> Vec<Enrollment> {
    let mut rng = Rng::stream(seed, "enrollments");
    let mut st = State {
        as_of,
        people,
        batches,
        filled: vec![0; batches.len()],
        taken: vec![Vec::new(); people.len()],
        drafts: Vec::new(),
        forced: HashSet::new(),
    };
    assign_mandatory(&mut st, &mut rng);
    assign_years(&mut st, &mut rng);
    assign_upcoming(&mut st, &mut rng);
    let mut drafts = st.drafts;
    drafts.sort_by_key(|d| (d.batch, d.person));
    let mut out = Vec::with_capacity(drafts.len());
    let mut cert_seq = 0;
    let mut last_batch = usize::MAX;
    for d in drafts {
        if d.batch != last_batch {
            last_batch = d.batch;
            cert_seq = 0;
        }
        let batch = &batches[d.batch];
        let t = batch.template;
        let done = matches!(d.status, "LULUS" | "SELESAI");
        let source = match t.kind {
            "LATSAR" | "PKP" | "PKA" | "PKN_II" => "PENUGASAN",
            "E_LEARNING" => "MANDIRI",
            _ if rng.chance(0.2) => "AKPK",
            _ => "OPD",
        };
        let score = match d.status {
            "LULUS" => Some(f64::from(rng.range(700, 960) as i32) / 10.0),
            "TIDAK_LULUS" => Some(f64::from(rng.range(450, 690) as i32) / 10.0),
            _ => None,
        };
        let (certificate_no, certificate_date) = if done {
            cert_seq += 1;
            let date = add_days(batch.end, rng.range(0, 7)).min(as_of);
            (format!("{}/{cert_seq:03}", codes[d.batch]), Some(date))
        } else {
            (String::new(), None)
        };
        let verified_on = certificate_date
            .map(|c| add_days(c, rng.range(1, 20)))
            .filter(|v| *v <= as_of && rng.chance(0.9));
        out.push(Enrollment {
            id: out.len() as i64 + 1,
            training_id: d.batch as i64 + 1,
            employee_id: people[d.person].row.id,
            source,
            status: d.status,
            score,
            certificate_no,
            certificate_date,
            jp_credited: credit(batch, d.status, as_of),
            verified_by: if verified_on.is_some() {
                verifier.to_string()
            } else {
                String::new()
            },
            verified_on,
        });
    }
    leave_results_open(&mut out, batches);
    out
}

/// Trainings whose results are not all recorded: in the two finished
/// trainings that ended last with someone who failed or withdrew, that
/// person's result is still open (attending, no score) — no JP either way,
/// and Monitoring's data-quality list has it to show.
fn leave_results_open(out: &mut [Enrollment], batches: &[Batch]) {
    let open = |e: &Enrollment| matches!(e.status, "TIDAK_LULUS" | "MENGUNDURKAN_DIRI");
    // The first such participation of each training (rows are by training).
    let mut first_open: Vec<Option<usize>> = vec![None; batches.len()];
    for (k, e) in out.iter().enumerate() {
        let b = e.training_id as usize - 1;
        if open(e) && first_open[b].is_none() {
            first_open[b] = Some(k);
        }
    }
    let mut finished: Vec<usize> = (0..batches.len())
        .filter(|&b| batches[b].status == "SELESAI" && first_open[b].is_some())
        .collect();
    finished.sort_by_key(|&b| std::cmp::Reverse((batches[b].end, b)));
    for b in finished.into_iter().take(2) {
        if let Some(k) = first_open[b] {
            out[k].status = "MENGIKUTI";
            out[k].score = None;
        }
    }
}
