//! The baseline procedure that every rule's examples are written against.
//!
//! A rule page shows only the section its example changes; the test suite splices that
//! text into this complete, clean procedure (and the agency file beside it) and checks
//! that the invalid example yields exactly the rule's code once and the valid one none.

/// The shared agency file the baseline procedure belongs to.
pub const AGENCY: &str = include_str!("baseline/agency.qtr");

/// The baseline agency as it is after 01/07/2025: tỉnh Hậu Giang is part of thành phố Cần
/// Thơ and there is no district-level city (the tests of 2025 rules start from it).
pub fn agency_2025() -> String {
    AGENCY.replace("tỉnh Hậu Giang", "thành phố Cần Thơ").replace("phường V, thành phố Vị Thanh", "phường Vị Thanh")
}

/// The sections of the baseline, in document order: (key, text).
pub const SECTIONS: &[(&str, &str)] = &[
    ("code", r#"procedure "QT-CGCN-02" {"#),
    ("tthc", r#"  tthc "2.002249""#),
    ("name", r#"  name "Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ""#),
    ("field", r#"  field "Hoạt động khoa học và công nghệ""#),
    ("level", "  level province"),
    ("agency", "  agency sokhcn"),
    ("approved_by", r#"  approved_by "797/QĐ-UBND""#),
    ("regime", ""),
    ("effective", "  effective 2020-05-15"),
    ("interconnected", ""),
    (
        "revision",
        r#"  revision 1 2020-05-15 "Ban hành lần đầu" {
    drafted  "Nguyễn Văn An"  "Chuyên viên Phòng Quản lý công nghệ"  2020-04-20
    reviewed "Trần Thị Bình"  "Trưởng phòng Quản lý công nghệ"        2020-04-24
    approved "Phạm Văn Cường" "Giám đốc Sở"                           2020-04-28
  }"#,
    ),
    ("purpose", r#"  purpose "Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục tại Sở.""#),
    ("scope", r#"  scope "Áp dụng đối với BPMC, Phòng Quản lý công nghệ và Thị trường công nghệ, Lãnh đạo Sở và Văn thư Sở.""#),
    ("references", r#"  references { standard "TCVN ISO 9001:2015" "Hệ thống quản lý chất lượng - Các yêu cầu" }"#),
    (
        "basis",
        r#"  basis {
    law      "07/2017/QH14"    2017-06-19 "Luật Chuyển giao công nghệ"
    decree   "76/2018/NĐ-CP"   2018-05-15 "Quy định chi tiết một số điều của Luật Chuyển giao công nghệ"
    decree   "61/2018/NĐ-CP"   2018-04-23 "Về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"
    circular "01/2018/TT-VPCP" 2018-11-23 "Hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP"
  }"#,
    ),
    ("terms", r#"  terms { TTHC "Thủ tục hành chính"  BPMC "Bộ phận Tiếp nhận và Trả kết quả" }"#),
    ("channels", "  channels direct online postal"),
    ("online_level", r#"  online_level partial "Pháp luật chuyên ngành yêu cầu nộp bản chính hợp đồng""#),
    ("subjects", r#"  subjects "Tổ chức, cá nhân""#),
    ("conditions", "  conditions none"),
    ("place", r#"  place "Bộ phận Tiếp nhận và Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh""#),
    (
        "dossier",
        r#"  dossier sets 1 {
    item "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" original form F01
    item "Giấy chứng nhận đăng ký chuyển giao công nghệ đã cấp" certified_copy
  }"#,
    ),
    ("statutory", "  statutory 5 working_days"),
    ("fee", r#"  fee "0,1% giá trị hợp đồng; tối thiểu 03 triệu, tối đa 05 triệu đồng" "Thông tư số 169/2016/TT-BTC""#),
    ("charge", "  charge none"),
    ("result", r#"  result "Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ""#),
    (
        "steps",
        r#"  steps {
    1 "Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát" by cv_mc 2h issues BM01 BM05 BM06
    2 "Chuyển hồ sơ đến phòng chuyên môn"  by cv_mc   2h  uses BM05
    3 "Phân công chuyên viên thụ lý"       by tp_qlcn 4h  uses BM05
    4 "Thẩm định hồ sơ, dự thảo kết quả"   by cv_qlcn 2.5d
    5 "Xem xét, trình ký"                  by tp_qlcn 4h
    6 "Ký duyệt"                           by giamdoc 4h
    7 "Vào số, đóng dấu, phát hành"        by vanthu  4h  uses BM05
    8 "Trả kết quả"                        by cv_mc   0h  uses BM01
    on incomplete issue BM02 by cv_mc within 3d
    on refused    issue BM03 by cv_mc
    on late       issue BM04 by giamdoc
  }"#,
    ),
    (
        "forms",
        r#"  forms {
    F01 "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    use circular_01_2018
  }"#,
    ),
    (
        "records",
        r#"  records {
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"    keep 5y by motcua medium paper electronic form BM01
    "Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05
    "Hồ sơ đề nghị của tổ chức, cá nhân"          keep 10y by qlcn medium paper
    "Kết quả giải quyết (bản lưu)"                keep forever by vanphong medium paper electronic
  }"#,
    ),
    ("end", "}"),
];

/// The baseline with some sections replaced (an empty replacement removes the section).
pub fn procedure_with(edits: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (key, text) in SECTIONS {
        let text = edits.iter().find(|(k, _)| k == key).map(|(_, t)| *t).unwrap_or(text);
        if !text.is_empty() {
            out.push_str(text);
            out.push('\n');
        }
    }
    out
}

/// Whether every key of an example names a baseline section.
pub fn known_sections(edits: &[(&str, &str)]) -> bool {
    edits.iter().all(|(k, _)| SECTIONS.iter().any(|(s, _)| s == k))
}
