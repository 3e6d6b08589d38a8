//! `check --format json`: a versioned contract in the manner of `terraform validate -json`.
//!
//! Additive changes bump the minor version, breaking ones the major; consumers must ignore
//! fields they do not know. Columns count Unicode characters (scalar values), 1-based;
//! `byte` is the 0-based byte offset in the file as it is on disk (a byte-order mark and
//! decomposed letters counted); lines and columns are those of the file as written.

use quytrinh_diagnostics::{Diagnostic, Lang};
use quytrinh_emit::check_report::{CheckReport, JsonDiagnostic, JsonLabel, Pos, Range};

use super::{Counts, Sources};

use quytrinh_emit::check_report::FORMAT_VERSION;

fn range(sources: &Sources, file: u32, start: usize, end: usize) -> Range {
    let a = sources.line_col(file, start);
    let b = sources.line_col_end(file, end);
    let (byte_a, byte_b) = (sources.byte(file, start, false), sources.byte(file, end, true));
    Range { start: Pos { byte: byte_a, line: a.line, column: a.column }, end: Pos { byte: byte_b, line: b.line, column: b.column } }
}

/// One diagnostic, with its file's text at hand.
pub fn one(d: &Diagnostic, sources: &Sources, lang: Lang) -> JsonDiagnostic {
    JsonDiagnostic {
        code: d.code.0,
        severity: d.severity.as_str(),
        message: d.message.get(lang).to_string(),
        help: d.help.get(lang).to_string(),
        file: sources.name(d.span.file.0).to_string(),
        range: range(sources, d.span.file.0, d.span.start(), d.span.end()),
        labels: d
            .labels
            .iter()
            .map(|l| JsonLabel {
                message: l.text.get(lang).to_string(),
                file: sources.name(l.span.file.0).to_string(),
                range: range(sources, l.span.file.0, l.span.start(), l.span.end()),
            })
            .collect(),
    }
}

/// The whole report, from diagnostics made by [`one`].
pub fn assemble(diagnostics: Vec<JsonDiagnostic>, counts: Counts, lang: Lang, files: usize, procedures: usize, valid: bool) -> String {
    let report = CheckReport {
        format_version: FORMAT_VERSION,
        valid,
        lang: lang.code(),
        files_checked: files,
        procedures,
        error_count: counts.errors,
        warning_count: counts.warnings,
        info_count: counts.infos,
        column_unit: "unicode_scalar",
        diagnostics,
    };
    let mut s = serde_json::to_string_pretty(&report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"));
    s.push('\n');
    s
}
