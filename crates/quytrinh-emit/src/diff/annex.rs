//! The list an amending decision attaches: procedures issued anew, amended, abolished —
//! numbered under the headings a provincial decision uses, each amended procedure with its
//! revision rows (Mục sửa đổi, Nội dung sửa đổi).

use super::{CatalogueDiff, ProcedureLine};
use crate::html::esc;

/// The annex as a self-contained HTML page (A4, Times New Roman), Vietnamese.
pub fn diff_annex_html(d: &CatalogueDiff) -> String {
    let mut b = String::from(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Danh mục quy trình nội bộ ban hành mới, sửa đổi, bổ sung, bãi bỏ</title>\n<style>\n@page { size: A4; margin: 20mm 15mm 20mm 30mm; }\nbody { font-family: \"Times New Roman\", serif; font-size: 13pt; }\nh1 { font-size: 14pt; text-align: center; text-transform: uppercase; }\nh2 { font-size: 13pt; }\ntable { border-collapse: collapse; width: 100%; }\nth, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }\n.code { white-space: nowrap; }\n</style>\n</head>\n<body>\n<h1>Danh mục quy trình nội bộ giải quyết thủ tục hành chính ban hành mới, sửa đổi, bổ sung, bãi bỏ</h1>\n",
    );
    let mut part = 0;
    let mut heading = |b: &mut String, text: &str| {
        part += 1;
        let roman = ["I", "II", "III", "IV"][(part - 1).min(3)];
        b.push_str(&format!("<h2>{roman}. {}</h2>\n", esc(text)));
    };
    let table = |b: &mut String, items: &[ProcedureLine]| {
        b.push_str(
            "<table>\n<tr><th>STT</th><th>Mã quy trình</th><th>Mã thủ tục</th><th>Tên thủ tục hành chính</th><th>Lĩnh vực</th></tr>\n",
        );
        for (i, p) in items.iter().enumerate() {
            b.push_str(&format!(
                "<tr><td>{}</td><td class=\"code\">{}</td><td class=\"code\">{}</td><td>{}</td><td>{}</td></tr>\n",
                i + 1,
                esc(&p.code),
                esc(p.tthc_code.as_deref().unwrap_or("")),
                esc(p.name.as_deref().unwrap_or("")),
                esc(p.field.as_deref().unwrap_or(""))
            ));
        }
        b.push_str("</table>\n");
    };
    if !d.new.is_empty() {
        heading(&mut b, "Quy trình nội bộ ban hành mới");
        table(&mut b, &d.new);
    }
    if !d.amended.is_empty() {
        heading(&mut b, "Quy trình nội bộ sửa đổi, bổ sung");
        let lines: Vec<ProcedureLine> = d.amended.iter().map(|a| a.procedure.clone()).collect();
        table(&mut b, &lines);
        for (i, a) in d.amended.iter().enumerate() {
            b.push_str(&format!("<p><b>{}. {}</b></p>\n", i + 1, esc(a.procedure.name.as_deref().unwrap_or(&a.procedure.code))));
            b.push_str("<table>\n<tr><th>Mục sửa đổi</th><th>Nội dung sửa đổi</th></tr>\n");
            for (section, text) in CatalogueDiff::revision_rows(&a.changes) {
                b.push_str(&format!("<tr><td>{}</td><td>{}</td></tr>\n", esc(&section), esc(&text)));
            }
            b.push_str("</table>\n");
        }
    }
    if !d.abolished.is_empty() {
        heading(&mut b, "Quy trình nội bộ bãi bỏ");
        table(&mut b, &d.abolished);
    }
    b.push_str(&format!(
        "<p>Tổng số: {} quy trình ban hành mới, {} quy trình sửa đổi, bổ sung, {} quy trình bãi bỏ.</p>\n</body>\n</html>\n",
        d.new.len(),
        d.amended.len(),
        d.abolished.len()
    ));
    b
}
