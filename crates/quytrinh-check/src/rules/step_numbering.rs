//! QC037 `step-numbering`: Steps are not numbered 1, 2, 3 ….
//!
//! Steps are numbered 1, 2, 3 … in order (across phases too).

use crate::rules::prelude::*;

pub struct StepNumbering;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC037"),
    name: "step-numbering",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("4.4.1").pt("b").note("trình tự các quá trình", "sequence of the processes")] },
        RegimeBasis { regime: R2025, citations: &[iso("4.4.1").pt("b").note("trình tự các quá trình", "sequence of the processes")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Số thứ tự các bước không liên tục"#, r#"Steps are not numbered 1, 2, 3 …"#),
    what: t(
        r#"Các bước đánh số 1, 2, 3 … liên tục theo thứ tự (kể cả qua các giai đoạn)."#,
        r#"Steps are numbered 1, 2, 3 … in order (across phases too)."#,
    ),
    why: t(
        r#"Bảng in và Phiếu kiểm soát dẫn chiếu bước theo số; số trùng hoặc nhảy gây nhầm lẫn."#,
        r#"The printed table and the control sheet refer to steps by number; gaps and repeats confuse."#,
    ),
    fix: t(r#"Đánh số lại các bước."#, r#"Renumber the steps."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    5 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    6 "Xem xét, trình ký"                  by tp_qlcn 4h
    7 "Ký duyệt"                           by giamdoc 4h
    8 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    9 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for StepNumbering {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for (i, s) in p.steps.iter().enumerate() {
            let expected = (i + 1).to_string();
            if s.syntax.number.0 != expected {
                // Nothing refers to a step by its number: renumbering changes no meaning.
                let edits = p
                    .steps
                    .iter()
                    .enumerate()
                    .filter(|(j, t)| t.syntax.number.0 != (j + 1).to_string())
                    .map(|(j, t)| Edit::replace(t.syntax.number.1, (j + 1).to_string()))
                    .collect();
                out.emit(
                    s.syntax.number.1,
                    Text::new(
                        format!("Bước số {} ở vị trí thứ {expected}", s.syntax.number.0),
                        format!("Step {} stands at position {expected}", s.syntax.number.0),
                    ),
                )
                .fix = Some(Fix::safe(Text::new("Đánh số lại các bước 1, 2, 3 …", "Renumber the steps 1, 2, 3 …"), edits));
                return;
            }
        }
    }
}
