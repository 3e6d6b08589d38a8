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
            meta.severity.as_str(),
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
    assert!(text.contains("## Invalid example") && text.contains("## How to fix") && text.contains("Điều 18(2)"));
    assert!(!text.contains("Ví dụ sai"), "one language only");
    let vi = common::stdout(&common::run(&["explain", "transfer-time", "--lang", "vi"]));
    assert!(vi.contains("## Ví dụ sai"));
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
