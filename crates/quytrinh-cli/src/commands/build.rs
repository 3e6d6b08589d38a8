//! `quytrinh build PATHS --emit json --out DIR`: compile a catalogue to its outputs.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{FileId, Lang, Severity};
use quytrinh_emit::{names, portal};
use rayon::prelude::*;

use crate::args::{BuildArgs, Emit};
use crate::catalogue::{load_catalogue, Loaded};
use crate::render::{self, Counts, Sources};
use crate::write::{remove_stale_temporaries, unique, write_atomic};

pub fn run(args: &BuildArgs, lang: Lang) -> u8 {
    let loaded = match load_catalogue(&args.paths, args.config.as_deref()) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let mut diags = loaded.diagnostics.clone();
    diags.extend(quytrinh_check::run(&loaded.catalogue, &loaded.config));
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let counts = Counts::of(&diags);
    let mut problems: Vec<_> = diags.iter().filter(|d| d.severity != Severity::Info).cloned().collect();
    if lang == Lang::Vi {
        render::speak_the_files_keywords(&mut problems, &loaded.catalogue.files);
    }
    if !problems.is_empty() {
        let sources =
            Sources::new(loaded.names.iter().map(String::as_str).zip(loaded.texts.iter().map(String::as_str)), &loaded.catalogue.files);
        eprint!("{}", render::human::render(&problems, &sources, lang, std::io::stderr().is_terminal()));
    }
    if loaded.io_failed {
        return 2;
    }
    if counts.errors > 0 && !args.allow_errors {
        match lang {
            Lang::Vi => eprintln!("quytrinh: danh mục có {} lỗi; không ghi tệp nào (dùng --allow-errors để vẫn xuất).", counts.errors),
            Lang::En => {
                eprintln!("quytrinh: the catalogue has {} errors; nothing written (use --allow-errors to emit anyway).", counts.errors)
            }
        }
        return 1;
    }
    let root = catalogue_root(&args.paths);
    let written = match emit_all(&loaded, &root, &args.out, &args.emit) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    match lang {
        Lang::Vi => eprintln!("Đã ghi {written} tệp vào {}.", args.out.display()),
        Lang::En => eprintln!("Wrote {written} files to {}.", args.out.display()),
    }
    u8::from(counts.errors > 0)
}

/// The folder source names are relative to: the one folder given, else the working folder.
fn catalogue_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [one] if one.is_dir() => one.clone(),
        _ => PathBuf::from("."),
    }
}

fn relative_name(name: &str, root: &Path) -> String {
    let p = Path::new(name);
    let rel = p.strip_prefix(root).unwrap_or(p);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn emit_all(loaded: &Loaded, root: &Path, out: &Path, emits: &[Emit]) -> Result<usize, String> {
    let cat = &loaded.catalogue;
    let rel: Vec<String> = loaded.names.iter().map(|n| relative_name(n, root)).collect();
    let names = |f: FileId| rel.get(f.0 as usize).cloned().unwrap_or_default();
    let mut taken = BTreeSet::from(["catalogue.json".to_string()]);
    let files: Vec<String> = cat.procedures.iter().map(|p| unique(format!("{}.json", names::file_stem(&p.code)), &mut taken)).collect();
    remove_stale_temporaries(out);
    let mut written = 0;
    for emit in emits {
        match emit {
            Emit::Json => {
                // Serialise and write in parallel: each file is independent and written
                // atomically, so the order of writes does not matter.
                cat.procedures.par_iter().zip(files.par_iter()).try_for_each(|(p, file)| {
                    let doc = portal::procedure(cat, p, &names);
                    write_atomic(&out.join(file), &portal::to_bytes(&doc)).map_err(|e| format!("{}: {e}", out.join(file).display()))
                })?;
                written += files.len();
                let index: std::collections::HashMap<&str, &String> = cat.procedures.iter().map(|p| p.code.as_str()).zip(&files).collect();
                let doc = portal::catalogue(cat, &names, &|p| index.get(p.code.as_str()).map(|s| s.to_string()).unwrap_or_default());
                let path = out.join("catalogue.json");
                write_atomic(&path, &portal::to_bytes(&doc)).map_err(|e| format!("{}: {e}", path.display()))?;
                written += 1;
            }
        }
    }
    Ok(written)
}
