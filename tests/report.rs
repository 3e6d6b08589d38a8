//! `quytrinh report`: the figures are recomputed here, independently, from the
//! per-procedure portal JSON; every format is a reviewed snapshot; CSV cannot carry a
//! formula and HTML cannot carry markup.

mod common;

use common::*;

fn report(format: &str, lang: &str) -> String {
    let out = run(&["report", "examples", "--format", format, "--lang", lang]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    stdout(&out)
}

#[test]
fn figures_match_an_independent_computation_from_the_portal_json() {
    let dir = tempfile::tempdir().expect("tmp");
    let out = run(&["build", "examples", "--out", &dir.path().to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0));
    // Independent computation: from each procedure document's statutory time and steps.
    let mut cuts: Vec<f64> = Vec::new();
    let mut per_decision: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut n = 0;
    for e in std::fs::read_dir(dir.path()).expect("dir") {
        let path = e.expect("entry").path();
        // The catalogue and the build's hidden manifest are not procedure documents.
        if path.file_name().is_some_and(|f| f == "catalogue.json" || f.to_string_lossy().starts_with('.')) {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).expect("read")).expect("json");
        n += 1;
        let hours: f64 = doc["steps"].as_array().expect("steps").iter().map(|s| s["duration_hours"].as_f64().expect("timed")).sum();
        let general =
            doc["statutory_times"].as_array().expect("times").iter().find(|t| t["channel"].is_null()).expect("a general statutory time");
        let decision = doc["approval"]["decision"]["number"].as_str().unwrap_or("").to_string();
        let entry = per_decision.entry(decision).or_default();
        entry.0 += 1;
        if general["time"]["unit"] == "working_days" {
            let cut = general["time"]["value"].as_f64().expect("days") - hours / 8.0;
            if cut > 1e-9 {
                cuts.push(cut);
                entry.1 += 1;
            }
        }
    }
    let r: serde_json::Value = serde_json::from_str(&report("json", "en")).expect("report json");
    let c = &r["catalogue"];
    assert_eq!(c["procedures"].as_u64(), Some(n as u64));
    assert_eq!(c["cut_count"].as_u64(), Some(cuts.len() as u64));
    assert_eq!(c["cut_share_percent"].as_f64(), Some((cuts.len() as f64 / n as f64 * 1000.0).round() / 10.0));
    let min = cuts.iter().copied().fold(f64::MAX, f64::min);
    let max = cuts.iter().copied().fold(f64::MIN, f64::max);
    let sum: f64 = cuts.iter().sum();
    assert_eq!(c["cut_min_days"].as_f64(), Some(min));
    assert_eq!(c["cut_max_days"].as_f64(), Some(max));
    assert!((c["days_saved_total"].as_f64().expect("saved") - sum).abs() < 1e-6);
    assert!((c["cut_mean_days"].as_f64().expect("mean") - (sum / cuts.len() as f64 * 100.0).round() / 100.0).abs() < 1e-6);
    for g in r["by_decision"].as_array().expect("groups") {
        let key = g["key"].as_str().expect("key").to_string();
        let (count, cut) = per_decision[&key];
        assert_eq!(g["procedures"].as_u64(), Some(count as u64), "{key}");
        assert_eq!(g["cut_count"].as_u64(), Some(cut as u64), "{key}");
    }
    let headline = r["headline_en"].as_str().expect("headline");
    assert!(headline.contains(&format!("for {} of {n} TTHC", cuts.len())), "{headline}");
}

#[test]
fn every_format_matches_its_snapshot() {
    for (format, lang) in [("table", "vi"), ("table", "en"), ("json", "en"), ("csv", "en"), ("html", "vi")] {
        insta::assert_snapshot!(format!("report__{format}_{lang}"), report(format, lang));
    }
}

#[test]
fn csv_and_html_neutralise_hostile_names() {
    let dir = tempfile::tempdir().expect("tmp");
    std::fs::copy(root().join("examples/agency.qtr"), dir.path().join("agency.qtr")).expect("agency");
    let text = std::fs::read_to_string(root().join("examples/cgcn-gia-han-sua-doi.qtr")).expect("example");
    let hostile = "=HYPERLINK(\\\"http://evil.invalid\\\",\\\"x\\\") <script>alert(1)</script>";
    let text = text.replacen("  name        \"Cấp Giấy chứng nhận", &format!("  name        \"{hostile} Cấp Giấy chứng nhận"), 1);
    std::fs::write(dir.path().join("p.qtr"), text).expect("write");
    let d = dir.path().to_string_lossy().into_owned();
    let csv = stdout(&run(&["report", &d, "--format", "csv"]));
    let line = csv.lines().nth(1).expect("a data line");
    assert!(line.contains(",\"'=HYPERLINK(\"\"http://evil.invalid\"\""), "{line}");
    for cell in line.split(',') {
        assert!(!cell.trim_start_matches('"').starts_with(['=', '+', '@']), "{cell}");
    }
    let html = stdout(&run(&["report", &d, "--format", "html"]));
    assert!(!html.contains("<script>"), "markup survived");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

/// The catalogue report is a Vietnamese document: table and CSV are Vietnamese unless
/// `--lang en` asks otherwise.
#[test]
fn the_report_is_vietnamese_by_default() {
    let table = stdout(&run(&["report", "examples"]));
    assert!(table.starts_with("Quy trình nội bộ của 15 TTHC"), "{table}");
    let csv = stdout(&run(&["report", "examples", "--format", "csv"]));
    assert!(csv.trim_start_matches('\u{feff}').starts_with("ma_quy_trinh,"), "{csv}");
    let en = stdout(&run(&["report", "examples", "--lang", "en"]));
    assert!(en.starts_with("Internal procedures for 15 TTHC"), "{en}");
}
