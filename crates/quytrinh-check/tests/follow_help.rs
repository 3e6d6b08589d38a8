//! Following a help must make its diagnostic go away — under each regime. The helps name
//! forms; under Decree 118/2025 + Circular 03/2025 the control sheet is BM06 and BM05 is
//! the stop notice, so a help that still said BM05 would send the officer round in circles.

use quytrinh_check::baseline::agency_2025;
use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

/// A complete, clean procedure under the 2025 regime (with its approving decision).
const BASELINE_2025: &str = include_str!("baseline_2025.qtr");

fn check(procedure: &str) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    // Since 01/07/2025 tỉnh Hậu Giang is part of thành phố Cần Thơ.
    let agency = agency_2025();
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

/// The first `…` snippet of the (English) help of the diagnostic `code`.
fn help_snippet(diags: &[Diagnostic], code: &str) -> String {
    let d = diags.iter().find(|d| d.code.0 == code).unwrap_or_else(|| panic!("{code} expected, got {diags:#?}"));
    let help = &d.help.en;
    let start = help.find('`').expect("a snippet in the help") + 1;
    let len = help[start..].find('`').expect("closing backtick");
    help[start..start + len].to_string()
}

fn codes(diags: &[Diagnostic]) -> Vec<&'static str> {
    diags.iter().map(|d| d.code.0).collect()
}

const STEP1: &str = r#"    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM06 BM07"#;

#[test]
fn the_2025_baseline_is_clean() {
    let diags = check(BASELINE_2025);
    assert!(diags.is_empty(), "{diags:#?}");
}

#[test]
fn qc039_help_names_the_2025_control_sheet_and_register() {
    let broken = BASELINE_2025.replace(STEP1, &STEP1.replace(" BM06 BM07", ""));
    let diags = check(&broken);
    let snippet = help_snippet(&diags, "QC039");
    assert_eq!(snippet, "issues BM01 BM06 BM07");
    let fixed = broken.replace("issues BM01\n", &format!("{snippet}\n"));
    let after = check(&fixed);
    assert!(!codes(&after).contains(&"QC039"), "{:?}", codes(&after));
}

#[test]
fn qc038_help_gives_a_first_step_that_passes() {
    let broken = BASELINE_2025.replace(STEP1, &STEP1.replace("issues BM01 ", "issues "));
    let diags = check(&broken);
    let snippet = help_snippet(&diags, "QC038");
    let fixed = broken.replace(&STEP1.replace("issues BM01 ", "issues "), &format!("    {snippet}"));
    let after = check(&fixed);
    assert!(!codes(&after).iter().any(|c| ["QC038", "QC039"].contains(c)), "{:?}", codes(&after));
}

#[test]
fn qc043_help_names_the_2025_control_sheet() {
    // Step 2 (one-stop unit) hands over to step 3 (the specialist office) with no sheet.
    let step2 = r#"    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM06"#;
    let step3 = r#"    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM06"#;
    assert!(BASELINE_2025.contains(step2) && BASELINE_2025.contains(step3));
    let broken = BASELINE_2025.replace(step2, &step2.replace("  uses BM06", "")).replace(step3, &step3.replace("  uses BM06", ""));
    let diags = check(&broken);
    let snippet = help_snippet(&diags, "QC043");
    assert_eq!(snippet, "uses BM06");
    let fixed = broken.replace(&step3.replace("  uses BM06", ""), &format!("{} {snippet}", step3.replace("  uses BM06", "")));
    let after = check(&fixed);
    assert!(!codes(&after).contains(&"QC043"), "{:?}", codes(&after));
}

#[test]
fn qc052_help_names_the_2025_control_sheet() {
    let line = r#"    "Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM06"#;
    assert!(BASELINE_2025.contains(line));
    let diags = check(&BASELINE_2025.replace(&format!("{line}\n"), ""));
    let d = diags.iter().find(|d| d.code.0 == "QC052").expect("QC052");
    assert!(d.help.en.contains("BM06") && !d.help.en.contains("BM05"), "{}", d.help.en);
    // Decree 118/2025 does not list the records: under 2025 the rule is practice, a warning.
    assert_eq!(d.severity, quytrinh_diagnostics::Severity::Warning);
}
