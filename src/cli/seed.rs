//! `peka seed`.

use crate::i18n::Lang;

#[derive(Debug, clap::Args)]
pub struct SeedArgs {
    pub db: std::path::PathBuf,
}

pub fn run(_args: &SeedArgs, _lang: Lang) -> i32 {
    eprintln!("not built yet");
    super::EXIT_USAGE
}
