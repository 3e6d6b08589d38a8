//! QC029 `missing-statutory-time`: No statutory time, or no unit.
//!
//! The procedure states the statutory time with its unit: `statutory 7 working_days` or `calendar_days` (where the law counts calendar days); per channel when it differs.

use crate::rules::prelude::*;

pub struct MissingStatutoryTime;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC029"),
    name: "missing-statutory-time",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D63).art("8").cl("2").pt("đ")] },
        RegimeBasis { regime: R2025, citations: &[law(D63).art("8").cl("2").pt("đ"), law(D118).art("12").cl("3")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi thời hạn giải quyết, hoặc thiếu đơn vị"#, r#"No statutory time, or no unit"#),
    what: t(
        r#"Quy trình ghi thời hạn giải quyết theo quy định với đơn vị: `statutory 7 working_days` (ngày làm việc) hoặc `calendar_days` (ngày theo lịch, khi luật quy định như vậy); theo từng cách thức nếu khác nhau. Thời hạn bằng 0 cũng là lỗi."#,
        r#"The procedure states the statutory time with its unit: `statutory 7 working_days` or `calendar_days` (where the law counts calendar days); per channel when it differs. A time of 0 is an error too."#,
    ),
    why: t(
        r#"Thời hạn là căn cứ để hẹn trả kết quả trên Mẫu 01 và để so sánh thời gian xử lý nội bộ."#,
        r#"It sets the appointment on the receipt and is what internal time is compared against."#,
    ),
    fix: t(r#"Thêm `statutory 7 working_days`."#, r#"Add `statutory 7 working_days`."#),
    invalid: &[(r#"statutory"#, r#"  statutory 5"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingStatutoryTime {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.statutory.is_empty() && !p.syntax.wrote(K::Statutory) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi thời hạn giải quyết (`statutory`)", "The procedure has no statutory time (`statutory`)"),
            );
        }
        for s in &p.syntax.statutory {
            // A time of 0 is no time: nothing could be done, and the cut would be meaningless.
            if s.days <= 0.0 {
                out.emit_with(
                    s.span,
                    Text::new("Thời hạn giải quyết bằng 0", "The statutory time is 0"),
                    Text::new(
                        "Ghi thời hạn giải quyết theo văn bản quy định thủ tục (công bố trên Cơ sở dữ liệu quốc gia về TTHC), ví dụ `statutory 5 working_days`.",
                        "Write the statutory time the law sets for the procedure (published in the national TTHC database), e.g. `statutory 5 working_days`.",
                    ),
                );
            }
            if s.unit.is_none() {
                out.emit(
                    s.span,
                    Text::new(
                        "Thời hạn giải quyết thiếu đơn vị: `working_days` hoặc `calendar_days`",
                        "The statutory time has no unit: `working_days` or `calendar_days`",
                    ),
                );
            }
        }
    }
}
