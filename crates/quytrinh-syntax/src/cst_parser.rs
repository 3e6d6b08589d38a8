//! Runs the pest grammar and turns its pairs into the concrete tree ([`crate::cst`]).

use std::num::NonZeroUsize;
use std::sync::Once;

use pest::iterators::Pair;
use pest::Parser;
use quytrinh_diagnostics::{Diagnostic, FileId, Span, Text};

use crate::codes;
use crate::cst::{Block, Comment, CstFile, Entry, Node, Value, ValueKind};
use crate::expected::rule_words;
use crate::grammar::{QtrParser, Rule};

/// Deepest `{` nesting accepted. Real procedures use three levels; the limit keeps a hostile
/// file from exhausting the stack of the recursive-descent parser.
pub const MAX_NESTING: usize = 32;

/// Upper bound of pest rule calls for one parse. The grammar is linear, so a real file uses
/// a few calls per byte; this only stops a pathological input from running for long.
const CALL_LIMIT: usize = 400_000_000;

static INIT: Once = Once::new();

/// Parse `text` (already NFC) into the concrete tree, reporting syntax errors. Well-formed
/// files take the fast path (`fast_cst.rs`); the grammar reads everything else.
pub fn parse_cst(text: &str, file: FileId) -> (CstFile, Vec<Diagnostic>) {
    match fast_path(text, file) {
        Some(cst) => (cst, Vec::new()),
        None => parse_cst_with_grammar(text, file),
    }
}

/// The tree of a well-formed file without the grammar, when the fast reader takes it (the
/// nesting guard comes first, for both paths alike).
pub fn fast_path(text: &str, file: FileId) -> Option<CstFile> {
    too_deep(text).is_none().then(|| crate::fast_cst::parse(text, file)).flatten()
}

/// [`parse_cst`] by the pest grammar alone.
pub fn parse_cst_with_grammar(text: &str, file: FileId) -> (CstFile, Vec<Diagnostic>) {
    INIT.call_once(|| pest::set_call_limit(NonZeroUsize::new(CALL_LIMIT)));
    let mut diags = Vec::new();
    if let Some((offset, depth)) = too_deep(text) {
        diags.push(
            Diagnostic::error(
                codes::NESTING_TOO_DEEP,
                Span::new(file, offset, offset + 1),
                Text::new(
                    format!("Các khối `{{ … }}` lồng nhau quá sâu ({depth} tầng; tối đa {MAX_NESTING})"),
                    format!("Blocks `{{ … }}` are nested too deeply ({depth} levels; at most {MAX_NESTING})"),
                ),
            )
            .with_help(Text::new(
                "Một quy trình chỉ cần vài tầng khối (quy_trình → các_bước). Kiểm tra các dấu `{` thừa.",
                "A procedure needs only a few levels (procedure → steps). Look for stray `{`.",
            )),
        );
        return (CstFile::default(), diags);
    }
    match QtrParser::parse(Rule::file, text) {
        Ok(mut pairs) => {
            let mut builder = CstBuilder { file, text, diags: &mut diags, comments: Vec::new() };
            let entries = match pairs.next() {
                Some(file_pair) => builder.entries(file_pair),
                None => Vec::new(),
            };
            let comments = std::mem::take(&mut builder.comments);
            (CstFile { entries, comments }, diags)
        }
        Err(err) => {
            diags.push(pest_error(err, file, text));
            (CstFile::default(), diags)
        }
    }
}

/// The first place where braces nest deeper than [`MAX_NESTING`], ignoring braces inside
/// strings and comments (a cheap scan, run before the recursive parser).
fn too_deep(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    // Only braces, quotes and comments matter; memchr finds them without looking at
    // every byte in turn.
    let mut i = 0usize;
    while let Some(at) = memchr::memchr3(b'{', b'"', b'#', &bytes[i..]).map(|a| a + i) {
        // Closing braces before `at` lower the depth first (none of them is in a string or
        // comment: those start at a quote or `#`, and `at` is the first of these).
        depth = depth.saturating_sub(memchr::memchr_iter(b'}', &bytes[i..at]).count());
        i = at + 1;
        match bytes[at] {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some((at, depth));
                }
            }
            // A string runs to its closing quote or the end of the line (escapes skipped).
            b'"' => loop {
                match memchr::memchr3(b'"', b'\\', b'\n', &bytes[i..]) {
                    Some(k) if bytes[i + k] == b'\\' => i = (i + k + 2).min(bytes.len()),
                    Some(k) => {
                        i += k + 1;
                        break;
                    }
                    None => return None,
                }
            },
            _ => match memchr::memchr(b'\n', &bytes[i..]) {
                Some(k) => i += k,
                None => return None,
            },
        }
    }
    None
}

fn pest_error(err: pest::error::Error<Rule>, file: FileId, text: &str) -> Diagnostic {
    use pest::error::{ErrorVariant, InputLocation};
    let (start, end) = match err.location {
        InputLocation::Pos(p) => (p, p),
        InputLocation::Span((s, e)) => (s, e),
    };
    let start = start.min(text.len());
    let end = end.clamp(start, text.len());
    let (vi, en) = match &err.variant {
        ErrorVariant::ParsingError { positives, .. } if !positives.is_empty() => {
            let vi: Vec<&str> = positives.iter().map(|r| rule_words(*r).vi).collect();
            let en: Vec<&str> = positives.iter().map(|r| rule_words(*r).en).collect();
            (format!("Cần {} ở đây", vi.join(" hoặc ")), format!("Expected {} here", en.join(" or ")))
        }
        ErrorVariant::CustomError { message } => (format!("Không đọc được tệp: {message}"), format!("Cannot read the file: {message}")),
        _ => ("Cú pháp không hợp lệ ở đây".to_string(), "Invalid syntax here".to_string()),
    };
    Diagnostic::error(codes::SYNTAX, Span::new(file, start, end), Text::new(vi, en)).with_help(Text::new(
        "Mỗi dòng là một mục: từ khóa rồi đến các giá trị, ví dụ `name \"Tên thủ tục\"`.",
        "Each line is one entry: a keyword then its values, for example `name \"Procedure name\"`.",
    ))
}

struct CstBuilder<'a> {
    file: FileId,
    text: &'a str,
    diags: &'a mut Vec<Diagnostic>,
    comments: Vec<Comment>,
}

impl CstBuilder<'_> {
    fn span(&self, pair: &Pair<Rule>) -> Span {
        let s = pair.as_span();
        Span::new(self.file, s.start(), s.end())
    }

    fn comment(&mut self, pair: &Pair<Rule>) {
        let text = pair.as_str().trim_start_matches('#').trim_end().to_string();
        let span = self.span(pair);
        let before = &self.text[..span.start()];
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let own_line = before[line_start..].trim().is_empty();
        self.comments.push(Comment { text, span, own_line });
    }

    /// `file` or `block`: the entries among their children.
    fn entries(&mut self, parent: Pair<Rule>) -> Vec<Entry> {
        let mut out = Vec::new();
        for pair in parent.into_inner() {
            match pair.as_rule() {
                Rule::node => out.push(Entry::Node(self.node(pair))),
                Rule::junk | Rule::top_junk => out.push(Entry::Junk(self.span(&pair))),
                Rule::COMMENT => self.comment(&pair),
                _ => {}
            }
        }
        out
    }

    fn node(&mut self, pair: Pair<Rule>) -> Node {
        let span = self.span(&pair);
        let mut node = Node { values: Vec::new(), block: None, rest: None, span };
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::block => node.block = Some(self.block(child)),
                Rule::rest => node.rest = Some(self.span(&child)),
                Rule::COMMENT => self.comment(&child),
                _ => {
                    if let Some(v) = self.value(child) {
                        node.values.push(v);
                    }
                }
            }
        }
        node
    }

    fn block(&mut self, pair: Pair<Rule>) -> Block {
        let span = self.span(&pair);
        let open = Span::new(self.file, span.start(), span.start() + 1);
        let mut close = None;
        let mut entries = Vec::new();
        for child in pair.into_inner() {
            match child.as_rule() {
                Rule::node => entries.push(Entry::Node(self.node(child))),
                Rule::junk => entries.push(Entry::Junk(self.span(&child))),
                Rule::close => close = Some(self.span(&child)),
                Rule::COMMENT => self.comment(&child),
                _ => {}
            }
        }
        Block { open, close, entries, span }
    }

    fn value(&mut self, pair: Pair<Rule>) -> Option<Value> {
        let span = self.span(&pair);
        let kind = match pair.as_rule() {
            Rule::word => ValueKind::Word(pair.as_str().to_string()),
            Rule::number => ValueKind::Number(pair.as_str().to_string()),
            Rule::date => ValueKind::Date(pair.as_str().to_string()),
            Rule::measure => {
                let raw = pair.as_str();
                let split = raw
                    .char_indices()
                    .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '_' || *c == ','))
                    .map(|(i, _)| i)
                    .unwrap_or(raw.len());
                ValueKind::Measure { number: raw[..split].to_string(), unit: raw[split..].to_string() }
            }
            Rule::string => {
                let inner = pair.into_inner().next().map(|p| (p.as_str(), p.as_span().start()));
                let (raw, at) = inner.unwrap_or(("", span.start() + 1));
                ValueKind::Str(self.unescape(raw, at))
            }
            Rule::curly_string => {
                let inner = pair.into_inner().next().map(|p| p.as_str().to_string()).unwrap_or_default();
                self.diags.push(
                    Diagnostic::error(
                        codes::CURLY_QUOTES,
                        span,
                        Text::new(
                            "Văn bản dùng dấu ngoặc kép cong “ ” thay vì dấu ngoặc kép thẳng \"",
                            "The text uses curly quotes “ ” instead of straight quotes \"",
                        ),
                    )
                    .with_label(Text::new("dùng \"…\"", "use \"…\""))
                    .with_help(Text::new(
                        "Word tự đổi \" thành “ ”. Gõ lại dấu ngoặc kép thẳng \" (hoặc tắt tự sửa dấu ngoặc trong Word).",
                        "Word turns \" into “ ”. Type straight quotes \" again (or turn off smart quotes in Word).",
                    )),
                );
                ValueKind::Str(inner)
            }
            Rule::text_block => {
                let raw = pair.into_inner().next().map(|p| p.as_str()).unwrap_or("");
                ValueKind::TextBlock(dedent(raw))
            }
            Rule::unclosed_text_block => {
                self.diags.push(
                    Diagnostic::error(
                        codes::UNCLOSED_TEXT_BLOCK,
                        Span::new(self.file, span.start(), span.start() + 3),
                        Text::new("Khối văn bản `\"\"\"` này không có `\"\"\"` đóng", "This `\"\"\"` text block is never closed"),
                    )
                    .with_label(Text::new("mở ở đây", "opened here"))
                    .with_help(Text::new("Thêm `\"\"\"` ở cuối đoạn văn bản.", "Add `\"\"\"` at the end of the paragraph.")),
                );
                ValueKind::UnclosedTextBlock
            }
            Rule::COMMENT => {
                self.comment(&pair);
                return None;
            }
            _ => return None,
        };
        Some(Value { kind, span })
    }

    /// Resolve the escapes of a string, reporting each unknown one.
    fn unescape(&mut self, raw: &str, at: usize) -> String {
        let (value, bad) = unescape(raw);
        for (offset, len) in bad {
            self.bad_escape(at + offset, len);
        }
        value
    }

    fn bad_escape(&mut self, offset: usize, len: usize) {
        let end = (offset + len).min(self.text.len());
        self.diags.push(
            Diagnostic::error(
                codes::BAD_ESCAPE,
                Span::new(self.file, offset, end),
                Text::new("Ký tự thoát `\\` không hợp lệ", "Invalid `\\` escape"),
            )
            .with_help(Text::new(
                "Trong dấu ngoặc kép chỉ dùng `\\\"`, `\\\\`, `\\n`, `\\t` hoặc `\\u{…}`. Muốn viết dấu `\\` thì gõ `\\\\`.",
                "Inside quotes use only `\\\"`, `\\\\`, `\\n`, `\\t` or `\\u{…}`. To write a backslash, type `\\\\`.",
            )),
        );
    }
}

/// Resolve `\"`, `\\`, `\n`, `\t` and `\u{…}` in the text of a string. An unknown escape
/// is kept as written and returned as (byte offset in `raw`, length) for reporting.
pub fn unescape(raw: &str) -> (String, Vec<(usize, usize)>) {
    let mut bad = Vec::new();
    if !raw.contains('\\') {
        return (raw.to_string(), bad);
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        match e {
            '"' => out.push('"'),
            '\\' => out.push('\\'),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'u' => {
                let rest = &raw[i + 2..];
                let parsed = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok().map(|v| (v, hex.len())))
                    .and_then(|(v, n)| char::from_u32(v).map(|ch| (ch, n)));
                match parsed {
                    Some((ch, n)) => {
                        out.push(ch);
                        for _ in 0..n + 2 {
                            chars.next();
                        }
                    }
                    None => {
                        bad.push((i, 2));
                        out.push_str("\\u");
                    }
                }
            }
            other => {
                bad.push((i, 1 + other.len_utf8()));
                out.push('\\');
                out.push(other);
            }
        }
    }
    (out, bad)
}

/// Remove the common indentation of a `"""` block and its first and last blank lines.
pub fn dedent(raw: &str) -> String {
    let lines: Vec<&str> = raw.lines().collect();
    let start = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(lines.len());
    let end = lines.iter().rposition(|l| !l.trim().is_empty()).map(|i| i + 1).unwrap_or(start);
    let body = &lines[start..end.max(start)];
    let indent = body.iter().filter(|l| !l.trim().is_empty()).map(|l| l.len() - l.trim_start().len()).min().unwrap_or(0);
    body.iter()
        .map(|l| if l.len() >= indent && l.is_char_boundary(indent) { l[indent..].trim_end() } else { l.trim() })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::{too_deep, MAX_NESTING};

    /// The byte-by-byte scan `too_deep` replaced; the fast one must agree with it.
    fn reference(text: &str) -> Option<(usize, usize)> {
        let bytes = text.as_bytes();
        let (mut depth, mut i, mut in_string) = (0usize, 0usize, false);
        while i < bytes.len() {
            let b = bytes[i];
            if in_string {
                match b {
                    b'\\' => i += 1,
                    b'"' | b'\n' => in_string = false,
                    _ => {}
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'#' => {
                        while i < bytes.len() && bytes[i] != b'\n' {
                            i += 1;
                        }
                    }
                    b'{' => {
                        depth += 1;
                        if depth > MAX_NESTING {
                            return Some((i, depth));
                        }
                    }
                    b'}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            i += 1;
        }
        None
    }

    #[test]
    fn the_fast_nesting_scan_agrees_with_the_simple_one() {
        let deep = "a {\n".repeat(MAX_NESTING + 1);
        let pieces = ["a {", "}", "\"{ \\\" {\"", "# { {", "\n", "\"\"\"", "x", "\\", "\"unclosed {", "}}", "{{{{"];
        let mut cases = vec![deep.clone(), format!("\"{deep}"), format!("# {deep}"), format!("x {{ }}\n{deep}")];
        // Every sequence of three pieces, repeated to reach the limit.
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    cases.push(format!("{a}{b}{c}").repeat(12));
                }
            }
        }
        for case in &cases {
            assert_eq!(too_deep(case), reference(case), "{case:?}");
        }
    }
}
