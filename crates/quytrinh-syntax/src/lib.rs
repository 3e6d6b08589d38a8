//! The `.qtr` language: from bytes to a typed syntax tree.
//!
//! ```text
//! bytes ─decode─► NFC text ─grammar (pest)─► concrete tree ─build─► SourceFile (AST)
//! ```
//! Parsing never panics and never stops at the first error: it returns the tree *and*
//! every diagnostic. This crate knows nothing of rules, law, output formats or disks.

pub mod ast;
mod build;
pub mod chars;
pub mod codes;
pub mod cst;
mod cst_parser;
pub mod decode;
mod expected;
mod fast_cst;
pub mod fmt;
mod grammar;
pub mod keywords;
pub mod legacy;
pub mod lines;
pub mod origin;
mod pasted;
pub mod scan;
pub mod suggest;

use quytrinh_diagnostics::{Diagnostic, FileId};

pub use ast::SourceFile;
pub use build::{parse_date, parse_decimal};
pub use cst_parser::{dedent, MAX_NESTING};
pub use lines::{LineCol, LineIndex};

/// Parse one file's text. The text is NFC-normalised first; every span in the result
/// indexes [`SourceFile::text`].
pub fn parse(text: &str, file: FileId) -> (SourceFile, Vec<Diagnostic>) {
    parse_string(decode::nfc(text).into_owned(), file)
}

/// [`parse`] taking the text by value, without copying it when it already is NFC.
pub fn parse_string(text: String, file: FileId) -> (SourceFile, Vec<Diagnostic>) {
    let text = match decode::nfc(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(n) => n,
    };
    parse_nfc(text, file)
}

/// [`parse_string`] of a text already NFC (as [`origin::Origin::normalise`] gives it): a
/// large run checks each text once, not twice.
pub fn parse_nfc(text: String, file: FileId) -> (SourceFile, Vec<Diagnostic>) {
    let (cst, mut diags) = cst_parser::parse_cst(&text, file);
    let (items, keyword_lang, more) = build::build(&cst, &text, file);
    diags.extend(more);
    diags.extend(chars::forbidden_characters(&text, file));
    diags.extend(pasted::pasted_legacy_text(&cst, &text, file));
    // An unclosed `"""` swallows the rest of the file, closing braces included: the
    // blocks around it are not the officer's mistake.
    if diags.iter().any(|d| d.code == codes::UNCLOSED_TEXT_BLOCK) {
        diags.retain(|d| d.code != codes::UNCLOSED_BLOCK);
    }
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    (SourceFile { text, items, comments: cst.comments, keyword_lang }, diags)
}

/// The concrete tree by the fast path (`None` when it leaves the file to the grammar) and by
/// the grammar, for the tests and the fuzz target that hold them equal.
#[doc(hidden)]
pub fn parse_cst_both(text: &str, file: FileId) -> (Option<cst::CstFile>, (cst::CstFile, Vec<quytrinh_diagnostics::Diagnostic>)) {
    (cst_parser::fast_path(text, file), cst_parser::parse_cst_with_grammar(text, file))
}

/// Run only the grammar and the concrete-tree builder; returns the number of top-level
/// entries. For benchmarks.
#[doc(hidden)]
pub fn parse_cst_only(text: &str, file: FileId) -> usize {
    cst_parser::parse_cst(text, file).0.entries.len()
}
