//! The official yearly schedules of days off, as data files shipped in `data/YYYY.txt`.
//!
//! Each year the Prime Minister decides the Tết days and the day next to 2/9 (Bộ luật Lao
//! động 2019, Điều 112 khoản 3) and agrees to swapped working days for civil servants; the
//! ministry in charge of labour announces it. A file lists those days, each citing its
//! instrument. A holiday the file lists replaces the Labour Code's computed days for that
//! holiday; a holiday it does not list is computed (see [`crate::holidays`]).
//!
//! The format, one statement a line, `#` starts a comment:
//! ```text
//! năm 2025
//! trạng-thái công-bố            # or chưa-công-bố: no schedule known, every holiday computed
//! nguồn A Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ
//! nghỉ tết-âm-lịch 25/01/2025..02/02/2025 A
//! làm 26/04/2025 A              # a Saturday worked in exchange for a bridge day
//! ```

use std::collections::{BTreeMap, BTreeSet};

use crate::holidays::{DayOff, Holiday};
use crate::{CalendarError, Date};

/// A working Saturday or Sunday set by a schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingWeekend {
    pub date: Date,
    pub source: String,
}

/// One year's announced schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearSchedule {
    pub year: i32,
    /// False for a year whose file says `chưa-công-bố`: every holiday is computed.
    pub announced: bool,
    /// Holidays whose days the file gives.
    pub covered: BTreeSet<Holiday>,
    pub days_off: Vec<DayOff>,
    pub working_days: Vec<WorkingWeekend>,
}

/// The shipped files, one a year. Adding a year: add the file and a line here (see docs/calendar.md).
const FILES: [(i32, &str); 9] = [
    (2019, include_str!("../data/2019.txt")),
    (2020, include_str!("../data/2020.txt")),
    (2021, include_str!("../data/2021.txt")),
    (2022, include_str!("../data/2022.txt")),
    (2023, include_str!("../data/2023.txt")),
    (2024, include_str!("../data/2024.txt")),
    (2025, include_str!("../data/2025.txt")),
    (2026, include_str!("../data/2026.txt")),
    (2027, include_str!("../data/2027.txt")),
];

/// The first and last years with a shipped file.
pub const DATA_YEARS: (i32, i32) = (2019, 2027);

/// Every shipped schedule, parsed. A shipped file that does not parse is an error (tested).
pub fn shipped() -> Result<Vec<YearSchedule>, CalendarError> {
    FILES
        .iter()
        .map(|(year, text)| {
            let s = parse(&format!("data/{year}.txt"), text)?;
            if s.year != *year {
                return Err(CalendarError::DataFile {
                    file: format!("data/{year}.txt"),
                    line: 1,
                    message: format!("tệp của năm {year} ghi năm {}", s.year),
                });
            }
            Ok(s)
        })
        .collect()
}

/// Reads one schedule; `file` names it in errors. Refuses, with the line number, an unknown
/// statement, an invalid date, a date far from the year, an unknown holiday or source, a
/// date given twice, a `làm` day that is not a weekend, and a status that contradicts the
/// lines.
pub fn parse(file: &str, text: &str) -> Result<YearSchedule, CalendarError> {
    let err = |line: usize, message: String| CalendarError::DataFile { file: file.to_string(), line, message };
    let mut year: Option<i32> = None;
    let mut announced: Option<(bool, usize)> = None;
    let mut sources: BTreeMap<String, String> = BTreeMap::new();
    let mut covered = BTreeSet::new();
    let mut days_off: Vec<DayOff> = Vec::new();
    let mut working_days: Vec<WorkingWeekend> = Vec::new();
    let mut seen: BTreeMap<Date, usize> = BTreeMap::new();

    for (i, raw) in text.lines().enumerate() {
        let n = i + 1;
        let line = raw.split_once('#').map_or(raw, |(l, _)| l).trim();
        if line.is_empty() {
            continue;
        }
        let (keyword, rest) = line.split_once(char::is_whitespace).map_or((line, ""), |(k, r)| (k, r.trim()));
        let need_year = || year.ok_or_else(|| err(n, "dòng `năm` phải đứng trước".to_string()));
        let date_in_year = |s: &str, y: i32| -> Result<Date, CalendarError> {
            let d = Date::parse(s).map_err(|_| err(n, format!("ngày không hợp lệ: `{s}` (viết dd/mm/yyyy)")))?;
            // A schedule may reach into the neighbouring year (31/12 before Tết Dương lịch).
            if (d.year() - y).abs() > 1 {
                return Err(err(n, format!("ngày {d} không thuộc năm {y}")));
            }
            Ok(d)
        };
        let mut check_new = |d: Date| -> Result<(), CalendarError> {
            if let Some(first) = seen.insert(d, n) {
                return Err(err(n, format!("ngày {d} đã ghi ở dòng {first}")));
            }
            Ok(())
        };
        match keyword {
            "năm" => {
                if year.is_some() {
                    return Err(err(n, "dòng `năm` ghi hai lần".to_string()));
                }
                let y: i32 = rest.parse().map_err(|_| err(n, format!("năm không hợp lệ: `{rest}`")))?;
                if !(1900..=2199).contains(&y) {
                    return Err(err(n, format!("năm {y} ngoài khoảng 1900–2199")));
                }
                year = Some(y);
            }
            "trạng-thái" => match rest {
                "công-bố" => announced = Some((true, n)),
                "chưa-công-bố" => announced = Some((false, n)),
                _ => return Err(err(n, format!("trạng thái `{rest}` không rõ (công-bố hoặc chưa-công-bố)"))),
            },
            "nguồn" => {
                let (id, what) = rest.split_once(char::is_whitespace).ok_or_else(|| err(n, "`nguồn` cần mã và tên văn bản".to_string()))?;
                if sources.insert(id.to_string(), what.trim().to_string()).is_some() {
                    return Err(err(n, format!("nguồn `{id}` ghi hai lần")));
                }
            }
            "nghỉ" | "làm" => {
                let y = need_year()?;
                let fields: Vec<&str> = rest.split_whitespace().collect();
                let (holiday, dates, src) = match (keyword, fields.as_slice()) {
                    ("nghỉ", [h, d, s]) => (Some(*h), *d, *s),
                    ("làm", [d, s]) => (None, *d, *s),
                    _ => {
                        let form = if keyword == "nghỉ" {
                            "nghỉ NGÀY-LỄ dd/mm/yyyy[..dd/mm/yyyy] NGUỒN"
                        } else {
                            "làm dd/mm/yyyy NGUỒN"
                        };
                        return Err(err(n, format!("dòng sai dạng, cần: {form}")));
                    }
                };
                let source = sources.get(src).cloned().ok_or_else(|| err(n, format!("nguồn `{src}` chưa khai báo")))?;
                if let Some(h) = holiday {
                    let holiday = Holiday::from_key(h).ok_or_else(|| {
                        let keys: Vec<&str> = Holiday::ALL.iter().map(|h| h.key()).collect();
                        err(n, format!("ngày lễ `{h}` không rõ (một trong: {})", keys.join(", ")))
                    })?;
                    let (from, to) = dates.split_once("..").unwrap_or((dates, dates));
                    let from = date_in_year(from, y)?;
                    let to = date_in_year(to, y)?;
                    if to < from || from.days_until(to) > 15 {
                        return Err(err(n, format!("khoảng ngày {from}..{to} không hợp lệ")));
                    }
                    let mut d = from;
                    while d <= to {
                        check_new(d)?;
                        days_off.push(DayOff { date: d, holiday, compensatory: false, source: source.clone() });
                        d = d.add_days(1);
                    }
                    covered.insert(holiday);
                } else {
                    let d = date_in_year(dates, y)?;
                    if !d.weekday().is_weekend() {
                        return Err(err(n, format!("ngày {d} là {}, không phải ngày nghỉ hằng tuần", d.weekday().vietnamese())));
                    }
                    check_new(d)?;
                    working_days.push(WorkingWeekend { date: d, source });
                }
            }
            _ => return Err(err(n, format!("không hiểu `{keyword}` (năm, trạng-thái, nguồn, nghỉ, làm)"))),
        }
    }
    let year = year.ok_or_else(|| err(1, "thiếu dòng `năm`".to_string()))?;
    let (announced, status_line) = announced.ok_or_else(|| err(1, "thiếu dòng `trạng-thái`".to_string()))?;
    let has_days = !days_off.is_empty() || !working_days.is_empty();
    if announced != has_days {
        let message = if announced {
            "trạng thái công-bố nhưng không có ngày nào"
        } else {
            "trạng thái chưa-công-bố nhưng có ngày nghỉ hoặc làm"
        };
        return Err(err(status_line, message.to_string()));
    }
    Ok(YearSchedule { year, announced, covered, days_off, working_days })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_parses() {
        let all = shipped().unwrap();
        assert_eq!(all.len(), 9);
    }

    fn line_of(text: &str) -> Option<usize> {
        match parse("test.txt", text) {
            Err(CalendarError::DataFile { line, .. }) => Some(line),
            _ => None,
        }
    }

    #[test]
    fn refuses_bad_lines_with_their_number() {
        let head = "năm 2025\ntrạng-thái công-bố\nnguồn A Công văn thử\n";
        assert_eq!(line_of(&format!("{head}nghỉ tết-âm-lịch 30/02/2025 A\n")), Some(4));
        assert_eq!(line_of(&format!("{head}# ghi chú\n\nnghỉ tết-âm-lịch 2025-01-29..2025-01-27 A\n")), Some(6));
        assert_eq!(line_of(&format!("{head}nghỉ tết 29/01/2025 A\n")), Some(4));
        assert_eq!(line_of(&format!("{head}nghỉ tết-âm-lịch 29/01/2025 B\n")), Some(4));
        assert_eq!(line_of(&format!("{head}nghỉ tết-âm-lịch 29/01/2025 A\nnghỉ khác 29/01/2025 A\n")), Some(5));
        assert_eq!(line_of(&format!("{head}làm 29/01/2025 A\n")), Some(4));
        assert_eq!(line_of(&format!("{head}nghỉ tết-âm-lịch 29/01/2031 A\n")), Some(4));
        assert_eq!(line_of(&format!("{head}nghỉ\n")), Some(4));
        assert_eq!(line_of(&format!("{head}xin nghỉ 29/01/2025\n")), Some(4));
        assert_eq!(line_of("năm 2025\ntrạng-thái công-bố\n"), Some(2));
        assert_eq!(line_of("trạng-thái chưa-công-bố\n"), Some(1));
        assert!(parse("t", "năm 2028\ntrạng-thái chưa-công-bố\n").is_ok());
    }

    #[test]
    fn reads_days_and_swaps() {
        let s =
            parse("t", "năm 2025\ntrạng-thái công-bố\nnguồn A Công văn thử\nnghỉ 30/4-1/5 30/04/2025..04/05/2025 A\nlàm 26/04/2025 A\n")
                .unwrap();
        assert!(s.announced && s.covered.contains(&Holiday::ReunificationAndLabour));
        assert_eq!(s.days_off.len(), 5);
        assert_eq!(s.working_days[0].source, "Công văn thử");
    }
}
