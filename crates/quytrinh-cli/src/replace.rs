//! Replacing many files all or nothing, with the writing done while the new contents are
//! still being computed.
//!
//! Every new content is first written to a temporary file beside its target, by one
//! background thread, as soon as it is known ([`Replacement::stage`]); one thread, because
//! creating files in one folder from several contends in the file system (measured: 6 s of
//! system time instead of 1.7 s for 10,000). Only when every file is staged does
//! [`Replacement::commit`] keep each target as a backup (a hard link: no copy) and rename
//! the temporaries into place. If any step fails — a file that cannot be written, linked
//! (an immutable file) or replaced (one held open on Windows) — the targets already
//! replaced get their backups back, the temporaries are removed, and every target is as it
//! was. A replacement dropped without a commit (the run found a file it cannot migrate)
//! removes its temporaries.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread::JoinHandle;

/// What the writing thread did.
#[derive(Default)]
struct Staged {
    /// (target, temporary), in the order they were staged.
    files: Vec<(PathBuf, PathBuf)>,
    /// The first file that could not be written; nothing is written after it.
    failed: Option<(PathBuf, std::io::Error)>,
}

/// A set of files being replaced.
pub struct Replacement {
    sender: Option<mpsc::Sender<(PathBuf, Vec<u8>)>>,
    writer: Option<JoinHandle<Staged>>,
}

fn sibling(path: &Path, kind: &str) -> PathBuf {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".to_string());
    dir.join(format!(".{name}.{kind}-{}", std::process::id()))
}

impl Replacement {
    pub fn start() -> Self {
        let (sender, receiver) = mpsc::channel::<(PathBuf, Vec<u8>)>();
        let writer = std::thread::spawn(move || {
            let mut staged = Staged::default();
            for (path, bytes) in receiver {
                if staged.failed.is_some() {
                    continue;
                }
                let tmp = sibling(&path, "tmp");
                match std::fs::write(&tmp, &bytes) {
                    Ok(()) => staged.files.push((path, tmp)),
                    Err(e) => {
                        let _ = std::fs::remove_file(&tmp);
                        staged.failed = Some((path, e));
                    }
                }
            }
            staged
        });
        Replacement { sender: Some(sender), writer: Some(writer) }
    }

    /// Write `bytes` as the next content of `path` (to its temporary, in the background).
    pub fn stage(&self, path: PathBuf, bytes: Vec<u8>) {
        if let Some(s) = &self.sender {
            // The thread only stops once every sender is gone: a send cannot fail before.
            let _ = s.send((path, bytes));
        }
    }

    /// Wait for the writing thread: what it staged.
    fn finish_writing(&mut self) -> Staged {
        self.sender = None;
        match self.writer.take().map(JoinHandle::join) {
            Some(Ok(staged)) => staged,
            Some(Err(_)) => {
                Staged { files: Vec::new(), failed: Some((PathBuf::new(), std::io::Error::other("the writing thread stopped"))) }
            }
            None => Staged::default(),
        }
    }

    /// Put every staged file in place, or none.
    pub fn commit(mut self) -> Result<(), (PathBuf, std::io::Error)> {
        let staged = self.finish_writing();
        let temps: Vec<&PathBuf> = staged.files.iter().map(|(_, t)| t).collect();
        if let Some(failed) = staged.failed {
            remove_all(temps);
            return Err(failed);
        }
        let mut backups: Vec<Option<PathBuf>> = Vec::with_capacity(staged.files.len());
        for (path, _) in &staged.files {
            let backup = if path.exists() {
                let b = sibling(path, "bak");
                let _ = std::fs::remove_file(&b);
                let linked = match std::fs::hard_link(path, &b) {
                    // A file that may not be linked may not be replaced either: stop here.
                    Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => Err(e),
                    // A file system without hard links: a copy.
                    Err(_) => std::fs::copy(path, &b).map(|_| ()),
                    Ok(()) => Ok(()),
                };
                if let Err(e) = linked {
                    remove_all(temps);
                    remove_all(backups.iter().flatten().collect());
                    return Err((path.clone(), e));
                }
                Some(b)
            } else {
                None
            };
            backups.push(backup);
        }
        for (i, (path, tmp)) in staged.files.iter().enumerate() {
            if let Err(e) = std::fs::rename(tmp, path) {
                // Undo: the files already replaced get their backups back (a new file is
                // removed).
                for ((done, _), backup) in staged.files[..i].iter().zip(&backups) {
                    match backup {
                        Some(b) => {
                            let _ = std::fs::rename(b, done);
                        }
                        None => {
                            let _ = std::fs::remove_file(done);
                        }
                    }
                }
                remove_all(temps[i..].to_vec());
                remove_all(backups[i..].iter().flatten().collect());
                return Err((path.clone(), e));
            }
        }
        remove_all(backups.iter().flatten().collect());
        Ok(())
    }
}

impl Drop for Replacement {
    /// Not committed: nothing is replaced, the temporaries go.
    fn drop(&mut self) {
        if self.writer.is_some() {
            let staged = self.finish_writing();
            remove_all(staged.files.iter().map(|(_, t)| t).collect());
        }
    }
}

/// Remove files, several at a time: removing a replaced file frees its blocks, which on
/// this kind of disk waits on the device more than it works (10,000 backups: 0,8 s one by
/// one, 0,5 s eight at a time).
fn remove_all(paths: Vec<&PathBuf>) {
    const AT_ONCE: usize = 8;
    if paths.len() < 64 {
        for p in paths {
            let _ = std::fs::remove_file(p);
        }
        return;
    }
    let chunk = paths.len().div_ceil(AT_ONCE);
    std::thread::scope(|s| {
        for part in paths.chunks(chunk) {
            s.spawn(move || {
                for p in part {
                    let _ = std::fs::remove_file(p);
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("qtr-replacement-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).expect("tmp");
        d
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir).expect("dir").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        v.sort();
        v
    }

    #[test]
    fn every_file_is_replaced_or_none() {
        let dir = folder("rollback");
        let a = dir.join("a.qtr");
        let b = dir.join("b.qtr");
        std::fs::write(&a, "old a").expect("write");
        std::fs::write(&b, "old b").expect("write");
        replace([(a.clone(), b"new a".to_vec()), (b.clone(), b"new b".to_vec())]).expect("replaced");
        assert_eq!(std::fs::read_to_string(&a).expect("a"), "new a");
        assert_eq!(std::fs::read_to_string(&b).expect("b"), "new b");
        // The second target cannot be replaced (a folder stands there): the first is back.
        let c = dir.join("c.qtr");
        std::fs::create_dir(&c).expect("mkdir");
        std::fs::write(c.join("x"), "x").expect("write");
        let err = replace([(a.clone(), b"newer a".to_vec()), (c.clone(), b"c".to_vec())]);
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&a).expect("a"), "new a", "rolled back");
        let left: Vec<String> =
            std::fs::read_dir(&dir).expect("dir").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        assert!(left.iter().all(|n| !n.contains(".tmp-") && !n.contains(".bak-")), "{left:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn replace(files: impl IntoIterator<Item = (PathBuf, Vec<u8>)>) -> Result<(), (PathBuf, std::io::Error)> {
        let r = Replacement::start();
        for (path, bytes) in files {
            r.stage(path, bytes);
        }
        r.commit()
    }

    #[test]
    fn a_replacement_not_committed_leaves_nothing_behind() {
        let dir = folder("dropped");
        std::fs::write(dir.join("a.qtr"), "old").expect("write");
        {
            let r = Replacement::start();
            r.stage(dir.join("a.qtr"), b"new".to_vec());
            r.stage(dir.join("b.qtr"), b"new".to_vec());
        }
        assert_eq!(names(&dir), ["a.qtr"]);
        assert_eq!(std::fs::read_to_string(dir.join("a.qtr")).expect("a"), "old");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_that_cannot_be_written_stops_the_replacement_before_anything_moves() {
        let dir = folder("unwritable");
        std::fs::write(dir.join("a.qtr"), "old").expect("write");
        let r = Replacement::start();
        r.stage(dir.join("a.qtr"), b"new".to_vec());
        r.stage(dir.join("no-such-folder").join("b.qtr"), b"new".to_vec());
        r.stage(dir.join("c.qtr"), b"new".to_vec());
        let err = r.commit().expect_err("b cannot be written");
        assert!(err.0.ends_with("b.qtr"), "{:?}", err.0);
        assert_eq!(names(&dir), ["a.qtr"]);
        assert_eq!(std::fs::read_to_string(dir.join("a.qtr")).expect("a"), "old");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn many_files_are_replaced_and_their_backups_removed() {
        let dir = folder("many");
        for i in 0..100 {
            std::fs::write(dir.join(format!("{i:03}.qtr")), "old").expect("write");
        }
        let r = Replacement::start();
        for i in 0..100 {
            r.stage(dir.join(format!("{i:03}.qtr")), format!("new {i}").into_bytes());
        }
        r.commit().expect("replaced");
        let left = names(&dir);
        assert_eq!(left.len(), 100, "{left:?}");
        assert_eq!(std::fs::read_to_string(dir.join("042.qtr")).expect("42"), "new 42");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
