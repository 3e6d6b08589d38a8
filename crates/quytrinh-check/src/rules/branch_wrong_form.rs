//! QC047 `branch-wrong-form`: A branch issues the wrong form.
//!
//! Incomplete issues the supplement request (BM02); refused the refusal notice (BM03); late the apology (BM04); stopped (2025) the stop notice (BM05).

use crate::rules::prelude::*;

pub struct BranchWrongForm;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC047"),
    name: "branch-wrong-form",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(C01).art("9").cl("1"), law(C01).form("02"), law(C01).form("03"), law(C01).form("04")],
        },
        RegimeBasis { regime: R2025, citations: &[law(C03).form("02"), law(C03).form("03"), law(C03).form("04"), law(C03).form("05")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Cách xử lý trường hợp lập sai biểu mẫu"#, r#"A branch issues the wrong form"#),
    what: t(
        r#"Hồ sơ chưa đầy đủ lập Phiếu yêu cầu bổ sung (BM02); từ chối lập Phiếu từ chối (BM03); quá hạn lập Phiếu xin lỗi (BM04); dừng giải quyết (2025) lập Thông báo dừng (BM05)."#,
        r#"Incomplete issues the supplement request (BM02); refused the refusal notice (BM03); late the apology (BM04); stopped (2025) the stop notice (BM05)."#,
    ),
    why: t(
        r#"Mỗi trường hợp có biểu mẫu do Văn phòng Chính phủ quy định; dùng sai mẫu thì người nộp nhận sai thông báo."#,
        r#"Each case has its prescribed form; the wrong one tells the applicant the wrong thing."#,
    ),
    fix: t(r#"Sửa mã biểu mẫu trong dòng `on …`."#, r#"Correct the form id in the `on …` line."#),
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
    on refused    issue BM02 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for BranchWrongForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(st) = &p.syntax.steps else { return };
        for b in &st.branches {
            let role = match b.kind {
                BranchKind::Incomplete => FormRole::SupplementRequest,
                BranchKind::Refused => FormRole::Refusal,
                BranchKind::Late => FormRole::Apology,
                BranchKind::Stopped => FormRole::StopNotice,
            };
            let Some(expected) = form_for(p.regime, role) else { continue };
            if b.issues.is_empty() {
                out.emit(
                    b.span,
                    Text::new(
                        format!("Cách xử lý này chưa lập biểu mẫu; cần {} «{}»", expected.id, expected.name),
                        format!("This branch issues no form; it needs {} «{}»", expected.id, expected.name),
                    ),
                );
            } else if !b.issues.iter().any(|f| f.name == expected.id) {
                let d = out.emit(
                    b.issues[0].span,
                    Text::new(
                        format!("Trường hợp này phải lập {} «{}»", expected.id, expected.name),
                        format!("This case must issue {} «{}»", expected.id, expected.name),
                    ),
                );
                // One form, the wrong one: the regime prescribes which. With several, which
                // one was meant is not certain.
                if let ([only], true) = (b.issues.as_slice(), forms_in_own_numbering(p)) {
                    d.fix = Some(Fix::safe(
                        Text::new(format!("Đổi {} thành {}", only.name, expected.id), format!("Change {} to {}", only.name, expected.id)),
                        vec![Edit::replace(only.span, expected.id)],
                    ));
                }
            }
        }
    }
}
