//! QC030 `step-without-duration`: A step has no time.
//!
//! Every step gives its working time: `4h` or `0.5d`; the return step writes `0h`.

use crate::rules::prelude::*;

pub struct StepWithoutDuration;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC030"),
    name: "step-without-duration",
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
                    .pt("a")
                    .note("thời hạn của từng cơ quan, khi liên thông", "each agency's time limit, when interconnected"),
                law(C01).art("13").cl("2").note("Chỉ số 2: thời gian của từng cơ quan", "Index 2: each agency's time"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118).art("12").cl("3").note("thời gian giải quyết, các bước thực hiện", "processing time and steps")],
        },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Bước không ghi thời gian"#, r#"A step has no time"#),
    what: t(
        r#"Mỗi bước ghi thời gian làm việc: `4h` (giờ) hoặc `0.5d` (ngày làm việc); bước trả kết quả ghi `0h`. Mọi bước đều ghi 0 giờ là lỗi: quy trình nào cũng cần thời gian."#,
        r#"Every step gives its working time: `4h` or `0.5d`; the return step writes `0h`. Every step at 0 h is an error: every procedure takes some time."#,
    ),
    why: t(
        r#"Tổng thời gian các bước phải so được với thời hạn luật định, và hệ thống một cửa điện tử cấu hình hạn xử lý từng bước từ đây."#,
        r#"Step times are summed against the statutory time and configure each step's deadline in the e-system."#,
    ),
    fix: t(r#"Thêm thời gian sau người thực hiện: `by cv_qlcn 1.5d`."#, r#"Add the time after the actor: `by cv_qlcn 1.5d`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn
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

impl Rule for StepWithoutDuration {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for s in p.steps.iter().filter(|s| !s.syntax.broken) {
            if s.syntax.duration.is_none() {
                let after = s.syntax.actor.as_ref().map(|a| format!("`by {}`", a.name)).unwrap_or_else(|| "người thực hiện".to_string());
                let after_en = s.syntax.actor.as_ref().map(|a| format!("`by {}`", a.name)).unwrap_or_else(|| "the actor".to_string());
                out.emit_with(
                    s.syntax.number.1,
                    Text::new(format!("Bước {} không ghi thời gian", s.syntax.number.0), format!("Step {} has no time", s.syntax.number.0)),
                    Text::new(
                        format!(
                            "Ghi thời gian làm việc của bước {} ngay sau {after}: giờ (`4h`) hoặc ngày làm việc (`1.5d`).",
                            s.syntax.number.0
                        ),
                        format!(
                            "Write step {}'s working time right after {after_en}: hours (`4h`) or working days (`1.5d`).",
                            s.syntax.number.0
                        ),
                    ),
                );
            }
        }
        // Every step at 0 h: the procedure takes no time at all, which no procedure does.
        let timed: Vec<f64> = p.steps.iter().filter_map(|s| s.syntax.duration.as_ref().map(|d| d.hours)).collect();
        let first = p.steps.first().and_then(|s| s.syntax.duration.as_ref()).map(|d| d.span);
        if let (Some(span), false) = (first, timed.is_empty()) {
            if timed.len() == p.steps.len() && timed.iter().all(|h| *h <= 0.0) {
                out.emit_with(
                    span,
                    Text::new(
                        "Mọi bước đều ghi 0 giờ: quy trình không có thời gian giải quyết",
                        "Every step takes 0 h: the procedure takes no time",
                    ),
                    Text::new(
                        "Ghi thời gian thật của từng bước (ví dụ `4h`, `1.5d`); chỉ bước trả kết quả ngay mới ghi `0h`.",
                        "Write each step's real time (e.g. `4h`, `1.5d`); only a step whose result is handed over at once takes `0h`.",
                    ),
                );
            }
        }
    }
}
