//! What can go wrong, said in Vietnamese for the officer who reads it.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    /// A date that is not `dd/mm/yyyy` or `yyyy-mm-dd`, or does not exist.
    BadDate(String),
    /// A time that is not `HH:MM` on a 24-hour clock.
    BadTime(String),
    /// A date and time that is not `yyyy-mm-dd HH:MM` or `dd/mm/yyyy HH:MM`.
    BadDateTime(String),
    /// Office hours that cannot be used.
    BadOfficeHours(String),
    /// A duration that is negative or not a number.
    BadDuration(String),
    /// A schedule data file that is refused, with the line at fault.
    DataFile { file: String, line: usize, message: String },
    /// No working day within a year of the given date (every day declared off).
    NoWorkingDay(String),
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::BadDate(s) => write!(f, "ngày không hợp lệ: `{s}` (viết dd/mm/yyyy hoặc yyyy-mm-dd)"),
            CalendarError::BadTime(s) => write!(f, "giờ không hợp lệ: `{s}` (viết HH:MM, 24 giờ)"),
            CalendarError::BadDateTime(s) => {
                write!(f, "thời điểm không hợp lệ: `{s}` (viết \"yyyy-mm-dd HH:MM\" hoặc \"dd/mm/yyyy HH:MM\")")
            }
            CalendarError::BadOfficeHours(s) => write!(f, "giờ làm việc không hợp lệ: {s}"),
            CalendarError::BadDuration(s) => write!(f, "thời gian không hợp lệ: {s}"),
            CalendarError::DataFile { file, line, message } => write!(f, "{file}, dòng {line}: {message}"),
            CalendarError::NoWorkingDay(s) => write!(f, "không có ngày làm việc nào trong một năm kể từ {s}"),
        }
    }
}

impl std::error::Error for CalendarError {}
