//! QC051 `incomplete-record`: A record lacks its keeping unit, retention or medium.
//!
//! Each record gives its retention (`keep 5y` or `keep forever`), keeping unit (`by <unit>`) and medium (`medium paper electronic`).

use crate::rules::prelude::*;

pub struct IncompleteRecord;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC051"),
    name: "incomplete-record",
    status: Status::Stable,
    severity: Severity::Warning,
    severity_2025: None,
    regimes: BOTH,
    basis: &[
        RegimeBasis {
            regime: R2018,
            citations: &[
                iso("7.5.3.2").pt("d").note("lưu giữ và hủy bỏ", "retention and disposition"),
                law(C01).art("10").cl("3").note("lưu trữ theo pháp luật về lưu trữ", "archived under the archives law"),
            ],
        },
        RegimeBasis {
            regime: R2025,
            citations: &[
                iso("7.5.3.2").pt("d").note("lưu giữ và hủy bỏ", "retention and disposition"),
                law(D118)
                    .art("22")
                    .cl("6")
                    .note("lưu trữ theo pháp luật về lưu trữ và dữ liệu", "archived under the archives and data laws"),
            ],
        },
    ],
    unconfirmed: false,
    autofix: None,
    title: t(r#"Hồ sơ lưu thiếu nơi lưu, thời gian lưu hoặc hình thức lưu"#, r#"A record lacks its keeping unit, retention or medium"#),
    what: t(
        r#"Mỗi dòng trong `records` ghi thời gian lưu (`keep 5y` hoặc `keep forever`), đơn vị lưu (`by <unit>`) và hình thức (`medium paper electronic`)."#,
        r#"Each record gives its retention (`keep 5y` or `keep forever`), keeping unit (`by <unit>`) and medium (`medium paper electronic`)."#,
    ),
    why: t(
        r#"Bảng «Hồ sơ cần lưu» có các cột Bộ phận lưu, Thời gian lưu, Hình thức lưu; thiếu thì hồ sơ có thể bị hủy sớm hoặc thất lạc."#,
        r#"The records table has keeping unit, retention and medium columns; without them records get lost or destroyed early."#,
    ),
    fix: t(r#"Bổ sung `keep`, `by` và `medium` cho dòng được chỉ ra."#, r#"Add `keep`, `by` and `medium` to the record pointed at."#),
    invalid: &[(
        r#"records"#,
        r#"  records {
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"    keep 5y by motcua medium paper electronic form BM01
    "Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05
    "Hồ sơ đề nghị của tổ chức, cá nhân"          keep 10y medium paper
    "Kết quả giải quyết (bản lưu)"                keep forever by vanphong medium paper electronic
  }"#,
    )],
    valid: &[],
    context: r#""#,
};

impl Rule for IncompleteRecord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[allow(unused_variables)]
    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for r in p.syntax.records.iter().flat_map(|r| r.items.iter()) {
            let mut missing = Vec::new();
            if r.keep.is_none() {
                missing.push(("thời gian lưu (`keep`)", "retention (`keep`)"));
            }
            if r.unit.is_none() {
                missing.push(("đơn vị lưu (`by`)", "keeping unit (`by`)"));
            }
            if r.media.is_empty() {
                missing.push(("hình thức lưu (`medium`)", "medium (`medium`)"));
            }
            if !missing.is_empty() {
                let vi: Vec<&str> = missing.iter().map(|m| m.0).collect();
                let en: Vec<&str> = missing.iter().map(|m| m.1).collect();
                out.emit(
                    r.name.span,
                    Text::new(format!("Hồ sơ lưu thiếu {}", vi.join(", ")), format!("The record lacks its {}", en.join(", "))),
                );
            }
        }
    }
}
