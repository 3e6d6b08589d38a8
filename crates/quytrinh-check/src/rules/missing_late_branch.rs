//! QC046 `missing-late-branch`: No handling of the late dossier case.
//!
//! The `steps` block has an `on late issue …` line for the late dossier case, issuing the
//! apology and new appointment (BM04) — by the handling agency, not the one-stop unit: the
//! agency with authority notifies the one-stop unit and sends the apology (Decree 61/2018
//! Art. 19(9); Decree 118/2025 Art. 19(6)).

use crate::rules::prelude::*;

pub struct MissingLateBranch;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC046"),
    name: "missing-late-branch",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("19").cl("9"), law(C01).form("04")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("19").cl("6"), law(D118).art("12").cl("5"), law(C03).form("04")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Unsafe),
    title: t(r#"Chưa có cách xử lý trường hợp giải quyết quá hạn"#, r#"No handling of the late dossier case"#),
    what: t(
        r#"Khối `steps` có dòng `on late issue …` cho trường hợp giải quyết quá hạn, lập Phiếu xin lỗi và hẹn lại ngày trả kết quả (BM04), do cơ quan, đơn vị có thẩm quyền giải quyết thực hiện (`by` một chức danh, đơn vị xử lý hồ sơ), không phải Bộ phận Một cửa: cơ quan giải quyết thông báo cho Bộ phận Một cửa và gửi văn bản xin lỗi tổ chức, cá nhân."#,
        r#"The `steps` block has an `on late issue …` line for the late dossier case, issuing the apology and new appointment (BM04), by the agency handling the dossier (`by` a role or unit that handles it), not the one-stop unit: the handling agency notifies the one-stop unit and sends the apology."#,
    ),
    why: t(
        r#"Công chức phải biết làm gì và lập phiếu nào khi gặp trường hợp này; Cổng dịch vụ công cấu hình nhánh xử lý từ đây."#,
        r#"Officers must know what to do and which form to issue; the portal configures the branch from it."#,
    ),
    fix: t(r#"Thêm `on late issue … by …` vào khối `steps`."#, r#"Add `on late issue … by …` to the `steps` block."#),
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
    on refused    issue BM03 by cv_mc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingLateBranch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        require_branch(
            cx.cat,
            p,
            BranchKind::Late,
            Text::new("Chưa có cách xử lý trường hợp giải quyết quá hạn (`on late`)", "No handling of the late dossier case (`on late`)"),
            out,
        );
        let Some(st) = &p.syntax.steps else { return };
        for (b, actor) in st.branches.iter().zip(&p.branch_actors) {
            let Some(actor) = actor else { continue };
            if b.kind == BranchKind::Late && cx.cat.is_one_stop(*actor) {
                let span = b.actor.as_ref().map(|a| a.span).unwrap_or(b.span);
                out.emit_with(
                    span,
                    Text::new(
                        "Văn bản xin lỗi khi quá hạn do cơ quan có thẩm quyền giải quyết lập, không phải Bộ phận Một cửa",
                        "The late notice and apology come from the agency handling the dossier, not the one-stop unit",
                    ),
                    Text::new(
                        "Ghi `by` người đứng đầu cơ quan hoặc đơn vị xử lý hồ sơ, ví dụ `on late issue BM04 by giamdoc`.",
                        "Make `by` the head of the handling agency or unit, e.g. `on late issue BM04 by giamdoc`.",
                    ),
                );
            }
        }
    }
}
