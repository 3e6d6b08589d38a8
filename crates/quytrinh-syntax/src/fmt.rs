//! `quytrinh fmt`: one canonical layout for any valid file.
//!
//! - two spaces of indentation per block, one entry per line, single spaces between values;
//! - sections of a procedure in the order of the ISO document (`PROCEDURE_KEYWORDS`);
//! - runs of one-line entries of one shape (not broken by a blank line) laid out as tables
//!   of aligned columns, as a person lays them out by hand: steps up to their `by`; a
//!   procedure's, agency's or decision's own statements by their keys only; lists (legal
//!   bases, sign-offs, records, branches, an agency's units and roles) column by column
//!   while the rows agree on what stands there; a value far wider than the others (a long
//!   step text) does not push every other line rightward;
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
    // Entries moved into the document's order are laid out as a table only once they
    // stand together: a second pass gives the layout a third would keep (idempotence).
    let (once, moved) = format_once(text, options)?;
    if !moved {
        return Ok(once);
    }
    match format_once(&once, options) {
        Ok((twice, _)) => Ok(twice),
        Err(_) => Ok(once),
    }
}

/// One pass of the formatter, and whether it moved an entry into the document's order.
fn format_once(text: &str, options: FormatOptions) -> Result<(String, bool), Vec<Diagnostic>> {
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
        keywords: {
            let mut k: Vec<u32> = keyword_spans.iter().map(|s| s.start).collect();
            k.sort_unstable();
            k
        },
        target: options.keywords.or(lang).unwrap_or(KeywordLang::En),
        comments: &comments,
        used: std::cell::RefCell::new(HashSet::new()),
        moved: std::cell::Cell::new(false),
    };
    let mut out = String::new();
    p.entries(&mut out, &cst.entries, 0, 0, false, true);
    // Comments after the last entry of the file.
    for c in p.own_line_between(0, text.len()) {
        out.push_str(&format!("# {}\n", c.text.trim_start()));
    }
    let out = out.trim_start_matches('\n').to_string();
    Ok((if out.is_empty() { out } else { format!("{}\n", out.trim_end_matches('\n')) }, p.moved.get()))
}

struct Printer<'a> {
    text: &'a str,
    lines: LineIndex,
    /// Where keywords start, sorted (a binary search: every value is asked about).
    keywords: Vec<u32>,
    target: KeywordLang,
    comments: &'a [&'a Comment],
    used: std::cell::RefCell<HashSet<u32>>,
    /// An entry was moved into the document's order.
    moved: std::cell::Cell<bool>,
}

impl<'a> Printer<'a> {
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
    fn value(&self, v: &crate::cst::Value) -> &'a str {
        let written = &self.text[v.span.start()..v.span.end()];
        match &v.kind {
            ValueKind::Word(w) if self.is_keyword_at(v) => Keyword::lookup(w).map(|(kw, _)| kw.spelling(self.target)).unwrap_or(written),
            _ => written,
        }
    }

    fn is_keyword_at(&self, v: &crate::cst::Value) -> bool {
        self.keywords.binary_search(&v.span.start).is_ok()
    }

    /// The head of a node: its values on one line, each of the first `widths.len()` values
    /// padded to its column's width (a table of aligned columns within a run of entries).
    fn head(&self, out: &mut String, n: &Node, indent: usize, widths: &[usize]) {
        for (i, v) in n.values.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            if let ValueKind::TextBlock(content) = &v.kind {
                let inner = " ".repeat(indent * 2 + 2);
                out.push_str("\"\"\"\n");
                for line in content.split('\n') {
                    if !line.is_empty() {
                        out.push_str(&inner);
                        out.push_str(line);
                    }
                    out.push('\n');
                }
                push_spaces(out, indent * 2);
                out.push_str("\"\"\"");
                continue;
            }
            let s = self.value(v);
            out.push_str(s);
            if let Some(&w) = widths.get(i) {
                let width = s.chars().count();
                if width < w && i + 1 < n.values.len() {
                    push_spaces(out, w - width);
                }
            }
        }
    }

    /// What a value is, for deciding whether rows line up: a keyword, or data.
    fn is_keyword(&self, v: &crate::cst::Value) -> bool {
        matches!(v.kind, ValueKind::Word(_)) && self.is_keyword_at(v)
    }

    /// The aligned column widths of each row of a run of one-line entries of one shape, as
    /// the examples lay them out by hand:
    /// - column `k` lines up while every row that goes on past it has the same kind of value
    ///   there (keyword, quoted text, or other data) — past the second column, the very same
    ///   keyword;
    /// - a quoted text is padded (so that what follows lines up) in a step (`by` lines up),
    ///   in a row that starts with data (records, terms), or when another text or a date
    ///   follows it (sign-offs, legal bases); otherwise the row goes on single-spaced (an
    ///   agency's roles, dossier items);
    /// - a step lines up up to its `by`; `keys_only` lines up only the first column (the
    ///   different statements of a procedure);
    /// - a value far wider than its column's others (a long step text) is left out of the
    ///   width, and its row goes on single-spaced, so one long line does not push every
    ///   other line rightward.
    fn column_widths(&self, rows: &[&Node], keys_only: bool) -> Vec<Vec<usize>> {
        #[derive(PartialEq)]
        enum Kind {
            Keyword,
            Text,
            Data,
        }
        let kind = |v: &crate::cst::Value| {
            if self.is_keyword(v) {
                Kind::Keyword
            } else if matches!(v.kind, ValueKind::Str(_)) {
                Kind::Text
            } else {
                Kind::Data
            }
        };
        let mut out: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
        if rows.len() < 2 {
            return out;
        }
        let step = Self::is_step(rows[0]);
        let data_first = !step && !self.is_keyword(&rows[0].values[0]);
        let mut open: Vec<bool> = vec![true; rows.len()];
        let columns = rows.iter().map(|r| r.values.len()).max().unwrap_or(0);
        let last_column = if keys_only {
            1
        } else if step {
            2
        } else {
            columns.saturating_sub(1)
        };
        for k in 0..last_column.min(columns.saturating_sub(1)) {
            // The rows that go on past column k and still line up.
            let live: Vec<usize> = (0..rows.len()).filter(|&r| open[r] && rows[r].values.len() > k + 1).collect();
            if live.len() < 2 {
                break;
            }
            let first = kind(&rows[live[0]].values[k]);
            if live.iter().any(|&r| kind(&rows[r].values[k]) != first) {
                break;
            }
            // Past the key and its first value, different keywords in one column start lists
            // of different lengths (`medium paper electronic` / `medium electronic`): stop.
            let word = self.value(&rows[live[0]].values[k]);
            if first == Kind::Keyword && k >= 2 && live.iter().any(|&r| self.value(&rows[r].values[k]) != word) {
                break;
            }
            if first == Kind::Text
                && !step
                && !data_first
                && live.iter().any(|&r| !matches!(rows[r].values[k + 1].kind, ValueKind::Str(_) | ValueKind::Date(_)))
            {
                break;
            }
            let mut widths: Vec<usize> = live.iter().map(|&r| self.value(&rows[r].values[k]).chars().count()).collect();
            let mut sorted = widths.clone();
            sorted.sort_unstable();
            let median = sorted[(sorted.len() - 1) / 2];
            let limit = (median * 3 / 2).max(if first == Kind::Text { 80 } else { 24 });
            let width = widths.iter().copied().filter(|w| *w <= limit).max().unwrap_or(0);
            for (&r, w) in live.iter().zip(widths.iter_mut()) {
                if *w > limit {
                    open[r] = false;
                } else {
                    out[r].push(width);
                }
            }
        }
        out
    }

    fn is_step(n: &Node) -> bool {
        matches!(n.values.first().map(|v| &v.kind), Some(ValueKind::Number(_)))
            && matches!(n.values.get(1).map(|v| &v.kind), Some(ValueKind::Str(_)))
    }

    /// Entries of a block (or the file), between byte offsets `from` and `to`.
    /// `top`: the file, or the block of a procedure, agency or decision, whose entries are
    /// statements of different kinds (only their keys line up), not a list.
    fn entries(&self, out: &mut String, entries: &[Entry], indent: usize, from: usize, reorder: bool, top: bool) {
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
            if order.iter().enumerate().any(|(i, k)| i != *k) {
                self.moved.set(true);
            }
        }
        // Runs of one-line entries of one shape (steps; keyed entries; other rows), not
        // broken by a blank line, are laid out as tables of aligned columns.
        let mut widths: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
        let simple =
            |n: &Node| n.block.is_none() && n.values.len() > 1 && !n.values.iter().any(|v| matches!(v.kind, ValueKind::TextBlock(_)));
        let shape = |n: &Node| -> u8 {
            if Self::is_step(n) {
                0
            } else if n.values.first().is_some_and(|v| self.is_keyword(v)) {
                1
            } else {
                2
            }
        };
        let mut i = 0;
        while i < order.len() {
            let first = nodes[order[i]];
            if !simple(first) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < order.len() {
                let n = nodes[order[j]];
                let blank = self.text[starts[order[j]]..n.span.start()].matches('\n').count() >= 2;
                if !simple(n) || shape(n) != shape(first) || blank || reorder && order[j] != order[j - 1] + 1 {
                    break;
                }
                j += 1;
            }
            let rows: Vec<&Node> = order[i..j].iter().map(|k| nodes[*k]).collect();
            let same_key = rows.iter().all(|r| !r.values[0].span.is_empty() && self.value(&r.values[0]) == self.value(&rows[0].values[0]));
            let keys_only = top && shape(first) == 1 && !same_key;
            for (k, w) in order[i..j].iter().zip(self.column_widths(&rows, keys_only)) {
                widths[*k] = w;
            }
            i = j;
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
            self.head(out, n, indent, &widths[k]);
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
        let top = owner
            .values
            .first()
            .and_then(|v| v.as_word())
            .and_then(Keyword::lookup)
            .is_some_and(|(k, _)| matches!(k, Keyword::Procedure | Keyword::Agency | Keyword::Decision));
        self.entries(out, &b.entries, indent, inner_from, is_procedure, top);
        let last_end =
            b.entries.iter().filter_map(|e| if let Entry::Node(n) = e { Some(n.span.end()) } else { None }).max().unwrap_or(inner_from);
        let pad = " ".repeat(indent * 2);
        for c in self.own_line_between(last_end.max(inner_from), inner_to) {
            out.push_str(&format!("{pad}{}\n", Self::comment(c)));
        }
    }
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}
