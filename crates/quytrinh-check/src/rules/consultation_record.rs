//! QC063 `consultation-record`: A consultation step does not say whom it asks or by when.
//!
//! Decree 118/2025 Art. 19(4)(b)–(d): asking the opinion of another body is done in writing
//! stating the content, the deadline and how to answer, and the consulting body, the
//! consulted body, the content and the deadline are recorded in the information system. A
//! step written `consults <body>` must therefore name a body the catalogue knows (an agency
//! id) or by name (in quotes), say what is asked (the step's content) and give the deadline
//! (the step's time).

use crate::rules::prelude::*;

pub struct ConsultationRecord;

pub static META: RuleMeta = RuleMeta {
    code: Code("QC063"),
    name: "consultation-record",
    status: Status::Preview,
    // The duty is on the written request and the record; the procedure's step is where
    // the agency plans them, so a gap here is a warning.
    severity: Severity::Warning,
    severity_2025: None,
    regimes: ONLY_2025,
    basis: &[RegimeBasis {
        regime: R2025,
        citations: &[
            law(D118)
                .art("19")
                .cl("4")
                .pt("b")
                .note("văn bản lấy ý kiến nêu rõ nội dung, thời hạn", "the request states content and deadline"),
            law(D118).art("19").cl("4").pt("d").note(
                "lưu cơ quan lấy ý kiến, cơ quan được lấy ý kiến, nội dung, thời hạn",
                "the consulting and consulted bodies, content and deadline are recorded",
            ),
        ],
    }],
    unconfirmed: false,
    autofix: None,
    title: t(
        r#"Bước lấy ý kiến không ghi rõ cơ quan được hỏi, nội dung hoặc thời hạn"#,
        r#"A consultation step does not say whom it asks, what, or by when"#,
    ),
    what: t(
        r#"Bước ghi `consults <cơ quan>` (lấy ý kiến) phải nêu cơ quan được lấy ý kiến — mã cơ quan có trong danh mục (ví dụ `sotc`) hoặc tên trong ngoặc kép —, nội dung xin ý kiến (nội dung của bước) và thời hạn trả lời (thời gian của bước)."#,
        r#"A step written `consults <body>` names the consulted body — an agency id of the catalogue (e.g. `sotc`) or a name in quotes —, what is asked (the step's content) and the reply deadline (the step's time)."#,
    ),
    why: t(
        r#"Văn bản lấy ý kiến phải nêu rõ nội dung, thời hạn; toàn bộ việc lấy ý kiến được cập nhật vào Hệ thống thông tin giải quyết thủ tục hành chính, và khi quá hạn cơ quan chủ trì phải báo Bộ phận Một cửa — không có thời hạn thì không biết khi nào là quá hạn."#,
        r#"The request must state content and deadline; the whole consultation is recorded in the information system, and when the deadline passes the lead agency tells the one-stop unit — without a deadline no one knows when that is."#,
    ),
    fix: t(
        r#"Viết bước như `5 "Lấy ý kiến Sở Tài chính về giá" by cv_qlcn 2d consults sotc`."#,
        r#"Write the step as `5 "Ask the Finance Department about the price" by cv_qlcn 2d consults sotc`."#,
    ),
    invalid: &[
        ("regime", "  regime decree_118_2025"),
        (
            "steps",
            r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 1.5d
    5 "Lấy ý kiến về nội dung tài chính"   by cv_qlcn consults sotcx
    6 "Xem xét, trình ký"                  by tp_qlcn 4h
    7 "Ký duyệt"                           by giamdoc 4h
    8 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    9 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
    on stopped    issue BM05 by cv_mc
  }"#,
        ),
    ],
    valid: &[
        ("regime", "  regime decree_118_2025"),
        (
            "steps",
            r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 1.5d
    5 "Lấy ý kiến về nội dung tài chính"   by cv_qlcn 1d  consults sotc
    6 "Xem xét, trình ký"                  by tp_qlcn 4h
    7 "Ký duyệt"                           by giamdoc 4h
    8 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    9 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
    on stopped    issue BM05 by cv_mc
  }"#,
        ),
    ],
    context: r#"agency sotc {
  name "Sở Tài chính"
  unit pgcs "Phòng Quản lý giá và công sản"
}
"#,
};

impl Rule for ConsultationRecord {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Cx, p: &Procedure, out: &mut Emitter) {
        for s in p.steps.iter().filter(|s| !s.syntax.broken) {
            let Some(body) = &s.syntax.consults else { continue };
            let number = &s.syntax.number.0;
            let value = body.value.trim();
            // A bare word is an agency id (ids have no spaces); a name comes in quotes.
            let is_id = !value.is_empty() && !value.contains(char::is_whitespace);
            let known = cx.cat.agencies().iter().any(|a| a.id == value);
            let mut problems: Vec<(&str, &str)> = Vec::new();
            if value.is_empty() {
                problems.push(("không nêu cơ quan được lấy ý kiến", "does not name the consulted body"));
            } else if is_id && !known && value.is_ascii() {
                problems.push(("ghi mã cơ quan không có trong danh mục", "names an agency id the catalogue does not have"));
            }
            if s.syntax.content.as_ref().is_none_or(|c| c.value.trim().is_empty()) {
                problems.push(("không nêu nội dung xin ý kiến", "does not say what is asked"));
            }
            if s.hours.is_none_or(|h| h <= 0.0) {
                problems.push(("không ghi thời hạn trả lời (thời gian của bước)", "gives no reply deadline (the step's time)"));
            }
            if problems.is_empty() {
                continue;
            }
            let vi: Vec<&str> = problems.iter().map(|p| p.0).collect();
            let en: Vec<&str> = problems.iter().map(|p| p.1).collect();
            out.emit(
                s.syntax.number.1,
                Text::new(
                    format!("Bước {number} lấy ý kiến «{value}» nhưng {}", vi.join("; ")),
                    format!("Step {number} consults «{value}» but {}", en.join("; ")),
                ),
            );
        }
    }
}
