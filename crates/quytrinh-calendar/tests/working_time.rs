//! `add_working_minutes` against a minute-by-minute count, and its composition law.

use quytrinh_calendar::{CalendarConfig, Date, DateTime, OfficeHours, Session, TimeOfDay, WorkingCalendar};

/// Walks one minute at a time, counting the minutes inside a session of a working day.
fn naive(c: &WorkingCalendar, start: DateTime, minutes: u32) -> DateTime {
    if minutes == 0 {
        return start;
    }
    let sessions = c.config().office_hours.sessions().to_vec();
    let (mut date, mut m) = (start.date, start.time.minutes());
    let mut count = 0;
    let mut working = c.is_working_day(date);
    loop {
        if m >= 1440 {
            date = date.add_days(1);
            working = c.is_working_day(date);
            m = 0;
        }
        if working && sessions.iter().any(|s| s.start.minutes() <= m && m < s.end.minutes()) {
            count += 1;
            if count == minutes {
                let end = m + 1;
                return DateTime::new(date, TimeOfDay::from_hm(end / 60, end % 60).expect("valid"));
            }
        }
        m += 1;
    }
}

fn check(c: &WorkingCalendar) {
    let first = Date::parse("02/02/2026").expect("date");
    let durations = [1, 15, 240, 241, 479, 480, 481, 960, 1000, 2400, 4321];
    for day in 0..30 {
        for minute in (0..1440).step_by(97) {
            let start = DateTime::new(first.add_days(day), TimeOfDay::from_hm(minute / 60, minute % 60).expect("valid"));
            for &n in &durations {
                let fast = c.add_working_minutes(start, n).expect("fast");
                assert_eq!(fast, naive(c, start, n), "{start} + {n} min");
                // Splitting a duration changes nothing.
                let half = c.add_working_minutes(start, n / 2).expect("half");
                assert_eq!(c.add_working_minutes(half, n - n / 2).expect("rest"), fast, "{start} + {n} min in two");
            }
        }
    }
}

#[test]
fn matches_a_minute_by_minute_count_over_tet_2026() {
    check(&WorkingCalendar::new(CalendarConfig::default()).expect("calendar"));
}

#[test]
fn matches_with_three_sessions() {
    let hours = OfficeHours::new(vec![
        Session::from_hm((7, 0), (9, 0)).expect("s"),
        Session::from_hm((9, 30), (11, 30)).expect("s"),
        Session::from_hm((13, 30), (17, 30)).expect("s"),
    ])
    .expect("hours");
    check(&WorkingCalendar::new(CalendarConfig { office_hours: hours, ..CalendarConfig::default() }).expect("calendar"));
}
