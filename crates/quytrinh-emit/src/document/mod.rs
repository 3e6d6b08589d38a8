//! Printable documents: the ISO procedure document (HTML and DOCX) with its flowchart, and
//! the annex of each approval decision.

mod annex;
mod chart;
mod chart_docx;
mod chart_svg;
mod common;
pub mod flowchart;
mod procedure_docx;
mod procedure_html;
mod tables;
mod title_block;

pub use annex::{annex_docx, annex_html};
pub use common::Organisation;
pub use procedure_docx::procedure_docx;
pub use procedure_html::procedure_html;
