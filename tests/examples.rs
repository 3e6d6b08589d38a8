//! The example catalogue is what a new user runs first: it must parse and check clean.

mod common;

use common::*;

#[test]
fn examples_check_clean() {
    let out = run(&["check", "examples", "--format", "json", "--lang", "en"]);
    let diags = json_diagnostics(&out);
    let problems: Vec<_> = diags.iter().filter(|d| d.3 != "info").collect();
    assert!(problems.is_empty(), "examples have problems: {problems:#?}");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["procedures"].as_u64().unwrap_or(0) >= 12, "at least 12 example procedures");
    assert_eq!(v["valid"], true);
}

#[test]
fn examples_use_both_keyword_sets() {
    let dir = root().join("examples");
    let mut vi = 0;
    let mut en = 0;
    for e in std::fs::read_dir(dir).expect("examples") {
        let text = std::fs::read_to_string(e.expect("entry").path()).expect("text");
        if text.contains("quy_trình \"") {
            vi += 1;
        }
        if text.contains("procedure \"") {
            en += 1;
        }
    }
    assert!(vi >= 2 && en >= 2, "examples in Vietnamese keywords: {vi}, in English: {en}");
}
