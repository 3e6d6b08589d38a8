//! The catalogue's figures: how many procedures, statutory against internal time, how many
//! were cut and by how much — per catalogue, per approving decision and per field.

use schemars::JsonSchema;
use serde::Serialize;

use quytrinh_diagnostics::Lang;
use quytrinh_model::Catalogue;

use crate::portal::contract::DayUnit;
use crate::portal::totals;

pub const FORMAT_VERSION: &str = "1.0.0";

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Report {
    pub format_version: String,
    /// The summary sentence, in Vietnamese and English.
    pub headline_vi: String,
    pub headline_en: String,
    pub catalogue: Group,
    /// One group per approving decision, in date order; unapproved procedures last.
    pub by_decision: Vec<Group>,
    /// One group per field, by name.
    pub by_field: Vec<Group>,
    /// How many procedures were cut by 1, 2, 3 … working days (every whole number from 1 to
    /// the largest cut, so the axis is continuous; a cut of 2.5 days counts under 2).
    pub cut_histogram: Vec<HistogramBar>,
    pub procedures: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct HistogramBar {
    pub days: u32,
    pub procedures: usize,
}

/// The shared working calendar (Monday–Friday, public holidays and Tết): built once.
fn calendar() -> Option<&'static quytrinh_calendar::WorkingCalendar> {
    static CAL: std::sync::OnceLock<Option<quytrinh_calendar::WorkingCalendar>> = std::sync::OnceLock::new();
    CAL.get_or_init(|| quytrinh_calendar::WorkingCalendar::new(Default::default()).ok()).as_ref()
}

/// Working days in `n` calendar days at the least (see [`Row::statutory_working_days`]).
pub fn calendar_to_working_days(n: f64) -> Option<f64> {
    if !(0.0..=10_000.0).contains(&n) {
        return None;
    }
    calendar().map(|c| c.min_working_days_in(n.floor() as u32) as f64)
}

fn histogram(rows: &[Row]) -> Vec<HistogramBar> {
    let cuts: Vec<u32> = rows.iter().filter_map(|r| r.cut_days).filter(|c| *c >= 1.0 && *c < 10_000.0).map(|c| c.floor() as u32).collect();
    let max = cuts.iter().copied().max().unwrap_or(0);
    (1..=max).map(|d| HistogramBar { days: d, procedures: cuts.iter().filter(|c| **c == d).count() }).collect()
}

/// Figures of a set of procedures. Days are working days (8 hours a day).
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Group {
    /// The decision number or the field; empty for the whole catalogue and for
    /// procedures not yet approved.
    pub key: String,
    /// The decision's date, for decision groups.
    pub date: Option<String>,
    pub procedures: usize,
    /// Procedures whose statutory time is in working days and whose steps all have a time:
    /// the ones internal time can be compared for.
    pub comparable: usize,
    pub statutory_days_total: f64,
    pub internal_days_total: f64,
    /// Procedures whose internal time is below the statutory time.
    pub cut_count: usize,
    /// `cut_count` over `procedures`, in percent, rounded to one decimal (24/65 = 36.9).
    pub cut_share_percent: f64,
    pub cut_min_days: Option<f64>,
    pub cut_max_days: Option<f64>,
    pub cut_mean_days: Option<f64>,
    /// Working days saved, summed over the procedures that were cut.
    pub days_saved_total: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Row {
    pub code: String,
    pub tthc_code: Option<String>,
    pub name: Option<String>,
    pub field: Option<String>,
    pub decision: Option<String>,
    pub statutory_days: Option<f64>,
    /// "working_days" or "calendar_days".
    pub statutory_unit: Option<String>,
    /// The statutory time in working days: as written, or for calendar days the fewest
    /// working days any window of that many calendar days holds (Tết included), so the
    /// procedure is compared and summed with the others.
    pub statutory_working_days: Option<f64>,
    pub internal_days: f64,
    pub cut_days: Option<f64>,
    pub cut_percent: Option<f64>,
}

fn round(x: f64, places: i32) -> f64 {
    let m = 10f64.powi(places);
    (x * m).round() / m
}

fn group(key: String, date: Option<String>, rows: &[&Row]) -> Group {
    let comparable: Vec<&&Row> = rows.iter().filter(|r| r.cut_days.is_some()).collect();
    let cuts: Vec<f64> = comparable.iter().filter_map(|r| r.cut_days).filter(|c| *c > 1e-9).collect();
    let n = rows.len();
    Group {
        key,
        date,
        procedures: n,
        comparable: comparable.len(),
        statutory_days_total: round(comparable.iter().filter_map(|r| r.statutory_working_days).sum(), 2),
        internal_days_total: round(comparable.iter().map(|r| r.internal_days).sum(), 2),
        cut_count: cuts.len(),
        cut_share_percent: if n == 0 { 0.0 } else { round(cuts.len() as f64 / n as f64 * 100.0, 1) },
        cut_min_days: cuts.iter().copied().reduce(f64::min),
        cut_max_days: cuts.iter().copied().reduce(f64::max),
        cut_mean_days: if cuts.is_empty() { None } else { Some(round(cuts.iter().sum::<f64>() / cuts.len() as f64, 2)) },
        days_saved_total: round(cuts.iter().sum(), 2),
    }
}

/// The report of a catalogue.
pub fn report(cat: &Catalogue) -> Report {
    report_from_rows(cat, rows(cat))
}

/// The report's line for each procedure of a catalogue (or of a one-file view of it).
pub fn rows(cat: &Catalogue) -> Vec<Row> {
    cat.procedures
        .iter()
        .map(|p| {
            let t = totals(p);
            let calendar_days = t.statutory.as_ref().is_some_and(|s| s.unit == Some(DayUnit::CalendarDays));
            let statutory_working_days = match &t.statutory {
                Some(s) if calendar_days => calendar_to_working_days(s.value),
                Some(s) => Some(s.value),
                None => None,
            };
            let (cut_days, cut_percent) = match statutory_working_days {
                Some(w) if calendar_days => {
                    let cut = round(w - t.internal_working_days, 2);
                    (Some(cut), if w > 0.0 { Some(round(cut / w * 100.0, 1)) } else { None })
                }
                _ => (t.cut_days, t.cut_percent),
            };
            Row {
                code: p.code.clone(),
                tthc_code: p.syntax.tthc.as_ref().map(|s| s.value.clone()),
                name: p.syntax.name.as_ref().map(|s| s.value.clone()),
                field: p.syntax.field.as_ref().map(|s| s.value.clone()),
                decision: p.decision.map(|d| cat.decision(d).syntax.number.value.clone()),
                statutory_days: t.statutory.as_ref().map(|s| s.value),
                statutory_unit: t.statutory.as_ref().and_then(|s| s.unit).map(|u| match u {
                    DayUnit::WorkingDays => "working_days".to_string(),
                    DayUnit::CalendarDays => "calendar_days".to_string(),
                }),
                statutory_working_days,
                internal_days: t.internal_working_days,
                cut_days,
                cut_percent,
            }
        })
        .collect()
}

/// The report from every procedure's line, in catalogue order; `cat` gives the decisions
/// (a view of any file of the catalogue will do: they all share its directory).
pub fn report_from_rows(cat: &Catalogue, rows: Vec<Row>) -> Report {
    let all: Vec<&Row> = rows.iter().collect();
    let catalogue = group(String::new(), None, &all);

    let mut decisions: Vec<(Option<String>, String)> =
        cat.decisions().iter().map(|d| (d.syntax.date.map(|x| x.date.to_string()), d.syntax.number.value.clone())).collect();
    decisions.sort();
    let mut by_decision: Vec<Group> = decisions
        .iter()
        .map(|(date, number)| {
            let members: Vec<&Row> = rows.iter().filter(|r| r.decision.as_deref() == Some(number)).collect();
            group(number.clone(), date.clone(), &members)
        })
        .filter(|g| g.procedures > 0)
        .collect();
    let unapproved: Vec<&Row> = rows.iter().filter(|r| r.decision.is_none()).collect();
    if !unapproved.is_empty() {
        by_decision.push(group(String::new(), None, &unapproved));
    }

    let mut fields: Vec<String> = rows.iter().map(|r| r.field.clone().unwrap_or_default()).collect();
    fields.sort();
    fields.dedup();
    let by_field = fields
        .into_iter()
        .map(|f| {
            let members: Vec<&Row> = rows.iter().filter(|r| r.field.clone().unwrap_or_default() == f).collect();
            group(f, None, &members)
        })
        .collect();

    let (headline_vi, headline_en) = headline(&catalogue, &by_decision);
    let cut_histogram = histogram(&rows);
    Report {
        format_version: FORMAT_VERSION.to_string(),
        headline_vi,
        headline_en,
        catalogue,
        by_decision,
        by_field,
        cut_histogram,
        procedures: rows,
    }
}

/// Days in the reader's language: "2,5" in Vietnamese, "2.5" in English.
pub fn fmt_days_in(d: f64, lang: Lang) -> String {
    match lang {
        Lang::Vi => fmt_days(d).replace('.', ","),
        Lang::En => fmt_days(d),
    }
}

/// A share in percent, one decimal where it is not whole: "36,9 %", "20 %" (Vietnamese);
/// "36.9%" (English).
pub fn fmt_share(p: f64, lang: Lang) -> String {
    let s = if (p - p.round()).abs() < 1e-9 { format!("{}", p.round()) } else { format!("{:.1}", p) };
    match lang {
        Lang::Vi => format!("{} %", s.replace('.', ",")),
        Lang::En => format!("{s}%"),
    }
}

/// A range of days, once when both ends are the same: "5", "2–5".
pub fn fmt_range(lo: Option<f64>, hi: Option<f64>, lang: Lang) -> Option<String> {
    match (lo, hi) {
        (Some(a), Some(b)) if (a - b).abs() < 1e-9 => Some(fmt_days_in(a, lang)),
        (Some(a), Some(b)) => Some(format!("{}–{}", fmt_days_in(a, lang), fmt_days_in(b, lang))),
        _ => None,
    }
}

/// yyyy-mm-dd → dd/mm/yyyy in Vietnamese; unchanged in English.
pub fn fmt_date(iso: &str, lang: Lang) -> String {
    match (lang, iso.split('-').collect::<Vec<_>>().as_slice()) {
        (Lang::Vi, [y, m, d]) => format!("{d}/{m}/{y}"),
        _ => iso.to_string(),
    }
}

/// `2`, `2.5`: days without trailing zeros.
pub fn fmt_days(d: f64) -> String {
    let s = format!("{:.2}", round(d, 2));
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn headline(c: &Group, decisions: &[Group]) -> (String, String) {
    let approved: Vec<&Group> = decisions.iter().filter(|g| !g.key.is_empty()).collect();
    let approved_n: usize = approved.iter().map(|g| g.procedures).sum();
    let list = approved.iter().map(|g| format!("{}: {}", g.key, g.procedures)).collect::<Vec<_>>().join(", ");
    let (mut vi, mut en) = if approved.is_empty() {
        (
            format!("Danh mục có quy trình nội bộ của {} TTHC, chưa có quyết định phê duyệt", c.procedures),
            format!("The catalogue has internal procedures for {} TTHC, none approved yet", c.procedures),
        )
    } else {
        (
            format!("Quy trình nội bộ của {approved_n} TTHC đã được phê duyệt tại {} quyết định ({list})", approved.len()),
            format!(
                "Internal procedures for {approved_n} TTHC approved in {} decision{} ({list})",
                approved.len(),
                if approved.len() == 1 { "" } else { "s" }
            ),
        )
    };
    let pending = c.procedures - approved_n;
    if pending > 0 && !approved.is_empty() {
        vi.push_str(&format!(", {pending} TTHC chưa được phê duyệt"));
        en.push_str(&format!(", {pending} not yet approved"));
    }
    match (c.cut_min_days, c.cut_max_days) {
        (Some(lo), Some(hi)) => {
            let range_vi = if (hi - lo).abs() < 1e-9 {
                fmt_days_in(lo, Lang::Vi)
            } else {
                format!("từ {} đến {}", fmt_days_in(lo, Lang::Vi), fmt_days_in(hi, Lang::Vi))
            };
            let range_en = if (hi - lo).abs() < 1e-9 { fmt_days(lo) } else { format!("{}–{}", fmt_days(lo), fmt_days(hi)) };
            vi.push_str(&format!(
                "; thời gian giải quyết được rút ngắn {range_vi} ngày làm việc so với quy định đối với {}/{} TTHC ({}), tiết kiệm tổng cộng {} ngày làm việc.",
                c.cut_count,
                c.procedures,
                fmt_share(c.cut_share_percent, Lang::Vi),
                fmt_days_in(c.days_saved_total, Lang::Vi)
            ));
            // "1 working day", but "0.5 working days" and "1–2 working days".
            let days = if range_en == "1" { "working day" } else { "working days" };
            en.push_str(&format!(
                "; processing time cut by {range_en} {days} against the statutory time for {} of {} TTHC ({}), {} saved in all.",
                c.cut_count,
                c.procedures,
                fmt_share(c.cut_share_percent, Lang::En),
                if c.days_saved_total == 1.0 {
                    "1 working day".to_string()
                } else {
                    format!("{} working days", fmt_days(c.days_saved_total))
                }
            ));
        }
        _ => {
            vi.push_str("; chưa có TTHC nào được rút ngắn thời gian giải quyết.");
            en.push_str("; no processing time cut yet.");
        }
    }
    (vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(lo: f64, hi: f64) -> Group {
        Group {
            key: String::new(),
            date: None,
            procedures: 1,
            comparable: 1,
            statutory_days_total: 5.0,
            internal_days_total: 4.0,
            cut_count: 1,
            cut_share_percent: 100.0,
            cut_min_days: Some(lo),
            cut_max_days: Some(hi),
            cut_mean_days: Some(lo),
            days_saved_total: lo,
        }
    }

    #[test]
    fn one_working_day_is_singular() {
        assert!(headline(&group(1.0, 1.0), &[]).1.contains("cut by 1 working day against"));
        assert!(headline(&group(0.5, 0.5), &[]).1.contains("cut by 0.5 working days against"));
        assert!(headline(&group(1.0, 2.0), &[]).1.contains("cut by 1–2 working days against"));
    }
}
