//! CSV that is safe to open in a spreadsheet: RFC 4180 quoting, and cells that a
//! spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return at the
//! start) are neutralised with a leading `'`.

use quytrinh_diagnostics::Lang;

use super::figures::{fmt_days, fmt_share, Report};

/// One cell, quoted when needed and never a formula.
pub fn cell(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn opt(d: Option<f64>) -> String {
    d.map(fmt_days).unwrap_or_default()
}

/// One line per procedure, with a header line, in English (column names for machines).
pub fn procedures_csv(r: &Report) -> String {
    procedures_csv_in(r, Lang::En)
}

/// One line per procedure and a last line of totals, with the header line in `lang`.
/// Numbers keep a decimal point in both languages: the comma separates the cells.
pub fn procedures_csv_in(r: &Report, lang: Lang) -> String {
    let header = match lang {
        Lang::Vi => "ma_quy_trinh,ma_tthc,ten_tthc,linh_vuc,quyet_dinh,thoi_han,don_vi_thoi_han,thoi_han_ngay_lam_viec,thoi_gian_noi_bo,so_ngay_rut_ngan,ty_le_rut_ngan",
        Lang::En => "code,tthc_code,name,field,decision,statutory_days,statutory_unit,statutory_working_days,internal_days,cut_days,cut_percent",
    };
    // A UTF-8 byte-order mark: without it, spreadsheets open the file in a legacy code page
    // and Vietnamese letters come out garbled.
    let mut out = format!("\u{FEFF}{header}\r\n");
    for p in &r.procedures {
        let cells = [
            cell(&p.code),
            cell(p.tthc_code.as_deref().unwrap_or("")),
            cell(p.name.as_deref().unwrap_or("")),
            cell(p.field.as_deref().unwrap_or("")),
            cell(p.decision.as_deref().unwrap_or("")),
            opt(p.statutory_days),
            cell(p.statutory_unit.as_deref().unwrap_or("")),
            opt(p.statutory_working_days),
            fmt_days(p.internal_days),
            opt(p.cut_days),
            opt(p.cut_percent),
        ];
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    // The totals: working days summed over the comparable procedures, the days saved under
    // the cuts, the share of procedures cut.
    let c = &r.catalogue;
    let (label, what) = match lang {
        Lang::Vi => {
            ("Tổng cộng", format!("{}/{} TTHC được rút ngắn ({})", c.cut_count, c.procedures, fmt_share(c.cut_share_percent, lang)))
        }
        Lang::En => ("Total", format!("{} of {} TTHC cut ({})", c.cut_count, c.procedures, fmt_share(c.cut_share_percent, lang))),
    };
    let cells = [
        cell(label),
        String::new(),
        cell(&what),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        fmt_days(c.statutory_days_total),
        fmt_days(c.internal_days_total),
        fmt_days(c.days_saved_total),
        fmt_days(c.cut_share_percent),
    ];
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("Cấp phép"), "Cấp phép");
    }
}
