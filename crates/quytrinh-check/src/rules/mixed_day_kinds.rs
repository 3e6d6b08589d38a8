//! QC034 `mixed-day-kinds`: Statutory times mix working and calendar days.
//!
//! A procedure's statutory times (overall, per channel, per phase) use one kind of day; mixing `working_days` and `calendar_days` needs review.

use crate::rules::prelude::*;

pub struct MixedDayKinds;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC034"),
    name: "mixed-day-kinds",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(BLDS).art("147"),
                law(BLDS).art("148"),
                law(QD188).art("1").note("tuần làm việc 40 giờ", "40-hour working week"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(BLDS).art("147"),
                law(BLDS).art("148"),
                law(QD188).art("1").note("tuần làm việc 40 giờ", "40-hour working week"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Thời hạn trộn ngày làm việc và ngày theo lịch"#, r#"Statutory times mix working and calendar days"#),
    what: t(
        r#"Các thời hạn của một quy trình (chung, theo cách thức, theo giai đoạn) dùng cùng một loại ngày; trộn `working_days` và `calendar_days` phải được xem lại."#,
        r#"A procedure's statutory times (overall, per channel, per phase) use one kind of day; mixing `working_days` and `calendar_days` needs review."#,
    ),
    why: t(
        r#"Ngày theo lịch gồm cả ngày nghỉ: so sánh với giờ làm việc của các bước sẽ sai."#,
        r#"Calendar days include rest days: comparing them with working hours goes wrong."#,
    ),
    fix: t(r#"Dùng một loại ngày, hoặc quy đổi theo đúng văn bản quy định."#, r#"Use one kind of day, or convert as the law says."#),
    invalid: &[(
        r#"statutory"#,
        r#"  statutory 5 working_days
  statutory online 7 calendar_days"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for MixedDayKinds {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let mut kinds = p.syntax.statutory.iter().filter_map(|s| s.unit.map(|u| (u, s.span))).chain(
            p.syntax
                .steps
                .iter()
                .flat_map(|s| s.phases.iter())
                .filter_map(|ph| ph.statutory.as_ref().and_then(|s| s.unit.map(|u| (u, s.span)))),
        );
        let Some((first, _)) = kinds.next() else { return };
        if let Some((_, span)) = kinds.find(|(k, _)| *k != first) {
            out.emit(
                span,
                Text::new("Thời hạn này dùng loại ngày khác với thời hạn trước", "This time uses another kind of day than the one before"),
            );
        }
    }
}
