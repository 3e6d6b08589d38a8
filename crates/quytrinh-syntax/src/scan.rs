//! A cheap look at a file before parsing it: does it (probably) define agencies or
//! decisions at its top level?
//!
//! A large run first gathers every agency and decision of the catalogue, then parses,
//! resolves and checks the other files one at a time. This scan decides which files must
//! be parsed in the first pass. It follows the grammar's strings, text blocks and comments
//! and counts braces; a mistake costs only time, because the caller re-checks every file
//! it parses later (see `quytrinh_model::has_shared_items`).

use crate::keywords::Keyword;

/// Does `text` (NFC) have a top-level entry headed by `agency` or `decision` (in either
/// language)? Errs on the side of `true` for files it cannot follow.
pub fn may_define_shared_items(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    // At the start of an entry (start of file, after a newline or `;`).
    let mut entry_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if entry_start && depth == 0 {
            // `i` follows an ASCII byte here, so it is a char boundary; `get` keeps it so.
            let rest = text.get(i..).unwrap_or("");
            let trimmed = rest.trim_start_matches([' ', '\t', '\u{A0}', '\u{FEFF}']);
            i += rest.len() - trimmed.len();
            let word_len = trimmed.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-')).unwrap_or(trimmed.len());
            if word_len > 0 && matches!(Keyword::lookup(&trimmed[..word_len]), Some((Keyword::Agency | Keyword::Decision, _))) {
                return true;
            }
            entry_start = false;
            continue;
        }
        match b {
            b'"' if bytes[i..].starts_with(b"\"\"\"") => match memchr::memmem::find(&bytes[i + 3..], b"\"\"\"") {
                Some(end) => i += 3 + end + 3,
                None => return false, // an unclosed text block swallows the rest of the file
            },
            b'"' => {
                // To the closing quote or the end of the line, stepping over `\` escapes. (A
                // bare CR inside a string is not followed; a miss only costs time.)
                i += 1;
                while let Some(at) = memchr::memchr3(b'"', b'\\', b'\n', &bytes[i..]) {
                    i += at;
                    if bytes[i] == b'\\' && bytes.get(i + 1).is_some_and(|c| *c != b'\n') {
                        i += 2;
                        continue;
                    }
                    break;
                }
                match bytes.get(i) {
                    Some(b'"') => i += 1,
                    Some(_) => {}
                    None => i = bytes.len(),
                }
            }
            b'#' => i += memchr::memchr(b'\n', &bytes[i..]).unwrap_or(bytes.len() - i),
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' => {
                if depth == 0 {
                    return true; // a stray brace: the file is not what it seems
                }
                depth -= 1;
                i += 1;
            }
            b'\n' | b'\r' | b';' => {
                entry_start = true;
                i += 1;
            }
            0xE2 if bytes[i..].starts_with("“".as_bytes()) => {
                // A curly-quoted string runs to the closing quote or the end of the line.
                i += 3;
                while i < bytes.len() && bytes[i] != b'\n' && !bytes[i..].starts_with("”".as_bytes()) {
                    i += 1;
                }
            }
            // Everything else: skip the run of bytes that mean nothing to the scan.
            _ => {
                i += 1;
                while i < bytes.len() && !SPECIAL[bytes[i] as usize] {
                    i += 1;
                }
            }
        }
    }
    false
}

/// The bytes the scan acts on.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let special = b"\"#{}\n\r;\xE2";
    let mut k = 0;
    while k < special.len() {
        t[special[k] as usize] = true;
        k += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::may_define_shared_items as shared;

    #[test]
    fn finds_top_level_agencies_and_decisions_in_both_languages() {
        assert!(shared("agency so_khcn {\n  name \"Sở\"\n}\n"));
        assert!(shared("# tệp cơ quan\n\ncơ_quan so { }\n"));
        assert!(shared("quyết_định \"1/QĐ-UBND\" { ngày 2024-01-01 }"));
        assert!(shared("procedure A { name \"x\" }; decision \"1/QĐ\" {}"));
        assert!(shared("procedure A {\r}\ragency x {\r}\r"), "old Mac line ends");
    }

    #[test]
    fn ignores_the_agency_line_inside_a_procedure_and_words_in_text() {
        let p = "procedure QT-1 {\nagency so_khcn\n  approved_by decision \"1/QĐ\"\n  purpose \"\"\"\n}\nagency x {\n\"\"\"\n  scope \"a { b\" # agency {\n}\n";
        assert!(!shared(p));
        assert!(!shared("procedure QT-1 { name “agency } x” }\n"));
    }

    #[test]
    fn a_file_it_cannot_follow_counts_as_shared() {
        assert!(shared("}\nprocedure QT-1 {}\n"));
    }
}
