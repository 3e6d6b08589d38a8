//! A fast path to the concrete tree for the files that are well formed in the plainest
//! way, which is nearly every file of a real catalogue.
//!
//! The pest grammar (`grammar/quytrinh.pest`) stays the definition of the language and
//! does all the work of reporting errors. This reader follows it exactly on a subset:
//! spaces and tabs between values, `#` comments, words, strings (with known escapes),
//! `"""` text blocks, dates, numbers and measures, blocks and line ends. At the first thing
//! outside that subset (a syntax error, an unknown escape, curly quotes…) it gives up and
//! the grammar parses the file.
//! Whenever it does produce a tree, that tree equals the grammar's and the grammar would
//! report nothing: tested on every example and fixture, on mutations of them, and by the
//! `parse` fuzz target.
//!
//! Why: pest spends most of `check`'s time on well-formed files (docs/performance.md).

use quytrinh_diagnostics::{FileId, Span};

use crate::cst::{Block, Comment, CstFile, Entry, Node, Value, ValueKind};
use crate::cst_parser::MAX_NESTING;

/// The concrete tree of `text` (NFC), or `None` when the file needs the full grammar.
pub fn parse(text: &str, file: FileId) -> Option<CstFile> {
    let mut r = Reader { text, bytes: text.as_bytes(), pos: 0, file, comments: Vec::new(), depth: 0 };
    let entries = r.entries(false)?;
    Some(CstFile { entries, comments: r.comments })
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    file: FileId,
    comments: Vec<Comment>,
    depth: usize,
}

/// What trying to read a value found.
enum Tried {
    Value(Value),
    /// Nothing that can start a value: the node ends here (or the file is out of the subset).
    NotAValue,
}

impl Reader<'_> {
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, start, end)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..).and_then(|s| s.chars().next())
    }

    /// The grammar's `WHITESPACE`: space, tab, no-break space (which Word pastes) and BOM.
    fn spaces(&mut self) {
        loop {
            let rest = &self.bytes[self.pos..];
            self.pos += match rest {
                [b' ' | b'\t', ..] => 1,
                [0xC2, 0xA0, ..] => 2,
                [0xEF, 0xBB, 0xBF, ..] => 3,
                _ => return,
            };
        }
    }

    /// A `#` comment at `pos`, to the end of its line (the line end itself stays).
    fn comment(&mut self) {
        let start = self.pos;
        let end = memchr::memchr2(b'\n', b'\r', &self.bytes[start..]).map(|k| start + k).unwrap_or(self.bytes.len());
        self.pos = end;
        let raw = &self.text[start..end];
        let before = &self.text[..start];
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        self.comments.push(Comment {
            text: raw.trim_start_matches('#').trim_end().to_string(),
            span: self.span(start, end),
            own_line: before[line_start..].trim().is_empty(),
        });
    }

    /// `(entry ~ sep*)*` of the file (`in_block == false`, up to the end) or of a block (up
    /// to its `}`, left for the caller).
    fn entries(&mut self, in_block: bool) -> Option<Vec<Entry>> {
        let mut out = Vec::new();
        loop {
            self.spaces();
            match self.peek() {
                None => return (!in_block).then_some(out),
                // LF, CR LF and CR all end a line (`NEWLINE`); `;` separates entries too.
                Some(b'\n' | b'\r' | b';') => self.pos += 1,
                Some(b'#') => self.comment(),
                Some(b'}') => return in_block.then_some(out),
                Some(_) => out.push(Entry::Node(self.node()?)),
            }
        }
    }

    /// `value ~ value* ~ block? ~ rest?`, where a `rest` (anything left on the line) means
    /// the file is not well formed.
    fn node(&mut self) -> Option<Node> {
        let start = self.pos;
        let first = match self.value()? {
            Tried::Value(v) => v,
            Tried::NotAValue => return None, // a junk line
        };
        let mut values = vec![first];
        let mut block = None;
        loop {
            self.spaces();
            match self.peek() {
                None | Some(b'\n' | b'\r' | b'}' | b'#' | b';') => break,
                Some(b'{') => {
                    block = Some(self.block()?);
                    self.spaces();
                    break;
                }
                Some(_) => match self.value()? {
                    Tried::Value(v) => values.push(v),
                    Tried::NotAValue => return None, // a `rest`
                },
            }
        }
        // Like the grammar, the node takes the spaces and the comment that end its line
        // (its `rest?` is tried after skipping them); anything else left is a `rest`.
        if self.peek() == Some(b'#') {
            self.comment();
        }
        if !matches!(self.peek(), None | Some(b'\n' | b'\r' | b'}' | b';')) {
            return None;
        }
        Some(Node { values, block, rest: None, span: self.span(start, self.pos) })
    }

    fn block(&mut self) -> Option<Block> {
        let start = self.pos;
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return None;
        }
        self.pos += 1;
        let entries = self.entries(true)?;
        let close = self.span(self.pos, self.pos + 1);
        self.pos += 1;
        self.depth -= 1;
        Some(Block { open: self.span(start, start + 1), close: Some(close), entries, span: self.span(start, self.pos) })
    }

    /// One value at `pos`. `None`: the file is out of the subset.
    fn value(&mut self) -> Option<Tried> {
        let start = self.pos;
        let b = self.peek()?;
        let kind = match b {
            b'"' => {
                if self.bytes[start..].starts_with(b"\"\"\"") {
                    // A text block, to the next `"""` (a block never closed is an error).
                    let body = start + 3;
                    let close = body + memchr::memmem::find(&self.bytes[body..], b"\"\"\"")?;
                    self.pos = close + 3;
                    return Some(Tried::Value(Value {
                        kind: ValueKind::TextBlock(crate::cst_parser::dedent(&self.text[body..close])),
                        span: self.span(start, self.pos),
                    }));
                }
                // To the closing quote, stepping over `\` and the character it escapes (any
                // but a line end); a line end first means the string is left open.
                let body = start + 1;
                let mut at = body;
                let close = loop {
                    let k = at + memchr::memchr3(b'"', b'\\', b'\n', &self.bytes[at..])?;
                    match self.bytes[k] {
                        b'"' => break k,
                        b'\\' => {
                            let escaped = self.char_at(k + 1).filter(|c| !matches!(c, '\n' | '\r'))?;
                            at = k + 1 + escaped.len_utf8();
                        }
                        _ => return None,
                    }
                };
                if self.bytes[body..close].contains(&b'\r') {
                    return None;
                }
                let (value, bad) = crate::cst_parser::unescape(&self.text[body..close]);
                if !bad.is_empty() {
                    return None; // the grammar's path reports the unknown escapes
                }
                self.pos = close + 1;
                ValueKind::Str(value)
            }
            b'0'..=b'9' => self.number_like()?,
            _ => {
                let c = self.char_at(start)?;
                if c != '_' && !word_start(c) {
                    return Some(Tried::NotAValue);
                }
                let mut end = start + c.len_utf8();
                while let Some(c) = self.char_at(end).filter(|c| word_char(*c)) {
                    end += c.len_utf8();
                }
                self.pos = end;
                ValueKind::Word(self.text[start..end].to_string())
            }
        };
        Some(Tried::Value(Value { kind, span: self.span(start, self.pos) }))
    }

    /// `date | measure | number` at a digit, in the grammar's order and with its (greedy,
    /// non-backtracking) repetitions.
    fn number_like(&mut self) -> Option<ValueKind> {
        let start = self.pos;
        let digits = |at: usize, min: usize, max: usize| -> Option<usize> {
            let n = self.bytes.get(at..)?.iter().take(max).take_while(|b| b.is_ascii_digit()).count();
            (n >= min).then_some(at + n)
        };
        // Three runs of digits (each `{min,max}`) with a separator between them.
        let date = |runs: [(usize, usize); 3], sep: u8| {
            let mut end = digits(start, runs[0].0, runs[0].1)?;
            for (min, max) in &runs[1..] {
                if self.bytes.get(end) != Some(&sep) {
                    return None;
                }
                end = digits(end + 1, *min, *max)?;
            }
            Some(end)
        };
        let iso = || date([(4, 4), (1, 2), (1, 2)], b'-');
        let vn = || date([(1, 2), (1, 2), (4, 4)], b'/');
        if let Some(end) = iso().or_else(vn) {
            // `date` commits to the first form that matched; it needs no word character after.
            if !self.char_at(end).is_some_and(word_char) {
                self.pos = end;
                return Some(ValueKind::Date(self.text[start..end].to_string()));
            }
        }
        // digits ~ (("." | "_" | ",") ~ digits)*
        let mut end = digits(start, 1, usize::MAX)?;
        while let Some(next) = self.bytes.get(end).filter(|b| matches!(b, b'.' | b'_' | b',')).and_then(|_| digits(end + 1, 1, usize::MAX))
        {
            end = next;
        }
        let number = &self.text[start..end];
        // measure: a unit of letters right after the number
        let mut unit_end = end;
        while let Some(c) = self.char_at(unit_end).filter(|c| letter(*c)) {
            unit_end += c.len_utf8();
        }
        if unit_end > end {
            self.pos = unit_end;
            return Some(ValueKind::Measure { number: number.to_string(), unit: self.text[end..unit_end].to_string() });
        }
        if self.char_at(end).is_some_and(word_char) {
            return None; // a `rest`: `7-` or `4a_`…
        }
        self.pos = end;
        Some(ValueKind::Number(number.to_string()))
    }
}

// The grammar's classes (pest's Unicode tables), with ASCII, most of every file, decided
// without a table lookup.
fn word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_' || c == '-'
    } else {
        pest::unicode::XID_CONTINUE(c)
    }
}

fn word_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        pest::unicode::XID_START(c)
    }
}

fn letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        pest::unicode::LETTER(c)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_ascii_classes_are_the_grammars() {
        for b in 0u8..128 {
            let c = char::from(b);
            assert_eq!(super::word_char(c), c == '-' || pest::unicode::XID_CONTINUE(c), "{c:?}");
            assert_eq!(super::word_start(c), pest::unicode::XID_START(c), "{c:?}");
            assert_eq!(super::letter(c), pest::unicode::LETTER(c), "{c:?}");
        }
    }

    use std::path::{Path, PathBuf};

    use quytrinh_diagnostics::FileId;

    /// Every `.qtr` file under the examples and the test fixtures.
    fn corpus() -> Vec<(PathBuf, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut out = Vec::new();
        let mut dirs = vec![root.join("examples"), root.join("tests/fixtures")];
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(&dir).expect("folder").flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "qtr") {
                    let text = std::fs::read_to_string(&p).expect("utf-8");
                    out.push((p, crate::decode::nfc(&text).into_owned()));
                }
            }
        }
        out.sort();
        out
    }

    /// The property: when the fast path gives a tree, it is the grammar's, and the grammar
    /// reports nothing; when the grammar reads the file cleanly, the fast path takes it.
    /// Returns whether the fast path took the text.
    fn agrees(text: &str, what: &dyn std::fmt::Display) -> bool {
        let (fast, (grammar, diags)) = crate::parse_cst_both(text, FileId(0));
        // And the other way: a file the grammar reads cleanly takes the fast path.
        if diags.is_empty() && crate::cst::is_clean(&grammar) {
            assert!(fast.is_some(), "{what}: a well-formed file left to the grammar\n{text}");
        }
        match fast {
            Some(fast) => {
                assert!(
                    diags.is_empty(),
                    "{what}: the fast path took a file the grammar reports: {:?}",
                    diags.first().map(|d| (d.code, d.span))
                );
                if fast != grammar {
                    let (a, b) = (format!("{fast:?}"), format!("{grammar:?}"));
                    let at = a.bytes().zip(b.bytes()).position(|(x, y)| x != y).unwrap_or(0);
                    panic!(
                        "{what}: the trees differ\nfast:    …{}\ngrammar: …{}",
                        &a[at.saturating_sub(200)..(at + 200).min(a.len())],
                        &b[at.saturating_sub(200)..(at + 200).min(b.len())]
                    );
                }
                true
            }
            None => false,
        }
    }

    #[test]
    fn every_example_takes_the_fast_path_and_gets_the_grammars_tree() {
        for (path, text) in corpus() {
            let took = agrees(&text, &path.display());
            if path.to_string_lossy().contains("examples") {
                assert!(took, "{}: a well-formed example left to the grammar", path.display());
            }
            // Windows line ends read the same way.
            assert_eq!(agrees(&text.replace('\n', "\r\n"), &path.display()), took, "{} with CR LF", path.display());
        }
    }

    #[test]
    fn entries_on_one_line_are_separated_by_semicolons() {
        let text = "procedure \"QT-T-11\" { name \"Thủ tục\"; scope \"Tổ chức\" }\nprocedure \"QT-T-12\" {\n  purpose \"a\" ; tthc \"1.000001\";\n}\n";
        assert!(agrees(text, &"semicolons"), "taken by the fast path");
        let (file, diags) = crate::parse(text, FileId(0));
        assert!(diags.is_empty(), "{diags:?}");
        let procedures: Vec<&crate::ast::Procedure> =
            file.items.iter().filter_map(|i| if let crate::ast::Item::Procedure(p) = i { Some(&**p) } else { None }).collect();
        assert_eq!(procedures.len(), 2);
        assert!(procedures[0].name.is_some() && procedures[0].scope.is_some());
        assert!(procedures[1].purpose.is_some() && procedures[1].tthc.is_some());
    }

    #[test]
    fn known_escapes_take_the_fast_path_and_unknown_ones_are_left_to_the_grammar() {
        assert!(agrees("procedure \"QT-1\" { name \"Giấy \\\"A\\\" \\u{1EA0}\\n\\\\ x\" }\n", &"known escapes"));
        assert!(!agrees("procedure \"QT-1\" { name \"a \\q b\" }\n", &"unknown escape"));
        assert!(!agrees("procedure \"QT-1\" { name \"a \\\n\" }\n", &"escaped line end"));
    }

    /// Small edits of real files, at spread-out places: each one either stays in the subset
    /// (and must give the grammar's tree) or is left to the grammar.
    #[test]
    fn edited_files_agree_with_the_grammar_or_are_left_to_it() {
        let inserts = [
            "\"",
            "{",
            "}",
            "#",
            "\\",
            "\\\"",
            "\\u{1EA0}",
            "\\q",
            "\r",
            ";",
            "; x",
            " ",
            "\u{A0}",
            "\u{FEFF}",
            " \u{A0}\t",
            "“",
            "-",
            ".",
            "/",
            ",",
            "_",
            "5",
            "h",
            "đ",
            "\n",
            "\"\"\"",
            "2020-05-15",
            "15/05/2020",
            "1.5d",
            "7x",
        ];
        let (mut taken, mut total) = (0, 0);
        for (path, text) in corpus().into_iter().filter(|(p, _)| p.to_string_lossy().contains("examples")) {
            let cuts: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(29).collect();
            for (k, &at) in cuts.iter().enumerate() {
                let insert = inserts[k % inserts.len()];
                let edited = format!("{}{insert}{}", &text[..at], &text[at..]);
                let next = text[at..].chars().next().map(char::len_utf8).unwrap_or(0);
                let deleted = format!("{}{}", &text[..at], &text[at + next..]);
                for variant in [edited, deleted] {
                    total += 1;
                    taken += usize::from(agrees(&variant, &format!("{} at byte {at}", path.display())));
                }
            }
        }
        // Both sides are exercised: most edits stay well formed, many do not.
        assert!(taken > total / 4 && taken < total, "{taken} of {total} edits took the fast path");
    }
}
