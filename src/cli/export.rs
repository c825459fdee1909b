//! `peka export`.

use crate::i18n::Lang;

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    pub db: std::path::PathBuf,
}

pub fn run(_args: &ExportArgs, _lang: Lang) -> i32 {
    eprintln!("not built yet");
    super::EXIT_USAGE
}
