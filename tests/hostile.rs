//! Hostile input: huge files, a million steps, identifiers typed in NFD, annotations that
//! try to break out of their line. Each gets a clear answer; nothing panics.

mod common;

use common::*;

fn catalogue() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    dir
}

#[test]
fn a_one_gigabyte_file_is_refused_without_reading_it() {
    let dir = catalogue();
    let f = std::fs::File::create(dir.path().join("huge.qtr")).expect("create");
    f.set_len(1 << 30).expect("sparse 1 GB");
    let started = std::time::Instant::now();
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    let codes: Vec<String> = json_diagnostics(&out).into_iter().filter(|d| d.0.ends_with("huge.qtr")).map(|d| d.2).collect();
    assert_eq!(codes, vec!["QI005"]);
    assert!(started.elapsed().as_secs() < 20, "the file is not read whole");
    assert!(stdout(&run(&["check", &dir.path().to_string_lossy(), "--lang", "en"])).contains("over 1024 MB"));
}

#[test]
fn a_million_steps_is_refused_with_a_clear_error() {
    let dir = catalogue();
    let mut text = String::from("procedure \"QT-BIG\" {\n  steps {\n");
    for i in 1..=1_000_000 {
        text.push_str(&format!("    {i} \"Bước\" by cv_mc 1h\n"));
    }
    text.push_str("  }\n}\n");
    std::fs::write(dir.path().join("million.qtr"), text).expect("write");
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    let codes: Vec<String> = json_diagnostics(&out).into_iter().filter(|d| d.0.ends_with("million.qtr")).map(|d| d.2).collect();
    assert_eq!(codes, vec!["QI005"]);
}

#[test]
fn identifiers_typed_in_nfd_match_their_nfc_spelling() {
    use unicode_normalization::UnicodeNormalization;
    let dir = catalogue();
    let agency = std::fs::read_to_string(dir.path().join("agency.qtr")).expect("agency");
    // The agency declares a role whose id is written decomposed (as Word sometimes saves).
    let nfd_id: String = "chuyên_viên".nfd().collect();
    std::fs::write(
        dir.path().join("agency.qtr"),
        agency.replace("  role vanthu", &format!("  role {nfd_id} \"Chuyên viên\" in qlcn\n  role vanthu")),
    )
    .expect("write");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("p.qtr"), text.replace("by cv_qlcn", "by chuyên_viên")).expect("write");
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    let unknown: Vec<_> = json_diagnostics(&out).into_iter().filter(|d| d.2 == "QM001").collect();
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn annotations_and_sarif_cannot_be_broken_by_text() {
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let evil = "x\\n::error file=/etc/passwd,line=1::owned %0A \\\" ]]>";
    std::fs::write(dir.path().join("p.qtr"), text.replace("by tp_qlcn 4h uses BM05", &format!("by tp_qlcn 4h uses BM05 {evil}")))
        .expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let github = stdout(&run(&["check", &d, "--format", "github"]));
    assert!(github.lines().all(|l| l.starts_with("::error ") || l.starts_with("::warning ") || l.starts_with("::notice ")), "{github}");
    assert!(!github.lines().any(|l| l.starts_with("::error file=/etc/passwd")), "an injected annotation");
    assert!(github.lines().all(|l| l.contains(&format!("file={d}"))), "every annotation points at the real file");
    let sarif: serde_json::Value =
        serde_json::from_slice(&run(&["check", &d, "--format", "sarif"]).stdout).expect("SARIF stays valid JSON");
    assert!(sarif["runs"][0]["results"].as_array().is_some_and(|r| !r.is_empty()));
}

/// A file that cannot be read while walking a folder: reported with its path (`QI006`,
/// exit 2), and every other file still checked. Permissions cannot make a file unreadable
/// for root (these tests run as root in CI), so the test points a `.qtr` link at a file the
/// kernel refuses to read (`/proc/self/mem` at offset 0 gives an I/O error), and at nothing.
#[cfg(target_os = "linux")]
#[test]
fn unreadable_files_in_a_folder_are_reported_and_the_rest_checked() {
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("ok.qtr"), text).expect("write");
    std::os::unix::fs::symlink("/proc/self/mem", dir.path().join("io-error.qtr")).expect("symlink");
    std::os::unix::fs::symlink(dir.path().join("missing"), dir.path().join("dangling.qtr")).expect("symlink");
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    assert_eq!(out.status.code(), Some(2), "an unreadable file is an I/O failure");
    let found = json_diagnostics(&out);
    for name in ["io-error.qtr", "dangling.qtr"] {
        let codes: Vec<&str> = found.iter().filter(|d| d.0.ends_with(name)).map(|d| d.2.as_str()).collect();
        assert_eq!(codes, vec!["QI006"], "{name}: {found:?}");
    }
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["procedures"], 1, "ok.qtr is still checked");
    assert!(!found.iter().any(|d| d.0.ends_with("ok.qtr") && d.3 == "error"), "{found:?}");
}

/// Make a FIFO (a named pipe) at `path`. Reading one blocks until a writer comes.
#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let status = std::process::Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success());
}

/// A FIFO named `*.qtr` in a catalogue folder, or given as an argument, is reported and
/// skipped by every command that reads files; none of them waits on it.
#[cfg(unix)]
#[test]
fn a_fifo_named_qtr_is_reported_and_skipped_by_every_command() {
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("ok.qtr"), text).expect("write");
    mkfifo(&dir.path().join("pipe.qtr"));
    let d = dir.path().to_string_lossy().into_owned();
    let out_dir = dir.path().join("out");
    let out_s = out_dir.to_string_lossy().into_owned();
    let fifo = dir.path().join("pipe.qtr").to_string_lossy().into_owned();
    let limit = std::time::Duration::from_secs(30);
    for args in [
        vec!["check", d.as_str(), "--lang", "en"],
        vec!["check", fifo.as_str(), "--lang", "en"],
        vec!["fmt", "--check", d.as_str(), "--lang", "en"],
        vec!["fmt", fifo.as_str(), "--lang", "en"],
        vec!["report", d.as_str(), "--lang", "en"],
        vec!["build", d.as_str(), "--emit", "json", "--out", out_s.as_str(), "--lang", "en"],
    ] {
        let out = quytrinh().args(&args).timeout(limit).output().expect("runs");
        assert!(out.status.code().is_some(), "{args:?} was killed: it waited on the FIFO");
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(all.contains("pipe.qtr") && all.contains("not a regular file (FIFO)"), "{args:?}: {all}");
    }
    // The rest of the catalogue is still checked.
    let out = quytrinh().args(["check", &d, "--format", "json"]).timeout(limit).output().expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(report["procedures"], 1, "ok.qtr is still checked");
    let found = json_diagnostics(&out);
    assert_eq!(found.iter().filter(|f| f.0.ends_with("pipe.qtr")).map(|f| f.2.as_str()).collect::<Vec<_>>(), vec!["QI006"]);
}

/// Control characters in texts and comments (ESC sequences that clear the screen, write the
/// clipboard through OSC 52 or hide a link through OSC 8) and the non-characters XML forbids
/// are errors at their exact place, and no output carries them: not the terminal report,
/// not the annotations, not the report table, not a document built with `--allow-errors`.
#[test]
fn control_characters_are_errors_and_never_reach_any_output() {
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let clear = "\u{1B}[2J";
    let clipboard = "\u{1B}]52;c;cm0gLXJmIH4=\u{7}";
    let link = "\u{1B}]8;;http://evil.invalid\u{1B}\\bấm\u{1B}]8;;\u{1B}\\";
    let evil = text
        .replacen("\"Chuyển hồ sơ", &format!("\"{clear}Chuyển hồ sơ{clipboard}"), 1)
        .replacen("procedure", &format!("# {link}\nprocedure"), 1)
        .replacen("\"Thẩm định", "\"Thẩm\u{FFFE}định\u{9B}31m", 1)
        // The procedure's name too: it heads the Mermaid and DOT files (found by fuzzing).
        .replacen("name        \"", "name        \"\u{7}\u{1B}[31m", 1);
    assert_ne!(evil, text);
    let p = dir.path().join("p.qtr");
    std::fs::write(&p, &evil).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let bad = |s: &str| s.chars().any(|c| quytrinh_syntax::chars::is_forbidden(c) && c != '\u{1B}') || s.contains('\u{7}');
    // Every forbidden character is a QS018 error at its own byte.
    let out = run(&["check", &d, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut at: Vec<usize> = report["diagnostics"]
        .as_array()
        .expect("array")
        .iter()
        .filter(|x| x["code"] == "QS018")
        .map(|x| x["range"]["start"]["byte"].as_u64().expect("byte") as usize)
        .collect();
    at.sort();
    let expected: Vec<usize> = evil.char_indices().filter(|(_, c)| quytrinh_syntax::chars::is_forbidden(*c)).map(|(i, _)| i).collect();
    assert_eq!(at, expected, "one error at each control character");
    for lang in ["en", "vi"] {
        for format in ["human", "github"] {
            let o = run(&["check", &d, "--format", format, "--lang", lang]);
            let all = format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
            assert!(!all.contains('\u{1B}') && !bad(&all), "{format} {lang} output carries a control character: {all:?}");
            assert!(all.contains("QS018"), "{all}");
        }
    }
    let table = run(&["report", &d, "--lang", "en"]);
    let csv = run(&["report", &d, "--format", "csv"]);
    for o in [&table, &csv] {
        let all = String::from_utf8_lossy(&o.stdout);
        assert!(!all.contains('\u{1B}') && !bad(&all), "report carries a control character: {all:?}");
    }
    // Built anyway: no document carries them, and the DOCX stays well-formed XML 1.0.
    let out_dir = dir.path().join("out");
    let o = run(&["build", &d, "--emit", "html,docx,mermaid,dot", "--allow-errors", "--out", &out_dir.to_string_lossy()]);
    assert!(o.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&o.stderr));
    let mut seen = 0;
    for entry in walk_files(&out_dir) {
        let bytes = std::fs::read(&entry).expect("read");
        let texts: Vec<String> = if entry.extension().is_some_and(|e| e == "docx") {
            let mut z = zip::ZipArchive::new(std::fs::File::open(&entry).expect("open")).expect("zip");
            (0..z.len())
                .map(|i| {
                    let mut s = String::new();
                    std::io::Read::read_to_string(&mut z.by_index(i).expect("entry"), &mut s).expect("utf-8");
                    s
                })
                .collect()
        } else {
            vec![String::from_utf8(bytes).expect("utf-8")]
        };
        for t in texts {
            assert!(!t.contains('\u{1B}') && !bad(&t), "{} carries a control character", entry.display());
        }
        seen += 1;
    }
    assert!(seen >= 4, "the documents were written");
}

fn walk_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk_files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// A catalogue of the agency file and copies of one example under other codes (each with
/// its own national code, so that only the code matters).
fn catalogue_with_codes(codes: &[&str]) -> tempfile::TempDir {
    let dir = catalogue();
    let example = std::fs::read_to_string(root().join("examples/atbx-cap-lai-giay-phep.qtr")).expect("example");
    for (i, code) in codes.iter().enumerate() {
        let text = example.replace("\"QT-ATBX-02\"", &format!("{code:?}")).replace("2.009102", &format!("2.9{i:05}"));
        std::fs::write(dir.path().join(format!("p{i}.qtr")), text).expect("write");
    }
    dir
}

fn build(dir: &std::path::Path, out: &std::path::Path, emit: &str) -> std::process::Output {
    run(&["build", &dir.to_string_lossy(), "--emit", emit, "--out", &out.to_string_lossy(), "--lang", "en"])
}

/// The output files (not the hidden manifest or lock), sorted.
fn outputs(out: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(out)
        .expect("out")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    v.sort();
    v
}

#[test]
fn a_procedure_code_cannot_replace_an_annex_or_the_catalogue() {
    let dir = catalogue_with_codes(&["annex-550_QD-UBND", "catalogue", "QT-ATBX-02"]);
    let out = tempfile::tempdir().expect("out");
    let o = build(dir.path(), out.path(), "json,html,annex");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = outputs(out.path());
    for f in [
        "annex-550_QD-UBND.html",
        "annex-550_QD-UBND.docx",
        "catalogue.json",
        "procedure-annex-550_QD-UBND.json",
        "procedure-catalogue.json",
        "QT-ATBX-02.json",
    ] {
        assert!(files.contains(&f.to_string()), "{f} missing from {files:?}");
    }
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains(&format!("Wrote {} files", files.len())), "the count is what was written: {said} / {files:?}");
    let catalogue: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("catalogue.json")).expect("catalogue")).expect("json");
    assert_eq!(catalogue["kind"], "catalogue");
}

#[test]
fn codes_differing_only_in_case_and_windows_device_names_get_safe_files() {
    let dir = catalogue_with_codes(&["QT-01", "qt-01", "CON", "lpt1.x"]);
    let out = tempfile::tempdir().expect("out");
    let o = build(dir.path(), out.path(), "json");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let files = outputs(out.path());
    let lower: std::collections::BTreeSet<String> = files.iter().map(|f| f.to_lowercase()).collect();
    assert_eq!(lower.len(), files.len(), "two names differ only in case: {files:?}");
    assert_eq!(files.len(), 5, "{files:?}");
    assert!(files.contains(&"CON_.json".to_string()) && files.contains(&"lpt1_.x.json".to_string()), "{files:?}");
}

#[test]
fn a_second_build_into_the_same_folder_is_refused_while_the_first_runs() {
    let dir = catalogue_with_codes(&["QT-01"]);
    let out = tempfile::tempdir().expect("out");
    // Another build holds the folder: its lock names a live process.
    let mut other = std::process::Command::new("sleep").arg("30").spawn().expect("sleep");
    std::fs::write(out.path().join(".quytrinh.lock"), format!("{}\n", other.id())).expect("lock");
    let o = build(dir.path(), out.path(), "json");
    assert_eq!(o.status.code(), Some(2));
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains(&format!("process {}", other.id())), "{said}");
    assert!(outputs(out.path()).is_empty(), "nothing written");
    let vi = run(&["build", &dir.path().to_string_lossy(), "--out", &out.path().to_string_lossy(), "--lang", "vi"]);
    assert!(String::from_utf8_lossy(&vi.stderr).contains(&format!("tiến trình {}", other.id())));
    // That build was killed: its lock is stale and taken over.
    other.kill().expect("kill");
    other.wait().expect("reaped");
    let o = build(dir.path(), out.path(), "json");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.path().join(".quytrinh.lock").exists(), "the lock is released");
}

#[test]
fn two_builds_at_once_never_fail_with_a_missing_file() {
    let codes: Vec<String> = (0..60).map(|i| format!("QT-{i:03}")).collect();
    let dir = catalogue_with_codes(&codes.iter().map(String::as_str).collect::<Vec<_>>());
    let out = tempfile::tempdir().expect("out");
    let args = |emit: &str| {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("quytrinh"));
        c.args(["build", &dir.path().to_string_lossy(), "--emit", emit, "--out", &out.path().to_string_lossy(), "--lang", "en"]);
        c.stderr(std::process::Stdio::piped());
        c
    };
    let a = args("json,html").spawn().expect("a");
    let b = args("json,html").spawn().expect("b");
    for o in [a.wait_with_output().expect("a"), b.wait_with_output().expect("b")] {
        let said = String::from_utf8_lossy(&o.stderr);
        // Either it built, or it was refused at once naming the other build.
        assert!(o.status.success() || said.contains("in use by another build"), "{said}");
        assert!(!said.contains("No such file"), "{said}");
    }
    assert_eq!(outputs(out.path()).len(), 121);
}

#[test]
fn outputs_of_a_removed_procedure_go_and_files_quytrinh_did_not_write_stay() {
    let dir = catalogue_with_codes(&["QT-01", "QT-02"]);
    let out = tempfile::tempdir().expect("out");
    std::fs::write(out.path().join("notes.json"), "mine").expect("user file");
    assert!(build(dir.path(), out.path(), "json,html").status.success());
    assert!(out.path().join("QT-02.html").exists());
    std::fs::remove_file(dir.path().join("p1.qtr")).expect("remove QT-02");
    let o = build(dir.path(), out.path(), "json,html");
    assert!(o.status.success());
    assert_eq!(outputs(out.path()), vec!["QT-01.html", "QT-01.json", "catalogue.json", "notes.json"]);
    // A build of another kind leaves the JSON alone.
    assert!(build(dir.path(), out.path(), "dot").status.success());
    assert_eq!(outputs(out.path()), vec!["QT-01.dot", "QT-01.html", "QT-01.json", "catalogue.json", "notes.json"]);
}

#[test]
fn build_cat_and_build_dot_slash_cat_name_files_alike() {
    let parent = tempfile::tempdir().expect("tmp");
    let cat = parent.path().join("cat");
    std::fs::create_dir(&cat).expect("cat");
    std::fs::copy(root().join("examples/agency.qtr"), cat.join("agency.qtr")).expect("agency");
    std::fs::copy(root().join("examples/atbx-cap-lai-giay-phep.qtr"), cat.join("p.qtr")).expect("p");
    let mut seen = Vec::new();
    for arg in ["cat", "./cat", "cat/", "./cat/."] {
        let out = parent.path().join(format!("out-{}", seen.len()));
        let o = quytrinh()
            .current_dir(parent.path())
            .args(["build", arg, "--emit", "json", "--out", &out.to_string_lossy()])
            .output()
            .expect("runs");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        seen.push((std::fs::read(out.join("QT-ATBX-02.json")).expect("doc"), std::fs::read(out.join("catalogue.json")).expect("cat")));
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "identical output whatever the spelling of the folder");
    let doc: serde_json::Value = serde_json::from_slice(&seen[0].0).expect("json");
    assert_eq!(doc["source"]["file"], "p.qtr");
}

#[test]
fn english_messages_say_one_file_and_one_error() {
    let dir = catalogue_with_codes(&["QT-01"]);
    let out = tempfile::tempdir().expect("out");
    let o = build(dir.path(), out.path(), "dot");
    assert!(String::from_utf8_lossy(&o.stderr).contains("Wrote 1 file to"), "{}", String::from_utf8_lossy(&o.stderr));
    let text = std::fs::read_to_string(dir.path().join("p0.qtr")).expect("p").replace("agency      sokhcn", "agency      nowhere");
    std::fs::write(dir.path().join("p0.qtr"), text).expect("write");
    let o = build(dir.path(), out.path(), "dot");
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(!said.contains("1 errors") && !said.contains("1 files"), "{said}");
    // fmt: one file to reformat.
    let one = tempfile::tempdir().expect("tmp");
    std::fs::write(one.path().join("p.qtr"), "procedure   \"QT-1\" {\n}\n").expect("write");
    let o = run(&["fmt", "--check", &one.path().to_string_lossy(), "--lang", "en"]);
    let said = String::from_utf8_lossy(&o.stderr);
    assert!(said.contains("1 file would be reformatted, 0 have errors"), "{said}");
}

/// RFC 3986 percent-decoding, as a SARIF viewer does.
fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).expect("hex"));
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// A file saved decomposed (NFD, as Word often does) and with a byte-order mark: every
/// position quytrinh prints — JSON bytes and columns, SARIF, GitHub annotations, the human
/// report's line and column — points into the file as it is on disk.
#[test]
fn positions_point_into_the_decomposed_file_as_written() {
    use unicode_normalization::UnicodeNormalization;
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let written: String = text.replace("by tp_qlcn 4h uses BM05", "by tp_qlc 4h uses BM05").nfd().collect();
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(written.as_bytes());
    std::fs::write(dir.path().join("p.qtr"), &bytes).expect("write");
    let at = written.find("tp_qlc 4h").expect("typo");
    let line = written[..at].matches('\n').count() + 1;
    let line_start = written[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = written[line_start..at].chars().count() + 1;
    let nfc: String = written.nfc().collect();
    assert_ne!(nfc.find("tp_qlc 4h"), Some(at), "the line has decomposed letters before the typo");
    let d = dir.path().to_string_lossy().into_owned();
    let json: serde_json::Value = serde_json::from_slice(&run(&["check", &d, "--format", "json"]).stdout).expect("json");
    let qm001 = json["diagnostics"].as_array().expect("array").iter().find(|x| x["code"] == "QM001").expect("QM001").clone();
    assert_eq!(qm001["range"]["start"]["byte"], at + 3, "byte offset on disk, byte-order mark counted");
    assert_eq!(qm001["range"]["end"]["byte"], at + 3 + "tp_qlc".len());
    assert_eq!((qm001["range"]["start"]["line"].clone(), qm001["range"]["start"]["column"].clone()), (line.into(), column.into()));
    let sarif: serde_json::Value = serde_json::from_slice(&run(&["check", &d, "--format", "sarif"]).stdout).expect("sarif");
    let result = sarif["runs"][0]["results"].as_array().expect("results").iter().find(|r| r["ruleId"] == "QM001").expect("QM001").clone();
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].clone(), region["startColumn"].clone(), region["byteOffset"].clone()),
        (line.into(), column.into(), (at + 3).into())
    );
    let github = stdout(&run(&["check", &d, "--format", "github"]));
    assert!(github.lines().any(|l| l.contains(&format!("line={line},col={column},")) && l.contains("QM001")), "{github}");
    let human = stdout(&run(&["check", &d, "--lang", "en"]));
    assert!(human.contains(&format!("p.qtr:{line}:{column}]")), "{human}");
}

#[test]
fn sarif_uris_are_percent_encoded_and_decode_to_the_file_name() {
    let dir = catalogue();
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let name = "quy trình a%0Ab#1.qtr";
    std::fs::write(dir.path().join(name), text.replace("by tp_qlcn 4h", "by tp_qlc 4h")).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let sarif: serde_json::Value = serde_json::from_slice(&run(&["check", &d, "--format", "sarif"]).stdout).expect("SARIF");
    let uris: Vec<String> = sarif["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].as_str().map(str::to_string))
        .collect();
    let ours: Vec<&String> = uris.iter().filter(|u| u.contains("quy%20tr")).collect();
    assert!(!ours.is_empty(), "{uris:?}");
    for u in ours {
        assert!(u.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)), "not percent-encoded: {u}");
        let decoded = String::from_utf8(percent_decode(u)).expect("UTF-8");
        assert_eq!(decoded, dir.path().join(name).to_string_lossy(), "{u}");
    }
}

/// A portal document of one example procedure, with `source.file` set to `file` and its
/// own code and national code.
fn portal_document(file: &str, code: &str, i: usize) -> serde_json::Value {
    let dir = catalogue_with_codes(&[code]);
    let out = tempfile::tempdir().expect("out");
    assert!(build(dir.path(), out.path(), "json").status.success());
    let name = format!("{}.json", code);
    let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(out.path().join(name)).expect("doc")).expect("json");
    doc["source"]["file"] = serde_json::Value::String(file.to_string());
    if let Some(t) = doc["tthc_code"].as_str().map(|t| format!("{t}{i}")) {
        doc["tthc_code"] = t.into();
    }
    doc
}

#[test]
fn import_names_files_like_build_and_writes_all_or_nothing() {
    let src = tempfile::tempdir().expect("src");
    let hostile = ["../sub/~x\\y\n.qtr", "a/b/c.qtr", "CON.qtr", "Same.qtr", "same.qtr"];
    let mut args = vec!["import".to_string()];
    for (i, file) in hostile.iter().enumerate() {
        let p = src.path().join(format!("{i}.json"));
        std::fs::write(&p, serde_json::to_vec(&portal_document(file, &format!("QT-{i}"), i)).expect("json")).expect("write");
        args.push(p.to_string_lossy().into_owned());
    }
    let out = tempfile::tempdir().expect("out");
    let target = out.path().join("imported");
    args.extend(["--out".into(), target.to_string_lossy().into_owned(), "--lang".into(), "en".into()]);
    let o = quytrinh().args(&args).output().expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut files: Vec<String> =
        std::fs::read_dir(&target).expect("out").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, vec!["CON_.qtr", "Same.qtr", "a_b_c.qtr", "agency.qtr", "same-2.qtr", "sub_x_y.qtr"]);
    // Something in the way of one file (a folder): nothing at all is written, even with --force.
    let again = out.path().join("again");
    std::fs::create_dir_all(again.join("sub_x_y.qtr")).expect("a folder in the way");
    let n = args.len();
    args[n - 3] = again.to_string_lossy().into_owned();
    args.push("--force".into());
    let o = quytrinh().args(&args).output().expect("runs");
    assert_eq!(o.status.code(), Some(2), "{}", String::from_utf8_lossy(&o.stderr));
    let left: Vec<String> =
        std::fs::read_dir(&again).expect("again").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(left, vec!["sub_x_y.qtr"], "nothing written beside the folder in the way");
}

#[test]
fn check_warns_about_codes_that_clash_as_file_names() {
    let dir = catalogue_with_codes(&["CON", "QT-01", "qt-01", "QT-02", "lpt9.v2"]);
    let out = run(&["check", &dir.path().to_string_lossy(), "--format", "json"]);
    let clashes: Vec<String> = json_diagnostics(&out).into_iter().filter(|d| d.2 == "QM009").map(|d| d.0).collect();
    assert_eq!(clashes.len(), 3, "CON, qt-01 and lpt9.v2: {clashes:?}");
    let human = String::from_utf8_lossy(&run(&["check", &dir.path().to_string_lossy(), "--lang", "en"]).stdout).into_owned();
    assert!(human.contains("device name Windows does not allow") && human.contains("only in case"), "{human}");
    assert!(stdout(&run(&["explain", "QM009"])).contains("QM009"));
}

#[cfg(unix)]
#[test]
fn a_fifo_as_lock_or_manifest_does_not_hang_build() {
    let dir = catalogue_with_codes(&["QT-01"]);
    let out = tempfile::tempdir().expect("out");
    for name in [".quytrinh.lock", ".quytrinh-manifest"] {
        mkfifo(&out.path().join(name));
    }
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("quytrinh"))
        .args(["build", &dir.path().to_string_lossy(), "--emit", "json", "--out", &out.path().to_string_lossy()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("runs");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break Some(s);
        }
        if started.elapsed().as_secs() > 30 {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(status.is_some_and(|s| s.success()), "build hung or failed on a FIFO lock or manifest: {status:?}");
    assert!(out.path().join("QT-01.json").exists());
}
