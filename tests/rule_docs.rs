//! `docs/rules/<CODE>.md` are generated from the rules' metadata and checked in; this test
//! fails when one is stale. Regenerate with `UPDATE_DOCS=1 cargo test --test rule_docs`.

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

#[test]
fn traceability_mentions_every_rule() {
    let text = std::fs::read_to_string(root().join("docs/traceability.md")).expect("docs/traceability.md");
    let missing: Vec<&str> = quytrinh_check::rules().iter().map(|r| r.meta().code.0).filter(|c| !text.contains(c)).collect();
    assert!(missing.is_empty(), "docs/traceability.md does not trace {missing:?}");
}
