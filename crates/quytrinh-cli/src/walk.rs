//! Finding the `.qtr` files of a catalogue on disk.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A problem met while walking that does not stop the walk.
#[derive(Debug)]
pub struct WalkProblem {
    pub path: PathBuf,
    pub message_vi: String,
    pub message_en: String,
}

/// Every `.qtr` file under `paths` (files are taken as given, folders are walked), sorted
/// and without duplicates so that output never depends on directory order. Symlink loops
/// and unreadable folders are reported, not followed.
pub fn find_files(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<WalkProblem>), String> {
    let mut out = BTreeSet::new();
    let mut problems = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| format!("{}: {}", p.display(), e))?;
        if meta.is_dir() {
            let mut visited = BTreeSet::new();
            walk(p, &mut out, &mut problems, &mut visited, 0);
        } else {
            out.insert(clean(p));
        }
    }
    Ok((out.into_iter().collect(), problems))
}

/// Folders deeper than this are not walked (a guard against runaway trees).
const MAX_DEPTH: usize = 64;

fn walk(dir: &Path, out: &mut BTreeSet<PathBuf>, problems: &mut Vec<WalkProblem>, visited: &mut BTreeSet<PathBuf>, depth: usize) {
    let canonical = match std::fs::canonicalize(dir) {
        Ok(c) => c,
        Err(e) => {
            problems.push(problem(dir, &format!("không mở được thư mục: {e}"), &format!("cannot open the folder: {e}")));
            return;
        }
    };
    if !visited.insert(canonical) {
        problems.push(problem(dir, "liên kết vòng (symlink loop), bỏ qua", "symbolic link loop, skipped"));
        return;
    }
    if depth > MAX_DEPTH {
        problems.push(problem(dir, "thư mục lồng quá sâu, bỏ qua", "folder nested too deeply, skipped"));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(problem(dir, &format!("không đọc được thư mục: {e}"), &format!("cannot read the folder: {e}")));
            return;
        }
    };
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        let name = child.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "target" || name == "node_modules" {
            continue;
        }
        match std::fs::metadata(&child) {
            Ok(m) if m.is_dir() => walk(&child, out, problems, visited, depth + 1),
            Ok(_) if child.extension().is_some_and(|e| e == "qtr") => {
                out.insert(clean(&child));
            }
            Ok(_) => {}
            Err(e) if child.extension().is_some_and(|e| e == "qtr") || child.is_symlink() => {
                problems.push(problem(&child, &format!("không đọc được: {e}"), &format!("cannot read: {e}")));
            }
            Err(_) => {}
        }
    }
}

fn problem(path: &Path, vi: &str, en: &str) -> WalkProblem {
    WalkProblem { path: path.to_path_buf(), message_vi: vi.to_string(), message_en: en.to_string() }
}

/// `./a/b.qtr` → `a/b.qtr`, for shorter, stable names in output.
fn clean(p: &Path) -> PathBuf {
    p.strip_prefix(".").map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf())
}
