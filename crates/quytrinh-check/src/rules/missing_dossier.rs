//! QC026 `missing-dossier`: No dossier items.
//!
//! The `dossier` section lists at least one item (`item "…" original`).

use crate::rules::prelude::*;

pub struct MissingDossier;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC026"),
    name: "missing-dossier",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D63).art("8").cl("2").pt("d")] },
        RegimeBasis { regime: R2025, citations: &[law(D63).art("8").cl("2").pt("d"), law(D118).art("16").cl("1").pt("a")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi thành phần hồ sơ"#, r#"No dossier items"#),
    what: t(
        r#"Mục `dossier` có ít nhất một thành phần (`item "…" original`)."#,
        r#"The `dossier` section lists at least one item (`item "…" original`)."#,
    ),
    why: t(
        r#"Thành phần hồ sơ được in trên Giấy tiếp nhận và là căn cứ để kiểm tra hồ sơ đầy đủ."#,
        r#"Dossier items are printed on the receipt and are how completeness is checked."#,
    ),
    fix: t(
        r#"Thêm `dossier sets 1 { item "Đơn đề nghị" original form F01 }`."#,
        r#"Add `dossier sets 1 { item "Application" original form F01 }`."#,
    ),
    invalid: &[(r#"dossier"#, r#""#), (r#"forms"#, r#"  forms { use circular_01_2018 }"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingDossier {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.dossier.as_ref().is_none_or(|d| d.items.is_empty()) && !p.syntax.wrote(K::Dossier) {
            let span = p.syntax.dossier.as_ref().map(|d| d.span).unwrap_or(p.syntax.code.span);
            out.emit(
                span,
                Text::new("Quy trình chưa ghi thành phần hồ sơ (`dossier`)", "The procedure lists no dossier items (`dossier`)"),
            );
        }
    }
}
