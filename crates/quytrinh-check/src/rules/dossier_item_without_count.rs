//! QC027 `dossier-item-without-count`: A dossier item has no count.
//!
//! Each dossier item gives its originals, copies or certified copies (`original`, `copy 2`, `certified_copy`).

use crate::rules::prelude::*;

pub struct DossierItemWithoutCount;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC027"),
    name: "dossier-item-without-count",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(D63).art("8").cl("2").pt("d").note("thành phần, số lượng hồ sơ", "dossier items and numbers")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D63).art("8").cl("2").pt("d").note("thành phần, số lượng hồ sơ", "dossier items and numbers")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Thành phần hồ sơ không ghi số bản"#, r#"A dossier item has no count"#),
    what: t(
        r#"Mỗi thành phần hồ sơ ghi số bản chính, bản sao hoặc bản sao chứng thực (`original`, `copy 2`, `certified_copy`)."#,
        r#"Each dossier item gives its originals, copies or certified copies (`original`, `copy 2`, `certified_copy`)."#,
    ),
    why: t(
        r#"Giấy tiếp nhận ghi số lượng từng loại bản; không ghi thì người nộp không biết phải nộp gì."#,
        r#"The receipt prints each count; without it applicants do not know what to bring."#,
    ),
    fix: t(
        r#"Thêm `original`, `copy` hoặc `certified_copy` (kèm số nếu nhiều hơn 1)."#,
        r#"Add `original`, `copy` or `certified_copy` (with a number if more than 1)."#,
    ),
    invalid: &[(
        r#"dossier"#,
        r#"  dossier sets 1 {
    item "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" original form F01
    item "Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp"
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for DossierItemWithoutCount {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for item in p.syntax.dossier.iter().flat_map(|d| d.items.iter()) {
            if item.originals + item.copies + item.certified_copies == 0 {
                out.emit(
                    item.name.span,
                    Text::new("Thành phần hồ sơ chưa ghi số bản chính/bản sao", "The dossier item gives no count of originals or copies"),
                );
            }
        }
    }
}
