//! `quytrinh build PATHS --emit json --out DIR`: compile a catalogue to its outputs.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};

use quytrinh_diagnostics::{FileId, Lang, Severity};
use quytrinh_emit::{document, names, portal, schedule};

use crate::args::{BuildArgs, Emit, Format};
use crate::manifest::{Manifest, MANIFEST_FILE};
use crate::render::{Prepared, Style};
use crate::stream::{self, Settings, Visit};
use crate::write::{remove_stale_temporaries, unique_stem, write_atomic, write_atomic_with};

pub fn run(args: &BuildArgs, lang: Lang) -> u8 {
    // A malformed argument is refused before anything is created.
    let filling = match Filling::new(args, lang) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let out = args.out.as_path();
    let out_existed = out.exists();
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("quytrinh: {}: {e}", out.display());
        return 2;
    }
    // One build at a time: a second one would rename and delete the first one's files.
    let lock = match crate::lock::lock(out, lang) {
        Ok(l) => l,
        Err(message) => {
            eprintln!("quytrinh: {message}");
            return 2;
        }
    };
    remove_stale_temporaries(out);
    let root = catalogue_root(&args.paths);
    let stage = Stage {
        out,
        root: &root,
        emits: &args.emit,
        allow_errors: args.allow_errors,
        annex_steps: !args.annex_without_steps,
        pid: std::process::id(),
        filling: &filling,
    };
    let style = Style { format: Format::Human, lang, color: std::io::stderr().is_terminal(), full_infos: false };
    let keep = |d: &quytrinh_diagnostics::Diagnostic| d.severity != Severity::Info;
    let settings = Settings { paths: &args.paths, config: args.config.as_deref(), style, keep: &keep, rules: true };
    let mut checked = match stream::run(&settings, &|v: &Visit| stage.procedures(v)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            drop(lock);
            if !out_existed {
                let _ = std::fs::remove_dir(out);
            }
            return 2;
        }
    };
    let problems: String = checked.output.iter().filter_map(|p| if let Prepared::Text(t) = p { Some(t.as_str()) } else { None }).collect();
    eprint!("{problems}");
    let counts = checked.counts;
    let mut staged = Vec::new();
    let mut failure = None;
    for v in std::mem::take(&mut checked.visited) {
        match v {
            Ok(list) => staged.extend(list),
            Err(e) => failure = failure.or(Some(e)),
        }
    }
    let refused = counts.errors > 0 && !args.allow_errors;
    if checked.io_failed || refused || failure.is_some() {
        // Nothing is written: the staged files go, and so does the folder if this run made it.
        stage.remove_own_temporaries();
        drop(lock);
        if !out_existed {
            let _ = std::fs::remove_dir(out);
        }
        if let Some(e) = failure {
            eprintln!("quytrinh: {e}");
            return 2;
        }
        if checked.io_failed {
            return 2;
        }
        match lang {
            Lang::Vi => eprintln!("quytrinh: danh mục có {} lỗi; không ghi tệp nào (dùng --allow-errors để vẫn xuất).", counts.errors),
            Lang::En => {
                let errors = crate::english::plural(counts.errors, "error");
                eprintln!("quytrinh: the catalogue has {errors}; nothing written (use --allow-errors to emit anyway).")
            }
        }
        return 1;
    }
    let finished = stage.finish(&checked, staged);
    // Whatever was staged and not renamed (a failed rename, a run that started over) goes.
    stage.remove_own_temporaries();
    let written = match finished {
        Ok(n) => n,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    match lang {
        Lang::Vi => eprintln!("Đã ghi {written} tệp vào {}.", out.display()),
        Lang::En => eprintln!("Wrote {} to {}.", crate::english::plural(written, "file"), out.display()),
    }
    u8::from(counts.errors > 0)
}

/// The file extension of a filled-in form: `QT-CGCN-02.BM01.html`.
fn form_ext(id: &str, kind: &str) -> &'static str {
    match (id, kind) {
        ("BM01", "html") => "BM01.html",
        ("BM01", _) => "BM01.docx",
        ("BM05", "html") => "BM05.html",
        ("BM05", _) => "BM05.docx",
        ("BM06", "html") => "BM06.html",
        ("BM06", _) => "BM06.docx",
        (_, "html") => "form.html",
        _ => "form.docx",
    }
}

/// The folder source names are relative to: the one folder given, else the working folder.
fn catalogue_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [one] if one.is_dir() => without_dots(one),
        _ => PathBuf::new(),
    }
}

/// The path without `.` components: `./cat` and `cat` are one folder, and the walk gives
/// file names without a leading `./`, so `build cat` and `build ./cat` name files alike.
fn without_dots(p: &Path) -> PathBuf {
    p.components().filter(|c| !matches!(c, Component::CurDir)).collect()
}

fn relative_name(name: &str, root: &Path) -> String {
    let p = without_dots(Path::new(name));
    let rel = p.strip_prefix(root).unwrap_or(&p);
    rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

/// Where and what a build writes. Each procedure's outputs are written while its file is
/// checked, to hidden temporary files in the output folder; once the whole catalogue has
/// passed they are renamed to their final names (each rename is atomic), so a refused or
/// killed build leaves every earlier output as it was.
struct Stage<'a> {
    out: &'a Path,
    root: &'a Path,
    emits: &'a [Emit],
    allow_errors: bool,
    /// Part B of the decision annexes: each procedure's steps table.
    annex_steps: bool,
    pid: u32,
    filling: &'a Filling,
}

/// What the forms are filled with: a reception time and the calendars to count from it.
struct Filling {
    received: Option<quytrinh_calendar::DateTime>,
    base: quytrinh_calendar::CalendarConfig,
    calendars: quytrinh_check::Calendars,
}

impl Filling {
    fn new(args: &BuildArgs, lang: Lang) -> Result<Filling, String> {
        let received = match &args.received {
            None => None,
            Some(text) => Some(schedule::parse_received(text).map_err(|e| if lang == Lang::Vi { e.vi } else { e.en })?),
        };
        let base = if received.is_some() {
            crate::config::load(args.config.as_deref(), &args.paths, FileId(0))?.config.calendar
        } else {
            quytrinh_calendar::CalendarConfig::default()
        };
        Ok(Filling { received, base, calendars: quytrinh_check::Calendars::default() })
    }

    /// The procedure's dates for the forms, when a reception time was given.
    fn schedule(&self, cat: &quytrinh_model::Catalogue, p: &quytrinh_model::Procedure) -> Result<Option<schedule::Schedule>, String> {
        let Some(received) = self.received else { return Ok(None) };
        let Some(cal) = self.calendars.for_procedure(cat, &self.base, p) else {
            return Err(format!("{}: the agency's office hours or days cannot be used (see `quytrinh check`)", p.code));
        };
        schedule::schedule(cat, p, &cal, received, schedule::Channel::Counter).map(Some).map_err(|e| format!("{}: {e}", p.code))
    }
}

/// One procedure's staged outputs.
struct Staged {
    code: String,
    /// (temporary file, extension) of each per-procedure output.
    files: Vec<(PathBuf, &'static str)>,
    /// Its line in the catalogue document (moved there at the end).
    entry: Option<portal::CatalogueEntry>,
    /// The approving decision and the portal form, kept only for `--emit annex`.
    /// Boxed: most builds have no annex, and the portal form is large even when absent.
    annex: Option<Box<(String, portal::PortalProcedure)>>,
}

impl Stage<'_> {
    /// Remove the temporary files of this run (named `.….tmp-PID`) from the output folder.
    fn remove_own_temporaries(&self) {
        let suffix = format!(".tmp-{}", self.pid);
        let Ok(entries) = std::fs::read_dir(self.out) else { return };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && name.ends_with(&suffix) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// Write one output to its hidden temporary file.
    fn stage_file(&self, file: u32, k: usize, ext: &'static str, bytes: &[u8]) -> Result<(PathBuf, &'static str), String> {
        let tmp = self.out.join(format!(".{file}-{k}.{ext}.tmp-{}", self.pid));
        std::fs::create_dir_all(self.out).and_then(|_| std::fs::write(&tmp, bytes)).map_err(|e| format!("{}: {e}", tmp.display()))?;
        Ok((tmp, ext))
    }

    fn procedures(&self, v: &Visit) -> Result<Vec<Staged>, String> {
        // A refused build writes nothing: a file with errors is not worth staging.
        if v.errors > 0 && !self.allow_errors {
            return Ok(Vec::new());
        }
        let cat = v.view;
        let names = |f: FileId| v.names.get(f.0 as usize).map(|n| relative_name(n, self.root)).unwrap_or_default();
        let mut list = Vec::with_capacity(cat.procedures.len());
        for (k, p) in cat.procedures.iter().enumerate() {
            // Every output is built from the portal contract: one source of truth for all formats.
            let doc = portal::procedure(cat, p, &names);
            let org = match p.agency {
                Some(a) => {
                    let ag = cat.agency(a);
                    document::Organisation {
                        parent: ag.syntax.parent.as_ref().map(|s| s.value.clone()),
                        agency: ag.syntax.name.as_ref().map(|s| s.value.clone()),
                    }
                }
                None => document::Organisation::default(),
            };
            let mut files = Vec::new();
            for emit in self.emits {
                let (ext, bytes): (&'static str, Vec<u8>) = match emit {
                    Emit::Json => ("json", portal::to_bytes(&doc)),
                    Emit::Html => ("html", document::procedure_html(&doc, &org).into_bytes()),
                    Emit::Docx => ("docx", document::procedure_docx(&doc, &org)),
                    Emit::Mermaid => ("mmd", document::flowchart::mermaid(&doc).into_bytes()),
                    Emit::Dot => ("dot", document::flowchart::dot(&doc).into_bytes()),
                    Emit::Annex | Emit::Forms => continue,
                };
                files.push(self.stage_file(p.file.0, k, ext, &bytes)?);
            }
            if self.emits.contains(&Emit::Forms) {
                let due = self.filling.schedule(cat, p)?;
                let (receipt, control) = (document::OneStopForm::Receipt.id(&doc), document::OneStopForm::ControlSheet.id(&doc));
                let outputs: [(&'static str, Vec<u8>); 4] = [
                    (form_ext(receipt, "html"), document::receipt_html(&doc, &org, due.as_ref()).into_bytes()),
                    (form_ext(receipt, "docx"), document::receipt_docx(&doc, &org, due.as_ref())),
                    (form_ext(control, "html"), document::control_sheet_html(&doc, &org, due.as_ref()).into_bytes()),
                    (form_ext(control, "docx"), document::control_sheet_docx(&doc, &org, due.as_ref())),
                ];
                for (ext, bytes) in outputs {
                    files.push(self.stage_file(p.file.0, k, ext, &bytes)?);
                }
            }
            let annex =
                if self.emits.contains(&Emit::Annex) { p.decision.map(|d| Box::new((cat.decision(d).number.clone(), doc))) } else { None };
            list.push(Staged { code: p.code.clone(), files, entry: Some(portal::catalogue_entry(cat, p, String::new())), annex });
        }
        Ok(list)
    }

    /// Give the staged outputs their final names; write the catalogue and the annexes; then
    /// remove what the previous build wrote and this one did not (`manifest.rs`). Gives the
    /// number of files written.
    fn finish(&self, checked: &stream::Checked<Result<Vec<Staged>, String>>, mut staged: Vec<Staged>) -> Result<usize, String> {
        let mut manifest = Manifest::default();
        // One name space for every output, compared without case (Windows and macOS file
        // systems do); `catalogue` and `annex-…` are reserved (names::procedure_stem).
        let mut taken = BTreeSet::from(["catalogue.json".to_string()]);
        let mut entries = Vec::with_capacity(staged.len());
        let mut renamed = Vec::new();
        for s in staged.iter_mut() {
            // `json` always: the catalogue's entry names the procedure's JSON document.
            let exts: Vec<&str> = std::iter::once("json").chain(s.files.iter().map(|(_, e)| *e)).collect();
            let stem = unique_stem(&names::procedure_stem(&s.code), &exts, &mut taken);
            for (tmp, ext) in &s.files {
                let file = format!("{stem}.{ext}");
                let target = self.out.join(&file);
                std::fs::rename(tmp, &target).map_err(|e| format!("{}: {e}", target.display()))?;
                renamed.push((*ext, file));
            }
            if let Some(mut entry) = s.entry.take() {
                entry.document = format!("{stem}.json");
                entries.push(entry);
            }
        }
        for (ext, file) in renamed {
            // A filled-in form (`CODE.BM01.html`) is of the kind `forms`.
            let kind = if ext.contains('.') { "forms" } else { ext };
            manifest.add(kind, &file);
        }
        let cat = quytrinh_model::Catalogue { directory: checked.directory.clone(), ..Default::default() };
        let names = |f: FileId| checked.names.get(f.0 as usize).map(|n| relative_name(n, self.root)).unwrap_or_default();
        if self.emits.contains(&Emit::Json) {
            let document = portal::catalogue_document(&cat, &names, entries);
            let path = self.out.join("catalogue.json");
            write_atomic_with(&path, |f| portal::write_to(&document, f)).map_err(|e| format!("{}: {e}", path.display()))?;
            manifest.add("json", "catalogue.json");
        }
        if self.emits.contains(&Emit::Annex) {
            let mut write = |file: &str, bytes: &[u8]| -> Result<(), String> {
                let path = self.out.join(file);
                write_atomic(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
                manifest.add("annex", file);
                Ok(())
            };
            for d in cat.decisions() {
                let members: Vec<&portal::PortalProcedure> =
                    staged.iter().filter_map(|s| s.annex.as_deref()).filter(|(n, _)| *n == d.number).map(|(_, doc)| doc).collect();
                if members.is_empty() {
                    continue;
                }
                let decision = portal::contract::Decision {
                    number: d.syntax.number.value.clone(),
                    date: d.syntax.date.map(|x| x.date.to_string()),
                    issuer: d.syntax.issuer.as_ref().map(|s| s.value.clone()),
                    title: d.syntax.title.as_ref().map(|s| s.value.clone()),
                };
                let stem = unique_stem(&names::annex_stem(&decision.number), &["html", "docx"], &mut taken);
                write(&format!("{stem}.html"), document::annex_html(&decision, &members, self.annex_steps).as_bytes())?;
                write(&format!("{stem}.docx"), &document::annex_docx(&decision, &members, self.annex_steps))?;
            }
        }
        let kinds: Vec<&str> = self.emits.iter().map(|e| e.kind()).collect();
        let written = manifest.len();
        manifest.replace(self.out, &kinds).map_err(|e| format!("{}: {e}", self.out.join(MANIFEST_FILE).display()))?;
        Ok(written)
    }
}
