//! Checking a catalogue one file at a time, the path of `check` and `build`.
//!
//! ```text
//! pass 1 (parallel): read + decode every file; scan it; parse the few that define
//!                    agencies or decisions                      ─► the Directory
//! pass 2 (parallel): per file: parse, lower against the Directory, check, visit,
//!                    turn its diagnostics into output           ─► let go of text and AST
//! then:              duplicate procedure/TTHC codes across files, sort, assemble
//! ```
//! Memory stays bounded by the texts kept between the passes ([`TEXT_BUDGET`]) and the
//! output, not by the number of procedures: no AST outlives its file's job. Output is the
//! same as checking the whole catalogue at once (the tests compare both).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};
use quytrinh_model::{duplicate_codes, has_shared_items, lower_file, Catalogue, Directory, DirectoryBuilder, LowerOptions, ParsedFile};
use quytrinh_syntax::ast::Str;
use quytrinh_syntax::keywords::KeywordLang;
use quytrinh_syntax::{codes, LineIndex};
use rayon::prelude::*;

use crate::load::{progress_bar, read_source, Decoded, ReadFailure};
use crate::render::{speak_the_files_keywords, Counts, Prepared, Sources, Style};
use crate::walk::find_files;
use quytrinh_syntax::origin::Origin;

/// Texts read in the first pass are kept for the second up to this many bytes in all;
/// the rest are read again. 10,000 typical procedures (46 MB) stay within it.
const TEXT_BUDGET: usize = 64 << 20;

/// What a run is asked to do.
pub struct Settings<'a> {
    pub paths: &'a [PathBuf],
    pub config: Option<&'a Path>,
    pub style: Style,
    /// Which diagnostics are reported and counted (`--select`, `--ignore`).
    pub keep: &'a (dyn Fn(&Diagnostic) -> bool + Sync),
    /// Whether the checker's rules run: commands that only need the resolved procedures
    /// (`due`, `diff`) skip them.
    pub rules: bool,
}

/// A finished run: the output, ready to assemble, and what the command needs besides.
pub struct Checked<T> {
    /// Every file's name, by `FileId` index.
    pub names: Vec<String>,
    pub output: Vec<Prepared>,
    pub counts: Counts,
    /// `.qtr` files read.
    pub files: usize,
    pub procedures: usize,
    pub io_failed: bool,
    /// "file: message" of each file that could not be read, for commands whose output is
    /// not the diagnostics (`report`, `build`) to say which.
    pub io_problems: Vec<String>,
    pub directory: Arc<Directory>,
    /// What `visit` returned for each file whose procedures were checked, in file order.
    pub visited: Vec<T>,
}

/// Where a diagnostic points, its code, severity and message: how output is ordered, and
/// how the same finding reached from several files (a placeholder in the agency file, seen
/// by each of its procedures) is shown once. The message is part of it: one place may have
/// several findings of one code (a revision without its drafter, reviewer and approver).
type Key = (u32, u32, u32, &'static str, quytrinh_diagnostics::Severity, u64);

/// A fixed hash of a message (the same in every run: output order must not vary).
fn message_hash(d: &Diagnostic) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    d.message.en.hash(&mut h);
    d.message.vi.hash(&mut h);
    h.finish()
}

/// One file's checked view, as a command's `visit` sees it.
pub struct Visit<'a> {
    pub view: &'a Catalogue,
    /// Every file's name, by `FileId` index.
    pub names: &'a [String],
    /// Errors found in the file (before `--select`/`--ignore`).
    pub errors: usize,
    /// The file visited, its NFC text and every finding in it (before `--select`/`--ignore`).
    pub file: FileId,
    pub text: &'a str,
    pub diagnostics: &'a [Diagnostic],
    /// What the file was checked against: the shared directory, the lowering options and
    /// the configuration (`fix` checks the file again after each round of fixes).
    pub directory: &'a Arc<Directory>,
    pub options: LowerOptions,
    pub config: &'a quytrinh_check::Config,
}

/// The first look at a file.
enum FirstLook {
    Failed(ReadFailure),
    /// Defines agencies or decisions: parsed now, for the directory.
    Shared {
        parsed: ParsedFile,
        diagnostics: Vec<Diagnostic>,
        origin: Option<Origin>,
    },
    /// Parsed in the second pass; `None` when over the budget (read again then).
    Later(Option<Decoded>),
}

/// What the second pass gives back for one file.
struct FileOutcome<T> {
    output: Vec<(Key, Prepared)>,
    counts: Counts,
    /// (code, TTHC code) of each procedure, for the duplicate check across files.
    codes: Vec<(Str, Option<Str>)>,
    keyword_lang: Option<KeywordLang>,
    procedures: usize,
    visited: Option<T>,
    /// "file: message" when the file could not be read (an I/O failure, exit 2).
    io_problem: Option<String>,
    /// The scan missed agencies or decisions in this file: the run starts again.
    missed_shared: bool,
}

impl<T> FileOutcome<T> {
    fn empty() -> Self {
        FileOutcome {
            output: Vec::new(),
            counts: Counts::default(),
            codes: Vec::new(),
            keyword_lang: None,
            procedures: 0,
            visited: None,
            io_problem: None,
            missed_shared: false,
        }
    }
}

/// Check the catalogue under `settings.paths`; `visit` sees each file's checked view.
pub fn run<T: Send>(settings: &Settings, visit: &(dyn Fn(&Visit) -> T + Sync)) -> Result<Checked<T>, String> {
    run_with_scan(settings, visit, quytrinh_syntax::scan::may_define_shared_items)
}

/// [`run`] with the scan that picks the files parsed in the first pass (tests replace it
/// to prove the output does not depend on it).
fn run_with_scan<T: Send>(settings: &Settings, visit: &(dyn Fn(&Visit) -> T + Sync), scan: fn(&str) -> bool) -> Result<Checked<T>, String> {
    let (files, problems) = find_files(settings.paths).map_err(|p| p.say(settings.style.lang))?;
    let cfg = crate::config::load(settings.config, settings.paths, FileId(files.len() as u32))?;
    let mut names: Vec<String> = files.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let config_text = cfg.file.as_ref().map(|(name, text)| {
        names.push(name.clone());
        text.as_str()
    });
    let mut misc: Vec<Diagnostic> = cfg.diagnostics.clone();
    let mut io_problems = Vec::new();
    for p in &problems {
        let id = FileId(names.len() as u32);
        names.push(p.path.to_string_lossy().into_owned());
        io_problems.push(p.say(settings.style.lang));
        misc.push(Diagnostic::error(codes::UNREADABLE, Span::new(id, 0, 0), Text::new(p.message_vi.clone(), p.message_en.clone())));
    }
    if names.is_empty() {
        misc.push(
            Diagnostic::error(codes::NO_FILES, Span::default(), Text::new("Không tìm thấy tệp .qtr nào", "No .qtr files found")).with_help(
                Text::new(
                    "Chỉ ra thư mục chứa các tệp quy trình, ví dụ `quytrinh check examples/`.",
                    "Point quytrinh at the folder of procedure files, e.g. `quytrinh check examples/`.",
                ),
            ),
        );
        names.push(String::new());
    }
    let options = LowerOptions { default_regime: cfg.config.regime };
    let mut forced = BTreeSet::new();
    loop {
        let job = Job { settings, files: &files, names: &names, config: &cfg.config, config_text, options, visit, scan };
        match job.attempt(&forced, misc.clone())? {
            Attempt::Done(mut checked) => {
                io_problems.append(&mut checked.io_problems);
                checked.io_failed = !io_problems.is_empty();
                checked.io_problems = io_problems;
                checked.names = names;
                return Ok(checked);
            }
            // Rare: a file the scan took for procedures only defines agencies or decisions.
            Attempt::Again(missed) => forced.extend(missed),
        }
    }
}

enum Attempt<T> {
    Done(Checked<T>),
    Again(Vec<usize>),
}

struct Job<'a, T> {
    settings: &'a Settings<'a>,
    files: &'a [PathBuf],
    names: &'a [String],
    config: &'a quytrinh_check::Config,
    config_text: Option<&'a str>,
    options: LowerOptions,
    visit: &'a (dyn Fn(&Visit) -> T + Sync),
    scan: fn(&str) -> bool,
}

impl<T: Send> Job<'_, T> {
    fn attempt(&self, forced: &BTreeSet<usize>, mut misc: Vec<Diagnostic>) -> Result<Attempt<T>, String> {
        // Pass 1.
        let budget = AtomicUsize::new(0);
        let mut looks: Vec<FirstLook> = self
            .files
            .par_iter()
            .enumerate()
            .map(|(i, path)| first_look(path, FileId(i as u32), forced.contains(&i), self.scan, &budget, &self.names[i]))
            .collect();
        let mut builder = DirectoryBuilder::default();
        let mut shared_texts: Vec<(u32, String, Option<KeywordLang>, Option<Origin>)> = Vec::new();
        for (i, look) in looks.iter_mut().enumerate() {
            if let FirstLook::Shared { parsed, origin, .. } = look {
                builder.take_shared(FileId(i as u32), &mut parsed.source);
                shared_texts.push((i as u32, std::mem::take(&mut parsed.source.text), parsed.source.keyword_lang, origin.take()));
            }
        }
        let (directory, builder_diags) = builder.finish();
        misc.extend(builder_diags);
        let mut base = Sources::new(self.names);
        for (id, text, _, origin) in &shared_texts {
            base.add(*id, text, None, origin.as_ref());
        }
        if let Some(text) = self.config_text {
            base.add(self.files.len() as u32, text, None, None);
        }
        // Pass 2.
        let bar = progress_bar(self.files.len());
        let handler = crate::render::human::handler(self.settings.style.color);
        let outcomes: Vec<FileOutcome<T>> = looks
            .into_par_iter()
            .enumerate()
            .map(|(i, look)| {
                let o = self.second_pass(FileId(i as u32), look, &directory, &base, &handler);
                if let Some(b) = &bar {
                    b.inc(1);
                }
                o
            })
            .collect();
        if let Some(b) = bar {
            b.finish_and_clear();
        }
        let missed: Vec<usize> = outcomes.iter().enumerate().filter(|(_, o)| o.missed_shared).map(|(i, _)| i).collect();
        if !missed.is_empty() {
            return Ok(Attempt::Again(missed));
        }
        // Across files: codes used twice. Their diagnostics point into two files, whose
        // texts are read again (only theirs).
        let mut keyword_langs: Vec<Option<KeywordLang>> = outcomes.iter().map(|o| o.keyword_lang).collect();
        for (id, _, lang, _) in &shared_texts {
            keyword_langs[*id as usize] = *lang;
        }
        let duplicates = duplicate_codes(outcomes.iter().flat_map(|o| o.codes.iter().map(|(c, t)| (c, t.as_ref()))));
        let reread: Vec<(u32, Decoded)> = duplicates
            .iter()
            .flat_map(|d| std::iter::once(d.span.file).chain(d.labels.iter().map(|l| l.span.file)))
            .map(|f| f.0)
            .collect::<BTreeSet<u32>>()
            .into_iter()
            .filter(|f| base.text(*f).is_empty())
            .filter_map(|f| self.files.get(f as usize).and_then(|p| read_source(p, FileId(f)).ok()).map(|t| (f, t)))
            .collect();
        let mut across = Sources::over(&base);
        for (f, read) in &reread {
            across.add(*f, &read.text, None, read.origin.as_ref());
        }
        misc.extend(duplicates);
        let lang_of = |f: u32| keyword_langs.get(f as usize).copied().flatten();
        let (mut output, mut counts) = self.prepare(misc, &across, &lang_of, &handler);
        let mut visited = Vec::new();
        let (mut procedures, mut io_problems) = (0, Vec::new());
        for o in outcomes {
            output.extend(o.output);
            counts.add(o.counts);
            procedures += o.procedures;
            io_problems.extend(o.io_problem);
            visited.extend(o.visited);
        }
        output.sort_by(|a, b| a.0.cmp(&b.0));
        // One finding, one diagnostic: the same one reached from several files is shown once.
        output.dedup_by(|later, first| {
            let same = later.0 == first.0;
            if same {
                counts.remove(later.0 .4);
            }
            same
        });
        Ok(Attempt::Done(Checked {
            names: Vec::new(), // moved in by `run`
            output: output.into_iter().map(|(_, p)| p).collect(),
            counts,
            files: self.files.len(),
            procedures,
            io_failed: !io_problems.is_empty(),
            io_problems,
            directory,
            visited,
        }))
    }

    fn second_pass(
        &self,
        file: FileId,
        look: FirstLook,
        directory: &Arc<Directory>,
        base: &Sources,
        handler: &miette::GraphicalReportHandler,
    ) -> FileOutcome<T> {
        let name = self.names[file.0 as usize].clone();
        let (parsed, mut diags, text, origin) = match look {
            FirstLook::Failed(f) => {
                let mut o = FileOutcome::empty();
                if f.io_failed {
                    o.io_problem = Some(format!("{name}: {}", f.diagnostic.message.get(self.settings.style.lang)));
                }
                (o.output, o.counts) = self.prepare(vec![f.diagnostic], base, &|_| None, handler);
                return o;
            }
            FirstLook::Shared { parsed, diagnostics, .. } => (parsed, diagnostics, None, None),
            FirstLook::Later(read) => {
                let Decoded { text, origin } = match read {
                    Some(t) => t,
                    None => match read_source(&self.files[file.0 as usize], file) {
                        Ok(t) => t,
                        Err(f) => return self.second_pass(file, FirstLook::Failed(f), directory, base, handler),
                    },
                };
                let (mut source, diagnostics) = quytrinh_syntax::parse_nfc(text, file);
                if has_shared_items(&source) {
                    let mut o = FileOutcome::empty();
                    o.missed_shared = true;
                    return o;
                }
                let text = std::mem::take(&mut source.text);
                (ParsedFile { lines: LineIndex::new(&text), name, source }, diagnostics, Some(text), origin)
            }
        };
        let mut o = FileOutcome::empty();
        let (view, lowering) = lower_file(directory, file, parsed, self.options);
        diags.extend(lowering);
        if self.settings.rules {
            diags.extend(quytrinh_check::run(&view, self.config));
        }
        o.keyword_lang = view.file(file).and_then(|f| f.keyword_lang);
        o.procedures = view.procedures.len();
        o.codes = view.procedures.iter().map(|p| (p.syntax.code.clone(), p.syntax.tthc.clone())).collect();
        if !view.procedures.is_empty() {
            let errors = diags.iter().filter(|d| d.severity == quytrinh_diagnostics::Severity::Error).count();
            let file_text = text.as_deref().unwrap_or_else(|| base.text(file.0));
            o.visited = Some((self.visit)(&Visit {
                view: &view,
                names: self.names,
                errors,
                file,
                text: file_text,
                diagnostics: &diags,
                directory,
                options: self.options,
                config: self.config,
            }));
        }
        let mut sources = Sources::over(base);
        if let Some(text) = &text {
            let (lines, origin) = (view.file(file).map(|f| &f.lines), origin.as_ref());
            match diags.iter().any(|d| d.code == quytrinh_syntax::codes::FORBIDDEN_CHARACTER) {
                true => sources.add(file.0, text, lines, origin),
                false => sources.add_clean(file.0, text, lines, origin),
            }
        }
        let lang = o.keyword_lang;
        (o.output, o.counts) = self.prepare(diags, &sources, &|f| if f == file.0 { lang } else { None }, handler);
        o
    }

    /// Keep, translate keywords, sort and prepare diagnostics whose files are in `sources`.
    fn prepare(
        &self,
        mut diags: Vec<Diagnostic>,
        sources: &Sources,
        keyword_lang: &dyn Fn(u32) -> Option<KeywordLang>,
        handler: &miette::GraphicalReportHandler,
    ) -> (Vec<(Key, Prepared)>, Counts) {
        diags.retain(|d| (self.settings.keep)(d));
        if self.settings.style.lang == quytrinh_diagnostics::Lang::Vi {
            speak_the_files_keywords(&mut diags, keyword_lang);
        }
        diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        let counts = Counts::of(&diags);
        let key = |d: &Diagnostic| {
            let k = d.sort_key();
            (k.0, k.1, k.2, k.3, d.severity, message_hash(d))
        };
        (diags.iter().map(|d| (key(d), self.settings.style.prepare(handler, d, sources))).collect(), counts)
    }
}

fn first_look(path: &Path, file: FileId, forced: bool, scan: fn(&str) -> bool, budget: &AtomicUsize, name: &str) -> FirstLook {
    let Decoded { mut text, origin } = match read_source(path, file) {
        Ok(t) => t,
        Err(f) => return FirstLook::Failed(f),
    };
    if forced || scan(&text) {
        let (source, diagnostics) = quytrinh_syntax::parse_nfc(text, file);
        return FirstLook::Shared { parsed: ParsedFile::new(name.to_string(), source), diagnostics, origin };
    }
    if budget.fetch_add(text.len(), Ordering::Relaxed) + text.len() > TEXT_BUDGET {
        return FirstLook::Later(None);
    }
    text.shrink_to_fit(); // the read buffer is larger than most files
    FirstLook::Later(Some(Decoded { text, origin }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::Format;

    /// Everything a run reports, as JSON (spans, codes, messages), plus the visited views.
    fn outcome(paths: &[PathBuf], scan: fn(&str) -> bool) -> (String, Vec<Vec<String>>) {
        let keep = |_: &Diagnostic| true;
        let style = Style { format: Format::Json, lang: quytrinh_diagnostics::Lang::Vi, color: false, full_infos: false };
        let settings = Settings { paths, config: None, style, keep: &keep, rules: true };
        let visit = |v: &Visit| v.view.procedures.iter().map(|p| format!("{} {:?} {}", p.code, p.agency, v.errors)).collect::<Vec<_>>();
        let checked = run_with_scan(&settings, &visit, scan).expect("runs");
        let out = style.assemble(checked.output, checked.files, checked.procedures, checked.counts, checked.counts.errors == 0);
        (out, checked.visited)
    }

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// The scan only decides which files are parsed first: a scan that misses every agency
    /// file (forcing the run to start again) or takes every file for one gives the same
    /// output as the real one — on the examples and on a catalogue with errors in every
    /// layer, duplicate codes across files included.
    #[test]
    fn output_does_not_depend_on_the_scan() {
        let broken = tempfile::tempdir().expect("tmp");
        for e in std::fs::read_dir(root().join("examples")).expect("examples").flatten() {
            std::fs::copy(e.path(), broken.path().join(e.file_name())).expect("copy");
        }
        let twin = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
        std::fs::write(broken.path().join("twin.qtr"), twin.replace("by cv_qlcn", "by cv_qlc")).expect("write");
        std::fs::write(broken.path().join("agency-2.qtr"), "agency sokhcn {\n  unit x \"X\"\n}\nprocedure {\n").expect("write");
        for dir in [root().join("examples"), broken.path().to_path_buf()] {
            let paths = [dir];
            let real = outcome(&paths, quytrinh_syntax::scan::may_define_shared_items);
            assert_eq!(outcome(&paths, |_| false), real, "a scan that misses");
            assert_eq!(outcome(&paths, |_| true), real, "a scan that takes everything");
        }
        let (broken_out, _) = outcome(&[broken.path().to_path_buf()], quytrinh_syntax::scan::may_define_shared_items);
        for code in ["QM001", "QM002", "QM003", "QM006"] {
            assert!(broken_out.contains(&format!("\"code\": \"{code}\"")), "{code} in {broken_out}");
        }
    }
}
