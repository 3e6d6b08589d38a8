//! QC021 `online-level`: No online level, or «partial» without a reason.
//!
//! With an online channel, state `online_level full` or `online_level partial "reason"`; «partial» needs a reason (the law requires presence, on-site checks, a technical issue…).

use crate::rules::prelude::*;

pub struct OnlineLevelRule;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC021"),
    name: "online-level",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(D42).note("dịch vụ công trực tuyến toàn trình, một phần", "full and partial online public services")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("38").cl("1").pt("c"),
                law(D224).art("14").note("từ 01/07/2026: lý do khi chỉ cung cấp một phần", "from 01/07/2026: the reason when only partial"),
            ],
        },
    ],
    unconfirmed: true,
    title: t(r#"Chưa ghi mức độ trực tuyến, hoặc «một phần» mà không nêu lý do"#, r#"No online level, or «partial» without a reason"#),
    what: t(
        r#"Khi có cách thức trực tuyến, ghi `online_level full` (toàn trình) hoặc `online_level partial "lý do"`; mức «một phần» phải nêu lý do (luật yêu cầu có mặt, phải kiểm tra thực tế, sự cố kỹ thuật…)."#,
        r#"With an online channel, state `online_level full` or `online_level partial "reason"`; «partial» needs a reason (the law requires presence, on-site checks, a technical issue…)."#,
    ),
    why: t(
        r#"Từ 01/07/2026, dịch vụ chỉ cung cấp một phần phải công khai lý do trên Cổng Dịch vụ công quốc gia."#,
        r#"From 01/07/2026 a partial online service must publish its reason on the National Portal."#,
    ),
    fix: t(
        r#"Thêm `online_level full`, hoặc `online_level partial "<lý do>"`."#,
        r#"Add `online_level full`, or `online_level partial "<reason>"`."#,
    ),
    invalid: &[(r#"online_level"#, r#"  online_level partial"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for OnlineLevelRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let online = p.syntax.channels.as_ref().is_some_and(|c| c.items.iter().any(|(ch, _)| *ch == Channel::Online));
        match &p.syntax.online_level {
            None if online && !p.syntax.wrote(K::OnlineLevel) => {
                let span = p.syntax.channels.as_ref().map(|c| c.span).unwrap_or(p.syntax.code.span);
                out.emit(
                    span,
                    Text::new(
                        "Có cách thức trực tuyến nhưng chưa ghi mức độ (`online_level`)",
                        "An online channel but no online level (`online_level`)",
                    ),
                );
            }
            Some(l) if l.kind == OnlineLevelKind::Partial && l.reason.is_none() => {
                out.emit(l.span, Text::new("Mức «một phần» cần nêu lý do", "«partial» needs a reason"));
            }
            _ => {}
        }
    }
}
