//! The real `peka` binary in a pseudo-terminal: keys in, screen out.
//!
//! A reader thread feeds every byte the child writes into a `vt100::Parser` and
//! also keeps the raw bytes, so a test can look at the screen as a user sees it
//! and at the exact escape sequences (alternate screen, cursor) on the wire.
//! Shared by `tests/e2e.rs` and `benches/peka_bench.rs`.

#![allow(dead_code)]

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a test waits for something to appear before failing with the screen.
pub const WAIT: Duration = Duration::from_secs(10);

/// Keys as a terminal sends them.
pub mod key {
    pub const ENTER: &str = "\r";
    pub const ESC: &str = "\x1b";
    pub const DOWN: &str = "\x1b[B";
    pub const UP: &str = "\x1b[A";
    pub const PGDN: &str = "\x1b[6~";
    pub const PGUP: &str = "\x1b[5~";
    pub const TAB: &str = "\t";
    pub const BACKTAB: &str = "\x1b[Z";
    pub const F1: &str = "\x1bOP";
    pub const F2: &str = "\x1bOQ";
    pub const CTRL_L: &str = "\x0c";
    pub const CTRL_N: &str = "\x0e";
    pub const CTRL_S: &str = "\x13";
    /// Clears a text field in a form.
    pub const CTRL_U: &str = "\x15";
}

struct Shared {
    parser: vt100::Parser,
    /// Every byte the child wrote, in order.
    bytes: Vec<u8>,
    /// The reader saw end of file (the child closed the terminal).
    eof: bool,
    /// When each read returned and how many bytes had arrived by then (for
    /// the benchmark's timings: the time of the byte that completed a frame).
    stamps: Vec<(Instant, usize)>,
}

/// A running `peka` in a pty of `cols`×`rows`.
pub struct Session {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    shared: Arc<(Mutex<Shared>, Condvar)>,
    reader: Option<JoinHandle<()>>,
    exited: Option<portable_pty::ExitStatus>,
    /// The pty was in cooked mode with echo before the child started.
    pub started_cooked: bool,
}

/// What to start.
pub struct Spawn<'a> {
    pub program: &'a Path,
    pub args: &'a [&'a str],
    pub cwd: &'a Path,
    /// Extra environment; `TERM=xterm-256color` is set and `NO_COLOR` removed
    /// unless named here.
    pub env: &'a [(&'a str, &'a str)],
    pub cols: u16,
    pub rows: u16,
}

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n.max(1)).expect("non-zero")
}

impl Session {
    pub fn spawn(s: Spawn<'_>) -> Session {
        let size = PtySize {
            rows: s.rows,
            cols: s.cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(s.program);
        cmd.args(s.args);
        cmd.cwd(s.cwd);
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("RUST_BACKTRACE");
        cmd.env("TERM", "xterm-256color");
        for (k, v) in s.env {
            cmd.env(k, v);
        }
        let started_cooked = pair.master.as_raw_fd().is_some_and(|fd| {
            let f = lflag(fd);
            f & libc::ICANON != 0 && f & libc::ECHO != 0
        });
        let child = pair
            .slave
            .spawn_command(cmd)
            .expect("spawn peka in the pty");
        // Only the child holds the slave now: its exit gives the reader EOF.
        drop(pair.slave);
        let shared = Arc::new((
            Mutex::new(Shared {
                parser: vt100::Parser::new(nz(s.rows), nz(s.cols), 0),
                bytes: Vec::new(),
                eof: false,
                stamps: Vec::new(),
            }),
            Condvar::new(),
        ));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let feed = Arc::clone(&shared);
        let handle = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => 0,
                    Ok(n) => n,
                };
                let at = Instant::now();
                let (lock, cv) = &*feed;
                let mut st = lock.lock().expect("pty state");
                if n == 0 {
                    st.eof = true;
                    cv.notify_all();
                    return;
                }
                st.parser.process(&buf[..n]);
                st.bytes.extend_from_slice(&buf[..n]);
                let total = st.bytes.len();
                st.stamps.push((at, total));
                cv.notify_all();
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Session {
            master: pair.master,
            writer,
            child,
            shared,
            reader: Some(handle),
            exited: None,
            started_cooked,
        }
    }

    /// The child's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("child pid")
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.shared
            .0
            .lock()
            .expect("pty state")
            .parser
            .screen()
            .contents()
    }

    /// Every cell of the screen: its character (a cell never written is a
    /// space, as it looks), colours and attributes.
    pub fn screen_cells(&self) -> Vec<String> {
        let st = self.shared.0.lock().expect("pty state");
        let screen = st.parser.screen();
        let (rows, cols) = screen.size();
        let mut out = Vec::new();
        for y in 0..rows.get() {
            for x in 0..cols.get() {
                let Some(c) = screen.cell(y, x) else { continue };
                let text = if c.has_contents() { c.contents() } else { " " };
                out.push(format!(
                    "{y},{x} {text:?} {:?} {:?} b{} d{} i{} u{} r{}",
                    c.fgcolor(),
                    c.bgcolor(),
                    c.bold(),
                    c.dim(),
                    c.italic(),
                    c.underline(),
                    c.inverse()
                ));
            }
        }
        out
    }

    /// The text of the first body row drawn in reverse video from its first
    /// column: the selected row of a list (the tab bar and the two bottom lines
    /// are skipped).
    pub fn selected_line(&self) -> Option<String> {
        let st = self.shared.0.lock().expect("pty state");
        let screen = st.parser.screen();
        let (rows, cols) = screen.size();
        let (rows, cols) = (rows.get(), cols.get());
        // Row 0 is the tab bar and row 1 may be a sub-list bar whose current
        // name is reversed too; a cursor row is never above row 2.
        (2..rows.saturating_sub(2))
            .find(|&r| screen.cell(r, 0).is_some_and(|c| c.inverse()))
            .and_then(|r| screen.rows(0, cols).nth(r as usize))
    }

    /// Whether the alternate screen is active.
    pub fn alternate_screen(&self) -> bool {
        self.shared
            .0
            .lock()
            .expect("pty state")
            .parser
            .screen()
            .alternate_screen()
    }

    /// Number of bytes the child has written so far.
    pub fn byte_count(&self) -> usize {
        self.shared.0.lock().expect("pty state").bytes.len()
    }

    /// A copy of every byte the child has written so far.
    pub fn bytes(&self) -> Vec<u8> {
        self.shared.0.lock().expect("pty state").bytes.clone()
    }

    /// Waits until `pred(screen)` holds; `Err` carries the screen at the deadline.
    pub fn wait_until(
        &self,
        timeout: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Result<String, String> {
        let deadline = Instant::now() + timeout;
        let (lock, cv) = &*self.shared;
        let mut st = lock.lock().expect("pty state");
        loop {
            let text = st.parser.screen().contents();
            if pred(&text) {
                return Ok(text);
            }
            let now = Instant::now();
            if now >= deadline || st.eof {
                return Err(text);
            }
            st = cv.wait_timeout(st, deadline - now).expect("pty state").0;
        }
    }

    /// Waits until `text` is on screen; panics with the screen dump otherwise.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_until(WAIT, |s| s.contains(text))
            .unwrap_or_else(|screen| {
                panic!("waited {WAIT:?} for {text:?}; the screen was:\n{screen}")
            })
    }

    /// Waits until `text` has left the screen; panics with the screen dump otherwise.
    pub fn wait_gone(&self, text: &str) -> String {
        self.wait_until(WAIT, |s| !s.contains(text))
            .unwrap_or_else(|screen| {
                panic!("waited {WAIT:?} for {text:?} to go; the screen was:\n{screen}")
            })
    }

    /// Waits until the output has been quiet for `quiet` (the frame has settled).
    pub fn settle(&self, quiet: Duration) {
        let deadline = Instant::now() + WAIT;
        let mut last = self.byte_count();
        let mut since = Instant::now();
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
            let now = self.byte_count();
            if now != last {
                last = now;
                since = Instant::now();
            } else if since.elapsed() >= quiet {
                return;
            }
        }
    }

    /// Waits until `pred(screen)` holds and then until no byte has arrived
    /// for `quiet`; returns when the last byte before that pause was read and
    /// the byte count then. `Err` carries the screen when `timeout` passes
    /// first (or the child closed the terminal). The timestamp is taken by
    /// the reader thread as each read returns, so the pause itself is not in it.
    pub fn frame_done(
        &self,
        timeout: Duration,
        quiet: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Result<(Instant, usize), String> {
        self.frame_done_seen(timeout, quiet, pred)
            .map(|(_, last, n)| (last, n))
    }

    /// [`Session::frame_done`], also saying when the screen first showed
    /// what `pred` looks for (the stamp of the read that made it hold): for
    /// a screen that answers at once and fills in when a read beside the
    /// keys comes, the two differ.
    pub fn frame_done_seen(
        &self,
        timeout: Duration,
        quiet: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Result<(Instant, Instant, usize), String> {
        let deadline = Instant::now() + timeout;
        let (lock, cv) = &*self.shared;
        let mut st = lock.lock().expect("pty state");
        let seen_at = loop {
            if pred(&st.parser.screen().contents()) {
                break st.stamps.last().map_or_else(Instant::now, |s| s.0);
            }
            let now = Instant::now();
            if now >= deadline || st.eof {
                return Err(st.parser.screen().contents());
            }
            st = cv.wait_timeout(st, deadline - now).expect("pty state").0;
        };
        loop {
            let seen = st.bytes.len();
            let (next, res) = cv.wait_timeout(st, quiet).expect("pty state");
            st = next;
            if st.bytes.len() == seen && (res.timed_out() || st.eof) {
                let (last, n) = st.stamps.last().copied().unwrap_or((Instant::now(), seen));
                return Ok((seen_at.min(last), last, n));
            }
            if Instant::now() >= deadline + quiet * 4 {
                return Err(st.parser.screen().contents());
            }
        }
    }

    /// Waits until `pred(screen)` holds and returns when the read that made
    /// it hold returned (the reader thread's stamp; when several reads came
    /// before the check, the latest of them — never earlier than the truth).
    #[allow(dead_code)]
    pub fn first_seen(
        &self,
        timeout: Duration,
        pred: impl Fn(&str) -> bool,
    ) -> Result<Instant, String> {
        let deadline = Instant::now() + timeout;
        let (lock, cv) = &*self.shared;
        let mut st = lock.lock().expect("pty state");
        loop {
            if pred(&st.parser.screen().contents()) {
                return Ok(st.stamps.last().map_or_else(Instant::now, |s| s.0));
            }
            let now = Instant::now();
            if now >= deadline || st.eof {
                return Err(st.parser.screen().contents());
            }
            st = cv.wait_timeout(st, deadline - now).expect("pty state").0;
        }
    }

    /// When the last read returned and how many bytes had arrived by then.
    pub fn last_read(&self) -> Option<(Instant, usize)> {
        self.shared
            .0
            .lock()
            .expect("pty state")
            .stamps
            .last()
            .copied()
    }

    /// Types `keys` as the terminal would send them.
    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .expect("write to the pty");
        self.writer.flush().expect("flush the pty");
    }

    /// Resizes the pty (the child gets SIGWINCH) and the screen model.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let mut st = self.shared.0.lock().expect("pty state");
        st.parser.screen_mut().set_size(nz(rows), nz(cols));
        drop(st);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }

    /// The terminal's local flags (`c_lflag`), to see raw versus cooked mode.
    #[cfg(unix)]
    pub fn local_flags(&self) -> libc::tcflag_t {
        lflag(self.master.as_raw_fd().expect("pty fd"))
    }

    /// Whether the terminal is in canonical (cooked) mode with echo, as a shell expects.
    #[cfg(unix)]
    pub fn cooked(&self) -> bool {
        let f = self.local_flags();
        f & libc::ICANON != 0 && f & libc::ECHO != 0
    }

    /// Waits for the child to exit; `None` if it is still running at the deadline.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<portable_pty::ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(st) = self.child.try_wait().expect("try_wait") {
                self.exited = Some(st.clone());
                // Let the reader drain what the child wrote last.
                let _ = self.wait_until(Duration::from_secs(2), |_| false);
                return Some(st);
            }
            if Instant::now() >= deadline {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The end of the output stream has been read (all bytes are in `bytes()`).
    pub fn eof(&self) -> bool {
        self.shared.0.lock().expect("pty state").eof
    }

    /// User + system CPU time the child has used so far, in ms (Linux
    /// `/proc/<pid>/stat`; clock ticks, usually 10 ms).
    #[cfg(target_os = "linux")]
    pub fn cpu_ms(&self) -> f64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid()))
            .expect("read /proc/<pid>/stat");
        // The fields after the command name (which may hold spaces) start at field 3.
        let rest = &stat[stat.rfind(')').expect("comm") + 2..];
        let f: Vec<&str> = rest.split_whitespace().collect();
        let ticks: f64 =
            f[11].parse::<f64>().expect("utime") + f[12].parse::<f64>().expect("stime");
        // SAFETY: sysconf has no memory effects.
        let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
        ticks * 1000.0 / hz
    }
}

/// `c_lflag` of the terminal behind `fd` (for a pty master: the slave's settings).
fn lflag(fd: std::os::fd::RawFd) -> libc::tcflag_t {
    // SAFETY: tcgetattr fills a zeroed termios for a valid open descriptor.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        assert_eq!(libc::tcgetattr(fd, &mut t), 0, "tcgetattr on the pty");
        t.c_lflag
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if self.exited.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The reader ends at EOF once the child is gone; do not hang a failing test on it.
        if let Some(h) = self.reader.take()
            && h.is_finished()
        {
            let _ = h.join();
        }
    }
}
