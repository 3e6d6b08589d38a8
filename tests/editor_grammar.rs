//! The VS Code extension's TextMate grammar and its test's keyword list are generated from
//! the one keyword table; this test fails when they are stale.
//! Regenerate with `UPDATE_DOCS=1 cargo test --test editor_grammar`.

mod common;

use quytrinh_syntax::keywords::Keyword;
use serde_json::json;

fn keywords() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = Keyword::ALL.iter().flat_map(|k| k.en_forms().iter().chain(k.vi_forms()).copied()).collect();
    // Longest first, so that `hồ_sơ_lưu` wins over `hồ_sơ`.
    v.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    v.dedup();
    v
}

fn grammar() -> serde_json::Value {
    let alternation = keywords().iter().map(|k| regex_escape(k)).collect::<Vec<_>>().join("|");
    json!({
        "$schema": "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
        "name": "quytrinh",
        "scopeName": "source.qtr",
        "fileTypes": ["qtr"],
        "patterns": [
            { "include": "#comment" },
            { "include": "#text-block" },
            { "include": "#string" },
            { "include": "#curly-string" },
            { "include": "#date" },
            { "include": "#duration" },
            { "include": "#number" },
            { "include": "#keyword" },
            { "include": "#form-id" },
            { "include": "#identifier" },
            { "match": "[{}]", "name": "punctuation.section.block.qtr" }
        ],
        "repository": {
            "comment": { "match": "#.*$", "name": "comment.line.number-sign.qtr" },
            "text-block": {
                "begin": "\"\"\"", "end": "\"\"\"", "name": "string.quoted.triple.qtr"
            },
            "string": {
                "begin": "\"", "end": "\"|$", "name": "string.quoted.double.qtr",
                "patterns": [
                    { "match": "\\\\(?:[\"\\\\nt]|u\\{[0-9A-Fa-f]+\\})", "name": "constant.character.escape.qtr" },
                    { "match": "\\\\.", "name": "invalid.illegal.escape.qtr" }
                ]
            },
            "curly-string": { "begin": "“", "end": "”|$", "name": "invalid.deprecated.curly-quotes.qtr" },
            "date": { "match": "(?<![\\p{L}\\p{N}_])(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4})(?![\\p{L}\\p{N}_])", "name": "constant.numeric.date.qtr" },
            "duration": { "match": "(?<![\\p{L}\\p{N}_])\\d+(?:[.,]\\d+)?(?:h|d|y|H|D|giờ|tiếng|ngày|năm)(?![\\p{L}\\p{N}_])", "name": "constant.numeric.duration.qtr" },
            "number": { "match": "(?<![\\p{L}\\p{N}_])\\d+(?:[._,]\\d+)*(?![\\p{L}\\p{N}_])", "name": "constant.numeric.qtr" },
            "keyword": { "match": format!("(?<![\\p{{L}}\\p{{N}}_-])(?:{alternation})(?![\\p{{L}}\\p{{N}}_-])"), "name": "keyword.other.qtr" },
            "form-id": { "match": "(?<![\\p{L}\\p{N}_])BM0[1-7](?![\\p{L}\\p{N}_])", "name": "support.constant.form.qtr" },
            "identifier": { "match": "[\\p{L}_][\\p{L}\\p{N}_-]*", "name": "variable.other.qtr" }
        }
    })
}

fn regex_escape(s: &str) -> String {
    s.chars().map(|c| if "\\.^$|?*+()[]{}".contains(c) { format!("\\{c}") } else { c.to_string() }).collect()
}

#[test]
fn editor_grammar_is_generated_from_the_keyword_table() {
    let dir = common::root().join("editors/vscode");
    let grammar_path = dir.join("syntaxes/qtr.tmLanguage.json");
    let keywords_path = dir.join("test/keywords.json");
    let grammar = format!("{}\n", serde_json::to_string_pretty(&grammar()).expect("json"));
    let kw = format!("{}\n", serde_json::to_string_pretty(&keywords()).expect("json"));
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&grammar_path, &grammar).expect("write grammar");
        std::fs::write(&keywords_path, &kw).expect("write keywords");
    }
    assert_eq!(
        std::fs::read_to_string(&grammar_path).ok().as_deref(),
        Some(grammar.as_str()),
        "stale grammar: run `UPDATE_DOCS=1 cargo test --test editor_grammar`"
    );
    assert_eq!(std::fs::read_to_string(&keywords_path).ok().as_deref(), Some(kw.as_str()), "stale keyword list");
}
