//! Messages of the command-line tools.

use super::{Lang, pick};
use crate::db::OpenError;

/// One sentence for a database that could not be opened: which file, what is
/// wrong, what to do.
pub fn open_error(lang: Lang, e: &OpenError) -> String {
    match e {
        OpenError::MissingFolder(f) => pick(
            lang,
            format!(
                "Folder {} tidak ada; buat foldernya dulu atau pilih lokasi lain.",
                f.display()
            ),
            format!(
                "Folder {} does not exist; create it first or choose another location.",
                f.display()
            ),
        ),
        OpenError::NotFound(p) => pick(
            lang,
            format!(
                "Berkas {} tidak ditemukan; periksa nama dan lokasinya.",
                p.display()
            ),
            format!(
                "File {} not found; check its name and location.",
                p.display()
            ),
        ),
        OpenError::NotSqlite(p) => pick(
            lang,
            format!(
                "Berkas {} bukan basis data PEKA (SQLite); pilih berkas .db yang benar.",
                p.display()
            ),
            format!(
                "File {} is not a PEKA (SQLite) database; choose the right .db file.",
                p.display()
            ),
        ),
        OpenError::OlderSchema {
            path,
            found,
            supported,
        } => pick(
            lang,
            format!(
                "Berkas {} memakai skema lama (versi {found}, PEKA ini versi {supported}) dan dibuka hanya-baca; buka sekali dengan `peka {}` agar diperbarui, lalu ulangi.",
                path.display(),
                path.display()
            ),
            format!(
                "File {} has an older schema (version {found}, this PEKA writes {supported}) and was opened read-only; open it once with `peka {}` to upgrade it, then try again.",
                path.display(),
                path.display()
            ),
        ),
        OpenError::NewerSchema {
            path,
            found,
            supported,
        } => pick(
            lang,
            format!(
                "Berkas {} dibuat oleh PEKA yang lebih baru (skema {found}, versi ini mengenal s.d. {supported}); perbarui PEKA.",
                path.display()
            ),
            format!(
                "File {} was written by a newer PEKA (schema {found}, this build knows up to {supported}); upgrade PEKA.",
                path.display()
            ),
        ),
        OpenError::ReadOnly(p) => pick(
            lang,
            format!(
                "Berkas {} tidak dapat ditulis; buka dengan --read-only untuk melihat saja, atau perbaiki izin berkasnya.",
                p.display()
            ),
            format!(
                "File {} is not writable; open it with --read-only to browse, or fix its permissions.",
                p.display()
            ),
        ),
        OpenError::Sqlite(p, err) => pick(
            lang,
            format!("Basis data {} tidak dapat dibuka: {err}.", p.display()),
            format!("Database {} could not be opened: {err}.", p.display()),
        ),
    }
}
