//! `quytrinh import FILE.json... --out DIR`: portal JSON back to `.qtr` files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::Lang;
use quytrinh_emit::import::{self, Document};
use quytrinh_emit::names;

use crate::args::ImportArgs;
use crate::write::unique;

/// The largest JSON file `import` reads (a catalogue of 100,000 procedures is ~170 MB).
const MAX_JSON_BYTES: usize = 512 * 1024 * 1024;

pub fn run(args: &ImportArgs, lang: Lang) -> u8 {
    let mut procedures = Vec::new();
    let mut catalogues = Vec::new();
    let mut failed = false;
    for path in &args.files {
        let text = match crate::load::read_regular_file(path, MAX_JSON_BYTES).map(|r| r.map(String::from_utf8)) {
            Ok(Ok(Ok(t))) => t,
            Ok(Ok(Err(_))) => {
                match lang {
                    Lang::Vi => {
                        eprintln!("quytrinh: {}: không phải văn bản UTF-8; JSON của cổng dịch vụ công luôn là UTF-8.", path.display())
                    }
                    Lang::En => eprintln!("quytrinh: {}: not UTF-8 text; portal JSON is always UTF-8.", path.display()),
                }
                return 2;
            }
            Ok(Err(size)) => {
                match lang {
                    Lang::Vi => eprintln!("quytrinh: {}: tệp quá lớn ({size} byte; tối đa {MAX_JSON_BYTES}).", path.display()),
                    Lang::En => eprintln!("quytrinh: {}: file too large ({size} bytes; at most {MAX_JSON_BYTES}).", path.display()),
                }
                return 2;
            }
            Err(e) => {
                eprintln!("quytrinh: {}: {e}", path.display());
                return 2;
            }
        };
        match import::read_document(&text) {
            Ok(Document::Procedure(p)) => procedures.push(*p),
            Ok(Document::Catalogue(c)) => catalogues.push(c),
            Err(e) => {
                failed = true;
                match lang {
                    Lang::Vi => eprintln!("quytrinh: {}: {}: {}", path.display(), e.path, e.message),
                    Lang::En => eprintln!("quytrinh: {}: {}: {}", path.display(), e.path, e.message),
                }
            }
        }
    }
    if failed {
        match lang {
            Lang::Vi => eprintln!("quytrinh: có tệp JSON không đọc được; không ghi tệp nào."),
            Lang::En => eprintln!("quytrinh: some JSON could not be read; nothing written."),
        }
        return 1;
    }
    let mut outputs: Vec<(String, String)> = Vec::new();
    let mut taken = BTreeSet::new();
    if catalogues.is_empty() {
        if !procedures.is_empty() {
            outputs.push((unique("agency.qtr".to_string(), &mut taken), import::agency_from_procedures(&procedures)));
        }
    } else {
        for c in &catalogues {
            for (file, text) in import::agency_sources(c) {
                let name = safe_name(&file).unwrap_or_else(|| "agency.qtr".to_string());
                outputs.push((unique(name, &mut taken), text));
            }
        }
    }
    for p in &procedures {
        let name = safe_name(&p.source.file).unwrap_or_else(|| format!("{}.qtr", names::file_stem(&p.code)));
        outputs.push((unique(name, &mut taken), import::procedure_source(p)));
    }
    let existing: Vec<PathBuf> = outputs.iter().map(|(n, _)| args.out.join(n)).filter(|p| p.exists()).collect();
    if !existing.is_empty() && !args.force {
        for p in &existing {
            match lang {
                Lang::Vi => eprintln!("quytrinh: {} đã có; dùng --force để ghi đè.", p.display()),
                Lang::En => eprintln!("quytrinh: {} exists; use --force to overwrite it.", p.display()),
            }
        }
        return 1;
    }
    // Something in the way that is not a file (a folder) cannot be replaced: refused now,
    // before anything is written.
    if let Some(p) = outputs.iter().map(|(n, _)| args.out.join(n)).find(|p| p.symlink_metadata().is_ok_and(|m| !m.is_file())) {
        match lang {
            Lang::Vi => eprintln!("quytrinh: {} đã có và không phải tệp; không ghi tệp nào.", p.display()),
            Lang::En => eprintln!("quytrinh: {} exists and is not a file; nothing written.", p.display()),
        }
        return 2;
    }
    // All or nothing: every file is written to a temporary beside its target first; only
    // when all are written are they renamed into place.
    if let Err(e) = write_all(&args.out, &outputs) {
        eprintln!("quytrinh: {e}");
        return 2;
    }
    let n = outputs.len();
    match lang {
        Lang::Vi => eprintln!("Đã ghi {n} tệp .qtr vào {}.", args.out.display()),
        Lang::En => eprintln!("Wrote {} to {}.", crate::english::plural(n, ".qtr file"), args.out.display()),
    }
    0
}

/// Write every output to a hidden temporary file, then rename them all into place; on a
/// failure while writing, remove the temporaries and leave the folder as it was.
fn write_all(out: &Path, outputs: &[(String, String)]) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let pid = std::process::id();
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::with_capacity(outputs.len());
    for (name, text) in outputs {
        let tmp = out.join(format!(".{name}.tmp-{pid}"));
        if let Err(e) = std::fs::write(&tmp, text.as_bytes()) {
            let _ = std::fs::remove_file(&tmp);
            for (t, _) in &staged {
                let _ = std::fs::remove_file(t);
            }
            return Err(format!("{}: {e}", out.join(name).display()));
        }
        staged.push((tmp, out.join(name)));
    }
    for (i, (tmp, target)) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, target) {
            for (t, _) in &staged[i..] {
                let _ = std::fs::remove_file(t);
            }
            return Err(format!("{}: {e}", target.display()));
        }
    }
    Ok(())
}

/// The file name for a source path from a document, sanitised as `build` names its
/// outputs (`names::file_stem`): no folder, no `\`, `~`, `..`, control characters or
/// Windows device name; `None` if it is not a `.qtr` path.
fn safe_name(file: &str) -> Option<String> {
    let stem = file.strip_suffix(".qtr")?;
    Some(format!("{}.qtr", names::file_stem(stem)))
}
