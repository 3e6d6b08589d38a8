//! Human output through miette, with the whole file as the source so every label sits at
//! its exact line and column.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};
use quytrinh_diagnostics::{Diagnostic, Lang, Severity};
use quytrinh_syntax::chars::printable;
use quytrinh_syntax::LineIndex;

use super::clip::Clipped;
use super::{Counts, Sources};

/// A file as miette reads it, but with columns counted in characters (miette counts
/// bytes, which puts Vietnamese text several columns off), and with only the lines around
/// a span handed to miette: it counts lines from the start of what it is given, which made
/// a file with thousands of findings quadratic.
struct Source<'a> {
    name: &'a str,
    text: &'a str,
    lines: &'a LineIndex,
    /// Set when `text` is the lines around the finding with long ones clipped
    /// (`clip.rs`): it gives the file's own line and column numbers.
    clipped: Option<&'a Clipped>,
}

impl SourceCode for Source<'_> {
    fn read_span<'a>(&'a self, span: &SourceSpan, before: usize, after: usize) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let len = self.text.len();
        let start = span.offset().min(len);
        let end = (span.offset() + span.len()).min(len);
        // The window: from `before` lines above the span to a line past the `after` lines
        // below it, so that miette sees exactly what it would have used of the whole text.
        let base_line = (self.lines.line(start) - 1).saturating_sub(before);
        let base = self.lines.line_start(base_line).unwrap_or(0);
        let stop = self.lines.line_start(self.lines.line(end) + after + 1).unwrap_or(len);
        let window = self.text.get(base..stop).unwrap_or(self.text);
        let (base, base_line) = if window.len() == len { (0, 0) } else { (base, base_line) };
        let inner = window.read_span(&SourceSpan::new((span.offset() - base.min(span.offset())).into(), span.len()), before, after)?;
        let offset = base + inner.span().offset();
        let data_start = offset.min(len);
        let column = match self.clipped {
            Some(c) => c.column(data_start),
            None => {
                let line_start = self.text[..data_start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                self.text.get(line_start..data_start).map(|s| s.chars().count()).unwrap_or(0)
            }
        };
        let first_line = self.clipped.map(|c| c.first_line).unwrap_or(0);
        Ok(Box::new(
            MietteSpanContents::new_named(
                self.name.to_string(),
                inner.data(),
                SourceSpan::new(offset.into(), inner.span().len()),
                first_line + base_line + inner.line(),
                column,
                first_line + base_line + inner.line_count(),
            )
            .with_language("qtr"),
        ))
    }
}

struct Report<'a> {
    d: &'a Diagnostic,
    lang: Lang,
    source: Source<'a>,
    labels: Vec<LabeledSpan>,
    help: Option<String>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&printable(self.d.message.get(self.lang)))
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&printable(self.d.message.get(self.lang)))
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.d.code.0))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help.as_ref().map(|h| Box::new(h.as_str()) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// Render diagnostics for a person. `color` follows whether stderr/stdout is a terminal.
pub fn render(diags: &[Diagnostic], sources: &Sources, lang: Lang, color: bool) -> String {
    let handler = handler(color);
    diags.iter().map(|d| one(&handler, d, sources, lang)).collect()
}

/// Lines quoted above and below a finding.
const CONTEXT_LINES: usize = 1;

/// The miette handler for one run.
pub fn handler(color: bool) -> GraphicalReportHandler {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    GraphicalReportHandler::new_themed(theme).with_width(100).with_links(false).with_context_lines(CONTEXT_LINES)
}

/// One diagnostic, with its file's text at hand.
pub fn one(handler: &GraphicalReportHandler, d: &Diagnostic, sources: &Sources, lang: Lang) -> String {
    let file = d.span.file.0;
    let text = sources.text(file);
    let empty;
    let lines = match sources.lines(file) {
        Some(l) => l,
        None => {
            empty = LineIndex::new(text);
            &empty
        }
    };
    // The places marked: the finding's own first, then those of its other labels in the
    // same file (those in another file are named in the help).
    let mut marks = vec![(Some(printable(d.label.get(lang)).into_owned()).filter(|s| !s.is_empty()), written_span(sources, d.span, text))];
    let mut notes = Vec::new();
    for extra in &d.labels {
        if extra.span.file == d.span.file {
            marks.push((Some(printable(extra.text.get(lang)).into_owned()), written_span(sources, extra.span, text)));
        } else {
            let lc = sources.line_col(extra.span.file.0, extra.span.start());
            notes.push(format!("{}: {}:{}:{}", extra.text.get(lang), sources.name(extra.span.file.0), lc.line, lc.column));
        }
    }
    // A very long line near a mark is quoted around the marks only (`clip.rs`).
    let ends: Vec<(usize, usize)> = marks.iter().map(|(_, s)| (s.offset(), s.offset() + s.len())).collect();
    let clipped = Clipped::new(text, lines, &ends, CONTEXT_LINES);
    let labels: Vec<LabeledSpan> = marks
        .into_iter()
        .enumerate()
        .map(|(i, (label, at))| {
            let at = match &clipped {
                Some(c) => {
                    let start = c.offset(lines, at.offset());
                    SourceSpan::new(start.into(), c.offset(lines, at.offset() + at.len()).saturating_sub(start))
                }
                None => at,
            };
            if i == 0 {
                LabeledSpan::new_primary_with_span(label, at)
            } else {
                LabeledSpan::new_with_span(label, at)
            }
        })
        .collect();
    let mut help = d.help.get(lang).to_string();
    for n in notes {
        if !help.is_empty() {
            help.push('\n');
        }
        help.push_str(&n);
    }
    let help = printable(&help).into_owned();
    let name = printable(sources.name(file));
    // miette labels the help "help:"; a Vietnamese report says "gợi ý:" (written here).
    let (miette_help, own_help) = match lang {
        Lang::En => (Some(help).filter(|h| !h.is_empty()), None),
        Lang::Vi => (None, Some(help).filter(|h| !h.is_empty())),
    };
    let source = match &clipped {
        Some(c) => Source { name: &name, text: &c.text, lines: &c.lines, clipped: Some(c) },
        None => Source { name: &name, text, lines, clipped: None },
    };
    let report = Report { d, lang, source, labels, help: miette_help };
    let mut out = String::new();
    if handler.render_report(&mut out, &report).is_err() {
        out = format!("{}: {}\n", d.code, printable(d.message.get(lang)));
    }
    if let Some(h) = own_help {
        out.push_str(&wrap_help("  gợi ý: ", &h, 98));
    }
    out
}

/// A help text after its label, wrapped at `width` characters with later lines indented
/// under the first, as miette does for its own label.
fn wrap_help(label: &str, text: &str, width: usize) -> String {
    let indent = " ".repeat(label.chars().count());
    let mut out = String::new();
    let mut line = String::from(label);
    let mut fresh = true;
    for paragraph in text.split('\n') {
        if !fresh {
            out.push_str(line.trim_end());
            out.push('\n');
            line = indent.clone();
        }
        fresh = true;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if !fresh && line.chars().count() + 1 + word.chars().count() > width {
                out.push_str(line.trim_end());
                out.push('\n');
                line = indent.clone();
                fresh = true;
            }
            if !fresh {
                line.push(' ');
            }
            line.push_str(word);
            fresh = false;
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
    out
}

/// A span of the NFC text, in the file's text as written.
fn written_span(sources: &Sources, s: quytrinh_diagnostics::Span, text: &str) -> SourceSpan {
    let (start, end) = sources.written_span(s.file.0, s.start(), s.end());
    span(start, end, text)
}

/// Empty spans are widened to one character so miette draws a caret.
fn span(start: usize, end: usize, text: &str) -> SourceSpan {
    let start = start.min(text.len());
    let mut end = end.clamp(start, text.len());
    if end == start && start < text.len() {
        end = start + text[start..].chars().next().map(char::len_utf8).unwrap_or(0);
    }
    SourceSpan::new(start.into(), end - start)
}

/// One line of information: `☞ QC033 file:line:column: message`.
pub fn info_line(d: &Diagnostic, sources: &Sources, lang: Lang) -> String {
    let lc = sources.line_col(d.span.file.0, d.span.start());
    format!("☞ {} {}:{}:{}: {}\n", d.code, printable(sources.name(d.span.file.0)), lc.line, lc.column, printable(d.message.get(lang)))
}

/// The last line: what was checked and what was found.
pub fn summary(files: usize, procedures: usize, counts: Counts, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!(
            "Đã kiểm tra {files} tệp, {procedures} quy trình: {} lỗi, {} cảnh báo, {} thông tin.",
            counts.errors, counts.warnings, counts.infos
        ),
        Lang::En => format!(
            "Checked {}, {}: {}, {}, {}.",
            plural(files, "file"),
            plural(procedures, "procedure"),
            plural(counts.errors, "error"),
            plural(counts.warnings, "warning"),
            plural(counts.infos, "info")
        ),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
