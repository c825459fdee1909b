//! Positions: the functional (JF) and pelaksana catalogues, and the pyramid of
//! posts per unit (domain.md §4.6, §10.3).

use super::catalog::{JfDef, PELAKSANA, PelDef, jf, pelaksana};
use super::rng::Rng;
use super::units::{UNITS, UnitDef};

/// What a post is; the person's details are drawn for it later.
#[derive(Debug, Clone, Copy)]
pub enum Post {
    /// Head of the unit (JPT Pratama, or Administrator for a camat or a bidang).
    Head,
    /// A further JPT Pratama post.
    Deputy(&'static str),
    Administrator(&'static str),
    Supervisor(&'static str),
    Functional(&'static JfDef),
    Pelaksana(&'static PelDef),
}

/// One post in one unit (index into [`UNITS`]).
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    pub unit: usize,
    pub post: Post,
}

impl Slot {
    pub fn unit_def(&self) -> &'static UnitDef {
        &UNITS[self.unit]
    }

    /// The jenis_jabatan code of a structural post (None for JF and pelaksana).
    pub fn structural_kind(&self) -> Option<&'static str> {
        match self.post {
            Post::Head if self.unit_def().head_jpt => Some("JPT_PRATAMA"),
            Post::Head | Post::Administrator(_) => Some("ADMINISTRATOR"),
            Post::Deputy(_) => Some("JPT_PRATAMA"),
            Post::Supervisor(_) => Some("PENGAWAS"),
            Post::Functional(_) | Post::Pelaksana(_) => None,
        }
    }
}

/// Smallest staff of a unit (head, secretary, one Pengawas and a few staff).
const MIN_UNIT: usize = 5;
const MIN_BIDANG: usize = 3;

/// The smallest workforce the pyramid works for.
pub fn min_employees() -> usize {
    UNITS
        .iter()
        .map(|u| {
            if u.parent.is_some() {
                MIN_BIDANG
            } else {
                MIN_UNIT
            }
        })
        .sum::<usize>()
        + 12
}

/// Staff per unit: each unit's minimum, the rest by weight (largest remainder).
pub fn unit_sizes(total: usize) -> Vec<usize> {
    let mins: Vec<usize> = UNITS
        .iter()
        .map(|u| {
            if u.parent.is_some() {
                MIN_BIDANG
            } else {
                MIN_UNIT
            }
        })
        .collect();
    let rest = total.saturating_sub(mins.iter().sum());
    let wsum: u64 = UNITS.iter().map(|u| u64::from(u.weight)).sum();
    let mut sizes = mins.clone();
    let mut rems: Vec<(u64, usize)> = Vec::new();
    let mut given = 0usize;
    for (i, u) in UNITS.iter().enumerate() {
        let exact = rest as u64 * u64::from(u.weight);
        let share = (exact / wsum) as usize;
        sizes[i] += share;
        given += share;
        rems.push((exact % wsum, i));
    }
    // Largest remainder first; ties by unit order keep it deterministic.
    rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for &(_, i) in rems.iter().take(rest - given) {
        sizes[i] += 1;
    }
    sizes
}

/// The posts of one unit of `size` people.
pub fn unit_posts(rng: &mut Rng, unit: usize, size: usize) -> Vec<Slot> {
    let def = &UNITS[unit];
    let mut posts = vec![Post::Head];
    let deputies = match size {
        s if s >= 40 => def.deputies.len(),
        s if s >= 20 => def.deputies.len().min(1),
        _ => 0,
    };
    posts.extend(def.deputies.iter().take(deputies).map(|t| Post::Deputy(t)));
    let admins = if !def.deputies.is_empty() && size >= 40 {
        def.admins.len()
    } else {
        match size {
            s if s >= 30 => 1 + rng.range(2, 4) as usize,
            s if s >= 15 => 1 + rng.range(1, 2) as usize,
            s if s >= MIN_UNIT => 1,
            _ => 0,
        }
    };
    posts.extend(
        def.admins
            .iter()
            .take(admins)
            .map(|t| Post::Administrator(t)),
    );
    let supervisors = if def.parent.is_some() {
        0
    } else {
        match size {
            s if s >= 30 => rng.range(4, 8) as usize,
            s if s >= 15 => rng.range(2, 4) as usize,
            _ => 1,
        }
    };
    let titles = def.supervisor_titles();
    posts.extend(titles.iter().take(supervisors).map(|t| Post::Supervisor(t)));

    let rest = size.saturating_sub(posts.len());
    let n_jf = if def.jf.is_empty() {
        0
    } else {
        (rest * def.jf_share as usize + 50) / 100
    };
    let jf_weights: Vec<u32> = def.jf.iter().map(|(_, w)| *w).collect();
    for _ in 0..n_jf {
        let (key, _) = def.jf[rng.weighted(&jf_weights)];
        posts.push(Post::Functional(jf(key)));
    }
    let mut pool: Vec<(&'static PelDef, u32)> = PELAKSANA
        .iter()
        .filter(|p| p.general > 0)
        .map(|p| (p, p.general))
        .collect();
    pool.extend(def.pelaksana.iter().map(|k| (pelaksana(k), 4)));
    for _ in n_jf..rest {
        posts.push(Post::Pelaksana(rng.pick_weighted(&pool)));
    }
    posts.truncate(size.max(1));
    posts.into_iter().map(|post| Slot { unit, post }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_add_up_and_bigger_units_get_more_staff() {
        for total in [min_employees(), 200, 1500, 4000] {
            let sizes = unit_sizes(total);
            assert_eq!(sizes.iter().sum::<usize>(), total);
        }
        let sizes = unit_sizes(1500);
        let edu = UNITS.iter().position(|u| u.short == "Disdikbud").unwrap();
        let pertanahan = UNITS
            .iter()
            .position(|u| u.short == "Dispertanahan")
            .unwrap();
        assert!(sizes[edu] > 10 * sizes[pertanahan]);
    }

    #[test]
    fn every_unit_has_one_head_and_a_mentor_grade_post() {
        let mut rng = Rng::new(1);
        let sizes = unit_sizes(200);
        for (i, &s) in sizes.iter().enumerate() {
            let posts = unit_posts(&mut rng, i, s);
            assert_eq!(posts.len(), s);
            assert_eq!(
                posts
                    .iter()
                    .filter(|p| matches!(p.post, Post::Head))
                    .count(),
                1
            );
            let mentors = posts
                .iter()
                .filter(|p| {
                    matches!(
                        p.structural_kind(),
                        Some("ADMINISTRATOR") | Some("PENGAWAS")
                    )
                })
                .count();
            assert!(
                mentors >= 1,
                "{} has no Administrator/Pengawas",
                UNITS[i].code
            );
        }
    }
}
