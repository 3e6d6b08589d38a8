//! QC041 `transfer-time`: Transfer from the one-stop unit takes over half a working day.
//!
//! After reception, the one-stop unit hands the dossier to the handling unit within half a
//! working day (4 hours); and the dossier does not stay at the one-stop unit, reception
//! included, longer than one working day — the law has it transferred the day it is
//! received, or first thing the next working day when received after 15:00. A reception
//! step that itself takes a day or more holds the dossier as surely as a slow transfer.

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
            citations: &[
                law(D118).art("18").cl("2").note(
                    "trong ngày, đầu giờ ngày làm việc tiếp theo nếu nhận sau 15 giờ",
                    "same day, next morning if received after 15:00",
                ),
                law(D118).art("20").cl("1").pt("a").note(
                    "hồ sơ giấy đến cơ quan khác cấp không quá 01 ngày làm việc",
                    "paper dossiers reach an agency of another level within 01 working day",
                ),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(
        r#"Chuyển hồ sơ từ Bộ phận Một cửa quá nửa ngày làm việc"#,
        r#"Transfer from the one-stop unit takes over half a working day"#,
    ),
    what: t(
        r#"Sau bước tiếp nhận, thời gian Bộ phận Một cửa giữ hồ sơ trước khi chuyển sang đơn vị giải quyết không quá 0,5 ngày làm việc (4 giờ); và tổng thời gian hồ sơ nằm ở Bộ phận Một cửa, kể cả bước tiếp nhận, không quá 1 ngày làm việc."#,
        r#"After reception, the one-stop unit hands the dossier to the handling unit within half a working day (4 hours); and the dossier stays at the one-stop unit, reception included, at most one working day."#,
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
        if p.steps.is_empty() || !at_one_stop(cx.cat, &p.steps[0]) {
            return;
        }
        let reception = p.steps[0].hours.unwrap_or(0.0);
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
                        format!("Bộ phận Một cửa giữ hồ sơ {} ngày làm việc trước khi chuyển (tối đa 0,5 ngày làm việc)", days_vi(held)),
                        format!("The one-stop unit holds the dossier {} days before transfer (at most 0.5)", days(held)),
                    ),
                );
                return;
            }
        }
        // Reception included: transferred the day it is received (Decree 61/2018 Art.
        // 18(2); Decree 118/2025 Art. 18(2)), so at most one working day at the counter.
        let total = reception + held;
        if total > HOURS_PER_DAY + 1e-9 {
            let first = &p.steps[0];
            let span = span.unwrap_or(first.syntax.duration.map(|d| d.span).unwrap_or(first.syntax.number.1));
            out.emit(
                span,
                Text::new(
                    format!(
                        "Hồ sơ nằm ở Bộ phận Một cửa {} ngày làm việc kể cả bước tiếp nhận; phải chuyển ngay trong ngày tiếp nhận (tối đa 1 ngày)",
                        days(total).replace('.', ",")
                    ),
                    format!(
                        "The dossier stays {} working days at the one-stop unit, reception included; it must move the day it is received (at most 1 day)",
                        days(total)
                    ),
                ),
            );
        }
    }
}
