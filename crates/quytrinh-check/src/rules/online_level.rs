//! QC021 `online-level`: No online level, or «partial» without a reason.
//!
//! With an online channel, state `online_level full` or `online_level partial "reason"`
//! (procedures dated from 15/08/2022, when Decree 42/2022 brought these levels); «partial»
//! needs a reason (procedures dated from 01/07/2026, Decree 224/2026 Art. 14).

use crate::rules::prelude::*;

pub struct OnlineLevelRule;

/// Decree 42/2022/NĐ-CP (full / partial online public services) in force.
const LEVELS_FROM: Date = Date { year: 2022, month: 8, day: 15 };
/// Decree 224/2026/NĐ-CP Art. 14 (the reason for a partial service) in force.
const REASON_FROM: Date = Date { year: 2026, month: 7, day: 1 };

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
    autofix: None,
    title: t(r#"Chưa ghi mức độ trực tuyến, hoặc «một phần» mà không nêu lý do"#, r#"No online level, or «partial» without a reason"#),
    what: t(
        r#"Khi có cách thức trực tuyến, ghi `online_level full` (toàn trình) hoặc `online_level partial "lý do"`; mức «một phần» phải nêu lý do (luật yêu cầu có mặt, phải kiểm tra thực tế, sự cố kỹ thuật…). Mỗi yêu cầu chỉ áp dụng cho quy trình có ngày (hiệu lực, hoặc lần ban hành; bản nháp: hôm nay) từ khi văn bản đặt ra nó có hiệu lực: mức độ từ 15/08/2022 (Nghị định 42/2022), lý do của mức «một phần» từ 01/07/2026 (Nghị định 224/2026)."#,
        r#"With an online channel, state `online_level full` or `online_level partial "reason"`; «partial» needs a reason (the law requires presence, on-site checks, a technical issue…). Each duty applies to procedures dated (effective, else revision; a draft: today) from the day the instrument that sets it took effect: the levels from 15/08/2022 (Decree 42/2022), the reason for «partial» from 01/07/2026 (Decree 224/2026)."#,
    ),
    why: t(
        r#"Từ 01/07/2026, dịch vụ chỉ cung cấp một phần phải công khai lý do trên Cổng Dịch vụ công quốc gia."#,
        r#"From 01/07/2026 a partial online service must publish its reason on the National Portal."#,
    ),
    fix: t(
        r#"Thêm `online_level full`, hoặc `online_level partial "<lý do>"`."#,
        r#"Add `online_level full`, or `online_level partial "<reason>"`."#,
    ),
    invalid: &[
        (r#"regime"#, r#"  regime decree_118_2025"#),
        (r#"effective"#, r#"  effective 2026-08-01"#),
        (r#"online_level"#, r#"  online_level partial"#),
    ],
    valid: &[],
    context: r#""#,
};

impl Rule for OnlineLevelRule {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // Each duty is judged on the procedure's own date (a draft: today): the «full /
        // partial» levels exist from Decree 42/2022 (in force 15/08/2022; before, Decree
        // 43/2011 had levels 1–4), the reason for «partial» from Decree 224/2026 (in
        // force 01/07/2026).
        let date = procedure_date(p).unwrap_or_else(quytrinh_model::today);
        let online = p.syntax.channels.as_ref().is_some_and(|c| c.items.iter().any(|(ch, _)| *ch == Channel::Online));
        match &p.syntax.online_level {
            None if online && !p.syntax.wrote(K::OnlineLevel) && date >= LEVELS_FROM => {
                let span = p.syntax.channels.as_ref().map(|c| c.span).unwrap_or(p.syntax.code.span);
                out.emit(
                    span,
                    Text::new(
                        "Có cách thức trực tuyến nhưng chưa ghi mức độ (`online_level`)",
                        "An online channel but no online level (`online_level`)",
                    ),
                );
            }
            Some(l) if l.kind == OnlineLevelKind::Partial && l.reason.is_none() && date >= REASON_FROM => {
                out.emit(l.span, Text::new("Mức «một phần» cần nêu lý do", "«partial» needs a reason"));
            }
            _ => {}
        }
    }
}
