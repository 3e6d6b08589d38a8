//! The report as plain text for a terminal: Vietnamese by default (decimal comma, dd/mm/yyyy),
//! names wrapped between words rather than cut, the totals and the histogram of cuts.

use quytrinh_diagnostics::Lang;

use super::figures::{fmt_date, fmt_days_in, fmt_range, fmt_share, Group, Report};

fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(w.saturating_sub(n)))
}

/// A name in lines of at most `w` characters, broken between words.
fn wrap(s: &str, w: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > w {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    lines.push(cur);
    lines
}

const KEY_W: usize = 42;

fn groups(out: &mut String, title: &str, gs: &[Group], unapproved: &str, lang: Lang) {
    out.push_str(&format!("\n{title}\n"));
    out.push_str(t(
        lang,
        "  nhóm                                       TTHC  thời hạn  nội bộ  rút ngắn   tỷ lệ  khoảng    TB  tiết kiệm",
        "  group                                      TTHC  statut.   intern. cut        share  range   mean      saved",
    ));
    out.push('\n');
    for g in gs {
        let mut key = if g.key.is_empty() { unapproved.to_string() } else { g.key.clone() };
        if let Some(d) = &g.date {
            key.push_str(&format!(" ({})", fmt_date(d, lang)));
        }
        let lines = wrap(&key, KEY_W);
        for l in &lines[..lines.len() - 1] {
            out.push_str(&format!("  {l}\n"));
        }
        out.push_str(&format!(
            "  {} {:>5} {:>9} {:>7} {:>8} {:>7} {:>7} {:>5} {:>10}\n",
            pad(lines.last().map(String::as_str).unwrap_or(""), KEY_W),
            g.procedures,
            fmt_days_in(g.statutory_days_total, lang),
            fmt_days_in(g.internal_days_total, lang),
            g.cut_count,
            fmt_share(g.cut_share_percent, lang),
            fmt_range(g.cut_min_days, g.cut_max_days, lang).unwrap_or_else(|| "-".to_string()),
            g.cut_mean_days.map(|d| fmt_days_in(d, lang)).unwrap_or_else(|| "-".to_string()),
            fmt_days_in(g.days_saved_total, lang)
        ));
    }
}

/// The catalogue's totals and the histogram, shared by the text table.
fn totals(out: &mut String, r: &Report, lang: Lang) {
    let c = &r.catalogue;
    out.push_str(&format!("\n{}\n", t(lang, "Tổng cộng:", "Totals:")));
    out.push_str(&format!(
        "  {}: {}\n  {}: {} / {}\n  {}: {}/{} ({})\n  {}: {}\n",
        t(lang, "Số TTHC", "TTHC"),
        c.procedures,
        t(lang, "Tổng thời hạn theo quy định / theo quy trình nội bộ (ngày làm việc)", "Statutory / internal time in all (working days)"),
        fmt_days_in(c.statutory_days_total, lang),
        fmt_days_in(c.internal_days_total, lang),
        t(lang, "Số TTHC được rút ngắn", "TTHC cut"),
        c.cut_count,
        c.procedures,
        fmt_share(c.cut_share_percent, lang),
        t(lang, "Tổng số ngày làm việc tiết kiệm", "Working days saved in all"),
        fmt_days_in(c.days_saved_total, lang),
    ));
    if !r.cut_histogram.is_empty() {
        out.push_str(&format!("\n{}\n", t(lang, "Số TTHC theo số ngày làm việc được rút ngắn:", "TTHC by working days cut:")));
        for b in &r.cut_histogram {
            out.push_str(&format!("  {:>3} {} {:>3} {}\n", b.days, t(lang, "ngày", "days"), b.procedures, "█".repeat(b.procedures)));
        }
    }
}

pub fn report_table(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(match lang {
        Lang::Vi => &r.headline_vi,
        Lang::En => &r.headline_en,
    });
    out.push('\n');
    let unapproved = t(lang, "(chưa phê duyệt)", "(not yet approved)");
    groups(&mut out, t(lang, "Theo quyết định phê duyệt:", "By approving decision:"), &r.by_decision, unapproved, lang);
    groups(&mut out, t(lang, "Theo lĩnh vực:", "By field:"), &r.by_field, unapproved, lang);
    totals(&mut out, r, lang);
    out.push_str(&format!("\n{}\n", t(lang, "Từng thủ tục:", "Procedures:")));
    let mut notes: Vec<String> = Vec::new();
    for p in &r.procedures {
        let calendar = p.statutory_unit.as_deref() == Some("calendar_days");
        if let (true, Some(d)) = (calendar, p.statutory_days) {
            notes.push(calendar_note(&p.code, d, p.statutory_working_days, lang));
        }
        let statutory = match (p.statutory_days, calendar) {
            (Some(d), true) => format!("{}*", fmt_days_in(d, lang)),
            (Some(d), false) => fmt_days_in(d, lang),
            (None, _) => "-".to_string(),
        };
        out.push_str(&format!(
            "  {} {:<9} {:>6} {:>6} {:>6}  {}\n",
            pad(&p.code, 12),
            p.tthc_code.as_deref().unwrap_or("-"),
            statutory,
            fmt_days_in(p.internal_days, lang),
            p.cut_days.map(|d| fmt_days_in(d, lang)).unwrap_or_else(|| "-".to_string()),
            p.name.as_deref().unwrap_or("")
        ));
    }
    for n in notes {
        out.push_str(&format!("  * {n}\n"));
    }
    out
}

/// How a statutory time in calendar days was compared: "QT-SHTT-02: thời hạn 15 ngày (theo
/// lịch), quy đổi thành 5 ngày làm việc — số ngày làm việc ít nhất trong 15 ngày liên tiếp,
/// kể cả dịp Tết".
pub fn calendar_note(code: &str, days: f64, working: Option<f64>, lang: Lang) -> String {
    let w = working.map(|w| fmt_days_in(w, lang)).unwrap_or_else(|| "-".to_string());
    let d = fmt_days_in(days, lang);
    match lang {
        Lang::Vi => format!(
            "{code}: thời hạn {d} ngày (theo lịch), quy đổi thành {w} ngày làm việc — số ngày làm việc ít nhất trong {d} ngày liên tiếp, kể cả dịp Tết"
        ),
        Lang::En => format!("{code}: statutory time {d} calendar days, compared as {w} working days — the fewest any {d} consecutive days hold, Tết included"),
    }
}
