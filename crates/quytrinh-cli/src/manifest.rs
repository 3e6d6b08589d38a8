//! The build manifest, `.quytrinh-manifest` in the output folder: one line per file the
//! last build wrote, `KIND NAME` (kind `json`, `html`, `docx`, `mmd`, `dot` or `annex`).
//! The next build removes the files of the kinds it writes that it did not write again (a
//! procedure removed from the catalogue, a renamed code), and never a file that is not in
//! the manifest: what the user put in the folder stays.

use std::collections::BTreeSet;
use std::path::Path;

use crate::write::write_atomic;

pub const MANIFEST_FILE: &str = ".quytrinh-manifest";

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
    pub fn replace(mut self, dir: &Path, kinds: &[&str]) -> std::io::Result<()> {
        let written = self.files.len();
        let previous = std::fs::read_to_string(dir.join(MANIFEST_FILE)).unwrap_or_default();
        let mine: BTreeSet<&str> = self.files.iter().map(|(_, n)| n.as_str()).collect();
        let mut carried = Vec::new();
        for line in previous.lines() {
            let Some((kind, name)) = line.split_once(' ') else { continue };
            // Only a plain file name of ours: a manifest edited by hand cannot reach out of
            // the folder, nor at a hidden file (the lock, the manifest, temporaries).
            if !plain_name(name) || mine.contains(name) {
                continue;
            }
            let path = dir.join(name);
            let is_file = std::fs::symlink_metadata(&path).map(|m| m.is_file()).unwrap_or(false);
            if !is_file {
                continue;
            }
            if kinds.contains(&kind) {
                std::fs::remove_file(&path)?;
            } else {
                carried.push((kind.to_string(), name.to_string()));
            }
        }
        self.files.extend(carried);
        debug_assert!(self.files.len() >= written);
        let text: String = self.files.iter().map(|(k, n)| format!("{k} {n}\n")).collect();
        write_atomic(&dir.join(MANIFEST_FILE), text.as_bytes())
    }
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
        for f in ["a.json", "b.json", "b.html", "mine.json"] {
            std::fs::write(d.join(f), "x").expect("write");
        }
        std::fs::write(d.join(MANIFEST_FILE), "json a.json\njson b.json\nhtml b.html\njson ../escape.json\njson .quytrinh.lock\n")
            .expect("manifest");
        let mut m = Manifest::default();
        m.add("json", "a.json");
        m.replace(d, &["json"]).expect("replace");
        assert!(d.join("a.json").exists());
        assert!(!d.join("b.json").exists(), "removed from the catalogue: removed");
        assert!(d.join("b.html").exists(), "another kind, not built this time: kept");
        assert!(d.join("mine.json").exists(), "not written by quytrinh: kept");
        let text = std::fs::read_to_string(d.join(MANIFEST_FILE)).expect("manifest");
        assert_eq!(text, "html b.html\njson a.json\n");
    }
}
