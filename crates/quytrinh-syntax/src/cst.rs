//! The concrete tree: what the grammar sees, before keywords give it meaning.
//!
//! Kept separate from the typed AST so that the formatter can reprint a file from it
//! and so that the builder can report every misplaced word with its exact span.

use quytrinh_diagnostics::Span;

/// One value on a node's line.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// A keyword or identifier: `motcua`, `mục_đích`.
    Word(String),
    /// A quoted text, escapes resolved.
    Str(String),
    /// A `"""` block, dedented.
    TextBlock(String),
    /// A `"""` block that is never closed (runs to the end of the file).
    UnclosedTextBlock,
    /// A number as written: `7`, `0.5`, `500_000`, `1.004525`.
    Number(String),
    /// A number with a unit: `4h`, `0.5d`, `5y`.
    Measure { number: String, unit: String },
    /// A date as written: `2020-05-15` or `15/05/2020`.
    Date(String),
}

/// A node: values on one line and an optional block.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub values: Vec<Value>,
    pub block: Option<Block>,
    /// Unparsable text left at the end of the line.
    pub rest: Option<Span>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub open: Span,
    /// `None` when the block is never closed.
    pub close: Option<Span>,
    pub entries: Vec<Entry>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Node(Node),
    /// A line that is not a node at all.
    Junk(Span),
}

/// A `#` comment, kept with its span so the formatter can put it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    pub text: String,
    pub span: Span,
    /// Nothing but indentation stands before it on its line.
    pub own_line: bool,
}

/// The whole file as the grammar saw it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CstFile {
    pub entries: Vec<Entry>,
    pub comments: Vec<Comment>,
}

impl Value {
    pub fn as_word(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Str(s) | ValueKind::TextBlock(s) => Some(s),
            _ => None,
        }
    }
}

/// Has the tree no junk line and no unreadable rest of a line anywhere (what the grammar
/// keeps so that one broken line does not hide the next)?
pub fn is_clean(file: &CstFile) -> bool {
    fn entries(list: &[Entry]) -> bool {
        list.iter().all(|e| match e {
            Entry::Junk(_) => false,
            Entry::Node(n) => n.rest.is_none() && n.block.as_ref().is_none_or(|b| b.close.is_some() && entries(&b.entries)),
        })
    }
    entries(&file.entries)
}
