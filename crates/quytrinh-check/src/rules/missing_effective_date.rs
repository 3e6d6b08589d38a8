//! QC004 `missing-effective-date`: No effective date.
//!
//! The procedure states its effective date (`effective`), printed in the document-control header. A draft (`approved_by draft`) is exempt: its date comes with the decision that approves it, and QC009 already reports it.

use crate::rules::prelude::*;

pub struct MissingEffectiveDate;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC004"),
    name: "missing-effective-date",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.2").pt("a").note("ngày của tài liệu", "date of the document")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.2").pt("a").note("ngày của tài liệu", "date of the document")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi ngày hiệu lực"#, r#"No effective date"#),
    what: t(
        r#"Quy trình phải ghi ngày hiệu lực (`effective`), in trên phần kiểm soát tài liệu. Quy trình còn là dự thảo (`approved_by draft`) thì chưa phải ghi: ngày hiệu lực có cùng quyết định phê duyệt, và QC009 đã báo dự thảo."#,
        r#"The procedure states its effective date (`effective`), printed in the document-control header. A draft (`approved_by draft`) is exempt: its date comes with the decision that approves it, and QC009 already reports the draft."#,
    ),
    why: t(r#"Không có ngày hiệu lực thì không biết bản nào đang được áp dụng."#, r#"Without it, nobody knows which version is in force."#),
    fix: t(
        r#"Thêm `effective 2020-05-15` (ngày ký quyết định phê duyệt hoặc ngày áp dụng)."#,
        r#"Add `effective 2020-05-15` (the approval date or the date it applies from)."#,
    ),
    invalid: &[(r#"effective"#, r#""#)],
    valid: &[(r#"effective"#, r#""#), (r#"approved_by"#, r#"  approved_by draft"#)],
    context: r#""#,
};

impl Rule for MissingEffectiveDate {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // A draft's effective date is set by the decision that approves it (QC009).
        let draft = matches!(p.syntax.approved_by, Some(Approval::Draft(_)));
        if p.syntax.effective.is_none() && !p.syntax.wrote(K::Effective) && !draft {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi ngày hiệu lực (`effective`)", "The procedure has no effective date (`effective`)"),
            );
        }
    }
}
