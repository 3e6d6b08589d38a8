//! `quytrinh rules`: every code, as a table or as JSON.

use quytrinh_diagnostics::Lang;
use quytrinh_emit::rule_list::{RuleEntry, RuleList};

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
                    basis: c.basis,
                    regimes: quytrinh_check::find_rule(c.code)
                        .filter(|_| c.kind == "rule")
                        .map(|r| r.meta().regimes.iter().map(|g| g.id()).collect())
                        .unwrap_or_default(),
                })
                .collect();
            match serde_json::to_string_pretty(&RuleList { format_version: "1.0", rules }) {
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
