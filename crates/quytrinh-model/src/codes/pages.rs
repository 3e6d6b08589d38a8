//! The pages of the model codes (QM): what links files of a catalogue together, or what
//! the catalogue has twice. The checker's `tests/code_examples.rs` runs every example
//! through the real pipeline.

use quytrinh_diagnostics::{bi, Bi, CodeDoc, Example, Sample, Severity};

use super::*;

const fn ex(sections: &'static [(&'static str, &'static str)]) -> Example {
    Example { note: Bi::EMPTY, sample: Sample::Procedure(sections) }
}

/// A second procedure of the catalogue (the first is the sample procedure): its code and
/// TTHC code are what the QM003 and QM006 examples are about.
macro_rules! second_procedure {
    ($code:literal, $tthc:literal) => {
        concat!(
            "procedure \"",
            $code,
            "\" {\n  tthc \"",
            $tthc,
            "\"\n  name \"Cấp Giấy chứng nhận đăng ký chuyển giao công nghệ\"\n  agency sokhcn\n}"
        )
    };
}

const FORMS: &str = r#"  forms {
    F01 "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    use circular_01_2018
  }"#;

const SECOND_AGENCY: &str = r#"agency sotp {
  name "Sở Tư pháp tỉnh Hậu Giang"
}"#;

pub const UNKNOWN_REFERENCE_DOC: CodeDoc = CodeDoc {
    code: UNKNOWN_REFERENCE,
    name: "unknown-reference",
    vi: "Không tìm thấy đơn vị, chức danh, biểu mẫu, quyết định hoặc cơ quan được nhắc tới",
    en: "A unit, role, form, decision or agency that is not defined",
    severity: Severity::Error,
    what: bi(
        "Quy trình nhắc tới một mã (người thực hiện một bước, một biểu mẫu, quyết định phê duyệt, cơ quan, đơn vị lưu hồ sơ) mà tệp cơ quan và quy trình không khai báo. Thường là gõ sai một chữ; khi có mã gần giống, thông báo gợi ý mã đúng.",
        "The procedure names an id (a step's actor, a form, the approving decision, the agency, a keeping unit) that neither the agency file nor the procedure defines. Usually a one-letter typo; when a close id exists, the message suggests it.",
    ),
    why: bi(
        "Không biết ai làm bước đó, biểu mẫu nào hay quyết định nào, thì không thể kiểm tra trách nhiệm, thời gian, thẩm quyền phê duyệt, và tài liệu xuất ra sẽ thiếu tên đầy đủ.",
        "Without knowing who does the step, which form or which decision, responsibilities, times and approval authority cannot be checked, and the documents produced would lack the full names.",
    ),
    invalid: Example {
        note: bi(
            "Bước 1 ghi người thực hiện là `cv_mcc`, trong khi tệp cơ quan khai báo `role cv_mc \"Công chức tiếp nhận tại Bộ phận Một cửa\"`:",
            "Step 1 names its actor `cv_mcc`, while the agency file defines `role cv_mc \"Công chức tiếp nhận tại Bộ phận Một cửa\"`:",
        ),
        sample: Sample::Procedure(&[("steps", quytrinh_syntax::sample_steps!("by cv_mcc 2h issues BM01 BM05 BM06"))]),
    },
    valid: ex(&[("steps", quytrinh_syntax::sample_steps!("by cv_mc 2h issues BM01 BM05 BM06"))]),
    fix: bi(
        "Sửa mã theo gợi ý trong thông báo; hoặc, nếu đó là một chức danh, đơn vị, quyết định mới, khai báo nó trong tệp cơ quan (`role cv_mc \"…\" in motcua`, `decision \"797/QĐ-UBND\" { … }`), hay biểu mẫu trong mục `forms` của quy trình.",
        "Correct the id as the message suggests; or, if it is a new role, unit or decision, define it in the agency file (`role cv_mc \"…\" in motcua`, `decision \"797/QĐ-UBND\" { … }`), or a form in the procedure's `forms`.",
    ),
};

pub const DUPLICATE_ID_DOC: CodeDoc = CodeDoc {
    code: DUPLICATE_ID,
    name: "duplicate-id",
    vi: "Một mã được khai báo hai lần trong danh mục",
    en: "An id defined twice in the catalogue",
    severity: Severity::Error,
    what: bi(
        "Cùng một mã được khai báo hai lần: hai đơn vị hay chức danh cùng mã trong tệp cơ quan, hai quyết định cùng số hiệu, hai biểu mẫu cùng mã trong một quy trình; hoặc hai đơn vị cùng được đánh dấu là Bộ phận Một cửa.",
        "One id is defined twice: two units or roles with one id in the agency file, two decisions with one number, two forms with one id in a procedure; or two units both marked as the one-stop unit.",
    ),
    why: bi(
        "Khi một mã chỉ hai thứ, không biết bước hay hồ sơ nhắc tới thứ nào; tài liệu xuất ra có thể ghi sai tên đơn vị hoặc biểu mẫu.",
        "When one id means two things, it is unknown which one a step or dossier item refers to; the documents produced could show the wrong unit or form.",
    ),
    invalid: ex(&[(
        "forms",
        r#"  forms {
    F01 "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    F01 "Báo cáo tình hình thực hiện hợp đồng chuyển giao công nghệ" source "Mẫu số 04, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    use circular_01_2018
  }"#,
    )]),
    valid: ex(&[("forms", FORMS)]),
    fix: bi(
        "Giữ một khai báo; nếu đó là hai thứ khác nhau thật, đặt cho cái thứ hai một mã khác (ví dụ `F02`) và sửa các chỗ nhắc tới nó. Chỉ đánh dấu `one_stop` cho một đơn vị.",
        "Keep one definition; if they really are two things, give the second another id (e.g. `F02`) and update where it is named. Mark only one unit `one_stop`.",
    ),
};

pub const DUPLICATE_PROCEDURE_DOC: CodeDoc = CodeDoc {
    code: DUPLICATE_PROCEDURE,
    name: "duplicate-procedure-code",
    vi: "Hai quy trình cùng một mã",
    en: "Two procedures with one code",
    severity: Severity::Error,
    what: bi(
        "Hai tệp quy trình trong danh mục dùng cùng một mã quy trình (mã ISO như `QT-CGCN-02`), thường do chép một tệp cũ để làm quy trình mới mà quên đổi mã.",
        "Two procedure files of the catalogue use the same procedure code (the ISO code such as `QT-CGCN-02`), usually because an old file was copied to start a new one and its code was not changed.",
    ),
    why: bi(
        "Mã quy trình là số hiệu tài liệu trong hệ thống quản lý chất lượng; hai tài liệu cùng số hiệu thì không kiểm soát được tài liệu nào đang có hiệu lực.",
        "The procedure code is the document number in the quality management system; with two documents under one number, nobody can control which one is in force.",
    ),
    invalid: Example {
        note: bi(
            "Bên cạnh quy trình mẫu `QT-CGCN-02`, tệp `cap-moi.qtr` được chép từ nó và giữ nguyên mã:",
            "Beside the sample procedure `QT-CGCN-02`, the file `cap-moi.qtr` was copied from it and kept its code:",
        ),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("QT-CGCN-02", "2.002248")) },
    },
    valid: Example {
        note: bi("Tệp thứ hai có mã riêng:", "The second file has its own code:"),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("QT-CGCN-01", "2.002248")) },
    },
    fix: bi(
        "Đặt cho một trong hai quy trình mã đúng của nó theo danh mục tài liệu ISO của cơ quan; thông báo chỉ ra cả hai tệp.",
        "Give one of the two procedures its right code from the agency's ISO document list; the message points at both files.",
    ),
};

pub const NO_AGENCY_DOC: CodeDoc = CodeDoc {
    code: NO_AGENCY,
    name: "no-agency-file",
    vi: "Danh mục không có tệp cơ quan",
    en: "The catalogue has no agency file",
    severity: Severity::Error,
    what: bi(
        "Các tệp được kiểm tra không có tệp cơ quan, tức tệp khai báo `agency <mã> { … }` với các đơn vị, chức danh và quyết định phê duyệt mà mọi quy trình dùng chung. Thường do chỉ kiểm tra một tệp quy trình lẻ.",
        "The files checked include no agency file, the file with `agency <id> { … }` that defines the units, roles and approving decisions all procedures share. Usually because one procedure file was checked on its own.",
    ),
    why: bi(
        "Không có tệp cơ quan thì không biết ai thực hiện các bước, Bộ phận Một cửa là đơn vị nào, quyết định phê duyệt nào; hầu như không kiểm tra được gì.",
        "Without the agency file it is unknown who does the steps, which unit is the one-stop unit, or which decision approved the procedure; almost nothing can be checked.",
    ),
    invalid: Example {
        note: bi(
            "Chỉ kiểm tra tệp quy trình mẫu, không có `agency.qtr` bên cạnh: `quytrinh check QT-CGCN-02.qtr`.",
            "Only the sample procedure file is checked, without `agency.qtr` beside it: `quytrinh check QT-CGCN-02.qtr`.",
        ),
        sample: Sample::WithFile { sections: &[], file: ("agency.qtr", "") },
    },
    valid: Example {
        note: bi(
            "Kiểm tra cả thư mục, có tệp `agency.qtr` khai báo `agency sokhcn { … }`: `quytrinh check .`",
            "The whole folder is checked, with `agency.qtr` defining `agency sokhcn { … }`: `quytrinh check .`",
        ),
        sample: Sample::Procedure(&[("agency", "  agency sokhcn")]),
    },
    fix: bi(
        "Kiểm tra cả thư mục danh mục (`quytrinh check .`), hoặc chỉ ra cả tệp cơ quan: `quytrinh check agency.qtr QT-CGCN-02.qtr`. Chưa có tệp cơ quan thì tạo bằng `quytrinh init`.",
        "Check the whole catalogue folder (`quytrinh check .`), or name the agency file too: `quytrinh check agency.qtr QT-CGCN-02.qtr`. Without an agency file yet, create one with `quytrinh init`.",
    ),
};

pub const AMBIGUOUS_AGENCY_DOC: CodeDoc = CodeDoc {
    code: AMBIGUOUS_AGENCY,
    name: "ambiguous-agency",
    vi: "Nhiều cơ quan mà quy trình không nói thuộc cơ quan nào",
    en: "Several agencies and the procedure does not say which",
    severity: Severity::Error,
    what: bi(
        "Danh mục khai báo nhiều cơ quan (ví dụ hai sở cùng dùng một thư mục), nhưng quy trình không có dòng `agency <mã>` nói nó thuộc cơ quan nào.",
        "The catalogue defines several agencies (e.g. two departments sharing one folder), but the procedure has no `agency <id>` line saying which is its own.",
    ),
    why: bi(
        "Không biết cơ quan thì không biết các chức danh trong bước thuộc đâu, ai ký, Bộ phận Một cửa nào tiếp nhận.",
        "Without its agency it is unknown where the steps' roles belong, who signs, and which one-stop unit receives the dossier.",
    ),
    invalid: Example {
        note: bi(
            "Danh mục có thêm tệp `so-tu-phap.qtr`, và quy trình không có dòng `agency`:",
            "The catalogue also has `so-tu-phap.qtr` (the Department of Justice), and the procedure has no `agency` line:",
        ),
        sample: Sample::WithFile { sections: &[("agency", "")], file: ("so-tu-phap.qtr", SECOND_AGENCY) },
    },
    valid: Example {
        note: bi("Quy trình nói rõ nó thuộc Sở Khoa học và Công nghệ:", "The procedure says it belongs to the Department of Science and Technology:"),
        sample: Sample::WithFile { sections: &[("agency", "  agency sokhcn")], file: ("so-tu-phap.qtr", SECOND_AGENCY) },
    },
    fix: bi(
        "Thêm dòng `agency <mã cơ quan>` vào quy trình, với mã khai báo trong tệp cơ quan (ví dụ `agency sokhcn`).",
        "Add an `agency <agency id>` line to the procedure, with the id from the agency file (e.g. `agency sokhcn`).",
    ),
};

pub const DUPLICATE_TTHC_DOC: CodeDoc = CodeDoc {
    code: DUPLICATE_TTHC,
    name: "duplicate-tthc",
    vi: "Hai quy trình cho cùng một thủ tục",
    en: "Two procedures for one TTHC",
    severity: Severity::Warning,
    what: bi(
        "Hai quy trình nội bộ trong danh mục ghi cùng một mã thủ tục hành chính (`tthc`). Có thể đúng (một thủ tục làm ở hai nơi), nhưng thường là chép tệp mà quên đổi mã TTHC.",
        "Two internal procedures of the catalogue give the same TTHC code (`tthc`). It can be right (one TTHC done in two places), but usually a file was copied and its TTHC code not changed.",
    ),
    why: bi(
        "Mã TTHC nối quy trình với thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính và cổng dịch vụ công; mã trùng có thể làm một thủ tục hiện hai quy trình còn thủ tục kia không có quy trình nào.",
        "The TTHC code links the procedure to its entry in the national TTHC database and the public service portal; a repeated code may give one TTHC two procedures and leave another with none.",
    ),
    invalid: Example {
        note: bi(
            "Tệp `cap-moi.qtr` có mã quy trình riêng nhưng giữ mã TTHC `2.002249` của quy trình mẫu:",
            "The file `cap-moi.qtr` has its own procedure code but kept the sample procedure's TTHC code `2.002249`:",
        ),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("QT-CGCN-01", "2.002249")) },
    },
    valid: Example {
        note: bi("Mỗi quy trình ghi đúng mã TTHC của nó:", "Each procedure gives its own TTHC code:"),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("QT-CGCN-01", "2.002248")) },
    },
    fix: bi(
        "Đối chiếu mã TTHC của từng quy trình với quyết định công bố thủ tục hành chính và sửa mã sai. Nếu đúng là một thủ tục có hai quy trình (thực hiện ở hai nơi), gộp hai quy trình, hoặc chấp nhận cảnh báo này.",
        "Check each procedure's TTHC code against the decision publishing the TTHC and correct the wrong one. If one TTHC really has two procedures (done in two places), merge them or accept the warning.",
    ),
};

pub const REDEFINED_BUILTIN_FORM_DOC: CodeDoc = CodeDoc {
    code: REDEFINED_BUILTIN_FORM,
    name: "redefined-builtin-form",
    vi: "Khai báo lại một biểu mẫu có sẵn",
    en: "A built-in form defined again",
    severity: Severity::Error,
    what: bi(
        "Mục `forms` của quy trình khai báo một biểu mẫu có sẵn theo chế độ pháp lý (như `BM01` Giấy tiếp nhận hồ sơ và hẹn trả kết quả), với tên hoặc nguồn của riêng nó.",
        "The procedure's `forms` defines one of the forms built into its legal regime (such as `BM01`, the dossier receipt and appointment slip) with a name or source of its own.",
    ),
    why: bi(
        "Các biểu mẫu có sẵn do văn bản quy định (mẫu số, tên, nguồn); khai báo lại có thể làm tài liệu ghi sai tên hay sai mẫu so với quy định.",
        "Built-in forms are set by the legal instruments (number, name, source); defining one again could make documents show a name or model other than the prescribed one.",
    ),
    invalid: ex(&[(
        "forms",
        r#"  forms {
    F01  "Văn bản đề nghị đăng ký gia hạn, sửa đổi, bổ sung" source "Mẫu số 03, Phụ lục II, Nghị định số 76/2018/NĐ-CP"
    BM01 "Giấy biên nhận hồ sơ" source "Mẫu của Sở"
    use circular_01_2018
  }"#,
    )]),
    valid: ex(&[("forms", FORMS)]),
    fix: bi(
        "Xóa dòng khai báo lại và giữ `use <chế độ>` (ví dụ `use circular_01_2018`) trong mục `forms` để dùng các biểu mẫu có sẵn; biểu mẫu riêng của cơ quan thì đặt mã khác (`F02`…).",
        "Delete the line that redefines it and keep `use <regime>` (e.g. `use circular_01_2018`) in `forms` to use the built-in forms; give the agency's own forms other ids (`F02`…).",
    ),
};

pub const FILE_NAME_CLASH_DOC: CodeDoc = CodeDoc {
    code: FILE_NAME_CLASH,
    name: "file-name-clash",
    vi: "Mã quy trình cho tên tệp không dùng được trên Windows, hoặc trùng tên tệp với mã khác trên Windows và macOS",
    en: "A procedure code that gives a file name Windows refuses, or the file name of another code on Windows and macOS",
    severity: Severity::Warning,
    what: bi(
        "Mã quy trình là tên thiết bị của Windows (`CON`, `PRN`, `AUX`, `NUL`, `COM1`…`COM9`, `LPT1`…`LPT9`), hoặc chỉ khác mã của một quy trình khác ở chữ hoa, chữ thường hay dấu tiếng Việt.",
        "The procedure code is a Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM1`…`COM9`, `LPT1`…`LPT9`), or differs from another procedure's code only in case or in Vietnamese marks.",
    ),
    why: bi(
        "Tệp xuất ra (`build`) mang tên theo mã quy trình. Windows không tạo được tệp tên thiết bị, còn Windows và macOS coi hai tên chỉ khác chữ hoa là một tệp: quytrinh phải đổi tên tệp, và người nhập dữ liệu vào cổng dịch vụ công khó nhận ra tệp nào của quy trình nào.",
        "The output files (`build`) are named after the procedure code. Windows cannot create a file named like a device, and Windows and macOS take two names differing only in case for one file: quytrinh has to rename the file, and whoever loads the portal data can hardly tell which file is which procedure's.",
    ),
    invalid: Example {
        note: bi(
            "Tệp `cap-moi.qtr` có mã `qt-cgcn-02`, chỉ khác mã `QT-CGCN-02` của quy trình mẫu ở chữ thường:",
            "The file `cap-moi.qtr` has the code `qt-cgcn-02`, which differs from the sample procedure's `QT-CGCN-02` only in case:",
        ),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("qt-cgcn-02", "2.002248")) },
    },
    valid: Example {
        note: bi("Mỗi quy trình có một mã riêng hẳn:", "Each procedure has a code all of its own:"),
        sample: Sample::WithFile { sections: &[], file: ("cap-moi.qtr", second_procedure!("QT-CGCN-01", "2.002248")) },
    },
    fix: bi(
        "Đặt mã quy trình theo mẫu của cơ quan, ví dụ `QT-CGCN-03`: không dùng tên thiết bị, và không dùng hai mã chỉ khác nhau ở chữ hoa hay dấu.",
        "Give the procedure a code in the agency's pattern, e.g. `QT-CGCN-03`: not a device name, and not two codes that differ only in case or marks.",
    ),
};

/// The sample agency file (`quytrinh_check::baseline`'s) with `$extra` lines after its
/// address: for the examples of the agency's own calendar.
macro_rules! agency_with {
    ($extra:literal) => {
        concat!(
            r#"# Tệp cơ quan dùng chung cho mọi quy trình của Sở Khoa học và Công nghệ tỉnh Hậu Giang.
# The shared agency file: units, roles and the two approval decisions.

agency sokhcn {
  name    "Sở Khoa học và Công nghệ tỉnh Hậu Giang"
  parent  "Ủy ban nhân dân tỉnh Hậu Giang"
  address "Số 09, đường Trần Hưng Đạo, phường V, thành phố Vị Thanh, tỉnh Hậu Giang"
"#,
            $extra,
            r#"
  unit motcua "Bộ phận Tiếp nhận và Trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh" one_stop
  unit vanphong "Văn phòng Sở"
  unit qlcn     "Phòng Quản lý công nghệ và Thị trường công nghệ"
  unit qlkh     "Phòng Quản lý khoa học"
  unit tdc      "Chi cục Tiêu chuẩn Đo lường Chất lượng"
  unit atbx     "Phòng Quản lý chuyên ngành (an toàn bức xạ và hạt nhân, sở hữu trí tuệ)"

  role giamdoc  "Giám đốc Sở" signs
  role phogd    "Phó Giám đốc Sở" signs
  role cv_mc    "Công chức tiếp nhận tại Bộ phận Một cửa" in motcua
  role vanthu   "Văn thư Sở" in vanphong
  role tp_qlcn  "Trưởng phòng Quản lý công nghệ và Thị trường công nghệ" in qlcn
  role cv_qlcn  "Chuyên viên Phòng Quản lý công nghệ và Thị trường công nghệ" in qlcn
  role tp_qlkh  "Trưởng phòng Quản lý khoa học" in qlkh
  role cv_qlkh  "Chuyên viên Phòng Quản lý khoa học" in qlkh
  role cc_tdc   "Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng" in tdc
  role cv_tdc   "Công chức Chi cục Tiêu chuẩn Đo lường Chất lượng" in tdc
  role tp_atbx  "Trưởng phòng Quản lý chuyên ngành" in atbx
  role cv_atbx  "Chuyên viên Phòng Quản lý chuyên ngành" in atbx
}

decision "550/QĐ-UBND" {
  date   2020-04-06
  issuer "Ủy ban nhân dân tỉnh Hậu Giang"
  title  "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Hậu Giang (đợt 1)"
}

decision "797/QĐ-UBND" {
  date   2020-05-15
  issuer "Ủy ban nhân dân tỉnh Hậu Giang"
  title  "Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Hậu Giang (đợt 2)"
}
"#
        )
    };
}

pub const BAD_CALENDAR_DOC: CodeDoc = CodeDoc {
    code: BAD_CALENDAR,
    name: "bad-agency-calendar",
    vi: "Giờ làm việc hoặc ngày riêng của cơ quan không dùng được",
    en: "The agency's office hours or own days cannot be used",
    severity: Severity::Error,
    what: bi(
        "Tệp cơ quan khai báo giờ làm việc (`office_hours`) hoặc ngày riêng (`day_off`, `working_day`) mà lịch làm việc không dùng được: một buổi không viết được dưới dạng `\"07:30-11:30\"`, kết thúc trước khi bắt đầu hoặc chồng lên buổi khác; một ngày vừa được khai báo nghỉ vừa làm việc, hoặc khai báo hai lần.",
        "The agency file gives office hours (`office_hours`) or days of its own (`day_off`, `working_day`) the working calendar cannot use: a session not written as `\"07:30-11:30\"`, ending before it starts or overlapping another; a day given both off and worked, or twice.",
    ),
    why: bi(
        "Ngày hẹn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả, hạn của từng bước trên Phiếu kiểm soát, và việc so thời hạn tính theo ngày đều tính theo giờ làm việc và các ngày này; khai báo sai thì mọi ngày hẹn đều sai.",
        "The appointment written on the receipt, each step's deadline on the control sheet and the comparison of limits in calendar days are all counted with these hours and days; wrong settings make every appointment wrong.",
    ),
    invalid: Example {
        note: Bi::EMPTY,
        sample: Sample::WithFile { sections: &[], file: ("agency.qtr", agency_with!("  office_hours \"07:30-11:30\" \"11:00-17:00\"\n")) },
    },
    valid: Example {
        note: Bi::EMPTY,
        sample: Sample::WithFile {
            sections: &[],
            file: (
                "agency.qtr",
                agency_with!("  office_hours \"07:30-11:30\" \"13:00-17:00\"\n  day_off 2026-12-24 \"Ngày truyền thống của tỉnh\"\n  working_day 2026-12-26 \"Tiếp nhận hồ sơ sáng thứ Bảy\"\n"),
            ),
        },
    },
    fix: bi(
        "Viết mỗi buổi là giờ bắt đầu và giờ kết thúc theo 24 giờ, không chồng nhau: `office_hours \"07:30-11:30\" \"13:00-17:00\"`; mỗi ngày riêng chỉ khai báo một lần, kèm lý do: `day_off 2026-12-24 \"…\"`, `working_day 2026-12-26 \"…\"`.",
        "Write each session as its start and end on a 24-hour clock, without overlaps: `office_hours \"07:30-11:30\" \"13:00-17:00\"`; give each day of the agency's once, with the reason: `day_off 2026-12-24 \"…\"`, `working_day 2026-12-26 \"…\"`.",
    ),
};
