//! The annex of an approval decision: the list of internal procedures it approves, in the
//! Decree 30/2020 layout of an appendix ("Phụ lục … kèm theo Quyết định số … ngày … của …").

use crate::docx::{Docx, Look};
use crate::html::esc;
use crate::portal::contract::{Decision, PortalProcedure};

use super::common::*;

fn rows(ps: &[&PortalProcedure]) -> Vec<Vec<String>> {
    ps.iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                (i + 1).to_string(),
                p.tthc_code.clone().unwrap_or_default(),
                p.name.clone().unwrap_or_default(),
                p.field.clone().unwrap_or_default(),
                p.totals.statutory.as_ref().map(duration).unwrap_or_default(),
                format!("{} ngày làm việc", days(p.totals.internal_working_days)),
            ]
        })
        .collect()
}

fn kem_theo(d: &Decision) -> String {
    let mut s = format!("(Kèm theo Quyết định số {}", d.number);
    if let Some(date) = &d.date {
        s.push_str(&format!(" ngày {}", vn_date(date)));
    }
    if let Some(issuer) = &d.issuer {
        s.push_str(&format!(" của {issuer}"));
    }
    s.push(')');
    s
}

const HEADERS: [&str; 6] =
    ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Thời hạn theo quy định", "Thời gian theo quy trình nội bộ"];

pub fn annex_html(d: &Decision, ps: &[&PortalProcedure]) -> String {
    let mut body = String::new();
    body.push_str("<p class=\"annex\">Phụ lục</p>\n");
    body.push_str("<p class=\"annex-title\">DANH MỤC QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH</p>\n");
    body.push_str(&format!("<p class=\"annex-ref\">{}</p>\n", esc(&kem_theo(d))));
    body.push_str("<table class=\"grid\"><thead><tr>");
    for h in HEADERS {
        body.push_str(&format!("<th>{}</th>", esc(h)));
    }
    body.push_str("</tr></thead><tbody>\n");
    for r in rows(ps) {
        body.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            body.push_str(&format!("<td{}>{}</td>", if i == 0 || i == 1 { " class=\"n\"" } else { "" }, esc(c)));
        }
        body.push_str("</tr>\n");
    }
    body.push_str(&format!("</tbody></table>\n<p class=\"plain\">Tổng số: {} thủ tục hành chính.</p>\n", ps.len()));
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Phụ lục — Quyết định {}</title>\n<style>{}\n.annex {{ text-align: center; font-weight: bold; font-size: 14pt; text-indent: 0; margin: 0; }}\n.annex-title {{ text-align: center; font-weight: bold; font-size: 13.5pt; text-indent: 0; margin: 4pt 0 0; }}\n.annex-ref {{ text-align: center; font-style: italic; text-indent: 0; margin: 2pt 0 12pt; }}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&d.number),
        super::procedure_html::CSS
    )
}

pub fn annex_docx(d: &Decision, ps: &[&PortalProcedure]) -> Vec<u8> {
    let mut doc = Docx::new(&format!("Phụ lục Quyết định {}", d.number), &format!("Phụ lục Quyết định số {}", d.number));
    doc.para("Phụ lục", Look { size: 14.0, ..Look::CENTER_BOLD });
    doc.para("DANH MỤC QUY TRÌNH NỘI BỘ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", Look { size: 13.5, ..Look::CENTER_BOLD });
    doc.para(&kem_theo(d), Look { italic: true, space_after_pt: 12.0, ..Look::CENTER });
    doc.table(&HEADERS, &rows(ps), &[12.0, 22.0, 60.0, 28.0, 22.0, 22.0]);
    doc.para(&format!("Tổng số: {} thủ tục hành chính.", ps.len()), Look::PLAIN);
    doc.finish()
}
