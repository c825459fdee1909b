//! Long writes (an import of 100,000 employees) have the kernel start
//! writing the new pages of the `-wal` file to disk while they are still
//! being made.
//!
//! A write transaction in WAL mode leaves its pages in the page cache; the
//! checkpoint after the commit then waits for all of them at once (fsync of
//! the `-wal` file): about half a second of an import's five, spent waiting
//! for the disk with the processor idle. While [`WritingAhead`] lives, a
//! thread of its own asks the kernel every few milliseconds to start
//! writing what is dirty (`sync_file_range` with `SYNC_FILE_RANGE_WRITE`: it
//! starts the writes and does not wait for them), so the disk works beside
//! the processor and the fsync finds little left. Nothing about what is
//! durable changes: SQLite's own fsyncs are still made, and still wait.
//!
//! Only the `-wal` file, never the database file: closing a handle of our
//! own on the database file would drop every POSIX lock this process holds
//! on it, SQLite's included (see `db::open_beside`). SQLite locks no byte of
//! the `-wal` file.

use rusqlite::Connection;

/// How often the kernel is asked to start writing.
#[cfg(target_os = "linux")]
const EVERY: std::time::Duration = std::time::Duration::from_millis(50);

/// Stops the thread when dropped.
#[must_use = "pages are written ahead only while the guard lives"]
pub struct WritingAhead {
    #[cfg(target_os = "linux")]
    stop: Option<(std::sync::mpsc::Sender<()>, std::thread::JoinHandle<()>)>,
}

impl Drop for WritingAhead {
    fn drop(&mut self) {
        #[cfg(target_os = "linux")]
        if let Some((stop, thread)) = self.stop.take() {
            drop(stop);
            let _ = thread.join();
        }
    }
}

/// Writes the pages of `conn`'s `-wal` file ahead until the guard is
/// dropped. Nothing for a database in memory, or off Linux.
pub fn ahead(conn: &Connection) -> WritingAhead {
    #[cfg(target_os = "linux")]
    {
        let Some(path) = conn.path().filter(|p| !p.is_empty()) else {
            return WritingAhead { stop: None };
        };
        let wal = std::path::PathBuf::from(format!("{path}-wal"));
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("writeback".into())
            .spawn(move || {
                let mut file: Option<std::fs::File> = None;
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) =
                    stopped.recv_timeout(EVERY)
                {
                    if file.is_none() {
                        file = std::fs::File::open(&wal).ok();
                    }
                    if let Some(f) = &file {
                        start_writing(f);
                    }
                }
            });
        WritingAhead {
            stop: thread.ok().map(|t| (stop, t)),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = conn;
        WritingAhead {}
    }
}

/// Asks the kernel to start writing every dirty page of `file`.
#[cfg(target_os = "linux")]
fn start_writing(file: &std::fs::File) {
    use std::os::fd::AsRawFd;
    // SAFETY: a valid descriptor for the call's duration; the call only
    // starts writeback of the file's pages and reads no memory of ours.
    unsafe {
        libc::sync_file_range(file.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    /// The guard is harmless: on a database in memory it does nothing; on
    /// a file it opens the `-wal` that appears after it started, and a
    /// write transaction committed and checkpointed beside it leaves every
    /// row; dropping it ends its thread.
    #[test]
    fn writing_ahead_leaves_every_row_and_stops_when_dropped() {
        drop(ahead(&Connection::open_in_memory().unwrap()));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        let conn = Connection::open(&path).unwrap();
        let _: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .unwrap();
        let kept = ahead(&conn);
        conn.execute_batch("BEGIN; CREATE TABLE t (x TEXT);")
            .unwrap();
        for i in 0..2000 {
            conn.execute("INSERT INTO t VALUES (?1)", [format!("{i:0>500}")])
                .unwrap();
            if i == 1000 {
                // A tick or more with the `-wal` file there.
                std::thread::sleep(EVERY * 3);
            }
        }
        conn.execute_batch("COMMIT; PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
        drop(kept);
        let n: i64 = conn
            .query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 2000);
    }
}
