//! QC056 `regime-not-in-force`: The 2025 regime for a procedure dated before 01/07/2025.
//!
//! A procedure under `decree_118_2025` dated before Decree 118/2025 took effect.

use crate::rules::prelude::*;

pub struct RegimeNotInForce;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC056"),
    name: "regime-not-in-force",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[law(D118).art("40").cl("1").note("hiệu lực từ 01/07/2025", "in force from 01/07/2025")],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chế độ 2025 cho quy trình trước ngày 01/07/2025"#, r#"The 2025 regime for a procedure dated before 01/07/2025"#),
    what: t(
        r#"Quy trình theo `decree_118_2025` có ngày trước khi Nghị định 118/2025 có hiệu lực."#,
        r#"A procedure under `decree_118_2025` dated before Decree 118/2025 took effect."#,
    ),
    why: t(
        r#"Trước 01/07/2025 quy trình phải theo Nghị định 61/2018 và Thông tư 01/2018."#,
        r#"Before 01/07/2025 procedures follow Decree 61/2018 and Circular 01/2018."#,
    ),
    fix: t(r#"Sửa ngày, hoặc dùng `regime circular_01_2018`."#, r#"Correct the date, or use `regime circular_01_2018`."#),
    invalid: &[(r#"regime"#, r#"  regime decree_118_2025"#)],
    valid: &[(r#"regime"#, r#"  regime circular_01_2018"#)],
    context: r#""#,
};

impl Rule for RegimeNotInForce {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(date) = procedure_date(p) else { return };
        let from = Regime::Decree1182025.in_force_from();
        if date < from {
            let span = p.syntax.regime.map(|r| r.1).unwrap_or(p.syntax.code.span);
            out.emit(
                span,
                Text::new(
                    format!("Nghị định 118/2025 chỉ có hiệu lực từ {}; quy trình ngày {}", from.vi(), date.vi()),
                    format!("Decree 118/2025 applies from {from}; this procedure is dated {date}"),
                ),
            );
        }
    }
}
