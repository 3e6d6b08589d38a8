//! QC009 `draft-procedure`: The procedure is still a draft.
//!
//! Flags `approved_by draft`: not yet approved, so it must not be configured in the electronic one-stop system.

use crate::rules::prelude::*;

pub struct DraftProcedure;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC009"),
    name: "draft-procedure",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).art("8").cl("3").pt("b"),
                law(C01).art("8").cl("4").note(
                    "quy trình điện tử xây dựng trên quy trình đã phê duyệt",
                    "the electronic procedure is built from the approved one",
                ),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("12").cl("3"),
                law(D118).art("8").cl("1").pt("d").note("theo đúng quy trình được phê duyệt", "following the approved procedure"),
                law(D118).art("27").cl("3"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Quy trình còn là dự thảo"#, r#"The procedure is still a draft"#),
    what: t(
        r#"Báo cho biết quy trình ghi `approved_by draft`: chưa được phê duyệt nên chưa được cấu hình trên hệ thống một cửa điện tử."#,
        r#"Flags `approved_by draft`: not yet approved, so it must not be configured in the electronic one-stop system."#,
    ),
    why: t(
        r#"Khi trình duyệt cả đợt, CI cần thấy rõ quy trình nào còn là dự thảo."#,
        r#"When a batch goes for approval, CI must show which procedures are still drafts."#,
    ),
    fix: t(
        r#"Khi có quyết định, thay `draft` bằng số quyết định và ghi ngày hiệu lực (`effective`)."#,
        r#"Once the decision is signed, replace `draft` with its number and write the effective date (`effective`)."#,
    ),
    invalid: &[(r#"approved_by"#, r#"  approved_by draft"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for DraftProcedure {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if let Some(Approval::Draft(span)) = &p.syntax.approved_by {
            out.emit(*span, Text::new("Quy trình còn là dự thảo, chưa được phê duyệt", "The procedure is a draft, not yet approved"));
        }
    }
}
