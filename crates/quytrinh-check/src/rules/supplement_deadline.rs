//! QC048 `supplement-deadline`: The supplement request comes later than 3 working days.
//!
//! The `on incomplete … within` limit is at most 3 working days (unless the sector law says otherwise — then suppress with a reason).

use crate::rules::prelude::*;

pub struct SupplementDeadline;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC048"),
    name: "supplement-deadline",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[law(D61)
                .art("19")
                .cl("4")
                .note("không quá 03 ngày làm việc kể từ ngày tiếp nhận", "within 3 working days of reception")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[law(D118)
                .art("19")
                .cl("5")
                .note("không quá 03 ngày làm việc kể từ ngày tiếp nhận", "within 3 working days of reception")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Yêu cầu bổ sung hồ sơ muộn hơn 3 ngày làm việc"#, r#"The supplement request comes later than 3 working days"#),
    what: t(
        r#"Thời hạn của dòng `on incomplete … within` không quá 3 ngày làm việc (trừ khi luật chuyên ngành quy định khác — khi đó bỏ qua có lý do)."#,
        r#"The `on incomplete … within` limit is at most 3 working days (unless the sector law says otherwise — then suppress with a reason)."#,
    ),
    why: t(
        r#"Hồ sơ thiếu phải được trả lại trong 3 ngày làm việc kể từ khi tiếp nhận, và thời hạn tính lại từ đầu khi nhận đủ."#,
        r#"An insufficient dossier must go back within 3 working days of reception; the clock restarts when it is complete."#,
    ),
    fix: t(
        r#"Viết `on incomplete issue BM02 by cv_mc within 3d` hoặc ngắn hơn."#,
        r#"Write `on incomplete issue BM02 by cv_mc within 3d` or less."#,
    ),
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
    on incomplete issue BM02 by cv_mc within 5d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for SupplementDeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(st) = &p.syntax.steps else { return };
        for b in st.branches.iter().filter(|b| b.kind == BranchKind::Incomplete) {
            if let Some(w) = b.within {
                if w.hours > 3.0 * HOURS_PER_DAY + 1e-9 {
                    out.emit(
                        w.span,
                        Text::new(
                            format!("Yêu cầu bổ sung trong {} ngày làm việc, quá 3 ngày làm việc", days_vi(w.hours)),
                            format!("Supplement request within {} days, over 3 working days", days(w.hours)),
                        ),
                    );
                }
            }
        }
    }
}
