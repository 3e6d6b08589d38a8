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
        .replacen("\"Thẩm định", "\"Thẩm\u{FFFE}định\u{9B}31m", 1);
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
