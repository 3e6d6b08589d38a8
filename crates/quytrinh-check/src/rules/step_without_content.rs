//! QC035 `step-without-content`: A step has no content.
//!
//! Every step states its work in quotes right after its number.

use crate::rules::prelude::*;

pub struct StepWithoutContent;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC035"),
    name: "step-without-content",
    status: Status::Preview,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D61).art("19").cl("6").pt("a").note("nội dung công việc, khi liên thông", "content of work, when interconnected"),
                iso("4.4.1"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118)
                .art("12")
                .cl("3")
                .note("quy trình chi tiết, rõ ràng, các bước thực hiện", "a detailed, clear procedure and its steps")],
        },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Bước không ghi nội dung công việc"#, r#"A step has no content"#),
    what: t(
        r#"Mỗi bước ghi nội dung công việc trong ngoặc kép ngay sau số thứ tự."#,
        r#"Every step states its work in quotes right after its number."#,
    ),
    why: t(
        r#"Cột «Trình tự công việc» của bảng quy trình không được để trống."#,
        r#"The «work» column of the step table cannot be empty."#,
    ),
    fix: t(r#"Viết `4 "Thẩm định hồ sơ" by cv_qlcn 1.5d`."#, r#"Write `4 "Appraise the dossier" by cv_qlcn 1.5d`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4                                       by cv_qlcn 2.5d
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

impl Rule for StepWithoutContent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for s in p.steps.iter().filter(|s| !s.syntax.broken) {
            if s.syntax.content.as_ref().is_none_or(|c| c.value.trim().is_empty()) {
                out.emit_with(
                    s.syntax.number.1,
                    Text::new(
                        format!("Bước {} không ghi nội dung công việc", s.syntax.number.0),
                        format!("Step {} states no work", s.syntax.number.0),
                    ),
                    Text::new(
                        format!(
                            "Ghi việc làm ở bước {} trong ngoặc kép, ngay sau số thứ tự: `{} \"…\"`.",
                            s.syntax.number.0, s.syntax.number.0
                        ),
                        format!("Write the step's work in quotes right after its number: `{} \"…\"`.", s.syntax.number.0),
                    ),
                );
            }
        }
    }
}
