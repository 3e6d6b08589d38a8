//! The paper flowchart (see [`super::chart`]) in the DOCX: a real Word table whose header row
//! repeats on each page, one row per step of exact height, and in the "Lưu đồ" column the
//! step's shape, arrows and decision diamonds drawn as DrawingML shapes anchored in the cell.
//!
//! Why DrawingML rather than a picture rendered by resvg: the text stays text (officers edit
//! it in Word, search finds it, screen readers and our PDF layout checks read it), the chart
//! prints sharp at any resolution, the output does not depend on which fonts the build
//! machine has, and no rasteriser enters the build (the release binary and its build time
//! stay as they were).

use std::fmt::Write;

use crate::docx::{xml, Docx};
use crate::portal::contract::PortalProcedure;

use super::chart::*;

/// Points → English Metric Units.
fn emu(pt: f32) -> i64 {
    (pt * 12700.0).round() as i64
}

fn twips(pt: f32) -> u32 {
    (pt * 20.0).round() as u32
}

fn run_props(size: f32, bold: bool) -> String {
    let half = (size * 2.0).round() as u32;
    format!("<w:rPr>{}<w:sz w:val=\"{half}\"/><w:szCs w:val=\"{half}\"/></w:rPr>", if bold { "<w:b/>" } else { "" })
}

/// Centred paragraphs, one per line, with no space around them.
fn paras(lines: &[String], size: f32, bold: bool) -> String {
    let line = (size * LINE * 20.0).round() as u32;
    let mut s = String::new();
    for l in lines {
        let _ = write!(
            s,
            "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"{line}\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r>{}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
            run_props(size, bold),
            xml(l)
        );
    }
    if s.is_empty() {
        s.push_str("<w:p/>");
    }
    s
}

/// What one anchored shape looks like.
enum Geom<'a> {
    Box { prst: &'static str, lines: &'a [String], size: f32, bold: bool },
    Arrow,
    Line,
    Label { text: &'a str },
}

/// A shape anchored in the current cell at (x, y) points from the cell's top-left corner.
fn shape(id: u32, x: f32, y: f32, w: f32, h: f32, g: Geom) -> String {
    let (prst, fill, ln, body) = match &g {
        Geom::Box { prst, lines, size, bold } => (
            *prst,
            "<a:solidFill><a:srgbClr val=\"FFFFFF\"/></a:solidFill>",
            "<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln>".to_string(),
            format!(
                "<wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"25400\" tIns=\"0\" rIns=\"25400\" bIns=\"0\" anchor=\"ctr\" anchorCtr=\"0\"><a:noAutofit/></wps:bodyPr>",
                paras(lines, *size, *bold)
            ),
        ),
        Geom::Label { text } => (
            "rect",
            "<a:noFill/>",
            "<a:ln><a:noFill/></a:ln>".to_string(),
            format!(
                "<wps:txbx><w:txbxContent>{}</w:txbxContent></wps:txbx><wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"none\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" anchor=\"ctr\"><a:noAutofit/></wps:bodyPr>",
                paras(&[text.to_string()], SMALL, false)
            ),
        ),
        Geom::Arrow | Geom::Line => (
            "line",
            "<a:noFill/>",
            format!(
                "<a:ln w=\"11430\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill>{}</a:ln>",
                if matches!(g, Geom::Arrow) { "<a:tailEnd type=\"triangle\" w=\"med\" len=\"med\"/>" } else { "" }
            ),
            "<wps:bodyPr/>".to_string(),
        ),
    };
    format!(
        "<w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"{}\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/><wp:positionH relativeFrom=\"column\"><wp:posOffset>{}</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>{}</wp:posOffset></wp:positionV><wp:extent cx=\"{}\" cy=\"{}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/><wp:docPr id=\"{id}\" name=\"Lưu đồ {id}\"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"{}\" cy=\"{}\"/></a:xfrm><a:prstGeom prst=\"{prst}\"><a:avLst/></a:prstGeom>{fill}{ln}</wps:spPr>{body}</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>",
        251_658_240 + id,
        emu(x),
        emu(y),
        emu(w),
        emu(h),
        emu(w),
        emu(h)
    )
}

fn text_cell(width: f32, lines: &[String], size: f32, bold: bool, shade: bool) -> String {
    format!(
        "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/>{}<w:vAlign w:val=\"center\"/></w:tcPr>{}</w:tc>",
        twips(width),
        if shade { "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF1F5\"/>" } else { "" },
        paras(lines, size, bold)
    )
}

/// The chart as a table with anchored shapes.
pub fn chart(d: &mut Docx, p: &PortalProcedure) {
    let rows = rows(p);
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";
    let mut t = format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{}\" w:type=\"dxa\"/><w:tblBorders><w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/><w:insideH {border}/><w:insideV {border}/></w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"57\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>",
        twips(COLS.iter().sum())
    );
    for w in COLS {
        let _ = write!(t, "<w:gridCol w:w=\"{}\"/>", twips(w));
    }
    t.push_str("</w:tblGrid>");
    let _ = write!(t, "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/><w:trHeight w:val=\"{}\" w:hRule=\"exact\"/></w:trPr>", twips(HEADER_H));
    for (i, h) in HEADERS.iter().enumerate() {
        t.push_str(&text_cell(COLS[i], &wrap(h, FONT, true, COLS[i] - 8.0), FONT, true, true));
    }
    t.push_str("</w:tr>");
    let last = rows.len().saturating_sub(1);
    for (k, r) in rows.iter().enumerate() {
        let _ = write!(t, "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"{}\" w:hRule=\"exact\"/></w:trPr>", twips(r.height));
        t.push_str(&text_cell(COLS[0], &r.resp, FONT, false, false));
        // The chart cell: no margins, so shape positions are measured from its corner.
        let mut shapes = String::new();
        let (x, cx, top) = (MAIN_X, MAIN_X + MAIN_W / 2.0, r.shape_top());
        let (bottom, mid) = (top + r.shape_h, top + r.shape_h / 2.0);
        let mut add = |shapes: &mut String, x: f32, y: f32, w: f32, h: f32, g: Geom| {
            shapes.push_str(&shape(d.next_shape_id(), x, y, w, h, g));
        };
        if k > 0 {
            add(&mut shapes, cx, 0.0, 0.0, top, Geom::Arrow);
        }
        if k < last {
            add(&mut shapes, cx, bottom, 0.0, r.height - bottom, Geom::Line);
        }
        match r.shape {
            Shape::Oval => add(
                &mut shapes,
                x,
                top,
                MAIN_W,
                r.shape_h,
                Geom::Box { prst: "flowChartTerminator", lines: &r.label, size: FONT, bold: true },
            ),
            Shape::Process => {
                add(&mut shapes, x, top, MAIN_W, r.shape_h, Geom::Box { prst: "rect", lines: &r.label, size: FONT, bold: false })
            }
            Shape::Decision => {
                add(
                    &mut shapes,
                    x,
                    top,
                    MAIN_W,
                    r.shape_h,
                    Geom::Box { prst: "flowChartDecision", lines: &r.label, size: SMALL, bold: false },
                );
                add(&mut shapes, x + MAIN_W, mid, SIDE_X - x - MAIN_W, 0.0, Geom::Arrow);
                add(&mut shapes, x + MAIN_W, mid - SMALL * 1.5, SIDE_X - x - MAIN_W, SMALL * 1.3, Geom::Label { text: "Không" });
                add(
                    &mut shapes,
                    SIDE_X,
                    mid - r.side_h / 2.0,
                    SIDE_W,
                    r.side_h,
                    Geom::Box { prst: "rect", lines: &r.side, size: SMALL, bold: false },
                );
                if k < last {
                    add(&mut shapes, cx + 3.0, bottom, 20.0, (r.height - bottom).max(SMALL * 1.3), Geom::Label { text: "Có" });
                }
            }
        }
        let _ = write!(
            t,
            "<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/><w:tcMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tcMar></w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\"/></w:pPr>{shapes}</w:p></w:tc>",
            twips(COLS[1])
        );
        t.push_str(&text_cell(COLS[2], &r.time, FONT, false, false));
        t.push_str(&text_cell(COLS[3], &r.forms, FONT, false, false));
        t.push_str("</w:tr>");
    }
    t.push_str("</w:tbl>");
    d.raw(&t);
}
