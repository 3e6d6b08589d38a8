//! `quytrinh rules --format json`: every code, versioned like the other JSON outputs.

use serde::Serialize;

#[derive(Serialize)]
pub struct RuleEntry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub status: &'a str,
    pub severity: &'a str,
    pub title: &'a str,
    pub basis: &'a str,
    pub regimes: Vec<&'a str>,
}

#[derive(Serialize)]
pub struct RuleList<'a> {
    pub format_version: &'static str,
    pub rules: Vec<RuleEntry<'a>>,
}
