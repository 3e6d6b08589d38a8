//! Gregorian dates and times of day, as a one-stop counter writes them.
//!
//! A [`Date`] is stored as its Julian day number, so adding days and comparing
//! are integer operations; the day, month and year are derived when shown.

use std::fmt;

use crate::CalendarError;

/// Day of the week. Vietnamese names: thứ Hai … thứ Bảy, Chủ nhật.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// The name a Vietnamese officer writes: "thứ Hai", …, "Chủ nhật".
    pub fn vietnamese(self) -> &'static str {
        match self {
            Weekday::Monday => "thứ Hai",
            Weekday::Tuesday => "thứ Ba",
            Weekday::Wednesday => "thứ Tư",
            Weekday::Thursday => "thứ Năm",
            Weekday::Friday => "thứ Sáu",
            Weekday::Saturday => "thứ Bảy",
            Weekday::Sunday => "Chủ nhật",
        }
    }

    /// Saturday and Sunday, the weekly rest days of agencies that keep a five-day week.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// A day of the (proleptic) Gregorian calendar, years 1–9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    jdn: i32,
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year, 0 for a month outside 1–12.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date from day, month, year; `None` when it does not exist (31/02, month 13, year 0).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Fliegel–Van Flandern; integer division truncates toward zero, the inputs are positive.
        let a = (14 - month as i32) / 12;
        let y = year + 4800 - a;
        let m = month as i32 + 12 * a - 3;
        let jdn = day as i32 + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
        Some(Date { jdn })
    }

    /// The date with a given Julian day number (used by the lunar calendar).
    pub(crate) fn from_jdn(jdn: i32) -> Date {
        Date { jdn }
    }

    /// The Julian day number (days since 1 January 4713 BC, Julian calendar).
    pub fn jdn(self) -> i32 {
        self.jdn
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        let a = self.jdn + 32044;
        let b = (4 * a + 3) / 146097;
        let c = a - (146097 * b) / 4;
        let d = (4 * c + 3) / 1461;
        let e = c - (1461 * d) / 4;
        let m = (5 * e + 2) / 153;
        let day = e - (153 * m + 2) / 5 + 1;
        let month = m + 3 - 12 * (m / 10);
        let year = 100 * b + d - 4800 + m / 10;
        (year, month as u32, day as u32)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    pub fn month(self) -> u32 {
        self.ymd().1
    }

    pub fn day(self) -> u32 {
        self.ymd().2
    }

    pub fn weekday(self) -> Weekday {
        // JDN 0 was a Monday.
        match self.jdn.rem_euclid(7) {
            0 => Weekday::Monday,
            1 => Weekday::Tuesday,
            2 => Weekday::Wednesday,
            3 => Weekday::Thursday,
            4 => Weekday::Friday,
            5 => Weekday::Saturday,
            _ => Weekday::Sunday,
        }
    }

    /// The date `days` later (earlier when negative).
    pub fn add_days(self, days: i32) -> Date {
        Date { jdn: self.jdn + days }
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i32 {
        other.jdn - self.jdn
    }

    /// Reads `dd/mm/yyyy` (Vietnamese) or `yyyy-mm-dd` (ISO 8601).
    pub fn parse(text: &str) -> Result<Date, CalendarError> {
        let bad = || CalendarError::BadDate(text.to_string());
        let t = text.trim();
        let (y, m, d) = if let Some((d, rest)) = t.split_once('/') {
            let (m, y) = rest.split_once('/').ok_or_else(bad)?;
            (y, m, d)
        } else {
            let mut parts = t.splitn(3, '-');
            let y = parts.next().ok_or_else(bad)?;
            let m = parts.next().ok_or_else(bad)?;
            let d = parts.next().ok_or_else(bad)?;
            if y.len() != 4 {
                return Err(bad());
            }
            (y, m, d)
        };
        let num = |s: &str, max_len: usize| -> Option<u32> {
            if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            s.parse().ok()
        };
        let year = num(y, 4).filter(|_| y.len() == 4).ok_or_else(bad)?;
        let month = num(m, 2).ok_or_else(bad)?;
        let day = num(d, 2).ok_or_else(bad)?;
        Date::from_ymd(year as i32, month, day).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    /// `dd/mm/yyyy`, as written on Vietnamese forms.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{d:02}/{m:02}/{y:04}")
    }
}

/// A time of day in minutes after midnight, 0–1440 (1440 = 24:00, the end of a day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `None` unless 0 ≤ hour < 24 and minute < 60 (or exactly 24:00).
    pub fn from_hm(hour: u32, minute: u32) -> Option<TimeOfDay> {
        if minute >= 60 || hour > 24 || (hour == 24 && minute != 0) {
            return None;
        }
        Some(TimeOfDay((hour * 60 + minute) as u16))
    }

    pub(crate) fn from_minutes(minutes: u32) -> TimeOfDay {
        TimeOfDay(minutes.min(1440) as u16)
    }

    pub fn minutes(self) -> u32 {
        u32::from(self.0)
    }

    /// Reads `HH:MM` (24-hour clock), also `HHhMM` and `HH giờ MM`.
    pub fn parse(text: &str) -> Result<TimeOfDay, CalendarError> {
        let bad = || CalendarError::BadTime(text.to_string());
        let t = text.trim();
        let (h, m) = t.split_once(':').or_else(|| t.split_once('h')).or_else(|| t.split_once(" giờ ")).ok_or_else(bad)?;
        let h = h.trim();
        let m = m.trim();
        let ok = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !ok(h) || !ok(m) {
            return Err(bad());
        }
        let hour: u32 = h.parse().map_err(|_| bad())?;
        let minute: u32 = m.parse().map_err(|_| bad())?;
        TimeOfDay::from_hm(hour, minute).ok_or_else(bad)
    }
}

impl fmt::Display for TimeOfDay {
    /// `HH:MM`, 24-hour clock.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// A date and a time of day in Vietnam's time (UTC+7); the calendar has no other zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    pub time: TimeOfDay,
}

impl DateTime {
    pub fn new(date: Date, time: TimeOfDay) -> DateTime {
        DateTime { date, time }
    }

    /// Reads `yyyy-mm-dd HH:MM`, `yyyy-mm-ddTHH:MM` or `dd/mm/yyyy HH:MM`.
    pub fn parse(text: &str) -> Result<DateTime, CalendarError> {
        let bad = || CalendarError::BadDateTime(text.to_string());
        let t = text.trim();
        let (d, tm) = t.split_once(' ').or_else(|| t.split_once('T')).ok_or_else(bad)?;
        let date = Date::parse(d).map_err(|_| bad())?;
        let time = TimeOfDay::parse(tm).map_err(|_| bad())?;
        Ok(DateTime { date, time })
    }
}

impl fmt::Display for DateTime {
    /// `HH:MM dd/mm/yyyy`: the hour first, as on the receipt ("14:30 ngày 01/12/2026" without "ngày").
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.time, self.date)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        let d = Date::from_ymd(2026, 12, 1).unwrap();
        assert_eq!(d.ymd(), (2026, 12, 1));
        assert_eq!(d.weekday(), Weekday::Tuesday);
        assert_eq!(d.to_string(), "01/12/2026");
        assert_eq!(Date::from_ymd(2000, 1, 1).unwrap().jdn(), 2451545);
        assert_eq!(d.add_days(31).to_string(), "01/01/2027");
        assert_eq!(Date::from_ymd(2024, 2, 28).unwrap().add_days(1).to_string(), "29/02/2024");
        for jdn in 2_400_000..2_500_000 {
            let (y, m, dd) = Date::from_jdn(jdn).ymd();
            assert_eq!(Date::from_ymd(y, m, dd).map(Date::jdn), Some(jdn));
        }
    }

    #[test]
    fn parses_both_forms_and_refuses_nonsense() {
        assert_eq!(Date::parse("21/01/1985").unwrap(), Date::from_ymd(1985, 1, 21).unwrap());
        assert_eq!(Date::parse("1985-01-21").unwrap(), Date::from_ymd(1985, 1, 21).unwrap());
        assert_eq!(Date::parse("1/2/2027").unwrap(), Date::from_ymd(2027, 2, 1).unwrap());
        for bad in ["31/02/2026", "2026-13-01", "29/02/2025", "", "12/2026", "aa/bb/cccc", "1/1/26", "2026-1", "+1/01/2026"] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        let dt = DateTime::parse("2026-12-01 14:30").unwrap();
        assert_eq!(dt.to_string(), "14:30 01/12/2026");
        assert_eq!(DateTime::parse("01/12/2026 14h30").unwrap(), dt);
        for bad in ["2026-12-01", "2026-12-01 25:00", "2026-12-01 14:60", "hôm nay 14:30"] {
            assert!(DateTime::parse(bad).is_err(), "{bad}");
        }
    }
}
