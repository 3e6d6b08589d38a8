//! `quytrinh fix`: apply the fixes the rules offer to one file, check again, and repeat
//! until nothing more applies.
//!
//! Each round parses the text, resolves it against the catalogue's shared directory,
//! checks it and applies every fix chosen that does not touch another
//! (`quytrinh_diagnostics::fix::apply`); fixes that clashed wait for the next round, made on
//! the new text. A file that does not parse is left as it is. A round whose result no
//! longer parses (a bug in a fix) is undone and reported: nothing written is ever worse
//! than what was read. The result is written in the canonical layout (`fmt`).

use std::sync::Arc;

use quytrinh_diagnostics::{fix, Applicability, Code, Diagnostic, FileId, Severity, Text};
use quytrinh_model::{lower_file, Directory, LowerOptions, ParsedFile};
use quytrinh_syntax::fmt::{format, FormatOptions};
use quytrinh_syntax::LineIndex;

use crate::Config;

/// More rounds of fixes than any chain of fixes needs (a fix enables at most one more).
const MAX_ROUNDS: usize = 10;

/// What to fix.
pub struct FixRequest<'a> {
    pub directory: &'a Arc<Directory>,
    pub options: LowerOptions,
    pub config: &'a Config,
    /// Apply unsafe fixes too (`--unsafe-fixes`).
    pub unsafe_fixes: bool,
    /// Codes whose unsafe fixes are applied all the same (`migrate` applies those it then
    /// lists for review).
    pub also_unsafe: &'a [&'a str],
    /// Which findings may be fixed (`--select`, `--ignore`); what is left counts them all.
    pub keep: &'a (dyn Fn(&Diagnostic) -> bool + Sync),
}

/// One fix applied.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub code: Code,
    pub title: Text,
    pub applicability: Applicability,
    /// The words the fix wrote (its first non-blank edit), to find it in the final text.
    pub anchor: String,
    /// The 1-based line of the finding in the text the fix was applied to.
    pub line: usize,
}

impl Applied {
    /// The line of the fix in `text` (the final text): where the fix's own text stands,
    /// found by its words (the layout may have changed), else where the finding was.
    pub fn line_in(&self, text: &str) -> usize {
        // Too short to be found only where the fix wrote it (a step number).
        if self.anchor.chars().filter(|c| !c.is_whitespace()).count() < 6 {
            return self.line;
        }
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let first = self.anchor.split(' ').next().unwrap_or_default();
        text.lines().position(|l| l.contains(first) && words(l).contains(&self.anchor)).map(|i| i + 1).unwrap_or(self.line)
    }
}

/// The result of fixing one file.
pub struct Fixed {
    /// The new text, in the canonical layout; the text read when nothing applied.
    pub text: String,
    pub applied: Vec<Applied>,
    /// The file did not parse: nothing was tried.
    pub unparseable: bool,
    /// A round produced text that did not parse; it was undone (this is a bug in a fix).
    pub broke: Option<Code>,
    /// Findings left after the last round, by severity (errors, warnings, infos), and how
    /// many of them have an unsafe fix not applied.
    pub remaining: [usize; 3],
    pub unsafe_left: usize,
    /// Every finding left, in the final text (its lines are the file's as written), and
    /// those the file's procedures have in the shared files (an agency's name).
    pub findings: Vec<Diagnostic>,
    /// The file's procedures as last checked (the final text's, unless a round was undone).
    pub view: Option<quytrinh_model::Catalogue>,
}

impl Fixed {
    pub fn changed(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Fix the file `file` named `name`, whose NFC text is `text`.
pub fn fix_file(text: String, file: FileId, name: &str, req: &FixRequest) -> Fixed {
    fix_file_from(text, file, name, req, None)
}

/// [`fix_file`], given the findings of `text` when the caller has them already (the first
/// round then does not check it again).
pub fn fix_file_from(text: String, file: FileId, name: &str, req: &FixRequest, known: Option<Vec<Diagnostic>>) -> Fixed {
    let mut out = Fixed {
        text: String::new(),
        applied: Vec::new(),
        unparseable: false,
        broke: None,
        remaining: [0; 3],
        unsafe_left: 0,
        findings: Vec::new(),
        view: None,
    };
    let applies = |f: &quytrinh_diagnostics::Fix, code: Code| {
        f.applicability == Applicability::Safe || req.unsafe_fixes || req.also_unsafe.contains(&code.0)
    };
    let wanted = |d: &Diagnostic| d.span.file == file && (req.keep)(d) && d.fix.as_ref().is_some_and(|f| applies(f, d.code));
    let current = match known {
        Some(d) => Some(Round { findings: d, view: None, complete: true }),
        None => check_round(&text, file, name, req, &wanted, true),
    };
    let Some(mut current) = current else {
        out.unparseable = true;
        out.text = text;
        return out;
    };
    let original = text;
    // `text` and `applied`: the last text that was checked, and the fixes that made it.
    let mut text = original.clone();
    let mut applied: Vec<Applied> = Vec::new();
    // What each round applied: a round that applies again what the round before applied
    // did not resolve it (a fix that misses its place): it is undone and reported.
    let mut last_round: Vec<(Code, String, usize)> = Vec::new();
    for round in 0..MAX_ROUNDS {
        let chosen: Vec<&Diagnostic> = current.findings.iter().filter(|d| wanted(d)).collect();
        let fixes: Vec<&quytrinh_diagnostics::Fix> = chosen.iter().filter_map(|d| d.fix.as_ref()).collect();
        let Some((new, which)) = fix::apply(&text, file, fixes.iter().copied()) else {
            break;
        };
        let lines = LineIndex::new(&text);
        let round_applied: Vec<Applied> = which
            .iter()
            .map(|i| Applied {
                code: chosen[*i].code,
                title: fixes[*i].title.clone(),
                applicability: fixes[*i].applicability,
                anchor: fixes[*i]
                    .edits
                    .iter()
                    .map(|e| e.replacement.split_whitespace().collect::<Vec<_>>().join(" "))
                    .find(|w| !w.is_empty())
                    .unwrap_or_default(),
                line: lines.line(chosen[*i].span.start()),
            })
            .collect();
        let first_code = round_applied.first().map(|a| a.code);
        let signature: Vec<(Code, String, usize)> = round_applied.iter().map(|a| (a.code, a.title.en.to_string(), a.line)).collect();
        if signature == last_round {
            out.broke = first_code;
            break;
        }
        last_round = signature;
        // The round is kept only if its text still parses; it is put in the canonical
        // layout (keywords as the file writes them, the fixes' own text being in the file's
        // keyword language), so that the next round's findings are at the lines written.
        let next = format(&new, FormatOptions { keywords: None })
            .ok()
            .and_then(|formatted| check_round(&formatted, file, name, req, &wanted, round + 1 < MAX_ROUNDS).map(|r| (formatted, r)));
        let Some((formatted, checked)) = next else {
            out.broke = first_code;
            break;
        };
        text = formatted;
        applied.extend(round_applied);
        current = checked;
    }
    // What is left: every finding of the final text (a round that asked only the rules
    // with fixes is completed; this happens only when a round was undone).
    if !current.complete {
        if let Some((d, v)) = diagnose(&text, file, name, req) {
            current = Round { findings: d, view: Some(v), complete: true };
        }
    }
    let kept: Vec<&Diagnostic> = current.findings.iter().filter(|d| (req.keep)(d)).collect();
    // What is left counts every finding, not only those `--select` lets be fixed: a run
    // that fixed one code must not pass a file that still has errors.
    for d in current.findings.iter().filter(|d| d.span.file == file) {
        out.remaining[match d.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        }] += 1;
    }
    out.unsafe_left = kept.iter().filter(|d| d.span.file == file && d.fix.as_ref().is_some_and(|f| !applies(f, d.code))).count();
    out.findings = kept.into_iter().cloned().collect();
    out.view = current.view;
    out.applied = applied;
    out.text = if out.applied.is_empty() { original } else { text };
    out
}

/// The findings of one round's text, and its procedures as checked.
struct Round {
    findings: Vec<Diagnostic>,
    view: Option<quytrinh_model::Catalogue>,
    /// Every rule ran (otherwise only those that offer fixes, and one of them applies).
    complete: bool,
}

/// Check a round's text: first only the rules that offer fixes, when more rounds may
/// follow (most rounds are the last, with nothing to fix), then, if none of their fixes
/// applies, the others on the same procedures. `None` when the text does not parse.
fn check_round(
    text: &str,
    file: FileId,
    name: &str,
    req: &FixRequest,
    wanted: &dyn Fn(&Diagnostic) -> bool,
    may_fix: bool,
) -> Option<Round> {
    let (base, view) = prepare(text, file, name, req)?;
    if may_fix {
        let mut first = base.clone();
        first.extend(crate::run_rules(&view, req.config, &|m| m.autofix.is_some()));
        if first.iter().any(wanted) {
            return Some(Round { findings: first, view: Some(view), complete: false });
        }
    }
    let mut all = base;
    all.extend(crate::run(&view, req.config));
    Some(Round { findings: all, view: Some(view), complete: true })
}

/// Every finding of the text (syntax, model, rules), or `None` when it does not parse.
pub fn diagnose(text: &str, file: FileId, name: &str, req: &FixRequest) -> Option<(Vec<Diagnostic>, quytrinh_model::Catalogue)> {
    let (mut diags, view) = prepare(text, file, name, req)?;
    diags.extend(crate::run(&view, req.config));
    Some((diags, view))
}

/// The text parsed and resolved: the findings of the syntax and the model, and the
/// procedures to check; `None` when it does not parse.
fn prepare(text: &str, file: FileId, name: &str, req: &FixRequest) -> Option<(Vec<Diagnostic>, quytrinh_model::Catalogue)> {
    let (source, mut diags) = quytrinh_syntax::parse_nfc(text.to_string(), file);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return None;
    }
    let parsed = ParsedFile { lines: LineIndex::new(text), name: name.to_string(), source };
    let (view, lowering) = lower_file(req.directory, file, parsed, req.options);
    diags.extend(lowering);
    Some((diags, view))
}
