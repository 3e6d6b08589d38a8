//! The catalogue report: the department's whole picture.

mod csv;
mod figures;
mod html;
mod table;

pub use csv::{cell as csv_cell, procedures_csv};
pub use figures::{fmt_days, report, report_from_rows, rows, Group, Report, Row, FORMAT_VERSION};
pub use html::report_html;
pub use table::report_table;
