//! QC040 `return-last`: The last step does not return the result through the one-stop unit.
//!
//! The last step is done by the one-stop unit: returning the result (at the counter, by post or online).

use crate::rules::prelude::*;

pub struct ReturnLast;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC040"),
    name: "return-last",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(D61).art("20").cl("3"), law(D61).art("14").cl("5")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("22").cl("3"), law(D118).art("14").cl("3")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Bước cuối không trả kết quả qua Bộ phận Một cửa"#, r#"The last step does not return the result through the one-stop unit"#),
    what: t(
        r#"Bước cuối cùng do Bộ phận Một cửa thực hiện: trả kết quả cho tổ chức, cá nhân (tại quầy, qua bưu chính hoặc trực tuyến) — trừ thủ tục ghi `reception outside_one_stop "…"` (không tiếp nhận tại Bộ phận Một cửa)."#,
        r#"The last step is done by the one-stop unit: returning the result (at the counter, by post or online) — except for a TTHC written `reception outside_one_stop "…"` (not received at the one-stop unit)."#,
    ),
    why: t(
        r#"Người nộp nhận kết quả tại nơi ghi trên Giấy tiếp nhận; phòng chuyên môn không trả trực tiếp."#,
        r#"Applicants collect the result where the receipt says; the specialist office does not hand it over."#,
    ),
    fix: t(r#"Thêm bước cuối `9 "Trả kết quả" by cv_mc 0h`."#, r#"Add a last step `9 "Return the result" by cv_mc 0h`."#),
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
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for ReturnLast {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.steps.len() < 2 {
            return;
        }
        let Some(last) = p.steps.last() else { return };
        // A TTHC decided not to be received at the one-stop unit (mobile service, on-site
        // inspection) returns its result where it was received.
        if p.syntax.reception.as_ref().is_some_and(|r| r.outside_one_stop.is_some()) {
            return;
        }
        if last.actor.is_some() && !at_one_stop(cx.cat, last) && !has_unresolved(last) {
            // The next step number and this catalogue's one-stop role, not a sample.
            let next = last.syntax.number.0.parse::<u32>().map(|n| n + 1).unwrap_or(p.steps.len() as u32 + 1);
            let who = one_stop_ids(cx.cat, p).into_iter().next().unwrap_or_else(|| "<đơn vị Một cửa>".to_string());
            let receipt = form_id(p, FormRole::Receipt);
            out.emit_with(
                last.syntax.number.1,
                Text::new("Bước cuối phải là Bộ phận Một cửa trả kết quả", "The last step must be the one-stop unit returning the result"),
                Text::new(
                    format!("Thêm bước cuối `{next} \"Trả kết quả\" by {who} 0h uses {receipt}` (Bộ phận Một cửa thu lại Giấy tiếp nhận và trả kết quả)."),
                    format!("Add a last step `{next} \"Trả kết quả\" by {who} 0h uses {receipt}` (the one-stop unit takes back the receipt and returns the result)."),
                ),
            );
        }
    }
}
