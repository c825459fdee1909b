//! `peka`: parse arguments, open the database, run the TUI or a command.

use clap::Parser;
use peka::cli::{Cli, run_command};

fn main() {
    let cli = Cli::parse();
    let lang = cli.lang;
    // From here on a panic gives the terminal back and says one sentence in
    // the user's language (details with RUST_BACKTRACE).
    peka::report::install(lang, peka::tui::term::restore);
    let code = match cli.command {
        Some(cmd) => {
            peka::db::configure_process();
            run_command(cmd, lang)
        }
        None => peka::tui::launch(&cli),
    };
    std::process::exit(code);
}
