//! Portal JSON: the schema is generated and checked in, every example's output validates
//! against it, output is deterministic whatever the thread count, build → import → build
//! is the identity, and bad input is refused with the JSON path of the problem.

mod common;

use std::path::Path;

use common::*;

fn build(src: &str, out: &Path, threads: &str) -> std::process::Output {
    quytrinh()
        .env("RAYON_NUM_THREADS", threads)
        .args(["build", src, "--emit", "json", "--out", &out.to_string_lossy()])
        .output()
        .expect("runs")
}

/// The files of a folder, but the build manifest (every other hidden file is a leftover).
fn read_dir_sorted(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name() != ".quytrinh-manifest")
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("read")))
        .collect();
    v.sort();
    v
}

#[test]
fn schema_is_checked_in_and_fresh() {
    let out = run(&["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let path = root().join("docs/schema/portal-1.json");
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &out.stdout).expect("write schema");
    }
    let checked_in = std::fs::read(&path).expect("docs/schema/portal-1.json");
    assert!(checked_in == out.stdout, "docs/schema/portal-1.json is stale: run `UPDATE_DOCS=1 cargo test --test portal_json`");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn every_example_output_validates_against_the_schema() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = build("examples", dir.path(), "2");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let schema: serde_json::Value = serde_json::from_slice(&run(&["schema"]).stdout).expect("schema");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let files = read_dir_sorted(dir.path());
    assert_eq!(files.len(), 16, "15 procedures and catalogue.json");
    for (name, bytes) in files {
        let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{e} at {}", e.instance_path())).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
    // A document that breaks the contract is refused by the same validator.
    let broken = serde_json::json!({"format_version": "1.0.0", "kind": "procedure", "code": 7});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn output_is_identical_whatever_the_thread_count() {
    let (a, b) = (tempfile::tempdir().expect("tmp"), tempfile::tempdir().expect("tmp"));
    assert_eq!(build("examples", a.path(), "1").status.code(), Some(0));
    assert_eq!(build("examples", b.path(), "2").status.code(), Some(0));
    assert_eq!(read_dir_sorted(a.path()), read_dir_sorted(b.path()));
}

#[test]
fn build_import_build_is_the_identity() {
    let first = tempfile::tempdir().expect("tmp");
    let imported = tempfile::tempdir().expect("tmp");
    let second = tempfile::tempdir().expect("tmp");
    assert_eq!(build("examples", first.path(), "2").status.code(), Some(0));
    let jsons: Vec<String> =
        read_dir_sorted(first.path()).into_iter().map(|(n, _)| first.path().join(n).to_string_lossy().into_owned()).collect();
    let mut args = vec!["import".to_string()];
    args.extend(jsons);
    args.extend(["--out".to_string(), imported.path().to_string_lossy().into_owned()]);
    let out = quytrinh().args(&args).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let out = build(&imported.path().to_string_lossy(), second.path(), "2");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let (a, b) = (read_dir_sorted(first.path()), read_dir_sorted(second.path()));
    assert_eq!(a.len(), b.len());
    for ((na, ba), (nb, bb)) in a.iter().zip(&b) {
        assert_eq!(na, nb);
        // Content, not provenance: where each item stood in its file (`source`) changes
        // with the canonical layout of the imported file.
        let (va, vb) = (without_source(ba), without_source(bb));
        assert!(va == vb, "{na} differs after the round trip");
    }
    // What `import` wrote is in the canonical layout.
    let fmt = run(&["fmt", "--check", &imported.path().to_string_lossy(), "--lang", "en"]);
    assert_eq!(fmt.status.code(), Some(0), "{}", stdout(&fmt));
}

/// A JSON document with every `source` member removed (and `catalogue.json`'s file lists).
fn without_source(bytes: &[u8]) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                m.remove("source");
                m.remove("source_file");
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    strip(&mut v);
    v
}

fn catalogue_with(procedure_edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    std::fs::write(dir.path().join("p.qtr"), procedure_edit(text)).expect("write");
    dir
}

#[test]
fn build_refuses_a_catalogue_with_errors_and_writes_nothing() {
    let src = catalogue_with(|t| t.replace("by vanthu", "by vanthuu"));
    let out_dir = tempfile::tempdir().expect("tmp");
    let target = out_dir.path().join("out");
    let out = build(&src.path().to_string_lossy(), &target, "2");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("QM001"));
    assert!(!target.exists(), "nothing written");
    let out = quytrinh()
        .args(["build", &src.path().to_string_lossy(), "--out", &target.to_string_lossy(), "--allow-errors"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "still reports failure");
    assert!(target.join("QT-CGCN-02.json").exists(), "written with --allow-errors");
}

/// A refused build stages nothing that outlives it: the good procedures' outputs, rendered
/// while their files were checked, are removed, and what the folder held stays as it was.
#[test]
fn a_refused_build_leaves_an_existing_output_folder_as_it_was() {
    let src = catalogue_with(|t| t);
    let broken = std::fs::read_to_string(src.path().join("p.qtr"))
        .expect("p")
        .replace("QT-CGCN-02", "QT-CGCN-03")
        .replace("by vanthu", "by vanthuu");
    let out_dir = tempfile::tempdir().expect("tmp");
    std::fs::write(out_dir.path().join("old.json"), "{}\n").expect("old output");
    std::fs::write(src.path().join("q.qtr"), broken).expect("broken");
    let out = quytrinh().args(["build", &src.path().to_string_lossy(), "--out", &out_dir.path().to_string_lossy()]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let names: Vec<String> = read_dir_sorted(out_dir.path()).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, vec!["old.json"], "no output and no temporary file of the refused build");
}

#[test]
fn file_names_from_codes_cannot_escape_the_output_folder() {
    let src = catalogue_with(|t| t.replace("procedure \"QT-CGCN-02\"", "procedure \"../../../tmp/evil\""));
    let out_dir = tempfile::tempdir().expect("tmp");
    let target = out_dir.path().join("out");
    let out = quytrinh()
        .args(["build", &src.path().to_string_lossy(), "--out", &target.to_string_lossy(), "--allow-errors"])
        .output()
        .expect("runs");
    assert_ne!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let names: Vec<String> = read_dir_sorted(&target).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, vec!["catalogue.json", "tmp_evil.json"]);
    assert!(!out_dir.path().join("tmp").exists());
}

#[test]
fn import_names_the_json_path_of_a_problem() {
    let dir = tempfile::tempdir().expect("tmp");
    let first = tempfile::tempdir().expect("tmp");
    assert_eq!(build("examples", first.path(), "2").status.code(), Some(0));
    let good = std::fs::read_to_string(first.path().join("QT-CGCN-02.json")).expect("doc");
    let mut doc: serde_json::Value = serde_json::from_str(&good).expect("json");
    doc["steps"][3]["duration_hours"] = serde_json::json!("two days");
    let cases = [
        ("bad-type.json", serde_json::to_string(&doc).expect("json"), "$.steps[3].duration_hours"),
        ("foreign.json", "{\"hello\": \"world\"}".to_string(), "$.format_version"),
        ("future.json", good.replace("\"format_version\": \"1.1.0\"", "\"format_version\": \"2.0.0\""), "$.format_version"),
        ("kind.json", good.replace("\"kind\": \"procedure\"", "\"kind\": \"form\""), "$.kind"),
        ("broken.json", "{\"format_version\": ".to_string(), "$: not valid JSON"),
    ];
    for (name, text, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        let out =
            quytrinh().args(["import", &path.to_string_lossy(), "--out", &dir.path().join("o").to_string_lossy()]).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{name}: {err}");
        assert!(!dir.path().join("o").exists(), "{name}: nothing written");
    }
}

#[test]
fn import_does_not_overwrite_without_force() {
    let first = tempfile::tempdir().expect("tmp");
    assert_eq!(build("examples", first.path(), "2").status.code(), Some(0));
    let doc = first.path().join("QT-CGCN-02.json").to_string_lossy().into_owned();
    let out_dir = tempfile::tempdir().expect("tmp");
    let target = out_dir.path().to_string_lossy().into_owned();
    std::fs::write(out_dir.path().join("cgcn-gia-han-sua-doi.qtr"), "# mine\n").expect("write");
    let out = quytrinh().args(["import", &doc, "--out", &target]).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(out_dir.path().join("cgcn-gia-han-sua-doi.qtr")).expect("kept"), "# mine\n");
    let out = quytrinh().args(["import", &doc, "--out", &target, "--force"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    // Without catalogue.json the agency file is rebuilt from the steps' actors.
    let agency = std::fs::read_to_string(out_dir.path().join("agency.qtr")).expect("agency");
    assert!(agency.contains("unit motcua") && agency.contains("one_stop") && agency.contains("role cv_qlcn"));
}

#[test]
fn a_shorter_channel_time_is_judged_on_its_own() {
    // General 6 working days, online 4, steps 5: within the general time, over the online one.
    let out = tempfile::tempdir().expect("tmp");
    let r = quytrinh()
        .args([
            "build",
            "tests/fixtures/rules/per-channel-statutory.qtr",
            "tests/fixtures/agency.qtr",
            "--emit",
            "json",
            "--allow-errors",
            "--out",
            &out.path().to_string_lossy(),
        ])
        .output()
        .expect("runs");
    // Exit 1: the catalogue has the error; `--allow-errors` writes the documents anyway.
    assert_eq!(r.status.code(), Some(1), "{}", String::from_utf8_lossy(&r.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(out.path().join("QT-CGCN-02.json")).expect("doc")).expect("json");
    let channel =
        |name: &str| doc["channels"].as_array().expect("channels").iter().find(|c| c["channel"] == name).cloned().expect("channel");
    assert_eq!(channel("direct")["within_statutory"], true);
    assert_eq!(channel("direct")["cut_days"], 1.0);
    assert_eq!(channel("online")["within_statutory"], false);
    assert_eq!(channel("online")["cut_days"], -1.0);
    assert_eq!(doc["totals"]["statutory"]["value"], 4.0);
    assert_eq!(doc["totals"]["within_statutory"], false);
}

#[test]
fn reception_exemptions_and_consultations_survive_the_round_trip() {
    // `reception outside_one_stop immediate_result "…"` and `consults …` (portal JSON 1.1.0).
    let src = catalogue_with(|t| {
        t.replace(
            "  statutory",
            "  reception outside_one_stop immediate_result \"Tiếp nhận tại nơi kiểm tra — Quyết định số 797/QĐ-UBND\"\n  statutory",
        )
        .replacen(" by cv_qlcn ", " by cv_qlcn consults \"Sở Tư pháp\" ", 1)
    });
    let first = tempfile::tempdir().expect("tmp");
    let imported = tempfile::tempdir().expect("tmp");
    let second = tempfile::tempdir().expect("tmp");
    let allow = |src: &Path, out: &Path| {
        quytrinh()
            .args(["build", &src.to_string_lossy(), "--emit", "json", "--allow-errors", "--out", &out.to_string_lossy()])
            .output()
            .expect("runs")
    };
    allow(src.path(), first.path());
    let doc = std::fs::read_to_string(first.path().join("QT-CGCN-02.json")).expect("doc");
    let v: serde_json::Value = serde_json::from_str(&doc).expect("json");
    assert_eq!(v["reception"]["outside_one_stop"], true, "{doc}");
    assert_eq!(v["reception"]["immediate_result"], true);
    assert!(v["steps"].as_array().expect("steps").iter().any(|s| s["consults"] == "Sở Tư pháp"), "{doc}");
    let out = quytrinh()
        .args(["import", &first.path().join("QT-CGCN-02.json").to_string_lossy(), "--out", &imported.path().to_string_lossy()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::copy(src.path().join("agency.qtr"), imported.path().join("agency.qtr")).expect("agency");
    allow(imported.path(), second.path());
    let again = std::fs::read_to_string(second.path().join("QT-CGCN-02.json")).expect("doc");
    let w: serde_json::Value = serde_json::from_str(&again).expect("json");
    assert_eq!(v["reception"], w["reception"]);
    let consults = |x: &serde_json::Value| x["steps"].as_array().map(|a| a.iter().map(|s| s["consults"].clone()).collect::<Vec<_>>());
    assert_eq!(consults(&v), consults(&w));
}
