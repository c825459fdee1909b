//! Positions: the functional (JF) and pelaksana catalogues, and the pyramid of
//! posts per unit (domain.md §4.6, §10.3).

use super::catalog::{JfDef, PELAKSANA, PelDef, jf, pelaksana};
use super::rng::Rng;
use super::units::{HeadPost, Office, UnitDef};

/// What a post is; the person's details are drawn for it later.
#[derive(Debug, Clone, Copy)]
pub enum Post {
    /// Head of the unit (JPT Pratama, or Administrator for a camat or a
    /// bidang, or Pengawas for a UPTD).
    Head,
    /// A further JPT Pratama post.
    Deputy(&'static str),
    Administrator(&'static str),
    Supervisor(&'static str),
    Functional(&'static JfDef),
    Pelaksana(&'static PelDef),
}

/// One post in one unit (index into the offices of `units::plan`).
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    pub unit: usize,
    /// The unit's catalogue entry.
    pub def: &'static UnitDef,
    /// The unit's kab/kota (0 = the city).
    pub region: usize,
    pub post: Post,
    /// Leads a unit without a head post (a school's principal, a teacher).
    pub lead: bool,
}

impl Slot {
    pub fn unit_def(&self) -> &'static UnitDef {
        self.def
    }

    /// The jenis_jabatan code of a structural post (None for JF and pelaksana).
    pub fn structural_kind(&self) -> Option<&'static str> {
        match self.post {
            Post::Head => Some(match self.def.head_post {
                HeadPost::Jpt => "JPT_PRATAMA",
                HeadPost::Pengawas => "PENGAWAS",
                HeadPost::Administrator | HeadPost::Teacher => "ADMINISTRATOR",
            }),
            Post::Administrator(_) => Some("ADMINISTRATOR"),
            Post::Deputy(_) => Some("JPT_PRATAMA"),
            Post::Supervisor(_) => Some("PENGAWAS"),
            Post::Functional(_) | Post::Pelaksana(_) => None,
        }
    }

    /// Heads its unit: the head post, or the teacher who leads a school.
    pub fn heads_unit(&self) -> bool {
        matches!(self.post, Post::Head) || self.lead
    }
}

/// The smallest workforce the pyramid works for.
pub fn min_employees() -> usize {
    super::units::min_employees()
}

/// The posts of office `unit`.
pub fn unit_posts(rng: &mut Rng, unit: usize, office: &Office) -> Vec<Slot> {
    let def = office.def;
    let size = office.size;
    let led_by_teacher = def.head_post == HeadPost::Teacher;
    let mut posts = if led_by_teacher {
        Vec::new()
    } else {
        vec![Post::Head]
    };
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
            s if s >= super::units::MIN_UNIT => 1,
            _ => 0,
        }
    };
    posts.extend(
        def.admins
            .iter()
            .take(admins)
            .map(|t| Post::Administrator(t)),
    );
    let supervisors = if def.parent.is_some() || def.kind == "LAINNYA" {
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
    let lead = if led_by_teacher {
        posts.iter().position(|p| matches!(p, Post::Functional(_)))
    } else {
        None
    };
    posts
        .into_iter()
        .enumerate()
        .map(|(i, post)| Slot {
            unit,
            def,
            region: office.region,
            post,
            lead: lead == Some(i),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::units::{UNITS, plan};

    #[test]
    fn every_unit_has_one_head_and_a_mentor_grade_post_and_schools_a_leader() {
        let mut rng = Rng::new(1);
        let offices = plan(1500);
        for (i, o) in offices.iter().enumerate() {
            let posts = unit_posts(&mut rng, i, o);
            assert_eq!(posts.len(), o.size);
            let heads = posts.iter().filter(|p| p.heads_unit()).count();
            assert_eq!(heads, 1, "{} has {heads} heads", o.name);
            let mentors = posts
                .iter()
                .filter(|p| {
                    matches!(
                        p.structural_kind(),
                        Some("ADMINISTRATOR") | Some("PENGAWAS")
                    )
                })
                .count();
            if o.def.head_post == HeadPost::Teacher {
                assert!(
                    posts
                        .iter()
                        .all(|p| matches!(p.post, Post::Functional(j) if j.key == "guru"))
                );
            } else {
                assert!(mentors >= 1, "{} has no Administrator/Pengawas", o.code);
            }
        }
        let edu = offices
            .iter()
            .position(|o| o.def.short == "Disdikbud")
            .unwrap();
        let pertanahan = offices
            .iter()
            .position(|o| o.def.short == "Dispertanahan")
            .unwrap();
        let staff_of = |u: usize| {
            offices
                .iter()
                .enumerate()
                .filter(|(i, o)| *i == u || o.parent == Some(u))
                .map(|(_, o)| o.size)
                .sum::<usize>()
        };
        assert!(staff_of(edu) > 10 * staff_of(pertanahan));
        assert_eq!(UNITS.iter().filter(|u| u.parent.is_some()).count(), 1);
    }
}
