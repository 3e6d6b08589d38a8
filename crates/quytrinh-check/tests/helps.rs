//! Helps speak of the catalogue in front of the officer: its own roles and step numbers,
//! never a sample's (`cv_mc`, `cv_qlcn`, "step 9"), and never ask to replace the text the
//! officer wrote.

use quytrinh_check::baseline::{procedure_with, AGENCY};
use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

/// The sample catalogue with its roles renamed as another department would name them.
fn renamed(text: &str) -> String {
    text.replace("cv_mc", "tiepnhan").replace("cv_qlcn", "chuyenvien").replace("tp_qlcn", "truongphong")
}

fn check(procedure: &str) -> Vec<Diagnostic> {
    let agency = renamed(AGENCY);
    let mut diags = Vec::new();
    let mut files = Vec::new();
    for (i, (name, text)) in [("agency.qtr", agency.as_str()), ("procedure.qtr", procedure)].into_iter().enumerate() {
        let (source, d) = quytrinh_syntax::parse(text, FileId(i as u32));
        diags.extend(d);
        files.push(ParsedFile::new(name.to_string(), source));
    }
    let (cat, d) = lower(files, LowerOptions::default());
    diags.extend(d);
    diags.extend(quytrinh_check::run(&cat, &Config::default()));
    diags
}

#[test]
fn helps_name_the_catalogues_own_roles_and_steps() {
    let base = renamed(&procedure_with(&[]));
    assert!(check(&base).iter().all(|d| d.severity == quytrinh_diagnostics::Severity::Info), "{:#?}", check(&base));
    let step1 = base.lines().find(|l| l.trim_start().starts_with("1 \"")).expect("step 1").to_string();
    let last = base.lines().rev().find(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit())).expect("last step").to_string();
    let cases: Vec<(&str, String)> = vec![
        // Step 1 not at the one-stop unit (QC038).
        ("QC038", base.replace(&step1, &step1.replace("by tiepnhan", "by chuyenvien"))),
        // The last step not at the one-stop unit (QC040): the next number, the own role.
        ("QC040", base.replace(&last, &last.replace("by tiepnhan", "by chuyenvien"))),
        // A step without its actor.
        ("QC036", base.replace(&step1, &step1.replace(" by tiepnhan", ""))),
    ];
    for (code, text) in cases {
        let found = check(&text);
        let d = found.iter().find(|d| d.code.0 == code).unwrap_or_else(|| panic!("{code} expected: {found:#?}"));
        for help in [&d.help.vi, &d.help.en] {
            for sample in ["cv_mc", "cv_qlcn", "tp_qlcn"] {
                assert!(!help.contains(sample), "{code} names the sample's `{sample}`: {help}");
            }
            assert!(
                help.contains("tiepnhan") || help.contains("truongphong") || help.contains("chuyenvien"),
                "{code} names no role of the catalogue: {help}"
            );
        }
    }
}
