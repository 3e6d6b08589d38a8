//! Real cases a one-stop officer meets, pinned: the appointment quytrinh would write.

use quytrinh_calendar::{CalendarConfig, Date, DateTime, DayKind, ExtraDay, OfficeHours, Session, Weekday, WorkingCalendar, YearStatus};

fn cal() -> WorkingCalendar {
    WorkingCalendar::new(CalendarConfig::default()).expect("the shipped calendar loads")
}

fn d(s: &str) -> Date {
    Date::parse(s).expect("test date")
}

fn at(s: &str) -> DateTime {
    DateTime::parse(s).expect("test time")
}

fn due(c: &WorkingCalendar, received: &str, hours: f64) -> String {
    c.add_working_hours(at(received), hours).expect("due").to_string()
}

#[test]
fn received_the_friday_before_tet_2027() {
    let c = cal();
    // Tết Đinh Mùi is Saturday 06/02/2027. No schedule is announced yet: the Labour Code gives
    // 04/02–08/02 and make-up days 09/02, 10/02 for mùng 1 and 2 on the weekend.
    assert_eq!(c.year_status(2027), YearStatus::Computed);
    assert!(c.year_status(2027).note(2027).is_some_and(|n| n.contains("chưa có lịch nghỉ được công bố")));
    for off in ["04/02/2027", "05/02/2027", "08/02/2027", "09/02/2027", "10/02/2027"] {
        assert!(!c.is_working_day(d(off)), "{off}");
    }
    assert!(c.is_working_day(d("03/02/2027")) && c.is_working_day(d("11/02/2027")));
    // The last Friday worked before Tết, 14:00, 5 working days (40 h): 3 h that Friday,
    // 24 h Mon–Wed, 8 h on Thursday 11/02, 5 h on Friday 12/02.
    assert_eq!(due(&c, "29/01/2027 14:00", 40.0), "14:00 12/02/2027");
    // Received on Friday 05/02/2027 itself (a day off): time starts at 07:30 on 11/02.
    assert_eq!(c.next_working_time(at("05/02/2027 09:00")).unwrap().to_string(), "07:30 11/02/2027");
    assert_eq!(due(&c, "05/02/2027 09:00", 8.0), "17:00 11/02/2027");
}

#[test]
fn over_30_4_and_1_5() {
    let c = cal();
    // 2025: off 30/04–04/05, Saturday 26/04 worked in exchange for Friday 02/05.
    assert_eq!(due(&c, "29/04/2025 15:00", 16.0), "15:00 06/05/2025");
    assert_eq!(due(&c, "25/04/2025 16:00", 2.0), "08:30 26/04/2025");
    match c.day_kind(d("26/04/2025")) {
        DayKind::SwappedWorking(w) => assert!(w.source.contains("8726/VPCP-KGVX")),
        other => panic!("26/04/2025 should be a swapped working day, is {other:?}"),
    }
    // 2024: off 27/04–01/05 (Monday 29/04 swapped), Saturday 04/05 worked.
    assert!(!c.is_working_day(d("29/04/2024")) && c.is_working_day(d("04/05/2024")));
    assert_eq!(due(&c, "26/04/2024 16:00", 2.0), "08:30 02/05/2024");
    // 2023: Giỗ Tổ on Saturday 29/04, 30/04 a Sunday: made up on 02/05 and 03/05 by the rule.
    assert_eq!(c.next_working_day(d("29/04/2023")).unwrap(), d("04/05/2023"));
}

#[test]
fn over_2_9() {
    let c = cal();
    // 2026: off 29/08–02/09 (Monday 31/08 swapped for Saturday 22/08).
    assert_eq!(due(&c, "28/08/2026 16:00", 8.0), "16:00 03/09/2026");
    assert!(c.is_working_day(d("22/08/2026")));
    // 2030 (computed): 02/09 is a Monday, the adjacent day off is Tuesday 03/09.
    assert_eq!(c.year_status(2030), YearStatus::Computed);
    assert_eq!(c.next_working_day(d("02/09/2030")).unwrap(), d("04/09/2030"));
}

#[test]
fn received_late_in_the_day() {
    let c = cal();
    // Tuesday 01/12/2026 16:45, 4 h: 15 minutes that day, 3 h 45 the next morning.
    assert_eq!(due(&c, "01/12/2026 16:45", 4.0), "11:15 02/12/2026");
    // After closing: counts from the next morning.
    assert_eq!(due(&c, "01/12/2026 17:10", 1.0), "08:30 02/12/2026");
    // Friday evening: counts from Monday.
    assert_eq!(due(&c, "04/12/2026 22:00", 1.0), "08:30 07/12/2026");
    // In the lunch break: counts from 13:00.
    assert_eq!(due(&c, "01/12/2026 12:00", 0.5), "13:30 01/12/2026");
}

#[test]
fn zero_hours_and_exact_closing() {
    let c = cal();
    assert_eq!(due(&c, "01/12/2026 16:45", 0.0), "16:45 01/12/2026");
    assert_eq!(due(&c, "05/12/2026 10:00", 0.0), "10:00 05/12/2026");
    // Ends exactly at a session's close: stays there.
    assert_eq!(due(&c, "01/12/2026 13:00", 4.0), "17:00 01/12/2026");
    assert_eq!(due(&c, "01/12/2026 07:30", 4.0), "11:30 01/12/2026");
    assert_eq!(due(&c, "01/12/2026 07:30", 8.0), "17:00 01/12/2026");
    assert_eq!(due(&c, "01/12/2026 07:30", 16.0), "17:00 02/12/2026");
    // One minute past: the next session.
    assert_eq!(c.add_working_minutes(at("01/12/2026 07:30"), 241).unwrap().to_string(), "13:01 01/12/2026");
    assert!(c.add_working_hours(at("01/12/2026 07:30"), -1.0).is_err());
    assert!(c.add_working_hours(at("01/12/2026 07:30"), f64::NAN).is_err());
}

#[test]
fn starting_on_a_holiday() {
    let c = cal();
    // 01/01/2027 (Friday, Tết Dương lịch): counts from Monday 04/01/2027.
    assert_eq!(due(&c, "01/01/2027 09:00", 2.0), "09:30 04/01/2027");
    match c.day_kind(d("01/01/2027")) {
        DayKind::Holiday(h) => assert!(h.source.contains("Điều 112 khoản 1 điểm a")),
        other => panic!("01/01/2027 should be a holiday, is {other:?}"),
    }
}

#[test]
fn days_counts() {
    let c = cal();
    // 5 working days from Thursday 12/02/2026: Friday 13/02, then Tết to 22/02, 23–26/02.
    assert_eq!(c.add_working_days(d("12/02/2026"), 5).unwrap(), d("26/02/2026"));
    assert_eq!(c.add_working_days(d("12/02/2026"), 0).unwrap(), d("12/02/2026"));
    assert_eq!(c.working_days_between(d("12/02/2026"), d("26/02/2026")), 5);
    assert_eq!(c.working_days_between(d("26/02/2026"), d("12/02/2026")), 0);
    // 15 calendar days from 04/02/2026 end on 19/02 (Tết): the limit runs to Monday 23/02.
    assert_eq!(c.add_calendar_days(d("04/02/2026"), 15).unwrap(), d("23/02/2026"));
    assert_eq!(c.add_calendar_days(d("01/12/2026"), 15).unwrap(), d("16/12/2026"));
}

#[test]
fn fewest_working_days_in_calendar_days() {
    let c = cal();
    // The nine-day Tết breaks of 2025 and 2026 hold no working day at all.
    assert_eq!(c.min_working_days_in(9), 0);
    assert_eq!(c.min_working_days_in(10), 1);
    // 15 days around Tết 2025 or 2026: the nine days off and one working week.
    assert_eq!(c.min_working_days_in(15), 5);
    assert_eq!(c.min_working_days_in(0), 0);
    // Never more than the ordinary five in seven.
    assert!(c.min_working_days_in(30) <= 22);
}

#[test]
fn an_agency_adds_its_own_days_and_hours() {
    let hours = OfficeHours::new(vec![Session::from_hm((7, 0), (11, 30)).unwrap(), Session::from_hm((13, 0), (16, 30)).unwrap()]).unwrap();
    assert_eq!(hours.minutes_per_day(), 480);
    let config = CalendarConfig {
        office_hours: hours,
        extra_days_off: vec![ExtraDay { date: d("03/12/2026"), reason: "Ngày truyền thống của tỉnh".into() }],
        extra_working_days: vec![ExtraDay { date: d("05/12/2026"), reason: "Tiếp nhận hồ sơ sáng thứ Bảy".into() }],
        ..CalendarConfig::default()
    };
    let c = WorkingCalendar::new(config).unwrap();
    assert!(matches!(c.day_kind(d("03/12/2026")), DayKind::AgencyDayOff(_)));
    assert!(matches!(c.day_kind(d("05/12/2026")), DayKind::AgencyWorking(_)));
    // Wednesday 16:00, 8 h: 30 min, Thursday off, Friday 7 h 30 → 16:00 Friday.
    assert_eq!(c.add_working_hours(at("02/12/2026 16:00"), 8.0).unwrap().to_string(), "16:00 04/12/2026");
    assert_eq!(c.add_working_hours(at("04/12/2026 16:00"), 1.0).unwrap().to_string(), "07:30 05/12/2026");
    // A six-day week.
    let six = CalendarConfig {
        working_weekdays: vec![
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
        ],
        ..CalendarConfig::default()
    };
    let c6 = WorkingCalendar::new(six).unwrap();
    assert!(c6.is_working_day(d("05/12/2026")) && !c6.is_working_day(d("06/12/2026")));
    assert!(WorkingCalendar::new(CalendarConfig { working_weekdays: vec![], ..CalendarConfig::default() }).is_err());
}

#[test]
fn announced_years_say_what_is_computed() {
    let c = cal();
    match c.year_status(2026) {
        YearStatus::PartlyAnnounced { computed } => assert_eq!(computed.len(), 2),
        other => panic!("2026: {other:?}"),
    }
    assert_eq!(c.year_status(2019), YearStatus::Computed);
    // Years far from the data are computed on the spot.
    assert!(!c.is_working_day(d("01/05/2150")));
    // Thursday 31/12/2150 16:00, 2 h: 1 h that day; Friday 01/01/2151 is Tết Dương lịch.
    assert_eq!(c.add_working_hours(at("31/12/2150 16:00"), 2.0).unwrap().to_string(), "08:30 04/01/2151");
}

#[test]
fn is_working_day_agrees_with_day_kind() {
    let config = CalendarConfig {
        extra_days_off: vec![ExtraDay { date: d("03/12/2026"), reason: "x".into() }],
        extra_working_days: vec![
            ExtraDay { date: d("05/12/2026"), reason: "y".into() },
            ExtraDay { date: d("08/12/2026"), reason: "z".into() },
        ],
        ..CalendarConfig::default()
    };
    let c = WorkingCalendar::new(config).unwrap();
    let mut day = d("01/01/2019");
    while day <= d("31/12/2028") {
        assert_eq!(c.is_working_day(day), c.day_kind(day).is_working(), "{day}");
        day = day.add_days(1);
    }
}
