//! The part of `update` that drives forms and questions: keys into the open
//! form, save requests out, save results and reloads back in.

use super::*;
use crate::tui::forms::{self, CheckContext, ReloadKind};
use crate::tui::widgets::form::FormOutcome;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

pub(super) fn on_form_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    app.status = None;
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    if fs.saving {
        return vec![];
    }
    // After a refused save (another session changed the record): Ctrl-R loads
    // the newer values; what was typed is replaced, on purpose and on request.
    let ctrl_r = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('r');
    if ctrl_r
        && fs.conflict
        && let Some(kind) = fs.target.reload()
    {
        return vec![Effect::Load(reload_request(kind))];
    }
    let outcome = fs.form.handle(key);
    on_form_outcome(app, outcome)
}

fn reload_request(kind: ReloadKind) -> Request {
    match kind {
        ReloadKind::Employee(id) => Request::EmployeeForEdit(id),
        ReloadKind::Unit(id) => Request::RecordForEdit(RecordKind::Unit, id),
        ReloadKind::Competency(id) => Request::RecordForEdit(RecordKind::Competency, id),
        ReloadKind::Standard(id) => Request::RecordForEdit(RecordKind::Standard, id),
    }
}

pub(super) fn on_form_outcome(app: &mut App, outcome: FormOutcome) -> Vec<Effect> {
    let lang = app.lang;
    let today = app.today;
    let units = app.employees.reference.units.all();
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    match outcome {
        FormOutcome::None => {}
        FormOutcome::Changed { key: "nip" } if fs.target.is_employee() => {
            employee_form::prefill_from_nip(fs)
        }
        FormOutcome::Changed { key: "jenis_asn" } if fs.target.is_employee() => {
            employee_form::prefill_tmt(fs)
        }
        FormOutcome::Changed {
            key: "tmt_pengangkatan",
        } => fs.prefilled_tmt = false,
        FormOutcome::Changed {
            key: "tanggal_lahir",
        } => fs.prefilled_birth = false,
        FormOutcome::Changed {
            key: "jenis_kelamin",
        } => fs.prefilled_gender = false,
        FormOutcome::Changed { .. } => {}
        FormOutcome::Lookup { field, key, query } => {
            return vec![Effect::Load(Request::Lookup { field, key, query })];
        }
        FormOutcome::Save | FormOutcome::SaveAndNew => {
            let then_new = outcome == FormOutcome::SaveAndNew;
            let ctx = CheckContext { today, lang, units };
            match forms::prepare(fs, &ctx) {
                Err(errors) => {
                    fs.form.set_errors(errors);
                }
                Ok(input) => {
                    let save = Save::Record {
                        target: fs.target.clone(),
                        input,
                        then_new,
                    };
                    // A new employee: first ask whether the name and birth
                    // date are already stored (a second entry of one person).
                    if fs.target == FormTarget::NewEmployee && !fs.namesake_ok {
                        let name = fs.form.value("nama").to_string();
                        let birth_date = fs.form.value("tanggal_lahir").to_string();
                        fs.pending = Some(Box::new(save));
                        return vec![Effect::Load(Request::Namesakes { name, birth_date })];
                    }
                    fs.saving = true;
                    return vec![Effect::Save(save)];
                }
            }
        }
        FormOutcome::Cancel => app.form = None,
        FormOutcome::Quit => app.quit = true,
    }
    vec![]
}

pub(super) fn on_saved(app: &mut App, result: Result<Saved, WriteError>) -> Vec<Effect> {
    let lang = app.lang;
    let Some(fs) = app.form.as_mut() else {
        return on_deleted(app, result);
    };
    fs.saving = false;
    match result {
        Ok(saved) => {
            fs.saved_count += 1;
            fs.conflict = false;
            let target = fs.target.clone();
            let name = saved_name(&fs.form, &target);
            app.status = Some(Status::Info(crate::i18n::tui::saved(
                lang,
                &name,
                fs.saved_count,
            )));
            fs.namesake_ok = false;
            if saved.then_new {
                fs.form.reset_for_new(target.keep_on_new());
                fs.prefilled_birth = false;
                fs.prefilled_gender = false;
                fs.prefilled_tmt = false;
            } else {
                app.form = None;
            }
            reload_after_save(app, &target, saved.id)
        }
        Err(e) => {
            let msg = crate::i18n::write::write_error(lang, &e);
            match (&e, forms::db_error_field(&fs.target, &e)) {
                (
                    WriteError::Conflict {
                        changed_by,
                        changed_at,
                    },
                    _,
                ) => {
                    fs.conflict = fs.target.reload().is_some();
                    // One status line: who, when, and what to do, within 80 columns.
                    let text = crate::i18n::tui::conflict(
                        lang,
                        changed_by.as_deref(),
                        changed_at.as_deref(),
                        fs.conflict,
                    );
                    app.status = Some(Status::Error(text));
                }
                (_, Some(field)) => {
                    fs.form.set_errors([(field, msg)]);
                }
                _ => app.status = Some(Status::Error(msg)),
            }
            vec![]
        }
    }
}

/// What the "saved" message names.
fn saved_name(form: &crate::tui::widgets::form::Form, target: &FormTarget) -> String {
    let key = match target {
        FormTarget::NewEmployee | FormTarget::EditEmployee { .. } => "nama",
        FormTarget::ChangeStatus { .. } => "status",
        FormTarget::NewAssessment { .. } => "kompetensi_id",
        FormTarget::NewUnit | FormTarget::EditUnit { .. } => "nama",
        FormTarget::NewCompetency | FormTarget::EditCompetency { .. } => "nama",
        FormTarget::NewStandard | FormTarget::EditStandard { .. } => "kompetensi_id",
    };
    form.display(key).to_string()
}

/// Reads what a save changed on screen, with the cursor on the saved row.
fn reload_after_save(app: &mut App, target: &FormTarget, id: i64) -> Vec<Effect> {
    use crate::tui::tabs::reference::Sub;
    app.monitoring.mark_stale();
    let mut effects = vec![];
    match target {
        FormTarget::NewEmployee
        | FormTarget::EditEmployee { .. }
        | FormTarget::ChangeStatus { .. }
        | FormTarget::NewAssessment { .. } => {
            app.employees.select_after_load = Some(id);
            app.employees.list.loaded = false;
            // A pension recorded (or a position changed) moves the list of
            // those retiring soon too.
            app.employees.retiring.list.loaded = false;
            effects.extend(app.loads_for(Tab::Employees));
            if app.employees.detail.as_ref().is_some_and(|d| d.id == id) {
                effects.push(Effect::Load(Request::EmployeeDetail(id)));
            }
            // Positions, units and standards feed the competency gaps.
            return effects;
        }
        FormTarget::NewUnit | FormTarget::EditUnit { .. } => {
            app.employees.reference.select_after_load = Some((Sub::Units, id));
            effects.push(Effect::Load(Request::Units));
        }
        FormTarget::NewCompetency | FormTarget::EditCompetency { .. } => {
            app.employees.reference.select_after_load = Some((Sub::Competencies, id));
            effects.push(Effect::Load(Request::Competencies));
        }
        FormTarget::NewStandard | FormTarget::EditStandard { .. } => {
            app.employees.reference.select_after_load = Some((Sub::Standards, id));
            effects.push(Effect::Load(Request::Standards));
        }
    }
    effects
}

pub(super) fn on_employee_for_edit(
    app: &mut App,
    id: i64,
    data: Option<Box<(EmployeeInput, i64, String)>>,
) {
    let lang = app.lang;
    let Some(data) = data else {
        app.status = Some(Status::Error(
            crate::i18n::tui::DETAIL_NOT_FOUND.get(lang).to_string(),
        ));
        return;
    };
    let (input, version, unit) = *data;
    // A reload after a conflict refreshes the open form in place.
    if let Some(fs) = app.form.as_mut()
        && matches!(fs.target, FormTarget::EditEmployee { id: open, .. } if open == id)
    {
        employee_form::fill(&mut fs.form, &input, &unit);
        refreshed(app, FormTarget::EditEmployee { id, version });
        return;
    }
    app.form = Some(employee_form::edit_form(lang, id, version, &input, &unit));
}

/// The open form now shows the stored record of version `target`.
fn refreshed(app: &mut App, target: FormTarget) {
    if let Some(fs) = app.form.as_mut() {
        fs.form.mark_clean();
        fs.form.clear_errors();
        fs.target = target;
        fs.conflict = false;
    }
    app.status = Some(Status::Info(
        crate::i18n::tui::RELOADED.get(app.lang).to_string(),
    ));
}

pub(super) fn on_record_for_edit(app: &mut App, id: i64, data: Option<Box<StoredRecord>>) {
    let lang = app.lang;
    let Some(data) = data else {
        app.status = Some(Status::Error(
            crate::i18n::tui::RECORD_NOT_FOUND.get(lang).to_string(),
        ));
        return;
    };
    let open = app.form.as_ref().map(|f| f.target.clone());
    let (target, reload_form) = match (*data, open) {
        (StoredRecord::Unit(u, version, parent), Some(FormTarget::EditUnit { id: o, .. }))
            if o == id =>
        {
            let fs = app.form.as_mut().expect("open");
            forms::unit::fill(&mut fs.form, &u, &parent);
            (FormTarget::EditUnit { id, version }, None)
        }
        (StoredRecord::Unit(u, version, parent), _) => (
            FormTarget::EditUnit { id, version },
            Some(forms::unit::edit_form(lang, &u, &parent)),
        ),
        (StoredRecord::Competency(c, version), Some(FormTarget::EditCompetency { id: o, .. }))
            if o == id =>
        {
            let fs = app.form.as_mut().expect("open");
            forms::competency::fill(&mut fs.form, &c);
            (FormTarget::EditCompetency { id, version }, None)
        }
        (StoredRecord::Competency(c, version), _) => (
            FormTarget::EditCompetency { id, version },
            Some(forms::competency::edit_form(lang, &c)),
        ),
        (
            StoredRecord::Standard(s, version, label),
            Some(FormTarget::EditStandard { id: o, .. }),
        ) if o == id => {
            let fs = app.form.as_mut().expect("open");
            forms::standard::fill(&mut fs.form, &s, &label);
            (FormTarget::EditStandard { id, version }, None)
        }
        (StoredRecord::Standard(s, version, label), _) => (
            FormTarget::EditStandard { id, version },
            Some(forms::standard::edit_form(lang, &s, &label)),
        ),
    };
    match reload_form {
        Some(form) => app.form = Some(FormScreen::new(form, target)),
        None => refreshed(app, target),
    }
}

/// `d` or `s` on an employee: the database said what is possible.
pub(super) fn on_delete_info(
    app: &mut App,
    id: i64,
    for_status: bool,
    info: Option<Box<DeleteInfo>>,
) {
    let lang = app.lang;
    let Some(info) = info else {
        app.status = Some(Status::Error(
            crate::i18n::tui::DETAIL_NOT_FOUND.get(lang).to_string(),
        ));
        return;
    };
    use crate::tui::forms::status::{DeleteChoice, delete_or_archive};
    if !for_status && delete_or_archive(info.has_history) == DeleteChoice::HardDeleteAsk {
        app.question = Some(Question::DeleteEmployee {
            id,
            version: info.version,
            name: info.name,
            nip: info.nip,
        });
        return;
    }
    // An employee with a history is never deleted: the status form lets them
    // leave the service (pensiun, mutasi keluar, berhenti, meninggal).
    let Some(birth_date) = crate::domain::dates::parse_iso(&info.birth_date) else {
        return;
    };
    let scheduled = info.timeline.scheduled(app.today);
    let form = crate::tui::forms::status::form_for(lang, &info.name, info.status, scheduled);
    let subject = crate::tui::forms::status::StatusSubject {
        birth_date,
        appointed: info
            .appointed
            .as_deref()
            .and_then(crate::domain::dates::parse_iso),
        timeline: info.timeline,
    };
    let target = FormTarget::ChangeStatus {
        id,
        version: info.version,
        current: info.status,
        subject,
    };
    app.form = Some(FormScreen::new(form, target));
    if !for_status {
        app.status = Some(Status::Info(
            crate::i18n::tui::HAS_HISTORY_ARCHIVE.get(lang).to_string(),
        ));
    }
}

/// `s` on the list of those retiring soon: the status form of employee `id`,
/// filled with PENSIUN from `date` — unless a change that leaves the service
/// is already recorded ahead, which the status line then names (the form
/// still opens, empty, for a correction).
pub(super) fn on_pension_info(
    app: &mut App,
    id: i64,
    date: NaiveDate,
    info: Option<Box<DeleteInfo>>,
) {
    let recorded = info
        .as_ref()
        .and_then(|i| i.timeline.scheduled(app.today))
        .filter(|(s, _)| !s.is_in_service());
    on_delete_info(app, id, true, info);
    let Some(fs) = app
        .form
        .as_mut()
        .filter(|fs| matches!(fs.target, FormTarget::ChangeStatus { id: open, .. } if open == id))
    else {
        return;
    };
    match recorded {
        Some((status, on)) => {
            let text = crate::i18n::retirement::already_scheduled(app.lang, status, on);
            app.status = Some(Status::Info(text));
        }
        None => crate::tui::forms::status::prefill_pension(&mut fs.form, date),
    }
}

/// A delete finished (no form was open).
fn on_deleted(app: &mut App, result: Result<Saved, WriteError>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(saved) => {
            let text = match app.last_delete {
                None => crate::i18n::tui::DELETED_EMPLOYEE,
                Some(RecordKind::Unit) => crate::i18n::tui::DELETED_UNIT,
                Some(RecordKind::Competency) => crate::i18n::tui::DELETED_COMPETENCY,
                Some(RecordKind::Standard) => crate::i18n::tui::DELETED_STANDARD,
            };
            app.status = Some(Status::Info(text.get(lang).to_string()));
            if app
                .employees
                .detail
                .as_ref()
                .is_some_and(|d| d.id == saved.id)
            {
                app.employees.detail = None;
            }
            app.employees.list.loaded = false;
            app.employees.retiring.list.loaded = false;
            app.employees.reference.mark_stale();
            app.monitoring.mark_stale();
            app.loads_for(Tab::Employees)
        }
        Err(e) => {
            app.status = Some(Status::Error(crate::i18n::write::write_error(lang, &e)));
            vec![]
        }
    }
}

/// The record the keys act on in tab 1: the open detail or the selected row.
fn selected_employee(app: &App) -> Option<(i64, String)> {
    match (&app.employees.detail, app.employees.list.selected()) {
        (Some(d), _) => {
            let name = d.data.as_ref().map(|x| x.name.clone()).unwrap_or_default();
            Some((d.id, name))
        }
        (None, Some(r)) => Some((r.id, r.name.clone())),
        _ => None,
    }
}

/// `n` / `e` / `d` / `s` / `p` on tab 1: open the right form or question.
pub(super) fn on_record_action(app: &mut App, action: Action) -> Vec<Effect> {
    use crate::tui::tabs::reference::Sub;
    let lang = app.lang;
    if app.tab != Tab::Employees {
        return vec![];
    }
    if app.read_only {
        let text = crate::i18n::tui::READ_ONLY_REFUSED.get(lang).to_string();
        app.status = Some(Status::Error(text));
        return vec![];
    }
    let screen = app.list_screen();
    if screen == Screen::Reference {
        let r = &app.employees.reference;
        let kind = match r.sub {
            Sub::Units => RecordKind::Unit,
            Sub::Competencies => RecordKind::Competency,
            Sub::Standards => RecordKind::Standard,
        };
        match action {
            Action::New => {
                let (form, target) = match kind {
                    RecordKind::Unit => (forms::unit::new_form(lang), FormTarget::NewUnit),
                    RecordKind::Competency => {
                        (forms::competency::new_form(lang), FormTarget::NewCompetency)
                    }
                    RecordKind::Standard => {
                        (forms::standard::new_form(lang), FormTarget::NewStandard)
                    }
                };
                app.form = Some(FormScreen::new(form, target));
            }
            Action::Edit => {
                if let Some(id) = r.selected_id() {
                    return vec![Effect::Load(Request::RecordForEdit(kind, id))];
                }
            }
            Action::Delete => {
                let picked = match kind {
                    RecordKind::Unit => {
                        r.selected_unit().map(|u| (u.id, u.version, u.nama.clone()))
                    }
                    RecordKind::Competency => r
                        .selected_competency()
                        .map(|c| (c.id, c.version, format!("{} {}", c.kode, c.nama))),
                    RecordKind::Standard => r
                        .selected_standard()
                        .map(|s| (s.id, s.version, forms::standard::row_competency_label(s))),
                };
                if let Some((id, version, name)) = picked {
                    app.question = Some(Question::DeleteRecord {
                        what: kind,
                        id,
                        version,
                        name,
                    });
                }
            }
            _ => {}
        }
        return vec![];
    }
    if screen == Screen::Retiring {
        // `s` records the pension of the selected row ahead of its date.
        if action == Action::Status
            && let Some(r) = app.employees.retiring.list.selected()
            && let Some(date) = crate::domain::dates::parse_iso(&r.pension_date)
        {
            return vec![Effect::Load(Request::PensionForm { id: r.id, date })];
        }
        return vec![];
    }
    let selected = selected_employee(app);
    match action {
        Action::New => app.form = Some(employee_form::new_form(lang)),
        Action::Edit => {
            if let Some((id, _)) = selected {
                return vec![Effect::Load(Request::EmployeeForEdit(id))];
            }
        }
        Action::Delete | Action::Status => {
            if let Some((id, _)) = selected {
                let for_status = action == Action::Status;
                return vec![Effect::Load(Request::EmployeeState { id, for_status })];
            }
        }
        Action::Assess => {
            if let Some((id, name)) = selected.filter(|_| screen == Screen::EmployeeDetail) {
                let form = forms::assessment::new_form(lang, &name, app.today);
                app.form = Some(FormScreen::new(
                    form,
                    FormTarget::NewAssessment { pegawai_id: id },
                ));
            }
        }
        _ => {}
    }
    vec![]
}

/// The namesake check of a new employee came back: save at once when nobody
/// shares the name and birth date, else ask first.
pub(super) fn on_namesakes(app: &mut App, others: Vec<crate::tui::app::Namesake>) -> Vec<Effect> {
    if app.form.as_ref().is_none_or(|fs| fs.pending.is_none()) {
        return vec![];
    }
    if others.is_empty() {
        return save_pending(app);
    }
    app.question = Some(crate::tui::app::Question::SaveNamesake { others });
    vec![]
}

/// `y` to the namesake question (or no namesake): the pending save goes.
pub(super) fn save_pending(app: &mut App) -> Vec<Effect> {
    let Some(fs) = app.form.as_mut() else {
        return vec![];
    };
    let Some(save) = fs.pending.take() else {
        return vec![];
    };
    fs.namesake_ok = true;
    fs.saving = true;
    vec![Effect::Save(*save)]
}

/// `n` to the namesake question: nothing is saved, the form stays as typed.
pub(super) fn drop_pending(app: &mut App) {
    if let Some(fs) = app.form.as_mut() {
        fs.pending = None;
    }
    app.status = Some(Status::Info(
        crate::i18n::tui::NAMESAKE_NOT_SAVED
            .get(app.lang)
            .to_string(),
    ));
}
