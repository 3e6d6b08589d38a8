//! Diagnostic codes of the model layer (resolution across files). Never reused.

use quytrinh_diagnostics::Code;

pub const UNKNOWN_REFERENCE: Code = Code("QM001");
pub const DUPLICATE_ID: Code = Code("QM002");
pub const DUPLICATE_PROCEDURE: Code = Code("QM003");
pub const NO_AGENCY: Code = Code("QM004");
pub const AMBIGUOUS_AGENCY: Code = Code("QM005");
pub const DUPLICATE_TTHC: Code = Code("QM006");
pub const REDEFINED_BUILTIN_FORM: Code = Code("QM007");
