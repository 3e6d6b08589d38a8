//! Turning diagnostics into what a person or a machine reads.

pub mod codes;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use std::borrow::Cow;

use quytrinh_diagnostics::{Diagnostic, Severity};
use quytrinh_syntax::LineIndex;

/// The files a run read, by `FileId` index: name and text (empty when undecodable).
pub struct Sources<'a> {
    pub names: Vec<&'a str>,
    pub texts: Vec<&'a str>,
    pub lines: Vec<Cow<'a, LineIndex>>,
}

impl<'a> Sources<'a> {
    /// `known` are line indexes already built (the model's), by file; the others are built here.
    pub fn new(files: impl Iterator<Item = (&'a str, &'a str)>, known: &'a [quytrinh_model::FileInfo]) -> Self {
        let mut s = Sources { names: Vec::new(), texts: Vec::new(), lines: Vec::new() };
        for (i, (name, text)) in files.enumerate() {
            s.names.push(name);
            s.texts.push(text);
            s.lines.push(match known.get(i) {
                Some(info) => Cow::Borrowed(&info.lines),
                None => Cow::Owned(LineIndex::new(text)),
            });
        }
        s
    }

    pub fn name(&self, file: u32) -> &str {
        self.names.get(file as usize).copied().unwrap_or("")
    }

    pub fn text(&self, file: u32) -> &str {
        self.texts.get(file as usize).copied().unwrap_or("")
    }

    pub fn line_col(&self, file: u32, offset: usize) -> quytrinh_syntax::LineCol {
        match self.lines.get(file as usize) {
            Some(l) => l.line_col(self.text(file), offset),
            None => quytrinh_syntax::LineCol { line: 1, column: 1, utf16_column: 0 },
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
pub fn speak_the_files_keywords(diags: &mut [Diagnostic], files: &[quytrinh_model::FileInfo]) {
    use quytrinh_syntax::keywords::{vietnamese_keywords_in, KeywordLang};
    for d in diags {
        let vi_file = files.get(d.span.file.0 as usize).is_some_and(|f| f.keyword_lang == Some(KeywordLang::Vi));
        if vi_file {
            d.message.vi = vietnamese_keywords_in(&d.message.vi);
            d.help.vi = vietnamese_keywords_in(&d.help.vi);
            d.label.vi = vietnamese_keywords_in(&d.label.vi);
            for l in &mut d.labels {
                l.text.vi = vietnamese_keywords_in(&l.text.vi);
            }
        }
    }
}
