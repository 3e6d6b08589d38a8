//! When each step of a procedure is due and which appointment goes on the receipt (Mẫu 01,
//! *Giấy tiếp nhận hồ sơ và hẹn trả kết quả*), for a dossier received at a given moment.
//! Used by `quytrinh due` and by the filled-in forms of `build --emit forms`.
//!
//! The rules applied, with their sources:
//! - time counts from the moment a complete, valid dossier is received, as the receipt shows
//!   (Decree 118/2025 Art. 17(3); the same under Decree 61/2018);
//! - working time runs only inside office hours on working days: a dossier received outside
//!   them (after closing, in the lunch break, at night online, on a weekend or holiday)
//!   counts from the next working time. For online dossiers Decree 118/2025 Art. 17(2)(c)
//!   counts the reception notice in working hours ("08 giờ làm việc") from the system's
//!   receipt, so a dossier sent at 22:00 is looked at from the next opening;
//! - a paper dossier received at the counter after 15:00 goes to the competent unit at the
//!   start of the next working day (Decree 118/2025 Art. 18(2); Decree 61/2018 Art. 18(2)),
//!   so the step after reception starts then. The clause names dossiers received directly
//!   ("tiếp nhận trực tiếp"); it is not applied to post or online dossiers. (Decree
//!   118/2025's wording was read in its text; Decree 61/2018 Art. 18(2) is cited from our
//!   legal notes, which give the same rule — its text was not at hand to re-read);
//! - a statutory time in working days is counted in working hours (8 a day) from the start;
//!   one in calendar days follows the Civil Code 2015 (Art. 147(2): the first day is not
//!   counted; Art. 148(5): a last day that is a day off moves to the next working day), and
//!   the appointment is that day's closing time;
//! - a step that ends after office hours goes on at the next working time; a 0 h step ends
//!   when it starts.

use quytrinh_calendar::{CalendarError, DateTime, DayKind, WorkingCalendar, YearStatus};
use quytrinh_model::{Catalogue, Procedure, Regime};
use quytrinh_syntax::ast;
use serde::Serialize;

/// How the dossier arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Counter,
    Online,
    Post,
}

impl Channel {
    fn vi(self) -> &'static str {
        match self {
            Channel::Counter => "trực tiếp tại Bộ phận Một cửa",
            Channel::Online => "trực tuyến",
            Channel::Post => "qua bưu chính",
        }
    }

    fn en(self) -> &'static str {
        match self {
            Channel::Counter => "at the counter",
            Channel::Online => "online",
            Channel::Post => "by post",
        }
    }

    fn ast(self) -> ast::Channel {
        match self {
            Channel::Counter => ast::Channel::Direct,
            Channel::Online => ast::Channel::Online,
            Channel::Post => ast::Channel::Postal,
        }
    }
}

/// A note on how the dates were found, in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Note {
    pub vi: String,
    pub en: String,
}

fn note(vi: impl Into<String>, en: impl Into<String>) -> Note {
    Note { vi: vi.into(), en: en.into() }
}

/// One step with its start and deadline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepDue {
    pub number: String,
    pub content: String,
    pub actor: String,
    /// Working hours allotted (None when the step has no time).
    pub hours: Option<f64>,
    #[serde(serialize_with = "iso")]
    pub start: DateTime,
    #[serde(serialize_with = "iso")]
    pub due: DateTime,
}

/// The statutory time as written.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Statutory {
    pub value: f64,
    /// "working_days" or "calendar_days".
    pub unit: &'static str,
}

/// A procedure's dates for one dossier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Schedule {
    pub code: String,
    pub tthc: Option<String>,
    pub name: Option<String>,
    pub channel: Channel,
    #[serde(serialize_with = "iso")]
    pub received: DateTime,
    /// When working time starts counting.
    #[serde(serialize_with = "iso")]
    pub counted_from: DateTime,
    pub statutory: Option<Statutory>,
    /// The date and time to write on the receipt: the end of the statutory time, or of the
    /// steps when there is none.
    #[serde(serialize_with = "iso")]
    pub appointment: DateTime,
    /// When the steps, as the procedure allots them, are done.
    #[serde(serialize_with = "iso")]
    pub steps_done: DateTime,
    pub steps: Vec<StepDue>,
    pub notes: Vec<Note>,
}

/// The version of `quytrinh due --format json` (semver, like the portal JSON).
pub const FORMAT_VERSION: &str = "1.0.0";

/// `quytrinh due --format json`: the reception as given and each procedure's dates.
#[derive(Debug, Serialize)]
pub struct DueDocument<'a> {
    pub format_version: &'static str,
    pub kind: &'static str,
    pub received: &'a str,
    pub procedures: &'a [Schedule],
}

fn iso<S: serde::Serializer>(t: &DateTime, s: S) -> Result<S::Ok, S::Error> {
    let (y, m, d) = t.date.ymd();
    let min = t.time.minutes();
    s.serialize_str(&format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:00+07:00", min / 60, min % 60))
}

/// The years a reception may fall in: those the calendar keeps ready (the lunar calendar
/// and the Labour Code rules are computed for them); outside is surely a typing mistake.
pub const RECEPTION_YEARS: (i32, i32) = (1990, 2100);

/// A reception time as the officer types it (`"2026-12-01 14:30"`, `"01/12/2026 14:30"`),
/// or why not, in Vietnamese and English; the message always names both accepted forms.
pub fn parse_received(text: &str) -> Result<DateTime, Note> {
    let forms = "\"yyyy-mm-dd HH:MM\" hoặc \"dd/mm/yyyy HH:MM\" (giờ Việt Nam, 24 giờ), ví dụ --received \"2026-12-01 14:30\"";
    let forms_en = "\"yyyy-mm-dd HH:MM\" or \"dd/mm/yyyy HH:MM\" (Vietnam time, 24-hour clock), e.g. --received \"2026-12-01 14:30\"";
    let t = DateTime::parse(text).map_err(|_| {
        note(
            format!("thời điểm nhận hồ sơ `{text}` không dùng được (sai dạng, hoặc không có ngày, giờ đó): viết {forms}"),
            format!("the reception time `{text}` is not valid (no such date or time, or another layout): write {forms_en}"),
        )
    })?;
    let (first, last) = RECEPTION_YEARS;
    if !(first..=last).contains(&t.date.year()) {
        return Err(note(
            format!(
                "năm {} của thời điểm nhận hồ sơ nằm ngoài khoảng {first}–{last} mà lịch làm việc tính được: viết {forms}",
                t.date.year()
            ),
            format!(
                "the reception year {} is outside {first}–{last}, the years the working calendar covers: write {forms_en}",
                t.date.year()
            ),
        ));
    }
    Ok(t)
}

/// The 15:00 cut-off of Decree 118/2025 Art. 18(2) and Decree 61/2018 Art. 18(2).
const TRANSFER_CUTOFF: u32 = 15 * 60;

/// The dates of `p` for a dossier received at `received` through `channel`.
pub fn schedule(
    cat: &Catalogue,
    p: &Procedure,
    cal: &WorkingCalendar,
    received: DateTime,
    channel: Channel,
) -> Result<Schedule, CalendarError> {
    let mut notes = Vec::new();
    let counted_from = cal.next_working_time(received)?;
    if counted_from != received {
        notes.push(outside_hours(cal, received, counted_from, channel, p.regime));
    }
    // Steps in document order, each starting when the previous one is due.
    let mut steps = Vec::with_capacity(p.steps.len());
    let mut at = counted_from;
    for (i, s) in p.steps.iter().enumerate() {
        let mut start = at;
        if i == 1 && channel == Channel::Counter && late_counter(cal, received, counted_from) {
            let next_day = cal.next_working_day(counted_from.date.add_days(1))?;
            let opening = match cal.config().office_hours.sessions().first() {
                Some(first) => DateTime::new(next_day, first.start),
                None => start,
            };
            if start < opening {
                start = opening;
            }
        }
        let due = match s.hours {
            Some(h) => cal.add_working_hours(start, h)?,
            None => start,
        };
        steps.push(StepDue {
            number: s.syntax.number.0.clone(),
            content: s.syntax.content.as_ref().map(|c| c.value.clone()).unwrap_or_default(),
            actor: s.actor.map(|a| cat.actor_name(a).to_string()).unwrap_or_default(),
            hours: s.hours,
            start,
            due,
        });
        at = due;
    }
    if channel == Channel::Counter && late_counter(cal, received, counted_from) && p.steps.len() > 1 {
        notes.push(note(
            format!(
                "Nhận trực tiếp lúc {} (sau 15 giờ): hồ sơ chuyển vào đầu giờ ngày làm việc tiếp theo (Nghị định {} Điều 18 khoản 2)",
                received.time,
                decree(p.regime)
            ),
            format!(
                "Received at the counter at {} (after 15:00): the dossier is transferred at the start of the next working day (Decree {} Art. 18(2))",
                en_datetime(received),
                decree(p.regime)
            ),
        ));
    }
    if p.syntax.steps.as_ref().is_some_and(|s| !s.phases.is_empty()) {
        notes.push(note(
            "Quy trình chia giai đoạn: hạn các bước tính liên tiếp, chưa trừ thời gian chờ người nộp hồ sơ giữa các giai đoạn",
            "The procedure has phases: the steps are counted back to back, without the time spent waiting for the applicant between phases",
        ));
    }
    let statutory_time = statutory_for(p, channel);
    let appointment = match statutory_time {
        Some(st) if st.unit == Some(ast::DayKind::Calendar) => {
            let n = whole_days(st.days);
            let day = cal.add_calendar_days(counted_from.date, n)?;
            // The limit's last day ends at the counter's closing (office hours are never empty).
            match cal.config().office_hours.sessions().last() {
                Some(last) => DateTime::new(day, last.end),
                None => DateTime::new(day, counted_from.time),
            }
        }
        Some(st) => cal.add_working_hours(counted_from, st.days * 8.0)?,
        None => at,
    };
    notes.extend(computed_years(cal, received, appointment.max(at)));
    Ok(Schedule {
        code: p.code.clone(),
        tthc: p.syntax.tthc.as_ref().map(|t| t.value.clone()),
        name: p.syntax.name.as_ref().map(|t| t.value.clone()),
        channel,
        received,
        counted_from,
        statutory: statutory_time.map(|st| Statutory {
            value: st.days,
            unit: if st.unit == Some(ast::DayKind::Calendar) { "calendar_days" } else { "working_days" },
        }),
        appointment,
        steps_done: at,
        steps,
        notes,
    })
}

/// The statutory time for `channel`: the channel's own, else the general one.
fn statutory_for(p: &Procedure, channel: Channel) -> Option<&ast::StatutoryTime> {
    let all = &p.syntax.statutory;
    all.iter().find(|s| s.channel.as_ref().is_some_and(|(c, _)| *c == channel.ast())).or_else(|| p.statutory())
}

fn whole_days(days: f64) -> u32 {
    if days.is_finite() && days > 0.0 {
        days.ceil().min(100_000.0) as u32
    } else {
        0
    }
}

/// Received at the counter within a working day, at or after 15:00.
fn late_counter(cal: &WorkingCalendar, received: DateTime, counted_from: DateTime) -> bool {
    counted_from == received && cal.is_working_day(received.date) && received.time.minutes() >= TRANSFER_CUTOFF
}

fn decree(regime: Regime) -> &'static str {
    match regime {
        Regime::Circular012018 => "61/2018/NĐ-CP",
        Regime::Decree1182025 => "118/2025/NĐ-CP",
    }
}

/// Why the time counts from later than the reception.
fn outside_hours(cal: &WorkingCalendar, received: DateTime, from: DateTime, channel: Channel, regime: Regime) -> Note {
    let (why_vi, why_en) = match cal.day_kind(received.date) {
        DayKind::Holiday(off) => (
            format!("ngày nghỉ {} ({})", off.holiday.name(), off.source),
            format!("a public holiday, {} ({})", off.holiday.name(), off.source),
        ),
        DayKind::WeeklyRest => ("ngày nghỉ hằng tuần".to_string(), "a weekly rest day".to_string()),
        DayKind::AgencyDayOff(d) => (format!("ngày nghỉ của cơ quan: {}", d.reason), format!("one of the agency's days off: {}", d.reason)),
        _ => ("ngoài giờ làm việc".to_string(), "outside office hours".to_string()),
    };
    // Only Decree 118/2025 says in so many words that the online notice counts in working
    // hours; under the 2018 regime the general rule (time runs in office hours) applies.
    let online = if channel == Channel::Online && regime == Regime::Decree1182025 {
        (
            "; hồ sơ trực tuyến được xem xét trong giờ làm việc (Nghị định 118/2025/NĐ-CP Điều 17 khoản 2 điểm c: thông báo trong 08 giờ làm việc)",
            "; online dossiers are examined in working hours (Decree 118/2025 Art. 17(2)(c): notice within 08 working hours)",
        )
    } else {
        ("", "")
    };
    note(
        format!("Nhận {} lúc {} — {}: thời gian tính từ {}{}", channel.vi(), vi_datetime(received), why_vi, vi_datetime(from), online.0),
        format!("Received {} at {} — {}: time counts from {}{}", channel.en(), en_datetime(received), why_en, en_datetime(from), online.1),
    )
}

/// A note for each year of the span without an announced schedule, and for each partly
/// announced year whose computed holidays fall in the span: those dates may move when the
/// year's schedule is announced.
fn computed_years(cal: &WorkingCalendar, from: DateTime, to: DateTime) -> Vec<Note> {
    let mut notes = Vec::new();
    for year in from.date.year()..=to.date.year() {
        let status = cal.year_status(year);
        let relevant = match &status {
            YearStatus::Announced => false,
            YearStatus::Computed => true,
            YearStatus::PartlyAnnounced { computed } => {
                let mut d = from.date;
                let mut hit = false;
                while d <= to.date && !hit {
                    hit = d.year() == year && matches!(cal.day_kind(d), DayKind::Holiday(off) if computed.contains(&off.holiday));
                    d = d.add_days(1);
                }
                hit
            }
        };
        if let Some(n) = status.note(year).filter(|_| relevant) {
            notes.push(note(n, format!("{year}: holidays computed from the Labour Code; no announced schedule in the data")));
        }
    }
    notes
}

/// `01/12/2026 14:30`, for English text.
pub fn en_datetime(t: DateTime) -> String {
    format!("{} {}", t.date, t.time)
}

/// `14:30 ngày 01/12/2026` — how a receipt writes a moment.
pub fn vi_datetime(t: DateTime) -> String {
    format!("{} ngày {}", t.time, t.date)
}
