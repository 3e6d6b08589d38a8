//! The working calendar: the days a counter works and working-time arithmetic over them.

use std::collections::{BTreeMap, HashMap};

use crate::holidays::{self, DayOff, Holiday};
use crate::schedule::{self, WorkingWeekend, YearSchedule};
use crate::{CalendarError, Date, DateTime, OfficeHours, TimeOfDay, Weekday};

/// A day an agency adds: one of its own days off, or a day it works (e.g. Saturday reception).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExtraDay {
    pub date: Date,
    /// Why, as the agency's decision says it (shown to the officer).
    pub reason: String,
}

/// What an agency sets. The model and the CLI fill it from the agency file or `quytrinh.toml`
/// (`office_hours`, `day_off`, `working_day`; `[calendar]`); `Default` is a five-day week with the default office hours.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarConfig {
    pub office_hours: OfficeHours,
    /// The weekdays worked every week, Monday–Friday by default. A holiday stays off.
    pub working_weekdays: Vec<Weekday>,
    /// The agency's own days off (a province's anniversary, a local decision).
    pub extra_days_off: Vec<ExtraDay>,
    /// Days the agency works although the calendar has them off (a Saturday reception).
    pub extra_working_days: Vec<ExtraDay>,
}

impl Default for CalendarConfig {
    fn default() -> Self {
        CalendarConfig {
            office_hours: OfficeHours::default(),
            working_weekdays: vec![Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday],
            extra_days_off: Vec::new(),
            extra_working_days: Vec::new(),
        }
    }
}

/// Whether a year's days off come from an announced schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// Every holiday of the year is in its data file.
    Announced,
    /// The data file gives some holidays; these are computed from the Labour Code.
    PartlyAnnounced { computed: Vec<Holiday> },
    /// No announced schedule: every holiday is computed from the Labour Code.
    Computed,
}

impl YearStatus {
    /// A note for the officer, `None` when the whole year is announced.
    pub fn note(&self, year: i32) -> Option<String> {
        match self {
            YearStatus::Announced => None,
            YearStatus::PartlyAnnounced { computed } => {
                let names: Vec<&str> = computed.iter().map(|h| h.name()).collect();
                Some(format!("Năm {year}: ngày nghỉ {} tính theo Bộ luật Lao động, chưa có lịch nghỉ được công bố.", names.join(", ")))
            }
            YearStatus::Computed => {
                Some(format!("Năm {year}: ngày nghỉ lễ, Tết tính theo Bộ luật Lao động, chưa có lịch nghỉ được công bố."))
            }
        }
    }
}

/// What a day is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DayKind {
    Working,
    /// A weekly rest day (Saturday, Sunday by default).
    WeeklyRest,
    /// A public holiday, a make-up day or an announced day off.
    Holiday(DayOff),
    /// A weekend day worked by an announced schedule.
    SwappedWorking(WorkingWeekend),
    /// One of the agency's own days off.
    AgencyDayOff(ExtraDay),
    /// A day the agency works although it would be off.
    AgencyWorking(ExtraDay),
}

impl DayKind {
    pub fn is_working(&self) -> bool {
        matches!(self, DayKind::Working | DayKind::SwappedWorking(_) | DayKind::AgencyWorking(_))
    }
}

/// One year's days off and worked weekend days, national (before the agency's own days).
#[derive(Clone, Debug, Default)]
struct YearDays {
    off: HashMap<Date, DayOff>,
    work: HashMap<Date, WorkingWeekend>,
}

/// Years kept ready; others are computed when asked.
const READY_YEARS: (i32, i32) = (1990, 2100);
/// How far to look for the next working day before giving up.
const SEARCH_DAYS: i32 = 400;

/// The calendar of one agency.
#[derive(Clone, Debug)]
pub struct WorkingCalendar {
    config: CalendarConfig,
    schedules: BTreeMap<i32, YearSchedule>,
    years: HashMap<i32, YearDays>,
    extra_off: HashMap<Date, ExtraDay>,
    extra_work: HashMap<Date, ExtraDay>,
    /// Working or not, for each day of the years with data files (for `min_working_days_in`).
    data_span: Vec<bool>,
}

impl WorkingCalendar {
    /// The calendar with the shipped schedules. Refused when no weekday is worked.
    pub fn new(config: CalendarConfig) -> Result<WorkingCalendar, CalendarError> {
        Self::with_schedules(config, schedule::shipped()?)
    }

    /// The calendar with given schedules (tests, or a caller with newer data).
    pub fn with_schedules(config: CalendarConfig, schedules: Vec<YearSchedule>) -> Result<WorkingCalendar, CalendarError> {
        if config.working_weekdays.is_empty() {
            return Err(CalendarError::BadOfficeHours("không có ngày làm việc nào trong tuần".to_string()));
        }
        let schedules: BTreeMap<i32, YearSchedule> = schedules.into_iter().map(|s| (s.year, s)).collect();
        let extra_off = config.extra_days_off.iter().map(|e| (e.date, e.clone())).collect();
        let extra_work = config.extra_working_days.iter().map(|e| (e.date, e.clone())).collect();
        let mut cal = WorkingCalendar { config, schedules, years: HashMap::new(), extra_off, extra_work, data_span: Vec::new() };
        let years: HashMap<i32, YearDays> = (READY_YEARS.0..=READY_YEARS.1).map(|y| (y, cal.compute_year(y))).collect();
        cal.years = years;
        let (first, last) = schedule::DATA_YEARS;
        if let (Some(from), Some(to)) = (Date::from_ymd(first, 1, 1), Date::from_ymd(last, 12, 31)) {
            cal.data_span = (0..=from.days_until(to)).map(|i| cal.is_working_day(from.add_days(i))).collect();
        }
        Ok(cal)
    }

    pub fn config(&self) -> &CalendarConfig {
        &self.config
    }

    /// The national days off and worked weekends of `year`: the schedule's days for the
    /// holidays it covers, the Labour Code's (with make-up days) for the others.
    fn compute_year(&self, year: i32) -> YearDays {
        let own = self.schedules.get(&year);
        let mut off: Vec<DayOff> = Holiday::ALL
            .into_iter()
            .filter(|h| !own.is_some_and(|s| s.covered.contains(h)))
            .flat_map(|h| holidays::rule_days_off(h, year))
            .collect();
        holidays::add_compensation(&mut off, year);
        let mut days = YearDays::default();
        // A computed make-up day must not land on a day a schedule covers for another
        // holiday; the schedule wins.
        for d in off {
            days.off.insert(d.date, d);
        }
        // Announced days may sit in a neighbouring year's file (31/12 before Tết Dương lịch).
        for s in [year - 1, year, year + 1].iter().filter_map(|y| self.schedules.get(y)) {
            for d in s.days_off.iter().filter(|d| d.date.year() == year) {
                days.off.insert(d.date, d.clone());
            }
            for w in s.working_days.iter().filter(|w| w.date.year() == year) {
                days.off.remove(&w.date);
                days.work.insert(w.date, w.clone());
            }
        }
        days
    }

    /// Whether `year`'s days off were announced or computed; see [`YearStatus::note`].
    pub fn year_status(&self, year: i32) -> YearStatus {
        match self.schedules.get(&year) {
            Some(s) if s.announced => {
                let computed: Vec<Holiday> = Holiday::ALL.into_iter().filter(|h| *h != Holiday::Other && !s.covered.contains(h)).collect();
                if computed.is_empty() {
                    YearStatus::Announced
                } else {
                    YearStatus::PartlyAnnounced { computed }
                }
            }
            _ => YearStatus::Computed,
        }
    }

    /// What `date` is for this agency, and why.
    pub fn day_kind(&self, date: Date) -> DayKind {
        if let Some(e) = self.extra_off.get(&date) {
            return DayKind::AgencyDayOff(e.clone());
        }
        let computed;
        let year = match self.years.get(&date.year()) {
            Some(y) => y,
            None => {
                computed = self.compute_year(date.year());
                &computed
            }
        };
        let national = if let Some(d) = year.off.get(&date) {
            DayKind::Holiday(d.clone())
        } else if let Some(w) = year.work.get(&date) {
            DayKind::SwappedWorking(w.clone())
        } else if self.config.working_weekdays.contains(&date.weekday()) {
            DayKind::Working
        } else {
            DayKind::WeeklyRest
        };
        match self.extra_work.get(&date) {
            Some(e) if !national.is_working() => DayKind::AgencyWorking(e.clone()),
            _ => national,
        }
    }

    /// Whether the agency works on `date`; the same answer as [`Self::day_kind`], without
    /// building the explanation (this is the hot path of every calculation).
    pub fn is_working_day(&self, date: Date) -> bool {
        if self.extra_off.contains_key(&date) {
            return false;
        }
        if self.extra_work.contains_key(&date) {
            return true;
        }
        let national = |y: &YearDays| {
            if y.off.contains_key(&date) {
                false
            } else {
                y.work.contains_key(&date) || self.config.working_weekdays.contains(&date.weekday())
            }
        };
        match self.years.get(&date.year()) {
            Some(y) => national(y),
            None => national(&self.compute_year(date.year())),
        }
    }

    /// The first working day on or after `date`.
    pub fn next_working_day(&self, date: Date) -> Result<Date, CalendarError> {
        (0..SEARCH_DAYS)
            .map(|i| date.add_days(i))
            .find(|d| self.is_working_day(*d))
            .ok_or_else(|| CalendarError::NoWorkingDay(date.to_string()))
    }

    /// The moment working time starts for something received at `at`: `at` itself inside a
    /// session of a working day, else the next session start (a holiday, a weekend, the lunch
    /// break, after closing, or exactly at a session's close).
    pub fn next_working_time(&self, at: DateTime) -> Result<DateTime, CalendarError> {
        let hours = &self.config.office_hours;
        if self.is_working_day(at.date) {
            if let Some((_, t)) = hours.next_working_moment(at.time) {
                return Ok(DateTime::new(at.date, t));
            }
        }
        let day = self.next_working_day(at.date.add_days(1))?;
        let first = hours.sessions().first().map_or(TimeOfDay::from_minutes(0), |s| s.start);
        Ok(DateTime::new(day, first))
    }

    /// The moment `minutes` of working time after `start`. Zero stays at `start`. Time runs
    /// only in sessions of working days; a step that ends exactly at a session's close ends
    /// there, one that runs past it goes on at the next working time.
    pub fn add_working_minutes(&self, start: DateTime, minutes: u32) -> Result<DateTime, CalendarError> {
        if minutes == 0 {
            return Ok(start);
        }
        let hours = &self.config.office_hours;
        let per_day = hours.minutes_per_day();
        let mut left = minutes;
        let mut at = self.next_working_time(start)?;
        loop {
            let Some((index, t)) = hours.next_working_moment(at.time) else {
                at = self.next_working_time(at)?;
                continue;
            };
            // Whole working days at once when starting a day at its first session.
            if index == 0 && t == at.time && t == hours.sessions()[0].start && left > per_day {
                let days = (left - 1) / per_day;
                for _ in 0..days {
                    at = DateTime::new(self.next_working_day(at.date.add_days(1))?, t);
                }
                left -= days * per_day;
                continue;
            }
            for s in &hours.sessions()[index..] {
                let from = if s.start > t { s.start } else { t };
                let room = s.end.minutes() - from.minutes();
                if left <= room {
                    return Ok(DateTime::new(at.date, TimeOfDay::from_minutes(from.minutes() + left)));
                }
                left -= room;
            }
            at = self.next_working_time(DateTime::new(at.date, TimeOfDay::from_minutes(1440)))?;
        }
    }

    /// [`Self::add_working_minutes`] for a time in hours (rounded to the minute); refused when
    /// negative or not a number.
    pub fn add_working_hours(&self, start: DateTime, hours: f64) -> Result<DateTime, CalendarError> {
        if !(0.0..=1_000_000.0).contains(&hours) {
            return Err(CalendarError::BadDuration(format!("{hours} giờ")));
        }
        self.add_working_minutes(start, (hours * 60.0).round() as u32)
    }

    /// The `n`-th working day after `date` (`date` itself for 0).
    pub fn add_working_days(&self, date: Date, n: u32) -> Result<Date, CalendarError> {
        let mut d = date;
        for _ in 0..n {
            d = self.next_working_day(d.add_days(1))?;
        }
        Ok(d)
    }

    /// The last day of a time limit of `n` calendar days ("ngày", not "ngày làm việc") that
    /// starts on `date`: the first day is not counted (Bộ luật Dân sự 2015, Điều 147 khoản
    /// 2), so the limit ends on `date + n`; when that is a day off, it ends on the next
    /// working day (Điều 148 khoản 5).
    pub fn add_calendar_days(&self, date: Date, n: u32) -> Result<Date, CalendarError> {
        let end = date.add_days(i32::try_from(n).map_err(|_| CalendarError::BadDuration(format!("{n} ngày")))?);
        self.next_working_day(end)
    }

    /// Working days `d` with `from < d ≤ to` (0 when `to ≤ from`): the days a time limit
    /// counted from `from` has used by `to`.
    pub fn working_days_between(&self, from: Date, to: Date) -> u32 {
        let mut count = 0;
        let mut d = from.add_days(1);
        while d <= to {
            if self.is_working_day(d) {
                count += 1;
            }
            d = d.add_days(1);
        }
        count
    }

    /// The fewest working days that any `n` consecutive calendar days hold, over every
    /// window inside the years with data files (2019–2027) with this agency's days.
    /// The checker uses it to compare a statutory time in calendar days with internal
    /// working time: the internal time must fit even in the worst window (Tết).
    pub fn min_working_days_in(&self, n_calendar_days: u32) -> u32 {
        let span = &self.data_span;
        let n = n_calendar_days as usize;
        if n == 0 || span.is_empty() {
            return 0;
        }
        if n >= span.len() {
            return span.iter().filter(|w| **w).count() as u32;
        }
        let mut count = span[..n].iter().filter(|w| **w).count();
        let mut least = count;
        for i in n..span.len() {
            count = count + usize::from(span[i]) - usize::from(span[i - n]);
            least = least.min(count);
        }
        least as u32
    }
}
