//! Public holidays as the Labour Code sets them, for a year that has no announced schedule.
//!
//! Bộ luật Lao động số 45/2019/QH14 (in force from 01/01/2021), Điều 112 khoản 1: 1/1; Tết
//! Âm lịch 5 days; 30/4; 1/5; Quốc khánh 2 days (2/9 and one adjacent day before or after);
//! Giỗ Tổ Hùng Vương 10/3 lunar. Điều 112 khoản 3 leaves the five Tết days and the day next to
//! 2/9 to the Prime Minister each year: when no decision is known we use the defaults below,
//! and the calendar says the year is computed.
//! Điều 111 khoản 3: a holiday that falls on the weekly rest day is made up on the next
//! working day.
//! For 2019 and 2020 the Labour Code 2012 (Bộ luật Lao động số 10/2012/QH13, Điều 115) applied:
//! the same days, but Quốc khánh was one day (2/9) only.
//! No holiday has been added by law since: the Politburo's Resolution 80-NQ/TW (01/2026) chose
//! 24/11 as Ngày Văn hóa Việt Nam to be a paid day off, and the Government's Resolution
//! 30/NQ-CP (02/2026) tasked amending Điều 112 khoản 1; until that amendment is enacted it is
//! not a holiday here (an announced year file may still list it with its instrument).

use crate::lunar;
use crate::Date;

/// The holiday a day off belongs to; the yearly schedules announce days per holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Holiday {
    /// Tết Dương lịch, 1/1.
    NewYear,
    /// Tết Âm lịch (Tết Nguyên đán).
    LunarNewYear,
    /// Giỗ Tổ Hùng Vương, 10/3 lunar.
    HungKings,
    /// Ngày Chiến thắng 30/4 and Ngày Quốc tế lao động 1/5 (announced together).
    ReunificationAndLabour,
    /// Quốc khánh, 2/9.
    NationalDay,
    /// A day off given by another instrument (named in the year's data file).
    Other,
}

impl Holiday {
    /// All holidays a year file may announce, in the order of the year.
    pub const ALL: [Holiday; 6] = [
        Holiday::NewYear,
        Holiday::LunarNewYear,
        Holiday::HungKings,
        Holiday::ReunificationAndLabour,
        Holiday::NationalDay,
        Holiday::Other,
    ];

    /// The Vietnamese name.
    pub fn name(self) -> &'static str {
        match self {
            Holiday::NewYear => "Tết Dương lịch",
            Holiday::LunarNewYear => "Tết Âm lịch",
            Holiday::HungKings => "Giỗ Tổ Hùng Vương",
            Holiday::ReunificationAndLabour => "Ngày Chiến thắng và Ngày Quốc tế lao động",
            Holiday::NationalDay => "Quốc khánh",
            Holiday::Other => "Ngày nghỉ khác",
        }
    }

    /// The key used in the data files.
    pub fn key(self) -> &'static str {
        match self {
            Holiday::NewYear => "tết-dương-lịch",
            Holiday::LunarNewYear => "tết-âm-lịch",
            Holiday::HungKings => "giỗ-tổ",
            Holiday::ReunificationAndLabour => "30/4-1/5",
            Holiday::NationalDay => "quốc-khánh",
            Holiday::Other => "khác",
        }
    }

    pub fn from_key(key: &str) -> Option<Holiday> {
        Holiday::ALL.into_iter().find(|h| h.key() == key)
    }
}

/// One day off and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayOff {
    pub date: Date,
    pub holiday: Holiday,
    /// True for a day made up for a holiday that fell on a weekend (Điều 111 khoản 3) or a
    /// day swapped in by a schedule, false for the holiday itself.
    pub compensatory: bool,
    /// The legal source, as users should read it.
    pub source: String,
}

/// The year the Labour Code 2019 took effect (Điều 220: from 01/01/2021).
const CODE_2019_FROM: i32 = 2021;

/// The article that gives the holidays of `year`.
pub fn article_112(year: i32, point: &str) -> String {
    if year >= CODE_2019_FROM {
        format!("Bộ luật Lao động 2019, Điều 112 khoản 1 điểm {point}")
    } else {
        format!("Bộ luật Lao động 2012, Điều 115 khoản 1 điểm {point}")
    }
}

fn compensation_source(year: i32) -> String {
    if year >= CODE_2019_FROM {
        "Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày nghỉ hằng tuần)".to_string()
    } else {
        "Bộ luật Lao động 2012, Điều 115 khoản 3 (nghỉ bù)".to_string()
    }
}

fn day(year: i32, month: u32, d: u32) -> Option<Date> {
    Date::from_ymd(year, month, d)
}

/// The holiday days themselves (no compensation) for `holiday` in `year`, by the Code's rule
/// and, where the Prime Minister decides (Tết, the day next to 2/9), by our default:
/// - Tết: the last two days of the lunar year and 1–3 tháng Giêng ("2 days before, 3 after",
///   the choice announced in most recent years);
/// - Quốc khánh (from 2021): the adjacent weekday that joins a weekend, else the day after.
pub fn rule_days(holiday: Holiday, year: i32) -> Vec<Date> {
    let found = |d: Option<Date>| d.into_iter().collect::<Vec<_>>();
    match holiday {
        Holiday::NewYear => found(day(year, 1, 1)),
        Holiday::LunarNewYear => match lunar::tet(year) {
            Some(t) => (-2..3).map(|i| t.add_days(i)).collect(),
            None => Vec::new(),
        },
        Holiday::HungKings => found(lunar::hung_kings(year)),
        Holiday::ReunificationAndLabour => day(year, 4, 30).into_iter().chain(day(year, 5, 1)).collect(),
        Holiday::NationalDay => {
            let Some(main) = day(year, 9, 2) else { return Vec::new() };
            if year < CODE_2019_FROM {
                return vec![main];
            }
            let before = main.add_days(-1);
            let after = main.add_days(1);
            let joins_weekend =
                |d: Date| !d.weekday().is_weekend() && (d.add_days(-1).weekday().is_weekend() || d.add_days(1).weekday().is_weekend());
            // The day before when it joins a weekend and the day after does not, or when the
            // day after is itself a weekend day; otherwise the day after.
            let before_wins =
                (joins_weekend(before) && !joins_weekend(after)) || (after.weekday().is_weekend() && !before.weekday().is_weekend());
            let extra = if before_wins { before } else { after };
            let mut v = vec![main, extra];
            v.sort();
            v
        }
        Holiday::Other => Vec::new(),
    }
}

fn point(holiday: Holiday) -> &'static str {
    match holiday {
        Holiday::NewYear => "a",
        Holiday::LunarNewYear => "b",
        Holiday::ReunificationAndLabour => "c, d",
        Holiday::NationalDay => "đ",
        Holiday::HungKings => "e",
        Holiday::Other => "",
    }
}

/// The days off of `holiday` in `year` by the rule, each with its article.
pub fn rule_days_off(holiday: Holiday, year: i32) -> Vec<DayOff> {
    let mut source = article_112(year, point(holiday));
    if matches!(holiday, Holiday::LunarNewYear | Holiday::NationalDay) && !(holiday == Holiday::NationalDay && year < CODE_2019_FROM) {
        source.push_str(" (ngày cụ thể do Thủ tướng Chính phủ quyết định hằng năm; quytrinh tạm tính, chưa có lịch công bố)");
    }
    rule_days(holiday, year).into_iter().map(|date| DayOff { date, holiday, compensatory: false, source: source.clone() }).collect()
}

/// Adds the make-up days of Điều 111 khoản 3 (2012: Điều 115 khoản 3): each holiday on a
/// Saturday or Sunday gives the next weekday that is not already off. `off` must hold the
/// holidays of one year; the result is sorted by date.
pub fn add_compensation(off: &mut Vec<DayOff>, year: i32) {
    off.sort_by_key(|d| d.date);
    let mut extra: Vec<DayOff> = Vec::new();
    for d in off.iter().filter(|d| !d.compensatory && d.date.weekday().is_weekend()) {
        let mut next = d.date.add_days(1);
        while next.weekday().is_weekend() || off.iter().any(|o| o.date == next) || extra.iter().any(|o| o.date == next) {
            next = next.add_days(1);
        }
        extra.push(DayOff { date: next, holiday: d.holiday, compensatory: true, source: compensation_source(year) });
    }
    off.extend(extra);
    off.sort_by_key(|d| d.date);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn fixed_days_and_lunar_days() {
        assert_eq!(rule_days(Holiday::NewYear, 2030), vec![d("01/01/2030")]);
        assert_eq!(rule_days(Holiday::ReunificationAndLabour, 2030), vec![d("30/04/2030"), d("01/05/2030")]);
        // Tết 2027 is 06/02/2027; the default five days are 04/02–08/02.
        assert_eq!(rule_days(Holiday::LunarNewYear, 2027).first(), Some(&d("04/02/2027")));
        assert_eq!(rule_days(Holiday::LunarNewYear, 2027).last(), Some(&d("08/02/2027")));
        assert_eq!(rule_days(Holiday::HungKings, 2027), vec![d("16/04/2027")]);
    }

    #[test]
    fn national_day_adjacent_day_matches_recent_decisions() {
        // 2021: 02–03/09 (Thu–Fri); 2022: 01–02/09; 2024: 02–03/09; 2025: 01–02/09.
        assert_eq!(rule_days(Holiday::NationalDay, 2021), vec![d("02/09/2021"), d("03/09/2021")]);
        assert_eq!(rule_days(Holiday::NationalDay, 2022), vec![d("01/09/2022"), d("02/09/2022")]);
        assert_eq!(rule_days(Holiday::NationalDay, 2024), vec![d("02/09/2024"), d("03/09/2024")]);
        assert_eq!(rule_days(Holiday::NationalDay, 2025), vec![d("01/09/2025"), d("02/09/2025")]);
        // 2019 and 2020: one day under the Labour Code 2012.
        assert_eq!(rule_days(Holiday::NationalDay, 2020), vec![d("02/09/2020")]);
    }

    #[test]
    fn weekend_holiday_is_made_up_on_next_working_day() {
        // 2023: 01/01 was a Sunday, made up on Monday 02/01.
        let mut off = rule_days_off(Holiday::NewYear, 2023);
        add_compensation(&mut off, 2023);
        assert_eq!(off.iter().map(|o| o.date).collect::<Vec<_>>(), vec![d("01/01/2023"), d("02/01/2023")]);
        assert!(off[1].compensatory && off[1].source.contains("Điều 111 khoản 3"));
        // 30/04/2028 is a Sunday and 01/05 a Monday: the make-up day is Tuesday 02/05.
        let mut off = rule_days_off(Holiday::ReunificationAndLabour, 2028);
        add_compensation(&mut off, 2028);
        assert_eq!(off.last().map(|o| o.date), Some(d("02/05/2028")));
    }
}
