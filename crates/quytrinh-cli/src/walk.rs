//! Finding the `.qtr` files of a catalogue on disk.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A problem met while walking (a path that cannot be read at all stops it).
#[derive(Debug)]
pub struct WalkProblem {
    pub path: PathBuf,
    pub message_vi: String,
    pub message_en: String,
}

/// Every `.qtr` file under `paths` (files are taken as given, folders are walked), sorted
/// and without duplicates so that output never depends on directory order. Symlink loops
/// and unreadable folders are reported, not followed.
pub fn find_files(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<WalkProblem>), WalkProblem> {
    // One folder is walked in sorted order already (sorted children, depth first); only
    // several paths, which may overlap, need sorting and deduplication.
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| {
            let (vi, en) = crate::os_error::describe(&e);
            problem(p, &vi, &en)
        })?;
        if meta.is_dir() {
            let mut seen = Seen::default();
            walk(p, &mut out, &mut problems, &mut seen, 0);
        } else if meta.is_file() {
            out.push(clean(p));
        } else {
            problems.push(not_regular(p, meta.file_type()));
        }
    }
    if paths.len() > 1 {
        out.sort();
        out.dedup();
    }
    Ok((out, problems))
}

/// Folders deeper than this are not walked (a guard against runaway trees).
const MAX_DEPTH: usize = 64;

/// Folders met so far (by their canonical path), and those on the way down to the current one.
#[derive(Default)]
struct Seen {
    walked: BTreeSet<PathBuf>,
    ancestors: Vec<PathBuf>,
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<WalkProblem>, seen: &mut Seen, depth: usize) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => {
            let (vi, en) = crate::os_error::describe(&e);
            problems.push(problem(dir, &format!("không mở được thư mục: {vi}"), &format!("cannot open the folder: {en}")));
            return;
        }
    };
    if seen.ancestors.contains(&canonical) {
        problems.push(problem(dir, "liên kết vòng (symlink loop), bỏ qua", "symbolic link loop, skipped"));
        return;
    }
    // A link to a folder walked already: its files are in the list once, under their own path.
    if !seen.walked.insert(canonical.clone()) {
        return;
    }
    if depth > MAX_DEPTH {
        problems.push(problem(dir, "thư mục lồng quá sâu, bỏ qua", "folder nested too deeply, skipped"));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            let (vi, en) = crate::os_error::describe(&e);
            problems.push(problem(dir, &format!("không đọc được thư mục: {vi}"), &format!("cannot read the folder: {en}")));
            return;
        }
    };
    // Sorted by name: the same order as sorting the paths, at a fraction of the cost.
    let mut children: Vec<(std::ffi::OsString, Option<std::fs::FileType>)> =
        entries.filter_map(|e| e.ok().map(|e| (e.file_name(), e.file_type().ok()))).collect();
    children.sort_by(|a, b| a.0.cmp(&b.0));
    seen.ancestors.push(canonical);
    for (name, kind) in children {
        let child = dir.join(&name);
        let name = name.to_str().unwrap_or("");
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        let is_qtr = child.extension().is_some_and(|e| e == "qtr");
        // The entry's own type needs no system call; a symbolic link is followed to see
        // what it points to.
        match kind {
            Some(k) if k.is_dir() => walk(&child, out, problems, seen, depth + 1),
            Some(k) if k.is_file() => {
                if is_qtr {
                    out.push(clean(&child));
                }
            }
            // Only regular files are read: a FIFO would block the run for good.
            Some(k) if !k.is_symlink() => {
                if is_qtr {
                    problems.push(not_regular(&child, k));
                }
            }
            _ => match std::fs::metadata(&child) {
                Ok(m) if m.is_dir() => walk(&child, out, problems, seen, depth + 1),
                Ok(m) if is_qtr && m.is_file() => out.push(clean(&child)),
                Ok(m) if is_qtr => problems.push(not_regular(&child, m.file_type())),
                Ok(_) => {}
                Err(e) if is_qtr || child.is_symlink() => {
                    let (vi, en) = crate::os_error::describe(&e);
                    problems.push(problem(&child, &format!("không đọc được: {vi}"), &format!("cannot read: {en}")));
                }
                Err(_) => {}
            },
        }
    }
    seen.ancestors.pop();
}

/// A `.qtr` name on something that is not a regular file (a FIFO, socket or device).
fn not_regular(path: &Path, kind: std::fs::FileType) -> WalkProblem {
    let what = crate::load::describe(kind);
    problem(
        path,
        &format!("không phải tệp thông thường ({what}), bỏ qua: chỉ đọc tệp .qtr thông thường; xóa hoặc đổi tên mục này"),
        &format!("not a regular file ({what}), skipped: only regular .qtr files are read; remove or rename it"),
    )
}

fn problem(path: &Path, vi: &str, en: &str) -> WalkProblem {
    WalkProblem { path: path.to_path_buf(), message_vi: vi.to_string(), message_en: en.to_string() }
}

impl WalkProblem {
    /// "path: message" in a language.
    pub fn say(&self, lang: quytrinh_diagnostics::Lang) -> String {
        let message = if lang == quytrinh_diagnostics::Lang::Vi { &self.message_vi } else { &self.message_en };
        format!("{}: {message}", self.path.display())
    }
}

/// `./a/b.qtr` → `a/b.qtr`, for shorter, stable names in output.
fn clean(p: &Path) -> PathBuf {
    p.strip_prefix(".").map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The walk returns exactly the sorted, de-duplicated `.qtr` paths (the order every
    /// output relies on), without sorting them itself for one folder.
    #[test]
    fn a_folder_is_walked_in_sorted_path_order() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        for f in ["a/x.qtr", "a-b.qtr", "a.qtr", "b/c/d.qtr", "b/c.qtr", "B.qtr", "á.qtr", ".hidden/x.qtr", "a/notes.txt", "z/y/.x.qtr"] {
            let p = root.join(f);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(&p, "procedure X {}\n").expect("write");
        }
        let (files, problems) = find_files(&[root.to_path_buf()]).expect("walks");
        assert!(problems.is_empty(), "{problems:?}");
        let mut expected: Vec<PathBuf> =
            ["a/x.qtr", "a-b.qtr", "a.qtr", "b/c/d.qtr", "b/c.qtr", "B.qtr", "á.qtr"].iter().map(|f| root.join(f)).collect();
        expected.sort();
        assert_eq!(files, expected);
        // Two overlapping paths: sorted and each file once.
        let (twice, _) = find_files(&[root.join("b"), root.to_path_buf(), root.join("b/c.qtr")]).expect("walks");
        assert_eq!(twice, expected);
    }

    /// A link to a folder walked elsewhere is not walked twice (its files would count twice)
    /// and is no error; a link back to a folder on the way down is a loop, reported.
    #[cfg(unix)]
    #[test]
    fn links_to_walked_folders_are_skipped_and_loops_reported() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        std::fs::create_dir_all(root.join("procedures/old")).expect("mkdir");
        std::fs::write(root.join("procedures/a.qtr"), "procedure A {}\n").expect("write");
        std::os::unix::fs::symlink(root.join("procedures"), root.join("current")).expect("symlink");
        std::os::unix::fs::symlink(root.join("procedures"), root.join("procedures/old/up")).expect("symlink");
        let (files, problems) = find_files(&[root.to_path_buf()]).expect("walks");
        assert_eq!(files, vec![root.join("current/a.qtr")], "walked once, under the first name met");
        let names: Vec<String> = problems.iter().map(|p| p.path.to_string_lossy().into_owned()).collect();
        assert_eq!(names, vec![root.join("current/old/up").to_string_lossy().into_owned()], "the loop");
    }
}
