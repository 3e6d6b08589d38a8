//! QC025 `missing-subjects-or-conditions`: No subjects or conditions.
//!
//! The procedure states who may apply (`subjects`) and the conditions (`conditions "…"` or `conditions none`).

use crate::rules::prelude::*;

pub struct MissingSubjectsOrConditions;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC025"),
    name: "missing-subjects-or-conditions",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D63).art("8").cl("2").pt("e"), law(D63).art("8").cl("2").pt("i")] },
        RegimeBasis { regime: R2025, citations: &[law(D63).art("8").cl("2").pt("e"), law(D63).art("8").cl("2").pt("i")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi đối tượng thực hiện hoặc yêu cầu, điều kiện"#, r#"No subjects or conditions"#),
    what: t(
        r#"Quy trình ghi đối tượng thực hiện (`subjects`) và yêu cầu, điều kiện (`conditions "…"` hoặc `conditions none`)."#,
        r#"The procedure states who may apply (`subjects`) and the conditions (`conditions "…"` or `conditions none`)."#,
    ),
    why: t(
        r#"Đây là thành phần công khai của thủ tục; cán bộ một cửa dựa vào đó để hướng dẫn."#,
        r#"These are published TTHC components that one-stop staff guide applicants by."#,
    ),
    fix: t(
        r#"Thêm `subjects "Tổ chức, cá nhân"` và `conditions none`."#,
        r#"Add `subjects "Organisations, individuals"` and `conditions none`."#,
    ),
    invalid: &[(r#"conditions"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingSubjectsOrConditions {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.subjects.is_none() && !p.syntax.wrote(K::Subjects) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi đối tượng thực hiện (`subjects`)", "The procedure names no subjects (`subjects`)"),
            );
        }
        if p.syntax.conditions.is_none() && !p.syntax.wrote(K::Conditions) {
            out.emit(
                p.syntax.code.span,
                Text::new(
                    "Quy trình chưa ghi yêu cầu, điều kiện (`conditions`, hoặc `conditions none`)",
                    "The procedure states no conditions (`conditions`, or `conditions none`)",
                ),
            );
        }
    }
}
