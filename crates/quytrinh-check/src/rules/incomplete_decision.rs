//! QC011 `incomplete-decision`: The approving decision lacks its date, issuer or title.
//!
//! The decision a procedure cites has a date (`date`), an issuer (`issuer`) and a title (`title`).

use crate::rules::prelude::*;

pub struct IncompleteDecision;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC011"),
    name: "incomplete-decision",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D30).art("8").cl("2").pt("b").note("tên cơ quan ban hành", "issuing body"),
                law(D30).art("8").cl("2").pt("c").note("số, ký hiệu", "number and symbol"),
                law(D30).art("8").cl("2").pt("d").note("địa danh và thời gian ban hành", "place and date"),
                law(D30).art("8").cl("2").pt("đ").note("tên loại và trích yếu", "type and summary"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D30).art("8").cl("2").pt("b").note("tên cơ quan ban hành", "issuing body"),
                law(D30).art("8").cl("2").pt("c").note("số, ký hiệu", "number and symbol"),
                law(D30).art("8").cl("2").pt("d").note("địa danh và thời gian ban hành", "place and date"),
                law(D30).art("8").cl("2").pt("đ").note("tên loại và trích yếu", "type and summary"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(
        r#"Quyết định phê duyệt thiếu ngày, cơ quan ban hành hoặc trích yếu"#,
        r#"The approving decision lacks its date, issuer or title"#,
    ),
    what: t(
        r#"Quyết định mà quy trình dẫn chiếu phải có ngày (`date`), cơ quan ban hành (`issuer`) và trích yếu (`title`)."#,
        r#"The decision a procedure cites has a date (`date`), an issuer (`issuer`) and a title (`title`)."#,
    ),
    why: t(
        r#"Phụ lục kèm quyết định và dữ liệu trên Cổng dịch vụ công ghi «số … ngày … của …»."#,
        r#"The annex and the portal data print «number … of date … by …»."#,
    ),
    fix: t(
        r#"Bổ sung dòng còn thiếu trong khối `decision` ở tệp cơ quan."#,
        r#"Add the missing line to the `decision` block in the agency file."#,
    ),
    invalid: &[(r#"approved_by"#, r#"  approved_by "999/QĐ-UBND""#)],
    valid: &[],
    context: r#"decision "999/QĐ-UBND" {
  date 2020-05-10
  issuer "Ủy ban nhân dân tỉnh Hậu Giang"
}
"#,
};

impl Rule for IncompleteDecision {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(idx) = p.decision else { return };
        let d = cx.cat.decision(idx);
        let mut missing = Vec::new();
        if d.syntax.date.is_none() {
            missing.push(("ngày", "date"));
        }
        if d.syntax.issuer.is_none() {
            missing.push(("cơ quan ban hành", "issuer"));
        }
        if d.syntax.title.is_none() {
            missing.push(("trích yếu", "title"));
        }
        if missing.is_empty() {
            return;
        }
        let vi: Vec<&str> = missing.iter().map(|m| m.0).collect();
        let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
        let span = match &p.syntax.approved_by {
            Some(Approval::Decision(s)) => s.span,
            _ => p.syntax.code.span,
        };
        let diag = out.emit(
            span,
            Text::new(
                format!("Quyết định `{}` thiếu {}", d.syntax.number.value, vi.join(", ")),
                format!("Decision `{}` lacks its {}", d.syntax.number.value, en.join(", ")),
            ),
        );
        also(diag, d.syntax.head_span, Text::new("khai báo ở đây", "declared here"));
    }
}
