//! QC014 `tthc-code-format`: The TTHC code is not of the form `d.dddddd`.
//!
//! National TTHC codes are one digit, a dot, six digits: `1.004525`. Local extended codes (`1.002935.000.00.00.H50`) are accepted when they start with a national code.

use crate::rules::prelude::*;

pub struct TthcCodeFormat;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC014"),
    name: "tthc-code-format",
    status: Status::Preview,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[iso("7.5.2").pt("a").note(
                "mã thủ tục theo Cơ sở dữ liệu quốc gia, dạng quan sát được",
                "the national code in the form observed on the National Database",
            )],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[iso("7.5.2").pt("a").note(
                "mã thủ tục theo Cơ sở dữ liệu quốc gia, dạng quan sát được",
                "the national code in the form observed on the National Database",
            )],
        },
    ],
    unconfirmed: true,
    autofix: None,
    title: t(r#"Mã TTHC không có dạng `d.dddddd`"#, r#"The TTHC code is not of the form `d.dddddd`"#),
    what: t(
        r#"Mã TTHC quốc gia có dạng một chữ số, dấu chấm, sáu chữ số: `1.004525`. Mã địa phương kéo dài (`1.002935.000.00.00.H50`) được chấp nhận nếu bắt đầu bằng mã quốc gia."#,
        r#"National TTHC codes are one digit, a dot, six digits: `1.004525`. Local extended codes (`1.002935.000.00.00.H50`) are accepted when they start with a national code."#,
    ),
    why: t(r#"Mã sai khiến Cổng dịch vụ công không tìm được thủ tục."#, r#"A wrong code makes the portal miss the TTHC."#),
    fix: t(
        r#"Sửa mã theo quyết định công bố, ví dụ `tthc "2.002249"`."#,
        r#"Correct the code from the announcement decision, e.g. `tthc "2.002249"`."#,
    ),
    invalid: &[(r#"tthc"#, r#"  tthc "2002249""#)],
    valid: &[],
    context: r#""#,
};

impl Rule for TthcCodeFormat {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(t) = &p.syntax.tthc else { return };
        // A placeholder still to fill in is QC061's to report, not a malformed code.
        if t.value.contains(crate::rules::placeholder_text::MARKER) {
            return;
        }
        let head: &str = t.value.get(..8).unwrap_or(&t.value);
        let b = head.as_bytes();
        let ok = b.len() == 8
            && b[0].is_ascii_digit()
            && b[1] == b'.'
            && b[2..].iter().all(u8::is_ascii_digit)
            && (t.value.len() == 8 || t.value[8..].starts_with('.'));
        if !ok {
            out.emit(
                t.span,
                Text::new(
                    format!("Mã TTHC `{}` không có dạng `d.dddddd`", t.value),
                    format!("TTHC code `{}` is not of the form `d.dddddd`", t.value),
                ),
            );
        }
    }
}
