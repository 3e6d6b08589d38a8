//! QC050 `form-set-mismatch`: The form set does not match the regime, or is not listed.
//!
//! When the procedure uses built-in BM… forms, `forms` lists the set of its own regime (`use circular_01_2018` or `use decree_118_2025`), never the other regime's set.

use crate::rules::prelude::*;

pub struct FormSetMismatch;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC050"),
    name: "form-set-mismatch",
    status: Status::Stable,
    severity: Severity::Error,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).art("9").cl("1")] },
        RegimeBasis {
            regime: R2025,
            citations: &[
                law(D118).art("35").cl("1").pt("c").note("Văn phòng Chính phủ ban hành biểu mẫu", "the Government Office issues the forms"),
                law(C03).note("Phụ lục I: 07 mẫu", "Appendix I: seven forms"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: Some(Applicability::Safe),
    title: t(r#"Bộ biểu mẫu không khớp chế độ pháp lý, hoặc chưa liệt kê"#, r#"The form set does not match the regime, or is not listed"#),
    what: t(
        r#"Mục `forms` liệt kê bộ biểu mẫu có sẵn của đúng chế độ pháp lý (`use circular_01_2018` hoặc `use decree_118_2025`) khi quy trình dùng các mẫu BM…; không dùng bộ của chế độ khác. Quy trình theo chế độ 2025 có ngày trước 15/09/2025 (ngày ban hành Thông tư 03/2025/TT-VPCP, nguồn của các mẫu đó) được nhắc (mức thông tin)."#,
        r#"When the procedure uses built-in BM… forms, `forms` lists the set of its own regime (`use circular_01_2018` or `use decree_118_2025`), never the other regime's set. A 2025-regime procedure dated before 15/09/2025 (the date of Circular 03/2025/TT-VPCP, which gives those forms) gets a note (info)."#,
    ),
    why: t(
        r#"Từ 2025 các mẫu được đánh số lại (Phiếu kiểm soát thành Mẫu 06, Sổ theo dõi thành Mẫu 07); in sai bộ mẫu là in sai tên và số mẫu."#,
        r#"The 2025 forms are renumbered (control sheet 06, register 07); the wrong set prints wrong names and numbers."#,
    ),
    fix: t(r#"Viết `use <chế độ của quy trình>` trong mục `forms`."#, r#"Write `use <the procedure's regime>` in `forms`."#),
    invalid: &[(
        r#"forms"#,
        r#"  forms {
    F01 "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for FormSetMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(forms) = &p.syntax.forms else { return };
        let regime_id = p.regime.id();
        let has_own_set = forms.uses.iter().any(|(r, _)| Regime::from(*r) == p.regime);
        for (r, span) in &forms.uses {
            let written = Regime::from(*r);
            if written != p.regime {
                let d = out.emit(
                    *span,
                    Text::new(
                        format!("Quy trình theo chế độ `{regime_id}` nhưng dùng bộ biểu mẫu của chế độ khác"),
                        format!("The procedure follows `{regime_id}` but uses another regime's form set"),
                    ),
                );
                // The BM… numbers were written in the listed set's numbering: switching the
                // set renumbers them, so that each still names the same form.
                if !has_own_set {
                    let mut edits = vec![Edit::replace(*span, regime_id)];
                    edits.extend(renumber_refs(p, written, p.regime));
                    d.fix = Some(
                        Fix::safe(
                            Text::new(
                                format!("Dùng bộ biểu mẫu `{regime_id}` và đánh lại số các biểu mẫu BM… theo bộ đó"),
                                format!("Use the `{regime_id}` form set and renumber the BM… forms to it"),
                            ),
                            edits,
                        )
                        .isolated(),
                    );
                }
            }
        }
        let uses_builtin = p.form_refs.iter().any(|(_, r)| matches!(r, Some(FormRef::Builtin(_))));
        if uses_builtin && !has_own_set {
            let d = out.emit(
                forms.span,
                Text::new(
                    format!("Quy trình dùng biểu mẫu BM… nhưng mục `forms` chưa liệt kê `use {regime_id}`"),
                    format!("The procedure uses BM… forms but `forms` does not list `use {regime_id}`"),
                ),
            );
            // With another set listed, the fix above switches it; alone, the set is added
            // (the BM… numbers are already read in the procedure's regime).
            if forms.uses.is_empty() {
                let line = format!("{} {regime_id}", kw(cx.cat, p, K::Use));
                d.fix = add_line_to_block(cx.cat, p, forms.span, &line)
                    .map(|e| Fix::safe(Text::new(format!("Thêm `{line}` vào mục `forms`"), format!("Add `{line}` to `forms`")), vec![e]));
            }
        }
        // The 2025 regime applies from 01/07/2025, but its forms are Circular 03/2025's,
        // issued on 15/09/2025: a procedure dated in between uses forms that did not exist
        // yet. Not an error (no other set was in force for it), but it deserves a word.
        let c03 = Date { year: 2025, month: 9, day: 15 };
        let date = procedure_date(p).unwrap_or_else(quytrinh_model::today);
        if p.regime == Regime::Decree1182025 && uses_builtin && date < c03 {
            let day = format!("{:02}/{:02}/{}", date.day, date.month, date.year);
            let span = forms.uses.iter().find(|(r, _)| Regime::from(*r) == p.regime).map(|(_, s)| *s).unwrap_or(forms.span);
            let d = out.emit_with(
                span,
                Text::new(
                    format!("Quy trình ngày {day}, trước khi Thông tư 03/2025/TT-VPCP (ngày 15/09/2025) có các biểu mẫu BM… này"),
                    format!("This procedure is dated {day}, before Circular 03/2025/TT-VPCP (15/09/2025) gave these BM… forms"),
                ),
                Text::new(
                    "Khi sửa đổi quy trình, đối chiếu lại biểu mẫu với Thông tư 03/2025/TT-VPCP; đến ngày đó, mẫu của Thông tư 01/2018/TT-VPCP vẫn là mẫu đang dùng.",
                    "When the procedure is revised, check its forms against Circular 03/2025/TT-VPCP; until that day the Circular 01/2018/TT-VPCP forms were the ones in use.",
                ),
            );
            d.severity = Severity::Info;
        }
    }
}
