//! QC059 `incomplete-closure`: Under the 2025 regime, the incomplete branch closes the dossier after 15 days.
//!
//! Decree 118/2025 Art. 19(5): a dossier the applicant does not complete within 15 days of
//! the supplement request is closed; the procedure says so with `closes_after 15 calendar_days`.
//! The decree counts "15 ngày" — days, not working days ("ngày làm việc", which the same
//! clause uses for the 03-day notice) — so `15d` (15 working days, three weeks) is wrong.

use crate::rules::prelude::*;

pub struct IncompleteClosure;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC059"),
    name: "incomplete-closure",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[law(D118).art("19").cl("5").note("đóng hồ sơ sau 15 ngày kể từ khi thông báo", "closed 15 days after the notice")],
    }],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Chưa ghi việc đóng hồ sơ không được bổ sung sau 15 ngày"#, r#"No closure of a dossier not completed within 15 days"#),
    what: t(
        r#"Theo chế độ 2025, dòng `on incomplete` ghi `closes_after 15 calendar_days`: hồ sơ không được bổ sung trong 15 ngày kể từ khi có phiếu yêu cầu thì bị đóng."#,
        r#"Under the 2025 regime the `on incomplete` line says `closes_after 15 calendar_days`: a dossier not completed within 15 days of the request is closed."#,
    ),
    why: t(
        r#"Nghị định 118/2025 mới đặt ra việc đóng hồ sơ; hệ thống một cửa điện tử cần biết thời hạn này để tự đóng hồ sơ."#,
        r#"Decree 118/2025 introduced the closure; the one-stop e-system needs the limit to close dossiers itself."#,
    ),
    fix: t(
        r#"Viết `on incomplete issue BM02 by cv_mc within 3d closes_after 15 calendar_days`."#,
        r#"Write `on incomplete issue BM02 by cv_mc within 3d closes_after 15 calendar_days`."#,
    ),
    invalid: &[("regime", "  regime decree_118_2025")],
    valid: &[
        ("regime", "  regime decree_118_2025"),
        (
            "steps",
            r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM06 BM07
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM06
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM06
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by giamdoc 4h
    7 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM06
    8 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d closes_after 15 calendar_days
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
    on stopped    issue BM05 by cv_mc
  }"#,
        ),
    ],
    context: "",
};

impl Rule for IncompleteClosure {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(st) = &p.syntax.steps else { return };
        for b in st.branches.iter().filter(|b| b.kind == BranchKind::Incomplete) {
            match b.closes_after {
                None => {
                    let words = format!("{} 15 {}", kw(cx.cat, p, K::ClosesAfter), kw(cx.cat, p, K::CalendarDays));
                    out.emit(
                        b.span,
                        Text::new(
                            "Chưa ghi đóng hồ sơ sau 15 ngày không bổ sung (`closes_after 15 calendar_days`)",
                            "No closure after 15 days without completion (`closes_after 15 calendar_days`)",
                        ),
                    )
                    .fix = Some(Fix::safe(
                        Text::new(format!("Thêm `{words}`"), format!("Add `{words}`")),
                        vec![Edit::insert(branch_end(b), format!(" {words}"))],
                    ));
                }
                Some(d) if d.calendar_days.is_none() => {
                    let days15 = format!("15 {}", kw(cx.cat, p, K::CalendarDays));
                    let fix =
                        Fix::safe(Text::new(format!("Viết `{days15}`"), format!("Write `{days15}`")), vec![Edit::replace(d.span, &days15)]);
                    // Working days: the decree's "15 ngày" is 15 days on the calendar.
                    out.emit_with(
                        d.span,
                        Text::new(
                            format!(
                                "Thời hạn đóng hồ sơ là 15 ngày theo lịch (Nghị định 118/2025 Điều 19 khoản 5 ghi \"Sau 15 ngày\"), không phải {} ngày làm việc",
                                days_vi(d.hours)
                            ),
                            format!(
                                "The closure limit is 15 calendar days (Decree 118/2025 Art. 19(5): \"after 15 days\"), not {} working days",
                                days(d.hours)
                            ),
                        ),
                        Text::new("Viết `closes_after 15 calendar_days`.", "Write `closes_after 15 calendar_days`."),
                    )
                    .fix = Some(fix);
                }
                Some(d) if d.calendar_days.is_some_and(|n| (n - 15.0).abs() > 1e-9) => {
                    let n = d.calendar_days.unwrap_or_default();
                    let days15 = format!("15 {}", kw(cx.cat, p, K::CalendarDays));
                    let fix =
                        Fix::safe(Text::new(format!("Viết `{days15}`"), format!("Write `{days15}`")), vec![Edit::replace(d.span, &days15)]);
                    out.emit(
                        d.span,
                        Text::new(
                            format!("Thời hạn đóng hồ sơ là 15 ngày, không phải {} ngày", days_vi(n * HOURS_PER_DAY)),
                            format!("The closure limit is 15 days, not {}", days(n * HOURS_PER_DAY)),
                        ),
                    )
                    .fix = Some(fix);
                }
                _ => {}
            }
        }
    }
}
