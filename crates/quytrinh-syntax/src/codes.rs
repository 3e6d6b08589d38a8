//! Diagnostic codes of the input and syntax layers. Codes are never reused; a retired
//! code stays here, marked removed.

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

const fn doc(code: Code, name: &'static str, vi: &'static str, en: &'static str) -> CodeDoc {
    CodeDoc { code, name, vi, en }
}

/// Every input and syntax code, with a line about it.
pub const DOCS: &[CodeDoc] = &[
    doc(EMPTY_FILE, "empty-file", "Tệp rỗng", "The file is empty"),
    doc(BINARY_FILE, "binary-file", "Tệp chứa dữ liệu nhị phân, không phải văn bản", "The file holds binary data, not text"),
    doc(UTF16_FILE, "utf16-file", "Tệp lưu bằng UTF-16; cần lưu lại bằng UTF-8", "The file is UTF-16; save it as UTF-8"),
    doc(
        LEGACY_ENCODING,
        "legacy-encoding",
        "Tệp không phải UTF-8 (mã TCVN3, VNI, Windows-1258…); cần chuyển sang Unicode",
        "The file is not UTF-8 (TCVN3, VNI, Windows-1258…); convert it to Unicode",
    ),
    doc(TOO_LARGE, "file-too-large", "Tệp lớn hơn 10 MB", "The file is larger than 10 MB"),
    doc(UNREADABLE, "unreadable", "Không đọc được tệp hoặc thư mục", "A file or folder cannot be read"),
    doc(
        MOJIBAKE,
        "garbled-text",
        "Chữ tiếng Việt bị lỗi phông (mã cũ đọc sai thành Unicode)",
        "Garbled Vietnamese text (a legacy encoding read as Unicode)",
    ),
    doc(NO_FILES, "no-files", "Không tìm thấy tệp .qtr nào", "No .qtr files found"),
    doc(SYNTAX, "syntax-error", "Cú pháp không hợp lệ", "Invalid syntax"),
    doc(UNEXPECTED_TEXT, "unexpected-text", "Một dòng hoặc phần dòng không đọc được", "A line or part of a line cannot be read"),
    doc(UNTERMINATED_STRING, "unterminated-text", "Văn bản trong ngoặc kép chưa được đóng trên dòng", "Quoted text not closed on its line"),
    doc(UNCLOSED_BLOCK, "unclosed-block", "Khối `{` không có `}` đóng", "A `{` block is never closed"),
    doc(UNCLOSED_TEXT_BLOCK, "unclosed-text-block", "Đoạn văn bản `\"\"\"` không được đóng", "A `\"\"\"` text block is never closed"),
    doc(
        UNKNOWN_KEYWORD,
        "unknown-keyword",
        "Từ khóa không có hoặc không dùng được ở vị trí này",
        "A keyword that does not exist or is not allowed here",
    ),
    doc(MISSING_VALUE, "missing-value", "Thiếu giá trị sau từ khóa", "A value is missing after a keyword"),
    doc(WRONG_VALUE, "wrong-value", "Giá trị sai loại hoặc thừa", "A value of the wrong kind, or one too many"),
    doc(BAD_DATE, "invalid-date", "Ngày không có thật", "A date that does not exist"),
    doc(BAD_DURATION, "invalid-duration", "Thời lượng không hợp lệ (dùng `4h` hoặc `0.5d`)", "An invalid duration (use `4h` or `0.5d`)"),
    doc(
        DUPLICATE_ENTRY,
        "duplicate-entry",
        "Một mục chỉ được khai báo một lần lại được khai báo hai lần",
        "Something allowed once is given twice",
    ),
    doc(BLOCK_EXPECTED, "block-expected", "Thiếu khối `{ … }`", "A block `{ … }` is missing"),
    doc(NESTING_TOO_DEEP, "nesting-too-deep", "Các khối lồng nhau quá sâu", "Blocks nested too deeply"),
    doc(BAD_ESCAPE, "invalid-escape", "Ký tự thoát `\\` không hợp lệ", "An invalid `\\` escape"),
    doc(STRAY_CLOSE, "stray-close", "Dấu `}` không đóng khối nào", "A `}` that closes no block"),
    doc(BAD_NUMBER, "invalid-number", "Số không hợp lệ (số thập phân dùng dấu chấm)", "An invalid number (decimals use a dot)"),
    doc(CURLY_QUOTES, "curly-quotes", "Dấu ngoặc kép cong “ ” thay vì dấu thẳng \"", "Curly quotes “ ” instead of straight quotes \""),
    doc(
        FORBIDDEN_CHARACTER,
        "control-character",
        "Ký tự điều khiển ẩn (ESC, NUL, U+FFFE…) trong tệp",
        "A hidden control character (ESC, NUL, U+FFFE…) in the file",
    ),
    doc(TOO_MANY_STEPS, "too-many-steps", "Quy trình có hơn 1.000 bước", "A procedure with more than 1,000 steps"),
];
