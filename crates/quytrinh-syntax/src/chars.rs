//! Characters a `.qtr` text may not hold, and how every output neutralises them.
//!
//! Control characters (other than tab and line breaks) make terminals obey the file —
//! `ESC[2J` clears the screen, OSC 52 writes the clipboard, OSC 8 hides links — and XML 1.0
//! forbids them and U+FFFE/U+FFFF, so a DOCX holding one is refused by Word. A file with
//! any of them is an error at the character (`QS018`); and whatever a renderer prints,
//! even from a file with errors, goes through [`printable`] or [`printable_same_len`].

use std::borrow::Cow;

use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};

use crate::codes;

/// A character no output may carry: C0 controls other than tab, line feed and carriage
/// return; DEL; the C1 controls (U+0080–U+009F, which some terminals obey as escapes); and
/// the two non-characters XML 1.0 forbids, U+FFFE and U+FFFF.
pub fn is_forbidden(c: char) -> bool {
    matches!(c, '\0'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}'..='\u{9F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// A carriage return not followed by a line feed: on a terminal it sends the cursor back to
/// the start of the line, so later text can hide what came before.
fn lone_cr(text: &str, i: usize) -> bool {
    text.as_bytes().get(i) == Some(&b'\r') && text.as_bytes().get(i + 1) != Some(&b'\n')
}

/// Fast test: almost every text holds none of these. A C0 control, DEL, a C1 control (0xC2
/// 0x80–0x9F) or U+FFFE/U+FFFF (0xEF 0xBF 0xBE/0xBF). Every text of every file goes through
/// it, so blocks of 64 bytes are first screened without branches (the compiler vectorises
/// the fold) for a byte that may start one; only such a block is looked at byte by byte.
fn has_any(text: &str) -> bool {
    let b = text.as_bytes();
    let may_start = |x: u8| (x < 0x20 && x != b'\t' && x != b'\n') | (x == 0x7F) | (x == 0xC2) | (x == 0xEF);
    let mut at = 0;
    for block in b.chunks(64) {
        if block.iter().fold(false, |any, &x| any | may_start(x)) && starts_one(b, at, at + block.len()) {
            return true;
        }
        at += block.len();
    }
    false
}

/// Does a forbidden character (or a carriage return not before a line feed) start in
/// `b[from..to]`? It may end past `to`.
fn starts_one(b: &[u8], from: usize, to: usize) -> bool {
    (from..to).any(|i| match b[i] {
        b'\t' | b'\n' => false,
        b'\r' => b.get(i + 1) != Some(&b'\n'),
        0x00..=0x1F | 0x7F => true,
        0xC2 => matches!(b.get(i + 1), Some(0x80..=0x9F)),
        0xEF => b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)),
        _ => false,
    })
}

/// The text with every forbidden character (and lone carriage return) replaced by U+FFFD,
/// for outputs where lengths do not matter (messages, HTML, XML, Mermaid, DOT, tables).
pub fn printable(text: &str) -> Cow<'_, str> {
    if !has_any(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if is_forbidden(c) || (c == '\r' && lone_cr(text, i)) {
            out.push('\u{FFFD}');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The text with every forbidden character replaced by one of the same UTF-8 length, so
/// that byte offsets into it stay valid (the source lines a terminal report quotes): `?`
/// for a one-byte control, `¿` for a two-byte C1 control, U+FFFD for U+FFFE/U+FFFF.
pub fn printable_same_len(text: &str) -> Cow<'_, str> {
    if !has_any(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if is_forbidden(c) || (c == '\r' && lone_cr(text, i)) {
            out.push(match c.len_utf8() {
                1 => '?',
                2 => '¿',
                _ => '\u{FFFD}',
            });
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Findings past this many in one file are summed up in the last one.
const MAX_REPORTED: usize = 20;

/// One error (`QS018`) at each forbidden character of a file, naming it.
pub fn forbidden_characters(text: &str, file: FileId) -> Vec<Diagnostic> {
    if !has_any(text) {
        return Vec::new();
    }
    let found: Vec<(usize, char)> = text.char_indices().filter(|(i, c)| is_forbidden(*c) || (*c == '\r' && lone_cr(text, *i))).collect();
    let mut out = Vec::new();
    for (n, (i, c)) in found.iter().enumerate().take(MAX_REPORTED) {
        let (name_vi, name_en) = name(*c);
        let more = if n + 1 == MAX_REPORTED && found.len() > MAX_REPORTED { found.len() - MAX_REPORTED } else { 0 };
        let (more_vi, more_en) = if more > 0 {
            (format!(" (và {more} ký tự như vậy nữa)"), format!(" (and {more} more like it)"))
        } else {
            Default::default()
        };
        out.push(
            Diagnostic::error(
                codes::FORBIDDEN_CHARACTER,
                Span::new(file, *i, i + c.len_utf8()),
                Text::new(
                    format!("Ký tự điều khiển U+{:04X} ({name_vi}) không được có trong tệp .qtr{more_vi}", *c as u32),
                    format!("Control character U+{:04X} ({name_en}) is not allowed in a .qtr file{more_en}", *c as u32),
                ),
            )
            .with_label(Text::new("ký tự ẩn ở đây", "hidden character here"))
            .with_help(Text::new(
                "Xóa ký tự này (thường do dán từ tài liệu khác hoặc từ trang web): nó không hiện ra trên màn hình nhưng làm hỏng tệp DOCX và có thể điều khiển cửa sổ dòng lệnh. Chỉ dùng chữ, số, dấu câu, dấu cách, tab và xuống dòng.",
                "Delete this character (it usually comes from text pasted from another document or a web page): it does not show on screen but breaks the DOCX and can drive a terminal. Use only letters, digits, punctuation, spaces, tabs and line breaks.",
            )),
        );
    }
    out
}

/// A short name for a forbidden character, as an officer can look it up.
fn name(c: char) -> (&'static str, &'static str) {
    match c {
        '\0' => ("NUL", "NUL"),
        '\u{1B}' => ("ESC, mã điều khiển màn hình", "ESC, a terminal escape"),
        '\u{8}' => ("xóa lùi", "backspace"),
        '\u{C}' => ("ngắt trang", "form feed"),
        '\u{B}' => ("tab dọc", "vertical tab"),
        '\r' => ("về đầu dòng không kèm xuống dòng", "carriage return without a line feed"),
        '\u{7F}' => ("DEL", "DEL"),
        '\u{80}'..='\u{9F}' => ("mã điều khiển C1", "a C1 control"),
        '\u{FFFE}' | '\u{FFFF}' => ("không phải ký tự, XML cấm", "a non-character XML forbids"),
        _ => ("mã điều khiển", "a control code"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_are_found_named_and_neutralised() {
        let text = "a\tb\nc\r\nd\u{1B}[2J e\u{9B}f\u{FFFE}g\rh";
        let found = forbidden_characters(text, FileId(0));
        let at: Vec<(usize, usize)> = found.iter().map(|d| (d.span.start(), d.span.end())).collect();
        let esc = text.find('\u{1B}').expect("esc");
        let c1 = text.find('\u{9B}').expect("c1");
        let nonchar = text.find('\u{FFFE}').expect("fffe");
        let cr = text.rfind('\r').expect("cr");
        assert_eq!(at, vec![(esc, esc + 1), (c1, c1 + 2), (nonchar, nonchar + 3), (cr, cr + 1)]);
        assert!(found[0].message.en.contains("U+001B (ESC"), "{}", found[0].message.en);
        assert_eq!(printable(text), "a\tb\nc\r\nd\u{FFFD}[2J e\u{FFFD}f\u{FFFD}g\u{FFFD}h");
        let same = printable_same_len(text);
        assert_eq!(same.len(), text.len());
        assert_eq!(same, "a\tb\nc\r\nd?[2J e¿f\u{FFFD}g?h");
        assert!(matches!(printable("Sở Khoa học\tvà\r\nCông nghệ"), Cow::Borrowed(_)));
        assert!(forbidden_characters("Sở Khoa học và Công nghệ\r\n", FileId(0)).is_empty());
    }

    #[test]
    fn many_findings_are_summed_up_in_the_last() {
        let text = "\u{7}".repeat(50);
        let found = forbidden_characters(&text, FileId(0));
        assert_eq!(found.len(), MAX_REPORTED);
        assert!(found[MAX_REPORTED - 1].message.en.contains("and 30 more"), "{}", found[MAX_REPORTED - 1].message.en);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The byte-level fast test agrees with the definition, character by character.
        #[test]
        fn the_fast_test_agrees_with_the_definition(s in "[a\\t\\n\\r\u{0}-\u{1f}\u{7f}-\u{a0}ệ\u{fffd}-\u{ffff}]{0,12}") {
            let slow = s.char_indices().any(|(i, c)| is_forbidden(c) || (c == '\r' && lone_cr(&s, i)));
            prop_assert_eq!(has_any(&s), slow);
        }

        /// The same across the 64-byte blocks of the screen: a character that starts in one
        /// block and ends in the next, a CR at the end of one before a LF in the next.
        #[test]
        fn the_fast_test_agrees_across_blocks(pad in 0usize..140, s in "[a\\t\\n\\r\u{0}-\u{1f}\u{7f}-\u{a0}ệ«\u{fffd}-\u{ffff}]{0,8}") {
            let s = format!("{}{s}", "x".repeat(pad));
            let slow = s.char_indices().any(|(i, c)| is_forbidden(c) || (c == '\r' && lone_cr(&s, i)));
            prop_assert_eq!(has_any(&s), slow);
        }
    }
}
