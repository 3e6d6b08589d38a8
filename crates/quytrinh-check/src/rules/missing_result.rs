//! QC024 `missing-result`: No result named.
//!
//! The procedure names the TTHC's result (`result "Certificate …"`).

use crate::rules::prelude::*;

pub struct MissingResult;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC024"),
    name: "missing-result",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D63).art("8").cl("2").pt("h")] },
        RegimeBasis { regime: R2025, citations: &[law(D63).art("8").cl("2").pt("h")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi kết quả thực hiện"#, r#"No result named"#),
    what: t(
        r#"Quy trình ghi kết quả của thủ tục (`result "Giấy chứng nhận …"`)."#,
        r#"The procedure names the TTHC's result (`result "Certificate …"`)."#,
    ),
    why: t(
        r#"Kết quả là thành phần bắt buộc và là thứ được trả ở bước cuối."#,
        r#"The result is a mandatory component and what the last step returns."#,
    ),
    fix: t(r#"Thêm `result "<tên giấy tờ kết quả>"`."#, r#"Add `result "<name of the result document>"`."#),
    invalid: &[(r#"result"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingResult {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.result.as_ref().is_none_or(|r| r.items.is_empty()) && !p.syntax.wrote(K::Result) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi kết quả thực hiện (`result`)", "The procedure names no result (`result`)"),
            );
        }
    }
}
