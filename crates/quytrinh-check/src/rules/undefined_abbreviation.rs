//! QC002 `undefined-abbreviation`: An abbreviation is used but not defined.
//!
//! Every upper-case abbreviation (TTHC, BPMC, KH&CN…) used in the purpose, scope, steps, dossier items, result, place or records must be defined in `terms`. Roman numerals and a few universal symbols (ISO, TCVN, VND) are ignored.

use crate::rules::prelude::*;

pub struct UndefinedAbbreviation;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC002"),
    name: "undefined-abbreviation",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.2").pt("a")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.2").pt("a")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Từ viết tắt được dùng nhưng chưa định nghĩa"#, r#"An abbreviation is used but not defined"#),
    what: t(
        r#"Mọi từ viết tắt viết hoa (TTHC, BPMC, KH&CN…) xuất hiện trong mục đích, phạm vi, các bước, thành phần hồ sơ, kết quả, nơi tiếp nhận, hồ sơ lưu phải có trong mục `terms`. Các chữ số La Mã và vài ký hiệu phổ biến (ISO, TCVN, VND) được bỏ qua."#,
        r#"Every upper-case abbreviation (TTHC, BPMC, KH&CN…) used in the purpose, scope, steps, dossier items, result, place or records must be defined in `terms`. Roman numerals and a few universal symbols (ISO, TCVN, VND) are ignored."#,
    ),
    why: t(
        r#"Người đọc quy trình (công chức, người dân, tổ kiểm soát TTHC) phải hiểu mọi từ viết tắt mà không cần hỏi."#,
        r#"Readers of the procedure (officers, applicants, the TTHC-control team) must understand every abbreviation without asking."#,
    ),
    fix: t(
        r#"Thêm từ viết tắt vào mục `terms`, ví dụ `terms { TTHC "Thủ tục hành chính" }`, hoặc viết đầy đủ."#,
        r#"Add it to `terms`, e.g. `terms { TTHC "Thủ tục hành chính" }`, or write it out."#,
    ),
    invalid: &[(r#"terms"#, r#"  terms { TTHC "Thủ tục hành chính" }"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for UndefinedAbbreviation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // Nothing the catalogue or the regime defines is an undefined abbreviation: terms,
        // the forms the procedure names (its own and the built-in ones of its regime), the
        // agencies, units and roles.
        let mut defined: Vec<&str> = p.syntax.terms.iter().flat_map(|t| t.items.iter().map(|i| i.abbreviation.name.as_str())).collect();
        defined.extend(p.form_refs.iter().map(|(id, _)| id.name.as_str()));
        defined.extend(quytrinh_model::builtin_forms::builtin_forms(p.regime).iter().map(|f| f.id));
        for a in cx.cat.agencies() {
            defined.push(a.id.as_str());
            defined.extend(a.units.iter().map(|u| u.id.as_str()));
            defined.extend(a.roles.iter().map(|r| r.id.as_str()));
        }
        let s = &p.syntax;
        let mut texts: Vec<&Str> = Vec::new();
        texts.extend(s.purpose.iter());
        texts.extend(s.scope.iter());
        texts.extend(s.place.iter());
        texts.extend(s.result.iter().flat_map(|r| r.items.iter()));
        texts.extend(s.conditions.iter().flat_map(|r| r.items.iter()));
        texts.extend(p.steps.iter().filter_map(|st| st.syntax.content.as_ref()));
        texts.extend(s.dossier.iter().flat_map(|d| d.items.iter().map(|i| &i.name)));
        texts.extend(s.records.iter().flat_map(|r| r.items.iter().map(|i| &i.name)));
        let mut reported: Vec<String> = Vec::new();
        for t in texts {
            for (offset, word) in abbreviations(&t.value) {
                if defined.contains(&word.as_str()) || reported.contains(&word) {
                    continue;
                }
                let span = locate(t, offset, word.len());
                out.emit_with(
                    span,
                    Text::new(
                        format!("Từ viết tắt `{word}` chưa được định nghĩa trong mục `terms`"),
                        format!("The abbreviation `{word}` is not defined in `terms`"),
                    ),
                    Text::new(
                        format!("Thêm `{word} \"…\"` vào mục `terms`, hoặc viết đầy đủ."),
                        format!("Add `{word} \"…\"` to `terms`, or write it out."),
                    ),
                );
                reported.push(word);
            }
        }
    }
}

/// Upper-case words of two or more letters (with `&` inside, as in `KH&CN`), with their
/// byte offsets in `text`. Roman numerals and a few universal symbols are left out.
fn abbreviations(text: &str) -> Vec<(usize, String)> {
    const KNOWN: &[&str] = &["ISO", "TCVN", "VND", "VNĐ", "SMS", "PDF", "QR", "URL", "ID"];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let bytes_end = text.len();
    let flush = |s: usize, e: usize, out: &mut Vec<(usize, String)>| {
        let w = text[s..e].trim_matches('&');
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let roman = w.chars().all(|c| "IVXLCDM".contains(c));
        if letters >= 2 && !roman && !KNOWN.contains(&w) && w.chars().all(|c| !c.is_lowercase()) {
            out.push((s + text[s..e].find(w).unwrap_or(0), w.to_string()));
        }
    };
    // The parts of a document number (`61/2018/NĐ-CP`, `797/QĐ-UBND`, `07/2017/QH14`) are
    // the instrument's own notation, not abbreviations to define.
    let in_number = |s: usize, e: usize| {
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        matches!(before, Some('/' | '-')) || matches!(after, Some('-' | '/'))
    };
    for (i, c) in text.char_indices() {
        let part = c.is_uppercase() || c == '&' || (start.is_some() && c.is_ascii_digit());
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                // Only whole words: a capitalised word ("Sở") is not an abbreviation.
                if !c.is_alphabetic() && !in_number(s, i) {
                    flush(s, i, &mut out);
                }
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        if !in_number(s, bytes_end) {
            flush(s, bytes_end, &mut out);
        }
    }
    out
}

/// The span of `len` bytes at `offset` in a text value, when the source spells the text
/// out unchanged (a plain quoted string without escapes); else the whole text.
fn locate(t: &Str, offset: usize, len: usize) -> Span {
    if t.span.len() == t.value.len() + 2 {
        let start = t.span.start() + 1 + offset;
        Span::new(t.span.file, start, start + len)
    } else {
        t.span
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_abbreviations_only() {
        let found: Vec<String> =
            super::abbreviations("Sở KH&CN nhận hồ sơ TTHC tại BPMC theo ISO, Phụ lục II").into_iter().map(|(_, w)| w).collect();
        assert_eq!(found, vec!["KH&CN", "TTHC", "BPMC"]);
    }

    /// The parts of a document number are its own notation, not abbreviations.
    #[test]
    fn document_numbers_are_not_abbreviations() {
        let found: Vec<String> =
            super::abbreviations("theo Nghị định 61/2018/NĐ-CP, Quyết định 797/QĐ-UBND và Luật 07/2017/QH14 (UBND tỉnh)")
                .into_iter()
                .map(|(_, w)| w)
                .collect();
        assert_eq!(found, vec!["UBND"]);
    }
}
