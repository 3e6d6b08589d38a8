//! Diagnostic codes of the input and syntax layers, and their pages (in `codes/`). Codes
//! are never reused; a retired code stays here, marked removed.

use quytrinh_diagnostics::{Code, CodeDoc};

// Input (reading and decoding a file).
pub const EMPTY_FILE: Code = Code("QI001");
pub const BINARY_FILE: Code = Code("QI002");
pub const UTF16_FILE: Code = Code("QI003");
pub const LEGACY_ENCODING: Code = Code("QI004");
pub const TOO_LARGE: Code = Code("QI005");
pub const UNREADABLE: Code = Code("QI006");
pub const MOJIBAKE: Code = Code("QI007");
pub const NO_FILES: Code = Code("QI008");
pub const INVALID_UTF8_BYTES: Code = Code("QI009");

// Syntax.
pub const SYNTAX: Code = Code("QS001");
pub const UNEXPECTED_TEXT: Code = Code("QS002");
pub const UNTERMINATED_STRING: Code = Code("QS003");
pub const UNCLOSED_BLOCK: Code = Code("QS004");
pub const UNCLOSED_TEXT_BLOCK: Code = Code("QS005");
pub const UNKNOWN_KEYWORD: Code = Code("QS006");
pub const MISSING_VALUE: Code = Code("QS007");
pub const WRONG_VALUE: Code = Code("QS008");
pub const BAD_DATE: Code = Code("QS009");
pub const BAD_DURATION: Code = Code("QS010");
pub const DUPLICATE_ENTRY: Code = Code("QS011");
pub const BLOCK_EXPECTED: Code = Code("QS012");
pub const NESTING_TOO_DEEP: Code = Code("QS013");
pub const BAD_ESCAPE: Code = Code("QS014");
pub const STRAY_CLOSE: Code = Code("QS015");
pub const BAD_NUMBER: Code = Code("QS016");
pub const CURLY_QUOTES: Code = Code("QS017");
pub const FORBIDDEN_CHARACTER: Code = Code("QS018");
pub const TOO_MANY_STEPS: Code = Code("QS019");
pub const PASTED_LEGACY_TEXT: Code = Code("QS020");

mod input;
mod syntax;

pub use input::*;
pub use syntax::*;

/// The `steps` block of the sample procedure that rule pages use (`quytrinh_check::baseline`),
/// with the first step's actor, time and forms and the fourth step's time given: for the
/// code pages whose examples are about a step.
#[doc(hidden)]
#[macro_export]
macro_rules! sample_steps {
    ($first:literal) => {
        $crate::sample_steps!($first, "2.5d")
    };
    ($first:literal, $fourth:literal) => {
        concat!(
            "  steps {\n",
            "    1 \"Tiếp nhận, kiểm tra hồ sơ; lập Giấy tiếp nhận và Phiếu kiểm soát\" ",
            $first,
            "\n",
            "    2 \"Chuyển hồ sơ đến phòng chuyên môn\"  by cv_mc   2h  uses BM05\n",
            "    3 \"Phân công chuyên viên thụ lý\"       by tp_qlcn 4h  uses BM05\n",
            "    4 \"Thẩm định hồ sơ, dự thảo kết quả\"   by cv_qlcn ",
            $fourth,
            "\n",
            "    5 \"Xem xét, trình ký\"                  by tp_qlcn 4h\n",
            "    6 \"Ký duyệt\"                           by giamdoc 4h\n",
            "    7 \"Vào số, đóng dấu, phát hành\"        by vanthu  4h  uses BM05\n",
            "    8 \"Trả kết quả\"                        by cv_mc   0h  uses BM01\n",
            "    on incomplete issue BM02 by cv_mc within 3d\n",
            "    on refused    issue BM03 by cv_mc\n",
            "    on late       issue BM04 by giamdoc\n",
            "  }"
        )
    };
}

/// Every input and syntax code, with its page.
pub const DOCS: &[CodeDoc] = &[
    EMPTY_FILE_DOC,
    BINARY_FILE_DOC,
    UTF16_FILE_DOC,
    LEGACY_ENCODING_DOC,
    TOO_LARGE_DOC,
    UNREADABLE_DOC,
    MOJIBAKE_DOC,
    NO_FILES_DOC,
    INVALID_UTF8_BYTES_DOC,
    SYNTAX_DOC,
    UNEXPECTED_TEXT_DOC,
    UNTERMINATED_STRING_DOC,
    UNCLOSED_BLOCK_DOC,
    UNCLOSED_TEXT_BLOCK_DOC,
    UNKNOWN_KEYWORD_DOC,
    MISSING_VALUE_DOC,
    WRONG_VALUE_DOC,
    BAD_DATE_DOC,
    BAD_DURATION_DOC,
    DUPLICATE_ENTRY_DOC,
    BLOCK_EXPECTED_DOC,
    NESTING_TOO_DEEP_DOC,
    BAD_ESCAPE_DOC,
    STRAY_CLOSE_DOC,
    BAD_NUMBER_DOC,
    CURLY_QUOTES_DOC,
    FORBIDDEN_CHARACTER_DOC,
    TOO_MANY_STEPS_DOC,
    PASTED_LEGACY_TEXT_DOC,
];
