//! Diagnostic codes of the model layer (resolution across files), and their pages (in
//! `codes/`). Never reused.

use quytrinh_diagnostics::{Code, CodeDoc};

pub const UNKNOWN_REFERENCE: Code = Code("QM001");
pub const DUPLICATE_ID: Code = Code("QM002");
pub const DUPLICATE_PROCEDURE: Code = Code("QM003");
pub const NO_AGENCY: Code = Code("QM004");
pub const AMBIGUOUS_AGENCY: Code = Code("QM005");
pub const DUPLICATE_TTHC: Code = Code("QM006");
pub const REDEFINED_BUILTIN_FORM: Code = Code("QM007");
pub const BAD_CALENDAR: Code = Code("QM008");
pub const FILE_NAME_CLASH: Code = Code("QM009");

mod pages;

pub use pages::*;

/// Every model code, with its page.
pub const DOCS: &[CodeDoc] = &[
    UNKNOWN_REFERENCE_DOC,
    DUPLICATE_ID_DOC,
    DUPLICATE_PROCEDURE_DOC,
    NO_AGENCY_DOC,
    AMBIGUOUS_AGENCY_DOC,
    DUPLICATE_TTHC_DOC,
    REDEFINED_BUILTIN_FORM_DOC,
    BAD_CALENDAR_DOC,
    FILE_NAME_CLASH_DOC,
];
