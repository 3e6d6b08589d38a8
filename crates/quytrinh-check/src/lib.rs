//! The checker: does an internal procedure say everything Circular 01/2018 (or the 2025
//! regime), Decree 61/2018 and the ISO document layout require?
//!
//! One rule per file under `rules/`, registered in one table (`registry.rs`) with a stable
//! code that is never reused. A rule's metadata is also its documentation page
//! (`quytrinh explain CODE`, `docs/rules/CODE.md`), and its examples are tested.
//! This crate knows nothing of files on disk, terminals or output formats.

pub mod autofix;
pub mod baseline;
pub mod basis;
mod calendars;
mod config;
pub mod docs;
pub mod fixes;
mod gov_level;
mod helpers;
mod meta_docs;
pub mod migrate;
mod provinces;
mod registry;
mod rule;
mod rules;
mod suppress;

use quytrinh_diagnostics::Diagnostic;
use quytrinh_model::Catalogue;
use rayon::prelude::*;

pub use calendars::Calendars;
pub use config::{Config, Level, CONFIG_ERROR};
pub use meta_docs::META_DOCS;
pub use registry::{find_rule, removed_codes, rules};
pub use rule::{Cx, Emitter, Rule, RuleMeta, Status, T};
pub use suppress::{SUPPRESSION_WITHOUT_REASON, UNKNOWN_SUPPRESSED_CODE, UNUSED_SUPPRESSION};

/// Run every rule that applies to each procedure's regime, then apply suppression
/// comments. Diagnostics come back sorted (file, position, code).
pub fn run(cat: &Catalogue, config: &Config) -> Vec<Diagnostic> {
    run_rules(cat, config, &|_| true)
}

/// [`run`] with only the rules `only` keeps (`fix` first asks only the rules that offer
/// fixes). Suppression comments still silence what they name; a comment whose rule did not
/// run is then reported unused: the caller keeps only what it asked for.
pub fn run_rules(cat: &Catalogue, config: &Config, only: &(dyn Fn(&RuleMeta) -> bool + Sync)) -> Vec<Diagnostic> {
    let cx = Cx { cat, config };
    // Procedures are independent: check them in parallel, gathered in catalogue order.
    let per_procedure: Vec<Vec<Diagnostic>> = cat
        .procedures
        .par_iter()
        .map(|p| {
            let mut out = Vec::new();
            // Syntax first: a procedure whose structure could not be read gets only its
            // syntax errors, not a cascade of "missing" findings.
            if p.syntax.incomplete {
                return out;
            }
            for rule in rules() {
                let meta = rule.meta();
                if meta.status == Status::Removed || !meta.regimes.contains(&p.regime) || !only(meta) {
                    continue;
                }
                let Some(severity) = config.severity(meta.code.0, meta.severity_in(p.regime)) else { continue };
                let mut em = Emitter { meta, severity, regime: p.regime, out: &mut out };
                rule.check(&cx, p, &mut em);
            }
            out
        })
        .collect();
    let mut out: Vec<Diagnostic> = per_procedure.into_iter().flatten().collect();
    suppress::apply(cat, &mut out);
    out.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out
}
