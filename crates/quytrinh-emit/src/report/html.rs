//! The report as one self-contained HTML page (inline CSS and SVG, no script) that prints
//! on A4: the headline, the figures by decision and field, the per-procedure table, and
//! two static charts.

use quytrinh_diagnostics::Lang;

use super::figures::{fmt_date, fmt_days_in, fmt_range, fmt_share, Group, Report};
use super::table::calendar_note;
use crate::html::esc;

fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn opt(d: Option<f64>, lang: Lang) -> String {
    d.map(|x| fmt_days_in(x, lang)).unwrap_or_else(|| "–".to_string())
}

fn group_rows(groups: &[Group], lang: Lang, unapproved: &str) -> String {
    let mut s = String::new();
    for g in groups {
        let key = if g.key.is_empty() { unapproved.to_string() } else { esc(&g.key) };
        let date = g.date.as_deref().map(|d| format!(" <small>({})</small>", esc(&fmt_date(d, lang)))).unwrap_or_default();
        s.push_str(&format!(
            "<tr><td{}>{key}{date}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>\n",
            // A decision number ("550/QĐ-UBND") never breaks; field names wrap between words.
            if g.date.is_some() { " class=code" } else { "" },
            g.procedures,
            fmt_days_in(g.statutory_days_total, lang),
            fmt_days_in(g.internal_days_total, lang),
            g.cut_count,
            fmt_share(g.cut_share_percent, lang),
            fmt_range(g.cut_min_days, g.cut_max_days, lang).unwrap_or_else(|| "–".to_string()),
            opt(g.cut_mean_days, lang),
            fmt_days_in(g.days_saved_total, lang),
        ));
    }
    s
}

/// The catalogue's totals, set out as the report's readers quote them.
fn totals(r: &Report, lang: Lang) -> String {
    let c = &r.catalogue;
    let row = |label: &str, value: String| format!("<tr><th scope=\"row\">{}</th><td class=n>{}</td></tr>\n", esc(label), esc(&value));
    let mut s = format!("<h2>{}</h2>\n<table class=\"totals\"><tbody>\n", t(lang, "Tổng cộng", "Totals"));
    s.push_str(&row(t(lang, "Số TTHC", "TTHC"), c.procedures.to_string()));
    s.push_str(&row(
        t(lang, "Tổng thời hạn theo quy định (ngày làm việc)", "Statutory time in all (working days)"),
        fmt_days_in(c.statutory_days_total, lang),
    ));
    s.push_str(&row(
        t(lang, "Tổng thời gian theo quy trình nội bộ (ngày làm việc)", "Internal time in all (working days)"),
        fmt_days_in(c.internal_days_total, lang),
    ));
    s.push_str(&row(
        t(lang, "Số TTHC được rút ngắn thời gian", "TTHC with a shorter time"),
        format!("{}/{} ({})", c.cut_count, c.procedures, fmt_share(c.cut_share_percent, lang)),
    ));
    s.push_str(&row(t(lang, "Tổng số ngày làm việc tiết kiệm", "Working days saved in all"), fmt_days_in(c.days_saved_total, lang)));
    s.push_str("</tbody></table>\n");
    s
}

fn group_table(title: &str, first: &str, groups: &[Group], lang: Lang) -> String {
    format!(
        "<h2>{}</h2>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n{}</tbody></table>\n",
        esc(title),
        esc(first),
        t(lang, "Số TTHC", "TTHC"),
        t(lang, "Tổng thời hạn (ngày)", "Statutory (days)"),
        t(lang, "Tổng nội bộ (ngày)", "Internal (days)"),
        t(lang, "Số TTHC rút ngắn", "Cut"),
        t(lang, "Tỷ lệ", "Share"),
        t(lang, "Rút ngắn (ngày)", "Cut range (days)"),
        t(lang, "Trung bình", "Mean cut"),
        t(lang, "Tổng ngày tiết kiệm", "Days saved"),
        group_rows(groups, lang, t(lang, "Chưa phê duyệt", "Not yet approved")),
    )
}

/// Horizontal bars: statutory and internal time of each procedure.
fn time_chart(r: &Report, lang: Lang) -> String {
    let rows: Vec<_> = r.procedures.iter().filter(|p| p.statutory_working_days.is_some()).collect();
    let max = rows
        .iter()
        .filter_map(|p| p.statutory_working_days)
        .fold(1.0f64, f64::max)
        .max(rows.iter().map(|p| p.internal_days).fold(0.0, f64::max));
    let (label_w, bar_w, row_h) = (130.0, 460.0, 22.0);
    let height = 40.0 + row_h * rows.len() as f64;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-label=\"{}\">\n",
        esc(t(lang, "Thời hạn theo quy định và thời gian nội bộ của từng TTHC", "Statutory and internal time per TTHC"))
    );
    s.push_str(&format!(
        "<rect x=\"{label_w}\" y=\"6\" width=\"12\" height=\"10\" fill=\"#b0b8c4\"/><text x=\"{}\" y=\"15\" font-size=\"11\">{}</text><rect x=\"{}\" y=\"6\" width=\"12\" height=\"10\" fill=\"#1f5fa8\"/><text x=\"{}\" y=\"15\" font-size=\"11\">{}</text>\n",
        label_w + 16.0,
        esc(t(lang, "Thời hạn theo quy định", "Statutory")),
        label_w + 190.0,
        label_w + 206.0,
        esc(t(lang, "Thời gian nội bộ", "Internal")),
    ));
    for (i, p) in rows.iter().enumerate() {
        let y = 28.0 + row_h * i as f64;
        let st = p.statutory_working_days.unwrap_or(0.0);
        let mark = if p.statutory_unit.as_deref() == Some("calendar_days") { "*" } else { "" };
        let ws = bar_w * st / max;
        let wi = bar_w * p.internal_days / max;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{ws:.1}\" height=\"8\" fill=\"#b0b8c4\"/><rect x=\"{label_w}\" y=\"{}\" width=\"{wi:.1}\" height=\"8\" fill=\"#1f5fa8\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"9\">{} / {}</text>\n",
            label_w - 6.0,
            y + 12.0,
            esc(&format!("{}{mark}", p.code)),
            y + 9.0,
            label_w + ws.max(wi) + 4.0,
            y + 12.0,
            fmt_days_in(st, lang),
            fmt_days_in(p.internal_days, lang)
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// How many procedures were cut by 1, 2, 3 … working days: every whole number on the axis,
/// bars of zero included, so the gaps show.
fn cut_chart(r: &Report, lang: Lang) -> String {
    let bars = &r.cut_histogram;
    let max = bars.iter().map(|b| b.procedures).max().unwrap_or(1).max(1) as f64;
    let col = 40.0;
    let width = (60.0 + col * bars.len() as f64).max(480.0);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"210\" viewBox=\"0 0 {width} 210\" role=\"img\" aria-label=\"{}\">\n",
        esc(t(lang, "Số TTHC theo số ngày làm việc được rút ngắn", "TTHC by working days cut"))
    );
    s.push_str(&format!("<path d=\"M36,160 L{:.1},160\" stroke=\"#000\" stroke-width=\"1\"/>\n", 40.0 + col * bars.len() as f64));
    for (i, b) in bars.iter().enumerate() {
        let h = 130.0 * b.procedures as f64 / max;
        let x = 40.0 + col * i as f64;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"{}\" height=\"{h:.1}\" fill=\"#1f5fa8\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\">{}</text><text x=\"{}\" y=\"178\" font-size=\"12\" text-anchor=\"middle\">{}</text>\n",
            160.0 - h,
            col - 8.0,
            x + (col - 8.0) / 2.0,
            154.0 - h,
            b.procedures,
            x + (col - 8.0) / 2.0,
            b.days
        ));
    }
    s.push_str(&format!(
        "<text x=\"4\" y=\"200\" font-size=\"12\">{}</text>\n</svg>\n",
        esc(t(
            lang,
            "Số ngày làm việc được rút ngắn (trục ngang) — số TTHC (trên cột)",
            "Working days cut (axis) — number of TTHC (on the bars)"
        ))
    ));
    s
}

/// The whole page.
pub fn report_html(r: &Report, lang: Lang) -> String {
    let headline = match lang {
        Lang::Vi => &r.headline_vi,
        Lang::En => &r.headline_en,
    };
    let mut rows = String::new();
    let mut notes = String::new();
    for (i, p) in r.procedures.iter().enumerate() {
        let calendar = p.statutory_unit.as_deref() == Some("calendar_days");
        if let (true, Some(d)) = (calendar, p.statutory_days) {
            notes.push_str(&format!("<p class=\"note\">* {}</p>\n", esc(&calendar_note(&p.code, d, p.statutory_working_days, lang))));
        }
        let statutory = match p.statutory_days {
            Some(d) => format!("{}{}", fmt_days_in(d, lang), if calendar { "*" } else { "" }),
            None => "–".to_string(),
        };
        rows.push_str(&format!(
            "<tr><td class=n>{}</td><td class=code>{}</td><td class=code>{}</td><td>{}</td><td class=code>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>\n",
            i + 1,
            esc(&p.code),
            esc(p.tthc_code.as_deref().unwrap_or("")),
            esc(p.name.as_deref().unwrap_or("")),
            esc(p.decision.as_deref().unwrap_or("")),
            statutory,
            fmt_days_in(p.internal_days, lang),
            opt(p.cut_days, lang),
        ));
    }
    format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
@page {{ size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }}
body {{ font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.35; color: #000; max-width: 190mm; margin: 0 auto; }}
h1 {{ font-size: 15pt; text-align: center; text-transform: uppercase; }}
h2 {{ font-size: 13pt; margin-top: 1.2em; }}
p.headline {{ font-size: 13pt; text-align: justify; border-left: 3px solid #1f5fa8; padding-left: 8px; }}
table {{ border-collapse: collapse; width: 100%; font-size: 11pt; }}
thead {{ display: table-header-group; }}
th, td {{ border: 1px solid #000; padding: 3px 5px; vertical-align: top; }}
th {{ background: #eef1f5; }}
td.n {{ text-align: right; white-space: nowrap; }}
td.code {{ white-space: nowrap; }}
table.totals {{ width: auto; }}
table.totals th {{ text-align: left; font-weight: normal; }}
p.note {{ font-size: 11pt; margin: 4pt 0; }}
tr {{ break-inside: avoid; }}
figure {{ margin: 1em 0; break-inside: avoid; }}
figcaption {{ font-style: italic; font-size: 11pt; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="headline">{headline}</p>
{by_decision}{by_field}{totals}<h2>{charts}</h2>
<figure>{time_chart}<figcaption>{time_caption}</figcaption></figure>
<figure>{cut_chart}<figcaption>{cut_caption}</figcaption></figure>
<h2>{list}</h2>
<table>
<thead><tr><th>STT</th><th>{code}</th><th>{tthc}</th><th>{name}</th><th>{decision}</th><th>{statutory}</th><th>{internal}</th><th>{cut}</th></tr></thead>
<tbody>
{rows}</tbody></table>
{notes}</body>
</html>
"#,
        lang = lang.code(),
        title = esc(t(
            lang,
            "Báo cáo kết quả chuẩn hóa quy trình nội bộ giải quyết thủ tục hành chính",
            "Report on the internal procedures for administrative procedures"
        )),
        headline = esc(headline),
        by_decision = group_table(
            t(lang, "Theo quyết định phê duyệt", "By approving decision"),
            t(lang, "Quyết định", "Decision"),
            &r.by_decision,
            lang
        ),
        by_field = group_table(t(lang, "Theo lĩnh vực", "By field"), t(lang, "Lĩnh vực", "Field"), &r.by_field, lang),
        totals = totals(r, lang),
        charts = t(lang, "Biểu đồ", "Charts"),
        time_chart = time_chart(r, lang),
        time_caption = esc(t(
            lang,
            "Thời hạn giải quyết theo quy định và thời gian theo quy trình nội bộ (ngày làm việc; * thời hạn theo ngày lịch, quy đổi như ghi chú cuối báo cáo)",
            "Statutory time and internal time (working days; * calendar days, converted as noted at the end)"
        )),
        cut_chart = cut_chart(r, lang),
        cut_caption = esc(t(lang, "Số TTHC theo số ngày làm việc được rút ngắn", "Number of TTHC by working days cut")),
        list = t(lang, "Danh sách thủ tục", "Procedures"),
        code = t(lang, "Mã quy trình", "Code"),
        tthc = t(lang, "Mã TTHC", "TTHC code"),
        name = t(lang, "Tên thủ tục", "Name"),
        decision = t(lang, "Quyết định", "Decision"),
        statutory = t(lang, "Thời hạn (ngày)", "Statutory (days)"),
        internal = t(lang, "Nội bộ (ngày)", "Internal (days)"),
        cut = t(lang, "Rút ngắn (ngày)", "Cut (days)"),
    )
}
