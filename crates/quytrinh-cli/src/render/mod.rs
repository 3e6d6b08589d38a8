//! Turning diagnostics into what a person or a machine reads.

mod clip;
pub mod codes;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::borrow::Cow;

use quytrinh_diagnostics::{Diagnostic, Lang, Severity};

use crate::args::Format;
use quytrinh_syntax::keywords::{vietnamese_keywords_in, KeywordLang};
use quytrinh_syntax::origin::Origin;
use quytrinh_syntax::LineIndex;

/// Where diagnostics point: the name of every file of the run (by `FileId` index), and the
/// text and line index of the files at hand. A per-file view layers one file's text over
/// the shared ones (agency files, configuration) with [`Sources::over`].
///
/// Spans index a file's NFC text; every position shown is in the file as written (see
/// [`Origin`]): the text shown is the written one, and spans are mapped to it.
pub struct Sources<'a> {
    names: &'a [String],
    texts: Vec<SourceText<'a>>,
    base: Option<&'a Sources<'a>>,
}

struct SourceText<'a> {
    file: u32,
    /// The text as written, with control characters made harmless (same byte length, so
    /// positions hold).
    text: Cow<'a, str>,
    lines: Cow<'a, LineIndex>,
    origin: Option<&'a Origin>,
}

impl SourceText<'_> {
    /// An offset of the NFC text, in the written text.
    fn written(&self, offset: usize, is_end: bool) -> usize {
        self.origin.map(|o| o.to_written(offset, is_end)).unwrap_or(offset)
    }
}

impl<'a> Sources<'a> {
    pub fn new(names: &'a [String]) -> Self {
        Sources { names, texts: Vec::new(), base: None }
    }

    /// More texts on top of `base`.
    pub fn over(base: &'a Sources<'a>) -> Self {
        Sources { names: base.names, texts: Vec::new(), base: Some(base) }
    }

    /// Make `text` (NFC) available for `file`; `lines` is its line index when one is already
    /// built; `origin` maps it back to the file as written.
    pub fn add(&mut self, file: u32, text: &'a str, lines: Option<&'a LineIndex>, origin: Option<&'a Origin>) {
        self.add_checked(file, text, lines, origin, true);
    }

    /// [`Sources::add`] of a text whose parse found no control character (`QS018`): it is
    /// shown as it is, without looking for them again.
    pub fn add_clean(&mut self, file: u32, text: &'a str, lines: Option<&'a LineIndex>, origin: Option<&'a Origin>) {
        self.add_checked(file, text, lines, origin, false);
    }

    fn add_checked(&mut self, file: u32, text: &'a str, lines: Option<&'a LineIndex>, origin: Option<&'a Origin>, scan: bool) {
        let (text, lines) = match origin.and_then(Origin::written) {
            Some(written) => (written, Cow::Owned(LineIndex::new(written))),
            None => (
                text,
                match lines {
                    Some(l) => Cow::Borrowed(l),
                    None => Cow::Owned(LineIndex::new(text)),
                },
            ),
        };
        let text = if scan { quytrinh_syntax::chars::printable_same_len(text) } else { Cow::Borrowed(text) };
        let at = self.texts.partition_point(|t| t.file < file);
        self.texts.insert(at, SourceText { file, text, lines, origin });
    }

    fn find(&self, file: u32) -> Option<&SourceText<'a>> {
        match self.texts.binary_search_by_key(&file, |t| t.file) {
            Ok(i) => Some(&self.texts[i]),
            Err(_) => self.base.and_then(|b| b.find(file)),
        }
    }

    pub fn name(&self, file: u32) -> &'a str {
        self.names.get(file as usize).map(String::as_str).unwrap_or("")
    }

    /// The text of a file as written (what is shown).
    pub fn text(&self, file: u32) -> &str {
        self.find(file).map(|t| t.text.as_ref()).unwrap_or("")
    }

    /// The line index of a file's text as written.
    pub fn lines(&self, file: u32) -> Option<&LineIndex> {
        self.find(file).map(|t| t.lines.as_ref())
    }

    /// A span of the NFC text, as a range of the text as written.
    pub fn written_span(&self, file: u32, start: usize, end: usize) -> (usize, usize) {
        match self.find(file) {
            Some(t) => (t.written(start, false), t.written(end, true)),
            None => (start, end),
        }
    }

    /// The byte offset in the file on disk of an offset of the NFC text (a byte-order mark
    /// counted). `is_end` says whether it ends a span.
    pub fn byte(&self, file: u32, offset: usize, is_end: bool) -> usize {
        match self.find(file) {
            Some(t) => t.written(offset, is_end) + t.origin.map(Origin::bom).unwrap_or(0),
            None => offset,
        }
    }

    /// The line and column in the file as written of an offset of the NFC text.
    pub fn line_col(&self, file: u32, offset: usize) -> quytrinh_syntax::LineCol {
        self.line_col_of(file, offset, false)
    }

    /// [`Sources::line_col`] of the end of a span.
    pub fn line_col_end(&self, file: u32, offset: usize) -> quytrinh_syntax::LineCol {
        self.line_col_of(file, offset, true)
    }

    fn line_col_of(&self, file: u32, offset: usize, is_end: bool) -> quytrinh_syntax::LineCol {
        match self.find(file) {
            Some(t) => t.lines.line_col(&t.text, t.written(offset, is_end)),
            None => quytrinh_syntax::LineCol { line: 1, column: 1, utf16_column: 0 },
        }
    }
}

/// One diagnostic made ready for the output format while its file's text is at hand, so
/// that a large run can let go of each text as soon as its file is checked.
pub enum Prepared {
    Text(String),
    /// An information line, printed compactly after the errors and warnings.
    InfoLine(String),
    Json(quytrinh_emit::check_report::JsonDiagnostic),
    Sarif(serde_json::Value),
}

/// How a run's diagnostics are written.
#[derive(Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub lang: Lang,
    pub color: bool,
    /// Information (the time cut) in the full form, like errors, instead of one line each
    /// after the errors and warnings.
    pub full_infos: bool,
}

impl Style {
    pub fn prepare(&self, handler: &miette::GraphicalReportHandler, d: &Diagnostic, sources: &Sources) -> Prepared {
        match self.format {
            Format::Human if d.severity == quytrinh_diagnostics::Severity::Info && !self.full_infos => {
                Prepared::InfoLine(human::info_line(d, sources, self.lang))
            }
            Format::Human => Prepared::Text(human::one(handler, d, sources, self.lang)),
            Format::Github => Prepared::Text(github::one(d, sources, self.lang)),
            Format::Json => Prepared::Json(json::one(d, sources, self.lang)),
            Format::Sarif => Prepared::Sarif(sarif::one(d, sources, self.lang)),
        }
    }

    /// The whole output from prepared diagnostics (in order). `summary`: files and
    /// procedures checked, the counts, and whether the run passes.
    pub fn assemble(&self, items: Vec<Prepared>, files: usize, procedures: usize, counts: Counts, valid: bool) -> String {
        match self.format {
            Format::Human | Format::Github => {
                // Errors and warnings first, information after them (so it never buries them).
                let mut s = String::new();
                let mut infos = String::new();
                for p in items {
                    match p {
                        Prepared::Text(t) => s.push_str(&t),
                        Prepared::InfoLine(t) => infos.push_str(&t),
                        _ => {}
                    }
                }
                if !infos.is_empty() {
                    if !s.is_empty() {
                        s.push('\n');
                    }
                    s.push_str(&infos);
                }
                if matches!(self.format, Format::Human) {
                    s.push_str(&human::summary(files, procedures, counts, self.lang));
                    s.push('\n');
                }
                s
            }
            Format::Json => json::assemble(
                items.into_iter().filter_map(|p| if let Prepared::Json(j) = p { Some(j) } else { None }).collect(),
                counts,
                self.lang,
                files,
                procedures,
                valid,
            ),
            Format::Sarif => sarif::assemble(
                items.into_iter().filter_map(|p| if let Prepared::Sarif(v) = p { Some(v) } else { None }).collect(),
                self.lang,
            ),
        }
    }
}

/// Counts of a set of diagnostics.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }

    /// One diagnostic of this severity less (a duplicate dropped).
    pub fn remove(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors = self.errors.saturating_sub(1),
            Severity::Warning => self.warnings = self.warnings.saturating_sub(1),
            Severity::Info => self.infos = self.infos.saturating_sub(1),
        }
    }

    pub fn of(diags: &[Diagnostic]) -> Counts {
        let mut c = Counts::default();
        for d in diags {
            match d.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Info => c.infos += 1,
            }
        }
        c
    }
}

/// In Vietnamese messages about files written with Vietnamese keywords, quote the keywords
/// in Vietnamese too (`thời_hạn`, not `statutory`).
pub fn speak_the_files_keywords(diags: &mut [Diagnostic], keyword_lang: &dyn Fn(u32) -> Option<KeywordLang>) {
    for d in diags {
        if keyword_lang(d.span.file.0) == Some(KeywordLang::Vi) {
            d.message.vi = vietnamese_keywords_in(&d.message.vi).into();
            d.help.vi = vietnamese_keywords_in(&d.help.vi).into();
            d.label.vi = vietnamese_keywords_in(&d.label.vi).into();
            for l in &mut d.labels {
                l.text.vi = vietnamese_keywords_in(&l.text.vi).into();
            }
        }
    }
}
