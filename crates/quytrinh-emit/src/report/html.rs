//! The report as one self-contained HTML page (inline CSS and SVG, no script) that prints
//! on A4: the headline, the figures by decision and field, the per-procedure table, and
//! two static charts.

use quytrinh_diagnostics::Lang;

use super::figures::{fmt_days, Group, Report};
use crate::html::esc;

fn t(lang: Lang, vi: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Vi => vi,
        Lang::En => en,
    }
}

fn opt(d: Option<f64>) -> String {
    d.map(fmt_days).unwrap_or_else(|| "–".to_string())
}

fn group_rows(groups: &[Group], lang: Lang, unapproved: &str) -> String {
    let mut s = String::new();
    for g in groups {
        let key = if g.key.is_empty() { unapproved.to_string() } else { esc(&g.key) };
        let date = g.date.as_deref().map(|d| format!(" <small>({})</small>", esc(d))).unwrap_or_default();
        s.push_str(&format!(
            "<tr><td>{key}{date}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}%</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>\n",
            g.procedures,
            fmt_days(g.statutory_days_total),
            fmt_days(g.internal_days_total),
            g.cut_count,
            g.cut_share_percent,
            if g.cut_min_days.is_some() { format!("{}–{}", opt(g.cut_min_days), opt(g.cut_max_days)) } else { "–".to_string() },
            opt(g.cut_mean_days),
            fmt_days(g.days_saved_total),
        ));
    }
    let _ = lang;
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
    let rows: Vec<_> = r.procedures.iter().filter(|p| p.statutory_days.is_some()).collect();
    let max =
        rows.iter().filter_map(|p| p.statutory_days).fold(1.0f64, f64::max).max(rows.iter().map(|p| p.internal_days).fold(0.0, f64::max));
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
        let st = p.statutory_days.unwrap_or(0.0);
        let ws = bar_w * st / max;
        let wi = bar_w * p.internal_days / max;
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"end\">{}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{ws:.1}\" height=\"8\" fill=\"#b0b8c4\"/><rect x=\"{label_w}\" y=\"{}\" width=\"{wi:.1}\" height=\"8\" fill=\"#1f5fa8\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"9\">{} / {}</text>\n",
            label_w - 6.0,
            y + 12.0,
            esc(&p.code),
            y + 9.0,
            label_w + ws.max(wi) + 4.0,
            y + 12.0,
            fmt_days(st),
            fmt_days(p.internal_days)
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// How many procedures were cut by how many days.
fn cut_chart(r: &Report, lang: Lang) -> String {
    let mut buckets: Vec<(String, usize)> = Vec::new();
    let mut cuts: Vec<f64> = r.procedures.iter().filter_map(|p| p.cut_days).collect();
    cuts.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    for c in cuts {
        let key = fmt_days(c);
        match buckets.last_mut() {
            Some((k, n)) if *k == key => *n += 1,
            _ => buckets.push((key, 1)),
        }
    }
    let max = buckets.iter().map(|b| b.1).max().unwrap_or(1) as f64;
    let col = 48.0;
    let width = (60.0 + col * buckets.len() as f64).max(300.0);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"200\" viewBox=\"0 0 {width} 200\" role=\"img\" aria-label=\"{}\">\n",
        esc(t(lang, "Phân bố số ngày rút ngắn", "Distribution of cuts"))
    );
    for (i, (k, n)) in buckets.iter().enumerate() {
        let h = 130.0 * *n as f64 / max;
        let x = 40.0 + col * i as f64;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"{}\" height=\"{h:.1}\" fill=\"{}\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{n}</text><text x=\"{}\" y=\"182\" font-size=\"11\" text-anchor=\"middle\">{}</text>\n",
            160.0 - h,
            col - 10.0,
            if k == "0" { "#b0b8c4" } else { "#1f5fa8" },
            x + (col - 10.0) / 2.0,
            154.0 - h,
            x + (col - 10.0) / 2.0,
            esc(k)
        ));
    }
    s.push_str(&format!(
        "<text x=\"4\" y=\"196\" font-size=\"10\">{}</text>\n</svg>\n",
        esc(t(lang, "ngày rút ngắn → số TTHC", "days cut → number of TTHC"))
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
    for (i, p) in r.procedures.iter().enumerate() {
        rows.push_str(&format!(
            "<tr><td class=n>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>\n",
            i + 1,
            esc(&p.code),
            esc(p.tthc_code.as_deref().unwrap_or("")),
            esc(p.name.as_deref().unwrap_or("")),
            esc(p.decision.as_deref().unwrap_or("")),
            opt(p.statutory_days),
            fmt_days(p.internal_days),
            opt(p.cut_days),
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
tr {{ break-inside: avoid; }}
figure {{ margin: 1em 0; break-inside: avoid; }}
figcaption {{ font-style: italic; font-size: 11pt; }}
</style>
</head>
<body>
<h1>{title}</h1>
<p class="headline">{headline}</p>
{by_decision}{by_field}<h2>{charts}</h2>
<figure>{time_chart}<figcaption>{time_caption}</figcaption></figure>
<figure>{cut_chart}<figcaption>{cut_caption}</figcaption></figure>
<h2>{list}</h2>
<table>
<thead><tr><th>STT</th><th>{code}</th><th>{tthc}</th><th>{name}</th><th>{decision}</th><th>{statutory}</th><th>{internal}</th><th>{cut}</th></tr></thead>
<tbody>
{rows}</tbody></table>
</body>
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
        charts = t(lang, "Biểu đồ", "Charts"),
        time_chart = time_chart(r, lang),
        time_caption = esc(t(
            lang,
            "Thời hạn giải quyết theo quy định và thời gian theo quy trình nội bộ (ngày làm việc)",
            "Statutory time and internal time (working days)"
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
