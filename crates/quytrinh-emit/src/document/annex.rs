//! The annex of an approval decision, as provincial decisions approving internal procedures
//! print it (Decree 30/2020 layout of an appendix: "Phụ lục … kèm theo Quyết định số … ngày
//! … của …"): part A lists the procedures grouped by field under numbered headings (I., II.,
//! …); part B gives, for each procedure, its internal steps table (step, content,
//! responsibility, time). Part B can be left out (`build --annex-without-steps`).

use crate::docx::{Docx, Look};
use crate::html::esc;
use crate::portal::contract::{Decision, PortalProcedure};

use super::common::*;
use super::tables;

/// I, II, III … for the field headings.
pub fn roman(n: usize) -> String {
    const DIGITS: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut n = n;
    let mut s = String::new();
    for (v, d) in DIGITS {
        while n >= v {
            s.push_str(d);
            n -= v;
        }
    }
    s
}

/// The procedures grouped by field, fields in the order they first appear.
fn by_field<'a>(ps: &[&'a PortalProcedure]) -> Vec<(String, Vec<&'a PortalProcedure>)> {
    let mut groups: Vec<(String, Vec<&PortalProcedure>)> = Vec::new();
    for p in ps {
        let field = p.field.clone().unwrap_or_else(|| "Lĩnh vực khác".to_string());
        match groups.iter_mut().find(|(f, _)| *f == field) {
            Some((_, v)) => v.push(p),
            None => groups.push((field, vec![p])),
        }
    }
    groups
}

fn field_heading(i: usize, field: &str) -> String {
    let lower = field.to_lowercase();
    if lower.starts_with("lĩnh vực") {
        format!("{}. {field}", roman(i + 1))
    } else {
        format!("{}. Lĩnh vực {}", roman(i + 1), field)
    }
}

fn list_rows(ps: &[&PortalProcedure]) -> Vec<Vec<String>> {
    ps.iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                (i + 1).to_string(),
                p.tthc_code.clone().unwrap_or_default(),
                p.name.clone().unwrap_or_default(),
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

/// The title in two balanced lines, so no word of it stands alone on a line.
const TITLE: [&str; 2] = ["DANH MỤC QUY TRÌNH NỘI BỘ", "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"];
const LIST_HEADERS: [&str; 5] = ["STT", "Mã TTHC", "Tên thủ tục hành chính", "Thời hạn theo quy định", "Thời gian theo quy trình nội bộ"];
const LIST_WIDTHS_MM: [f32; 5] = [12.0, 22.0, 71.0, 30.0, 30.0];
const STEP_HEADERS: [&str; 4] = ["Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian"];
const STEP_WIDTHS_MM: [f32; 4] = [15.0, 76.0, 44.0, 30.0];

fn step_rows(p: &PortalProcedure) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = tables::steps(p).into_iter().map(|r| r.into_iter().take(4).collect()).collect();
    rows.push(vec![
        String::new(),
        "Tổng thời gian".to_string(),
        String::new(),
        format!("{} ngày làm việc", days(p.totals.internal_working_days)),
    ]);
    rows
}

fn procedure_line(p: &PortalProcedure) -> String {
    let mut s = format!("Mã quy trình: {}", p.code);
    if let Some(t) = &p.tthc_code {
        s.push_str(&format!("; mã TTHC: {t}"));
    }
    if let Some(st) = &p.totals.statutory {
        s.push_str(&format!("; thời hạn theo quy định: {}", duration(st)));
    }
    s.push_str(&format!("; thời gian theo quy trình nội bộ: {} ngày làm việc.", days(p.totals.internal_working_days)));
    s
}

fn html_grid(headers: &[&str], widths_mm: &[f32], rows: &[Vec<String>], centred: &[usize]) -> String {
    let mut s = String::from("<table class=\"grid\"><colgroup>");
    for w in widths_mm {
        s.push_str(&format!("<col style=\"width:{w}mm\">"));
    }
    s.push_str("</colgroup><thead><tr>");
    for h in headers {
        s.push_str(&format!("<th>{}</th>", esc(h)));
    }
    s.push_str("</tr></thead><tbody>\n");
    for r in rows {
        s.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let cls = if centred.contains(&i) { " class=\"n\"" } else { "" };
            s.push_str(&format!("<td{cls}>{}</td>", esc(c).replace('\n', "<br>")));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table>\n");
    s
}

pub fn annex_html(d: &Decision, ps: &[&PortalProcedure], with_steps: bool) -> String {
    let groups = by_field(ps);
    let mut body = String::new();
    body.push_str("<p class=\"annex\">Phụ lục</p>\n");
    body.push_str(&format!("<p class=\"annex-title\">{}<br>{}</p>\n", TITLE[0], TITLE[1]));
    body.push_str(&format!("<p class=\"annex-ref\">{}</p>\n", esc(&kem_theo(d))));
    if with_steps {
        body.push_str("<h2>A. DANH MỤC QUY TRÌNH NỘI BỘ</h2>\n");
    }
    for (i, (field, members)) in groups.iter().enumerate() {
        body.push_str(&format!("<h3 class=\"field\">{}</h3>\n", esc(&field_heading(i, field))));
        body.push_str(&html_grid(&LIST_HEADERS, &LIST_WIDTHS_MM, &list_rows(members), &[0, 1]));
    }
    body.push_str(&format!("<p class=\"plain total\">Tổng số: {} thủ tục hành chính.</p>\n", ps.len()));
    if with_steps {
        body.push_str("<h2 class=\"part\">B. NỘI DUNG QUY TRÌNH NỘI BỘ</h2>\n");
        for (i, (field, members)) in groups.iter().enumerate() {
            body.push_str(&format!("<h3 class=\"field\">{}</h3>\n", esc(&field_heading(i, field))));
            for (j, p) in members.iter().enumerate() {
                body.push_str(&format!("<p class=\"plain proc\">{}. {}</p>\n", j + 1, esc(p.name.as_deref().unwrap_or(""))));
                body.push_str(&format!("<p class=\"plain\">{}</p>\n", esc(&procedure_line(p))));
                body.push_str(&html_grid(&STEP_HEADERS, &STEP_WIDTHS_MM, &step_rows(p), &[0, 3]));
            }
        }
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Phụ lục — Quyết định {}</title>\n<style>{}\n.annex {{ text-align: center; font-weight: bold; font-size: 14pt; text-indent: 0; margin: 0; }}\n.annex-title {{ text-align: center; font-weight: bold; font-size: 13pt; text-indent: 0; margin: 4pt 0 0; }}\n.annex-ref {{ text-align: center; font-style: italic; text-indent: 0; margin: 2pt 0 12pt; }}\nh3.field {{ font-style: normal; font-weight: bold; margin-top: 10pt; }}\np.proc {{ font-weight: bold; margin: 10pt 0 3pt; break-after: avoid; }}\np.total {{ margin-top: 10pt; font-weight: bold; }}\nh2.part {{ break-before: page; }}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(&d.number),
        super::procedure_html::CSS
    )
}

pub fn annex_docx(d: &Decision, ps: &[&PortalProcedure], with_steps: bool) -> Vec<u8> {
    let groups = by_field(ps);
    let mut doc = Docx::new(&format!("Phụ lục Quyết định {}", d.number), &format!("Phụ lục Quyết định số {}", d.number));
    doc.para("Phụ lục", Look { size: 14.0, ..Look::CENTER_BOLD });
    doc.para(&TITLE.join("\n"), Look { size: 13.0, ..Look::CENTER_BOLD });
    doc.para(&kem_theo(d), Look { italic: true, space_after_pt: 12.0, ..Look::CENTER });
    if with_steps {
        doc.heading(1, "A. DANH MỤC QUY TRÌNH NỘI BỘ");
    }
    for (i, (field, members)) in groups.iter().enumerate() {
        doc.heading(2, &field_heading(i, field));
        doc.table(&LIST_HEADERS, &list_rows(members), &LIST_WIDTHS_MM);
    }
    doc.para(&format!("Tổng số: {} thủ tục hành chính.", ps.len()), Look { bold: true, space_after_pt: 6.0, ..Look::PLAIN });
    if with_steps {
        doc.page_break();
        doc.heading(1, "B. NỘI DUNG QUY TRÌNH NỘI BỘ");
        for (i, (field, members)) in groups.iter().enumerate() {
            doc.heading(2, &field_heading(i, field));
            for (j, p) in members.iter().enumerate() {
                doc.para(
                    &format!("{}. {}", j + 1, p.name.as_deref().unwrap_or("")),
                    Look { bold: true, space_after_pt: 3.0, ..Look::PLAIN },
                );
                doc.para(&procedure_line(p), Look { space_after_pt: 3.0, ..Look::PLAIN });
                doc.table(&STEP_HEADERS, &step_rows(p), &STEP_WIDTHS_MM);
            }
        }
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::roman;

    #[test]
    fn roman_numerals() {
        assert_eq!([1, 2, 4, 9, 14, 40].map(roman), ["I", "II", "IV", "IX", "XIV", "XL"]);
    }
}
