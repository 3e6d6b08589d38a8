//! The flowchart ("lưu đồ") of a procedure's steps: one lane per responsible unit, each step
//! a box with its number, content and time, arrows in order, and the branches for
//! incomplete, refused, late and stopped dossiers. As SVG (embedded in the HTML), Mermaid
//! and Graphviz DOT (for people who edit diagrams elsewhere).

use crate::html::esc;
use crate::portal::contract::{BranchCase, PortalProcedure, Step};

/// The lane of a step: its unit, or its actor when the actor has no unit.
pub fn lane_of(s: &Step) -> String {
    match (&s.unit, &s.actor) {
        (Some(u), _) => u.name.clone(),
        (None, Some(a)) => a.name.clone(),
        _ => "—".to_string(),
    }
}

pub fn lanes(p: &PortalProcedure) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for s in &p.steps {
        let l = lane_of(s);
        if !v.contains(&l) {
            v.push(l);
        }
    }
    v
}

pub fn case_label(c: BranchCase) -> &'static str {
    match c {
        BranchCase::Incomplete => "Hồ sơ chưa đầy đủ",
        BranchCase::Refused => "Từ chối giải quyết",
        BranchCase::Late => "Giải quyết quá hạn",
        BranchCase::Stopped => "Dừng giải quyết",
    }
}

/// Wrap text to lines of at most `width` characters, on spaces.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

fn step_text(s: &Step) -> String {
    format!("{}. {}", s.number, s.content.as_deref().unwrap_or(""))
}

/// The SVG flowchart.
pub fn svg(p: &PortalProcedure) -> String {
    let lanes = lanes(p);
    let lane_w = 150.0;
    let branch_w = 170.0;
    let header_h = 44.0;
    let row_h = 78.0;
    let box_w = 132.0;
    let box_h = 62.0;
    let width = lane_w * lanes.len().max(1) as f64 + branch_w;
    let height = header_h + row_h * p.steps.len().max(1) as f64 + 10.0;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" viewBox=\"0 0 {width} {height}\" font-family=\"Times New Roman, Liberation Serif, DejaVu Serif, serif\" role=\"img\" aria-label=\"Lưu đồ {}\">\n",
        esc(&p.code)
    );
    s.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#000\"/></marker></defs>\n");
    for (i, lane) in lanes.iter().enumerate() {
        let x = lane_w * i as f64;
        s.push_str(&format!(
            "<rect x=\"{x}\" y=\"0\" width=\"{lane_w}\" height=\"{height}\" fill=\"{}\" stroke=\"#666\" stroke-width=\"0.6\"/>\n",
            if i % 2 == 0 { "#f7f9fb" } else { "#ffffff" }
        ));
        for (j, line) in wrap(lane, 24, 3).iter().enumerate() {
            s.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\">{}</text>\n",
                x + lane_w / 2.0,
                13.0 + 11.0 * j as f64,
                esc(line)
            ));
        }
    }
    let bx = lane_w * lanes.len() as f64;
    s.push_str(&format!(
        "<rect x=\"{bx}\" y=\"0\" width=\"{branch_w}\" height=\"{height}\" fill=\"#fffaf2\" stroke=\"#666\" stroke-width=\"0.6\"/><text x=\"{}\" y=\"16\" font-size=\"10\" font-weight=\"bold\" text-anchor=\"middle\">Xử lý trường hợp</text>\n",
        bx + branch_w / 2.0
    ));
    let centre = |i: usize, s: &Step| -> (f64, f64) {
        let lane = lanes.iter().position(|l| *l == lane_of(s)).unwrap_or(0);
        (lane_w * lane as f64 + lane_w / 2.0, header_h + row_h * i as f64 + box_h / 2.0)
    };
    for (i, st) in p.steps.iter().enumerate() {
        let (cx, cy) = centre(i, st);
        let (x, y) = (cx - box_w / 2.0, cy - box_h / 2.0);
        s.push_str(&format!("<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{box_w}\" height=\"{box_h}\" rx=\"4\" fill=\"#ffffff\" stroke=\"#1f3f6e\" stroke-width=\"1.2\"/>\n"));
        let lines = wrap(&step_text(st), 26, 3);
        for (j, line) in lines.iter().enumerate() {
            s.push_str(&format!(
                "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"9.5\" text-anchor=\"middle\">{}</text>\n",
                y + 14.0 + 11.5 * j as f64,
                esc(line)
            ));
        }
        if let Some(d) = &st.duration_text {
            s.push_str(&format!(
                "<text x=\"{cx:.1}\" y=\"{:.1}\" font-size=\"9\" font-style=\"italic\" text-anchor=\"middle\">{}</text>\n",
                y + box_h - 5.0,
                esc(d)
            ));
        }
        if i + 1 < p.steps.len() {
            let (nx, ny) = centre(i + 1, &p.steps[i + 1]);
            let (x1, y1) = (cx, cy + box_h / 2.0);
            let (x2, y2) = (nx, ny - box_h / 2.0);
            let mid = (y1 + y2) / 2.0;
            s.push_str(&format!(
                "<path d=\"M{x1:.1},{y1:.1} L{x1:.1},{mid:.1} L{x2:.1},{mid:.1} L{x2:.1},{y2:.1}\" fill=\"none\" stroke=\"#000\" stroke-width=\"1\" marker-end=\"url(#arrow)\"/>\n"
            ));
        }
    }
    for (k, b) in p.branches.iter().enumerate() {
        let y = header_h + 8.0 + 58.0 * k as f64;
        let x = bx + 12.0;
        s.push_str(&format!("<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"46\" rx=\"4\" fill=\"#ffffff\" stroke=\"#a05a00\" stroke-dasharray=\"4 2\"/>\n", branch_w - 24.0));
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"9.5\" font-weight=\"bold\" text-anchor=\"middle\">{}</text>\n",
            bx + branch_w / 2.0,
            y + 16.0,
            esc(case_label(b.case))
        ));
        let forms = b.forms.join(", ");
        let detail = match &b.within_text {
            Some(w) => format!("{forms} — trong {w}"),
            None => forms,
        };
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"9\" text-anchor=\"middle\">{}</text>\n",
            bx + branch_w / 2.0,
            y + 32.0,
            esc(&detail)
        ));
        if let Some(first) = p.steps.first() {
            let (cx, cy) = centre(0, first);
            s.push_str(&format!(
                "<path d=\"M{:.1},{cy:.1} L{x},{:.1}\" fill=\"none\" stroke=\"#a05a00\" stroke-dasharray=\"4 2\" stroke-width=\"0.8\" marker-end=\"url(#arrow)\"/>\n",
                cx + box_w / 2.0,
                y + 23.0
            ));
        }
    }
    s.push_str("</svg>\n");
    s
}

fn mermaid_text(s: &str) -> String {
    quytrinh_syntax::chars::printable(s).replace('"', "#quot;").replace('<', "#lt;").replace('>', "#gt;")
}

/// The flowchart as Mermaid.
pub fn mermaid(p: &PortalProcedure) -> String {
    let lanes = lanes(p);
    let mut out =
        format!("%% Lưu đồ {} — {}\nflowchart TD\n", p.code.replace('\n', " "), p.name.as_deref().unwrap_or("").replace('\n', " "));
    for (i, lane) in lanes.iter().enumerate() {
        out.push_str(&format!("  subgraph L{i}[\"{}\"]\n", mermaid_text(lane)));
        for (j, st) in p.steps.iter().enumerate().filter(|(_, st)| lane_of(st) == *lane) {
            out.push_str(&format!(
                "    S{j}[\"{}<br/><i>{}</i>\"]\n",
                mermaid_text(&step_text(st)),
                mermaid_text(st.duration_text.as_deref().unwrap_or(""))
            ));
        }
        out.push_str("  end\n");
    }
    for j in 1..p.steps.len() {
        out.push_str(&format!("  S{} --> S{j}\n", j - 1));
    }
    for (k, b) in p.branches.iter().enumerate() {
        out.push_str(&format!("  B{k}[\"{}: {}\"]\n", mermaid_text(case_label(b.case)), mermaid_text(&b.forms.join(", "))));
        if !p.steps.is_empty() {
            out.push_str(&format!("  S0 -.-> B{k}\n"));
        }
    }
    out
}

fn dot_text(s: &str) -> String {
    quytrinh_syntax::chars::printable(s).replace('\\', "\\\\").replace('"', "\\\"").replace('\n', " ")
}

/// The flowchart as Graphviz DOT.
pub fn dot(p: &PortalProcedure) -> String {
    let lanes = lanes(p);
    let mut out = format!(
        "// Lưu đồ {}\ndigraph \"{}\" {{\n  rankdir=TB;\n  node [shape=box, style=rounded, fontname=\"Times New Roman\"];\n",
        dot_text(&p.code),
        dot_text(&p.code)
    );
    for (i, lane) in lanes.iter().enumerate() {
        out.push_str(&format!("  subgraph cluster_{i} {{\n    label=\"{}\";\n", dot_text(lane)));
        for (j, st) in p.steps.iter().enumerate().filter(|(_, st)| lane_of(st) == *lane) {
            out.push_str(&format!(
                "    S{j} [label=\"{}\\n{}\"];\n",
                dot_text(&step_text(st)),
                dot_text(st.duration_text.as_deref().unwrap_or(""))
            ));
        }
        out.push_str("  }\n");
    }
    for j in 1..p.steps.len() {
        out.push_str(&format!("  S{} -> S{j};\n", j - 1));
    }
    for (k, b) in p.branches.iter().enumerate() {
        out.push_str(&format!("  B{k} [label=\"{}: {}\", style=dashed];\n", dot_text(case_label(b.case)), dot_text(&b.forms.join(", "))));
        if !p.steps.is_empty() {
            out.push_str(&format!("  S0 -> B{k} [style=dashed];\n"));
        }
    }
    out.push_str("}\n");
    out
}

/// The flowchart as a table that Word can edit: one column per lane, one row per step with
/// the step in its lane's column (↓ marks the flow), and the branches in a last column.
pub fn swimlane_rows(p: &PortalProcedure) -> (Vec<String>, Vec<Vec<String>>) {
    let lanes = lanes(p);
    let mut headers = lanes.clone();
    headers.push("Xử lý trường hợp".to_string());
    let mut rows = Vec::new();
    for (i, st) in p.steps.iter().enumerate() {
        let mut row = vec![String::new(); headers.len()];
        let lane = lanes.iter().position(|l| *l == lane_of(st)).unwrap_or(0);
        let arrow = if i + 1 < p.steps.len() { "\n↓" } else { "" };
        row[lane] = format!("{} ({}){arrow}", step_text(st), st.duration_text.as_deref().unwrap_or(""));
        if let Some(b) = p.branches.get(i) {
            row[lanes.len()] = format!("{}: {}", case_label(b.case), b.forms.join(", "));
        }
        rows.push(row);
    }
    (headers, rows)
}
