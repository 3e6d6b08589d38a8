//! Output formats carry the same diagnostics; SARIF validates against the official
//! SARIF 2.1.0 schema (vendored in `tests/schemas/`); configuration and suppressions work
//! end to end.

mod common;

use common::*;

const TARGET: &[&str] = &["tests/fixtures/syntax/bad-durations.qtr", "tests/fixtures/agency.qtr"];

fn check(format: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["check"];
    args.extend_from_slice(TARGET);
    args.extend_from_slice(&["--format", format, "--lang", "en"]);
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn sarif_is_valid_against_the_official_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/schemas/sarif-2.1.0-rtm.5.json")).expect("schema")).expect("json");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for target in [TARGET.to_vec(), vec!["examples"]] {
        let mut args = vec!["check"];
        args.extend(target);
        args.extend(["--format", "sarif"]);
        let out = run(&args);
        let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).expect("sarif is JSON");
        let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        let results = sarif["runs"][0]["results"].as_array().expect("results");
        let rules = sarif["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
        for r in results {
            let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
            assert_eq!(rules[i]["id"], r["ruleId"], "ruleIndex points at the rule");
        }
    }
}

#[test]
fn every_format_carries_the_same_diagnostics() {
    let json = json_diagnostics(&check("json", &[]));
    let mut from_json: Vec<(String, usize, String)> = json.iter().map(|d| (d.0.clone(), d.1, d.2.clone())).collect();
    from_json.sort();
    assert!(from_json.len() > 10);

    let sarif: serde_json::Value = serde_json::from_slice(&check("sarif", &[]).stdout).expect("sarif");
    let mut from_sarif: Vec<(String, usize, String)> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let loc = &r["locations"][0]["physicalLocation"];
            (
                loc["artifactLocation"]["uri"].as_str().unwrap_or_default().to_string(),
                loc["region"]["startLine"].as_u64().unwrap_or_default() as usize,
                r["ruleId"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    from_sarif.sort();
    assert_eq!(from_json, from_sarif);

    let github = stdout(&check("github", &[]));
    let mut from_github: Vec<(String, usize, String)> = github
        .lines()
        .map(|l| {
            let command = l.split("::").nth(1).expect("command");
            let props = command.split_once(' ').map(|(_, p)| p).expect("properties");
            let get = |k: &str| props.split(',').find_map(|p| p.strip_prefix(k)).unwrap_or_default().to_string();
            let title = get("title=");
            (get("file="), get("line=").parse().unwrap_or(0), title.split(' ').next().unwrap_or_default().to_string())
        })
        .collect();
    from_github.sort();
    assert_eq!(from_json, from_github);

    let human = stdout(&check("human", &[]));
    for (_, _, code) in &from_json {
        assert!(human.contains(code.as_str()), "human output lacks {code}");
    }
}

#[test]
fn github_annotations_escape_their_data() {
    let out = stdout(&check("github", &[]));
    // The QC001 of bad-durations.qtr is a warning: the ISO section layout is practice, not law.
    let qc001 = out.lines().find(|l| l.contains("bad-durations.qtr") && l.contains("title=QC001")).expect("QC001 annotated");
    assert!(qc001.starts_with("::warning file=tests/fixtures/syntax/bad-durations.qtr,line="), "{qc001}");
    assert!(out.lines().any(|l| l.starts_with("::error file=")), "the errors are annotated too:\n{out}");
    assert!(!out.lines().any(|l| !l.starts_with("::")), "a message broke across lines:\n{out}");
}

#[test]
fn deny_warnings_turns_warnings_into_failure() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    // A draft is only a warning (QC009).
    std::fs::write(dir.path().join("p.qtr"), text.replace("approved_by \"797/QĐ-UBND\"", "approved_by draft")).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let plain = run(&["check", &d, "--format", "json"]);
    assert_eq!(plain.status.code(), Some(0));
    assert!(json_diagnostics(&plain).iter().any(|x| x.2 == "QC009"));
    assert_eq!(run(&["check", &d, "--deny", "warnings"]).status.code(), Some(1));
}

#[test]
fn quytrinh_toml_sets_severities_and_is_itself_checked() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("p.qtr"), text.replace("approved_by \"797/QĐ-UBND\"", "approved_by draft")).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    std::fs::write(dir.path().join("quytrinh.toml"), "[rules]\ndraft-procedure = \"error\"\n").expect("toml");
    let out = run(&["check", &d, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "QC009 raised to error");
    assert!(json_diagnostics(&out).iter().any(|x| x.2 == "QC009" && x.3 == "error"));
    std::fs::write(dir.path().join("quytrinh.toml"), "[rules]\nQC009 = \"off\"\n").expect("toml");
    let out = run(&["check", &d, "--format", "json"]);
    assert!(!json_diagnostics(&out).iter().any(|x| x.2 == "QC009"), "QC009 off");
    std::fs::write(dir.path().join("quytrinh.toml"), "regime = \"circular_2099\"\n[rules]\nQC999 = \"off\"\n").expect("toml");
    let out = run(&["check", &d, "--format", "json"]);
    let bad: Vec<_> = json_diagnostics(&out).into_iter().filter(|x| x.2 == "QC901").collect();
    assert_eq!(bad.len(), 2, "unknown regime and unknown rule: {bad:?}");
    assert!(bad.iter().all(|x| x.0.ends_with("quytrinh.toml")));
}

#[test]
fn suppressions_need_a_reason_a_known_code_and_a_use() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let text = text.replace("  approved_by \"797/QĐ-UBND\"", "  approved_by draft  # quytrinh: allow QC009 -- trình UBND tỉnh trong đợt 3")
        .replace("  effective   2020-05-15", "  effective   2020-05-15  # quytrinh: allow QC004 -- thừa\n  # quytrinh: allow QC999 -- không có mã này\n  # quytrinh: allow-file QC002");
    std::fs::write(dir.path().join("p.qtr"), text).expect("write");
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    let codes: Vec<String> = json_diagnostics(&out).into_iter().map(|x| x.2).filter(|c| c.starts_with("QC9") || c == "QC009").collect();
    assert!(!codes.contains(&"QC009".to_string()), "the draft warning is suppressed: {codes:?}");
    assert!(codes.contains(&"QC903".to_string()), "unused suppression of QC004: {codes:?}");
    assert!(codes.contains(&"QC902".to_string()), "unknown code QC999: {codes:?}");
    assert!(codes.contains(&"QC900".to_string()), "no reason: {codes:?}");
}

/// A finding a procedure's rule reports in the agency file (its address, QC062 and QC065
/// under the 2025 regime) is suppressed by a comment in the agency file, for every
/// procedure, and that comment is not called unused.
#[test]
fn a_suppression_in_the_agency_file_covers_what_procedures_report_there() {
    let dir = tempfile::tempdir().expect("tmp");
    let agency = std::fs::read_to_string(root().join("examples/agency.qtr")).expect("agency");
    for f in ["cgcn-gia-han-sua-doi.qtr", "cgcn-dang-ky-chuyen-giao-cong-nghe.qtr"] {
        let text = std::fs::read_to_string(root().join("examples").join(f)).expect("example");
        assert!(text.contains("\n  effective   2020-05-15\n"), "{f}");
        std::fs::write(
            dir.path().join(f),
            text.replace("\n  effective   2020-05-15\n", "\n  effective   2020-05-15\n  regime      decree_118_2025\n"),
        )
        .expect("write");
    }
    let codes = |agency: &str| {
        std::fs::write(dir.path().join("agency.qtr"), agency).expect("write agency");
        let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
        json_diagnostics(&out).into_iter().filter(|x| x.0.ends_with("agency.qtr")).map(|x| x.2).collect::<Vec<String>>()
    };
    let found = codes(&agency);
    assert!(found.contains(&"QC062".to_string()) && found.contains(&"QC065".to_string()), "the address is reported: {found:?}");
    // QC065 at the address (the line after the comment); QC062, reported at the agency's
    // name with the others as labels, for the whole file.
    let suppressed = format!(
        "# quytrinh: allow-file QC062 -- tên mới chờ quyết định sắp xếp của Ủy ban nhân dân thành phố\n{}",
        agency.replacen("  address ", "  # quytrinh: allow QC065 -- địa chỉ trụ sở chờ quyết định sắp xếp\n  address ", 1)
    );
    assert_ne!(suppressed, agency);
    let found = codes(&suppressed);
    assert!(!found.iter().any(|c| c == "QC062" || c == "QC065" || c == "QC903"), "suppressed, and not called unused: {found:?}");
}

/// Information (the time cut) does not bury errors: one line each, after the errors and
/// warnings, unless `--full-info` asks for the full form. A Vietnamese report is Vietnamese
/// throughout: the help label, and the system's errors with what to do.
#[test]
fn information_comes_last_in_one_line_and_vietnamese_reports_speak_vietnamese() {
    let dir = tempfile::tempdir().expect("tmp");
    for f in ["agency.qtr", "cgcn-gia-han-sua-doi.qtr", "atbx-gia-han-giay-phep.qtr"] {
        std::fs::copy(root().join("examples").join(f), dir.path().join(f)).expect("copy");
    }
    // An error in the file sorted last, so that sorting by file alone would put it after the infos.
    let p = dir.path().join("cgcn-gia-han-sua-doi.qtr");
    let text = std::fs::read_to_string(&p).expect("read");
    std::fs::write(&p, text.replace("by tp_qlcn 4h uses BM05", "by tp_qlc 4h uses BM05")).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let out = stdout(&run(&["check", &d, "--lang", "vi"]));
    let error_at = out.find("QM001").expect("the error");
    let infos: Vec<&str> = out.lines().filter(|l| l.starts_with("☞ QC033 ")).collect();
    assert_eq!(infos.len(), 2, "one line per information: {out}");
    assert!(out.find("☞ QC033").expect("info") > error_at, "information after the errors: {out}");
    assert!(infos.iter().all(|l| l.contains(".qtr:") && l.contains("ngày làm việc")), "{infos:?}");
    assert!(out.contains("  gợi ý: ") && !out.contains("help:"), "the help label in Vietnamese: {out}");
    let full = stdout(&run(&["check", &d, "--lang", "en", "--full-info"]));
    assert!(full.contains("☞ Internal time") && !full.lines().any(|l| l.starts_with("☞ QC033")), "{full}");
    let missing = run(&["check", "/nonexistent/quy-trinh", "--lang", "vi"]);
    assert_eq!(missing.status.code(), Some(2));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(err.contains("không tìm thấy tệp hoặc thư mục; kiểm tra lại đường dẫn"), "{err}");
}
