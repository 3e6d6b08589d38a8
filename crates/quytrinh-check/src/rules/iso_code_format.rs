//! QC003 `iso-code-format`: The procedure code is not of the form `QT-<unit>-<number>`.
//!
//! The document code should look like `QT-<letters>-<number>`, e.g. `QT-CGCN-01`.

use crate::rules::prelude::*;

pub struct IsoCodeFormat;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC003"),
    name: "iso-code-format",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.2").pt("a").note("số hiệu tài liệu", "reference number")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.2").pt("a").note("số hiệu tài liệu", "reference number")] },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Mã quy trình không theo dạng `QT-<đơn vị>-<số>`"#, r#"The procedure code is not of the form `QT-<unit>-<number>`"#),
    what: t(
        r#"Mã tài liệu của quy trình nên có dạng `QT-<chữ hoa>-<số>`, ví dụ `QT-CGCN-01`."#,
        r#"The document code should look like `QT-<letters>-<number>`, e.g. `QT-CGCN-01`."#,
    ),
    why: t(
        r#"Mã thống nhất giúp kiểm soát tài liệu (ISO 9001 §7.5.3): tìm, phân phối và thu hồi bản lỗi thời."#,
        r#"A uniform code supports document control (ISO 9001 §7.5.3): finding, distributing and withdrawing obsolete copies."#,
    ),
    fix: t(r#"Đổi mã thành dạng `QT-CGCN-01`."#, r#"Rename the code to the form `QT-CGCN-01`."#),
    invalid: &[(r#"code"#, r#"procedure "Quy trình 2" {"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for IsoCodeFormat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let code = &p.syntax.code.value;
        let mut parts = code.split('-');
        let ok = parts.next() == Some("QT") && {
            let rest: Vec<&str> = parts.collect();
            rest.len() >= 2
                && rest[..rest.len() - 1].iter().all(|s| !s.is_empty() && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
                && rest.last().is_some_and(|n| n.len() >= 2 && n.chars().all(|c| c.is_ascii_digit()))
        };
        if !ok {
            out.emit(
                p.syntax.code.span,
                Text::new(
                    format!("Mã quy trình `{code}` không theo dạng `QT-<đơn vị>-<số>`"),
                    format!("The code `{code}` is not of the form `QT-<unit>-<number>`"),
                ),
            );
        }
    }
}
