//! Turning diagnostics into what a person or a machine reads.

pub mod codes;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use quytrinh_diagnostics::{Diagnostic, Severity};
use quytrinh_syntax::LineIndex;

/// The files a run read, by `FileId` index: name and text (empty when undecodable).
pub struct Sources<'a> {
    pub names: Vec<&'a str>,
    pub texts: Vec<&'a str>,
    pub lines: Vec<LineIndex>,
}

impl<'a> Sources<'a> {
    pub fn new(files: impl Iterator<Item = (&'a str, &'a str)>) -> Self {
        let mut s = Sources { names: Vec::new(), texts: Vec::new(), lines: Vec::new() };
        for (name, text) in files {
            s.names.push(name);
            s.texts.push(text);
            s.lines.push(LineIndex::new(text));
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
