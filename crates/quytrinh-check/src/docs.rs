//! A rule's page, rendered from its metadata: what `quytrinh explain` prints and what
//! `docs/rules/<CODE>.md` holds.

use quytrinh_diagnostics::Lang;

use crate::baseline::SECTIONS;
use crate::rule::{Example, RuleMeta, T};

/// The page in one language (for `quytrinh explain`), or in both (for `docs/rules`).
pub fn page(meta: &RuleMeta, lang: Option<Lang>) -> String {
    let langs: Vec<Lang> = match lang {
        Some(l) => vec![l],
        None => vec![Lang::Vi, Lang::En],
    };
    let h = |vi: &str, en: &str| -> String { langs.iter().map(|l| if *l == Lang::Vi { vi } else { en }).collect::<Vec<_>>().join(" / ") };
    let body = |t: T| -> String { langs.iter().map(|l| if *l == Lang::Vi { t.vi } else { t.en }).collect::<Vec<_>>().join("\n\n") };
    let regimes = meta.regimes.iter().map(|r| format!("`{}`", r.id())).collect::<Vec<_>>().join(", ");
    let mut s = String::new();
    s.push_str(&format!("# {} {}\n\n", meta.code, meta.name));
    s.push_str(&format!("{}\n\n", body(meta.title)));
    s.push_str(&format!("| {} | |\n|---|---|\n", h("Thuộc tính", "Property")));
    s.push_str(&format!("| {} | `{}` |\n", h("Mã", "Code"), meta.code));
    s.push_str(&format!("| {} | `{}` |\n", h("Tên", "Name"), meta.name));
    s.push_str(&format!("| {} | {} |\n", h("Trạng thái", "Status"), meta.status.as_str()));
    s.push_str(&format!("| {} | {} |\n", h("Mức mặc định", "Default severity"), meta.severity.as_str()));
    s.push_str(&format!("| {} | {} |\n", h("Chế độ pháp lý", "Regimes"), regimes));
    s.push_str(&format!("| {} | {} |\n", h("Căn cứ", "Basis"), meta.basis));
    if meta.unconfirmed {
        s.push_str(&format!(
            "| {} | {} |\n",
            h("Lưu ý", "Note"),
            h(
                "dựa trên điểm chưa được xác nhận trong nghiên cứu pháp lý; có thể tắt trong `quytrinh.toml`",
                "rests on a point marked UNCONFIRMED in the legal research; can be turned off in `quytrinh.toml`"
            )
        ));
    }
    s.push('\n');
    s.push_str(&format!("## {}\n\n{}\n\n", h("Kiểm tra gì", "What it checks"), body(meta.what)));
    s.push_str(&format!("## {}\n\n{}\n\n", h("Vì sao quan trọng", "Why it matters"), body(meta.why)));
    s.push_str(&format!("## {}\n\n", h("Ví dụ sai", "Invalid example")));
    s.push_str(&example(meta.invalid, meta.invalid));
    s.push_str(&format!("## {}\n\n", h("Ví dụ đúng", "Valid example")));
    s.push_str(&example(meta.valid, meta.invalid));
    s.push_str(&format!("## {}\n\n{}\n\n", h("Cách sửa", "How to fix"), body(meta.fix)));
    s.push_str(&format!("## {}\n\n{}\n", h("Căn cứ", "Basis"), meta.basis));
    s
}

/// The sections an example sets, as a code block; an empty example shows the baseline
/// text of the sections the other example touches.
fn example(ex: Example, touched: Example) -> String {
    let mut parts = Vec::new();
    let shown: Vec<(&str, &str)> = if ex.is_empty() {
        touched.iter().filter_map(|(k, _)| SECTIONS.iter().find(|(s, _)| s == k).copied()).collect()
    } else {
        ex.to_vec()
    };
    for (key, text) in shown {
        if text.is_empty() {
            parts.push(format!("  # (no `{key}`)"));
        } else {
            parts.push(text.to_string());
        }
    }
    format!("```qtr\nprocedure \"QT-CGCN-02\" {{\n  # …\n{}\n  # …\n}}\n```\n\n", parts.join("\n"))
}
