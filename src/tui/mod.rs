//! The terminal user interface: `peka [DB]` and `peka --demo`.

pub mod app;
pub mod forms;
pub mod keymap;
pub mod list;
pub mod run;
pub mod shift;
pub mod tabs;
pub mod term;
pub mod theme;
pub mod view;
pub mod watch;
pub mod widgets;
pub mod wire;
pub mod writes;

use crate::cli::{Cli, EXIT_OK, EXIT_USAGE};
use crate::db::{self, OpenMode};
use crate::i18n::Lang;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// The scratch copy `--demo` opens, in the current folder.
pub const DEMO_DB: &str = "peka-demo.db";
/// The default database when none is named.
pub const DEFAULT_DB: &str = "peka.db";

/// Where `sample.db` is: the current folder, else the source tree it was built from.
pub fn sample_path() -> Option<PathBuf> {
    let here = PathBuf::from("sample.db");
    if here.is_file() {
        return Some(here);
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample.db");
    built.is_file().then_some(built)
}

/// Makes `peka-demo.db` from `sample.db` on first use; trying things in the demo
/// never alters `sample.db`.
pub fn prepare_demo(dir: &Path, lang: Lang) -> Result<PathBuf, String> {
    let demo = dir.join(DEMO_DB);
    if demo.exists() {
        return Ok(demo);
    }
    let Some(sample) = sample_path() else {
        return Err(crate::i18n::launch::demo_sample_missing(lang));
    };
    let tmp = dir.join(format!("{DEMO_DB}.tmp"));
    std::fs::copy(&sample, &tmp)
        .and_then(|_| std::fs::rename(&tmp, &demo))
        .map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            crate::i18n::launch::demo_copy_failed(lang, &demo, &e)
        })?;
    Ok(demo)
}

/// Opens the database named on the command line and runs the TUI; returns the exit code.
pub fn launch(cli: &Cli) -> i32 {
    let lang = cli.lang;
    let tty = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    let mode = if cli.read_only {
        OpenMode::ReadOnly
    } else {
        OpenMode::CreateIfMissing
    };
    if !tty {
        // Without a terminal nothing is written: no demo copy, no new file, no
        // schema in an empty file, no upgrade. A bad file is still reported
        // first (it would stop the TUI too), then the missing terminal.
        let path = if cli.demo {
            PathBuf::from(DEMO_DB)
        } else {
            cli.db.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
        };
        // `--demo` makes its copy even with `--read-only`.
        let would_create = !path.exists() && (mode == OpenMode::CreateIfMissing || cli.demo);
        let probe = if cli.demo && !path.exists() {
            Ok(())
        } else {
            db::probe(&path, mode)
        };
        match probe {
            Err(e) => eprintln!("{}", crate::i18n::cli::open_error(lang, &e)),
            Ok(()) => eprintln!(
                "{}",
                crate::i18n::tui::needs_terminal(lang, &path, would_create)
            ),
        }
        return EXIT_USAGE;
    }
    let path = if cli.demo {
        match prepare_demo(Path::new("."), lang) {
            Ok(p) => p,
            Err(msg) => {
                eprintln!("{msg}");
                return EXIT_USAGE;
            }
        }
    } else {
        cli.db.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_DB))
    };
    let conn = match db::open(&path, mode) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", crate::i18n::cli::open_error(lang, &e));
            return EXIT_USAGE;
        }
    };
    let settings = match db::settings::load(&conn) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{}", crate::i18n::tui::load_failed(lang, &e.to_string()));
            return EXIT_USAGE;
        }
    };
    let mode = theme::ColorMode::resolve(
        cli.color,
        std::env::var("NO_COLOR").ok().as_deref(),
        std::env::var("TERM").ok().as_deref(),
    );
    let (width, height) = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let label = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (mut app, effects) = app::App::new(app::AppConfig {
        lang,
        theme: theme::Theme::new(mode),
        read_only: cli.read_only,
        db_label: label,
        settings,
        real_today: chrono::Local::now().date_naive(),
        width,
        height,
    });
    let result = term::TerminalGuard::enter()
        .and_then(|mut guard| run::run(&mut guard, conn, &mut app, effects));
    // The guard is dropped here: the terminal is restored before any message.
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            let sentence = crate::i18n::launch::terminal_failed(lang, &e);
            let details = crate::report::details_wanted();
            eprintln!(
                "{}",
                crate::report::error_text(lang, &sentence, &e, details)
            );
            EXIT_USAGE
        }
    }
}
