//! A Vietnamese message is Vietnamese throughout: decimal comma (`1,5 ngày`), dates
//! `dd/mm/yyyy` — never `1.5` or `2020-05-15`.

use quytrinh_check::baseline::{procedure_with, AGENCY};
use quytrinh_check::Config;
use quytrinh_diagnostics::{Diagnostic, FileId};
use quytrinh_model::{lower, LowerOptions, ParsedFile};

fn check(procedure: &str) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut files = Vec::new();
    for (i, (name, text)) in [("agency.qtr", AGENCY), ("procedure.qtr", procedure)].into_iter().enumerate() {
        let (source, d) = quytrinh_syntax::parse(text, FileId(i as u32));
        diags.extend(d);
        files.push(ParsedFile::new(name.to_string(), source));
    }
    let (cat, d) = lower(files, LowerOptions::default());
    diags.extend(d);
    diags.extend(quytrinh_check::run(&cat, &Config::default()));
    diags
}

/// A number with a decimal point (`1.5`) or an ISO date in a Vietnamese text. TTHC codes
/// (`1.004525`) and section numbers are not numbers to write with a comma.
fn english_notation(text: &str) -> Option<String> {
    let b = text.as_bytes();
    for i in 1..b.len().saturating_sub(1) {
        if b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit() {
            let digits_after = b[i + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits_after < 6 {
                return Some(text.to_string());
            }
        }
        if b[i] == b'-' && i >= 4 && b[i - 4..i].iter().all(u8::is_ascii_digit) && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            return Some(text.to_string());
        }
    }
    None
}

#[test]
fn vietnamese_messages_use_the_decimal_comma_and_day_month_year() {
    let cases = [
        // Steps of 3.5 working days against 5: cut 1.5 days (QC033).
        procedure_with(&[]).replace("by cv_qlcn 2.5d", "by cv_qlcn 2d"),
        // Effective before the approving decision and before the latest revision.
        procedure_with(&[("effective", "  effective 2019-01-15")]),
        // A late procedure under the 2025 regime: the dates of the regimes.
        procedure_with(&[("effective", "  effective 2025-08-15")]),
    ];
    let mut seen = 0;
    for text in &cases {
        for d in check(text) {
            seen += 1;
            if let Some(t) = english_notation(&d.message.vi) {
                panic!("{}: {t}", d.code);
            }
        }
    }
    assert!(seen >= 3, "the cases produce findings to read");
}
