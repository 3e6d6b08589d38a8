//! QC058 `stop-branch`: No handling of an applicant's request to stop.
//!
//! Under the 2025 regime, `steps` has `on stopped issue BM05` (stop notice).

use crate::rules::prelude::*;

pub struct StopBranch;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC058"),
    name: "stop-branch",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis { regime: R2025, citations: &[law(D118).art("21"), law(C03).form("05")] }],
    unconfirmed: true,
    autofix: Some(Applicability::Unsafe),
    title: t(r#"Chưa có cách xử lý khi người nộp đề nghị dừng giải quyết"#, r#"No handling of an applicant's request to stop"#),
    what: t(
        r#"Theo chế độ 2025, khối `steps` có `on stopped issue BM05` (Thông báo dừng giải quyết hồ sơ)."#,
        r#"Under the 2025 regime, `steps` has `on stopped issue BM05` (stop notice)."#,
    ),
    why: t(
        r#"Người nộp có quyền dừng hồ sơ giữa chừng; hệ thống phải lưu trạng thái dừng."#,
        r#"Applicants may stop a dossier midway; the system must record it."#,
    ),
    fix: t(r#"Thêm `on stopped issue BM05 by cv_mc`."#, r#"Add `on stopped issue BM05 by cv_mc`."#),
    invalid: &[(r#"regime"#, r#"  regime decree_118_2025"#)],
    valid: &[
        (r#"regime"#, r#"  regime decree_118_2025"#),
        (
            r#"steps"#,
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
    context: r#""#,
};

impl Rule for StopBranch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(st) = &p.syntax.steps else { return };
        if p.steps.is_empty() {
            return;
        }
        if !st.branches.iter().any(|b| b.kind == BranchKind::Stopped) {
            // The regime's stop notice and this catalogue's one-stop role, not a sample.
            let notice = form_id(p, FormRole::StopNotice);
            let found = one_stop_ids(cx.cat, p).into_iter().next();
            let who = found.clone().unwrap_or_else(|| "<đơn vị Một cửa>".to_string());
            // Who issues the notice is the agency's choice: the one-stop role is a likely
            // one, offered behind `--unsafe-fixes`.
            let fix = found.and_then(|who| {
                let line = format!("{} {notice} {} {who}", kws(cx.cat, p, &[K::On, K::Stopped, K::Issues]), kw(cx.cat, p, K::By));
                add_line_to_block(cx.cat, p, st.span, &line)
                    .map(|e| Fix::unsafe_(Text::new(format!("Thêm dòng `{line}`"), format!("Add the line `{line}`")), vec![e]))
            });
            let d = out.emit_with(
                st.span,
                Text::new(
                    format!("Chưa có cách xử lý khi người nộp đề nghị dừng giải quyết (`on stopped issue {notice}`)"),
                    format!("No handling of a request to stop (`on stopped issue {notice}`)"),
                ),
                Text::new(
                    format!("Thêm vào khối `steps` dòng `on stopped issue {notice} by {who}`."),
                    format!("Add the line `on stopped issue {notice} by {who}` to the `steps` block."),
                ),
            );
            d.fix = fix;
        }
    }
}
