//! QC033 `time-cut`: The procedure cuts time against the statutory time.
//!
//! When the steps take less than the statutory time, report the cut (days and %) so that it is explicit and shows in the report.

use crate::rules::prelude::*;

pub struct TimeCut;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC033"),
    name: "time-cut",
    status: Status::Stable,
    severity: Severity::Info,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01).art("13").cl("1").note("Chỉ số 1: trước hạn 2 điểm", "Index 1: early is 2 points")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("22").cl("5").note("khuyến khích trả kết quả trước hạn", "early return encouraged"),
                law(D118).art("33").cl("1").pt("a"),
            ],
        },
    ],
    unconfirmed: false,
    title: t(r#"Quy trình rút ngắn thời gian so với quy định"#, r#"The procedure cuts time against the statutory time"#),
    what: t(
        r#"Khi tổng thời gian các bước ngắn hơn thời hạn giải quyết, báo số ngày và tỷ lệ rút ngắn để việc cắt giảm là có chủ ý và hiện trong báo cáo."#,
        r#"When the steps take less than the statutory time, report the cut (days and %) so that it is explicit and shows in the report."#,
    ),
    why: t(
        r#"Các tỉnh báo cáo cải cách bằng số TTHC được rút ngắn thời gian (ví dụ 24/65 TTHC, 37%)."#,
        r#"Provinces report reform as the number of TTHC whose time was cut (e.g. 24 of 65, 37%)."#,
    ),
    fix: t(r#"Không cần sửa; đây là thông tin."#, r#"Nothing to fix; this is information."#),
    invalid: &[(r#"statutory"#, r#"  statutory 7 working_days"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for TimeCut {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(st) = p.statutory() else { return };
        if st.unit == Some(DayKind::Calendar) {
            return;
        }
        let limit = st.days * HOURS_PER_DAY;
        let total = p.internal_hours(None);
        if total + 1e-9 < limit && limit > 0.0 && p.steps.iter().all(|s| s.hours.is_some()) {
            let cut = limit - total;
            let pct = (cut / limit * 100.0).round();
            out.emit(
                st.span,
                Text::new(
                    format!(
                        "Quy trình nội bộ {} ngày làm việc, rút ngắn {} ngày ({pct}%) so với thời hạn {} ngày",
                        days(total),
                        days(cut),
                        days(limit)
                    ),
                    format!(
                        "Internal time {} working days: {} ({pct}%) shorter than the statutory {} days",
                        days(total),
                        day_count(cut),
                        days(limit)
                    ),
                ),
            );
        }
    }
}
