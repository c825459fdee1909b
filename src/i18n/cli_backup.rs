//! Messages of `peka backup`.

use super::{Lang, pick};
use crate::db::backup::BackupSummary;
use std::path::Path;

pub fn out_exists(lang: Lang, path: &Path) -> String {
    pick(
        lang,
        format!(
            "Berkas {} sudah ada; cadangan tidak menimpa berkas — pilih nama lain.",
            path.display()
        ),
        format!(
            "File {} already exists; a backup never overwrites — choose another name.",
            path.display()
        ),
    )
}

/// OUT names a folder: the copy needs a file name.
pub fn out_is_folder(lang: Lang, path: &Path) -> String {
    pick(
        lang,
        format!(
            "{} adalah folder; sebutkan nama berkas baru untuk cadangannya, mis. {}.",
            path.display(),
            path.join("cadangan.db").display()
        ),
        format!(
            "{} is a folder; name a new file for the backup, e.g. {}.",
            path.display(),
            path.join("backup.db").display()
        ),
    )
}

pub fn done(lang: Lang, path: &Path, s: &BackupSummary) -> String {
    let kb = s.bytes.div_ceil(1024);
    pick(
        lang,
        format!(
            "Cadangan dibuat: {} ({kb} KB, skema {}, {} pegawai); isinya sudah diperiksa utuh.",
            path.display(),
            s.schema_version,
            s.employees
        ),
        format!(
            "Backup written: {} ({kb} KB, schema {}, {} employees); its integrity was checked.",
            path.display(),
            s.schema_version,
            s.employees
        ),
    )
}

/// The source met a damaged page while it was read: no copy is made.
pub fn source_damaged(lang: Lang, db: &Path) -> String {
    pick(
        lang,
        format!(
            "Berkas {} rusak di tengah isinya, jadi tidak dibuat cadangannya dan tidak ada berkas yang ditinggalkan; jalankan `peka check {}` untuk melihat kerusakannya, lalu pulihkan dari cadangan sebelumnya.",
            db.display(),
            db.display()
        ),
        format!(
            "File {} is damaged inside, so no backup was made and no file was left; run `peka check {}` to see the damage, then restore an earlier backup.",
            db.display(),
            db.display()
        ),
    )
}

pub fn failed(lang: Lang, path: &Path, err: &str) -> String {
    pick(
        lang,
        format!(
            "Cadangan ke {} gagal: {err}; tidak ada berkas yang ditinggalkan. Periksa ruang disk dan izin folder.",
            path.display()
        ),
        format!(
            "Backup to {} failed: {err}; no file was left. Check disk space and the folder's permissions.",
            path.display()
        ),
    )
}
