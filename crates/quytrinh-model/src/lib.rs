//! The resolved model of a catalogue.
//!
//! Lowering takes the AST of every file (the shared agency file and each procedure),
//! resolves units, roles, forms, decisions and agencies across files with "did you mean"
//! on near misses, normalises durations to working hours (1 working day = 8 hours) and
//! reports duplicates with both locations. It knows nothing of rules, output formats,
//! terminals or disks.

pub mod builtin_forms;
mod calendar;
mod catalogue;
pub mod codes;
pub mod file_names;
mod lower;
mod regime;

pub use calendar::{calendar_config, parse_office_hours, parse_session, AgencyCalendar};
pub use catalogue::*;
pub use lower::{duplicate_codes, has_shared_items, lower, lower_file, normalise_number, DirectoryBuilder, LowerOptions, ParsedFile};
pub use regime::{today, Regime};

/// Working hours in one working day (LAW.md §3.4: one-stop software counts 8 h a day).
pub const HOURS_PER_DAY: f64 = 8.0;
