//! QC016 `missing-field-or-level`: No field or implementing level.
//!
//! The procedure should give its field (`field`) and level (`level province|commune|ministry`).

use crate::rules::prelude::*;

pub struct MissingFieldOrLevel;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC016"),
    name: "missing-field-or-level",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).art("20").note("mã ngành, lĩnh vực", "sector and field code"),
                law(D63).art("8").cl("2").pt("g").note("cơ quan thực hiện thủ tục", "the agency that carries out the TTHC"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("35").cl("1").pt("h").note("mã ngành, lĩnh vực", "sector and field code"),
                law(D63).art("8").cl("2").pt("g").note("cơ quan thực hiện thủ tục", "the agency that carries out the TTHC"),
                law(D118)
                    .art("14")
                    .cl("2")
                    .note("thủ tục thuộc thẩm quyền cấp tỉnh, cấp xã", "TTHC within provincial and commune authority"),
                law(D118).art("38").cl("1").pt("d").note("thủ tục cấp tỉnh, cấp xã", "province- and commune-level TTHC"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi lĩnh vực hoặc cấp thực hiện"#, r#"No field or implementing level"#),
    what: t(
        r#"Quy trình nên ghi lĩnh vực (`field`) và cấp thực hiện (`level province|commune|ministry`)."#,
        r#"The procedure should give its field (`field`) and level (`level province|commune|ministry`)."#,
    ),
    why: t(
        r#"Báo cáo danh mục nhóm theo lĩnh vực; cấp thực hiện quyết định ai phê duyệt quy trình."#,
        r#"The catalogue report groups by field; the level decides who approves the procedure."#,
    ),
    fix: t(r#"Thêm `field "…"` và `level province`."#, r#"Add `field "…"` and `level province`."#),
    invalid: &[(r#"level"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingFieldOrLevel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.field.is_none() && !p.syntax.wrote(K::Field) {
            out.emit(p.syntax.code.span, Text::new("Quy trình chưa ghi lĩnh vực (`field`)", "The procedure has no field (`field`)"));
        }
        if p.syntax.level.is_none() && !p.syntax.wrote(K::Level) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi cấp thực hiện (`level`)", "The procedure has no implementing level (`level`)"),
            );
        }
    }
}
