//! Machine-applicable fixes: text edits a diagnostic offers, and applying them.
//!
//! A fix is a set of edits to one file's NFC text that together resolve one finding. It is
//! [`Applicability::Safe`] when the result means what the author meant and the law asks
//! (a form number in the regime's numbering, a citation of the instrument that replaced
//! the one cited); [`Applicability::Unsafe`] when it needs a person's decision the fix
//! can only guess (who issues a notice). `quytrinh fix` applies safe fixes, and unsafe
//! ones only with `--unsafe-fixes`, as ruff does.

use crate::{Span, Text};

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// Keeps the author's meaning; applied by `quytrinh fix`.
    Safe,
    /// A likely fix that needs a decision; applied only with `--unsafe-fixes`.
    Unsafe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

/// Replace the text at `span` by `replacement` (an insertion when `span` is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Edit { span, replacement: replacement.into() }
    }

    /// Insert right before `at`.
    pub fn insert(at: Span, text: impl Into<String>) -> Self {
        Edit { span: Span { end: at.start, ..at }, replacement: text.into() }
    }

    /// Insert right after `at`.
    pub fn insert_after(at: Span, text: impl Into<String>) -> Self {
        Edit { span: Span { start: at.end, ..at }, replacement: text.into() }
    }

    pub fn delete(span: Span) -> Self {
        Edit { span, replacement: String::new() }
    }
}

/// The edits resolving one finding, all applied or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does, for a list of fixes and an editor's menu ("Đổi BM05 thành BM06").
    pub title: Text,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
    /// The fix changes what other findings mean (renumbering every form): it is applied
    /// alone, and the others wait for the text to be checked again.
    pub isolated: bool,
}

impl Fix {
    pub fn safe(title: Text, edits: Vec<Edit>) -> Self {
        Fix { title, applicability: Applicability::Safe, edits, isolated: false }
    }

    pub fn unsafe_(title: Text, edits: Vec<Edit>) -> Self {
        Fix { title, applicability: Applicability::Unsafe, edits, isolated: false }
    }

    /// Apply this fix alone in its round.
    pub fn isolated(mut self) -> Self {
        self.isolated = true;
        self
    }

    /// The fix's edits, if all lie in `text` (of file `file`) on character boundaries.
    fn fits(&self, text: &str, file: crate::FileId) -> bool {
        !self.edits.is_empty()
            && self.edits.iter().all(|e| {
                e.span.file == file
                    && e.span.end() <= text.len()
                    && text.is_char_boundary(e.span.start())
                    && text.is_char_boundary(e.span.end())
            })
    }
}

/// Apply as many of `fixes` to `text` (file `file`) as do not touch one another, in the
/// order of their first edit. A fix overlapping one already taken (or inserting at the same
/// place) is left for the next round, when the text has been checked again. Returns the new
/// text and the indices of the fixes applied, or `None` when none applies.
pub fn apply<'a>(text: &str, file: crate::FileId, fixes: impl IntoIterator<Item = &'a Fix>) -> Option<(String, Vec<usize>)> {
    let mut order: Vec<(usize, &Fix)> = fixes.into_iter().enumerate().filter(|(_, f)| f.fits(text, file)).collect();
    order.sort_by_key(|(i, f)| (f.edits.iter().map(|e| e.span.start).min().unwrap_or(0), *i));
    // An isolated fix goes first and alone.
    if let Some(pos) = order.iter().position(|(_, f)| f.isolated) {
        order = vec![order[pos]];
    }
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = Vec::new();
    for (i, fix) in order {
        let mut edits: Vec<&Edit> = fix.edits.iter().collect();
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        let inner_clash = edits.windows(2).any(|w| touches(w[0], w[1]));
        if inner_clash || edits.iter().any(|e| taken.iter().any(|t| touches(e, t))) {
            continue;
        }
        taken.extend(edits);
        applied.push(i);
    }
    if applied.is_empty() {
        return None;
    }
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start()]);
        out.push_str(&e.replacement);
        at = e.span.end();
    }
    out.push_str(&text[at..]);
    Some((out, applied))
}

/// Two edits touch when their ranges overlap, or both insert at one place (their order
/// would be a guess).
fn touches(a: &Edit, b: &Edit) -> bool {
    if a.span.start == b.span.start {
        return true;
    }
    a.span.start < b.span.end && b.span.start < a.span.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::FileId;

    fn span(s: usize, e: usize) -> Span {
        Span::new(FileId(0), s, e)
    }

    fn fix(edits: Vec<Edit>) -> Fix {
        Fix::safe(Text::new("", ""), edits)
    }

    #[test]
    fn applies_edits_back_to_front_and_skips_overlaps() {
        let text = "uses BM05 BM06";
        let a = fix(vec![Edit::replace(span(5, 9), "BM06"), Edit::replace(span(10, 14), "BM07")]);
        let b = fix(vec![Edit::replace(span(10, 14), "BM99")]);
        let c = fix(vec![Edit::insert(span(0, 0), "  ")]);
        let (out, applied) = apply(text, FileId(0), [&a, &b, &c]).expect("applies");
        assert_eq!(out, "  uses BM06 BM07");
        assert_eq!(applied, vec![2, 0]);
    }

    #[test]
    fn refuses_edits_outside_the_text_or_another_file() {
        let text = "ô";
        let mid = fix(vec![Edit::replace(span(1, 2), "x")]);
        let far = fix(vec![Edit::replace(span(5, 6), "x")]);
        let other = Fix::safe(Text::new("", ""), vec![Edit::replace(Span::new(FileId(1), 0, 1), "x")]);
        assert_eq!(apply(text, FileId(0), [&mid, &far, &other]), None);
    }

    #[test]
    fn an_isolated_fix_is_applied_alone() {
        let a = fix(vec![Edit::replace(span(0, 1), "a")]);
        let b = fix(vec![Edit::replace(span(2, 3), "b")]).isolated();
        let (out, applied) = apply("xyz", FileId(0), [&a, &b]).expect("applies");
        assert_eq!((out.as_str(), applied), ("xyb", vec![1]));
    }

    #[test]
    fn two_insertions_at_one_place_wait_for_the_next_round() {
        let a = fix(vec![Edit::insert(span(1, 1), "a")]);
        let b = fix(vec![Edit::insert(span(1, 1), "b")]);
        let (out, applied) = apply("xy", FileId(0), [&a, &b]).expect("applies");
        assert_eq!((out.as_str(), applied), ("xay", vec![0]));
    }
}
