//! QC023 `missing-fee`: No fee or charge stated (or «none»).
//!
//! The procedure states its fee or charge: an amount, a text with its basis, or explicitly `fee none`. When fees are given per channel, every declared channel has one.

use crate::rules::prelude::*;

pub struct MissingFee;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC023"),
    name: "missing-fee",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D63).art("8").cl("2").pt("i"), law(D61).art("22")] },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D63).art("8").cl("2").pt("i"), law(D118).art("16").cl("1").pt("d"), law(D118).art("24")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi phí, lệ phí (hoặc «không»)"#, r#"No fee or charge stated (or «none»)"#),
    what: t(
        r#"Quy trình ghi phí/lệ phí: số tiền, văn bản có căn cứ, hoặc rõ ràng `fee none`. Nếu ghi phí theo từng cách thức, mỗi cách thức đã khai báo phải có phí."#,
        r#"The procedure states its fee or charge: an amount, a text with its basis, or explicitly `fee none`. When fees are given per channel, every declared channel has one."#,
    ),
    why: t(
        r#"Cán bộ một cửa phải hướng dẫn phí và cách nộp (Nghị định 61 Điều 15, 22); im lặng không có nghĩa là miễn phí."#,
        r#"One-stop staff must explain fees (Decree 61 Art. 15, 22); silence does not mean free."#,
    ),
    fix: t(
        r#"Thêm `fee none`, `fee 500_000 VND "<căn cứ>"` hoặc `fee online 400_000 VND "…"` cho từng cách thức."#,
        r#"Add `fee none`, `fee 500_000 VND "<basis>"` or per channel `fee online 400_000 VND "…"`."#,
    ),
    invalid: &[(r#"fee"#, r#""#), (r#"charge"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingFee {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let fees = &p.syntax.fees;
        if fees.is_empty() && !p.syntax.wrote(K::Fee) && !p.syntax.wrote(K::Charge) {
            out.emit(
                p.syntax.code.span,
                Text::new(
                    "Quy trình chưa ghi phí, lệ phí (viết `fee none` nếu không thu)",
                    "The procedure states no fee or charge (write `fee none` if free)",
                ),
            );
            return;
        }
        if fees.is_empty() {
            return;
        }
        if fees.iter().all(|f| f.channel.is_some()) {
            for (ch, span) in p.syntax.channels.iter().flat_map(|c| c.items.iter()) {
                if !fees.iter().any(|f| f.channel.map(|c| c.0) == Some(*ch)) {
                    out.emit(*span, Text::new("Cách thức này chưa có phí, lệ phí", "This channel has no fee or charge"));
                }
            }
        }
    }
}
