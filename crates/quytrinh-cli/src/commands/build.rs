//! `quytrinh build PATHS --emit json --out DIR`: compile a catalogue to its outputs.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use quytrinh_diagnostics::{FileId, Lang, Severity};
use quytrinh_emit::{document, names, portal};
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
    let mut taken = BTreeSet::from(["catalogue".to_string()]);
    let stems: Vec<String> = cat.procedures.iter().map(|p| unique(names::file_stem(&p.code), &mut taken)).collect();
    // Every output is built from the portal contract: one source of truth for all formats.
    let docs: Vec<portal::PortalProcedure> = cat.procedures.par_iter().map(|p| portal::procedure(cat, p, &names)).collect();
    let orgs: Vec<document::Organisation> = cat
        .procedures
        .iter()
        .map(|p| match p.agency {
            Some(a) => {
                let ag = cat.agency(a);
                document::Organisation {
                    parent: ag.syntax.parent.as_ref().map(|s| s.value.clone()),
                    agency: ag.syntax.name.as_ref().map(|s| s.value.clone()),
                }
            }
            None => document::Organisation::default(),
        })
        .collect();
    remove_stale_temporaries(out);
    let write = |file: &str, bytes: &[u8]| -> Result<(), String> {
        let path = out.join(file);
        write_atomic(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    let mut written = 0;
    for emit in emits {
        let per_procedure = |ext: &str, render: &(dyn Fn(usize) -> Vec<u8> + Sync)| -> Result<usize, String> {
            (0..docs.len()).into_par_iter().try_for_each(|i| write(&format!("{}.{ext}", stems[i]), &render(i)))?;
            Ok(docs.len())
        };
        written += match emit {
            Emit::Json => {
                let n = per_procedure("json", &|i| portal::to_bytes(&docs[i]))?;
                let files: std::collections::HashMap<&str, String> =
                    cat.procedures.iter().map(|p| p.code.as_str()).zip(stems.iter().map(|s| format!("{s}.json"))).collect();
                let doc = portal::catalogue(cat, &names, &|p| files.get(p.code.as_str()).cloned().unwrap_or_default());
                write("catalogue.json", &portal::to_bytes(&doc))?;
                n + 1
            }
            Emit::Html => per_procedure("html", &|i| document::procedure_html(&docs[i], &orgs[i]).into_bytes())?,
            Emit::Docx => per_procedure("docx", &|i| document::procedure_docx(&docs[i], &orgs[i]))?,
            Emit::Mermaid => per_procedure("mmd", &|i| document::flowchart::mermaid(&docs[i]).into_bytes())?,
            Emit::Dot => per_procedure("dot", &|i| document::flowchart::dot(&docs[i]).into_bytes())?,
            Emit::Annex => {
                let mut n = 0;
                let mut annex_names = BTreeSet::new();
                for d in &cat.decisions {
                    let members: Vec<&portal::PortalProcedure> = cat
                        .procedures
                        .iter()
                        .zip(&docs)
                        .filter(|(p, _)| p.decision.is_some_and(|x| cat.decision(x).number == d.number))
                        .map(|(_, doc)| doc)
                        .collect();
                    if members.is_empty() {
                        continue;
                    }
                    let decision = portal::contract::Decision {
                        number: d.syntax.number.value.clone(),
                        date: d.syntax.date.map(|x| x.date.to_string()),
                        issuer: d.syntax.issuer.as_ref().map(|s| s.value.clone()),
                        title: d.syntax.title.as_ref().map(|s| s.value.clone()),
                    };
                    let stem = unique(format!("annex-{}", names::file_stem(&decision.number)), &mut annex_names);
                    write(&format!("{stem}.html"), document::annex_html(&decision, &members).as_bytes())?;
                    write(&format!("{stem}.docx"), &document::annex_docx(&decision, &members))?;
                    n += 2;
                }
                n
            }
        };
    }
    Ok(written)
}
