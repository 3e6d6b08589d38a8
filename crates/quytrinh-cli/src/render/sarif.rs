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

/// A URI reference for a path, percent-encoded as RFC 3986 asks: every byte but the
/// unreserved characters (letters, digits, `-._~`) and the `/` between segments becomes
/// `%XX`, so that a file named `a%0Ab c.qtr` is `a%250Ab%20c.qtr` and decodes back to its
/// name (not to a newline), and a `:` cannot be read as a scheme.
fn uri(path: &str) -> String {
    // On Windows `\` separates folders; elsewhere it is part of a file name.
    let path = if cfg!(windows) { path.replace('\\', "/") } else { path.to_string() };
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
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

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(super::uri("cat/a%0Ab c.qtr"), "cat/a%250Ab%20c.qtr");
        assert_eq!(super::uri("quy trình.qtr"), "quy%20tr%C3%ACnh.qtr");
        assert_eq!(super::uri("a:b#c?.qtr"), "a%3Ab%23c%3F.qtr");
    }
}
