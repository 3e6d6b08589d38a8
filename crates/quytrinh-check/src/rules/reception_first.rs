//! QC038 `reception-first`: The first step is not reception at the one-stop unit issuing the receipt.
//!
//! Step 1 is done by the one-stop unit (the `one_stop` unit or a role in it) and issues the
//! receipt (BM01) — unless the procedure says (`reception outside_one_stop "…"`) that the
//! competent authority decided the TTHC is not received at the one-stop unit's premises
//! (Decree 61/2018 Art. 14(5); Decree 118/2025 Art. 14(3)), or (`reception
//! immediate_result`) that the law has its result returned at once, when no receipt is
//! drawn up (Decree 61/2018 and Decree 118/2025 Art. 17(4)).

use crate::rules::prelude::*;

pub struct ReceptionFirst;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC038"),
    name: "reception-first",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                law(D61).art("17").cl("1").pt("c"),
                law(C01).form("01"),
                law(D61).art("14").cl("5").note("thủ tục không tiếp nhận tại Bộ phận Một cửa", "TTHC not received at the one-stop unit"),
                law(D61).art("17").cl("4").note("trả kết quả ngay: không lập Giấy tiếp nhận", "result at once: no receipt"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("17").cl("1").pt("c"),
                law(C03).form("01"),
                law(D118).art("14").cl("3").note("thủ tục không tiếp nhận tại Bộ phận Một cửa", "TTHC not received at the one-stop unit"),
                law(D118).art("17").cl("4").note("trả kết quả ngay: không lập Giấy tiếp nhận", "result at once: no receipt"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(
        r#"Bước đầu không phải tiếp nhận tại Bộ phận Một cửa lập Giấy tiếp nhận"#,
        r#"The first step is not reception at the one-stop unit issuing the receipt"#,
    ),
    what: t(
        r#"Bước 1 do Bộ phận Một cửa (đơn vị `one_stop` hoặc chức danh thuộc đơn vị đó) thực hiện và lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả (BM01). Hai ngoại lệ phải ghi rõ trong quy trình: `reception outside_one_stop "…"` — thủ tục được Bộ trưởng hoặc Chủ tịch UBND cấp tỉnh quyết định không tiếp nhận tại trụ sở Bộ phận Một cửa (lưu động, tiếp nhận và trả kết quả tại nơi kiểm tra, chỉ thực hiện trên môi trường điện tử), ghi kèm quyết định đó: bước 1 không cần do Bộ phận Một cửa thực hiện; `reception immediate_result` — pháp luật quy định trả kết quả ngay sau khi tiếp nhận, giải quyết: không phải lập Giấy tiếp nhận."#,
        r#"Step 1 is done by the one-stop unit (the `one_stop` unit or a role in it) and issues the receipt (BM01). Two exceptions must be written in the procedure: `reception outside_one_stop "…"` — the Minister or the provincial Chairman decided the TTHC is not received at the one-stop unit's premises (mobile service, reception and result at the inspection site, electronic-only), citing that decision: step 1 need not be the one-stop unit's; `reception immediate_result` — the law has the result returned at once after reception: no receipt is drawn up."#,
    ),
    why: t(
        r#"Hồ sơ chỉ được tiếp nhận tại Bộ phận Một cửa; công chức không được nhận hồ sơ ngoài Bộ phận Một cửa (Nghị định 61 Điều 5(1)(e))."#,
        r#"Dossiers are received only at the one-stop unit; officers may not take them elsewhere (Decree 61 Art. 5(1)(e))."#,
    ),
    fix: t(
        r#"Cho bước 1 là `1 "Tiếp nhận hồ sơ" by cv_mc 2h issues BM01 BM05 BM06`."#,
        r#"Make step 1 `1 "Receive the dossier" by cv_mc 2h issues BM01 BM05 BM06`."#,
    ),
    invalid: &[(
        r#"steps"#,
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_qlcn 2h issues BM01 BM05 BM06
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

impl Rule for ReceptionFirst {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let reception = p.syntax.reception.as_ref();
        let outside = reception.and_then(|r| r.outside_one_stop);
        let immediate = reception.is_some_and(|r| r.immediate_result.is_some());
        // The exemption rests on a decision of the Minister or the provincial Chairman:
        // without it the control office cannot check it.
        if let (Some(span), Some(r)) = (outside, reception) {
            if r.reason.as_ref().is_none_or(|s| s.value.trim().is_empty()) {
                out.emit_with(
                    span,
                    Text::new(
                        "`outside_one_stop` không ghi trường hợp và quyết định cho phép không tiếp nhận tại Bộ phận Một cửa",
                        "`outside_one_stop` does not say which case and which decision exempts the TTHC from reception at the one-stop unit",
                    ),
                    Text::new(
                        "Ghi kèm lý do, ví dụ `reception outside_one_stop \"Lưu động — Quyết định số …/QĐ-UBND\"`.",
                        "Add the reason, e.g. `reception outside_one_stop \"Mobile — Decision …/QĐ-UBND\"`.",
                    ),
                );
            }
        }
        let Some(first) = p.steps.first() else { return };
        let receipt = form_id(p, FormRole::Receipt);
        // An actor or form written but not found is QM001's to report (with its "did you
        // mean"): saying also that the step is not reception would be the same mistake twice.
        if has_unresolved(first) {
            return;
        }
        if outside.is_none() && !at_one_stop(cx.cat, first) {
            // Name who, in this catalogue, receives at the one-stop unit: its roles there.
            let one_stop: Vec<String> = one_stop_ids(cx.cat, p).into_iter().map(|id| format!("`{id}`")).collect();
            let help = if one_stop.is_empty() {
                Text::new(
                    format!("Khai báo đơn vị Một cửa (`unit … one_stop`) trong tệp cơ quan và giao bước 1 cho đơn vị đó hoặc một chức danh thuộc đơn vị đó; bước 1 lập {receipt}."),
                    format!("Declare the one-stop unit (`unit … one_stop`) in the agency file and give step 1 to it or a role in it; step 1 issues {receipt}."),
                )
            } else {
                let who = one_stop.join(", ");
                Text::new(
                    format!(
                        "Giao bước 1 cho Bộ phận Một cửa ({who}, viết `by {}`), giữ nguyên nội dung bước; bước này lập {receipt}.",
                        one_stop[0].trim_matches('`')
                    ),
                    format!(
                        "Give step 1 to the one-stop unit ({who}: write `by {}`), keeping the step's text; it issues {receipt}.",
                        one_stop[0].trim_matches('`')
                    ),
                )
            };
            out.emit_with(
                first.syntax.actor.as_ref().map(|a| a.span).unwrap_or(first.syntax.number.1),
                Text::new("Bước đầu tiên phải do Bộ phận Một cửa tiếp nhận hồ sơ", "The first step must be reception by the one-stop unit"),
                help,
            );
        } else if !immediate && !step_issues(p, first, FormRole::Receipt) {
            out.emit(
                first.syntax.number.1,
                Text::new(
                    format!("Bước tiếp nhận phải lập Giấy tiếp nhận hồ sơ và hẹn trả kết quả ({receipt})"),
                    format!("The reception step must issue the receipt ({receipt})"),
                ),
            );
        }
    }
}
