//! Printable documents: the ISO procedure document (HTML and DOCX) with its flowchart, and
//! the annex of each approval decision, and the one-stop forms filled in for a procedure.

mod annex;
mod chart;
mod chart_docx;
mod chart_svg;
mod common;
pub mod flowchart;
mod forms;
mod procedure_docx;
mod procedure_html;
mod tables;
mod title_block;

pub use annex::{annex_docx, annex_html};
pub use common::Organisation;
pub use forms::{control_sheet_docx, control_sheet_html, receipt_docx, receipt_html, OneStopForm};
pub use procedure_docx::procedure_docx;
pub use procedure_html::procedure_html;
