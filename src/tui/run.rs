//! The main loop: draw only when the model changed, block on the next event
//! (no timer while idle), hand keys to `update`, carry out its effects.

use crate::db;
use crate::i18n::io::WriteCause;
use crate::tui::app::{
    App, DeleteInfo, Effect, ExportFormat, ExportJob, Exported, Loaded, Msg, Request, update,
};
use crate::tui::keymap;
use crate::tui::term::TerminalGuard;
use crate::tui::view;
use ratatui::crossterm::event::{self, Event, KeyEventKind};
use rusqlite::Connection;
use std::collections::VecDeque;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

/// What the database worker is asked to do.
enum Job {
    /// A read or a write for `update`, with the number the main loop gave
    /// it (see [`Fresh`]).
    Effect(Effect, u64),
    /// `PRAGMA data_version`, to notice another session's writes.
    DataVersion,
}

/// What the database worker answers.
enum Reply {
    /// The answer to a read, with its number.
    Read(Msg, u64),
    /// The answer to a save.
    Saved(Msg),
    /// A message that does not end the job (a save waiting for a lock).
    Progress(Msg),
    /// A read left out because the same read follows (it answers instead).
    Skipped,
    /// The first part of a read's answer (the top of the employee list),
    /// drawn at once; the whole answer follows as a `Read`.
    Part(Msg),
    DataVersion(i64),
}

/// What wakes the main loop: a key or another terminal event, an answer of
/// a database worker, or a change of the database file by someone else.
enum Incoming {
    Input(io::Result<Event>),
    Reply(Reply),
    /// A read on the second connection answered (see [`Request::runs_aside`]).
    Aside(Msg, u64),
    FileChanged,
}

/// Rows of a long list sent ahead of the rest: a few screens.
const LIST_HEAD: usize = 200;

/// How long one attempt at the write lock waits before the worker reports
/// the wait and tries again (so the screen can say so and Esc can stop it).
const LOCK_ATTEMPT: Duration = Duration::from_millis(250);

/// The database thread: it owns the connection, runs jobs in order and
/// answers each. A save that meets another session's lock is retried and
/// reported every attempt until it lands or `cancel` is set.
fn worker(conn: Connection, jobs: Receiver<Job>, out: Sender<Incoming>, cancel: Arc<AtomicBool>) {
    let _ = conn.busy_timeout(LOCK_ATTEMPT);
    let folders = ExportFolders::from_env();
    let replies = Replies(out);
    let mut queue: VecDeque<Job> = VecDeque::new();
    while let Some(job) = next_job(&mut queue, &jobs) {
        let later = queue.iter().filter_map(|j| match j {
            Job::Effect(e, _) => Some(e),
            Job::DataVersion => None,
        });
        if let Job::Effect(effect, _) = &job
            && asked_again(effect, later)
        {
            if replies.send(Reply::Skipped).is_err() {
                return;
            }
            continue;
        }
        let reply = match job {
            Job::DataVersion => Reply::DataVersion(db::data_version(&conn).unwrap_or(0)),
            Job::Effect(Effect::Save(save), _) => {
                cancel.store(false, Ordering::SeqCst);
                let started = Instant::now();
                let result = loop {
                    match crate::tui::writes::write(&conn, &save) {
                        Err(crate::db::write::WriteError::Busy)
                            if !cancel.load(Ordering::SeqCst) =>
                        {
                            let seconds = started.elapsed().as_secs();
                            let waiting = Msg::SaveWaiting { seconds };
                            if replies.send(Reply::Progress(waiting)).is_err() {
                                return;
                            }
                        }
                        other => break other,
                    }
                };
                Reply::Saved(Msg::Saved(save, result))
            }
            Job::Effect(
                Effect::Load(
                    request @ (Request::Employees { .. }
                    | Request::Evaluations(_)
                    | Request::Trainings),
                ),
                seq,
            ) => {
                let msg = load_in_parts(&conn, request, &mut |part| {
                    let _ = replies.send(Reply::Part(part));
                });
                Reply::Read(msg, seq)
            }
            Job::Effect(effect, seq) => Reply::Read(execute(&conn, effect, &folders), seq),
        };
        if replies.send(reply).is_err() {
            return;
        }
    }
}

/// The next job of a worker, with everything sent meanwhile moved into
/// `queue` (so a job can see what follows it); `None` once the main loop is
/// gone and nothing is left.
fn next_job<T>(queue: &mut VecDeque<T>, jobs: &Receiver<T>) -> Option<T> {
    if queue.is_empty() {
        queue.push_back(jobs.recv().ok()?);
    }
    queue.extend(jobs.try_iter());
    queue.pop_front()
}

/// A read asked again further down the queue is answered once, by the later
/// one (a burst of saves, here or elsewhere, each asking for the same list).
fn asked_again<'a>(effect: &Effect, mut later: impl Iterator<Item = &'a Effect>) -> bool {
    matches!(effect, Effect::Load(_)) && later.any(|e| e == effect)
}

/// The worker's answers, into the main loop's one channel.
struct Replies(Sender<Incoming>);

impl Replies {
    /// False when the main loop is gone.
    fn send(&self, reply: Reply) -> Result<(), ()> {
        self.0.send(Incoming::Reply(reply)).map_err(|_| ())
    }
}

/// The second connection: reads that may take a while on a large file
/// (Monitoring's whole-city reports) run here, so the keys, the screen and
/// the other reads go on meanwhile. It only reads.
fn aside_worker(conn: Connection, jobs: Receiver<(Effect, u64)>, out: Sender<Incoming>) {
    let folders = ExportFolders::from_env();
    let mut queue: VecDeque<(Effect, u64)> = VecDeque::new();
    while let Some((effect, seq)) = next_job(&mut queue, &jobs) {
        if asked_again(&effect, queue.iter().map(|(e, _)| e)) {
            continue;
        }
        let msg = execute(&conn, effect, &folders);
        if out.send(Incoming::Aside(msg, seq)).is_err() {
            return;
        }
    }
}

/// Reads a long list (employees, a period's evaluations), handing its
/// first rows to `part` as soon as they are read (only when there are
/// more), then answering with all.
pub fn load_in_parts(conn: &Connection, request: Request, part: &mut dyn FnMut(Msg)) -> Msg {
    let head = |answer| Msg::Answer {
        request: request.clone(),
        answer: Ok(answer),
    };
    let answer = match request {
        Request::Employees {
            year,
            include_inactive,
        } => db::employees::list_in_parts(conn, year, include_inactive, LIST_HEAD, |rows| {
            part(head(Loaded::EmployeesHead(rows.to_vec())))
        })
        .map(Loaded::Employees),
        Request::Evaluations(p) => db::evaluations::list_in_parts(conn, p, LIST_HEAD, |rows| {
            part(head(Loaded::EvaluationsHead(p, rows.to_vec())))
        })
        .map(|rows| Loaded::Evaluations(p, rows)),
        Request::Trainings => db::trainings::list_in_parts(conn, LIST_HEAD, |rows| {
            part(head(Loaded::TrainingsHead(rows.to_vec())))
        })
        .map(Loaded::Trainings),
        _ => return execute(conn, Effect::Load(request), &ExportFolders::from_env()),
    };
    // The pages read on the way are in the system's file cache: the
    // connection's own cache is emptied rather than held while idle (a
    // hundred sessions on one server each kept 1 MB of the same pages).
    let _ = conn.execute_batch("PRAGMA shrink_memory;");
    Msg::Answer {
        request,
        answer: answer.map_err(|e| e.to_string()),
    }
}

/// Keys and resizes, read on a thread of their own so that the main loop
/// waits on one channel for everything (no timer, no polling while idle).
fn input_thread(out: Sender<Incoming>) {
    loop {
        let ev = event::read();
        let failed = ev.is_err();
        if out.send(Incoming::Input(ev)).is_err() || failed {
            return;
        }
    }
}

/// Runs until the user quits. The database work runs on its own thread
/// (gitui's "announce, then pull"): a key is always answered at once, even
/// while another session holds the file; nothing wakes up while idle.
pub fn run(
    guard: &mut TerminalGuard,
    conn: Connection,
    app: &mut App,
    initial: Vec<Effect>,
) -> io::Result<()> {
    one_heap();
    // SQLite's own memory, all connections of the process together: past
    // this it reuses the pages it holds (the two 1 MB caches) instead of
    // growing. Whole-city reports build temporary tables, each with a page
    // cache of its own: JP compliance at 100,000 employees peaked at
    // 10.6 MB of SQLite memory, 4.5 MB with the limit, in the same time.
    let _ = conn.execute_batch("PRAGMA soft_heap_limit = 3000000;");
    // Before the worker starts, so it inherits the blocked signals.
    crate::tui::term::install_exit_signals();
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let (in_tx, in_rx) = mpsc::channel::<Incoming>();
    let cancel = Arc::new(AtomicBool::new(false));
    let worker_cancel = Arc::clone(&cancel);
    let path = conn.path().filter(|p| !p.is_empty()).map(PathBuf::from);
    // The second connection, read-only; without one (a file that cannot be
    // opened twice) those reads run on the first.
    let aside = db::open_beside(&conn).map(|aside_conn| {
        // Whole-city reports read many pages once: a small cache will do.
        let _ = aside_conn.execute_batch("PRAGMA cache_size = -1024;");
        let (tx, rx) = mpsc::channel::<(Effect, u64)>();
        let out = in_tx.clone();
        std::thread::spawn(move || aside_worker(aside_conn, rx, out));
        tx
    });
    if let Some(p) = &path {
        crate::tui::watch::spawn(p, {
            let out = in_tx.clone();
            move || out.send(Incoming::FileChanged).is_ok()
        });
    }
    // The TUI's page cache: 1 MB (SQLite's default is 2 MB). Its reads are
    // an index walk or one pass; the operating system caches the file for
    // every session on the machine at once.
    let _ = conn.execute_batch("PRAGMA cache_size = -1024;");
    let worker_out = in_tx.clone();
    let handle = std::thread::spawn(move || worker(conn, job_rx, worker_out, worker_cancel));
    {
        let out = in_tx.clone();
        std::thread::spawn(move || input_thread(out));
    }
    drop(in_tx);
    let channels = Channels {
        jobs: &job_tx,
        aside: aside.as_ref(),
        incoming: &in_rx,
    };
    let result = main_loop(guard, app, initial, &channels, &cancel);
    drop(job_tx);
    drop(aside);
    // A write under way finishes (or gives up) before the program ends.
    cancel.store(true, Ordering::SeqCst);
    let _ = handle.join();
    result
}

/// glibc gives every thread that allocates a heap of its own (an "arena"):
/// with the input thread and two database threads that is memory held
/// apart, per session, on a server that runs a hundred of them. One heap
/// for all: the threads take turns at it rarely enough not to matter.
///
/// And a block of 256 KB or more (a long list's rows, its filter indices)
/// is always mapped on its own and given back whole when freed: glibc
/// otherwise raises that threshold after the first such block is freed,
/// and the next lists, read again after saves, pile up in the heap.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn one_heap() {
    // SAFETY: mallopt only changes an allocator setting; called before the
    // other threads start.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn one_heap() {}

/// After a long list was replaced: the heap pages its old rows held go back
/// to the system (a hundred sessions on one server each keep only what they
/// show).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_back() {
    // SAFETY: malloc_trim only returns free memory of the heap.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_back() {}

/// A read's answer into the model; when it replaced a long list, the
/// memory the old one held goes back (see [`give_back`]).
fn apply_answer(app: &mut App, msg: Msg) -> Vec<Effect> {
    let long = matches!(
        msg,
        Msg::Answer {
            answer: Ok(Loaded::Employees(_) | Loaded::Evaluations(..) | Loaded::Review(_)),
            ..
        }
    );
    let effects = update(app, msg);
    if long {
        give_back();
    }
    effects
}

/// Where the main loop sends work and hears back.
struct Channels<'a> {
    jobs: &'a Sender<Job>,
    aside: Option<&'a Sender<(Effect, u64)>>,
    incoming: &'a Receiver<Incoming>,
}

fn main_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    initial: Vec<Effect>,
    ch: &Channels,
    cancel: &AtomicBool,
) -> io::Result<()> {
    let mut pending: VecDeque<Effect> = initial.into();
    let folders = ExportFolders::from_env();
    // Reads and saves sent to the first connection and not yet answered.
    let (mut reads, mut saves) = (0usize, 0usize);
    // Terminal events that arrived while a read was under way: they act
    // once it has answered, in the order typed.
    let mut held: VecDeque<Event> = VecDeque::new();
    let mut fresh = Fresh::default();
    let mut data_version: Option<i64> = None;
    // A `PRAGMA data_version` asked for and not answered yet.
    let mut version_asked = true;
    // Ctrl-Z while a save is under way: the process stops once the save has
    // answered, so a stopped session never holds the write lock.
    let mut suspend_after_save = false;
    let gone = || io::Error::other("database worker stopped");
    ch.jobs.send(Job::DataVersion).map_err(|_| gone())?;
    reads += 1;
    loop {
        while let Some(effect) = pending.pop_front() {
            // Reads that go beside the keys, on the second connection.
            let beside = match &effect {
                Effect::Refresh(_) => true,
                Effect::Load(request) => request.runs_aside(),
                _ => false,
            };
            match effect {
                Effect::Suspend if saves > 0 => suspend_after_save = true,
                Effect::Suspend => {
                    guard.suspend()?;
                    app.dirty = true;
                }
                Effect::Repaint => {
                    guard.terminal.backend_mut().draw_afresh_next();
                    app.dirty = true;
                }
                Effect::CancelSave => cancel.store(true, Ordering::SeqCst),
                Effect::Export(job, format) => {
                    let msg = Msg::Exported(export(&job, format, &folders));
                    pending.extend(update(app, msg));
                }
                Effect::Save(save) => {
                    ch.jobs
                        .send(Job::Effect(Effect::Save(save), fresh.next()))
                        .map_err(|_| gone())?;
                    saves += 1;
                }
                Effect::Load(request) | Effect::Refresh(request)
                    if beside && ch.aside.is_some() =>
                {
                    if let Some(aside) = ch.aside {
                        aside
                            .send((Effect::Load(request), fresh.next()))
                            .map_err(|_| gone())?;
                    }
                }
                Effect::Refresh(request) => {
                    ch.jobs
                        .send(Job::Effect(Effect::Load(request), fresh.next()))
                        .map_err(|_| gone())?;
                    reads += 1;
                }
                other => {
                    ch.jobs
                        .send(Job::Effect(other, fresh.next()))
                        .map_err(|_| gone())?;
                    reads += 1;
                }
            }
        }
        if app.quit {
            return Ok(());
        }
        // Reads on the first connection are short and never wait for a
        // writer: the screen and the keys wait for them, so a key typed
        // ahead acts on what it was meant for (`e` right after a save edits
        // the saved row) and no half-loaded frame is sent. A save may wait
        // for another session's lock: then the screen stays live and keys
        // are answered. (While a save waits, the worker answers reads only
        // after it: then nothing waits on them.)
        let keys_wait = reads > 0 && saves == 0;
        // Except a key that only moves the cursor within the top of a long
        // list shown while the rest is read: it acts, and is drawn, now.
        let on_head = keys_wait && held.front().is_some_and(|ev| app.moves_within_head(ev));
        if (!keys_wait || on_head)
            && let Some(ev) = held.pop_front()
        {
            if take_event(app, ev, &mut pending) && saves == 0 && !version_asked {
                ch.jobs.send(Job::DataVersion).map_err(|_| gone())?;
                reads += 1;
                version_asked = true;
            }
            continue;
        }
        // Whatever has arrived is taken before anything is drawn.
        let incoming = match ch.incoming.try_recv() {
            Ok(incoming) => incoming,
            Err(mpsc::TryRecvError::Empty) => {
                if app.dirty && (!keys_wait || app.shows_head_only()) {
                    guard.terminal.draw(|f| view::render(f, app))?;
                    app.dirty = false;
                }
                // Idle: block until something comes (no timer).
                ch.incoming.recv().map_err(|_| gone())?
            }
            Err(mpsc::TryRecvError::Disconnected) => return Err(gone()),
        };
        match incoming {
            Incoming::Input(ev) => held.push_back(ev?),
            Incoming::Aside(msg, seq) => {
                if fresh.take(&msg, seq) {
                    pending.extend(apply_answer(app, msg));
                }
            }
            Incoming::FileChanged => {
                if !version_asked && saves == 0 {
                    ch.jobs.send(Job::DataVersion).map_err(|_| gone())?;
                    reads += 1;
                    version_asked = true;
                }
            }
            Incoming::Reply(Reply::Skipped) => reads -= 1,
            Incoming::Reply(Reply::Read(msg, seq)) => {
                reads -= 1;
                if fresh.take(&msg, seq) {
                    pending.extend(apply_answer(app, msg));
                }
            }
            Incoming::Reply(Reply::Part(msg)) => {
                pending.extend(update(app, msg));
                // The top of a long list is shown while the rest is read
                // (only into an empty list: otherwise the screen waits for
                // the whole answer, as for any read).
                if app.dirty && app.shows_head_only() {
                    guard.terminal.draw(|f| view::render(f, app))?;
                    app.dirty = false;
                }
            }
            Incoming::Reply(Reply::Saved(msg)) => {
                saves = saves.saturating_sub(1);
                pending.extend(update(app, msg));
                if saves == 0 && std::mem::take(&mut suspend_after_save) {
                    pending.push_back(Effect::Suspend);
                }
            }
            Incoming::Reply(Reply::Progress(msg)) => pending.extend(update(app, msg)),
            Incoming::Reply(Reply::DataVersion(v)) => {
                reads -= 1;
                version_asked = false;
                // Another session wrote since we last looked: refresh what is shown.
                if data_version.is_some_and(|old| old != v) {
                    pending.extend(update(app, Msg::DataChanged));
                }
                data_version = Some(v);
            }
        }
    }
}

/// The two connections answer in their own time: a read sent later sees
/// data at least as new as one sent before it, so an answer older than the
/// one already shown for the same read is dropped (another session's save
/// refreshed on the second connection must not undo, when it comes late,
/// the list reloaded after this session's own save).
#[derive(Default)]
struct Fresh {
    sent: u64,
    /// The number of the answer last taken, per read (the latest few).
    taken: VecDeque<(Request, u64)>,
}

impl Fresh {
    fn next(&mut self) -> u64 {
        self.sent += 1;
        self.sent
    }

    /// Whether `msg`, the answer to read number `seq`, is to be taken.
    fn take(&mut self, msg: &Msg, seq: u64) -> bool {
        let Msg::Answer { request, .. } = msg else {
            return true;
        };
        if let Some(i) = self.taken.iter().position(|(r, _)| r == request) {
            if self.taken[i].1 > seq {
                return false;
            }
            self.taken.remove(i);
        }
        if self.taken.len() == 64 {
            self.taken.pop_front();
        }
        self.taken.push_back((request.clone(), seq));
        true
    }
}

/// Hands one terminal event to `update`; true when it meant something
/// (then the caller looks whether another session wrote meanwhile).
fn take_event(app: &mut App, ev: Event, pending: &mut VecDeque<Effect>) -> bool {
    // An Esc and the next key read as one Alt chord that nothing takes
    // are the two keys the user typed, each on the screen it meets.
    let mut any = false;
    for ev in split_alt_chord(app, ev) {
        let msgs = event_msgs(app, ev);
        any |= !msgs.is_empty();
        for msg in msgs {
            pending.extend(update(app, msg));
        }
        if std::mem::take(&mut app.released) {
            give_back();
        }
    }
    any
}

/// An `Esc` followed quickly by a key (a fast typist, or a slow SSH link
/// that delivers both in one read) reaches us as that key with Alt. Where no
/// binding takes the Alt chord — nowhere but `Alt-Enter` in a form — it is
/// the two keys that were typed: `Esc`, then the key.
pub fn split_alt_chord(app: &App, event: Event) -> Vec<Event> {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let Event::Key(k) = event else {
        return vec![event];
    };
    let alt = k.modifiers.contains(KeyModifiers::ALT)
        && !k.modifiers.contains(KeyModifiers::CONTROL)
        && k.kind != KeyEventKind::Release;
    if !alt {
        return vec![event];
    }
    let in_form = app.form.is_some() && !app.help && app.question.is_none();
    let taken = if in_form {
        // The form's only Alt chord: a line break in a multi-line field.
        k.code == KeyCode::Enter
    } else {
        keymap::resolve(app.screen(), &k).is_some()
    };
    if taken {
        return vec![event];
    }
    let plain = KeyEvent {
        modifiers: k.modifiers - KeyModifiers::ALT,
        ..k
    };
    vec![
        Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
        Event::Key(plain),
    ]
}

/// `Ctrl-Z` (without Alt): suspend, whatever has the keyboard.
fn is_suspend(k: &ratatui::crossterm::event::KeyEvent) -> bool {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    k.kind != KeyEventKind::Release
        && k.modifiers.contains(KeyModifiers::CONTROL)
        && !k.modifiers.contains(KeyModifiers::ALT)
        && matches!(k.code, KeyCode::Char('z' | 'Z'))
}

fn is_redraw(k: &ratatui::crossterm::event::KeyEvent) -> bool {
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};
    k.kind != KeyEventKind::Release
        && k.modifiers.contains(KeyModifiers::CONTROL)
        && !k.modifiers.contains(KeyModifiers::ALT)
        && matches!(k.code, KeyCode::Char('l' | 'L'))
}

/// What a terminal event means for `update`.
pub fn event_msgs(app: &App, event: Event) -> Vec<Msg> {
    match event {
        // In raw mode the terminal sends Ctrl-Z as a key: it suspends from a
        // form, a question or the help too (README: "Ctrl-Z suspends"), and
        // what the form holds stays for `fg`.
        Event::Key(k) if is_suspend(&k) => vec![Msg::Key(keymap::Action::Suspend)],
        // Ctrl-L draws the screen again from anywhere, a form included.
        Event::Key(k) if is_redraw(&k) => vec![Msg::Key(keymap::Action::Redraw)],
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
pub fn export(job: &ExportJob, format: ExportFormat, folders: &ExportFolders) -> Exported {
    let mut first: Option<WriteCause> = None;
    for dir in &folders.folders {
        let path = export_path(dir, &job.stem, format.extension());
        let written = match format {
            ExportFormat::Xlsx => write_xlsx(&path, job),
            ExportFormat::Csv => write_csv(&path, job),
        };
        match written {
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
        Effect::Load(request) | Effect::Refresh(request) => {
            let answer = load(conn, request.clone()).map_err(|e| e.to_string());
            Msg::Answer { request, answer }
        }
        Effect::Export(job, format) => Msg::Exported(export(&job, format, folders)),
        Effect::Save(save) => {
            let result = crate::tui::writes::write(conn, &save);
            Msg::Saved(save, result)
        }
        Effect::Suspend => Msg::Key(keymap::Action::Suspend),
        Effect::Repaint => Msg::Key(keymap::Action::Redraw),
        // Nothing waits here to be stopped: a save run this way is not retried.
        Effect::CancelSave => Msg::SaveWaiting { seconds: 0 },
    }
}

/// Performs a read for the UI.
pub fn load(conn: &Connection, req: Request) -> rusqlite::Result<Loaded> {
    Ok(match req {
        Request::Employees {
            year,
            include_inactive,
        } => Loaded::Employees(db::employees::list(conn, year, include_inactive)?),
        Request::EmployeeRows { year, ids } => {
            Loaded::EmployeeRows(db::employees::list_rows(conn, year, &ids)?)
        }
        Request::SavedEmployee { year, ids, place } => {
            let rows = db::employees::list_rows(conn, year, &ids)?;
            let kept = db::employees::in_list_order(conn, &place.ids())? == place.ids();
            Loaded::SavedEmployee { rows, place, kept }
        }
        Request::EmployeeDetail(id) => {
            Loaded::EmployeeDetail(id, db::employees::detail(conn, id)?.map(Box::new))
        }
        Request::Development { id, today, targets } => Loaded::Development(
            id,
            Box::new(db::recommend::development(conn, id, today, &|k| {
                targets.of(k)
            })?),
        ),
        Request::TrainingNeeds {
            id,
            today,
            targets,
            source,
        } => Loaded::TrainingNeeds(
            id,
            db::recommend::candidates(conn, id, today, &|k| targets.of(k), source)?,
        ),
        Request::Trainings => Loaded::Trainings(db::trainings::list(conn)?),
        Request::Participants(id) => {
            Loaded::Participants(id, db::trainings::participants(conn, id)?)
        }
        Request::Partners => Loaded::Partners(db::partners::list_partners(conn)?),
        Request::Agreements => Loaded::Agreements(db::partners::list_agreements(conn)?),
        Request::Internships => Loaded::Internships(db::partners::list_internships(conn)?),
        Request::EvaluationPeriods => Loaded::EvaluationPeriods(db::evaluations::periods(conn)?),
        Request::Evaluations(p) => Loaded::Evaluations(p, db::evaluations::list(conn, p)?),
        Request::OpenResults(id) => Loaded::OpenResults(db::trainings::open_results(conn, id)?),
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
        Request::EvaluationDetail(id) => {
            Loaded::EvaluationDetail(id, db::evaluations::detail(conn, id)?.map(Box::new))
        }
        Request::UnitScope(id) => Loaded::UnitScope(id, db::units::scope(conn, id)?),
        Request::PartnerDetail(id) => {
            Loaded::PartnerDetail(id, db::partners::detail(conn, id)?.map(Box::new))
        }
        Request::AgreementDetail(id) => {
            Loaded::AgreementDetail(id, db::agreements::detail(conn, id)?.map(Box::new))
        }
        Request::InternDetail(id) => {
            Loaded::InternDetail(id, db::internships::detail(conn, id)?.map(Box::new))
        }
        Request::History { entity, id } => Loaded::History(db::audit::history(conn, entity, id)?),
        Request::FollowUps { today, months } => {
            Loaded::FollowUps(db::follow_ups::queue(conn, today, months)?)
        }
        Request::EvaluationGrid { target, period } => Loaded::EvaluationGrid(
            db::evaluations_write::grid_for(conn, target, period)?.map(Box::new),
        ),
        Request::NewEvaluation {
            target,
            employee,
            period,
        } => {
            let values = db::evaluations_write::new_for(conn, employee, period)?;
            let stored = crate::tui::writes::load_values(
                conn,
                &target,
                crate::tui::forms::Values::new(values),
            )?;
            Loaded::RecordForEdit(target, Some(stored))
        }
        Request::RecordTemplate { target, from } => {
            let stored = crate::tui::writes::load_template(conn, &target, from)?;
            Loaded::RecordForEdit(target, stored)
        }
        Request::RecordForEdit(target) => {
            let stored = crate::tui::writes::load_for_edit(conn, &target)?;
            Loaded::RecordForEdit(target, stored)
        }
        Request::Lookup {
            field,
            source,
            query,
            lang,
        } => {
            let (items, more) = crate::tui::writes::lookup(conn, source, &query, lang)?;
            Loaded::Lookup { field, items, more }
        }
        Request::Retirements { today, months } => {
            Loaded::Retirements(db::retirement::due(conn, today, months)?)
        }
        Request::PensionForm { id, date } => Loaded::PensionForm {
            id,
            date,
            info: employee_state(conn, id)?,
        },
        Request::Compliance { year, targets } => {
            Loaded::Compliance(db::monitoring::jp_compliance(conn, year, &targets)?)
        }
        Request::Review { report, today } => {
            Loaded::Review(db::monitoring_eval::review_report(conn, report, today)?)
        }
        Request::TrainingEffect(id) => {
            Loaded::TrainingEffect(id, db::monitoring_eval::effect_participants(conn, id)?)
        }
        Request::Partnership {
            report,
            today,
            logbook_days,
        } => Loaded::Partnership(db::monitoring::partnership_report(
            conn,
            report,
            today,
            logbook_days,
        )?),
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
fn export_path(dir: &Path, stem: &str, extension: &str) -> PathBuf {
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
    let mut path = dir.join(format!("{stem}-{stamp}.{extension}"));
    let mut n = 2;
    while path.exists() {
        path = dir.join(format!("{stem}-{stamp}-{n}.{extension}"));
        n += 1;
    }
    path
}

/// An Excel file of the list: the cells typed by their column names as
/// `peka export --format xlsx` types them (`cli::xlsx`), the sheet named after
/// the list; written to a temporary file beside `path`, then renamed.
fn write_xlsx(path: &Path, job: &ExportJob) -> io::Result<()> {
    let table = crate::cli::xlsx::table_from_text(&job.header, &job.rows);
    let bytes = crate::cli::xlsx::render(&table, &job.stem)?;
    let tmp = path.with_extension("xlsx.tmp");
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
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

#[cfg(test)]
mod fresh_tests {
    use super::*;

    fn answer(year: i32) -> Msg {
        Msg::Answer {
            request: Request::Employees {
                year,
                include_inactive: false,
            },
            answer: Ok(Loaded::Employees(vec![])),
        }
    }

    #[test]
    fn an_answer_older_than_the_one_shown_is_dropped() {
        let mut f = Fresh::default();
        let (early, late) = (f.next(), f.next());
        // The later read answers first (the other connection was quicker).
        assert!(f.take(&answer(2026), late));
        assert!(!f.take(&answer(2026), early), "the older answer is dropped");
        // Another read is not affected; a newer one is taken.
        assert!(f.take(&answer(2025), early));
        let newest = f.next();
        assert!(f.take(&answer(2026), newest));
        // Not an answer to a read: always taken.
        assert!(f.take(&Msg::DataChanged, 0));
    }
}
