//! QC042 `signing-step`: No signing step by a role with authority.
//!
//! At least one step is done by a role with signing authority (`role … signs` in the agency file, e.g. the Director).

use crate::rules::prelude::*;

pub struct SigningStep;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC042"),
    name: "signing-step",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("19").cl("1"), law(D61).art("19").cl("2")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("19").cl("1"), law(D118).art("22").cl("1")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Không có bước ký duyệt của người có thẩm quyền"#, r#"No signing step by a role with authority"#),
    what: t(
        r#"Có ít nhất một bước do chức danh có thẩm quyền ký (`role … signs` trong tệp cơ quan, ví dụ Giám đốc Sở) thực hiện."#,
        r#"At least one step is done by a role with signing authority (`role … signs` in the agency file, e.g. the Director)."#,
    ),
    why: t(
        r#"Kết quả chỉ có giá trị khi người có thẩm quyền ký; quy trình thiếu bước này không hoàn chỉnh."#,
        r#"The result is valid only once someone with authority signs it."#,
    ),
    fix: t(
        r#"Thêm bước `"Ký duyệt" by giamdoc 4h`, hoặc đánh dấu `signs` cho chức danh có thẩm quyền."#,
        r#"Add a step `"Sign" by giamdoc 4h`, or mark the authorised role `signs`."#,
    ),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by tp_qlcn 4h
    7 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    8 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for SigningStep {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // A step whose actor was not found may be the signing one: QM001 says so.
        if p.steps.is_empty() || p.steps.iter().any(|s| s.syntax.actor.is_some() && s.actor.is_none()) {
            return;
        }
        let signs = p.steps.iter().any(|s| matches!(s.actor, Some(Actor::Role(r)) if cx.cat.role(r).signs));
        if !signs {
            let span = p.syntax.steps.as_ref().map(|s| s.span).unwrap_or(p.syntax.code.span);
            out.emit(
                span,
                Text::new("Không bước nào do người có thẩm quyền ký thực hiện", "No step is done by a role with signing authority"),
            );
        }
    }
}
