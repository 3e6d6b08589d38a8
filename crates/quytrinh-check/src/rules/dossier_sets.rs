//! QC028 `dossier-sets`: No number of dossier sets (at least 1).
//!
//! The `dossier` section gives `sets N` with N ≥ 1.

use crate::rules::prelude::*;

pub struct DossierSets;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC028"),
    name: "dossier-sets",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(C01).form("01").note("«Số lượng hồ sơ: … (bộ)»", "«Number of dossiers: … (sets)»"),
                law(D63).art("8").cl("2").pt("d").note("hồ sơ là bộ phận tạo thành của thủ tục", "the dossier is part of the TTHC"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(C03).form("01").note("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "the receipt"),
                law(D63).art("8").cl("2").pt("d").note("hồ sơ là bộ phận tạo thành của thủ tục", "the dossier is part of the TTHC"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa ghi số bộ hồ sơ (ít nhất 1)"#, r#"No number of dossier sets (at least 1)"#),
    what: t(r#"Mục `dossier` ghi số bộ hồ sơ `sets N` với N ≥ 1."#, r#"The `dossier` section gives `sets N` with N ≥ 1."#),
    why: t(r#"Giấy tiếp nhận (Mẫu 01) in «Số lượng hồ sơ: … (bộ)»."#, r#"The receipt prints «Number of dossiers: … (sets)»."#),
    fix: t(r#"Viết `dossier sets 1 { … }`."#, r#"Write `dossier sets 1 { … }`."#),
    invalid: &[(
        r#"dossier"#,
        r#"  dossier {
    item "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" original form F01
    item "Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp" certified_copy
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for DossierSets {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(d) = &p.syntax.dossier else { return };
        match d.sets {
            None => {
                out.emit(d.span, Text::new("Chưa ghi số bộ hồ sơ (`sets`)", "No number of sets (`sets`)"));
            }
            Some((0, span)) => {
                out.emit(span, Text::new("Số bộ hồ sơ phải ít nhất là 1", "The number of sets must be at least 1"));
            }
            _ => {}
        }
    }
}
