//! The Vietnamese lunar calendar (âm lịch), computed for Vietnam's time, UTC+7.
//!
//! This is Hồ Ngọc Đức's published astronomical algorithm ("Thuật toán tính âm lịch"):
//! new moons from Meeus' series, the sun's longitude for the major solar terms, month 11
//! the month holding the winter solstice, and a leap month (tháng nhuận) the first month
//! of a 13-month year without a major solar term. The only difference from the Chinese
//! calendar is the time zone: a new moon or solar term that falls between 23:00 and 24:00
//! UTC+7 lands on another day in UTC+8, which is why Tết 1985 and 2007 differ.
//! Valid for 1900–2199 (the series' accuracy), which covers every date quytrinh handles.

use std::f64::consts::PI;

use crate::Date;

/// Vietnam's time zone, hours east of UTC. The lunar calendar of the North has been computed
/// for UTC+7 since 1968 and that of the whole country since 1976; earlier southern calendars
/// (UTC+8) are out of scope here.
pub const VIETNAM_TIME_ZONE: f64 = 7.0;

/// A day of the lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarDate {
    /// The lunar year, named by the Gregorian year in which its Tết falls.
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// 1–30.
    pub day: u32,
    /// A leap month (tháng nhuận) repeats the number of the month before it.
    pub leap: bool,
}

const SYNODIC_MONTH: f64 = 29.530588853;
const NEW_MOON_EPOCH: f64 = 2415021.076998695;

fn int(x: f64) -> i32 {
    x.floor() as i32
}

/// Julian day (with fraction) of the `k`-th new moon after 1 January 1900.
fn new_moon(k: i32) -> f64 {
    let k = f64::from(k);
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * ((166.56 + 132.87 * t - 0.009173 * t2) * dr).sin();
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    let mut c1 = (0.1734 - 0.000393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let delta_t = if t < -11.0 {
        0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    } else {
        -0.000278 + 0.000265 * t + 0.000262 * t2
    };
    jd1 + c1 - delta_t
}

/// The Julian day number of the local day on which the `k`-th new moon falls.
fn new_moon_day(k: i32, tz: f64) -> i32 {
    int(new_moon(k) + 0.5 + tz / 24.0)
}

/// The sun's apparent longitude in radians at Julian day `jdn` (UT).
fn sun_longitude(jdn: f64) -> f64 {
    let t = (jdn - 2451545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    let mut dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * (dr * m).sin();
    dl += (0.019993 - 0.000101 * t) * (dr * 2.0 * m).sin() + 0.000290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - 2.0 * PI * (l / (2.0 * PI)).floor()
}

/// Which of the 12 thirty-degree sectors the sun is in at the start of local day `day`.
fn sun_sector(day: i32, tz: f64) -> i32 {
    int(sun_longitude(f64::from(day) - 0.5 - tz / 24.0) / PI * 6.0)
}

/// The first day of lunar month 11 (the month of the winter solstice) of Gregorian year `year`.
fn lunar_month_11(year: i32, tz: f64) -> i32 {
    let dec31 = Date::from_ymd(year, 12, 31).map(Date::jdn).unwrap_or(0);
    let off = f64::from(dec31) - 2415021.0;
    let k = int(off / SYNODIC_MONTH);
    let nm = new_moon_day(k, tz);
    if sun_sector(nm, tz) >= 9 {
        new_moon_day(k - 1, tz)
    } else {
        nm
    }
}

/// In a 13-month year starting at month 11 `a11`, the offset of the leap month.
fn leap_month_offset(a11: i32, tz: f64) -> i32 {
    let k = int((f64::from(a11) - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i, tz), tz);
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i, tz), tz);
        if arc == last || i >= 14 {
            break;
        }
    }
    i - 1
}

/// The lunar date of a Gregorian date, in time zone `tz` (use [`VIETNAM_TIME_ZONE`]).
pub fn solar_to_lunar_tz(date: Date, tz: f64) -> LunarDate {
    let day = date.jdn();
    let yy = date.year();
    let k = int((f64::from(day) - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    let mut month_start = new_moon_day(k + 1, tz);
    if month_start > day {
        month_start = new_moon_day(k, tz);
    }
    let mut a11 = lunar_month_11(yy, tz);
    let mut b11 = a11;
    let mut lunar_year;
    if a11 >= month_start {
        lunar_year = yy;
        a11 = lunar_month_11(yy - 1, tz);
    } else {
        lunar_year = yy + 1;
        b11 = lunar_month_11(yy + 1, tz);
    }
    let lunar_day = day - month_start + 1;
    let diff = (month_start - a11) / 29;
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_diff = leap_month_offset(a11, tz);
        if diff >= leap_diff {
            month = diff + 10;
            leap = diff == leap_diff;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    LunarDate { year: lunar_year, month: month as u32, day: lunar_day as u32, leap }
}

/// The Gregorian date of a lunar date in time zone `tz`; `None` when the lunar date does not
/// exist (a leap month that year does not have, day 30 of a 29-day month, month 0 or 13).
pub fn lunar_to_solar_tz(lunar: LunarDate, tz: f64) -> Option<Date> {
    if !(1..=12).contains(&lunar.month) || !(1..=30).contains(&lunar.day) {
        return None;
    }
    let month = lunar.month as i32;
    let (a11, b11) = if month < 11 {
        (lunar_month_11(lunar.year - 1, tz), lunar_month_11(lunar.year, tz))
    } else {
        (lunar_month_11(lunar.year, tz), lunar_month_11(lunar.year + 1, tz))
    };
    let k = int(0.5 + (f64::from(a11) - NEW_MOON_EPOCH) / SYNODIC_MONTH);
    let mut off = month - 11;
    if off < 0 {
        off += 12;
    }
    if b11 - a11 > 365 {
        let leap_off = leap_month_offset(a11, tz);
        let mut leap_month = leap_off - 2;
        if leap_month < 0 {
            leap_month += 12;
        }
        if lunar.leap && month != leap_month {
            return None;
        }
        if lunar.leap || off >= leap_off {
            off += 1;
        }
    } else if lunar.leap {
        return None;
    }
    let month_start = new_moon_day(k + off, tz);
    let date = Date::from_jdn(month_start + lunar.day as i32 - 1);
    // Day 30 of a 29-day month would spill into the next month: refuse it.
    if lunar.day == 30 && solar_to_lunar_tz(date, tz).day != 30 {
        return None;
    }
    Some(date)
}

/// The lunar date of a Gregorian date in Vietnam (UTC+7).
pub fn solar_to_lunar(date: Date) -> LunarDate {
    solar_to_lunar_tz(date, VIETNAM_TIME_ZONE)
}

/// The Gregorian date of a Vietnamese lunar date (UTC+7).
pub fn lunar_to_solar(lunar: LunarDate) -> Option<Date> {
    lunar_to_solar_tz(lunar, VIETNAM_TIME_ZONE)
}

/// Tết Nguyên đán: 1 tháng Giêng (1/1 lunar) of lunar year `year`.
pub fn tet(year: i32) -> Option<Date> {
    lunar_to_solar(LunarDate { year, month: 1, day: 1, leap: false })
}

/// Giỗ Tổ Hùng Vương: 10 tháng Ba (10/3 lunar) of lunar year `year` (never a leap month:
/// the commemoration is held in the regular third month).
pub fn hung_kings(year: i32) -> Option<Date> {
    lunar_to_solar(LunarDate { year, month: 3, day: 10, leap: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn tet_1985_and_2007_follow_utc7_not_utc8() {
        assert_eq!(tet(1985), Some(d("21/01/1985")));
        assert_eq!(tet(2007), Some(d("17/02/2007")));
        // The Chinese calendar (UTC+8) has 20/02/1985 and 18/02/2007: one month and one day apart.
        assert_eq!(lunar_to_solar_tz(LunarDate { year: 1985, month: 1, day: 1, leap: false }, 8.0), Some(d("20/02/1985")));
        assert_eq!(lunar_to_solar_tz(LunarDate { year: 2007, month: 1, day: 1, leap: false }, 8.0), Some(d("18/02/2007")));
    }

    #[test]
    fn known_tet_days() {
        for (y, s) in [
            (2019, "05/02/2019"),
            (2020, "25/01/2020"),
            (2023, "22/01/2023"),
            (2025, "29/01/2025"),
            (2026, "17/02/2026"),
            (2027, "06/02/2027"),
        ] {
            assert_eq!(tet(y), Some(d(s)), "{y}");
        }
    }

    #[test]
    fn leap_months_round_trip() {
        // 2023 had a leap second month (tháng 2 nhuận) in Vietnam, from 22/03/2023.
        assert_eq!(solar_to_lunar(d("21/03/2023")), LunarDate { year: 2023, month: 2, day: 30, leap: false });
        let l = solar_to_lunar(d("22/03/2023"));
        assert_eq!(l, LunarDate { year: 2023, month: 2, day: 1, leap: true });
        assert_eq!(lunar_to_solar(LunarDate { year: 2022, month: 2, day: 1, leap: true }), None);
        let mut day = d("01/01/1990");
        while day <= d("31/12/2040") {
            let l = solar_to_lunar(day);
            assert_eq!(lunar_to_solar(l), Some(day), "{day} -> {l:?}");
            day = day.add_days(1);
        }
    }
}
