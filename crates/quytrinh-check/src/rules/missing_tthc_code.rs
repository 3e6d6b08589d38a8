//! QC013 `missing-tthc-code`: No national TTHC code.
//!
//! The procedure gives the TTHC's national database code (`tthc "1.004525"`).

use crate::rules::prelude::*;

pub struct MissingTthcCode;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC013"),
    name: "missing-tthc-code",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D61).art("36").cl("4").note("quy trình cho từng thủ tục hành chính", "a procedure for each TTHC"),
                law(C01)
                    .art("10")
                    .cl("1")
                    .pt("b")
                    .note("thông tin thủ tục lấy từ Cơ sở dữ liệu quốc gia", "TTHC data taken from the National Database"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("38").cl("1").pt("d").note("quy trình cho từng thủ tục hành chính", "a procedure for each TTHC"),
                law(D118).art("26").cl("2").pt("a").note("Cơ sở dữ liệu quốc gia về thủ tục hành chính", "the National Database on TTHC"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi mã thủ tục hành chính"#, r#"No national TTHC code"#),
    what: t(
        r#"Quy trình phải ghi mã TTHC trên Cơ sở dữ liệu quốc gia (`tthc "1.004525"`)."#,
        r#"The procedure gives the TTHC's national database code (`tthc "1.004525"`)."#,
    ),
    why: t(
        r#"Cổng dịch vụ công dùng mã này để gắn quy trình điện tử với đúng thủ tục."#,
        r#"The portal uses it to attach the electronic workflow to the right TTHC."#,
    ),
    fix: t(r#"Thêm `tthc "<mã>"` lấy từ quyết định công bố thủ tục."#, r#"Add `tthc "<code>"` from the TTHC announcement decision."#),
    invalid: &[(r#"tthc"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingTthcCode {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.tthc.is_none() && !p.syntax.wrote(K::Tthc) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi mã thủ tục hành chính (`tthc`)", "The procedure has no national TTHC code (`tthc`)"),
            );
        }
    }
}
