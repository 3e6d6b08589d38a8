//! QC012 `effective-before-approval`: Effective before the approving decision.
//!
//! The effective date is not before the approving decision's date.

use crate::rules::prelude::*;

pub struct EffectiveBeforeApproval;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC012"),
    name: "effective-before-approval",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).art("8").cl("3").pt("b"), law(C01).art("8").cl("4")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("12").cl("3"), law(D118).art("8").cl("1").pt("d")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Ngày hiệu lực trước ngày quyết định phê duyệt"#, r#"Effective before the approving decision"#),
    what: t(
        r#"Ngày hiệu lực (`effective`) không được trước ngày của quyết định phê duyệt."#,
        r#"The effective date is not before the approving decision's date."#,
    ),
    why: t(r#"Quy trình chỉ áp dụng được sau khi được phê duyệt."#, r#"A procedure applies only once approved."#),
    fix: t(r#"Sửa ngày hiệu lực cho bằng hoặc sau ngày quyết định."#, r#"Set the effective date on or after the decision date."#),
    invalid: &[
        (r#"effective"#, r#"  effective 2020-05-01"#),
        (
            r#"revision"#,
            r#"  revision 1 2020-05-01 "Ban hành lần đầu" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2020-04-20
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2020-04-24
    approved "Phạm Văn Cường" "Giám đốc Sở"  2020-04-28
  }"#,
        ),
    ],
    valid: &[],
    context: r#""#,
};

impl Rule for EffectiveBeforeApproval {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let (Some(eff), Some(idx)) = (p.syntax.effective, p.decision) else { return };
        let Some(dd) = cx.cat.decision(idx).syntax.date else { return };
        if eff.date < dd.date {
            out.emit(
                eff.span,
                Text::new(
                    format!("Ngày hiệu lực {} trước ngày quyết định phê duyệt {}", eff.date.vi(), dd.date.vi()),
                    format!("Effective {} before the approving decision of {}", eff.date, dd.date),
                ),
            );
        }
    }
}
