//! QC018 `incomplete-citation`: A cited instrument lacks its number, date or title.
//!
//! Each instrument in `basis` has its number, date and title.

use crate::rules::prelude::*;

pub struct IncompleteCitation;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC018"),
    name: "incomplete-citation",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[iso("7.5.2").pt("a").note("nhận biết tài liệu viện dẫn", "identifying the documents referred to")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[iso("7.5.2").pt("a").note("nhận biết tài liệu viện dẫn", "identifying the documents referred to")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Văn bản căn cứ thiếu số hiệu, ngày hoặc trích yếu"#, r#"A cited instrument lacks its number, date or title"#),
    what: t(
        r#"Mỗi văn bản trong `basis` ghi đủ số hiệu, ngày ban hành và trích yếu."#,
        r#"Each instrument in `basis` has its number, date and title."#,
    ),
    why: t(
        r#"Người đọc phải tra được đúng văn bản; số hiệu không có ngày có thể trùng giữa các năm."#,
        r#"Readers must find the exact instrument; a number without a date is ambiguous across years."#,
    ),
    fix: t(
        r#"Viết `decree "76/2018/NĐ-CP" 2018-05-15 "Quy định chi tiết …"`."#,
        r#"Write `decree "76/2018/NĐ-CP" 2018-05-15 "Detailing …"`."#,
    ),
    invalid: &[(
        r#"basis"#,
        r#"  basis {
    law      "07/2017/QH14"    2017-06-19 "Luật Chuyển giao công nghệ"
    decree   "76/2018/NĐ-CP"   "Quy định chi tiết một số điều của Luật Chuyển giao công nghệ"
    decree   "61/2018/NĐ-CP"   2018-04-23 "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"
    circular "01/2018/TT-VPCP" 2018-11-23 "Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP"
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for IncompleteCitation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(b) = &p.syntax.basis else { return };
        for c in &b.items {
            let mut missing = Vec::new();
            if c.number.is_none() {
                missing.push(("số hiệu", "number"));
            }
            if c.date.is_none() {
                missing.push(("ngày ban hành", "date"));
            }
            if c.title.is_none() {
                missing.push(("trích yếu", "title"));
            }
            if !missing.is_empty() {
                let vi: Vec<&str> = missing.iter().map(|m| m.0).collect();
                let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
                out.emit(
                    c.span,
                    Text::new(
                        format!("Văn bản căn cứ thiếu {}", vi.join(", ")),
                        format!("The cited instrument lacks its {}", en.join(", ")),
                    ),
                );
            }
        }
    }
}
