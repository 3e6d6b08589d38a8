//! The paper flowchart (see [`super::chart`]) as SVG for the HTML page: one `<svg>` per page
//! piece, each with the column header, drawn at 1 unit = 1 pt on a 165 mm wide page so the
//! text prints at its real size (11 pt, 10 pt for side boxes and arrow labels).

use std::fmt::Write;

use crate::html::esc;

use super::chart::*;

/// Left edge of each column, in points.
fn col_x(i: usize) -> f32 {
    COLS[..i].iter().sum()
}

fn texts(out: &mut String, lines: &[String], cx: f32, top: f32, h: f32, size: f32, bold: bool) {
    let block = lines.len() as f32 * size * LINE;
    let first = top + (h - block) / 2.0 + size * (LINE - 1.0) / 2.0 + size * 0.86;
    for (j, l) in lines.iter().enumerate() {
        let _ = writeln!(
            out,
            "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"{size}\"{} text-anchor=\"middle\">{}</text>",
            first + j as f32 * size * LINE,
            if bold { " font-weight=\"bold\"" } else { "" },
            esc(l)
        );
    }
}

fn line(out: &mut String, (x1, y1): (f32, f32), (x2, y2): (f32, f32), arrow: Option<usize>) {
    let _ = writeln!(
        out,
        "<path d=\"M{x1:.1},{y1:.1} L{x2:.1},{y2:.1}\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.9\"{}/>",
        arrow.map(|n| format!(" marker-end=\"url(#arrow{n})\"")).unwrap_or_default()
    );
}

/// One page piece of the chart: rows `range` of `rows`.
fn piece(code: &str, n: usize, rows: &[Row], range: std::ops::Range<usize>) -> String {
    let width: f32 = COLS.iter().sum();
    let height = HEADER_H + rows[range.clone()].iter().map(|r| r.height).sum::<f32>();
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"{:.1}mm\" height=\"{:.1}mm\" viewBox=\"0 0 {width:.1} {height:.1}\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\" role=\"img\" aria-label=\"Lưu đồ {}\">\n",
        width * 25.4 / 72.0,
        height * 25.4 / 72.0,
        esc(code)
    );
    let _ = writeln!(s, "<defs><marker id=\"arrow{n}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#000\"/></marker></defs>");
    let _ = writeln!(s, "<rect x=\"0\" y=\"0\" width=\"{width:.1}\" height=\"{HEADER_H:.1}\" fill=\"#eef1f5\"/>");
    for (i, h) in HEADERS.iter().enumerate() {
        let lines = wrap(h, FONT, true, COLS[i] - 8.0);
        texts(&mut s, &lines, col_x(i) + COLS[i] / 2.0, 0.0, HEADER_H, FONT, true);
    }
    // Grid: outer frame, column rules, a rule under the header and under each row.
    let _ = writeln!(
        s,
        "<rect x=\"0.4\" y=\"0.4\" width=\"{:.1}\" height=\"{:.1}\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.8\"/>",
        width - 0.8,
        height - 0.8
    );
    for i in 1..COLS.len() {
        let x = col_x(i);
        let _ = writeln!(s, "<path d=\"M{x:.1},0 L{x:.1},{height:.1}\" stroke=\"#000\" stroke-width=\"0.6\"/>");
    }
    let mut y = HEADER_H;
    let _ = writeln!(s, "<path d=\"M0,{y:.1} L{width:.1},{y:.1}\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    let last = rows.len().saturating_sub(1);
    for k in range {
        let r = &rows[k];
        let x = col_x(1) + MAIN_X;
        let cx = x + MAIN_W / 2.0;
        let top = y + r.shape_top();
        let bottom = top + r.shape_h;
        let mid = top + r.shape_h / 2.0;
        texts(&mut s, &r.resp, col_x(0) + COLS[0] / 2.0, y, r.height, FONT, false);
        texts(&mut s, &r.time, col_x(2) + COLS[2] / 2.0, y, r.height, FONT, false);
        texts(&mut s, &r.forms, col_x(3) + COLS[3] / 2.0, y, r.height, FONT, false);
        match r.shape {
            Shape::Oval => {
                let _ = writeln!(s, "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{MAIN_W}\" height=\"{:.1}\" rx=\"{:.1}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"/>", r.shape_h, r.shape_h / 2.0);
                texts(&mut s, &r.label, cx, top, r.shape_h, FONT, true);
            }
            Shape::Process => {
                let _ = writeln!(s, "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{MAIN_W}\" height=\"{:.1}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"/>", r.shape_h);
                texts(&mut s, &r.label, cx, top, r.shape_h, FONT, false);
            }
            Shape::Decision => {
                let _ = writeln!(
                    s,
                    "<path d=\"M{cx:.1},{top:.1} L{:.1},{mid:.1} L{cx:.1},{bottom:.1} L{x:.1},{mid:.1} Z\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"/>",
                    x + MAIN_W
                );
                texts(&mut s, &r.label, cx, top, r.shape_h, SMALL, false);
                let sx = col_x(1) + SIDE_X;
                line(&mut s, (x + MAIN_W, mid), (sx, mid), Some(n));
                texts(&mut s, &["Không".to_string()], (x + MAIN_W + sx) / 2.0, mid - SMALL * 1.6, SMALL * 1.4, SMALL, false);
                let stop = mid - r.side_h / 2.0;
                let _ = writeln!(s, "<rect x=\"{sx:.1}\" y=\"{stop:.1}\" width=\"{SIDE_W}\" height=\"{:.1}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"1\"/>", r.side_h);
                texts(&mut s, &r.side, sx + SIDE_W / 2.0, stop, r.side_h, SMALL, false);
                if k < last {
                    texts(&mut s, &["Có".to_string()], cx + 12.0, bottom, (y + r.height - bottom).max(SMALL * 1.3), SMALL, false);
                }
            }
        }
        if k > 0 {
            line(&mut s, (cx, y), (cx, top), Some(n));
        }
        if k < last {
            line(&mut s, (cx, bottom), (cx, y + r.height), None);
        }
        y += r.height;
        let _ = writeln!(s, "<path d=\"M0,{y:.1} L{width:.1},{y:.1}\" stroke=\"#000\" stroke-width=\"0.6\"/>");
    }
    s.push_str("</svg>\n");
    s
}

/// The chart as SVG pieces, one per printed page, each with the column header.
pub fn svg(p: &crate::portal::contract::PortalProcedure) -> String {
    let rows = rows(p);
    pages(&rows).into_iter().enumerate().map(|(n, range)| piece(&p.code, n, &rows, range)).collect()
}
