//! `quytrinh rules`: every code, as a table or as JSON.

use quytrinh_check::basis::{render_all, render_regime, RegimeBasis};
use quytrinh_diagnostics::Lang;
use quytrinh_emit::rule_list::{CitationEntry, RegimeBasisEntry, RuleEntry, RuleList, RULE_LIST_VERSION};

use crate::args::{RulesArgs, RulesFormat};
use crate::render::codes::all_codes;

pub fn run(args: &RulesArgs, lang: Lang) -> u8 {
    let codes = all_codes();
    match args.format {
        RulesFormat::Json => {
            let rules = codes
                .iter()
                .map(|c| RuleEntry {
                    code: c.code,
                    name: c.name,
                    kind: c.kind,
                    status: c.status,
                    severity: c.severity.as_str(),
                    title: c.title(lang),
                    basis: render_all(c.basis, lang),
                    regimes: quytrinh_check::find_rule(c.code)
                        .filter(|_| c.kind == "rule")
                        .map(|r| r.meta().regimes.iter().map(|g| g.id()).collect())
                        .unwrap_or_default(),
                    bases: c.basis.iter().map(|b| basis_entry(b, lang)).collect(),
                    severity_2025: quytrinh_check::find_rule(c.code)
                        .and_then(|r| r.meta().severity_2025)
                        .filter(|s| *s != c.severity)
                        .map(|s| s.as_str()),
                    autofix: quytrinh_check::find_rule(c.code).and_then(|r| r.meta().autofix).map(|a| a.as_str()),
                })
                .collect();
            match serde_json::to_string_pretty(&RuleList { format_version: RULE_LIST_VERSION, rules }) {
                Ok(s) => {
                    crate::emit(&(s + "\n"));
                }
                Err(_) => return 2,
            }
        }
        RulesFormat::Table => {
            let mut table = String::new();
            for c in codes {
                table.push_str(&format!("{:<6} {:<8} {:<8} {:<34} {}\n", c.code, c.severity.as_str(), c.status, c.name, c.title(lang)));
            }
            crate::emit(&table);
        }
    }
    0
}

/// One regime's basis as the JSON contract gives it.
fn basis_entry(b: &'static RegimeBasis, lang: Lang) -> RegimeBasisEntry<'static> {
    RegimeBasisEntry {
        regime: b.regime.id(),
        text: render_regime(b, lang),
        citations: b
            .citations
            .iter()
            .map(|c| CitationEntry {
                kind: c.kind.as_str(),
                instrument: c.instrument.vi,
                instrument_en: c.instrument.en,
                article: c.article,
                clause: c.clause,
                point: c.point,
                form: c.form,
                text: c.render(lang),
            })
            .collect(),
    }
}
