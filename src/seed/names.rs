//! Fictional Acehnese names (domain.md §5.6, §10.2): "T." for about 8% of men,
//! "Cut" for about 6% of women, a few "Said"/"Syarifah", the rest plain. Names
//! of real officials named in the sources are never produced.

use super::rng::Rng;

const MALE_FIRST: &[&str] = &[
    "Muhammad",
    "Ahmad",
    "Rizki",
    "Fadhil",
    "Zulfahmi",
    "Khairul",
    "Muslim",
    "Ramli",
    "Bukhari",
    "Ibrahim",
    "Zulkifli",
    "Salahuddin",
    "Safaruddin",
    "Ridwan",
    "Azhari",
    "Munir",
    "Marzuki",
    "Yuswardi",
    "Imran",
    "Rizal",
    "Teguh",
    "Fauzan",
    "Hendra",
    "Mukhlis",
    "Saiful",
    "Nasrullah",
    "Iskandar",
    "Fajri",
    "Hafiz",
    "Ikhsan",
    "Reza",
    "Akmal",
    "Taufik",
    "Hasbi",
    "Syahrul",
    "Zainal",
    "Mahdi",
    "Razali",
    "Jamaluddin",
    "Nazaruddin",
    "Sulaiman",
    "Yusri",
    "Kamaruddin",
    "Mirza",
    "Rahmat",
    "Aulia",
    "Fikri",
    "Azwar",
    "Husni",
    "Baihaqi",
    "Fachrurrazi",
    "Mursyidin",
    "Zubir",
    "Junaidi",
    "Khalid",
    "Zakaria",
    "Syukri",
    "Bahrul",
    "Irwan",
    "Darmawan",
    "Firdaus",
    "Habibi",
    "Arief",
    "Nasir",
    "Helmi",
    "Rusli",
    "Faisal",
    "Fadli",
    "Yusuf",
    "Ismail",
    "Umar",
    "Usman",
    "Hamdani",
    "Samsul",
    "Munawar",
    "Azmi",
    "Hasanuddin",
    "Nurdin",
    "Amri",
    "Rahmad",
];

const MALE_SECOND: &[&str] = &[
    "Maulana",
    "Fadhil",
    "Anwar",
    "Ibrahim",
    "Hasan",
    "Abdullah",
    "Yusuf",
    "Ismail",
    "Hamzah",
    "Ramadhan",
    "Saputra",
    "Akbar",
    "Hidayat",
    "Syahputra",
    "Rahman",
    "Fahmi",
    "Zulkarnain",
    "Mahmud",
    "Husin",
    "Ali",
    "Jalil",
    "Usman",
    "Daud",
    "Basyir",
    "Harun",
    "Idris",
    "Thaib",
    "Amin",
    "Ishak",
    "Hanafiah",
    "Kamal",
    "Rasyid",
    "Rizqullah",
    "Iqbal",
    "Fauzi",
    "Mubarak",
    "Sufyan",
    "Hakim",
    "Nazar",
    "Ridha",
];

const FEMALE_FIRST: &[&str] = &[
    "Nurul",
    "Rahmi",
    "Intan",
    "Nurhayati",
    "Mutia",
    "Vera",
    "Nurbayan",
    "Siti",
    "Fitri",
    "Rina",
    "Yusnidar",
    "Ernawati",
    "Mawaddah",
    "Safrida",
    "Rosmiati",
    "Khairunnisa",
    "Zahara",
    "Ainal",
    "Raihan",
    "Nurlaila",
    "Dewi",
    "Rizka",
    "Putri",
    "Dian",
    "Lia",
    "Nanda",
    "Aida",
    "Aisyah",
    "Fatimah",
    "Maryam",
    "Hafsah",
    "Ulfa",
    "Zuraida",
    "Wardah",
    "Nurmala",
    "Husna",
    "Sri",
    "Yulia",
    "Ratna",
    "Mulyani",
    "Asmaul",
    "Marlina",
    "Suryani",
    "Nurjannah",
    "Darmawati",
    "Rosnidar",
    "Farah",
    "Salma",
    "Nadia",
    "Munawarah",
    "Miftahul",
    "Meutia",
    "Syafrina",
    "Eliana",
];

const FEMALE_SECOND: &[&str] = &[
    "Aini",
    "Safitri",
    "Maghfirah",
    "Hayati",
    "Rahmah",
    "Zahra",
    "Fitria",
    "Husna",
    "Jannah",
    "Ulfa",
    "Rahmawati",
    "Wahyuni",
    "Munawarah",
    "Sari",
    "Yanti",
    "Amalia",
    "Khairani",
    "Azizah",
    "Fadhilah",
    "Nabila",
    "Mardhiah",
    "Sakdiah",
    "Maulida",
    "Akmalia",
    "Humaira",
    "Rizqina",
    "Sofia",
    "Nurfadhila",
    "Keumala",
    "Zahrina",
];

/// Given names that are used alone only with a second name after them.
const NEEDS_SECOND: &[&str] = &[
    "Muhammad", "Ahmad", "Nurul", "Siti", "Sri", "Asmaul", "Miftahul", "Ainal",
];

/// Real people named in domain.md and its sources (lower case, without titles):
/// no generated name may equal one of them.
const FORBIDDEN: &[&str] = &[
    "sayuti abubakar",
    "sayuti",
    "husaini",
    "muhammad irsyadi",
    "irsyadi",
    "muzakkir sy",
    "sulastono",
    "sri ramadani amiruddin",
    "purnawan basundoro",
    "feradis nurdin",
    "kutsiyatin",
    "johansyah syafri",
];

/// True when `name` (without degrees) equals a real person's name from the sources.
pub fn is_forbidden(name: &str) -> bool {
    let plain = name
        .trim_start_matches("T. ")
        .trim_start_matches("Cut ")
        .trim_start_matches("Said ")
        .trim_start_matches("Syarifah ")
        .to_lowercase();
    FORBIDDEN.contains(&plain.as_str()) || FORBIDDEN.contains(&name.to_lowercase().as_str())
}

fn plain_name(rng: &mut Rng, female: bool) -> String {
    let (firsts, seconds) = if female {
        (FEMALE_FIRST, FEMALE_SECOND)
    } else {
        (MALE_FIRST, MALE_SECOND)
    };
    let first = *rng.pick(firsts);
    let single = rng.chance(if female { 0.25 } else { 0.30 }) && !NEEDS_SECOND.contains(&first);
    if single {
        return first.to_string();
    }
    loop {
        let second = *rng.pick(seconds);
        if second != first {
            return format!("{first} {second}");
        }
    }
}

/// A fictional name for a person of the given sex, with the Acehnese hereditary
/// prefix for some.
pub fn person_name(rng: &mut Rng, female: bool) -> String {
    loop {
        let base = plain_name(rng, female);
        let r = rng.unit();
        let name = if female {
            if r < 0.06 && !base.starts_with("Cut ") {
                format!("Cut {base}")
            } else if r < 0.075 {
                format!("Syarifah {base}")
            } else {
                base
            }
        } else if r < 0.08 {
            format!("T. {base}")
        } else if r < 0.095 {
            format!("Said {base}")
        } else {
            base
        };
        if !is_forbidden(&name) {
            return name;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_appear_at_about_the_recipe_rates_and_real_officials_never() {
        let mut rng = Rng::new(42);
        let (mut t, mut cut) = (0, 0);
        for _ in 0..4000 {
            let m = person_name(&mut rng, false);
            let f = person_name(&mut rng, true);
            t += usize::from(m.starts_with("T. "));
            cut += usize::from(f.starts_with("Cut "));
            assert!(!is_forbidden(&m) && !is_forbidden(&f));
        }
        assert!((200..450).contains(&t), "T. share off: {t}/4000");
        assert!((150..380).contains(&cut), "Cut share off: {cut}/4000");
        assert!(is_forbidden("Husaini"));
        assert!(is_forbidden("T. Sayuti Abubakar"));
        assert!(!is_forbidden("Rahmi Safitri"));
    }
}
