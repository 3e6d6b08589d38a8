//! QC007 `revision-history`: The revision history is inconsistent.
//!
//! Revision numbers increase from 1 and dates never go back; drafting precedes review, review precedes approval, none after the revision date; the effective date is not before the latest revision.

use crate::rules::prelude::*;

pub struct RevisionHistory;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC007"),
    name: "revision-history",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[iso("7.5.3.2").pt("c").note("kiểm soát thay đổi", "control of changes")] },
        RegimeBasis { regime: R2025, citations: &[iso("7.5.3.2").pt("c").note("kiểm soát thay đổi", "control of changes")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Lịch sử ban hành không nhất quán"#, r#"The revision history is inconsistent"#),
    what: t(
        r#"Số lần ban hành tăng dần từ 1, ngày không lùi; người biên soạn ký trước người xem xét, người xem xét trước người phê duyệt, và không sau ngày ban hành; ngày hiệu lực không trước lần ban hành mới nhất."#,
        r#"Revision numbers increase from 1 and dates never go back; drafting precedes review, review precedes approval, none after the revision date; the effective date is not before the latest revision."#,
    ),
    why: t(
        r#"Bảng «Theo dõi sửa đổi tài liệu» phải cho thấy đúng thứ tự các lần sửa đổi để thu hồi bản lỗi thời."#,
        r#"The revision table must show the true order of changes so obsolete copies can be withdrawn."#,
    ),
    fix: t(r#"Sửa số hoặc ngày của lần ban hành được chỉ ra."#, r#"Correct the number or date of the revision pointed at."#),
    invalid: &[(
        r#"revision"#,
        r#"  revision 1 2020-05-15 "Ban hành lần đầu" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2020-04-20
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2020-04-24
    approved "Phạm Văn Cường" "Giám đốc Sở"  2020-04-28
  }
  revision 3 2020-05-15 "Sửa đổi bước 4" {
    drafted  "Nguyễn Văn An"  "Chuyên viên"  2020-05-01
    reviewed "Trần Thị Bình"  "Trưởng phòng" 2020-05-05
    approved "Phạm Văn Cường" "Giám đốc Sở"  2020-05-10
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for RevisionHistory {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let mut prev: Option<(u32, Option<Date>)> = None;
        for r in &p.syntax.revisions {
            let Some((n, span)) = r.number else { continue };
            let date = r.date.map(|d| d.date);
            let expected = prev.map(|(pn, _)| pn + 1).unwrap_or(1);
            if n != expected {
                out.emit(
                    span,
                    Text::new(
                        format!("Lần ban hành số {n}, nhưng lần tiếp theo phải là số {expected}"),
                        format!("Revision {n}, but the next revision should be number {expected}"),
                    ),
                );
            } else if let (Some((_, Some(pd))), Some(d)) = (prev, date) {
                if d < pd {
                    out.emit(
                        r.span,
                        Text::new(
                            format!("Ngày {d} sớm hơn lần ban hành trước ({pd})"),
                            format!("Date {d} is before the previous revision ({pd})"),
                        ),
                    );
                }
            }
            let signed: Vec<(Date, Span)> = [&r.drafted, &r.reviewed, &r.approved]
                .iter()
                .filter_map(|s| s.as_ref().and_then(|s| s.date.map(|d| (d.date, s.span))))
                .collect();
            for w in signed.windows(2) {
                if w[1].0 < w[0].0 {
                    out.emit(
                        w[1].1,
                        Text::new(
                            "Ngày ký sớm hơn ngày ký của bước trước (biên soạn → xem xét → phê duyệt)",
                            "Signed before the previous signatory (drafted → reviewed → approved)",
                        ),
                    );
                }
            }
            if let (Some(d), Some(last)) = (date, signed.last()) {
                if last.0 > d {
                    out.emit(
                        last.1,
                        Text::new(
                            format!("Ngày ký {} sau ngày ban hành {d}", last.0),
                            format!("Signed on {} after the revision date {d}", last.0),
                        ),
                    );
                }
            }
            prev = Some((n, date.or(prev.and_then(|x| x.1))));
        }
        if let (Some(eff), Some((_, Some(last)))) = (p.syntax.effective, prev) {
            if eff.date < last {
                out.emit(
                    eff.span,
                    Text::new(
                        format!("Ngày hiệu lực {} trước lần ban hành mới nhất ({})", eff.date.vi(), last.vi()),
                        format!("Effective {} before the latest revision ({last})", eff.date),
                    ),
                );
            }
        }
    }
}
