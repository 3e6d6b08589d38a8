//! Suppression comments, each of which must give its reason:
//!
//! ```qtr
//! 4 "Thẩm định" by cv_qlcn 3.3d   # quytrinh: allow QC047 -- thời gian do luật chuyên ngành quy định
//! # quytrinh: allow-file QC005 -- các từ viết tắt được định nghĩa trong quyết định công bố
//! ```
//! A line comment covers its own line, or the next line when it stands alone. A
//! suppression without a reason, naming an unknown code, or suppressing nothing is
//! itself reported.

use quytrinh_diagnostics::{Code, Diagnostic, FileId, Span, Text};
use quytrinh_model::Catalogue;
use quytrinh_syntax::cst::Comment;
use quytrinh_syntax::LineIndex;

use crate::registry::find_rule;

pub const SUPPRESSION_WITHOUT_REASON: Code = Code("QC900");
pub const UNKNOWN_SUPPRESSED_CODE: Code = Code("QC902");
pub const UNUSED_SUPPRESSION: Code = Code("QC903");

struct Suppression {
    codes: Vec<String>,
    /// `None` for the whole file, else the line it covers.
    line: Option<usize>,
    span: Span,
    used: bool,
}

/// Remove suppressed diagnostics; report bad and unused suppressions.
pub fn apply(cat: &Catalogue, diags: &mut Vec<Diagnostic>) {
    let mut meta = Vec::new();
    let shared = &cat.directory.shared_files;
    for info in &cat.files {
        let mut sups: Vec<Suppression> = info.comments.iter().filter_map(|c| read(c, info.lines.line(c.span.start()), &mut meta)).collect();
        if sups.is_empty() {
            continue;
        }
        remove_suppressed(diags, info.id, &info.lines, &mut sups);
        // Findings in a file that defines agencies or decisions come from the views of the
        // procedures that use them (an agency's address): whether a suppression there is
        // used cannot be told from this view, so it is not called unused.
        if shared.iter().any(|(f, _)| *f == info.id) {
            continue;
        }
        for s in sups.into_iter().filter(|s| !s.used) {
            meta.push(
                Diagnostic::warning(
                    UNUSED_SUPPRESSION,
                    s.span,
                    Text::new(
                        format!("Lệnh bỏ qua {} không bỏ qua gì", s.codes.join(", ")),
                        format!("This suppression of {} suppresses nothing", s.codes.join(", ")),
                    ),
                )
                .with_help(Text::new("Xóa chú thích này: vấn đề đã được sửa.", "Remove the comment: the problem is fixed.")),
            );
        }
    }
    // The shared files seen from a procedure's view: their suppressions apply here too (a
    // malformed one is reported when the file itself is checked).
    for (file, lines) in shared.iter().filter(|(f, _)| !cat.files.iter().any(|i| i.id == *f)) {
        let mut ignored = Vec::new();
        let mut sups: Vec<Suppression> = cat
            .directory
            .shared_suppressions
            .iter()
            .filter(|s| s.file == *file)
            .filter_map(|s| read(&s.comment, s.line, &mut ignored))
            .collect();
        remove_suppressed(diags, *file, lines, &mut sups);
    }
    diags.extend(meta);
}

/// The suppression a comment on `line` (1-based) makes, if it is one; a malformed one is
/// reported in `meta`.
fn read(c: &Comment, line: usize, meta: &mut Vec<Diagnostic>) -> Option<Suppression> {
    let text = c.text.trim();
    let rest = text.strip_prefix("quytrinh:")?.trim();
    let (whole_file, rest) = match rest.strip_prefix("allow-file") {
        Some(r) => (true, r),
        None => (false, rest.strip_prefix("allow")?),
    };
    let (codes_part, reason) = match rest.split_once("--").or_else(|| rest.split_once('—')) {
        Some((a, b)) => (a, b.trim()),
        None => (rest, ""),
    };
    let codes: Vec<String> = codes_part.split([',', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
    if reason.is_empty() {
        meta.push(
            Diagnostic::error(
                SUPPRESSION_WITHOUT_REASON,
                c.span,
                Text::new("Bỏ qua quy tắc mà không nêu lý do", "A suppression without a reason"),
            )
            .with_help(Text::new(
                "Viết lý do sau `--`, ví dụ `# quytrinh: allow QC047 -- thời hạn do luật chuyên ngành quy định`.",
                "Give the reason after `--`, e.g. `# quytrinh: allow QC047 -- time set by the sector law`.",
            )),
        );
        return None;
    }
    let mut known = Vec::new();
    for code in codes {
        match find_rule(&code) {
            Some(rule) => known.push(rule.meta().code.0.to_string()),
            None => meta.push(
                Diagnostic::error(
                    UNKNOWN_SUPPRESSED_CODE,
                    c.span,
                    Text::new(format!("Không có quy tắc `{code}` để bỏ qua"), format!("No rule `{code}` to suppress")),
                )
                .with_help(Text::new("Xem danh sách quy tắc bằng `quytrinh rules`.", "See the rules with `quytrinh rules`.")),
            ),
        }
    }
    if known.is_empty() {
        return None;
    }
    let line = if whole_file { None } else { Some(if c.own_line { line + 1 } else { line }) };
    Some(Suppression { codes: known, line, span: c.span, used: false })
}

/// Drop the findings in `file` that a suppression covers, marking it used.
fn remove_suppressed(diags: &mut Vec<Diagnostic>, file: FileId, lines: &LineIndex, sups: &mut [Suppression]) {
    diags.retain(|d| {
        if d.span.file != file {
            return true;
        }
        let line = lines.line(d.span.start());
        for s in sups.iter_mut() {
            if s.codes.iter().any(|c| c == d.code.0) && s.line.is_none_or(|l| l == line) {
                s.used = true;
                return false;
            }
        }
        true
    });
}
