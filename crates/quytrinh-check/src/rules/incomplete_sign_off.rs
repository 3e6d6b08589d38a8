//! QC006 `incomplete-sign-off`: Drafter, reviewer or approver missing.
//!
//! The latest revision names all three signatories — `drafted`, `reviewed`, `approved` — each with name and position.

use crate::rules::prelude::*;

pub struct IncompleteSignOff;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC006"),
    name: "incomplete-sign-off",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.2").pt("c").note("xem xét và phê duyệt", "review and approval")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.2").pt("c").note("xem xét và phê duyệt", "review and approval")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Thiếu người biên soạn, xem xét hoặc phê duyệt"#, r#"Drafter, reviewer or approver missing"#),
    what: t(
        r#"Lần ban hành mới nhất phải có đủ ba người ký: `drafted` (biên soạn), `reviewed` (xem xét), `approved` (phê duyệt), mỗi người có họ tên và chức vụ."#,
        r#"The latest revision names all three signatories — `drafted`, `reviewed`, `approved` — each with name and position."#,
    ),
    why: t(
        r#"Khối ký Biên soạn / Xem xét / Phê duyệt là bằng chứng tài liệu đã được xem xét và phê duyệt trước khi ban hành."#,
        r#"The Drafted / Reviewed / Approved block is the evidence that the document was reviewed and approved before issue."#,
    ),
    fix: t(
        r#"Thêm dòng còn thiếu trong khối `revision`, ví dụ `reviewed "Trần Thị Bình" "Trưởng phòng" 2020-04-24`."#,
        r#"Add the missing line in the `revision` block, e.g. `reviewed "Trần Thị Bình" "Head of office" 2020-04-24`."#,
    ),
    invalid: &[(
        r#"revision"#,
        r#"  revision 1 2020-05-15 "Ban hành lần đầu" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2020-04-20
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2020-04-24
    approved "Phạm Văn Cường"
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for IncompleteSignOff {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(r) = p.syntax.revisions.iter().max_by_key(|r| r.number.map(|n| n.0).unwrap_or(0)) else { return };
        for (so, key, vi, en) in [
            (&r.drafted, "drafted", "người biên soạn", "drafter"),
            (&r.reviewed, "reviewed", "người xem xét", "reviewer"),
            (&r.approved, "approved", "người phê duyệt", "approver"),
        ] {
            match so {
                None => {
                    out.emit(
                        r.span,
                        Text::new(format!("Lần ban hành chưa ghi {vi} (`{key}`)"), format!("The revision has no {en} (`{key}`)")),
                    );
                }
                Some(s) if s.name.is_none() || s.position.is_none() => {
                    out.emit(
                        s.span,
                        Text::new(format!("Cần ghi họ tên và chức vụ của {vi}"), format!("Give the {en}'s name and position")),
                    );
                }
                _ => {}
            }
        }
    }
}
