//! QC041 `transfer-time`: Transfer from the one-stop unit takes over half a working day.
//!
//! After reception, the one-stop unit hands the dossier to the handling unit within half a working day (4 hours).

use crate::rules::prelude::*;

pub struct TransferTime;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC041"),
    name: "transfer-time",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(D61)
                .art("18")
                .cl("2")
                .note("trong ngày, đầu giờ ngày làm việc tiếp theo nếu nhận sau 15 giờ", "same day, next morning if received after 15:00")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118)
                .art("18")
                .cl("2")
                .note("trong ngày, đầu giờ ngày làm việc tiếp theo nếu nhận sau 15 giờ", "same day, next morning if received after 15:00")],
        },
    ],
    unconfirmed: false,
    title: t(
        r#"Chuyển hồ sơ từ Bộ phận Một cửa quá nửa ngày làm việc"#,
        r#"Transfer from the one-stop unit takes over half a working day"#,
    ),
    what: t(
        r#"Sau bước tiếp nhận, thời gian Bộ phận Một cửa giữ hồ sơ trước khi chuyển sang đơn vị giải quyết không quá 0,5 ngày làm việc (4 giờ)."#,
        r#"After reception, the one-stop unit hands the dossier to the handling unit within half a working day (4 hours)."#,
    ),
    why: t(
        r#"Hồ sơ giấy phải chuyển trong ngày, hoặc đầu ngày làm việc kế tiếp nếu nhận sau 15 giờ."#,
        r#"Paper dossiers move the same day, or first thing the next working day if received after 15:00."#,
    ),
    fix: t(r#"Rút thời gian bước chuyển hồ sơ còn tối đa `4h`."#, r#"Cut the transfer step to at most `4h`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   1d  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 1.75d
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

impl Rule for TransferTime {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.steps.len() < 2 || !at_one_stop(cx.cat, &p.steps[0]) {
            return;
        }
        let mut held = 0.0;
        let mut span = None;
        for s in &p.steps[1..] {
            if !at_one_stop(cx.cat, s) {
                break;
            }
            held += s.hours.unwrap_or(0.0);
            span = Some(s.syntax.duration.map(|d| d.span).unwrap_or(s.syntax.number.1));
        }
        if held > 4.0 + 1e-9 {
            if let Some(span) = span {
                out.emit(
                    span,
                    Text::new(
                        format!("Bộ phận Một cửa giữ hồ sơ {} ngày trước khi chuyển (tối đa 0,5 ngày)", days(held)),
                        format!("The one-stop unit holds the dossier {} days before transfer (at most 0.5)", days(held)),
                    ),
                );
            }
        }
    }
}
