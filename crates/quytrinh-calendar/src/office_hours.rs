//! Office hours: the sessions of a working day in which a one-stop counter receives dossiers
//! and in which working time runs.
//!
//! Default: 07:30–11:30 and 13:00–17:00, 8 working hours. The Labour Code 2019 (Điều 105
//! khoản 1) caps normal working time at 8 hours a day and state agencies keep a 40-hour week
//! over five days (Quyết định 188/1999/QĐ-TTg; number recalled, not re-read against the text),
//! so a working day is 8 hours. The hours
//! themselves are set by each province or agency; the first draft of this calendar asked for
//! 07:00–11:30 and 13:00–17:00, which is 8,5 hours, so the morning starts at 07:30 and the
//! afternoon is kept. An agency with other hours sets them in [`crate::CalendarConfig`].

use crate::{CalendarError, TimeOfDay};

/// One session of the working day, from `start` (inclusive) to `end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub start: TimeOfDay,
    pub end: TimeOfDay,
}

impl Session {
    /// `None` unless both times are valid and start < end.
    pub fn from_hm(start: (u32, u32), end: (u32, u32)) -> Option<Session> {
        let start = TimeOfDay::from_hm(start.0, start.1)?;
        let end = TimeOfDay::from_hm(end.0, end.1)?;
        (start < end).then_some(Session { start, end })
    }

    pub fn minutes(self) -> u32 {
        self.end.minutes() - self.start.minutes()
    }
}

/// The sessions of every working day, sorted and not overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficeHours {
    sessions: Vec<Session>,
}

impl Default for OfficeHours {
    fn default() -> Self {
        let t = |h, m| TimeOfDay::from_hm(h, m).unwrap_or(TimeOfDay::from_minutes(0));
        OfficeHours { sessions: vec![Session { start: t(7, 30), end: t(11, 30) }, Session { start: t(13, 0), end: t(17, 0) }] }
    }
}

impl OfficeHours {
    /// Office hours from sessions; refused when empty, when a session ends before it starts
    /// or when two sessions overlap.
    pub fn new(mut sessions: Vec<Session>) -> Result<OfficeHours, CalendarError> {
        if sessions.is_empty() {
            return Err(CalendarError::BadOfficeHours("không có buổi làm việc nào".to_string()));
        }
        sessions.sort_by_key(|s| s.start);
        for s in &sessions {
            if s.start >= s.end {
                return Err(CalendarError::BadOfficeHours(format!("buổi {}–{} kết thúc trước khi bắt đầu", s.start, s.end)));
            }
        }
        for w in sessions.windows(2) {
            if w[0].end > w[1].start {
                return Err(CalendarError::BadOfficeHours(format!(
                    "buổi {}–{} chồng lên buổi {}–{}",
                    w[0].start, w[0].end, w[1].start, w[1].end
                )));
            }
        }
        Ok(OfficeHours { sessions })
    }

    pub fn sessions(&self) -> &[Session] {
        &self.sessions
    }

    /// Working minutes in one working day (480 for the default).
    pub fn minutes_per_day(&self) -> u32 {
        self.sessions.iter().map(|s| s.minutes()).sum()
    }

    /// The first session start at or after `time`, or where `time` lies inside a session,
    /// `time` itself. A time exactly at a session's end has no working time left in that
    /// session and moves on. `None` when the day's last session has closed.
    pub(crate) fn next_working_moment(&self, time: TimeOfDay) -> Option<(usize, TimeOfDay)> {
        self.sessions.iter().enumerate().find_map(|(i, s)| {
            if time < s.start {
                Some((i, s.start))
            } else if time < s.end {
                Some((i, time))
            } else {
                None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_eight_hours() {
        assert_eq!(OfficeHours::default().minutes_per_day(), 8 * 60);
    }

    #[test]
    fn refuses_bad_sessions() {
        let s = |a, b| Session { start: TimeOfDay::from_minutes(a), end: TimeOfDay::from_minutes(b) };
        assert!(OfficeHours::new(vec![]).is_err());
        assert!(OfficeHours::new(vec![s(600, 500)]).is_err());
        assert!(OfficeHours::new(vec![s(420, 700), s(690, 1000)]).is_err());
        assert_eq!(OfficeHours::new(vec![s(780, 1020), s(420, 690)]).map(|o| o.minutes_per_day()).ok(), Some(510));
    }
}
