//! QC043 `handover-control-sheet`: A hand-over between units without the control sheet.
//!
//! When consecutive steps belong to different units, one of them lists the control sheet (`uses BM05`; BM06 under 2025) so both sides sign.

use crate::rules::prelude::*;

pub struct HandoverControlSheet;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC043"),
    name: "handover-control-sheet",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).form("05"), law(D61).art("19").cl("5").pt("b")] },
        RegimeBasis { regime: R2025, citations: &[law(C03).form("06"), law(D118).art("19").cl("4").pt("d")] },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Giao nhận hồ sơ giữa hai đơn vị không qua Phiếu kiểm soát"#, r#"A hand-over between units without the control sheet"#),
    what: t(
        r#"Khi hai bước liền nhau thuộc hai đơn vị khác nhau, một trong hai bước ghi Phiếu kiểm soát (`uses BM05`; BM06 theo chế độ 2025) để hai bên ký giao, nhận."#,
        r#"When consecutive steps belong to different units, one of them lists the control sheet (`uses BM05`; BM06 under 2025) so both sides sign."#,
    ),
    why: t(
        r#"Phiếu kiểm soát ghi thời điểm giao nhận và là căn cứ xác định đơn vị làm trễ hồ sơ."#,
        r#"The control sheet times each hand-over and shows which unit made a dossier late."#,
    ),
    fix: t(r#"Thêm `uses BM05` vào bước giao hoặc bước nhận."#, r#"Add `uses BM05` to the giving or the receiving step."#),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h
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

impl Rule for HandoverControlSheet {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for w in p.steps.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            // A form or actor not found is QM001's (one root cause, one diagnostic).
            if has_unresolved(a) || has_unresolved(b) {
                continue;
            }
            let (Some(ua), Some(ub)) = (a.actor.and_then(|x| cx.cat.actor_unit(x)), b.actor.and_then(|x| cx.cat.actor_unit(x))) else {
                continue;
            };
            if ua != ub && !step_refers_to(p, a, FormRole::ControlSheet) && !step_refers_to(p, b, FormRole::ControlSheet) {
                let sheet = form_id(p, FormRole::ControlSheet);
                let fix = Fix::safe(
                    Text::new(format!("Ghi {sheet} ở bước {}", b.syntax.number.0), format!("Use {sheet} at step {}", b.syntax.number.0)),
                    vec![add_forms_to_step(cx.cat, p, &b.syntax, K::Uses, &[sheet])],
                );
                out.emit(
                    b.syntax.number.1,
                    Text::new(
                        format!(
                            "Hồ sơ chuyển từ {} sang {} mà không ghi Phiếu kiểm soát ({sheet})",
                            cx.cat.unit(ua).name,
                            cx.cat.unit(ub).name
                        ),
                        format!(
                            "The dossier moves from {} to {} without the control sheet ({sheet})",
                            cx.cat.unit(ua).name,
                            cx.cat.unit(ub).name
                        ),
                    ),
                )
                .fix = forms_in_own_numbering(p).then_some(fix);
            }
        }
    }
}
