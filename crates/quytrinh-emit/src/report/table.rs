//! The report as plain text for a terminal.

use quytrinh_diagnostics::Lang;

use super::figures::{fmt_days, Group, Report};

fn opt(d: Option<f64>) -> String {
    d.map(fmt_days).unwrap_or_else(|| "-".to_string())
}

fn pad(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.chars().take(w).collect()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

fn groups(out: &mut String, title: &str, gs: &[Group], unapproved: &str, lang: Lang) {
    out.push_str(&format!("\n{title}\n"));
    let head = match lang {
        Lang::Vi => "  nhóm                                       TTHC  thời hạn  nội bộ  rút ngắn  tỷ lệ  khoảng    TB   tiết kiệm",
        Lang::En => "  group                                      TTHC  statut.   intern. cut       share  range     mean saved",
    };
    out.push_str(head);
    out.push('\n');
    for g in gs {
        let key = if g.key.is_empty() { unapproved.to_string() } else { g.key.clone() };
        let range = if g.cut_min_days.is_some() { format!("{}–{}", opt(g.cut_min_days), opt(g.cut_max_days)) } else { "-".to_string() };
        out.push_str(&format!(
            "  {} {:>5} {:>9} {:>7} {:>8} {:>5}% {:>8} {:>5} {:>9}\n",
            pad(&key, 42),
            g.procedures,
            fmt_days(g.statutory_days_total),
            fmt_days(g.internal_days_total),
            g.cut_count,
            g.cut_share_percent,
            range,
            opt(g.cut_mean_days),
            fmt_days(g.days_saved_total)
        ));
    }
}

pub fn report_table(r: &Report, lang: Lang) -> String {
    let mut out = String::new();
    out.push_str(match lang {
        Lang::Vi => &r.headline_vi,
        Lang::En => &r.headline_en,
    });
    out.push('\n');
    let unapproved = match lang {
        Lang::Vi => "(chưa phê duyệt)",
        Lang::En => "(not yet approved)",
    };
    let (by_decision, by_field, list) = match lang {
        Lang::Vi => ("Theo quyết định phê duyệt:", "Theo lĩnh vực:", "Từng thủ tục:"),
        Lang::En => ("By approving decision:", "By field:", "Procedures:"),
    };
    groups(&mut out, by_decision, &r.by_decision, unapproved, lang);
    groups(&mut out, by_field, &r.by_field, unapproved, lang);
    out.push_str(&format!("\n{list}\n"));
    for p in &r.procedures {
        out.push_str(&format!(
            "  {} {:<9} {:>5} {:>6} {:>6}  {}\n",
            pad(&p.code, 12),
            p.tthc_code.as_deref().unwrap_or("-"),
            opt(p.statutory_days),
            fmt_days(p.internal_days),
            opt(p.cut_days),
            p.name.as_deref().unwrap_or("")
        ));
    }
    out
}
