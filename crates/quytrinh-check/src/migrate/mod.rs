//! `quytrinh migrate --to decree_118_2025`: re-issuing a 2018 procedure under the 2025
//! one-stop regime, as text edits of its file.
//!
//! What is certain is done here (`procedure_edits`): the regime; the built-in forms
//! renumbered to Circular 03/2025's numbers and its form set listed; the approval set back
//! to a draft (a new decision is needed) and the effective date removed (it comes with that
//! decision); a new revision entry; the names of the renames file. The rest is left to the
//! fixes the rules offer under the new regime (`autofix`): the citations of the replaced
//! instruments, the 15-day closure, the stop-notice branch. What only a person can decide
//! (who signs the revision, the one-stop unit's new name, a district-level step) is what
//! the final check still reports: the officer's to-do list.

mod mapping;
mod rename;

use quytrinh_diagnostics::{Edit, Span};
use quytrinh_model::{Catalogue, Procedure, Regime};
use quytrinh_syntax::ast::{Approval, Date};
use quytrinh_syntax::keywords::Keyword as K;

pub use mapping::{parse_mapping, AgencyRename, Mapping, Rename, MAPPING_ERROR};
pub use rename::{shared_edits, string_renames};

use crate::fixes::{add_line_to_block, kw, renumber_refs, whole_line};

/// The regime `migrate` moves procedures to.
pub const TARGET: Regime = Regime::Decree1182025;

/// The description of the new revision, completed once the changes are known.
pub const REVISION_NOTE: &str = "Cập nhật theo Nghị định 118/2025/NĐ-CP";

/// The fixes `migrate` applies even though a person should look at them, each listed in
/// the to-do: the stop-notice branch (who issues it is the agency's choice) and the citation
/// of Circular 03/2025 (its effective date is not confirmed against the text).
pub const REVIEWED_FIXES: &[&str] = &["QC058", "QC019"];

/// What `migrate` does to one procedure.
pub struct Migration {
    pub edits: Vec<Edit>,
    /// The number of the new revision entry.
    pub revision: u32,
    /// The regime the procedure was under.
    pub from: Regime,
}

/// The edits re-issuing procedure `p` (lowered under its present regime in `view`) on
/// `date`; `None` when it is already under the target regime.
pub fn procedure_edits(view: &Catalogue, p: &Procedure, date: Date) -> Option<Migration> {
    if p.regime == TARGET {
        return None;
    }
    let cat = view;
    let s = &p.syntax;
    let mut edits = Vec::new();
    // The regime, written out (a `quytrinh.toml` default would not travel with the file).
    match s.regime {
        Some((_, span)) => edits.push(Edit::replace(span, TARGET.id())),
        None => {
            // Where the document's order puts it: after the approval (or what comes before
            // it), so that the layout need not move it.
            let approval = s.approved_by.as_ref().map(|a| match a {
                Approval::Decision(d) => d.span,
                Approval::Draft(span) => *span,
            });
            let anchor = approval
                .or(s.agency.as_ref().map(|a| a.span))
                .or(s.level.map(|l| l.1))
                .or(s.field.as_ref().map(|f| f.span))
                .or(s.name.as_ref().map(|n| n.span))
                .or(s.tthc.as_ref().map(|t| t.span))
                .unwrap_or(s.head_span);
            let lines = &cat.file(p.file)?.lines;
            let line = format!("{} {}", kw(cat, p, K::Regime), TARGET.id());
            match lines.line_start(lines.line(anchor.end())) {
                // The next line is still inside the procedure.
                Some(next) if next < s.span.end().saturating_sub(1) => {
                    edits.push(Edit::insert(Span::new(p.file, next, next), format!("  {line}\n")))
                }
                // A procedure written on one line: before its closing brace.
                _ => edits.push(add_line_to_block(cat, p, s.span, &line)?),
            }
        }
    }
    // A new decision will approve it: a draft until then, without an effective date.
    if let Some(Approval::Decision(d)) = &s.approved_by {
        // A space before it: a quoted text may follow its keyword with none
        // (`approved_by"550/QĐ-UBND"`), a word may not. The layout takes the extra one away.
        edits.push(Edit::replace(d.span, format!(" {}", kw(cat, p, K::Draft))));
    }
    if let Some(e) = s.effective {
        edits.push(Edit::delete(whole_line(cat, p, e.span)?));
    }
    // Forms: the same forms under Circular 03/2025's numbers, and its set listed.
    edits.extend(renumber_refs(p, p.regime, TARGET));
    if let Some(forms) = &s.forms {
        match forms.uses.first() {
            Some(_) => edits.extend(forms.uses.iter().map(|(_, span)| Edit::replace(*span, TARGET.id()))),
            None if !p.form_refs.is_empty() => {
                edits.extend(add_line_to_block(cat, p, forms.span, &format!("{} {}", kw(cat, p, K::Use), TARGET.id())))
            }
            None => {}
        }
    }
    // The new revision entry, after the last one.
    let revision = s.revisions.iter().filter_map(|r| r.number.map(|n| n.0)).max().unwrap_or(s.revisions.len() as u32) + 1;
    let line = format!("{} {revision} {date} \"{REVISION_NOTE}\"", kw(cat, p, K::Revision));
    match s.revisions.last() {
        Some(last) => edits.push(Edit::insert_after(last.span, format!("\n  {line}"))),
        None => {
            let lines = &cat.file(p.file)?.lines;
            match lines.line_start(lines.line(s.head_span.start())) {
                Some(next) if next < s.span.end().saturating_sub(1) => {
                    edits.push(Edit::insert(Span::new(p.file, next, next), format!("  {line}\n")))
                }
                _ => edits.push(add_line_to_block(cat, p, s.span, &line)?),
            }
        }
    }
    Some(Migration { edits, revision, from: p.regime })
}

/// Apply non-overlapping edits (sorted here) to `text`.
pub fn apply_edits(text: &str, edits: &mut [Edit]) -> String {
    edits.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len() + 256);
    let mut at = 0;
    for e in edits.iter() {
        let (start, end) = (e.span.start().max(at), e.span.end().max(at));
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&e.replacement);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}
