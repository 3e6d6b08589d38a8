//! Fixture tests: each file (or folder) under `tests/fixtures/<layer>/` is one situation,
//! checked together with `tests/fixtures/agency.qtr`. The expected diagnostics are written
//! inline in the fixture (`#> CODE` above the line); the human and JSON renderings are
//! snapshots, reviewed before they were accepted. A `rules/` fixture is a whole procedure,
//! clean but for the case it shows, so every rule runs on it.

mod common;

use std::path::{Path, PathBuf};

use common::*;

/// The layers whose fixtures live here, with the code prefixes each one asserts.
const LAYERS: &[(&str, &str)] = &[
    ("syntax", "QI,QS,QM"),
    ("model", "QI,QS,QM"),
    ("cascade", "QI,QS,QM,QC"),
    ("calendar", "QI,QS,QM,QC032,QC059"),
    ("rules", "QI,QS,QM,QC"),
];

fn fixtures(layer: &str) -> Vec<PathBuf> {
    let dir = root().join("tests/fixtures").join(layer);
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixture folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "qtr"))
        .collect();
    v.sort();
    v
}

fn qtr_files(entry: &Path) -> Vec<PathBuf> {
    if entry.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(entry).expect("dir").filter_map(|e| e.ok().map(|e| e.path())).collect();
        v.sort();
        v
    } else {
        vec![entry.to_path_buf()]
    }
}

fn rel(p: &Path) -> String {
    p.strip_prefix(root()).expect("under root").to_string_lossy().into_owned()
}

#[test]
fn fixtures_yield_exactly_their_inline_expectations() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (layer, select) in LAYERS {
        for entry in fixtures(layer) {
            count += 1;
            let target = rel(&entry);
            let out = run(&["check", &target, "tests/fixtures/agency.qtr", "--format", "json", "--lang", "en", "--select", select]);
            assert_ne!(out.status.code(), Some(2), "{target}: usage or I/O failure: {}", String::from_utf8_lossy(&out.stderr));
            let actual = json_diagnostics(&out);
            let mut expected_in_entry = 0;
            for file in qtr_files(&entry) {
                let name = rel(&file);
                let text = std::fs::read_to_string(&file).expect("fixture text");
                let mut expected = inline_expectations(&text);
                let mut got: Vec<(usize, String)> = actual.iter().filter(|d| d.0 == name).map(|d| (d.1, d.2.clone())).collect();
                expected.sort();
                got.sort();
                expected_in_entry += expected.len();
                if expected != got {
                    failures.push(format!("{name}:\n  expected {expected:?}\n  got      {got:?}"));
                }
            }
            if expected_in_entry == 0 {
                failures.push(format!("{target}: a fixture must expect at least one diagnostic"));
            }
        }
    }
    assert!(count >= 15, "only {count} fixtures found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn fixture_renderings_match_snapshots() {
    for (layer, select) in LAYERS {
        for entry in fixtures(layer) {
            let target = rel(&entry);
            let stem = entry.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            for (lang, format) in [("en", "human"), ("vi", "human"), ("en", "json")] {
                let out = run(&["check", &target, "tests/fixtures/agency.qtr", "--format", format, "--lang", lang, "--select", select]);
                let name = format!("{layer}__{stem}__{format}_{lang}");
                insta::assert_snapshot!(name, stdout(&out));
            }
        }
    }
}
