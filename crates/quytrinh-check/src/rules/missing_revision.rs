//! QC005 `missing-revision`: No revision recorded.
//!
//! The procedure has at least one `revision <n> <date> "description" { … }` with its drafter, reviewer and approver.

use crate::rules::prelude::*;

pub struct MissingRevision;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC005"),
    name: "missing-revision",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[iso("7.5.2").pt("c"), iso("7.5.3.2").pt("c").note("kiểm soát thay đổi", "control of changes")],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[iso("7.5.2").pt("c"), iso("7.5.3.2").pt("c").note("kiểm soát thay đổi", "control of changes")],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Chưa có lần ban hành nào"#, r#"No revision recorded"#),
    what: t(
        r#"Quy trình phải có ít nhất một `revision <số> <ngày> "mô tả" { … }` ghi lần ban hành và người biên soạn, xem xét, phê duyệt."#,
        r#"The procedure has at least one `revision <n> <date> "description" { … }` with its drafter, reviewer and approver."#,
    ),
    why: t(
        r#"Bảng theo dõi sửa đổi và khối ký duyệt được in từ đây; thiếu nó tài liệu không được kiểm soát."#,
        r#"The revision table and the sign-off block are printed from it; without it the document is uncontrolled."#,
    ),
    fix: t(
        r#"Thêm `revision 1 2020-05-15 "Ban hành lần đầu" { drafted "…" "chức vụ" … }`."#,
        r#"Add `revision 1 2020-05-15 "First issue" { drafted "…" "position" … }`."#,
    ),
    invalid: &[(r#"revision"#, r#""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for MissingRevision {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        if p.syntax.revisions.is_empty() && !p.syntax.wrote(K::Revision) {
            out.emit(
                p.syntax.code.span,
                Text::new("Quy trình chưa có lần ban hành (`revision`)", "The procedure has no revision (`revision`)"),
            );
        }
    }
}
