//! The keyword tables in `docs/language.md` are generated from the one keyword table in
//! the syntax crate. Regenerate with `UPDATE_DOCS=1 cargo test --test language_doc`.

mod common;

use quytrinh_syntax::keywords::Keyword;

fn table() -> String {
    let mut s = String::from("| English | Tiếng Việt | Nghĩa | Meaning |\n|---|---|---|---|\n");
    for kw in Keyword::ALL {
        let (vi, en) = kw.doc();
        s.push_str(&format!(
            "| {} | {} | {vi} | {en} |\n",
            kw.en_forms().iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", "),
            kw.vi_forms().iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", "),
        ));
    }
    s
}

#[test]
fn keyword_tables_match_the_code() {
    let path = common::root().join("docs/language.md");
    let text = std::fs::read_to_string(&path).expect("docs/language.md");
    let (begin, end) = ("<!-- keywords:begin -->\n", "<!-- keywords:end -->");
    let a = text.find(begin).expect("begin marker") + begin.len();
    let b = text.find(end).expect("end marker");
    let fresh = table();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{}{}", &text[..a], fresh, &text[b..]);
        std::fs::write(&path, updated).expect("write");
        return;
    }
    assert_eq!(&text[a..b], fresh, "docs/language.md keywords are stale: run `UPDATE_DOCS=1 cargo test --test language_doc`");
}
