//! Every code quytrinh can report, with its short title, for SARIF's rule table and for
//! `quytrinh rules`; and every code's page, for `quytrinh explain` and the editor's hover.

use quytrinh_diagnostics::{Lang, Severity};

pub struct CodeInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub title_vi: &'static str,
    pub title_en: &'static str,
    pub severity: Severity,
    pub kind: &'static str,
    pub status: &'static str,
    /// A rule's basis per regime; empty for the other codes.
    pub basis: &'static [quytrinh_check::basis::RegimeBasis],
    /// Whether `docs/rules/<code>.md` exists for it.
    pub has_page: bool,
}

/// A code's page in one language, by code (`QM001`, any case) or name
/// (`unknown-reference`): the rule's page for a rule, the code's page otherwise.
pub fn page(key: &str, lang: Lang) -> Option<String> {
    if let Some(rule) = quytrinh_check::find_rule(key) {
        return Some(quytrinh_check::docs::page(rule.meta(), Some(lang)));
    }
    let key = key.trim();
    non_rule_docs().find(|d| d.code.0.eq_ignore_ascii_case(key) || d.name == key).map(|d| quytrinh_diagnostics::page(d, Some(lang)))
}

/// The pages of the input, syntax, model and configuration codes.
pub fn non_rule_docs() -> impl Iterator<Item = &'static quytrinh_diagnostics::CodeDoc> {
    quytrinh_syntax::codes::DOCS.iter().chain(quytrinh_model::codes::DOCS).chain(quytrinh_check::META_DOCS)
}

impl CodeInfo {
    pub fn title(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.title_vi,
            Lang::En => self.title_en,
        }
    }
}

/// Input, syntax, model, configuration codes, then the checker's rules.
pub fn all_codes() -> &'static [CodeInfo] {
    static CODES: std::sync::OnceLock<Vec<CodeInfo>> = std::sync::OnceLock::new();
    CODES.get_or_init(table)
}

/// Where a code sits in [`all_codes`], and its entry.
pub fn find_code(code: &str) -> Option<(usize, &'static CodeInfo)> {
    all_codes().iter().enumerate().find(|(_, c)| c.code == code)
}

fn table() -> Vec<CodeInfo> {
    let mut v = Vec::new();
    let layers: [(&[quytrinh_diagnostics::CodeDoc], &str); 3] =
        [(quytrinh_syntax::codes::DOCS, "syntax"), (quytrinh_model::codes::DOCS, "model"), (quytrinh_check::META_DOCS, "config")];
    for (docs, kind) in layers {
        for d in docs {
            let kind = if d.code.0.starts_with("QI") { "input" } else { kind };
            v.push(CodeInfo {
                code: d.code.0,
                name: d.name,
                title_vi: d.vi,
                title_en: d.en,
                severity: d.severity,
                kind,
                status: "stable",
                basis: &[],
                has_page: true,
            });
        }
    }
    for r in quytrinh_check::rules() {
        let m = r.meta();
        v.push(CodeInfo {
            code: m.code.0,
            name: m.name,
            title_vi: m.title.vi,
            title_en: m.title.en,
            severity: m.severity,
            kind: "rule",
            status: m.status.as_str(),
            basis: m.basis,
            has_page: true,
        });
    }
    v
}
