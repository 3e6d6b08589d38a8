//! QC001 `missing-iso-section`: A mandatory section of the ISO document is missing.
//!
//! Every procedure should have the seven sections of the ISO document: 1 Purpose (`purpose`), 2 Scope (`scope`), 3 References (`references`), 4 Terms (`terms`), 5 Procedure content (`steps`), 6 Forms (`forms`), 7 Records (`records`). Each missing section is one warning: the layout is ISO practice, not a legal duty.

use crate::rules::prelude::*;

pub struct MissingIsoSection;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC001"),
    name: "missing-iso-section",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.2").pt("a"), iso("7.5.2").pt("b")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.2").pt("a"), iso("7.5.2").pt("b")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Quy trình thiếu một mục bắt buộc của tài liệu ISO"#, r#"A mandatory section of the ISO document is missing"#),
    what: t(
        r#"Mỗi quy trình nên có đủ 7 mục của tài liệu ISO: 1 Mục đích (`purpose`), 2 Phạm vi (`scope`), 3 Tài liệu viện dẫn (`references`), 4 Định nghĩa/viết tắt (`terms`), 5 Nội dung quy trình (`steps`), 6 Biểu mẫu (`forms`), 7 Hồ sơ cần lưu (`records`). Mỗi mục thiếu là một cảnh báo: bố cục này là thực hành ISO, không phải quy định pháp luật."#,
        r#"Every procedure should have the seven sections of the ISO document: 1 Purpose (`purpose`), 2 Scope (`scope`), 3 References (`references`), 4 Terms (`terms`), 5 Procedure content (`steps`), 6 Forms (`forms`), 7 Records (`records`). Each missing section is one warning: the layout is ISO practice, not a legal duty."#,
    ),
    why: t(
        r#"Văn phòng UBND tỉnh kiểm tra hình thức và nội dung quy trình trước khi trình Chủ tịch phê duyệt (Thông tư 01/2018 Điều 8(3)); quy trình thiếu mục sẽ bị trả lại."#,
        r#"The provincial People's Committee Office checks the form and content of each procedure before the Chairman approves it (Circular 01/2018 Art. 8(3)); a procedure with a missing section is sent back."#,
    ),
    fix: t(
        r#"Thêm mục còn thiếu vào khối `procedure`, ví dụ `purpose "Quy định trình tự, trách nhiệm…"`."#,
        r#"Add the missing section to the `procedure` block, e.g. `purpose "Defines the sequence, responsibilities…"`."#,
    ),
    invalid: &[(r#"purpose"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingIsoSection {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let s = &p.syntax;
        let missing: [(bool, &str, &str, &str); 7] = [
            (s.purpose.is_none() && !s.wrote(K::Purpose), "purpose", "1. Mục đích", "1. Purpose"),
            (s.scope.is_none() && !s.wrote(K::Scope), "scope", "2. Phạm vi áp dụng", "2. Scope"),
            (
                s.references.as_ref().is_none_or(|r| r.items.is_empty()) && !s.wrote(K::References),
                "references",
                "3. Tài liệu viện dẫn",
                "3. References",
            ),
            (
                s.terms.as_ref().is_none_or(|t| t.items.is_empty()) && !s.wrote(K::Terms),
                "terms",
                "4. Định nghĩa, viết tắt",
                "4. Terms and abbreviations",
            ),
            (
                (s.steps.is_none() || p.steps.is_empty()) && !s.wrote(K::Steps),
                "steps",
                "5. Nội dung quy trình (các bước)",
                "5. Procedure content (steps)",
            ),
            (
                s.forms.as_ref().is_none_or(|f| f.defs.is_empty() && f.uses.is_empty()) && !s.wrote(K::Forms),
                "forms",
                "6. Biểu mẫu",
                "6. Forms",
            ),
            (s.records.as_ref().is_none_or(|r| r.items.is_empty()) && !s.wrote(K::Records), "records", "7. Hồ sơ cần lưu", "7. Records"),
        ];
        for (is_missing, key, vi, en) in missing {
            if is_missing {
                out.emit_with(
                    p.syntax.code.span,
                    Text::new(format!("Quy trình thiếu mục «{vi}» (`{key}`)"), format!("The procedure has no «{en}» section (`{key}`)")),
                    Text::new(
                        format!("Thêm mục `{key}` vào khối `procedure`."),
                        format!("Add a `{key}` section to the `procedure` block."),
                    ),
                );
            }
        }
    }
}
