//! QC053 `interconnected-partners`: An interconnected procedure has no steps of a partner agency.
//!
//! A procedure marked `interconnected` has steps done by units or roles of at least one other agency, each with content, time and a responsible party.

use crate::rules::prelude::*;

pub struct InterconnectedPartners;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC053"),
    name: "interconnected-partners",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(D61).art("19").cl("6").pt("a"), law(D61).art("19").cl("6").pt("b"), law(D61).art("19").cl("7")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118).art("20").cl("2").pt("a"), law(D118).art("20").cl("2").pt("b"), law(D118).art("20").cl("1")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Thủ tục liên thông không có bước của cơ quan phối hợp"#, r#"An interconnected procedure has no steps of a partner agency"#),
    what: t(
        r#"Quy trình đánh dấu `interconnected` (liên thông) phải có bước do đơn vị, chức danh của ít nhất một cơ quan khác thực hiện, mỗi bước có nội dung, thời gian và người chịu trách nhiệm."#,
        r#"A procedure marked `interconnected` has steps done by units or roles of at least one other agency, each with content, time and a responsible party."#,
    ),
    why: t(
        r#"Phiếu chuyển xử lý liên thông phải ghi nội dung và thời hạn của từng cơ quan; mỗi cơ quan được chấm điểm theo thời hạn của mình."#,
        r#"The interconnected routing slip states each agency's work and time limit; each agency is scored against its own."#,
    ),
    fix: t(
        r#"Thêm các bước của cơ quan phối hợp (khai báo cơ quan đó trong tệp cơ quan), hoặc bỏ `interconnected`."#,
        r#"Add the partner agency's steps (declare it in the agency file), or remove `interconnected`."#,
    ),
    invalid: &[(r#"interconnected"#, r#"  interconnected"#)],
    valid: &[],
    context: r#""#,
};

impl Rule for InterconnectedPartners {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(flag) = p.syntax.interconnected else { return };
        let own = p.agency;
        let partners = p.steps.iter().filter_map(|s| s.actor).any(|a| Some(actor_agency(a)) != own);
        if !partners {
            out.emit(
                flag,
                Text::new(
                    "Quy trình liên thông nhưng mọi bước đều thuộc cùng một cơ quan",
                    "Marked interconnected, but every step belongs to one agency",
                ),
            );
        }
    }
}
