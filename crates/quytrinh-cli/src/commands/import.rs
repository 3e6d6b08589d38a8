//! `quytrinh import FILE.json... --out DIR`: portal JSON back to `.qtr` files.

use std::collections::BTreeSet;
use std::path::PathBuf;

use quytrinh_diagnostics::Lang;
use quytrinh_emit::import::{self, Document};
use quytrinh_emit::names;

use crate::args::ImportArgs;
use crate::write::{unique, write_atomic};

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
    for (name, text) in &outputs {
        let path = args.out.join(name);
        if let Err(e) = write_atomic(&path, text.as_bytes()) {
            eprintln!("quytrinh: {}: {e}", path.display());
            return 2;
        }
    }
    match lang {
        Lang::Vi => eprintln!("Đã ghi {} tệp .qtr vào {}.", outputs.len(), args.out.display()),
        Lang::En => eprintln!("Wrote {} .qtr files to {}.", outputs.len(), args.out.display()),
    }
    0
}

/// A source path from a document, if it is a plain relative `.qtr` path.
fn safe_name(file: &str) -> Option<String> {
    let p = names::safe_relative(file)?;
    (p.extension().is_some_and(|e| e == "qtr")).then(|| p.to_string_lossy().into_owned())
}
