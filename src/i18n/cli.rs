//! Messages of the command-line tools.

use super::{Lang, pick};
use crate::db::OpenError;

/// What SQLite's error means for a person: a damaged file and a lock are
/// said in words; anything else is SQLite's own text.
pub fn sqlite_cause(lang: Lang, err: &rusqlite::Error) -> String {
    match err.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            pick(lang, "berkasnya rusak".into(), "the file is damaged".into())
        }
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => pick(
            lang,
            "berkasnya dikunci sesi lain".into(),
            "another session holds the file locked".into(),
        ),
        _ => err.to_string(),
    }
}

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
        OpenError::IsFolder(p) => pick(
            lang,
            format!(
                "{} adalah folder, bukan berkas basis data; sebutkan berkas .db di dalamnya, mis. {}.",
                p.display(),
                p.join("peka.db").display()
            ),
            format!(
                "{} is a folder, not a database file; name a .db file inside it, e.g. {}.",
                p.display(),
                p.join("peka.db").display()
            ),
        ),
        OpenError::Unreadable(p) => pick(
            lang,
            format!(
                "Berkas {} tidak dapat dibaca; minta izin baca kepada pemiliknya atau pilih berkas lain.",
                p.display()
            ),
            format!(
                "File {} cannot be read; ask its owner for read permission or choose another file.",
                p.display()
            ),
        ),
        OpenError::Empty { path, writable } => {
            let name = path.display();
            if *writable {
                pick(
                    lang,
                    format!(
                        "Berkas {name} kosong (belum berisi data PEKA); buka sekali dengan `peka {name}` untuk membuat basis datanya, atau pilih berkas .db yang benar."
                    ),
                    format!(
                        "File {name} is empty (it holds no PEKA data yet); open it once with `peka {name}` to create the database, or choose the right .db file."
                    ),
                )
            } else {
                pick(
                    lang,
                    format!(
                        "Berkas {name} kosong dan tidak dapat ditulis, jadi basis data tidak dapat dibuat di dalamnya; pilih berkas .db yang benar atau nama berkas baru."
                    ),
                    format!(
                        "File {name} is empty and cannot be written, so no database can be made in it; choose the right .db file or a new file name."
                    ),
                )
            }
        }
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
            writable: true,
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
        // Neither `--read-only` nor opening it for writing can help here.
        OpenError::OlderSchema {
            path,
            found,
            supported,
            writable: false,
        } => pick(
            lang,
            format!(
                "Berkas {} memakai skema lama (versi {found}, PEKA ini versi {supported}) dan tidak dapat ditulis, jadi tidak dapat diperbarui; minta izin tulis atas berkas dan foldernya, atau salin berkasnya ke folder Anda dan buka salinannya.",
                path.display()
            ),
            format!(
                "File {} has an older schema (version {found}, this PEKA writes {supported}) and cannot be written, so it cannot be upgraded; ask for write permission on the file and its folder, or copy it to a folder of yours and open the copy.",
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
        OpenError::FolderReadOnly { folder, path } => pick(
            lang,
            format!(
                "Folder {} tidak dapat ditulis, jadi berkas {} tidak dapat dibuat di sana; pilih folder yang dapat Anda tulisi.",
                folder.display(),
                path.display()
            ),
            format!(
                "Folder {} cannot be written, so {} cannot be created there; choose a folder you can write to.",
                folder.display(),
                path.display()
            ),
        ),
        OpenError::CannotRead(p) => pick(
            lang,
            format!(
                "Berkas {} tidak dapat dibuka untuk dibaca karena berkas pendampingnya (-wal, -shm) tidak dapat dibuat di foldernya; salin berkasnya ke folder Anda dan buka salinannya, atau minta izin tulis atas folder itu.",
                p.display()
            ),
            format!(
                "File {} cannot be opened for reading because its companion files (-wal, -shm) cannot be made in its folder; copy it to a folder of yours and open the copy, or ask for write permission on that folder.",
                p.display()
            ),
        ),
        OpenError::Locked(p) => pick(
            lang,
            format!(
                "Berkas {} sedang dikunci program atau sesi lain lebih dari {} detik; coba lagi sesudah program itu selesai menulis.",
                p.display(),
                crate::db::BUSY_TIMEOUT.as_secs()
            ),
            format!(
                "File {} has been locked by another program or session for more than {} seconds; try again once it has finished writing.",
                p.display(),
                crate::db::BUSY_TIMEOUT.as_secs()
            ),
        ),
        OpenError::Damaged(p) => pick(
            lang,
            format!(
                "Berkas {} rusak (isinya bukan basis data SQLite yang utuh, mis. salinan yang terpotong); pulihkan dari cadangan atau salinan sebelumnya.",
                p.display()
            ),
            format!(
                "File {} is damaged (its content is not a whole SQLite database, e.g. a cut-off copy); restore it from a backup or an earlier copy.",
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
