//! The catalogue folder's `.qtr` files, and only those: a path from the page is resolved,
//! symlinks and all, and refused unless it lands inside the folder. Saves are atomic and
//! refused when the file changed on disk since the page loaded it.

use std::path::{Component, Path, PathBuf};

/// Why a path from the page was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    /// Absolute, with `..`, not a `.qtr` file, or leading outside the folder.
    Outside,
    NotFound,
}

/// A file's version: a hash of its bytes on disk (the page sends back the one it loaded).
pub fn version(bytes: &[u8]) -> String {
    // FNV-1a, 64 bits: not for security, only to notice a change.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}-{}", bytes.len())
}

/// The real path of `rel` (relative to the canonical `root`), which must be a `.qtr` file
/// inside the folder. With `must_exist` false a file not yet made is allowed, when its folder
/// is inside.
pub fn resolve(root: &Path, rel: &str, must_exist: bool) -> Result<PathBuf, Refused> {
    let rel_path = Path::new(rel);
    if rel.is_empty() || rel.contains('\0') || rel.contains('\\') {
        return Err(Refused::Outside);
    }
    if !rel_path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(Refused::Outside);
    }
    if rel_path.extension().and_then(|e| e.to_str()) != Some("qtr") {
        return Err(Refused::Outside);
    }
    let joined = root.join(rel_path);
    match std::fs::canonicalize(&joined) {
        Ok(real) => {
            // A symlink may point anywhere: what counts is where it lands.
            if real.starts_with(root) && real.extension().and_then(|e| e.to_str()) == Some("qtr") {
                Ok(real)
            } else {
                Err(Refused::Outside)
            }
        }
        Err(_) if must_exist => Err(Refused::NotFound),
        Err(_) => {
            if std::fs::symlink_metadata(&joined).is_ok() {
                // A dangling symlink: writing through it would create its target anywhere.
                return Err(Refused::Outside);
            }
            let parent = joined.parent().ok_or(Refused::Outside)?;
            let real_parent = std::fs::canonicalize(parent).map_err(|_| Refused::NotFound)?;
            let name = joined.file_name().ok_or(Refused::Outside)?;
            if real_parent.starts_with(root) {
                Ok(real_parent.join(name))
            } else {
                Err(Refused::Outside)
            }
        }
    }
}

/// The path as the page shows it: relative to the folder, with `/`.
pub fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// The bytes of a file inside the folder, bounded like every source `check` reads.
pub fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    match crate::load::read_regular_file(path, quytrinh_syntax::decode::MAX_SOURCE_BYTES)? {
        Ok(bytes) => Ok(bytes),
        Err(size) => Err(std::io::Error::other(format!("{size} bytes: too large"))),
    }
}

/// What became of a save.
pub enum Saved {
    Done {
        version: String,
    },
    /// The file changed on disk since the page loaded it (or, for a new file, exists).
    Stale {
        disk_text: String,
        version: Option<String>,
    },
}

/// Write `text` to `path` atomically if the disk still holds the version the page loaded
/// (`None`: the page made a new file, which must not exist yet). The caller holds the lock
/// that serialises saves, so the check and the rename cannot interleave with another save
/// from the workbench.
pub fn save(path: &Path, text: &str, loaded: Option<&str>) -> std::io::Result<Saved> {
    let on_disk = match read(path) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let disk_version = on_disk.as_deref().map(version);
    if disk_version.as_deref() != loaded {
        let disk_text = on_disk.map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        return Ok(Saved::Stale { disk_text, version: disk_version });
    }
    crate::write::write_atomic(path, text.as_bytes())?;
    Ok(Saved::Done { version: version(text.as_bytes()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = std::fs::canonicalize(dir.path()).expect("canon");
        std::fs::create_dir(root.join("cat")).expect("mkdir");
        std::fs::write(root.join("cat/a.qtr"), "x").expect("write");
        std::fs::write(root.join("secret.qtr"), "s").expect("write");
        (dir, root)
    }

    #[test]
    fn inside_files_resolve() {
        let (_d, root) = folder();
        let cat = root.join("cat");
        assert_eq!(resolve(&cat, "a.qtr", true), Ok(cat.join("a.qtr")));
        assert_eq!(resolve(&cat, "b.qtr", false), Ok(cat.join("b.qtr")));
        assert_eq!(resolve(&cat, "b.qtr", true), Err(Refused::NotFound));
    }

    #[test]
    fn dot_dot_absolute_and_other_kinds_are_refused() {
        let (_d, root) = folder();
        let cat = root.join("cat");
        assert_eq!(resolve(&cat, "../secret.qtr", true), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "./a.qtr", true), Err(Refused::Outside));
        assert_eq!(resolve(&cat, &root.join("secret.qtr").to_string_lossy(), true), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "quytrinh.toml", false), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "", false), Err(Refused::Outside));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_leading_out_are_refused() {
        let (_d, root) = folder();
        let cat = root.join("cat");
        std::os::unix::fs::symlink(root.join("secret.qtr"), cat.join("link.qtr")).expect("symlink");
        std::os::unix::fs::symlink(&root, cat.join("up")).expect("symlink");
        std::os::unix::fs::symlink(root.join("nowhere.qtr"), cat.join("dangling.qtr")).expect("symlink");
        assert_eq!(resolve(&cat, "link.qtr", true), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "up/secret.qtr", true), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "up/new.qtr", false), Err(Refused::Outside));
        assert_eq!(resolve(&cat, "dangling.qtr", false), Err(Refused::Outside));
    }

    #[test]
    fn a_stale_save_is_refused_and_writes_nothing() {
        let (_d, root) = folder();
        let path = root.join("cat/a.qtr");
        let loaded = version(b"x");
        std::fs::write(&path, "changed elsewhere").expect("write");
        match save(&path, "mine", Some(&loaded)).expect("save") {
            Saved::Stale { disk_text, .. } => assert_eq!(disk_text, "changed elsewhere"),
            Saved::Done { .. } => panic!("a stale save went through"),
        }
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "changed elsewhere");
        let now = version(b"changed elsewhere");
        assert!(matches!(save(&path, "mine", Some(&now)).expect("save"), Saved::Done { .. }));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");
        assert!(matches!(save(&path, "new", None).expect("save"), Saved::Stale { .. }));
    }
}
