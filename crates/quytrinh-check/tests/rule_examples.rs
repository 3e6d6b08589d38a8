//! Every rule's examples are run: the invalid one yields exactly that rule's code once,
//! the valid one yields none, and the baseline they are spliced into is clean.

use quytrinh_check::baseline::{known_sections, procedure_with, AGENCY};
use quytrinh_check::{rules, Config, RuleMeta};
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

/// Parse, lower and check an agency file plus one procedure.
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
    diags
}

fn codes(diags: &[Diagnostic]) -> Vec<&'static str> {
    diags.iter().map(|d| d.code.0).collect()
}

fn agency_for(meta: &RuleMeta) -> String {
    format!("{AGENCY}\n{}", meta.context)
}

#[test]
fn the_baseline_is_clean() {
    let diags = check(AGENCY, &procedure_with(&[]));
    assert!(diags.is_empty(), "{:#?}", diags);
}

#[test]
fn every_invalid_example_yields_its_code_exactly_once() {
    let mut failures = Vec::new();
    for rule in rules() {
        let meta = rule.meta();
        assert!(!meta.invalid.is_empty(), "{} has no invalid example", meta.code);
        assert!(known_sections(meta.invalid) && known_sections(meta.valid), "{} edits an unknown section", meta.code);
        let diags = check(&agency_for(meta), &procedure_with(meta.invalid));
        let n = diags.iter().filter(|d| d.code == meta.code).count();
        if n != 1 {
            failures.push(format!("{} {}: {n} times; all codes {:?}", meta.code, meta.name, codes(&diags)));
        }
        let syntax: Vec<_> = diags.iter().filter(|d| d.code.0.starts_with("QS") || d.code.0.starts_with("QM")).collect();
        if !syntax.is_empty() {
            failures.push(format!("{}: the invalid example does not parse or resolve: {syntax:?}", meta.code));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_valid_example_yields_no_code_of_its_rule() {
    let mut failures = Vec::new();
    for rule in rules() {
        let meta = rule.meta();
        let diags = check(&agency_for(meta), &procedure_with(meta.valid));
        if diags.iter().any(|d| d.code == meta.code) {
            failures.push(format!("{} {}: {:?}", meta.code, meta.name, codes(&diags)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn registry_codes_are_unique_sorted_and_documented() {
    let mut prev = "";
    for rule in rules() {
        let m = rule.meta();
        assert!(m.code.0 > prev, "{} is out of order or repeated", m.code);
        prev = m.code.0;
        assert!(!quytrinh_check::removed_codes().contains(&m.code.0), "{} reuses a removed code", m.code);
        for t in [m.title, m.what, m.why, m.fix] {
            assert!(!t.vi.is_empty() && !t.en.is_empty(), "{} lacks text", m.code);
        }
        let regimes: Vec<_> = m.basis.iter().map(|b| b.regime).collect();
        assert_eq!(regimes, m.regimes.to_vec(), "{}: one basis per regime it applies in, in order", m.code);
        assert!(m.basis.iter().all(|b| !b.citations.is_empty()), "{} cites no basis under a regime", m.code);
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{} name {}", m.code, m.name);
    }
    assert!(rules().len() >= 30);
}

/// What users see must cite the law itself: never our research notes (`LAW.md`,
/// `LAW-2025.md`), their internal ids (`IP-…`) or paths of ours.
fn internal_reference(text: &str) -> Option<&'static str> {
    ["LAW", "IP-", "shared/", ".md"].into_iter().find(|bad| text.contains(bad))
}

#[test]
fn pages_and_messages_cite_no_internal_note_id_or_path() {
    use quytrinh_diagnostics::Lang;
    let mut failures = Vec::new();
    for rule in rules() {
        let meta = rule.meta();
        for lang in [None, Some(Lang::Vi), Some(Lang::En)] {
            let page = quytrinh_check::docs::page(meta, lang);
            if let Some(bad) = internal_reference(&page) {
                failures.push(format!("{} page ({lang:?}) contains `{bad}`", meta.code));
            }
        }
        for b in meta.basis {
            for c in b.citations {
                for lang in [Lang::Vi, Lang::En] {
                    if let Some(bad) = internal_reference(&c.render(lang)) {
                        failures.push(format!("{} basis contains `{bad}`", meta.code));
                    }
                }
            }
        }
        // The messages and helps a rule really emits, on its invalid example.
        for d in check(&agency_for(meta), &procedure_with(meta.invalid)) {
            let help = format!("{} {}", d.help.vi, d.help.en);
            let labels: String = d.labels.iter().map(|l| format!("{} {} ", l.text.vi, l.text.en)).collect();
            let all = format!("{} {} {help} {labels}", d.message.vi, d.message.en);
            if let Some(bad) = internal_reference(&all) {
                failures.push(format!("{} message contains `{bad}`: {all}", d.code));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn practice_rules_are_warnings_at_most() {
    use quytrinh_check::basis::Kind;
    use quytrinh_diagnostics::Severity;
    for rule in rules() {
        let m = rule.meta();
        let only_practice = m.basis.iter().all(|b| b.citations.iter().all(|c| c.kind == Kind::Practice));
        if only_practice {
            assert!(m.severity != Severity::Error, "{} rests on ISO practice only, so it cannot be an error", m.code);
        }
    }
}
