//! The main loop: draw only when the model changed, block on the next event
//! (no timer while idle), hand keys to `update`, carry out its effects.

use crate::db;
use crate::i18n::io::WriteCause;
use crate::tui::app::{App, DeleteInfo, Effect, ExportJob, Exported, Loaded, Msg, Request, update};
use crate::tui::keymap;
use crate::tui::term::TerminalGuard;
use crate::tui::view;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use rusqlite::Connection;
use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};

/// Runs until the user quits.
pub fn run(
    guard: &mut TerminalGuard,
    conn: &Connection,
    app: &mut App,
    initial: Vec<Effect>,
) -> io::Result<()> {
    let mut pending: VecDeque<Effect> = initial.into();
    let folders = ExportFolders::from_env();
    let mut data_version = db::data_version(conn).unwrap_or(0);
    // crossterm starts listening for SIGWINCH on its first poll; do it before the
    // first frame so a resize right after start is not lost.
    let _ = event::poll(std::time::Duration::ZERO);
    loop {
        while let Some(effect) = pending.pop_front() {
            let msg = match effect {
                Effect::Suspend => {
                    guard.suspend()?;
                    app.dirty = true;
                    continue;
                }
                other => execute(conn, other, &folders),
            };
            pending.extend(update(app, msg));
        }
        if app.quit {
            return Ok(());
        }
        if app.dirty {
            guard.terminal.draw(|f| view::render(f, app))?;
            app.dirty = false;
        }
        let msgs = match event::read()? {
            // A form reads its own keys (its key table is in `widgets::form`).
            // F1 opens the form's help; otherwise the form reads its own keys.
            // (A question over the form, e.g. about a namesake, takes y/n first.)
            Event::Key(k)
                if k.kind != KeyEventKind::Release
                    && app.form.is_some()
                    && !app.help
                    && app.question.is_none() =>
            {
                if k.code == ratatui::crossterm::event::KeyCode::F(1) {
                    vec![Msg::Key(keymap::Action::Help)]
                } else {
                    vec![Msg::FormKey(k)]
                }
            }
            Event::Paste(text) if app.form.is_some() && !app.help && app.question.is_none() => {
                vec![Msg::FormPaste(text)]
            }
            Event::Key(k) if k.kind != KeyEventKind::Release => keymap::resolve(app.screen(), &k)
                .map(Msg::Key)
                .into_iter()
                .collect(),
            Event::Resize(w, h) => vec![Msg::Resize(w, h)],
            Event::Paste(text) if app.filtering => text
                .chars()
                .filter(|c| !c.is_control())
                .map(|c| Msg::Key(keymap::Action::FilterChar(c)))
                .collect(),
            _ => vec![],
        };
        if msgs.is_empty() {
            continue;
        }
        for msg in msgs {
            pending.extend(update(app, msg));
        }
        // Another session wrote since we last looked: refresh what is shown.
        let now = db::data_version(conn).unwrap_or(data_version);
        if now != data_version {
            data_version = now;
            pending.extend(update(app, Msg::DataChanged));
        }
    }
}

/// Where `x` may write, in order: the current folder, then the home folder,
/// then the system's temporary folder.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportFolders {
    pub folders: Vec<PathBuf>,
    /// Shown as `~` in messages.
    pub home: Option<PathBuf>,
}

impl ExportFolders {
    /// From `$HOME` and the temporary folder (`$TMPDIR`, else `/tmp`); a folder
    /// that is the current one is not tried twice.
    pub fn from_env() -> ExportFolders {
        let home = std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(PathBuf::from);
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        let mut folders = vec![PathBuf::from(".")];
        for dir in home.iter().cloned().chain([std::env::temp_dir()]) {
            if !folders.iter().any(|f| same(f, &dir)) && !folders.contains(&dir) {
                folders.push(dir);
            }
        }
        ExportFolders { folders, home }
    }

    /// `path` as a person reads it: under the home folder as `~/…`.
    pub fn show(&self, path: &Path) -> String {
        if let Some(rest) = self.home.as_ref().and_then(|h| path.strip_prefix(h).ok()) {
            if rest.as_os_str().is_empty() {
                return "~".into();
            }
            return format!("~/{}", rest.display());
        }
        path.display().to_string()
    }
}

/// Writes the list into the first folder that takes it and says where it went.
pub fn export(job: &ExportJob, folders: &ExportFolders) -> Exported {
    let mut first: Option<WriteCause> = None;
    for dir in &folders.folders {
        let path = export_path(dir, &job.stem);
        match write_csv(&path, job) {
            Ok(()) => {
                return Exported::Written {
                    rows: job.rows.len(),
                    path: folders.show(&path),
                    moved: first,
                };
            }
            Err(e) => {
                first.get_or_insert(WriteCause::of(&e));
            }
        }
    }
    Exported::Failed {
        folders: folders.folders.iter().map(|f| folders.show(f)).collect(),
        cause: first.unwrap_or(WriteCause::Other(None)),
    }
}

/// Carries out one effect (a read or a file write) and returns its result as a message.
pub fn execute(conn: &Connection, effect: Effect, folders: &ExportFolders) -> Msg {
    match effect {
        Effect::Load(req) => match load(conn, req) {
            Ok(data) => Msg::Loaded(data),
            Err(e) => Msg::LoadFailed(e.to_string()),
        },
        Effect::Export(job) => Msg::Exported(export(&job, folders)),
        Effect::Save(save) => {
            let result = crate::tui::writes::write(conn, &save);
            Msg::Saved(save, result)
        }
        Effect::Suspend => Msg::Key(keymap::Action::Suspend),
    }
}

/// Performs a read for the UI.
pub fn load(conn: &Connection, req: Request) -> rusqlite::Result<Loaded> {
    Ok(match req {
        Request::Employees {
            year,
            include_inactive,
        } => Loaded::Employees(db::employees::list(conn, year, include_inactive)?),
        Request::EmployeeDetail(id) => {
            Loaded::EmployeeDetail(id, db::employees::detail(conn, id)?.map(Box::new))
        }
        Request::Trainings => Loaded::Trainings(db::trainings::list(conn)?),
        Request::Participants(id) => {
            Loaded::Participants(id, db::trainings::participants(conn, id)?)
        }
        Request::Partners => Loaded::Partners(db::partners::list_partners(conn)?),
        Request::Agreements => Loaded::Agreements(db::partners::list_agreements(conn)?),
        Request::Internships => Loaded::Internships(db::partners::list_internships(conn)?),
        Request::EvaluationPeriods => Loaded::EvaluationPeriods(db::evaluations::periods(conn)?),
        Request::Evaluations(p) => Loaded::Evaluations(p, db::evaluations::list(conn, p)?),
        Request::Namesakes { name, birth_date } => Loaded::Namesakes(
            db::employees::namesakes(conn, &name, &birth_date)?
                .into_iter()
                .map(|(nip, name, unit)| crate::tui::app::Namesake { nip, name, unit })
                .collect(),
        ),
        Request::EmployeeState { id, for_status } => Loaded::EmployeeState {
            id,
            for_status,
            info: employee_state(conn, id)?,
        },
        Request::Units => Loaded::Units(db::reference_read::list_units(conn)?),
        Request::Competencies => Loaded::Competencies(db::reference_read::list_competencies(conn)?),
        Request::Standards => Loaded::Standards(db::reference_read::list_standards(conn)?),
        Request::RecordForEdit(target) => {
            let stored = crate::tui::writes::load_for_edit(conn, &target)?;
            Loaded::RecordForEdit(target, stored)
        }
        Request::Lookup {
            field,
            source,
            query,
        } => Loaded::Lookup {
            field,
            items: crate::tui::writes::lookup(conn, source, &query)?,
        },
        Request::Retirements { today, months } => {
            Loaded::Retirements(db::retirement::due(conn, today, months)?)
        }
        Request::PensionForm { id, date } => Loaded::PensionForm {
            id,
            date,
            info: employee_state(conn, id)?,
        },
        Request::Compliance { year, target } => {
            Loaded::Compliance(db::monitoring::jp_compliance(conn, year, target)?)
        }
    })
}

/// What `d` and `s` need to know about employee `id` (None: it is gone).
fn employee_state(conn: &Connection, id: i64) -> rusqlite::Result<Option<Box<DeleteInfo>>> {
    let Some((input, version, _)) = db::employees_write::load(conn, id)? else {
        return Ok(None);
    };
    let Some(state) = db::employees_write::status_state(conn, id)? else {
        return Ok(None);
    };
    Ok(Some(Box::new(DeleteInfo {
        version,
        name: input.nama,
        nip: input.nip,
        birth_date: input.tanggal_lahir,
        has_history: db::employees_write::has_history(conn, id)?,
        status: state.now,
        appointed: state.appointed,
        timeline: state.timeline,
    })))
}

/// `pegawai-20261128-091500.csv` in `dir`, never overwriting an existing file.
fn export_path(dir: &Path, stem: &str) -> PathBuf {
    // A stem may carry a code typed by people: keep it a plain file name.
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .collect();
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let mut path = dir.join(format!("{stem}-{stamp}.csv"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{stamp}-{n}.csv"));
        n += 1;
    }
    path
}

/// Writes to a temporary file beside `path`, then renames: no half-written CSV.
/// The file starts with the UTF-8 BOM, like `peka export`'s (design.md §1.1),
/// so Excel reads it as UTF-8.
fn write_csv(path: &Path, job: &ExportJob) -> io::Result<()> {
    use std::io::Write;
    let tmp = path.with_extension("csv.tmp");
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(db::export::CSV_BOM)?;
        let mut w = csv::Writer::from_writer(file);
        w.write_record(&job.header)?;
        for row in &job.rows {
            w.write_record(row)?;
        }
        w.flush()?;
        Ok::<(), csv::Error>(())
    })()
    .map_err(|e| match e.into_kind() {
        // Keep the OS error so the message can say why (disk full, no permission…).
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    })
    .and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
