//! QC010 `approval-authority`: The approving decision is not issued at the right level.
//!
//! For province, district and commune TTHC the provincial Chairman approves the internal procedure: the decision number ends in `QĐ-UBND` or `QĐ-CT` and the issuer is the provincial (city) People's Committee or its Chairman. For ministry-level TTHC, the Minister approves.

use crate::rules::prelude::*;

pub struct ApprovalAuthority;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC010"),
    name: "approval-authority",
    status: Status::Stable,
    severity: Severity::Error,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).art("8").cl("2").pt("b").note("Bộ trưởng phê duyệt", "approved by the Minister"),
                law(C01).art("8").cl("3").pt("b").note("Chủ tịch UBND cấp tỉnh phê duyệt", "approved by the provincial Chairman"),
                law(D61).art("36").cl("4"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118)
                    .art("38")
                    .cl("1")
                    .pt("d")
                    .note("Chủ tịch UBND cấp tỉnh chỉ đạo xây dựng và ban hành", "the provincial Chairman directs building and issuing"),
                law(D118).art("36").cl("5"),
            ],
        },
    ],
    unconfirmed: false,
    title: t(r#"Quyết định phê duyệt không do cấp có thẩm quyền ban hành"#, r#"The approving decision is not issued at the right level"#),
    what: t(
        r#"Thủ tục cấp tỉnh, cấp huyện, cấp xã: quy trình nội bộ do Chủ tịch UBND tỉnh phê duyệt — số quyết định có đuôi `QĐ-UBND` hoặc `QĐ-CT` và cơ quan ban hành là UBND (Chủ tịch UBND) tỉnh/thành phố. Thủ tục cấp bộ: do Bộ trưởng phê duyệt."#,
        r#"For province, district and commune TTHC the provincial Chairman approves the internal procedure: the decision number ends in `QĐ-UBND` or `QĐ-CT` and the issuer is the provincial (city) People's Committee or its Chairman. For ministry-level TTHC, the Minister approves."#,
    ),
    why: t(
        r#"Quyết định do cơ quan không có thẩm quyền ban hành thì quy trình không có giá trị."#,
        r#"A decision by a body without the authority does not make the procedure valid."#,
    ),
    fix: t(
        r#"Dẫn chiếu quyết định của Chủ tịch UBND tỉnh (hoặc của Bộ trưởng với thủ tục cấp bộ)."#,
        r#"Cite the provincial Chairman's decision (the Minister's for ministry-level TTHC)."#,
    ),
    invalid: &[(r#"approved_by"#, r#"  approved_by "15/QĐ-SKHCN""#)],
    valid: &[],
    context: r#"decision "15/QĐ-SKHCN" {
  date 2020-05-10
  issuer "Sở Khoa học và Công nghệ tỉnh Hậu Giang"
  title "Ban hành quy trình"
}
"#,
};

impl Rule for ApprovalAuthority {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(d) = p.decision else { return };
        let d = cx.cat.decision(d);
        let number = fold(&d.syntax.number.value);
        let issuer = d.syntax.issuer.as_ref().map(|i| fold(&i.value)).unwrap_or_default();
        let level = p.syntax.level.map(|l| l.0).unwrap_or(Level::Province);
        let ok = match level {
            Level::Ministry => number.contains("qd-b") || issuer.starts_with("bo ") || issuer.contains("bo truong"),
            _ => {
                (number.contains("qd-ubnd") || number.contains("qd-ct"))
                    && (issuer.is_empty() || issuer.contains("uy ban nhan dan") || issuer.contains("ubnd") || issuer.contains("chu tich"))
            }
        };
        if !ok {
            let span = match &p.syntax.approved_by {
                Some(Approval::Decision(s)) => s.span,
                _ => p.syntax.code.span,
            };
            let d2 = out.emit(
                span,
                Text::new(
                    format!("Quyết định `{}` không phải của Chủ tịch UBND tỉnh (hoặc Bộ trưởng với thủ tục cấp bộ)", d.syntax.number.value),
                    format!(
                        "Decision `{}` is not the provincial Chairman's (or the Minister's for ministry-level TTHC)",
                        d.syntax.number.value
                    ),
                ),
            );
            also(d2, d.syntax.number.span, Text::new("quyết định khai báo ở đây", "the decision is declared here"));
        }
    }
}
