//! `docs/rules/<CODE>.md` are generated from the rules' metadata (and, for the other codes,
//! from their pages) and checked in; this test fails when one is stale. Regenerate with `UPDATE_DOCS=1 cargo test --test rule_docs`.

mod common;

use common::root;

#[test]
fn rule_pages_are_up_to_date() {
    let dir = root().join("docs/rules");
    let update = std::env::var_os("UPDATE_DOCS").is_some();
    if update {
        std::fs::create_dir_all(&dir).expect("docs/rules");
    }
    let mut stale = Vec::new();
    let mut index = String::from(
        "# Rules / Quy tắc\n\nGenerated from the rules by `UPDATE_DOCS=1 cargo test --test rule_docs`; do not edit by hand.\n\n| Code | Name | Severity | Status | Title |\n|---|---|---|---|---|\n",
    );
    for rule in quytrinh_check::rules() {
        let meta = rule.meta();
        let page = quytrinh_check::docs::page(meta, None);
        let path = dir.join(format!("{}.md", meta.code));
        index.push_str(&format!(
            "| [{}]({}.md) | `{}` | {} | {} | {} / {} |\n",
            meta.code,
            meta.code,
            meta.name,
            match meta.severity_2025 {
                Some(s25) if s25 != meta.severity => format!("{} ({} 2025)", meta.severity.as_str(), s25.as_str()),
                _ => meta.severity.as_str().to_string(),
            },
            meta.status.as_str(),
            meta.title.vi,
            meta.title.en
        ));
        if update {
            std::fs::write(&path, &page).expect("write page");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(page.as_str()) {
            stale.push(meta.code.0);
        }
    }
    // The other codes (input, syntax, model, configuration) get the same kind of page.
    index.push_str(
        "\n## Other codes / Các mã khác\n\nLỗi phát hiện trước khi chạy các quy tắc: đọc tệp (QI), cách viết (QS), liên kết giữa các tệp (QM), cấu hình và lệnh bỏ qua (QC9xx). / Problems found before the rules run: reading a file (QI), writing (QS), links between files (QM), configuration and suppressions (QC9xx).\n\n| Code | Name | Severity | Title |\n|---|---|---|---|\n",
    );
    let others = quytrinh_syntax::codes::DOCS.iter().chain(quytrinh_model::codes::DOCS).chain(quytrinh_check::META_DOCS);
    for doc in others {
        let page = quytrinh_diagnostics::page(doc, None);
        let path = dir.join(format!("{}.md", doc.code));
        index.push_str(&format!(
            "| [{}]({}.md) | `{}` | {} | {} / {} |\n",
            doc.code,
            doc.code,
            doc.name,
            doc.severity.as_str(),
            doc.vi.replace('|', "\\|"),
            doc.en.replace('|', "\\|")
        ));
        if update {
            std::fs::write(&path, &page).expect("write page");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(page.as_str()) {
            stale.push(doc.code.0);
        }
    }
    let index_path = dir.join("README.md");
    if update {
        std::fs::write(&index_path, &index).expect("write index");
    } else if std::fs::read_to_string(&index_path).ok().as_deref() != Some(index.as_str()) {
        stale.push("README.md");
    }
    assert!(stale.is_empty(), "stale rule pages {stale:?}: run `UPDATE_DOCS=1 cargo test --test rule_docs`");
}

#[test]
fn explain_prints_the_same_page_in_one_language() {
    let out = common::run(&["explain", "QC041", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0));
    let text = common::stdout(&out);
    assert!(text.starts_with("# QC041 transfer-time"));
    assert!(text.contains("## Invalid example") && text.contains("## How to fix"));
    // The basis per regime, as English cites it.
    assert!(text.contains("- Decree 61/2018/NĐ-CP, Art. 18(2)") && text.contains("- Decree 118/2025/NĐ-CP, Art. 18(2)"), "{text}");
    assert!(!text.contains("Ví dụ sai"), "one language only");
    let vi = common::stdout(&common::run(&["explain", "transfer-time", "--lang", "vi"]));
    assert!(vi.contains("## Ví dụ sai"));
    // … and as Vietnamese legal writing cites it: smallest unit first.
    assert!(vi.contains("- Khoản 2 Điều 18 Nghị định 118/2025/NĐ-CP"), "{vi}");
    let syntax = common::stdout(&common::run(&["explain", "QS006", "--lang", "en"]));
    assert!(syntax.contains("unknown-keyword"));
    assert_eq!(common::run(&["explain", "QX999"]).status.code(), Some(2));
}

/// Every code, not only the rules, has a full page: what it means, why, an invalid and a
/// valid example, and how to fix, in the language asked for.
#[test]
fn explain_prints_a_full_page_for_every_code() {
    let model = common::stdout(&common::run(&["explain", "QM001", "--lang", "vi"]));
    assert!(model.starts_with("# QM001 unknown-reference"), "{model}");
    for heading in ["## Ý nghĩa", "## Vì sao quan trọng", "## Ví dụ sai", "## Ví dụ đúng", "## Cách sửa"] {
        assert!(model.contains(heading), "QM001 lacks {heading}");
    }
    assert!(model.contains("by cv_mcc") && !model.contains("## Invalid example"));
    let by_name = common::stdout(&common::run(&["explain", "unterminated-text", "--lang", "en"]));
    assert!(by_name.starts_with("# QS003 unterminated-text") && by_name.contains("## How to fix"), "{by_name}");
    let input = common::stdout(&common::run(&["explain", "qi003", "--lang", "en"]));
    assert!(input.contains("FF FE 70 00"), "the bytes of the invalid example: {input}");
}

#[test]
fn traceability_mentions_every_rule() {
    let text = std::fs::read_to_string(root().join("docs/traceability.md")).expect("docs/traceability.md");
    let missing: Vec<&str> = quytrinh_check::rules().iter().map(|r| r.meta().code.0).filter(|c| !text.contains(c)).collect();
    assert!(missing.is_empty(), "docs/traceability.md does not trace {missing:?}");
}

/// `quytrinh rules --format json` gives each rule's basis per regime as structured
/// citations, and no text of it names our research notes, their ids or our paths.
#[test]
fn rule_json_gives_the_basis_per_regime_and_no_internal_reference() {
    for lang in ["vi", "en"] {
        let out = common::run(&["rules", "--format", "json", "--lang", lang]);
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).expect("utf-8");
        for bad in ["LAW", "IP-", "shared/", ".md"] {
            assert!(!text.contains(bad), "rules JSON ({lang}) contains `{bad}`");
        }
        let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(json["format_version"], "1.2");
        let rules = json["rules"].as_array().expect("rules");
        let qc038 = rules.iter().find(|r| r["code"] == "QC038").expect("QC038");
        let bases = qc038["bases"].as_array().expect("bases");
        assert_eq!(bases.len(), qc038["regimes"].as_array().map(Vec::len).unwrap_or(0), "one basis per regime");
        let b2025 = bases.iter().find(|b| b["regime"] == "decree_118_2025").expect("2025 basis");
        let first = &b2025["citations"][0];
        assert_eq!(first["instrument"], "Nghị định 118/2025/NĐ-CP");
        assert_eq!((first["article"].as_str(), first["clause"].as_str(), first["point"].as_str()), (Some("17"), Some("1"), Some("c")));
        assert_eq!(first["kind"], "law");
        let want = if lang == "vi" {
            "Điểm c khoản 1 Điều 17 Nghị định 118/2025/NĐ-CP"
        } else {
            "Decree 118/2025/NĐ-CP, Art. 17(1)(c)"
        };
        assert_eq!(first["text"], want);
        // A rule that rests on ISO practice says so.
        let qc001 = rules.iter().find(|r| r["code"] == "QC001").expect("QC001");
        assert_eq!(qc001["bases"][0]["citations"][0]["kind"], "practice");
        assert_eq!(qc001["severity"], "warning");
        // Since 1.2: what `quytrinh fix` can do, and the 2025 severity where it differs.
        assert_eq!(qc001["autofix"], serde_json::Value::Null);
        let qc047 = rules.iter().find(|r| r["code"] == "QC047").expect("QC047");
        assert_eq!(qc047["autofix"], "safe");
        let qc058 = rules.iter().find(|r| r["code"] == "QC058").expect("QC058");
        assert_eq!(qc058["autofix"], "unsafe");
        assert!(rules.iter().any(|r| r["severity_2025"].is_string()), "some rule's severity differs under 2025");
    }
}
