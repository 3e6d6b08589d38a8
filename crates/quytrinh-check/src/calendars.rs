//! The working calendar each rule compares days with: `quytrinh.toml`'s office hours and
//! days, then the agency file's. Built once per distinct setting and run, and only when a
//! rule asks (a catalogue without calendar days never pays for it).

use std::sync::{Arc, Mutex};

use quytrinh_calendar::{CalendarConfig, WorkingCalendar};
use quytrinh_model::{Catalogue, Procedure};

type Built = Vec<(CalendarConfig, Option<Arc<WorkingCalendar>>)>;

/// Calendars already built, by their settings (an agency file edited in the editor gets
/// a new one).
#[derive(Debug, Clone, Default)]
pub struct Calendars {
    built: Arc<Mutex<Built>>,
}

impl Calendars {
    /// The calendar of `p`'s agency over `base`; `None` when the settings are refused (the
    /// configuration or the agency file reports why).
    pub fn for_procedure(&self, cat: &Catalogue, base: &CalendarConfig, p: &Procedure) -> Option<Arc<WorkingCalendar>> {
        let agency = p.agency.and_then(|i| cat.agencies().get(i.0));
        let config = quytrinh_model::calendar_config(base, agency);
        // A poisoned lock only means another rule panicked; the list is still usable.
        let mut built = self.built.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, cal)) = built.iter().find(|(c, _)| *c == config) {
            return cal.clone();
        }
        let cal = WorkingCalendar::new(config.clone()).ok().map(Arc::new);
        built.push((config, cal.clone()));
        cal
    }
}
