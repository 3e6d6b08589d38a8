//! The build manifest, `.quytrinh-manifest` in the output folder: one line per file the
//! last build wrote, `KIND SIZE MTIME NAME` (kind `json`, `html`, `docx`, `mmd`, `dot` or
//! `annex`; size in bytes, modification time in nanoseconds since 1970). The next build
//! removes the files of the kinds it writes that it did not write again (a procedure
//! removed from the catalogue, a renamed code) — only when the file still has the size and
//! time recorded, so a file the user has since edited or replaced, a name listed by a
//! manifest written by hand, and anything not in the manifest stay.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use crate::write::write_atomic;

pub const MANIFEST_FILE: &str = ".quytrinh-manifest";
/// The largest manifest read (100,000 procedures × 6 files is about 40 MB).
const MAX_MANIFEST_BYTES: u64 = 256 * 1024 * 1024;

/// The files this build wrote.
#[derive(Default)]
pub struct Manifest {
    files: BTreeSet<(String, String)>,
}

impl Manifest {
    pub fn add(&mut self, kind: &str, name: &str) {
        self.files.insert((kind.to_string(), name.to_string()));
    }

    /// The number of distinct files written.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Remove the files of `kinds` the previous manifest lists and this build did not write,
    /// keep the entries of other kinds (still on disk), and write the new manifest.
    pub fn replace(self, dir: &Path, kinds: &[&str]) -> std::io::Result<()> {
        let previous = read_previous(&dir.join(MANIFEST_FILE));
        let mine: BTreeSet<&str> = self.files.iter().map(|(_, n)| n.as_str()).collect();
        let mut lines = Vec::with_capacity(self.files.len());
        for line in previous.lines() {
            let mut parts = line.splitn(4, ' ');
            let (Some(kind), Some(size), Some(time), Some(name)) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            // Only a plain file name: a manifest edited by hand cannot reach out of the
            // folder, nor at a hidden file (the lock, the manifest, temporaries).
            if !plain_name(name) || mine.contains(name) {
                continue;
            }
            let path = dir.join(name);
            // Still as this tool left it (a regular file, same size and time), or not ours.
            if fingerprint(&path).as_deref() != Some(&format!("{size} {time}")[..]) {
                continue;
            }
            if kinds.contains(&kind) {
                std::fs::remove_file(&path)?;
            } else {
                lines.push(format!("{kind} {size} {time} {name}\n"));
            }
        }
        for (kind, name) in &self.files {
            if let Some(f) = fingerprint(&dir.join(name)) {
                lines.push(format!("{kind} {f} {name}\n"));
            }
        }
        lines.sort_by(|a, b| a.split(' ').nth(3).cmp(&b.split(' ').nth(3)));
        write_atomic(&dir.join(MANIFEST_FILE), lines.concat().as_bytes())
    }
}

/// The previous manifest, if it is a regular file (not a FIFO or a link to one: reading
/// must not block), read up to a bound.
fn read_previous(path: &Path) -> String {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return String::new();
    }
    let mut text = String::new();
    if let Ok(f) = std::fs::File::open(path) {
        let _ = f.take(MAX_MANIFEST_BYTES).read_to_string(&mut text);
    }
    text
}

/// `SIZE MTIME` of a regular file (not following links), or `None`.
fn fingerprint(path: &Path) -> Option<String> {
    let m = std::fs::symlink_metadata(path).ok().filter(|m| m.is_file())?;
    let time = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
    Some(format!("{} {time}", m.len()))
}

/// A name build could have written: one component, not hidden, no separators.
fn plain_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0']) && name != ".."
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_the_last_build_wrote_are_removed() {
        let dir = tempfile::tempdir().expect("tmp");
        let d = dir.path();
        for f in ["a.json", "b.json", "b.html", "mine.json", "edited.json"] {
            std::fs::write(d.join(f), "x").expect("write");
        }
        let f = |n: &str| fingerprint(&d.join(n)).expect("file");
        let manifest = format!(
            "json {} a.json\njson {} b.json\nhtml {} b.html\njson 1 1 ../escape.json\njson 1 1 .quytrinh.lock\njson 1 1 mine.json\njson {} edited.json\n",
            f("a.json"),
            f("b.json"),
            f("b.html"),
            f("edited.json")
        );
        std::fs::write(d.join(MANIFEST_FILE), manifest).expect("manifest");
        std::fs::write(d.join("edited.json"), "edited by hand").expect("edit");
        let mut m = Manifest::default();
        m.add("json", "a.json");
        m.replace(d, &["json"]).expect("replace");
        assert!(d.join("a.json").exists());
        assert!(!d.join("b.json").exists(), "removed from the catalogue: removed");
        assert!(d.join("b.html").exists(), "another kind, not built this time: kept");
        assert!(d.join("mine.json").exists(), "listed with another size and time: not ours, kept");
        assert!(d.join("edited.json").exists(), "changed since it was written: kept");
        let text = std::fs::read_to_string(d.join(MANIFEST_FILE)).expect("manifest");
        assert_eq!(text, format!("json {} a.json\nhtml {} b.html\n", f("a.json"), f("b.html")));
    }
}
