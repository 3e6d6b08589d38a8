//! Diagnostic codes of the input and syntax layers. Codes are never reused; a retired
//! code stays here, marked removed.

use quytrinh_diagnostics::Code;

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
