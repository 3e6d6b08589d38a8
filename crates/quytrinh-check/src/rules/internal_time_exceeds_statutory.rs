//! QC032 `internal-time-exceeds-statutory`: The steps take longer than the statutory time.
//!
//! The steps' total (1 working day = 8 hours) must not exceed the statutory time; with phases, each phase fits its own statutory time. With per-channel times, the shortest one applies.

use crate::rules::prelude::*;

pub struct InternalTimeExceedsStatutory;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC032"),
    name: "internal-time-exceeds-statutory",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01).art("13").cl("1").note("Chỉ số 1", "Index 1"), law(D61).art("5").cl("1").pt("đ")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("12").cl("3").note("các bước bảo đảm thời gian giải quyết", "steps that keep to the processing time"),
                law(D118).art("5").cl("1").pt("đ"),
            ],
        },
    ],
    unconfirmed: false,
    title: t(r#"Tổng thời gian các bước vượt thời hạn giải quyết"#, r#"The steps take longer than the statutory time"#),
    what: t(
        r#"Tổng thời gian các bước (1 ngày làm việc = 8 giờ) không được vượt thời hạn giải quyết; với thủ tục chia giai đoạn, mỗi giai đoạn không vượt thời hạn của giai đoạn đó. Khi có thời hạn riêng cho từng cách thức, so với thời hạn ngắn nhất."#,
        r#"The steps' total (1 working day = 8 hours) must not exceed the statutory time; with phases, each phase fits its own statutory time. With per-channel times, the shortest one applies."#,
    ),
    why: t(
        r#"Quy trình vượt thời hạn làm hồ sơ trễ hạn ngay từ thiết kế, bị chấm 0 điểm ở Chỉ số 1 (Thông tư 01/2018 Điều 13)."#,
        r#"A procedure over the statutory time is late by design and scores 0 on Index 1 (Circular 01/2018 Art. 13)."#,
    ),
    fix: t(r#"Rút ngắn thời gian các bước cho tổng không vượt thời hạn."#, r#"Shorten the steps so their total fits the statutory time."#),
    invalid: &[(r#"statutory"#, r#"  statutory 4 working_days"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for InternalTimeExceedsStatutory {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // One set of steps serves every channel: the internal time must fit the general
        // statutory time and each shorter per-channel one.
        let total = p.internal_hours(None);
        for st in p.statutory_times() {
            let limit = st.days * HOURS_PER_DAY;
            if total <= limit + 1e-9 {
                continue;
            }
            let span = p.syntax.steps.as_ref().map(|s| s.span).unwrap_or(p.syntax.code.span);
            let (vi_ch, en_ch) = match st.channel {
                Some((c, _)) => (format!(" của kênh {}", channel_vi(c)), format!(" for the {} channel", channel_en(c))),
                None => (String::new(), String::new()),
            };
            let d = out.emit(
                span,
                Text::new(
                    format!("Tổng thời gian các bước {} ngày làm việc vượt thời hạn giải quyết{vi_ch} {} ngày", days(total), days(limit)),
                    format!("The steps take {} working days, over the statutory {} days{en_ch}", days(total), days(limit)),
                ),
            );
            also(d, st.span, Text::new("thời hạn giải quyết", "statutory time"));
        }
        for (i, ph) in p.syntax.steps.iter().flat_map(|s| s.phases.iter()).enumerate() {
            let Some(pst) = &ph.statutory else { continue };
            let phase_total = p.internal_hours(Some(i));
            if phase_total > pst.days * HOURS_PER_DAY + 1e-9 {
                out.emit(
                    ph.span,
                    Text::new(
                        format!(
                            "Giai đoạn {} mất {} ngày làm việc, vượt thời hạn {} ngày của giai đoạn",
                            i + 1,
                            days(phase_total),
                            pst.days
                        ),
                        format!("Phase {} takes {} working days, over its {} days", i + 1, days(phase_total), pst.days),
                    ),
                );
            }
        }
    }
}
