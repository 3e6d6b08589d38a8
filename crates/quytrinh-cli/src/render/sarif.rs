//! `check --format sarif`: SARIF 2.1.0 for code-scanning dashboards. Every code quytrinh
//! can report is in the rule table with a stable `ruleId`; columns are Unicode code points.

use quytrinh_diagnostics::{Diagnostic, Lang, Severity};
use serde_json::{json, Value};

use super::codes::all_codes;
use super::Sources;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn location(sources: &Sources, file: u32, start: usize, end: usize) -> Value {
    let a = sources.line_col(file, start);
    let b = sources.line_col_end(file, end);
    let (start, end) = (sources.byte(file, start, false), sources.byte(file, end, true));
    json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri(sources.name(file)) },
            "region": {
                "startLine": a.line, "startColumn": a.column, "endLine": b.line, "endColumn": b.column,
                "byteOffset": start, "byteLength": end - start
            }
        }
    })
}

/// A relative URI with forward slashes and percent-escaped spaces.
fn uri(path: &str) -> String {
    path.replace('\\', "/").replace(' ', "%20")
}

/// One result, with its file's text at hand.
pub fn one(d: &Diagnostic, sources: &Sources, lang: Lang) -> Value {
    let file = d.span.file.0;
    let mut text = d.message.get(lang).to_string();
    let help = d.help.get(lang);
    if !help.is_empty() {
        text.push('\n');
        text.push_str(help);
    }
    let mut r = json!({
        "ruleId": d.code.0,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [ location(sources, file, d.span.start(), d.span.end()) ],
    });
    if let Some((i, _)) = super::codes::find_code(d.code.0) {
        r["ruleIndex"] = json!(i);
    }
    if !d.labels.is_empty() {
        r["relatedLocations"] = Value::Array(
            d.labels
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let mut loc = location(sources, l.span.file.0, l.span.start(), l.span.end());
                    loc["id"] = json!(i);
                    loc["message"] = json!({ "text": l.text.get(lang) });
                    loc
                })
                .collect(),
        );
    }
    r
}

/// The whole log, from results made by [`one`].
pub fn assemble(results: Vec<Value>, lang: Lang) -> String {
    let codes = all_codes();
    let rules: Vec<Value> = codes
        .iter()
        .map(|c| {
            let mut help = format!("{} — `quytrinh explain {}`", c.title(lang), c.code);
            if !c.basis.is_empty() {
                help.push_str(&format!(" — {}", quytrinh_check::basis::render_all(c.basis, lang)));
            }
            let mut rule: Value = json!({
                "id": c.code,
                "name": c.name,
                "shortDescription": { "text": c.title(lang) },
                "fullDescription": { "text": format!("{} ({})", c.title_en, c.title_vi) },
                "help": { "text": help },
                "defaultConfiguration": { "level": level(c.severity) },
                "properties": { "kind": c.kind, "status": c.status }
            });
            // The page ships in the repository, not at a public address: name its path in the
            // help text (helpUri must be an absolute URI).
            if c.has_page {
                rule["help"]["text"] = json!(format!("{help} — docs/rules/{}.md", c.code));
            }
            rule
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "quytrinh",
                "version": env!("CARGO_PKG_VERSION"),
                "language": lang.code(),
                "rules": rules
            }},
            "columnKind": "unicodeCodePoints",
            "results": results
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}
