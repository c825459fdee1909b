//! Noticing another session's save without a timer: the kernel says when
//! the database file or its journal changes (inotify on Linux), the main
//! loop then asks SQLite whether the data moved (`PRAGMA data_version`) and
//! refreshes what is shown. An idle session sleeps until then: no wake-ups,
//! no bytes. Elsewhere (no inotify) a change is noticed at the next key.

use std::path::Path;

/// After a change is reported, further changes within this time are
/// reported once, after it: a long write by another session (an import)
/// wakes each session a few times a second at most.
#[cfg(target_os = "linux")]
const QUIET: std::time::Duration = std::time::Duration::from_millis(100);

/// Starts watching `db` (and its `-wal` and `-journal` files); `changed` is
/// called on a thread of its own after each change and returns false to
/// stop. Nothing happens when watching is not possible (another system, no
/// inotify instances left): changes are then seen at the next key.
#[cfg(target_os = "linux")]
pub fn spawn(db: &Path, mut changed: impl FnMut() -> bool + Send + 'static) {
    use std::os::unix::ffi::OsStrExt;
    let Some(name) = db.file_name().map(|n| n.as_bytes().to_vec()) else {
        return;
    };
    let dir = match db.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let Ok(cdir) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return;
    };
    // SAFETY: inotify_init1 takes flags only; the result is checked.
    let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
    if fd < 0 {
        return;
    }
    let mask = libc::IN_MODIFY | libc::IN_CLOSE_WRITE | libc::IN_MOVED_TO | libc::IN_CREATE;
    // SAFETY: `cdir` is a valid NUL-terminated path; `fd` is ours.
    if unsafe { libc::inotify_add_watch(fd, cdir.as_ptr(), mask) } < 0 {
        // SAFETY: closing the descriptor we opened.
        unsafe { libc::close(fd) };
        return;
    }
    let ours = move |n: &[u8]| {
        n.strip_prefix(name.as_slice())
            .is_some_and(|rest| matches!(rest, b"" | b"-wal" | b"-journal"))
    };
    std::thread::spawn(move || {
        // u64 for the alignment of `struct inotify_event`.
        let mut buf = vec![0u64; 1024];
        loop {
            let len = buf.len() * 8;
            // SAFETY: `buf` is valid for `len` bytes; `fd` is open.
            let n = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), len) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return;
            }
            // SAFETY: the kernel wrote `n` bytes of `buf`.
            let bytes =
                unsafe { std::slice::from_raw_parts(buf.as_ptr().cast::<u8>(), n as usize) };
            if names(bytes).any(&ours) {
                if !changed() {
                    return;
                }
                std::thread::sleep(QUIET);
            }
        }
    });
}

#[cfg(not(target_os = "linux"))]
pub fn spawn(_db: &Path, _changed: impl FnMut() -> bool + Send + 'static) {}

/// The file names of the events in `bytes` (a buffer read from an inotify
/// descriptor): each event is a header (`wd`, `mask`, `cookie`, `len`, four
/// 32-bit numbers) and `len` bytes of name padded with NULs.
#[cfg(target_os = "linux")]
fn names(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    const HEAD: usize = 16;
    let mut at = 0usize;
    std::iter::from_fn(move || {
        let head = bytes.get(at..at + HEAD)?;
        let len = u32::from_ne_bytes([head[12], head[13], head[14], head[15]]) as usize;
        let name = bytes.get(at + HEAD..at + HEAD + len)?;
        at += HEAD + len;
        let end = name.iter().position(|&b| b == 0).unwrap_or(name.len());
        Some(&name[..end])
    })
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    fn event(name: &[u8], padded: usize) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&1i32.to_ne_bytes());
        v.extend_from_slice(&2u32.to_ne_bytes());
        v.extend_from_slice(&0u32.to_ne_bytes());
        v.extend_from_slice(&(padded as u32).to_ne_bytes());
        v.extend_from_slice(name);
        v.resize(v.len() + padded - name.len(), 0);
        v
    }

    #[test]
    fn names_are_read_from_a_buffer_of_several_events() {
        let mut buf = event(b"peka.db-wal", 16);
        buf.extend(event(b"other", 16));
        buf.extend(event(b"", 0));
        let got: Vec<&[u8]> = names(&buf).collect();
        assert_eq!(got, vec![&b"peka.db-wal"[..], b"other", b""]);
    }

    #[test]
    fn a_write_to_the_file_or_its_wal_is_reported_and_others_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("peka.db");
        std::fs::write(&db, b"x").unwrap();
        let (tx, rx) = mpsc::channel();
        spawn(&db, move || tx.send(()).is_ok());
        // Another file in the same folder: nothing.
        std::fs::write(dir.path().join("peka.db.bak"), b"y").unwrap();
        std::fs::write(dir.path().join("other.db-wal"), b"y").unwrap();
        assert!(rx.recv_timeout(Duration::from_millis(300)).is_err());
        std::fs::write(dir.path().join("peka.db-wal"), b"z").unwrap();
        assert!(rx.recv_timeout(Duration::from_secs(5)).is_ok());
        std::thread::sleep(QUIET * 2);
        while rx.try_recv().is_ok() {}
        std::fs::write(&db, b"w").unwrap();
        assert!(rx.recv_timeout(Duration::from_secs(5)).is_ok());
    }
}
