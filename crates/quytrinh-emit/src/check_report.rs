//! The `check --format json` contract, in the manner of `terraform validate -json`.
//! Additive changes bump the minor version, breaking ones the major; consumers must ignore
//! fields they do not know. Columns count Unicode scalar values, 1-based; `byte` is the
//! 0-based byte offset in the file's NFC text.

use serde::Serialize;

pub const FORMAT_VERSION: &str = "1.0";

#[derive(Serialize)]
pub struct CheckReport {
    pub format_version: &'static str,
    pub valid: bool,
    pub lang: &'static str,
    pub files_checked: usize,
    pub procedures: usize,
    pub error_count: usize,
    pub warning_count: usize,
    pub info_count: usize,
    pub column_unit: &'static str,
    pub diagnostics: Vec<JsonDiagnostic>,
}

#[derive(Serialize)]
pub struct JsonDiagnostic {
    pub code: &'static str,
    pub severity: &'static str,
    pub message: String,
    pub help: String,
    pub file: String,
    pub range: Range,
    pub labels: Vec<JsonLabel>,
}

#[derive(Serialize)]
pub struct JsonLabel {
    pub message: String,
    pub file: String,
    pub range: Range,
}

#[derive(Serialize, Clone, Copy)]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

#[derive(Serialize, Clone, Copy)]
pub struct Pos {
    pub byte: usize,
    pub line: usize,
    pub column: usize,
}
