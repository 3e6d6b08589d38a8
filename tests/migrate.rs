//! `quytrinh migrate --to decree_118_2025` end to end on the example catalogue: migrate →
//! check → build; the renames file; all or nothing; a second run changes nothing.

mod common;

use common::*;

const MAP: &str = "examples/renames-hau-giang-can-tho.toml";

fn copy_examples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    for e in std::fs::read_dir(root().join("examples")).expect("examples").flatten() {
        if e.path().extension().is_some_and(|x| x == "qtr") {
            std::fs::copy(e.path(), dir.path().join(e.file_name())).expect("copy");
        }
    }
    dir
}

fn snapshot(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read_to_string(e.path()).unwrap_or_default()))
        .collect();
    v.sort();
    v
}

fn migrate(dir: &std::path::Path, extra: &[&str]) -> std::process::Output {
    let map = root().join(MAP);
    let mut args = vec![
        "migrate",
        dir.to_str().expect("utf-8"),
        "--to",
        "decree_118_2025",
        "--date",
        "01/12/2026",
        "--map",
        map.to_str().expect("utf-8"),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn the_example_catalogue_migrates_checks_and_builds() {
    let dir = copy_examples();
    let o = migrate(dir.path(), &["--lang", "vi"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "no error left for a person: {out}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(out.contains("Đã chuyển 15 quy trình"), "{out}");
    assert!(out.contains("QC006"), "the sign-offs of the new revision are the officer's to write: {out}");
    assert!(out.contains("QC058") && out.contains("cần xem lại"), "the stop branch is listed for review: {out}");
    assert!(out.contains("QC062") && out.contains("phường V"), "the old address is listed: {out}");

    let p = std::fs::read_to_string(dir.path().join("cgcn-gia-han-sua-doi.qtr")).expect("read");
    for expected in [
        "regime      decree_118_2025",
        "approved_by draft",
        "revision 2 2026-12-01 \"Cập nhật theo Nghị định 118/2025/NĐ-CP; sửa đổi: ",
        "decree   \"118/2025/NĐ-CP\"  2025-06-09 \"Về thực hiện thủ tục hành chính theo cơ chế một cửa",
        "circular \"03/2025/TT-VPCP\" 2025-09-15",
        "issues BM01 BM06 BM07",
        "closes_after 15 calendar_days",
        "on stopped    issues BM05 by cv_mc",
        "use decree_118_2025",
        "form BM07",
        "place        \"Trung tâm Phục vụ hành chính công thành phố Cần Thơ\"",
        "revision 1 2020-05-15 \"Ban hành lần đầu\"",
    ] {
        assert!(p.contains(expected), "{expected:?} missing in:\n{p}");
    }
    for gone in ["effective", "61/2018/NĐ-CP\"", "use circular_01_2018", "797/QĐ-UBND"] {
        assert!(!p.contains(gone), "{gone:?} left in:\n{p}");
    }
    let agency = std::fs::read_to_string(dir.path().join("agency.qtr")).expect("read");
    assert!(agency.contains("name    \"Sở Khoa học và Công nghệ thành phố Cần Thơ\""), "{agency}");
    assert!(agency.contains("unit motcua   \"Trung tâm Phục vụ hành chính công thành phố Cần Thơ\" one_stop"), "{agency}");
    assert!(agency.contains("issuer \"Ủy ban nhân dân tỉnh Hậu Giang\""), "past decisions keep their issuer: {agency}");

    // Everything migrate wrote is fmt-clean, checks with no error under 2025, and builds.
    let path = dir.path().to_str().expect("utf-8");
    assert_eq!(run(&["fmt", "--check", path]).status.code(), Some(0));
    let check = run(&["check", path, "--format", "json"]);
    let found = json_diagnostics(&check);
    assert!(found.iter().all(|f| f.3 != "error"), "{found:?}");
    let out = tempfile::tempdir().expect("tmp");
    let b = run(&["build", path, "--emit", "json,html,docx", "--out", out.path().to_str().expect("utf-8")]);
    assert_eq!(b.status.code(), Some(0), "{}", String::from_utf8_lossy(&b.stderr));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("QT-CGCN-02.json")).expect("json")).expect("valid");
    assert_eq!(json["regime"], "decree_118_2025", "{json:#}");

    // A second run has nothing to do.
    let before = snapshot(dir.path());
    let again = migrate(dir.path(), &["--lang", "en"]);
    assert!(
        stdout(&again).contains("Migrated 0 procedure(s)") && stdout(&again).contains("15 procedure(s) already under"),
        "{}",
        stdout(&again)
    );
    assert_eq!(snapshot(dir.path()), before, "migrating twice changes nothing");
}

#[test]
fn diff_and_json_write_nothing() {
    let dir = copy_examples();
    let before = snapshot(dir.path());
    let o = migrate(dir.path(), &["--diff"]);
    assert_eq!(o.status.code(), Some(1), "changes pending");
    assert!(stdout(&o).contains("+  approved_by draft"), "{}", stdout(&o));
    assert_eq!(snapshot(dir.path()), before);
    let o = migrate(dir.path(), &["--diff", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["kind"], "quytrinh-migrate");
    assert_eq!(v["written"], false);
    let procedures = v["procedures"].as_array().expect("procedures");
    assert_eq!(procedures.len(), 15);
    let p = procedures.iter().find(|p| p["code"] == "QT-CGCN-02").expect("QT-CGCN-02");
    assert_eq!(p["revision"]["number"], 2);
    assert!(p["revision"]["rows"].as_array().expect("rows").iter().any(|r| r["section"] == "5.1. Cơ sở pháp lý"), "{p:#}");
    assert!(p["todo"].as_array().expect("todo").iter().any(|t| t["code"] == "QC006" && t["line"].as_u64().is_some()), "{p:#}");
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_bad_renames_file_is_refused_with_its_line() {
    let dir = copy_examples();
    let before = snapshot(dir.path());
    let cases = [
        ("[names]\n\"tỉnh Hậu Giang\" = \"thành phố Cần Thơ\"\n\n[agency.sokhcn]\nnam = \"Sở\"\n", ":5:", "nam"),
        ("[names]\n\"tỉnh A\" = \"tỉnh B\"\n\"tỉnh B\" = \"tỉnh A\"\n", ":2:", "tỉnh A → tỉnh B → tỉnh A"),
        ("[agency.soxyz]\nname = \"Sở\"\n", ":1:", "soxyz"),
        ("[agency.sokhcn.units]\nmotcau = \"Trung tâm\"\n", ":2:", "motcau"),
    ];
    for (text, line, word) in cases {
        let map = dir.path().join("renames.toml");
        std::fs::write(&map, text).expect("write");
        let o = run(&[
            "migrate",
            dir.path().to_str().expect("utf-8"),
            "--to",
            "decree_118_2025",
            "--map",
            map.to_str().expect("utf-8"),
            "--lang",
            "vi",
        ]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{err}");
        assert!(err.contains(&format!("renames.toml{line}")) && err.contains(word), "{text}: {err}");
        assert!(err.contains("không tệp nào được ghi"), "{err}");
        std::fs::remove_file(&map).expect("rm");
        assert_eq!(snapshot(dir.path()), before, "{text}");
    }
}

#[test]
fn a_file_that_does_not_parse_stops_everything() {
    let dir = copy_examples();
    let bad = dir.path().join("cgcn-gia-han-sua-doi.qtr");
    let text = std::fs::read_to_string(&bad).expect("read").replacen("steps {", "steps {{ \"", 1);
    std::fs::write(&bad, text).expect("write");
    let before = snapshot(dir.path());
    let o = migrate(dir.path(), &["--lang", "en"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("cgcn-gia-han-sua-doi.qtr") && err.contains("no file was written"), "{err}");
    assert_eq!(snapshot(dir.path()), before, "all or nothing");
}

#[test]
fn a_date_before_the_new_forms_or_past_2100_is_refused() {
    let dir = copy_examples();
    let before = snapshot(dir.path());
    for (date, says) in
        [("30/06/2025", "từ 15/09/2025"), ("14/09/2025", "từ 15/09/2025"), ("31/12/9999", "năm không hợp lý"), ("31/02/2026", "--date")]
    {
        let o = run(&["migrate", dir.path().to_str().expect("utf-8"), "--to", "decree_118_2025", "--date", date, "--lang", "vi"]);
        assert_eq!(o.status.code(), Some(2), "{date}");
        assert!(String::from_utf8_lossy(&o.stderr).contains(says), "{date}: {}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_second_run_says_what_is_left() {
    let dir = copy_examples();
    assert_eq!(migrate(dir.path(), &[]).status.code(), Some(0));
    let o = migrate(dir.path(), &["--lang", "vi"]);
    let out = stdout(&o);
    assert!(!out.contains("Không còn việc nào"), "{out}");
    assert!(out.contains("quytrinh check"), "{out}");
}

#[test]
fn a_renames_folder_or_a_missing_file_is_an_input_error() {
    let dir = copy_examples();
    let folder = dir.path().join("x.toml");
    std::fs::create_dir(&folder).expect("mkdir");
    let o = run(&[
        "migrate",
        dir.path().to_str().expect("utf-8"),
        "--to",
        "decree_118_2025",
        "--map",
        folder.to_str().expect("utf-8"),
        "--lang",
        "vi",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("là một thư mục"), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&["migrate", dir.path().to_str().expect("utf-8"), "--to", "decree_118_2025", "--map", "/khong/co.toml"]);
    assert_eq!(o.status.code(), Some(2));
}
