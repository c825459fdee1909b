//! The terminal guard: raw mode and the alternate screen on entry, exactly those
//! undone on drop, on errors, on panics and around `Ctrl-Z`.

use crate::tui::wire::{GapFill, Squeeze};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{
    cursor,
    event::{DisableBracketedPaste, EnableBracketedPaste},
    execute,
    terminal::{self, EnterAlternateScreen, LeaveAlternateScreen},
};
use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// The terminal type the app draws on: short runs of unchanged cells are
/// written rather than moved over, every frame goes through one buffer, has
/// its style changes squeezed (`tui::wire`) and reaches the terminal in one
/// `write(2)`.
pub type Term = Terminal<GapFill<CrosstermBackend<Squeeze<Stdout>>>>;

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Holds the terminal in TUI mode; dropping it restores the terminal.
pub struct TerminalGuard {
    pub terminal: Term,
}

impl TerminalGuard {
    /// Enters raw mode and the alternate screen and installs the panic hook.
    pub fn enter() -> io::Result<TerminalGuard> {
        install_panic_hook();
        enter_modes()?;
        let backend = GapFill::new(CrosstermBackend::new(Squeeze::new(io::stdout())));
        let terminal = Terminal::new(backend)?;
        Ok(TerminalGuard { terminal })
    }

    /// `Ctrl-Z`: give the terminal back, stop the process, and take it again
    /// when the shell resumes it (`fg`). The next frame is drawn in full.
    #[cfg(unix)]
    pub fn suspend(&mut self) -> io::Result<()> {
        restore();
        // SAFETY: raise(3) with a valid signal number has no memory effects.
        unsafe {
            libc::raise(libc::SIGTSTP);
        }
        enter_modes()?;
        let area = self.terminal.size()?;
        // Fullscreen resize clears the screen and resets the back buffer without
        // asking the terminal for the cursor position.
        self.terminal
            .resize(ratatui::layout::Rect::new(0, 0, area.width, area.height))?;
        Ok(())
    }

    #[cfg(not(unix))]
    pub fn suspend(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        let _ = self.terminal.backend_mut().inner_mut().flush();
        restore();
    }
}

fn enter_modes() -> io::Result<()> {
    terminal::enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide,
        terminal::Clear(terminal::ClearType::All)
    )?;
    Ok(())
}

/// Undoes what `enter_modes` did; safe to call more than once.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(
            out,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
        let _ = terminal::disable_raw_mode();
        let _ = out.flush();
    }
}

/// SIGTERM and SIGHUP (an SSH connection dropped): the terminal is given
/// back and the program ends with 128 + the signal's number. A save under
/// way is one SQLite transaction: it is either committed whole or, cut
/// short, rolled back when the file is next opened — never half-written.
/// The signals are blocked in this thread (and the threads it starts later)
/// and taken by a thread of their own with `sigwait`, so nothing runs in a
/// signal handler. Call before starting other threads.
#[cfg(unix)]
pub fn install_exit_signals() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    // SAFETY: the set is initialised by sigemptyset before use; the calls
    // only read and write it and the thread's signal mask.
    let set = unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::sigaddset(&mut set, libc::SIGHUP);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    };
    std::thread::spawn(move || {
        let mut sig: libc::c_int = 0;
        // SAFETY: `set` is a valid, initialised signal set; `sig` is written.
        let r = unsafe { libc::sigwait(&set, &mut sig) };
        if r == 0 {
            restore();
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
pub fn install_exit_signals() {}

fn install_panic_hook() {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // Restore first so the message lands on a usable terminal.
        restore();
        previous(info);
    }));
}
