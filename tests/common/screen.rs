//! The app's own output path into memory: `update`'s model drawn at 80×24
//! through `GapFill` and `Squeeze` (as `tui::term::Term` does) into a
//! `Vec<u8>` the test reads, to count what a frame costs on the wire.
//! Shared by the byte-budget tests (and the benchmark's `Wire`, through `#[path]`).

#![allow(dead_code)]

use peka::tui::app::App;
use peka::tui::view;
use peka::tui::wire::{GapFill, Squeeze};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use std::cell::RefCell;
use std::io::{self, Write};
use std::rc::Rc;

/// A `Vec<u8>` the test can read while the backend owns the writer (ratatui
/// keeps `CrosstermBackend::writer()` behind an unstable feature).
#[derive(Clone, Default)]
pub struct Wire(pub Rc<RefCell<Vec<u8>>>);

impl Write for Wire {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Wire {
    /// What the last frame wrote, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.borrow()).into_owned()
    }
}

pub type VecTerm = Terminal<GapFill<CrosstermBackend<Squeeze<Wire>>>>;

/// An 80×24 terminal with a fixed viewport (no terminal queries).
pub fn terminal() -> (VecTerm, Wire) {
    let wire = Wire::default();
    let backend = GapFill::new(CrosstermBackend::new(Squeeze::new(wire.clone())));
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 80, 24)),
    };
    (
        Terminal::with_options(backend, options).expect("a Vec-backed terminal"),
        wire,
    )
}

/// Draws the model as the runner does (only when dirty): the bytes written.
pub fn draw(term: &mut VecTerm, wire: &Wire, app: &mut App) -> usize {
    wire.0.borrow_mut().clear();
    if app.dirty {
        term.draw(|f| view::render(f, app))
            .expect("draw into a Vec");
        app.dirty = false;
    }
    wire.0.borrow().len()
}
