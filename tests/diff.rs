//! `quytrinh diff`: what changed between two versions of a catalogue, in an officer's words.

mod common;

use common::*;

/// A copy of the examples with: a step inserted, a step re-timed, a step re-assigned, the
/// statutory time cut, a legal basis added; one procedure removed and one new.
fn edited_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    for e in std::fs::read_dir(root().join("examples")).expect("examples").flatten() {
        std::fs::copy(e.path(), dir.path().join(e.file_name())).expect("copy");
    }
    let p = dir.path().join("cgcn-gia-han-sua-doi.qtr");
    let text = std::fs::read_to_string(&p).expect("read")
        .replace("by cv_qlcn 1.5d", "by cv_qlcn 1d")
        .replace("by giamdoc 4h", "by phogd 4h")
        .replace("    8 \"Trả kết quả cho tổ chức, cá nhân\"", "    8 \"Lưu hồ sơ\" by vanthu 2h\n    9 \"Trả kết quả cho tổ chức, cá nhân\"")
        .replace("statutory 5 working_days", "statutory 4 working_days")
        .replace(
            "    circular \"01/2018/TT-VPCP\"",
            "    decree   \"118/2025/NĐ-CP\"  2025-06-16 \"Về thực hiện thủ tục hành chính theo cơ chế một cửa\"\n    circular \"01/2018/TT-VPCP\"",
        );
    std::fs::write(&p, text).expect("write");
    std::fs::remove_file(dir.path().join("shtt-cap-lai-gcn-to-chuc-giam-dinh.qtr")).expect("remove");
    let twin = std::fs::read_to_string(root().join("examples/atbx-cap-lai-giay-phep.qtr")).expect("read");
    std::fs::write(dir.path().join("moi.qtr"), twin.replace("QT-ATBX-02", "QT-ATBX-09").replace("2.009102", "2.009109")).expect("write");
    dir
}

#[test]
fn diff_says_what_changed_per_procedure_and_what_a_decision_lists() {
    let new = edited_copy();
    let n = new.path().to_string_lossy().into_owned();
    let out = run(&["diff", "examples", &n, "--lang", "vi"]);
    assert_eq!(out.status.code(), Some(1), "changes found: exit 1");
    let text = stdout(&out);
    for line in [
        "Sửa đổi QT-CGCN-02",
        "[5.4. Thời gian xử lý] Thời hạn giải quyết: 5 ngày làm việc → 4 ngày làm việc",
        "[5.8. Quy trình xử lý công việc] Bước 4: thời gian 1,5 ngày làm việc → 1 ngày làm việc",
        "[5.8. Quy trình xử lý công việc] Bước 6: người thực hiện Giám đốc Sở → Phó Giám đốc Sở",
        "[5.8. Quy trình xử lý công việc] Thêm bước 8 «Lưu hồ sơ»",
        "[5.1. Cơ sở pháp lý] Bổ sung căn cứ: 118/2025/NĐ-CP",
        "Quy trình ban hành mới:\n  1. QT-ATBX-09",
        "Quy trình bãi bỏ:\n  1. QT-SHTT-02",
        "Tổng số: 1 ban hành mới, 1 sửa đổi, bổ sung, 1 bãi bỏ, 13 không đổi.",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    // An inserted step is one change, not a cascade over the steps after it.
    assert!(!text.contains("Bước 9"), "{text}");
    let json: serde_json::Value = serde_json::from_slice(&run(&["diff", "examples", &n, "--format", "json"]).stdout).expect("json");
    assert_eq!(json["format_version"], "1.0");
    let kinds: Vec<&str> = json["amended"][0]["changes"].as_array().expect("changes").iter().filter_map(|c| c["kind"].as_str()).collect();
    assert_eq!(kinds, ["basis_added", "statutory_time", "internal_time", "step_retimed", "step_reassigned", "step_added"]);
    let annex = stdout(&run(&["diff", "examples", &n, "--format", "annex"]));
    for part in [
        "<h2>I. Quy trình nội bộ ban hành mới</h2>",
        "<h2>II. Quy trình nội bộ sửa đổi, bổ sung</h2>",
        "<th>Mục sửa đổi</th>",
        "<h2>III. Quy trình nội bộ bãi bỏ</h2>",
    ] {
        assert!(annex.contains(part), "{part}");
    }
    // Nothing changed: exit 0.
    let same = run(&["diff", "examples", "examples", "--lang", "vi"]);
    assert_eq!((same.status.code(), stdout(&same)), (Some(0), "Không có thay đổi.\n".to_string()));
}

#[test]
fn diff_against_a_git_revision() {
    let repo = tempfile::tempdir().expect("tmp");
    let cat = repo.path().join("quy-trinh");
    std::fs::create_dir(&cat).expect("mkdir");
    for e in std::fs::read_dir(root().join("examples")).expect("examples").flatten() {
        std::fs::copy(e.path(), cat.join(e.file_name())).expect("copy");
    }
    let git = |args: &[&str]| {
        let ok = std::process::Command::new("git")
            .arg("-C")
            .arg(repo.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "v1"]);
    let p = cat.join("cgcn-gia-han-sua-doi.qtr");
    std::fs::write(&p, std::fs::read_to_string(&p).expect("read").replace("by cv_qlcn 1.5d", "by cv_qlcn 1d")).expect("write");
    let out = run(&["diff", &cat.to_string_lossy(), "--git", "HEAD", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("Step 4: time 1.5 working days → 1 working day"), "{}", stdout(&out));
    let bad = run(&["diff", &cat.to_string_lossy(), "--git", "no-such-rev", "--lang", "en"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("cannot read this version"));
}
