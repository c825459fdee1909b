//! `peka`: parse arguments, open the database, run the TUI or a command.

use clap::Parser;
use peka::cli::{Cli, run_command};

fn main() {
    let cli = Cli::parse();
    let lang = cli.lang;
    let code = match cli.command {
        Some(cmd) => run_command(cmd, lang),
        None => peka::tui::launch(&cli),
    };
    std::process::exit(code);
}
