//! `quytrinh diff OLD NEW` (two folders) or `quytrinh diff DIR --git REV`: what changed
//! between two versions of a catalogue, in an officer's words, and the list an amending
//! decision needs.

use std::path::Path;

use quytrinh_diagnostics::{FileId, Lang, Severity};
use quytrinh_emit::diff;
use quytrinh_emit::portal::{self, contract::PortalProcedure};

use crate::args::{DiffArgs, DiffFormat, Format};
use crate::render::Style;
use crate::stream::{self, Settings, Visit};

pub fn run(args: &DiffArgs, lang: Lang) -> u8 {
    let say = |vi: String, en: String| eprintln!("quytrinh: {}", if lang == Lang::Vi { vi } else { en });
    let (old_dir, new_dir, _snapshot) = match (&args.new, &args.git) {
        (Some(new), None) => (args.old.clone(), new.clone(), None),
        (None, Some(rev)) => match git_snapshot(&args.old, rev) {
            Ok(tmp) => (tmp.path().to_path_buf(), args.old.clone(), Some(tmp)),
            Err((vi, en)) => {
                say(vi, en);
                return 2;
            }
        },
        _ => {
            say(
                "cần hai thư mục (`quytrinh diff CŨ MỚI`) hoặc một thư mục và `--git REV`".to_string(),
                "give two folders (`quytrinh diff OLD NEW`) or one folder and `--git REV`".to_string(),
            );
            return 2;
        }
    };
    let old = match load(&old_dir, lang) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let new = match load(&new_dir, lang) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let d = diff::compare(&old, &new);
    let text = match args.format {
        DiffFormat::Text => diff::diff_text(&d, lang),
        DiffFormat::Json => {
            let mut s = serde_json::to_string_pretty(&d).unwrap_or_default();
            s.push('\n');
            s
        }
        DiffFormat::Annex => diff::diff_annex_html(&d),
    };
    match &args.out {
        Some(path) => {
            if let Err(e) = crate::write::write_atomic(path, text.as_bytes()) {
                let (vi, en) = crate::os_error::describe(&e);
                say(format!("{}: {vi}", path.display()), format!("{}: {en}", path.display()));
                return 2;
            }
        }
        None => {
            if !crate::emit(&text) {
                return 2;
            }
        }
    }
    // As diff(1): 0 when nothing changed, 1 when something did.
    u8::from(!d.is_empty())
}

/// Every procedure of a catalogue folder, as portal documents.
fn load(dir: &Path, lang: Lang) -> Result<Vec<PortalProcedure>, String> {
    let style = Style { format: Format::Github, lang, color: false, full_infos: false };
    let keep = |d: &quytrinh_diagnostics::Diagnostic| d.severity == Severity::Error;
    let paths = [dir.to_path_buf()];
    let settings = Settings { paths: &paths, config: None, style, keep: &keep, rules: false };
    let visit = |v: &Visit| {
        let names = |f: FileId| v.names.get(f.0 as usize).cloned().unwrap_or_default();
        v.view.procedures.iter().map(|p| portal::procedure(v.view, p, &names)).collect::<Vec<_>>()
    };
    let checked = stream::run(&settings, &visit)?;
    for problem in &checked.io_problems {
        eprintln!("quytrinh: {problem}");
    }
    if checked.counts.errors > 0 {
        let n = checked.counts.errors;
        eprintln!(
            "quytrinh: {}",
            match lang {
                Lang::Vi => format!("lưu ý: {} có {n} lỗi (xem `quytrinh check`); so sánh có thể chưa đầy đủ.", dir.display()),
                Lang::En => format!("note: {} has {n} error(s) (see `quytrinh check`); the comparison may be incomplete.", dir.display()),
            }
        );
    }
    Ok(checked.visited.into_iter().flatten().collect())
}

/// The folder `dir` as it was at git revision `rev`, in a temporary folder.
fn git_snapshot(dir: &Path, rev: &str) -> Result<tempfile_dir::TempDir, (String, String)> {
    let fail = |what: &str| (format!("--git {rev}: {what}"), format!("--git {rev}: {what}"));
    if rev.starts_with('-') {
        return Err(fail("revision must not start with '-'"));
    }
    let prefix = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--show-prefix"])
        .output()
        .map_err(|e| fail(&format!("git: {e}")))?;
    if !prefix.status.success() {
        return Err((
            format!("--git: {} không nằm trong một kho git", dir.display()),
            format!("--git: {} is not inside a git repository", dir.display()),
        ));
    }
    let prefix = String::from_utf8_lossy(&prefix.stdout).trim().to_string();
    // `git archive` run inside a sub-folder keeps only that sub-folder's paths of the tree
    // it is given: run it at the top of the work tree.
    let top = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .map_err(|e| fail(&format!("git: {e}")))?;
    let top = std::path::PathBuf::from(String::from_utf8_lossy(&top.stdout).trim().to_string());
    let tree = format!("{rev}:{prefix}");
    let tmp = tempfile_dir::TempDir::new().map_err(|e| fail(&e.to_string()))?;
    // `git archive` of the folder's tree at that revision, unpacked by the system's `tar`.
    let mut archive = std::process::Command::new("git")
        .arg("-C")
        .arg(&top)
        .args(["archive", "--format=tar", &tree])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| fail(&format!("git archive: {e}")))?;
    let Some(out) = archive.stdout.take() else { return Err(fail("git archive: no output")) };
    let untar = std::process::Command::new("tar")
        .arg("-x")
        .arg("-f")
        .arg("-")
        .arg("-C")
        .arg(tmp.path())
        .stdin(out)
        .output()
        .map_err(|e| fail(&format!("tar: {e}")))?;
    let archived = archive.wait_with_output().map_err(|e| fail(&format!("git archive: {e}")))?;
    if !archived.status.success() {
        let err = String::from_utf8_lossy(&archived.stderr).trim().to_string();
        return Err((
            format!("--git {rev}: không đọc được phiên bản này của thư mục ({err})"),
            format!("--git {rev}: cannot read this version of the folder ({err})"),
        ));
    }
    if !untar.status.success() {
        return Err(fail(&format!("tar: {}", String::from_utf8_lossy(&untar.stderr).trim())));
    }
    Ok(tmp)
}

/// A temporary folder removed when dropped (the `tempfile` crate is only a dev-dependency).
mod tempfile_dir {
    use std::path::{Path, PathBuf};

    pub struct TempDir(PathBuf);

    impl TempDir {
        pub fn new() -> std::io::Result<TempDir> {
            let base = std::env::temp_dir();
            for n in 0..1000u32 {
                let p = base.join(format!("quytrinh-diff-{}-{n}", std::process::id()));
                match std::fs::create_dir(&p) {
                    Ok(()) => return Ok(TempDir(p)),
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
            Err(std::io::Error::other("no free temporary folder name"))
        }

        pub fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}
