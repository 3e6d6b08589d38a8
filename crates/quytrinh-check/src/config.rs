//! `quytrinh.toml`: the catalogue's regime and per-rule severities.
//!
//! ```toml
//! regime = "circular_01_2018"   # or "decree_118_2025"
//! [rules]
//! QC005 = "off"                 # off | warn | error | info
//! undefined-abbreviation = "warn"
//! [calendar]                    # the agency file's own settings come on top
//! office_hours = ["07:30-11:30", "13:00-17:00"]
//! days_off = [{ date = "2026-12-24", reason = "Ngày truyền thống của tỉnh" }]
//! working_days = [{ date = "2026-12-26", reason = "Tiếp nhận hồ sơ sáng thứ Bảy" }]
//! ```

use std::collections::BTreeMap;

use quytrinh_diagnostics::{Diagnostic, FileId, Severity, Span, Text};
use quytrinh_model::Regime;

use quytrinh_calendar::CalendarConfig;

use crate::calendars::Calendars;
use crate::registry::find_rule;

/// A severity set in the configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Off,
    Info,
    Warn,
    Error,
}

#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The regime of procedures that do not name one.
    pub regime: Option<Regime>,
    /// Severity overrides by rule code.
    pub levels: BTreeMap<&'static str, Level>,
    /// Office hours and days from `[calendar]`; an agency file's settings come on top.
    pub calendar: CalendarConfig,
    /// The calendars built during the run (see `calendars.rs`).
    pub calendars: Calendars,
}

/// Diagnostic codes of the configuration layer.
pub const CONFIG_ERROR: quytrinh_diagnostics::Code = quytrinh_diagnostics::Code("QC901");

impl Config {
    /// The regime for a procedure that names none and has no date yet (a new draft): the
    /// configured one, else the one in force today.
    pub fn regime(&self) -> Regime {
        self.regime.unwrap_or_else(|| Regime::for_date(quytrinh_model::today()))
    }

    /// The severity a rule runs at, or `None` when it is off.
    pub fn severity(&self, code: &str, default: Severity) -> Option<Severity> {
        match self.levels.get(code) {
            Some(Level::Off) => None,
            Some(Level::Info) => Some(Severity::Info),
            Some(Level::Warn) => Some(Severity::Warning),
            Some(Level::Error) => Some(Severity::Error),
            None => Some(default),
        }
    }

    /// Read `quytrinh.toml` text. Problems are reported against `file` (spans are byte
    /// offsets in `text`); the parts that are right are kept.
    pub fn from_toml(text: &str, file: FileId) -> (Config, Vec<Diagnostic>) {
        let mut config = Config::default();
        let mut diags = Vec::new();
        let err = |span: Span, vi: String, en: String, hvi: &'static str, hen: &'static str| {
            Diagnostic::error(CONFIG_ERROR, span, Text::new(vi, en)).with_help(Text::new(hvi, hen))
        };
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => {
                let r = e.span().unwrap_or(0..0);
                diags.push(err(
                    Span::new(file, r.start, r.end),
                    format!("quytrinh.toml không hợp lệ: {}", e.message()),
                    format!("quytrinh.toml is not valid TOML: {}", e.message()),
                    "Sửa cú pháp TOML, ví dụ `regime = \"circular_01_2018\"`.",
                    "Fix the TOML syntax, e.g. `regime = \"circular_01_2018\"`.",
                ));
                return (config, diags);
            }
        };
        let at = |key: &str| -> Span {
            let pos = text.find(key).unwrap_or(0);
            Span::new(file, pos, pos + key.len())
        };
        for (key, value) in &table {
            match (key.as_str(), value) {
                ("regime", toml::Value::String(s)) => match Regime::from_id(s) {
                    Some(r) => config.regime = Some(r),
                    None => diags.push(err(
                        at(s),
                        format!("Không có chế độ pháp lý `{s}`"),
                        format!("Unknown regime `{s}`"),
                        "Dùng `circular_01_2018` hoặc `decree_118_2025`.",
                        "Use `circular_01_2018` or `decree_118_2025`.",
                    )),
                },
                ("rules", toml::Value::Table(rules)) => {
                    for (name, level) in rules {
                        let Some(rule) = find_rule(name) else {
                            diags.push(err(
                                at(name),
                                format!("Không có quy tắc `{name}`"),
                                format!("No rule named `{name}`"),
                                "Xem danh sách bằng `quytrinh rules`.",
                                "See the list with `quytrinh rules`.",
                            ));
                            continue;
                        };
                        let lvl = match level.as_str() {
                            Some("off") => Level::Off,
                            Some("info") => Level::Info,
                            Some("warn" | "warning") => Level::Warn,
                            Some("error") => Level::Error,
                            _ => {
                                diags.push(err(
                                    at(name),
                                    format!("Mức `{}` của `{name}` không hợp lệ", level.as_str().unwrap_or("?")),
                                    format!("Invalid level `{}` for `{name}`", level.as_str().unwrap_or("?")),
                                    "Dùng \"off\", \"info\", \"warn\" hoặc \"error\".",
                                    "Use \"off\", \"info\", \"warn\" or \"error\".",
                                ));
                                continue;
                            }
                        };
                        config.levels.insert(rule.meta().code.0, lvl);
                    }
                }
                ("calendar", toml::Value::Table(cal)) => {
                    let (c, d) = calendar_from_toml(cal, text, file);
                    config.calendar = c;
                    diags.extend(d);
                }
                _ => diags.push(err(
                    at(key),
                    format!("Khóa `{key}` không dùng trong quytrinh.toml"),
                    format!("Unknown key `{key}` in quytrinh.toml"),
                    "Các khóa dùng được: `regime`, `[rules]`, `[calendar]`.",
                    "Known keys: `regime`, `[rules]`, `[calendar]`.",
                )),
            }
        }
        (config, diags)
    }
}

/// `[calendar]`: office hours and the catalogue's own days. What is wrong is reported and
/// left out; the rest is kept.
fn calendar_from_toml(table: &toml::Table, text: &str, file: FileId) -> (CalendarConfig, Vec<Diagnostic>) {
    let mut config = CalendarConfig::default();
    let mut diags = Vec::new();
    let at = |needle: &str| -> Span {
        let pos = text.find(needle).unwrap_or(0);
        Span::new(file, pos, pos + needle.len())
    };
    let help = Text::new(
        "Ví dụ: `office_hours = [\"07:30-11:30\", \"13:00-17:00\"]`, `days_off = [{ date = \"2026-12-24\", reason = \"…\" }]`, `working_days = [{ date = \"2026-12-26\", reason = \"…\" }]`.",
        "For example: `office_hours = [\"07:30-11:30\", \"13:00-17:00\"]`, `days_off = [{ date = \"2026-12-24\", reason = \"…\" }]`, `working_days = [{ date = \"2026-12-26\", reason = \"…\" }]`.",
    );
    for (key, value) in table {
        match (key.as_str(), value) {
            ("office_hours", toml::Value::Array(items)) => {
                let texts: Vec<&str> = items.iter().map(|v| v.as_str().unwrap_or("")).collect();
                match quytrinh_model::parse_office_hours(&texts) {
                    Ok(hours) => config.office_hours = hours,
                    Err((i, message)) => {
                        let span = i.and_then(|i| texts.get(i)).filter(|t| !t.is_empty()).map_or_else(|| at(key), |t| at(t));
                        diags.push(Diagnostic::error(CONFIG_ERROR, span, message).with_help(help.clone()));
                    }
                }
            }
            ("days_off" | "working_days", toml::Value::Array(items)) => {
                for item in items {
                    let date = item.get("date").and_then(|d| d.as_str()).unwrap_or("");
                    let reason = item.get("reason").and_then(|d| d.as_str()).unwrap_or("").to_string();
                    match quytrinh_calendar::Date::parse(date) {
                        Ok(date) => {
                            let day = quytrinh_calendar::ExtraDay { date, reason };
                            if key == "days_off" {
                                config.extra_days_off.push(day);
                            } else {
                                config.extra_working_days.push(day);
                            }
                        }
                        Err(_) => diags.push(
                            Diagnostic::error(
                                CONFIG_ERROR,
                                if date.is_empty() { at(key) } else { at(date) },
                                Text::new(
                                    format!("Ngày `{date}` trong `[calendar]` không hợp lệ (viết yyyy-mm-dd hoặc dd/mm/yyyy)"),
                                    format!("The date `{date}` in `[calendar]` is not valid (write yyyy-mm-dd or dd/mm/yyyy)"),
                                ),
                            )
                            .with_help(help.clone()),
                        ),
                    }
                }
            }
            _ => diags.push(
                Diagnostic::error(
                    CONFIG_ERROR,
                    at(key),
                    Text::new(format!("Khóa `{key}` không dùng trong `[calendar]`"), format!("Unknown key `{key}` in `[calendar]`")),
                )
                .with_help(help.clone()),
            ),
        }
    }
    (config, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_settings_are_read_and_bad_ones_reported_with_the_rest_kept() {
        let text = "[calendar]\noffice_hours = [\"07:00-11:30\", \"13:00-16:30\"]\ndays_off = [{ date = \"2026-12-03\", reason = \"Ngày truyền thống\" }]\nworking_days = [{ date = \"05/12/2026\", reason = \"Thứ Bảy\" }]\n";
        let (config, diags) = Config::from_toml(text, FileId(0));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.calendar.office_hours.minutes_per_day(), 480);
        assert_eq!(config.calendar.extra_days_off[0].date.to_string(), "03/12/2026");
        assert_eq!(config.calendar.extra_working_days[0].reason, "Thứ Bảy");

        let bad = "[calendar]\noffice_hours = [\"07:30-11:30\", \"11:00-17:00\"]\ndays_off = [{ date = \"2026-13-03\" }]\nweekend = 1\n";
        let (config, diags) = Config::from_toml(bad, FileId(0));
        assert_eq!(diags.len(), 3, "{diags:?}");
        assert!(diags.iter().all(|d| d.code == CONFIG_ERROR));
        assert!(diags.iter().any(|d| d.message.en.contains("2026-13-03")));
        assert_eq!(config.calendar, CalendarConfig::default());
    }
}
