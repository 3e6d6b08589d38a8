//! Diagnostic codes of the model layer (resolution across files). Never reused.

use quytrinh_diagnostics::{Code, CodeDoc};

pub const UNKNOWN_REFERENCE: Code = Code("QM001");
pub const DUPLICATE_ID: Code = Code("QM002");
pub const DUPLICATE_PROCEDURE: Code = Code("QM003");
pub const NO_AGENCY: Code = Code("QM004");
pub const AMBIGUOUS_AGENCY: Code = Code("QM005");
pub const DUPLICATE_TTHC: Code = Code("QM006");
pub const REDEFINED_BUILTIN_FORM: Code = Code("QM007");
pub const FILE_NAME_CLASH: Code = Code("QM008");

const fn doc(code: Code, name: &'static str, vi: &'static str, en: &'static str) -> CodeDoc {
    CodeDoc { code, name, vi, en }
}

/// Every model code, with a line about it.
pub const DOCS: &[CodeDoc] = &[
    doc(
        UNKNOWN_REFERENCE,
        "unknown-reference",
        "Không tìm thấy đơn vị, chức danh, biểu mẫu, quyết định hoặc cơ quan được nhắc tới",
        "A unit, role, form, decision or agency that is not defined",
    ),
    doc(DUPLICATE_ID, "duplicate-id", "Một mã được khai báo hai lần trong danh mục", "An id defined twice in the catalogue"),
    doc(DUPLICATE_PROCEDURE, "duplicate-procedure-code", "Hai quy trình cùng một mã", "Two procedures with one code"),
    doc(NO_AGENCY, "no-agency-file", "Danh mục không có tệp cơ quan", "The catalogue has no agency file"),
    doc(
        AMBIGUOUS_AGENCY,
        "ambiguous-agency",
        "Nhiều cơ quan mà quy trình không nói thuộc cơ quan nào",
        "Several agencies and the procedure does not say which",
    ),
    doc(DUPLICATE_TTHC, "duplicate-tthc", "Hai quy trình cho cùng một thủ tục", "Two procedures for one TTHC"),
    doc(REDEFINED_BUILTIN_FORM, "redefined-builtin-form", "Khai báo lại một biểu mẫu có sẵn", "A built-in form defined again"),
    doc(
        FILE_NAME_CLASH,
        "file-name-clash",
        "Mã quy trình cho tên tệp không dùng được trên Windows, hoặc trùng tên tệp với mã khác trên Windows và macOS",
        "A procedure code that gives a file name Windows refuses, or the file name of another code on Windows and macOS",
    ),
];
