//! `peka backup DB OUT`: a consistent copy while others keep working. OUT must
//! not exist (nothing is ever overwritten); a failed copy leaves no file.

use crate::db::{OpenMode, backup, open};
use crate::i18n::{Lang, cli, cli_backup};
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    /// Database to copy
    pub db: PathBuf,
    /// New file for the copy (must not exist yet)
    pub out: PathBuf,
}

pub fn run(args: &BackupArgs, lang: Lang) -> i32 {
    let conn = match open(&args.db, OpenMode::ReadOnly) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{}", cli::open_error(lang, &e));
            return super::EXIT_USAGE;
        }
    };
    if args.out.is_dir() {
        eprintln!("{}", cli_backup::out_is_folder(lang, &args.out));
        return super::EXIT_USAGE;
    }
    if args.out.symlink_metadata().is_ok() {
        eprintln!("{}", cli_backup::out_exists(lang, &args.out));
        return super::EXIT_USAGE;
    }
    let folder = match args.out.parent() {
        Some(f) if !f.as_os_str().is_empty() => f.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !folder.is_dir() {
        eprintln!(
            "{}",
            cli::open_error(lang, &crate::db::OpenError::MissingFolder(folder))
        );
        return super::EXIT_USAGE;
    }
    // Write beside the target, then rename: OUT appears only when complete.
    let tmp = folder.join(format!(
        ".{}.part",
        args.out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    ));
    let _ = std::fs::remove_file(&tmp);
    let result = backup::vacuum_into(&conn, &tmp).and_then(|s| {
        std::fs::rename(&tmp, &args.out)
            .map(|_| s)
            .map_err(|e| backup::BackupError::Failed(e.to_string()))
    });
    match result {
        Ok(summary) => {
            eprintln!("{}", cli_backup::done(lang, &args.out, &summary));
            super::EXIT_OK
        }
        // The data has problems, not the command: exit 1, as `peka check`
        // and `peka export` give for a damaged file they could open.
        Err(backup::BackupError::SourceDamaged) => {
            let _ = std::fs::remove_file(&tmp);
            eprintln!("{}", cli_backup::source_damaged(lang, &args.db));
            super::EXIT_DATA
        }
        Err(backup::BackupError::Failed(e)) => {
            let _ = std::fs::remove_file(&tmp);
            eprintln!("{}", cli_backup::failed(lang, &args.out, &e));
            super::EXIT_USAGE
        }
    }
}
