//! One root cause, one diagnostic: a typo in any actor or form a step names is reported as
//! an unknown reference (QM001) and nothing else — no rule adds its own error or warning
//! about what the unknown name would have been. Run on every step of a clean procedure
//! under each regime.

use quytrinh_check::baseline::AGENCY;
use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId, Severity};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

const BASELINE_2025: &str = include_str!("baseline_2025.qtr");

fn check(agency: &str, procedure: &str) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    for (i, (name, text)) in [("agency.qtr", agency), ("procedure.qtr", procedure)].into_iter().enumerate() {
        let (source, d) = quytrinh_syntax::parse(text, FileId(i as u32));
        diags.extend(d);
        files.push(ParsedFile::new(name.to_string(), source));
    }
    let (cat, d) = lower(files, LowerOptions::default());
    diags.extend(d);
    diags.extend(quytrinh_check::run(&cat, &Config::default()));
    diags.retain(|d| d.severity != Severity::Info);
    diags
}

/// Every word after `by`, `issues` or `uses` on a step line: (line index, byte range).
fn references(text: &str) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let t = line.trim_start();
        if !t.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut after_key = false;
        let mut pos = 0;
        for word in line.split(' ') {
            if after_key && !word.is_empty() && !word.ends_with('h') && !word.ends_with('d') && word != "issues" && word != "uses" {
                out.push((n, pos, pos + word.len()));
            }
            if matches!(word, "by" | "issues" | "uses") {
                after_key = true;
            } else if !word.is_empty()
                && after_key
                && (word.ends_with('h') || word.ends_with('d'))
                && word.chars().next().is_some_and(|c| c.is_ascii_digit())
            {
                // A duration: the forms come after their keyword again.
                after_key = false;
            }
            pos += word.len() + 1;
        }
    }
    out
}

fn typo_everywhere(agency: &str, procedure: &str) {
    assert!(check(agency, procedure).is_empty(), "the baseline is clean: {:#?}", check(agency, procedure));
    let refs = references(procedure);
    assert!(refs.len() >= 10, "{refs:?}");
    let lines: Vec<&str> = procedure.lines().collect();
    for (n, a, b) in refs {
        let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let word = &lines[n][a..b];
        edited[n] = format!("{}{}x{}", &lines[n][..a], word, &lines[n][b..]);
        let text = edited.join("\n") + "\n";
        let found = check(agency, &text);
        let codes: Vec<&str> = found.iter().map(|d| d.code.0).collect();
        assert_eq!(codes, vec!["QM001"], "a typo in `{word}` on line {}: {found:#?}", n + 1);
    }
}

#[test]
fn a_typo_in_any_step_reference_is_one_diagnostic_under_2018() {
    typo_everywhere(AGENCY, &quytrinh_check::baseline::procedure_with(&[]));
}

#[test]
fn a_typo_in_any_step_reference_is_one_diagnostic_under_2025() {
    // The agency as it is after 01/07/2025: no province Hậu Giang, no district-level city.
    typo_everywhere(&quytrinh_check::baseline::agency_2025(), BASELINE_2025);
}
