//! QC008 `missing-approval`: No approving decision recorded.
//!
//! The procedure records its approving decision (`approved_by "797/QĐ-UBND"`), or `approved_by draft` while it is a draft.

use crate::rules::prelude::*;

pub struct MissingApproval;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC008"),
    name: "missing-approval",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).art("8").cl("3").pt("b").note("Chủ tịch UBND cấp tỉnh phê duyệt", "approved by the provincial Chairman"),
                law(D61).art("36").cl("4"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118)
                    .art("12")
                    .cl("3")
                    .note("quy trình chi tiết trình cấp có thẩm quyền phê duyệt", "a detailed procedure submitted for approval"),
                law(D118).art("38").cl("1").pt("d"),
                law(D118).art("36").cl("5"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi quyết định phê duyệt"#, r#"No approving decision recorded"#),
    what: t(
        r#"Quy trình phải ghi quyết định phê duyệt (`approved_by "797/QĐ-UBND"`), hoặc `approved_by draft` khi còn là dự thảo."#,
        r#"The procedure records its approving decision (`approved_by "797/QĐ-UBND"`), or `approved_by draft` while it is a draft."#,
    ),
    why: t(
        r#"Quy trình nội bộ chỉ được dùng trên Cổng dịch vụ công sau khi Chủ tịch UBND tỉnh phê duyệt (Thông tư 01/2018 Điều 8(3))."#,
        r#"An internal procedure may be used on the public-service portal only once the provincial Chairman has approved it (Circular 01/2018 Art. 8(3))."#,
    ),
    fix: t(
        r#"Thêm `approved_by "<số quyết định>"` (quyết định khai báo trong tệp cơ quan) hoặc `approved_by draft`."#,
        r#"Add `approved_by "<decision number>"` (declared in the agency file) or `approved_by draft`."#,
    ),
    invalid: &[(r#"approved_by"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingApproval {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.approved_by.is_none() && !p.syntax.wrote(K::ApprovedBy) {
            out.emit(
                p.syntax.code.span,
                Text::new(
                    "Quy trình chưa ghi quyết định phê duyệt (`approved_by`)",
                    "The procedure names no approving decision (`approved_by`)",
                ),
            );
        }
    }
}
