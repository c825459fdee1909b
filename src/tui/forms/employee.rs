//! The employee form: every field of the data model, NIP first (a typed NIP
//! pre-fills birth date and sex), cross-field rules from `domain::validate`.

use super::FormScreen;
use super::kind::{
    CheckContext, DbOps, FormTarget, Home, Picks, RecordForm, Values, options, picked,
};
use crate::db::employees_write::EmployeeInput;
use crate::domain::dates::iso;
use crate::domain::enums::*;
use crate::domain::golongan::golongan_options;
use crate::domain::validate::{check_employee, employee_column};
use crate::i18n::Lang;
use crate::i18n::tui as tx;
use crate::tui::widgets::form::{FieldSpec, Form, KeyFilter, LookupItem, LookupSource};
use chrono::NaiveDate;

/// Values a series of new employees usually shares; "save and new" keeps them.
/// (Not the TMT pengangkatan: it is each person's own, and a PNS's NIP gives
/// its year and month, from which the form fills it.)
pub const KEEP_ON_NEW: [&str; 3] = ["jenis_asn", "unit_kerja_id", "jenis_jabatan"];

fn golongan_choices() -> Vec<(String, String)> {
    golongan_options(AsnKind::Pns)
        .iter()
        .chain(golongan_options(AsnKind::Pppk))
        .map(|g| (g.to_string(), g.to_string()))
        .collect()
}

/// Layer 2 for the NIP: what both layouts (PNS NIP and NI PPPK) share — 18
/// digits, a real birth date in digits 1–8, a sex digit 1 or 2 at digit 15.
/// The kind-specific parts are checked across fields on save.
fn nip_shape(value: &str, lang: Lang) -> Result<(), String> {
    use crate::domain::nip::NipError;
    let digits: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let error = if digits.len() != 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(tx::nip_length(lang, digits.chars().count()));
    } else if chrono::NaiveDate::parse_from_str(&digits[0..8], "%Y%m%d").is_err() {
        NipError::BadBirthDate {
            digits: digits[0..8].to_string(),
        }
    } else if !matches!(digits.as_bytes()[14], b'1' | b'2') {
        NipError::BadGenderDigit {
            digit: digits.as_bytes()[14] as char,
        }
    } else {
        return Ok(());
    };
    Err(crate::i18n::errors::nip_error(lang, &error))
}

fn nik_valid(value: &str, lang: Lang) -> Result<(), String> {
    crate::domain::nik::parse_nik(value)
        .map(|_| ())
        .map_err(|e| crate::i18n::errors::nik_error(lang, &e))
}

pub(crate) fn email_shape(value: &str, lang: Lang) -> Result<(), String> {
    let ok = value
        .split_once('@')
        .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'));
    if ok {
        Ok(())
    } else {
        Err(tx::EMAIL_INVALID.get(lang).to_string())
    }
}

/// Academic degrees and titles: letters, dots, commas and spaces (`S.E., M.Si.`).
fn degree_char(c: char) -> bool {
    crate::domain::validate::is_degree_char(c)
}

pub(crate) fn phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | '-' | ' ')
}

/// The fields, in entry order: what differs per person first (NIP, name,
/// degrees, place of birth, education, position title, golongan), then what a
/// series shares or the NIP fills (kind of ASN, kind of position, unit, birth
/// date, sex), then the rest. With save-and-new, the next entry of a series
/// needs only Tabs between the values that differ and `Ctrl-N`.
pub fn specs(lang: Lang) -> Vec<FieldSpec> {
    let l = |t: crate::i18n::T| t.get(lang);
    vec![
        FieldSpec::text("nip", l(tx::EF_NIP), 24)
            .required()
            .filter(KeyFilter::DigitsAndSpaces)
            .validate(nip_shape)
            .help(l(tx::EH_NIP)),
        FieldSpec::text("nama", l(tx::EF_NAME), 100)
            .required()
            .help(l(tx::EH_NAME)),
        FieldSpec::text("gelar_depan", l(tx::EF_TITLE_FRONT), 20)
            .filter(KeyFilter::Custom(degree_char, tx::DEGREE_CHARS))
            .help(l(tx::EH_TITLE_FRONT)),
        FieldSpec::text("gelar_belakang", l(tx::EF_TITLE_BACK), 40)
            .filter(KeyFilter::Custom(degree_char, tx::DEGREE_CHARS))
            .help(l(tx::EH_TITLE_BACK)),
        FieldSpec::text("tempat_lahir", l(tx::EF_BIRTH_PLACE), 60),
        FieldSpec::choice(
            "pendidikan_terakhir",
            l(tx::EF_EDUCATION),
            options::<Education>(lang),
        ),
        FieldSpec::text("program_studi", l(tx::EF_STUDY), 80),
        FieldSpec::text("nama_jabatan", l(tx::EF_POSITION), 120).required(),
        FieldSpec::choice("golongan", l(tx::EF_GOLONGAN), golongan_choices())
            .help(l(tx::EH_GOLONGAN)),
        FieldSpec::choice("jenis_asn", l(tx::EF_ASN), options::<AsnKind>(lang))
            .required()
            .help(l(tx::EH_ASN)),
        FieldSpec::choice(
            "jenis_jabatan",
            l(tx::EF_POSITION_KIND),
            options::<PositionKind>(lang),
        )
        .required(),
        FieldSpec::choice("jenjang_jf", l(tx::EF_JF_LEVEL), options::<JfLevel>(lang))
            .help(l(tx::EH_JF_LEVEL)),
        FieldSpec::lookup("unit_kerja_id", l(tx::EF_UNIT), LookupSource::Unit)
            .required()
            .help(l(tx::EH_UNIT)),
        FieldSpec::date("tanggal_lahir", l(tx::EF_BIRTH_DATE))
            .required()
            .help(l(tx::EH_DATE)),
        FieldSpec::choice("jenis_kelamin", l(tx::EF_GENDER), options::<Gender>(lang)).required(),
        FieldSpec::text("nik", l(tx::EF_NIK), 20)
            .filter(KeyFilter::DigitsAndSpaces)
            .validate(nik_valid)
            .help(l(tx::EH_NIK)),
        FieldSpec::date("tmt_golongan", l(tx::EF_TMT_GOLONGAN)).help(l(tx::EH_DATE)),
        FieldSpec::date("tmt_pengangkatan", l(tx::EF_TMT)).help(l(tx::EH_DATE)),
        FieldSpec::date("tmt_jabatan", l(tx::EF_TMT_POSITION)).help(l(tx::EH_DATE)),
        FieldSpec::text("email", l(tx::EF_EMAIL), 80)
            .filter(KeyFilter::NoSpaces)
            .validate(email_shape),
        FieldSpec::text("telepon", l(tx::EF_PHONE), 20)
            .filter(KeyFilter::Custom(phone_char, tx::PHONE_CHARS)),
    ]
}

/// Puts a stored record into the form (after a reload too).
pub fn fill(form: &mut Form, e: &EmployeeInput, unit_label: &str) {
    let o = |v: &Option<String>| v.clone().unwrap_or_default();
    let pairs: [(&str, String); 20] = [
        ("nip", e.nip.clone()),
        ("jenis_asn", e.jenis_asn.clone()),
        ("nama", e.nama.clone()),
        ("gelar_depan", e.gelar_depan.clone()),
        ("gelar_belakang", e.gelar_belakang.clone()),
        ("jenis_kelamin", e.jenis_kelamin.clone()),
        ("tempat_lahir", e.tempat_lahir.clone()),
        ("tanggal_lahir", e.tanggal_lahir.clone()),
        ("nik", o(&e.nik)),
        ("pendidikan_terakhir", o(&e.pendidikan_terakhir)),
        ("program_studi", e.program_studi.clone()),
        ("golongan", o(&e.golongan)),
        ("tmt_golongan", o(&e.tmt_golongan)),
        ("jenis_jabatan", e.jenis_jabatan.clone()),
        ("jenjang_jf", o(&e.jenjang_jf)),
        ("nama_jabatan", e.nama_jabatan.clone()),
        ("tmt_pengangkatan", o(&e.tmt_pengangkatan)),
        ("tmt_jabatan", o(&e.tmt_jabatan)),
        ("email", e.email.clone()),
        ("telepon", e.telepon.clone()),
    ];
    for (k, v) in pairs {
        form.set_value(k, &v);
    }
    form.set_picked(
        "unit_kerja_id",
        Some(LookupItem {
            id: e.unit_kerja_id,
            label: unit_label.to_string(),
            detail: String::new(),
        }),
    );
}

/// The typed NIP changed: fill birth date and sex from it, unless the user
/// typed those fields himself.
pub fn prefill_from_nip(screen: &mut FormScreen) {
    let (birth, gender) = crate::domain::nip::prefill(screen.form.value("nip"));
    let birth_free =
        screen.form.value("tanggal_lahir").is_empty() || screen.prefilled.contains("tanggal_lahir");
    if let Some(b) = birth
        && birth_free
    {
        screen.form.set_value("tanggal_lahir", &iso(b));
        screen.prefilled.insert("tanggal_lahir");
    }
    let gender_free =
        screen.form.value("jenis_kelamin").is_empty() || screen.prefilled.contains("jenis_kelamin");
    if let Some(g) = gender
        && gender_free
    {
        screen.form.set_value("jenis_kelamin", g.as_code());
        screen.prefilled.insert("jenis_kelamin");
    }
    prefill_tmt(screen);
}

/// A PNS/CPNS NIP's digits 9–14 are the TMT CPNS year and month: the TMT
/// pengangkatan is filled with the first of that month unless the user typed
/// it. For a PPPK (whose NI has no month) a filled-in TMT is taken back.
/// Called when the NIP or the kind of ASN changes.
pub fn prefill_tmt(screen: &mut FormScreen) {
    let kind = AsnKind::from_code(screen.form.value("jenis_asn"));
    let tmt_free = screen.form.value("tmt_pengangkatan").is_empty()
        || screen.prefilled.contains("tmt_pengangkatan");
    if !tmt_free {
        return;
    }
    let tmt = match kind {
        Some(k) if !k.is_pppk() => crate::domain::nip::tmt_month(screen.form.value("nip")),
        _ => None,
    };
    match tmt {
        Some(d) => {
            screen.form.set_value("tmt_pengangkatan", &iso(d));
            screen.prefilled.insert("tmt_pengangkatan");
        }
        None if screen.prefilled.contains("tmt_pengangkatan") => {
            screen.form.set_value("tmt_pengangkatan", "");
            screen.prefilled.remove("tmt_pengangkatan");
        }
        None => {}
    }
}

/// The typed values as a db input (None when the unit is not picked yet).
pub fn to_input(form: &Form) -> Option<EmployeeInput> {
    let opt = |k: &str| Some(form.value(k).to_string()).filter(|v| !v.is_empty());
    let s = |k: &str| form.value(k).to_string();
    Some(EmployeeInput {
        nip: s("nip"),
        nik: opt("nik"),
        nama: s("nama"),
        gelar_depan: s("gelar_depan"),
        gelar_belakang: s("gelar_belakang"),
        jenis_kelamin: s("jenis_kelamin"),
        tempat_lahir: s("tempat_lahir"),
        tanggal_lahir: s("tanggal_lahir"),
        jenis_asn: s("jenis_asn"),
        golongan: opt("golongan"),
        tmt_golongan: opt("tmt_golongan"),
        pendidikan_terakhir: opt("pendidikan_terakhir"),
        program_studi: s("program_studi"),
        jenis_jabatan: s("jenis_jabatan"),
        jenjang_jf: opt("jenjang_jf"),
        nama_jabatan: s("nama_jabatan"),
        unit_kerja_id: form.value("unit_kerja_id").parse().ok()?,
        tmt_pengangkatan: opt("tmt_pengangkatan"),
        tmt_jabatan: opt("tmt_jabatan"),
        email: s("email"),
        telepon: s("telepon"),
    })
}

/// Cross-field rules (layer 3): NIP per kind of ASN and its birth date and sex
/// digit against the typed ones, NIK day + 40 for women, golongan by kind,
/// jenjang by kind of position, dates after age 17.
pub fn cross_check(form: &Form, today: NaiveDate, lang: Lang) -> Vec<(&'static str, String)> {
    let Some(input) = to_input(form) else {
        return vec![("unit_kerja_id", tx::PICK_UNIT.get(lang).to_string())];
    };
    let record = input.rule_record();
    let mut out: Vec<(&'static str, String)> = Vec::new();
    for p in check_employee(&record, today) {
        let field = employee_column(&p);
        // One message per field: the first rule broken there.
        if !out.iter().any(|(f, _)| *f == field) {
            out.push((field, crate::i18n::errors::problem(lang, &p)));
        }
    }
    out
}

/// The employee kind, registered in `kind::kinds`. Its hooks: a typed NIP
/// fills the birth date, the sex and (for a PNS/CPNS) the TMT pengangkatan;
/// a new employee opens with the cursor in the NIP.
pub struct EmployeeForm;
pub static KIND: EmployeeForm = EmployeeForm;
static DB: DbOps = DbOps::record::<EmployeeInput>();

impl RecordForm for EmployeeForm {
    fn name(&self) -> &'static str {
        "pegawai"
    }
    fn specs(&self, lang: Lang) -> Vec<FieldSpec> {
        specs(lang)
    }
    fn titles(&self) -> (crate::i18n::T, crate::i18n::T) {
        (tx::FORM_NEW_EMPLOYEE, tx::FORM_EDIT_EMPLOYEE)
    }
    fn fill(&self, form: &mut Form, values: &Values, picks: &Picks) {
        if let Some(e) = values.get::<EmployeeInput>() {
            fill(form, e, &picked(picks, "unit_kerja_id"));
        }
    }
    fn read(&self, form: &Form, _target: &FormTarget) -> Option<Values> {
        to_input(form).map(Values::new)
    }
    fn cross_check(
        &self,
        form: &Form,
        _target: &FormTarget,
        ctx: &CheckContext<'_>,
    ) -> Vec<(&'static str, String)> {
        cross_check(form, ctx.today, ctx.lang)
    }
    fn keep_on_new(&self) -> &'static [&'static str] {
        &KEEP_ON_NEW
    }
    fn on_change(&self, screen: &mut FormScreen, key: &'static str) {
        match key {
            "nip" => prefill_from_nip(screen),
            "jenis_asn" => prefill_tmt(screen),
            _ => {}
        }
    }
    /// A new employee: first ask whether the name and birth date are
    /// already stored (a second entry of one person).
    fn confirm_read(&self, screen: &FormScreen) -> Option<crate::tui::app::Request> {
        screen
            .target
            .is_new()
            .then(|| crate::tui::app::Request::Namesakes {
                name: screen.form.value("nama").to_string(),
                birth_date: screen.form.value("tanggal_lahir").to_string(),
            })
    }
    fn confirm_question(
        &self,
        screen: &FormScreen,
        answer: &crate::tui::app::Loaded,
        lang: Lang,
    ) -> Option<String> {
        let crate::tui::app::Loaded::Namesakes(others) = answer else {
            return None;
        };
        if others.is_empty() {
            return None;
        }
        let list: Vec<String> = others
            .iter()
            .map(|o| format!("{} (NIP {}, {})", o.name, o.nip, o.unit))
            .collect();
        let birth = screen.form.display("tanggal_lahir");
        Some(tx::ask_save_namesake(lang, birth, &list))
    }
    fn db(&self) -> &'static DbOps {
        &DB
    }
    fn home(&self) -> Home {
        Home::Employees
    }
    fn picked_id(&self, values: &Values, key: &str) -> Option<i64> {
        values
            .get::<EmployeeInput>()
            .filter(|_| key == "unit_kerja_id")
            .map(|e| e.unit_kerja_id)
    }
}
