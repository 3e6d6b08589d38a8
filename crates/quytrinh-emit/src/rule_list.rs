//! `quytrinh rules --format json`: every code, versioned like the other JSON outputs.
//!
//! `format_version` follows the rule of the check report: new fields bump the minor
//! version, removed or changed ones the major. 1.1 added `bases`; 1.2 `severity_2025` and
//! `autofix`.

use serde::Serialize;

/// The version of this contract.
pub const RULE_LIST_VERSION: &str = "1.2";

#[derive(Serialize)]
pub struct RuleEntry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub status: &'a str,
    pub severity: &'a str,
    pub title: &'a str,
    /// Every regime's basis rendered on one line, in the output language.
    pub basis: String,
    pub regimes: Vec<&'a str>,
    /// The basis per regime, as structured citations (since 1.1).
    pub bases: Vec<RegimeBasisEntry<'a>>,
    /// The default severity under `decree_118_2025` when it differs from `severity`
    /// (since 1.2).
    pub severity_2025: Option<&'a str>,
    /// Whether `quytrinh fix` resolves the finding: `safe`, `unsafe` (with
    /// `--unsafe-fixes`), or null (since 1.2).
    pub autofix: Option<&'a str>,
}

/// The provisions a rule rests on under one regime.
#[derive(Serialize)]
pub struct RegimeBasisEntry<'a> {
    pub regime: &'a str,
    /// The citations rendered in the output language, joined by «; ».
    pub text: String,
    pub citations: Vec<CitationEntry<'a>>,
}

/// One provision: `kind` is `law` or `practice` (a clause of TCVN ISO 9001:2015, which no
/// law requires); every part but `instrument` may be null.
#[derive(Serialize)]
pub struct CitationEntry<'a> {
    pub kind: &'a str,
    /// The instrument's Vietnamese name, e.g. «Nghị định 118/2025/NĐ-CP».
    pub instrument: &'a str,
    pub instrument_en: &'a str,
    pub article: Option<&'a str>,
    pub clause: Option<&'a str>,
    pub point: Option<&'a str>,
    pub form: Option<&'a str>,
    /// The citation as written in the output language.
    pub text: String,
}

#[derive(Serialize)]
pub struct RuleList<'a> {
    pub format_version: &'static str,
    pub rules: Vec<RuleEntry<'a>>,
}
