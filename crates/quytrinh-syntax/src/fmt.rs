//! `quytrinh fmt`: one canonical layout for any valid file.
//!
//! - two spaces of indentation per block, one entry per line, single spaces between values;
//! - sections of a procedure in the order of the ISO document (`PROCEDURE_KEYWORDS`);
//! - in a block of steps, the `by` column aligned;
//! - `"""` paragraphs re-indented under their key;
//! - keywords in the file's own language, or the one asked for (`--keywords en|vi`);
//! - every comment kept where it was: own-line comments before the entry they precede,
//!   end-of-line comments at the end of their line; one blank line kept where there was at
//!   least one.
//!
//! A file with syntax errors is not formatted: the errors are returned instead.

use std::collections::HashSet;

use quytrinh_diagnostics::{Diagnostic, FileId, Severity};

use crate::build::{build_with_keywords, PROCEDURE_KEYWORDS};
use crate::cst::{Block, Comment, Entry, Node, ValueKind};
use crate::cst_parser::parse_cst;
use crate::keywords::{Keyword, KeywordLang};
use crate::lines::LineIndex;

/// Options of the formatter.
#[derive(Debug, Clone, Copy, Default)]
pub struct FormatOptions {
    /// Rewrite keywords into this language; `None` keeps the file's own.
    pub keywords: Option<KeywordLang>,
}

/// Format a file, or return its syntax errors (the file is then left as it is).
pub fn format(text: &str, options: FormatOptions) -> Result<String, Vec<Diagnostic>> {
    let text = crate::decode::nfc(text).into_owned();
    let file = FileId(0);
    let (cst, mut diags) = parse_cst(&text, file);
    let (_, lang, more, keyword_spans) = build_with_keywords(&cst, &text, file);
    diags.extend(more);
    let errors: Vec<Diagnostic> = diags.into_iter().filter(|d| d.severity == Severity::Error).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    // Comments in source order, so that those of a region are found by binary search.
    let mut comments: Vec<&Comment> = cst.comments.iter().collect();
    comments.sort_by_key(|c| c.span.start());
    let p = Printer {
        text: &text,
        lines: LineIndex::new(&text),
        keywords: keyword_spans.iter().map(|s| s.start).collect(),
        target: options.keywords.or(lang).unwrap_or(KeywordLang::En),
        comments: &comments,
        used: std::cell::RefCell::new(HashSet::new()),
    };
    let mut out = String::new();
    p.entries(&mut out, &cst.entries, 0, 0, false);
    // Comments after the last entry of the file.
    for c in p.own_line_between(0, text.len()) {
        out.push_str(&format!("# {}\n", c.text.trim_start()));
    }
    let out = out.trim_start_matches('\n').to_string();
    Ok(if out.is_empty() { out } else { format!("{}\n", out.trim_end_matches('\n')) })
}

struct Printer<'a> {
    text: &'a str,
    lines: LineIndex,
    keywords: HashSet<u32>,
    target: KeywordLang,
    comments: &'a [&'a Comment],
    used: std::cell::RefCell<HashSet<u32>>,
}

impl Printer<'_> {
    /// The 0-based line of an offset (a binary search: the printer asks for every entry).
    fn line_of(&self, offset: usize) -> usize {
        self.lines.line(offset.min(self.text.len())) - 1
    }

    /// The comments that start in `[from, to)`.
    fn comments_in(&self, from: usize, to: usize) -> &[&Comment] {
        let a = self.comments.partition_point(|c| c.span.start() < from);
        let b = self.comments.partition_point(|c| c.span.start() < to).max(a);
        &self.comments[a..b]
    }

    fn take(&self, c: &Comment) -> bool {
        self.used.borrow_mut().insert(c.span.start)
    }

    /// Own-line comments in `[from, to)` not printed yet, taking them.
    fn own_line_between(&self, from: usize, to: usize) -> Vec<&Comment> {
        self.comments_in(from, to).iter().copied().filter(|c| c.own_line && self.take(c)).collect()
    }

    /// The end-of-line comment on `line` within `[from, to)`, taking it.
    fn trailing_on(&self, line: usize, from: usize, to: usize) -> Option<&Comment> {
        self.comments_in(from, to).iter().copied().find(|c| !c.own_line && self.line_of(c.span.start()) == line && self.take(c))
    }

    fn comment(c: &Comment) -> String {
        let t = c.text.trim_end();
        if t.is_empty() {
            "#".to_string()
        } else if t.starts_with(' ') {
            format!("#{t}")
        } else {
            format!("# {t}")
        }
    }

    /// A value as it will be printed (text blocks are handled by the caller).
    fn value(&self, v: &crate::cst::Value) -> String {
        match &v.kind {
            ValueKind::Word(w) if self.keywords.contains(&v.span.start) => match Keyword::lookup(w) {
                Some((kw, _)) => kw.spelling(self.target).to_string(),
                None => w.clone(),
            },
            _ => self.text[v.span.start()..v.span.end()].to_string(),
        }
    }

    /// The head of a node: its values on one line. `pad` widens the step prefix.
    fn head(&self, n: &Node, indent: usize, pad: Option<usize>, key_pad: Option<usize>) -> String {
        let mut out = String::new();
        for (i, v) in n.values.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            if let ValueKind::TextBlock(content) = &v.kind {
                let inner = " ".repeat(indent * 2 + 2);
                out.push_str("\"\"\"\n");
                for line in content.split('\n') {
                    if line.is_empty() {
                        out.push('\n');
                    } else {
                        out.push_str(&format!("{inner}{line}\n"));
                    }
                }
                out.push_str(&format!("{}\"\"\"", " ".repeat(indent * 2)));
                continue;
            }
            let s = self.value(v);
            out.push_str(&s);
            if i == 0 && n.values.len() > 1 {
                if let Some(w) = key_pad {
                    let width = s.chars().count();
                    if width < w {
                        out.push_str(&" ".repeat(w - width));
                    }
                }
            }
            if i == 1 {
                if let Some(w) = pad {
                    let prefix = self.step_prefix_width(n);
                    if n.values.len() > 2 && prefix < w {
                        out.push_str(&" ".repeat(w - prefix));
                    }
                }
            }
        }
        out
    }

    /// Width of "N \"content\"" of a step line.
    fn step_prefix_width(&self, n: &Node) -> usize {
        n.values.iter().take(2).map(|v| self.value(v).chars().count()).sum::<usize>() + 1
    }

    fn is_step(n: &Node) -> bool {
        matches!(n.values.first().map(|v| &v.kind), Some(ValueKind::Number(_)))
            && matches!(n.values.get(1).map(|v| &v.kind), Some(ValueKind::Str(_)))
    }

    /// Entries of a block (or the file), between byte offsets `from` and `to`.
    fn entries(&self, out: &mut String, entries: &[Entry], indent: usize, from: usize, reorder: bool) {
        let nodes: Vec<&Node> = entries
            .iter()
            .filter_map(|e| match e {
                Entry::Node(n) => Some(n),
                Entry::Junk(_) => None,
            })
            .collect();
        // Where each node's own region starts (its leading comments belong to it).
        let mut starts: Vec<usize> = Vec::with_capacity(nodes.len());
        let mut prev_end = from;
        for n in &nodes {
            starts.push(prev_end);
            prev_end = n.span.end();
        }
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        if reorder {
            let rank = |n: &Node| -> usize {
                n.values
                    .first()
                    .and_then(|v| v.as_word())
                    .and_then(Keyword::lookup)
                    .and_then(|(k, _)| PROCEDURE_KEYWORDS.iter().position(|x| *x == k))
                    .unwrap_or(usize::MAX)
            };
            order.sort_by_key(|i| rank(nodes[*i]));
        }
        // The aligned width of each run of steps.
        let mut pads: Vec<Option<usize>> = vec![None; nodes.len()];
        let mut i = 0;
        while i < order.len() {
            if Self::is_step(nodes[order[i]]) {
                let mut j = i;
                while j < order.len() && Self::is_step(nodes[order[j]]) {
                    j += 1;
                }
                let width = order[i..j].iter().map(|k| self.step_prefix_width(nodes[*k])).max().unwrap_or(0).min(90);
                for k in &order[i..j] {
                    pads[*k] = Some(width);
                }
                i = j;
            } else {
                i += 1;
            }
        }
        // Runs of one-line entries (not steps) get their values aligned after the key.
        let mut key_pads: Vec<Option<usize>> = vec![None; nodes.len()];
        let simple = |n: &Node| {
            n.block.is_none()
                && !Self::is_step(n)
                && n.values.len() > 1
                && !n.values.iter().any(|v| matches!(v.kind, ValueKind::TextBlock(_)))
        };
        let mut i = 0;
        while i < order.len() {
            if simple(nodes[order[i]]) {
                let mut j = i;
                while j < order.len() && simple(nodes[order[j]]) {
                    j += 1;
                }
                let width = order[i..j].iter().map(|k| self.value(&nodes[*k].values[0]).chars().count()).max().unwrap_or(0);
                if j - i > 1 && width <= 18 {
                    for k in &order[i..j] {
                        key_pads[*k] = Some(width);
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        let pad_str = " ".repeat(indent * 2);
        for (pos, &k) in order.iter().enumerate() {
            let n = nodes[k];
            let region_start = starts[k];
            let leading = self.own_line_between(region_start, n.span.start());
            // One blank line where the source had at least one before this entry.
            let first_start = leading.first().map(|c| c.span.start()).unwrap_or(n.span.start());
            let gap = &self.text[region_start.min(first_start)..first_start];
            if pos > 0 && gap.matches('\n').count() >= 2 {
                out.push('\n');
            }
            for (ci, c) in leading.iter().enumerate() {
                out.push_str(&format!("{pad_str}{}\n", Self::comment(c)));
                let next = leading.get(ci + 1).map(|x| x.span.start()).unwrap_or(n.span.start());
                if self.text[c.span.end()..next].matches('\n').count() >= 2 {
                    out.push('\n');
                }
            }
            out.push_str(&pad_str);
            out.push_str(&self.head(n, indent, pads[k], key_pads[k]));
            let head_end = n.block.as_ref().map(|b| b.open.start()).unwrap_or(n.span.end());
            let head_last_line = self.line_of(n.values.last().map(|v| v.span.end()).unwrap_or(n.span.start()));
            match &n.block {
                Some(b) => {
                    out.push_str(" {");
                    // A comment on the head line, before or just after the `{`.
                    let brace_line = self.line_of(b.open.start());
                    let line_end = self.text[b.open.end()..].find('\n').map(|i| b.open.end() + i).unwrap_or(self.text.len());
                    if let Some(c) = self
                        .trailing_on(head_last_line, n.span.start(), head_end)
                        .or_else(|| self.trailing_on(brace_line, b.open.start(), line_end))
                    {
                        out.push_str(&format!("  {}", Self::comment(c)));
                    }
                    out.push('\n');
                    self.block(out, b, indent + 1, n);
                    out.push_str(&pad_str);
                    out.push('}');
                    if let Some(close) = b.close {
                        let close_line = self.line_of(close.start());
                        let end = self.text[close.end()..].find('\n').map(|i| close.end() + i).unwrap_or(self.text.len());
                        if let Some(c) = self.trailing_on(close_line, close.start(), end) {
                            out.push_str(&format!("  {}", Self::comment(c)));
                        }
                    }
                    out.push('\n');
                }
                None => {
                    let end = self.text[n.span.end()..].find('\n').map(|i| n.span.end() + i).unwrap_or(self.text.len());
                    if let Some(c) = self.trailing_on(head_last_line, n.span.start(), end) {
                        out.push_str(&format!("  {}", Self::comment(c)));
                    }
                    out.push('\n');
                }
            }
        }
    }

    fn block(&self, out: &mut String, b: &Block, indent: usize, owner: &Node) {
        let inner_from = b.open.end();
        let inner_to = b.close.map(|c| c.start()).unwrap_or(self.text.len());
        let is_procedure =
            owner.values.first().and_then(|v| v.as_word()).and_then(Keyword::lookup).is_some_and(|(k, _)| k == Keyword::Procedure);
        self.entries(out, &b.entries, indent, inner_from, is_procedure);
        let last_end =
            b.entries.iter().filter_map(|e| if let Entry::Node(n) = e { Some(n.span.end()) } else { None }).max().unwrap_or(inner_from);
        let pad = " ".repeat(indent * 2);
        for c in self.own_line_between(last_end.max(inner_from), inner_to) {
            out.push_str(&format!("{pad}{}\n", Self::comment(c)));
        }
    }
}
