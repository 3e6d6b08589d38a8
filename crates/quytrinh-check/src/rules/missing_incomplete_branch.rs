//! QC044 `missing-incomplete-branch`: No handling of the incomplete dossier case.
//!
//! The `steps` block has an `on incomplete issue …` line for the incomplete dossier case, issuing the supplement request (BM02).

use crate::rules::prelude::*;

pub struct MissingIncompleteBranch;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC044"),
    name: "missing-incomplete-branch",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("17").cl("1").pt("a"), law(D61).art("19").cl("4"), law(C01).form("02")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("17").cl("1").pt("c"), law(D118).art("19").cl("5"), law(C03).form("02")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Unsafe),
    title: t(r#"Chưa có cách xử lý trường hợp hồ sơ chưa đầy đủ"#, r#"No handling of the incomplete dossier case"#),
    what: t(
        r#"Khối `steps` có dòng `on incomplete issue …` cho trường hợp hồ sơ chưa đầy đủ, lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (BM02)."#,
        r#"The `steps` block has an `on incomplete issue …` line for the incomplete dossier case, issuing the supplement request (BM02)."#,
    ),
    why: t(
        r#"Công chức phải biết làm gì và lập phiếu nào khi gặp trường hợp này; Cổng dịch vụ công cấu hình nhánh xử lý từ đây."#,
        r#"Officers must know what to do and which form to issue; the portal configures the branch from it."#,
    ),
    fix: t(r#"Thêm `on incomplete issue … by …` vào khối `steps`."#, r#"Add `on incomplete issue … by …` to the `steps` block."#),
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
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingIncompleteBranch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        require_branch(
            cx.cat,
            p,
            BranchKind::Incomplete,
            Text::new(
                "Chưa có cách xử lý trường hợp hồ sơ chưa đầy đủ (`on incomplete`)",
                "No handling of the incomplete dossier case (`on incomplete`)",
            ),
            out,
        );
    }
}
