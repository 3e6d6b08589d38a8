//! `init`, `new`, `completions`, `man`, and the progress bar staying out of non-terminals.

mod common;

use common::*;

#[test]
fn init_creates_a_catalogue_whose_gaps_check_lists_and_never_overwrites() {
    let dir = tempfile::tempdir().expect("tmp");
    let d = dir.path().join("catalogue");
    let ds = d.to_string_lossy().into_owned();
    assert_eq!(run(&["init", &ds]).status.code(), Some(0));
    for f in ["agency.qtr", "quytrinh.toml", "README.md", "qt-mau-01.qtr"] {
        assert!(d.join(f).exists(), "{f}");
    }
    // A fresh catalogue cannot be submitted: every place to fill in is reported (QC061),
    // once, and nothing else is.
    let out = run(&["check", &ds, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let found = json_diagnostics(&out);
    assert!(found.iter().all(|f| f.2 == "QC061"), "{found:?}");
    assert_eq!(found.len(), marks(&d), "each place reported once: {found:?}");
    std::fs::write(d.join("agency.qtr"), "# edited\n").expect("edit");
    assert_eq!(run(&["init", &ds]).status.code(), Some(1), "refuses to overwrite");
    assert_eq!(std::fs::read_to_string(d.join("agency.qtr")).expect("kept"), "# edited\n");
}

/// The places left to fill in (`«cần điền: …»` outside comments) of an `init` catalogue.
fn marks(d: &std::path::Path) -> usize {
    ["agency.qtr", "qt-mau-01.qtr"]
        .iter()
        .flat_map(|f| std::fs::read_to_string(d.join(f)).expect("read").lines().map(str::to_string).collect::<Vec<_>>())
        .filter(|l| !l.trim_start().starts_with('#'))
        .map(|l| l.matches("«cần điền").count())
        .sum()
}

/// Each place `init` leaves to fill in is reported until it is filled in, and a catalogue
/// with every place filled in checks clean.
#[test]
fn every_place_init_leaves_is_reported_until_filled_in() {
    let dir = tempfile::tempdir().expect("tmp");
    let d = dir.path().to_path_buf();
    assert_eq!(run(&["init", &d.to_string_lossy()]).status.code(), Some(0));
    let check = |d: &std::path::Path| json_diagnostics(&run(&["check", &d.to_string_lossy(), "--format", "json"]));
    // What an officer would write in each place.
    let fill = |text: &str| -> String {
        text.replacen("«cần điền: số»/QĐ-UBND", "123/QĐ-UBND", 1)
            .replacen("«cần điền: mã thủ tục»", "1.004525", 1)
            .replacen("«cần điền: tỉnh, thành phố»", "tỉnh Cà Mau", 1)
            .replacen("«cần điền: địa chỉ của Sở»", "Số 1, đường Trần Hưng Đạo, phường 5, tỉnh Cà Mau", 1)
            .replacen("«cần điền: tên thủ tục»", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", 1)
            .replacen("«cần điền: họ tên»", "Nguyễn Văn An", 1)
            .replacen("«cần điền: kết quả»", "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", 1)
    };
    let mut before = check(&d).len();
    assert!(before >= 10, "{before} places");
    loop {
        // Fill in one place (in the agency file first, then the procedure).
        let mut changed = false;
        for f in ["agency.qtr", "qt-mau-01.qtr"] {
            let text = std::fs::read_to_string(d.join(f)).expect("read");
            let filled = fill(&text);
            if filled != text && !changed {
                // Only the first place that `fill` changes: compare line by line.
                let (a, b): (Vec<&str>, Vec<&str>) = (text.lines().collect(), filled.lines().collect());
                let at = a.iter().zip(&b).position(|(x, y)| x != y).expect("a changed line");
                let mut lines: Vec<String> = a.iter().map(|l| l.to_string()).collect();
                lines[at] = b[at].to_string();
                let one = lines.join("\n") + "\n";
                // The decision number is written in both files: fill both at once.
                let other = if f == "agency.qtr" { "qt-mau-01.qtr" } else { "agency.qtr" };
                if b[at].contains("123/QĐ-UBND") {
                    let o = std::fs::read_to_string(d.join(other)).expect("read");
                    std::fs::write(d.join(other), o.replace("«cần điền: số»/QĐ-UBND", "123/QĐ-UBND")).expect("write");
                }
                std::fs::write(d.join(f), one).expect("write");
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let after = check(&d);
        assert!(after.len() < before, "filling a place removes its finding: {after:?}");
        assert_eq!(after.len(), marks(&d), "each place still to fill in is reported: {after:?}");
        before = after.len();
    }
    let last = run(&["check", &d.to_string_lossy(), "--format", "json"]);
    assert_eq!(last.status.code(), Some(0), "{:?}", json_diagnostics(&last));
}

#[test]
fn new_writes_a_skeleton_whose_gaps_check_lists() {
    let dir = tempfile::tempdir().expect("tmp");
    let ds = dir.path().to_string_lossy().into_owned();
    assert_eq!(run(&["init", &ds]).status.code(), Some(0));
    let out =
        run(&["new", "--dir", &ds, "--code", "QT-KHCN-09", "--tthc", "1.004525", "--name", "Cấp \"Giấy\" xác nhận", "--statutory", "10"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("qt-khcn-09.qtr").exists());
    let out = run(&["check", &ds, "--format", "json"]);
    let diags = json_diagnostics(&out);
    let placeholders = diags.iter().filter(|d| d.2 == "QC061").count();
    assert!(placeholders >= 10, "{placeholders} placeholders reported");
    // Nothing but placeholders (and the draft status) is wrong with a fresh skeleton.
    let others: Vec<_> = diags.iter().filter(|d| !["QC061", "QC009", "QC033"].contains(&d.2.as_str())).collect();
    assert!(others.is_empty(), "{others:?}");
    assert_eq!(
        run(&["new", "--dir", &ds, "--code", "QT-KHCN-09", "--tthc", "1.004525", "--name", "x", "--statutory", "10"]).status.code(),
        Some(1)
    ); // What `init` and `new` wrote is in the canonical layout (a long name included).
    let fmt = run(&["fmt", "--check", &ds, "--lang", "en"]);
    assert_eq!(fmt.status.code(), Some(0), "{}{}", stdout(&fmt), String::from_utf8_lossy(&fmt.stderr));
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("quytrinh"), "{shell}");
    }
    let man = stdout(&run(&["man"]));
    assert!(man.contains(".TH quytrinh 1") && man.contains("check"));
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    for i in 0..250 {
        std::fs::write(
            dir.path().join(format!("p{i:03}.qtr")),
            text.replace("QT-CGCN-02", &format!("QT-CGCN-{i:03}")).replace("2.002249", &format!("2.{:06}", 100 + i)),
        )
        .expect("write");
    }
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn watch_checks_again_when_a_file_changes() {
    use std::io::{BufRead, BufReader};
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("p.qtr"), &text).expect("write");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("quytrinh"))
        .args(["check", "--watch", "--lang", "en", &dir.path().to_string_lossy()])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut next_summary = || loop {
        let line = lines.next().expect("output").expect("line");
        if line.starts_with("Checked ") {
            return line;
        }
    };
    assert!(next_summary().contains("0 errors"));
    std::thread::sleep(std::time::Duration::from_millis(700));
    std::fs::write(dir.path().join("p.qtr"), text.replace("by vanthu", "by vanthuu")).expect("edit");
    let second = next_summary();
    let _ = child.kill();
    let _ = child.wait();
    assert!(second.contains("1 error"), "{second}");
}
