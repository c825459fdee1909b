//! `peka check`.

use crate::i18n::Lang;

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    pub db: std::path::PathBuf,
}

pub fn run(_args: &CheckArgs, _lang: Lang) -> i32 {
    eprintln!("not built yet");
    super::EXIT_USAGE
}
