//! Why a file could not be written, in the user's language instead of the
//! operating system's English text.

use super::{Lang, pick};
use std::io::ErrorKind;

/// What stopped a write, as far as a person can act on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteCause {
    /// No permission to write there.
    Denied,
    /// The disk (or the user's quota) is full.
    Full,
    /// The disk is mounted read-only.
    ReadOnlyDisk,
    /// The folder does not exist (any more), or a part of the path is a file.
    Missing,
    /// Anything else; the OS error number, when there is one, for a technician.
    Other(Option<i32>),
}

impl WriteCause {
    pub fn of(e: &std::io::Error) -> WriteCause {
        match e.kind() {
            ErrorKind::PermissionDenied => WriteCause::Denied,
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                WriteCause::Full
            }
            ErrorKind::ReadOnlyFilesystem => WriteCause::ReadOnlyDisk,
            ErrorKind::NotFound | ErrorKind::NotADirectory => WriteCause::Missing,
            _ => WriteCause::Other(e.raw_os_error()),
        }
    }

    /// A few words for inside a sentence: "disk penuh", "no write permission".
    pub fn text(self, lang: Lang) -> String {
        match self {
            WriteCause::Denied => pick(
                lang,
                "tidak ada izin tulis".into(),
                "no write permission".into(),
            ),
            WriteCause::Full => pick(lang, "disk penuh".into(), "the disk is full".into()),
            WriteCause::ReadOnlyDisk => pick(
                lang,
                "disk hanya-baca".into(),
                "the disk is read-only".into(),
            ),
            WriteCause::Missing => pick(
                lang,
                "foldernya tidak ada".into(),
                "the folder does not exist".into(),
            ),
            WriteCause::Other(Some(code)) => pick(
                lang,
                format!("galat sistem {code}"),
                format!("system error {code}"),
            ),
            WriteCause::Other(None) => pick(lang, "galat sistem".into(), "a system error".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Error;

    #[test]
    fn the_os_text_never_reaches_the_user() {
        let full = Error::from_raw_os_error(libc::ENOSPC);
        assert_eq!(WriteCause::of(&full), WriteCause::Full);
        assert_eq!(WriteCause::of(&full).text(Lang::Id), "disk penuh");
        let denied = Error::from_raw_os_error(libc::EACCES);
        assert_eq!(
            WriteCause::of(&denied).text(Lang::En),
            "no write permission"
        );
        let odd = Error::from_raw_os_error(libc::EIO);
        assert_eq!(WriteCause::of(&odd).text(Lang::Id), "galat sistem 5");
        assert_eq!(
            WriteCause::of(&Error::from_raw_os_error(libc::ENOTDIR)),
            WriteCause::Missing
        );
    }
}
