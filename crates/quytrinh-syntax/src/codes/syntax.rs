//! The pages of the syntax codes (QS): a line of a file that cannot be read as written.
//! Each example is a part of the sample procedure that rule pages use; the checker's
//! `tests/code_examples.rs` splices it in and checks the code is (or is not) reported.

use quytrinh_diagnostics::{bi, Bi, CodeDoc, Example, Sample, Severity};

use super::*;

const fn ex(sections: &'static [(&'static str, &'static str)]) -> Example {
    Example { note: Bi::EMPTY, sample: Sample::Procedure(sections) }
}

const fn ex_note(vi: &'static str, en: &'static str, sections: &'static [(&'static str, &'static str)]) -> Example {
    Example { note: bi(vi, en), sample: Sample::Procedure(sections) }
}

/// The sample procedure's `records` block without its closing `}`.
macro_rules! records {
    () => {
        r#"  records {
    "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"    keep 5y by motcua medium paper electronic form BM01
    "Phiếu kiểm soát quá trình giải quyết hồ sơ" keep 5y by motcua medium paper form BM05
    "Hồ sơ đề nghị của tổ chức, cá nhân"          keep 10y by qlcn medium paper
    "Kết quả giải quyết (bản lưu)"                keep forever by vanphong medium paper electronic"#
    };
}

const RECORDS_UNCLOSED: &str = records!();

const NAME: &str = r#"  name "Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ""#;

pub const SYNTAX_DOC: CodeDoc = CodeDoc {
    code: SYNTAX,
    name: "syntax-error",
    vi: "Cú pháp không hợp lệ",
    en: "Invalid syntax",
    severity: Severity::Error,
    what: bi(
        "Bộ đọc tệp .qtr dừng lại mà không nói được lỗi cụ thể hơn. Đây là lưới an toàn: mọi lỗi viết thường gặp đều có mã riêng (QS002 đến QS017), nên mã này chỉ gặp với một tệp có cấu trúc bất thường, thường do một chương trình sinh ra chứ không phải do người gõ.",
        "The .qtr reader stopped without being able to name a more specific mistake. It is a safety net: every common writing mistake has its own code (QS002 to QS017), so this one is met only with a file of unusual structure, usually produced by a program rather than typed.",
    ),
    why: bi(
        "quytrinh không đoán nội dung một tệp nó không đọc được: đoán sai sẽ đưa nội dung sai lên cổng dịch vụ công.",
        "quytrinh does not guess what a file it cannot read means: a wrong guess would put wrong content on the public service portal.",
    ),
    invalid: Example {
        note: bi(
            "Một tệp hàng megabyte do một công cụ chuyển đổi sinh ra, có cấu trúc mà bộ đọc không theo được đến cùng (không thể trình bày bằng một ví dụ ngắn: mọi lỗi viết ngắn đều có mã riêng).",
            "A file of several megabytes produced by a conversion tool, with a structure the reader cannot follow to the end (no short example shows it: every short writing mistake has its own code).",
        ),
        sample: Sample::Described,
    },
    valid: Example {
        note: bi(
            "Một tệp viết theo cách của tệp .qtr: mỗi dòng là từ khóa rồi các giá trị, các khối `{ … }` đóng mở đủ (`quytrinh new` tạo một bản mẫu).",
            "A file written the .qtr way: each line a keyword then its values, every block `{ … }` opened and closed (`quytrinh new` writes a sample).",
        ),
        sample: Sample::Described,
    },
    fix: bi(
        "Xem vị trí thông báo chỉ ra và điều nó nói là cần ở đó. Nếu tệp do một chương trình sinh ra, sinh lại tệp hoặc chạy `quytrinh fmt` trên một phần nhỏ để tìm chỗ sai; nếu vẫn không được, gửi tệp cho nhóm phát triển quytrinh.",
        "Look at the place the message shows and what it says is needed there. If a program produced the file, produce it again, or run `quytrinh fmt` on a small part to find the fault; if that fails, send the file to the quytrinh developers.",
    ),
};

pub const UNEXPECTED_TEXT_DOC: CodeDoc = CodeDoc {
    code: UNEXPECTED_TEXT,
    name: "unexpected-text",
    vi: "Một dòng hoặc phần dòng không đọc được",
    en: "A line or part of a line cannot be read",
    severity: Severity::Error,
    what: bi(
        "Một dòng, hoặc phần cuối một dòng, không phải là từ khóa hay giá trị nào quytrinh biết: dấu gạch đầu dòng hay ký hiệu dán từ Word, chữ thừa sau giá trị, hoặc khối `{ … }` đặt sau một mục không có khối.",
        "A line, or the end of a line, is not a keyword or value quytrinh knows: a bullet dash or symbol pasted from Word, words left over after the values, or a block `{ … }` after an entry that takes none.",
    ),
    why: bi(
        "Phần không đọc được bị bỏ qua, nên nội dung đó sẽ không có trong quy trình và trên cổng dịch vụ công.",
        "The part that cannot be read is left out, so it would be missing from the procedure and from the public service portal.",
    ),
    invalid: ex_note(
        "Dòng chép từ Word còn giữ dấu gạch đầu dòng:",
        "A line copied from Word that kept its bullet dash:",
        &[("purpose", r#"  - purpose "Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục tại Sở.""#)],
    ),
    valid: ex(&[("purpose", r#"  purpose "Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục tại Sở.""#)]),
    fix: bi(
        "Xóa dấu gạch đầu dòng, ký hiệu hay phần thừa mà thông báo chỉ ra; nếu đó là nội dung cần giữ, đưa nó vào ngoặc kép thẳng `\"…\"` sau đúng từ khóa của nó.",
        "Delete the bullet, symbol or leftover the message points at; if it is content to keep, put it in straight double quotes `\"…\"` after its own keyword.",
    ),
};

pub const UNTERMINATED_STRING_DOC: CodeDoc = CodeDoc {
    code: UNTERMINATED_STRING,
    name: "unterminated-text",
    vi: "Văn bản trong ngoặc kép chưa được đóng trên dòng",
    en: "Quoted text not closed on its line",
    severity: Severity::Error,
    what: bi(
        "Một văn bản mở bằng dấu `\"` nhưng đến hết dòng vẫn chưa có dấu `\"` đóng.",
        "A text opens with `\"` but the line ends before its closing `\"`.",
    ),
    why: bi(
        "Không biết văn bản kết thúc ở đâu thì không biết tên, nội dung bước hay căn cứ đó là gì; quytrinh báo ngay dòng đó thay vì đọc sai các dòng sau.",
        "Without knowing where the text ends, the name, step or citation is unknown; quytrinh reports that line instead of misreading the lines after it.",
    ),
    invalid: ex(&[("name", r#"  name "Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ"#)]),
    valid: ex(&[("name", NAME)]),
    fix: bi(
        "Thêm dấu `\"` ở cuối văn bản. Văn bản dài nhiều dòng thì mở và đóng bằng ba dấu ngoặc kép `\"\"\"`.",
        "Add the closing `\"` at the end of the text. For text over several lines, open and close it with three double quotes `\"\"\"`.",
    ),
};

pub const UNCLOSED_BLOCK_DOC: CodeDoc = CodeDoc {
    code: UNCLOSED_BLOCK,
    name: "unclosed-block",
    vi: "Khối `{` không có `}` đóng",
    en: "A `{` block is never closed",
    severity: Severity::Error,
    what: bi(
        "Một khối mở bằng `{` (quy trình, `steps`, `dossier`, `records`…) không có dấu `}` đóng tương ứng.",
        "A block opened with `{` (the procedure, `steps`, `dossier`, `records`…) has no matching closing `}`.",
    ),
    why: bi(
        "Thiếu `}` thì không biết khối kết thúc ở đâu: các mục sau đó có thể bị hiểu là thuộc khối trước, ví dụ danh sách biểu mẫu bị đọc thành các bước.",
        "Without the `}` it is unknown where the block ends: later entries may be read as part of it, e.g. the list of forms read as steps.",
    ),
    invalid: ex_note(
        "Khối `records` thiếu dấu `}` đóng; dấu `}` cuối tệp vì thế đóng `records`, còn quy trình thì không được đóng:",
        "The `records` block lacks its `}`; the `}` at the end of the file closes `records`, and the procedure is left open:",
        &[("records", RECORDS_UNCLOSED)],
    ),
    valid: ex(&[("records", concat!(records!(), "\n  }"))]),
    fix: bi(
        "Thêm `}` ở cuối khối mà thông báo chỉ ra. Mỗi `{` cần một `}`; thụt lề đều giúp thấy khối nào chưa đóng (lệnh `quytrinh fmt` thụt lề giúp bạn).",
        "Add a `}` at the end of the block the message points at. Every `{` needs a `}`; even indentation shows which block is open (`quytrinh fmt` indents for you).",
    ),
};

pub const UNCLOSED_TEXT_BLOCK_DOC: CodeDoc = CodeDoc {
    code: UNCLOSED_TEXT_BLOCK,
    name: "unclosed-text-block",
    vi: "Đoạn văn bản `\"\"\"` không được đóng",
    en: "A `\"\"\"` text block is never closed",
    severity: Severity::Error,
    what: bi(
        "Một đoạn văn bản nhiều dòng mở bằng `\"\"\"` nhưng không có `\"\"\"` đóng.",
        "A text over several lines opens with `\"\"\"` but is never closed with `\"\"\"`.",
    ),
    why: bi(
        "Mọi thứ sau `\"\"\"` đến cuối tệp sẽ bị coi là một đoạn văn bản, nên các bước, hồ sơ, biểu mẫu phía sau đều mất.",
        "Everything after the `\"\"\"` to the end of the file would be one text, so the steps, dossier and forms after it would be lost.",
    ),
    invalid: ex(&[("purpose", "  purpose \"\"\"\n    Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục tại Sở.")]),
    valid: ex(&[("purpose", "  purpose \"\"\"\n    Quy định trình tự, trách nhiệm và thời gian giải quyết thủ tục tại Sở.\n  \"\"\"")]),
    fix: bi("Thêm `\"\"\"` trên một dòng riêng ở cuối đoạn văn bản.", "Add `\"\"\"` on its own line at the end of the text."),
};

pub const UNKNOWN_KEYWORD_DOC: CodeDoc = CodeDoc {
    code: UNKNOWN_KEYWORD,
    name: "unknown-keyword",
    vi: "Từ khóa không có hoặc không dùng được ở vị trí này",
    en: "A keyword that does not exist or is not allowed here",
    severity: Severity::Error,
    what: bi(
        "Dòng bắt đầu bằng một từ không phải từ khóa của quytrinh (thường do gõ sai), hoặc một từ khóa đặt sai chỗ, ví dụ `unit` trong quy trình thay vì trong tệp cơ quan. Khi có từ gần giống, thông báo gợi ý từ đúng.",
        "A line starts with a word that is not a quytrinh keyword (often a typo), or with a keyword in the wrong place, e.g. `unit` in a procedure instead of the agency file. When a close word exists, the message suggests it.",
    ),
    why: bi(
        "Dòng có từ khóa sai bị bỏ qua, nên thông tin trên dòng đó (tên, lĩnh vực, thời hạn…) coi như chưa khai báo.",
        "A line with a wrong keyword is left out, so what it says (name, field, time limit…) counts as not given.",
    ),
    invalid: ex(&[("field", r#"  feild "Hoạt động khoa học và công nghệ""#)]),
    valid: ex(&[("field", r#"  field "Hoạt động khoa học và công nghệ""#)]),
    fix: bi(
        "Sửa từ khóa theo gợi ý, hoặc chuyển dòng đó về đúng chỗ. Danh sách từ khóa (tiếng Anh và tiếng Việt) có trong docs/language.md; trình soạn thảo gợi ý từ khóa khi gõ.",
        "Correct the keyword as suggested, or move the line to its place. The keywords (English and Vietnamese) are listed in docs/language.md; the editor suggests them as you type.",
    ),
};

pub const MISSING_VALUE_DOC: CodeDoc = CodeDoc {
    code: MISSING_VALUE,
    name: "missing-value",
    vi: "Thiếu giá trị sau từ khóa",
    en: "A value is missing after a keyword",
    severity: Severity::Error,
    what: bi(
        "Sau từ khóa không có giá trị mà nó cần, ví dụ `name` không có tên, hoặc một bước không có người thực hiện sau `by`.",
        "A keyword lacks the value it needs, e.g. `name` without a name, or a step with nothing after `by`.",
    ),
    why: bi(
        "Từ khóa không có giá trị thì thông tin đó coi như chưa có; quy trình sẽ thiếu nội dung bắt buộc.",
        "A keyword without its value gives nothing; the procedure would lack required content.",
    ),
    invalid: ex(&[("effective", "  effective")]),
    valid: ex(&[("effective", "  effective 2020-05-15")]),
    fix: bi(
        "Viết giá trị ngay sau từ khóa trên cùng dòng, như thông báo nói (một văn bản trong ngoặc kép, một ngày, một mã…); hoặc xóa dòng nếu chưa có thông tin.",
        "Write the value right after the keyword on the same line, as the message says (a quoted text, a date, an id…); or delete the line if the information is not known yet.",
    ),
};

pub const WRONG_VALUE_DOC: CodeDoc = CodeDoc {
    code: WRONG_VALUE,
    name: "wrong-value",
    vi: "Giá trị sai loại hoặc thừa",
    en: "A value of the wrong kind, or one too many",
    severity: Severity::Error,
    what: bi(
        "Một giá trị không đúng loại mà từ khóa cần (ví dụ một số nơi cần văn bản), hoặc thừa so với những gì từ khóa nhận.",
        "A value is not of the kind its keyword needs (e.g. a number where a text is expected), or is one more than the keyword takes.",
    ),
    why: bi(
        "Giá trị sai loại hoặc thừa thường là dấu hiệu hai dòng bị dính vào nhau hay một giá trị đặt nhầm chỗ; đoán nghĩa của nó có thể cho ra quy trình sai.",
        "A value of the wrong kind or one too many usually means two lines ran together or a value is in the wrong place; guessing its meaning could give a wrong procedure.",
    ),
    invalid: ex(&[("level", "  level province district")]),
    valid: ex(&[("level", "  level province")]),
    fix: bi(
        "Xóa giá trị thừa hoặc chuyển nó đến đúng chỗ; với thời lượng của bước, viết số liền với đơn vị (`4h`, `0.5d`).",
        "Remove the extra value or move it to its place; for a step's time, write the number with its unit attached (`4h`, `0.5d`).",
    ),
};

pub const BAD_DATE_DOC: CodeDoc = CodeDoc {
    code: BAD_DATE,
    name: "invalid-date",
    vi: "Ngày không có thật",
    en: "A date that does not exist",
    severity: Severity::Error,
    what: bi(
        "Một ngày viết đúng dạng nhưng không có trên lịch, như ngày 30/02 hay tháng 13.",
        "A date written in the right form that is not on the calendar, such as 30 February or month 13.",
    ),
    why: bi(
        "Ngày hiệu lực, ngày ký, ngày ban hành văn bản là căn cứ để biết quy trình áp dụng từ khi nào và theo văn bản nào; một ngày không có thật làm mọi phép so sánh ngày sai theo.",
        "Effective, signing and issue dates tell from when the procedure applies and under which instruments; a date that does not exist makes every date comparison wrong.",
    ),
    invalid: ex(&[("effective", "  effective 2020-02-30")]),
    valid: ex(&[("effective", "  effective 2020-05-15")]),
    fix: bi(
        "Viết ngày có thật, dạng `năm-tháng-ngày` (`2020-05-15`) hoặc `ngày/tháng/năm` (`15/05/2020`); đối chiếu với văn bản gốc.",
        "Write a real date, as `year-month-day` (`2020-05-15`) or `day/month/year` (`15/05/2020`); check it against the original document.",
    ),
};

pub const BAD_DURATION_DOC: CodeDoc = CodeDoc {
    code: BAD_DURATION,
    name: "invalid-duration",
    vi: "Thời lượng không hợp lệ (dùng `4h` hoặc `0.5d`)",
    en: "An invalid duration (use `4h` or `0.5d`)",
    severity: Severity::Error,
    what: bi(
        "Thời gian của một bước không viết bằng giờ làm việc (`h`) hoặc ngày làm việc (`d`), ví dụ `4gio` hay `2ngay` (chữ không dấu không phải đơn vị).",
        "A step's time is not written in working hours (`h`) or working days (`d`), e.g. `4hrs` or `2days`.",
    ),
    why: bi(
        "Thời gian các bước được cộng lại để so với thời hạn giải quyết của thủ tục; một thời lượng không đọc được làm phép cộng đó sai.",
        "The steps' times are added up and compared with the procedure's statutory time; a time that cannot be read makes that sum wrong.",
    ),
    invalid: ex(&[("steps", crate::sample_steps!("by cv_mc 2gio issues BM01 BM05 BM06"))]),
    valid: ex(&[("steps", crate::sample_steps!("by cv_mc 2h issues BM01 BM05 BM06"))]),
    fix: bi(
        "Viết số liền với đơn vị: `h` là giờ làm việc, `d` là ngày làm việc (1 ngày làm việc = 8 giờ), ví dụ `4h`, `0.5d`, `3d`. Có thể dùng `giờ` hoặc `ngày`: `4giờ`.",
        "Write the number with its unit attached: `h` for working hours, `d` for working days (1 working day = 8 hours), e.g. `4h`, `0.5d`, `3d`. `giờ` and `ngày` also work: `4giờ`.",
    ),
};

pub const DUPLICATE_ENTRY_DOC: CodeDoc = CodeDoc {
    code: DUPLICATE_ENTRY,
    name: "duplicate-entry",
    vi: "Một mục chỉ được khai báo một lần lại được khai báo hai lần",
    en: "Something allowed once is given twice",
    severity: Severity::Error,
    what: bi(
        "Một mục mà quy trình chỉ có một (tên, mã TTHC, ngày hiệu lực, thời hạn giải quyết…) được viết hai lần.",
        "Something a procedure has only once (its name, TTHC code, effective date, statutory time…) is written twice.",
    ),
    why: bi(
        "Hai giá trị khác nhau cho cùng một mục thì không biết giá trị nào đúng; thường là bản cũ chưa xóa khi sửa.",
        "Two values for one entry leave it unknown which is right; usually the old one was not deleted when it was changed.",
    ),
    invalid: ex(&[(
        "name",
        concat!(
            r#"  name "Cấp Giấy chứng nhận đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ""#,
            "\n",
            r#"  name "Cấp Giấy chứng nhận đăng ký chuyển giao công nghệ""#
        ),
    )]),
    valid: ex(&[("name", NAME)]),
    fix: bi(
        "Giữ một dòng đúng và xóa dòng còn lại; thông báo chỉ ra cả hai chỗ.",
        "Keep the right line and delete the other; the message points at both.",
    ),
};

pub const BLOCK_EXPECTED_DOC: CodeDoc = CodeDoc {
    code: BLOCK_EXPECTED,
    name: "block-expected",
    vi: "Thiếu khối `{ … }`",
    en: "A block `{ … }` is missing",
    severity: Severity::Error,
    what: bi(
        "Một mục chứa nhiều dòng (`steps`, `dossier`, `basis`, `records`, `forms`, một lần ban hành `revision`…) không có khối `{ … }` chứa các dòng đó.",
        "An entry that holds several lines (`steps`, `dossier`, `basis`, `records`, `forms`, a `revision`…) has no block `{ … }` around them.",
    ),
    why: bi(
        "Không có khối thì các dòng bên trong không thuộc về mục nào, nên quy trình như thể không có bước, hồ sơ hay căn cứ đó.",
        "Without the block the lines inside belong to nothing, so the procedure is as if it had no such steps, dossier or basis.",
    ),
    invalid: ex(&[("references", r#"  references standard "TCVN ISO 9001:2015" "Hệ thống quản lý chất lượng - Các yêu cầu""#)]),
    valid: ex(&[("references", r#"  references { standard "TCVN ISO 9001:2015" "Hệ thống quản lý chất lượng - Các yêu cầu" }"#)]),
    fix: bi(
        "Mở khối bằng `{` ở cuối dòng có từ khóa, viết các dòng bên trong, rồi đóng bằng `}`.",
        "Open the block with `{` at the end of the keyword's line, write the lines inside, then close it with `}`.",
    ),
};

pub const NESTING_TOO_DEEP_DOC: CodeDoc = CodeDoc {
    code: NESTING_TOO_DEEP,
    name: "nesting-too-deep",
    vi: "Các khối lồng nhau quá sâu",
    en: "Blocks nested too deeply",
    severity: Severity::Error,
    what: bi(
        "Có hơn 32 khối `{ … }` lồng vào nhau. Một quy trình chỉ cần vài tầng (quy trình, các bước, một lần ban hành), nên đây là dấu `{` thừa hoặc nội dung dán nhầm.",
        "More than 32 blocks `{ … }` sit inside each other. A procedure needs only a few levels (procedure, steps, a revision), so this is stray `{` or wrongly pasted content.",
    ),
    why: bi(
        "quytrinh dừng đọc tệp thay vì đi sâu vào một cấu trúc vô nghĩa; nội dung bên trong không thể là một quy trình đúng.",
        "quytrinh stops reading the file instead of descending into a meaningless structure; what is inside cannot be a right procedure.",
    ),
    invalid: ex_note(
        "Nội dung dán nhầm làm các khối lồng nhau 33 tầng (kể cả khối của quy trình):",
        "Wrongly pasted content that nests blocks 33 levels deep (counting the procedure's own):",
        &[(
            "references",
            "  references { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { {\n  } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }",
        )],
    ),
    valid: ex(&[("references", r#"  references { standard "TCVN ISO 9001:2015" "Hệ thống quản lý chất lượng - Các yêu cầu" }"#)]),
    fix: bi(
        "Xóa các dấu `{` và `}` thừa, hoặc nội dung dán nhầm; `quytrinh fmt` thụt lề để thấy rõ các tầng.",
        "Remove the extra `{` and `}`, or the wrongly pasted content; `quytrinh fmt` indents the file so the levels show.",
    ),
};

pub const BAD_ESCAPE_DOC: CodeDoc = CodeDoc {
    code: BAD_ESCAPE,
    name: "invalid-escape",
    vi: "Ký tự thoát `\\` không hợp lệ",
    en: "An invalid `\\` escape",
    severity: Severity::Error,
    what: bi(
        "Trong ngoặc kép, dấu `\\` báo hiệu một ký tự đặc biệt (`\\\"` là dấu ngoặc kép, `\\n` là xuống dòng). Dấu `\\` đứng trước một chữ khác thì không có nghĩa, thường gặp khi dán đường dẫn thư mục Windows.",
        "Inside quotes, `\\` announces a special character (`\\\"` is a double quote, `\\n` a new line). A `\\` before any other letter means nothing; it is common when a Windows folder path is pasted.",
    ),
    why: bi(
        "Không biết người viết muốn ký tự gì, nên văn bản có thể hiện sai trên cổng dịch vụ công.",
        "It is unknown which character was meant, so the text could show wrongly on the public service portal.",
    ),
    invalid: ex(&[("place", r#"  place "Bộ phận Tiếp nhận và Trả kết quả\Trung tâm Phục vụ hành chính công tỉnh""#)]),
    valid: ex(&[("place", r#"  place "Bộ phận Tiếp nhận và Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh""#)]),
    fix: bi(
        "Muốn viết chính dấu `\\` thì gõ hai lần `\\\\`; nếu không cần, thay nó bằng chữ hoặc dấu `/`.",
        "To write a backslash itself type it twice `\\\\`; if it is not needed, replace it with words or a `/`.",
    ),
};

pub const STRAY_CLOSE_DOC: CodeDoc = CodeDoc {
    code: STRAY_CLOSE,
    name: "stray-close",
    vi: "Dấu `}` không đóng khối nào",
    en: "A `}` that closes no block",
    severity: Severity::Error,
    what: bi(
        "Một dấu `}` ở ngoài mọi khối: khối đã được đóng trước đó, nên dấu này thừa.",
        "A `}` outside every block: the block was already closed, so this one is extra.",
    ),
    why: bi(
        "Dấu `}` thừa thường có nghĩa một khối đã bị đóng quá sớm ở phía trên, khiến các mục sau nó nằm ngoài quy trình.",
        "An extra `}` often means a block was closed too early further up, leaving the entries after it outside the procedure.",
    ),
    invalid: ex(&[("end", "}\n}")]),
    valid: ex(&[("end", "}")]),
    fix: bi(
        "Xóa dấu `}` thừa, hoặc thêm dấu `{` còn thiếu ở nơi mở khối; `quytrinh fmt` thụt lề để thấy khối nào đóng ở đâu.",
        "Remove the extra `}`, or add the missing `{` where the block opens; `quytrinh fmt` indents the file so you can see where each block ends.",
    ),
};

pub const BAD_NUMBER_DOC: CodeDoc = CodeDoc {
    code: BAD_NUMBER,
    name: "invalid-number",
    vi: "Số không hợp lệ (số thập phân dùng dấu chấm)",
    en: "An invalid number (decimals use a dot)",
    severity: Severity::Error,
    what: bi(
        "Một số trong tệp viết sai, thường là số thập phân viết bằng dấu phẩy (`2,5d`) theo thói quen tiếng Việt. Trong tệp .qtr số thập phân dùng dấu chấm (`2.5d`); tài liệu in ra vẫn dùng dấu phẩy.",
        "A number in the file is written wrongly, usually a decimal with a comma (`2,5d`) as Vietnamese writes it. In .qtr files decimals use a dot (`2.5d`); printed documents still show a comma.",
    ),
    why: bi(
        "`2,5` có thể là «hai phẩy năm» hoặc «hai, năm»; đọc nhầm làm sai tổng thời gian các bước.",
        "`2,5` could be «two point five» or «two, five»; misread, it makes the steps' total time wrong.",
    ),
    invalid: ex(&[("steps", crate::sample_steps!("by cv_mc 2h issues BM01 BM05 BM06", "2,5d"))]),
    valid: ex(&[("steps", crate::sample_steps!("by cv_mc 2h issues BM01 BM05 BM06", "2.5d"))]),
    fix: bi(
        "Viết số thập phân bằng dấu chấm: `2.5d`, `0.25d`. Các tài liệu quytrinh xuất ra sẽ tự hiện `2,5 ngày`.",
        "Write decimals with a dot: `2.5d`, `0.25d`. The documents quytrinh produces show `2,5 ngày` by themselves.",
    ),
};

pub const CURLY_QUOTES_DOC: CodeDoc = CodeDoc {
    code: CURLY_QUOTES,
    name: "curly-quotes",
    vi: "Dấu ngoặc kép cong “ ” thay vì dấu thẳng \"",
    en: "Curly quotes “ ” instead of straight quotes \"",
    severity: Severity::Error,
    what: bi(
        "Văn bản đặt trong dấu ngoặc kép cong “ ” (Word tự đổi khi gõ hoặc khi chép từ Word sang) thay vì dấu ngoặc kép thẳng \".",
        "A text is in curly quotes “ ” (which Word puts in as you type, or when copying from Word) instead of straight quotes \".",
    ),
    why: bi(
        "Dấu cong cũng có thể là một phần của nội dung (ví dụ tên một văn bản được trích dẫn); quytrinh không tự đổi mà báo để bạn sửa.",
        "Curly quotes may also be part of the content (e.g. the title of a cited document); quytrinh does not change them by itself but asks you to.",
    ),
    invalid: ex(&[("subjects", "  subjects “Tổ chức, cá nhân”")]),
    valid: ex(&[("subjects", r#"  subjects "Tổ chức, cá nhân""#)]),
    fix: bi(
        "Gõ lại dấu ngoặc kép thẳng \" ở hai đầu văn bản. Nên soạn tệp .qtr trong Notepad hoặc VS Code thay vì Word; trong Word có thể tắt «thay dấu ngoặc thẳng bằng dấu ngoặc cong» trong Tùy chọn tự sửa.",
        "Type straight quotes \" again at both ends of the text. Write .qtr files in Notepad or VS Code rather than Word; in Word, turn off «straight quotes with smart quotes» in AutoCorrect options.",
    ),
};

pub const FORBIDDEN_CHARACTER_DOC: CodeDoc = CodeDoc {
    code: FORBIDDEN_CHARACTER,
    name: "control-character",
    vi: "Ký tự điều khiển ẩn (ESC, NUL, U+FFFE…) trong tệp",
    en: "A hidden control character (ESC, NUL, U+FFFE…) in the file",
    severity: Severity::Error,
    what: bi(
        "Tệp chứa một ký tự điều khiển không hiện ra trên màn hình: ESC (mở đầu các chuỗi điều khiển cửa sổ dòng lệnh), các mã C0 trừ tab và xuống dòng, DEL, các mã C1, dấu về đầu dòng đứng riêng, hoặc U+FFFE/U+FFFF.",
        "The file holds a control character that does not show on screen: ESC (which starts terminal control sequences), the C0 codes other than tab and line breaks, DEL, the C1 codes, a carriage return on its own, or U+FFFE/U+FFFF.",
    ),
    why: bi(
        "Word từ chối mở tệp DOCX chứa các ký tự này (XML 1.0 cấm chúng); in ra cửa sổ dòng lệnh, chúng có thể xóa màn hình, ghi vào bộ nhớ tạm hay giấu một đường liên kết.",
        "Word refuses a DOCX holding these characters (XML 1.0 forbids them); printed to a terminal they can clear the screen, write to the clipboard or hide a link.",
    ),
    invalid: ex_note(
        "Một ký tự ESC (U+001B) dán lẫn vào văn bản; trên màn hình chỉ thấy `[2J`.",
        "An ESC character (U+001B) pasted into the text; on screen only `[2J` shows.",
        &[("subjects", "  subjects \"Tổ chức, \u{1B}[2Jcá nhân\"")],
    ),
    valid: ex(&[("subjects", r#"  subjects "Tổ chức, cá nhân""#)]),
    fix: bi(
        "Xóa ký tự ở vị trí được chỉ (trong trình soạn thảo, xóa cả đoạn quanh đó rồi gõ lại). Thường do dán từ tài liệu khác hoặc từ trang web.",
        "Delete the character at the place shown (in the editor, delete the stretch around it and type it again). It usually comes from text pasted from another document or a web page.",
    ),
};

pub const TOO_MANY_STEPS_DOC: CodeDoc = CodeDoc {
    code: TOO_MANY_STEPS,
    name: "too-many-steps",
    vi: "Quy trình có hơn 1.000 bước",
    en: "A procedure with more than 1,000 steps",
    severity: Severity::Error,
    what: bi(
        "Một quy trình có hơn 1.000 bước; các bước từ bước thứ 1.001 trở đi không được đọc.",
        "A procedure has more than 1,000 steps; the steps from the 1,001st on are not read.",
    ),
    why: bi(
        "Một quy trình nội bộ thật có vài chục bước. Hàng nghìn bước là dấu hiệu tệp bị dán lặp hoặc sinh tự động sai; lưu đồ và tài liệu in của nó sẽ dài hàng nghìn trang.",
        "A real internal procedure has a few dozen steps. Thousands are the sign of a file pasted into itself or generated wrongly; its flowchart and printed document would run to thousands of pages.",
    ),
    invalid: Example {
        note: bi(
            "Một khối `steps` có 1.001 bước trở lên (quá dài để trình bày ở đây).",
            "A `steps` block of 1,001 steps or more (too long to show here).",
        ),
        sample: Sample::Described,
    },
    valid: Example {
        note: bi("Một khối `steps` có vài chục bước, như mọi quy trình mẫu.", "A `steps` block of a few dozen steps, as in every example procedure."),
        sample: Sample::Described,
    },
    fix: bi(
        "Kiểm tra xem tệp có bị dán lặp nhiều lần không; nếu thủ tục thật sự dài, tách thành nhiều quy trình.",
        "Check that the file was not pasted into itself many times; if the procedure really is that long, split it into several procedures.",
    ),
};

pub const PASTED_LEGACY_TEXT_DOC: CodeDoc = CodeDoc {
    code: PASTED_LEGACY_TEXT,
    name: "pasted-legacy-text",
    vi: "Văn bản dán từ tài liệu mã cũ (TCVN3, VNI, VIQR) chưa chuyển sang Unicode",
    en: "Text pasted from a legacy-encoded document (TCVN3, VNI, VIQR), not converted to Unicode",
    severity: Severity::Warning,
    what: bi(
        "Một văn bản trong ngoặc kép (tên, nội dung bước, căn cứ…) trong một tệp Unicode nhưng chữ của nó là chữ mã cũ: chép từ tài liệu dùng phông .VnTime (TCVN3, ABC) hay VNI-Times nên thành «Së Khoa häc» hay «Sôû Khoa hoïc», hoặc gõ kiểu VIQR «Thu? tu.c». quytrinh nói bảng mã nào và đưa ra chữ Unicode tương ứng. Mỗi từ được xét riêng: chỉ báo khi từ viết ra không phải một tiếng Việt mà đổi sang Unicode thì thành tiếng Việt, nên chữ tiếng Việt thật và chữ nước ngoài có dấu (café, naïve) không bị báo. Chú thích `#` không được xét.",
        "A quoted text (a name, a step, a citation…) in a Unicode file whose letters are in a legacy form: copied from a document in a .VnTime (TCVN3, ABC) or VNI-Times font, so it reads «Së Khoa häc» or «Sôû Khoa hoïc», or typed as VIQR «Thu? tu.c». quytrinh names the encoding and gives the Unicode text. Each word is judged on its own: only a word that is not Vietnamese as written but is once converted counts, so real Vietnamese and foreign words with accents (café, naïve) are not reported. `#` comments are not looked at.",
    ),
    why: bi(
        "Chữ mã cũ chỉ đọc được với phông cũ trên máy đã cài phông đó; trên cổng dịch vụ công, trong tài liệu in và trong tệp DOCX, người dân sẽ thấy chữ lỗi phông thay vì tên thủ tục hay nội dung bước.",
        "Legacy text reads right only with the old fonts installed; on the public service portal, in printed documents and in the DOCX, citizens would see garbled letters instead of the procedure's name or steps.",
    ),
    invalid: ex_note(
        "Tên thủ tục chép từ một văn bản soạn bằng phông .VnTime (mã TCVN3):",
        "A procedure name copied from a document typed in a .VnTime font (TCVN3):",
        &[("name", r#"  name "CÊp GiÊy chøng nhËn ®¨ng ký gia h¹n, söa ®æi, bæ sung néi dung chuyÓn giao c«ng nghÖ""#)],
    ),
    valid: ex_note(
        "Cùng tên ấy bằng chữ Unicode (như quytrinh gợi ý):",
        "The same name in Unicode letters (as quytrinh suggests):",
        &[("name", NAME)],
    ),
    fix: bi(
        "Thay văn bản bằng chữ Unicode quytrinh gợi ý («Có phải là: …?»), sau khi đọc lại. Nếu cần chép nhiều, chuyển cả tài liệu gốc sang Unicode trước: Unikey > Công cụ (Ctrl+Shift+F6), chọn bảng mã nguồn quytrinh đã nêu (TCVN3, VNI hoặc VIQR) và bảng mã đích Unicode, rồi chép lại.",
        "Replace the text with the Unicode text quytrinh suggests («Did you mean: …?»), after reading it over. To copy much more, convert the whole original document to Unicode first: Unikey > Tools (Ctrl+Shift+F6), source the encoding quytrinh named (TCVN3, VNI or VIQR), target Unicode, then copy again.",
    ),
};
