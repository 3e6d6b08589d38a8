//! The diff as text for a person: per procedure, each change as a line of the revision
//! table; then the list an amending decision needs.

use quytrinh_diagnostics::Lang;

use super::{CatalogueDiff, ProcedureLine};

fn title(p: &ProcedureLine) -> String {
    match &p.name {
        Some(n) => format!("{} — {n}", p.code),
        None => p.code.clone(),
    }
}

/// The diff as plain text, Vietnamese or English.
pub fn diff_text(d: &CatalogueDiff, lang: Lang) -> String {
    let vi = lang == Lang::Vi;
    let mut s = String::new();
    if d.is_empty() {
        s.push_str(if vi { "Không có thay đổi.\n" } else { "No changes.\n" });
        return s;
    }
    for a in &d.amended {
        s.push_str(&format!("{} {}\n", if vi { "Sửa đổi" } else { "Amended" }, title(&a.procedure)));
        for c in &a.changes {
            let (section, text) = if vi { (c.section_vi, &c.vi) } else { (c.section_en, &c.en) };
            s.push_str(&format!("  [{section}] {text}\n"));
        }
        s.push('\n');
    }
    let list = |s: &mut String, head: &str, items: &[ProcedureLine]| {
        if !items.is_empty() {
            s.push_str(head);
            s.push('\n');
            for (i, p) in items.iter().enumerate() {
                s.push_str(&format!("  {}. {}\n", i + 1, title(p)));
            }
        }
    };
    if vi {
        list(&mut s, "Quy trình ban hành mới:", &d.new);
        list(&mut s, "Quy trình bãi bỏ:", &d.abolished);
        s.push_str(&format!(
            "Tổng số: {} ban hành mới, {} sửa đổi, bổ sung, {} bãi bỏ, {} không đổi.\n",
            d.new.len(),
            d.amended.len(),
            d.abolished.len(),
            d.unchanged
        ));
    } else {
        list(&mut s, "New procedures:", &d.new);
        list(&mut s, "Abolished procedures:", &d.abolished);
        s.push_str(&format!(
            "In all: {} new, {} amended, {} abolished, {} unchanged.\n",
            d.new.len(),
            d.amended.len(),
            d.abolished.len(),
            d.unchanged
        ));
    }
    s
}
