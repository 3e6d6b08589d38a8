//! QC020 `missing-channels`: No submission channel.
//!
//! The procedure declares at least one channel: `channels direct online postal`.

use crate::rules::prelude::*;

pub struct MissingChannels;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC020"),
    name: "missing-channels",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("16"), law(C01).art("3").cl("3"), law(D63).art("8").cl("2").pt("c")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("15"), law(D63).art("8").cl("2").pt("c")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi cách thức nộp hồ sơ"#, r#"No submission channel"#),
    what: t(
        r#"Quy trình ghi ít nhất một cách thức: `channels direct online postal` (trực tiếp, trực tuyến, bưu chính)."#,
        r#"The procedure declares at least one channel: `channels direct online postal`."#,
    ),
    why: t(
        r#"Người nộp có quyền chọn cách thức; Cổng dịch vụ công cấu hình thời hạn và phí theo từng cách thức."#,
        r#"Applicants choose their channel; the portal sets time and fee per channel."#,
    ),
    fix: t(
        r#"Thêm `channels direct online postal` (giữ những cách thức được công bố)."#,
        r#"Add `channels direct online postal` (those announced)."#,
    ),
    invalid: &[(r#"channels"#, r#""#), (r#"online_level"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingChannels {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.channels.as_ref().is_none_or(|c| c.items.is_empty()) && !p.syntax.wrote(K::Channels) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa ghi cách thức thực hiện (`channels`)", "The procedure declares no channel (`channels`)"),
            );
        }
    }
}
