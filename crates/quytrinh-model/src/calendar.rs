//! An agency's own office hours and days (`office_hours`, `day_off`, `working_day` in the
//! agency file), resolved, and the calendar settings they give on top of `quytrinh.toml`'s.

use quytrinh_calendar::{CalendarConfig, ExtraDay, OfficeHours};

use crate::Agency;

/// What an agency file sets for its working calendar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgencyCalendar {
    /// `office_hours "07:30-11:30" "13:00-17:00"`; `None` keeps the configured hours.
    pub office_hours: Option<OfficeHours>,
    /// `day_off 2026-12-24 "…"`.
    pub days_off: Vec<ExtraDay>,
    /// `working_day 2026-12-26 "…"`.
    pub working_days: Vec<ExtraDay>,
}

/// The calendar settings of `agency` over `base` (from `quytrinh.toml`, or the defaults):
/// the agency's office hours replace the base's; its days are added to the base's.
pub fn calendar_config(base: &CalendarConfig, agency: Option<&Agency>) -> CalendarConfig {
    let mut config = base.clone();
    let Some(own) = agency.map(|a| &a.calendar) else { return config };
    if let Some(hours) = &own.office_hours {
        config.office_hours = hours.clone();
    }
    config.extra_days_off.extend(own.days_off.iter().cloned());
    config.extra_working_days.extend(own.working_days.iter().cloned());
    config
}
