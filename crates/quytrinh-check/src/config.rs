//! `quytrinh.toml`: the catalogue's regime and per-rule severities.
//!
//! ```toml
//! regime = "circular_01_2018"   # or "decree_118_2025"
//! [rules]
//! QC005 = "off"                 # off | warn | error | info
//! undefined-abbreviation = "warn"
//! ```

use std::collections::BTreeMap;

use quytrinh_diagnostics::{Diagnostic, FileId, Severity, Span, Text};
use quytrinh_model::Regime;

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
        let err = |span: Span, vi: String, en: String, hvi: &str, hen: &str| {
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
                _ => diags.push(err(
                    at(key),
                    format!("Khóa `{key}` không dùng trong quytrinh.toml"),
                    format!("Unknown key `{key}` in quytrinh.toml"),
                    "Các khóa dùng được: `regime`, `[rules]`.",
                    "Known keys: `regime`, `[rules]`.",
                )),
            }
        }
        (config, diags)
    }
}
