//! One build at a time per output folder: `.quytrinh.lock`, created atomically
//! (`create_new`, O_EXCL), holding the builder's process id. A second build refuses at once,
//! naming that process; a lock whose process is gone (a killed build) is taken over.

use std::io::Write;
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::Lang;

pub const LOCK_FILE: &str = ".quytrinh.lock";

/// The lock, released (the file removed) when dropped.
pub struct OutputLock {
    path: PathBuf,
}

impl Drop for OutputLock {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Take the lock on `dir` (which must exist), or say who holds it.
pub fn lock(dir: &Path, lang: Lang) -> Result<OutputLock, String> {
    let path = dir.join(LOCK_FILE);
    // Two tries: the second after removing a stale lock. Two builds that find the same
    // stale lock at the same instant could both remove it; the one that loses the
    // `create_new` race is refused like any other.
    for _ in 0..2 {
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut f) => {
                let _ = writeln!(f, "{}", std::process::id());
                return Ok(OutputLock { path });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let holder = holder(&path);
                match holder {
                    Some(pid) if alive(pid) => return Err(busy(&path, Some(pid), lang)),
                    // Half-written by a build killed between creating and writing it, or
                    // its process is gone: stale.
                    _ => {
                        let _ = std::fs::remove_file(&path);
                    }
                }
            }
            Err(e) => return Err(format!("{}: {e}", path.display())),
        }
    }
    Err(busy(&path, None, lang))
}

/// The process id in a lock file, if it is a regular file holding one. Anything else at
/// that name (a link, a FIFO that would block a read) counts as stale.
fn holder(path: &Path) -> Option<u32> {
    use std::io::Read;
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut text = String::new();
    std::fs::File::open(path).ok()?.take(64).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

fn busy(path: &Path, pid: Option<u32>, lang: Lang) -> String {
    let who = pid.map(|p| p.to_string()).unwrap_or_else(|| "?".into());
    match lang {
        Lang::Vi => format!(
            "thư mục đầu ra đang được một lần build khác dùng (tiến trình {who}); chờ nó xong rồi chạy lại. \
             Nếu không có tiến trình nào như vậy, hãy xoá {}.",
            path.display()
        ),
        Lang::En => format!(
            "the output folder is in use by another build (process {who}); wait for it to finish and run again. \
             If there is no such process, delete {}.",
            path.display()
        ),
    }
}

/// Whether a process with this id exists (signal 0 checks without sending anything).
#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else { return false };
    if pid <= 0 {
        return false;
    }
    // SAFETY: kill with signal 0 sends nothing; it only reports whether the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    // EPERM: it exists but belongs to someone else.
    r == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// Elsewhere, a lock is taken for live: the message tells the user how to remove it.
#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_refuses_and_a_stale_one_is_taken_over() {
        let dir = tempfile::tempdir().expect("tmp");
        let held = lock(dir.path(), Lang::En).expect("first");
        let refused = lock(dir.path(), Lang::En).err().expect("second refused");
        assert!(refused.contains(&std::process::id().to_string()), "{refused}");
        drop(held);
        assert!(!dir.path().join(LOCK_FILE).exists());
        // A process id that cannot be alive (above the kernel's maximum).
        std::fs::write(dir.path().join(LOCK_FILE), "2147483646\n").expect("stale");
        let _taken = lock(dir.path(), Lang::En).expect("stale lock taken over");
        assert_eq!(std::fs::read_to_string(dir.path().join(LOCK_FILE)).expect("lock").trim(), std::process::id().to_string());
    }
}
