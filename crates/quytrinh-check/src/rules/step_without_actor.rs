//! QC036 `step-without-actor`: A step has no responsible party.
//!
//! Every step names its responsible unit or role: `by <id>` (a `unit` or `role` of the agency file).

use crate::rules::prelude::*;

pub struct StepWithoutActor;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC036"),
    name: "step-without-actor",
    status: Status::Preview,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D61)
                    .art("19")
                    .cl("6")
                    .pt("b")
                    .note("trách nhiệm từng cơ quan, khi liên thông", "each agency's responsibility, when interconnected"),
                iso("5.3"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118)
                    .art("20")
                    .cl("2")
                    .pt("b")
                    .note("trách nhiệm từng cơ quan, khi liên thông", "each agency's responsibility, when interconnected"),
                iso("5.3"),
            ],
        },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Bước không ghi người chịu trách nhiệm"#, r#"A step has no responsible party"#),
    what: t(
        r#"Mỗi bước ghi đơn vị hoặc chức danh thực hiện: `by <mã>` (một `unit` hoặc `role` của tệp cơ quan)."#,
        r#"Every step names its responsible unit or role: `by <id>` (a `unit` or `role` of the agency file)."#,
    ),
    why: t(
        r#"Không có người chịu trách nhiệm thì không ai bị nhắc khi hồ sơ trễ, và hệ thống điện tử không chuyển được hồ sơ."#,
        r#"Without one, nobody is chased when a dossier is late, and the e-system cannot route it."#,
    ),
    fix: t(r#"Thêm `by <đơn vị hoặc chức danh>`, ví dụ `by cv_qlcn`."#, r#"Add `by <unit or role>`, e.g. `by cv_qlcn`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"              2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by giamdoc 4h
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

impl Rule for StepWithoutActor {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for s in p.steps.iter().filter(|s| !s.syntax.broken) {
            if s.syntax.actor.is_none() {
                // Name this catalogue's own roles, not a sample's.
                let roles: Vec<String> =
                    p.agency.map(|a| cx.cat.agency(a).roles.iter().take(4).map(|r| format!("`{}`", r.id)).collect()).unwrap_or_default();
                let (vi, en) = if roles.is_empty() {
                    ("một đơn vị hoặc chức danh khai báo trong tệp cơ quan".to_string(), "a unit or role of the agency file".to_string())
                } else {
                    (
                        format!("một chức danh của cơ quan, ví dụ {}", roles.join(", ")),
                        format!("one of the agency's roles, e.g. {}", roles.join(", ")),
                    )
                };
                out.emit_with(
                    s.syntax.number.1,
                    Text::new(
                        format!("Bước {} không ghi người thực hiện (`by`)", s.syntax.number.0),
                        format!("Step {} names no responsible party (`by`)", s.syntax.number.0),
                    ),
                    Text::new(
                        format!("Thêm `by <mã>` sau nội dung bước {}, với {vi}.", s.syntax.number.0),
                        format!("Add `by <id>` after the text of step {}, with {en}.", s.syntax.number.0),
                    ),
                );
            }
        }
    }
}
