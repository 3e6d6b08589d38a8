//! QC031 `duration-granularity`: Step time is not in quarter days or whole hours.
//!
//! Hours are whole (`3h`); days are multiples of 0.25 (`0.25d`, `1.5d`).

use crate::rules::prelude::*;

pub struct DurationGranularity;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC031"),
    name: "duration-granularity",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[iso("8.1").note("phần mềm một cửa tính theo giờ, 8 giờ một ngày", "one-stop software counts hours, 8 to a day")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[iso("8.1").note("phần mềm một cửa tính theo giờ, 8 giờ một ngày", "one-stop software counts hours, 8 to a day")],
        },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Thời gian của bước không theo bậc 0,25 ngày hoặc giờ tròn"#, r#"Step time is not in quarter days or whole hours"#),
    what: t(
        r#"Thời gian ghi bằng giờ phải là số giờ tròn (`3h`); ghi bằng ngày phải là bội số của 0,25 ngày (`0.25d`, `1.5d`)."#,
        r#"Hours are whole (`3h`); days are multiples of 0.25 (`0.25d`, `1.5d`)."#,
    ),
    why: t(
        r#"Hệ thống một cửa điện tử tính hạn theo giờ làm việc; số lẻ như `0.3d` (2,4 giờ) không cấu hình được."#,
        r#"The e-system counts whole working hours; `0.3d` (2.4 h) cannot be configured."#,
    ),
    fix: t(r#"Làm tròn thời gian, ví dụ `0.3d` → `0.25d` hoặc `2h`."#, r#"Round it, e.g. `0.3d` → `0.25d` or `2h`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 1.3d
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

impl Rule for DurationGranularity {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for s in &p.steps {
            let Some(d) = s.syntax.duration else { continue };
            let ok = if d.written_in_days { ((d.hours / 8.0) * 4.0).fract().abs() < 1e-9 } else { d.hours.fract().abs() < 1e-9 };
            if !ok {
                out.emit(
                    d.span,
                    Text::new("Thời gian không theo bậc 0,25 ngày hoặc giờ tròn", "The time is not in quarter days or whole hours"),
                );
            }
        }
    }
}
