//! QC010 `approval-authority`: The approving decision is not issued at the right level.
//!
//! For province, district and commune TTHC the provincial Chairman approves the internal
//! procedure (Circular 01/2018 Art. 8(3)): the decision number ends in `QĐ-UBND` or `QĐ-CT`
//! and the issuer is the provincial (centrally run city) People's Committee or its
//! Chairman — never a district or commune People's Committee, though their decisions carry
//! the same `QĐ-UBND` number. Under 2025 Decree 118 Art. 38(1)(d) has the provincial
//! Chairman direct the building and issuing of the internal procedures of provincial- and
//! commune-level TTHC, uniform across the province, but does not say who signs the
//! decision: a warning there, not an error.

use crate::rules::prelude::*;

pub struct ApprovalAuthority;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC010"),
    name: "approval-authority",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: Some(Severity::Warning),
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
    autofix: None,
    title: t(r#"Quyết định phê duyệt không do cấp có thẩm quyền ban hành"#, r#"The approving decision is not issued at the right level"#),
    what: t(
        r#"Thủ tục cấp tỉnh, cấp huyện, cấp xã: quy trình nội bộ do Chủ tịch UBND cấp tỉnh phê duyệt — số quyết định có đuôi `QĐ-UBND` hoặc `QĐ-CT` và cơ quan ban hành là UBND (Chủ tịch UBND) tỉnh hoặc thành phố trực thuộc Trung ương, không phải UBND cấp huyện, cấp xã (quyết định của các cấp này cũng mang số `QĐ-UBND`). Thủ tục cấp bộ: do Bộ trưởng phê duyệt. Theo chế độ 2025, Nghị định 118/2025 giao Chủ tịch UBND cấp tỉnh chỉ đạo xây dựng và ban hành quy trình nội bộ của thủ tục cấp tỉnh, cấp xã, áp dụng thống nhất toàn tỉnh, nhưng không quy định ai ký quyết định: quy tắc chỉ cảnh báo."#,
        r#"For province, district and commune TTHC the provincial Chairman approves the internal procedure: the decision number ends in `QĐ-UBND` or `QĐ-CT` and the issuer is the People's Committee (or its Chairman) of a province or centrally run city — not of a district or commune, whose decisions carry the same `QĐ-UBND` number. For ministry-level TTHC, the Minister approves. Under the 2025 regime Decree 118/2025 has the provincial Chairman direct the building and issuing of the internal procedures of provincial- and commune-level TTHC, uniform across the province, but does not say who signs the decision: the rule only warns."#,
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
        let issuer_text = d.syntax.issuer.as_ref().map(|i| i.value.as_str()).unwrap_or("");
        // A district's or commune's People's Committee numbers its decisions `QĐ-UBND`
        // too: the issuer's name decides. A name that does not say its level passes.
        let lower = matches!(level_of(issuer_text, d.syntax.date.map(|x| x.date)), GovLevel::District | GovLevel::Commune);
        let ok = match level {
            Level::Ministry => number.contains("qd-b") || issuer.starts_with("bo ") || issuer.contains("bo truong"),
            _ => {
                (number.contains("qd-ubnd") || number.contains("qd-ct"))
                    && (issuer.is_empty() || issuer.contains("uy ban nhan dan") || issuer.contains("ubnd") || issuer.contains("chu tich"))
                    && !lower
            }
        };
        if !ok {
            let span = match &p.syntax.approved_by {
                Some(Approval::Decision(s)) => s.span,
                _ => p.syntax.code.span,
            };
            let d2 = out.emit(
                span,
                if lower {
                    Text::new(
                        format!("Quyết định `{}` do {} ban hành, không phải Chủ tịch UBND cấp tỉnh", d.syntax.number.value, issuer_text),
                        format!("Decision `{}` is issued by {}, not by the provincial Chairman", d.syntax.number.value, issuer_text),
                    )
                } else {
                    Text::new(
                        format!(
                            "Quyết định `{}` không phải của Chủ tịch UBND tỉnh (hoặc Bộ trưởng với thủ tục cấp bộ)",
                            d.syntax.number.value
                        ),
                        format!(
                            "Decision `{}` is not the provincial Chairman's (or the Minister's for ministry-level TTHC)",
                            d.syntax.number.value
                        ),
                    )
                },
            );
            also(d2, d.syntax.number.span, Text::new("quyết định khai báo ở đây", "the decision is declared here"));
        }
    }
}
