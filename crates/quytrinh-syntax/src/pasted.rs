//! A warning (`QS020`) at each quoted text that was pasted in a pre-Unicode form (TCVN3,
//! VNI, VIQR), with its Unicode reading as the fix. Comments are not looked at: they never
//! reach the portal or the printed document, and the officer reads their own notes.

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};

use crate::codes;
use crate::cst::{CstFile, Entry, ValueKind};
use crate::legacy::{detect, may_be_legacy, Finding, Pasted};

/// Findings past this many in one file are not reported (a file that is mostly legacy text
/// is refused whole, `QI007`).
const MAX_REPORTED: usize = 20;

/// Longest suggestion quoted in full; a longer one is cut (the officer converts the whole).
const MAX_SUGGESTION: usize = 300;

/// One warning per quoted text (per line of a `"""` block) that reads as legacy text.
pub fn pasted_legacy_text(cst: &CstFile, text: &str, file: FileId) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // Every quoted text is a piece of the file, and what makes a piece look legacy is in
    // the piece itself: a file with no such sign anywhere has none in its texts (most
    // files; this saves looking at each text).
    if may_be_legacy(text) {
        walk(&cst.entries, text, file, &mut out);
    }
    out
}

fn walk(entries: &[Entry], text: &str, file: FileId, out: &mut Vec<Diagnostic>) {
    for entry in entries {
        let Entry::Node(node) = entry else { continue };
        for value in &node.values {
            let (start, end) = (value.span.start(), value.span.end());
            let Some(raw) = text.get(start..end) else { continue };
            match value.kind {
                // The text between the quotes, as written (escapes are ASCII and convert to
                // themselves, so the suggestion can replace it as it stands).
                ValueKind::Str(_) if raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"') => {
                    check(&raw[1..raw.len() - 1], start + 1, file, out);
                }
                ValueKind::TextBlock(_) => {
                    let mut at = start;
                    for line in raw.split_inclusive('\n') {
                        let content = line.trim_end_matches(['\n', '\r']).trim_start();
                        let lead = line.len() - line.trim_start().len();
                        let content = content.trim_end_matches('"').trim_start_matches('"').trim();
                        if !content.is_empty() {
                            let offset = line.find(content).unwrap_or(lead);
                            check(content, at + offset, file, out);
                        }
                        at += line.len();
                    }
                }
                _ => {}
            }
        }
        if let Some(block) = &node.block {
            walk(&block.entries, text, file, out);
        }
    }
}

fn check(content: &str, start: usize, file: FileId, out: &mut Vec<Diagnostic>) {
    if out.len() >= MAX_REPORTED {
        return;
    }
    if let Some(finding) = detect(content) {
        out.push(diagnostic(&finding, Span::new(file, start, start + content.len())));
    }
}

fn diagnostic(f: &Finding, span: Span) -> Diagnostic {
    let (vi, en) = f.encoding.name();
    let suggestion = if f.unicode.chars().count() > MAX_SUGGESTION {
        let cut: String = f.unicode.chars().take(MAX_SUGGESTION).collect();
        format!("{cut}…")
    } else {
        f.unicode.clone()
    };
    let suggestion = crate::chars::printable(&suggestion).into_owned();
    // VIQR is typed, not an encoding: it is said so.
    let (message, label) = if f.encoding == Pasted::Viqr {
        (
            Text::new(
                format!("Văn bản này viết kiểu {vi} thay vì chữ Unicode có dấu; trên cổng dịch vụ công nó sẽ hiện đúng như thế, không có dấu"),
                format!("This text is written in {en} instead of Unicode letters with their marks; the public service portal would show it so, without the marks"),
            ),
            Text::new(format!("chữ kiểu {vi}"), format!("{en} text")),
        )
    } else {
        (
            Text::new(
                format!("Văn bản này trông như chữ mã {vi} dán vào tệp Unicode; trên cổng dịch vụ công nó sẽ hiện thành chữ lỗi"),
                format!("This text looks like {en} text pasted into a Unicode file; on the public service portal it would show garbled"),
            ),
            Text::new(format!("chữ mã {vi}"), format!("{en} text")),
        )
    };
    Diagnostic::warning(codes::PASTED_LEGACY_TEXT, span, message)
    .with_label(label)
    .with_help(Text::new(
        format!("Có phải là: «{suggestion}»? Thay văn bản trong ngoặc kép bằng chữ Unicode này (hoặc chép lại từ tài liệu gốc sau khi chuyển nó sang Unicode bằng Unikey > Công cụ, Ctrl+Shift+F6)."),
        format!("Did you mean: «{suggestion}»? Replace the quoted text with this Unicode text (or copy it again from the original document after converting it to Unicode with Unikey > Tools, Ctrl+Shift+F6)."),
    ))
}

#[cfg(test)]
mod tests {
    use quytrinh_diagnostics::FileId;

    fn warnings(src: &str) -> Vec<(String, String, String)> {
        crate::parse(src, FileId(0))
            .1
            .into_iter()
            .filter(|d| d.code == crate::codes::PASTED_LEGACY_TEXT)
            .map(|d| (src[d.span.start()..d.span.end()].to_string(), d.message.en.to_string(), d.help.vi.to_string()))
            .collect()
    }

    #[test]
    fn a_pasted_name_is_found_at_its_text_with_the_unicode_reading() {
        let src = "procedure \"QT-01\" {\n  name \"Së Khoa häc vµ C«ng nghÖ\"\n  purpose \"Quy định trình tự\"\n}\n";
        let w = warnings(src);
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].0, "Së Khoa häc vµ C«ng nghÖ");
        assert!(w[0].1.contains("TCVN3"), "{}", w[0].1);
        assert!(w[0].2.starts_with("Có phải là: «Sở Khoa học và Công nghệ»?"), "{}", w[0].2);
    }

    #[test]
    fn steps_text_blocks_and_vni_and_viqr_are_found_but_comments_are_not() {
        let src = concat!(
            "procedure \"QT-01\" {\n",
            "  # Së Khoa häc vµ C«ng nghÖ (a comment is the officer's own note)\n",
            "  purpose \"\"\"\n",
            "    Quy định trình tự giải quyết.\n",
            "    Sôû Khoa hoïc vaø Coâng ngheä\n",
            "  \"\"\"\n",
            "  steps {\n",
            "    1 \"Thu? tu.c ha`nh chi'nh\" by cv_mc 2h\n",
            "  }\n",
            "}\n",
        );
        let w = warnings(src);
        let found: Vec<&str> = w.iter().map(|w| w.0.as_str()).collect();
        assert_eq!(found, ["Sôû Khoa hoïc vaø Coâng ngheä", "Thu? tu.c ha`nh chi'nh"], "{w:?}");
        assert!(w[0].1.contains("VNI") && w[1].1.contains("VIQR"));
        assert!(w[1].2.contains("«Thủ tục hành chính»"), "{}", w[1].2);
    }

    /// Words of each kind: TCVN3, VNI and VIQR pieces, Unicode Vietnamese, English, marks.
    const WORDS: &[&str] = &[
        "Së", "häc", "vµ", "C«ng", "nghÖ", "Sôû", "hoïc", "vaø", "Coâng", "ngheä", "Thu?", "tu.c", "ha`nh", "chi'nh", "o^'", "dda^u", "Sở",
        "học", "và", "Công", "nghệ", "giá", "tiên", "hoà", "quốc", "the", "file?", "e.g.", "(a)", "«x»", "\u{a0}", "",
    ];

    proptest::proptest! {
        /// Looking at the whole file first finds what looking at each text finds.
        #[test]
        fn the_whole_file_screen_misses_no_text(texts in proptest::collection::vec(proptest::collection::vec(proptest::sample::select(WORDS), 0..6), 1..4)) {
            let body: String = texts.iter().enumerate().map(|(i, t)| format!("    {} \"{}\" by cv_mc 1h\n", i + 1, t.join(" "))).collect();
            let src = format!("procedure \"QT-01\" {{\n  steps {{\n{body}  }}\n}}\n");
            let (cst, _) = crate::cst_parser::parse_cst(&src, FileId(0));
            let mut each = Vec::new();
            super::walk(&cst.entries, &src, FileId(0), &mut each);
            let spans = |d: &[quytrinh_diagnostics::Diagnostic]| d.iter().map(|d| d.span).collect::<Vec<_>>();
            proptest::prop_assert_eq!(spans(&super::pasted_legacy_text(&cst, &src, FileId(0))), spans(&each));
        }
    }

    #[test]
    fn every_example_file_is_silent() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
        let mut read = 0;
        for entry in std::fs::read_dir(dir).expect("examples") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "qtr") {
                let text = std::fs::read_to_string(&path).expect("utf-8");
                assert!(warnings(&text).is_empty(), "{}: {:?}", path.display(), warnings(&text));
                read += 1;
            }
        }
        assert!(read >= 15, "{read}");
    }
}
