//! Memory of one large procedure: the peak memory of `check` and `build` stays within a
//! small multiple of the largest file (the bound stated in docs/robustness.md).
//!
//! Its own test binary: the peak is read from `getrusage(RUSAGE_CHILDREN)`, the largest of
//! every child this process has waited for, so nothing else may run here.

mod common;

use common::*;

/// Peak resident memory of the largest child waited for so far, in bytes.
#[cfg(target_os = "linux")]
fn children_peak() -> u64 {
    // SAFETY: getrusage fills the struct it is given; zeroed is a valid starting value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) }, 0);
    usage.ru_maxrss as u64 * 1024 // kilobytes on Linux
}

/// A 10 MB procedure file of 200,000 steps (the most a file may hold): checked and built as
/// JSON, HTML and DOCX, the peak stays under 40 times the file (400 MB). It was 3.4 GB for
/// the DOCX before steps were capped at 1,000 per procedure (QS019).
#[cfg(target_os = "linux")]
#[test]
fn the_largest_procedure_builds_within_a_small_multiple_of_its_size() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let start = text.find("  steps {").expect("steps");
    let end = start + text[start..].find("\n  }").expect("end of steps");
    let mut steps = String::from("  steps {\n");
    let mut n = 0;
    while text.len() + steps.len() < 10 * 1024 * 1024 - 4096 {
        n += 1;
        steps.push_str(&format!("    {n} \"Thẩm định hồ sơ\" by cv_qlcn 1h\n"));
    }
    let big = format!("{}{}{}", &text[..start], steps.trim_end(), &text[end..]);
    std::fs::write(dir.path().join("big.qtr"), &big).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let out = dir.path().join("out").to_string_lossy().into_owned();
    let check = run(&["check", &d, "--format", "json"]);
    let codes: Vec<String> = json_diagnostics(&check).into_iter().map(|f| f.2).collect();
    assert!(codes.contains(&"QS019".to_string()), "too many steps reported: {codes:?}");
    let built = run(&["build", &d, "--emit", "json,html,docx", "--allow-errors", "--out", &out]);
    assert!(built.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&built.stderr));
    let peak = children_peak();
    let bound = 40 * big.len() as u64;
    assert!(peak < bound, "peak {} MB over the bound {} MB", peak >> 20, bound >> 20);
}
