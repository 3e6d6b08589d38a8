//! The Vietnamese working calendar used by quytrinh: which days a one-stop counter works,
//! and when a given working time, counted from a reception, runs out.
//!
//! No I/O: the yearly schedules are compiled in from `data/`. See `docs/calendar.md`.

mod calendar;
mod date;
mod error;
pub mod holidays;
pub mod lunar;
mod office_hours;
pub mod schedule;

pub use calendar::{CalendarConfig, DayKind, ExtraDay, WorkingCalendar, YearStatus};
pub use date::{Date, DateTime, TimeOfDay, Weekday};
pub use error::CalendarError;
pub use holidays::{DayOff, Holiday};
pub use lunar::LunarDate;
pub use office_hours::{OfficeHours, Session};
