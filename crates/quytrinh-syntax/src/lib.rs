//! The `.qtr` language: from bytes to a typed syntax tree.
//!
//! ```text
//! bytes ─decode─► NFC text ─grammar (pest)─► concrete tree ─build─► SourceFile (AST)
//! ```
//! Parsing never panics and never stops at the first error: it returns the tree *and*
//! every diagnostic. This crate knows nothing of rules, law, output formats or disks.

pub mod ast;
mod build;
pub mod codes;
pub mod cst;
mod cst_parser;
pub mod decode;
mod expected;
mod grammar;
pub mod keywords;
pub mod lines;
pub mod suggest;

use quytrinh_diagnostics::{Diagnostic, FileId};

pub use ast::SourceFile;
pub use build::{parse_date, parse_decimal};
pub use cst_parser::{dedent, MAX_NESTING};
pub use lines::{LineCol, LineIndex};

/// Parse one file's text. The text is NFC-normalised first; every span in the result
/// indexes [`SourceFile::text`].
pub fn parse(text: &str, file: FileId) -> (SourceFile, Vec<Diagnostic>) {
    let text = decode::nfc(text).into_owned();
    let (cst, mut diags) = cst_parser::parse_cst(&text, file);
    let (items, keyword_lang, more) = build::build(&cst, &text, file);
    diags.extend(more);
    // An unclosed `"""` swallows the rest of the file, closing braces included: the
    // blocks around it are not the officer's mistake.
    if diags.iter().any(|d| d.code == codes::UNCLOSED_TEXT_BLOCK) {
        diags.retain(|d| d.code != codes::UNCLOSED_BLOCK);
    }
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let comments = cst.comments.clone();
    (SourceFile { text, items, comments, keyword_lang, cst }, diags)
}
