//! QC022 `missing-place`: No place of reception and return.
//!
//! The procedure states where dossiers are received and results returned (`place "…"`).

use crate::rules::prelude::*;

pub struct MissingPlace;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC022"),
    name: "missing-place",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).art("3").cl("3"), law(D61).art("20").cl("3")] },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118).art("22").cl("3").note(
                "trả kết quả theo thời gian, địa điểm ghi trên Giấy tiếp nhận",
                "results returned at the time and place on the receipt",
            )],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi nơi tiếp nhận và trả kết quả"#, r#"No place of reception and return"#),
    what: t(
        r#"Quy trình ghi nơi tiếp nhận và trả kết quả (`place "…"`)."#,
        r#"The procedure states where dossiers are received and results returned (`place "…"`)."#,
    ),
    why: t(r#"Giấy tiếp nhận (Mẫu 01) và danh mục công khai ghi nơi này."#, r#"The receipt (form 01) and the published list print it."#),
    fix: t(r#"Thêm `place "Bộ phận Tiếp nhận và Trả kết quả, …"`."#, r#"Add `place "One-stop unit, address …"`."#),
    invalid: &[(r#"place"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingPlace {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.place.as_ref().is_none_or(|s| s.value.trim().is_empty()) && !p.syntax.wrote(K::Place) {
            out.emit(
                p.syntax.code.span,
                Text::new(
                    "Quy trình chưa ghi nơi tiếp nhận và trả kết quả (`place`)",
                    "The procedure has no place of reception and return (`place`)",
                ),
            );
        }
    }
}
