//! The terminal guard: raw mode and the alternate screen on entry, exactly those
//! undone on drop, on errors, on panics and around `Ctrl-Z`.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::{
    cursor,
    event::{DisableBracketedPaste, EnableBracketedPaste},
    execute,
    terminal::{self, EnterAlternateScreen, LeaveAlternateScreen},
};
use std::io::{self, BufWriter, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// The terminal type the app draws on: every frame goes through one buffer and
/// reaches the terminal in about one `write(2)`.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

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
        let backend = CrosstermBackend::new(BufWriter::with_capacity(16 * 1024, io::stdout()));
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
        let _ = self.terminal.backend_mut().flush();
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
