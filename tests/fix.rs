//! `quytrinh fix` and `check --fix` end to end: safe fixes by default, unsafe ones on
//! request, `--diff` writes nothing, a file that does not parse is left untouched, the
//! result is fmt-clean and a second run changes nothing.

mod common;

use common::*;

/// A copy of the examples with findings that have fixes: the wrong branch form (safe), a
/// step numbered out of order (safe), the refused branch removed (unsafe), and one file
/// that does not parse.
fn broken_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    for e in std::fs::read_dir(root().join("examples")).expect("examples").flatten() {
        std::fs::copy(e.path(), dir.path().join(e.file_name())).expect("copy");
    }
    let edit = |name: &str, f: &dyn Fn(String) -> String| {
        let p = dir.path().join(name);
        let before = std::fs::read_to_string(&p).expect("read");
        let after = f(before.clone());
        assert_ne!(before, after, "{name} edited");
        std::fs::write(&p, after).expect("write");
    };
    edit("cgcn-gia-han-sua-doi.qtr", &|t| {
        t.replacen("on refused    issues BM03", "on refused    issues BM02", 1).replacen("    5 \"", "    # bước xem xét\n    7 \"", 1)
    });
    edit("atbx-cap-lai-giay-phep.qtr", &|t| t.replacen("    on refused    issues BM03 by cv_mc\n", "", 1));
    edit("khcn-cap-lai-gcn-to-chuc-khcn.qtr", &|t| t.replacen("steps {", "steps {{ \"", 1));
    dir
}

fn read(dir: &tempfile::TempDir, name: &str) -> String {
    std::fs::read_to_string(dir.path().join(name)).expect("read")
}

#[test]
fn diff_previews_and_writes_nothing() {
    let dir = broken_copy();
    let before = read(&dir, "cgcn-gia-han-sua-doi.qtr");
    let o = run(&["fix", dir.path().to_str().expect("utf-8"), "--diff", "--lang", "vi"]);
    assert_eq!(o.status.code(), Some(1), "changes pending: exit 1");
    let out = stdout(&o);
    assert!(out.contains("-    on refused    issues BM02 by cv_mc\n+    on refused    issues BM03 by cv_mc\n"), "{out}");
    assert!(out.contains("-    7 \"") && out.contains("+    5 \""), "{out}");
    assert!(!out.contains("atbx-cap-lai-giay-phep.qtr"), "an unsafe fix is not previewed without --unsafe-fixes: {out}");
    assert_eq!(read(&dir, "cgcn-gia-han-sua-doi.qtr"), before, "--diff writes nothing");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("khcn-cap-lai-gcn-to-chuc-khcn.qtr: có lỗi cú pháp, tệp được giữ nguyên"), "{err}");
    assert!(err.contains("cần người quyết định"), "unsafe fixes are mentioned: {err}");
}

#[test]
fn fix_writes_safe_fixes_keeps_comments_and_is_idempotent() {
    let dir = broken_copy();
    let unparseable = read(&dir, "khcn-cap-lai-gcn-to-chuc-khcn.qtr");
    let untouched = read(&dir, "atbx-cap-lai-giay-phep.qtr");
    let path = dir.path().to_str().expect("utf-8");
    let o = run(&["fix", path, "--lang", "en"]);
    let out = stdout(&o);
    assert!(out.contains("cgcn-gia-han-sua-doi.qtr:68: QC047 Change BM02 to BM03") || out.contains("QC047 Change BM02 to BM03"), "{out}");
    assert!(out.contains("QC037 Renumber the steps"), "{out}");
    let fixed = read(&dir, "cgcn-gia-han-sua-doi.qtr");
    let example = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    // The example back, with the comment kept (which splits the steps' aligned columns).
    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(words(&fixed), words(&example.replacen("    5 \"", "    # bước xem xét\n    5 \"", 1)));
    assert!(fixed.contains("    # bước xem xét\n    5 \"Xem xét"), "{fixed}");
    assert_eq!(read(&dir, "khcn-cap-lai-gcn-to-chuc-khcn.qtr"), unparseable, "a file that does not parse is left as it is");
    assert_eq!(read(&dir, "atbx-cap-lai-giay-phep.qtr"), untouched, "unsafe fixes wait for --unsafe-fixes");
    assert_eq!(o.status.code(), Some(1), "the unparseable file fails the run");

    // Unsafe fixes on request; then a second run finds nothing to do.
    let original = std::fs::read(root().join("examples/khcn-cap-lai-gcn-to-chuc-khcn.qtr")).expect("read");
    std::fs::write(dir.path().join("khcn-cap-lai-gcn-to-chuc-khcn.qtr"), original).expect("restore");
    let o = run(&["fix", path, "--unsafe-fixes", "--lang", "en"]);
    assert!(stdout(&o).contains("QC045 Add the line `on refused issues BM03 by cv_mc`"), "{}", stdout(&o));
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let snapshot: Vec<String> = ["cgcn-gia-han-sua-doi.qtr", "atbx-cap-lai-giay-phep.qtr"].iter().map(|n| read(&dir, n)).collect();
    let o = run(&["fix", path, "--unsafe-fixes", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("Fixed 0 findings in 0 files"), "{}", String::from_utf8_lossy(&o.stderr));
    let again: Vec<String> = ["cgcn-gia-han-sua-doi.qtr", "atbx-cap-lai-giay-phep.qtr"].iter().map(|n| read(&dir, n)).collect();
    assert_eq!(snapshot, again, "applying twice changes nothing");
    // What fix wrote is fmt-clean and check-clean.
    assert_eq!(run(&["fmt", "--check", path]).status.code(), Some(0));
    assert_eq!(run(&["check", path]).status.code(), Some(0));
}

#[test]
fn check_fix_fixes_then_reports_what_is_left() {
    let dir = broken_copy();
    std::fs::remove_file(dir.path().join("khcn-cap-lai-gcn-to-chuc-khcn.qtr")).expect("rm");
    let path = dir.path().to_str().expect("utf-8");
    let o = run(&["check", path, "--fix", "--format", "json"]);
    let found = json_diagnostics(&o);
    assert!(found.iter().all(|f| f.2 != "QC047" && f.2 != "QC037"), "fixed before the check: {found:?}");
    assert!(found.iter().any(|f| f.2 == "QC045"), "the unsafe one is left and reported: {found:?}");
    assert_eq!(o.status.code(), Some(1), "QC045 is an error");
    assert!(String::from_utf8_lossy(&o.stderr).contains("Fixed 2 findings in 1 file"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn json_lists_each_fix() {
    let dir = broken_copy();
    let o = run(&["fix", dir.path().to_str().expect("utf-8"), "--diff", "--format", "json", "--select", "QC047"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["kind"], "quytrinh-fix");
    assert_eq!(v["written"], false);
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 1, "{v:#}");
    assert_eq!(files[0]["fixes"][0]["code"], "QC047");
    assert_eq!(files[0]["fixes"][0]["applicability"], "safe");
    assert_eq!(files[0]["fixes"][0]["title"]["vi"], "Đổi BM02 thành BM03");
    assert_eq!(v["unparseable"][0].as_str().map(|s| s.ends_with("khcn-cap-lai-gcn-to-chuc-khcn.qtr")), Some(true));
}
