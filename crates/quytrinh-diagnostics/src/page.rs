//! The page of a code that is not a checker rule: what `quytrinh explain` prints, what
//! `docs/rules/<CODE>.md` holds and what the editor shows on hover. It has the same
//! headings as a rule's page, so an officer reads every code the same way.

use crate::code::{Bi, CodeDoc, Example, Sample};
use crate::Lang;

/// Which part of quytrinh reports a code, from its prefix.
fn kind(code: &str) -> Bi {
    match &code[..code.len().min(2)] {
        "QI" => Bi { vi: "đọc tệp", en: "reading the file" },
        "QS" => Bi { vi: "cách viết", en: "writing" },
        "QM" => Bi { vi: "liên kết giữa các tệp", en: "links between files" },
        _ => Bi { vi: "cấu hình, lệnh bỏ qua", en: "configuration, suppressions" },
    }
}

/// The page in one language (for `quytrinh explain` and hover), or in both (for
/// `docs/rules`).
pub fn page(doc: &CodeDoc, lang: Option<Lang>) -> String {
    let langs: Vec<Lang> = match lang {
        Some(l) => vec![l],
        None => vec![Lang::Vi, Lang::En],
    };
    let h = |t: Bi| -> String { langs.iter().map(|l| t.get(*l)).collect::<Vec<_>>().join(" / ") };
    let body = |t: Bi| -> String { langs.iter().map(|l| t.get(*l)).collect::<Vec<_>>().join("\n\n") };
    let mut s = String::new();
    s.push_str(&format!("# {} {}\n\n", doc.code, doc.name));
    s.push_str(&format!("{}\n\n", body(doc.title())));
    s.push_str(&format!("| {} | |\n|---|---|\n", h(Bi { vi: "Thuộc tính", en: "Property" })));
    s.push_str(&format!("| {} | `{}` |\n", h(Bi { vi: "Mã", en: "Code" }), doc.code));
    s.push_str(&format!("| {} | `{}` |\n", h(Bi { vi: "Tên", en: "Name" }), doc.name));
    s.push_str(&format!("| {} | {} |\n", h(Bi { vi: "Loại", en: "Kind" }), h(kind(doc.code.0))));
    s.push_str(&format!("| {} | {} |\n", h(Bi { vi: "Mức", en: "Severity" }), doc.severity.as_str()));
    s.push('\n');
    s.push_str(&format!("## {}\n\n{}\n\n", h(Bi { vi: "Ý nghĩa", en: "What it means" }), body(doc.what)));
    s.push_str(&format!("## {}\n\n{}\n\n", h(Bi { vi: "Vì sao quan trọng", en: "Why it matters" }), body(doc.why)));
    s.push_str(&format!("## {}\n\n", h(Bi { vi: "Ví dụ sai", en: "Invalid example" })));
    s.push_str(&example(doc.invalid, &langs));
    s.push_str(&format!("## {}\n\n", h(Bi { vi: "Ví dụ đúng", en: "Valid example" })));
    s.push_str(&example(doc.valid, &langs));
    s.push_str(&format!("## {}\n\n{}\n", h(Bi { vi: "Cách sửa", en: "How to fix" }), body(doc.fix)));
    s
}

fn example(ex: Example, langs: &[Lang]) -> String {
    let mut s = String::new();
    for l in langs {
        let note = ex.note.get(*l);
        if !note.is_empty() {
            s.push_str(note);
            s.push_str("\n\n");
        }
    }
    match ex.sample {
        Sample::Procedure(sections) => s.push_str(&procedure(sections)),
        Sample::WithFile { sections, file } => {
            s.push_str(&procedure(sections));
            if !file.1.is_empty() {
                s.push_str(&format!("```qtr\n# {}\n{}\n```\n\n", file.0, file.1.trim_end()));
            }
        }
        Sample::Config(text) => s.push_str(&format!("```toml\n# quytrinh.toml\n{}\n```\n\n", text.trim_end())),
        Sample::Renames(text) => s.push_str(&format!("```toml\n# renames.toml\n{}\n```\n\n", text.trim_end())),
        Sample::Bytes(bytes) => s.push_str(&bytes_block(bytes)),
        Sample::Described => {}
    }
    s
}

/// The changed sections inside the sample procedure, as on a rule's page.
fn procedure(sections: &[(&str, &str)]) -> String {
    if sections.is_empty() {
        return String::new();
    }
    let parts: Vec<String> =
        sections.iter().map(|(key, text)| if text.is_empty() { format!("  # (no `{key}`)") } else { text.to_string() }).collect();
    // An example that rewrites the first or last line shows it instead of the usual one.
    let edits = |key: &str| sections.iter().any(|(k, _)| *k == key);
    let head = if edits("code") { "" } else { "procedure \"QT-CGCN-02\" {\n  # …\n" };
    let tail = if edits("end") { "" } else { "\n  # …\n}" };
    format!("```qtr\n{head}{}{tail}\n```\n\n", parts.join("\n"))
}

/// A file's bytes as an officer would meet them: text when it is UTF-8; for other text,
/// each byte as one Latin-1 letter, which is what an editor shows of a legacy-encoded file
/// without its font; for binary data (zero bytes), the first bytes in hexadecimal.
fn bytes_block(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "```text\n(0 byte)\n```\n\n".to_string();
    }
    if !bytes.contains(&0) {
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => t.to_string(),
            Err(_) => bytes.iter().map(|b| char::from(*b)).collect(),
        };
        return format!("```text\n{}\n```\n\n", text.trim_end());
    }
    const SHOWN: usize = 32;
    let hex: Vec<String> = bytes.iter().take(SHOWN).map(|b| format!("{b:02X}")).collect();
    let more = if bytes.len() > SHOWN { " …" } else { "" };
    format!("```text\n{}{more}\n```\n\n", hex.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{bi, Code, Severity};

    const DOC: CodeDoc = CodeDoc {
        code: Code("QS999"),
        name: "sample",
        vi: "Tiêu đề",
        en: "Title",
        severity: Severity::Error,
        what: Bi { vi: "Nghĩa", en: "Meaning" },
        why: Bi { vi: "Lý do", en: "Reason" },
        invalid: Example { note: Bi::EMPTY, sample: Sample::Procedure(&[("name", "  name \"x")]) },
        valid: Example { note: Bi { vi: "Ghi chú", en: "Note" }, sample: Sample::Bytes(b"\xFF\xFE\0") },
        fix: Bi { vi: "Sửa", en: "Fix" },
    };

    #[test]
    fn one_language_has_only_its_headings() {
        let en = page(&DOC, Some(Lang::En));
        assert!(en.starts_with("# QS999 sample\n\nTitle"));
        assert!(en.contains("## Invalid example") && en.contains("## How to fix\n\nFix"));
        assert!(en.contains("  name \"x") && en.contains("FF FE 00") && en.contains("Note"));
        assert!(!en.contains("Ví dụ sai") && !en.contains("Ghi chú"));
        let both = page(&DOC, None);
        assert!(both.contains("## Ví dụ sai / Invalid example") && both.contains("Sửa\n\nFix"));
    }

    #[test]
    fn legacy_bytes_show_as_an_editor_without_the_font_shows_them() {
        assert_eq!(bytes_block(b"S\xEB Khoa"), "```text\nSë Khoa\n```\n\n");
        assert_eq!(bytes_block("Sở".as_bytes()), "```text\nSở\n```\n\n");
    }

    #[test]
    fn a_described_example_without_a_note_is_a_missing_part() {
        let mut doc = DOC;
        assert!(doc.missing_parts().is_empty());
        doc.valid = Example { note: Bi::EMPTY, sample: Sample::Described };
        doc.why = bi("Lý do", "");
        assert_eq!(doc.missing_parts(), vec!["why", "valid"]);
    }
}
