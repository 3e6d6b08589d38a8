//! QC033 `time-cut`: The procedure cuts time against the statutory time.
//!
//! When the steps take less than the statutory time, report the cut (days and %) so that it is explicit and shows in the report; with a time per channel, the cut against each.

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
    autofix: None,
    title: t(r#"Quy trình rút ngắn thời gian so với quy định"#, r#"The procedure cuts time against the statutory time"#),
    what: t(
        r#"Khi tổng thời gian các bước ngắn hơn thời hạn giải quyết, báo số ngày và tỷ lệ rút ngắn để việc cắt giảm là có chủ ý và hiện trong báo cáo; khi có thời hạn riêng cho từng cách thức nộp, báo mức rút ngắn so với từng thời hạn."#,
        r#"When the steps take less than the statutory time, report the cut (days and %) so that it is explicit and shows in the report; with a statutory time per channel, the cut against each."#,
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
        // The cut is per statutory time: a 20 % cut against the general 5 days is no cut
        // at all against an online time of 3 days, and the officer must see both.
        let total = p.internal_hours(None);
        if !p.steps.iter().all(|s| s.hours.is_some()) {
            return;
        }
        for st in p.statutory_times() {
            if st.unit == Some(DayKind::Calendar) {
                continue;
            }
            let limit = st.days * HOURS_PER_DAY;
            if total + 1e-9 >= limit || limit <= 0.0 {
                continue;
            }
            let cut = limit - total;
            let pct = (cut / limit * 100.0).round();
            let (vi_ch, en_ch) = match st.channel {
                Some((c, _)) => (format!(" (kênh {})", channel_vi(c)), format!(" ({} channel)", channel_en(c))),
                None => (String::new(), String::new()),
            };
            out.emit(
                st.span,
                Text::new(
                    format!(
                        "Quy trình nội bộ {} ngày làm việc, rút ngắn {} ngày ({pct}%) so với thời hạn {} ngày{vi_ch}",
                        days_vi(total),
                        days_vi(cut),
                        days_vi(limit)
                    ),
                    format!(
                        "Internal time {} working days: {} ({pct}%) shorter than the statutory {} days{en_ch}",
                        days(total),
                        day_count(cut),
                        days(limit)
                    ),
                ),
            );
        }
    }
}
