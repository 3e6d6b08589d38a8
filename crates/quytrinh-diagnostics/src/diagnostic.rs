use crate::{Code, Fix, Span, Text};

/// How bad a finding is. Errors block a catalogue (exit 1, no emission); warnings are
/// shown and fail only with `--deny warnings`; information is shown and never fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A secondary location attached to a diagnostic ("first defined here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub text: Text,
}

/// One finding, at one exact place, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    /// Where the problem is. For a file that could not be read at all, an empty span at 0.
    pub span: Span,
    /// The short label under the primary span; may be empty.
    pub label: Text,
    pub message: Text,
    pub help: Text,
    pub labels: Vec<Label>,
    /// The edits that resolve it, when they are certain enough to offer (`quytrinh fix`).
    pub fix: Option<Fix>,
}

impl Diagnostic {
    pub fn new(code: Code, severity: Severity, span: Span, message: Text) -> Self {
        Diagnostic { code, severity, span, label: Text::default(), message, help: Text::default(), labels: Vec::new(), fix: None }
    }

    pub fn error(code: Code, span: Span, message: Text) -> Self {
        Self::new(code, Severity::Error, span, message)
    }

    pub fn warning(code: Code, span: Span, message: Text) -> Self {
        Self::new(code, Severity::Warning, span, message)
    }

    pub fn info(code: Code, span: Span, message: Text) -> Self {
        Self::new(code, Severity::Info, span, message)
    }

    pub fn with_help(mut self, help: Text) -> Self {
        self.help = help;
        self
    }

    pub fn with_label(mut self, label: Text) -> Self {
        self.label = label;
        self
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn with_extra(mut self, span: Span, text: Text) -> Self {
        self.labels.push(Label { span, text });
        self
    }

    /// Sort key giving a stable order: file, position, code.
    pub fn sort_key(&self) -> (u32, u32, u32, &'static str) {
        (self.span.file.0, self.span.start, self.span.end, self.code.0)
    }
}
