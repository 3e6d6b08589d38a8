//! Suppression comments, each of which must give its reason:
//!
//! ```qtr
//! 4 "Thẩm định" by cv_qlcn 3.3d   # quytrinh: allow QC047 -- thời gian do luật chuyên ngành quy định
//! # quytrinh: allow-file QC005 -- các từ viết tắt được định nghĩa trong quyết định công bố
//! ```
//! A line comment covers its own line, or the next line when it stands alone. A
//! suppression without a reason, naming an unknown code, or suppressing nothing is
//! itself reported.

use quytrinh_diagnostics::{Code, Diagnostic, Span, Text};
use quytrinh_model::Catalogue;

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
    for info in &cat.files {
        let file = info.id;
        let mut sups = Vec::new();
        for c in &info.comments {
            let text = c.text.trim();
            let Some(rest) = text.strip_prefix("quytrinh:") else { continue };
            let rest = rest.trim();
            let (whole_file, rest) = match rest.strip_prefix("allow-file") {
                Some(r) => (true, r),
                None => match rest.strip_prefix("allow") {
                    Some(r) => (false, r),
                    None => continue,
                },
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
                continue;
            }
            let mut known = Vec::new();
            for code in codes {
                if find_rule(&code).is_some() {
                    known.push(find_rule(&code).map(|r| r.meta().code.0.to_string()).unwrap_or(code));
                } else {
                    meta.push(
                        Diagnostic::error(
                            UNKNOWN_SUPPRESSED_CODE,
                            c.span,
                            Text::new(format!("Không có quy tắc `{code}` để bỏ qua"), format!("No rule `{code}` to suppress")),
                        )
                        .with_help(Text::new("Xem danh sách quy tắc bằng `quytrinh rules`.", "See the rules with `quytrinh rules`.")),
                    );
                }
            }
            if known.is_empty() {
                continue;
            }
            let line = if whole_file {
                None
            } else {
                let l = info.lines.line(c.span.start());
                Some(if c.own_line { l + 1 } else { l })
            };
            sups.push(Suppression { codes: known, line, span: c.span, used: false });
        }
        if sups.is_empty() {
            continue;
        }
        diags.retain(|d| {
            if d.span.file != file {
                return true;
            }
            let line = info.lines.line(d.span.start());
            for s in sups.iter_mut() {
                if s.codes.iter().any(|c| c == d.code.0) && s.line.is_none_or(|l| l == line) {
                    s.used = true;
                    return false;
                }
            }
            true
        });
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
    diags.extend(meta);
}
