//! QC015 `missing-name`: No TTHC name.
//!
//! The procedure gives the TTHC name (`name`) as in the announcement decision.

use crate::rules::prelude::*;

pub struct MissingName;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC015"),
    name: "missing-name",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D63).art("8").cl("2").pt("a"),
                law(C01).art("8").cl("3").pt("b").note("đối chiếu với quyết định công bố", "checked against the announcement decision"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D63).art("8").cl("2").pt("a"),
                law(D118).art("16").cl("1").note("theo quyết định công bố thủ tục hành chính", "as in the TTHC announcement decision"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi tên thủ tục"#, r#"No TTHC name"#),
    what: t(
        r#"Quy trình phải ghi tên thủ tục hành chính (`name`) như trong quyết định công bố."#,
        r#"The procedure gives the TTHC name (`name`) as in the announcement decision."#,
    ),
    why: t(
        r#"Tên thủ tục là thành phần bắt buộc của thủ tục hành chính và là tiêu đề của tài liệu in."#,
        r#"The name is a mandatory TTHC component and the title of the printed document."#,
    ),
    fix: t(r#"Thêm `name "<tên thủ tục>"`."#, r#"Add `name "<TTHC name>"`."#),
    invalid: &[(r#"name"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.name.as_ref().is_none_or(|n| n.value.trim().is_empty()) && !p.syntax.wrote(K::Name) {
            out.emit(p.syntax.code.span, Text::new("Quy trình chưa ghi tên thủ tục (`name`)", "The procedure has no TTHC name (`name`)"));
        }
    }
}
