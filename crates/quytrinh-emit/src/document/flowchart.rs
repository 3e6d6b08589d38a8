//! The flowchart of a procedure's steps for people who edit diagrams elsewhere, as Mermaid and
//! Graphviz DOT: one lane per responsible unit, each step a box with its number, content and
//! time (in Vietnamese), arrows in step order from top to bottom, and each special case
//! beside the step that triggers it. The printed chart is in [`super::chart`].

use super::chart::trigger;
use super::common::vn_time;
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

/// The closure of an incomplete dossier (Decree 118/2025 Art. 19(5)) as the document says
/// it: "; quá 15 ngày không bổ sung thì đóng hồ sơ", or nothing.
pub fn closure_text(b: &crate::portal::contract::Branch) -> String {
    use crate::portal::contract::DayUnit;
    let Some(d) = &b.closes_after else {
        return b.closes_after_text.as_deref().map(|t| format!("; quá {} không bổ sung thì đóng hồ sơ", vn_time(t))).unwrap_or_default();
    };
    let n = super::common::days(d.value);
    let unit = match d.unit {
        Some(DayUnit::CalendarDays) => "ngày",
        _ => "ngày làm việc",
    };
    format!("; quá {n} {unit} không bổ sung thì đóng hồ sơ")
}

fn step_text(s: &Step) -> String {
    format!("{}. {}", s.number, s.content.as_deref().unwrap_or(""))
}

/// A special case in one line, for a list of changes: "lập BM02, trong 3 ngày làm việc; …".
pub fn branch_line(b: &crate::portal::contract::Branch) -> String {
    let mut s = format!("lập {}", if b.forms.is_empty() { "—".to_string() } else { b.forms.join(", ") });
    if let Some(w) = &b.within_text {
        s.push_str(&format!(", trong {}", vn_time(w)));
    }
    s.push_str(&closure_text(b));
    if let Some(a) = &b.actor {
        s.push_str(&format!(" ({})", a.id));
    }
    s
}

/// A special case in one line: "Hồ sơ chưa đầy đủ: BM02, trong 3 ngày làm việc".
fn branch_text(b: &crate::portal::contract::Branch) -> String {
    let mut s = case_label(b.case).to_string();
    if !b.forms.is_empty() {
        s.push_str(&format!(": {}", b.forms.join(", ")));
    }
    if let Some(w) = &b.within_text {
        s.push_str(&format!(", trong {}", vn_time(w)));
    }
    s.push_str(&closure_text(b));
    s
}

fn mermaid_text(s: &str) -> String {
    quytrinh_syntax::chars::printable(s).replace('"', "#quot;").replace('<', "#lt;").replace('>', "#gt;")
}

/// The flowchart as Mermaid.
pub fn mermaid(p: &PortalProcedure) -> String {
    let lanes = lanes(p);
    // A `%%` comment ends at the line's end: no line break, and nothing a terminal obeys.
    let comment = |t: &str| quytrinh_syntax::chars::printable(t).replace(['\n', '\r'], " ");
    let mut out = format!("%% Lưu đồ {} — {}\nflowchart TD\n", comment(&p.code), comment(p.name.as_deref().unwrap_or("")));
    for (i, lane) in lanes.iter().enumerate() {
        out.push_str(&format!("  subgraph L{i}[\"{}\"]\n", mermaid_text(lane)));
        for (j, st) in p.steps.iter().enumerate().filter(|(_, st)| lane_of(st) == *lane) {
            out.push_str(&format!(
                "    S{j}[\"{}<br/><i>{}</i>\"]\n",
                mermaid_text(&step_text(st)),
                mermaid_text(&st.duration_text.as_deref().map(vn_time).unwrap_or_default())
            ));
        }
        out.push_str("  end\n");
    }
    for j in 1..p.steps.len() {
        out.push_str(&format!("  S{} --> S{j}\n", j - 1));
    }
    for (k, b) in p.branches.iter().enumerate() {
        out.push_str(&format!("  B{k}[\"{}\"]\n", mermaid_text(&branch_text(b))));
        if !p.steps.is_empty() {
            out.push_str(&format!("  S{} -.-> B{k}\n", trigger(p, b)));
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
        "// Lưu đồ {}\ndigraph \"{}\" {{\n  rankdir=TB;\n  newrank=true;\n  node [shape=box, style=rounded, fontname=\"Times New Roman\"];\n",
        dot_text(&p.code),
        dot_text(&p.code)
    );
    for (i, lane) in lanes.iter().enumerate() {
        out.push_str(&format!("  subgraph cluster_{i} {{\n    label=\"{}\";\n", dot_text(lane)));
        for (j, st) in p.steps.iter().enumerate().filter(|(_, st)| lane_of(st) == *lane) {
            out.push_str(&format!(
                "    S{j} [label=\"{}\\n{}\"];\n",
                dot_text(&step_text(st)),
                dot_text(&st.duration_text.as_deref().map(vn_time).unwrap_or_default())
            ));
        }
        out.push_str("  }\n");
    }
    for j in 1..p.steps.len() {
        out.push_str(&format!("  S{} -> S{j} [weight=10];\n", j - 1));
    }
    for (k, b) in p.branches.iter().enumerate() {
        out.push_str(&format!("  B{k} [label=\"{}\", style=dashed];\n", dot_text(&branch_text(b))));
        if !p.steps.is_empty() {
            let t = trigger(p, b);
            out.push_str(&format!("  S{t} -> B{k} [style=dashed, constraint=false];\n  {{ rank=same; S{t}; B{k}; }}\n"));
        }
    }
    out.push_str("}\n");
    out
}
