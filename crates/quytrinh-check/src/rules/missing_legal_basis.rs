//! QC017 `missing-legal-basis`: No legal basis.
//!
//! The `basis` section lists at least one instrument (law, decree, circular, decision).

use crate::rules::prelude::*;

pub struct MissingLegalBasis;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC017"),
    name: "missing-legal-basis",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).art("8").cl("1").pt("b").note("phù hợp với quy định của pháp luật", "in line with the law"),
                law(C01)
                    .art("8")
                    .cl("3")
                    .pt("b")
                    .note("kiểm soát theo văn bản quy phạm pháp luật có liên quan", "checked against the legal documents"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118)
                .art("16")
                .cl("1")
                .note("theo văn bản quy phạm pháp luật đang có hiệu lực", "per the legal documents in force")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa có căn cứ pháp lý"#, r#"No legal basis"#),
    what: t(
        r#"Mục `basis` phải có ít nhất một văn bản (luật, nghị định, thông tư, quyết định)."#,
        r#"The `basis` section lists at least one instrument (law, decree, circular, decision)."#,
    ),
    why: t(
        r#"Căn cứ pháp lý là thành phần công khai của thủ tục và là cơ sở để thẩm định quy trình."#,
        r#"The legal basis is a published TTHC component and the ground on which the procedure is reviewed."#,
    ),
    fix: t(
        r#"Thêm `basis { law "07/2017/QH14" 2017-06-19 "Luật Chuyển giao công nghệ" }`."#,
        r#"Add `basis { law "07/2017/QH14" 2017-06-19 "Law on Technology Transfer" }`."#,
    ),
    invalid: &[(r#"basis"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingLegalBasis {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.basis.as_ref().is_none_or(|b| b.items.is_empty()) && !p.syntax.wrote(K::Basis) {
            let span = p.syntax.basis.as_ref().map(|b| b.span).unwrap_or(p.syntax.code.span);
            out.emit(span, Text::new("Quy trình chưa có căn cứ pháp lý (`basis`)", "The procedure has no legal basis (`basis`)"));
        }
    }
}
