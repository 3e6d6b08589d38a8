//! QC057 `district-level-abolished`: No district level since 01/07/2025.
//!
//! Under the 2025 regime a TTHC cannot be at district level (`level district`).

use crate::rules::prelude::*;

pub struct DistrictLevelAbolished;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC057"),
    name: "district-level-abolished",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[
            law(D118).art("3").cl("3").note("Bộ phận Một cửa chỉ ở cấp bộ, tỉnh, xã", "one-stop units only at ministry, province, commune"),
            law(D118).art("38").cl("1").pt("d").note("thủ tục cấp tỉnh, cấp xã", "province- and commune-level TTHC"),
            law(L72).note("chính quyền địa phương hai cấp", "two-level local government"),
        ],
    }],
    unconfirmed: false,
    title: t(r#"Cấp huyện không còn từ 01/07/2025"#, r#"No district level since 01/07/2025"#),
    what: t(
        r#"Theo chế độ 2025, thủ tục không được ở cấp huyện (`level district`)."#,
        r#"Under the 2025 regime a TTHC cannot be at district level (`level district`)."#,
    ),
    why: t(
        r#"Chính quyền địa phương hai cấp: không còn Bộ phận Một cửa cấp huyện."#,
        r#"Two-tier local government: there is no district one-stop unit any more."#,
    ),
    fix: t(r#"Đổi sang `level commune` hoặc `level province`."#, r#"Use `level commune` or `level province`."#),
    invalid: &[(r#"regime"#, r#"  regime decree_118_2025"#), (r#"level"#, r#"  level district"#)],
    valid: &[(r#"regime"#, r#"  regime decree_118_2025"#)],
    context: r#""#,
};

impl Rule for DistrictLevelAbolished {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if let Some((Level::District, span)) = p.syntax.level {
            out.emit(span, Text::new("Không còn cấp huyện theo Nghị định 118/2025", "There is no district level under Decree 118/2025"));
        }
    }
}
