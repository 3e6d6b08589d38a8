//! quytrinh's outputs. Only this crate defines serialisable output types: the portal JSON
//! contract (versioned, with a generated JSON Schema) and the reverse, portal JSON back to
//! `.qtr` source. It knows nothing of disks, terminals or exit codes.

pub mod check_report;
pub mod diff;
pub mod document;
pub mod docx;
pub mod html;
pub mod import;
pub mod names;
pub mod portal;
pub mod report;
pub mod rule_list;
pub mod schedule;
