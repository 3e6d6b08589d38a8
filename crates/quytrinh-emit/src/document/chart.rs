//! The paper flowchart ("lưu đồ") of a procedure, as Vietnamese ISO procedures print it: a
//! table of one row per step — responsibility, the step's shape with the arrows, time,
//! forms/results — opened and closed by ovals, with a decision diamond for the incomplete
//! and refused branches right after the step that triggers them ("Không" leads to the box
//! beside it). One geometry, in points, drawn as SVG for the HTML page and as DrawingML
//! shapes for the DOCX, so both print the same chart with no text under 10 pt on A4.

use crate::portal::contract::{Branch, BranchCase, PortalProcedure};

use super::common::vn_time;
use super::tables;
use super::title_block::width_pt;

/// Column widths in points: the page's 165 mm of text width.
pub const COLS: [f32; 4] = [100.0, 215.0, 62.0, 90.7];
pub const HEADERS: [&str; 4] = ["Trách nhiệm", "Lưu đồ", "Thời gian", "Biểu mẫu, kết quả"];
/// Text size of the cells and of the step boxes; side boxes and arrow labels use `SMALL`.
pub const FONT: f32 = 11.0;
pub const SMALL: f32 = 10.0;
pub const LINE: f32 = 1.22;
/// Padding of a text cell.
const PAD: f32 = 5.0;
/// The main shapes: x from `MAIN_X` to `MAIN_X + MAIN_W` in the chart column.
pub const MAIN_X: f32 = 6.0;
pub const MAIN_W: f32 = 104.0;
/// The box a "Không" branch leads to.
pub const SIDE_X: f32 = 142.0;
pub const SIDE_W: f32 = 68.0;
/// Room for an arrow above and below each shape.
const GAP: f32 = 10.0;
pub const HEADER_H: f32 = 2.0 * FONT * LINE + 2.0 * PAD;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Oval,
    Process,
    Decision,
}

/// One row of the chart, its text already wrapped into lines.
#[derive(Debug, Clone)]
pub struct Row {
    pub resp: Vec<String>,
    pub shape: Shape,
    /// Text inside the shape.
    pub label: Vec<String>,
    /// For a decision: the text of the box "Không" leads to.
    pub side: Vec<String>,
    pub time: Vec<String>,
    pub forms: Vec<String>,
    pub height: f32,
    /// Height of the shape itself, centred in the row.
    pub shape_h: f32,
    pub side_h: f32,
}

impl Row {
    /// Top of the shape from the top of the row.
    pub fn shape_top(&self) -> f32 {
        (self.height - self.shape_h) / 2.0
    }
}

/// Text wrapped on spaces into lines at most `width` points wide (a word longer than the
/// line stands alone on its line rather than being cut).
pub fn wrap(text: &str, size: f32, bold: bool, width: f32) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for para in text.split('\n') {
        let mut cur = String::new();
        for word in para.split_whitespace() {
            let candidate = if cur.is_empty() { word.to_string() } else { format!("{cur} {word}") };
            // 5 % margin: the estimate must never be narrower than the renderer.
            if !cur.is_empty() && width_pt(&candidate, size, bold) * 1.05 > width {
                lines.push(std::mem::replace(&mut cur, word.to_string()));
            } else {
                cur = candidate;
            }
        }
        if !cur.is_empty() {
            lines.push(cur);
        }
    }
    lines
}

fn text_h(lines: usize, size: f32) -> f32 {
    lines as f32 * size * LINE
}

fn cell(text: &str, col: usize) -> Vec<String> {
    wrap(text, FONT, false, COLS[col] - 2.0 * PAD)
}

/// The step after which a branch is decided: the first step of the branch's actor (the
/// officer who receives the dossier decides it is incomplete), else the first step.
pub fn trigger(p: &PortalProcedure, b: &Branch) -> usize {
    b.actor.as_ref().and_then(|a| p.steps.iter().position(|s| s.actor.as_ref().is_some_and(|x| x.name == a.name))).unwrap_or(0)
}

/// The question of a decision and what "Không" leads to.
fn decision_text(b: &Branch) -> Option<(&'static str, &'static str)> {
    match b.case {
        BranchCase::Incomplete => Some(("Hồ sơ đầy đủ, hợp lệ?", "Yêu cầu bổ sung, hoàn thiện hồ sơ")),
        BranchCase::Refused => Some(("Đủ điều kiện giải quyết?", "Từ chối giải quyết, nêu rõ lý do")),
        // Late and stopped dossiers are not decided at one step; they are listed in the text.
        BranchCase::Late | BranchCase::Stopped => None,
    }
}

fn finish(mut r: Row) -> Row {
    let cells = [r.resp.len(), r.time.len(), r.forms.len()].into_iter().max().unwrap_or(0);
    let text = text_h(cells, FONT) + 2.0 * PAD;
    r.shape_h = match r.shape {
        Shape::Oval => FONT * LINE + 12.0,
        Shape::Process => text_h(r.label.len(), FONT) + 10.0,
        // The text sits in the middle half of the diamond.
        Shape::Decision => 2.0 * text_h(r.label.len(), SMALL) + 12.0,
    };
    r.side_h = if r.side.is_empty() { 0.0 } else { text_h(r.side.len(), SMALL) + 8.0 };
    r.height = text.max(r.shape_h + 2.0 * GAP).max(r.side_h + 2.0 * GAP);
    r
}

fn empty(shape: Shape, label: Vec<String>) -> Row {
    Row { resp: vec![], shape, label, side: vec![], time: vec![], forms: vec![], height: 0.0, shape_h: 0.0, side_h: 0.0 }
}

/// The rows of the chart: start, each step with the decisions it triggers, end.
pub fn rows(p: &PortalProcedure) -> Vec<Row> {
    let mut out = vec![finish(empty(Shape::Oval, vec!["Bắt đầu".to_string()]))];
    for (i, s) in p.steps.iter().enumerate() {
        let label = wrap(&format!("{}. {}", s.number, s.content.as_deref().unwrap_or("")), FONT, false, MAIN_W - 8.0);
        out.push(finish(Row {
            resp: cell(&tables::responsibility(s), 0),
            label,
            time: cell(&s.duration_text.as_deref().map(vn_time).unwrap_or_default(), 2),
            forms: cell(&tables::forms_cell(s).join(", "), 3),
            ..empty(Shape::Process, vec![])
        }));
        for b in p.branches.iter().filter(|b| trigger(p, b) == i) {
            let Some((question, action)) = decision_text(b) else { continue };
            let forms = b.forms.join(", ");
            let side = if forms.is_empty() { action.to_string() } else { format!("{action} ({forms})") };
            out.push(finish(Row {
                resp: cell(b.actor.as_ref().map(|a| a.name.as_str()).unwrap_or(""), 0),
                label: wrap(question, SMALL, false, MAIN_W / 2.0 + 4.0),
                side: wrap(&side, SMALL, false, SIDE_W - 6.0),
                time: cell(&b.within_text.as_deref().map(vn_time).unwrap_or_default(), 2),
                forms: cell(&forms, 3),
                ..empty(Shape::Decision, vec![])
            }));
        }
    }
    out.push(finish(empty(Shape::Oval, vec!["Kết thúc".to_string()])));
    out
}

/// The rows split into pieces that each fit on an A4 page (257 mm = 728 pt of text height)
/// under the repeated header; the first piece keeps room for the heading above it (a piece
/// never splits, so it starts a page when the one before is too full).
pub fn pages(rows: &[Row]) -> Vec<std::ops::Range<usize>> {
    const FIRST: f32 = 650.0;
    const NEXT: f32 = 680.0;
    let mut out = Vec::new();
    let (mut start, mut used) = (0, HEADER_H);
    for (i, r) in rows.iter().enumerate() {
        let limit = if out.is_empty() { FIRST } else { NEXT };
        if i > start && used + r.height > limit {
            out.push(start..i);
            start = i;
            used = HEADER_H;
        }
        used += r.height;
    }
    if start < rows.len() {
        out.push(start..rows.len());
    }
    out
}

// No text in a flowchart under 10 pt on A4: checked when compiling.
const _: () = assert!(FONT >= 10.0 && SMALL >= 10.0, "no flowchart text under 10 pt");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_fit_their_box_and_keep_every_word() {
        let text = "Kiểm tra tính hợp lệ của hồ sơ; đề xuất thành viên Hội đồng tư vấn (07 đến 09 thành viên)";
        let lines = wrap(text, FONT, false, MAIN_W - 8.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(width_pt(l, FONT, false) <= MAIN_W - 8.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn pieces_fit_a_page_and_cover_every_row_once() {
        let row = |h: f32| Row { height: h, ..empty(Shape::Process, vec!["x".to_string()]) };
        let rows: Vec<Row> = (0..40).map(|i| row(40.0 + (i % 5) as f32 * 20.0)).collect();
        let pieces = pages(&rows);
        assert!(pieces.len() > 1);
        let mut next = 0;
        for p in &pieces {
            assert_eq!(p.start, next);
            next = p.end;
            let h: f32 = HEADER_H + rows[p.clone()].iter().map(|r| r.height).sum::<f32>();
            assert!(h <= 680.0, "{h}");
        }
        assert_eq!(next, rows.len());
    }

    #[test]
    fn the_chart_fits_the_text_width() {
        assert!(COLS.iter().sum::<f32>() <= 165.0 * 72.0 / 25.4 + 0.1, "the chart fits the text width");
    }
}
