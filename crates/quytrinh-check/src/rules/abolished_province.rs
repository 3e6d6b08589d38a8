//! QC062 `abolished-province`: A 2025-regime procedure names a province that no longer exists.
//!
//! From 01/07/2025 the 63 provincial-level units are 34 (Resolution 202/2025/QH15): a
//! procedure under the 2025 regime whose agency (name, parent or address), place of
//! reception or approving decision names a former province ("tỉnh Hậu Giang", now part of thành phố Cần Thơ) was copied
//! from an old text. A warning: the name is the agency's to correct, the procedure may
//! otherwise be lawful.

use crate::provinces::abolished_province_in;
use crate::rules::prelude::*;

pub struct AbolishedProvince;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC062"),
    name: "abolished-province",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[law(NQ202)
            .art("1")
            .note("sắp xếp 63 đơn vị hành chính cấp tỉnh thành 34", "63 provincial-level units rearranged into 34")],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Quy trình theo chế độ 2025 ghi tên tỉnh không còn"#, r#"A 2025-regime procedure names a province that no longer exists"#),
    what: t(
        r#"Từ 01/07/2025 cả nước còn 34 đơn vị hành chính cấp tỉnh (Nghị quyết 202/2025/QH15). Quy trình theo chế độ 2025 mà tên, cơ quan chủ quản hoặc địa chỉ của cơ quan, nơi tiếp nhận hồ sơ hoặc cơ quan ban hành quyết định phê duyệt còn ghi tỉnh đã sáp nhập (ví dụ «tỉnh Hậu Giang», nay thuộc thành phố Cần Thơ) thì được báo."#,
        r#"Since 01/07/2025 there are 34 provincial-level units (Resolution 202/2025/QH15). A 2025-regime procedure whose agency name, parent body or address, place of reception or approving decision's issuer still names a merged province (e.g. «tỉnh Hậu Giang», now part of thành phố Cần Thơ) is reported."#,
    ),
    why: t(
        r#"Quy trình ghi tên cơ quan không còn tồn tại thì không thể ban hành, công khai hay áp dụng đúng."#,
        r#"A procedure naming a body that no longer exists cannot be issued, published or applied as written."#,
    ),
    fix: t(
        r#"Ghi tên cơ quan sau sắp xếp (ví dụ «Sở Khoa học và Công nghệ thành phố Cần Thơ»)."#,
        r#"Use the agency's name after the rearrangement (e.g. «Sở Khoa học và Công nghệ thành phố Cần Thơ»)."#,
    ),
    invalid: &[
        ("regime", "  regime decree_118_2025"),
        ("place", r#"  place "Bộ phận Tiếp nhận và Trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh Hậu Giang""#),
    ],
    valid: &[("regime", "  regime decree_118_2025"), ("agency", "  agency skhcn_ct"), ("approved_by", r#"  approved_by "1200/QĐ-UBND""#)],
    context: r#"agency skhcn_ct {
  name   "Sở Khoa học và Công nghệ thành phố Cần Thơ"
  parent "Ủy ban nhân dân thành phố Cần Thơ"
  unit motcua_ct "Bộ phận Tiếp nhận và Trả kết quả" one_stop
}

decision "1200/QĐ-UBND" {
  date   2020-05-10
  issuer "Ủy ban nhân dân thành phố Cần Thơ"
  title  "Phê duyệt quy trình nội bộ"
}
"#,
};

impl Rule for AbolishedProvince {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        // What names the place, where it is written, and what to write instead. The
        // agency's own fields are reported in the agency file: once for the catalogue, not
        // once per procedure (the same finding from several files is shown once).
        let mut names: Vec<(Span, &str, Text)> = Vec::new();
        if let Some(a) = p.agency {
            let ag = cx.cat.agency(a);
            let s = &ag.syntax;
            for (field, vi, en) in [
                (&s.name, "Ghi tên cơ quan sau sắp xếp", "Write the agency's name after the rearrangement"),
                (&s.parent, "Ghi cơ quan chủ quản sau sắp xếp", "Write the parent body after the rearrangement"),
                (&s.address, "Ghi địa chỉ trụ sở sau sắp xếp", "Write the seat's address after the rearrangement"),
            ] {
                if let Some(v) = field {
                    names.push((v.span, v.value.as_str(), Text::new(format!("{vi}."), format!("{en}."))));
                }
            }
        }
        // Where the dossier is received: an applicant is sent to an address that moved.
        if let Some(place) = &p.syntax.place {
            names.push((
                place.span,
                place.value.as_str(),
                Text::new(
                    "Ghi nơi tiếp nhận sau sắp xếp (Trung tâm Phục vụ hành chính công của tỉnh, thành phố hiện nay).",
                    "Write the place of reception after the rearrangement (the Public Administration Service Centre of the province or city as it is now).",
                ),
            ));
        }
        if let (Some(d), Some(Approval::Decision(s))) = (p.decision, &p.syntax.approved_by) {
            if let Some(issuer) = &cx.cat.decision(d).syntax.issuer {
                names.push((
                    s.span,
                    issuer.value.as_str(),
                    Text::new(
                        "Quy trình theo chế độ 2025 do Ủy ban nhân dân tỉnh, thành phố hiện nay phê duyệt.",
                        "A 2025-regime procedure is approved by the People's Committee of the province or city as it is now.",
                    ),
                ));
            }
        }
        // One finding per procedure, at the first place; the others are labelled.
        let found: Vec<(Span, &str, &str, &str, Text)> = names
            .into_iter()
            .filter_map(|(span, name, help)| abolished_province_in(name).map(|(old, now)| (span, name, old, now, help)))
            .collect();
        let Some((span, name, old, now, help)) = found.first().cloned() else { return };
        let d = out.emit_with(
            span,
            Text::new(
                format!("«{name}»: {old} không còn từ 01/07/2025, nay thuộc {now}"),
                format!("«{name}»: {old} no longer exists since 01/07/2025; it is now part of {now}"),
            ),
            help,
        );
        for (s, name, _, _, _) in found.iter().skip(1) {
            if *s != span {
                also(d, *s, Text::new(format!("cũng ghi «{name}»"), format!("also names «{name}»")));
            }
        }
    }
}
