//! A rule's page, rendered from its metadata: what `quytrinh explain` prints and what
//! `docs/rules/<CODE>.md` holds.

use quytrinh_diagnostics::{Lang, Severity};

use crate::baseline::SECTIONS;
use crate::basis;
use quytrinh_model::builtin_forms::{builtin_forms, form_for, renumber_forms};
use quytrinh_model::Regime;

use crate::rule::{regime_text, Example, RuleMeta, Status, T};

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
    // A status or severity in the reader's words, with the value `quytrinh.toml` takes.
    let named = |vi: &str, key: &str| -> String {
        match langs.as_slice() {
            [Lang::Vi] => format!("{vi} (`{key}`)"),
            [Lang::En] => format!("`{key}`"),
            _ => format!("{vi} / `{key}`"),
        }
    };
    let status_vi = match meta.status {
        Status::Stable => "ổn định",
        Status::Preview => "thử nghiệm",
        Status::Deprecated => "sắp bỏ",
        Status::Removed => "đã bỏ",
    };
    let severity_vi = |s: Severity| match s {
        Severity::Error => "lỗi",
        Severity::Warning => "cảnh báo",
        Severity::Info => "thông tin",
    };
    s.push_str(&format!("| {} | {} |\n", h("Trạng thái", "Status"), named(status_vi, meta.status.as_str())));
    let severity = match meta.severity_2025 {
        Some(s25) if s25 != meta.severity => format!(
            "`{}` — {}; `{}` — {}",
            Regime::Circular012018.id(),
            named(severity_vi(meta.severity), meta.severity.as_str()),
            Regime::Decree1182025.id(),
            named(severity_vi(s25), s25.as_str())
        ),
        _ => named(severity_vi(meta.severity), meta.severity.as_str()),
    };
    s.push_str(&format!("| {} | {} |\n", h("Mức mặc định", "Default severity"), severity));
    s.push_str(&format!("| {} | {} |\n", h("Chế độ pháp lý", "Regimes"), regimes));
    s.push_str(&format!("| {} | {} |\n", h("Loại căn cứ", "Kind of basis"), basis_kinds(meta, &h)));
    if let Some(a) = meta.autofix {
        let how = match a {
            quytrinh_diagnostics::Applicability::Safe => h("có — `quytrinh fix`", "yes — `quytrinh fix`"),
            quytrinh_diagnostics::Applicability::Unsafe => h(
                "có, cần người quyết định — `quytrinh fix --unsafe-fixes`",
                "yes, needs a person's decision — `quytrinh fix --unsafe-fixes`",
            ),
        };
        s.push_str(&format!("| {} | {} |\n", h("Sửa tự động", "Automatic fix"), how));
    }
    if meta.unconfirmed {
        s.push_str(&format!(
            "| {} | {} |\n",
            h("Lưu ý", "Note"),
            h(
                "dựa trên điểm chưa được xác nhận từ văn bản pháp luật; có thể tắt trong `quytrinh.toml`",
                "rests on a point not yet confirmed from the legal text; can be turned off in `quytrinh.toml`"
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
    let under_2025 = meta.regimes.contains(&Regime::Decree1182025);
    let names_forms = |t: &str| renumber_forms(t, Regime::Circular012018, Regime::Decree1182025) != t;
    let examples_name_forms = meta.invalid.iter().chain(meta.valid).any(|(_, t)| names_forms(t))
        || (meta.valid.is_empty() && SECTIONS.iter().any(|(k, t)| meta.invalid.iter().any(|(i, _)| i == k) && names_forms(t)));
    // Rules of both regimes show 2018 examples; a 2025-only rule's examples are its own.
    if under_2025 && meta.regimes.contains(&Regime::Circular012018) && (examples_name_forms || names_forms(meta.what.en)) {
        s.push_str(&forms_note(&langs));
    }
    s.push_str(&format!("## {}\n\n{}\n\n", h("Cách sửa", "How to fix"), body(meta.fix)));
    // A 2025-only rule's texts already use Circular 03/2025's numbers.
    if under_2025 && meta.regimes.contains(&Regime::Circular012018) && names_forms(meta.fix.en) {
        let fix25 = regime_text(meta.fix, Regime::Decree1182025);
        let text = langs
            .iter()
            .map(|l| {
                if *l == Lang::Vi {
                    format!("Theo chế độ `decree_118_2025`: {}", fix25.vi)
                } else {
                    format!("Under `decree_118_2025`: {}", fix25.en)
                }
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        s.push_str(&format!("{text}\n\n"));
    }
    s.push_str(&format!("## {}\n\n{}", h("Căn cứ", "Basis"), basis_section(meta, &langs)));
    s
}

/// The examples are written with the Circular 01/2018 form numbers: say which numbers
/// differ under Circular 03/2025, from the two form tables.
fn forms_note(langs: &[Lang]) -> String {
    let (from, to) = (Regime::Circular012018, Regime::Decree1182025);
    let mut vi = Vec::new();
    let mut en = Vec::new();
    for f in builtin_forms(to) {
        let before = form_for(from, f.role).map(|b| b.id);
        if before != Some(f.id) {
            match before {
                Some(b) => {
                    vi.push(format!("{} là `{}` (không phải `{b}`)", f.name, f.id));
                    en.push(format!("{} is `{}` (not `{b}`)", f.name, f.id));
                }
                None => {
                    vi.push(format!("`{}` là {}", f.id, f.name));
                    en.push(format!("`{}` is {}", f.id, f.name));
                }
            }
        }
    }
    langs
        .iter()
        .map(|l| match l {
            Lang::Vi => format!(
                "Các ví dụ viết theo chế độ `circular_01_2018`. Theo chế độ `decree_118_2025` (Thông tư số 03/2025/TT-VPCP): {}.",
                vi.join("; ")
            ),
            Lang::En => {
                format!("The examples follow `circular_01_2018`. Under `decree_118_2025` (Circular 03/2025/TT-VPCP): {}.", en.join("; "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n\n"
}

/// «pháp luật», «thực hành ISO» or both: what kind of text the rule rests on.
fn basis_kinds(meta: &RuleMeta, h: &dyn Fn(&str, &str) -> String) -> String {
    match basis::kinds(meta.basis) {
        (true, true) => h("pháp luật và thực hành ISO", "law and ISO practice"),
        (false, true) => h("thực hành ISO (không phải quy định pháp luật)", "ISO practice (not a legal duty)"),
        _ => h("pháp luật", "law"),
    }
}

/// One paragraph per regime, one line per provision; both languages on the docs page.
fn basis_section(meta: &RuleMeta, langs: &[Lang]) -> String {
    let mut parts = Vec::new();
    for b in meta.basis {
        let title =
            langs.iter().map(|l| if *l == Lang::Vi { b.regime.title_vi() } else { b.regime.title_en() }).collect::<Vec<_>>().join(" / ");
        let mut s = format!("`{}` — {}\n\n", b.regime.id(), title);
        for c in b.citations {
            let line = langs.iter().map(|l| c.render(*l)).collect::<Vec<_>>().join(" / ");
            s.push_str(&format!("- {line}\n"));
        }
        parts.push(s);
    }
    parts.join("\n")
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
