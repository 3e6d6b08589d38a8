//! QC061 `placeholder-text`: A «cần điền: …» placeholder left by `quytrinh new` is still there.
//!
//! `quytrinh new` writes a skeleton whose open points read «cần điền: …»; each one left is
//! reported so that `check` lists what remains to fill in.

use crate::rules::prelude::*;
use quytrinh_syntax::ast::Approval;

pub struct PlaceholderText;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC061"),
    name: "placeholder-text",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01)
                .art("8")
                .cl("3")
                .pt("b")
                .note("kiểm soát hình thức, nội dung trước khi phê duyệt", "form and content checked before approval")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118).art("12").cl("3").note("quy trình chi tiết, rõ ràng", "a detailed, clear procedure")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Còn chỗ «cần điền» chưa điền"#, r#"A «cần điền» placeholder is still there"#),
    what: t(
        r#"Báo mọi văn bản còn chứa «cần điền: …» — các chỗ mà `quytrinh init` và `quytrinh new` để lại cho người soạn điền — trong quy trình và trong cơ quan, quyết định phê duyệt của nó ở tệp cơ quan (mỗi chỗ báo một lần)."#,
        r#"Reports every text still holding «cần điền: …» — the places `quytrinh init` and `quytrinh new` leave for the drafter — in the procedure and in its agency and approving decision in the agency file (each place once)."#,
    ),
    why: t(r#"Quy trình còn chỗ trống không thể trình phê duyệt."#, r#"A procedure with blanks cannot go for approval."#),
    fix: t(r#"Thay «cần điền: …» bằng nội dung thật."#, r#"Replace «cần điền: …» with the real content."#),
    invalid: &[("scope", r#"  scope "«cần điền: các đơn vị, cá nhân áp dụng quy trình»""#)],
    valid: &[],
    context: "",
};

/// The marker `quytrinh new` writes.
pub const MARKER: &str = "«cần điền";

impl Rule for PlaceholderText {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let s = &p.syntax;
        let mut texts: Vec<&Str> = Vec::new();
        texts.extend([&s.tthc, &s.name, &s.field, &s.purpose, &s.scope, &s.place].into_iter().flatten());
        for t in [&s.subjects, &s.conditions, &s.result].into_iter().flatten() {
            texts.extend(t.items.iter());
        }
        for r in &s.revisions {
            for so in [&r.drafted, &r.reviewed, &r.approved].into_iter().flatten() {
                texts.extend([&so.name, &so.position].into_iter().flatten());
            }
        }
        for c in s.references.iter().chain(s.basis.iter()).flat_map(|c| c.items.iter()) {
            texts.extend([&c.number, &c.title].into_iter().flatten());
        }
        texts.extend(s.dossier.iter().flat_map(|d| d.items.iter().map(|i| &i.name)));
        texts.extend(p.steps.iter().filter_map(|st| st.syntax.content.as_ref()));
        texts.extend(s.forms.iter().flat_map(|f| f.defs.iter().flat_map(|d| [&d.name, &d.source].into_iter().flatten())));
        texts.extend(s.records.iter().flat_map(|r| r.items.iter().map(|i| &i.name)));
        // The procedure's approving decision as it names it.
        if let Some(Approval::Decision(d)) = &s.approved_by {
            texts.push(d);
        }
        // Its agency and approving decision in the agency file: every procedure of that agency
        // reports the same places, and the report shows each once.
        if let Some(a) = p.agency {
            let ag = &cx.cat.agency(a).syntax;
            texts.extend([&ag.name, &ag.parent, &ag.address].into_iter().flatten());
        }
        if let Some(d) = p.decision {
            let dec = &cx.cat.decision(d).syntax;
            texts.extend([Some(&dec.number), dec.issuer.as_ref(), dec.title.as_ref()].into_iter().flatten());
        }
        for t in texts {
            // `«` first: a fast character search that almost always fails.
            if let Some(at) = t.value.contains('«').then(|| t.value.find(MARKER)).flatten() {
                let rest = t.value[at..].trim_start_matches(MARKER).trim_start_matches(':');
                let what = rest.split('»').next().unwrap_or(rest).trim().to_string();
                out.emit(t.span, Text::new(format!("Chưa điền: {what}"), format!("Not filled in yet: {what}")));
            }
        }
    }
}
