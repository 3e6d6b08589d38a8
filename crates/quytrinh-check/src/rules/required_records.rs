//! QC052 `required-records`: A mandatory record is missing.
//!
//! `records` holds at least the receipt (`form BM01`), the control sheet (`form BM05`; BM06 under 2025), the applicant's dossier (a name with «hồ sơ») and the copy of the result (a name with «kết quả», «bản lưu», «đã cấp», or starting like the TTHC's result).

use crate::rules::prelude::*;

pub struct RequiredRecords;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC052"),
    name: "required-records",
    status: Status::Stable,
    severity: Severity::Error,
    // Decree 118/2025 Art. 22(6) sends storage to the archives and data laws without naming
    // the records an internal procedure keeps: under 2025 the list rests on ISO practice.
    severity_2025: Some(Severity::Warning),
    regimes: BOTH,
    basis: &[
        RegimeBasis { regime: R2018, citations: &[law(C01).art("10").cl("3"), law(D61).art("20").cl("5"), iso("7.5.3.2").pt("d")] },
        RegimeBasis { regime: R2025, citations: &[law(D118).art("22").cl("6"), iso("7.5.3.2").pt("d")] },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Thiếu hồ sơ bắt buộc phải lưu"#, r#"A mandatory record is missing"#),
    what: t(
        r#"Mục `records` có ít nhất: Giấy tiếp nhận (`form BM01`), Phiếu kiểm soát (`form BM05`; BM06 theo chế độ 2025), hồ sơ của người nộp (tên có «hồ sơ») và bản lưu kết quả (tên có «kết quả», «bản lưu», «đã cấp», hoặc bắt đầu như tên kết quả của thủ tục)."#,
        r#"`records` holds at least the receipt (`form BM01`), the control sheet (`form BM05`; BM06 under 2025), the applicant's dossier (a name with «hồ sơ») and the copy of the result (a name with «kết quả», «bản lưu», «đã cấp», or starting like the TTHC's result)."#,
    ),
    why: t(
        r#"Đây là bằng chứng hồ sơ đã được giải quyết đúng quy trình, phục vụ kiểm tra và lưu trữ."#,
        r#"They prove each dossier was handled by the procedure, for audits and the archive."#,
    ),
    fix: t(
        r#"Thêm dòng còn thiếu, ví dụ `"Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05`."#,
        r#"Add the missing record, e.g. `"Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05`."#,
    ),
    invalid: &[(
        r#"records"#,
        r#"  records {
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"    keep 5y by motcua medium paper electronic form BM01
    "Hồ sơ đề nghị của tổ chức, cá nhân"          keep 10y by qlcn medium paper
    "Kết quả giải quyết (bản lưu)"                keep forever by vanphong medium paper electronic
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for RequiredRecords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        let Some(records) = &p.syntax.records else { return };
        if records.items.is_empty() {
            return;
        }
        let receipt = form_for(p.regime, FormRole::Receipt);
        let sheet = form_for(p.regime, FormRole::ControlSheet);
        let is_form = |r: &quytrinh_syntax::ast::Record, f: Option<&BuiltinForm>| {
            f.is_some_and(|f| r.form.as_ref().is_some_and(|x| x.name == f.id) || fold(&r.name.value) == fold(f.name))
        };
        let result_names: Vec<String> = p.syntax.result.iter().flat_map(|r| r.items.iter().map(|s| fold(&s.value))).collect();
        let has_receipt = records.items.iter().any(|r| is_form(r, receipt));
        let has_sheet = records.items.iter().any(|r| is_form(r, sheet));
        let others: Vec<String> = records
            .items
            .iter()
            .filter(|r| !is_form(r, receipt) && !is_form(r, sheet) && r.form.is_none())
            .map(|r| fold(&r.name.value))
            .collect();
        let first_words = |s: &str| s.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
        let has_result = others.iter().any(|n| {
            ["ket qua", "ban luu", "da cap"].iter().any(|k| n.contains(k))
                || result_names.iter().any(|res| {
                    !res.is_empty() && (n.contains(res.as_str()) || res.contains(n.as_str()) || first_words(n) == first_words(res))
                })
        });
        let has_dossier = others.iter().any(|n| n.contains("ho so") && !n.contains("ket qua"));
        let mut missing = Vec::new();
        if !has_receipt {
            missing.push((
                format!("Giấy tiếp nhận ({})", receipt.map(|f| f.id).unwrap_or("BM01")),
                format!("the receipt ({})", receipt.map(|f| f.id).unwrap_or("BM01")),
            ));
        }
        if !has_sheet {
            missing.push((
                format!("Phiếu kiểm soát ({})", sheet.map(|f| f.id).unwrap_or("BM05")),
                format!("the control sheet ({})", sheet.map(|f| f.id).unwrap_or("BM05")),
            ));
        }
        if !has_dossier {
            missing.push(("hồ sơ của tổ chức, cá nhân".to_string(), "the applicant's dossier".to_string()));
        }
        if !has_result {
            missing.push(("kết quả giải quyết".to_string(), "the result".to_string()));
        }
        if !missing.is_empty() {
            let vi: Vec<&str> = missing.iter().map(|m| m.0.as_str()).collect();
            let en: Vec<&str> = missing.iter().map(|m| m.1.as_str()).collect();
            out.emit_with(
                records.span,
                Text::new(format!("Mục hồ sơ cần lưu thiếu: {}", vi.join("; ")), format!("The records lack: {}", en.join("; "))),
                Text::new(
                    format!("Thêm một dòng cho mỗi hồ sơ còn thiếu ({}), kèm `keep`, `by` và `medium`.", vi.join("; ")),
                    format!("Add one line for each missing record ({}), with `keep`, `by` and `medium`.", en.join("; ")),
                ),
            );
        }
    }
}
