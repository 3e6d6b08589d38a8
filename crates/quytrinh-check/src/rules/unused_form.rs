//! QC049 `unused-form`: A form is defined but never used.
//!
//! Every form defined in `forms` is used somewhere: a dossier item (`form F01`), a step (`issues`/`uses`) or a record.

use crate::rules::prelude::*;

pub struct UnusedForm;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC049"),
    name: "unused-form",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[iso("7.5.2").pt("a").note("danh mục biểu mẫu khớp với nội dung", "the list of forms matches the content")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[iso("7.5.2").pt("a").note("danh mục biểu mẫu khớp với nội dung", "the list of forms matches the content")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Biểu mẫu khai báo nhưng không dùng"#, r#"A form is defined but never used"#),
    what: t(
        r#"Mỗi biểu mẫu khai báo trong mục `forms` được dùng ở đâu đó: một thành phần hồ sơ (`form F01`), một bước (`issues`/`uses`) hoặc một hồ sơ lưu."#,
        r#"Every form defined in `forms` is used somewhere: a dossier item (`form F01`), a step (`issues`/`uses`) or a record."#,
    ),
    why: t(
        r#"Mục Biểu mẫu in ra phải khớp với quy trình; mẫu thừa khiến người đọc tìm một bước không có."#,
        r#"The printed forms list must match the procedure; a stray form sends readers looking for a step that does not exist."#,
    ),
    fix: t(
        r#"Dùng biểu mẫu ở nơi cần (ví dụ `item "Đơn" original form F02`) hoặc xóa nó."#,
        r#"Use it where it belongs (e.g. `item "Application" original form F02`) or remove it."#,
    ),
    invalid: &[(
        r#"forms"#,
        r#"  forms {
    F01 "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    F02 "Báo cáo tình hình thực hiện hợp đồng" source "Mẫu số 04, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    use circular_01_2018
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for UnusedForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(forms) = &p.syntax.forms else { return };
        for (i, def) in forms.defs.iter().enumerate() {
            let used = p.form_refs.iter().any(|(_, r)| *r == Some(FormRef::Custom(i)));
            if !used {
                out.emit(
                    def.id.span,
                    Text::new(
                        format!("Biểu mẫu `{}` không được dùng ở bước, hồ sơ hay hồ sơ lưu nào", def.id.name),
                        format!("Form `{}` is not used by any step, dossier item or record", def.id.name),
                    ),
                );
            }
        }
    }
}
