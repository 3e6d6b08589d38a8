//! Nothing lost: a build killed with SIGKILL in the middle leaves every output file either
//! as it was or complete (never half-written), and the next build cleans up after it.

#![cfg(unix)]

mod common;

use std::path::Path;

use common::*;

fn catalogue(dir: &Path, n: usize, variant: &str) {
    std::fs::copy(root().join("examples/agency.qtr"), dir.join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    for i in 0..n {
        let t = text
            .replace("QT-CGCN-02", &format!("QT-K-{i:04}"))
            .replace("2.002249", &format!("2.{:06}", 300_000 + i))
            .replace("Phân công chuyên viên thụ lý", &format!("Phân công chuyên viên thụ lý ({variant})"));
        std::fs::write(dir.join(format!("p{i:04}.qtr")), t).expect("write");
    }
}

fn build(src: &Path, out: &Path) -> std::process::Command {
    let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("quytrinh"));
    c.args(["build", &src.to_string_lossy(), "--emit", "json,html", "--out", &out.to_string_lossy()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    c
}

#[test]
fn a_killed_build_leaves_old_or_complete_files_only() {
    let (old_src, new_src, out, reference) = (
        tempfile::tempdir().expect("tmp"),
        tempfile::tempdir().expect("tmp"),
        tempfile::tempdir().expect("tmp"),
        tempfile::tempdir().expect("tmp"),
    );
    catalogue(old_src.path(), 600, "cũ");
    catalogue(new_src.path(), 600, "mới");
    assert!(build(old_src.path(), out.path()).status().expect("runs").success());
    assert!(build(new_src.path(), reference.path()).status().expect("runs").success());
    let read = |d: &Path, name: &str| std::fs::read(d.join(name)).ok();
    for delay_ms in [60u64, 150, 300] {
        let mut child = build(new_src.path(), out.path()).spawn().expect("starts");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let mut partial = Vec::new();
        for e in std::fs::read_dir(out.path()).expect("out") {
            let name = e.expect("entry").file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue; // a temporary file of the killed run, never an output
            }
            let now = read(out.path(), &name);
            let new = read(reference.path(), &name);
            let old_built =
                now.is_some() && (now == new || now.as_deref().is_some_and(|b| std::str::from_utf8(b).is_ok_and(|s| s.contains("(cũ)"))));
            if !old_built {
                partial.push(name);
            }
        }
        assert!(partial.is_empty(), "after {delay_ms} ms: half-written files {partial:?}");
        // Old files are complete: each JSON still parses.
        for e in std::fs::read_dir(out.path()).expect("out") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "json") && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
                serde_json::from_slice::<serde_json::Value>(&std::fs::read(&p).expect("read"))
                    .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            }
        }
    }
    // The next build takes over the killed builds' stale lock, finishes and removes what they
    // left behind; only its manifest stays hidden there.
    assert!(build(new_src.path(), out.path()).status().expect("runs").success());
    let hidden: Vec<String> = std::fs::read_dir(out.path())
        .expect("out")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') && n != ".quytrinh-manifest")
        .collect();
    assert!(hidden.is_empty(), "temporaries left: {hidden:?}");
}
