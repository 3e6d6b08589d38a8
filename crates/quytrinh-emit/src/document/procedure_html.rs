//! The ISO procedure document as one self-contained HTML page that prints as an A4 document
//! in the Decree 30/2020 layout: national title block, document control, sign-off, revision
//! table, sections 1–7 with the step table and the flowchart. No script; all text escaped.

use crate::html::esc;
use crate::portal::contract::PortalProcedure;

use super::common::*;
use super::title_block as tb;
use super::{chart_svg, flowchart, tables};

pub const CSS: &str = r#"
@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", "Liberation Serif", serif; font-size: 13pt; }
  @bottom-center { content: var(--footer, ""); }
}
@page :first { @top-center { content: none; } }
body { font-family: "Times New Roman", "Liberation Serif", "Tinos", "DejaVu Serif", "Noto Serif", serif; font-size: 13pt; line-height: 1.3; color: #000; max-width: 165mm; margin: 0 auto; }
table { border-collapse: collapse; width: 100%; }
td, th { vertical-align: top; }
table.grid td, table.grid th { border: 1px solid #000; padding: 3px 5px; font-size: 12pt; }
table.grid th { background: #eef1f5; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.title-block { table-layout: fixed; margin-bottom: 6pt; }
.title-block td { text-align: center; padding: 0; vertical-align: top; }
.title-block .parent { font-size: 12pt; text-transform: uppercase; white-space: nowrap; }
.title-block .agency { font-size: 12pt; font-weight: bold; text-transform: uppercase; white-space: nowrap; }
.nation { font-weight: bold; text-transform: uppercase; font-size: 12pt; white-space: nowrap; }
.motto { font-weight: bold; font-size: 13pt; white-space: nowrap; }
.title-block .rule { border-top: 1px solid #000; height: 0; margin: 3pt auto 0; }
h1 { text-align: center; font-size: 14pt; text-transform: uppercase; margin: 14pt 0 4pt; }
h1 + p.name { text-align: center; font-weight: bold; font-size: 13.5pt; margin-top: 0; text-indent: 0; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; }
h3 { font-size: 13pt; font-style: italic; font-weight: normal; margin: 8pt 0 3pt; break-after: avoid; }
p { text-align: justify; margin: 0 0 6pt; text-indent: 10mm; }
p.plain, td p { text-indent: 0; }
td.n { text-align: center; white-space: nowrap; }
.total td { font-weight: bold; }
figure { margin: 8pt 0; break-inside: avoid; }
svg.chart { display: block; break-inside: avoid; }
svg.chart + svg.chart { break-before: page; }
figcaption { text-align: center; font-style: italic; font-size: 11pt; }
.sign td { height: 14mm; }
"#;

/// Paragraphs of a text: blank lines separate paragraphs, single line breaks are wrapping.
fn para(text: &str) -> String {
    paragraphs(text).iter().map(|l| format!("<p>{}</p>\n", esc(l))).collect()
}

fn grid(headers: &[&str], rows: &[Vec<String>], col_widths: &[&str]) -> String {
    let mut s = String::from("<table class=\"grid\">\n<colgroup>");
    for w in col_widths {
        s.push_str(&format!("<col style=\"width:{w}\">"));
    }
    s.push_str("</colgroup>\n<thead><tr>");
    for h in headers {
        s.push_str(&format!("<th>{}</th>", esc(h)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for r in rows {
        s.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let cls = if i == 0 || (headers.len() > 3 && i + 2 == headers.len() && c.len() < 12) { " class=\"n\"" } else { "" };
            s.push_str(&format!("<td{cls}>{}</td>", esc(c).replace('\n', "<br>")));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table>\n");
    s
}

/// The national title block (see [`super::title_block`]): names broken only between words
/// (explicit line breaks, no wrapping), one rule under each block.
fn title_block(org: &Organisation) -> String {
    let lines = |l: Vec<String>| l.iter().map(|x| esc(x)).collect::<Vec<_>>().join("<br>");
    let parent = org
        .parent
        .as_deref()
        .map(|x| format!("<div class=\"parent\">{}</div>", lines(tb::name_lines(x, tb::NAME_PT, false, tb::LEFT_MM))))
        .unwrap_or_default();
    let agency = tb::name_lines(org.agency.as_deref().unwrap_or(""), tb::NAME_PT, true, tb::LEFT_MM);
    let rule = tb::agency_rule_mm(&agency);
    format!(
        "<table class=\"title-block\"><colgroup><col style=\"width:{}mm\"><col style=\"width:{}mm\"></colgroup><tr><td>{parent}<div class=\"agency\">{}</div><div class=\"rule\" style=\"width:{rule:.1}mm\"></div></td><td><div class=\"nation\">{}</div><div class=\"motto\">{}</div><div class=\"rule\" style=\"width:{:.1}mm\"></div></td></tr></table>\n",
        tb::LEFT_MM,
        tb::RIGHT_MM,
        lines(agency.clone()),
        esc(tb::NATION),
        esc(tb::MOTTO),
        tb::motto_rule_mm()
    )
}

/// The document.
pub fn procedure_html(p: &PortalProcedure, org: &Organisation) -> String {
    let mut b = String::new();
    let latest = p.revisions.last();
    b.push_str(&title_block(org));
    b.push_str(&format!(
        "<h1>Quy trình nội bộ giải quyết thủ tục hành chính</h1>\n<p class=\"name\">{}</p>\n",
        esc(p.name.as_deref().unwrap_or(""))
    ));
    b.push_str(&format!(
        "<table class=\"grid\"><tr><td>Mã hiệu: <b>{}</b></td><td>Lần ban hành: {}</td><td>Ngày hiệu lực: {}</td><td>Mã TTHC: {}</td></tr></table>\n",
        esc(&p.code),
        latest.and_then(|r| r.number).map(|n| n.to_string()).unwrap_or_default(),
        esc(&p.effective_date.as_deref().map(vn_date).unwrap_or_default()),
        esc(p.tthc_code.as_deref().unwrap_or(""))
    ));
    // Sign-off block.
    let [d, r, a] = tables::sign_off(p);
    b.push_str("<table class=\"grid sign\"><thead><tr><th></th><th>Biên soạn</th><th>Xem xét</th><th>Phê duyệt</th></tr></thead><tbody>\n");
    b.push_str("<tr><td>Chữ ký</td><td></td><td></td><td></td></tr>\n");
    for (i, label) in ["Họ và tên", "Chức vụ", "Ngày"].iter().enumerate() {
        b.push_str(&format!("<tr><td>{label}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", esc(&d[i]), esc(&r[i]), esc(&a[i])));
    }
    b.push_str("</tbody></table>\n");
    b.push_str("<h2>Theo dõi sửa đổi tài liệu</h2>\n");
    b.push_str(&grid(&tables::REVISION_HEADERS, &tables::revisions(p), &["7%", "30%", "34%", "13%", "16%"]));

    b.push_str("<h2>1. Mục đích</h2>\n");
    b.push_str(&para(p.purpose.as_deref().unwrap_or("")));
    b.push_str("<h2>2. Phạm vi áp dụng</h2>\n");
    b.push_str(&para(p.scope.as_deref().unwrap_or("")));
    b.push_str("<h2>3. Tài liệu viện dẫn</h2>\n");
    for c in p.references.iter().chain(&p.legal_basis) {
        b.push_str(&format!("<p>- {}</p>\n", esc(&citation(c))));
    }
    b.push_str("<h2>4. Định nghĩa, viết tắt</h2>\n");
    b.push_str(&grid(&tables::TERM_HEADERS, &tables::terms(p), &["25%", "75%"]));
    b.push_str("<h2>5. Nội dung quy trình</h2>\n<h3>5.1. Cơ sở pháp lý</h3>\n");
    for c in &p.legal_basis {
        b.push_str(&format!("<p>- {}</p>\n", esc(&citation(c))));
    }
    b.push_str("<h3>5.2. Thành phần hồ sơ</h3>\n");
    b.push_str(&grid(&tables::DOSSIER_HEADERS, &tables::dossier(p), &["8%", "62%", "15%", "15%"]));
    b.push_str("<h3>5.3. Số lượng hồ sơ</h3>\n");
    b.push_str(&format!(
        "<p>{} bộ.</p>\n",
        p.dossier.as_ref().and_then(|d| d.sets).map(|n| format!("{n:02}")).unwrap_or_else(|| "—".to_string())
    ));
    b.push_str("<h3>5.4. Thời gian xử lý</h3>\n");
    for t in &p.statutory_times {
        let ch = t.channel.map(|c| format!(" ({})", channel(c).to_lowercase())).unwrap_or_default();
        b.push_str(&format!("<p>Thời hạn giải quyết theo quy định{}: {}.</p>\n", esc(&ch), esc(&duration(&t.time))));
    }
    b.push_str(&format!("<p>Thời gian giải quyết theo quy trình nội bộ: {} ngày làm việc.</p>\n", days(p.totals.internal_working_days)));
    b.push_str("<h3>5.5. Nơi tiếp nhận và trả kết quả</h3>\n");
    b.push_str(&para(p.place.as_deref().unwrap_or("")));
    let ch: Vec<&str> = p.channels.iter().map(|c| channel(c.channel)).collect();
    if !ch.is_empty() {
        b.push_str(&format!("<p>Cách thức thực hiện: {}.</p>\n", esc(&ch.join("; "))));
    }
    b.push_str("<h3>5.6. Phí, lệ phí</h3>\n");
    for f in &p.fees {
        b.push_str(&format!("<p>{}.</p>\n", esc(&fee(f))));
    }
    b.push_str("<h3>5.7. Yêu cầu, điều kiện</h3>\n");
    if p.conditions_none || p.conditions.is_empty() {
        b.push_str("<p>Không.</p>\n");
    } else {
        for c in &p.conditions {
            b.push_str(&para(c));
        }
    }
    b.push_str("<h3>5.8. Quy trình xử lý công việc</h3>\n");
    let mut table = grid(&tables::STEP_HEADERS, &tables::steps(p), &["6%", "40%", "24%", "12%", "18%"]);
    let (total, internal) = tables::step_total(p);
    table = table.replace(
        "</tbody></table>\n",
        &format!(
            "<tr class=\"total\"><td colspan=\"3\">{}</td><td class=\"n\">{}</td><td></td></tr>\n</tbody></table>\n",
            esc(&total),
            esc(&internal)
        ),
    );
    b.push_str(&table);
    if !p.branches.is_empty() {
        b.push_str("<p class=\"plain\"><i>Xử lý các trường hợp:</i></p>\n");
        for br in &p.branches {
            let within =
                br.within_text.as_deref().map(|w| format!(", trong {}", vn_time(w))).unwrap_or_default() + &flowchart::closure_text(br);
            let who = br.actor.as_ref().map(|a| format!(" — {}", a.name)).unwrap_or_default();
            b.push_str(&format!(
                "<p>- {}: lập {}{}{}.</p>\n",
                flowchart::case_label(br.case),
                esc(&br.forms.join(", ")),
                esc(&within),
                esc(&who)
            ));
        }
    }
    b.push_str(&format!("<h3>5.9. Lưu đồ quy trình {}</h3>\n<div class=\"charts\">\n{}</div>\n", esc(&p.code), chart_svg::svg(p)));
    b.push_str("<h2>6. Biểu mẫu</h2>\n");
    b.push_str(&grid(&tables::FORM_HEADERS, &tables::forms(p), &["6%", "10%", "50%", "34%"]));
    b.push_str("<h2>7. Hồ sơ cần lưu</h2>\n");
    b.push_str(&grid(&tables::RECORD_HEADERS, &tables::records(p), &["6%", "40%", "26%", "14%", "14%"]));
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{b}</body>\n</html>\n",
        esc(&p.code),
        esc(p.name.as_deref().unwrap_or(""))
    )
}
