//! QC039 `reception-forms`: Reception issues no control sheet or register entry.
//!
//! The reception step issues the control sheet (BM05; BM06 under the 2025 regime) and enters the register (BM06; BM07 under 2025).

use crate::rules::prelude::*;

pub struct ReceptionForms;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC039"),
    name: "reception-forms",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).art("9").cl("1"), law(C01).form("05"), law(C01).form("06")] },
        RegimeBasis { regime: R2025, citations: &[law(C03).form("06"), law(C03).form("07")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(
        r#"Bước tiếp nhận không lập Phiếu kiểm soát hoặc không vào Sổ theo dõi"#,
        r#"Reception issues no control sheet or register entry"#,
    ),
    what: t(
        r#"Bước tiếp nhận lập Phiếu kiểm soát quá trình giải quyết hồ sơ (BM05; BM06 theo chế độ 2025) và vào Sổ theo dõi hồ sơ (BM06; BM07 theo chế độ 2025)."#,
        r#"The reception step issues the control sheet (BM05; BM06 under the 2025 regime) and enters the register (BM06; BM07 under 2025)."#,
    ),
    why: t(
        r#"Phiếu kiểm soát đi theo hồ sơ để ký nhận ở mỗi lần giao nhận; sổ theo dõi là bắt buộc khi chưa có hệ thống điện tử."#,
        r#"The control sheet travels with the dossier for every hand-over; the register is mandatory without an e-system."#,
    ),
    fix: t(r#"Thêm các mẫu vào bước 1: `issues BM01 BM05 BM06`."#, r#"Add the forms to step 1: `issues BM01 BM05 BM06`."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by giamdoc 4h
    7 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    8 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for ReceptionForms {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(first) = p.steps.first() else { return };
        // A form or actor not found is QM001's (one root cause, one diagnostic).
        if !at_one_stop(cx.cat, first) || has_unresolved(first) {
            return;
        }
        let mut missing = Vec::new();
        for role in [FormRole::ControlSheet, FormRole::Register] {
            if !step_refers_to(p, first, role) {
                missing.push(form_id(p, role));
            }
        }
        if !missing.is_empty() {
            let fix = Fix::safe(
                Text::new(
                    format!("Thêm {} vào bước tiếp nhận", missing.join(", ")),
                    format!("Add {} to the reception step", missing.join(", ")),
                ),
                vec![add_forms_to_step(cx.cat, p, &first.syntax, K::Issues, &missing)],
            );
            out.emit(
                first.syntax.number.1,
                Text::new(
                    format!("Bước tiếp nhận chưa lập {}", missing.join(", ")),
                    format!("The reception step does not issue {}", missing.join(", ")),
                ),
            )
            .fix = forms_in_own_numbering(p).then_some(fix);
        }
    }
}
