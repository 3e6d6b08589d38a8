//! An agency's own office hours and days (`office_hours`, `day_off`, `working_day` in the
//! agency file), resolved, and the calendar settings they give on top of `quytrinh.toml`'s.

use quytrinh_calendar::{CalendarConfig, ExtraDay, OfficeHours, Session, TimeOfDay};
use quytrinh_diagnostics::{Diagnostic, Text};
use quytrinh_syntax::ast;

use crate::codes;

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

/// One session as written, `"07:30-11:30"` (also `07h30-11h30`, an en dash); the text of
/// the problem otherwise.
pub fn parse_session(text: &str) -> Result<Session, Text> {
    let bad = || {
        Text::new(
            format!("Buổi làm việc `{text}` không đúng dạng \"07:30-11:30\" (giờ bắt đầu-giờ kết thúc, 24 giờ)"),
            format!("The session `{text}` is not written as \"07:30-11:30\" (start-end, 24-hour clock)"),
        )
    };
    let (a, b) = text.split_once(['-', '–']).ok_or_else(bad)?;
    let start = TimeOfDay::parse(a).map_err(|_| bad())?;
    let end = TimeOfDay::parse(b).map_err(|_| bad())?;
    if start >= end {
        return Err(Text::new(
            format!("Buổi làm việc `{text}` kết thúc trước khi bắt đầu"),
            format!("The session `{text}` ends before it starts"),
        ));
    }
    Ok(Session { start, end })
}

/// Office hours from their sessions as written: each one read, then none overlapping.
/// On failure, the index of the session at fault (`None`: the whole line) and why.
pub fn parse_office_hours(texts: &[&str]) -> Result<OfficeHours, (Option<usize>, Text)> {
    let mut sessions = Vec::new();
    for (i, t) in texts.iter().enumerate() {
        sessions.push(parse_session(t).map_err(|e| (Some(i), e))?);
    }
    OfficeHours::new(sessions).map_err(|e| {
        let why = match e {
            quytrinh_calendar::CalendarError::BadOfficeHours(s) => s,
            other => other.to_string(),
        };
        (
            None,
            Text::new(
                format!("Giờ làm việc không dùng được: {why}"),
                "The office hours cannot be used: sessions are missing or overlap".to_string(),
            ),
        )
    })
}

/// An agency's calendar from its file, with a diagnostic for each line that cannot be
/// used (that line is left out; the rest is kept).
pub(crate) fn lower_agency_calendar(a: &ast::Agency) -> (AgencyCalendar, Vec<Diagnostic>) {
    let mut cal = AgencyCalendar::default();
    let mut diags = Vec::new();
    let help = Text::new(
        "Viết `office_hours \"07:30-11:30\" \"13:00-17:00\"`; mỗi ngày riêng một lần: `day_off 2026-12-24 \"lý do\"`, `working_day 2026-12-26 \"lý do\"`.",
        "Write `office_hours \"07:30-11:30\" \"13:00-17:00\"`; each day of the agency's once: `day_off 2026-12-24 \"reason\"`, `working_day 2026-12-26 \"reason\"`.",
    );
    if let Some(decl) = &a.office_hours {
        let texts: Vec<&str> = decl.sessions.iter().map(|s| s.value.as_str()).collect();
        match parse_office_hours(&texts) {
            Ok(hours) => cal.office_hours = Some(hours),
            Err((at, message)) => {
                let span = at.and_then(|i| decl.sessions.get(i)).map_or(decl.span, |s| s.span);
                diags.push(Diagnostic::error(codes::BAD_CALENDAR, span, message).with_help(help.clone()));
            }
        }
    }
    let mut seen: Vec<(quytrinh_calendar::Date, quytrinh_diagnostics::Span)> = Vec::new();
    for (days, off) in [(&a.days_off, true), (&a.working_days, false)] {
        for d in days {
            let (y, m, dd) = (d.date.date.year, d.date.date.month, d.date.date.day);
            let Some(date) = quytrinh_calendar::Date::from_ymd(i32::from(y), u32::from(m), u32::from(dd)) else { continue };
            if let Some((_, first)) = seen.iter().find(|(x, _)| *x == date) {
                diags.push(
                    Diagnostic::error(
                        codes::BAD_CALENDAR,
                        d.span,
                        Text::new(format!("Ngày {date} đã được khai báo"), format!("The day {date} is already given")),
                    )
                    .with_label(Text::new("khai báo lần hai", "given again"))
                    .with_extra(*first, Text::new("khai báo lần đầu", "first given here"))
                    .with_help(help.clone()),
                );
                continue;
            }
            seen.push((date, d.span));
            let reason = d.reason.as_ref().map(|r| r.value.clone()).unwrap_or_default();
            let day = ExtraDay { date, reason };
            if off {
                cal.days_off.push(day);
            } else {
                cal.working_days.push(day);
            }
        }
    }
    (cal, diags)
}
