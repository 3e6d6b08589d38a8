//! `check --format github`: GitHub Actions workflow commands, one annotation a diagnostic
//! (`::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).

use quytrinh_diagnostics::{Diagnostic, Lang, Severity};

use super::Sources;

/// Escape per the workflow-command rules: data escapes `%`, CR, LF; properties also `:` and `,`.
/// Control characters are made harmless first: a CI log is a terminal too.
fn data(s: &str) -> String {
    quytrinh_syntax::chars::printable(s).replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One annotation line.
pub fn one(d: &Diagnostic, sources: &Sources, lang: Lang) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let file = d.span.file.0;
    let a = sources.line_col(file, d.span.start());
    let b = sources.line_col_end(file, d.span.end());
    let mut message = d.message.get(lang).to_string();
    let help = d.help.get(lang);
    if !help.is_empty() {
        message.push('\n');
        message.push_str(help);
    }
    format!(
        "::{kind} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
        property(sources.name(file)),
        a.line,
        a.column,
        b.line,
        b.column,
        property(&format!("{} {}", d.code, super::codes::find_code(d.code.0).map(|(_, c)| c.name).unwrap_or(""))),
        data(&message)
    )
}
