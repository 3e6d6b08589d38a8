//! Helpers shared by the end-to-end tests: run the real `quytrinh` binary from the
//! workspace root, as a user would.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

pub fn quytrinh() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("quytrinh").expect("the quytrinh binary is built");
    cmd.current_dir(root()).env_remove("LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    cmd
}

pub fn run(args: &[&str]) -> Output {
    quytrinh().args(args).output().expect("quytrinh runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

/// One diagnostic of a JSON report: (file, line, code, severity).
pub type Found = (String, usize, String, String);

/// The diagnostics of a `check --format json` run.
pub fn json_diagnostics(o: &Output) -> Vec<Found> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON on stdout");
    v["diagnostics"]
        .as_array()
        .expect("diagnostics array")
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_string(),
                d["range"]["start"]["line"].as_u64().unwrap_or_default() as usize,
                d["code"].as_str().unwrap_or_default().to_string(),
                d["severity"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// Expected diagnostics written inline: a line `#> QS006 QM001` says the next line that is
/// not itself an expectation carries those codes. Returns (line, code) pairs.
pub fn inline_expectations(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if let Some(rest) = line.trim_start().strip_prefix("#>") {
            pending.extend(rest.split_whitespace().map(str::to_string));
            continue;
        }
        for code in pending.drain(..) {
            out.push((i + 1, code));
        }
    }
    out
}
