//! The catalogue report: the department's whole picture.

mod csv;
mod figures;
mod html;
mod table;

pub use csv::{cell as csv_cell, procedures_csv, procedures_csv_in};
pub use figures::{
    calendar_to_working_days, fmt_date, fmt_days, fmt_days_in, fmt_range, fmt_share, report, report_from_rows, rows, Group, HistogramBar,
    Report, Row, FORMAT_VERSION,
};
pub use html::report_html;
pub use table::report_table;
