//! Building the edits of a rule's fix: a keyword in the file's own language, a line added
//! at the end of a block, form numbers of one regime turned into another's.
//!
//! Rules do not see the file's text, only spans and line starts: edits are built from
//! those, assuming what the formatter writes (a block's closing brace on its own line,
//! indented by spaces). Whatever the layout, the result parses; `quytrinh fix` then
//! writes it in the canonical layout.

use quytrinh_diagnostics::{Edit, Span};
use quytrinh_model::builtin_forms::{builtin_form, form_for};
use quytrinh_model::{Catalogue, FormRef, Procedure, Regime};
use quytrinh_syntax::keywords::{Keyword, KeywordLang};

/// A keyword as the procedure's file writes its keywords (English when it has none).
pub fn kw(cat: &Catalogue, p: &Procedure, k: Keyword) -> &'static str {
    let lang = cat.file(p.file).and_then(|f| f.keyword_lang).unwrap_or(KeywordLang::En);
    k.spelling(lang)
}

/// Keywords joined by spaces, in the file's language.
pub fn kws(cat: &Catalogue, p: &Procedure, ks: &[Keyword]) -> String {
    ks.iter().map(|k| kw(cat, p, *k)).collect::<Vec<_>>().join(" ")
}

/// Add `line` as the last entry of the block spanning `block` (which ends with `}`),
/// indented one level deeper than the brace.
pub fn add_line_to_block(cat: &Catalogue, p: &Procedure, block: Span, line: &str) -> Option<Edit> {
    if block.is_empty() {
        return None;
    }
    let brace = block.end() - 1;
    let lines = &cat.file(p.file)?.lines;
    // `line` counts from 1, `line_start` from 0.
    let start = lines.line_start(lines.line(brace) - 1)?;
    let indent = " ".repeat(brace.saturating_sub(start));
    Some(Edit::insert(Span::new(block.file, brace, brace), format!("  {line}\n{indent}")))
}

/// The line holding `span`, from its start to the start of the next line.
pub fn whole_line(cat: &Catalogue, p: &Procedure, span: Span) -> Option<Span> {
    let lines = &cat.file(p.file)?.lines;
    let line = lines.line(span.start()) - 1;
    let start = lines.line_start(line)?;
    let end = lines.line_start(line + 1).unwrap_or(span.end());
    Some(Span::new(span.file, start, end.max(span.end())))
}

/// Edits renumbering every built-in form the procedure refers to from regime `from`'s
/// numbers to `to`'s (`BM05`, the control sheet of Circular 01/2018, is `BM06` under
/// Circular 03/2025). The procedure's own forms are left alone, and so is a number that
/// has no counterpart.
pub fn renumber_refs(p: &Procedure, from: Regime, to: Regime) -> Vec<Edit> {
    let own = |id: &str| p.syntax.forms.as_ref().is_some_and(|f| f.defs.iter().any(|d| d.id.name == id));
    let mut edits: Vec<Edit> = p
        .form_refs
        .iter()
        .filter(|(id, r)| !matches!(r, Some(FormRef::Custom(_))) && !own(&id.name))
        .filter_map(|(id, _)| {
            let new = builtin_form(from, &id.name).and_then(|f| form_for(to, f.role))?.id;
            (new != id.name).then(|| Edit::replace(id.span, new))
        })
        .collect();
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    edits.dedup_by_key(|e| e.span);
    edits
}

/// The end of what a branch line holds (its last value), where a value can be added (its
/// span may run on over an end-of-line comment).
pub fn branch_end(b: &quytrinh_syntax::ast::Branch) -> Span {
    let values = b.issues.iter().map(|f| f.span).chain(b.actor.iter().map(|a| a.span));
    let values = values.chain(b.within.iter().map(|d| d.span)).chain(b.closes_after.iter().map(|d| d.span));
    // Nothing but its keywords: their end is not known; the span's end it is.
    after_last(values).unwrap_or(Span { start: b.span.end, ..b.span })
}

/// The end of what a step line holds (its last value), where a value can be added.
pub fn step_end(step: &quytrinh_syntax::ast::Step) -> Span {
    let values = step.content.iter().map(|c| c.span).chain(step.actor.iter().map(|a| a.span));
    let values = values.chain(step.duration.iter().map(|d| d.span)).chain(step.issues.iter().chain(&step.uses).map(|f| f.span));
    let values = values.chain(step.consults.iter().map(|c| c.span)).chain(std::iter::once(step.number.1));
    after_last(values).unwrap_or(step.number.1)
}

/// The empty span right after the value that ends last.
fn after_last(spans: impl Iterator<Item = Span>) -> Option<Span> {
    spans.max_by_key(|s| s.end).map(|s| Span { start: s.end, ..s })
}

/// Edits making a step refer to the forms `ids` with `kind` (`issues` or `uses`): after
/// its last form of that kind, else at the end of the line.
pub fn add_forms_to_step(cat: &Catalogue, p: &Procedure, step: &quytrinh_syntax::ast::Step, kind: Keyword, ids: &[&str]) -> Edit {
    let list = if kind == Keyword::Issues { &step.issues } else { &step.uses };
    match list.iter().map(|f| f.span).max_by_key(|s| s.end) {
        Some(last) => Edit::insert_after(last, format!(" {}", ids.join(" "))),
        None => Edit::insert(step_end(step), format!(" {} {}", kw(cat, p, kind), ids.join(" "))),
    }
}
