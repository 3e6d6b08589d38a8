//! `quytrinh migrate --to decree_118_2025 [--map renames.toml]`: re-issue a 2018 catalogue
//! under the 2025 one-stop regime, all or nothing, and list what only a person can decide.
//!
//! ```text
//! read + parse every file (one that does not parse: nothing is written)
//!   ─► the old directory (agencies, decisions as they are)
//!   ─► per file: renames + the migration's own edits (regime, forms, draft, revision)
//!   ─► the new directory, from the renamed shared files
//!   ─► per file: the fixes of the 2025 rules (citations, closure, stop branch), to a fixpoint
//!   ─► per procedure: what changed (`diff`), written into the new revision's description
//!   ─► write every file at once (or print the diff); the to-do: what the 2025 check still finds
//! ```

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use quytrinh_check::autofix::{fix_file, Applied, FixRequest};
use quytrinh_check::migrate::{self, Mapping, REVIEWED_FIXES, REVISION_NOTE, TARGET};
use quytrinh_diagnostics::{Diagnostic, FileId, Lang, Severity, Text};
use quytrinh_emit::diff;
use quytrinh_emit::portal::{self, contract::PortalProcedure};
use quytrinh_model::{has_shared_items, lower_file, Directory, DirectoryBuilder, LowerOptions, ParsedFile};
use quytrinh_syntax::ast::{Date, SourceFile};
use quytrinh_syntax::fmt::{format, FormatOptions};
use quytrinh_syntax::LineIndex;
use rayon::prelude::*;

use crate::args::{MigrateArgs, MigrateFormat};
use crate::render::{self, Sources};

/// One file of the catalogue, read (its NFC text).
struct Read {
    path: PathBuf,
    name: String,
    text: String,
    /// Defines agencies or decisions: parsed first, for the directories.
    shared: Option<SourceFile>,
}

/// One procedure re-issued.
struct Reissued {
    code: String,
    file: usize,
    revision: u32,
    description: String,
    rows: Vec<(String, String)>,
    /// Fixes applied that a person should look at, at their lines.
    review: Vec<(usize, Applied)>,
    /// What the 2025 check still finds in its file: (line, diagnostic).
    todo: Vec<(usize, Diagnostic)>,
}

/// The result of the whole run, before writing.
struct Outcome {
    files: Vec<MigratedFile>,
    reissued: Vec<Reissued>,
    /// Findings in the shared files (agency, decisions), once each: (file, line, diagnostic).
    shared: Vec<(String, usize, Diagnostic)>,
    already: usize,
}

/// One file of the catalogue after the run.
struct MigratedFile {
    name: String,
    /// The text read, and the text migrated; both empty once the file is handed to be
    /// written (only a preview keeps them for its diff; a shared file keeps its new text,
    /// where its findings' lines are counted).
    before: String,
    after: String,
    changed: bool,
}

/// A file after the migration's own edits: its text, its procedures re-issued (code and
/// migration) and their portal documents before (for the revision's description).
struct Staged {
    text: String,
    migrated: Vec<(String, migrate::Migration)>,
    old_docs: Vec<PortalProcedure>,
    procedures: usize,
}

/// What one file gives back.
enum Done {
    Migrated {
        text: String,
        reissued: Vec<Reissued>,
        shared: Vec<(u32, Diagnostic)>,
        already: usize,
    },
    /// Does not parse: (name, first error, text).
    Broken(String, Box<Diagnostic>, String),
}

fn say(lang: Lang, vi: String, en: String) {
    eprintln!("quytrinh: {}", if lang == Lang::Vi { vi } else { en });
}

pub fn run(args: &MigrateArgs, lang: Lang) -> u8 {
    let date = match args.date.as_deref().map(quytrinh_calendar::Date::parse) {
        None => quytrinh_model::today(),
        Some(Ok(d)) => {
            let (y, m, dd) = d.ymd();
            Date { year: y as u16, month: m as u8, day: dd as u8 }
        }
        Some(Err(_)) => {
            say(
                lang,
                format!("--date: không đọc được ngày «{}»; viết dd/mm/yyyy hoặc yyyy-mm-dd", args.date.as_deref().unwrap_or("")),
                format!("--date: cannot read the date «{}»; write dd/mm/yyyy or yyyy-mm-dd", args.date.as_deref().unwrap_or("")),
            );
            return 2;
        }
    };
    // The 2025 regime's forms are Circular 03/2025/TT-VPCP's, issued on 15/09/2025: a
    // procedure re-issued with them cannot be dated before (nor cite Circular 01/2018 next
    // to them). A date past 2100 is a typing mistake.
    let c03 = Date { year: 2025, month: 9, day: 15 };
    if date < c03 {
        say(
            lang,
            format!(
                "--date {}: lần ban hành theo Nghị định 118/2025/NĐ-CP dùng biểu mẫu của Thông tư 03/2025/TT-VPCP, ban hành ngày 15/09/2025; ghi ngày từ 15/09/2025",
                date.vi()
            ),
            format!("--date {date}: a revision under Decree 118/2025/NĐ-CP uses the forms of Circular 03/2025/TT-VPCP, issued on 15/09/2025; give a date from 15/09/2025"),
        );
        return 2;
    }
    if date.year > 2100 {
        say(lang, format!("--date {}: năm không hợp lý", date.vi()), format!("--date {date}: not a plausible year"));
        return 2;
    }
    let (paths, problems) = match crate::walk::find_files(&args.paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("quytrinh: {}", e.say(lang));
            return 2;
        }
    };
    for p in &problems {
        eprintln!("quytrinh: {}", p.say(lang));
    }
    if !problems.is_empty() {
        return 2;
    }
    let cfg = match crate::config::load(args.config.as_deref(), &args.paths, FileId(paths.len() as u32)) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("quytrinh: {e}");
            return 2;
        }
    };
    let mapping = match &args.map {
        None => Mapping::default(),
        Some(p) => match read_mapping(p, lang) {
            Ok(m) => m,
            Err(code) => return code,
        },
    };
    // Read every file; parse now only those that define agencies or decisions. A file that
    // cannot be read stops the run before anything is written.
    let read: Vec<Result<Read, Box<(String, Diagnostic)>>> = paths
        .par_iter()
        .enumerate()
        .map(|(i, path)| {
            let name = path.to_string_lossy().into_owned();
            let decoded = crate::load::read_source(path, FileId(i as u32)).map_err(|f| Box::new((name.clone(), f.diagnostic)))?;
            let shared = quytrinh_syntax::scan::may_define_shared_items(&decoded.text)
                .then(|| quytrinh_syntax::parse_nfc(decoded.text.clone(), FileId(i as u32)).0)
                .filter(has_shared_items);
            Ok(Read { path: path.clone(), name, text: decoded.text, shared })
        })
        .collect();
    let mut files = Vec::new();
    let mut unreadable = 0;
    for r in read {
        match r {
            Ok(r) => files.push(r),
            Err(e) => {
                let (name, d) = *e;
                unreadable += 1;
                say(lang, format!("{name}: {}", d.message.vi), format!("{name}: {}", d.message.en));
            }
        }
    }
    if unreadable > 0 {
        say(lang, "không tệp nào được ghi.".to_string(), "no file was written.".to_string());
        return 2;
    }
    // A name of `[names]` found nowhere is most often mistyped ("Uỷ"/"Ủy", a space): say so.
    for r in &mapping.names {
        if !files.par_iter().any(|f| f.text.contains(r.old.as_str()) || f.text.contains(r.new.as_str())) {
            say(
                lang,
                format!("lưu ý: «{}» của tệp đổi tên không có trong tệp nào của danh mục; kiểm tra chính tả", r.old),
                format!("note: «{}» of the renames file is in no file of the catalogue; check its spelling", r.old),
            );
        }
    }
    // Each migrated file is written to its temporary as soon as it is done (nothing is in
    // place before every file is); a run that stops drops the temporaries.
    let replacement = (!args.diff).then(crate::replace::Replacement::start);
    let outcome = match migrate_all(files, &mapping, date, &cfg.config, lang, args.map.as_deref(), replacement.as_ref()) {
        Ok(o) => o,
        Err(code) => return code,
    };
    // quytrinh.toml: a regime set there would send new procedures (`quytrinh new`) back
    // under the old law.
    let mut writes = outcome.files.iter().filter(|f| f.changed).count();
    let mut config_change = None;
    if let (Some((name, text)), Some(r)) = (&cfg.file, cfg.config.regime) {
        if r != TARGET {
            let new = text.replacen(&format!("\"{}\"", r.id()), &format!("\"{}\"", TARGET.id()), 1);
            if new != *text {
                if let Some(r) = &replacement {
                    r.stage(PathBuf::from(name), new.clone().into_bytes());
                }
                writes += 1;
                config_change = Some((name.clone(), text.clone(), new));
            }
        }
    }
    if args.diff && args.format == MigrateFormat::Text {
        let diffs: Vec<String> =
            outcome.files.par_iter().filter(|f| f.changed).map(|f| super::fix::unified_diff(&f.name, &f.before, &f.after)).collect();
        let mut out = diffs.concat();
        if let Some((name, before, after)) = &config_change {
            out.push_str(&super::fix::unified_diff(name, before, after));
        }
        if !crate::emit(&out) {
            return 2;
        }
    } else if let Some(r) = replacement {
        if let Err((path, e)) = r.commit() {
            let (vi, en) = crate::os_error::describe(&e);
            say(
                lang,
                format!("{}: {vi}; không tệp nào được ghi.", path.display()),
                format!("{}: {en}; no file was written.", path.display()),
            );
            return 2;
        }
    }
    let report = match args.format {
        MigrateFormat::Text => todo_text(&outcome, lang, !args.diff, writes, date),
        MigrateFormat::Json => todo_json(&outcome, !args.diff, writes, date),
    };
    let shown = if args.diff && args.format == MigrateFormat::Text {
        eprint!("{report}");
        true
    } else {
        crate::emit(&report)
    };
    if !shown {
        return 2;
    }
    let errors = outcome.reissued.iter().flat_map(|r| &r.todo).filter(|(_, d)| d.severity == Severity::Error).count()
        + outcome.shared.iter().filter(|(_, _, d)| d.severity == Severity::Error).count();
    u8::from(errors > 0 || (args.diff && writes > 0))
}

/// Read and check the renames file; its problems are shown with their lines.
/// Read and check the renames file; its problems are shown with their lines. The exit
/// code on failure: 2 when it cannot be read, 1 when what it says is refused.
fn read_mapping(path: &Path, lang: Lang) -> Result<Mapping, u8> {
    let name = path.to_string_lossy().into_owned();
    if path.is_dir() {
        say(
            lang,
            format!("{name}: là một thư mục, không phải tệp đổi tên (.toml)"),
            format!("{name}: a folder, not a renames file (.toml)"),
        );
        return Err(2);
    }
    let text = match crate::load::read_regular_file(path, 1024 * 1024).map(|r| r.map(String::from_utf8)) {
        Ok(Ok(Ok(t))) => t,
        Ok(Ok(Err(_))) => {
            say(
                lang,
                format!("{name}: không phải văn bản UTF-8; lưu lại tệp với bảng mã UTF-8"),
                format!("{name}: not UTF-8 text; save the file as UTF-8"),
            );
            return Err(1);
        }
        Ok(Err(size)) => {
            say(lang, format!("{name}: quá lớn ({size} byte)"), format!("{name}: too large ({size} bytes)"));
            return Err(1);
        }
        Err(e) => {
            let (vi, en) = crate::os_error::describe(&e);
            say(lang, format!("{name}: không đọc được tệp đổi tên: {vi}"), format!("{name}: cannot read the renames file: {en}"));
            return Err(2);
        }
    };
    match migrate::parse_mapping(&text, FileId(0)) {
        Ok(m) => Ok(m),
        Err(diags) => {
            refuse_mapping(&diags, &name, &text, lang);
            Err(1)
        }
    }
}

fn refuse_mapping(diags: &[Diagnostic], name: &str, text: &str, lang: Lang) {
    show(diags, name, text, lang);
    say(
        lang,
        format!("{name}: tệp đổi tên có lỗi; không tệp nào được ghi."),
        format!("{name}: the renames file has errors; no file was written."),
    );
}

/// Diagnostics of one file (its id 0) as the terminal shows them.
fn show(diags: &[Diagnostic], name: &str, text: &str, lang: Lang) {
    let names = [name.to_string()];
    let mut sources = Sources::new(&names);
    sources.add(0, text, None, None);
    let diags: Vec<Diagnostic> =
        diags.iter().map(|d| Diagnostic { span: quytrinh_diagnostics::Span { file: FileId(0), ..d.span }, ..d.clone() }).collect();
    eprint!("{}", render::human::render(&diags, &sources, lang, false));
}

/// The directory of the agencies and decisions of `files`.
fn directory<'a>(files: impl Iterator<Item = (usize, &'a SourceFile)>) -> Arc<Directory> {
    let mut b = DirectoryBuilder::default();
    for (i, source) in files {
        let mut s = source.clone();
        b.take_shared(FileId(i as u32), &mut s);
    }
    b.finish().0
}

/// Every agency and unit the renames file names must be in the catalogue.
fn unknown_in_mapping(mapping: &Mapping, dir: &Directory) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (id, a) in &mapping.agencies {
        match dir.agencies.iter().find(|g| g.id == *id) {
            None => out.push(
                Diagnostic::error(
                    migrate::MAPPING_ERROR,
                    a.span,
                    Text::new(format!("Không có cơ quan `{id}` trong danh mục"), format!("No agency `{id}` in the catalogue")),
                )
                .with_help(Text::new(
                    "Kiểm tra mã cơ quan trong tệp cơ quan (`agency <mã> {`); chạy `migrate` trên cả thư mục danh mục, gồm tệp cơ quan.",
                    "Check the agency id in the agency file (`agency <id> {`); run `migrate` on the whole catalogue folder, agency file included.",
                )),
            ),
            Some(g) => {
                for (unit, span) in &a.unit_spans {
                    if !g.units.iter().any(|u| u.id == *unit) {
                        out.push(Diagnostic::error(
                            migrate::MAPPING_ERROR,
                            *span,
                            Text::new(format!("Cơ quan `{id}` không có đơn vị `{unit}`"), format!("Agency `{id}` has no unit `{unit}`")),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// Stage 1 of one file: the renames and the migration's own edits, on the text as read.
fn stage1(
    i: usize,
    f: &Read,
    source: SourceFile,
    old_dir: &Arc<Directory>,
    mapping: &Mapping,
    date: Date,
    options: LowerOptions,
) -> Staged {
    let file = FileId(i as u32);
    let mut edits = migrate::string_renames(&source, mapping);
    edits.extend(migrate::shared_edits(&source, mapping));
    // The file's procedures, resolved against the old directory (its agencies and
    // decisions, if any, are in the directory already).
    let mut procedures = source;
    procedures.items.retain(|it| matches!(it, quytrinh_syntax::ast::Item::Procedure(_)));
    let count = procedures.items.len();
    let parsed = ParsedFile { lines: LineIndex::new(&f.text), name: f.name.clone(), source: procedures };
    let (view, _) = lower_file(old_dir, file, parsed, options);
    let mut migrated = Vec::new();
    for p in &view.procedures {
        if let Some(m) = migrate::procedure_edits(&view, p, date) {
            edits.extend(m.edits.iter().cloned());
            migrated.push((p.code.clone(), m));
        }
    }
    let names = |_: FileId| f.name.clone();
    let old_docs: Vec<PortalProcedure> = view
        .procedures
        .iter()
        .filter(|p| migrated.iter().any(|(c, _)| *c == p.code))
        .map(|p| portal::procedure(&view, p, &names))
        .collect();
    let text = if edits.is_empty() { f.text.clone() } else { migrate::apply_edits(&f.text, &mut edits) };
    Staged { text, migrated, old_docs, procedures: count }
}

/// Stage 2 of one file with re-issued procedures: the 2025 rules' fixes, what changed, the
/// to-do.
fn stage2(i: usize, f: &Read, staged: Staged, req: &FixRequest, date: Date) -> Done {
    let file = FileId(i as u32);
    let Staged { text, migrated, old_docs, procedures } = staged;
    let layout = |t: &str| format(t, FormatOptions { keywords: None });
    if migrated.is_empty() {
        let text = if text == f.text { text } else { layout(&text).unwrap_or(text) };
        return Done::Migrated { text, reissued: Vec::new(), shared: Vec::new(), already: procedures };
    }
    let mut fixed = fix_file(text.clone(), file, &f.name, req);
    if fixed.unparseable {
        // The migration's own edits broke the file: a bug; nothing is written.
        let (_, diags) = quytrinh_syntax::parse_nfc(text.clone(), file);
        let d = diags.into_iter().find(|d| d.severity == Severity::Error).unwrap_or_else(|| {
            Diagnostic::error(
                quytrinh_syntax::codes::SYNTAX,
                quytrinh_diagnostics::Span::new(file, 0, 0),
                Text::new("lỗi nội bộ", "internal error"),
            )
        });
        return Done::Broken(f.name.clone(), Box::new(d), text);
    }
    if !fixed.changed() {
        // No fix applied: the layout, and the findings at the lines it gives.
        let formatted = layout(&text).unwrap_or_else(|_| text.clone());
        if formatted != text {
            fixed = fix_file(formatted, file, &f.name, req);
        }
    }
    let mut text = std::mem::take(&mut fixed.text);
    let Some(view) = fixed.view.take().filter(|_| fixed.broke.is_none()) else {
        return Done::Broken(
            f.name.clone(),
            Box::new(Diagnostic::error(
                quytrinh_syntax::codes::SYNTAX,
                quytrinh_diagnostics::Span::new(file, 0, 0),
                Text::new(
                    "một cách sửa làm tệp hỏng cú pháp (lỗi của quytrinh, xin báo lại)",
                    "a fix broke the file's syntax (a quytrinh bug, please report it)",
                ),
            )),
            text,
        );
    };
    // What changed, per procedure: the revision's description.
    let names = |_: FileId| f.name.clone();
    let new_docs: Vec<PortalProcedure> = view.procedures.iter().map(|p| portal::procedure(&view, p, &names)).collect();
    let d = diff::compare(&old_docs, &new_docs);
    let lines = LineIndex::new(&text);
    let mut reissued = Vec::new();
    for (code, m) in &migrated {
        let rows = d
            .amended
            .iter()
            .find(|a| a.procedure.code == *code)
            .map(|a| diff::CatalogueDiff::revision_rows(&a.changes))
            .unwrap_or_default();
        let sections: Vec<&str> = rows.iter().map(|(s, _)| s.as_str()).filter(|s| !s.is_empty()).collect();
        let description =
            if sections.is_empty() { REVISION_NOTE.to_string() } else { format!("{REVISION_NOTE}; sửa đổi: {}", sections.join("; ")) };
        reissued.push(Reissued {
            code: code.clone(),
            file: i,
            revision: m.revision,
            description,
            rows,
            review: Vec::new(),
            todo: Vec::new(),
        });
    }
    // The description replaces the placeholder of each new revision line (one line: the
    // layout and the lines below do not move).
    for r in &reissued {
        let needle = format!("{} {date} \"{REVISION_NOTE}\"", r.revision);
        if let Some(at) = text.find(&needle) {
            let start = at + needle.len() - REVISION_NOTE.len() - 1;
            text.replace_range(start..start + REVISION_NOTE.len(), &r.description);
        }
    }
    // The to-do: what the 2025 check still finds, in this file and the shared ones.
    let mut shared = Vec::new();
    let mut own = Vec::new();
    for d in fixed.findings.iter().filter(|d| d.severity != Severity::Info) {
        if d.span.file == file {
            own.push((lines.line(d.span.start()), d.clone()));
        } else {
            shared.push((d.span.file.0, d.clone()));
        }
    }
    let reviewed: Vec<(usize, Applied)> = fixed
        .applied
        .iter()
        .filter(|a| a.applicability == quytrinh_diagnostics::Applicability::Unsafe && REVIEWED_FIXES.contains(&a.code.0))
        .map(|a| (a.line_in(&text), a.clone()))
        .collect();
    for r in &mut reissued {
        let span = view.procedures.iter().find(|p| p.code == r.code).map(|p| p.syntax.span);
        let lines_of = span.map(|s| (lines.line(s.start()), lines.line(s.end())));
        let inside = |line: usize| lines_of.is_some_and(|(a, b)| a <= line && line <= b);
        r.todo = own.iter().filter(|(line, _)| inside(*line)).cloned().collect();
        r.review = reviewed.iter().filter(|(line, _)| inside(*line)).cloned().collect();
    }
    let already = procedures.saturating_sub(reissued.len());
    Done::Migrated { text, reissued, shared, already }
}

fn migrate_all(
    files: Vec<Read>,
    mapping: &Mapping,
    date: Date,
    config: &quytrinh_check::Config,
    lang: Lang,
    map_path: Option<&Path>,
    replacement: Option<&crate::replace::Replacement>,
) -> Result<Outcome, u8> {
    let options = LowerOptions { default_regime: config.regime };
    let old_dir = directory(files.iter().enumerate().filter_map(|(i, f)| f.shared.as_ref().map(|s| (i, s))));
    let unknown = unknown_in_mapping(mapping, &old_dir);
    if !unknown.is_empty() {
        let name = map_path.map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        let text = map_path.and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
        refuse_mapping(&unknown, &name, &text, lang);
        return Err(1);
    }
    // The shared files first: the new directory is made of their renamed text.
    let mut shared_staged: Vec<(usize, Staged)> = Vec::new();
    let mut shared_new: Vec<(usize, SourceFile)> = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let Some(source) = &f.shared else { continue };
        let staged = stage1(i, f, source.clone(), &old_dir, mapping, date, options);
        let (new_source, diags) = quytrinh_syntax::parse_nfc(staged.text.clone(), FileId(i as u32));
        if diags.iter().any(|d| d.severity == Severity::Error) {
            let (_, d) = quytrinh_syntax::parse_nfc(f.text.clone(), FileId(i as u32));
            if let Some(e) = d.into_iter().find(|d| d.severity == Severity::Error) {
                show(&[e], &f.name, &f.text, lang);
            }
            say(
                lang,
                format!("{}: chưa chuyển được vì tệp có lỗi; không tệp nào được ghi.", f.name),
                format!("{}: cannot be migrated, the file has errors; no file was written.", f.name),
            );
            return Err(1);
        }
        shared_new.push((i, new_source));
        shared_staged.push((i, staged));
    }
    let new_dir = directory(shared_new.iter().map(|(i, s)| (*i, s)));
    let keep = |_: &Diagnostic| true;
    let req = FixRequest { directory: &new_dir, options, config, unsafe_fixes: false, also_unsafe: REVIEWED_FIXES, keep: &keep };
    let shared_staged = std::sync::Mutex::new(shared_staged);
    // Every file, in parallel: parse, stage 1 (unless done above), stage 2; each changed
    // file handed to be written at once. With whether it changed.
    let done: Vec<(Done, bool)> = files
        .par_iter()
        .enumerate()
        .map(|(i, f)| {
            let staged = match &f.shared {
                Some(_) => {
                    let mut list = shared_staged.lock().unwrap_or_else(|e| e.into_inner());
                    let at = list.iter().position(|(k, _)| *k == i);
                    match at {
                        Some(at) => list.swap_remove(at).1,
                        None => {
                            return (Done::Migrated { text: f.text.clone(), reissued: Vec::new(), shared: Vec::new(), already: 0 }, false)
                        }
                    }
                }
                None => {
                    let (source, diags) = quytrinh_syntax::parse_nfc(f.text.clone(), FileId(i as u32));
                    if let Some(d) = diags.into_iter().find(|d| d.severity == Severity::Error) {
                        return (Done::Broken(f.name.clone(), Box::new(d), f.text.clone()), false);
                    }
                    stage1(i, f, source, &old_dir, mapping, date, options)
                }
            };
            let mut done = stage2(i, f, staged, &req, date);
            let changed = matches!(&done, Done::Migrated { text, .. } if *text != f.text);
            if let (Some(r), Done::Migrated { text, .. }, true) = (replacement, &mut done, changed) {
                let bytes = if f.shared.is_some() { text.clone() } else { std::mem::take(text) };
                r.stage(f.path.clone(), bytes.into_bytes());
            }
            (done, changed)
        })
        .collect();
    let mut outcome = Outcome { files: Vec::new(), reissued: Vec::new(), shared: Vec::new(), already: 0 };
    let mut shared_found = Vec::new();
    let mut broken = 0;
    for (f, (d, changed)) in files.into_iter().zip(done) {
        match d {
            Done::Broken(name, d, text) => {
                broken += 1;
                show(&[*d], &name, &text, lang);
                say(lang, format!("{name}: chưa chuyển được vì tệp có lỗi"), format!("{name}: cannot be migrated, the file has errors"));
            }
            Done::Migrated { text, reissued, shared, already } => {
                outcome.already += already;
                outcome.reissued.extend(reissued);
                shared_found.extend(shared);
                // Handed to be written: the text read is no longer needed.
                let before = if replacement.is_some() { String::new() } else { f.text };
                outcome.files.push(MigratedFile { name: f.name, before, after: text, changed });
            }
        }
    }
    if broken > 0 {
        say(
            lang,
            format!("{broken} tệp có lỗi; không tệp nào được ghi. Sửa lỗi (`quytrinh check`) rồi chạy lại."),
            format!("{broken} file(s) with errors; no file was written. Fix them (`quytrinh check`) and run again."),
        );
        return Err(1);
    }
    // Findings in the shared files, once each, at their lines in the renamed text.
    let mut seen = BTreeSet::new();
    let mut line_index: std::collections::BTreeMap<u32, LineIndex> = std::collections::BTreeMap::new();
    for (fid, d) in shared_found {
        let Some(MigratedFile { name, after: text, .. }) = outcome.files.get(fid as usize) else { continue };
        if seen.insert((fid, d.span.start, d.code.0)) {
            let line = line_index.entry(fid).or_insert_with(|| LineIndex::new(text)).line(d.span.start());
            outcome.shared.push((name.clone(), line, d));
        }
    }
    outcome.shared.sort_by(|a, b| (a.0.as_str(), a.1, a.2.code.0).cmp(&(b.0.as_str(), b.1, b.2.code.0)));
    Ok(outcome)
}

fn todo_text(o: &Outcome, lang: Lang, written: bool, files: usize, date: Date) -> String {
    let vi = lang == Lang::Vi;
    let mut s = String::new();
    let n = o.reissued.len();
    if vi {
        s.push_str(&format!(
            "{} {n} quy trình sang Nghị định 118/2025/NĐ-CP và Thông tư 03/2025/TT-VPCP (`decree_118_2025`), lần ban hành mới ngày {}; {files} tệp {}.\n",
            if written { "Đã chuyển" } else { "Sẽ chuyển" },
            date.vi(),
            if written { "đã ghi" } else { "sẽ được ghi" }
        ));
        if o.already > 0 {
            s.push_str(&format!("{} quy trình đã theo chế độ 2025, giữ nguyên.\n", o.already));
        }
    } else {
        s.push_str(&format!(
            "{} {n} procedure(s) to Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP (`decree_118_2025`), new revision dated {date}; {files} file(s) {}.\n",
            if written { "Migrated" } else { "Would migrate" },
            if written { "written" } else { "to write" }
        ));
        if o.already > 0 {
            s.push_str(&format!("{} procedure(s) already under the 2025 regime, left as they are.\n", o.already));
        }
    }
    let todo_count: usize = o.reissued.iter().map(|r| r.todo.len() + r.review.len()).sum::<usize>() + o.shared.len();
    if n == 0 {
        // Nothing migrated now: what is left of an earlier run is what `check` reports.
        s.push_str(if vi {
            "Không còn quy trình nào theo chế độ 2018. Việc còn lại (ký lần ban hành, quyết định phê duyệt…): `quytrinh check`.\n"
        } else {
            "No procedure is left under the 2018 regime. What is left to do (sign-offs, the approving decision…): `quytrinh check`.\n"
        });
        return s;
    }
    if todo_count == 0 {
        s.push_str(if vi {
            "Không còn việc nào cần người quyết định.\n"
        } else {
            "Nothing is left for a person to decide.\n"
        });
        return s;
    }
    s.push_str(if vi {
        "\nViệc cần người quyết định trước khi trình ký:\n"
    } else {
        "\nWhat a person must decide before signing:\n"
    });
    let sev = |d: &Diagnostic| match (d.severity, vi) {
        (Severity::Error, true) => "lỗi",
        (Severity::Error, false) => "error",
        (_, true) => "cảnh báo",
        (_, false) => "warning",
    };
    let text = |t: &Text| if vi { t.vi.clone() } else { t.en.clone() };
    let reviewed = if vi { "đã sửa tự động, cần xem lại" } else { "fixed automatically, review it" };
    // An item found in several procedures (every re-issued procedure needs its sign-offs)
    // is listed once with its count; each procedure then lists only its own.
    let mut count: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    // Files with English and with Vietnamese keywords get the same fix in their own words
    // (`on stopped …`, `khi dừng_giải_quyết …`): one item, in the keywords of the list's
    // language.
    let review_key = |a: &Applied| {
        let title = text(&a.title);
        use quytrinh_syntax::keywords::{keywords_in, KeywordLang};
        let title = keywords_in(&title, if vi { KeywordLang::Vi } else { KeywordLang::En });
        format!("{} {title} — {reviewed}", a.code.0)
    };
    let todo_key = |d: &Diagnostic| format!("{} {} {}", d.code.0, sev(d), text(&d.message));
    for r in &o.reissued {
        let keys: BTreeSet<String> = r.review.iter().map(|(_, a)| review_key(a)).chain(r.todo.iter().map(|(_, d)| todo_key(d))).collect();
        for k in keys {
            *count.entry(k).or_default() += 1;
        }
    }
    let common: Vec<(&String, &usize)> = count.iter().filter(|(_, n)| **n > 1).collect();
    if !common.is_empty() {
        s.push_str(if vi {
            "\nỞ nhiều quy trình (dòng của từng tệp: `--format json` hoặc `quytrinh check`):\n"
        } else {
            "\nIn several procedures (each file's lines: `--format json` or `quytrinh check`):\n"
        });
        for (k, n) in &common {
            s.push_str(&format!("  {k} ({n} {})\n", if vi { "quy trình" } else { "procedures" }));
        }
    }
    let single = |k: &String| count.get(k).is_some_and(|n| *n == 1);
    for r in &o.reissued {
        let review: Vec<&(usize, Applied)> = r.review.iter().filter(|(_, a)| single(&review_key(a))).collect();
        let todo: Vec<&(usize, Diagnostic)> = r.todo.iter().filter(|(_, d)| single(&todo_key(d))).collect();
        if todo.is_empty() && review.is_empty() {
            continue;
        }
        let file = &o.files[r.file].name;
        s.push_str(&format!("\n{} — {file} ({} {})\n", r.code, if vi { "lần ban hành" } else { "revision" }, r.revision));
        for (line, a) in review {
            s.push_str(&format!("  {file}:{line}: {}\n", review_key(a)));
        }
        for (line, d) in todo {
            s.push_str(&format!("  {file}:{line}: {}\n", todo_key(d)));
        }
    }
    if !o.shared.is_empty() {
        s.push_str(if vi { "\nTệp dùng chung:\n" } else { "\nShared files:\n" });
        for (file, line, d) in &o.shared {
            s.push_str(&format!("  {file}:{line}: {} {} {}\n", d.code.0, sev(d), text(&d.message)));
        }
    }
    s.push_str(if vi {
        "\nXem chi tiết và cách sửa: `quytrinh check`; mỗi mã có trang giải thích: `quytrinh explain <mã>`.\n"
    } else {
        "\nDetails and fixes: `quytrinh check`; each code has its page: `quytrinh explain <code>`.\n"
    });
    s
}

fn todo_json(o: &Outcome, written: bool, files: usize, date: Date) -> String {
    use serde_json::json;
    let finding = |file: &str, line: usize, d: &Diagnostic| {
        json!({
            "file": file, "line": line, "code": d.code.0, "severity": d.severity.as_str(),
            "message": { "vi": d.message.vi, "en": d.message.en },
            "help": { "vi": d.help.vi, "en": d.help.en },
        })
    };
    let procedures: Vec<serde_json::Value> = o
        .reissued
        .iter()
        .map(|r| {
            let file = &o.files[r.file].name;
            json!({
                "code": r.code,
                "file": file,
                "revision": { "number": r.revision, "date": date.to_string(), "description": r.description,
                    "rows": r.rows.iter().map(|(section, content)| json!({ "section": section, "content": content })).collect::<Vec<_>>() },
                "review": r.review.iter().map(|(line, a)| json!({ "file": file, "line": line, "code": a.code.0,
                    "title": { "vi": a.title.vi, "en": a.title.en } })).collect::<Vec<_>>(),
                "todo": r.todo.iter().map(|(line, d)| finding(file, *line, d)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let v = json!({
        "kind": "quytrinh-migrate",
        "format_version": "1.0",
        "to": TARGET.id(),
        "date": date.to_string(),
        "written": written,
        "files_changed": files,
        "already_migrated": o.already,
        "procedures": procedures,
        "shared": o.shared.iter().map(|(f, l, d)| finding(f, *l, d)).collect::<Vec<_>>(),
    });
    let mut s = serde_json::to_string_pretty(&v).unwrap_or_default();
    s.push('\n');
    s
}
