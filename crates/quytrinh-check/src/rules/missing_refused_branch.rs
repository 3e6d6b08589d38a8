//! QC045 `missing-refused-branch`: No handling of the refused dossier case.
//!
//! The `steps` block has an `on refused issue …` line for the refused dossier case, issuing the refusal notice (BM03).

use crate::rules::prelude::*;

pub struct MissingRefusedBranch;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC045"),
    name: "missing-refused-branch",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("17").cl("1").pt("b"), law(D61).art("19").cl("8"), law(C01).form("03")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("17").cl("1").pt("c"), law(D118).art("19").cl("3"), law(C03).form("03")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Unsafe),
    title: t(r#"Chưa có cách xử lý trường hợp từ chối giải quyết"#, r#"No handling of the refused dossier case"#),
    what: t(
        r#"Khối `steps` có dòng `on refused issue …` cho trường hợp từ chối giải quyết, lập Phiếu từ chối tiếp nhận giải quyết hồ sơ (BM03)."#,
        r#"The `steps` block has an `on refused issue …` line for the refused dossier case, issuing the refusal notice (BM03)."#,
    ),
    why: t(
        r#"Công chức phải biết làm gì và lập phiếu nào khi gặp trường hợp này; Cổng dịch vụ công cấu hình nhánh xử lý từ đây."#,
        r#"Officers must know what to do and which form to issue; the portal configures the branch from it."#,
    ),
    fix: t(r#"Thêm `on refused issue … by …` vào khối `steps`."#, r#"Add `on refused issue … by …` to the `steps` block."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by giamdoc 4h
    7 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    8 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingRefusedBranch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        require_branch(
            cx.cat,
            p,
            BranchKind::Refused,
            Text::new(
                "Chưa có cách xử lý trường hợp từ chối giải quyết (`on refused`)",
                "No handling of the refused dossier case (`on refused`)",
            ),
            out,
        );
    }
}
