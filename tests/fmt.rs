//! `quytrinh fmt`: idempotent (fmt of fmt = fmt), meaning-preserving (the model before and
//! after is the same: equal portal JSON but for source lines), comment-preserving, and
//! en → vi → en gives the English layout back — over every example and over generated
//! catalogues. Broken files are left untouched; `--check` lists what would change.

mod common;

use common::*;
use proptest::prelude::*;
use quytrinh_diagnostics::FileId;
use quytrinh_model::{lower, LowerOptions, ParsedFile};
use quytrinh_syntax::fmt::{format, FormatOptions};
use quytrinh_syntax::keywords::KeywordLang;

const AGENCY: &str = include_str!("../examples/agency.qtr");

fn fmt(text: &str, keywords: Option<KeywordLang>) -> String {
    format(text, FormatOptions { keywords }).unwrap_or_else(|e| panic!("formatting failed: {e:?}"))
}

/// The portal JSON of one procedure (with the shared agency), source lines removed.
fn meaning(procedure: &str) -> serde_json::Value {
    let files = [("agency.qtr", AGENCY), ("p.qtr", procedure)]
        .iter()
        .enumerate()
        .map(|(i, (n, t))| ParsedFile::new(n.to_string(), quytrinh_syntax::parse(t, FileId(i as u32)).0))
        .collect();
    let (cat, _) = lower(files, LowerOptions::default());
    let p = cat.procedures.first().expect("one procedure");
    let names = |_: FileId| "p.qtr".to_string();
    let mut v = serde_json::to_value(quytrinh_emit::portal::procedure(&cat, p, &names)).expect("json");
    strip_sources(&mut v);
    v
}

fn strip_sources(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.remove("source");
            m.values_mut().for_each(strip_sources);
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_sources),
        _ => {}
    }
}

fn comments(text: &str) -> Vec<String> {
    let mut v: Vec<String> = quytrinh_syntax::parse(text, FileId(0)).0.comments.iter().map(|c| c.text.trim().to_string()).collect();
    v.sort();
    v
}

fn check_properties(name: &str, text: &str) {
    let once = fmt(text, None);
    assert_eq!(fmt(&once, None), once, "{name}: not idempotent");
    assert_eq!(comments(&once), comments(text), "{name}: comments lost or changed");
    if text.contains("procedure") || text.contains("quy_trình") {
        assert_eq!(meaning(&once), meaning(text), "{name}: meaning changed");
    }
    let vi = fmt(text, Some(KeywordLang::Vi));
    let en = fmt(text, Some(KeywordLang::En));
    assert_eq!(fmt(&vi, Some(KeywordLang::En)), en, "{name}: en → vi → en is not the English layout");
    assert_eq!(fmt(&vi, None), vi, "{name}: Vietnamese layout not idempotent");
    if text.contains("procedure") || text.contains("quy_trình") {
        assert_eq!(meaning(&vi), meaning(text), "{name}: meaning changed in Vietnamese keywords");
    }
}

#[test]
fn every_example_formats_idempotently_and_keeps_its_meaning() {
    let mut n = 0;
    for e in std::fs::read_dir(root().join("examples")).expect("examples") {
        let path = e.expect("entry").path();
        if path.extension().is_none_or(|x| x != "qtr") {
            continue; // the example renames file of `quytrinh migrate`
        }
        let text = std::fs::read_to_string(&path).expect("text");
        check_properties(&path.display().to_string(), &text);
        n += 1;
    }
    assert!(n >= 16);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn generated_procedures_format_idempotently_and_keep_their_meaning(seed in 0u64..1_000_000) {
        let mut rng = quytrinh_bench::Rng::new(seed);
        let text = quytrinh_bench::procedure((seed % 1000) as usize, &mut rng);
        check_properties(&format!("seed {seed}"), &text);
    }
}

#[test]
fn check_lists_files_that_would_change_and_broken_files_are_left_alone() {
    let dir = tempfile::tempdir().expect("tmp");
    let messy = "procedure   \"QT-F-01\" {\n name   \"x\"   # giữ ghi chú\n\n\n\n  tthc \"1.000001\"\n}\n";
    let broken = "procedure \"QT-F-02\" {\n  name \"chưa đóng\n}\n";
    std::fs::write(dir.path().join("messy.qtr"), messy).expect("write");
    std::fs::write(dir.path().join("broken.qtr"), broken).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let out = run(&["fmt", &d, "--check"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("messy.qtr"));
    assert_eq!(std::fs::read_to_string(dir.path().join("messy.qtr")).expect("kept"), messy, "--check writes nothing");
    let out = run(&["fmt", &d]);
    assert_eq!(out.status.code(), Some(1), "a broken file makes fmt fail");
    assert!(String::from_utf8_lossy(&out.stderr).contains("QS003"));
    assert_eq!(std::fs::read_to_string(dir.path().join("broken.qtr")).expect("kept"), broken, "broken file untouched");
    let formatted = std::fs::read_to_string(dir.path().join("messy.qtr")).expect("formatted");
    assert_eq!(formatted, "procedure \"QT-F-01\" {\n  tthc \"1.000001\"\n  name \"x\"  # giữ ghi chú\n}\n");
    assert_eq!(run(&["fmt", &dir.path().join("messy.qtr").to_string_lossy(), "--check"]).status.code(), Some(0));
}

#[test]
fn keywords_switch_language() {
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let vi = fmt(&text, Some(KeywordLang::Vi));
    assert!(vi.contains("quy_trình \"QT-CGCN-02\" {") && vi.contains("do cv_mc") && vi.contains("thời_hạn") && !vi.contains(" by "));
}
